"""What an attribute of something is (What is the implementation area of the climate change study?): the value the
plan writes after the attribute's noun and a copula, 本計畫實施區域為[臺灣山坡地農業發展區], where the English noun's
words translate, in order and side by side, to the plan's compound (implementation area: 實施區域) or as one phrase
(starting point: 起點); or the value a 以 frame takes as that noun, 以[社會需求與挑戰]做為…推動的起點."""
from __future__ import annotations

import itertools
import re

from qa.answering.base import WORDS_DECIDE_CANDIDATES, Context, Extraction
from qa.answering.slot import object_end
from qa.crosslingual import english_stems
from qa.question import Question
from qa.text import fold, has_cjk

EN_ATTRIBUTE = re.compile(r"^what\s+(?:is|are|was|were)\s+(?:the\s+)?((?:[a-z-]+\s+)?[a-z-]+)\s+of\s+\S",
                          re.IGNORECASE)  # What is the [implementation area] of X?
COPULA = re.compile(r"\s*(?:为|是)\s*")  # 為 or 是, folded (not 係: folded to 系, it would open 系統)
COMPOUND_WORDS = 2  # a compound of two words is precise enough to look past the top sentences; one word is not
MAX_VALUE_CHARS = 60
ROLE_FRAME = r"以\s*([^，,。；;：:以]{{2,{chars}}}?)\s*(?:做为|作为|为)[^，,。；;：:]{{0,30}}?{compound}"  # 以 X 做為…N


def attribute_noun(question: Question) -> str:
    """The compound noun an English 'What is the N of X?' asks for, of two words (implementation area); '' else."""
    found = EN_ATTRIBUTE.match(question.text.strip())
    return found.group(1).lower() if found and len(english_stems(found.group(1))) == COMPOUND_WORDS else ""


def asks_attribute(question: Question) -> bool:
    """An English question asking what a two-word attribute of something is."""
    return not has_cjk(question.text) and bool(attribute_noun(question))


def compounds(context: Context, noun: str) -> list[str]:
    """The plan's words the noun may be written as: a translation of each of its words, joined in order (實施區域,
    執行區域…), folded."""
    stems = english_stems(noun)
    options = [[fold(term) for term in context.index.glossary.terms_of(stem) if has_cjk(term)] for stem in stems]
    phrases = [fold(term) for term in context.index.glossary.phrases.get(" ".join(stems), [])]
    return list(dict.fromkeys([*phrases, *("".join(parts) for parts in itertools.product(*options))]))


def answer(context: Context) -> Extraction | None:
    """The value after the first of the noun's compounds and a copula in the first few sentences, to the end of its
    fragment, or that a 以 frame takes as the compound; None when no sentence writes one."""
    written = compounds(context, attribute_noun(context.question))
    for candidate in context.candidates[:WORDS_DECIDE_CANDIDATES]:
        text = fold(candidate.sentence.text)
        if len(text) != len(candidate.sentence.text):
            continue
        for compound in written:
            role = re.search(ROLE_FRAME.format(chars=MAX_VALUE_CHARS, compound=re.escape(compound)), text)
            if role:
                return context.trimmed(candidate, role.start(1), role.end(1))
            for found in re.finditer(re.escape(compound), text):
                copula = COPULA.match(text, found.end())
                if copula is None:
                    continue
                end = object_end(text, found.start(), copula.end())
                if 2 <= end - copula.end() <= MAX_VALUE_CHARS:
                    return context.trimmed(candidate, copula.end(), end)
    return None
