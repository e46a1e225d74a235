"""Why a question is not answered, said in the question's language together with what the documents do cover."""
from __future__ import annotations

from enum import Enum

from qa.question import Expects
from qa.question.premise import Scope, Unsupported, covered, in_script


class Reason(str, Enum):
    """The machine-readable `reason` of an abstention (Answer JSON)."""

    not_in_plan = "not_in_plan"
    false_premise = "false_premise"
    missing_fact = "missing_fact"
    off_topic = "off_topic"


FACTS = {
    Expects.amount: ("金額", "an amount"),
    Expects.count: ("數量", "a number"),
    Expects.date: ("日期或時間", "a date or time"),
    Expects.period: ("期間", "a period"),
    Expects.person: ("人名", "a person's name"),
}


def message(reason: Reason, lang: str, scope: Scope, expects: Expects = Expects.anything,
            unsupported: Unsupported | None = None, absent: list[str] | None = None) -> str:
    """The sentence shown instead of an answer; for a topic the documents lack, the words of it they do not mention."""
    if reason is Reason.false_premise and unsupported is not None:
        return unsupported.message(lang, scope)
    if reason is Reason.not_in_plan and absent and lang != "en":
        return in_script(f"{covered('zh-Hant', scope)}，未提及{'、'.join(absent)}。", lang)
    if reason is Reason.not_in_plan and absent:
        return f"The plan does not mention {' or '.join(absent)}. {covered(lang, scope)}."
    zh_fact, en_fact = FACTS.get(expects, ("這項資訊", "that information"))
    if lang == "en":
        return {
            Reason.not_in_plan: f"The plan does not say. {covered(lang, scope)}; no passage of it answers this "
                                f"question.",
            Reason.missing_fact: f"{covered(lang, scope)}; it covers this topic but does not give {en_fact}.",
            Reason.off_topic: f"This question is not about the documents. {covered(lang, scope)}; "
                              f"please ask about what it contains.",
            Reason.false_premise: f"{covered(lang, scope)}; it does not support what the question assumes.",
        }[reason]
    text = {
        Reason.not_in_plan: f"{covered('zh-Hant', scope)}，其中沒有足以回答這個問題的內容。",
        Reason.missing_fact: f"{covered('zh-Hant', scope)}；計畫談到這個主題，但沒有寫出{zh_fact}。",
        Reason.off_topic: f"這個問題與文件內容無關。{covered('zh-Hant', scope)}，請詢問與其內容有關的問題。",
        Reason.false_premise: f"{covered('zh-Hant', scope)}，不支持問題所假設的內容。",
    }[reason]
    return in_script(text, lang)


def clarification(lang: str, candidates: list[str]) -> str:
    """The question asked back when a reference could mean several subjects."""
    if lang == "en":
        return "Which one do you mean? " + "; ".join(f"({n}) {c}" for n, c in enumerate(candidates, 1))
    return in_script("請問您指的是哪一個？" + "；".join(f"（{n}）{c}" for n, c in enumerate(candidates, 1)), lang)
