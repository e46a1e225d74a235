"""Chinese names written in Latin letters (Erlin, Chung Hsing, Zhongxing, Houli) found in the documents' own text:
English questions name Taiwan's places and bodies by Hanyu pinyin or Wade–Giles, which no dictionary translates."""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate

# Characters are read one at a time, so pypinyin's phrase dictionary (55 MiB resident) and its dictionary copies are
# not needed: the library's own switches, set before its first import.
os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")

from pypinyin import Style, pinyin  # noqa: E402

from qa.cache import LRU
from qa.text import CJK_RUN, words

FOUND_CACHE = 4096  # names looked up, kept per index: questions repeat names, but any word may be asked
MIN_SYLLABLES = 2
MAX_SYLLABLES = 4
CAPITALISED = re.compile(r"\b[A-Z][a-z]*(?:['’][a-z]+)?(?:-[A-Za-z][a-z]*)*\b")
POSSESSIVE = re.compile(r"['’]s$")
STYLES = (Style.NORMAL, Style.WADEGILES)
PLACE_SUFFIX = re.compile(r"群岛|岛|山|湖|港|县|市|乡|镇")  # a name the segmenter keeps with its place word (太平島)


def _plain(syllable: str) -> str:
    """A syllable as people type it: no apostrophe (t'ung → tung), ü as u."""
    return syllable.replace("'", "").replace("ü", "u").replace("v", "u").lower()


@lru_cache(maxsize=8192)
def readings(char: str, every: bool = True) -> frozenset[str]:
    """The readings of a character in Hanyu pinyin and Wade–Giles, without tones: every one, or its usual one."""
    found: set[str] = set()
    for style in STYLES:
        for options in pinyin(char, style=style, heteronym=every, errors="ignore"):
            found.update(_plain(option) for option in options if option)
    return frozenset(found)


@dataclass
class Romanised:
    """The documents' characters by their readings, to find the name a romanised word spells. Its tables are built
    on the first lookup (~50 ms), not when an index loads: only English questions with such a word need them."""

    text: str
    found: LRU = field(default_factory=lambda: LRU(FOUND_CACHE))

    @cached_property
    def boundaries(self) -> frozenset[int]:
        """Where the documents' words (rjieba) start and end."""
        return frozenset(accumulate(map(len, words(self.text)), initial=0))

    @cached_property
    def _tables(self) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
        """The documents' characters by any of their readings, and by their usual one."""
        tables: tuple[dict[str, set[str]], dict[str, set[str]]] = (defaultdict(set), defaultdict(set))
        for char in set("".join(CJK_RUN.findall(self.text))):
            for table, every in zip(tables, (True, False)):
                for reading in readings(char, every):
                    table[reading].add(char)
        chars, usual = ({reading: frozenset(found) for reading, found in table.items()} for table in tables)
        return chars, usual

    @property
    def chars(self) -> dict[str, frozenset[str]]:
        return self._tables[0]

    @property
    def usual(self) -> dict[str, frozenset[str]]:
        return self._tables[1]

    def spellings(self, word: str) -> list[list[str]]:
        """Every way to read `word` as MIN_SYLLABLES to MAX_SYLLABLES syllables the documents' characters have."""
        out: list[list[str]] = []

        def split(rest: str, parts: list[str]) -> None:
            if not rest:
                if len(parts) >= MIN_SYLLABLES:
                    out.append(parts)
                return
            if len(parts) == MAX_SYLLABLES:
                return
            for end in range(1, min(6, len(rest)) + 1):
                if rest[:end] in self.chars:
                    split(rest[end:], parts + [rest[:end]])

        split(word, [])
        return out

    def names(self, word: str) -> list[str]:
        """The documents' character sequences a romanised word spells that neither start nor end inside one of
        their words (二林 of 二林園區, not 准廠 of 核准廠商) but where a place word ends it (太平 of 太平島), the most
        frequent first; read with the characters' usual readings if that finds any (銅鑼, not 通路 read tong-luo)."""
        word = _plain(word).replace("-", "")
        return self.found.get_or_compute(word, lambda: self._search(word, self.usual) or self._search(word, self.chars))

    def _ends_name(self, end: int) -> bool:
        """Whether a name may end at `end`: a word ends there, or a place word that ends one follows (太平|島)."""
        suffix = PLACE_SUFFIX.match(self.text, end)
        return end in self.boundaries or bool(suffix) and suffix.end() in self.boundaries

    def _search(self, word: str, table: dict[str, frozenset[str]]) -> list[str]:
        counts: Counter = Counter()
        for syllables in self.spellings(word):
            if not all(s in table for s in syllables):
                continue
            pattern = "".join(f"[{''.join(sorted(table[s]))}]" for s in syllables)
            counts.update(match.group() for match in re.finditer(pattern, self.text)
                          if match.start() in self.boundaries and self._ends_name(match.end()))
        return [name for name, _ in counts.most_common()]


def romanised_runs(text: str, known: Callable[[str], bool]) -> list[list[str]]:
    """Runs of capitalised words of a question that `known` does not know (Chung Hsing, Erlin; Chung-hsing as two):
    the candidates for a romanised name."""
    runs: list[list[str]] = []
    previous_end = -2
    for match in CAPITALISED.finditer(text):
        parts = [part for part in POSSESSIVE.sub("", match.group()).split("-") if part]
        if any(known(part.lower()) for part in parts):
            previous_end = -2
            continue
        if runs and match.start() == previous_end + 1:
            runs[-1].extend(parts)
        else:
            runs.append(parts)
        previous_end = match.end()
    return runs
