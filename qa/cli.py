"""The `qa` command: the product's front door; each subcommand is a thin layer over the library."""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from corpus import DocumentError, collect_paths, ingest_file
from embeddings.base import EmbedderError
from qa.config import ConfigurationError, get_settings
from qa.index_store import (
    MANIFEST,
    IndexProblem,
    check_compatible,
    outdated,
    read_manifest,
)
from qa.indexing import UnknownDocument, update_index
from qa.retrieval import Mode
from qa.text import unreadable

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


VERDICTS = {"zh": {"yes": "是：", "no": "否："}, "en": {"yes": "Yes: ", "no": "No: "}}
UNSURE = {"zh": "（可能不相關）", "en": "(may be unrelated)"}


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error and exit non-zero: users get the reason, never a traceback."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@app.callback()
def main() -> None:
    """Ask questions about government policy plans and get verbatim answers with citations."""
    try:
        get_settings()
    except ConfigurationError as error:
        fail(str(error), 2)


@app.command()
def chunks(
    paths: list[Path] = typer.Argument(None, help="Files or folders to parse (default: the bundled corpus)."),
    format: ChunkFormat = typer.Option(ChunkFormat.jsonl, "--format", "-f", help="jsonl: one JSON chunk per line; table: a readable overview."),
) -> None:
    """Parse documents and print every chunk with its section path, kind and offsets."""
    settings = get_settings()
    try:
        files = collect_paths(paths or [settings.corpus_dir])
        parsed = [ingest_file(path, settings.chunk_chars, settings.limits()) for path in files]
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
            embedder = load_embedder(settings.embedder)
            reason = outdated(manifest, embedder, settings.chunk_chars)
            if reason is None:
                check_compatible(manifest, index_dir, embedder)
        except (IndexProblem, EmbedderError) as error:
            fail(str(error))
        if reason is None:
            console.print(f"index at {index_dir} is ready: {manifest['chunk_count']} chunks; nothing to do")
            return
        console.print(f"index at {index_dir} {reason}: upgrading it (its other documents are kept)")
    try:
        files = collect_paths(paths or [settings.corpus_dir])
    except DocumentError as error:
        fail(str(error))
    parsed = []
    for path in files:
        try:
            parsed.append(ingest_file(path, settings.chunk_chars, settings.limits()))
        except DocumentError as error:
            if not skip_bad:
                fail(f"{error} — the index was not changed (use --skip-bad to index the other files)")
            errors.print(f"[yellow]warning:[/] skipped {error}", highlight=False)
    if not parsed:
        fail("no supported documents to index")
    sources: dict[str, str] = {}
    for document, _ in parsed:
        if document.doc_id in sources:
            fail(f"{document.source} and {sources[document.doc_id]} would both be document '{document.doc_id}'; "
                 f"rename one of them — the index was not changed")
        sources[document.doc_id] = document.source
    try:
        embedder = load_embedder(settings.embedder)
        with Progress(TextColumn("embedding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      TextColumn("eta"), TimeRemainingColumn(), console=errors, transient=True) as bar:
            task = bar.add_task("embed", total=None)
            report = update_index(settings, embedder, added=parsed, rebuild=rebuild,
                                  progress=lambda done, total: bar.update(task, completed=done, total=total))
    except (IndexProblem, EmbedderError) as error:
        fail(str(error))
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
    pipeline = load_pipeline()
    hits = pipeline.search(query, k, mode)
    if as_json:
        passages = [passage_dict(hit, pipeline.title(hit.chunk.doc_id)) for hit in hits]
        payload = {"query": query, "mode": mode.value, "passages": passages}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    for rank, hit in enumerate(hits, 1):
        console.print(f"[bold]{rank}.[/] [dim]{hit.score:.4f}[/] [cyan]{' › '.join(hit.chunk.section)}[/]", highlight=False)
        console.print(f"   {hit.chunk.text[:160]}", highlight=False)


def _print_headline(results: dict[str, dict]) -> None:
    from eval.report import HEADLINE, fmt

    table = Table("metric", *results)
    for key, label in HEADLINE:
        table.add_row(label, *[fmt(metrics["overall"].get(key)) for metrics in results.values()])
    console.print(table)


def _print_forms(metrics: dict) -> None:
    """Accuracy per question form (the first tag), worst first, with invariance where the set measures it, and
    for unanswerable forms the share abstained and how often the stated reason was the labelled one."""
    from eval.report import fmt

    table = Table("form", "questions", "accuracy", "F1", "invariance", "abstention", "reason", title="per form (first tag)")
    rows = sorted(metrics["by_form"].items(), key=lambda item: (item[1]["answer_accuracy"] is None,
                                                                 item[1]["answer_accuracy"] or 0.0))
    for form, row in rows:
        table.add_row(form, str(row["questions"]), fmt(row["answer_accuracy"]), fmt(row["answer_f1"]),
                      fmt(row.get("invariance")), fmt(row["abstention"]), fmt(row.get("reason_agreement")))
    console.print(table)


def _gate(metrics: dict, thresholds_path: Path) -> list[str]:
    """Metrics below their minimum (or above their maximum, for `max_` keys) in the thresholds file; a mode's
    `every_form` table holds for each question form (first tag) on its own."""
    import tomllib

    try:
        limits = tomllib.loads(thresholds_path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        fail(f"{thresholds_path}: cannot read thresholds ({error})")
    problems = []
    for mode, bounds in limits.items():
        results = metrics.get(mode)
        if results is None:
            continue
        groups = [(mode, results["overall"], {k: v for k, v in bounds.items() if not isinstance(v, dict)})]
        groups += [(f"{mode} form {form}", row, bounds["every_form"]) for form, row in results["by_form"].items()
                   if isinstance(bounds.get("every_form"), dict)]
        for where, values, limits_here in groups:
            for key, bound in limits_here.items():
                name = key.removeprefix("max_")
                value = values.get(name)
                if value is None:
                    continue
                if key.startswith("max_") and value > bound or not key.startswith("max_") and value < bound:
                    problems.append(f"{where} {name} = {value} ({'above' if key.startswith('max_') else 'below'} {bound})")
    return problems


@app.command(name="eval")
def evaluate(
    gold: Path = typer.Option(None, "--gold", help="Gold questions (.jsonl, schema in ../shared/eval/SCHEMA.md)."),
    dialogues: Path = typer.Option(None, "--dialogues", help="Scripted dialogues (.jsonl, eval/dialogues/): each turn "
                                                             "asked with the turns before it, scored per turn and kind."),
    out: Path = typer.Option(Path(".qa/eval"), "--out", help="Folder for predictions.jsonl, metrics.json and report.html."),
    mode: Mode = typer.Option(Mode.hybrid, "--mode", help="Retrieval mode to evaluate."),
    compare: bool = typer.Option(False, "--compare", help="Evaluate dense, lexical and hybrid side by side."),
    split: str = typer.Option("all", "--split", help="all, or the dev/test half of the gold file (fixed rule by id)."),
    gate: bool = typer.Option(False, "--gate", help="Exit non-zero when a metric falls past its threshold."),
    thresholds: Path = typer.Option(Path(__file__).resolve().parent.parent / "eval" / "thresholds.toml", "--thresholds",
                                    help="Threshold file used by --gate."),
) -> None:
    """Run gold questions and/or dialogues through the pipeline; write predictions, metrics and one HTML report."""
    from eval.conversations import (dialogue_results, first_turns_alone, load_dialogues, run_dialogues,
                                select_dialogues)
    from eval.conversations import record_dicts as turn_dicts
    from eval.gold import GoldError, load_gold, select_split
    from eval.report import DialogueRun, render
    from eval.runner import breakdown, record_dicts, run

    if split not in ("all", "dev", "test"):
        fail(f"--split must be all, dev or test, not '{split}'")
    if gold is None and dialogues is None:
        fail("nothing to evaluate: give --gold FILE, --dialogues FILE or both")
    try:
        questions = select_split(load_gold(gold), split) if gold else []
        conversations = select_dialogues(load_dialogues(dialogues), split) if dialogues else []
    except GoldError as error:
        fail(str(error))
    if gold and not questions or dialogues and not conversations:
        fail(f"no questions in the '{split}' half of {gold if gold and not questions else dialogues}")
    pipeline = load_pipeline()
    modes = ([mode] + [m for m in Mode if m is not mode] if compare else [mode]) if questions else []
    results: dict[str, dict] = {}
    outputs: dict[str, tuple[list[dict], list]] = {}
    scripted: DialogueRun | None = None
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as bar:
        for current in modes:
            task = bar.add_task(f"eval {current.value}", total=len(questions))
            predictions, records = run(pipeline, questions, current, progress=lambda: bar.advance(task))
            results[current.value] = breakdown(records)
            outputs[current.value] = (predictions, records)
        if conversations:
            task = bar.add_task("dialogues", total=len(conversations))
            turns, turn_records = run_dialogues(pipeline, conversations, mode, progress=lambda: bar.advance(task))
            scripted = DialogueRun(conversations, turns, turn_records,
                                   dialogue_results(turn_records, first_turns_alone(pipeline, conversations, mode)))
    out.mkdir(parents=True, exist_ok=True)
    for current, (predictions, records) in outputs.items():
        name = "predictions.jsonl" if current == mode.value else f"predictions-{current}.jsonl"
        (out / name).write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in predictions), encoding="utf-8")
    metrics: dict = {"split": split, "primary": mode.value}
    if questions:
        primary_predictions, primary_records = outputs[mode.value]
        metrics |= {"gold": str(gold), **results[mode.value], "modes": results,
                    "questions": record_dicts(primary_records)}
    else:
        primary_predictions, primary_records = [], []
    if scripted:
        (out / "predictions-dialogues.jsonl").write_text(
            "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in scripted.predictions), encoding="utf-8")
        metrics["dialogues"] = {"file": str(dialogues), **scripted.results, "turns": turn_dicts(scripted.records)}
    (out / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    title = " + ".join(path.name for path in (gold, dialogues) if path)
    (out / "report.html").write_text(render(f"Evaluation: {title}", results, mode.value, questions,
                                            primary_predictions, primary_records, scripted), encoding="utf-8")
    if results:
        _print_headline(results)
        _print_forms(results[mode.value])
    if scripted:
        _print_dialogues(scripted.results)
    written = ["predictions.jsonl"] if questions else []
    written += ["predictions-dialogues.jsonl"] if scripted else []
    console.print(f"wrote {', '.join(str(out / name) for name in [*written, 'metrics.json', 'report.html'])}",
                  highlight=False)
    if gate:
        problems = _gate({**results, **({"dialogues": scripted.results} if scripted else {})}, thresholds)
        if problems:
            fail("evaluation gate failed: " + "; ".join(problems))
        console.print("evaluation gate passed", highlight=False)


def _print_dialogues(results: dict) -> None:
    """Dialogue accuracy overall and per follow-up kind."""
    from eval.report import fmt

    overall = results["overall"]
    console.print(f"dialogues: {overall['dialogues']} · turns {overall['turns']} · follow-up accuracy "
                  f"{fmt(overall['follow_up_accuracy'])} · first turns {fmt(overall['first_turn_accuracy'])} (alone "
                  f"{fmt(overall['first_turn_alone_accuracy'])}) · clarified {fmt(overall['clarified'])} · topic shifts "
                  f"carrying the old subject {overall['topic_shift_carried']}", highlight=False)
    table = Table("kind", "turns", "accuracy", "clarified", title="dialogue turns per follow-up kind")
    for kind, row in results["by_form"].items():
        table.add_row(kind, str(row["turns"]), fmt(row["turn_accuracy"]), fmt(row["clarified"]))
    console.print(table)


@app.command()
def calibrate(
    gold: list[Path] = typer.Option(..., "--gold", help="Labelled questions (.jsonl) with answerable and unanswerable "
                                                         "ones; repeat to pool several sets."),
    split: str = typer.Option("dev", "--split", help="Which half to calibrate on (dev; never the held-out test half)."),
    mode: Mode = typer.Option(Mode.hybrid, "--mode", help="Retrieval mode."),
) -> None:
    """Choose the abstention thresholds (QA_MIN_DENSE_CJK, QA_MIN_DENSE, QA_MIN_COVERAGE) from labelled questions."""
    from eval.calibrate import calibrate as choose
    from eval.gold import GoldError, load_gold, select_split
    from eval.runner import run

    try:
        questions = [question for path in gold for question in select_split(load_gold(path), split)]
    except GoldError as error:
        fail(str(error))
    predictions, _ = run(load_pipeline(), questions, mode)
    for threshold in choose(predictions, questions):
        console.print(
            f"QA_{threshold.name.upper()}={threshold.value}  abstains on {threshold.abstained_unanswerable}/"
            f"{threshold.unanswerable} unanswerable and {threshold.abstained_answerable}/{threshold.answerable} answerable "
            f"questions that pass the fact-type check", highlight=False)


@app.command()
def ask(
    question: str = typer.Argument(None, help="A question in Traditional/Simplified Chinese or English."),
    k: int = typer.Option(10, "-k", min=1, max=100, help="How many passages to retrieve and return."),
    as_json: bool = typer.Option(False, "--json", help="Print the Answer JSON contract."),
    chat: bool = typer.Option(False, "--chat", help="A conversation: read questions line by line from standard "
                                                    "input, each read as a follow-up of the ones before."),
) -> None:
    """Answer a question verbatim from the plan, with numbered citations (or say the plan does not say)."""
    if chat:
        _chat(k, as_json)
        return
    if question is None or not question.strip():
        fail("the question is empty")
    if unreadable(question):
        fail(f"the question {unreadable(question)}")
    _show(load_pipeline().ask(question, k), as_json)


def _chat(k: int, as_json: bool) -> None:
    """Questions line by line, each with the turns before it as its history (an empty line or end of input stops;
    'new' starts a new conversation)."""
    from qa.conversation import Turn

    pipeline = load_pipeline()
    history: list[Turn] = []
    interactive = sys.stdin.isatty()
    while True:
        try:
            line = input("? " if interactive else "")
        except EOFError:
            return
        if not line.strip():
            return
        if line.strip().lower() in ("new", "/new"):
            history = []
            continue
        if unreadable(line):
            console.print(f"[red]the question {unreadable(line)}[/]", highlight=False)
            continue
        answer = pipeline.ask(line.strip(), k, history=history)
        _show(answer, as_json)
        history.append(Turn(answer.question, answer.answer, tuple(c.chunk_id for c in answer.citations)))


def _show(answer, as_json: bool) -> None:
    """Print an answer: the Answer JSON, or the answer (or message) with its numbered, highlighted citations."""
    from rich.markup import escape

    if as_json:
        sys.stdout.write(json.dumps(answer.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return
    if answer.interpreted_as:
        label = "interpreted as" if answer.lang == "en" else "理解為"
        console.print(f"[dim]{label}: {escape(answer.interpreted_as)}[/]", highlight=False)
    if answer.abstained:
        console.print(f"[bold]{escape(answer.message or '')}[/]", highlight=False)
        return
    verdict = VERDICTS["en" if answer.lang == "en" else "zh"].get(answer.verdict or "", "")
    shown = "\n".join(f"• {item}" for item in answer.items) if answer.items else answer.answer or ""
    hint = f"  [yellow]{UNSURE['en' if answer.lang == 'en' else 'zh']}[/]" if answer.low_confidence else ""
    console.print(f"[bold]{verdict}[/][bold green]{escape(shown)}[/]  [dim](confidence {answer.confidence:.2f})[/]{hint}",
                  highlight=False)
    for number, citation in enumerate(answer.citations, 1):
        quote = citation.quote
        if citation.answer_start is not None and citation.start <= citation.answer_start < citation.answer_end <= citation.end:
            a, b = citation.answer_start - citation.start, citation.answer_end - citation.start
            shown = f"{escape(quote[:a])}[reverse]{escape(quote[a:b])}[/]{escape(quote[b:])}"
        else:
            shown = escape(quote)
        page = f", p. {citation.page}" if citation.page else ""
        console.print(f"[{number}] [cyan]{escape(' › '.join(citation.section))}[/] [dim]({escape(citation.title or citation.doc_id)}"
                      f"{page}, {citation.start}–{citation.end})[/]\n    {shown}", highlight=False)


@app.command()
def serve(
    host: str = typer.Option(None, "--host", help="Interface to listen on (default QA_HOST or 127.0.0.1)."),
    port: int = typer.Option(None, "--port", help="Port (default QA_PORT or 8000)."),
    workers: int = typer.Option(None, "--workers", min=1, max=64, help="Server processes (default QA_WORKERS or 1), "
                                                                        "each with its own model and index, sharing "
                                                                        "the index directory or the database."),
) -> None:
    """Serve the HTTP API, the chat widget (/widget.js) and a demo page (/)."""
    import logging

    import uvicorn

    from api.app import create_app

    settings = get_settings()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    host, port, workers = host or settings.host, port or settings.port, workers or settings.workers
    console.print(startup_banner(settings, host, port) + (f"\n  worker processes           {workers}" if workers > 1
                                                          else ""), highlight=False, soft_wrap=True)
    if workers > 1:  # each process builds its app from the same QA_* environment
        # N models whose OpenMP threads spin while they wait fight for the cores (19 req/s against 70 for one
        # process, concurrency 8, 2 cores); threads that sleep instead measured 59-73 req/s (one thread each: 51-64)
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        uvicorn.run("api.app:create_app", factory=True, workers=workers, host=host, port=port, log_level="warning",
                    access_log=False)
        return
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning", access_log=False)


def startup_banner(settings, host: str, port: int) -> str:
    """Where the server listens and what it serves: the URLs to open, and which index and embedder it loads."""
    shown = "localhost" if host in ("0.0.0.0", "127.0.0.1", "::") else host
    base = f"http://{shown}:{port}"
    try:
        manifest = read_manifest(settings.index_dir)
        index = (f"{settings.index_dir} — {len(manifest['documents'])} document(s), {manifest['chunk_count']} chunks, "
                 f"embedder {manifest['embedder']['name']}")
    except IndexProblem as error:
        index = f"{settings.index_dir} — not ready: {error}"
    lines = [f"qa serve listening on {host}:{port}",
             f"  demo page and chat widget  {base}/   (script: {base}/widget.js)",
             f"  API docs (offline)         {base}/docs",
             f"  admin page                 {base}/admin   (documents, index status, feedback; QA_ADMIN_TOKEN)",
             f"  health, readiness, metrics {base}/healthz  {base}/readyz  {base}/metrics",
             f"  index                      {index}",
             f"  document management        {'on (QA_ADMIN_TOKEN set)' if settings.admin_token else 'off (set QA_ADMIN_TOKEN)'}"]
    return "\n".join(lines)


documents_app = typer.Typer(help="The documents in the index: the local one, or a running server's with --server.",
                            no_args_is_help=True)
app.add_typer(documents_app, name="documents")
JOB_POLL_SECONDS = 0.5
SERVER_OPTION = typer.Option(None, "--server", help="A running server's URL (e.g. http://127.0.0.1:8000); its admin "
                                                    "token is read from QA_ADMIN_TOKEN.")


def server_call(server: str, method: str, path: str, **request) -> list | dict | None:
    """One admin request to a running server; its error message, one line, when it refuses."""
    import httpx

    token = get_settings().admin_token
    if not token:
        fail("set QA_ADMIN_TOKEN to the server's admin token to manage its documents")
    try:
        response = httpx.request(method, server.rstrip("/") + path, headers={"Authorization": f"Bearer {token}"},
                                 timeout=get_settings().max_job_seconds + 60, **request)
    except httpx.HTTPError as error:
        fail(f"cannot reach {server} ({type(error).__name__}: {error})")
    if response.status_code >= 400:
        try:
            reason = response.json().get("error", response.text)
        except ValueError:
            reason = response.text
        fail(f"{server} answered {response.status_code}: {reason}")
    return response.json() if response.content else None


@documents_app.command("list")
def documents_list(server: str = SERVER_OPTION,
                   as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the documents: id, title, original file name, chunks, when indexed."""
    if server:
        documents = server_call(server, "GET", "/v1/documents")
    else:
        try:
            manifest = read_manifest(get_settings().index_dir)
        except IndexProblem as error:
            fail(str(error))
        documents = [{"id": d["doc_id"], "title": d["title"], "source": d["source"], "chunks": d["chunks"],
                      "indexed_at": d["indexed_at"]} for d in manifest["documents"]]
    if as_json:
        sys.stdout.write(json.dumps(documents, ensure_ascii=False) + "\n")
        return
    table = Table("id", "title", "file", "chunks", "indexed at")
    for document in documents:
        table.add_row(document["id"], document["title"], Path(document["source"]).name, str(document["chunks"]),
                      document["indexed_at"])
    console.print(table)


@documents_app.command("add")
def documents_add(paths: list[Path] = typer.Argument(..., help="Files to add (a document with the same id is "
                                                              "replaced)."),
                  server: str = SERVER_OPTION) -> None:
    """Add documents to the local index (as `qa index` does), or upload them to a running server."""
    if not server:
        index(paths=paths, rebuild=False, if_missing=False, skip_bad=False)
        return
    for path in paths:
        if not path.is_file():
            fail(f"{path}: no such file")
        with path.open("rb") as handle:
            job = server_call(server, "POST", "/v1/documents?replace=true", files={"file": (path.name, handle)})
        job = follow_job(server, job)
        if job["state"] == "failed":
            fail(f"{path.name}: {job['reason']}")
        console.print(f"added {job['document_id']} ({job['chunks']} chunks) from {path.name}: {job['total'] or 0} "
                      f"passages embedded, {job['reused'] or 0} reused", highlight=False)


def follow_job(server: str, job: dict) -> dict:
    """Poll an upload job with a progress bar until it is done or failed."""
    import time

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=errors, transient=True) as bar:
        task = bar.add_task(f"{job['name']}: {job['state']}", total=None)
        while job["state"] not in ("done", "failed"):
            time.sleep(JOB_POLL_SECONDS)
            job = server_call(server, "GET", f"/v1/jobs/{job['id']}")
            bar.update(task, description=f"{job['name']}: {job['state']}", completed=job["done"], total=job["total"])
    return job


@documents_app.command("jobs")
def documents_jobs(server: str = typer.Option(..., "--server", help="A running server's URL; its admin token is "
                                                                    "read from QA_ADMIN_TOKEN."),
                   as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """A running server's upload jobs, newest last: state, progress, and why a failed one failed."""
    jobs = server_call(server, "GET", "/v1/jobs")
    if as_json:
        sys.stdout.write(json.dumps(jobs, ensure_ascii=False) + "\n")
        return
    table = Table("file", "state", "embedded", "reused", "finished", "reason")
    table.columns[0].overflow = "fold"
    for job in jobs:
        progress = f"{job['done']}/{job['total']}" if job["total"] is not None else "—"
        table.add_row(job["name"], job["state"], progress, str(job["reused"] or 0), job["finished_at"] or "—",
                      job["reason"] or "")
    console.print(table)


@documents_app.command("remove")
def documents_remove(ids: list[str] = typer.Argument(..., help="Document ids (see `qa documents list`)."),
                     server: str = SERVER_OPTION) -> None:
    """Remove documents from the local index or from a running server."""
    for doc_id in ids:
        if server:
            server_call(server, "DELETE", f"/v1/documents/{doc_id}")
        else:
            from embeddings.factory import load_embedder

            try:
                update_index(get_settings(), load_embedder(get_settings().embedder), removed=[doc_id])
            except UnknownDocument:
                fail(f"no document with id '{doc_id}' (see `qa documents list`)")
            except (IndexProblem, EmbedderError) as error:
                fail(str(error))
        console.print(f"removed {doc_id}", highlight=False)


feedback_app = typer.Typer(help="User feedback collected by the API.", no_args_is_help=True)
app.add_typer(feedback_app, name="feedback")


@feedback_app.command("export")
def feedback_export(
    out: Path = typer.Option(None, "--out", help="Write to this .jsonl file instead of standard output."),
) -> None:
    """Write not-helpful answers as gold-set candidates (gold schema, answers/evidence left empty to fill in)."""
    from api.feedback import FeedbackStore, export_gold_candidates, feedback_path

    path = feedback_path(get_settings().index_dir)
    if not path.exists():
        fail(f"no feedback recorded yet ({path} does not exist)")
    lines = export_gold_candidates(FeedbackStore(path))
    text = "".join(line + "\n" for line in lines)
    if out:
        out.write_text(text, encoding="utf-8")
        console.print(f"wrote {len(lines)} candidate(s) to {out}", highlight=False)
    else:
        sys.stdout.write(text)


@app.command()
def bench(
    quick: bool = typer.Option(False, "--quick", help="Smaller counts (HTTP, scale); finishes in about a minute."),
    json_out: Path = typer.Option(None, "--json", help="Also write the full results as JSON to this file."),
    gold: Path = typer.Option(Path(__file__).resolve().parent.parent / "eval" / "gold" / "most-110.jsonl", "--gold",
                              help="Questions to time (a gold .jsonl file)."),
) -> None:
    """Measure latency, throughput, indexing time, memory and vector-index scale on this machine."""
    from eval.gold import GoldError, load_gold
    from qa import bench as benchmark

    try:
        questions = [q.question for q in load_gold(gold)]
    except GoldError as error:
        fail(str(error))
    settings = get_settings()
    load_pipeline()
    def save(partial: dict) -> None:
        if json_out:
            json_out.write_text(json.dumps({"partial": True, **partial}, ensure_ascii=False, indent=2), encoding="utf-8")

    results = benchmark.run(settings, questions, quick, progress=lambda step: errors.print(f"[dim]bench:[/] {step}"), save=save)
    table = Table("measure", "value")
    for key, value in results.items():
        if not isinstance(value, (dict, list)):
            table.add_row(key, str(value))
    for entry in results["scale"]:
        for kind in ("flat", "hnsw"):
            row = entry[kind]
            extra = f", recall@10 {row['recall_at_10']}" if "recall_at_10" in row else ""
            table.add_row(f"{kind} @ {entry['vectors']:,}", f"build {row['build_s']} s, p50 {row['p50_ms']} ms, p99 {row['p99_ms']} ms{extra}")
    for entry in results["bm25"]:
        table.add_row(f"bm25 @ {entry['passages']:,}", f"build {entry['build_s']} s, {entry['index_mib']} MiB, "
                                                        f"p50 {entry['p50_ms']} ms, p99 {entry['p99_ms']} ms")
    for level, row in results["http"].items():
        if isinstance(row, dict):
            table.add_row(f"http {level}", f"{row['rps']} req/s, p50 {row['p50_ms']} ms, p99 {row['p99_ms']} ms, errors {row['errors']}")
    console.print(table)
    if json_out:
        json_out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
        console.print(f"wrote {json_out}", highlight=False)
