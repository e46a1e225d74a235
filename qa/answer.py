"""The Answer contract (API `POST /v1/ask`, `qa ask --json`, a line of predictions.jsonl) as dataclasses."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Citation:
    """A verbatim quote proving the answer: `quote` is document.text[start:end]; the answer sits at
    answer_start:answer_end (document offsets) when it lies inside the quote; `title` names the document and `page`
    the page the quote's chunk starts on in a paged source."""

    chunk_id: str
    doc_id: str
    section: list[str]
    quote: str
    start: int
    end: int
    answer_start: int | None = None
    answer_end: int | None = None
    title: str | None = None
    page: int | None = None


@dataclass
class Answer:
    question: str
    answer: str | None
    abstained: bool
    confidence: float
    citations: list[Citation]
    passages: list[dict]
    latency_ms: float
    lang: str = "zh-Hant"
    asks: str = "general"
    message: str | None = None
    signals: dict = field(default_factory=dict)
    id: str | None = None
    verdict: str | None = None
    items: list[str] | None = None
    form: str | None = None
    reason: str | None = None
    low_confidence: bool = False
    interpreted_as: str | None = None
    clarify: list[str] | None = None
    count: int | None = None

    def to_dict(self) -> dict:
        data = asdict(self)
        if data["id"] is None:
            data.pop("id")
        return data
