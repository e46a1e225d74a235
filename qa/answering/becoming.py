"""What something is to become or serve as (科技部要把臺灣變成什麼？, What does the ministry want Taiwan to become?, 聯合研究
大樓被定位成什麼？): the words the plan puts after that thing and a marker of becoming, 建構[臺灣]為[氣候韌性島],
知識與創新躍升成為[臺灣新經濟的重要動能], …之聯合研究大樓作為[智慧科技發展核心基地] —
whatever verb the question uses for making it so, as the plan's verb (建構, 打造, 躍升) is seldom the question's."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.slot import object_end
from qa.answering.spans import inside_word
from qa.crosslingual import english_stems
from qa.question import Question
from qa.question.analysis import CLAUSE_END
from qa.text import fold, has_cjk, tagged_words

# 變成什麼, 打造成什麼, 成為哪種…: a becoming word right before the interrogative (為什麼 alone asks why)
ZH_BECOMING = re.compile(r"(?:成为|变成|变为|(?<=[\u4e00-\u9fff])成)(?=什么|何种|哪一?[种类个样]|怎样)")
ZH_MOVED = re.compile(r"[把将让使]")  # 把臺灣變成…: the thing, moved before the verb
ZH_AUXILIARIES = frozenset({"要", "会", "将", "能", "想", "想要", "希望", "可以", "应该", "需要"})  # words, not characters:
# the 能 of 量能 stays
EN_AFTER = r"(?:\s+(?:in|for|by|under|amid|after|through|with)\s+[^?]+)?\s*\?*$"  # …become [in the face of …]?
EN_WHAT = r"^what(?:\s+(?:kind|sort|type)s?\s+of\s+[a-z-]+)?\s+"  # What (kind of island) will Taiwan become?
EN_BECOMING = [  # the thing asked about is the named group
    re.compile(EN_WHAT + r"(?:does|do|did|will|would|should)\s+.+?\s+(?:wants?|hopes?|plans?|aims?|intends?|seeks?"
               r"|wish(?:es)?|expects?|needs?)\s+(?P<thing>.+?)\s+to\s+(?:become|be)" + EN_AFTER, re.IGNORECASE),
    re.compile(EN_WHAT + r"(?:does|do|did|will|would|should)\s+.+?\s+(?:(?:wants?|hopes?|plans?|aims?|intends?|seeks?)"
               r"\s+to\s+)?(?:make|turn|build|develop|transform|shape)\s+(?P<thing>.+?)\s+into\s*\?*$", re.IGNORECASE),
    re.compile(EN_WHAT + r"(?:will|would|should|could|can|is|does|do)\s+(?P<thing>.+?)\s+(?:to\s+)?become" + EN_AFTER,
               re.IGNORECASE),
    re.compile(EN_WHAT + r"(?:is|are|will)\s+(?P<thing>.+?)\s+(?:to\s+)?(?:be\s+)?(?:made|turned|built|developed"
               r"|transformed|shaped)\s+into\s*\?*$", re.IGNORECASE),
    re.compile(EN_WHAT + r"(?:does|do|will|would|is|are)\s+(?P<thing>.+?)\s+(?:(?:to\s+)?(?:serve|act|function)s?"
               r"|(?:be\s+)?(?:positioned|designated|used))\s+as" + EN_AFTER, re.IGNORECASE),  # X serves as: 作為
]
MARKER = re.compile(r"成为|变成|变为|迈向|作为|做为|为|成")  # how the plan writes that X becomes (is made, serves as) Y
GOAL_MARKER = re.compile(r"成为|变成|变为|迈向")  # a becoming the plan writes without its thing (…，邁向[卓越創新的國家])
CONNECTIVE = re.compile(r"进而|从而|进一步|藉以|借以|以利|以期")  # what opens what a becoming leads on to
KIND_ASKED = re.compile(r"(?:什么样|怎么样|怎样|哪一?种|何种|哪一?类)的?")  # 什麼樣的國家 asks a kind; 什麼的成員, whose
MAX_VERB_CHARS = 3  # a verb between the thing and its marker: 知識與創新[躍升]成為
MEANS = "以"  # 以沙崙為基地 takes X as a means, not X becoming Y


def zh_thing(question: str) -> str:
    """The thing a Chinese question asks what it becomes: after 把/將/讓/使, else the last word before the becoming word
    (before its 被, in the passive) once auxiliaries (要) and a verb (打造成) are left off, folded; '' for other
    questions."""
    asked = fold(question)
    becoming = ZH_BECOMING.search(asked)
    if becoming is None:
        return ""
    before = asked[:becoming.start()]
    passive = before.rfind("被")
    if passive > 0:  # 聯合研究大樓被定位成什麼: the thing stands before 被, whatever the segmenter tags the verb
        before = before[:passive]
    before = without_auxiliaries(before)
    tagged = tagged_words(before)
    if tagged and tagged[-1][1].startswith("v") and len(tagged) > 1:
        before = without_auxiliaries(before[:-len(tagged[-1][0])])
    moved = list(ZH_MOVED.finditer(before))
    if moved:
        return without_auxiliaries(before[moved[-1].end():])
    tagged = tagged_words(before)
    return tagged[-1][0] if tagged and tagged[-1][1].startswith("n") and len(tagged[-1][0]) >= 2 else ""


def without_auxiliaries(text: str) -> str:
    """The text without the auxiliary words that end it (臺灣[要]): they come between a thing and its verb."""
    tagged = tagged_words(text)
    while tagged and tagged[-1][0] in ZH_AUXILIARIES:
        text = text[:-len(tagged.pop()[0])]
    return text


def en_thing(question: str) -> str:
    """The words naming the thing an English question asks what it becomes (Taiwan); '' for other questions."""
    asked = question.strip()
    found = next((match for pattern in EN_BECOMING if (match := pattern.match(asked))), None)
    return found.group("thing") if found else ""


def asks_becoming(question: Question) -> bool:
    """What something is to become or be made into, not why (為什麼)."""
    if question.why:
        return False
    return bool(zh_thing(question.text) if has_cjk(question.text) else en_thing(question.text))


def becomes(text: str, thing: str) -> tuple[int, int] | None:
    """(start, end) in a folded sentence of what `thing` becomes: the object after a marker that follows the thing,
    with at most a short verb between (…躍升成為), not inside a word and not in a 以 X 為 frame."""
    for found in re.finditer(re.escape(thing), text):
        if inside_word(text, found.start()) or text[max(0, found.start() - len(MEANS)):found.start()] == MEANS:
            continue
        marker = MARKER.search(text, found.end(), found.end() + MAX_VERB_CHARS + 2)
        if marker is None or inside_word(text, marker.start()) or inside_word(text, marker.end()):
            continue
        if marker.start() > found.end() and not tagged_words(text[found.end():marker.start()])[0][1].startswith("v"):
            continue
        end = object_end(text, marker.start(), marker.end())
        onward = CONNECTIVE.search(text, marker.end(), end)  # 邁向[…的農業型態]進而發展…: what it leads on to is not it
        end = onward.start() if onward else end
        if 2 <= end - marker.end():
            return marker.end(), end
    return None


def en_things(context: Context, thing: str) -> list[str]:
    """The Chinese terms an English thing may be written as (folded): its translations, then every noun its last
    word translates to (大樓 for building, whose stem's first translations are verbs: 打造)."""
    glossary, stems = context.index.glossary, english_stems(thing)
    nouns = [term for term in glossary.terms_of(stems[-1]) if tagged_words(term)[0][1].startswith("n")] if stems else []
    terms = [*glossary.translate(thing), *nouns]
    return list(dict.fromkeys(fold(term) for term in terms if has_cjk(term) and len(term) >= 2))


def becomes_kind(text: str, noun: str) -> tuple[int, int] | None:
    """(start, end) in a folded sentence of a becoming whose object is a kind of the noun asked (什麼樣的國家: 邁向
    [卓越創新的國家]): the words from the marker to that noun in one clause, a modifier of two characters or more
    before it."""
    for marker in GOAL_MARKER.finditer(text):
        if inside_word(text, marker.start()):
            continue
        clause = CLAUSE_END.search(text, marker.end())
        at = text.find(noun, marker.end(), clause.start() if clause else len(text))
        if at - marker.end() >= 2:
            return marker.end(), at + len(noun)
    return None


def answer(context: Context) -> Extraction | None:
    """The first candidate sentence where the thing (for English, a Chinese term it translates to) is said to become
    something — the frame is precise enough to look past the top few; else, for a Chinese question asking what kind
    of noun it becomes, the first that writes a becoming of such a noun; None when none says so."""
    question = context.question.text
    things = [zh_thing(question)] if has_cjk(question) else en_things(context, en_thing(question))
    for candidate in context.candidates:
        text = fold(candidate.sentence.text)
        if len(text) != len(candidate.sentence.text):
            continue
        span = next((found for thing in things if thing and (found := becomes(text, thing))), None)
        if span:
            return context.trimmed(candidate, *span)
    noun = context.question.noun if has_cjk(question) else ""
    kind = noun and len(noun) >= 2 and any(fold(question).startswith(noun, found.end())
                                             for found in KIND_ASKED.finditer(fold(question)))
    for candidate in context.candidates if kind else []:
        text = fold(candidate.sentence.text)
        span = becomes_kind(text, noun) if len(text) == len(candidate.sentence.text) else None
        if span:
            return context.trimmed(candidate, *span)
    return None
