"""Slot filling: the words of the plan that fill the question's gap (突破什麼挑戰 → 摩爾定律持續微縮的挑戰)."""
from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from corpus import Chunk
from qa.answering.base import MAX_ANSWER_CHARS, WORDS_DECIDE_CANDIDATES, Candidate, Context, Extraction
from qa.answering.subjects import loosely_named, named_program
from qa.answering.spans import (CLAUSE, FRAME_CLOSE, JOINING_WORDS, LOCALIZER, balanced, inside_word,
                                skip_numbering)
from qa.crosslingual import STOPWORDS, TRANSLATIONS_PER_WORD, english_stems
from qa.question import Question
from qa.question.analysis import CLAUSE_END, EN_CONTINUING, NO_NOUN_TAGS
from qa.question.forms import ASIDE_CLAUSE, PLACEHOLDER_NOUNS
from qa.question.synonyms import alike
from qa.text import fold, has_cjk, is_word, tagged_words, words

KIND_OF = re.compile(r"(?:什么样|怎样|何种|哪一?种|哪一?类)的?([\u4e00-\u9fff]{1,6})$")
RESULTATIVE = re.compile(r"(?:成为|作为|变成|为|成)(?=[\u4e00-\u9fff]{3})")
KIND_MAX_CHARS = 20
CLAUSE_BREAKS = "，,。；;"  # what ends a clause a verb made a noun may close (…的結合，)
MIN_MOVED_CHARS = 3  # of the object a question puts after 把, for the plan's 將 + the same words to place it
MAX_MOVED_VERB_CHARS = 3  # the question's own verb and complement after that object (推到)
GIVING_VERBS = ["提供", "给予", "供给"]  # the plan's verbs of giving, which take whom they give to before what (提供[國內學者]…平臺)
RECIPIENT_FIRST = re.compile(rf"给(.{{2,12}}?)({'|'.join(GIVING_VERBS)})$")  # 給 X 提供: the plan's 提供 X
SINGLE_WHICH = re.compile(r"哪一?[个栋座间家所条块张台件位项种代]")  # which one (of a kind the noun after it names)
LOCALISED = re.compile(r"[\u4e00-\u9fff][上中内里](?=[\u4e00-\u9fff])")  # 島上(建…): a one-character noun, its localizer
QUALIFIED_NOUN = re.compile(r"(?:什么|何种)([\u4e00-\u9fff]{4,6})$")  # 採取什麼[補助方式]: a compound noun ends the question
# 要購置哪塊[土地]: a short noun ends it, which only a clause holding another of the question's words places
SHORT_QUALIFIED_NOUN = re.compile(r"(?:什么|哪一?[个块种座间家所栋条])([\u4e00-\u9fff]{2,3})$")
FEATURE = re.compile(r"(.+?)(?:有|具有|具备)?(?:什么|哪些)(?:样的)?(?:特色|特点|特性|特征|优点|长处)[呢吗]*$")  # N 有什麼特色
QUALIFYING_TAGS = ("a", "b", "z", "n")  # adjectives, distinguishing and state words, nouns: what qualifies a noun
QUALIFIER_TAGS = (*QUALIFYING_TAGS, "m", "eng")  # and before a compound noun, numerals and Latin words (多元, KOL)
GAP_PUNCTUATION = "，,。；;、：: "
HEAD_CHARS = 4  # where a phrase's head noun stands: its last characters
HEAD_REACH = 8  # how far past the words of a question's qualifier the plan may put its head of four characters
INNER_OBJECT_CHARS = 4  # a verb inside its fragment takes a qualified noun, not the bare one (集中整合[資源]: no)
SUBJECT_TAGS = ("n", "r", "eng", "x", "d", "j")  # words of a subject before its verb: nouns, pronouns, names, adverbs
EN_OBJECT = re.compile(r"what\s+(?:does|do|did|will|would|should|can)\s+.+?\s+([a-z][a-z-]*)\s*\?*$", re.IGNORECASE)
# What does X want to [link] [domestic capacity] with?: an intent's verb, its object and a preposition that ends it
EN_STRANDED = re.compile(r"\b(?:wants?|plans?|hopes?|aims?|intends?|seeks?|tries|try)\s+to\s+([a-z]+)\s+(.+?)\s+"
                         r"(?:with|to|into|from|for)\s*\?*$", re.IGNORECASE)
EN_ENDING_PARTICLE = re.compile(r"in|into", re.IGNORECASE)  # What will X invest in?: V's object, what V takes in
EN_PREPOSITION = re.compile(r"\b(?:through|for|with|in|on|at|by|from|across|into|about|of|up|out|off|over|among"
                            r"|between)\b", re.IGNORECASE)
# a verb of giving and, ending the question, whom it gives to: What does the platform offer [its users]?
EN_RECIPIENT = re.compile(r"\b(offers?|give|gives|provides?|grants?|brings?|teach|teaches|shows?|sends?|awards?)"
                          r"\s+(?:its|their|the|his|her|our|these|those)\s+[a-z-]+(?:\s+[a-z-]+)?$", re.IGNORECASE)
EN_SUBORDINATE = re.compile(r"\s+(?:when|while|if|because|so that|in order to)\s+.*$", re.IGNORECASE)
# What does X introduce [into the international market]?: where the verb moves its object, which the plan puts first
EN_DESTINATION = re.compile(r"\b([a-z]+)\s+(?:into|onto|to(?=\s+(?:the|a|an|its|their|our)\s))\s+"
                            r"((?:(?!(?:into|onto|to)\b)[a-z-]+\s*){1,8})$", re.IGNORECASE)  # to V is no place
DESTINATION_MARKERS = "至到入于"  # what may stand between a verb and where it moves its object (推廣至產業)
CONTINUING = "持续|不断"  # what the plan writes before a verb it goes on doing (keep improving: 持續改善)
EN_PURPOSE = re.compile(r"\s+to\s+.*$", re.IGNORECASE)
EN_CONTROL = re.compile(r"\b(?:want|plan|hope|aim|intend|need|try|seek|expect|going|wish|like|has|have|help|ask)s?\b",
                        re.IGNORECASE)  # want (X) to V: the verb is V
EN_TRAILING_ADVERB = re.compile(r"\s+(?:together|jointly|abroad|overseas|further|again|first|[a-z]+(?:ously|ively|"
                                r"ally|ently|antly|ately|arly|ily|tly|sly|fully|ingly|ibly|ably))$",
                                re.IGNORECASE)  # a manner adverb too (continuously, actively), not apply or supply
ADVERB_TAGS = ("ad", "d")
PHRASAL_VERBS = {  # an English verb and its particle, read as the one verb of the same meaning the dictionary glosses
    "bring in": "introduce", "set up": "establish", "carry out": "implement", "step up": "strengthen",
    "scale up": "expand", "cut down": "reduce", "look into": "study", "deal with": "handle", "build up": "build",
    "draw on": "utilize", "roll out": "promote", "open up": "open", "team up": "cooperate", "hand over": "transfer",
    "take in": "absorb", "put in": "invest", "find out": "discover", "speed up": "accelerate", "back up": "support",
    "come up": "devise",
}
SUBJECT_WINDOW = 6  # how close before a verb a translation of the English question's subject stands (以大數據驅動)
FIRST_VERB_AT = 3  # what, does and the subject's first word come before the verb (What does MOST introduce into…)
WORD_ONLY = re.compile(r"[a-z]+", re.IGNORECASE)
EN_AUXILIARY = re.compile(r"\b(?:does|do|did|will|would|should|can|could)\s", re.IGNORECASE)
EN_WHAT_NOUN = re.compile(r"(?:what|which)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)"
                          r"(?:\s+(?:in|at|on|of|from|for)\s+[^?]+?)?\s+"
                          r"(?:does|do|did|will|would|should|can|could)\s+[^?]+?\s+[a-z]+\s*\?*$",
                          re.IGNORECASE)  # what N (in P) does X V, which N will be Ved: N is what V's phrase names
# What does X use (rely on…) to V?: the means of V, whose words follow
EN_MEANS = re.compile(r"^(?:what|which(?:\s+[a-z-]+){1,2})\s+(?:does|do|did|will|would|should|can|could)\s+.+?\s+"
                      r"(?:use|employ|rely\s+on|depend\s+on|draw\s+on|leverage)\s+(?:to|for)\s+(.+?)\s*\??$",
                      re.IGNORECASE)
EN_KIND_OF = re.compile(r"\bwhat\s+(?:kinds?|types?|sorts?)\s+of\s+([a-z][a-z-]*)", re.IGNORECASE)
EN_WHICH = re.compile(r"^(?:which|what\s+(?:kinds?|types?|sorts?)\s+of)\s+((?:[a-z-]+\s*){1,3})",
                      re.IGNORECASE)  # Which landfill…, What type of store…: the noun its item names
EN_ARTICLES = ("a", "an", "the")
FRAGMENT_BREAK = re.compile(r"[，,：:；;。！？!?、（(「『]")
CIRCUMSTANCE = re.compile(r"配合|因应|依据|依照|基于|顺应")  # a clause of what an action follows or answers, not it
ITEM_ENDS = "、，,：:；;。！？!?"
ITEM_BREAK = re.compile(f"[{ITEM_ENDS}]")  # where an item of a list ends
LIST_ITEM = re.compile(f"[^{ITEM_ENDS}]+")
MIN_OBJECT_CHARS = 4  # what a verb opening a list's item must leave of it to be that item's object
TOPIC_TAGS = ("n", "v", "a", "j", "l", "i")  # the words that say what a topic is about
TOPIC_PREPOSITION = re.compile(r"针对|对于|对(?!于)")  # 對[X]建立什麼: X is the topic the verb acts on
TOPIC_CLOSE = re.compile(r"(?<=\S{2})(?:(?:方面|而言|来说),?|,)")  # X 方面，…: X is the topic
OUTCOME = re.compile(r"[会要将](?:怎么样|怎样)$")  # …結束後會怎樣 asks what follows, as 怎麼辦 does
# 哪兩端 ending a question counts the noun it asks for (its last character), as a classifier would
WH_WORD = re.compile(r"怎么办|怎么做|做到?些?什么(?!样)|哪里|哪儿|哪些|哪[一二三四五六七八九十两几]*[个项种类大样位家所条栋座间张台件批届次份代]|什么样的?|怎么?样的(?=[\u4e00-\u9fff]{2})|什么|甚么|何种|哪[一二三四五六七八九十两几]+(?=.$)|哪|谁")
SLOT_MAX_CHARS = 40
RARE_VERB_USES = 3  # a verb the documents write this often or less places the object in any top sentence (鬆綁)
DEEPER_CANDIDATES = 10  # how far down a gap the question's closing noun ends is looked for
LIST_MAX_CHARS = 120  # a gap that is a list the asked noun closes (…、…等光束線) may be longer
SLOT_IGNORED = set(" ，,：:；;、「」『』（）()")
COPULA = re.compile(r"是(?=[与和跟由在对向从])")
WITH = str.maketrans("跟和", "与与")
JOINT = re.compile(r"[之的]")
JOINING = "之的 "  # what joins a noun phrase to the word it qualifies
PREPOSITIONS = "以在从向朝对由于把将用与给"
TWO_CHARACTER_PREPOSITIONS = ("朝向", "朝着", "向着", "对于", "对着")  # the question's 朝 is the plan's 朝向
ANY_PHRASE = "以朝"  # prepositions whose object may be any phrase, not only a noun's (朝[智慧化及高值化]發展)
PURPOSE_AFTER = re.compile(r"(?:来|去|用来|以便)(?=[\u4e00-\u9fff]{2})")  # 設立什麼[來服務使用者]: what for, no noun
LEFT_PARTICLES = "了的着过是为要会该应 "
NOUN_MAX_CHARS = 4
ANCHOR_MARGIN = 3  # how many more of the question's words before a gap make a lower sentence's gap the better one
ENCLOSED_COVERAGE = 0.8  # of the chosen gap's sentence's term coverage, what one with a better-enclosed gap needs
FOLLOWED = 0.75  # of the question's words after its gap, the share a clause right after a gap holding them holds
FOLLOWED_MARGIN = 0.5  # and by how much more than the chosen gap's next clause, to outrank it
SPECIFIC_CLOSING = 4  # characters of the question after a preposition's gap that place it in any sentence
PREDICATE_CHARS = 4  # of the verb phrase after the asked noun that a later clause must hold to close a gap before it
CONJUNCTS = "以及|及|与|和|、"  # what joins a filler's conjuncts, after one that ends in the asked noun
CONJUNCT = re.compile(CONJUNCTS)
CONJUNCT_MAX_CHARS = 8
JOINING_CHARACTERS = "与及和、"  # a gap ends on none of them
COORDINATED_NOUN = re.compile(r"(?:以及|及|与|和)([\u4e00-\u9fff]{1,2})(?=[，,。；;：:]|$)")  # 模式[及機制]，
INVERTED_COPULA = re.compile(r"(?:作为|为|是)$")
COPULA_BEFORE = re.compile(r"(?:作为|为|是)")
LIGHT_VERB = re.compile(r"进行|从事|办理|执行|展开|开展|加以|予以")  # verbs that make the verb after their object a noun
DESCRIPTION = re.compile(r"什么样|怎样|怎么样")
TRAILING_BRACKET = re.compile(r"[（(][^（()）]*[）)]$")
COMITATIVE = re.compile(r"[与和跟同]")  # marks the partner of a verb of meeting or working together, before it
DISPOSAL = re.compile(r"把(.{1,8}?)([\u4e00-\u9fff]{2})(成为|作为|成|为|到|至)$")  # 把 X V成: V X 為 in the plan
PLACE_INTERROGATIVES = ("哪里", "哪儿", "何处")
PLACE_NOUNS = ("地方", "地点", "地区", "位置")
LOCATIVE = "在于"  # after a verb, where it acts (聚焦在 / 聚焦於); after a noun, where that stands (大樓在哪裡)
COMPLEMENTS_ALIKE = ("成为", "到至", LOCATIVE)  # a verb's result, extent or place marked either way: 轉化成 /
# 轉化為, 調整到 / 調整至, 聚焦在 / 聚焦於 — or not at all (聚焦精準健康)
BASIS = ("依据", "根据", "依照", "按照", "基于", "因应")  # what a decision rests on, marked by any of them alike
INCLUDES = ("包含", "包括", "涵盖", "含")  # what a whole is made of, likewise
USES = ("用来", "用以", "用于", "用在")  # what a thing serves: 經費用來做什麼 asks what the plan's 經費，用以 names
USING = ("利用", "运用", "使用", "采用", "用")  # the means: the question's bare 用 is the plan's 利用
MEANS = ("透过", "借由", "经由", "通过", "凭借", "借助")  # how a thing is done, marked by any of them alike
GOING = ("前往", "赴", "去")  # where one goes to do a thing: 去哪裡受訓 asks what the plan's 赴[海外]受訓 names
ALIKE_VERBS = (BASIS, INCLUDES, USES, USING, MEANS, GOING)
DISPOSED_MEANS = re.compile(rf"(?:{'|'.join((*MEANS, *USING, '靠'))})(?:什么|哪些|哪个|哪种)把.{{2,12}}?"
                            r"(?P<verb>[\u4e00-\u9fff])(?:起来|起|在一起|上)?$")  # 用什麼把 X 串起來: 串 is the verb
MEANS_MARKER = re.compile("|".join((*MEANS, *USING[:-1])))  # what marks a means: not a bare 用 (應用, 作用)
LOCATED = re.compile(r"(?:设|位|座落|坐落|建|设置)?[在于]$")  # the verb of 'where is N' (基地設在哪裡)
AS_FRAME = re.compile(r"(?:[做作成视]?为|当作)")  # the verb of 以 X 為 Y: it closes the gap, it is no part of it
FRAMED_MODIFIER_MAX = 12  # 以 X 做為[科學研究發展策略與推動的]起點: the most words that may qualify Y in the frame
GLOSS_BREAK = re.compile(r"[、，,；;：:。及与或]")  # where the phrase a bracketed gloss names begins
OPENING_TAGS = ("ad", "a", "d", "v", "p", "c")  # 積極連結 before 基礎研究（上游）: how it is done, not what
COPULAS = ("是", "为", "在", "在于", "系")  # 目標是什麼 asks what the plan's 目標在/為 equates it with
COORDINATING = ("与", "及", "并")  # 和 and 跟 are read as 与
FUNCTION_WINDOW = 8
TRAILING_PARTICLES = "的了呢吗啊"
MODALS = ("要", "将", "会", "能", "可", "想", "应", "需", "需要", "将要", "预计")
INTENT_WORDS = frozenset({*MODALS, "打算", "准备", "想要", "希望", "可以", "应该"})  # what may stand before a verb
MODALS_END = re.compile(f"(?:{'|'.join(MODALS)})+$")  # a modal ending the words before a verb
PAIRED_WH = re.compile(r"(什么|哪些|哪个)[与及](?:什么|哪些|哪个)")
PURPOSE_LINKS = "来去以"  # 透過 X 來 V: what links a means to what it is for
NOUN_FOR = re.compile(r"([\u4e00-\u9fff]{2,4}?)来([\u4e00-\u9fff]{2,})")  # 特性來聚焦優勢領域: a noun, 來, a purpose
CLEFT = re.compile(r"^(.{2,}?)是(?:由)?(谁)(?:来|在)?([\u4e00-\u9fff]{2})的$")  # X 是誰提出的: who V'd X
# 把 X 跟什麼結合: what X is joined with, which the plan puts after the verb (將科研成果結合[產業創新])
JOINED_DISPOSAL = re.compile(r"[把将](.{2,12}?)(?:跟|与|和|同)(什么|哪些|哪[一个项种类])(结合|连结|链结|整合|融合|接轨|对接)")
RELATIVE = re.compile(r"^(.+?)的([\u4e00-\u9fff]{2,8}?)(?:是|为|叫做|叫|称为)$")  # V 的 N 是: what N V takes is
DISPOSAL_MARKER = re.compile(r"[将把]")  # marks a verb's object put before it (將 X 導入 Y)
DASHED = re.compile(r"\s*[-－—–]\s*(?=[\u4e00-\u9fff])")  # a dash going on with a name (二期工程－導電度處理設施…)
NAME_END = re.compile(r"[，,、。；;：:等及与和]")
NOMINAL_HEAD = re.compile(r"工程|作业|事宜")  # a verb before them names a work (擴建工程): its object stands before it


class Gap(NamedTuple):
    """Where the words that fill a question's gap stand in a sentence; `exact` when both ends are set by words of
    the question or the sentence's structure (以[…]為基地), so no segmenter may widen them (it cuts 以臺 as a word)."""

    start: int
    end: int
    exact: bool = False
    bracketed: bool = False  # placed by one preposition and few characters (以…為基地): evidence only in the best sentence
    anchor: int = 0  # how many of the question's characters before the interrogative stand right before the gap
    closed_by: int = 0  # how many of its characters after the interrogative, from their start, close the gap


def relative_reordered(before: str, interrogative: str) -> str | None:
    """A question asking what the noun a verb qualifies is (審議機制導入的[管理概念]是什麼, …叫什麼) put as the plan
    puts it, the interrogative before that noun (審議機制導入什麼管理概念); None for any other question (AI 應用發展的
    基石: a verbal noun without a modal is a noun); a which-one pronoun (哪一個, 哪一棟) asks which N so whatever the
    words' tags."""
    found = RELATIVE.search(before)
    if not found:
        return None
    if SINGLE_WHICH.fullmatch(interrogative):  # 中科要做的配水池工程是哪一個: which one of them, whatever the tags
        return found.group(1) + interrogative + found.group(2)
    tagged = tagged_words(found.group(1))
    nouns = tagged_words(found.group(2))
    verb = bool(tagged) and (tagged[-1][1] == "v" or tagged[-1][1] == "vn" and len(tagged) > 1
                             and tagged[-2][0] in MODALS)  # 要發展的: a verbal noun after a modal is its verb
    if not verb or not all(tag.startswith(("n", "vn", "b")) for _, tag in nouns):
        return None
    return found.group(1) + interrogative + found.group(2)


def subject_reordered(before: str, interrogative: str, noun: str) -> str | None:
    """A question asking which noun does what its verb says (今年全世界蔓延的是什麼疫情) put as the plan puts a subject,
    the interrogative and its noun before that verb (今年全世界什麼疫情蔓延); None for any other question."""
    if not before.endswith("的是") or not is_noun_phrase(noun):
        return None
    tagged = tagged_words(before[:-2])
    if not tagged or tagged[-1][1] != "v":
        return None
    verb = tagged[-1][0]
    return before[:-2 - len(verb)] + interrogative + noun + verb


def asks_place(interrogative: str, noun: str) -> bool:
    """Whether the gap is a place (建置在哪裡, 設在什麼地方): the verb's 在 is then where it acts, no complement."""
    return interrogative in PLACE_INTERROGATIVES or noun.startswith(PLACE_NOUNS)


def after_verb(asked: str) -> bool:
    """Whether the word ending the words before a gap follows a verb (聚焦在), not a noun it locates (大樓在)."""
    tagged = tagged_words(asked[:-1])
    return bool(tagged) and tagged[-1][1].startswith("v")


def letters_of(text: str) -> tuple[list[int], str]:
    """The positions of a text's characters that words are matched on (no punctuation, brackets or spaces: SLOT_IGNORED)
    and those characters: 提出「台灣 2030 科技願景」 matches 提出台灣2030科技願景."""
    kept = [i for i, char in enumerate(text) if char not in SLOT_IGNORED]
    return kept, "".join(text[i] for i in kept)


def slot_span(question: str, sentence: str) -> Gap | None:
    """The gap in `sentence` the question's words place (see worded_gap), or where the words after the interrogative
    say what it is for (設立什麼[來服務使用者]) and the sentence does not write them, the gap its words before place;
    never ending on the 做 of a 做為 whose 為 the question's closed it."""
    gap = worded_gap(question, sentence) or disposed_means(question, sentence)
    if gap is None:
        folded = fold(question)
        wh = WH_WORD.search(folded)
        purpose = PURPOSE_AFTER.match(folded, wh.end()) if wh else None
        gap = worded_gap(question[:purpose.start()], sentence) if purpose and len(folded) == len(question) else None
    if gap and gap.end - gap.start > 2 and fold(sentence[gap.end - 1:gap.end + 1]) in ("做为", "作为"):
        return gap._replace(end=gap.end - 1)  # 以[社會需求與挑戰]做為…起點: the question's 為 is the plan's 做為
    return gap


def disposed_means(question: str, sentence: str) -> Gap | None:
    """For 用什麼把 X V(起來) (靠/透過 alike), where the plan writes X otherwise: what its means word (經由, 透過, 利用…)
    puts before the verb, within one clause (經由[臺灣現有研究船]串起雙島島嶼的觀測點 for 用什麼把兩個島的觀測點串起來);
    None for any other question or sentence."""
    asked = DISPOSED_MEANS.search(fold(question).rstrip("？?。!！ "))
    if asked is None:  # most questions: no sentence is folded for them
        return None
    text = fold(sentence)
    if len(text) != len(sentence):
        return None
    for marker in MEANS_MARKER.finditer(text):
        verb = text.find(asked.group("verb"), marker.end() + 2, end_of_clause(text, marker.end()))
        if verb > 0 and verb - marker.end() <= KIND_MAX_CHARS and not inside_word(text, verb):
            return Gap(marker.end(), verb, exact=True)
    return None


def worded_gap(question: str, sentence: str) -> Gap | None:
    """The gap in `sentence`: the words that fill the question's interrogative, up to and including the
    noun after it (or up to the words that end the question, when its noun is not in the sentence: 跟哪個機關合作 →
    教育部); None when the words around the interrogative are not found in the sentence. The words before it
    are matched ignoring punctuation, 與/和/跟 alike, and a copula before a preposition (是與…) is not required."""
    asked, text = COPULA.sub("", fold(question).rstrip("？?。!！ ")).translate(WITH), fold(sentence).translate(WITH)
    if len(text) != len(sentence):
        return None
    asked = CLEFT.sub(r"\2\3\1", asked)  # X 是誰提出的: 誰提出 X, as the plan says it
    asked = PAIRED_WH.sub(r"\1", asked)  # 縮減什麼和什麼的距離: one gap, the pair the plan joins (科學與社會)
    asked = OUTCOME.sub("怎么办", asked)
    wh = WH_WORD.search(asked)
    if not wh:
        return None
    subject = subject_reordered(asked[:wh.start()], wh.group(), asked[wh.end():].strip(TRAILING_PARTICLES))
    gap = slot_span(subject, sentence) if subject else None
    if gap and gap.closed_by >= min(6, len(subject) - subject.rindex(wh.group()) - len(wh.group())):
        return gap  # closed by the noun and the verb after it, as far as closing reads them
    relative = None if asked[wh.end():].strip(TRAILING_PARTICLES) else relative_reordered(asked[:wh.start()], wh.group())
    if relative:
        asked, wh = relative, WH_WORD.search(relative)
    left, right = without_particles(asked[:wh.start()]), asked[wh.end():].lstrip("的")
    particles = asked[len(left):wh.start()]
    right = "" if right in PLACEHOLDER_NOUNS else right
    if not left and right[:1] in ("是", "为"):  # 什麼是 N asks what N 是什麼 does
        left, right = right[1:], ""
    kept, letters = letters_of(text)
    asked_letters = letters_of(left)[1]
    length = anchor_length(asked_letters, letters, 2)
    referred = pronoun_object(asked_letters, letters) if length is None or length < 3 else None
    if referred:  # 培養全民 is the plan's 培養其, a longer anchor than 全民
        asked_letters, length = referred, anchor_length(referred, letters, 3)
    compound = compound_verb(asked_letters, text) if length is None else None
    if compound:  # 要聘什麼 asks what the plan's 遴聘 takes: a bare verb is the head of the plan's compound verb
        asked_letters, length = asked_letters[:-1] + compound, len(compound)
    disposal = DISPOSAL.search(asked_letters) if length is None else None
    if disposal:  # 把臺灣建構成什麼 asks what the plan's 建構臺灣為 makes it: the object back after its verb
        complement = disposal.group(3)
        alike_complements = next((group for group in COMPLEMENTS_ALIKE if complement[-1] in group), complement)
        reordered = asked_letters[:disposal.start()] + disposal.group(2) + disposal.group(1)
        found = next(((reordered + word, n) for word in dict.fromkeys((complement, *alike_complements))
                      if (n := anchor_length(reordered + word, letters, 3))), None)
        asked_letters, length = found or (asked_letters, None)
    fronted = RECIPIENT_FIRST.search(asked_letters)
    if fronted:  # 給國內學者提供什麼 asks what the plan's 提供[國內學者]… gives them: whom it gives to back after the verb
        reordered = asked_letters[:fronted.start()] + fronted.group(2) + fronted.group(1)
        if shifted := anchor_length(reordered, letters, len(fronted.group(2)) + 2):
            asked_letters, length = reordered, shifted
    alike = next((group for group in COMPLEMENTS_ALIKE if asked_letters and asked_letters[-1] in group
                  and (group != LOCATIVE or after_verb(asked_letters) and not asks_place(wh.group(), right))), "")
    if length is None and alike:  # 轉化成 is the plan's 轉化為, 調整到 its 調整至, or its bare verb (鏈結到哪裡: 鏈結國際)
        verb = asked_letters[:-1]
        asked_letters = verb + alike.replace(asked_letters[-1], "")
        length = anchor_length(asked_letters, letters, 3)
        if length is None and (bare := anchor_length(verb, letters, 2)):
            asked_letters, length = verb, bare
    group = next((group for group in ALIKE_VERBS if asked_letters.endswith(group)
                  and not ends_another_word(asked_letters, group)), ()) if length is None else ()
    if group:  # 根據什麼編定 asks what the plan's 依據/因應 marks, 包含什麼 what its 含 lists
        verb = next(word for word in group if asked_letters.endswith(word))
        word = alike_before(group, letters, right) or verb
        if len(verb) > 1 or any(len(right) >= 2 and right[:2] in text[found.end():end_of_clause(text, found.end())]
                                for found in re.finditer(word, text)):  # a bare 用 only where its noun follows
            asked_letters = asked_letters[:-len(verb)] + word
            length = anchor_length(asked_letters, letters, 2)
    clause_ends = [m.end() for m in CLAUSE.finditer(text)]
    located = LOCATED.search(asked_letters) if length is None and not right else None
    if located:
        return located_span(asked_letters[:located.start()], text, kept, letters, clause_ends)
    if length is None:
        return (instance_span(wh.group(), right, text) or bracketed_span(left, right, text)
                or subject_span(right, text) or localised_span(right, text) or moved_destination(asked_letters, text))
    for found in re.finditer(re.escape(asked_letters[-length:]), letters):
        fronted = NOMINAL_HEAD.match(text, kept[found.end() - 1] + 1) and (
            fronted_object(left[:-length], text, kept[found.start()])
            or not right and work_object(text, kept[found.start()]))  # 加強什麼工程 asks for the work
        if fronted:
            return fronted
    places: dict[int, int] = {}  # the first place in each clause: a later one is inside its object (推動[…推動方案])
    anchors = alike_anchors(asked_letters[-length:])
    joined: int | None = None
    for at in range(len(letters)):
        if not letters.startswith(anchors, at):
            continue
        after = kept[at + length - 1] + 1
        if joined_verb(text, after):  # [基礎研究核心設施]建置及維運: the object of joined verbs ending a clause
            joined = kept[at] if joined is None else joined
        elif length >= 3 or not inside_word(text, after) or noun_closes(right, text, after):
            places.setdefault(next((n for n, end in enumerate(clause_ends) if kept[at] < end), len(clause_ends)), at)
    if not places:  # two characters that only stand inside a longer word place no gap
        return None if joined is None else object_before(text, joined)
    ends = {n: clause_ends[n] if n < len(clause_ends) else len(text) for n in places}

    def closed_by_noun(clause: int, place: int) -> int:  # the question's noun right before a 之/的 that makes the
        # verb a noun ending its clause ([我國智慧醫療產業]之發展。 for 發展什麼產業), else after the gap
        verb_end = kept[place + length - 1] + 1
        nominal = bool(right) and nominal_ending(text, kept[place], verb_end)
        if nominal and text[:kept[place] - 1].endswith(right):
            return 2
        return int(closes(right, text[verb_end:ends[clause]]))

    _, at = max(places.items(), key=lambda place: (closed_by_noun(*place),
                                                        letters.startswith(asked_letters[-length:], place[1]),
                                                        not nominalised(text, kept[place[1]]),
                                                        shared_words(asked_letters, letters, place[1])))
    if nominal_ending(text, kept[at], kept[at + length - 1] + 1) and word_tag(asked_letters[-length:]).startswith(
            "v") and (nominal := nominal_object(text, kept[at] - 1, right)):
        return nominal  # 透過[創新能源及智慧科技]的結合，: a verb made a noun takes what stands before it
    start = kept[at + length - 1] + 1
    if text[start - 1:start + 1] in TWO_CHARACTER_PREPOSITIONS:  # the question's 朝 is the plan's 朝向: not [向…]
        start += 1
    if wh.group() == "谁":
        partner = partner_before(text, kept[at + length - len(verb_of(asked_letters[-length:]))])
        if partner:
            return partner
    disposed = (disposed_object(text, kept[at], right, start) if len(right) >= 2
                else destination_first(left[:-length], text, kept[at], start))
    if disposed:
        return disposed
    if not right:
        before = (described_span(text, kept[at]) if DESCRIPTION.match(wh.group())
                  else glossed_span(text, kept[at], start)
                  or inverted_span(text, kept[at], start, clause_ends, asked_letters)
                  or light_verb_object(text, kept[at], start))
        if before:
            return before
    if text[start:start + 1] == "、":
        return None  # 產學研鏈結、科研成果的擴散…: the anchor is an item of a list, no verb taking what follows
    while start < len(text) and text[start] in " 的，,：:等":  # 等 closes the list the question names
        start += 1
    start = past_restated(left, text, start)
    anchored = start
    start = past_function_words(particles, text, start)
    if (start == anchored and not right and set(particles) & set("是为") and ends_in_noun(asked_letters)
            and compounded(text, start)):
        return None  # 重點是什麼 asks what the focus is: not the 領域 that makes 重點領域 one noun
    if LOCALIZER.match(text, start):  # 之外 closes a frame: it fills no gap
        return None
    circumstance = CIRCUMSTANCE.match(text, start) if not right else None
    after = next((end for end in clause_ends if circumstance and end > circumstance.end()), len(text))
    if after < len(text) - 1:
        start = after  # 合作做什麼: 合作，配合…，[協助各大學建立卓越研究中心]: what they do, not what it follows
    clause_end = next((end for end in clause_ends if end > start), len(text))
    window = min(clause_end, start + SLOT_MAX_CHARS)
    noun = (predicated_noun(right) or right) if DESCRIPTION.match(wh.group()) else ""
    head = text.find(noun[-2:], start + 1, window) if len(noun) >= 2 else -1
    if head > start:  # 什麼樣的科研基地[設在…]: the phrase up to its head noun (完整科研實驗基地), not its first word
        end, closed, matched = head + 2, True, 2
    else:
        nounless = wh.group() == "谁" or (wh.group() in PLACE_INTERROGATIVES  # 為誰量身打造, 赴哪裡受訓: no noun,
                                           and not asked.startswith("的", wh.end()))  # but 哪裡的教育
        asked_noun = 0 if nounless else len(predicated_noun(right))
        end, closed, matched = closing(text, right, start, window, clause_end, asked_noun, nounless)
        stretch, enough = text[start:clause_end], min(len(right), SPECIFIC_CLOSING)
        if matched < enough and "、" in stretch and "等" in stretch[stretch.find("、"):]:
            # a list its noun closes after 等 may run longer before that noun: when all the question's words after the
            # gap, or four, close it there (…等…驗證平臺[能力], not the 能 of 高效能; not 實驗 alone of 實驗技術)
            longer = closing(text, right, start, min(clause_end, start + LIST_MAX_CHARS), clause_end, asked_noun,
                             nounless)
            end, closed, matched = longer if longer[2] >= enough else (end, closed, matched)
    ending = right.rstrip(TRAILING_PARTICLES)  # 依據什麼編的: 編, a word of the plan's after the clause opens with it
    purpose = right.lstrip(PURPOSE_LINKS)
    linked = NOUN_FOR.match(right)  # 哪兩種特性來聚焦…: the noun asked by, then what the gap is for
    purpose = linked.group(2) if purpose == right and linked and is_noun_phrase(linked.group(1)) else purpose
    qualified = None if closed else qualified_later(right, text, clause_end)
    if qualified:
        return qualified
    if not closed and (len(right) >= 2 and right[:2] in text[clause_end:]
                       or len(ending) == 1 and any(word.startswith(ending) for word in words(text[clause_end:]))
                       or right != purpose and (purpose_beside(purpose, text, kept[at], clause_ends)
                                                or len(purpose) >= SPECIFIC_CLOSING and purpose in text[clause_end:])
                       or predicate_later(right, text, clause_end)):
        closed = True  # the words after the gap open a later clause: the gap is the rest of this one (依據[…]，…，編定),
        # also past the noun the question names it by (經由什麼方式發揮…: 經由[…]，…，發揮…); or what it is for stands in
        # the clause next to it (透過誰來應用臨床大數據: 應用…臨床大數據，透過[…]), or whole in a later one (整合什麼來提升
        # 科研能量: 整合[…核心能量、知識、技術與人才]，以維運…，提升科研能量)
    if not right and end - start > SLOT_MAX_CHARS + 6:  # 為減少[極端氣候造成之農損]、紓解…: the first of its verb phrases
        end = min(end, object_end(text, kept[at], start))
    weak = length < 3 and right and not closed  # two common characters alone place nothing
    listed = closed and "、" in text[start:end] and text.rfind("等", start, end) > text.rfind("、", start, end)
    if weak or end - start < 2 or end - start > (LIST_MAX_CHARS if listed else SLOT_MAX_CHARS + 6):
        return None
    if right and closed:
        start = past_named(left, text, start, end, right)
    framed = FRAME_CLOSE.search(text, start, end)
    if framed and "除" in text[clause_start(text, start):start]:  # 除透過研究機構挖掘[學校…研發成果]外
        end = framed.start()
    if DASHED.match(text, end):  # 銅鑼污水廠[二期工程－導電度處理設施功能提升]: a name goes on past its dash
        end = next((m.start() for m in NAME_END.finditer(text, end + 1)), len(text))
    return Gap(start, without_dangling(text, start, end, right), anchor=length, closed_by=matched)


def without_dangling(text: str, start: int, end: int, right: str) -> int:
    """Where a gap ends without a joining character it ran into (…通訊技術[與]人工智慧融合) and, before an
    attributive 之 or 的, without the words the question writes after its interrogative (神經系統病變[造成之] for 減少
    什麼疾病造成的醫療負擔; …AI 人文社會[為主題之] for 以哪些為研究主題) but the noun it attaches to (具什麼競爭力的:
    本土競爭力)."""
    if end - start <= 2 or text[end - 1] not in JOINING_CHARACTERS + "之的":
        return end
    attributive = text[end - 1] in "之的"
    end -= 1
    asked = opening_nouns(right)[0] if attributive else ""
    while attributive and end - start > 2:
        last = words(text[start:end])[-1]
        if last not in right or len(last) >= end - start or asked.startswith(last):
            break
        end -= len(last)
    return end


def predicate_later(right: str, text: str, clause_end: int) -> bool:
    """Whether the verb phrase the question puts after the noun it asks by (方式[發揮科技資源最大綜效]) stands in a
    later clause of the sentence, four characters of it at least (or all, when fewer)."""
    noun, following = opening_nouns(right)
    rest = right[len(noun):]
    return bool(noun) and following == "v" and len(rest) >= 2 and rest[:PREDICATE_CHARS] in text[clause_end:]


def purpose_beside(purpose: str, text: str, at: int, clause_ends: list[int]) -> bool:
    """Whether the clause before or after the one at `at` holds every word of what the question says a means is for
    (應用國內之臨床大數據，透過… for 透過誰來應用臨床大數據; 引進…，鏈結國際生醫生態圈 for 引進什麼來鏈結國際生醫生態圈)."""
    opening = max((end for end in clause_ends if end <= at), default=0)
    closing = min((end for end in clause_ends if end > at), default=len(text))
    before = text[max((end for end in clause_ends if end < opening), default=0):opening]
    after = text[closing:min((end for end in clause_ends if end > closing), default=len(text))]
    purpose_words = [word for word in words(purpose) if len(word) >= 2]
    return bool(purpose_words) and any(all(word in clause for word in purpose_words) for clause in (before, after))


def located_span(noun: str, text: str, kept: list[int], letters: str, clause_ends: list[int]) -> Gap | None:
    """For 'where is N' (基地設在哪裡) where the plan names the place as N (以[臺南沙崙智慧綠能科學城]為基地，), what its
    copula equates with N; None when the plan does not put it so."""
    length = anchor_length(noun, letters, 2)
    if length is None:
        return None
    for at in (found.start() for found in re.finditer(re.escape(noun[-length:]), letters)):
        gap = inverted_span(text, kept[at], kept[at + length - 1] + 1, clause_ends)
        if gap:
            return gap
    return None


def verb_of(anchor: str) -> str:
    """The last word of the question's words before its interrogative (the verb 誰 is the partner of)."""
    found = words(anchor)
    return found[-1] if found else anchor


def partner_before(text: str, verb: int) -> Gap | None:
    """For 'V 誰' where the plan marks V's partner with 與/和/跟 before it (促成與[在地企業]對接合作), the words between;
    None when no such word opens a noun phrase that ends right at V in its clause."""
    opening = clause_start(text, verb)
    marker = max((m for m in COMITATIVE.finditer(text, opening, verb) if not inside_word(text, m.start())),
                 key=lambda m: m.start(), default=None)
    if marker is None or not 2 <= verb - marker.end() <= KIND_MAX_CHARS:
        return None
    tagged = tagged_words(TRAILING_BRACKET.sub("", text[marker.end():verb]))  # 醫學大學（或醫院）: its noun
    return Gap(marker.end(), verb, exact=True) if tagged and tagged[-1][1].startswith("n") else None


def fronted_object(topic: str, text: str, verb: int) -> Gap | None:
    """For 'X 要 V 什麼' where the plan names a work by V with its object before it (辦理后里園區[污水處理廠二期]擴建工程),
    the words between the question's topic X and V in one clause; None when X (three characters of it at least)
    does not stand there."""
    topic = without_particles(topic.rstrip(" "))
    opening = clause_start(text, verb)
    length = next((n for n in range(min(6, len(topic)), 2, -1) if topic[-n:] in text[opening:verb]), None)
    if length is None:
        return None
    start = text.rfind(topic[-length:], opening, verb) + length
    return Gap(start, verb, exact=True) if 2 <= verb - start <= KIND_MAX_CHARS else None


def work_object(text: str, verb: int) -> Gap | None:
    """For 'V 什麼' where the plan names a work by V (辦理[園區公共設施]加強工程), the noun phrase between the light verb
    opening the clause and V; None when another kind of word stands there or it is long."""
    opening = clause_start(text, verb)
    opening += skip_numbering(text[opening:verb])
    light = LIGHT_VERB.match(text, opening)
    phrase = text[light.end():verb] if light else ""
    return Gap(light.end(), verb, exact=True) if light and 2 <= len(phrase) <= KIND_MAX_CHARS and is_noun_phrase(
        phrase) else None


def joined_verb(text: str, after: int) -> bool:
    """Whether the verb ending at `after` is joined to one other word that ends its clause (設施建置[及維運]，): their
    object stands before them, not after (汰換與購置各項教學設備)."""
    if text[after:after + 1] not in tuple(JOINING_CHARACTERS):
        return False
    rest = text[after + 1:end_of_clause(text, after)].rstrip(GAP_PUNCTUATION)
    return len(words(rest)) == 1


def object_before(text: str, verb: int) -> Gap | None:
    """The object a verb joined to another one has before it, from the start of its clause ([基礎研究核心設施]建置及維運):
    None when those words are no noun phrase of a few words."""
    opening = clause_start(text, verb)
    opening += skip_numbering(text[opening:verb])
    phrase = text[opening:verb]
    return Gap(opening, verb, exact=True) if 2 <= len(phrase) <= KIND_MAX_CHARS and is_noun_phrase(phrase) else None


def disposed_object(text: str, verb: int, noun: str, after: int) -> Gap | None:
    """For 'V 什麼 N' where the plan puts V's object before it with 將 or 把 (將各類[…創新服務系統]導入園區), the
    phrase after the marker that ends in N right before V; None when N follows V in its clause or does not end there."""
    opening = clause_start(text, verb)
    clause_end = next((m.start() for m in CLAUSE_END.finditer(text, after)), len(text))
    if not text[opening:verb].rstrip(" ").endswith(noun) or noun in text[after:clause_end]:
        return None
    marker = max((m.end() for m in DISPOSAL_MARKER.finditer(text, opening, verb)
                  if not inside_word(text, m.start())), default=None)
    end = opening + len(text[opening:verb].rstrip(" "))
    return Gap(marker, end, exact=True) if marker is not None and len(noun) < end - marker <= KIND_MAX_CHARS * 2 \
        else None


def destination_first(topic: str, text: str, verb: int, after: int) -> Gap | None:
    """For 'Y 要 V 什麼' where the plan writes 將 X V Y (將[新科技]導入智慧防災科研體系 for 智慧防災要導入什麼): X, the object
    put before the verb, since the words after it are the question's own topic; None otherwise."""
    topic = MODALS_END.sub("", topic.replace(" ", ""))
    return disposed_before(text, verb) if len(topic) >= 2 and text.startswith(topic, after) else None


def disposed_before(text: str, verb: int) -> Gap | None:
    """The object 將/把 puts before the verb at `verb` in its clause (將[新科技]導入…), or None."""
    opening = clause_start(text, verb)
    marker = max((m.end() for m in DISPOSAL_MARKER.finditer(text, opening, verb)
                  if not inside_word(text, m.start())), default=None)
    return Gap(marker, verb, exact=True) if marker is not None and 2 <= verb - marker <= KIND_MAX_CHARS else None


def past_named(left: str, text: str, start: int, end: int, noun: str) -> int:
    """Past the words at a gap's start that the question names before its verb (價購[新竹生物醫學園區]第二生技大樓
    for 新竹生物醫學園區要價購哪一棟大樓): at least three characters ending on a word boundary, with two or more left that
    open neither with a joining word (博士級人才[及科研成果] is a list, not a qualified noun) nor with the noun asked
    for (社會需求[端及科技供給端] for 回應社會需求…媒合哪兩端: the noun heads the words named)."""
    asked = left.replace(" ", "")
    for stop in range(end - 2, start + 2, -1):
        if (text[start:stop].replace(" ", "") in asked and not inside_word(text, stop)
                and not text.startswith((*JOINING_WORDS, *"与和的、", noun), stop)):
            return stop
    return start


def nominalised(text: str, position: int) -> bool:
    """Whether the question's verb stands at `position` as a noun after 之/的 (坡地生態系服務之建立作為出發點), not as
    the verb whose object the gap is."""
    return position > 0 and text[position - 1] in "之的"


def nominal_ending(text: str, start: int, end: int) -> bool:
    """Whether the verb at text[start:end] is made a noun by 之/的 and ends its clause (…智慧科技的結合，)."""
    return nominalised(text, start) and text[end:end + 1] in ("", *CLAUSE_BREAKS)


def past_opening_words(text: str, start: int, end: int) -> int:
    """Where the words of text[start:end] that no noun phrase opens with end: adverbs, prepositions, conjunctions and
    means words, which jieba may tag verbs (將透過[創新能源…], 藉由[太平島…])."""
    for word, tag in tagged_words(text[start:end]):
        if tag not in NO_NOUN_TAGS and word not in MEANS:
            break
        start += len(word)
    return start


def nominal_object(text: str, particle: int, noun: str) -> Gap | None:
    """For 'V 什麼 N' where the plan makes V a noun ending its clause (透過[創新能源及智慧科技]的結合，…), what stands
    before its 的/之, past the words opening the clause that are no noun (將透過); of conjuncts, the one ending in N
    (結合什麼科技 → 智慧科技). None when that is no noun phrase."""
    opening = clause_start(text, particle)
    opening = past_opening_words(text, opening + skip_numbering(text[opening:particle]), particle)
    phrase = text[opening:particle]
    if not (2 <= len(phrase) <= KIND_MAX_CHARS and is_noun_phrase(phrase)):
        return None
    joins = list(CONJUNCT.finditer(phrase)) if noun and phrase.endswith(noun) else []
    return Gap(opening + joins[-1].end() if joins else opening, particle, exact=True)


def ends_another_word(asked: str, group: tuple[str, ...]) -> bool:
    """Whether the verb of a group ending the question's words is the tail of a longer word of the segmenter's
    dictionary (the 用 of 應用 in 智慧科技於農業生產之應用的目標): no verb of the group."""
    verb = next(word for word in group if asked.endswith(word))
    longer = (asked[-len(verb) - n:] for n in (1, 2) if len(asked) >= len(verb) + n)
    return any(word not in group and is_word(word) for word in longer)


def compound_verb(asked: str, text: str) -> str | None:
    """The sentence's two-character verb whose head is the one-character verb ending the question's words (聘:
    遴聘, 延聘), when the question's own words are not in the sentence; None otherwise, and for a character that ends
    a longer word of the question."""
    if not asked or tagged_words(asked[-1])[0][1] != "v" or len(asked) > 1 and is_word(asked[-2:]):
        return None  # 導入's 入 is no verb of its own
    return next((word for word, tag in tagged_words(text) if len(word) == 2 and word[1] == asked[-1]
                 and tag.startswith("v")), None)


def pronoun_object(asked: str, letters: str) -> str | None:
    """The question's words before its interrogative with the noun its verb takes put as the plan's 其 after that
    verb, where the sentence names that noun before (激發全民…，並培養其[…能力] for 培養全民什麼能力); None when the
    sentence has no such 其."""
    for found in re.finditer("其", letters):
        verb = letters[found.start() - 2:found.start()]
        at = asked.rfind(verb) if len(verb) == 2 else -1
        noun = asked[at + 2:] if at >= 0 else ""
        if len(noun) >= 2 and noun in letters[:found.start()] and is_noun_phrase(noun):
            return asked[:at + 2] + "其"
    return None


def anchor_length(asked: str, letters: str, shortest: int) -> int | None:
    """How many of the question's last characters before its interrogative (at most six, at least `shortest`) the
    sentence's letters hold, longest first; None when not even the shortest end of them is there."""
    return next((n for n in range(min(6, len(asked)), shortest - 1, -1) if asked[-n:] in letters), None)


def alike_anchors(anchor: str) -> tuple[str, ...]:
    """The words a sentence may write for an anchor that is one of a group of alike words (透過, 藉由…), as long as
    it: each marks the gap as well, so 透過什麼模式 is also the 藉由[…合作模式] of a sentence that writes both."""
    group = next((group for group in ALIKE_VERBS if anchor in group), (anchor,))
    return tuple(word for word in group if len(word) == len(anchor))


def alike_before(group: tuple[str, ...], letters: str, right: str) -> str | None:
    """Which of alike words the sentence writes: the one ending nearest before the question's first words after its
    interrogative, when it writes them (透過[平臺]…，藉由[…合作模式] for 通過什麼模式: 藉由), else the first written."""
    written = [word for word in group if word in letters]
    closing = letters.find(right[:2]) if len(right) >= 2 else -1
    before = [word for word in written if 0 <= letters.rfind(word, 0, closing)] if closing > 0 else []
    return max(before, key=lambda word: (letters.rfind(word, 0, closing) + len(word), len(word))) if before else next(
        iter(written), None)  # the longer of two ending at one place: 利用, not its 用


def end_of_clause(text: str, position: int) -> int:
    """Where the clause holding `position` ends: at the next clause break after it, else the end of the text."""
    found = CLAUSE.search(text, position)
    return found.end() if found else len(text)


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last clause break before it (a 、 breaks none)."""
    return max((m.end() for m in CLAUSE_END.finditer(text, 0, position)), default=0)


def qualified_later(right: str, text: str, clause_end: int) -> Gap | None:
    """The words a later clause puts between its verb and the question's words after the interrogative, four
    characters or more of them (鼓勵哪些合作聯盟的運作: …，亦推動[精準醫療國內外公私]合作聯盟運作), with those words:
    the noun asked about qualified there, not the rest of the clause the question's verb opens."""
    for n in range(min(6, len(right)), SPECIFIC_CLOSING - 1, -1):
        found = text.find(right[:n], clause_end)
        if found < 0:
            continue
        position, start = clause_start(text, found), None
        for word, tag in tagged_words(text[position:found]):
            position += len(word)
            start = position if tag == "v" else start
        return Gap(start, found + n, closed_by=n) if start is not None and found - start >= 2 else None
    return None


def joined_alike(noun: str) -> re.Pattern[str]:
    """A conjunction and a phrase ending in the same noun (…端[及科技供給端])."""
    return re.compile(rf"(?:{CONJUNCTS})[^，,。；;：:、]{{1,{CONJUNCT_MAX_CHARS}}}?{re.escape(noun)}")


def closing(text: str, right: str, start: int, window: int, end: int, noun: int = 0,
            nounless: bool = False) -> tuple[int, bool, int]:
    """Where the gap ends, whether the question's words after it close it there, and how many of those words, from
    their start, the sentence holds there: when the gap opens with their first word, their last (included); the
    longest start of those words found after the gap (included, but of the `noun` characters that open them and a verb
    follows only those: 哪些[產業]設立高階製造…; excluded after an interrogative that takes no noun: 延攬誰來臺,
    [國內外優秀科研人士]來臺), else the longest end of them (excluded, none counted); else `end`, not closed."""
    if len(right) >= 4 and text.startswith(right[:2], start):  # 哪個國家計畫: [國家科學技術發展計畫], its head the end
        found = text.find(right[-2:], start + 2, window)
        if found > start:
            return found + 2, True, 2
    for n in range(min(6, len(right)), 0, -1):
        found = text.find(right[:n], start + 1, window)
        if n == 1 and right[0] in PURPOSE_LINKS:  # 掌握什麼來開創: the 來 that links a purpose, not the 來 of 未來
            found = next((at.start() for at in re.finditer(re.escape(right[0]), text[:window])
                          if at.start() > start and not splits_word(text, at.start())), -1)
        # 哪些系統與技術: the gap runs to the second noun's end (…系統與智慧防減災技術), never to the conjunction
        if found > start and right[n - 1] in JOINING_CHARACTERS:
            rest = text.find(right[n:n + 2], found + n, end) if len(right) >= n + 2 else -1
            if rest > 0:
                return rest + 2, True, n
            continue
        if found > start:
            closed = text.find(f"等{right[:n]}", found + n, end) if n >= 2 else -1
            if closed > 0 and not CLAUSE_END.search(text, found, closed):  # 建置[…、龍光束線、…等光束線]: one item
                return closed + 1 + n, True, n  # of the list the noun closes is no end of it
            joined = joined_alike(right).match(text, found + n) if n == len(right) else None
            if joined:  # 媒合哪兩端: [社會需求端及科技供給端], the noun asked for closing each conjunct
                return joined.end(), True, n
            # neither a frame's 做為 (以[…]做為起點) nor what the gap is for (依賴什麼來建立: [大量的臨床資料庫]來建立)
            purpose = right[0] in PURPOSE_LINKS and len(words(right)[0]) == 1
            if AS_FRAME.match(right) or purpose:
                return found, True, n
            if linked_purpose(text, start, found, right):  # 依賴什麼建立: the plan's [大量的臨床資料庫]來建立
                return found - 1, True, n
            if nounless or opens_predicate(right) and text[found - 1] not in "的之":  # 鬆綁什麼增加攬才制度彈性:
                # [法規]增加…, its verb the end; not …坡地生態系服務的[整合創新服務], a noun 的 makes the head
                return found, True, n
            stop = found + (noun if 1 <= noun < n else n)
            return coordinated_noun(text, stop + other_head(text, stop, right[n:] if n >= 2 else "")), True, n
    if len(right) >= 3 and right[0] in PURPOSE_LINKS and word_tag(words(right[1:])[0]) == "v":  # 鬆綁什麼來增加
        # 彈性: the plan's [法規]增加…, without the 來 (after which a verb opens a predicate)
        found = text.find(right[1:3], start + 1, window)
        if found > start and not splits_word(text, found):
            return found, True, 2
    for n in range(min(6, len(right) - 1), 1, -1):
        found = text.find(right[-n:], start + 2, window)
        later = n < SPECIFIC_CLOSING <= len(right) and right[-SPECIFIC_CLOSING:] in text[window:]
        if found > start and not splits_word(text, found) and not later:  # 以[不同形式]推動 for 以什麼方式推動, not
            return found, True, 0  # 形 of 形式, nor 能量 of 核心能量 where …，提升科研能量 stands later for 來提升科研能量
    return end, False, 0


def opens_predicate(right: str) -> bool:
    """Whether the question's words after its gap open with a verb that heads a predicate, one no noun follows
    (增加|攬|才制度彈性, 轉換|到業界): not a compound noun of a verb and nouns (什麼[思考方式], 什麼[防減災研發技術]) nor
    a word qualifying what follows through 的 (什麼組織的成員: jieba tags 組織 a verb)."""
    tagged = tagged_words(right.rstrip(TRAILING_PARTICLES + "？?。 "))
    return (len(tagged) >= 2 and tagged[0][1] == "v" and tagged[1][0] not in ("的", "之")
            and not tagged[1][1].startswith(("n", "vn")))


def linked_purpose(text: str, start: int, found: int, right: str) -> bool:
    """Whether the question's words after its gap, opening with a verb, stand in the sentence right after a 來/去/以
    the question leaves out (依賴[…]來建立預測模式): what the gap is for, which ends it."""
    link = found - 1
    return (link > start and text[link] in PURPOSE_LINKS and not splits_word(text, link)
            and not splits_word(text, found) and word_tag(words(right)[0]).startswith("v"))


def other_head(text: str, at: int, rest: str) -> int:
    """How long the head noun is that the sentence puts at `at` where the question's phrase ends in another one, its
    `rest` (導入什麼管理方法: OKR 管理[概念]): the plan's noun phrase ends there, not at the words both share; or
    where one word stands between them and the question's head (防減災[研發技術]), or a few words before a head of
    nouns of four characters or more, in one fragment and past no 之/的 (資安威脅防護前瞻[學術研究]), through that head."""
    asked = tagged_words(rest) if rest else []
    reach = text.find(rest, at, at + HEAD_REACH + len(rest)) if len(rest) >= HEAD_CHARS else -1
    if (reach > at and all(tag.startswith(("n", "b")) for _, tag in asked)
            and not FRAGMENT_BREAK.search(text, at, reach) and not JOINT.search(text, max(at - 1, 0), reach)):
        return reach + len(rest) - at  # 資安[威脅防護前瞻]學術研究 for 哪些資安學術研究: a head of four characters, further on
    if len(asked) != 1 or len(rest) < 2 or not asked[0][1].startswith("n"):
        return 0
    # 防減災[研發技術] for 研發哪種防減災技術: the head asked for, one two-character word after the words both share;
    # not after 的, where that head is a noun of its own (具本土競爭力的自主關鍵技術 for 具什麼競爭力的關鍵技術)
    head = text.find(rest, at + 2, at + 2 + len(rest))
    between = tagged_words(text[at:head]) if head > at and text[at - 1:at] not in JOINING else []
    if len(between) == 1 and between[0][1].startswith(("n", "v", "j")):  # j: an abbreviation (研發)
        return head + len(rest) - at
    word, tag = tagged_words(text[at:at + NOUN_MAX_CHARS])[0] if at < len(text) else ("", "")
    return len(word) if len(word) >= 2 and tag.startswith("n") and word != rest else 0


def coordinated_noun(text: str, end: int) -> int:
    """Where a gap ending in a noun ends when a one-word noun joined to it ends the clause (…合作[模式及機制]，整合…):
    what qualifies the one qualifies both, so the gap holds both; a longer phrase may be a thing of its own
    (…潛能指標及預警系統)."""
    joined = COORDINATED_NOUN.match(text, end)
    tagged = tagged_words(joined.group(1)) if joined else []
    return joined.end() if len(tagged) == 1 and tagged[0][1].startswith("n") else end


def without_particles(left: str) -> str:
    """The words before an interrogative without the particles, copulas and modals that end them (是, 為, 要…), each
    only as a word of its own: the 為 of 成為 stays (腦科技計畫想成為什麼組織的成員)."""
    while left and left[-1] in LEFT_PARTICLES and not (len(left) >= 2 and left[-2] not in LEFT_PARTICLES
                                                        and is_word(left[-2:])):
        left = left[:-1]
    return left


def bracketed_span(left: str, right: str, text: str) -> Gap | None:
    """For an interrogative between a one-character preposition and the words after it (以哪裡為基地, 跟哪個機關合作),
    (start, end) of what stands between them in one clause of `text` (以[臺南沙崙智慧綠能科學城]為基地, 與[教育部]合作):
    those words are looked for from their start, then past the interrogative's noun (機關), longest first; None
    without such a place."""
    if not left or left[-1] not in PREPOSITIONS or len(right) < 2:
        return None
    closings = [(skip, right[skip:skip + n]) for skip in range(min(len(right) - 1, NOUN_MAX_CHARS + 1))
                for n in range(min(len(right) - skip, 4), 1, -1)]  # after the interrogative's own noun, if any
    for skip, closing in closings:
        for found in re.finditer(re.escape(closing), text):
            if splits_word(text, found.start()):  # 以什麼方式推動: not the 式推動 of 以不同形式推動, inside 形式
                continue
            begins, close = clause_start(text, found.start()), found.start()
            if left[-1] == "以" and begins == close and close:  # 以[…等科技發展策略]，建構…: the means end a clause
                close = begins - 1
                begins = clause_start(text, close)
            opening = text.rfind(left[-1], begins, close)
            alone = opening >= 0 and not inside_word(text, opening)  # a word starts there: not the 用 of 共用
            start = opening + (2 if text[opening:opening + 2] in TWO_CHARACTER_PREPOSITIONS else 1)
            start += len(text[start:close]) - len(text[start:close].lstrip())  # 以 AI…: not the space
            limit = MAX_ANSWER_CHARS if "、" in text[opening:close] else SLOT_MAX_CHARS  # a list is as long as it is
            if alone and 2 <= close - start <= limit:
                end = close if left[-1] in ANY_PHRASE else before_verb(text, start, close)
                noun = "" if end != close else closing if owns(closing, right[skip + len(closing):], text, close) else (
                    "" if skip else closing if is_noun_phrase(closing) else leading_noun(right))
                if noun and text.startswith(noun, close):
                    end += len(noun)  # 以[政府一體的立場], 朝[…之…飼養模式]: the noun asked about, with what qualifies it
                # 以[X]為Y: X is any phrase (尊重各機構自主特性); placed by the preposition alone unless four of the
                # question's characters close it too (和什麼進行產官學策略整合: 與[智慧城市]的產官學策略整合)
                return Gap(start, without_dangling(text, start, end, right), exact=True,
                           bracketed=len(closing) < SPECIFIC_CLOSING)
    return None


def splits_word(text: str, position: int) -> bool:
    """Whether `position` cuts a two-character dictionary word the segmenter also reads there (形|式 of 不同形式); not
    where it guessed a word across it (化|發展 of 高值化發展, cut as 化發展)."""
    return inside_word(text, position) and is_word(text[position - 1:position + 1])


def owns(closing: str, rest: str, text: str, at: int) -> bool:
    """Whether the closing words found at `at` are a noun owning the rest of the question's words after 之/的
    (與[國際科研組織]之互動 for 跟什麼國際組織互動): part of the gap's phrase, whatever the tagger calls them."""
    linker = at + len(closing)
    return len(rest) >= 2 and text[linker:linker + 1] in ("之", "的") and text.startswith(rest[:2], linker + 1)


def subject_span(right: str, text: str) -> Gap | None:
    """For an interrogative that is the subject of the verb after it (疫情期間什麼[成為重點]), the noun phrase before
    the first three to six of the question's words after it, back to its clause's start (科技防疫[成為重點]), without
    an adverb of the verb or a preposition opening the clause; None when those words open with no verb or do not
    stand in `text` after such a phrase (one ending in a noun, a verbal noun, or a verb 的 makes one: 創新應用)."""
    tagged = tagged_words(right)
    if not tagged or tagged[0][1] != "v":
        return None
    kept, letters = letters_of(text)
    asked = letters_of(right)[1]
    at = next((at for n in range(min(6, len(asked)), 2, -1) if (at := letters.find(asked[:n])) > 0), -1)
    if at < 0:  # matched past punctuation and spaces: 提出[「]台灣 2030 科技願景」 for 提出台灣2030科技願景
        return None
    found = kept[at]
    begins = clause_start(text, found)
    before = tagged_words(text[begins:found])
    while before and before[-1][1] == "d":  # 創新應用[已]成為: an adverb of the verb
        found -= len(before.pop()[0])
    if before and before[0][1] == "p":  # 經由[臺灣現有研究船]串起: the means, without its preposition
        begins += len(before.pop(0)[0])
    nominal = bool(before) and (before[-1][1].startswith("n") or before[-1][1] == "vn"
                                or before[-1][1] == "v" and any(word == "的" for word, _ in before))
    return Gap(begins, found, exact=True) if nominal and 2 <= found - begins <= KIND_MAX_CHARS else None


def moved_destination(asked: str, text: str) -> Gap | None:
    """For 把 X V(到)哪裡 where the plan writes 將 X with a verb of its own after it (將國產品導入[國際市場] for
    把國產品推到哪裡): the object of that verb, after a complement of place (到, 至, 於); None unless the text puts
    the question's X, three characters or more, right after 將 or 把 and a verb after it."""
    moved = asked.rfind("把")
    rest = asked[moved + 1:] if moved >= 0 else ""
    for n in range(len(rest) - 1, MIN_MOVED_CHARS - 1, -1):
        if len(rest) - n > MAX_MOVED_VERB_CHARS:
            break
        found = next((m.end() for m in re.finditer(rf"[将把]{re.escape(rest[:n])}", text)), None)
        tagged = tagged_words(text[found:found + FUNCTION_WINDOW]) if found else []
        if tagged and tagged[0][1] == "v":
            start = found + len(tagged[0][0])
            start += 1 if text[start:start + 1] in tuple("到至于入") else 0
            end = object_end(text, found, start)
            return Gap(start, end, exact=True) if 2 <= end - start <= KIND_MAX_CHARS else None
    return None


def localised_span(right: str, text: str) -> Gap | None:
    """For 哪些 N 上/中/內… (on which islands…), where the question's noun is one character a localizer follows, the
    noun phrase ending in that noun before the same localizer in `text`, back to its clause's start past a
    preposition or means word (藉由[太平島與東沙群島]上的…); None when the text does not write them so."""
    localised = LOCALISED.match(right)
    found = text.find(localised.group(0)) if localised else -1
    if found <= 0:
        return None
    begins = clause_start(text, found)
    begins = past_opening_words(text, begins + skip_numbering(text[begins:found]), found)
    return Gap(begins, found + 1, exact=True) if 2 <= found + 1 - begins <= KIND_MAX_CHARS else None


def instance_span(interrogative: str, right: str, text: str) -> Gap | None:
    """For 哪一個/哪一棟 N (which one N), where N names a kind the text writes after a modifier of its own, the noun
    phrase ending in N: its list item or clause, past the words no noun phrase opens with and a verb opening it (辦理,
    興建), so the answer is the instance ([管 1 複合式商店]興建工程 for 要蓋哪一個複合式商店) — the first, or the one
    the plan counts by the question's classifier (哪一座配水池: 第六座配水池); None otherwise."""
    noun = right.rstrip(TRAILING_PARTICLES)
    if not SINGLE_WHICH.fullmatch(interrogative) or len(noun) < 2 or not is_noun_phrase(noun):
        return None
    gaps = []
    for found in re.finditer(re.escape(noun), text):
        begins = max(clause_start(text, found.start()), text.rfind("、", 0, found.start()) + 1)
        begins = past_opening_words(text, begins + skip_numbering(text[begins:found.start()]), found.start())
        opening = tagged_words(text[begins:found.start()])[:1]
        if opening and opening[0][1] == "v":
            begins += len(opening[0][0])
        begins += len(text[begins:found.start()]) - len(text[begins:found.start()].lstrip())
        if 1 <= found.start() - begins and found.end() - begins <= KIND_MAX_CHARS:
            gaps.append(Gap(begins, found.end(), exact=True))
    counted = interrogative[-1] not in "个项种"  # 哪一座: the one the plan counts by the same classifier, 第六座配水池
    return next((gap for gap in gaps if counted and text[gap.start:gap.end - len(noun)].endswith(interrogative[-1])),
                gaps[0] if gaps else None)


def is_noun_phrase(phrase: str) -> bool:
    """Whether a phrase is a noun or ends in one without opening with a preposition or holding a copula (飼養模式, not
    為基地 nor 洲為重點)."""
    tagged = tagged_words(phrase)
    return (bool(tagged) and tagged[-1][1].startswith("n") and tagged[0][1] != "p"
            and not any(word in COPULAS for word, _ in tagged))


def leading_noun(phrase: str) -> str:
    """The nouns a phrase opens with (立場 of 立場共同推動, 飼養模式; none of 為基地)."""
    return "".join(word for word, _ in itertools.takewhile(lambda pair: pair[1].startswith("n"), tagged_words(phrase)))


def before_verb(text: str, start: int, end: int) -> int:
    """The end of the noun phrase a preposition takes, before a verb that follows it (與[國內科學家]進行產學合作): the
    first verb after its first word that has words of its own after it (a last one heads the phrase: 與[國際科研組織]之
    互動); a list (、) keeps every item, verbal nouns among them (尖端技術養成、…)."""
    if "、" in text[start:end]:
        return end
    position = start
    for number, (word, tag) in enumerate(tagged_words(text[start:end])):
        if number and tag == "v" and position - start >= 2 and text[position + len(word):end].strip(JOINING):
            return position
        position += len(word)
    return start + len(text[start:end].rstrip(JOINING))


def glossed_span(text: str, anchor: int, after: int) -> Gap | None:
    """For 'what is N' where the plan names N in brackets after a phrase (…、轉譯醫學（中游）及[臨床前試驗]（下游）), the
    phrase: back to the list break or clause start before it, without the adverbs and verbs that open it (積極連結
    [基礎研究]（上游）); None when N does not stand alone in brackets."""
    if anchor < 1 or text[anchor - 1] != "(" or not text.startswith(")", after):
        return None
    end = anchor - 1
    start = max((m.end() for m in GLOSS_BREAK.finditer(text, 0, end)), default=0)
    start += skip_numbering(text[start:end])
    for word, tag in tagged_words(text[start:end]):
        if tag not in OPENING_TAGS or start + len(word) >= end:
            break
        start += len(word)
    return Gap(start, end, exact=True) if 2 <= end - start <= SLOT_MAX_CHARS else None


def inverted_span(text: str, anchor: int, after: int, clause_ends: list[int], asked: str = "") -> Gap | None:
    """For 'what is N' where the plan puts N last (以「A」與「B」為主要推動策略，…), (start, end) of what its copula
    equates with N, back to the clause's 以 or start; the copula may stand before words of N the anchor did not
    match (…，為 AI 應用發展之基石 for AI應用發展的基石, 之 for 的). None when N is not preceded by a copula and
    followed by a clause break or by 之/的 and a word of the question (…為題材之影片 for 科普影片的題材是什麼)."""
    if after < len(text) and text[after] not in "，,；;。" and not (
            text[after] in "之的" and len(asked) >= 2 and text[after + 1:after + 3] in asked):
        return None  # N may go on to qualify the question's topic: …為題材之[影片] for 科普影片的題材
    copula = INVERTED_COPULA.search(text, 0, anchor) or next(
        (m for m in COPULA_BEFORE.finditer(text, clause_start(text, anchor), anchor)
         if text[m.end():anchor].replace(" ", "").replace("之", "的") in asked), None) or framed_copula(text, anchor)
    if not copula:
        return None
    end = copula.start()
    opening = max((e for e in clause_ends if e <= end), default=0)
    if opening and not text[opening:end].strip():  # …全面性，為 N: the copula opens its clause, the one before is X
        end = opening - 1
        opening = max((e for e in clause_ends if e <= end), default=0)
    opening += skip_numbering(text[opening:end])
    start = opening + 1 if text.startswith("以", opening) else opening
    return Gap(start, end, exact=True) if 2 <= end - start <= SLOT_MAX_CHARS else None


def framed_copula(text: str, anchor: int) -> re.Match | None:
    """The verb of a clause's 以 X 為 Y frame when only Y's modifier stands between it and Y (以[社會需求與挑戰]做為科學
    研究發展策略與推動的起點): what 起點 is, though the question names none of the modifier's words (the anchor may
    open with their 的)."""
    opening = clause_start(text, anchor)
    opening += skip_numbering(text[opening:anchor])
    if not text.startswith("以", opening) or not (JOINT.fullmatch(text[anchor - 1:anchor])
                                                   or JOINT.fullmatch(text[anchor:anchor + 1])):
        return None
    verb = AS_FRAME.search(text, opening + 3, anchor)
    return verb if verb and anchor - verb.end() <= FRAMED_MODIFIER_MAX else None


def light_verb_object(text: str, anchor: int, after: int) -> Gap | None:
    """For 'V what' where the plan makes V a noun ending its clause after a light verb (進行[生醫價值鏈]分析，), the
    words between them; None when V has words of its own after it or no light verb opens its object."""
    if after < len(text) and not CLAUSE_END.match(text, after):
        return None
    light = list(LIGHT_VERB.finditer(text, clause_start(text, anchor), anchor))
    return Gap(light[-1].end(), anchor, exact=True) if light and 2 <= anchor - light[-1].end() <= KIND_MAX_CHARS else None


def described_span(text: str, anchor: int) -> Gap | None:
    """For 'what is N like' (服務窗口是什麼樣的), (start, end) of the words that describe N before its 的 (設立[友善便利]的
    服務窗口), without the verb that opens them; None when N has no such description."""
    joint = anchor if text[anchor] == "的" else anchor - 1  # the words matched may start with the 的
    if joint < 1 or text[joint] != "的":
        return None
    opening = max((m.end() for m in FRAGMENT_BREAK.finditer(text, 0, joint)), default=0)
    opening += skip_numbering(text[opening:joint])
    verbs = list(itertools.takewhile(lambda pair: pair[1] == "v", tagged_words(text[opening:joint])))[:1]
    start = opening + sum(len(word) for word, _ in verbs)
    return Gap(start, joint, exact=True) if 2 <= joint - start <= KIND_MAX_CHARS else None


def noun_closes(right: str, text: str, after: int) -> bool:
    """Whether the question's noun after its interrogative, of SPECIFIC_CLOSING characters or more, stands whole in
    the clause after two anchor characters the segmenter joined to the next (布建 of 布|建新|南向…系統平臺 for
    布建什麼系統平臺); two characters inside a longer word otherwise place no gap (not the 動有 of 生動有趣)."""
    return len(right) >= SPECIFIC_CLOSING and right in text[after:end_of_clause(text, after)]


def closes(right: str, rest: str) -> bool:
    """Whether the question's words after its interrogative (their first or last two characters) stand in the rest
    of a place's clause: of 以坡地生態系服務之建立作為出發點，…來建立坡地的生態系服務潛能指標, 建立什麼指標 is the second."""
    return len(right) >= 2 and (right[:2] in rest or right[-2:] in rest)


def shared_words(asked: str, letters: str, at: int) -> int:
    """How many of the question's character bigrams before its interrogative (`asked`, punctuation taken out) stand
    in the words of `letters` just before `at`: which of a sentence's several places with the words before the gap
    the question describes (國研院…，提供 8 個實驗研究單位之… for 國研院的 8 個實驗研究單位提供什麼)."""
    before = letters[max(0, at - SLOT_MAX_CHARS // 2):at]
    return sum(asked[i:i + 2] in before for i in range(len(asked) - 1))


def past_restated(left: str, text: str, start: int) -> int:
    """Past the words after the verb that only repeat the question, up to the 之/的 that joins them to what fills
    the gap (提供 [8 個實驗研究單位之] 大型研發平臺 for 8 個實驗研究單位提供什麼)."""
    joint = JOINT.search(text, start, start + SLOT_MAX_CHARS)
    if joint is None or FRAGMENT_BREAK.search(text, start, joint.start()):
        return start
    restated = text[start:joint.start()].replace(" ", "")
    return joint.end() if len(restated) >= 2 and restated in left.replace(" ", "") else start


def past_function_words(particles: str, text: str, start: int) -> int:
    """Past the words at a gap's start that belong with the verb before it: the particle the question had there too
    (累積了[可觀的臨床資料]), the plan's copula for the question's (目標是什麼: 目標在[結合…]), a verb or noun coordinated
    with the question's (汰換與購置[各項教學設備], 提供企業及工作人員[優質就業環境])."""
    tagged = tagged_words(text[start:start + FUNCTION_WINDOW])
    first = tagged[0][0] if tagged else ""
    if first and first in particles and first in LEFT_PARTICLES:
        return start + len(first)
    if first in COPULAS and set(particles) & set("是为"):
        return start + len(first)
    if first in COORDINATING and len(tagged) > 2 and (tagged[1][1] == "v" or tagged[1][1].startswith("n")):
        return start + len(first) + len(tagged[1][0])  # 企業及工作人員[優質]就業環境: the question left out a co-object
    return start


def ends_in_noun(text: str) -> bool:
    """Whether the last word of a text is a noun (重點 of …計畫的重點; not 驗證 of 要驗證的)."""
    tagged = tagged_words(text.rstrip("的"))
    return bool(tagged) and tagged[-1][1].startswith("n")


def compounded(text: str, start: int) -> bool:
    """Whether a noun follows at `start` with nothing between: it continues the noun before it (重點[領域])."""
    tagged = tagged_words(text[start:start + FUNCTION_WINDOW])
    return bool(tagged) and tagged[0][1].startswith("n") and tagged[0][0].strip() == tagged[0][0]


def past_resultative(text: str, start: int, end: int) -> int:
    """Where the phrase a verb governs begins: after the last 為/成為 between `start` and `end` (建構臺灣為[氣候韌性島]),
    else at `start`; a 成 inside a word is none (減少[神經系統病變造成之醫療負擔], 培養[生技人才將學研成果…])."""
    resultative = [found for found in RESULTATIVE.finditer(text, start, end)
                   if not inside_word(text, found.start()) and not inside_word(text, found.end())]
    return resultative[-1].end() if resultative else start


def kind_span(question: str, sentence: str) -> tuple[int, int] | None:
    """For a question that ends asking what kind of noun its verb makes (把臺灣建構成什麼樣的島？), (start, end) in
    `sentence` of the noun phrase its noun heads where the same verb governs it: the noun standing as a word of its
    own, with what qualifies it back to the verb, or to 為/成為 after the verb's object (建構臺灣為[氣候韌性島]);
    None without such a phrase."""
    asked, text = fold(question).rstrip("？?。!！ "), fold(sentence)
    kind = KIND_OF.search(asked)
    if not kind or len(text) != len(sentence):
        return None
    noun, left = kind.group(1), asked[:kind.start()]
    for found in re.finditer(re.escape(noun), text):
        end = found.end()
        if inside_word(text, end) or inside_word(text, found.start()):
            continue
        opening = max((m.end() for m in FRAGMENT_BREAK.finditer(text, 0, found.start())), default=0)
        opening += skip_numbering(text[opening:found.start()])
        verb = next(iter(words(text[opening:found.start()])), "")
        if len(verb) < 2 or verb not in left:
            continue
        start = past_restated(left, text, past_resultative(text, opening + len(verb), found.start()))
        if 2 <= found.start() - start and end - start <= KIND_MAX_CHARS:  # 量子[科技的]先期布局: past restated words
            return start, end
    return None


def qualified_span(question: str, sentence: str) -> tuple[int, int] | None:
    """For a question ending in 'what' and a compound noun (採取什麼補助方式), (start, end) in `sentence` of that noun
    with the words that qualify it there, back to one the question holds (透過[總補助方式], 大樓[多元營運模式]); for a
    one-word noun (帶動什麼產業), where its clause holds another word of the question, back to a verb (推動[臺灣衛星
    通訊產業]), past the question's verb where the plan writes it inside the noun (加強什麼工程: 辦理[公共設施加強工程]);
    None without them."""
    asked, text = fold(question).rstrip("？?。!！ 呢"), fold(sentence)
    found = QUALIFIED_NOUN.search(asked)
    short = None if found and len(words(found.group(1))) >= 2 else SHORT_QUALIFIED_NOUN.search(asked)
    if short:  # one word, a noun or a verbal noun (威脅)
        found = short if word_tag(short.group(1)).startswith(("n", "vn")) else None
    if not found or len(text) != len(sentence):
        return None
    noun = found.group(1)
    others = [word for word in words(asked[:found.start()]) if len(word) >= 2]
    verb = others[-1] if others and asked.endswith(others[-1], 0, found.start()) else ""  # 加強什麼工程
    held = set(words(asked))  # a one-character word stops the qualifiers only as a word of the question (新 of 新竹: no)
    for at in re.finditer(re.escape(noun), text):
        if inside_word(text, at.start()) or inside_word(text, at.end()):
            continue
        clause = text[clause_start(text, at.start()):end_of_clause(text, at.start())]
        if short and not any(word in clause for word in others):
            continue
        opening = max((m.end() for m in FRAGMENT_BREAK.finditer(text, 0, at.start())), default=0)
        if short and fronted_before(text, at.end(), others):  # 導電度處理設施[功能]提升: the whole noun phrase
            start = fronted_start(text, max([opening, *(m.end() for m in DASHED.finditer(text, opening, at.start()))]),
                                  at.start(), asked)
            if 2 <= at.start() - start and at.end() - start <= KIND_MAX_CHARS:
                return start, at.end()
        head = at.start()
        if verb and text.endswith(verb, opening, head) and word_tag(verb).startswith("v"):
            head -= len(verb)  # 公共設施[加強]工程: the plan makes the question's verb part of the noun, after its qualifier
        before = tagged_words(text[opening:head])
        qualifiers = list(itertools.takewhile(lambda pair: (pair[1].startswith(QUALIFIER_TAGS) or not pair[0].strip())
                                              and not LIGHT_VERB.fullmatch(pair[0])  # 辦理, though tagged a noun
                                              and (word_tag(pair[0]) != "v" if short else pair[0] not in held
                                                   and not (len(pair[0]) >= 2 and pair[0] in asked)),
                                              reversed(before)))
        rest = before[:len(before) - len(qualifiers)]
        while rest and qualifiers and guessed_start(text, head - sum(len(w) for w, _ in qualifiers), rest[-1][0]):
            qualifiers.append(rest.pop())  # 再生|水配|水 is 再生水 and 配水: the phrase starts before them
        qualifier = "".join(word for word, _ in reversed(qualifiers)).lstrip()
        said = words(text[head - len(qualifier):at.end()])
        if all(word in asked for word in said):
            continue  # 園區會提供什麼服務: [園區]服務品質 says nothing the question does not
        if qualifier.strip() and at.end() - head + len(qualifier) <= KIND_MAX_CHARS:
            return head - len(qualifier), at.end()
    return None


def guessed_start(text: str, start: int, previous: str) -> bool:
    """Whether a phrase starting at `start` may start inside a word: the word before it is no dictionary word (the
    segmenter guessed 水配 of 配水), or a dictionary word runs across the start (生水 of 再生水)."""
    return len(previous) >= 2 and not is_word(previous) or is_word(text[start - 1:start + 1])


def word_tag(word: str) -> str:
    """The segmenter's tag of a word out of context (v for 推動, vn for the verbal noun 威脅); '' for several words."""
    tagged = tagged_words(word.strip()) if word.strip() else []
    return tagged[0][1] if len(tagged) == 1 else ""


def fronted_before(text: str, end: int, others: list[str]) -> bool:
    """Whether a verb of the question follows the noun ending at `end` (功能[提升]): the noun phrase is its object put
    before it, a name of a work, whose own verbs qualify it (導電度處理設施功能) and stop nothing. Not where a noun
    naming the work follows the verb (資源再生中心[整建]工程): that work is an item of its own, answered whole."""
    return any(text.startswith(word, end) and word_tag(word).startswith("v")
               and not NOMINAL_HEAD.match(text, end + len(word)) for word in others)


def fronted_start(text: str, opening: int, end: int, asked: str) -> int:
    """Where the fronted noun phrase ending at `end` begins: after `opening`, a conjunction or a word of the question
    (推動新興資訊安全科技及[晶片資安]威脅防護), whichever is last."""
    start = position = opening
    for word, tag in tagged_words(text[opening:end]):
        position += len(word)
        if tag.startswith("c") or word in JOINING_CHARACTERS or len(word) >= 2 and word in asked:
            start = position
    return start


def qualified(context: Context) -> Extraction | None:
    """The first top sentence that qualifies the compound noun a what-question ends in (see qualified_span), of the
    program the question names when it names one: the noun is precise enough to answer though the question's verb is
    not the plan's (採取 for its 透過)."""
    subject = named_program(context) or loosely_named(context)
    return next((context.trimmed(candidate, *span) for candidate in context.top
                 if (subject is None or candidate.hit.chunk.program == subject[0].program)
                 and (span := qualified_span(context.question.text, candidate.sentence.text))), None)


def fill(context: Context, candidates: list[Candidate]) -> Extraction | None:
    """The first of the candidates whose sentence fills the question's gap, or the first whose gap ends in the noun
    the question asks for when another does not (吸引全球哪些產業: not 頂尖科研人才); a gap placed by a preposition
    alone only in the first (跟誰建立夥伴關係 finds some 與…建立 in many sentences). A question that opens with its topic
    (新興科技對社會的衝擊，科技部要建立什麼) is filled by the sentence of the first few that holds most of its words. None
    when the only gaps are a single word that is not the noun asked for."""
    topic_first = bool(topic_of(context.question.text)) and len(candidates) > 1
    candidates = context.candidates[:WORDS_DECIDE_CANDIDATES] if topic_first else candidates
    filled, noun = [], ""
    for rank, candidate in enumerate(candidates):
        asked = plan_worded(context.question, candidate.sentence.text)
        noun = noun or noun_after_interrogative(asked)
        gap = slot_span(asked, candidate.sentence.text)
        if gap and not (gap.bracketed and rank):
            filled.append((candidate, gap))
            if not topic_first and (not noun or noun_in(filled[-1], noun)):
                break  # the first gap answers; later ones are read only while they lack the noun asked for
    if not filled and not topic_first:
        filled = deeper_gap(context, len(candidates)) or most_covered_gap(context, len(candidates))
    subject = named_program(context) or loosely_named(context)
    if subject is not None:  # 腦科技計畫的目標是什麼: not the 計畫目標 of another passage
        filled = [found for found in filled if found[0].hit.chunk.program == subject[0].program]
    if not filled:
        return None
    if topic_first:
        filled = [found for found in filled if holds_topic(context.question.text, found[0].sentence.text)]
        if not filled:
            return None
        candidate, gap = max(filled, key=lambda found: found[0].coverage)
    else:
        candidate, gap = next((found for found in filled if noun and noun_in(found, noun)), filled[0])
        candidate, gap = enclosed_better(context, (candidate, gap), noun, subject) or (candidate, gap)
    filler = fold(candidate.sentence.text[gap.start:gap.end]).strip(GAP_PUNCTUATION)
    if noun and not noun_in((candidate, gap), noun) and len(words(filler)) == 1:
        return None  # one word of another kind (研發什麼衛星: …主軸研發[計畫]) is no such thing
    if noun and filler.lstrip(JOINING) == noun:
        return None  # the asked noun alone (人才匯流中心是什麼目標: …中心[之目標]) says nothing of which it is
    said, asked = words(filler), fold(context.question.text)
    if any(LIGHT_VERB.fullmatch(word) for word in said) and all(
            word in asked or LIGHT_VERB.fullmatch(word) for word in said):
        return None  # 推動策略是什麼: 以三大策略[進行推動] is the question's verb again, after a light verb
    item = qualified_item(candidate.sentence.text, gap.start, gap.end, noun)
    if item:
        return context.trimmed(candidate, *item)
    return (context.exact_span if gap.exact else context.trimmed)(candidate, gap.start, gap.end)


def qualified_item(sentence: str, start: int, end: int, noun: str) -> tuple[int, int] | None:
    """In a list of items (、) that a gap opens or lies in, up to its clause's end, the one item that holds the asked
    compound noun's qualifier and ends in its head (做什麼綠化工程: …工程、[滯洪 B 綠化及西區綠地工程]、…; 做什麼污水工程:
    not the first …工程 but [二期基地污水廠第三期工程]): the qualifier picks the item. None otherwise."""
    parts, text = words(noun), fold(sentence)
    if len(parts) < 2 or len(text) != len(sentence):
        return None
    listed = end_of_clause(text, end)
    if "、" not in text[start:listed]:
        return None
    qualifier, head = "".join(parts[:-1]), parts[-1]
    found = [at.start() for at in re.finditer(re.escape(qualifier), text[:listed]) if at.start() >= start]
    if len(found) != 1:
        return None
    item_start = max([start, *(at.end() for at in ITEM_BREAK.finditer(text, start, found[0]))])
    after = ITEM_BREAK.search(text, found[0])
    item_end = after.start() if after else len(text)
    item = text[item_start:item_end].strip()
    return (item_start, item_end) if item.endswith(head) and len(item) > len(noun) else None


def following_share(question: str, sentence: str, gap: Gap) -> float:
    """How much of the question's words after its interrogative (their bigrams) the clause right after a gap holds:
    most, for 透過什麼提升科研國際影響力 in 透過[深耕基礎研究、厚植優秀科研人才]，提升我國科研國際影響力."""
    asked = fold(question).rstrip("？?。!！ ")
    wh = WH_WORD.search(asked)
    right = asked[wh.end():].strip(TRAILING_PARTICLES) if wh else ""
    pairs = [right[i:i + 2] for i in range(len(right) - 1)]
    text = fold(sentence)
    start = gap.end + len(text[gap.end:]) - len(text[gap.end:].lstrip(GAP_PUNCTUATION))
    following = text[start:end_of_clause(text, start)]
    return sum(pair in following for pair in pairs) / len(pairs) if pairs else 0.0


def enclosed_better(context: Context, chosen: tuple[Candidate, Gap], noun: str,
                    subject: tuple[Chunk, str] | None) -> tuple[Candidate, Gap] | None:
    """A gap in one of the first few sentences that more of the question encloses than the chosen one: its words
    after the interrogative close it from their start where they do not close the chosen gap so (國內[產學研]能量鏈結國際
    over 國內[學界]國際觀, closed only by 國際), or ANCHOR_MARGIN more of its words before it stand right before it
    (以科技成果支持[…] over …來支持[…]); in a sentence about as much about the question as the chosen one (not a gap
    of another topic: 重點補助大學研究中心要達成什麼目標)."""
    candidate, gap = chosen
    if gap.exact:
        return None
    asked = context.question.text
    chosen_share = following_share(asked, candidate.sentence.text, gap)
    for other in context.candidates[:WORDS_DECIDE_CANDIDATES]:
        if other is candidate or subject is not None and other.hit.chunk.program != subject[0].program:
            continue
        found = slot_span(plan_worded(context.question, other.sentence.text), other.sentence.text)
        if not found or found.exact or other.coverage < ENCLOSED_COVERAGE * candidate.coverage:
            continue
        closed = found.closed_by >= 2 > gap.closed_by and found.anchor >= gap.anchor
        anchored = found.anchor >= gap.anchor + ANCHOR_MARGIN and found.closed_by >= gap.closed_by
        followed = (found.anchor >= gap.anchor
                    and following_share(asked, other.sentence.text, found) >= FOLLOWED > chosen_share + FOLLOWED_MARGIN)
        if (closed or anchored or followed) and (not noun or noun_in((other, found), noun)):
            return other, found
    return None


def most_covered_gap(context: Context, searched: int) -> list[tuple[Candidate, Gap]]:
    """When no top sentence fills the question's gap, the gap of the sentence, of the first few, that holds most of
    the question's terms, when it is further down (新南向科技交流要營造什麼: …東協國家的科技與人才交流…營造[區域影響力],
    fourth by its score)."""
    first = context.candidates[:WORDS_DECIDE_CANDIDATES]
    if len(first) <= searched:
        return []
    candidate = max(first, key=lambda candidate: candidate.coverage)
    if first.index(candidate) < searched:
        return []
    gap = slot_span(plan_worded(context.question, candidate.sentence.text), candidate.sentence.text)
    return [(candidate, gap)] if gap and not gap.bracketed else []


def deeper_gap(context: Context, searched: int) -> list[tuple[Candidate, Gap]]:
    """When no top sentence fills the question's gap and the question ends in the one-character noun it asks for
    (把臺灣建構成什麼島), the first gap that noun closes further down the ranking (…建構臺灣為[氣候韌性島]): such a noun
    weighs nothing in retrieval (its terms are character pairs), so its sentence may rank low."""
    noun, following = nouns_after_interrogative(context.question.text)
    if len(noun) != 1 or following:
        return []
    for candidate in context.candidates[searched:DEEPER_CANDIDATES]:
        gap = slot_span(plan_worded(context.question, candidate.sentence.text), candidate.sentence.text)
        if gap and noun_in((candidate, gap), noun):
            return [(candidate, gap)]
    return []


def plan_worded(question: Question, sentence: str) -> str:
    """The question, folded, with each word the plan does not write in the synonym this sentence writes (聘什麼樣的老師:
    師資), and the verb that takes the interrogative, where this sentence lacks it, in a word of one of its meanings
    the sentence writes (培養什麼人才: 培育), so that its gap is placed and closed by the sentence's own words; what
    把 X 跟什麼 joins X with as the plan puts it, after the verb (將科研成果結合[產業創新])."""
    asked, text = JOINED_DISPOSAL.sub(r"\1\3\2", fold(question.text)), fold(sentence)  # 把 X 跟什麼結合: X 結合什麼
    for word, alike_words in question.synonyms.items():
        written = next((synonym for synonym in sorted(alike_words) if synonym in text), None)
        asked = asked.replace(word, written) if written else asked
    wh = WH_WORD.search(asked)
    before = tagged_words(asked[:wh.start()]) if wh else []
    verb = before[-1][0] if before and before[-1][1].startswith("v") else ""
    if verb and verb not in text:  # 培養什麼人才 where the sentence writes 培育 (靠什麼 its 依賴): the verb in its words
        noun = len(asked.rstrip("？?。!！ ")) - wh.end()
        for written in sorted(other for other in alike(verb) if other in text) if noun else []:
            reworded = asked[:wh.start() - len(verb)] + written + asked[wh.start():]
            gap = slot_span(reworded, sentence)
            if gap and gap.anchor >= len(written) and gap.closed_by >= min(2, noun):
                return reworded  # only where that verb takes a gap the question's noun closes
    return asked


def opening_nouns(words_after: str) -> tuple[str, str]:
    """The nouns the words after an interrogative open with (產業 of 產業設立研發中心), folded, and the tag of the word
    that follows them ('' at the end); a verbal noun a verb follows is a verb (能量[評估]篩選: v)."""
    tagged = tagged_words(words_after.lstrip("的"))
    nouns = list(itertools.takewhile(lambda pair: pair[1].startswith("n"), tagged))
    following = tagged[len(nouns):len(nouns) + 2]
    if len(following) == 2 and following[0][1] == "vn" and following[1][1] == "v":
        return "".join(word for word, _ in nouns), "v"
    return "".join(word for word, _ in nouns), following[0][1] if following else ""


def predicated_noun(words_after: str) -> str:
    """The nouns the words after an interrogative open with when a verb or preposition follows them (產業 of
    產業設立研發中心, 洲 of 洲為重點); '' when they are one noun phrase (科研實驗基地) or open with a word of another kind."""
    nouns, following = opening_nouns(words_after)
    return nouns if following in ("v", "p") else ""


def nouns_after_interrogative(question: str) -> tuple[str, str]:
    """The nouns right after a question's last interrogative, folded, and the tag of the word after them (see
    opening_nouns); ('', 'v') without an interrogative."""
    asked = fold(question).rstrip("？?。!！ ")
    wh = list(WH_WORD.finditer(asked))
    return opening_nouns(asked[wh[-1].end():]) if wh else ("", "v")


def noun_after_interrogative(question: str) -> str:
    """The noun right after a question's last interrogative (吸引全球哪些[產業], 什麼[產業]來設…), with a verbal noun
    that ends the question as its head (提供什麼樣的[專業服務]), folded; '' when a word of another kind follows it, or
    none."""
    nouns, following = nouns_after_interrogative(question)
    if nouns and following == "vn":
        asked = fold(question).rstrip("？?。!！ 呢")
        head = tagged_words(asked[asked.rfind(nouns) + len(nouns):])
        nouns += head[0][0] if len(head) == 1 else ""
    return nouns if 2 <= len(nouns) <= NOUN_MAX_CHARS else ""


def noun_in(found: tuple[Candidate, Gap], noun: str) -> bool:
    """Whether a filled gap ends in the asked noun (with words before it: 高科技和戰略性[產業]), or one of its
    conjuncts does (隔震、減震與制震之[技術]及整合式結構安全監測系統)."""
    candidate, gap = found
    filler = fold(candidate.sentence.text[gap.start:gap.end])
    return len(filler) > len(noun) and (filler.endswith(noun) or bool(re.search(
        f".{re.escape(noun)}(?:{CONJUNCTS})", filler)))


def holds_topic(question: str, sentence: str) -> bool:
    """Whether a sentence holds most words of the topic a question opens with (量子科技方面…: 量子 and 科技): a gap
    elsewhere answers of another topic."""
    topic = [word for word, tag in tagged_words(topic_of(question))
             if len(word) >= 2 and tag[:1] in TOPIC_TAGS]  # not 為了 of 為了回應社會需求
    return 2 * sum(word in fold(sentence) for word in topic) > len(topic)


def topic_of(question: str) -> str:
    """The topic a question opens with, before a comma or a topic closer and its interrogative clause (資安方面，…),
    or puts after 對/對於/針對 before its verb and interrogative (科技部要對[新興科技的衝擊]建立什麼), folded; '' when it
    has none. With a topic, the gap is the one in the sentence that holds most of the question's words, the topic's
    with the rest's."""
    folded = fold(question)
    parts = TOPIC_CLOSE.split(folded, maxsplit=1)
    if len(parts) == 2 and not WH_WORD.search(parts[0]) and WH_WORD.search(parts[1]):
        return "" if ASIDE_CLAUSE.match(folded) else parts[0]  # 除了 X，…: what is set aside is no topic
    found, wh = TOPIC_PREPOSITION.search(folded), WH_WORD.search(folded)
    if not found or not wh or found.end() >= wh.start():
        return ""
    tagged = tagged_words(folded[found.end():wh.start()])
    if len(tagged) < 2 or not tagged[-1][1].startswith("v"):  # its verb right before the interrogative
        return ""
    tagged.pop()
    while len(tagged) > 1 and tagged[-1][0] in INTENT_WORDS:  # 對[新興科技的衝擊]打算建立啥: the intent is no topic
        tagged.pop()
    topic = "".join(word for word, _ in tagged)
    return topic if len(topic) >= 4 and (tagged[-1][1].startswith("n") or tagged[-1][1] == "vn") else ""


def subject_length(fragment: str) -> int:
    """How long the subject is that opens a fragment before its verb (另 SPARK 計畫[提供]…, 本計畫將[提供]): nouns, a
    pronoun or Latin name, adverbs; 0 when a word of another kind comes first or no verb follows."""
    length = 0
    for word, tag in tagged_words(fragment):
        if tag.startswith("v"):
            return length
        if not tag.startswith(SUBJECT_TAGS):
            return 0
        length += len(word)
    return 0


def conjunction_length(fragment: str) -> int:
    """How long the conjunction is that opens a fragment (並[落實]…, 同時[推動]…): no part of what its verb governs."""
    first = tagged_words(fragment[:FUNCTION_WINDOW])[:1]
    return len(first[0][0]) if first and first[0][1] == "c" else 0


def english_kind_span(verbs: list[str], nouns: list[str], sentence: str,
                      headed: bool = False) -> tuple[int, int] | None:
    """For an English what-kind-of question, (start, end) in `sentence` of the phrase one of its final verb's
    translations governs and that shares a two-character part of one of its noun's translations (`nouns`; `headed`:
    in its last characters): the rest of the fragment that verb opens, through a list of objects (培育[新一代同步輻射
    科學與技術人才]，… for what kind of scientists (科學家) … train); else what stands before a translation made a noun
    ending its clause, when it ends in N (see nominal_object)."""
    text = fold(sentence)
    if len(text) != len(sentence):
        return None
    openings = [0, *(m.end() for m in FRAGMENT_BREAK.finditer(text))]
    openings = [at + skip_numbering(text[at:]) for at in openings]
    openings = [at + conjunction_length(text[at:]) for at in openings]
    openings = [at + subject_length(text[at:]) for at in openings]
    inner = set()
    if headed:  # the noun heading the phrase places the verb anywhere in its fragment too (觀測點[形成]南北觀測線)
        acting = verbs_at(text)
        inner = {found.start() for verb in verbs for found in re.finditer(re.escape(verb), text)
                 if found.start() in acting} - set(openings)
    for opening in [*openings, *sorted(inner)]:
        verb = next((v for v in verbs if text.startswith(v, opening)), None)
        if verb is None:
            continue
        end = object_end(text, opening, opening + len(verb))
        start = past_resultative(text, opening + len(verb), end)
        named = text[end - HEAD_CHARS:end] if headed else text[start:end]
        items = text[start:end].split("、")
        listed = len(items) > 1 and ("等" in items[-1] or len({item[:1] for item in items}) == 1)  # …、…等必要的訓練課程,
        # or items alike: 跨團隊、跨領域、跨國家的…合作模式
        shortest = INNER_OBJECT_CHARS if opening in inner else 2
        if shortest <= end - start <= (LIST_MAX_CHARS if listed else KIND_MAX_CHARS) and any(noun in named
                                                                                              for noun in nouns):
            return start, end
        conjunct = headed_conjunct(text, start, end, nouns) if headed and not listed else None
        if conjunct and shortest <= conjunct[1] - conjunct[0] <= KIND_MAX_CHARS:
            return conjunct
    # 促進[我國智慧醫療產業]之發展。 for Which industry does X want to grow?: the verb made a noun
    return next(((gap.start, gap.end) for gap in nominal_objects(text, verbs)
                 if any(noun in text[gap.end - HEAD_CHARS:gap.end] for noun in nouns)), None)


def headed_conjunct(text: str, start: int, end: int, nouns: list[str]) -> tuple[int, int] | None:
    """The one conjunct of the phrase text[start:end] whose last characters hold one of the nouns, when another
    heads the phrase's end (強化[災害情資決策輔助系統]與智慧防減災技術 for which decision support system…) and every
    conjunct is a phrase, longer than a head: 同步輻射科學與技術人才 joins two words that qualify 人才; else None."""
    cuts = [(found.start(), found.end()) for found in CONJUNCT.finditer(text, start, end)]
    parts = [(a, b) for a, b in zip([start, *(cut[1] for cut in cuts)], [*(cut[0] for cut in cuts), end])]
    if len(parts) < 2 or any(b - a <= HEAD_CHARS for a, b in parts):
        return None
    headed = [(a, b) for a, b in parts if any(noun in text[b - HEAD_CHARS:b] for noun in nouns)]
    return headed[0] if len(headed) == 1 else None


def final_verb(question: str) -> str:
    """Where the verb of a what-N question is the last word: its main clause, or the word before the first
    preposition after the auxiliary and the subject's first word (What kind of environment does the ministry want to
    [build] with…)."""
    main = main_clause(question)
    auxiliary = EN_AUXILIARY.search(main)
    tail = main[auxiliary.end():].split() if auxiliary else main.split()
    at = next((n for n, word in enumerate(tail) if n >= 2 and EN_PREPOSITION.fullmatch(word)), None)
    return (phrasal_verb(tail, at) or tail[at - 1]) if at is not None else main


def kind(context: Context) -> Extraction | None:
    """For a what-kind-of question, the best-scored sentence of all candidates where its verb governs a qualified
    phrase of its noun (for English, where a translation of its final verb opens a phrase): the verb makes this
    precise enough to look past the top few. An English 'What N does X V?' likewise, in the top sentences only and
    with N's translation heading the phrase (提高[科研人才之國際移動能力] for what ability the programs improve)."""
    text = context.question.text
    kind_of = EN_KIND_OF.search(text)
    what_noun = None if kind_of else EN_WHAT_NOUN.match(text.strip())
    if what_noun and EN_PREPOSITION.search(text.strip().rstrip("?").split()[-1]):
        what_noun = None  # …closer ties with: the verb's object is not what the question asks
    english = kind_of or what_noun
    if english:
        translations, stems = context.index.glossary.terms_of, english_stems(final_verb(text))
        verbs = translations(stems[-1])[:TRANSLATIONS_PER_WORD] if stems else []
        nouns = [term[i:i + 2] for stem in english_stems(english.group(1)) for term in translations(stem)
                 for i in range(len(term) - 1)]
        spans = lambda sentence: english_kind_span(verbs, nouns, sentence, headed=bool(what_noun))  # noqa: E731
    else:
        spans = lambda sentence: kind_span(text, sentence)  # noqa: E731
    for candidate in context.top if what_noun else context.candidates:
        span = spans(candidate.sentence.text)
        if span:
            return context.trimmed(candidate, *span)
    return None


def feature_span(question: str, sentence: str) -> tuple[int, int] | None:
    """For 'N 有什麼特色' (what is N like), (start, end) in `sentence` of the words that qualify N before its 的/之
    (設立[友善便利]的服務窗口): adjectives and nouns back to the verb or punctuation; None without them."""
    asked, text = fold(question).rstrip("？?。!！ "), fold(sentence)
    feature = FEATURE.search(asked)
    noun = feature.group(1).rstrip("的").split("的")[-1].strip() if feature else ""
    if len(noun) < 2 or len(text) != len(sentence):
        return None
    for found in re.finditer(re.escape(noun), text):
        if found.start() < 1 or text[found.start() - 1] not in "的之":
            continue
        end = found.start() - 1
        start = end
        for word, tag in reversed(tagged_words(text[clause_start(text, end):end])):
            if not (tag.startswith(QUALIFYING_TAGS) or word == "、"):
                break
            start -= len(word)
        if 2 <= end - start <= KIND_MAX_CHARS:
            return start, end
    return None


def feature(context: Context) -> Extraction | None:
    """What a noun is like, from the first top sentence that qualifies it."""
    for candidate in context.top:
        span = feature_span(context.question.text, candidate.sentence.text)
        if span:
            return context.trimmed(candidate, *span)
    return None


def english_object(context: Context) -> Extraction | None:
    """For 'What does X (want to) V?', where the question ends in the verb or in a phrase a preposition opens after
    it, the words after a translation of V (one a verb) in the best sentence to the end of their fragment
    (為減少[極端氣候造成之農損]、紓解… for what the agriculture program wants to reduce) — in the first top sentence
    that has one when the documents write every translation rarely (What does the ministry want to loosen for
    research spin-offs?: 鬆綁[科研新創技轉規範], though 衍生新創 draws another sentence first); None when the sentences
    have none of V's translations as a word of their own."""
    verb = english_verb(context.question.text.strip())
    if verb is None:
        return stranded_object(context)
    kept = EN_CONTINUING.search(context.question.text)
    if kept is None:
        return verb_object(context, verb)
    doing = WORD_ONLY.match(context.question.text, kept.end()).group()
    if continues(context, doing):  # keep improving: going on improving, where the plan writes 持續改善
        return verb_object(context, doing, continued=True)
    # else what keep takes, 維持[光源設施]穩定運轉 for keep running stably
    return verb_object(context, verb, nouns_only=True) or verb_object(context, doing, continued=True)


def continues(context: Context, doing: str) -> bool:
    """Whether a top sentence writes 持續/不斷 before a translation of the English verb (持續改善 for improving)."""
    stems = english_stems(doing)
    terms = context.index.glossary.terms_of(stems[-1]) if stems else []
    going_on = re.compile(f"(?:{CONTINUING})(?:{'|'.join(map(re.escape, terms))})") if terms else None
    return going_on is not None and any(going_on.search(fold(candidate.sentence.text)) for candidate in context.top)


def verb_object(context: Context, verb: str, nouns_only: bool = False, continued: bool = False) -> Extraction | None:
    """The object of an English question's verb, read after its translations (see english_object); `nouns_only`, the
    nouns opening it; `continued`, after the translations the plan writes after 持續/不斷 first (持續改善[…] for keep
    improving, not the 提升 of the same sentence)."""
    stems = english_stems(verb)
    written = context.index.scope.text
    translations = context.index.glossary.terms_of(stems[-1]) if stems else []
    if continued:  # keep improving: 改善, which the plan writes after 持續, before the dictionary's first senses
        translations = sorted(translations, key=lambda term: not re.search(f"(?:{CONTINUING}){term}", written))
    verbs = [v for v in translations[:TRANSLATIONS_PER_WORD] if len(v) >= 2
             and ((tag := tagged_words(v)[0][1]).startswith("v") or tag == "a")]
    if not verbs:  # fund: 經費 and 資金 are no verbs
        return None
    rare = all(written.count(verb) <= RARE_VERB_USES for verb in verbs)
    glossary = context.index.glossary
    subjects = [term for term in glossary.translate(english_subject(context.question.text, verb))
                if len(term) >= 2 and has_cjk(term)]
    places = [term for term in glossary.translate(english_destination(context.question.text))
              if len(term) >= 2 and has_cjk(term)]
    moved = object_after(context, context.candidates[:WORDS_DECIDE_CANDIDATES], verbs, places=places,
                         placed_only=True) if places else None  # a verb and its destination: precise, as a subject is
    acted = object_after(context, context.top, verbs, subjects, nouns_only, places) if subjects else None
    return (moved or acted or object_after(context, context.top if rare else [context.best], verbs,
                                           nouns_only=nouns_only, places=places)
            or nominal_after(context, verbs))


def nominal_after(context: Context, verbs: list[str]) -> Extraction | None:
    """For 'What does X (want to) V?' where the best sentence makes a translation of V a noun ending its clause
    (促進我國智慧醫療產業之發展。 for What does the clinical data program hope to grow?), what stands before its 之/的
    (see nominal_object)."""
    text = fold(context.best.sentence.text)
    if len(text) != len(context.best.sentence.text):
        return None
    gap = next(nominal_objects(text, verbs), None)
    return context.trimmed(context.best, gap.start, gap.end) if gap else None


def nominal_objects(text: str, verbs: list[str]) -> Iterator[Gap]:
    """What stands before each of the verbs that `text` makes a noun ending its clause (see nominal_object)."""
    for verb in verbs:
        for found in re.finditer(re.escape(verb), text):
            if nominal_ending(text, found.start(), found.end()) and (
                    gap := nominal_object(text, found.start() - 1, "")):
                yield gap


def stranded_object(context: Context) -> Extraction | None:
    """For 'What does X want to V O P?', the words after a translation of V that a translation of O stands just
    before (see object_after), in the first of the first few sentences with one — the frame is precise enough to look
    past the top three (將[國內產學研能量]鏈結[國際], fourth for What does the ministry want to link domestic
    industry-academia-research capacity with?)."""
    found = stranded(context.question.text)
    glossary = context.index.glossary
    stems = english_stems(found[0]) if found else []
    verbs = [verb for verb in glossary.terms_of(stems[-1])[:TRANSLATIONS_PER_WORD] if len(verb) >= 2] if stems else []
    objects = [term for term in glossary.translate(found[1]) if len(term) >= 2 and has_cjk(term)] if verbs else []
    return object_after(context, context.candidates[:WORDS_DECIDE_CANDIDATES], verbs, objects) if objects else None


def object_after(context: Context, candidates: list[Candidate], verbs: list[str], subjects: list[str] | None = None,
                 nouns_only: bool = False, places: list[str] | None = None,
                 placed_only: bool = False) -> Extraction | None:
    """The words after the first translation of an English question's verb, in the first of the candidates that has
    one acting as a verb, to the end of their fragment, or `nouns_only`, of the nouns opening them, where the words
    after say how the object goes on (維持[光源設施]穩定運轉 for What does X keep running stably?); with `subjects`,
    after one that a translation of the question's subject stands right before, whatever its tag (以[大數據]驅動[精準
    健康] for What does big data drive?). Where a translation of the question's destination (`places`) follows the
    verb's object, after it or its 至/到/入/於 (推廣至產業), the object 將 puts before it (將[國產品]導入國際市場 for What
    does X introduce into the international market?), and never the destination the verb opens with; `placed_only`,
    only such an object."""
    places = places or []
    for candidate in candidates:
        text = fold(candidate.sentence.text)
        if len(text) != len(candidate.sentence.text):
            continue
        acting = verbs_at(text) if subjects is None else set()  # a subject before it needs no tagging
        for verb in verbs:
            for found in re.finditer(re.escape(verb), text):
                if (inside_word(text, found.start()) or inside_word(text, found.end())
                        or JOINT.match(text, found.end())):  # 人才養成[的]各個階段: a verb before 的 takes no object
                    continue
                before = text[max(0, found.start() - SUBJECT_WINDOW):found.start()]
                if (found.start() not in acting if subjects is None  # the subject before it makes it the predicate
                        else not any(subject in before for subject in subjects)):
                    continue
                end = object_end(text, found.start(), found.end())
                light = next((m for m in LIGHT_VERB.finditer(text, found.end() + 2, end)
                              if not inside_word(text, m.start())), None)
                end = light.start() if light else end  # 追蹤[團隊成長情形]進行協助: a light verb opens what they do next
                to = found.end() + (text[found.end():found.end() + 1] in DESTINATION_MARKERS)
                if any(term in text[to:end] for term in places):  # 將[…]導入園區及在地生活圈
                    if fronted := disposed_before(text, found.start()):
                        return context.trimmed(candidate, fronted.start, fronted.end)
                    if any(text.startswith(term, to) for term in places):
                        continue  # the place the verb moves to is not what it moves
                if placed_only:
                    continue
                if nouns_only and (nouns := leading_noun(text[found.end():end])):
                    end = found.end() + len(nouns)
                # 將[國內…能量]鏈結國際: 將 before the subject makes the verb one, whatever its tag
                moved = subjects is not None and DISPOSAL_MARKER.search(text, clause_start(text, found.start()),
                                                                        found.start())
                if 2 <= end - found.end() <= MAX_ANSWER_CHARS and (moved or not compound_noun(text, found.start(),
                                                                                              end)):
                    return context.trimmed(candidate, found.end(), end)
    return None


def english_subject(question: str, verb: str) -> str:
    """The words between an English question's auxiliary and its verb (big data of What does big data drive?)."""
    main = main_clause(question.strip())
    auxiliary = EN_AUXILIARY.search(main)
    at = main.lower().rfind(verb.lower())
    return main[auxiliary.end():at] if auxiliary and at > auxiliary.end() else ""


def moved_to(question: str) -> re.Match[str] | None:
    """An English question's verb and where it moves its object (introduce, the international market of …introduce
    into the international market?), in its main clause; None when it names no place (want to V is no destination)."""
    found = EN_DESTINATION.search(main_clause(question.strip()))
    return found if found and not EN_CONTROL.fullmatch(found.group(1)) else None


def english_destination(question: str) -> str:
    """Where an English question's verb moves its object (see moved_to); '' when it names none."""
    found = moved_to(question)
    return found.group(2) if found else ""


def english_head(question: str) -> str | None:
    """The stem of the noun an English 'Which N…' or 'What type of N…' asks for: the last word of the phrase after
    the determiner, before a function word (Which United Nations [goals] does…), and not a verb before an article
    (Which [park] gets an…); None for others."""
    asked = EN_WHICH.match(question.strip())
    if asked is None:
        return None
    after = asked.group(1).lower().split() + question.strip().lower()[asked.end():].split()[:1]
    phrase = list(itertools.takewhile(lambda word: word not in STOPWORDS, after))
    following = after[len(phrase)] if len(after) > len(phrase) else ""
    if len(phrase) >= 2 and following in EN_ARTICLES:
        phrase.pop()
    stems = english_stems(phrase[-1]) if phrase else []
    return stems[0] if stems else None


def english_item(context: Context) -> Extraction | None:
    """For 'Which N…' or 'What type of N…', the one item of the best sentence's list (parts between 、 and clause
    punctuation; the last of a 、-joined list ends at its conjunction) that names a translation of N (…、管 1 [複合式
    商店]興建工程及… for What type of store will the Kaohsiung park build?), without a light verb opening it: the item,
    not the whole list, answers. None when no item, or more than one, names it, when it names N alone, or the sentence
    is no list."""
    head = english_head(context.question.text)
    nouns = [term for term in context.index.glossary.terms_of(head)[:TRANSLATIONS_PER_WORD] if len(term) >= 2
             and tagged_words(term)[0][1].startswith("n")] if head else []
    text = fold(context.best.sentence.text) if nouns else ""
    if len(text) != len(context.best.sentence.text):
        return None
    items: list[tuple[int, int]] = []
    for part in LIST_ITEM.finditer(text, skip_numbering(text)):  # 「大南方、大發展」: a 、 inside quotes parts no items
        opened = items and not balanced(text[items[-1][0]:items[-1][1]])
        items[-1:] = [(items[-1][0], part.end())] if opened else [*items[-1:], (part.start(), part.end())]
    for number, (start, end) in enumerate(items[1:], 1):  # …、C及D: the last of a 、-joined list is two
        joined = list(re.finditer(CONJUNCTS, text[start:end])) if text[start - 1] == "、" else []
        if joined and (number + 1 == len(items) or text[end] != "、"):
            items[number:number + 1] = [(start, start + joined[-1].start()), (start + joined[-1].end(), end)]
    named = [(start, end) for start, end in items if any(noun in text[start:end] for noun in nouns)]
    if len(items) < 2 or len(named) != 1 or "等" in text[named[0][0]:named[0][1]]:
        return None  # …、護理等各類報告: the noun closes the list, which answers whole
    start, end = named[0]
    light = LIGHT_VERB.match(text, start)
    start = light.end() if light else start + opening_verb(text[start:end])
    if text[start:end].strip() in nouns:
        return None  # 病患基本資料、…、病歷、… for 'Which records…': an item that is only N's translation is no kind of N
    return context.trimmed(context.best, start, end)


def opening_verb(phrase: str) -> int:
    """How long the verb opening a phrase is, with the conjunctions and adverbs before it (同時配合「大南方…」…之…戰略:
    what is named is the verb's object); 0 when no verb opens it or too little would be left."""
    length = 0
    for word, tag in tagged_words(phrase):
        length += len(word)
        if tag == "v":
            return length if len(phrase) - length >= MIN_OBJECT_CHARS else 0
        if tag not in ("c", "d", "ad"):
            return 0
    return 0


def compound_noun(text: str, verb: int, end: int) -> bool:
    """Whether a verb and the one word after it, which ends its clause, are the last words of a noun phrase that a
    noun before the verb opens (防災[輸出]環境, 'the environment for disaster-prevention exports'): no verb and its
    object."""
    after, before = tagged_words(text[verb:end]), tagged_words(text[clause_start(text, verb):verb])
    return (len(after) == 2 and not text[end:end_of_clause(text, verb)].strip(GAP_PUNCTUATION) and bool(before)
            and before[-1][1].startswith(("n", "vn")))


def english_means(context: Context) -> Extraction | None:
    """For 'What does X use to V?', the object of a means marker (透過, 運用…) in the first top sentence that has one
    and a translation of V's words: the last marker before them, else its first (另亦透過[情境模擬技術]，啟迪下一代…
    for what the ministry uses to spark the next generation's imagination); None for other questions."""
    asked = EN_MEANS.match(context.question.text.strip())
    if asked is None:
        return None
    terms_of = context.index.glossary.terms_of
    purpose = [term for stem in english_stems(asked.group(1)) for term in terms_of(stem)[:TRANSLATIONS_PER_WORD]]
    for candidate in context.top:
        text = fold(candidate.sentence.text)
        if len(text) != len(candidate.sentence.text):
            continue
        markers = [found for found in MEANS_MARKER.finditer(text)
                   if not inside_word(text, found.start()) and not inside_word(text, found.end())]
        aimed = [text.find(term) for term in purpose if term in text]
        if not markers or not aimed:
            continue
        before = [found for found in markers if found.end() < min(aimed)]
        marker = before[-1] if before else markers[0]
        end = object_end(text, marker.start(), marker.end())
        if 2 <= end - marker.end() <= MAX_ANSWER_CHARS:
            return context.trimmed(candidate, marker.end(), end)
    return None


def verbs_at(text: str) -> set[int]:
    """Where the segmenter reads a word of the (folded) text as a verb in its context: 拓展 of 拓展更廣泛的實驗技術,
    not 發展 of …發展延續推動計畫, a verbal noun that names; and a word it tags an adjective after an adverb (積極連結)."""
    places, position, before = set(), 0, ""
    for word, tag in tagged_words(text):
        if tag == "v" or tag == "a" and before in ADVERB_TAGS:  # 積極連結: an adverb's word is its predicate
            places.add(position)
        position, before = position + len(word), tag
    return places


def main_clause(question: str) -> str:
    """An English question without what follows its verb phrase: a clause of time, condition or purpose (What does
    MOST set [when cooperating with…]?, What does MOST loosen [to make recruiting…]?), an adverb ending it (What
    does biotech research link [together]?), whom a verb of giving gives to (What does X offer [its users]?) and how
    what keep takes goes on (What does X keep [running stably]?: keep is the verb)."""
    main = EN_RECIPIENT.sub(r"\1", EN_SUBORDINATE.sub("", question.rstrip("? ")))
    kept = EN_CONTINUING.search(main)
    main = main[:kept.end()].rstrip() if kept else main
    purpose = EN_PURPOSE.search(main)
    if purpose and not EN_CONTROL.search(main[:purpose.start()]):
        main = main[:purpose.start()]
    return EN_TRAILING_ADVERB.sub("", main)


def stranded(question: str) -> tuple[str, str] | None:
    """For 'What does X want to V O P?', whose final preposition asks for the verb's other object (link domestic
    capacity with?), the verb and its object O; None for any other question."""
    found = EN_STRANDED.search(main_clause(question.strip()))
    return (found.group(1), found.group(2)) if found else None


def english_verb(question: str) -> str | None:
    """The verb of 'What does X (want to) V?', or of 'What does X V into/for/through …?' (the word before the first
    preposition or particle after the subject: introduce into the review mechanism; the word before the preposition
    naming a destination, however long: introduce into the local living circle), in its main clause; None for any
    other question."""
    asked = EN_OBJECT.match(main_clause(question))
    if not asked:
        return None
    moved = moved_to(question)
    if moved:  # introduce into the local living circle: the verb before the place, however long its name
        return moved.group(1)
    tail = asked.group(0).rstrip("? ").split()
    if not EN_PREPOSITION.search(" ".join(tail[-4:])):
        return asked.group(1)
    at = min((n for n, word in enumerate(tail) if n > FIRST_VERB_AT and EN_PREPOSITION.fullmatch(word)), default=None)
    if at is not None and (phrasal := phrasal_verb(tail, at)):  # What does X bring in (to coach teams)?
        return phrasal
    stranded_particle = at is not None and at + 1 == len(tail) and EN_ENDING_PARTICLE.fullmatch(tail[at])
    return tail[at - 1] if at is not None and (at + 1 < len(tail) or stranded_particle) and WORD_ONLY.fullmatch(
        tail[at - 1]) else None


def ends_on_verb(question: str) -> bool:
    """Whether an English what-question ends on its verb or on a particle after it (What does X include?, What does X
    stand for?), no preposition before its last word: all before the verb names the topic, and what is said of it
    answers."""
    asked = EN_OBJECT.match(main_clause(question))
    tail = asked.group(0).rstrip("? ").split() if asked else []
    return bool(tail) and not EN_PREPOSITION.search(" ".join(tail[FIRST_VERB_AT:-1]))


def phrasal_verb(tail: list[str], at: int) -> str | None:
    """The one verb meaning what the words before and at the particle `at` say together (bring in: introduce), or
    None when they are no phrasal verb of PHRASAL_VERBS."""
    return PHRASAL_VERBS.get(" ".join(tail[at - 1:at + 1]).lower()) if at >= 1 else None


def object_end(text: str, verb: int, start: int) -> int:
    """Where the object of the verb at `verb` ends: at its fragment's end, through a list of objects (包含[病患基本資料、
    就診資訊…]) and past a bracket that glosses a word (基礎研究（上游）) — but when the verb heads an item of a list
    of verb phrases (為減少…農損、紓解…), at the 、 before the next (not at one inside an object: 解決[農業栽培及漁、
    畜飼養…廢棄物處理等問題], nor before an item that opens as the object does: 發展[跨團隊、跨領域…合作模式])."""
    opening = max((m.end() for m in FRAGMENT_BREAK.finditer(text, 0, verb)), default=0)
    heads_item = not text[opening:verb].strip(" 为并且以及") or text[opening - 1:opening] == "、"
    closed = start
    for found in FRAGMENT_BREAK.finditer(text, start):
        if found.start() < closed:
            continue
        if found.group() in "（(" and (closing := text.find("）" if found.group() == "（" else ")", found.end())) > 0:
            closed = closing + 1  # 基礎研究（上游）: a bracket glosses the word before it
            continue
        after = tagged_words(text[found.end():found.end() + FUNCTION_WINDOW]) if heads_item else []
        parallel = text[found.end():found.end() + 1] == text[start:start + 1]  # 跨團隊、跨領域、…: items alike
        if found.group() != "、" or after and after[0][1] == "v" and not parallel:
            return found.start()
    return len(text)


def answer(context: Context) -> Extraction | None:
    """None for a why-question: 為什麼 asks for a cause, not for the words of a gap."""
    if context.question.why:
        return None
    return (english_means(context) or fill(context, context.top) or kind(context) or qualified(context)
            or feature(context) or english_object(context) or english_item(context))
