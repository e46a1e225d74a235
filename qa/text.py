"""Text folding for matching only (NFKC, Traditional→Simplified, lower case) and the lexical tokenizer.

Displayed text is never folded: users see the plan's own characters.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
LATIN_WORD = re.compile(r"[a-z0-9]+(?:[.+][a-z0-9]+)*")
WORDING_CONTEXT = 6  # characters either side of a renamed word that are looked for with it in the documents
TOKEN = re.compile(rf"{CJK_RUN.pattern}|{LATIN_WORD.pattern}")
CJK_PAIR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2}")


@lru_cache(maxsize=4)
def converter(config: str):
    """An OpenCC converter, built once per process (building one loads its dictionaries: ~80 ms)."""
    import opencc

    return opencc.OpenCC(config)


def fold(text: str) -> str:
    """NFKC, Traditional→Simplified and lower case, so 臺灣/台湾 and full-width/half-width forms match."""
    return converter("t2s").convert(unicodedata.normalize("NFKC", text)).lower()


def taiwan_wording(text: str, documents: str | None = None) -> str:
    """Simplified Chinese in Taiwan's characters and words (OpenCC s2twp: 人工智能 → 人工智慧, 数据库 → 資料庫,
    信息 → 資訊), so a question worded the Mainland way meets the plan's own words once both are folded. Given the
    documents' folded, compacted text, a word s2twp renames keeps its own characters where the documents write it so
    in more of the question's context (重点发展项目 stays 項目, not 專案), or as often there and more often overall, or
    the documents write neither (补助对象 stays 對象, not 物件: renaming it would match nothing)."""
    taiwan = converter("s2twp").convert(text)
    if documents is None:
        return taiwan
    literal = converter("s2t").convert(text)
    parts, done = [], 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, literal, taiwan, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        left, right = taiwan[max(0, j1 - WORDING_CONTEXT):j1], taiwan[j2:j2 + WORDING_CONTEXT]
        own, theirs = literal[i1:i2], taiwan[j1:j2]
        met = _context_met(left, theirs, right, documents)
        keep = met < 0 or (_context_met(left, own, right, documents), documents.count(compact(fold(own)))) > \
            (met, documents.count(compact(fold(theirs))))
        parts += [taiwan[done:j1], own if keep else theirs]
        done = j2
    return "".join(parts) + taiwan[done:]


def written_forms(texts: list[str]) -> dict[str, tuple[str, ...]]:
    """Each folded pair of Chinese characters the texts write, with the forms they write it in, most frequent first
    (计划: 計畫), read from the texts themselves."""
    counts: Counter[tuple[str, str]] = Counter()
    for text in texts:
        folded = fold(text)
        if len(folded) != len(text):  # NFKC changed its length: its folded pairs would not line up with its own
            continue
        counts.update((folded[i:i + 2], text[i:i + 2]) for i in range(len(text) - 1)
                      if CJK_PAIR.fullmatch(text[i:i + 2]))
    forms: dict[str, tuple[str, ...]] = {}
    for (key, pair), _ in counts.most_common():
        forms[key] = (*forms.get(key, ()), pair)
    return forms


def in_written_forms(text: str, forms: dict[str, tuple[str, ...]]) -> str:
    """The text with each pair of Chinese characters inside one word that the documents write only in another form
    written theirs (計劃 → 計畫, 台灣 → 臺灣): the same words to folding, but to an embedding model a different text
    from theirs. A pair across words is left (規[劃的] is no 計[畫的])."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    chars, bounds = list(text), None
    for i in range(len(chars) - 1):
        pair, written = "".join(chars[i:i + 2]), forms.get(folded[i:i + 2], ())
        if written and pair not in written:
            bounds = word_boundaries(text) if bounds is None else bounds  # segmented only when a pair needs it
            if i + 1 not in bounds:
                chars[i:i + 2] = written[0]
    return "".join(chars)


def _context_met(left: str, word: str, right: str, documents: str) -> int:
    """How many characters of the context around `word` the documents write with it (-1: not even the word)."""
    compacted = compact(fold(word))
    if not compacted or compacted not in documents:
        return -1
    return max(a + b for a in range(len(left) + 1) for b in range(len(right) + 1)
               if compact(fold(left[len(left) - a:] + word + right[:b])) in documents)


def has_cjk(text: str) -> bool:
    return bool(CJK_CHAR.search(text))


ENGLISH_FRAME_WORDS = frozenset("""who whom whose which what when where why how is are was were does do did the of to in
for by it its this that these those can could please tell me show list about and or""".split())


def english_frame(text: str) -> bool:
    """True when the question is put in English, even with a Chinese name inside it (Who runs 半導體射月計畫?): no CJK
    at all, or, outside its CJK runs, at least two Latin words and one of them an English function word."""
    if not has_cjk(text):
        return True
    latin = re.findall(r"[a-z]+", CJK_RUN.sub(" ", text.lower()))
    return len(latin) >= 2 and any(word in ENGLISH_FRAME_WORDS for word in latin)


def tokenize(text: str) -> list[str]:
    """Character unigrams and bigrams of CJK runs plus Latin words and numbers, after folding.

    Measured on the plan: this beats jieba words, which split domain terms such as 低軌衛星 into 低/軌衛星.
    """
    tokens: list[str] = []
    for run in TOKEN.findall(fold(text)):
        if CJK_CHAR.match(run):
            tokens.extend(run)
            tokens.extend(run[i:i + 2] for i in range(len(run) - 1))
        else:
            tokens.append(run)
    return tokens


GLUED_FUNCTION_CHARS = "至到于在向与及和跟了从对把将被以为由"  # prepositions, conjunctions, particles: words of their own


def words(text: str) -> list[str]:
    """Word segmentation (rjieba, imported on first use): where answer spans may start and end, never for BM25."""
    import rjieba

    return rjieba.cut(text)


@lru_cache(maxsize=4096)
def word_boundaries(text: str) -> frozenset[int]:
    """Offsets in `text` where a word starts or ends: the words of the folded text (same length) or of the text; a
    function character the segmenter guessed into a two-character word its dictionary lacks stands alone
    (延伸[至][國]中, 國[中][及]國小部)."""
    folded = fold(text)
    bounds, position = {0}, 0
    for word in words(folded if len(folded) == len(text) else text):
        if len(word) == 2 and CJK_CHAR.match(word[0]) and not is_word(word) and (
                word[0] in GLUED_FUNCTION_CHARS or word[1] in GLUED_FUNCTION_CHARS):
            bounds.add(position + 1)
        position += len(word)
        bounds.add(position)
    return frozenset(bounds)


def is_word(text: str) -> bool:
    """Whether the segmenter's dictionary holds `text` as a word (成為 and 需要 are words, 後要 is not)."""
    import rjieba

    return rjieba.has_word(text)


def tagged_words(text: str) -> list[tuple[str, str]]:
    """Words with their part of speech (rjieba's jieba tags: n noun, v verb, vn verbal noun, m numeral…)."""
    import rjieba

    return rjieba.tag(text)


def word_parts(word: str) -> list[str]:
    """The shorter words a long word is made of (rjieba's search mode: 大脑神经 → 大脑, 神经), itself left out."""
    import rjieba

    return [part for part in rjieba.cut_for_search(word) if len(part) >= 2 and part != word]


def unreadable(text: str) -> str | None:
    """Why a question cannot be read as text (an unpaired surrogate, a control character), or None."""
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return "contains an unpaired surrogate (not valid Unicode text)"
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\n\r" for ch in text):
        return "contains control characters"
    return None


def compact(text: str) -> str:
    """Folded text without whitespace or HTML tags: the form in which gold strings and quotes are compared."""
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
