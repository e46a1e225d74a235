"""Scripted dialogues (eval/dialogues/*.jsonl): every turn is asked with the turns before it as history, built from
the system's own answers and citations as the widget builds it, and scored per turn, per follow-up kind and per
language. One dialogue per line: {"id", "lang", "turns": [gold question fields + "kind", and for a reference that
must be asked back, "clarify": the candidates]}; the dev/test split follows the dialogue's id."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from eval.gold import GoldQuestion, load_records, split_of
from eval.metrics import mean
from eval.runner import correctness
from qa.conversation import Turn, list_subjects
from qa.pipeline import Pipeline
from qa.retrieval import Mode
from qa.text import compact, fold

FollowUp = Literal["first", "pronoun", "ellipsis", "ordinal", "subjectless", "topic_shift", "clarify", "choice"]


class DialogueTurn(BaseModel):
    """A turn: what is asked, how it leans on the turns before it, and what must come back."""

    model_config = ConfigDict(extra="allow")

    question: str = Field(min_length=1)
    kind: FollowUp
    answerable: bool = True
    answers: list[str] = []
    evidence: list[str] = []
    verdict: Literal["yes", "no"] | None = None
    items: list[str] | None = None
    clarify: list[str] | None = Field(None, description="the candidates a clarifying reply must offer")

    @model_validator(mode="after")
    def expects_something(self) -> "DialogueTurn":
        if self.kind == "clarify" and not self.clarify:
            raise ValueError("a 'clarify' turn needs the candidates in 'clarify'")
        if self.kind != "clarify" and self.answerable and not self.answers:
            raise ValueError("an answerable turn needs at least one entry in 'answers'")
        return self


class Dialogue(BaseModel):
    id: str = Field(min_length=1)
    lang: Literal["zh-Hant", "zh-Hans", "en"]
    turns: list[DialogueTurn] = Field(min_length=1)

    def gold(self, number: int) -> GoldQuestion:
        """A turn as a gold question, for the answer scoring every evaluation shares."""
        turn = self.turns[number]
        return GoldQuestion(id=f"{self.id}.{number + 1}", question=turn.question, lang=self.lang, tags=[turn.kind],
                            answerable=turn.answerable and turn.kind != "clarify", answers=turn.answers,
                            evidence=turn.evidence, verdict=turn.verdict, items=turn.items)


def load_dialogues(path: Path) -> list[Dialogue]:
    """Read a dialogue file; raise GoldError naming the line and field of the first problem."""
    return load_records(path, Dialogue, "dialogues")


def select_dialogues(dialogues: list[Dialogue], split: str | None) -> list[Dialogue]:
    """One half by the fixed rule of gold sets, keyed by the dialogue's id (all its turns fall in one half)."""
    return dialogues if split in (None, "all") else [d for d in dialogues if split_of(d.id) == split]


@dataclass
class TurnRecord:
    """The scores of one turn."""

    id: str
    dialogue: str
    position: int
    kind: str
    lang: str
    correct: bool
    f1: float
    abstained: bool
    interpreted_as: str | None
    clarify: list[str] | None
    carried: bool | None
    latency_ms: float


def run_dialogues(pipeline: Pipeline, dialogues: list[Dialogue], mode: Mode = Mode.hybrid,
                  progress: Callable[[], None] | None = None) -> tuple[list[dict], list[TurnRecord]]:
    """Ask every turn with the history the client would hold, and score it."""
    predictions: list[dict] = []
    records: list[TurnRecord] = []
    for dialogue in dialogues:
        history: list[Turn] = []
        for number, turn in enumerate(dialogue.turns):
            answer = pipeline.ask(turn.question, mode=mode, history=history)
            prediction = {"id": f"{dialogue.id}.{number + 1}", "dialogue": dialogue.id, "kind": turn.kind,
                          **answer.to_dict()}
            predictions.append(prediction)
            records.append(score_turn(pipeline, dialogue, number, prediction, history))
            history.append(Turn(turn.question, answer.answer, tuple(c.chunk_id for c in answer.citations)))
        if progress:
            progress()
    return predictions, records


def score_turn(pipeline: Pipeline, dialogue: Dialogue, number: int, prediction: dict, history: list[Turn]) -> TurnRecord:
    """A clarifying turn is right when the reply offers every expected candidate; any other as a gold question. A
    topic shift carries the old subject when its interpreted question names a subject of the turn before."""
    turn = dialogue.turns[number]
    clarify = prediction.get("clarify")
    if turn.kind == "clarify":
        offered = {compact(fold(c)) for c in clarify or []}
        correct = bool(clarify) and all(compact(fold(c)) in offered for c in turn.clarify or [])
        f1 = float(correct)
    else:
        correct, f1 = correctness(dialogue.gold(number), prediction)
        if not turn.answerable:
            correct = f1 = float(prediction["abstained"] and not clarify)
    carried = None
    if turn.kind == "topic_shift":
        interpreted = compact(fold(prediction.get("interpreted_as") or ""))
        old = list_subjects(history[-1], pipeline.index) if history else []
        carried = bool(interpreted) and any(compact(fold(s.name)) in interpreted for s in old)
    return TurnRecord(prediction["id"], dialogue.id, number + 1, turn.kind, dialogue.lang, bool(correct), float(f1),
                      bool(prediction["abstained"]), prediction.get("interpreted_as"), clarify, carried,
                      prediction["latency_ms"])


def first_turns_alone(pipeline: Pipeline, dialogues: list[Dialogue], mode: Mode = Mode.hybrid) -> float | None:
    """Accuracy of the first turns asked alone, without the dialogue around them (what first turns must equal)."""
    scores = [correctness(d.gold(0), pipeline.ask(d.turns[0].question, mode=mode).to_dict())[0] for d in dialogues
              if d.turns[0].kind != "clarify"]
    return mean([float(s) for s in scores])


def summarise_turns(records: list[TurnRecord]) -> dict:
    """Accuracy over answer turns, first turns and follow-ups; how often ambiguous references were asked back; how
    many topic shifts carried the old subject."""
    answers = [r for r in records if r.kind != "clarify"]
    follow_ups = [r for r in answers if r.position > 1]
    shifts = [r for r in records if r.carried is not None]
    clarifying = [r for r in records if r.kind == "clarify"]
    return {
        "turns": len(records),
        "turn_accuracy": mean([float(r.correct) for r in answers]),
        "turn_f1": mean([r.f1 for r in answers]),
        "first_turn_accuracy": mean([float(r.correct) for r in answers if r.position == 1]),
        "follow_up_accuracy": mean([float(r.correct) for r in follow_ups]),
        "clarified": mean([float(r.correct) for r in clarifying]),
        "topic_shift_carried": sum(bool(r.carried) for r in shifts) if shifts else None,
        "unwanted_clarify": sum(1 for r in answers if r.clarify),
        "latency_p50_ms": sorted(r.latency_ms for r in records)[len(records) // 2] if records else None,
    }


def dialogue_results(records: list[TurnRecord], alone: float | None) -> dict:
    """Every dialogue metric overall, per follow-up kind (`by_form`, so gates can bound each kind) and per language."""
    overall = summarise_turns(records)
    overall["dialogues"] = len({r.dialogue for r in records})
    overall["dialogue_success"] = mean([float(all(r.correct for r in records if r.dialogue == d))
                                         for d in dict.fromkeys(r.dialogue for r in records)])
    overall["first_turn_alone_accuracy"] = alone
    if alone is not None and overall["first_turn_accuracy"] is not None:
        overall["first_turn_gap"] = round(alone - overall["first_turn_accuracy"], 4)
    kinds = list(dict.fromkeys(r.kind for r in records))
    return {
        "overall": overall,
        "by_form": {kind: summarise_turns([r for r in records if r.kind == kind]) for kind in kinds},
        "by_lang": {lang: summarise_turns([r for r in records if r.lang == lang])
                    for lang in sorted({r.lang for r in records})},
        "by_position": {str(p): summarise_turns([r for r in records if r.position == p])
                        for p in sorted({r.position for r in records})},
    }


def record_dicts(records: list[TurnRecord]) -> list[dict]:
    return [asdict(record) for record in records]
