"""Abbreviations the documents define themselves — 醫療人工智慧（AI） — so that a topic asked as 'AI' also finds
the rows that write 人工智慧, and the other way round."""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from qa.text import fold, words

DEFINED = re.compile(r"([\u4e00-\u9fff]{2,16})\s*[（(]\s*([A-Za-z][A-Za-z0-9]{0,9})\s*[)）]")


@lru_cache(maxsize=8)
def defined_aliases(texts: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Folded term → its folded aliases: an abbreviation in brackets and the word before it (the last word of the
    run, by rjieba's segmentation)."""
    pairs: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for match in DEFINED.finditer(fold(text)):
            segmented = words(match.group(1))
            if not segmented or len(segmented[-1]) < 2:
                continue
            long, short = segmented[-1], match.group(2).lower()
            pairs[long].add(short)
            pairs[short].add(long)
    return {term: frozenset(aliases) for term, aliases in pairs.items()}
