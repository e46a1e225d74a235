"""Gold question files (schema: ../shared/eval/SCHEMA.md): loading with errors that name the line and the field."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class GoldError(Exception):
    """A gold file that cannot be used; the message names the file, line and field."""


class GoldQuestion(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str = Field(min_length=1)
    question: str = Field(min_length=1)
    lang: Literal["zh-Hant", "zh-Hans", "en"]
    tags: list[str] = []
    answerable: bool
    answers: list[str] = []
    evidence: list[str] = []
    group: str | None = Field(None, min_length=1, description="the fact a question asks about; cases of one fact share "
                                                              "it, and the dev/test split follows it")
    verdict: Literal["yes", "no"] | None = Field(None, description="the expected verdict of a yes/no question")
    items: list[str] | None = Field(None, description="a list question's complete answer: every item, order free")
    reason: Literal["not_in_plan", "false_premise", "missing_fact", "off_topic"] | None = Field(
        None, description="why an unanswerable question cannot be answered (the Answer JSON's `reason`)")

    @property
    def form(self) -> str:
        """How the question is asked (the first tag, by convention of the behavioural suite)."""
        return self.tags[0] if self.tags else "untagged"

    @model_validator(mode="after")
    def answerable_needs_answers(self) -> "GoldQuestion":
        if self.answerable and not self.answers:
            raise ValueError("an answerable question needs at least one entry in 'answers'")
        return self


def load_records(path: Path, model: type[BaseModel], what: str) -> list:
    """Read a .jsonl file of `model` records with unique ids; raise GoldError naming the line and field of the
    first problem (`what` names the records in the message for an empty file)."""
    if not path.exists():
        raise GoldError(f"{path}: no such file")
    records: list = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                raise GoldError(f"{path}:{number}: not valid JSON ({error.msg})") from error
            if not isinstance(data, dict):
                raise GoldError(f"{path}:{number}: expected a JSON object")
            try:
                record = model.model_validate(data)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "(record)"
                raise GoldError(f"{path}:{number}: field '{where}': {first['msg']}") from error
            if record.id in seen:
                raise GoldError(f"{path}:{number}: field 'id': duplicate id '{record.id}'")
            seen.add(record.id)
            records.append(record)
    if not records:
        raise GoldError(f"{path}: no {what}")
    return records


def load_gold(path: Path) -> list[GoldQuestion]:
    """Read a .jsonl gold file; raise GoldError naming the line and field of the first problem."""
    return load_records(path, GoldQuestion, "questions")


def split_of(key: str) -> str:
    """The fixed dev/test rule: the parity of the SHA-1 of the key. Tune on 'dev' only; 'test' is held out."""
    return "dev" if int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def select_split(questions: list[GoldQuestion], split: str | None) -> list[GoldQuestion]:
    """One half by the fixed rule, keyed by the question's `group` when it has one (every form of a fact falls in
    the same half, so a held-out fact is never seen in another wording), else by its id."""
    if split in (None, "all"):
        return questions
    return [q for q in questions if split_of(q.group or q.id) == split]
