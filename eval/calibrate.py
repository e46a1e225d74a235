"""Calibrate the abstention thresholds on labelled questions (the dev half), never on the held-out half.

Abstention uses thresholds on the evidence score (best sentence similarity plus a little term coverage) for CJK
questions and for the others (the cosine scale differs across languages), each again for yes/no questions (their
frame, 科技部有…嗎 / Does the plan…, lifts the similarity of whatever the ministry does, and a 'yes' asserts more than
an extract), then term coverage for CJK questions the first one lets through. Each is chosen to maximise (unanswerable questions abstained) − PENALTY × (answerable questions abstained), at the middle of
the best plateau, so one question more or less does not move it to an edge.
"""
from __future__ import annotations

from dataclasses import dataclass

from eval.gold import GoldQuestion

PENALTY = 2.0


@dataclass
class Threshold:
    name: str
    value: float
    abstained_unanswerable: int
    unanswerable: int
    abstained_answerable: int
    answerable: int


def _best_threshold(name: str, scored: list[tuple[float, bool]]) -> Threshold:
    """scored: (signal, answerable) for questions the fact-type check lets through."""
    values = sorted({value for value, _ in scored})
    if not values:
        return Threshold(name, 0.0, 0, 0, 0, 0)
    cuts = [0.0] + [(a + b) / 2 for a, b in zip(values, values[1:])] + [values[-1] + 1e-6]
    def gain(cut: float) -> float:
        return sum(1 for v, ok in scored if v < cut and not ok) - PENALTY * sum(1 for v, ok in scored if v < cut and ok)
    best = max(gain(cut) for cut in cuts)
    plateau = [cut for cut in cuts if gain(cut) == best]
    value = round((plateau[0] + plateau[-1]) / 2, 4)
    return Threshold(name, value,
                     sum(1 for v, ok in scored if v < value and not ok), sum(1 for _, ok in scored if not ok),
                     sum(1 for v, ok in scored if v < value and ok), sum(1 for _, ok in scored if ok))


def calibrate(predictions: list[dict], questions: list[GoldQuestion]) -> list[Threshold]:
    """Thresholds min_dense_cjk, min_dense, their yes/no counterparts and min_coverage from predictions' signals."""
    by_id = {q.id: q for q in questions}
    scored = [(p["signals"], bool(p["signals"].get("yes_no_frame")), by_id[p["id"]].answerable) for p in predictions
              if p["signals"].get("has_expected_fact") and "evidence" in p["signals"]]
    thresholds = []
    for name, cjk, polar in (("min_dense_cjk", True, False), ("min_dense", False, False),
                             ("min_dense_polar_cjk", True, True), ("min_dense_polar", False, True)):
        thresholds.append(_best_threshold(name, [(s["evidence"], ok) for s, p, ok in scored
                                                 if s["cjk"] == cjk and p == polar]))
    passing = [(s["coverage"], ok) for s, polar, ok in scored
               if s["cjk"] and not polar and s["evidence"] >= thresholds[0].value]
    return [*thresholds, _best_threshold("min_coverage", passing)]
