"""Which organisation does something (哪個機構研發…？, Which organisation develops …?) when the question does not
ask who runs a program: the body the best evidence names in its sentence, else in its program's name (…－國家災害防救
科技中心發展計畫), else — when the organisation is the one acting, not a verb's object — that program row's agency."""
from __future__ import annotations

import re

from qa.answering.base import Context, Extraction
from qa.answering.slot import LIGHT_VERB, MEANS_MARKER, clause_start, partner_before
from qa.answering.spans import inside_word
from qa.crosslingual import TRANSLATIONS_PER_WORD, english_stems
from qa.question import Asks, Question
from qa.question.analysis import CLAUSE_END, EN_NOUNS, ZH_NOUNS
from qa.question.forms import PARTNER_EN, PARTNER_ZH
from qa.question.premise import organisations_in
from qa.text import fold, tagged_words

ORGANISATION_NOUNS = frozenset(noun for noun, slot in [*ZH_NOUNS, *EN_NOUNS.items()] if slot is Asks.agency)
AGENT_QUESTION = re.compile(r"谁(?:来|要|会|将|在|负责)*([\u4e00-\u9fff]{2})")  # 誰來挖掘: the verb after 誰
AGENT_MARKER = re.compile(r"透过|经由|藉由|借由|由")  # what marks the one who acts before its verb
MAX_AGENT_CHARS = 12
# Who [funds] …, Who will keep [strengthening] …: the verb, past an aspect's (keep, continue) and an adverb
EN_WHO_VERB = re.compile(r"^\s*who\s+(?:will\s+|is\s+going\s+to\s+)?"
                         r"(?:(?:keep|keeps|continue|continues|also|further|still|actively)\s+(?:to\s+)?)*([a-z]+)",
                         re.IGNORECASE)
CONJUNCTION = re.compile(r"以及|及|与|和|、")  # what joins organisations named together (三科管局及國研院)
MAX_CONJUNCT_CHARS = 8
QUALIFIER_MAX_CHARS = 2  # a noun qualifying 合作 between it and its verb (進行[產學]合作)
MAX_PARTNER_CHARS = 20  # the longest partner a means clause names (具 AI 科技發展能量之產業界)
BETWEEN = ("间", "之间")  # 與 A 間合作: between the partners
CAUSATIVE = re.compile(r"促进|鼓励|协助|媒合|引导|带动")  # verbs that bring partners together (促進 A 與 B 合作)
ASSIGNING = re.compile(r"责成|委托|委由|交由|指派|授权")  # verbs whose object is put in charge (責成[國研院]強化…)
UNIT = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:中心|研究所|实验室|办公室|分署|分局)")  # 國研院[臺灣半導體研究中心]
OBJECT_GAP = 2  # what may stand between a verb and its object (延攬[國內外]…, 協助[各]大學)
AGENTS = frozenset(("谁", "who", "whom"))  # 誰, who, and whom a body assigns or partners with: an organisation here


def asks_organisation(question: Question) -> bool:
    """A question whose interrogative attaches to an organisation noun, or is 誰/who doing something, but that does
    not act on a program (颱風洪水的預警是誰在研發？)."""
    return (question.asks is Asks.general and question.noun in ORGANISATION_NOUNS | AGENTS
            and not question.wants_list)


def first_body(text: str, asked: str, before: int | None = None) -> tuple[int, int] | None:
    """Where the first organisation a text names stands in it (before `before`, when given), unless the (folded)
    question names it already, by that name or another (國研院 for 財團法人國家實驗研究院)."""
    if len(fold(text)) != len(text):
        return None
    named = {body.organisation for body in organisations_in(asked) if body.organisation}
    return next(((body.start, body.end) for body in organisations_in(text)
                 if fold(body.text) not in asked and not (body.organisation and body.organisation in named)
                 and (before is None or body.start < before)), None)


def with_unit(text: str, end: int) -> int:
    """Where an organisation named with its unit right after it ends: 國家實驗研究院[臺灣半導體研究中心] is who acts, the
    institute's centre; the unit is nouns that end in a unit's word (中心, 研究所, 實驗室)."""
    folded = fold(text)
    unit = UNIT.match(folded, end) if len(folded) == len(text) else None
    if not unit or not all(tag.startswith(("n", "j", "vn")) for _, tag in tagged_words(folded[end:unit.end()])):
        return end
    return unit.end()


def coordinated(text: str, start: int, end: int, asked: str) -> tuple[int, int]:
    """An organisation's span widened to the bodies joined to it ([三科管局及]國研院, 中央氣象局[、水利署及國研院]):
    together they are who acts, but for those the (folded) question names. A body before it is the nouns ending its
    clause's words before the conjunction."""
    folded = fold(text)
    if len(folded) != len(text):
        return start, end
    bodies = {body.start: body.end for body in organisations_in(text) if fold(body.text) not in asked}
    end = with_unit(text, end)
    while (joined := CONJUNCTION.match(folded, end)) and joined.end() in bodies:
        end = bodies[joined.end()]
    before = next((m for m in CONJUNCTION.finditer(folded, max(0, start - 2), start) if m.end() == start), None)
    if before:
        opening = clause_start(folded, before.start())
        nouns = 0
        for word, tag in reversed(tagged_words(folded[opening:before.start()])):
            if not tag.startswith(("n", "j")):
                break
            nouns += len(word)
        if 2 <= nouns <= MAX_CONJUNCT_CHARS and folded[before.start() - nouns:before.start()] not in asked:
            start = before.start() - nouns
    return start, end


def asked_verb_at(context: Context, text: str) -> int | None:
    """Where the verb a who-question asks about (誰[補助]…, Who [funds]…) stands in a folded text, as the question
    words it or as a translation of it; None when it is not there."""
    asked = fold(context.question.text)
    found = AGENT_QUESTION.search(asked)
    if found:
        verbs = [found.group(1)]
    else:
        english = EN_WHO_VERB.search(context.question.text)
        stems = english_stems(english.group(1)) if english else []
        verbs = [term for term in context.index.glossary.terms_of(stems[0])[:TRANSLATIONS_PER_WORD]
                 if tagged_words(term)[0][1] == "v"] if stems else []  # fund: 經費 is no verb
    places = [at for verb in verbs if len(verb) >= 2 and (at := text.find(verb)) >= 0]
    return min(places) if places else None


def marked_agent(text: str, asked: str) -> tuple[int, int] | None:
    """For '誰(來) V…' where the plan marks who does V with 透過, 經由, 藉由 or 由 right before it (透過[研究機構]挖掘
    學校…), where those words stand: a noun phrase of two characters or more in V's clause."""
    found = AGENT_QUESTION.search(asked)
    folded = fold(text)
    if not found or len(folded) != len(text):
        return None
    verb = folded.find(found.group(1))
    if verb < 0:
        return None
    opening = max((m.end() for m in CLAUSE_END.finditer(folded, 0, verb)), default=0)
    marker = max((m for m in AGENT_MARKER.finditer(folded, opening, verb) if not inside_word(text, m.start())),
                 key=lambda m: m.start(), default=None)
    if marker is None or not 2 <= verb - marker.end() <= MAX_AGENT_CHARS:
        return None
    tagged = tagged_words(text[marker.end():verb])
    return (marker.end(), verb) if tagged and tagged[-1][1].startswith("n") else None


def partner_ends(text: str, cooperation: int) -> list[int]:
    """Where a partner marked before 合作 may end, the furthest first: before a verb or 間 that takes 合作 (與[國外…機構]
    建立合作關係, 與[友好國家]間科研合作), past one short noun qualifying 合作 (與[國內科學家]進行產學合作), else at 合作."""
    before = tagged_words(text[clause_start(text, cooperation):cooperation])
    ends, at = [cooperation], cooperation
    if before and before[-1][1].startswith("n") and len(before[-1][0]) <= QUALIFIER_MAX_CHARS:
        at -= len(before.pop()[0])
    if before and (before[-1][1] == "v" or before[-1][0] in BETWEEN):
        ends.insert(0, at - len(before[-1][0]))
    return ends


def brought_together(text: str, marker: int) -> int:
    """Where the partners start when the plan has a verb bring two of them together (促進[傳播媒體產業與國內科學家]進行
    產學合作): at the first, which cooperates as much as the one after 與; else right after the marker."""
    opening = clause_start(text, marker)
    verb = next((m for m in CAUSATIVE.finditer(text, opening, marker)), None)
    first = tagged_words(text[verb.end():marker]) if verb else []
    if first and 2 <= marker - verb.end() <= MAX_CONJUNCT_CHARS and first[-1][1].startswith("n"):
        return verb.end()
    return marker + 1


def partner(context: Context) -> Extraction | None:
    """For 'Who does X partner / cooperate / work with?' (跟什麼機構合作), the partner the plan marks with 與/和/跟
    before 合作 (or before the verb that takes it: 與[國外…大學或機構]建立合作關係) in the top sentences; else the one
    the best sentence cooperates through (see partner_through). When the question names that partner (媒合誰跟科學家
    合作), the one a verb brings together with it answers ([傳播媒體產業]與國內科學家)."""
    asked = fold(context.question.text)
    for candidate in context.top:
        text = fold(candidate.sentence.text)
        if len(text) != len(candidate.sentence.text):
            continue
        for found in re.finditer("合作", text):
            gap = next((gap for at in partner_ends(text, found.start()) if (gap := partner_before(text, at))), None)
            if gap:
                start = brought_together(text, gap.start - 1)
                named = start < gap.start - 1 and tagged_words(text[gap.start:gap.end])[-1][0] in asked
                return context.exact_span(candidate, start, gap.start - 1 if named else gap.end)
    text = fold(context.best.sentence.text)
    found = partner_through(text) if len(text) == len(context.best.sentence.text) else None
    return context.exact_span(context.best, *found) if found else None


def partner_through(text: str) -> tuple[int, int] | None:
    """The partner of a cooperation the plan carries out through it: the noun phrase of a clause 透過/藉由… opens
    right before one that opens with a light verb of 合作 and has no subject of its own (透過[具 AI 科技發展能量之
    產業界]，進行跨域增值合作). None without such a pair of clauses."""
    for found in re.finditer("合作", text):
        opening = clause_start(text, found.start())
        if not LIGHT_VERB.match(text, opening) or opening < 2:
            continue
        before = clause_start(text, opening - 1)
        means = MEANS_MARKER.match(text, before)
        phrase = text[means.end():opening].rstrip("，, ") if means else ""
        tagged = tagged_words(phrase)
        if 2 <= len(phrase) <= MAX_PARTNER_CHARS and tagged and tagged[-1][1].startswith("n"):
            return means.end(), means.end() + len(phrase)
    return None


def asks_partner(question: Question) -> bool:
    """Whom something is done with (跟哪個產業合作, 要找誰合作, Who does X work with?), one partner, whatever its noun."""
    return (question.asks is Asks.general and not question.wants_list
            and bool(PARTNER_EN.search(question.text) or PARTNER_ZH.search(fold(question.text))))


def assigned_body(context: Context) -> Extraction | None:
    """For a question whose organisation is the object (Who will the ministry put in charge of…, 責成誰), the body a
    top sentence puts right after a verb of assigning (科技部將責成[國研院]持續強化…): the one put in charge."""
    asked = fold(context.question.text)
    for candidate in context.top:
        text = candidate.sentence.text
        span = assignee(text, asked, 0, len(text)) if len(fold(text)) == len(text) else None
        if span:
            return context.exact_span(candidate, *span)
    return None


def assignee(text: str, asked: str, after: int, before: int) -> tuple[int, int] | None:
    """The body a verb of assigning between `after` and `before` puts in charge, with its unit: in 科技部將責成[國研院]
    持續強化…, 國研院 is who strengthens, not 科技部 (a text whose folded form keeps its length)."""
    bodies = {body.start: body.end for body in organisations_in(text) if fold(body.text) not in asked}
    found = next((m for m in ASSIGNING.finditer(fold(text), after, before) if m.end() in bodies), None)
    return (found.end(), with_unit(text, bodies[found.end()])) if found else None


def object_of_verb(asked: str, text: str, body: int) -> bool:
    """Whether a body at `body` in a folded text may be what the question's verb takes as its object (延攬[誰]: the
    body right after 延攬 where the text writes it): always, but for a question whose 誰 is a verb's object."""
    found = re.search(r"([\u4e00-\u9fff]+)谁", asked)
    tagged = tagged_words(found.group(1)) if found else []
    if not tagged or not tagged[-1][1].startswith("v") or len(tagged[-1][0]) < 2:
        return True
    verb = tagged[-1][0]
    return any(0 <= body - at.end() <= OBJECT_GAP for at in re.finditer(re.escape(verb), text))


def answer(context: Context) -> Extraction | None:
    best = context.best
    asked = fold(context.question.text)
    assigned = assigned_body(context) if context.question.governed else None
    if assigned:
        return assigned
    agent = marked_agent(best.sentence.text, asked)
    if agent:
        return context.exact_span(best, *agent)
    acts = None if context.question.governed else asked_verb_at(context, fold(best.sentence.text))  # 責成[誰]強化: no
    in_sentence = first_body(best.sentence.text, asked, acts)
    if in_sentence and not object_of_verb(asked, fold(best.sentence.text), in_sentence[0]):
        return None  # 延攬誰來臺: whom it recruits, not 行政院 of 經行政院核定 in the sentence
    put_in_charge = assignee(best.sentence.text, asked, in_sentence[1], acts) if in_sentence and acts else None
    if put_in_charge:
        return context.exact_span(best, *put_in_charge)
    if in_sentence:
        return context.exact_span(best, *coordinated(best.sentence.text, *in_sentence, asked))
    chunk = best.hit.chunk
    if chunk.kind != "program" or not chunk.program:
        return None
    in_name = first_body(chunk.program, asked)
    if in_name:
        return context.field(chunk, chunk.program[in_name[0]:in_name[1]], best)
    if context.question.governed:  # 成為什麼組織的成員: the row's agency does not become one; the plan's words may say
        return None
    return context.field(chunk, chunk.agency, best) if chunk.agency else None
