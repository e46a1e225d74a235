"""Evaluation: metric functions on hand-made cases, the project's gold set, and qa eval end to end."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eval.gold import GoldError, load_gold, select_split, split_of
from eval.metrics import answer_correct, char_f1, first_relevant_rank, ndcg_at_k, percentile, recall_at_k, reciprocal_rank
from qa.cli import app
from qa.text import compact

runner = CliRunner()
GOLD = Path(__file__).resolve().parent.parent / "eval" / "gold" / "most-110.jsonl"
SHARED_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def test_a_hit_at_rank_3_gives_reciprocal_rank_one_third_and_recall_only_from_k_3():
    rank = first_relevant_rank(["甲", "乙", "<p>低軌 衛星</p>發展"], ["低軌衛星"])
    assert rank == 3
    assert reciprocal_rank(rank) == pytest.approx(1 / 3)
    assert [recall_at_k(rank, k) for k in (1, 3, 5)] == [0.0, 1.0, 1.0]
    assert reciprocal_rank(None) == 0.0 and reciprocal_rank(11) == 0.0


def test_ndcg_is_one_for_an_ideal_ranking_and_discounted_below_it():
    assert ndcg_at_k([True, False, False], 1) == 1.0
    assert ndcg_at_k([False, True], 1) == pytest.approx(1 / 1.5849625, rel=1e-6)
    assert ndcg_at_k([False, False], 1) == 0.0


def test_character_f1_scores_a_short_exact_span_above_a_long_sentence_containing_it():
    assert char_f1("創新、包容、永續", ["創新、包容、永續"]) == 1.0
    long = char_f1("政府提出「台灣 2030 科技願景」，並塑立「創新、包容、永續」三大願景", ["創新、包容、永續"])
    assert 0 < long < 0.6
    assert char_f1(None, ["創新"]) == 0.0
    assert char_f1("基礎科學研究計畫", ["臺灣", "基礎科學研究計畫"]) == 1.0


def test_an_answer_is_correct_only_when_not_abstained_short_and_containing_a_gold_answer():
    assert answer_correct("財團法人國家同步輻射研究中心", False, ["國家同步輻射研究中心"])
    assert not answer_correct("財團法人國家同步輻射研究中心", True, ["國家同步輻射研究中心"])
    assert not answer_correct("甲" * 201 + "國家同步輻射研究中心", False, ["國家同步輻射研究中心"])


def test_percentile_interpolates():
    assert percentile([10, 20, 30, 40], 50) == 25 and percentile([5], 95) == 5


def test_gold_set_meets_the_required_counts():
    questions = load_gold(GOLD)
    assert len(questions) >= 150
    assert sum(q.lang == "en" for q in questions) >= 25
    assert sum(q.lang == "zh-Hans" for q in questions) >= 15
    assert sum("paraphrase" in q.tags for q in questions) >= 25
    assert sum(not q.answerable for q in questions) >= 25


def test_every_gold_answer_and_evidence_occurs_verbatim_in_the_corpus(plan):
    document, _ = plan
    text = compact(document.text)
    missing = [(q.id, s) for q in load_gold(GOLD) for s in q.answers + q.evidence if compact(s) not in text]
    assert missing == []


def test_gold_set_covers_every_program_row_and_every_numbered_goal_subsection(plan):
    _, chunks = plan
    evidence = [compact(e) for q in load_gold(GOLD) for e in q.evidence]
    def covered(chunk_filter) -> bool:
        return any(e in compact(c.text) for c in chunks if chunk_filter(c) for e in evidence)
    programs = {c.program for c in chunks if c.kind == "program"}
    assert len(programs) == 29
    assert [p for p in programs if not covered(lambda c, p=p: c.program == p)] == []
    subsections = {tuple(c.section[:3]) for c in chunks
                   if c.section and c.section[0].startswith("壹") and len(c.section) >= 3 and re.match(r"[(（]", c.section[2])}
    assert len(subsections) == 15
    assert [s for s in subsections if not covered(lambda c, s=s: tuple(c.section[:3]) == s)] == []


def test_the_dev_test_split_is_fixed_and_both_halves_hold_every_kind():
    questions = load_gold(GOLD)
    dev, test = select_split(questions, "dev"), select_split(questions, "test")
    assert len(dev) + len(test) == len(questions) and split_of("g001") == split_of("g001")
    for half in (dev, test):
        assert {q.lang for q in half} == {"zh-Hant", "zh-Hans", "en"}
        assert any(not q.answerable for q in half)


@pytest.mark.parametrize("line, message", [
    ('{"id": "x", "question": "q", "lang": "fr", "answerable": true, "answers": ["a"]}', "field 'lang'"),
    ('{"id": "x", "question": "q", "lang": "en", "answerable": true, "answers": []}', "needs at least one entry in 'answers'"),
    ('{"id": "x", "lang": "en", "answerable": false}', "field 'question'"),
    ('not json', "not valid JSON"),
])
def test_a_malformed_gold_file_is_rejected_naming_the_line_and_field(tmp_path, line, message):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "ok", "question": "q", "lang": "en", "answerable": false}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert str(error.value).startswith(f"{path}:2: ") and message in str(error.value)
    result = runner.invoke(app, ["eval", "--gold", str(path)])
    assert result.exit_code == 1 and ":2:" in result.stderr and "Traceback" not in result.output


def test_qa_eval_compare_writes_predictions_metrics_and_report(qa_env, tmp_path):
    out = tmp_path / "ev"
    result = runner.invoke(app, ["eval", "--gold", str(SHARED_DEV), "--out", str(out), "--compare"])
    assert result.exit_code == 0, result.output
    predictions = [json.loads(line) for line in (out / "predictions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(predictions) == 22 and all(p["id"] and len(p["passages"]) >= 10 for p in predictions)
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["modes"]) == {"dense", "lexical", "hybrid"}
    for key in ("recall_at_1", "recall_at_3", "recall_at_5", "recall_at_10", "mrr_at_10", "ndcg_at_10", "answer_accuracy",
                "answer_f1", "abstention", "false_abstention", "latency_p50_ms", "latency_p95_ms", "latency_max_ms"):
        assert metrics["overall"][key] is not None, key
    assert {"zh-Hant", "zh-Hans", "en"} == set(metrics["by_lang"]) and "unanswerable" in metrics["by_tag"]
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html and "Per language" in html and "Per tag" in html
    assert "R@5" in result.stdout


def test_the_gate_fails_when_a_metric_falls_below_its_threshold(qa_env, tmp_path):
    strict = tmp_path / "thresholds.toml"
    strict.write_text("[hybrid]\nrecall_at_5 = 1.01\nmax_false_abstention = 0.5\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(SHARED_DEV), "--out", str(tmp_path / "ev"), "--gate", "--thresholds", str(strict)])
    assert result.exit_code == 1 and "recall_at_5" in result.stderr and "below 1.01" in result.stderr


def test_the_gate_holds_every_form_to_its_own_minimum(qa_env, tmp_path):
    cases = tmp_path / "forms.jsonl"
    cases.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in [
        {"id": "a", "question": "哪個計畫補助低軌衛星的發展？", "lang": "zh-Hant", "tags": ["wh-before"], "answerable": True,
         "answers": ["Beyond 5G 低軌衛星－通訊衛星發展"], "group": "p1"},
        {"id": "b", "question": "補助低軌衛星發展的計畫是哪一個？", "lang": "zh-Hant", "tags": ["wh-after"], "answerable": True,
         "answers": ["不在計畫裡的答案"], "group": "p1"},
    ]), encoding="utf-8")
    limits = tmp_path / "thresholds.toml"
    limits.write_text("[hybrid.every_form]\nanswer_accuracy = 0.9\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "--gold", str(cases), "--out", str(tmp_path / "ev"), "--gate", "--thresholds", str(limits)])
    assert result.exit_code == 1 and "form wh-after answer_accuracy = 0.0" in result.stderr
    assert "form wh-before" not in result.stderr
    assert "wh-after" in result.stdout and "per form" in result.stdout
