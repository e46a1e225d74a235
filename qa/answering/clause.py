"""The fallback answer: the clause of the best sentence that carries the question's terms without merely
restating it — for a what-noun question (用什麼方式…), one that has the noun asked about; for 'how' questions with
the clauses before it, where Chinese prose states the means."""
from __future__ import annotations

import numpy as np

from qa.answering.base import Context, Extraction
from qa.answering.spans import CLAUSE, asked_noun, restates, skip_numbering
from qa.text import fold

LONG_SENTENCE_CHARS = 60
HOW_CLAUSES = 2


def answer(context: Context) -> Extraction:
    """Never None: the whole sentence when it is short or no clause carries the question's terms."""
    question, candidate = context.question, context.best
    text = candidate.sentence.text
    skip = skip_numbering(text)
    clauses = [(max(m.start(), skip), m.end()) for m in CLAUSE.finditer(text) if m.end() > skip]
    if len(text) <= LONG_SENTENCE_CHARS or len(clauses) < 2 or not question.terms:
        return context.trimmed(candidate, skip, len(text))
    scores = [context.coverage(fold(text[s:e])) for s, e in clauses]
    if question.how:
        anchor = int(np.argmax(scores))
        first = max(0, anchor - HOW_CLAUSES)
        last = anchor - 1 if anchor > first and restates(question.text, text[slice(*clauses[anchor])]) else anchor
        return context.trimmed(candidate, clauses[first][0], clauses[last][1])
    fresh = [i for i, (s, e) in enumerate(clauses) if scores[i] > 0 and not restates(question.text, text[s:e])]
    if not fresh:
        return context.trimmed(candidate, skip, len(text))
    noun = asked_noun(question.noun)
    naming = [i for i, (s, e) in enumerate(clauses) if noun and noun in fold(text[s:e]) and scores[i] > 0
              and not restates(question.text, text[s:e], share=1.0)]  # the words it adds to the noun answer
    best = max(naming or fresh, key=lambda i: scores[i])
    return context.trimmed(candidate, clauses[best][0], clauses[best][1])
