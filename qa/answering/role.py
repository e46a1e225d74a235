"""What role a body plays (科技部扮演什麼角色？, What role does MOST play?): what the plan's copula equates the body
with (科技部為[國家科技發展掌舵者]), rather than a sentence about something it does."""
from __future__ import annotations

import itertools
import re

from qa.answering.base import Context, Extraction
from qa.answering.spans import CLAUSE
from qa.question import Question
from qa.question.premise import Scope, organisations_in, self_reference
from qa.text import compact, fold, tagged_words

ROLE = re.compile(r"角色|定位|\brole\b", re.IGNORECASE)
COPULA = re.compile(r"\s*(?:作为|扮演|担任|是|为)")
MAX_ROLE_CHARS = 20
EN_OWN_BODY = re.compile(r"\bthe\s+(ministry|council|administration|agency)\b(?!\s+of\b)", re.IGNORECASE)


def asks_role(question: Question) -> bool:
    return bool(ROLE.search(fold(question.text)))


def body_names(text: str) -> set[str]:
    """Every name (folded) of the bodies a question names: 科技部 for MOST."""
    names = set()
    for body in organisations_in(text):
        names.add(compact(fold(body.text)))
        if body.organisation:
            names.update(compact(fold(name)) for name in (body.organisation.name, *body.organisation.zh))
    return {name for name in names if name}


def own_body(question: str, scope: Scope) -> str:
    """The question with the ministry (council…) in any case named as the body the documents' titles name, as the
    premise check names it (self_reference): a plan's reader means its own ministry."""
    capitalised = EN_OWN_BODY.sub(lambda found: f"the {found.group(1).capitalize()}", question)
    return self_reference(capitalised, scope) if capitalised != question else question


def answer(context: Context) -> Extraction | None:
    """The noun phrase after a copula that follows a name of the body, up to its clause's end (not 為 opening a
    purpose: the phrase must end in a noun), in the best candidate that has one, else in the first sentence of the
    index that does — a body's role is stated once, in a sentence about nothing the question asks of it (科技部為…掌舵
    者，經由跨部會協調…); None when the question names no body or no sentence states a role."""
    names = body_names(own_body(context.question.text, context.index.scope))
    if not names:
        return None
    retrieved = {candidate.sentence_id for candidate in context.candidates}
    others = (context.unretrieved(number) for number in range(len(context.index.sentences)) if number not in retrieved)
    for candidate in itertools.chain(context.candidates, others):
        text = candidate.sentence.text
        folded = fold(text)
        if len(folded) != len(text):
            continue
        for found in (m for name in names for m in re.finditer(re.escape(name), folded)):
            copula = COPULA.match(folded, found.end())
            clause = next((m for m in CLAUSE.finditer(folded) if m.end() > found.end()), None)
            if not copula or not clause:
                continue
            end = copula.end() + len(folded[copula.end():clause.end()].rstrip("，,；;。：: "))
            tagged = tagged_words(folded[copula.end():end])
            if 2 <= end - copula.end() <= MAX_ROLE_CHARS and tagged and tagged[-1][1].startswith("n"):
                return context.trimmed(candidate, copula.end(), end)
    return None
