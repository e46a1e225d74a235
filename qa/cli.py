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

from corpus import DocumentError, collect_paths, ingest_file
from qa.config import get_settings

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
