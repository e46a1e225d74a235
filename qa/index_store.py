"""The persisted index directory: manifest, documents, chunks, vectors (FAISS), BM25 and sentence vectors.

A build is written to a fresh directory and published by atomically re-pointing a symlink, so a crash or a bad
file never leaves a broken index; vectors of unchanged text are reused (cache by content hash).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path

import numpy as np

from corpus import Chunk, Document
from embeddings.base import Embedder
from embeddings.vector_index import (
    build_vector_index,
    index_kind,
    load_vector_index,
    save_vector_index,
)
from qa.crosslingual import Glossary, build_glossary, gloss_text, glossary_edition
from qa.lexical import TOKENIZER_NAME, LexicalIndex
from qa.question.premise import Scope
from qa.romanisation import Romanised
from qa.sentences import Sentence, split_chunk_sentences
from qa.text import compact, fold

FORMAT_VERSION = 4
UPGRADABLE_FORMATS = {2, 3}
MANIFEST = "manifest.json"


class IndexProblem(Exception):
    """The index directory is missing, damaged or made for another embedder or format; the message says what to do."""


@dataclass
class Index:
    """Everything a query needs, loaded into memory once."""

    path: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]
    vector_index: object
    lexical: LexicalIndex
    sentences: list[Sentence]
    sentence_vectors: np.ndarray
    sentence_index: object
    chunk_sentences: list[list[int]] = field(default_factory=list)
    glossary: Glossary = field(default_factory=Glossary)
    glossed: LexicalIndex | None = None
    name_vectors: np.ndarray | None = None  # of program_names, embedded as passages when the index is loaded

    folded: dict[tuple[str, int], str] = field(default_factory=dict)

    @property
    def embedder_name(self) -> str:
        return self.manifest["embedder"]["name"]

    @cached_property
    def program_rows(self) -> list[Chunk]:
        """Every program-row chunk, in document order (what table questions read)."""
        return [chunk for chunk in self.chunks if chunk.kind == "program" and chunk.program]

    @cached_property
    def program_names(self) -> list[str]:
        """Each program's name once, in document order."""
        return list(dict.fromkeys(chunk.program for chunk in self.program_rows))

    @cached_property
    def scope(self) -> Scope:
        """What the documents cover, for the premise check: their text, titles, the agencies of their rows and their
        sentences under their headings."""
        agencies = sorted({chunk.agency for chunk in self.program_rows if chunk.agency})
        documents = list(self.documents.values())
        return Scope.of([d.text for d in documents], [d.title for d in documents], agencies,
                        [f"{sentence.context} {sentence.text}" for sentence in self.sentences])

    @cached_property
    def chunk_numbers(self) -> dict[str, int]:
        """Chunk id → position (vectors and sentences are stored by position)."""
        return {chunk.id: number for number, chunk in enumerate(self.chunks)}

    def folded_sentence(self, number: int) -> str:
        """Folded context + text of a sentence, computed once (folding is most of the answerer's own cost)."""
        key = ("sentence", number)
        if key not in self.folded:
            sentence = self.sentences[number]
            self.folded[key] = fold(f"{sentence.context} {sentence.text}")
        return self.folded[key]

    def folded_chunk(self, number: int) -> str:
        key = ("chunk", number)
        if key not in self.folded:
            self.folded[key] = fold(self.chunks[number].embedding_text)
        return self.folded[key]

    def folded_row_text(self, number: int) -> str:
        """A chunk's program name and own text, folded and compacted once (what a topic is looked for in)."""
        key = ("row", number)
        if key not in self.folded:
            chunk = self.chunks[number]
            self.folded[key] = compact(fold(f"{chunk.program or ''}{chunk.text}"))
        return self.folded[key]


@dataclass
class BuildReport:
    documents: int
    chunks: int
    embedded: int
    reused: int
    seconds: float
    vector_index: str
    changed_documents: list[str]


def content_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def read_manifest(path: Path) -> dict:
    manifest_path = path / MANIFEST
    if not manifest_path.exists():
        raise IndexProblem(f"no index at {path}; build it with `qa index`")
    try:
        return json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexProblem(f"index at {path} is damaged ({error}); rebuild it with `qa index --rebuild`") from error


def needs_upgrade(manifest: dict, embedder: Embedder) -> bool:
    """True for an index of an older format, built by the same embedder, whose documents and vectors a new build
    can reuse as they are (format 2 lacks the glossary, format 3 the passages' English glosses)."""
    built_with = manifest.get("embedder", {})
    return (manifest.get("format") in UPGRADABLE_FORMATS and built_with.get("name") == embedder.name
            and built_with.get("dim") == embedder.dim)


def outdated(manifest: dict, embedder: Embedder, chunk_chars: int) -> str | None:
    """Why `qa index` should rebuild an index this version can still use (an older format, documents cut at
    another chunk size than configured, or an English glossary its code or data has changed since), or None when it
    is current."""
    if needs_upgrade(manifest, embedder):
        return f"has format {manifest.get('format')}"
    if manifest.get("chunk_chars") != chunk_chars:
        return f"was cut into chunks of up to {manifest.get('chunk_chars') or 'another number of'} characters, not {chunk_chars}"
    if manifest.get("glossary") != content_key(glossary_edition()):
        return "was built with another edition of the English glossary"
    return None


def check_compatible(manifest: dict, path: Path, embedder: Embedder, upgrading: bool = False) -> None:
    """Refuse an index made by another format version or embedder: its vectors would be meaningless. When
    `upgrading` (a build reading the old index's documents and vectors), an upgradable format is accepted."""
    if upgrading and needs_upgrade(manifest, embedder):
        return
    if manifest.get("format") != FORMAT_VERSION:
        command = "qa index" if needs_upgrade(manifest, embedder) else "qa index --rebuild"
        raise IndexProblem(f"index at {path} has format {manifest.get('format')}, this version reads {FORMAT_VERSION}; "
                           f"rebuild it with `{command}`")
    built_with = manifest.get("embedder", {})
    if built_with.get("name") != embedder.name or built_with.get("dim") != embedder.dim:
        raise IndexProblem(f"index at {path} was built with embedder '{built_with.get('name')}' but the configured one is "
                           f"'{embedder.name}' (QA_EMBEDDER); rebuild it with `qa index --rebuild`")


def load_index(path: Path, embedder: Embedder) -> Index:
    """Load and validate an index directory; any problem is an IndexProblem with a clear message."""
    manifest = read_manifest(path)
    check_compatible(manifest, path, embedder)
    try:
        documents = {row["doc_id"]: Document(row["doc_id"], row["title"], row["source"], row["text"])
                     for row in _read_jsonl(path / "documents.jsonl")}
        chunks = [Chunk.from_dict(row) for row in _read_jsonl(path / "chunks.jsonl")]
        vector_index = load_vector_index(path / "vectors.faiss")
        lexical = LexicalIndex.load(path / "bm25", len(chunks))
        sentences = [Sentence(**row) for row in _read_jsonl(path / "sentences.jsonl")]
        sentence_vectors = np.load(path / "sentences.npy")
        sentence_index = load_vector_index(path / "sentences.faiss")
        glossary = Glossary.from_dict(json.loads((path / "glossary.json").read_text(encoding="utf-8")))
        glossary.romanised = Romanised("\n".join(fold(document.text) for document in documents.values()))
        glossed = LexicalIndex.load(path / "bm25_en", len(chunks))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as error:
        raise IndexProblem(f"index at {path} is damaged ({type(error).__name__}: {error}); "
                           "rebuild it with `qa index --rebuild`") from error
    if vector_index.ntotal != len(chunks) or not len(sentence_vectors) == len(sentences) == sentence_index.ntotal:
        raise IndexProblem(f"index at {path} is damaged (vector and chunk counts differ); rebuild it with `qa index --rebuild`")
    chunk_sentences: list[list[int]] = [[] for _ in chunks]
    for number, sentence in enumerate(sentences):
        chunk_sentences[sentence.chunk].append(number)
    index = Index(path, manifest, documents, chunks, vector_index, lexical, sentences, sentence_vectors, sentence_index,
                  chunk_sentences, glossary, glossed)
    if index.program_names:  # what each name means, for questions that share few words with any row (see best_row)
        index.name_vectors = embedder.embed_passages(index.program_names)
    return index


def embedding_texts(chunks: list[Chunk]) -> tuple[list[Sentence], list[str]]:
    """What an index embeds for these chunks: each chunk's text with its heading path, then each sentence's."""
    sentences = [s for number, chunk in enumerate(chunks) for s in split_chunk_sentences(chunk, number)]
    return sentences, [chunk.embedding_text for chunk in chunks] + [s.embedding_text for s in sentences]


def vector_cache(path: Path, embedder: Embedder) -> dict[str, np.ndarray]:
    """Vectors of the current index keyed by content hash, when it was built by the same embedder."""
    try:
        manifest = read_manifest(path)
        check_compatible(manifest, path, embedder, upgrading=True)
        keys = json.loads((path / "vector_keys.json").read_text(encoding="utf-8"))
        vectors = np.vstack([np.load(path / "vectors.npy"), np.load(path / "sentences.npy")])
    except (IndexProblem, OSError, ValueError):
        return {}
    return dict(zip(keys, vectors)) if len(keys) == len(vectors) else {}


def _glossary(path: Path, texts: list[str], reuse: bool) -> dict:
    """The glossary of these chunk texts: the current index's when it was built from the same texts by the same
    edition of the glossary (parsing the dictionary is most of an unchanged rebuild's time), else a new one."""
    key = content_key("\n".join([glossary_edition(), *texts]))
    if reuse:
        try:
            previous = json.loads((path / "glossary.json").read_text(encoding="utf-8"))
            if previous.get("corpus") == key:
                return previous
        except (OSError, ValueError):
            pass
    return {**build_glossary(texts).to_dict(), "corpus": key}


def _previous_hashes(path: Path) -> dict[str, str]:
    """Content hash of each document in the current index, from its manifest (nothing else needs reading)."""
    try:
        return {d["doc_id"]: d["sha256"] for d in read_manifest(path).get("documents", [])}
    except IndexProblem:
        return {}


def _previous_indexed_at(path: Path) -> dict[tuple[str, str], str]:
    """When each document of the current index was indexed, by (id, content hash): a rebuild keeps the time of
    documents it did not change."""
    try:
        documents = read_manifest(path).get("documents", []) if (path / MANIFEST).exists() else []
    except IndexProblem:
        return {}
    return {(d["doc_id"], d["sha256"]): d["indexed_at"] for d in documents if "indexed_at" in d}


def stored_documents(path: Path) -> list[tuple[Document, list[Chunk]]]:
    """The documents of an existing index with their chunks, so an update needs only the changed files."""
    if not (path / MANIFEST).exists():
        return []
    try:
        docs = [Document(r["doc_id"], r["title"], r["source"], r["text"], r.get("size"))
                for r in _read_jsonl(path / "documents.jsonl")]
        chunks = [Chunk.from_dict(row) for row in _read_jsonl(path / "chunks.jsonl")]
    except (OSError, ValueError, KeyError) as error:
        raise IndexProblem(f"index at {path} is damaged ({error}); rebuild it with `qa index --rebuild`") from error
    return [(doc, [c for c in chunks if c.doc_id == doc.doc_id]) for doc in docs]


@contextmanager
def build_lock(path: Path, wait: bool = True) -> Iterator[None]:
    """One writer at a time per index directory, across processes (the CLI and every server): a file lock held
    from reading the current documents to publishing the new index. Without `wait`, BlockingIOError when held."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / f".{path.name}.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _sync(folder: Path) -> None:
    """Flush a finished build's files and the folder itself to disk, so a crash after the swap finds them whole."""
    for file in folder.rglob("*"):
        if file.is_file():
            with open(file, "rb") as handle:
                os.fsync(handle.fileno())
    _sync_dir(folder)


def _sync_dir(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def remove_orphans(path: Path) -> list[Path]:
    """Delete what interrupted builds left beside the index (build folders nothing points at, temporary links);
    call it holding build_lock, so no running build's folder is taken. Returns what was removed."""
    live = path.resolve() if path.exists() else None
    removed = []
    for leftover in path.parent.glob(f"{path.name}.*"):
        kind = leftover.name[len(path.name) + 1:].split("-", 1)[0]
        if kind in ("build", "legacy") and leftover.resolve() != live:
            shutil.rmtree(leftover, ignore_errors=True)
            removed.append(leftover)
    for link in path.parent.glob(f".{path.name}.link-*"):
        link.unlink(missing_ok=True)
        removed.append(link)
    return removed


def published(path: Path) -> str | None:
    """Which build the index path points at now (changes with every publish, by any process)."""
    return os.readlink(path) if path.is_symlink() else None


def _publish(path: Path, built: Path) -> None:
    """Point `path` at `built` atomically (symlink replace) and delete the build it pointed at before."""
    previous = path.resolve() if path.is_symlink() else None
    if path.exists() and not path.is_symlink():
        legacy = path.with_name(f"{path.name}.legacy-{uuid.uuid4().hex[:8]}")
        path.rename(legacy)
        previous = legacy
    link = path.with_name(f".{path.name}.link-{uuid.uuid4().hex[:8]}")
    os.symlink(built.name, link)
    os.replace(link, path)
    _sync_dir(path.parent)
    if previous is not None and previous != built.resolve() and previous.exists():
        shutil.rmtree(previous, ignore_errors=True)


def build_index(
    path: Path,
    documents: list[tuple[Document, list[Chunk]]],
    embedder: Embedder,
    hnsw_threshold: int,
    hnsw_m: int = 32,
    progress: Callable[[int, int], None] | None = None,
    reuse: bool = True,
    chunk_chars: int | None = None,
    locked: bool = False,
    vectors: dict[str, np.ndarray] | None = None,
) -> BuildReport:
    """Embed what changed, write a complete new index beside the old one, then publish it atomically; the manifest
    records the chunk size the documents were cut with. `locked`: the caller already holds build_lock (it read
    the current documents under it, so no other writer's documents are lost in between); `vectors`: passages
    embedded beforehand, by content key (an upload embeds outside the lock and only publishes under it)."""
    started = time.perf_counter()
    with nullcontext() if locked else build_lock(path):
        cache = {**(vector_cache(path, embedder) if reuse else {}), **(vectors or {})}
        previous_docs = _previous_hashes(path) if reuse else {}
        indexed_at = _previous_indexed_at(path)
        chunks = [chunk for _, doc_chunks in documents for chunk in doc_chunks]
        sentences, texts = embedding_texts(chunks)
        keys = [content_key(text) for text in texts]
        missing = sorted({key: i for i, key in reversed(list(enumerate(keys))) if key not in cache}.values())
        vectors = _embed_missing(embedder, texts, missing, progress)
        cache.update({keys[i]: vectors[n] for n, i in enumerate(missing)})
        all_vectors = np.vstack([cache[key] for key in keys]) if keys else np.zeros((0, embedder.dim), np.float32)
        chunk_vectors, sentence_vectors = all_vectors[:len(chunks)], all_vectors[len(chunks):]

        built = path.with_name(f"{path.name}.build-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}")
        built.mkdir(parents=True)
        try:
            vector_index = build_vector_index(chunk_vectors, hnsw_threshold, hnsw_m)
            save_vector_index(vector_index, built / "vectors.faiss")
            np.save(built / "vectors.npy", chunk_vectors)
            np.save(built / "sentences.npy", sentence_vectors)
            save_vector_index(build_vector_index(sentence_vectors, hnsw_threshold, hnsw_m), built / "sentences.faiss")
            (built / "vector_keys.json").write_text(json.dumps(keys), encoding="utf-8")
            LexicalIndex.build([chunk.embedding_text for chunk in chunks]).save(built / "bm25")
            LexicalIndex.build([gloss_text(chunk.embedding_text) for chunk in chunks]).save(built / "bm25_en")
            glossary = _glossary(path, [chunk.embedding_text for chunk in chunks], reuse)
            (built / "glossary.json").write_text(json.dumps(glossary, ensure_ascii=False), encoding="utf-8")
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            _write_jsonl(built / "documents.jsonl", [
                {"doc_id": d.doc_id, "title": d.title, "source": d.source, "text": d.text, "size": d.size}
                for d, _ in documents])
            _write_jsonl(built / "chunks.jsonl", [chunk.to_dict() for chunk in chunks])
            _write_jsonl(built / "sentences.jsonl", [s.to_dict() for s in sentences])
            manifest = {
                "format": FORMAT_VERSION,
                "embedder": {"name": embedder.name, "dim": embedder.dim},
                "vector_index": index_kind(vector_index),
                "lexical": TOKENIZER_NAME,
                "documents": [{"doc_id": d.doc_id, "title": d.title, "source": d.source, "sha256": d.content_hash,
                               "chunks": len(c), "chars": len(d.text), "bytes": d.size,
                               "indexed_at": indexed_at.get((d.doc_id, d.content_hash), now)} for d, c in documents],
                "chunk_count": len(chunks),
                "chunk_chars": chunk_chars,
                "glossary": content_key(glossary_edition()),
                "sentence_count": len(sentences),
                "built_at": now,
                "build_seconds": round(time.perf_counter() - started, 2),
            }
            (built / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
            _sync(built)
            _publish(path, built)
        except BaseException:
            shutil.rmtree(built, ignore_errors=True)
            raise
    changed = [d.doc_id for d, _ in documents if previous_docs.get(d.doc_id) != d.content_hash]
    return BuildReport(len(documents), len(chunks), len(missing), len(keys) - len(missing),
                       time.perf_counter() - started, index_kind(vector_index), changed)


def _embed_missing(embedder: Embedder, texts: list[str], missing: list[int],
                   progress: Callable[[int, int], None] | None, batch: int = 32) -> np.ndarray:
    """Embed the texts not in the cache, reporting (done, total) from the start, so a progress bar knows its total
    and can estimate the time left before the first batch is done."""
    parts = []
    if progress:
        progress(0, len(missing))
    for start in range(0, len(missing), batch):
        chunk = [texts[i] for i in missing[start:start + batch]]
        parts.append(embedder.embed_passages(chunk))
        if progress:
            progress(min(start + batch, len(missing)), len(missing))
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), np.float32)
