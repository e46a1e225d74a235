"""Which body runs the most (or fewest) programs, which category has the most, which of two bodies runs more: the
program table counted by that field, and the value or values with the highest (lowest) count — among the values the
question names, or those the words before the field's noun name (哪個園區管理局, Which park bureau) — each cited where
it stands above its rows."""
from __future__ import annotations

import re
from collections import Counter

from qa.answering.base import Context, Extraction
from qa.answering.field_values import field_named
from qa.answering.row_list import PROGRAM_NOUN
from qa.answering.subjects import values_named
from qa.question import Question
from qa.question.forms import PAIR_OF_ANY_ZH
from qa.question.premise import organisations_in
from qa.text import compact, fold, has_cjk

MOST = re.compile(r"最多|\bmost\b")
FEWEST = re.compile(r"最少|\b(?:fewest|least)\b")
MORE = re.compile(r"(?:比较|较|更)多|\bmore\b(?! than)")  # of two or more values the question names
FEWER = re.compile(r"(?:比较|较|更)少|\b(?:fewer|less)\b(?! than)")
ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
MAX_QUALIFIER_CHARS = 6  # how far before the field's noun the words naming some of its values are looked for


def field_asked(question: Question) -> tuple[str, str] | None:
    """The field a most/fewest-programs question counts by and the noun that names it (單位, 管理局, bureau,
    category); None for any other question (哪個計畫的經費最多 counts no field)."""
    folded = without_acronyms(question.text)
    if not PROGRAM_NOUN.search(folded):
        return None
    if MOST.search(folded) or FEWEST.search(folded):
        return field_named(folded) or (("agency", "") if bodies_compared(question.text) else None)
    if (MORE.search(folded) or FEWER.search(folded)) and (bodies_compared(question.text)
                                                            or PAIR_OF_ANY_ZH.search(folded)):
        return "agency", ""  # which of the bodies it names runs more
    return None


def without_acronyms(text: str) -> str:
    """The folded text without its all-capital words: MOST is the ministry's acronym, not most."""
    return fold(ACRONYM.sub(" ", text))


def bodies_compared(text: str) -> bool:
    """Whether a question names two bodies or more (中科跟南科), by whatever names."""
    return len({entity.organisation.name for entity in organisations_in(text) if entity.organisation}) >= 2


def asks_superlative(question: Question) -> bool:
    return field_asked(question) is not None


def qualified(context: Context, named: list[str], values: list[str], noun: str) -> list[str]:
    """The values the question names (`named`), when it names two or more (中科跟南科哪個負責的計畫比較多); else those
    the words right before the field's noun name (園區管理局 of 哪個園區管理局: the three park bureaus; park of Which park
    bureau, by its translations), or every value when they name none."""
    chosen = [value for value in values if value in named]
    if len(chosen) >= 2:
        return chosen
    if not noun:
        return values
    folded = compact(fold(context.question.text))
    at = folded.find(noun)
    if has_cjk(folded):
        for size in range(min(MAX_QUALIFIER_CHARS, at), 0, -1):
            phrase = folded[at - size:at + len(noun)]
            named = [value for value in values if phrase in compact(fold(value))]
            if named:
                return named
        return values
    words = fold(context.question.text).split()
    before = words[words.index(noun) - 1] if noun in words and words.index(noun) else ""
    terms = context.index.glossary.translate(before) if before else []
    return [value for value in values if any(term in compact(fold(value)) for term in terms)] or values


def answer(context: Context) -> Extraction | None:
    """The value(s) of the asked field with the most (fewest) program rows, in plan order."""
    asked = field_asked(context.question)
    if asked is None:
        return None
    attribute, noun = asked
    programs: dict[str, set[str]] = {}
    first = {}
    for chunk in context.rows:
        value = getattr(chunk, attribute)
        if value:
            programs.setdefault(value, set()).add(chunk.program)
            first.setdefault(value, chunk)
    named = values_named(context, attribute, context.question.text)
    counts = Counter({value: len(programs[value]) for value in qualified(context, named, list(programs), compact(noun))})
    if not counts or (not noun and len(named) < 2):  # two bodies compared must both be the table's
        return None
    folded = without_acronyms(context.question.text)
    best = (min if FEWEST.search(folded) or FEWER.search(folded) else max)(counts.values())
    winners = [value for value in counts if counts[value] == best]
    citations = context.value_citations([(first[value], value) for value in winners])
    return Extraction("、".join(winners), citations, context.best, items=winners if len(winners) > 1 else None)
