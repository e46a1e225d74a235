"""Request and response schemas of the HTTP API; the Answer model is the Answer JSON contract."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

from qa.answer import Citation
from qa.text import unreadable


class HistoryTurn(BaseModel):
    """A previous turn of the conversation as the client holds it."""

    question: str = Field(..., max_length=4000, description="The question asked in that turn.")
    answer: str | None = Field(None, max_length=8000, description="Its answer; null when none was given.")
    chunk_ids: list[str] = Field([], max_length=100, description="The chunk ids of its citations.")

    @field_validator("question", "answer")
    @classmethod
    def readable(cls, value: str | None) -> str | None:
        problem = unreadable(value) if value else None
        if problem:
            raise ValueError(problem)
        return value


class AskRequest(BaseModel):
    question: str = Field(..., description="The question, in Traditional/Simplified Chinese or English.")
    k: int = Field(10, ge=1, le=50, description="How many passages to retrieve and return.")
    lang: Literal["zh-Hant", "zh-Hans", "en"] | None = Field(None, description="UI language hint; detected when absent.")
    history: list[HistoryTurn] = Field(
        [], max_length=200, description="The previous turns, oldest first, as the client holds them (the server keeps "
                                        "no conversation); a follow-up (它, 那執行單位呢？, the second one) is read "
                                        "against the latest QA_MAX_HISTORY_TURNS of them.")

    @field_validator("question")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty or only whitespace")
        problem = unreadable(value)
        if problem:
            raise ValueError(problem)
        return value.strip()


class Passage(BaseModel):
    chunk_id: str
    doc_id: str
    title: str | None = Field(None, description="The document's title (its first heading, else its file name).")
    page: int | None = Field(None, description="The page the passage starts on, for a paged source (PDF).")
    section: list[str]
    text: str
    score: float
    kind: str | None = None
    program: str | None = None
    agency: str | None = None
    category: str | None = None
    start: int | None = None
    end: int | None = None
    dense_score: float | None = None
    lexical_score: float | None = None


class Answer(BaseModel):
    question: str
    answer: str | None
    abstained: bool
    confidence: float
    citations: list[Citation]
    passages: list[Passage]
    latency_ms: float
    lang: str
    asks: str
    message: str | None = None
    signals: dict = {}
    verdict: Literal["yes", "no"] | None = Field(
        None, description="For a yes/no question: the verdict; `answer` is the verbatim span that supports it.")
    items: list[str] | None = Field(
        None, description="For a list question: every item, each verbatim and cited; `answer` joins them with 、.")
    form: str | None = Field(None, description="How the question was read: wh, request, choice, polar or keyword.")
    reason: Literal["not_in_plan", "false_premise", "missing_fact", "off_topic"] | None = Field(
        None, description="Why the question was not answered: the plan lacks the topic, the question assumes something "
                          "the documents do not contain (another year, body or phase), the topic is there but not the "
                          "fact asked for, or the question is not about the plan at all. Null when answered.")
    low_confidence: bool = Field(
        False, description="The answer's evidence is weak (confidence below the calibrated QA_HINT_BELOW): show it "
                           "as possibly unrelated rather than as a confident answer.")
    interpreted_as: str | None = Field(
        None, description="The standalone question actually answered when the question was a follow-up resolved "
                          "against `history`; null when it stood alone.")
    clarify: list[str] | None = Field(
        None, description="When a follow-up's reference could mean several subjects (it, after a list): the "
                          "candidates, to ask back which one; `message` asks, `answer` is null. Null otherwise.")
    count: int | None = Field(
        None, description="For a how-many question over the program table (幾個計畫, how many programs): how many "
                          "rows meet its condition; `items` names them. Null otherwise.")


class SearchResponse(BaseModel):
    query: str
    mode: str
    passages: list[Passage]


class DocumentInfo(BaseModel):
    id: str
    title: str
    source: str = Field(..., description="Where it came from: its original file name for an upload.")
    chunks: int
    indexed_at: str = Field(..., description="When its current content was indexed (UTC, ISO 8601).")
    chars: int | None = Field(None, description="Characters of its text.")
    bytes: int | None = Field(None, description="Size of the file it was read from, when known.")


class IndexStatus(BaseModel):
    """The live index (GET /v1/index)."""

    format: int
    embedder: str
    dim: int
    vector_index: str | None = None
    lexical: str | None = None
    documents: int
    chunk_count: int
    sentence_count: int | None = None
    chunk_chars: int | None = None
    built_at: str | None = None
    build_seconds: float | None = Field(None, description="How long its last build took.")


class FeedbackRecord(BaseModel):
    id: int
    created_at: str
    question: str
    answer: str | None
    helpful: bool
    comment: str | None


class FeedbackList(BaseModel):
    """Recent feedback, not-helpful first, with the counts of all of it."""

    total: int
    helpful: int
    not_helpful: int
    records: list[FeedbackRecord]


class JobInfo(BaseModel):
    """An upload job (GET /v1/jobs/{id})."""

    id: str
    name: str
    document_id: str
    state: Literal["queued", "embedding", "publishing", "done", "failed"]
    done: int
    total: int | None = None
    reused: int | None = None
    reason: str | None = None
    http_status: int | None = None
    chunks: int | None = None
    created_at: str
    finished_at: str | None = None
    url: str | None = None


class IndexedDocument(DocumentInfo):
    embedded: int
    reused: int


class Feedback(BaseModel):
    question: str = Field(..., min_length=1, max_length=4000)
    answer: str | None = Field(None, max_length=4000)
    helpful: bool
    comment: str | None = Field(None, max_length=4000)


class FeedbackStored(BaseModel):
    id: int


class Problem(BaseModel):
    """Every error: what went wrong, in one sentence, and where (field errors)."""

    error: str
    detail: list[dict] = []
