"""`qa bench`: measured speed, memory and scale on this machine — query path, HTTP load, indexing, 100k/1M vectors.

Speed is checked here, by measurement, never by timed assertions in tests.
"""
from __future__ import annotations

import asyncio
import os
import platform
import resource
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from corpus import collect_paths, ingest_file
from embeddings.factory import load_embedder
from embeddings.vector_index import build_vector_index, search_vectors
from eval.metrics import percentile
from qa.config import Settings
from qa.conversation import Turn
from qa.index_store import build_index
from qa.lexical import LexicalIndex
from qa.pipeline import Pipeline
from qa.retrieval import Mode
from qa.serving import running_server

BENCH_ASK_RATE = "1000000/minute"
ZIPF_S = 1.1
WORKER_WARM_UP = 60  # the load generator is one client address; the per-client limit would cap it


@dataclass
class Sizes:
    """How much work each part does: the full run and --quick."""

    query_rounds: int
    http_requests: int
    concurrency: tuple[int, ...]
    scale: tuple[int, ...]
    scale_queries: int
    bm25_docs: tuple[int, ...]


FULL = Sizes(query_rounds=2, http_requests=2000, concurrency=(1, 8, 32), scale=(100_000, 1_000_000), scale_queries=200,
             bm25_docs=(100_000, 1_000_000))
QUICK = Sizes(query_rounds=1, http_requests=200, concurrency=(1, 8, 32), scale=(20_000,), scale_queries=50, bm25_docs=(20_000,))


def stats(samples_ms: list[float]) -> dict:
    return {"p50_ms": round(percentile(samples_ms, 50), 3), "p95_ms": round(percentile(samples_ms, 95), 3),
            "p99_ms": round(percentile(samples_ms, 99), 3), "n": len(samples_ms)}


def timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return (time.perf_counter() - started) * 1000


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def process_peak_rss_mib(pid: int) -> float | None:
    """VmHWM (peak resident set) of another process, from /proc."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


FOLLOW_UPS = ("它屬於哪一類？", "Which agency runs it?", "那執行單位呢？")


def bench_queries(pipeline: Pipeline, questions: list[str], rounds: int) -> dict:
    """Latency of the bare query embedding, of search in each mode, of ask, and of a follow-up asked with the
    question's turn as its history, interleaved so all see the same load."""
    for question in questions[:5]:
        pipeline.ask(question)
    samples: dict[str, list[float]] = {"embed_query": [], "ask": [], "ask_follow_up": [],
                                       **{f"search_{m.value}": [] for m in Mode}}
    for _ in range(rounds):
        for number, question in enumerate(questions):
            samples["embed_query"].append(timed(pipeline.embedder.embed_queries, [question]))
            for mode in Mode:
                samples[f"search_{mode.value}"].append(timed(pipeline.search, question, 10, mode))
            started = time.perf_counter()
            answer = pipeline.ask(question)
            samples["ask"].append((time.perf_counter() - started) * 1000)
            history = [Turn(question, answer.answer, tuple(c.chunk_id for c in answer.citations))]
            follow_up = FOLLOW_UPS[number % len(FOLLOW_UPS)]
            samples["ask_follow_up"].append(timed(lambda: pipeline.ask(follow_up, history=history)))
    return {name: stats(values) for name, values in samples.items()}


async def _load(base: str, questions: list[str], total: int, concurrency: int) -> dict:
    import httpx

    latencies: list[float] = []
    errors = 0
    counter = iter(range(total))

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        for number in counter:
            started = time.perf_counter()
            try:
                response = await client.post("/v1/ask", json={"question": questions[number % len(questions)]})
                if response.status_code != 200:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {"requests": total, "concurrency": concurrency, "rps": round(total / elapsed, 2), "errors": errors, **stats(latencies)}


def zipf_stream(questions: list[str], count: int, s: float = ZIPF_S, seed: int = 5) -> list[str]:
    """`count` questions drawn with Zipf-distributed popularity (rank r asked in proportion to 1/r^s), the way an
    intranet's users repeat the same few questions."""
    weights = 1 / np.arange(1, len(questions) + 1) ** s
    picks = np.random.default_rng(seed).choice(len(questions), size=count, p=weights / weights.sum())
    return [questions[int(i)] for i in picks]


def _cache_hits(base: str) -> float:
    import httpx

    for line in httpx.get(f"{base}/metrics").text.splitlines():
        if line.startswith("qa_answer_cache_hits_total "):
            return float(line.split()[1])
    return 0.0


def bench_http(index_dir: Path, questions: list[str], sizes: Sizes) -> dict:
    """A bounded load on the real server over loopback: without the answer cache, the gold questions at each
    concurrency (the server's peak RSS after) and a Zipf stream at concurrency 8; the same Zipf stream on a fresh
    server with the cache (its hit rate); the gold questions at concurrency 8 on two worker processes."""
    results = {}
    stream = zipf_stream(questions, sizes.http_requests)
    uncached = {"QA_ANSWER_CACHE_SIZE": "0", "QA_QUERY_CACHE_SIZE": "0"}
    with running_server(index_dir, QA_ASK_RATE=BENCH_ASK_RATE, **uncached) as (base, process):
        asyncio.run(_load(base, questions, 20, 2))
        for concurrency in sizes.concurrency:
            results[f"c{concurrency}"] = asyncio.run(_load(base, questions, sizes.http_requests, concurrency))
        results["zipf_c8_uncached"] = asyncio.run(_load(base, stream, len(stream), 8))
        results["server_peak_rss_mib"] = process_peak_rss_mib(process.pid)
    with running_server(index_dir, QA_ASK_RATE=BENCH_ASK_RATE) as (base, _):
        results["zipf_c8_cached"] = asyncio.run(_load(base, stream, len(stream), 8))
        results["zipf_c8_cached"]["hit_rate"] = round(_cache_hits(base) / len(stream), 4)
    with running_server(index_dir, QA_ASK_RATE=BENCH_ASK_RATE, QA_WORKERS="2", **uncached) as (base, _):
        asyncio.run(_load(base, questions, WORKER_WARM_UP, 4))  # every worker's model warmed, not just one
        results["c8_workers_2"] = asyncio.run(_load(base, questions, sizes.http_requests, 8))
    return results


def bench_indexing(corpus_dir: Path, settings: Settings) -> dict:
    """Cold build (no cache) and unchanged rebuild of the bundled corpus, in a temporary directory."""
    embedder = load_embedder(settings.embedder)
    documents = [ingest_file(path, settings.chunk_chars) for path in collect_paths([corpus_dir])]
    passages = sum(len(chunks) for _, chunks in documents)
    with tempfile.TemporaryDirectory() as folder:
        index = Path(folder) / "index"
        cold = build_index(index, documents, embedder, settings.hnsw_threshold)
        warm = build_index(index, documents, embedder, settings.hnsw_threshold)
    return {"passages": passages, "texts_embedded": cold.embedded, "cold_s": round(cold.seconds, 3),
            "cold_ms_per_passage": round(cold.seconds * 1000 / passages, 2), "unchanged_s": round(warm.seconds, 3),
            "unchanged_embedded": warm.embedded}


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


def clustered_unit_vectors(rng: np.random.Generator, count: int, dim: int, clusters: int) -> np.ndarray:
    """Random unit vectors around random centres. Embeddings of real passages are clustered like this; uniformly
    random unit vectors in 384 dimensions have no neighbourhood structure at all (measured at 100k: HNSW recall@10
    0.37–0.77 however it is tuned), which tells nothing about a real corpus."""
    centres = _unit(rng.standard_normal((clusters, dim), dtype=np.float32))
    noise = rng.standard_normal((count, dim), dtype=np.float32) * (0.6 / np.sqrt(dim))
    return _unit(centres[rng.integers(0, clusters, count)] + noise)


def bench_vectors(count: int, dim: int, queries: int, m: int, ef_search: int, seed: int = 7) -> dict:
    """Flat vs HNSW over `count` synthetic unit vectors: build time, memory, latency, recall@10 against flat."""
    rng = np.random.default_rng(seed)
    vectors = clustered_unit_vectors(rng, count, dim, clusters=max(100, count // 50))
    picks = rng.integers(0, count, queries)
    probes = _unit(vectors[picks] + rng.standard_normal((queries, dim), dtype=np.float32) * (0.3 / np.sqrt(dim)))
    out = {"vectors": count, "dim": dim, "vector_mib": round(vectors.nbytes / 2**20, 1), "ef_search": ef_search, "m": m}
    truth = None
    for kind, threshold in (("flat", count + 1), ("hnsw", 1)):
        started = time.perf_counter()
        index = build_vector_index(vectors, threshold, m)
        build_s = time.perf_counter() - started
        latencies, found = [], []
        for probe in probes:
            started = time.perf_counter()
            _, ids = search_vectors(index, probe[None, :], 10, ef_search)
            latencies.append((time.perf_counter() - started) * 1000)
            found.append(ids[0])
        result = {"build_s": round(build_s, 2), **stats(latencies)}
        if kind == "flat":
            truth = found
        else:
            result["recall_at_10"] = round(float(np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, truth)])), 4)
            result["graph_mib"] = round(index.ntotal * m * 2 * 4 / 2**20, 1)
        out[kind] = result
        del index
    return out


def bench_bm25(count: int, vocabulary: list[str], queries: list[str], seed: int = 11) -> dict:
    """BM25 over `count` synthetic passages drawn from the plan's own characters: build, size, query time.
    Passages are 20–60 characters: at a million, longer ones need more than this machine's 24 GiB while bm25s
    holds every token list in Python (measured: killed by the OOM killer at 40–160 characters)."""
    rng = np.random.default_rng(seed)
    lengths = rng.integers(20, 60, count)
    chars = np.array(vocabulary)
    texts = ["".join(chars[rng.integers(0, len(chars), n)]) for n in lengths]
    started = time.perf_counter()
    lexical = LexicalIndex.build(texts)
    build_s = time.perf_counter() - started
    del texts
    with tempfile.TemporaryDirectory() as folder:
        lexical.save(Path(folder) / "bm25")
        size = sum(p.stat().st_size for p in (Path(folder) / "bm25").rglob("*") if p.is_file())
    latencies = [timed(lexical.search, query, 50) for query in queries]
    return {"passages": count, "build_s": round(build_s, 2), "index_mib": round(size / 2**20, 1), **stats(latencies)}


def crossover(scale: list[dict]) -> int | None:
    """Vector count where exact search becomes slower than HNSW (flat latency grows linearly with the count)."""
    biggest = max(scale, key=lambda s: s["vectors"], default=None)
    if not biggest:
        return None
    per_vector = biggest["flat"]["p50_ms"] / biggest["vectors"]
    return int(biggest["hnsw"]["p50_ms"] / per_vector) if per_vector else None


def machine() -> dict:
    return {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "processor": platform.processor() or platform.machine(),
            "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)}


def run(settings: Settings, questions: list[str], quick: bool, progress=print, save=lambda partial: None) -> dict:
    """Every part in turn; `save` receives the results gathered so far after each part, so a long run that dies
    late still leaves its figures."""
    sizes = QUICK if quick else FULL
    pipeline = Pipeline.load(settings.model_copy(update={"answer_cache_size": 0, "query_cache_size": 0}))
    progress("query path (in process)")
    queries = bench_queries(pipeline, questions, sizes.query_rounds)
    save({"queries": queries})
    progress("indexing (cold and unchanged)")
    indexing = bench_indexing(settings.corpus_dir, settings)
    save({"queries": queries, "indexing": indexing})
    progress("HTTP load on a real server")
    http = bench_http(settings.index_dir, questions, sizes)
    save({"queries": queries, "indexing": indexing, "http": http})
    dim = pipeline.embedder.dim
    scale: list[dict] = []
    bm25: list[dict] = []
    for count in sizes.scale:
        progress(f"vectors: flat vs HNSW at {count:,}")
        scale.append(bench_vectors(count, dim, sizes.scale_queries, settings.hnsw_m, settings.hnsw_ef_search))
        save({"queries": queries, "indexing": indexing, "http": http, "scale": scale})
    vocabulary = sorted({ch for chunk in pipeline.index.chunks for ch in chunk.text if not ch.isspace()})
    for count in sizes.bm25_docs:
        progress(f"BM25 at {count:,} passages")
        bm25.append(bench_bm25(count, vocabulary, questions[:50]))
        save({"queries": queries, "indexing": indexing, "http": http, "scale": scale, "bm25": bm25})
    c8 = http["c8"]
    embed_p50 = queries["embed_query"]["p50_ms"]
    return {
        "embed_query_p50_ms": embed_p50,
        "ask_p50_ms": queries["ask"]["p50_ms"],
        "ask_p99_ms": queries["ask"]["p99_ms"],
        "ask_follow_up_p50_ms": queries["ask_follow_up"]["p50_ms"],
        "ask_p50_over_embed": round(queries["ask"]["p50_ms"] / embed_p50, 2),
        "ask_p99_over_embed": round(queries["ask"]["p99_ms"] / embed_p50, 2),
        "search_hybrid_p50_ms": queries["search_hybrid"]["p50_ms"],
        "http_c8_rps": c8["rps"],
        "http_c8_p99_ms": c8["p99_ms"],
        "zipf_c8_rps_cached": http["zipf_c8_cached"]["rps"],
        "zipf_c8_rps_uncached": http["zipf_c8_uncached"]["rps"],
        "zipf_cache_speedup": round(http["zipf_c8_cached"]["rps"] / http["zipf_c8_uncached"]["rps"], 2),
        "zipf_cache_hit_rate": http["zipf_c8_cached"]["hit_rate"],
        "http_c8_rps_workers_2": http["c8_workers_2"]["rps"],
        "http_c8_p99_ms_workers_2": http["c8_workers_2"]["p99_ms"],
        "workers_2_over_1": round(http["c8_workers_2"]["rps"] / c8["rps"], 2),
        "http_errors": sum(http[f"c{c}"]["errors"] for c in sizes.concurrency)
                       + sum(http[name]["errors"] for name in ("zipf_c8_cached", "zipf_c8_uncached", "c8_workers_2")),
        "index_cold_ms_per_passage": indexing["cold_ms_per_passage"],
        "index_unchanged_s": indexing["unchanged_s"],
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "serve_peak_rss_mib": http["server_peak_rss_mib"],
        "hnsw_crossover_vectors": crossover(scale),
        "quick": quick,
        "machine": machine(),
        "queries": queries,
        "http": http,
        "indexing": indexing,
        "scale": scale,
        "bm25": bm25,
    }
