"""The extractive answerer on the real plan: verbatim short answers, cited with offsets, or an honest abstention."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from qa.answering.enumeration import enumerations
from qa.answering.purpose import means_phrase, purpose_marker, taking
from qa.answering.slot import english_kind_span, holds_topic, kind_span, qualified_span, slot_span
from qa.answering.spans import restates_words, trim
from qa.cli import app
from qa.question import Asks, Expects, analyse
from qa.text import has_cjk

runner = CliRunner()
BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"


@pytest.mark.parametrize("question, asks", [
    ("哪個計畫補助低軌衛星的發展？", Asks.program),
    ("哪个计划资助低轨卫星？", Asks.program),
    ("Which program develops low Earth orbit satellites?", Asks.program),
    ("我想知道有沒有補助大學成立研究中心的計畫", Asks.program),
    ("防災科技是配合哪個國家型計畫推動的？", Asks.program),
    ("臺灣光子源光束線實驗設施建置計畫由哪個單位執行？", Asks.agency),
    ("Who runs the Hsinchu Science Park construction program?", Asks.agency),
    ("中興園區籌設計畫是什麼類別的計畫？", Asks.category),
    ("科技部推動哪三大方略？", Asks.enumeration),
    ("台灣 2030 科技願景的三大願景是什麼？", Asks.enumeration),
    ("What are the three visions of the 2030 vision?", Asks.enumeration),
    ("Which three values make up the 2030 technology vision?", Asks.enumeration),  # which, a count, then its noun
    ("科技部如何支持新創國際競爭力？", Asks.general),
    ("Which United Nations goals does the policy align with?", Asks.general),
])
def test_question_analysis_recognises_what_is_asked_in_three_scripts(question, asks):
    assert analyse(question).asks is asks


@pytest.mark.parametrize("question, expects", [
    ("科技部 110 年度的總預算是多少？", Expects.amount),
    ("How much funding does the program receive?", Expects.amount),
    ("科技部部長是誰？", Expects.person),
    ("低軌通訊衛星預計何時發射？", Expects.date),
    ("科技部有幾位員工？", Expects.count),
    ("國家科學技術發展計畫涵蓋哪幾年？", Expects.period),
    ("實驗高中的課程是多少年一貫？", Expects.period),  # a number of years asks a duration
    ("How many years does the green technology curriculum span?", Expects.period),  # not a count of things
    ("哪個計畫補助低軌衛星？", Expects.anything),
    ("科技部的預算呢？", Expects.amount),  # a money noun and no row field asked: an amount
    ("科技部要花多少錢在太空計畫？", Expects.amount),  # 多少錢 before a program noun counts no programs
    ("中科要蓋幾棟標準廠房？", Expects.count),  # any classifier of things counts
    ("哪個計畫的經費最多？", Expects.amount),  # a comparison of amounts
    ("科技部要怎樣讓預算發揮最大的效益？", Expects.anything),  # 最大 of the effect, not of the budget
    ("Which program has the largest budget?", Expects.amount),
    ("想申請經費做基礎研究，該找哪個計畫？", Expects.anything),  # asks a program; the money is what it gives
    ("Which program provides funding for AI research?", Expects.anything),
    ("這筆經費用在哪裡？", Expects.anything),  # the use of the money, not its amount
    ("科技預算要發揮什麼？", Expects.anything),  # 什麼 a verb takes: what the money achieves
    ("射月計畫的經費是什麼？", Expects.amount),  # after a copula, 什麼 may ask the amount
    ("What is the budget of the talent program used for?", Expects.anything),
    ("How much electricity will the program save?", Expects.anything),  # how much of a thing, not money
    ("How much will the program cost?", Expects.amount),
    ("要建置幾處示範場域？", Expects.count),  # 處 counts places
    ("Which fiscal year does this plan cover?", Expects.date),  # a year, whatever kind of year
])
def test_question_analysis_recognises_the_kind_of_fact_needed(question, expects):
    assert analyse(question).expects is expects


def test_question_language_and_script_are_detected():
    assert [analyse(q).lang for q in ("哪個計畫補助衛星？", "哪个计划资助卫星？", "Which program?")] == ["zh-Hant", "zh-Hans", "en"]


def test_enumerations_are_cut_on_item_boundaries_from_plan_sentences():
    preface = "並塑立「創新、包容、永續」三大願景，提出「樂活社會、高值經濟、強韌環境、創新教育及普惠科技」等五大目標，並期透過連結在地、國際與未來等三大方略"
    spans = {preface[s:e]: n for s, e, n in enumerations(preface)}
    assert spans == {"創新、包容、永續": 3, "樂活社會、高值經濟、強韌環境、創新教育及普惠科技": 5, "連結在地、國際與未來": 3}
    plain = "並期透過連結在地、國際與未來等三大方略，引導臺灣未來社經及科技發展趨勢"
    assert [(plain[s:e], n) for s, e, n in enumerations(plain)] == [("連結在地、國際與未來", 3)]
    numbered = "3、在生物科技研究部分，積極連結基礎研究（上游）、轉譯醫學（中游）及臨床前試驗（下游），集中整合資源"
    assert [numbered[s:e] for s, e, _ in enumerations(numbered)] == ["積極連結基礎研究（上游）、轉譯醫學（中游）及臨床前試驗（下游）"]


def test_a_pair_has_an_item_before_its_conjunction_so_a_prepositional_phrase_is_none():
    sentence = "二、重點補助大學研究中心：與教育部合作，聚焦精準健康與科技防疫"
    assert [sentence[s:e] for s, e, _ in enumerations(sentence, pairs=True)] == ["精準健康與科技防疫"]


def test_quoted_key_words_spread_over_a_sentence_are_an_enumeration_only_when_asked_for_a_count():
    strategies = "以三大策略進行推動，促進產學共同「研究開發」、以「增值推廣」加速學研技術產業化，並透過跨域與加強產業鏈結等方式擴散「產業應用」"
    spans = [(strategies[s:e], n) for s, e, n in enumerations(strategies, scattered=True)]
    assert ("「研究開發」、以「增值推廣」加速學研技術產業化，並透過跨域與加強產業鏈結等方式擴散「產業應用」", 3) in spans
    assert all("增值推廣" not in strategies[s:e] or n != 3 for s, e, n in enumerations(strategies))


def test_slot_filling_returns_the_words_in_the_questions_gap_with_their_noun():
    sentence = "推動前瞻半導體材料元件及積體電路，突破摩爾定律持續微縮的挑戰；發展 B5G/6G 通訊技術"
    start, end, *_ = slot_span("推動前瞻半導體材料元件是為了突破什麼挑戰？", sentence)
    assert sentence[start:end] == "摩爾定律持續微縮的挑戰"
    assert slot_span("誰是部長？", sentence) is None


def test_a_verbs_zai_is_filled_as_the_plans_bare_verb_unless_the_gap_is_a_place():
    sentence = "導入數位科技、大數據資料庫之應用，聚焦精準健康與科技防疫，跨域合作強化科研能量"
    start, end, *_ = slot_span("生醫科技要聚焦在什麼？", sentence)
    assert sentence[start:end].rstrip("，") == "精準健康與科技防疫"
    built = "本部推動黑潮發電示範計畫，於花蓮外海建置首座黑潮發電測試平台"  # where it is built: not what
    assert slot_span("黑潮發電測試平台建置在哪裡？", built) is None
    assert slot_span("黑潮發電測試平台建置在什麼地方？", built) is None


@pytest.mark.parametrize("question, sentence, phrase", [
    ("科技部希望把臺灣建構成什麼樣的島？", "以科技成果支持各部會調適政策規劃，建構臺灣為氣候韌性島。", "氣候韌性島"),
    ("科技部想形成哪種創新生態系？", "建立長期穩定的補助機制，形成激勵型創新生態系。", "激勵型創新生態系"),
    ("科技部要建立什么样的社会？", "深化在地社會關懷，建立多元包容社會，推動民生福祉的幸福科技", "多元包容社會"),
])
def test_a_what_kind_question_is_answered_by_the_qualified_noun_phrase_its_verb_governs(question, sentence, phrase):
    start, end = kind_span(question, sentence)
    assert sentence[start:end] == phrase


def test_a_what_kind_question_needs_its_own_verb_and_its_noun_as_a_word_of_the_sentence():
    assert kind_span("科技部希望臺灣成為什麼樣的島？", "建構臺灣為氣候韌性島。") is None  # 成為 ≠ 建構
    assert kind_span("要串起什麼樣的島？", "經由研究船串起雙島島嶼的觀測點") is None  # 島 only inside 島嶼


def test_an_english_what_kind_question_takes_the_phrase_its_final_verb_opens_when_it_holds_its_noun():
    sentence = "以支援尖端基礎研究與技術應用，培育新一代同步輻射科學與技術人才，以助提升我國科研競爭力"
    start, end = english_kind_span(["培育", "训练"], ["科学", "学家"], sentence)  # train; scientists (科學家)
    assert sentence[start:end] == "新一代同步輻射科學與技術人才"
    assert english_kind_span(["培育", "训练"], ["社会"], sentence) is None  # what kind of society … train: not here
    assert english_kind_span(["培育", "训练"], ["科学"], sentence, headed=True) is None  # 科學 heads no phrase here


def test_an_english_what_n_question_finds_its_verb_inside_a_fragment_when_n_heads_a_qualified_phrase_after_it():
    sentence = "經由臺灣現有研究船串起雙島島嶼的觀測點形成南北觀測線，提供加強此區域研究之工作平臺"
    start, end = english_kind_span(["形成"], ["观测"], sentence, headed=True)  # What observation line … form?
    assert sentence[start:end] == "南北觀測線"  # 經由… opens the fragment, not the verb
    assert english_kind_span(["形成"], ["观测"], sentence) is None  # what kind of: the verb must open its fragment
    assert english_kind_span(["整合"], ["资源"], "集中整合資源，強化學研界服務量能", headed=True) is None  # bare noun


def test_an_english_what_n_object_of_conjuncts_is_the_one_conjunct_n_heads():
    sentence = "將新科技導入智慧防災科研體系，強化災害情資決策輔助系統與智慧防減災技術，完善韌性城市之災害整備"
    start, end = english_kind_span(["强化"], ["系统"], sentence, headed=True)  # the phrase ends in 技術, not 系統
    assert sentence[start:end] == "災害情資決策輔助系統"
    start, end = english_kind_span(["强化"], ["系统"], sentence)  # what kind of: the whole phrase, which names it
    assert sentence[start:end] == "災害情資決策輔助系統與智慧防減災技術"


@pytest.mark.parametrize("question, phrase", [
    ("What kind of ecosystem does the ministry want to form?", "激勵型創新生態系"),
    ("What kind of investment environment does the science park want to create?", "優質投資環境"),
    ("What kind of light source does the synchrotron center provide?", "高品質、高亮度同步輻射光源"),  # through the list
    ("What ability do the exchange programs improve?", "科研人才之國際移動能力"),  # what N: N heads the phrase
    ("What decision support system will the ministry strengthen?", "災害情資決策輔助系統"),  # N heads one conjunct
])
def test_an_english_what_kind_question_is_answered_by_the_plans_qualified_phrase(pipeline, question, phrase):
    answer = pipeline.ask(question)
    assert answer.answer == phrase and answer.signals["answered_by"] == "slot"


@pytest.mark.parametrize("question", ["重點補助大學研究中心是與哪個部會合作？", "重点补助大学研究中心跟哪个机关合作？"])
def test_slot_anchors_ignore_punctuation_copulas_and_which_preposition_is_used(question):
    sentence = "二、重點補助大學研究中心：與教育部合作，配合國家戰略需求領域"
    start, end, *_ = slot_span(question, sentence)
    assert sentence[start:end] == "教育部"


def test_a_noun_asked_what_it_is_places_no_gap_inside_the_compound_it_starts():
    sentence = "一、推動科技政策研究：為規劃國家科技發展重點領域，引進科學方法，進行科技發展情勢之偵蒐"
    assert slot_span("推動創新及應用科技研究計畫的重點是什麼？", sentence) is None  # not the 領域 of 重點領域
    sentence = "為發展短時程及高效能之低軌通訊衛星，驗證臺灣自主發展的通訊酬載與地面通訊設備"
    start, end, *_ = slot_span("低軌衛星計畫要驗證的是什麼", sentence)  # a verb's object may open with a noun
    assert sentence[start:end] == "臺灣自主發展的通訊酬載與地面通訊設備"


def test_two_common_characters_alone_do_not_anchor_a_slot():
    sentence = "為下世代太空科技發展先期推動計畫之延續計畫，亦為第三期國家太空科技發展長程計畫的第二年"
    assert slot_span("下世代太空科技發展延續推動計畫要發展什麼衛星？", sentence) is None


def test_what_noun_questions_without_a_matching_sentence_get_the_list_of_that_noun(pipeline):
    answer = pipeline.ask("下世代太空科技發展延續推動計畫要發展什麼衛星？")
    assert "高解析度光學遙測衛星星系、超高解析度智能遙測衛星星系、合成孔徑雷達衛星星系" in answer.answer


def test_a_what_noun_question_mid_sentence_is_answered_by_the_clause_that_qualifies_its_noun(pipeline):
    answer = pipeline.ask("科技部打算用什麼管理概念來審議計畫？")  # the plan: 精進審議作業機制，導入 OKR 管理概念，…
    assert answer.answer == "導入 OKR 管理概念" and answer.signals["answered_by"] == "clause"


def test_a_which_nouns_question_gets_the_list_of_that_noun_before_another_list_of_the_best_sentence(pipeline):
    answer = pipeline.ask("太空計畫要發展哪些衛星？")  # the best sentence lists 第一、二期 (太空計畫)
    assert "高解析度光學遙測衛星星系、超高解析度智能遙測衛星星系、合成孔徑雷達衛星星系" in answer.answer


@pytest.mark.parametrize("question", ["半導體射月計畫的六大關鍵技術是什麼？", "射月計畫有哪些關鍵技術？"])
def test_a_list_whose_items_are_sentences_joined_by_semicolons_is_answered_whole(pipeline, question):
    answer = pipeline.ask(question)  # the plan: 包含前瞻感測元件、電路與系統；下世代記憶體設計；…等六大關鍵技術研發
    assert answer.items == ["前瞻感測元件、電路與系統", "下世代記憶體設計", "感知運算與人工智慧晶片", "物聯網系統與安全",
                            "無人載具與 AR/VR 應用之元件、電路與系統", "新興半導體製程、材料與元件技術"]
    citation = answer.citations[0]
    document = pipeline.index.documents[citation.doc_id].text
    assert document[citation.answer_start:citation.answer_end] == answer.answer
    assert document[citation.start:citation.end] == citation.quote and answer.answer in citation.quote


@pytest.mark.parametrize("question, first, last", [
    ("二林園區的建設工程包括哪些？", "地籍整理", "保警服務大樓等各項工程設計、施工及監造事宜"),  # 包括：(一)…(十)
    ("醫材計畫提供哪些育成協助？", "引進及整合資源，建構創業育成生態系，扶植潛力新創公司，提供輔導育成",  # 一、… then (一)…(三)
     "維運創價醫材加速器平臺，服務全國醫材研發團隊，整合產學研醫技術能量，加速生醫產品商品化"),
])
def test_a_list_of_numbered_sentences_is_answered_by_the_items_its_opening_sentence_introduces(pipeline, question, first,
                                                                                             last):
    answer = pipeline.ask(question)
    assert answer.items[0] == first and answer.items[-1] == last
    citation = answer.citations[0]
    assert pipeline.index.documents[citation.doc_id].text[citation.answer_start:citation.answer_end] == answer.answer


@pytest.mark.parametrize("question, items, answer", [
    ("二林園區有哪些道路工程？", ["東一區後續及東三區道路工程", "東二區道路工程", "專 15 用地 20 公尺道路工程"], None),
    ("南科臺南園區有哪些配水池工程？", ["安平及永康再生水園區內配水池及配水管線工程", "第六座配水池及附屬工程"], None),
    ("南科要整建哪個中心？", None, "資源再生中心整建工程"),  # one noun word, with the verb before it in the item
])
def test_a_list_question_naming_some_of_a_lists_items_gets_those_items_each_cited(pipeline, question, items, answer):
    found = pipeline.ask(question)
    assert found.items == items and found.answer == (answer or "、".join(items))
    document = pipeline.index.documents[found.citations[0].doc_id].text
    assert [document[c.answer_start:c.answer_end] for c in found.citations] == (items or [answer])
    assert all(document[c.start:c.end] == c.quote for c in found.citations)


@pytest.mark.parametrize("question, last", [
    ("大眾科學教育計畫推動哪些科普活動？", "主題科學日等科普活動"),  # the noun closes the list: every item is one
    ("下世代太空計畫要發展哪些衛星？", "合成孔徑雷達衛星星系"),  # every item names it
])
def test_a_list_every_item_of_which_the_question_names_is_answered_whole(pipeline, question, last):
    assert pipeline.ask(question).answer.endswith(last)


def test_a_sentence_opening_numbered_items_answers_with_them_when_it_names_them_only_as_a_class(pipeline):
    answer = pipeline.ask("What does the Central park program build in Erlin?")  # 辦理二林園區各項工程建設，包括：(一)…
    assert answer.items[0] == "地籍整理" and answer.items[-1] == "保警服務大樓等各項工程設計、施工及監造事宜"
    answer = pipeline.ask("What will the semiconductor research center build for the moonshot program?")
    assert "共用服務設施平臺" in answer.answer  # the opening sentence names what it builds: the items only detail it


def test_a_gap_is_filled_where_the_sentence_has_the_words_the_question_puts_before_it():
    sentence = ("為提供國內學者全球頂尖之研究平臺以及轉譯學術研究成果創造在地之社會與產業效益，國研院致力於建構完整科研實驗"
                "基地，提供 8 個實驗研究單位之大型研發平臺與服務，更經由整合內部各實驗研究單位核心能量")
    start, end, *_ = slot_span("國研院的8個實驗研究單位提供什麼？", sentence)  # the second 提供, past the words it repeats
    assert sentence[start:end].rstrip("，") == "大型研發平臺與服務"
    sentence = "藉由開放核心設施平臺，提供一站式專業服務，並為使用者量身打造，提供技術研發、合作研究、教育訓練及推廣"
    start, end, *_ = slot_span("研究設施平臺為使用者量身打造，提供什麼？", sentence)  # the question's comma is no word
    assert sentence[start:end].startswith("技術研發、合作研究")
    sentence = "推動生醫產業創新推動方案「完善生態體系」任務，建構生醫產業人才、技術、資金、新創資料庫"
    start, end, *_ = slot_span("這個計畫在推動哪個方案的任務？", sentence)  # the second 推動 is inside the first one's object
    assert sentence[start:end] == "生醫產業創新推動方案"


@pytest.mark.parametrize("question, sentence, expected", [
    ("數據智慧應用科技計畫以哪裡為基地？", "強化數據智慧創新研究，以臺南沙崙智慧綠能科學城為基地，建置聯合研究大樓", "臺南沙崙智慧綠能科學城"),
    ("跟哪個機關合作設立研究中心？", "二、重點補助大學研究中心：與教育部合作，配合國家戰略需求領域", "教育部"),
    ("科普影片要跟誰合作製作？", "（二）科普產品製播推廣產學合作計畫：促進傳播媒體產業與國內科學家進行產學合作，製作與經濟發展"
     "及國家重點產業相關之新興科技或社會關注之重大民生科技議題為題材之影片或動畫片", "國內科學家"),  # not …進行產學
    ("補助大專校院獎勵人才是以什麼為原則？", "並以尊重各機構自主特性為原則，透過總補助方式", "尊重各機構自主特性"),
    ("科技部想跟哪些對象加強互動？", "加強與國際科研組織之互動，鼓勵國內科技人員", "國際科研組織"),  # 組織 heads it: no verb
    ("科技部要以什么来建构核心战略产业？", "並以發展精準健康與科技防疫、打造綠能創生態系等科技發展策略，建構我國核心戰略產業",
     "發展精準健康與科技防疫、打造綠能創生態系等科技發展策略"),  # the means end the clause before the verb
    ("科技部以什麼立場推動科技發展？", "經由跨部會協調及跨域整合，以政府一體的立場共同推動，發揮科技資源最大綜效",
     "政府一體的立場"),  # a qualifier ending in 的 keeps the noun the question asks about
    ("新創事業要朝什麼方向發展？", "鼓勵跨界創新及數位轉型，促進產業朝智慧化及高值化發展，強化管理輔導效能",
     "智慧化及高值化"),  # 朝 takes any phrase, not only a noun's: no verb cuts it (化)
    ("智慧農業要朝什麼樣的飼養模式發展？", "促使未來農業生產朝向省時、省力、資源再利用之農作栽培及漁、畜飼養模式。",
     "省時、省力、資源再利用之農作栽培及漁、畜飼養模式"),  # the plan's 朝向, and the noun asked about with its qualifier
])
def test_a_gap_between_a_preposition_and_the_words_after_it_is_what_stands_between_them(question, sentence, expected):
    start, end, exact, *_ = slot_span(question, sentence)
    assert sentence[start:end] == expected and exact


@pytest.mark.parametrize("question", ["國研院要整合什麼來提升科研能量？", "國研院要整合哪些東西來提升科研能量？"])
def test_a_gap_whose_purpose_stands_whole_in_a_later_clause_is_the_rest_of_its_own_clause(pipeline, question):
    answer = pipeline.ask(question)  # not cut at the 能量 of 核心能量: …人才，以維運…，進而…，提升科研能量
    assert answer.answer == "內部各實驗研究單位核心能量、知識、技術與人才"


def test_two_characters_of_the_question_inside_a_longer_word_of_the_sentence_place_no_gap():
    sentence = "藉由多元管道及創意方式，結合生動有趣的科普文章、實體活動、動手做課程、影音資源及社群線上互動回饋等"
    assert slot_span("科普活動有哪些？", sentence) is None  # 活動有 is not the 動有 of 生動有趣


def test_two_characters_the_segmenter_joined_to_the_next_place_a_gap_the_questions_noun_closes_in_that_clause():
    sentence = "三、以臺灣面對複合性災害的經驗與管理知識為基礎，持續布建新南向國家防災警示情資系統平臺，建立東南亞整體防災輸出環境"
    gap = slot_span("科技部要在新南向國家布建什麼系統平臺？", sentence)  # the segmenter reads 布|建新|南向
    assert sentence[gap.start:gap.end] == "防災警示情資系統平臺"
    assert slot_span("智慧災防要布建什麼平臺？", sentence) is None  # a two-character noun confirms no anchor


def test_a_list_question_about_a_noun_gets_the_list_of_that_noun(pipeline):
    answer = pipeline.ask("科普活動有哪些？")  # 推動科普講座、科普下鄉、主題科學日等科普活動
    assert answer.answer == "科普講座、科普下鄉、主題科學日"


def test_a_counted_noun_ending_a_question_closes_each_conjunct_of_its_gap():
    sentence = "另發掘社會潛在需求，轉譯並媒合社會需求端及科技供給端，規劃推動具創新挑戰及實用價值的研究計畫"
    start, end, *_ = slot_span("为了回应社会需求，科技部要媒合哪两端？", sentence)  # 端 counted as a classifier is
    assert sentence[start:end] == "社會需求端及科技供給端"  # the noun asked for, though the question names 社會需求


def test_a_gap_closed_by_two_joined_nouns_runs_to_the_second_and_never_ends_on_the_conjunction():
    sentence = "將新科技導入智慧防災科研體系，強化災害情資決策輔助系統與智慧防減災技術，完善韌性城市之災害整備"
    start, end, *_ = slot_span("智慧防災要強化哪些系統與技術？", sentence)
    assert sentence[start:end] == "災害情資決策輔助系統與智慧防減災技術"


@pytest.mark.parametrize("question, sentence, expected", [
    ("腦科技計畫想減少什麼疾病造成的醫療負擔？", "增進人類健康福祉及減少神經系統病變造成之醫療負擔", "神經系統病變"),
    ("醫療 AI 系統依賴什麼來建立預測模式？", "必須依賴大量的臨床資料庫來建立預測模式", "大量的臨床資料庫"),  # not 來…
    ("通訊技術方面要發展哪一代的技術與人工智慧融合？", "發展 B5G/6G 通訊技術與人工智慧融合的技術", "B5G/6G 通訊技術"),
    ("AI 創新研究中心以哪些為研究主題？", "補助學研機構成立 AI 創新研究中心及以 AI 核心技術、智慧製造為主題之研究計畫",
     "AI 核心技術、智慧製造"),  # nor the space after 以
])
def test_a_gap_ends_on_no_conjunction_nor_on_the_questions_own_words_before_an_attributive(question, sentence,
                                                                                           expected):
    start, end, *_ = slot_span(question, sentence)
    assert sentence[start:end] == expected


def test_a_gap_that_is_a_light_verb_and_the_questions_own_verb_answers_nothing(pipeline):
    answer = pipeline.ask("產學研鏈結價值躍升計畫的推動策略是什麼？")  # 以三大策略[進行推動]
    assert answer.answer != "進行推動" and "研究開發" in answer.answer
    assert pipeline.ask("醫材計畫成立什麼聯盟？").answer == "醫材聯盟"  # the question's words as a noun still answer


def test_a_compound_noun_ending_a_what_question_is_answered_with_its_qualifiers_in_the_plan():
    assert qualified_span("延攬人才計畫採取什麼補助方式？", "透過總補助方式，由各機構") == (2, 7)  # 透過[總補助方式]
    sentence = "建置聯合研究大樓多元營運模式，打造優質研究環境"
    start, end = qualified_span("聯合研究大樓採取什麼營運模式？", sentence)
    assert sentence[start:end] == "多元營運模式"  # back to the 大樓 the question holds
    assert qualified_span("採取什麼補助方式？", "各機構依其不同的發展特色") is None
    assert qualified_span("科技部採取什麼方式？", "透過總補助方式") is None  # one word is no compound: a means


def test_a_noun_put_before_the_questions_verb_is_qualified_by_its_whole_noun_phrase():
    sentence = "辦理園區三期銜接新竹縣高鐵橋下道路工程、銅鑼污水廠二期工程－導電度處理設施功能提升等"
    start, end = qualified_span("銅鑼污水廠要提升什麼功能？", sentence)  # 功能[提升]: the verb 處理 inside stops nothing
    assert sentence[start:end] == "導電度處理設施功能"  # and the name goes on past its dash
    sentence = "推動新興資訊安全科技及晶片資安威脅防護"
    start, end = qualified_span("科技部推動前瞻學術研究要防護的是什麼威脅？", sentence)
    assert sentence[start:end] == "晶片資安威脅"  # from the conjunction: not the question's own 推動
    sentence = "銅鑼污水廠二期工程－導電度處理設施功能提升等"
    start, end = qualified_span("銅鑼污水廠有什麼功能？", sentence)
    assert sentence[start:end] == "設施功能"  # no verb of the question after it: its qualifiers stop at a verb


def test_a_what_question_about_a_compound_noun_needs_no_verb_of_the_plans(pipeline):
    answer = pipeline.ask("延攬特殊優秀人才計畫採取什麼補助方式？")  # the plan: 透過總補助方式
    assert answer.answer == "總補助方式" and answer.signals["answered_by"] == "slot"


def test_a_gap_after_a_verb_holding_a_preposition_is_no_bracketed_gap():
    assert slot_span("科技部用什麼平臺讓研究者共用設施？", "建立共用設施跨平臺合作機制") is None  # 用 of 共用 opens nothing


def test_where_is_n_is_answered_by_the_place_the_plan_makes_n():
    sentence = "以推動數據智慧應用之科研發展，強化數據智慧創新研究，以臺南沙崙智慧綠能科學城為基地，建置聯合研究大樓多元營運模式"
    start, end, *_ = slot_span("數據智慧應用科技計畫的基地設在哪裡？", sentence)
    assert sentence[start:end] == "臺南沙崙智慧綠能科學城"
    assert slot_span("數據智慧應用科技計畫的大樓設在哪裡？", sentence) is None  # 建置…大樓 names no place


def test_a_gap_that_opens_with_a_localizer_closing_a_frame_is_no_answer():
    sentence = "除使科研成果融入常民生活中，以縮減科學與社會的距離之外，亦藉由精益求精的科學傳播方式，提升全民科普力"
    assert slot_span("為了縮短科學與社會的距離要做什麼？", sentence) is None  # not 之外, which closes 除…


def test_what_is_n_is_answered_by_what_the_plan_makes_n_when_it_puts_n_last():
    sentence = "一、提升智慧科技與創新研發能量：著重於智慧科技跨領域研發，以「智慧整合應用技術」與「開發前瞻創新技術」為主要推動策略，發展智慧創新應用技術"
    start, end, *_ = slot_span("數據智慧計畫的主要推動策略是什麼？", sentence)
    assert sentence[start:end] == "「智慧整合應用技術」與「開發前瞻創新技術」"


def test_what_is_n_is_what_a_yi_frame_makes_n_though_the_question_names_none_of_ns_modifiers():
    sentence = "二、推動應用科技研究：以社會需求與挑戰做為科學研究發展策略與推動的起點，投入資源進行新興科技開發"
    for question in ("應用科技研究的起點是什麼？", "应用科技研究的起点是什么？"):
        start, end, *_ = slot_span(question, sentence)
        assert sentence[start:end] == "社會需求與挑戰"  # not the clause after 起點
    unframed = "二、推動應用科技研究：社會需求與挑戰做為科學研究發展策略與推動的起點，投入資源進行新興科技開發"
    gap = slot_span("應用科技研究的起點是什麼？", unframed)
    assert gap is None or unframed[gap.start:gap.end] != "社會需求與挑戰"  # no 以: no frame to read


@pytest.mark.parametrize("question, expected", [
    ("數據智慧應用科技計畫以哪裡為基地？", "臺南沙崙智慧綠能科學城"),  # not 以臺南…: the segmenter cuts 以臺 as a word
    ("數據智慧應用科技計畫的基地設在哪裡？", "臺南沙崙智慧綠能科學城"),  # where N is: the place the plan makes N
    ("腦科技計畫想成為什麼組織的成員？", "相關國際組織"),  # an object of 成為, not the organisation that acts
    ("太空計畫以什麼為目標？", "尖端技術養成、太空人才培育及產業擴散效益"),  # the gap is a list: its 、 breaks no clause
    ("國輻中心的服務窗口是什麼樣的？", "友善便利"),  # what N is like: the words describing it (設立[友善便利]的服務窗口)
    ("下世代太空科技計畫是第幾期長程計畫的第二年？", "第三期"),  # 第幾期長程計畫 names no program the plan lacks
    ("災防中心要把學研成果轉化成什麼？", "可實務操作的方法"),  # the plan's 轉化為
    ("智慧災防新南向的研究成果要鏈結到哪裡？", "國際"),  # the plan's bare verb: 以研究成果鏈結國際
    ("應用科技研究以什麼做為起點？", "社會需求與挑戰"),  # 以[…]做為…起點: the 做為 closes the gap
    ("推動創新及應用科技研究計畫的其他事項包含什麼？", "政府科技發展計畫審議暨績效管考及國家科學技術發展計畫之推動機制"),  # its 含
    ("特殊優秀人才計畫的經費是用來做什麼的？", "獎勵研究優秀科學技術人才"),  # …研究機構經費，用以[…]: no amount asked
    ("坡地研究用什麼思考方式出發？", "反向思考"),  # the bare 用 is the plan's 利用 where 思考 follows it
    ("科技部要用什麼管理概念精進審議？", "導入 OKR 管理概念"),  # but not its 有效運用及分配…經費, which 管理 does not follow
    ("國研院想建構什麼樣的科研基地？", "完整科研實驗基地"),  # up to the head noun 基地, not its first word 科研
    ("園區想吸引什麼樣的產業設立研發中心？", "全球高科技和戰略性產業"),  # up to 產業, which a verb follows: not 中心
    ("南科建設計畫為什麼要提供廠商優良環境？", "促進區域均衡發展"),  # 為提供…環境，並[促進區域均衡發展]: not the restated one
    ("坡地計畫要建立什麼指標？", "生態系服務潛能指標"),  # the 建立 whose clause holds 指標, not 之建立作為出發點
    ("實驗高中的外籍師資是為了什麼？", "雙語部學生銜接國外教育"),  # 為了什麼 asks what for: 以利[…]
    ("新創公司的早期育成結束後要做什麼？", "銜接其他部會持續進行輔導"),  # 做什麼 is the gap, like 怎麼辦
    ("量子科技要做什麼樣的布局？", "先期布局"),  # but 做什麼樣的 asks what kind
    ("光源設施要提供怎樣的光源？", "高品質、高亮度同步輻射光源"),  # 怎樣的 before a noun asks what kind too, not how
    ("科技部要透過什麼提升科研國際影響力？", "深耕基礎研究、厚植優秀科研人才"),  # its next clause: 提升我國科研國際影響力
    ("災防中心要研發哪種防減災技術？", "智慧化颱風洪水防減災研發技術"),  # through the head asked, past one word (研發)
    ("物聯網和人工智慧是什麼科技？", "新興數位科技"),
    ("國內各醫學中心累積了什麼？", "可觀的臨床資料"),  # 累積了[…]: the question's 了 is no part of the gap
    ("坡地計畫的目標是什麼？", "結合學術界提出因應氣候變遷的科研措施"),  # 目標在[…]: the plan's copula for 是
    ("實驗高中要汰換什麼？", "各項教學設備"),
    ("AI 應用發展的基石是什麼？", "臨床資料庫之完整度及全面性"),  # X，為 AI 應用發展之基石: the clause before the copula
    ("什麼是AI應用發展的基石？", "臨床資料庫之完整度及全面性"),  # 什麼是 N asks what N 是什麼 does
    ("新興科技對社會的衝擊，科技部要建立什麼？", "風險管控、責任規範及價值反思"),  # the sentence holding the topic too
    ("資安方面科技部要推動什麼研究？", "下世代半導體、前瞻資安研究"),  # X 方面 opens a topic as a comma does
    ("攬才的目標是什麼？", "打造國際人才匯流中心"),  # a goal no heading names: the one 達成[…]之目標 states
    ("重點補助大學研究中心要達成什麼目標？", "落實發展學校特色"),  # 以達成[…]之目標: a part's goal, no heading
    ("智慧防災要導入什麼？", "新科技"),  # 將[新科技]導入智慧防災科研體系: the topic follows the verb, its object before it
    ("國輻中心的服務窗口有什麼特色？", "友善便利"),  # 設立[友善便利]的服務窗口: what qualifies the noun
    ("科技部要跟什麼國際組織互動？", "國際科研組織"),  # 與[國際科研組織]之互動: the noun owning 互動 is in the gap
    ("國輻中心的研究環境有什麼特色？", "優質"),
    ("園區要導入什麼？", "各類適合園區應用的創新服務系統"),
    ("審議機制導入的管理概念叫什麼？", "OKR 管理概念"),  # V 的 N 叫什麼: what the plan's 導入[…]管理概念 takes
    ("國研院提供的平臺是什麼？", "8 個實驗研究單位之大型研發平臺"),
    ("醫材計畫要發展的手術醫材是什麼？", "微創手術醫材"),
    ("科普要縮減什麼跟什麼的距離？", "科學與社會"),  # what the 距離 is of: the pair, without the noun asked
    ("要透過誰來應用臨床大數據？", "具 AI 科技發展能量之產業界"),  # 應用…臨床大數據，透過[…]: the purpose first
    ("園區生醫聚落要引進什麼來鏈結國際生醫生態圈？", "國際級加速器"),  # 引進[…]，鏈結國際生醫生態圈: the purpose after
    ("園區要和什麼進行產官學策略整合？", "智慧城市"),  # 與[…]的產官學策略整合 in the second sentence: four characters place it
    ("科技部要以什麼立場共同推動？", "政府一體的立場"),  # 以[…立場]: with the noun asked about, whatever follows it  # two interrogatives joined: one gap, the pair  # the tagger's verbal noun 發展 qualifies it as a verb does
    ("坡地計畫要建立哪些東西？", "生態系服務潛能指標及預警系統"),  # 東西 is no noun; not …之建立[作為出發點]
    ("生醫科技創新要聚焦在哪些方面？", "精準健康與科技防疫"),  # 方面 is no noun, and 聚焦在 is the plan's bare 聚焦
    ("新創事業要引進哪一類？", "有利於軟硬體整合與應用發展之新創事業"),  # the kind 引進 takes, not a category
    ("智慧農業計畫110年聚焦在什麼？", "產業鏈關鍵科技推展"),  # …將聚焦於[產業鏈關鍵科技推展]
    ("聯合研究大樓在哪裡？", "以臺南沙崙智慧綠能科學城之聯合研究大樓作為智慧科技發展核心基地"),  # 在 locating a noun
    ("生技研究的下游是什麼？", "臨床前試驗"),  # …及[臨床前試驗]（下游）: the phrase the bracketed word names
    ("生技研究的上游是什麼？", "基礎研究"),  # 積極連結[基礎研究]（上游）: without the words that say how  # 汰換與購置[…]: a verb coordinated with the asked one shares its object  # 人工智慧等[新興數位]科技: the 等 closes the question's own list
])
def test_a_gap_is_answered_as_the_plan_words_it(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


def test_a_gap_in_a_sentence_without_the_questions_topic_answers_nothing(pipeline):
    assert holds_topic("为了回应社会需求，科技部要媒合哪两端？", "另發掘社會潛在需求，轉譯並媒合社會需求端及科技供給端")
    assert not holds_topic("量子科技方面科技部要做什麼？", "科技部將持續掃描全球趨勢，掌握科技發展先機")
    answer = pipeline.ask("量子科技方面科技部要做什麼？")  # not 科技部[將持續掃描全球趨勢], a gap of another topic
    assert answer.answer == "量子科技的先期布局"


def test_a_one_word_gap_that_is_not_the_noun_asked_for_fills_nothing_after_a_topic_either(pipeline):
    answer = pipeline.ask("除了光學遙測衛星，太空計畫還要研發什麼衛星？")  # …主軸研發[計畫] is no satellite
    assert answer.answer != "計畫" and "合成孔徑雷達衛星" in answer.answer


@pytest.mark.parametrize("question", ["新創的早期育成階段結束後要怎麼辦？", "新創團隊在學研育成階段結束後會怎樣？"])
def test_what_happens_after_questions_are_filled_by_the_clause_that_follows(question):
    sentence = "使學研新創早期育成階段結束後，銜接其他部會持續進行輔導，達成資源最有效利用"
    start, end, *_ = slot_span(question, sentence)  # 會怎樣 ending a question asks what follows, as 怎麼辦 does
    assert sentence[start:end].rstrip("，") == "銜接其他部會持續進行輔導"


def test_low_orbit_question_answers_the_program_and_cites_the_row_with_offsets(pipeline):
    answer = pipeline.ask("哪個計畫補助低軌衛星的發展？")
    assert not answer.abstained and answer.answer == BEYOND_5G
    citation = answer.citations[0]
    document = pipeline.index.documents[citation.doc_id].text
    assert document[citation.start:citation.end] == citation.quote
    assert "低軌通訊衛星" in citation.quote
    assert document[citation.answer_start:citation.answer_end] == BEYOND_5G
    assert citation.section[-1] == BEYOND_5G


def test_vision_question_answers_the_enumeration_not_a_paragraph(pipeline):
    answer = pipeline.ask("台灣 2030 科技願景的三大願景是什麼？")
    assert answer.answer == "創新、包容、永續"
    citation = answer.citations[0]
    assert citation.quote.count("。") <= 1 and "創新、包容、永續" in citation.quote


@pytest.mark.parametrize("question, expected", [
    ("中興園區籌設計畫是什麼類別的計畫？", "公共建設"),
    ("臺灣光子源光束線實驗設施建置計畫由哪個單位執行？", "財團法人國家同步輻射研究中心"),
    ("哪個單位負責建置半導體射月計畫所需的共用服務設施平臺？", "國家實驗研究院臺灣半導體研究中心"),
    ("半導體射月計畫裡，負責共用服務設施平臺的是哪個單位？", "國家實驗研究院臺灣半導體研究中心"),  # 負責建置…平臺
    ("哪個單位負責半導體射月計畫的共用服務設施平臺？", "國家實驗研究院臺灣半導體研究中心"),  # most of what it acts on
    ("射月計畫的共用服務設施平臺由誰建置？", "國家實驗研究院臺灣半導體研究中心"),  # what it acts on stands before 由誰
    ("共用服務設施平臺由哪個單位負責？", "國家實驗研究院臺灣半導體研究中心"),  # and no program is named
    ("災防科研技術的研發推動是誰負責的？", "科技部國家災害防救科技中心"),  # 另[…]: the bodies the prose names, whole
    ("Which center is in charge of the shared service facility platform for the semiconductor moonshot?",
     "國家實驗研究院"),  # no program named: the body the evidence names, not a row the subject's words drift to
    ("射月計畫由哪個單位負責執行？", "科技部（本部各單位）"),  # not the center: it 負責建置…執行所需的平臺
    ("Which body is responsible for the shared service facility platform of the moonshot program?",
     "國家實驗研究院臺灣半導體研究中心"),  # most of the thing's words in what the body 負責: the text, not the row
    ("Which body is responsible for the Hsinchu Science Park construction program?", "新竹科學園區管理局"),  # a row
    ("實驗高中是哪個管理局的？", "南部科學園區管理局"),  # the row's agency, not the gap after 實驗高中的 (教學品質)
    ("科技部在計畫審議中導入了什麼管理概念？", "OKR 管理概念"),
    ("Which program develops the Beyond 5G communication satellite payload?", BEYOND_5G),
    ("國家科學技術發展計畫的期程是哪幾年？", "110 年至 113 年"),
    ("What period does the national science and technology development plan cover?", "110 年至 113 年"),
    ("半导体射月计划由哪个单位负责？", "科技部（本部各單位）"),
])
def test_field_slot_and_cross_lingual_answers_are_verbatim(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected
    assert all(c.quote in pipeline.index.documents[c.doc_id].text for c in answer.citations)


@pytest.mark.parametrize("question, lang", [
    ("科技部 110 年度的總預算是多少？", "zh-Hant"),
    ("Who is the minister?", "en"),
    ("如何申请美国签证？", "zh-Hans"),
    ("明天台北會下雨嗎？", "zh-Hant"),
    ("科技部有幾位員工？", "zh-Hant"),
])
def test_questions_the_plan_does_not_answer_are_abstained_in_their_language(pipeline, question, lang):
    answer = pipeline.ask(question)
    assert answer.abstained and answer.citations == [] and answer.lang == lang
    assert answer.message and answer.passages
    assert answer.reason in ("not_in_plan", "missing_fact", "off_topic", "false_premise")
    assert has_cjk(answer.message) == (lang != "en")


@pytest.mark.parametrize("question, purpose", [
    ("Why does the ministry build the Taiwan Photon Source?", "支援尖端基礎研究與技術應用"),
    ("為何要推動國際科技合作？", "提供我國科研人員國際化研究環境"),
])
def test_why_questions_are_answered_with_the_purpose_clause_not_a_with_x_as_y_clause(pipeline, question, purpose):
    assert analyse(question).why
    assert pipeline.ask(question).answer == purpose


@pytest.mark.parametrize("clause, means", [
    ("以具國際競爭力之學研網絡", True),  # 具…之 N: a noun phrase, the means of what follows
    ("以科學園區現有完善的數位基礎環境", True),
    ("以縮減科學與社會的距離", False),  # a verb first: to reduce, a purpose
])
def test_a_noun_phrase_after_以_is_a_means_and_a_verb_phrase_a_purpose(clause, means):
    marker = purpose_marker(clause, 0)
    assert marker and means_phrase(marker, clause[marker.end():]) == means


@pytest.mark.parametrize("clause, means", [
    ("並以發展精準健康與科技防疫、打造綠能創生態系等科技發展策略，", True),  # a list its noun closes: by means of
    ("以「研究開發」、「增值推廣」等策略，", True),
    ("以產生具突破性及高影響力的科研成果。", False),  # a verb phrase: to produce, a purpose
])
def test_a_list_closed_by_its_noun_after_以_is_taken_as_a_means(clause, means):
    marker = purpose_marker(clause, 0)
    assert marker and taking(marker, clause[marker.end():]) == means


def test_why_a_plan_is_drawn_up_is_its_fronted_purpose_not_the_strategies_it_works_by(pipeline):
    answer = pipeline.ask("科技部為什麼要擬定國家科學技術發展計畫？")  # 為達成…願景，…擬定…，並以…等科技發展策略，建構…
    assert answer.answer == "達成創新、包容、永續的科技願景"


def test_what_an_action_helps_to_do_is_its_purpose(pipeline):
    assert purpose_marker("並有助健全精準醫療照護", 0).group(0) == "並有助"
    answer = pipeline.ask("為什麼要推動臺灣腦科技發展及國際躍升計畫？")  # …，並有助[健全精準醫療照護]，…
    assert answer.answer == "健全精準醫療照護"


def test_a_why_question_without_a_purpose_clause_is_answered_by_the_cause_before_the_clause_it_restates(pipeline):
    answer = pipeline.ask("科技防疫為什麼變成重點？")  # the plan: 此外，今年全世界 COVID-19 疫情蔓延，科技防疫成為重點
    assert "COVID-19 疫情蔓延" in answer.answer


def test_why_an_action_responding_to_something_is_taken_is_what_it_responds_to(pipeline):
    answer = pipeline.ask("為什麼要設定資源配比？")  # …，因應不同國家、地域或國際組織，設定資源配比，…
    assert answer.answer == "因應不同國家、地域或國際組織"


@pytest.mark.parametrize("question, aim", [
    ("為什麼要整合園區的交通、永續、治理等智慧服務？", "提供園區企業及工作人員優質就業環境"),  # 並整合…，[提供…，實現…]
    ("為什麼要引進軟硬體整合的新創事業？", "鼓勵跨界創新及數位轉型"),  # 引進…新創事業，[鼓勵…，促進…]
    ("為什麼要建置聯合研究大樓？", "打造優質研究環境"),  # not 以[推動…科研發展]，…，建置…: a means before it
])
def test_why_an_action_is_to_be_done_without_a_purpose_after_it_is_answered_by_what_follows_it(pipeline, question, aim):
    assert pipeline.ask(question).answer.startswith(aim)


@pytest.mark.parametrize("question", ["科技部怎麼吸引全球頂尖科研人才？", "全球頂尖的研究人才要怎麼吸引過來？"])
def test_a_how_question_about_the_goal_of_a_purpose_clause_is_answered_by_the_means_after_it(pipeline, question):
    answer = pipeline.ask(question)  # 為吸引全球頂尖科研人才，提升…，將支持學者專家參與…, however closely it is restated
    assert "支持學者專家參與世界級大型研究設施平臺建置" in answer.answer and "為吸引" not in answer.answer


@pytest.mark.parametrize("question", ["新興科技對社會的衝擊要怎麼處理？",
                                      "How will MOST deal with the impact of emerging technology on society?"])
def test_a_how_question_about_a_topic_the_plan_frames_is_answered_by_what_follows_the_frame(pipeline, question):
    answer = pipeline.ask(question)  # 對於新興科技對社會所形成的衝擊與影響，[建立風險管控、責任規範及價值反思]
    assert answer.answer == "建立風險管控、責任規範及價值反思"


@pytest.mark.parametrize("question, expected", [
    ("5G、物聯網、金融科技屬於哪一類科技？", "新興數位科技"),  # …人工智慧等[新興數位科技]與產業, not the list it asked about
    ("推動下世代半導體是屬於什麼樣的研發？", "新興科技研發"),  # one item named: 下世代半導體、…等[新興科技研發]
])
def test_a_which_kind_question_about_items_it_names_gets_the_class_the_plan_puts_them_in(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


@pytest.mark.parametrize("question, purpose", [
    ("Why will MOST support outstanding scholars with high research potential?", "產生具突破性及高影響力的科研成果"),
    ("為什麼要支持具高度研究潛力的傑出學者？", "產生具突破性及高影響力的科研成果"),  # …並藉由支持…學者，涵育…，[以…]
    ("科技部為什麼要深耕基礎科學研究能量？", "促進知識與創新躍升成為臺灣新經濟的重要動能"),  # [為…]，形塑…，將深耕…
    ("為什麼要加速實證創新服務的有效性？", "優化經營環境並吸引企業投資"),  # not 以[科學園區…環境]，加速…: a means
    ("為何使科研成果融入常民生活中？", "縮減科學與社會的距離"),  # 除使…，以[縮減…距離]之外: without the frame's close
    ("為什麼要發展新世代科學園區解決方案？", "優化經營環境並吸引企業投資"),  # not 以[…完善的數位基礎環境]，加速…: a means
])
def test_a_why_question_gets_the_purpose_nearest_the_clause_it_asks_about(pipeline, question, purpose):
    assert pipeline.ask(question).answer == purpose


def test_a_how_question_put_as_by_what_is_answered_by_the_means(pipeline):
    answer = pipeline.ask("科技部想用什麼把國內產學研的力量接上國際？")  # 透過多元化合作及補助機制，將國內產學研能量鏈結國際
    assert "多元化合作及補助機制" in answer.answer


def test_a_what_to_do_question_with_a_fronted_purpose_is_answered_by_the_means_before_the_purpose(pipeline):
    answer = pipeline.ask("為了縮短科學與社會的距離要做什麼？")  # 除使[科研成果融入常民生活中]，以縮減科學與社會的距離之外
    assert "使科研成果融入常民生活中" in answer.answer


def test_a_what_noun_question_is_answered_from_a_top_sentence_that_names_the_noun(pipeline):
    answer = pipeline.ask("沙崙智慧綠能科學城屬於什麼戰略？")  # the best two name 沙崙 but no 戰略
    assert answer.answer.endswith("之區域均衡發展戰略")


@pytest.mark.parametrize("question, expected", [
    ("為什麼要持續精進審議作業機制？", "有效運用及分配科技研發經費"),  # …效益：[為]有效運用…: a 為 after a heading's colon
    ("Why does the ministry strengthen science diplomacy?", "提升國內研發水準"),  # …，期[提升國內研發水準]
])
def test_a_why_question_is_answered_by_a_purpose_however_the_plan_marks_it(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


@pytest.mark.parametrize("question", [
    "科技部要怎麼讓科技人才跟國際接軌？",  # [透過國際合作平臺，組建…]，…，以槓桿…，促使科技人才國際鏈結
    "科技部要怎麼提升國內學界的國際觀？",  # …，以槓桿…，提升國內學界國際觀: the purpose clause right before it
])
def test_a_how_question_about_a_purpose_is_answered_by_the_clauses_a_means_word_opens(pipeline, question):
    assert pipeline.ask(question).answer == "透過國際合作平臺，組建跨單位團隊"


def test_a_how_question_about_one_of_several_actions_is_answered_by_the_clauses_before_it(pipeline):
    answer = pipeline.ask("科技部打算怎么培养博士人才？")  # 透過營造友善研發環境，…，鏈結…，提供博士級人才實務訓練: no 以 between
    assert "提供博士級人才實務訓練" in answer.answer and "透過營造友善研發環境" not in answer.answer


def test_a_gap_ends_before_the_word_that_closes_a_frame():
    sentence = "除透過研究機構挖掘學校具產業潛力研發成果外，同時精進學研機構研發成果管理運用機制"
    start, end, *_ = slot_span("研究機構要去挖掘什麼？", sentence)
    assert sentence[start:end].rstrip("，") == "學校具產業潛力研發成果"  # 除…[外]


def test_a_list_question_whose_verb_opens_one_of_parallel_items_gets_the_whole_list(pipeline):
    answer = pipeline.ask("智慧農業要解決哪些問題？")  # 為減少…農損、紓解…、提升…、解決…之廢棄物處理等問題
    assert answer.answer == ("減少極端氣候造成之農損、紓解農村高齡化及從農人力短缺、提升水資源之有效利用、"
                             "解決農業栽培及漁、畜飼養過程產生之廢棄物處理")  # 之 inside the items: 等 ends the list


def test_a_list_question_gets_the_list_of_the_head_noun_it_asks_about(pipeline):
    answer = pipeline.ask("光子源三期要建哪些实验设施？")  # 建置[奈米 X 光顯微術、…]等光束線實驗設施, not a list naming 實驗
    assert answer.answer.startswith("奈米 X 光顯微術、微米晶體結構解析")


def test_a_list_its_noun_closes_is_found_past_the_top_sentences_when_they_have_none(pipeline):
    answer = pipeline.ask("國家災害防救科技中心負責哪些任務？")  # the top three list 氣象、水文及坡地, no 任務
    assert answer.answer == "「研發推動」、「技術支援」及「落實應用」"


@pytest.mark.parametrize("question", [
    "科技部怎麼培育生醫商品化人才？",  # 透過[選派人員赴海外受訓…]，為國內培育生醫商品化人才
    "生醫商品化人才用什麼方法培育？",  # what manner: a clause naming any manner noun (…兩種模式), not the restated aim
])
def test_a_how_question_is_answered_by_the_means_clause_before_a_for_clause_it_restates(pipeline, question):
    assert "透過選派人員赴海外受訓及建立在地化培育機制兩種模式" in pipeline.ask(question).answer


@pytest.mark.parametrize("question", ["國家災害防救科技中心是什麼性質的機構？", "災防中心屬於什麼類型的法人？"])
def test_the_kind_of_a_body_is_the_body_not_a_program_category(pipeline, question):
    assert pipeline.ask(question).answer == "行政法人國家災害防救科技中心"  # 性質 of a 機構: not 科技發展


def test_the_noun_a_what_question_attaches_to_ends_before_a_verbal_noun_that_follows_it():
    assert analyse("科技部要用什麼方式培育人才？").noun == "方式"  # 培育 (vn) opens the predicate, qualifies no noun
    assert analyse("國研院有哪些實驗設施？").noun == "设施"  # a verbal noun opening the phrase still qualifies it


@pytest.mark.parametrize("question, expected", [
    ("生醫人才要怎麼培養？", "選派人員赴海外受訓及建立在地化培育機制"),
    ("科學園區要怎麼吸引企業投資？", "加速實證創新服務的有效性"),
])
def test_a_how_question_with_no_what_word_is_answered_without_any_kind_failing(pipeline, question, expected):
    assert expected in pipeline.ask(question).answer  # the autouse fixture fails the test on any kind's error


@pytest.mark.parametrize("question", ["農業計畫要把什麼再利用？", "科技部要把什麼跟國際鏈結？"])
def test_an_interrogative_before_an_adverb_or_preposition_takes_no_noun(pipeline, question):
    assert analyse(question).noun == ""  # 把什麼[再]利用: not 再利, two characters of the words after it
    assert pipeline.ask(question).signals["answered_by"] != "typed list"


@pytest.mark.parametrize("question, expected", [
    ("Where is the joint research building of the data intelligence program?", "以臺南沙崙智慧綠能科學城為基地"),
    ("聯合研究大樓位於哪裡？", "以臺南沙崙智慧綠能科學城之聯合研究大樓作為智慧科技發展核心基地"),
    ("新世代科學園區解決方案是在哪裡發展的？", "以科學園區為場域"),  # 智慧城市 of the next clause is no place
    ("Where is the joint research building?", "以臺南沙崙智慧綠能科學城為基地"),  # the top sentence naming a place
])
def test_a_where_question_is_answered_by_the_clause_that_names_a_place(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


def test_an_english_what_is_the_n_of_x_question_gets_the_value_the_plan_gives_n(pipeline):
    answer = pipeline.ask("what is the implementation area of the climate change study")
    assert answer.answer == "臺灣山坡地農業發展區"  # 本計畫實施區域為[…]: the value, not the clause restating N


def test_a_list_question_about_a_noun_gets_a_pair_that_noun_closes(pipeline):
    answer = pipeline.ask("解決社會經濟的大問題，科技部要集中在哪些領域？")  # 將聚焦國內優勢與特色領域
    assert answer.answer == "國內優勢與特色領域"


@pytest.mark.parametrize("question", [
    "How will the ministry strengthen science diplomacy?",  # 積極強化科技外交，發展跨團隊…
    "如何加強科技外交？",  # 積極強化科技外交: 科技, 外交 and 強化 for 加強, whatever 積極 and the bigrams across words
    "政府要怎麼推展科技外交？",  # 強化 for 推展: the question's nouns with another verb restate it still
])
def test_a_how_question_is_answered_by_the_means_not_the_clause_its_terms_restate(pipeline, question):
    answer = pipeline.ask(question)
    assert "多邊及區域合作模式" in answer.answer and "強化科技外交" not in answer.answer


@pytest.mark.parametrize("clause, restating", [
    ("積極強化科技外交", True),  # the question's nouns, its verb swapped for another
    ("發展跨團隊、跨領域、跨國家的多邊及區域合作模式", False),  # nouns of its own: what is done
    ("持續強化", False),  # a verb alone, none of its nouns: no topic restated
])
def test_a_clause_holding_the_questions_nouns_under_another_verb_restates_it(clause, restating):
    assert restates_words("科技部怎麼推動科技外交？", clause) is restating


@pytest.mark.parametrize("question, goal", [
    ("What is the objective of the smart agriculture program?", "資源循環利用、環境友善及農業永續"),  # 達成[…]之目標
    ("What is the aim of the next-generation space program?", "尖端技術養成、太空人才培育及產業擴散效益"),  # 以[…]為目標
    ("What is the next-generation space program aimed at?", "尖端技術養成、太空人才培育及產業擴散效益"),
    ("What does the smart agriculture program aim to achieve?", "資源循環利用、環境友善及農業永續"),
])
def test_a_goal_question_is_answered_by_the_goal_the_row_states_as_one(pipeline, question, goal):
    assert pipeline.ask(question).answer == goal


@pytest.mark.parametrize("question", ["產學研鏈結計畫的目標為何？", "产学研链结价值跃升计划的目标是什么？"])
def test_the_goal_of_a_program_whose_row_states_none_as_a_goal_is_its_purpose(pipeline, question):
    assert pipeline.ask(question).answer == "強化學研成果轉化至業界的進程"  # …，藉以[…]: what the row is for


def test_a_why_question_is_answered_by_what_the_passage_names_its_goal(pipeline):
    answer = pipeline.ask("為何要研究坡地的生態系服務？")  # 目標在[結合學術界…]，以協助建構…: the row's aim, not its method
    assert answer.answer.startswith("結合學術界提出因應氣候變遷的科研措施")


def test_a_how_question_answer_leaves_out_the_clause_restating_its_aim(pipeline):
    answer = pipeline.ask("智慧創新研究中心要怎麼降低產業跨入 AI 的門檻？")  # …資源投入，並協助產業降低跨入 AI 的門檻
    assert answer.answer == "整合學研成果，鏈結與引導業界資源投入"


@pytest.mark.parametrize("question, expected", [
    ("施政計畫根據什麼編定？", "行政院 110 年度施政方針"),  # 本部依據行政院 110 年度施政方針，…，編定
    ("國際合作的資源配比是依據什麼設定的？", "不同國家、地域或國際組織"),  # 因應不同國家、地域或國際組織，設定資源配比
])
def test_what_a_decision_rests_on_is_found_whichever_word_of_basis_the_plan_uses(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


@pytest.mark.parametrize("question", [
    "人才養成的每個階段都有什麼？",  # 為厚植科研人才，在人才養成的各個階段，皆有相對應之發展計畫
    "人才養成各階段有什麼？",  # its words, not its bigrams, restate the clause (在…的各個 adds bigrams of its own)
])
def test_a_what_question_restating_a_clause_is_answered_by_the_comment_that_follows_it(pipeline, question):
    assert pipeline.ask(question).answer == "皆有相對應之發展計畫"


def test_a_where_question_is_not_answered_by_the_clause_after_the_one_it_restates(pipeline):
    answer = pipeline.ask("新世代科學園區解決方案是在哪裡發展的？")  # 以科學園區為場域，…，發展新世代科學園區解決方案，將…
    assert "以科學園區為場域" in answer.answer


@pytest.mark.parametrize("question", ["國家科學技術發展計畫從什麼時候開始？", "國家科學技術發展計畫到哪一年結束？",
                                      "When does the national science and technology development plan end?",
                                      "When does the national science and technology development plan run?",
                                      "國家科學技術發展計畫什麼時候執行？"])
def test_when_something_starts_ends_or_runs_is_answered_by_the_range_of_years_the_plan_gives(pipeline, question):
    answer = pipeline.ask(question)  # 擬定國家科學技術發展計畫（110 年至 113 年）: a range, no date of its own
    assert answer.answer.startswith("110 年至 113 年")


def test_the_which_th_year_is_answered_with_the_ordinal_the_plan_gives(pipeline):
    answer = pipeline.ask("下世代太空計畫是長程計畫的第幾年？")  # 亦為第三期國家太空科技發展長程計畫的第二年
    assert answer.answer == "第二年"
    answer = pipeline.ask("Which year of the third long-range national space program is the next-generation space "
                          "program?")  # which year of X: its ordinal, not a date the plan lacks
    assert not answer.abstained and "第二年" in answer.answer


def test_a_list_in_the_best_sentence_answers_before_a_gap_in_a_weaker_one(pipeline):
    answer = pipeline.ask("台灣光子源第三期要建置哪些實驗技術？")  # 建置奈米 X 光顯微術、微米晶體結構解析、…等光束線實驗設施
    assert answer.answer.startswith("奈米 X 光顯微術、微米晶體結構解析") and answer.answer.endswith("高解析 X 光光譜")


def test_a_verb_complement_of_extent_is_found_however_it_is_marked(pipeline):
    answer = pipeline.ask("災防中心要把預報技術調整到什麼程度？")  # 並因應實務需求調整至最佳作業化
    assert answer.answer == "最佳作業化"


def test_what_a_verb_acts_on_stands_between_a_light_verb_and_the_verb_made_a_noun():
    sentence = "建構生醫產業人才、技術、資金、新創資料庫，進行生醫價值鏈分析，確定臺灣生醫產業發展利基。"
    gap = slot_span("完善生醫生態體系計畫要分析什麼？", sentence)
    assert sentence[gap.start:gap.end] == "生醫價值鏈" and gap.exact
    assert slot_span("生醫價值鏈分析是為了確定什麼？", sentence).start == sentence.index("臺灣")  # 確定 has its object after it


def test_the_object_of_a_work_named_by_its_verb_stands_between_the_place_and_the_verb():
    sentence = "四、辦理后里園區污水處理廠二期擴建工程及七星基地專 2 用地道路及管線工程之施工及監造作業。"
    gap = slot_span("后里園區要擴建什麼設施？", sentence)
    assert sentence[gap.start:gap.end] == "污水處理廠二期" and gap.exact
    assert slot_span("七星基地要擴建什麼設施？", sentence) is None  # the place the question names is not before the work


def test_a_disposal_construction_finds_the_plans_verb_object_and_complement(pipeline):
    answer = pipeline.ask("氣候調適要把臺灣建構成什麼？")  # 把 X 建構成: the plan's 建構臺灣為氣候韌性島
    assert answer.answer == "氣候韌性島"


def test_who_a_verb_of_meeting_is_done_with_is_the_partner_the_plan_marks_before_it():
    sentence = "引進國際知名加速器給予輔導支持，促成與在地企業對接合作創造商機，並持續追蹤團隊成長情形進行協助"
    gap = slot_span("新創團隊要對接誰來創造商機？", sentence)
    assert sentence[gap.start:gap.end] == "在地企業" and gap.exact


@pytest.mark.parametrize("question", ["科技部要擬定哪一個國家計畫？", "科技部要擬定什麼計畫？",
                                      "科技部要擬定哪一份計畫？"])  # 份, the classifier of documents, as 個
def test_a_plan_the_prose_names_as_what_the_verb_acts_on_answers_which_plan(pipeline, question):
    answer = pipeline.ask(question)  # 擬定國家科學技術發展計畫（110 年至 113 年）: prose, no program row
    assert answer.answer == "國家科學技術發展計畫"


def test_a_gap_ends_with_its_clause_when_the_verb_the_question_ends_with_opens_a_later_one(pipeline):
    answer = pipeline.ask("這份施政計畫是依據什麼編的")  # 依據[行政院 110 年度施政方針]，配合…，並針對…，編定…
    assert answer.answer == "行政院 110 年度施政方針"


def test_a_gap_does_not_repeat_the_place_the_question_names_before_its_verb(pipeline):
    answer = pipeline.ask("新竹生物醫學園區要價購哪一棟大樓？")  # 價購新竹生物醫學園區第二生技大樓
    assert answer.answer == "第二生技大樓"


@pytest.mark.parametrize("question, expected", [
    ("What farming modes does the smart agriculture program aim for?", "省時、省力、省工"),  # …飼養模式 (modes)
    ("What challenges does the ministry cite for drafting the national science and technology development plan?",
     "高齡少子化、全球環境變遷及能資源不足"),  # not 擬定國家科學技術發展計畫, which the question restates: the
    # list …等挑戰 closes (challenges: every noun translation closes a list, not the first three only)
])
def test_an_english_what_noun_question_gets_the_clause_naming_a_translation_of_its_noun(pipeline, question, expected):
    assert expected in pipeline.ask(question).answer


def test_a_gap_whose_following_words_open_a_later_clause_is_the_rest_of_its_own_clause(pipeline):
    answer = pipeline.ask("科技部是依據什麼編定施政計畫的？")  # 本部依據行政院 110 年度施政方針，配合…，編定 110 年度施政計畫
    assert answer.answer == "行政院 110 年度施政方針"


def test_a_where_question_about_a_programs_described_noun_is_no_program_question(pipeline):
    answer = pipeline.ask("坡地生態計畫的實施區域在哪？")  # 本計畫實施區域為臺灣山坡地農業發展區
    assert "山坡地農業發展區" in answer.answer


def test_a_which_nouns_question_gets_the_list_the_noun_closes(pipeline):
    answer = pipeline.ask("哪些挑戰讓科技部擬定國家科學技術發展計畫？")  # 因應高齡少子化、…及能資源不足等挑戰
    assert answer.answer == "高齡少子化、全球環境變遷及能資源不足"


@pytest.mark.parametrize("question, programs", [
    ("哪些計畫屬於公共建設類？", ["新竹科學園區建設計畫", "中部科學園區建設計畫", "中興園區籌設計畫", "南部科學園區建設計畫"]),
    ("國家實驗研究院負責哪些計畫？", ["基礎科學研究計畫－國家實驗研究院", "下世代太空科技發展延續推動計畫", BEYOND_5G]),
])
def test_which_programs_questions_list_every_row_of_the_named_category_or_agency(pipeline, question, programs):
    answer = pipeline.ask(question)
    assert answer.answer == "、".join(programs)
    text = pipeline.index.documents["most-110-policy-plan"].text
    assert [text[c.start:c.end] for c in answer.citations] == programs


def test_a_program_question_naming_the_program_is_answered_from_its_text_not_with_its_name(pipeline):
    answer = pipeline.ask("完善生醫生態體系創新發展計畫是為了哪個方案而推動？")
    assert "生醫產業創新推動方案" in answer.answer and "完善生醫生態體系創新發展計畫" not in answer.answer


def test_the_abstention_evidence_is_the_best_similarity_plus_a_little_term_coverage(pipeline):
    signals = pipeline.ask("Which agency is in charge of the photon source beamline program?").signals
    weight = pipeline.settings.evidence_coverage_weight
    assert signals["evidence"] == pytest.approx(signals["dense"] + weight * signals["coverage"], abs=2e-4)
    assert signals["enough_evidence"] == (signals["evidence"] >= pipeline.settings.min_dense)


def test_english_question_gets_the_chinese_verbatim_answer(pipeline):
    answer = pipeline.ask("Which program builds medical AI on clinical databases?")
    assert answer.answer == "臨床資料庫與AI之跨域開發及增值應用" and answer.lang == "en"


@pytest.mark.parametrize("question, query", [
    ("我想知道有沒有研究全球暖化對農業影響的計畫", "研究全球暖化對農業影響的計畫"),
    ("請問哪個計畫補助低軌衛星？", "哪個計畫補助低軌衛星？"),
    ("Tell me which program funds satellites", "which program funds satellites"),
    ("低軌衛星", "低軌衛星"),
])
def test_the_search_query_drops_conversational_preambles(question, query):
    assert analyse(question).query == query


@pytest.mark.parametrize("question, query", [
    ("災防中心有沒有負責颱風研究", "災防中心有負責颱風研究嗎？"),
    ("科技部是不是有補助農業？", "科技部有補助農業嗎？"),  # 是不是 before a verb: dropped
    ("射月計畫是不是國研院執行的？", "射月計畫是國研院執行的嗎？"),
    ("科技部要不要跟國際姊妹園區合作？", "科技部要跟國際姊妹園區合作嗎？"),
])
def test_an_a_not_a_question_is_embedded_as_the_same_question_asked_with_ma(question, query):
    assert analyse(question).query == query


@pytest.mark.parametrize("a_not_a, ma", [("科技部有沒有補助農業", "科技部有補助農業嗎？"),
                                         ("災防中心有沒有負責颱風研究", "災防中心有負責颱風研究嗎？")])
def test_an_a_not_a_yes_no_question_gets_the_verdict_its_ma_form_gets(pipeline, a_not_a, ma):
    asked, plain = pipeline.ask(a_not_a), pipeline.ask(ma)
    assert asked.verdict == plain.verdict == "yes" and asked.answer == plain.answer


@pytest.mark.parametrize("question, query", [
    ("科技部是不是有在推動量子科技？", "科技部有推動量子科技嗎？"),  # 有在 before a verb: the aspect, dropped
    ("科技部有沒有在做低軌衛星？", "科技部有做低軌衛星嗎？"),
    ("科技部有在臺南設基地嗎？", "科技部有在臺南設基地嗎？"),  # 在 before a place: kept
])
def test_the_progressive_zai_of_you_zai_before_a_verb_is_not_embedded(question, query):
    assert analyse(question).query == query


def test_a_yes_no_question_asked_with_you_zai_gets_the_verdict_of_the_plain_one(pipeline):
    asked, plain = pipeline.ask("科技部是不是有在推動量子科技？"), pipeline.ask("科技部有推動量子科技嗎？")
    assert asked.verdict == plain.verdict == "yes" and asked.answer == plain.answer == "量子科技的先期布局"


def test_a_simplified_question_calling_programs_xiangmu_is_about_the_plan(pipeline):
    """項目 is a noun, not the classifier 項 and a stray 目: the question knows the plan's words and is answered."""
    assert pipeline.ask("哪个项目在搞脑科学").answer == "臺灣腦科技發展及國際躍升計畫"  # had been declined as off-topic
    assert pipeline.ask("国辐中心负责几个项目").count == 2  # the rows of 國輻中心


def test_a_question_wrapped_in_a_preamble_is_answered_like_the_plain_one(pipeline):
    wrapped = pipeline.ask("我想知道有沒有研究全球暖化對農業影響的計畫")
    plain = pipeline.ask("研究全球暖化對農業影響的是哪個計畫？")
    assert not wrapped.abstained and wrapped.answer == plain.answer == "氣候變遷對臺灣生態環境及社會影響之研究"


def test_english_question_is_matched_by_the_terms_of_its_translation(pipeline):
    question = analyse("Which program rewards outstanding researchers?", pipeline.index.glossary.translate)
    assert "奖励" in question.terms and all(not term.isascii() for term in question.terms)
    assert "rewards" in analyse("Which program rewards outstanding researchers?").terms


def test_an_english_word_glossed_by_one_character_is_matched_by_it(pipeline):
    question = analyse("Which program is about brain science?", pipeline.index.glossary.translate)
    assert "脑" in question.terms  # a term of one character: no two-character term translates 'brain'
    assert pipeline.ask("Which program is about brain science?").answer == "臺灣腦科技發展及國際躍升計畫"


def test_qa_ask_prints_json_in_the_answer_contract_and_text_for_people(qa_env):
    result = runner.invoke(app, ["ask", "哪個計畫補助低軌衛星的發展？", "--json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert {"question", "answer", "abstained", "confidence", "citations", "passages", "latency_ms"} <= set(payload)
    assert payload["answer"] == BEYOND_5G and len(payload["passages"]) >= 10
    assert {"chunk_id", "doc_id", "section", "quote", "start", "end"} <= set(payload["citations"][0])
    human = runner.invoke(app, ["ask", "哪個計畫補助低軌衛星的發展？"])
    assert human.exit_code == 0 and BEYOND_5G in human.stdout and "[1]" in human.stdout


def test_qa_ask_shows_a_verdict_before_its_span_and_a_list_as_lines(qa_env):
    verdict = runner.invoke(app, ["ask", "中興園區籌設計畫是科技發展計畫嗎？"])
    assert verdict.exit_code == 0 and "否：公共建設" in verdict.stdout
    listed = runner.invoke(app, ["ask", "哪些計畫屬於公共建設類？"])
    assert "• 新竹科學園區建設計畫\n• 中部科學園區建設計畫" in listed.stdout
    payload = json.loads(runner.invoke(app, ["ask", "中興園區籌設計畫是科技發展計畫嗎？", "--json"]).stdout)
    assert (payload["verdict"], payload["answer"], payload["items"]) == ("no", "公共建設", None)


@pytest.mark.parametrize("question, expected", [
    ("What does the agriculture program want to reduce?", "極端氣候造成之農損"),  # 為減少…農損、紓解…: one verb phrase
    ("What does the clinical database include?", "病患基本資料、就診資訊、病理、影核醫、手術、病歷、急診、護理等各類報告"),
    ("What does the Beyond 5G program aim to verify?", "臺灣自主發展的通訊酬載與地面通訊設備"),
    ("What does the Taiwan Photon Source beamline program want to expand?", "更廣泛的實驗技術"),  # expand: 發展, 擴大, 拓展
])
def test_what_an_english_question_ending_in_its_verb_asks_for_is_the_verbs_object(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "slot"


def test_an_english_question_ending_in_a_prepositional_phrase_is_not_cut_after_its_last_word(pipeline):
    answer = pipeline.ask("What does the experimental high school want to improve with bilingual teachers?")
    assert answer.answer != "陣容"  # 師資 'teachers' is followed by 陣容 in the plan; teachers is not the verb


def test_a_word_the_plan_never_writes_is_matched_by_its_synonym_the_plan_writes(pipeline):
    known = pipeline.index.lexical.knows
    assert "师资" in analyse("實驗高中要聘什麼樣的老師", known=known).synonyms["老师"]
    answer = pipeline.ask("實驗高中要聘什麼樣的老師")
    assert "外籍師資" in answer.answer  # 遴聘優質的雙語部外籍師資: 老師 is nowhere in the plan


def test_only_a_single_sense_word_the_plan_lacks_gets_synonyms():
    known = lambda term: term in {"专家", "学者", "正确", "科学", "师资"}  # noqa: E731 - the documents' vocabulary
    assert analyse("大家懂科學嗎", known=known).synonyms == {}  # 大家 has two senses (everyone, a master); 科學 is known
    assert analyse("科技部幫老師做什麼", known=known).synonyms == {"老师": frozenset({"师资"})}
    assert analyse("科技部幫老師做什麼").synonyms == {}  # without the documents' vocabulary, no synonyms


def test_the_verb_taking_the_interrogative_is_read_in_the_word_the_sentence_writes_for_one_of_its_meanings(pipeline):
    from qa.question.synonyms import alike, synonyms

    assert synonyms("培养") == frozenset() and "培育" in alike("培养")  # 培養 has several meanings; the sentence tells
    answer = pipeline.ask("國輻中心要培養什麼人才？")  # 培育新一代同步輻射科學與技術的人才
    assert answer.answer == "新一代同步輻射科學與技術的人才" and answer.signals["answered_by"] == "slot"


@pytest.mark.parametrize("question", ["醫療AI系統要靠什麼建立預測模式？", "医疗AI系统依赖什么来建立预测模式"])
def test_a_one_character_verb_is_read_in_the_two_character_word_the_sentence_writes_for_it(pipeline, question):
    from qa.question.synonyms import alike

    assert "依赖" in alike("靠")  # the colloquial one-character verb shares a meaning with the plan's word
    answer = pipeline.ask(question)  # 必須依賴[大量的臨床資料庫]來建立預測模式: the 來 the question leaves out ends the gap
    assert answer.answer == "大量的臨床資料庫" and answer.signals["answered_by"] == "slot"


def test_a_verb_read_in_another_word_must_take_a_gap_the_questions_noun_closes(pipeline):
    # 關注哪些重大議題: 關注's other words place no gap that 議題 closes; the list of issues still answers
    assert pipeline.ask("為建立多元包容社會，科技部關注哪些重大議題？").answer.endswith("環境安全")


def test_an_english_verbs_translation_the_plan_uses_as_a_noun_opens_no_object(pipeline):
    answer = pipeline.ask("What does the next-generation space program want to develop?")
    assert answer.answer != "計畫"  # 發展 of 下世代太空科技發展延續推動計畫 names the program; it governs nothing


def test_an_intent_verb_frames_a_claim_and_is_no_term_to_match(pipeline):
    assert "打算" not in "".join(analyse("科技部有沒有打算發展6G").terms)
    answer = pipeline.ask("科技部有沒有打算發展6G")  # 發展 B5G/6G 通訊技術…: the plan states the intent as what it does
    assert answer.verdict == "yes" and "6G" in answer.answer


def test_asking_whether_the_plan_mentions_a_topic_matches_the_topic_not_the_mentioning(pipeline):
    assert analyse("計畫裡有沒有提到量子科技").terms == ["量子", "子科", "科技"]
    for question in ("計畫裡有沒有提到 6G", "施政計畫中有提及B5G嗎"):  # 發展 B5G/6G 通訊技術…
        answer = pipeline.ask(question)
        assert answer.verdict == "yes" and "B5G/6G" in answer.answer, question
    assert pipeline.ask("計畫裡有提到林業嗎").abstained


@pytest.mark.parametrize("text, span, expected", [
    ("二、辦理高雄園區管線及附屬設施功能提升工程、管 1 複合式商店興建工程及警察勤務作業設備。", "1 複合式商店", "管 1 複合式商店"),
    ("二、辦理高雄園區用地土方填築調度工程、滯洪 B 綠化及西區綠地工程。", "B 綠化及西區綠地工程", "滯洪 B 綠化及西區綠地工程"),
    ("國研院致力於建構完整科研實驗基地，提供 8 個實驗研究單位之大型研發平臺與服務。", "8 個實驗研究單位", "8 個實驗研究單位"),  # a count
    ("持續規劃精進審議作業機制，導入 OKR 管理概念。", "OKR 管理概念", "OKR 管理概念"),  # a word, not a site's code
])
def test_a_span_opening_inside_a_sites_code_takes_the_whole_code_but_a_count_or_a_latin_word_stays_as_it_is(
        text, span, expected):
    start, end = trim(text, text.index(span), text.index(span) + len(span), 200)
    assert text[start:end] == expected


def test_a_span_inside_a_frame_of_chu_does_not_end_with_the_frames_close():
    text = "除使科研成果融入常民生活中，以縮減科學與社會的距離之外，亦藉由精益求精的科學傳播方式"
    start = text.index("科學與社會")
    assert text[slice(*trim(text, start, text.index("，亦"), 200))] == "科學與社會的距離"
    plain = "國內之外"
    assert plain[slice(*trim(plain, 0, 4, 200))] == "國內之外"  # without 除 before it, 之外 is no frame's close


@pytest.mark.parametrize("text, span, expected", [
    ("也將藉由緊密的產學研鏈結、科研成果的擴散及優化科學園區服務與環境等", "、科研成果的擴散", "科研成果的擴散"),
    ("同時配合「大南方、大發展」及「沙崙智慧綠能科學城」之區域均衡發展戰略", "」及「沙崙智慧綠能科學城」之區域均衡發展戰略",
     "「沙崙智慧綠能科學城」之區域均衡發展戰略"),  # and past the 及 that joined it to what came before
])
def test_a_span_never_opens_on_punctuation_or_a_closing_bracket(text, span, expected):
    start = text.index(span)
    found = trim(text, start, start + len(span), 200)
    assert text[slice(*found)] == expected


def test_a_gap_after_an_item_of_a_list_is_no_object_of_a_verb():
    sentence = "也將藉由緊密的產學研鏈結、科研成果的擴散及優化科學園區服務與環境等，來支持新創發展及產業創新。"
    assert slot_span("科技部要鏈結哪裡的資源來幫新創？", sentence) is None  # 產學研鏈結 is a noun here, 、 follows it


@pytest.mark.parametrize("text, expected", [
    ("另亦透過情境模擬技術", "透過情境模擬技術"),  # 另 and 亦 join it to what came before: each is dropped
    ("另協助廠商布建海外行銷通路", "協助廠商布建海外行銷通路"),
    ("另一項計畫的工作", "另一項計畫的工作"),  # 另一 is a word of its own: no joining word there
])
def test_a_span_does_not_open_with_the_words_joining_it_to_the_sentence_before(text, expected):
    assert text[slice(*trim(text, 0, len(text), 200))] == expected
