"""The behavioural suite (eval/behaviour): generated from the plan, every fact in many forms, and scored per form."""
from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from eval.behaviour.generate import SUITE, generate
from eval.gold import GoldQuestion, load_gold, select_split
from eval.metrics import item_f1, list_correct
from eval.runner import breakdown, correctness, mark_invariance, score


@pytest.fixture(scope="module")
def suite() -> list[GoldQuestion]:
    return load_gold(SUITE)


def test_the_committed_suite_is_what_the_generator_makes_from_the_plan():
    committed = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines()]
    assert committed == generate(), "run `python -m eval.behaviour.generate` after changing the lexicon or templates"


def test_every_fact_is_asked_in_at_least_fourteen_forms_in_both_scripts_and_english(suite):
    forms: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, set[str]] = defaultdict(set)
    for case in suite:
        forms[case.group].add(case.form)
        langs[case.group].add(case.lang)
    facts = [group for group in forms if group[0] in "pacs"]
    assert len(facts) == 29 * 3 + 15
    assert all(len(forms[group]) >= 14 for group in facts)
    assert all(langs[group] == {"zh-Hant", "zh-Hans", "en"} for group in forms)


def test_the_suite_covers_every_form_the_issue_names(suite):
    names = {case.form for case in suite}
    assert {"wh-before", "wh-after", "name-predicate", "request", "topic-comment", "who", "choice", "yes-no",
            "keyword", "en-which", "en-name", "en-looking", "en-who", "en-choice", "en-yes-no"} <= names
    verdicts = Counter(case.verdict for case in suite if case.verdict)
    assert verdicts["yes"] > 0 and verdicts["no"] > 0.25 * sum(verdicts.values())


def test_topics_the_plan_lacks_are_asked_in_several_forms_and_must_be_abstained_on(suite):
    absent = [case for case in suite if case.form == "absent"]
    assert len({case.group for case in absent}) >= 10 and not any(case.answerable for case in absent)
    assert {"wh-before", "yes-no", "en-which", "en-yes-no"} <= {case.tags[1] for case in absent}


def test_no_fact_falls_in_both_halves(suite):
    dev = {case.group for case in select_split(suite, "dev")}
    test = {case.group for case in select_split(suite, "test")}
    assert dev and test and not dev & test


def prediction(answer, verdict=None, items=None, abstained=False):
    return {"answer": answer, "abstained": abstained, "verdict": verdict, "items": items, "passages": [],
            "latency_ms": 1.0}


def test_a_yes_no_case_needs_the_right_verdict_and_a_supporting_span():
    gold = GoldQuestion(id="c1", question="q", lang="zh-Hant", answerable=True, answers=["公共建設"], verdict="no")
    assert correctness(gold, prediction("公共建設", "no"))[0]
    assert not correctness(gold, prediction("公共建設", "yes"))[0]
    assert not correctness(gold, prediction("公共建設"))[0]


def test_a_list_case_needs_every_item_and_nothing_else():
    items = ["新竹科學園區建設計畫", "智慧終端半導體製程與晶片系統研發計畫"]
    assert list_correct(["智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)", "新竹科學園區建設計畫"], items)
    assert not list_correct(["新竹科學園區建設計畫"], items)
    assert not list_correct([*items, "中興園區籌設計畫"], items)
    assert item_f1(["新竹科學園區建設計畫"], items) == pytest.approx(2 / 3)
    gold = GoldQuestion(id="l1", question="q", lang="zh-Hant", answerable=True, answers=items, items=items)
    assert correctness(gold, prediction("、".join(items)))[0]


def test_invariance_is_the_share_of_a_facts_forms_that_give_its_most_common_answer():
    cases = [GoldQuestion(id=f"p1-{n}", question="q", lang="zh-Hant", answerable=True, answers=["甲"], group="p1",
                          tags=[f"form{n}"]) for n in range(4)]
    answers = ["甲計畫", "甲計畫", "甲計畫", None]
    records = [score(case, prediction(a, abstained=a is None), 0) for case, a in zip(cases, answers)]
    mark_invariance(records, cases)
    summary = breakdown(records)
    assert summary["overall"]["invariance"] == 0.75
    assert summary["by_form"]["form3"]["invariance"] == 0.0 and summary["by_form"]["form0"]["answer_accuracy"] == 1.0
