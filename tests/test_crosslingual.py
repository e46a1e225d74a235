"""The English→Chinese glossary: only the corpus's own terms, names from long glosses, graceful without a dictionary."""
from __future__ import annotations

import logging

import pytest

from qa import crosslingual
from qa.crosslingual import Glossary, build_glossary, english_stems, gloss_text
from qa.text import fold

ROWS = [
    "推動 Beyond 5G 低軌衛星－通訊衛星發展，建置衛星地面站。",
    "用以獎勵研究優秀科學技術人才。",
    "辦理新竹園區擴建工程。",
]


def test_english_stems_drop_question_words_and_split_hyphenated_compounds():
    assert english_stems("Which program rewards outstanding researchers?") == ["reward", "outstand", "research"]
    assert english_stems("What early-warning systems are there?") == ["earli", "warn", "system"]


def test_a_hyphenated_compound_is_translated_by_the_gloss_of_its_parts():
    glossary = build_glossary(["建立颱風預警系統。", "推動長期照顧服務。"])
    assert "预警" in glossary.translate("early-warning systems")  # 預警: early warning
    assert "长期" in glossary.translate("long-term care")  # 長期: long-term, a gloss stemmed as two words


def test_english_stems_keep_terms_that_start_with_a_digit_but_not_bare_numbers():
    assert english_stems("Does the plan cover 6G or 3D in 2021?") == ["cover", "6g", "3d"]


def test_a_glossary_translates_into_terms_of_its_own_corpus_only():
    glossary = build_glossary(ROWS)
    assert {"卫星", "奖励"} <= set(glossary.translate("satellites that reward"))
    assert glossary.translate("rocket launch") == []
    folded_rows = "".join(fold(row) for row in ROWS)
    assert all(term in folded_rows for terms in glossary.words.values() for term in terms)


def test_a_british_spelling_or_a_derived_word_is_translated_by_the_word_the_dictionary_glosses():
    glossary = build_glossary(["推動減少產業活動對環境的衝擊，強化研究中心與產業之鏈結，推動商業化。"])
    for british_or_derived, term in [("reduction", "减少"), ("environmental", "环境"), ("centre", "中心"),
                                     ("linkage", "链结"), ("commercialisation", "商业化")]:
        assert term in glossary.translate(british_or_derived), british_or_derived
    assert glossary.translate("startup") == []  # no suffix of its own: never read as 'start'


def test_an_es_plural_the_stemmer_keeps_an_e_of_is_translated_by_its_singular():
    glossary = build_glossary(["補助客運業者汰換老舊大客車 800 輛。"])
    assert glossary.translate("buses") == glossary.translate("bus") != []


def test_a_comparative_or_superlative_is_translated_by_its_plain_adjective():
    glossary = build_glossary(["實現園區智慧化服務，建立更廣泛的合作與緊密的夥伴關係。"])
    for compared, plain in [("smarter", "smart"), ("wider", "wide"), ("closest", "close")]:
        assert glossary.translate(compared) == glossary.translate(plain) != [], compared


def test_taiwan_policy_words_the_dictionary_glosses_otherwise_are_found_by_their_english_names():
    glossary = build_glossary(["完善計畫審議機制，突破摩爾定律持續微縮的挑戰。"])
    assert "审议" in glossary.translate("review") and "微缩" in glossary.translate("scaling")
    assert "面向" in build_glossary(["朝五大面向並進。"]).translate("dimensions")  # the dictionary's 'to face'


def test_a_word_no_longer_term_glosses_is_translated_by_the_noun_whose_first_sense_it_is():
    glossary = build_glossary(["重點發展腦科技研發與腦秘密之探索。", "往北部發展。"])
    assert "脑" in glossary.translate("brain")  # 腦, a noun of the corpus, is 'brain' before anything else
    assert glossary.translate("defeat") == []  # 北 is 'north' first; 'to be defeated' is not what it means here


def test_a_hyphenated_compound_is_also_translated_as_the_word_it_joins_into():
    glossary = build_glossary(["扶植早期科研新創團隊。"])
    assert "新创" in glossary.translate("start-ups")  # startup, which 'start' and 'ups' alone are not


def test_a_phrase_gloss_is_found_with_a_british_spelling_of_its_words():
    assert "科普" in build_glossary(["推動科普活動。"]).translate("science popularisation")


def test_a_two_word_gloss_is_found_in_either_order():
    glossary = build_glossary(["推動科普活動。"])
    assert "科普" in glossary.translate("science popularization")  # the gloss of 科普 is 'popular science'


def test_a_glossary_knows_the_taiwan_words_for_dictionary_words_worded_the_mainland_way():
    glossary = build_glossary(["發展智慧防災與軟硬體整合。", "研發感測元件與積體電路。"])
    assert "智慧" in glossary.translate("smart disaster prevention")  # the dictionary's 智能, s2twp 智慧
    assert "积体电路" in glossary.translate("integrated circuit")  # 集成电路
    assert "感测" in glossary.translate("sensing")  # 传感


def test_taiwan_policy_words_the_dictionary_lacks_are_glossed_from_the_taiwan_glosses():
    glossary = build_glossary(["配合政府新南向政策。", "COVID-19 疫情蔓延。", "因應高齡化社會。"])
    assert "新南向" in glossary.translate("New Southbound")  # not only 新生, 新型 for 'new'
    assert "疫情" in glossary.translate("pandemic")
    assert "高龄化" in glossary.translate("aging")
    glossary = build_glossary(["推動大眾科學教育。", "提升民眾對科學的興趣。"])
    assert {"大众", "民众"} <= set(glossary.translate("the public"))  # not only 公共 (public facilities)
    assert "绿能" in build_glossary(["建構綠能科技新創生態系。"]).translate("green energy")  # not 綠色, 綠地
    glossary = build_glossary(["另協助廠商布建海外行銷通路。", "海洋研究船之建造。", "研製衛星星系。"])
    assert "行销通路" in glossary.translate("overseas sales channels")
    assert "研究船" in glossary.translate("research vessels")
    assert "卫星星系" in glossary.translate("satellite constellations")
    assert "卫星星系" not in glossary.translate("satellites")  # a sense glossed by its own word, not by 'satellite'
    glossary = build_glossary(["以協助產業聚落升級。", "發揮群聚效應。"])
    assert {"聚落", "群聚"} <= set(glossary.translate("clusters"))  # the dictionary has only settlement, gather
    glossary = build_glossary(["培育具國際學術聲望團隊。", "社會潛在需求。"])
    assert "培育" in glossary.translate("cultivate") and "需求" in glossary.translate("needs")  # not only train, demand
    assert "构思" in build_glossary(["構思多元永續農業經營調適模式。"]).translate("devise")  # not only design, plot
    glossary = build_glossary(["為減少極端氣候造成之農損。", "完善生醫生態體系。"])
    assert "农损" in glossary.translate("losses") and "生态体系" in glossary.translate("ecosystem")  # 損失 unwritten
    glossary = build_glossary(["持續追蹤團隊成長情形。", "打造國際人才匯流中心。"])
    assert "追踪" in glossary.translate("track") and "汇流中心" in glossary.translate("hub")  # 樞紐 unwritten
    glossary = build_glossary(["價購新竹生物醫學園區第二生技大樓。"])
    assert "价购" in glossary.translate("purchase")
    assert "价购" not in glossary.translate("buy")  # a shopper's word: What is the best phone to buy? stays off topic
    glossary = build_glossary(["汰換與購置各項教學設備。", "縮減科學與社會的距離。", "串聯國際姊妹園區。", "布建海外行銷通路。",
                               "提升科研能量。"])
    assert {"购置", "缩减", "串联", "布建", "能量"} <= set(glossary.translate("buy shrink link deploy capacity"))
    glossary = build_glossary(["量子科技的先期布局。", "尋找解決方案。"])
    assert {"先期", "布局", "解决方案"} <= set(glossary.translate("early deployment solutions"))
    glossary = build_glossary(["維運國家級實驗設施。", "臨床資料庫包含病患基本資料。"])
    assert {"维运", "包含"} <= set(glossary.translate("maintain hold"))
    assert "参酌" in build_glossary(["本計畫參酌 OECD 定義。"]).translate("refer to")
    glossary = build_glossary(["促進我國智慧醫療產業之發展。"])
    assert "医疗" in glossary.translate("healthcare") and glossary.translate("care") == []  # not 'medical care'

    assert build_glossary(["將國內產學研能量鏈結國際。"]).translate("industry-academia-research")[0] == "产学研"
    glossary = build_glossary(["推動創新創業。", "新創公司。"])
    assert "创业" in glossary.translate("help researchers start their own companies")  # the phrase, past stopwords
    assert glossary.translate("companies")[0] == "公司"  # the word's own gloss before a phrase's headword
    glossary = build_glossary(["山坡地農業。", "保警服務大樓。", "合成孔徑雷達衛星。"])
    assert {"山坡地", "保警", "孔径"} <= set(glossary.translate("slopeland security police aperture"))


def test_an_abbreviation_is_glossed_as_its_full_form_is():
    glossary = build_glossary(["擴大與東協國家的科技與人才交流。"])
    assert "东协" in glossary.translate("ASEAN countries")  # 東協: abbr. for 東南亞國協, ASEAN (Tw)
    assert "abbr" not in glossary.translate("abbr")  # the abbreviation's note is no gloss


def test_latin_words_the_corpus_uses_pass_through_untranslated():
    glossary = build_glossary([*ROWS, "導入 OKR 管理概念"])
    assert glossary.translate("What is the goal of the Beyond 5G program?")[:2] == ["beyond", "5g"]
    assert "okr" in glossary.translate("Why OKR?") and "what" not in glossary.translate("What is OKR?")
    assert "okr" in glossary.translate("what is okr")  # no English word: any case is the corpus's


def test_a_latin_word_of_the_corpus_that_is_an_english_word_too_is_its_own_only_when_capitalised():
    glossary = build_glossary(["另 SPARK 計畫提供訓練課程。", "激發全民對科學的興趣。"])
    assert glossary.cased == {"spark"}
    assert "spark" in glossary.translate("What does the SPARK program provide?")
    assert "spark" not in glossary.translate("What does the ministry want to spark in everyone?")
    assert "激发" in glossary.translate("spark")  # the verb, from the Taiwan glosses


def test_a_question_that_uses_a_corpus_acronym_as_an_english_verb_is_answered_by_the_verb(pipeline):
    answer = pipeline.ask("What does the ministry want to spark in everyone?")
    assert answer.answer == "全民對科學的興趣"  # 激發[全民對科學的興趣], not the SPARK program's training courses


def test_place_names_come_from_long_glosses_of_names():
    assert "新竹" in build_glossary(ROWS).translate("Hsinchu")


def test_a_glossary_knows_the_words_its_corpus_writes_and_those_it_says_in_its_own_words():
    glossary = build_glossary(["推動腦科技研究，探索腦的奧秘。", "補助大專校院延攬優秀學者。", "推動科學教育。"])
    assert {"脑", "科技", "补助", "学者"} <= glossary.vocabulary
    assert glossary.paraphrases("资助") and glossary.paraphrases("补贴")  # 'subsidize', 'subsidy': 補助
    assert glossary.paraphrases("大脑")  # 'brain': 腦, one of its own characters, is a word of the corpus
    assert not glossary.paraphrases("电池") and not glossary.paraphrases("疫苗")
    assert not glossary.paraphrases("学者")  # written, not paraphrased
    assert glossary.paraphrases("脑科学") and not glossary.paraphrases("科脑")  # 腦 and 科學 are both its words


def test_a_compound_of_a_written_word_and_one_said_in_other_words_is_said_too():
    glossary = build_glossary(["提升實驗高中的教學品質。", "研發晶片系統，興建廠房，擴建廠。"])
    assert glossary.paraphrases("质量") and glossary.paraphrases("教学质量")  # 教學 written, 質量 'quality': 品質
    assert not glossary.paraphrases("晶圆厂")  # a part of one character beside a word said loosely (晶圓 by 晶片)


def test_a_glossary_survives_a_round_trip_through_json():
    glossary = build_glossary(ROWS)
    restored = Glossary.from_dict(glossary.to_dict())
    assert restored.translate("satellite") == glossary.translate("satellite")
    assert (restored.vocabulary, restored.paraphrased) == (glossary.vocabulary, glossary.paraphrased)
    assert restored.cased == glossary.cased


def test_without_the_dictionary_the_glossary_has_only_the_taiwan_words_and_a_warning_says_why(monkeypatch, caplog):
    crosslingual._dictionary.cache_clear()
    crosslingual.word_glosses.cache_clear()
    monkeypatch.setattr(crosslingual, "DICTIONARY", "missing.txt")
    with caplog.at_level(logging.WARNING):
        glossary = build_glossary(ROWS)
        glossed = gloss_text(ROWS[0])
    crosslingual._dictionary.cache_clear()
    crosslingual.word_glosses.cache_clear()
    taiwan = {stem for _, stems in crosslingual.taiwan_glosses() for stem in stems}
    assert set(glossary.words) <= taiwan and glossary.translate("low orbit") == ["低轨"]  # the rows' 低軌
    assert glossary.translate("satellite") == [] and "satellit" not in glossed.split()
    assert "English questions will be matched by embeddings only" in caplog.text


def test_a_passage_read_in_english_carries_the_glosses_of_its_words_and_its_latin_words():
    glossed = gloss_text("為發展短時程及高效能之低軌通訊衛星，驗證臺灣自主發展的通訊酬載與地面通訊設備；腦科技 AI")
    assert {"satellit", "communic", "payload", "brain", "ai"} <= set(glossed.split())


def test_meant_frames_a_claim_and_is_not_read_as_the_means_of_it(pipeline):
    assert english_stems("Is the program meant to develop smart healthcare?") == ["develop", "smart", "healthcar"]
    answer = pipeline.ask("Is the clinical database program meant to develop the smart healthcare industry?")
    assert (answer.verdict, answer.answer) == ("yes", "促進我國智慧醫療產業之發展")  # had been 透過…之產業界: 'meant' as 透過


def test_mention_frames_a_question_about_the_plan_and_is_not_translated(pipeline):
    assert english_stems("Does the plan mention climate change?") == ["climat", "chang"]  # not 上述 'above-mentioned'
    answer = pipeline.ask("Does the plan mention climate change?")
    assert answer.verdict == "yes" and "氣候變遷" in answer.answer  # had been 為回應上述挑戰, the intro's 上述


def test_a_western_year_is_read_as_the_roc_year_taiwans_plans_write(pipeline):
    glossary = build_glossary(["擬定國家科學技術發展計畫（110 年至 113 年）"])
    assert glossary.translate("from 2021 to 2024")[:2] == ["110", "113"]  # 1911 years after: 民國 110 年 is 2021
    answer = pipeline.ask("Which plan will the ministry draw up for 2021 to 2024?")  # a plan the prose names
    assert answer.answer == "國家科學技術發展計畫"  # after the verb the question's translates into: 擬定[…]


def test_raise_reaches_the_plans_tisheng(pipeline):
    answer = pipeline.ask("What does the ministry want to raise among domestic academics through international "
                          "cooperation?")
    assert answer.answer == "國內學界國際觀"  # 提升[國內學界國際觀]; among is a preposition, raise the verb


def test_a_phd_is_the_plans_phd_level_talent(pipeline):
    assert build_glossary(["提供博士級人才實務訓練"]).translate("PhDs") == ["博士级"]  # CC-CEDICT writes only Ph.D.
    answer = pipeline.ask("I'm a PhD graduate; does the ministry help PhDs move into industry?")
    assert (answer.verdict, answer.answer) == ("yes", "導引博士級人才及科研成果投入產業")  # was the program of 產業化


def test_taiwan_policy_words_the_dictionary_lacks_are_translated_where_the_plan_writes_them():
    glossary = build_glossary(["推動社會發展，扶植科研新創團隊，鬆綁法規。"])
    assert "社会" in glossary.translate("social")  # CC-CEDICT has only 'society' for 社會
    assert glossary.translate("startups") == ["新创"] and glossary.translate("loosen") == ["松绑"]
    assert glossary.translate("fintech") == []  # 金融科技 is glossed, but this plan never writes it
    assert build_glossary(["突破摩爾定律持續微縮的挑戰"]).translate("Moore's law")[0] == "摩尔定律"  # the phrase first
    assert build_glossary(["發展微創手術醫材"]).translate("surgical") == ["手术"]  # CC-CEDICT brackets its '(surgical)'


@pytest.mark.parametrize("question, expected", [
    ("What will the experimental high school buy?", "各項教學設備"),  # 汰換與購置[各項教學設備]
    ("What does the ministry want to shrink between science and society?", "科學與社會的距離"),  # 縮減[…]: between
    # is a preposition, so shrink is the verb whose object answers
    ("Which technology gets an early deployment?", "量子科技的先期布局"),
    ("What does the national lab maintain?", "維運國家級實驗設施"),  # 維運: CC-CEDICT has no entry
    ("What kind of data does the clinical database hold?", "病患基本資料"),  # 臨床資料庫包含[…]
    ("Which definition does the basic science program refer to?", "OECD 定義"),  # 本計畫參酌[OECD 定義]
    ("What marketing approach does the medical device program use to enter the market?", "KOL 行銷方式"),  # approach:
    ("What thinking approach does the climate change ecology program use?", "反向思考的方式"),  # 方式, not only 未來
])
def test_a_plain_english_verb_reaches_the_plans_formal_one(pipeline, question, expected):
    assert expected in pipeline.ask(question).answer


def test_a_passage_is_read_in_english_through_the_taiwan_policy_words_wherever_they_stand():
    """射月 is no word of the segmenter's (射 | 月): the passage's English reading still says moonshot."""
    assert "moonshot" in gloss_text("半導體射月計畫").split()
    assert "beamlin" in gloss_text("建置光束線實驗設施").split()


def test_three_neighbouring_words_the_documents_write_as_one_run_are_translated_as_that_phrase(pipeline):
    glossary = pipeline.index.glossary
    assert "新兴数位科技" in glossary.translate("emerging digital technologies")  # 新興數位科技 in (四)
    assert "科技政策研究" in glossary.translate("science policy research")
    assert glossary.compounds(english_stems("joint research building")) == []  # 共同研究: two words, another phrase
    assert Glossary().compounds(["emerg", "digit", "technolog"]) == []  # no documents' text, no runs
    answer = pipeline.ask("Which technologies are described as emerging digital technologies?")
    assert "5G 通訊、物聯網、金融科技、人工智慧" in answer.answer  # had been 持續引用新興科技翻轉園區服務模式
    assert pipeline.ask("Which program does science policy research?").answer == "推動創新及應用科技研究計畫"
