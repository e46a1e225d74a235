"""Which-park and where questions (哪個園區要蓋複合式商店？, 第二生技大樓在哪個園區？, Which park will build …?): the park the
plan names with the thing the question names — by a name ending in 園區, the nearest before that thing in its sentence
(辦理[高雄園區]管線…、…、管 1 複合式商店興建工程), else the nearest after it; for a numbered item naming none, the park
its list's opener names (辦理[二林園區]各項工程建設，包括：…(十) 保警服務大樓…)."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from qa.answering.base import Context, Extraction
from qa.answering.clause import WHERE
from qa.answering.spans import skip_numbering
from qa.answering.subjects import bodies_named, plain_value
from qa.question import Question
from qa.text import compact, fold, has_cjk, tagged_words, word_boundaries

PLACE = "园区"
PLACE_NOUNS = frozenset({"园区", "科学园区", "park", "parks", "science park"})
NAME_TAGS = ("n", "ns", "nz", "nr", "j")  # the words a park's name is made of (新竹 生物 醫學)
ASKED = re.compile(r"在?哪[个一]?(?:科学)?园区|什么(?:科学)?园区|在?哪里|在?哪儿|在哪|[?？。]")  # the park asked for
MIN_THING_CHARS = 3  # a run of the question this long names a thing (複合式商店), not a common word (建置)
MIN_EN_TERM_CHARS = 2  # an English question's translated term: a dictionary word already
MAX_PLACE_CHARS = 4  # the longest place name looked up before 園區
MAX_ITEMS = 20  # how many numbered items back a list's opener is looked for
PLACE_WINDOW = 6  # how near a park's name a place that says where it is stands
THING_SHARE = 3  # and it is a third of the question's words around the park asked for, at least
MODIFIED_TAGS = ("n", "vn", "b", "s", "j")  # a word after 園區 that 園區 qualifies (園區[實驗]高中, 園區[公共]藝術)


def asks_place(question: Question) -> bool:
    """Which park, or where (二期基地污水廠在哪裡: a park, when the plan names one with it)."""
    return (question.noun in PLACE_NOUNS or bool(WHERE.search(fold(question.text)))) and not question.wants_list


def named_thing(context: Context, text: str) -> tuple[int, int]:
    """Where in a (folded) sentence the longest run of what the question names besides the park stands, and its
    length (複合式商店 of 哪個園區要蓋複合式商店); for English, the longest of its translated terms the sentence holds."""
    question = context.question
    if not has_cjk(question.text):
        held = [term for term in question.terms if has_cjk(term) and PLACE[0] not in term and term in text
                and len(term) >= MIN_EN_TERM_CHARS]
        longest = max(held, key=len, default="")
        return (text.find(longest), len(longest)) if longest else (-1, 0)
    asked = ASKED.sub("|", fold(question.text))
    best = (-1, 0)
    for part in asked.split("|"):
        match = SequenceMatcher(None, part, text, autojunk=False).find_longest_match(0, len(part), 0, len(text))
        start, end = whole_words(part, match.a, match.a + match.size)
        if end - start >= max(MIN_THING_CHARS, len(part) / THING_SHARE) and end - start > best[1]:
            best = (match.b + start - match.a, end - start)
    return best


def whole_words(part: str, start: int, end: int) -> tuple[int, int]:
    """The run of the question's whole words within part[start:end]: 基地計畫 shares 地計畫 with 坡地計畫, a part of
    its word 坡地 and so no name of the same thing."""
    bounds = word_boundaries(part)
    start = min((b for b in bounds if b >= start), default=end)
    end = max((b for b in bounds if b <= end), default=start)
    return start, max(start, end)


def known_place(context: Context, before: str) -> str:
    """The longest end of the words before 園區 that the dictionary names a place (辦理[二林]: the segmenter reads 二
    as a number), or ''."""
    return next((before[-n:] for n in range(min(MAX_PLACE_CHARS, len(before)), 1, -1)
                 if context.index.glossary.is_place(before[-n:])), "")


def park_names(context: Context, text: str) -> list[tuple[int, int]]:
    """Where the parks a (folded) sentence names stand: a name ending in 園區 that opens with a place, with the nouns
    between them (辦理[高雄園區], 價購[新竹生物醫學園區]), or a place the dictionary knows right before it (二林園區); a
    bare 園區 or 科學園區 names none."""
    found = []
    for match in re.finditer(PLACE, text):
        before = re.search(r"[\u4e00-\u9fff]{1,12}$", text[:match.start()])
        nouns = []
        for word, tag in reversed(tagged_words(before.group(0)) if before else []):
            if not tag.startswith(NAME_TAGS):
                break
            nouns.insert(0, (word, tag))
        while nouns and not (nouns[0][1] == "ns" or context.index.glossary.is_place(nouns[0][0])):
            nouns.pop(0)
        name = "".join(word for word, _ in nouns) or known_place(context, before.group(0) if before else "")
        if name:
            found.append((match.start() - len(name), match.end()))
    return found


def list_opener(context: Context, sentence_id: int) -> int | None:
    """The sentence ending in a colon that opens the numbered item `sentence_id` is one of (…包括：(一)…(十)), through
    the items before it; None when the sentence is no numbered item."""
    sentences = context.index.sentences
    if not skip_numbering(sentences[sentence_id].text):
        return None
    for number in range(sentence_id - 1, max(-1, sentence_id - MAX_ITEMS - 1), -1):
        text = sentences[number].text.rstrip()
        if text.endswith(("：", ":")):
            return number
        if not skip_numbering(text):
            return None
    return None


def placed(context: Context, asked: str) -> bool:
    """Whether a top sentence names a place the question does not right beside the park it asks about (安平及永康
    再生水園區): some other kind may say where it is; else the plan does not (二林園區在哪裡)."""
    park = re.search(rf"[\u4e00-\u9fff]{{0,{MAX_PLACE_CHARS * 2}}}{PLACE}", ASKED.sub("", asked).split("的")[-1])
    if not park:
        return True
    for candidate in context.top:
        text = fold(candidate.sentence.text)
        for found in re.finditer(re.escape(park.group(0)), text):
            before, after = text[max(0, found.start() - PLACE_WINDOW):found.start()], text[found.end():]
            around = before + "|" + after[:PLACE_WINDOW]
            if any((tag == "ns" or context.index.glossary.is_place(word)) and word not in asked
                   for word, tag in tagged_words(around)):
                return True
    return False


def park_asked(asked: str) -> bool:
    """Whether a (folded) question asks where a park is (再生水園區在哪裡, 二林園區的位置): 園區 heads what it names, not
    qualifies the next word (園區實驗高中的課程 is about the school's courses)."""
    words = tagged_words(ASKED.sub(" ", asked))
    return any(word.endswith(PLACE) and not (following and following[1].startswith(MODIFIED_TAGS))
               for (word, _), following in zip(words, words[1:] + [None]))


def answer(context: Context) -> Extraction | None:
    """The park named nearest the thing, in the top sentence that holds the longest run of it — of the rows of an
    agency the question names, when it names one (中科要在哪個園區…); none the question names, and none when what it
    asks about is a park itself — and then the question is declined when no top sentence places it."""
    asked = fold(context.question.text)
    if park_asked(asked):  # where a park is (再生水園區在哪裡): not another park
        context.settled = not placed(context, asked)
        return None
    named = bodies_named(context.question.text)
    agencies = [candidate for candidate in context.candidates
                if candidate.hit.chunk.agency and compact(fold(plain_value(candidate.hit.chunk.agency))) in named]
    found = []
    for rank, candidate in enumerate(agencies or context.top):
        text = fold(candidate.sentence.text)
        at, size = named_thing(context, text) if len(text) == len(candidate.sentence.text) else (-1, 0)
        parks = [park for park in park_names(context, text) if size and text[slice(*park)] not in asked]
        if parks:
            before = [park for park in parks if park[1] <= at]
            found.append((-size, False, rank, candidate,
                          before[-1] if before else min(parks, key=lambda park: park[0] - at)))
        elif size and (opener := list_opener(context, candidate.sentence_id)):
            opening = context.unretrieved(opener)
            opening_text = fold(opening.sentence.text)
            opened = [park for park in park_names(context, opening_text) if opening_text[slice(*park)] not in asked]
            if opened:  # 辦理[二林園區]各項工程建設，包括：…(十) 保警服務大樓…
                found.append((-size, True, rank, opening, opened[-1]))  # after a park its own sentence names
    if not found:
        return None
    _, _, _, candidate, (start, end) = min(found, key=lambda item: item[:3])
    return context.exact_span(candidate, start, end)
