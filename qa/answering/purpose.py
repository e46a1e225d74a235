"""Why- and goal questions: the purpose clause of the best sentence (…，以支援尖端基礎研究…, 為加速…，…, 期能…), without
its marker, or a goal the plan states as one; never an 以 X 為 Y clause ("as", not "to"), and never a clause restating
the question."""
from __future__ import annotations

import re

from qa.answering.base import Candidate, Context, Extraction
from qa.answering.spans import CLAUSE, LOCALIZER, restated, skip_numbering
from qa.answering.subjects import program_alone
from qa.question import Question
from qa.text import fold, tagged_words, words

PURPOSE = re.compile(r"[並并且]?(?:以期|以利|以助|以便|以達|以达|以|用以|藉以|借以|俾|旨在|期能|期使|期望|為了|为了|目的在於?|目的在于?"
                     r"|有助[於于]?)(?![及與与和或、])")
AIM = re.compile(r"旨[在於于]|目的[在為为]於?|宗旨[在為为]|目[標标]在於?")  # states what a whole plan or sentence is for
GOAL_NAMED = re.compile(r"(?:之|的|為|为)目[標标]")  # …之目標, …為目標: the goal stated as one, before the word
GOAL_OPENER = re.compile(r"達成|达成|(?<![可予加所难難足])以(?![及下上后後外内內前])")  # what opens the stated goal (達成[…]之目標, 以[…]為目標)
GOAL_ASKED = re.compile(r"目[標标]|[達达]成|[達达]到|\b(?:goals?|objectives?|aim(?:s|ed)?|achieve|accomplish)\b",
                        re.IGNORECASE)
GOAL_WINDOW = 80  # characters before the goal word its opener may stand: a goal of several clauses
PURPOSE_FIRST = re.compile(r"(?:為|为)(?![主基重場场核])")
FRONTED = re.compile(r"[並并且]?(?:為了?|为了?)")  # a purpose that may stand before what it is the purpose of
COORDINATED = re.compile(r"[並并且及]")
ANOTHER = re.compile(r"另(?:外|一方面)?|此外")  # opens an action of its own, outside a purpose fronted before it
HOPING = re.compile(r"期(?=[\u4e00-\u9fff])")
HOPING_WINDOW = 6
WHY_WORD = re.compile(r"为什么|为何|何以")
INTENT = re.compile(r"(?:为什么|为何)(?:要|需要|得)|\bwhy (?:does|do|will|would|should) ", re.IGNORECASE)
TIED_SCORE = 0.02  # sentences of one passage scored this close are tied: each holds the words the question names
HAVING = frozenset({"具", "具有", "具备"})  # verbs that qualify a noun (具…之 N: an N that has …)
LISTED_MEANS = re.compile(r"、[^，,：:；;。]+等[^，,：:；;。、]{1,8}$")  # …、…等科技發展策略: a list its noun closes
MEANS_PHRASE = re.compile(r"[的之]")  # 以 + a qualified noun and no verb: 以[科學園區現有完善的數位基礎環境]，加速…
# what a why-question about a whole program says besides its name: 為什麼要推動 X, X 的目的是什麼, X 為何要做, X 想達成什麼
PROGRAM_FRAME = re.compile(r"为什么|为何|何以|目的|目标|宗旨|用意|需要|推动|执行|办理|进行|实施|设立|提出|规划|存在|这个|该|要|做|有|是"
                           r"|想|希望|达成|达到"
                           r"|什么|呢|吗|的|了")
EN_PROGRAM_FRAME = re.compile(r"\b(?:why|what|is|are|was|does|do|did|will|the|ministry|most|plan|run|runs|carry|"
                              r"carries|carried|out|have|has|need|needs|needed|exist|exists|launch|launched|implement|"
                              r"implemented|promote|promoted|set|up|this|it|a|an|there|purpose|aim|goal|of|for)\b"
                              r"|[?.!,\s]", re.IGNORECASE)


def answer(context: Context) -> Extraction | None:
    """The purpose of what the question asks about: the purpose clause nearest the clause that carries most of its
    terms, the earlier on a tie (…，並藉由支持…傑出學者，涵育…，[以產生…科研成果] for why support outstanding scholars,
    but a fronted [為…]，將深耕… for why 深耕); only 為 comes before it (以科學園區…環境，加速… is a means). Never one
    that restates the question; after one that does, the purpose it is coordinated with (為提供廠商優良環境，
    [並促進區域均衡發展] for 為什麼要提供廠商優良環境). A sentence of the best passage stating its aim (本計畫旨於…),
    wherever it stands in the passage, gives all of it; a goal question, a goal the row or passage states as one
    (達成[…]之目標). When the best sentence marks no purpose, one of its passage's sentences scored as well (every
    sentence of a row that holds the program's name: 產學研鏈結價值躍升計畫的目的 → …，[藉以強化學研成果轉化至業界的進程])."""
    passage = [context.unretrieved(sid) for sid in context.index.chunk_sentences[context.best.hit.index]]
    aimed = next(((other, aim) for other in passage if (aim := AIM.search(other.sentence.text))), None)
    if aimed:  # 本計畫旨於[…]: what the passage is for, to its sentence's end
        other, aim = aimed
        if not restated(context.question, other.sentence.text[aim.end():]):
            return context.trimmed(other, aim.end(), len(other.sentence.text))
    row = program_alone(context, PROGRAM_FRAME, EN_PROGRAM_FRAME)  # any of its sentences scores alike on the name
    if GOAL_ASKED.search(context.question.text):
        stating = [context.unretrieved(sid) for sid in context.row_sentences(row)] if row is not None else passage
        found = next((found for other in stating if (found := stated_goal(context, other))), None)
        if found:  # What is the goal of X? → 達成[資源循環利用、…及農業永續]之目標
            return found
    found = purpose_in(context, context.unretrieved(context.row_sentences(row)[0])) if row is not None else None
    if found:  # 為什麼要推動南部科學園區建設計畫: the purpose its row opens with (為提供高科技廠商…)
        return found
    found = purpose_in(context, context.best)
    if found or asks_aim(context.question):
        return found
    tied = (other for other in context.top[1:] if other.hit.chunk.id == context.best.hit.chunk.id
            and context.best.score - other.score <= TIED_SCORE)
    return next((found for other in tied if (found := purpose_in(context, other))), None)


def stated_goal(context: Context, candidate: Candidate) -> Extraction | None:
    """A goal a sentence states as one (達成[打造國際人才匯流中心]之目標, 以[尖端技術養成…]為目標): from the nearest
    達成 or 以 before the goal word, within its sentence; None without one."""
    text = candidate.sentence.text
    for named in GOAL_NAMED.finditer(text):
        window = max(0, named.start() - GOAL_WINDOW)
        openers = list(GOAL_OPENER.finditer(text, window, named.start()))
        if openers and named.start() - openers[-1].end() >= 4:
            return context.trimmed(candidate, openers[-1].end(), named.start())
    return None


def purpose_in(context: Context, candidate: Candidate) -> Extraction | None:
    """The purpose clause of one sentence nearest the clause that carries most of the question's terms; None without
    one (or, for 為什麼要 V, when unmarked clauses after V say what it is for)."""
    text = candidate.sentence.text
    skip = skip_numbering(text)
    clauses = [(max(m.start(), skip), m.end()) for m in CLAUSE.finditer(text) if m.end() > skip]
    purposes: list[tuple[int, int, int, bool]] = []
    restated_purpose, opening = False, True
    for number, (start, end) in enumerate(clauses):
        marker = purpose_marker(text, start, opening)
        opening = text[:end].rstrip().endswith(("：", ":"))  # after a heading's colon, a 為 opens again
        marker = marker or (COORDINATED.match(text, start) if restated_purpose else None)
        body = text[marker.end():end] if marker else ""
        if (not marker or taking(marker, body) or number + 1 < len(clauses) and means_phrase(marker, body)
                or len(body.strip("，,：:；;。")) < 4):
            restated_purpose = False
            continue
        restated_purpose = restated(context.question, body) or holds_predicate(context.question.text, body)
        if not restated_purpose:
            purposes.append((number, marker.end(), end, FRONTED.fullmatch(marker.group(0)) is not None))
    scores = [context.coverage(fold(text[start:end])) for start, end in clauses]
    asked = max(range(len(clauses)), key=lambda n: scores[n]) if clauses else 0
    after = [p for p in purposes if p[0] > asked or p[3] and not any(  # 以 X，[asked]: X is a means, not its aim; a
        ANOTHER.match(text, clauses[n][0]) for n in range(p[0] + 1, asked + 1))]  # fronted 為 X governs up to an 另
    if not after and asks_aim(context.question) and asked + 1 < len(clauses):
        return None  # 為什麼要建置…大樓: the unmarked clauses after it say what for (the clause kind reads them)
    purposes = after or purposes
    if not purposes:
        return None
    _, start, end, _ = min(purposes, key=lambda purpose: (abs(purpose[0] - asked), purpose[0]))
    return context.trimmed(candidate, start, end)  # trimmed without a 除…之外 frame's close


def asks_aim(question: Question) -> bool:
    """Whether a why-question asks what an action is done for (為什麼要 V, Why does X V?), not why something is so."""
    return question.why and bool(INTENT.search(fold(question.text)))


def purpose_marker(text: str, start: int, opening: bool = False) -> re.Match[str] | None:
    """The word that opens a purpose clause at `start` (以期, 俾, 期…), 為 only where a sentence opens; None
    without one."""
    return PURPOSE.match(text, start) or (PURPOSE_FIRST.match(text, start) if opening else None) or hoping(text, start)


def taking(marker: re.Match[str], body: str) -> bool:
    """Whether a marker's 以 takes an object (以 X 為 Y, "as"; 以「…」等策略 or 以發展…、打造…等科技發展策略, "by means
    of": a list its noun closes), not a purpose ("to")."""
    return marker.group(0).endswith("以") and (bool(re.search("[為为]", body)) or body.lstrip().startswith("「")
                                              or bool(LISTED_MEANS.search(body.strip("，,：:；;。 "))))


def means_phrase(marker: re.Match[str], body: str) -> bool:
    """Whether a bare 以 takes a qualified noun, a noun first and no verb after its last 的/之 (以[科學園區現有完善的
    數位基礎環境]，加速…): the means of the clause after it, not a purpose (以縮減…的距離, 以產生…的科研成果)."""
    folded = fold(body.strip())
    joint = [m for m in MEANS_PHRASE.finditer(folded) if not LOCALIZER.match(folded, m.start())]
    tagged = tagged_words(folded)
    return (marker.group(0).lstrip("並并") == "以" and bool(joint) and bool(tagged)
            and (tagged[0][1].startswith("n") or tagged[0][0] in HAVING)  # 以[具國際競爭力之學研網絡]: a noun still
            and not any(tag in ("v", "vn") for _, tag in tagged_words(folded[joint[-1].end():])))


def hoping(text: str, start: int) -> re.Match[str] | None:
    """期 opening a clause as a word of its own, before a verb: in the hope of (期[提升國內研發水準]), not 期程 or 期間."""
    found = HOPING.match(text, start)
    return found if found and words(fold(text[start:start + HOPING_WINDOW]))[0] == "期" else None


def holds_predicate(question: str, clause: str) -> bool:
    """Whether every word the question asks the reason for (the words after 為什麼) stands in the clause."""
    folded = fold(question)
    why = WHY_WORD.search(folded)
    asked = [word for word in words(folded[why.end():]) if len(word) > 1] if why else []
    return bool(asked) and all(word in fold(clause) for word in asked)
