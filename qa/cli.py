"""The `qa` command: the product's front door; each subcommand is a thin layer over the library."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.table import Table

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from corpus import DocumentError, collect_paths, ingest_file
from embeddings.base import EmbedderError
from qa.config import get_settings
from qa.index_store import MANIFEST, IndexProblem, build_index, check_compatible, read_manifest, stored_documents
from qa.retrieval import Mode

app = typer.Typer(
    help="Ask questions about government policy plans and get verbatim answers with citations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)


class ChunkFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error and exit non-zero: users get the reason, never a traceback."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.callback()
def main() -> None:
    """Ask questions about government policy plans and get verbatim answers with citations."""


@app.command()
def chunks(
    paths: list[Path] = typer.Argument(None, help="Files or folders to parse (default: the bundled corpus)."),
    format: ChunkFormat = typer.Option(ChunkFormat.jsonl, "--format", "-f", help="jsonl: one JSON chunk per line; table: a readable overview."),
) -> None:
    """Parse documents and print every chunk with its section path, kind and offsets."""
    settings = get_settings()
    try:
        files = collect_paths(paths or [settings.corpus_dir])
        parsed = [ingest_file(path, settings.chunk_chars) for path in files]
    except DocumentError as error:
        fail(str(error))
    if not parsed:
        fail("no supported documents found")
    if format is ChunkFormat.jsonl:
        for _, doc_chunks in parsed:
            for chunk in doc_chunks:
                sys.stdout.write(json.dumps(chunk.to_dict(), ensure_ascii=False) + "\n")
        return
    table = Table("doc", "kind", "section", "chars", "text", show_lines=False)
    for document, doc_chunks in parsed:
        for chunk in doc_chunks:
            table.add_row(document.doc_id, chunk.kind, " › ".join(chunk.section[-2:]), str(len(chunk.text)), chunk.text[:40])
    console.print(table)


def load_pipeline():
    """The pipeline for the configured index, or a clear error when the index or model cannot be used."""
    from qa.pipeline import Pipeline

    try:
        return Pipeline.load(get_settings())
    except (IndexProblem, EmbedderError) as error:
        fail(str(error))


@app.command()
def index(
    paths: list[Path] = typer.Argument(None, help="Files or folders to add or update (default: the bundled corpus)."),
    rebuild: bool = typer.Option(False, "--rebuild", help="Start from an empty index instead of updating the current one."),
    if_missing: bool = typer.Option(False, "--if-missing", help="Do nothing when a usable index already exists."),
    skip_bad: bool = typer.Option(False, "--skip-bad", help="Skip files that cannot be read (with a warning) instead of stopping."),
) -> None:
    """Build or update the search index; unchanged text is never embedded twice."""
    from embeddings.factory import load_embedder

    settings = get_settings()
    index_dir = settings.index_dir
    if if_missing and (index_dir / MANIFEST).exists():
        try:
            manifest = read_manifest(index_dir)
            check_compatible(manifest, index_dir, load_embedder(settings.embedder))
        except (IndexProblem, EmbedderError) as error:
            fail(str(error))
        console.print(f"index at {index_dir} is ready: {manifest['chunk_count']} chunks; nothing to do")
        return
    try:
        files = collect_paths(paths or [settings.corpus_dir])
    except DocumentError as error:
        fail(str(error))
    parsed = []
    for path in files:
        try:
            parsed.append(ingest_file(path, settings.chunk_chars))
        except DocumentError as error:
            if not skip_bad:
                fail(f"{error} — the index was not changed (use --skip-bad to index the other files)")
            errors.print(f"[yellow]warning:[/] skipped {error}", highlight=False)
    if not parsed:
        fail("no supported documents to index")
    try:
        embedder = load_embedder(settings.embedder)
        kept = []
        if not rebuild and (index_dir / MANIFEST).exists():
            check_compatible(read_manifest(index_dir), index_dir, embedder)
            kept = stored_documents(index_dir)
    except (IndexProblem, EmbedderError) as error:
        fail(str(error))
    merged = {doc.doc_id: (doc, chunks) for doc, chunks in kept}
    merged.update({doc.doc_id: (doc, chunks) for doc, chunks in parsed})
    with Progress(TextColumn("embedding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as bar:
        task = bar.add_task("embed", total=None)
        report = build_index(index_dir, list(merged.values()), embedder, settings.hnsw_threshold, settings.hnsw_m,
                             progress=lambda done, total: bar.update(task, completed=done, total=total))
    console.print(
        f"indexed {report.documents} document(s), {report.chunks} chunks into {index_dir} ({report.vector_index}) "
        f"in {report.seconds:.1f}s: {report.embedded} texts embedded, {report.reused} reused from cache; "
        f"changed: {', '.join(report.changed_documents) or 'none'}", highlight=False)


@app.command()
def search(
    query: str = typer.Argument(..., help="What to look for, in Chinese or English."),
    k: int = typer.Option(10, "-k", min=1, max=100, help="How many passages to return."),
    mode: Mode = typer.Option(Mode.hybrid, "--mode", help="dense (embeddings), lexical (BM25) or hybrid (both, fused)."),
    as_json: bool = typer.Option(False, "--json", help="Print machine-readable JSON."),
) -> None:
    """Show the passages that best match a query, best first."""
    from qa.pipeline import passage_dict

    if not query.strip():
        fail("the query is empty")
    hits = load_pipeline().search(query, k, mode)
    if as_json:
        payload = {"query": query, "mode": mode.value, "passages": [passage_dict(hit) for hit in hits]}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    for rank, hit in enumerate(hits, 1):
        console.print(f"[bold]{rank}.[/] [dim]{hit.score:.4f}[/] [cyan]{' › '.join(hit.chunk.section)}[/]", highlight=False)
        console.print(f"   {hit.chunk.text[:160]}", highlight=False)
