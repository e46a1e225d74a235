"""Why-questions: the purpose clause of the best sentence (…，以支援尖端基礎研究…, 為加速…，…, 期能…), without its
marker; never an 以 X 為 Y clause ("as", not "to"), and never a clause restating the question."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.spans import CLAUSE, restates, skip_numbering

PURPOSE = re.compile(r"[並并且]?(?:以期|以利|以助|以便|以達|以达|以|用以|藉以|借以|俾|旨在|期能|期使|期望|為了|为了|目的在於?|目的在于?)(?![及與与和或、])")
PURPOSE_FIRST = re.compile(r"(?:為|为)(?![主基重場场核])")


def answer(context: Context) -> Extraction | None:
    candidate = context.best
    text = candidate.sentence.text
    skip = skip_numbering(text)
    for position, clause in enumerate(m for m in CLAUSE.finditer(text) if m.end() > skip):
        start = max(clause.start(), skip)
        marker = PURPOSE.match(text, start) or (PURPOSE_FIRST.match(text, start) if position == 0 else None)
        body = text[marker.end():clause.end()] if marker else ""
        taking = marker and marker.group(0).endswith("以") and re.search("[為为]", body)
        if marker and not taking and len(body.strip("，,：:；;。")) >= 4 and not restates(context.question.text, body):
            return context.trimmed(candidate, marker.end(), clause.end())
    return None
