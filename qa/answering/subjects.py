"""What a question names: the program it is about, and the field values it claims or offers as options."""
from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import lru_cache

import numpy as np

from corpus import Chunk
from qa.answering.base import Context
from qa.question import Form, content_terms
from qa.question.premise import organisations_in
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.text import compact, english_frame, fold, has_cjk, tagged_words

BRACKETED = re.compile(r"\s*[（(]([^）)]*)[）)]\s*$")
LEGAL_FORM = re.compile(r"^(?:财团法人|行政法人)|[（(][^）)]*[）)]$")
# A claim about a row's field needs a predicate: 由 X 負責 / X 在執行, 是 X 類 / 屬於 X / X 計畫; 科技部有… is scope.
# 由 X 執行, X 負責, X 有(沒有)負責 — not X 有推動, which the plan's owner does with any program (科技部有沒有推動 5G)
AGENCY_CLAIM = (r"(?:由|是由|是|为)\s*{value}|{value}\s*在?(?:负责|执行|主办|办理|推动|管理)"
                r"|{value}\s*(?:有没有|是不是|是否|有无)?有?在?(?:负责|执行|主办|管理)")
CATEGORY_CLAIM = r"(?:是|属于|为|归于|算是|算)\s*(?:不是)?\s*{value}|{value}\s*(?:类|计划|的计划)"
EN_AGENCY_CLAIM = re.compile(r"\b(?:run|managed|carried out|led|implemented|overseen|administered|operated|handled|executed|"
                             r"funded|in the charge|the responsibility|under the responsibility)\s+(?:by|of)\s+(.+)$")
EN_ACTING_BODY = re.compile(r"^\s*(?:does|do|did|is|are)\s+(.{2,60}?)\s+(?:run|running|manage|managing|operate|"
                            r"operating|carry out|carrying out|implement|implementing|lead|leading|oversee|overseeing|"
                            r"administer|administering|execute|executing|in charge of|responsible for)\s+"
                            r"(?:the|this|that)\s.*\b(?:program|programme|project)\b", re.IGNORECASE)
EN_CATEGORY_CLAIM = re.compile(r"\b(?:a|an)\s+(.+?)\s+(?:program|programme|plan|project)s?\b|\b(?:category|type|kind) of (.+)$"
                               r"|\b(?:belongs?|falls?|comes?) (?:(?:in)?to|under) (?:the )?(.+?)(?: category| type| class)?$"
                               r"|\b(?:classified|categori[sz]ed|listed) (?:as|under) (?:a |an |the )?(.+)$")
PHRASE_STOP = ("r", "p", "u", "y", "c", "d", "x", "e", "o", "v")  # what ends the words naming a program before 計畫
NAMING_VERBS = ("vn",)  # a verbal noun names what a program does (臨床 is vn)
EN_PROGRAM_SUBJECT = re.compile(r"(?:is|are|was|does|do|did|will|has|can)\s+(?!there\b|any\b|a\s)(?:the\s+|this\s+)?"
                                r"((?:(?!\b(?:the|an?|any)\b)[\w-]+\s+)+"
                                r"(?:program|programme|project))\b\s*(.*)$", re.IGNORECASE)
EN_PROGRAM_PHRASE = re.compile(r"\bthe\s+((?:(?!(?:the|an?|any)\b)[\w'’-]+\s+){1,8}(?:program|programme|project))\b",
                               re.IGNORECASE)  # no article inside: 'the ministry run a program' names none
# a program an English question names: the X program, or (a follow-up read with its subject) its Chinese name
EN_PROGRAM_REF = r"(?:the\s+.+?(?:program|programme|project)\b|[^?]*?[\u4e00-\u9fff][^?]*?)"
CHINESE_NAME = re.compile(r"[\u4e00-\u9fff](?:.*[\u4e00-\u9fff])?")
MIN_TRANSLATED_COVERAGE = 0.5
MIN_SHORT_NAME = 4
PROGRAM_SUFFIX = re.compile(r"(?:计划|计画|方案)$")
SET_ASIDE = re.compile(r"除了?(.{2,20}?)(?:以外|之外)?(?=[，,]|还|也|另|$)")
EN_SET_ASIDE = re.compile(r"\b(?:other than|besides|apart from|except(?: for)?|excluding)\s+(?:the\s+)?(.{2,40}?)"
                          r"(?=\s+(?:runs?|which|what|who|is|are|does|do|has|have)\b|[,?]|$)", re.IGNORECASE)
NAME_PARTS = re.compile(r"\s*[－—–-]\s*")  # 台灣光子源光束線實驗設施建置計畫－第三期: a name and its phase
MIN_OPTION_SHARE = 0.6
NAME_COVERAGE_WEIGHT = 0.2
LINK_MARGIN = 0.1  # how far a row named best must lead the next for an English question to be linked to it
CONTENT_WEIGHT = 0.5


def names_of(program: str) -> list[str]:
    """The ways a program can be named: in full, without its bracketed alias, and by the alias (射月計畫)."""
    names = [program]
    bracket = BRACKETED.search(program)
    if bracket:
        names += [program[:bracket.start()], bracket.group(1)]
    return [compact(fold(name)) for name in names if len(name.strip()) >= 2]


def named_program(context: Context) -> tuple[Chunk, str] | None:
    """The program row the question names (the longest name it contains) and that name as folded; a name, or one
    part of a name joined by a dash (…建置計畫－第三期), may be shortened from the front (射月計畫 for 半導體射月計畫,
    光束線實驗設施建置計畫) when what is left, a plan noun and at least two characters before it, still names one
    program only."""
    if "named_program" not in context.memo:
        found = named_in(context.rows, context.folded_question())
        shortened = found is not None and found[1] not in names_of(found[0].program)
        context.memo["named_program"] = None if shortened and common_phrase(context, found[1]) else found
    return context.memo["named_program"]


def common_phrase(context: Context, name: str) -> bool:
    """Whether a shortened name is also the documents' own words for other things: they write it outside every
    program's names (科技計畫 of 科技計畫執行時, not only of 數據智慧應用科技計畫), so it names no one program."""
    text = context.index.scope.text
    for full in sorted({full for chunk in context.rows for full in names_of(chunk.program)}, key=len, reverse=True):
        text = text.replace(full, " ")
    return name in text


def named_in(rows: list[Chunk], folded: str) -> tuple[Chunk, str] | None:
    """named_program for any folded text (a choice's option)."""
    asked = compact(folded)
    best: tuple[Chunk, str] | None = None
    for chunk in rows:
        for name in names_of(chunk.program):
            if name in asked and (best is None or len(name) > len(best[1])):
                best = (chunk, name)
    if best is not None:
        return best
    shortened: dict[str, set[str]] = {}  # 修復計畫 of 電影修復計畫 is no shortened name: the names' own verbs name too
    phrases = naming_phrases(folded, verbs_in_names(tuple(dict.fromkeys(chunk.program for chunk in rows))))
    for chunk in rows:
        for part in dict.fromkeys(part for name in names_of(chunk.program) for part in [name, *NAME_PARTS.split(name)]):
            for start in range(1, len(part) - MIN_SHORT_NAME + 1):
                if (part[start:] in asked and PROGRAM_SUFFIX.search(part[start:])
                        and not any(part[start:] in phrase and part[start:] != phrase for phrase in phrases)):
                    shortened.setdefault(part[start:], set()).add(chunk.program)
                    break
    unique = [(name, programs.pop()) for name, programs in shortened.items() if len(programs) == 1]
    if not unique:
        return None
    name, program = max(unique, key=lambda item: len(item[0]))
    return next(chunk for chunk in rows if chunk.program == program), name


def naming_phrases(folded: str, name_verbs: frozenset[str] = frozenset()) -> list[str]:
    """The words a question names programs by: each plan noun (計畫) with the nouns, verbal nouns and modifiers
    before it (臨床資料庫計畫, 太空科技計畫), and the verbs of `name_verbs` (國輻中心業務推動計畫), compact."""
    tagged = tagged_words(folded)
    phrases = []
    for number, (word, _) in enumerate(tagged):
        if PROGRAM_SUFFIX.fullmatch(word):
            naming = itertools.takewhile(lambda pair: pair[1] in NAMING_VERBS or pair[0] in name_verbs
                                         or not pair[1].startswith(PHRASE_STOP), reversed(tagged[:number]))
            phrases.append(compact("".join(reversed([w for w, _ in naming])) + word))
    return phrases


def loosely_named(context: Context) -> tuple[Chunk, str] | None:
    """The program row a question names by a name of its own making (臨床資料庫計畫, 醫材新創計畫), and that name as
    folded: the words before its plan noun, of which one row's name holds more characters than any other's does
    (half of them at least, and a run of half of them: 國家科學技術發展 shares only 國家 with a row's name; or all of
    them in order, as an abbreviation's: 醫材 of 醫療器材…)."""
    if "loosely_named" not in context.memo:
        context.memo["loosely_named"] = loosely_in(context.rows, context.folded_question(),
                                                   context.index.scope.title_words)
    return context.memo["loosely_named"]


@lru_cache(maxsize=8)
def verbs_in_names(programs: tuple[str, ...]) -> frozenset[str]:
    """The verbs the program names themselves use (推動, 建置): part of a name a question gives loosely."""
    return frozenset(word for program in programs for word, tag in tagged_words(compact(fold(program)))
                     if tag.startswith("v") and len(word) >= 2)


def loosely_in(rows: list[Chunk], folded: str, owner: frozenset[str] = frozenset()) -> tuple[Chunk, str] | None:
    """loosely_named for any folded text (a choice's option). A leading word of the documents' titles (`owner`:
    科技部) names no program: 科技部審查計畫 is the ministry reviewing programs, not its talent program."""
    for named in naming_phrases(folded, verbs_in_names(tuple(dict.fromkeys(chunk.program for chunk in rows)))):
        phrase = PROGRAM_SUFFIX.sub("", named)
        phrase = next((phrase[len(word):] for word in owner if len(word) >= 2 and phrase.startswith(word)), phrase)
        if len(phrase) < 2:
            continue
        scored = sorted(((sum(char in name for char in phrase), longest_shared(phrase, name), chunk.program, name)
                         for chunk in rows for name in names_of(chunk.program)), reverse=True)
        best = scored[0]
        others = [score[:2] for score in scored if score[2] != best[2]]
        abbreviated = best[0] == len(phrase) and in_order(phrase, best[3])  # 醫材: 醫療器材… in order, no run
        if (2 * best[0] >= len(phrase) and (best[1] >= max(2, len(phrase) / 2) or abbreviated)
                and (not others or others[0] < best[:2])):
            return next(chunk for chunk in rows if chunk.program == best[2]), named
    return None


def in_order(phrase: str, name: str) -> bool:
    """Whether every character of a phrase stands in a name in the phrase's order, as in an abbreviation."""
    rest = iter(name)
    return all(char in rest for char in phrase)


def longest_shared(text: str, other: str) -> int:
    """The length of the longest run of characters two texts share."""
    return SequenceMatcher(None, text, other, autojunk=False).find_longest_match(0, len(text), 0, len(other)).size


def english_named(context: Context) -> tuple[Chunk, str] | None:
    """For an English yes/no question about a program ('Is the clinical database program about agriculture?'), the
    row its subject names and what it claims of it."""
    found = EN_PROGRAM_SUBJECT.match(context.question.text.strip().rstrip("?. "))
    if not found or has_cjk(context.question.text):
        return None
    chunk = subject_by_name(context, found.group(1))
    return (chunk, found.group(2)) if chunk is not None and found.group(2).strip() else None


def english_program(context: Context) -> tuple[Chunk, str] | None:
    """For an English question, the row that a 'the … program' phrase of it names (the one subject_by_name finds),
    and that phrase; in one that gives a program's Chinese name (What does 中興園區籌設計畫 do?, a follow-up read with
    its subject), that program and the Chinese words."""
    text = context.question.text
    if has_cjk(text):
        named = named_program(context) if english_frame(text) else None
        chinese = CHINESE_NAME.search(text)
        return (named[0], chinese.group(0)) if named and chinese else None
    found = EN_PROGRAM_PHRASE.search(text)
    chunk = subject_by_name(context, found.group(1)) if found else None
    return (chunk, found.group(0)) if chunk is not None else None


def named_row(context: Context) -> tuple[Chunk, str] | None:
    """The program row the question names and how it names it: in Chinese by name, in full or loosely; in English by
    a 'the … program' phrase or its Chinese name."""
    if english_frame(context.question.text):
        return english_program(context)
    return named_program(context) or loosely_named(context)


def program_alone(context: Context, frame: re.Pattern[str], en_frame: re.Pattern[str]) -> Chunk | None:
    """The program row a question names when, besides its name and the bodies it names, it says nothing but its
    `frame` (為什麼要推動 X; X 在做什麼; in English, Why does the ministry run the X program?); else None."""
    named = named_row(context)
    if named is None:
        return None
    if english_frame(context.question.text):
        return None if en_frame.sub("", context.question.text.replace(named[1], "")) else named[0]
    rest = compact(context.folded_question()).replace(named[1], " ")
    for body in reversed(organisations_in(rest)):
        rest = rest[:body.start] + " " + rest[body.end:]
    return None if content_terms(frame.sub("", rest)) else named[0]


EN_FRAME = re.compile(r"\b(?:who|whom|which|what|is|are|was|does|do|did|the|of|in|charge|runs?|running|responsible|"
                      r"for|agency|agencies|unit|organi[sz]ation|body|carries|carry|out|category|categories|type|kind|"
                      r"class|belongs?|to|name|under|falls?|managed|manages?|implements?|led|leads?|by|oversees?|"
                      r"handles?|a|an)\b", re.IGNORECASE)


def english_subject(text: str, form: Form) -> str:
    """The words an English question names its program by, in their own case (a capitalised romanised name stays
    one): without the question's frame ('Who is in charge of [the Beyond 5G LEO satellite program]?'), and for a
    yes/no or choice question only those before its predicate ('Is [X] run by …', 'Is [X] a public construction
    program or …')."""
    subject = text.rstrip("?. ")
    if form in (Form.polar, Form.choice):
        subject = re.sub(r"^(?:is|are|was|were|does|do|did)\s+", "", subject, flags=re.IGNORECASE)
        lowered = subject.lower()
        cuts = [m.start() for m in (EN_AGENCY_CLAIM.search(lowered), EN_CATEGORY_CLAIM.search(lowered),
                                    re.search(r"\s(?:or|about|on|concerning|regarding)\s", lowered)) if m]
        subject = subject[:min(cuts)] if cuts else subject
    return re.sub(r"\s+", " ", EN_FRAME.sub(" ", subject)).strip()


def plain_value(value: str) -> str:
    """A field value as people write it: without a legal form or a bracketed scope (財團法人…, 科技部（本部各單位）)."""
    return LEGAL_FORM.sub("", compact(fold(value)))


def covered_characters(value: str, terms: list[str]) -> int:
    """How many of a value's characters (as people write it) an English text's translated terms cover."""
    plain = plain_value(value)
    covered = [False] * len(plain)
    for term in terms:
        for match in re.finditer(re.escape(term), plain):
            covered[match.start():match.end()] = [True] * len(term)
    return sum(covered)


def translated_coverage(value: str, terms: list[str]) -> float:
    """The share of a value's characters that an English text's translated terms cover."""
    plain = plain_value(value)
    return covered_characters(value, terms) / len(plain) if plain else 0.0


def words_named(value: str, words: list[list[str]]) -> float:
    """The share of an English text's words (each as its translations) that a value names with one of them."""
    plain = plain_value(value)
    return sum(any(term in plain for term in terms) for terms in words) / len(words) if words else 0.0


def best_translated(candidates: list[str], terms: list[str]) -> tuple[str | None, float]:
    """The value an English phrase names through its translated terms: the one with most characters covered, then
    the largest share covered (科技 alone covers two thirds of 科技部 but names 新竹科學園區管理局 less than 新竹、
    科學、園區 do); none below MIN_TRANSLATED_COVERAGE or when two tie."""
    scored = sorted(((covered_characters(v, terms), translated_coverage(v, terms), v) for v in candidates), reverse=True)
    if not scored or scored[0][1] < MIN_TRANSLATED_COVERAGE or (len(scored) > 1 and scored[1][:2] == scored[0][:2]):
        return None, 0.0
    return scored[0][2], scored[0][1]


def most_covered(options: list[str], translated: list[str]) -> str | None:
    """The one value whose characters an English text's translations cover most (two at least): the Central bureau
    by 中部 alone, when bureau itself has no translation the corpus writes."""
    scored = sorted(((covered_characters(value, translated), value) for value in options), reverse=True)
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


def values(context: Context, attribute: str) -> list[str]:
    return sorted({getattr(chunk, attribute) for chunk in context.rows if getattr(chunk, attribute)})


def set_aside(text: str) -> str:
    """What a question sets aside (除了國研院，還有…; Besides NARLabs, …): folded and compact in Chinese, as written in
    English (its bodies' names keep their case); '' when it sets nothing aside."""
    if english_frame(text):
        found = EN_SET_ASIDE.search(text)
        return found.group(1) if found else ""
    found = SET_ASIDE.search(compact(fold(text)))
    return found.group(1) if found else ""


def is_set_aside(value: str, aside: str) -> bool:
    """Whether a field value is what a question sets aside: named by it, by another of its names (國研院), or, for a
    program, by a part of its name two characters long or more (建設計畫 of 新竹科學園區建設計畫)."""
    if not aside:
        return False
    plain, (folded, core, bodies) = compact(fold(plain_value(value))), aside_parts(aside)
    return (plain in folded or plain in bodies
            or (folded != core and len(core) >= 2 and core in compact(fold(value))))


@lru_cache(maxsize=64)
def aside_parts(aside: str) -> tuple[str, str, frozenset[str]]:
    """A set-aside phrase folded, without its plan noun, and the names of the bodies it names: read once, however
    many rows are checked against it."""
    folded = compact(fold(aside))
    return folded, PROGRAM_SUFFIX.sub("", folded), frozenset(bodies_named(aside))


def values_named(context: Context, attribute: str, text: str) -> list[str]:
    """The table's values of a field a text names, as the table writes them or, for a body, by another of its names
    (國研院, NSRRC)."""
    written, aliases = compact(fold(text)), bodies_named(text)
    return [value for value in values(context, attribute)
            if (plain := plain_value(value)) and (plain in written or plain in aliases)]


def agencies_named(context: Context, text: str) -> list[str]:
    """The table's agencies a text names by any of their names (國研院 for 財團法人國家實驗研究院)."""
    aliases = bodies_named(text)
    return [value for value in values(context, "agency") if plain_value(value) in aliases]


def agencies_meant(context: Context, text: str, english: bool) -> list[str]:
    """The table's agencies a text names by any of their names; for English, else the one whose name its translation
    covers most (the Central bureau: by the place its name holds)."""
    named = agencies_named(context, text)
    if named or not english:
        return named
    found = most_covered(values(context, "agency"), context.index.glossary.translate(text))
    return [found] if found else []


def bodies_named(text: str) -> dict[str, list[str]]:
    """The organisations a text names by any of their names (南科管理局, NARLabs), each as every name it has (folded,
    compact) → how the text writes it (folded, compact)."""
    out: dict[str, list[str]] = {}
    for entity in organisations_in(text):
        if entity.organisation:
            for name in (entity.organisation.name, *entity.organisation.zh):
                out.setdefault(compact(fold(name)), []).append(compact(fold(entity.text)))
    return out


def claimed_values(context: Context, attribute: str, text: str) -> list[str]:
    """Values of a row field (category or agency) that a yes/no question claims of its subject: named in a
    predicate (由 X 執行, 是 X 計畫; run by X, an X program), an agency also by any of its names (國研院, NARLabs); for
    English, else the value the predicate's translation covers best, else the one that names most of its words."""
    folded = compact(fold(text))
    if not english_frame(text):
        frame = AGENCY_CLAIM if attribute == "agency" else CATEGORY_CLAIM
        aliases = bodies_named(text) if attribute == "agency" else {}
        return [value for value in values(context, attribute)
                if any(re.search(frame.format(value=re.escape(written)), folded)
                       for written in {plain_value(value), *aliases.get(plain_value(value), [])} if written)]
    stripped = text.rstrip("?. ")
    predicate = (EN_AGENCY_CLAIM if attribute == "agency" else EN_CATEGORY_CLAIM).search(stripped.lower())
    acting = EN_ACTING_BODY.match(stripped) if attribute == "agency" and not predicate else None
    if acting:  # Does the Southern bureau run the moonshot program?: a body the plan names, as the claim's subject
        return agencies_meant(context, acting.group(1), english=True)
    if not predicate:
        return []
    group = next(number for number, found in enumerate(predicate.groups(), 1) if found)
    claimed = stripped[predicate.start(group):predicate.end(group)]
    if has_cjk(claimed):  # Is X run by 中部科學園區管理局?
        return [value for value in values(context, attribute)
                if plain_value(value) and plain_value(value) in compact(fold(claimed))]
    if attribute == "agency":
        named = agencies_named(context, claimed)
        if named:
            return named
    value, _ = best_translated(values(context, attribute), context.index.glossary.translate(claimed))
    if value:
        return [value]
    words = [context.index.glossary.terms_of(stem)[:TRANSLATIONS_PER_WORD] for stem in english_stems(claimed)]
    scored = sorted(((words_named(value, words), value) for value in values(context, attribute)), reverse=True)
    if scored and scored[0][0] >= MIN_OPTION_SHARE and (len(scored) == 1 or scored[1][0] < scored[0][0]):
        return [scored[0][1]]  # the Central park bureau: central and park in 中部科學園區管理局, bureau in none
    return []


def option_value(context: Context, attribute: str, option: str) -> tuple[str | None, float]:
    """The field value an option of a choice question names (科技發展類 → 科技發展) and how fully: the share of the
    option the value makes up (a program name merely containing 科技發展 names a program, not the category); for
    English, a body by any of its names, else the share of the value its translation covers."""
    folded = compact(fold(option))
    if re.search(r"[\u4e00-\u9fff]", folded):
        found = [(len(plain_value(v)) / len(folded), v) for v in values(context, attribute)
                 if plain_value(v) and plain_value(v) in folded]
        best = max(found, default=(0.0, None))
        return (best[1], best[0]) if best[0] >= MIN_OPTION_SHARE else (None, 0.0)
    named = agencies_named(context, option) if attribute == "agency" else []
    if len(named) == 1:  # NARLabs, MOST: a body by another of its names
        return named[0], 1.0
    return best_translated(values(context, attribute), context.index.glossary.translate(option))


NAME_VECTORS: dict[tuple[str, tuple[str, ...]], np.ndarray] = {}


def name_vectors(embedder: str, programs: tuple[str, ...], embed: Callable[[str], np.ndarray]) -> np.ndarray:
    """The embeddings of the program names, computed once per embedder and set of names."""
    key = (embedder, programs)
    if key not in NAME_VECTORS:
        NAME_VECTORS[key] = np.vstack([embed(name) for name in programs])
    return NAME_VECTORS[key]


def named_by(context: Context, subject: str) -> tuple[Chunk, float] | None:
    """The program row an English subject ('the Beyond 5G LEO satellite program') names best, and by how much its
    score leads the next row's: the names' embeddings
    compared with the subject's, plus a little of how fully the subject's dictionary translation names each (the
    share of the name it covers, or of the subject's words it finds in the name: Hsinchu → 新竹 tells apart parks the
    embedding alone confuses, photon → 光子 finds 台灣光子源… in a short subject) and of how well the row's own
    sentences match the subject (a name translated loosely still describes what the program does; a place the
    subject names, in the row that writes it: the Erlin park road works). A name counts by any of its forms: in full,
    or by its bracketed alias. A romanised name the subject spells that one program's name holds names that row
    outright (the Chung Hsing park program: 中興園區籌設計畫)."""
    if context.embed is None or not subject.strip() or not context.rows:
        return None
    spelled = {name for names in context.index.glossary.romanised_stems(subject).values() for name in names}
    holding = {chunk.program: chunk for chunk in context.rows if any(name in fold(chunk.program) for name in spelled)}
    if len(holding) == 1:  # the Chung Hsing park program: the one name that holds 中興, however the rest reads
        return next(iter(holding.values())), float("inf")
    bodies = [entity.organisation.name for entity in organisations_in(subject) if entity.organisation]
    owned = {chunk.program for chunk in context.rows if any(body in chunk.agency for body in bodies)}
    programs = sorted(owned or {chunk.program for chunk in context.rows})  # the NSRRC operations program: of NSRRC's
    vectors = name_vectors(context.index.embedder_name, tuple(programs), context.embed)
    vector = context.embed(subject.lower())
    terms = context.index.glossary.translate(subject)
    words = [context.index.glossary.terms_of(stem)[:TRANSLATIONS_PER_WORD] for stem in english_stems(subject)]
    content = {program: 0.0 for program in programs}
    places = [term for term in terms if context.index.glossary.is_place(term)]  # Huwei: the row that writes 虎尾
    part = (vector, places, context.index.lexical.idf(places).tolist())
    for chunk in context.rows:
        if chunk.program in content:
            content[chunk.program] = max(content[chunk.program], context.support(chunk, part))
    named = {program: max(max(translated_coverage(name, terms), words_named(name, words)) for name in names_of(program))
             for program in programs}  # by its alias too: the moonshot program is (半導體射月計畫)
    scores = vectors @ vector + np.array([NAME_COVERAGE_WEIGHT * named[program] + CONTENT_WEIGHT * content[program]
                                          for program in programs])
    order = np.argsort(-scores)
    best = programs[int(order[0])]
    margin = float(scores[order[0]] - scores[order[1]]) if len(order) > 1 else float("inf")
    return next(chunk for chunk in context.rows if chunk.program == best), margin


def subject_by_name(context: Context, subject: str) -> Chunk | None:
    """The program row an English subject names best (see named_by)."""
    found = named_by(context, subject)
    return found[0] if found else None


def linked_row(context: Context) -> Chunk | None:
    """The program row an English question's 'the … program' phrase names clearly (its score ahead of the next
    row's by LINK_MARGIN): its sentences are evidence even when retrieval missed them (What resources does the medical
    device program integrate?). None when the phrase may name none (the popular science product program is a part of
    a row, no row)."""
    text = context.question.text
    found = EN_PROGRAM_PHRASE.search(text) if not has_cjk(text) else None
    linked = named_by(context, found.group(1)) if found else None
    return linked[0] if linked and linked[1] >= LINK_MARGIN else None
