"""Romanised Chinese names in English questions (Erlin, Chung Hsing, Zhongxing) found in the plan's own text."""
from __future__ import annotations

import pytest

from qa.crosslingual import Glossary
from qa.romanisation import Romanised, readings, romanised_runs
from qa.text import fold


@pytest.fixture(scope="module")
def romanised(plan) -> Romanised:
    document, _ = plan
    return Romanised(fold(document.text))


def test_a_character_is_read_in_hanyu_pinyin_and_in_wade_giles_without_tones_or_apostrophes():
    assert {"zhong", "chung"} <= readings("中")
    assert {"tong", "tung"} <= readings("銅")


@pytest.mark.parametrize("written, name", [("Erlin", "二林"), ("Zhongxing", "中兴"), ("ChungHsing", "中兴"),
                                           ("Tongluo", "铜锣"), ("Houli", "后里")])
def test_a_place_of_the_plan_is_found_by_either_romanisation(romanised, written, name):
    assert romanised.names(written)[0] == name


@pytest.mark.parametrize("written, name", [("Taiping", "太平"), ("Dongsha", "东沙")])
def test_a_name_the_plan_writes_with_its_place_word_is_found_without_it(romanised, written, name):
    assert romanised.names(written)[0] == name  # 太平島, 東沙群島: the name ends where the place word begins


def test_facilities_on_islands_named_in_pinyin_are_found_in_the_sentence_that_names_them(pipeline):
    answer = pipeline.ask("What facilities are being set up on Taiping Island and Dongsha?")
    assert "國際科學研究設施" in answer.answer


def test_a_spelling_that_only_crosses_the_plans_words_names_nothing(romanised):
    # chu-nan / chun-an: 竹南 is not in the plan, and 准廠 only stands across 核准|廠商
    assert romanised.names("Chunan") == []


def test_only_capitalised_words_the_glossary_does_not_know_are_taken_for_romanised_names():
    known = {"does", "the", "plan", "fund", "park", "taiwan", "who", "is", "in", "charge", "of"}.__contains__
    assert romanised_runs("Does the plan fund the Erlin park?", known) == [["Erlin"]]
    assert romanised_runs("Who is in charge of the Chung Hsing park?", known) == [["Chung", "Hsing"]]
    assert romanised_runs("Who is in charge of the Chung-hsing park?", known) == [["Chung", "hsing"]]
    assert romanised_runs("Does Taiwan's NARLabs fund it?", known) == []


def test_an_english_question_is_translated_with_the_names_it_romanises(pipeline):
    glossary: Glossary = pipeline.index.glossary
    assert glossary.translate("Which program pays for construction in Erlin?")[0] == "二林"
    assert glossary.romanised_stems("Who runs the Chung Hsing park?") == {"chung": ["中兴"], "hsing": ["中兴"]}
    assert glossary.romanised_stems("Is there a science park in Taitung?") == {}  # a place, not tai-tung 帶動


@pytest.mark.parametrize("question, answer", [
    ("Which bureau manages the Zhongxing park preparation?", "中部科學園區管理局"),
    ("What category is the Chung-hsing park program?", "公共建設"),
    ("Which program pays for construction in Erlin?", "中部科學園區建設計畫"),
])
def test_a_program_named_by_a_romanised_place_is_answered_from_its_row(pipeline, question, answer):
    result = pipeline.ask(question)
    assert not result.abstained and result.answer == answer


def test_a_romanised_name_that_one_program_name_holds_names_that_program_whatever_else_the_subject_says(pipeline):
    result = pipeline.ask("Which science park bureau runs the Chung Hsing park program?")  # science park: 新竹科學園區…
    assert result.answer == "中部科學園區管理局"  # 中興 is in one name only: 中興園區籌設計畫


def test_a_word_the_dictionary_names_as_a_place_is_romanised_only_where_the_plan_writes_that_place(pipeline):
    glossary: Glossary = pipeline.index.glossary
    assert glossary.romanised_stems("Besides Taiping Island, where are the facilities?") == {"taip": ["太平"]}
    assert glossary.romanised_stems("Is there a science park in Taitung?") == {}  # 台東 unwritten: no 帶動
