"""Calibrate the abstention thresholds on labelled questions (the dev half), never on the held-out half.

Abstention uses thresholds on the evidence score (best sentence similarity plus a little term coverage) for CJK
questions and for the others (the cosine scale differs across languages), each again for yes/no questions (their
frame, 科技部有…嗎 / Does the plan…, lifts the similarity of whatever the ministry does, and a 'yes' asserts more than
an extract), then term coverage for CJK questions the first one lets through; the share of a question's words the
documents' vocabulary must know (below it a question is off-topic); and the confidence under which an answer is shown as possibly unrelated. Each is chosen to maximise (questions it should
stop) − PENALTY × (questions it should not), at the middle of the best plateau, so one question more or less does
not move it to an edge. Questions declined for a false premise do not take part: the premise check decides them.
"""
from __future__ import annotations

from dataclasses import dataclass

from eval.gold import GoldQuestion
from eval.runner import correctness

PENALTY = 2.0


@dataclass
class Threshold:
    name: str
    value: float
    abstained_unanswerable: int
    unanswerable: int
    abstained_answerable: int
    answerable: int


def _best_threshold(name: str, scored: list[tuple[float, bool]], penalty: float = PENALTY) -> Threshold:
    """scored: (signal, should pass): the cut below which questions are stopped."""
    values = sorted({value for value, _ in scored})
    if not values:
        return Threshold(name, 0.0, 0, 0, 0, 0)
    cuts = [0.0] + [(a + b) / 2 for a, b in zip(values, values[1:])] + [values[-1] + 1e-6]
    def gain(cut: float) -> float:
        return sum(1 for v, ok in scored if v < cut and not ok) - penalty * sum(1 for v, ok in scored if v < cut and ok)
    best = max(gain(cut) for cut in cuts)
    plateau = [cut for cut in cuts if gain(cut) == best]
    value = round((plateau[0] + plateau[-1]) / 2, 4)
    return Threshold(name, value,
                     sum(1 for v, ok in scored if v < value and not ok), sum(1 for _, ok in scored if not ok),
                     sum(1 for v, ok in scored if v < value and ok), sum(1 for _, ok in scored if ok))


def calibrate(predictions: list[dict], questions: list[GoldQuestion]) -> list[Threshold]:
    """Thresholds min_dense_cjk, min_dense, their yes/no counterparts, min_coverage, min_known_share,
    and hint_below from predictions' signals."""
    by_id = {q.id: q for q in questions}
    judged = [p for p in predictions if not p["signals"].get("premise")]
    scored = [(p["signals"], bool(p["signals"].get("yes_no_frame")), by_id[p["id"]].answerable) for p in judged
              if p["signals"].get("has_expected_fact") and "evidence" in p["signals"]]
    thresholds = []
    for name, cjk, polar in (("min_dense_cjk", True, False), ("min_dense", False, False),
                             ("min_dense_polar_cjk", True, True), ("min_dense_polar", False, True)):
        thresholds.append(_best_threshold(name, [(s["evidence"], ok) for s, p, ok in scored
                                                 if s["cjk"] == cjk and p == polar]))
    passing = [(s["coverage"], ok) for s, polar, ok in scored
               if s["cjk"] and not polar and s["evidence"] >= thresholds[0].value]
    minimum = {(cjk, polar): t.value for t, (cjk, polar) in
               zip(thresholds, ((True, False), (False, False), (True, True), (False, True)))}
    known = _best_threshold("min_known_share", [(s["known_share"], ok) for s, polar, ok in scored
                                                if s["evidence"] >= minimum[(s["cjk"], polar)]])
    answered = [(p["confidence"], correctness(by_id[p["id"]], p)[0]) for p in predictions if not p["abstained"]]
    return [*thresholds, _best_threshold("min_coverage", passing), known,
            _best_threshold("hint_below", answered)]
