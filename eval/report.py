"""A self-contained HTML report: headline table per mode, per-language and per-tag tables, a Recall@k chart and
every failed question with what was expected and what came back; for dialogues, the same per follow-up kind and
every failed turn shown with the turns before it."""
from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass

from eval.conversations import Dialogue, TurnRecord
from eval.gold import GoldQuestion
from eval.runner import RECALL_KS

HEADLINE = [("recall_at_1", "R@1"), ("recall_at_3", "R@3"), ("recall_at_5", "R@5"), ("recall_at_10", "R@10"),
            ("mrr_at_10", "MRR@10"), ("ndcg_at_10", "nDCG@10"), ("answer_accuracy", "Accuracy"), ("answer_f1", "F1"),
            ("abstention", "Abstention"), ("false_abstention", "False abst."), ("reason_agreement", "Reason"),
            ("invariance", "Invariance"), ("latency_p50_ms", "p50 ms"),
            ("latency_p95_ms", "p95 ms"), ("latency_max_ms", "max ms")]
STYLE = """
body{font-family:system-ui,"Noto Sans CJK TC",sans-serif;margin:2rem;color:#1b1b1b;max-width:1200px}
table{border-collapse:collapse;margin:0 0 1.5rem}th,td{border:1px solid #ccc;padding:.3rem .55rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#eef2f7}.fail{background:#fff4f4}
.q{font-weight:600}.muted{color:#555;font-size:.9em}h2{margin-top:2rem}li{margin-bottom:.8rem}
"""


DIALOGUE_HEADLINE = [("turns", "Turns"), ("turn_accuracy", "Accuracy"), ("turn_f1", "F1"),
                     ("first_turn_accuracy", "First turns"), ("follow_up_accuracy", "Follow-ups"),
                     ("clarified", "Clarified"), ("topic_shift_carried", "Shifts carrying old subject"),
                     ("unwanted_clarify", "Needless clarifications"), ("latency_p50_ms", "p50 ms")]


@dataclass
class DialogueRun:
    """A dialogue evaluation: the dialogues, one prediction and one record per turn, and the metrics."""

    dialogues: list[Dialogue]
    predictions: list[dict]
    records: list[TurnRecord]
    results: dict


def fmt(value) -> str:
    if value is None:
        return "n/a"
    return f"{value:.3f}" if isinstance(value, float) and value <= 1.0 else str(value)


def table(rows: dict[str, dict], first: str) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in HEADLINE)
    body = "".join(
        f"<tr><td>{html.escape(name)} <span class='muted'>({m['questions']})</span></td>"
        + "".join(f"<td>{fmt(m.get(key))}</td>" for key, _ in HEADLINE) + "</tr>"
        for name, m in rows.items())
    return f"<table data-testid='metrics-{html.escape(first)}'><tr><th>{html.escape(first)}</th>{head}</tr>{body}</table>"


def recall_chart(results: dict[str, dict]) -> str:
    """Recall@k per mode as an inline PNG (matplotlib, no files)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 3.4), dpi=100)
    for mode, metrics in results.items():
        overall = metrics["overall"]
        axis.plot(RECALL_KS, [overall[f"recall_at_{k}"] or 0 for k in RECALL_KS], marker="o", label=mode)
    axis.set_xticks(RECALL_KS)
    axis.set_xlabel("k")
    axis.set_ylabel("Recall@k")
    axis.set_ylim(0, 1.02)
    axis.grid(alpha=.3)
    axis.legend()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    plt.close(figure)
    data = base64.b64encode(buffer.getvalue()).decode()
    return f"<img data-testid='recall-chart' alt='Recall@k by mode' src='data:image/png;base64,{data}'>"


def failures(questions: list[GoldQuestion], predictions: list[dict], records: list) -> str:
    """Every question the primary mode got wrong: missed evidence, wrong answer or wrong abstention."""
    items = []
    by_id = {q.id: q for q in questions}
    for prediction, record in zip(predictions, records):
        gold = by_id[record.id]
        problems = []
        if gold.answerable and gold.evidence and (record.rank is None or record.rank > 5):
            problems.append(f"evidence not in top 5 (rank {record.rank or '> 10'})")
        if gold.answerable and not record.correct:
            problems.append("abstained" if record.abstained else "wrong answer")
        if not gold.answerable and not record.abstained:
            problems.append("answered an unanswerable question")
        if not problems:
            continue
        top = prediction["passages"][0] if prediction["passages"] else None
        got = prediction["message"] if prediction["abstained"] else prediction["answer"]
        if prediction.get("verdict"):
            got = f"{prediction['verdict']}: {got}"
        expected = ' | '.join(gold.items or gold.answers) or '(abstain)'
        if gold.verdict:
            expected = f"{gold.verdict}: {expected}"
        items.append(
            f"<li data-testid='failure'><div class='q'>{html.escape(gold.id)} · {html.escape(gold.question)}</div>"
            f"<div>problem: {html.escape('; '.join(problems))} · tags: {html.escape(', '.join(gold.tags))}</div>"
            f"<div>expected: {html.escape(expected)}"
            f" <span class='muted'>evidence: {html.escape(' | '.join(gold.evidence))}</span></div>"
            f"<div>got: {html.escape(str(got))} <span class='muted'>(confidence {prediction['confidence']})</span></div>"
            + (f"<div class='muted'>top passage: {html.escape(' › '.join(top['section']))} — {html.escape(top['text'][:140])}</div>" if top else "")
            + "</li>")
    if not items:
        return "<p>No failures.</p>"
    return f"<ol>{''.join(items)}</ol>"


def dialogue_table(rows: dict[str, dict], first: str) -> str:
    head = "".join(f"<th>{html.escape(label)}</th>" for _, label in DIALOGUE_HEADLINE)
    body = "".join(f"<tr><td>{html.escape(name)}</td>" + "".join(f"<td>{fmt(m.get(key))}</td>"
                                                                 for key, _ in DIALOGUE_HEADLINE) + "</tr>"
                   for name, m in rows.items())
    return f"<table data-testid='dialogues-{html.escape(first)}'><tr><th>{html.escape(first)}</th>{head}</tr>{body}</table>"


def dialogue_failures(run: DialogueRun) -> str:
    """Every failed turn, under the turns of its dialogue that led to it."""
    by_id = {prediction["id"]: prediction for prediction in run.predictions}
    dialogues = {dialogue.id: dialogue for dialogue in run.dialogues}
    items = []
    for record in run.records:
        if record.correct:
            continue
        dialogue = dialogues[record.dialogue]
        lines = []
        for number, turn in enumerate(dialogue.turns[:record.position], 1):
            prediction = by_id[f"{dialogue.id}.{number}"]
            got = prediction["message"] if prediction["abstained"] else prediction["answer"]
            expected = " | ".join(turn.clarify or turn.items or turn.answers) or "(abstain)"
            interpreted = (f" <span class='muted'>interpreted as: {html.escape(prediction['interpreted_as'])}</span>"
                           if prediction.get("interpreted_as") else "")
            mark = " class='fail'" if number == record.position else ""
            lines.append(f"<div{mark}>{number}. [{html.escape(turn.kind)}] <b>{html.escape(turn.question)}</b>"
                         f"{interpreted}<br>expected: {html.escape(expected)} · got: {html.escape(str(got))}</div>")
        items.append(f"<li data-testid='dialogue-failure'><div class='q'>{html.escape(record.id)} "
                     f"({html.escape(record.lang)})</div>{''.join(lines)}</li>")
    return f"<ol>{''.join(items)}</ol>" if items else "<p>No failed turns.</p>"


def render(title: str, results: dict[str, dict], primary: str, questions: list[GoldQuestion],
           predictions: list[dict], records: list, dialogues: DialogueRun | None = None) -> str:
    sections = [f"<h1>{html.escape(title)}</h1>"]
    if results:
        main = results[primary]
        sections += [
            f"<p class='muted'>{len(questions)} questions · primary mode: {html.escape(primary)}</p>",
            "<h2>Headline</h2>", table({mode: r["overall"] for mode, r in results.items()}, "mode"),
            recall_chart(results),
            f"<h2>Per language ({html.escape(primary)})</h2>", table(main["by_lang"], "language"),
            f"<h2>Per form: the first tag ({html.escape(primary)})</h2>", table(main["by_form"], "form"),
            f"<h2>Per tag ({html.escape(primary)})</h2>", table(main["by_tag"], "tag"),
            *([f"<h2>Per abstention reason ({html.escape(primary)})</h2>", table(main["by_reason"], "reason")]
              if main.get("by_reason") else []),
            f"<h2>Failed questions ({html.escape(primary)})</h2>", failures(questions, predictions, records),
        ]
    if dialogues is not None:
        scored = dialogues.results
        overall = scored["overall"]
        sections += [
            f"<h2>Dialogues</h2><p class='muted'>{overall['dialogues']} dialogues · {overall['turns']} turns · every "
            f"turn asked with the system's own earlier answers as history · first turns asked alone: "
            f"{fmt(overall['first_turn_alone_accuracy'])} · dialogues right in every turn: "
            f"{fmt(overall['dialogue_success'])}</p>",
            dialogue_table({"all turns": overall}, "dialogues"),
            "<h3>Per follow-up kind</h3>", dialogue_table(scored["by_form"], "kind"),
            "<h3>Per turn</h3>", dialogue_table(scored["by_position"], "turn"),
            "<h3>Per language</h3>", dialogue_table(scored["by_lang"], "language"),
            "<h3>Failed turns</h3>", dialogue_failures(dialogues),
        ]
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{''.join(sections)}</body></html>")
