"""Follow-up questions on the real plan: pronouns, demonstratives, ellipsis, ordinals and subjectless questions are
answered about the previous turn's subject; a question naming its own subject ignores the history; an ambiguous
reference is asked back; the API, `qa ask --chat` and the dialogue evaluation carry the conversation."""
from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api.app import create_app
from qa.config import Settings
from qa.conversation import Kind, Turn, find_reference

BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"
NARLABS = "財團法人國家實驗研究院"
ZHONGXING_ITEMS = ["辦理投資引進、產學研發、工商服務、環安及設施維護等業務", "辦理園區公共設施加強工程"]
NARLABS_PROGRAMS = ["基礎科學研究計畫－國家實驗研究院", "下世代太空科技發展延續推動計畫", BEYOND_5G]


def converse(pipeline, *questions: str):
    """Ask questions in turn, each with the earlier turns as history (as the widget sends them)."""
    history: list[Turn] = []
    answers = []
    for question in questions:
        answer = pipeline.ask(question, history=history)
        answers.append(answer)
        history.append(Turn(question, answer.answer, tuple(c.chunk_id for c in answer.citations)))
    return answers


@pytest.mark.parametrize("question, kind", [
    ("它屬於哪一類計畫？", Kind.pronoun), ("該計畫由誰負責？", Kind.pronoun), ("這個單位還負責哪些計畫？", Kind.pronoun),
    ("Which agency runs it?", Kind.pronoun), ("What is its category?", Kind.pronoun),
    ("那執行單位呢？", Kind.ellipsis), ("And the category?", Kind.ellipsis), ("第二個屬於哪一類？", Kind.ordinal),
    ("What category is the first one?", Kind.ordinal), ("由哪個單位執行？", Kind.subjectless),
    ("它的第一項工作是什麼？", Kind.pronoun),  # 第一項工作 is an item of its own, not the first subject listed
    ("Which category?", Kind.subjectless),
])
def test_a_question_leaning_on_the_conversation_is_recognised_by_its_form(question, kind):
    assert find_reference(question)[0] is kind


@pytest.mark.parametrize("question", ["哪個計畫補助低軌衛星的發展？", "中興園區籌設計畫屬於哪一類？", "第三期國家太空科技發展長程計畫是什麼？",
                                      "Which agency runs the Hsinchu Science Park construction program?", "其中哪些計畫與 AI 有關？"])
def test_a_question_that_names_its_own_subject_has_no_reference(question):
    assert find_reference(question) is None


def test_a_pronoun_and_an_ellipsis_follow_the_row_of_the_first_answer(pipeline):
    first, category, agency = converse(pipeline, "哪個計畫補助低軌衛星的發展？", "它屬於哪一類計畫？", "那執行單位呢？")
    assert first.answer == BEYOND_5G and first.interpreted_as is None
    assert category.answer == "科技發展" and category.interpreted_as == f"{BEYOND_5G}屬於哪一類計畫？"
    assert {c.section[-1] for c in category.citations} == {BEYOND_5G}
    assert agency.answer == NARLABS and agency.interpreted_as == f"{BEYOND_5G}由哪個執行單位負責？"
    assert category.question == "它屬於哪一類計畫？" and category.signals["follow_up"] == "pronoun"


def test_a_question_without_a_subject_is_asked_about_the_previous_one(pipeline):
    _, agency = converse(pipeline, "哪個計畫補助低軌衛星的發展？", "由哪個單位執行？")
    assert agency.answer == NARLABS and not agency.abstained


def test_english_follow_ups_keep_the_english_frame_around_the_plans_name(pipeline):
    _, agency, category, goal = converse(pipeline, "Which program develops low-orbit communication satellites?",
                                         "Which agency runs it?", "And the category?", "What is its goal?")
    assert agency.answer == NARLABS and agency.interpreted_as == f"Which agency runs {BEYOND_5G}?"
    assert category.answer == "科技發展" and category.lang == "en"
    assert goal.interpreted_as == f"What is the goal of {BEYOND_5G}?" and "低軌通訊衛星" in goal.answer


def test_it_after_a_list_is_asked_back_with_the_candidates_and_the_reply_picks_one(pipeline):
    listed, ambiguous, chosen = converse(pipeline, "國家實驗研究院負責哪些計畫？", "它屬於哪一類？", "下世代太空科技發展延續推動計畫")
    assert listed.items == NARLABS_PROGRAMS
    assert ambiguous.clarify == NARLABS_PROGRAMS and ambiguous.answer is None and ambiguous.reason is None
    assert "哪一個" in ambiguous.message and len(ambiguous.citations) == 3
    assert chosen.answer == "科技發展" and chosen.interpreted_as == "下世代太空科技發展延續推動計畫屬於哪一類？"


def test_an_ordinal_picks_from_the_latest_list_and_an_ellipsis_repeats_the_question_for_another(pipeline):
    _, second, third = converse(pipeline, "南部科學園區管理局有哪些計畫？", "第一個計畫屬於哪一類？", "那第二個呢？")
    assert second.answer == "公共建設" and second.interpreted_as == "南部科學園區建設計畫屬於哪一類？"
    assert third.answer == "科技發展" and third.interpreted_as == "醫療器材產業加速新創與躍升國際推動計畫屬於哪一類？"


def test_an_ordinal_past_the_end_of_the_list_is_asked_back(pipeline):
    _, beyond = converse(pipeline, "中部科學園區管理局負責哪些計畫？", "第五個屬於哪一類？")
    assert beyond.clarify == ["中部科學園區建設計畫", "中興園區籌設計畫"] and beyond.abstained


def test_it_means_the_agency_when_the_follow_up_asks_for_its_programs(pipeline):
    _, programs, public = converse(pipeline, "中興園區籌設計畫由哪個單位負責？", "它還負責哪些計畫？",
                                   "這個單位負責的公共建設計畫是哪一個？")
    assert programs.items == ["中部科學園區建設計畫", "中興園區籌設計畫"]
    assert public.interpreted_as.startswith("中部科學園區管理局") and public.answer == "中部科學園區建設計畫"


def test_a_topic_shift_ignores_the_history(pipeline):
    _, shifted = converse(pipeline, "哪個計畫補助低軌衛星的發展？", "中興園區籌設計畫由哪個單位負責？")
    assert shifted.interpreted_as is None and shifted.answer == "中部科學園區管理局"


def test_an_ellipsis_with_a_new_topic_asks_the_previous_question_about_it(pipeline):
    _, shifted = converse(pipeline, "哪個計畫補助低軌衛星的發展？", "那半導體呢？")
    assert shifted.interpreted_as == "哪個計畫補助半導體的發展？"
    assert shifted.answer == "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)"


def test_a_pronoun_after_a_prose_answer_means_what_the_answer_named(pipeline):
    _, strategy = converse(pipeline, "科技部在計畫審議中導入了什麼管理概念？", "它被用在哪一項施政策略裡？")
    assert "OKR" in strategy.interpreted_as and strategy.answer == "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"


def test_a_simplified_follow_up_is_interpreted_in_simplified(pipeline):
    _, category = converse(pipeline, "哪个计划要发展低轨通信卫星？", "它属于哪一类？")
    assert category.interpreted_as == "Beyond 5G 低轨卫星－通讯卫星发展属于哪一类？" and category.answer == "科技發展"


def test_history_whose_chunk_ids_this_index_lacks_is_read_by_its_answer(pipeline):
    history = [Turn("哪個計畫補助低軌衛星的發展？", BEYOND_5G, ("not-a-chunk-of-this-index",))]
    assert pipeline.ask("它屬於哪一類？", history=history).interpreted_as == f"{BEYOND_5G}屬於哪一類？"


def test_only_the_latest_configured_turns_are_read(pipeline, built_index):
    from qa.pipeline import Pipeline

    forgetful = Pipeline(pipeline.index, pipeline.embedder, Settings(index_dir=built_index, max_history_turns=0))
    history = [Turn("哪個計畫補助低軌衛星的發展？", BEYOND_5G, ())]
    assert forgetful.ask("它屬於哪一類？", history=history).interpreted_as is None


@pytest.fixture(scope="module")
def client(built_index):
    with TestClient(create_app(Settings(index_dir=built_index))) as test_client:
        yield test_client


def test_the_api_takes_history_and_returns_interpreted_as_and_clarify(client):
    first = client.post("/v1/ask", json={"question": "國家實驗研究院負責哪些計畫？"}).json()
    assert first["interpreted_as"] is None and first["clarify"] is None
    turn = {"question": first["question"], "answer": first["answer"], "chunk_ids": [c["chunk_id"] for c in first["citations"]]}
    ambiguous = client.post("/v1/ask", json={"question": "它由哪個單位負責？", "history": [turn]}).json()
    assert ambiguous["clarify"] == NARLABS_PROGRAMS and ambiguous["abstained"] and ambiguous["answer"] is None
    ordinal = client.post("/v1/ask", json={"question": "第三個由哪個單位負責？", "history": [turn]}).json()
    assert ordinal["answer"] == NARLABS and ordinal["interpreted_as"] == f"{BEYOND_5G}由哪個單位負責？"


@pytest.mark.parametrize("history, field", [
    ([{"answer": "x", "chunk_ids": []}], "history.0.question"),
    ([{"question": "q", "chunk_ids": "abc"}], "history.0.chunk_ids"),
    ("not a list", "history"),
    ([{"question": "\ud800", "chunk_ids": []}], "history.0.question"),
])
def test_malformed_history_gets_422_naming_the_field(client, history, field):
    body = json.dumps({"question": "它屬於哪一類？", "history": history})  # \ud800 stays escaped, as a client sends it
    response = client.post("/v1/ask", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert field in json.dumps(response.json(), ensure_ascii=False)


def test_qa_ask_chat_keeps_the_history_line_by_line(qa_env):
    from qa.cli import app

    result = CliRunner().invoke(app, ["ask", "--chat", "--json"],
                                input="哪個計畫補助低軌衛星的發展？\n它屬於哪一類計畫？\nnew\n它屬於哪一類計畫？\n")
    assert result.exit_code == 0, result.output
    answers = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [a["answer"] for a in answers[:2]] == [BEYOND_5G, "科技發展"]
    assert answers[1]["interpreted_as"] == f"{BEYOND_5G}屬於哪一類計畫？"
    assert answers[2]["interpreted_as"] is None


def test_the_dialogue_evaluation_scores_turns_and_follow_up_kinds(qa_env, tmp_path):
    from qa.cli import app

    dialogues = tmp_path / "dialogues.jsonl"
    dialogues.write_text(json.dumps({"id": "d1", "lang": "zh-Hant", "turns": [
        {"question": "哪個計畫補助低軌衛星的發展？", "kind": "first", "answers": [BEYOND_5G]},
        {"question": "它屬於哪一類計畫？", "kind": "pronoun", "answers": ["科技發展"]},
        {"question": "由哪個單位執行？", "kind": "subjectless", "answers": ["公共建設"]}]}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["eval", "--dialogues", str(dialogues), "--out", str(out)])
    assert result.exit_code == 0, result.output
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["dialogues"]
    assert metrics["overall"]["follow_up_accuracy"] == 0.5 and metrics["overall"]["first_turn_accuracy"] == 1.0
    assert metrics["by_form"]["pronoun"]["turn_accuracy"] == 1.0 and metrics["by_form"]["subjectless"]["turn_accuracy"] == 0.0
    assert "由哪個單位執行？" in (out / "report.html").read_text(encoding="utf-8")


def test_a_dialogue_file_with_a_clarify_turn_lacking_candidates_is_refused_naming_the_line(qa_env, tmp_path):
    from qa.cli import app

    dialogues = tmp_path / "bad.jsonl"
    dialogues.write_text(json.dumps({"id": "d1", "lang": "en", "turns": [{"question": "it?", "kind": "clarify"}]}) + "\n",
                         encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "--dialogues", str(dialogues)])
    assert result.exit_code == 1 and "bad.jsonl:1" in result.output and "clarify" in result.output


def test_a_claim_without_a_subject_is_checked_against_the_previous_subject(pipeline):
    _, claim = converse(pipeline, "哪個計畫要培育生醫商品化人才？", "是公共建設類的嗎？")
    assert claim.interpreted_as == "生醫產業商品化人才培育計畫是公共建設類的嗎？"
    assert claim.verdict == "no" and claim.answer == "科技發展"


def test_it_after_an_agency_answer_still_means_the_program_in_a_yes_no_question(pipeline):
    _, claim = converse(pipeline, "Who runs the semiconductor moonshot program?", "Is it a public construction program?")
    assert claim.interpreted_as.startswith("Is 智慧終端半導體製程與晶片系統研發計畫")
    assert claim.verdict == "no"


def test_an_english_phrasal_verb_takes_the_name_after_its_particle(pipeline):
    _, agency = converse(pipeline, "Which program builds beamlines at the Taiwan Photon Source?",
                         "Which organization carries it out?")
    assert agency.interpreted_as == "Which organization carries out 台灣光子源光束線實驗設施建置計畫－第三期?"
    assert agency.answer == "財團法人國家同步輻射研究中心"


def test_a_choice_without_a_subject_is_asked_about_the_previous_one(pipeline):
    _, choice = converse(pipeline, "中興園區籌設計畫由哪個單位負責？", "是科技發展類還是公共建設類？")
    assert choice.interpreted_as == "中興園區籌設計畫是科技發展類還是公共建設類？" and choice.answer == "公共建設"


def test_follow_ups_about_what_a_program_does_and_its_items_read_its_row(pipeline):
    _, does, first = converse(pipeline, "中興園區籌設計畫由哪個單位負責？", "這個計畫在做什麼？", "它的第一項工作是什麼？")
    assert does.interpreted_as == "中興園區籌設計畫在做什麼？" and does.items == ZHONGXING_ITEMS
    assert first.answer == ZHONGXING_ITEMS[0] and first.signals["answered_by"] == "row items"
    _, english, task = converse(pipeline, "Which program builds the Zhongxing park's public facilities?",
                                "What does it do?", "What is its first task?")
    assert english.items == ZHONGXING_ITEMS and task.answer == ZHONGXING_ITEMS[0]  # its Chinese name, in English
