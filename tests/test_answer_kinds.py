"""Each answer kind (qa/answering) on the real plan: choices, verdicts, keywords, complete lists, headings, and
spans that start and end on word boundaries."""
from __future__ import annotations

import pytest

from qa.answering import Answerer, slot, typed_list
from qa.answering.aliases import defined_aliases
from qa.answering.becoming import becomes, en_thing, zh_thing
from qa.answering.enumeration import alike_items, enumerations, value_noun
from qa.answering.organisation import coordinated
from qa.answering.attribute import attribute_noun
from qa.answering.possessor import asked_thing, possessor
from qa.answering.place import park_asked, whole_words
from qa.answering.row_list import condition_text
from qa.answering.slot import (ends_on_verb, english_head, english_subject, english_verb, final_verb, qualified_span,
                              slot_span, stranded, topic_of)
from qa.answering.spans import CLAUSE, restated, snap_to_words, trim
from qa.answering.subjects import in_order, linked_row
from qa.question import Asks, analyse, structure_of
from qa.question.premise import organisations_in
from qa.text import fold

BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"
PUBLIC_WORKS = ["新竹科學園區建設計畫", "中部科學園區建設計畫", "中興園區籌設計畫", "南部科學園區建設計畫"]
NARL = ["基礎科學研究計畫－國家實驗研究院", "下世代太空科技發展延續推動計畫", BEYOND_5G]


def answered(pipeline, question: str, expected: str, kind: str) -> None:
    """The question is answered with exactly `expected`, by the answer kind named, and cited."""
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == kind
    cited(pipeline, answer)


def cited(pipeline, answer) -> None:
    """Every citation quotes the document at its offsets and highlights a part of the answer."""
    for citation in answer.citations:
        text = pipeline.index.documents[citation.doc_id].text
        assert text[citation.start:citation.end] == citation.quote
        if citation.answer_start is not None:
            assert text[citation.answer_start:citation.answer_end] in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("中興園區籌設計畫是科技發展類還是公共建設類？", "公共建設"),
    ("中興園區籌設計畫是公共建設或科技發展？", "公共建設"),
    ("Beyond 5G 低軌衛星－通訊衛星發展是由新竹科學園區管理局還是國家實驗研究院負責？", "財團法人國家實驗研究院"),
    ("發展低軌道的通訊衛星的是智慧災防新南向還是Beyond 5G 低軌衛星－通訊衛星發展？", BEYOND_5G),
    ("Is the Hsinchu Science Park construction program a science and technology development program or a public "
     "construction program?", "公共建設"),
    ("Is the Zhongxing park program about science or public works?", "公共建設"),  # about… is what is claimed of it
    ("園區實驗高中是竹科還是南科在管？", "南部科學園區管理局"),  # bodies by the press's names for them
    ("数据智能应用科技计划的基地是台南还是新竹？", "臺南"),  # the whole option, not 以臺南沙: the segmenter's 以臺|南沙
])
def test_a_choice_returns_the_option_the_plan_supports_as_the_plan_writes_it(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.form == "choice" and answer.answer == expected and answer.signals["answered_by"] == "choice"
    cited(pipeline, answer)


def test_a_choice_between_headings_is_settled_by_the_rest_of_the_question(pipeline):
    answer = pipeline.ask("導入 OKR 管理的策略是「完善計畫審議機制，強化科技治理，發揮科技資源最大效益」還是"
                          "「深化產學研鏈結，加速研發成果擴散」？")
    assert answer.answer == "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"


def test_a_choice_of_words_in_the_text_is_cut_from_the_sentence_that_has_it(pipeline):
    answer = pipeline.ask("下世代太空科技發展延續推動計畫要發展光學遙測衛星還是通訊衛星？")
    assert "遙測衛星" in answer.answer and "通訊" not in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("國研院提供的是8個實驗研究單位的平臺還是10個？", "8 個實驗研究單位"),  # the second option elliptical
    ("國家科學技術發展計畫是110年到113年還是110年到114年？", "110 年至 113 年"),  # they differ in the second number
])
def test_options_that_differ_in_a_number_are_settled_by_the_number_the_plan_states(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "choice"


@pytest.mark.parametrize("question, answered", [
    ("下世代太空科技發展延續推動計畫是第三期還是第二期？", True),  # 第二期 is not the program's, but 第三期 is
    ("國家科學技術發展計畫是110年到113年還是110年到114年？", True),
    ("太空計畫是第五期還是第六期？", False),
    ("國家科學技術發展計畫是111年到114年還是112年到115年？", False),
])
def test_a_choice_assumes_one_of_its_options_so_only_options_all_unsupported_are_a_false_premise(pipeline, question,
                                                                                              answered):
    answer = pipeline.ask(question)
    assert answer.abstained is not answered and (answered or answer.reason == "false_premise")


@pytest.mark.parametrize("question, verdict, expected", [
    ("中興園區籌設計畫是公共建設計畫嗎？", "yes", "公共建設"),
    ("中興園區籌設計畫是科技發展計畫嗎？", "no", "公共建設"),
    ("中興園區籌設計畫算公共建設嗎？", "yes", "公共建設"),
    ("Beyond 5G 低軌衛星－通訊衛星發展是新竹科學園區管理局負責的嗎？", "no", "財團法人國家實驗研究院"),
    ("Beyond 5G 低軌衛星－通訊衛星發展是不是國家實驗研究院負責的？", "yes", "財團法人國家實驗研究院"),
    ("智慧災防新南向有在發展低軌道的通訊衛星嗎？", "no", BEYOND_5G),
    ("科技部有補助低軌衛星嗎？", "yes", BEYOND_5G),
    ("國研院有負責太空計畫嗎？", "yes", "財團法人國家實驗研究院"),  # the body first, then what it runs
    ("中科有沒有負責中興園區籌設計畫", "yes", "中部科學園區管理局"),
    ("國研院是不是有在負責低軌衛星計畫", "yes", "財團法人國家實驗研究院"),
    ("南科有負責中興園區籌設計畫嗎？", "no", "中部科學園區管理局"),
    ("科技部有沒有推動 5G？", "yes", BEYOND_5G),  # what the plan's owner does with any program claims no agency
    ("Is the Hsinchu Science Park construction program a public construction program?", "yes", "公共建設"),
    ("Does the Chung Hsing park program belong to science and technology development?", "no", "公共建設"),
    ("Does the brain program fall under public construction?", "no", "科技發展"),
])
def test_a_yes_no_question_gets_a_verdict_and_the_span_that_supports_it(pipeline, question, verdict, expected):
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == (verdict, expected)
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["Does MOST do research on quantum technology?", "有沒有研究量子科技？"])
def test_a_yes_is_supported_by_a_row_only_when_the_row_holds_what_the_question_is_about(pipeline, question):
    answer = pipeline.ask(question)  # the plan's one mention, not a facility row that shares only 研究 and 技術
    assert answer.verdict == "yes" and "量子科技" in answer.answer


@pytest.mark.parametrize("question, verdict, expected", [
    ("臨床資料庫計畫是關於農業的嗎？", "no", "智慧科技於農業生產之應用"),  # a name of the asker's own making
    ("太空科技計畫有發展遙測衛星嗎？", "yes", "主要規劃執行先導型高解析度光學遙測衛星星系、超高解析度智能遙測衛星星系、"
     "合成孔徑雷達衛星星系等主軸研發計畫"),  # the space row's, not the 科技計畫 of 數據智慧應用科技計畫
    ("射月計畫有培育人才嗎？", "yes", "培育相關研發人才"),  # its row writes 培育…人才, though the talent-training
    # program's row says it better
    ("腦科技計畫由南部科學園區管理局執行嗎？", "no", "科技部（本部各單位）"),  # the named row's agency, not a park's
    ("Is the clinical database program about agriculture?", "no", "智慧科技於農業生產之應用"),
    ("Does the brain technology program build satellites?", "no", "Beyond 5G 低軌衛星－通訊衛星發展"),
    ("Does the semiconductor moonshot program train talent?", "yes", "培育相關研發人才"),
])
def test_a_claim_about_a_program_named_loosely_is_checked_against_that_programs_row(pipeline, question, verdict,
                                                                                    expected):
    answer = pipeline.ask(question)
    assert answer.verdict == verdict and answer.answer == expected


@pytest.mark.parametrize("question, expected", [
    ("生醫產業商品化人才培育計畫會派人去國外受訓嗎？", "透過選派人員赴海外受訓及建立在地化培育機制兩種模式"),
    ("中部科學園區建設計畫有包括東區植栽工程嗎？", "東區植栽工程"),
    ("Does the brain program focus on Taiwan-specific brain research?", "聚焦於具臺灣特色腦與神經相關創新研究與關鍵技術"),
    ("智慧災防新南向是不是在幫東南亞國家建置災害警示系統？", "持續布建新南向國家防災警示情資系統平臺，建立東南亞整體防災輸出環境"),
])
def test_a_yes_about_a_named_program_quotes_where_its_row_says_so_not_the_name_the_question_gave(pipeline, question,
                                                                                                 expected):
    answer = pipeline.ask(question)  # the second clause joins the first when together they hold more of the claim
    assert (answer.verdict, answer.answer) == ("yes", expected)
    cited(pipeline, answer)


@pytest.mark.parametrize("question, verdict, expected", [
    ("Is training talent one of the aims of the semiconductor moonshot program?", "yes", "培育相關研發人才"),
    ("Is remote sensing satellite development part of the space program?", "yes", "遙測衛星星系"),
    ("Are satellites part of the brain technology program?", "no", "Beyond 5G 低軌衛星－通訊衛星發展"),
])
def test_an_english_claim_about_a_program_named_after_it_is_checked_against_that_programs_row(pipeline, question,
                                                                                               verdict, expected):
    answer = pipeline.ask(question)  # not whether the plan as a whole does it, nor one of the plan's own goals
    assert answer.verdict == verdict and expected in answer.answer


@pytest.mark.parametrize("question, verdict, expected", [
    ("Is the data intelligence program based in Hsinchu?", "no", "以臺南沙崙智慧綠能科學城之聯合研究大樓作為智慧科技發展核心基地"),
    ("Is the data intelligence program based in Tainan?", "yes", "以臺南沙崙智慧綠能科學城之聯合研究大樓作為智慧科技發展核心基地"),
    ("數據智慧應用科技計畫是不是在新竹？", "no", "以臺南沙崙智慧綠能科學城為基地"),  # the row's first clause naming a place
    ("中部科學園區建設計畫在高雄嗎？", "no", "辦理二林園區各項工程建設"),
    ("二林園區的工程是南部科學園區建設計畫在做的嗎？", "no", "辦理高雄園區管線及附屬設施功能提升工程"),  # 二林 though cut 二/林
    ("二林園區的工程是中部科學園區建設計畫在做的嗎？", "yes", "辦理二林園區各項工程建設"),
])
def test_a_place_claimed_of_a_named_program_that_its_row_never_writes_is_denied_by_the_place_it_does(pipeline, question,
                                                                                                     verdict, expected):
    answer = pipeline.ask(question)
    assert answer.verdict == verdict and answer.answer.startswith(expected)
    cited(pipeline, answer)


def test_a_claim_no_row_says_quotes_the_clause_of_the_best_sentence_that_restates_it(pipeline):
    answer = pipeline.ask("科技部是不是要導入 OKR 管理概念？")  # a wh-answer would skip the clause restating the question
    assert (answer.verdict, answer.answer) == ("yes", "導入 OKR 管理概念")
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("國輻中心有沒有要培育同步輻射人才？", "培育新一代同步輻射科學與技術的人才"),
    ("臨床資料庫包含護理報告嗎？", "臨床資料庫包含病患基本資料、就診資訊、病理、影核醫、手術、病歷、急診、護理等各類報告"),
    ("科技部有沒有推動 5G？", "Beyond 5G 低軌衛星－通訊衛星發展"),  # the row's name holds more of it than its prose
    ("台灣光子源的光束線有包括龍光束線嗎？",  # past the topic the question opens with, its prose holds more
     "建置奈米 X 光顯微術、微米晶體結構解析、龍光束線、柔 X 光吸收光譜、室壓／真空光電子能譜、軟 X 光吸收能譜、高解析 X 光光譜等光束線實驗設施"),
    ("科技部有補助低軌衛星嗎？", "Beyond 5G 低軌衛星－通訊衛星發展"),  # funding is done by a program: which one
    ("有沒有計畫要做拍地面高解析照片的衛星？", "下世代太空科技發展延續推動計畫"),
])
def test_whether_the_plan_does_something_quotes_the_row_that_says_so_unless_a_program_is_asked_for(pipeline, question,
                                                                                                   expected):
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == ("yes", expected)
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("Is there a program for climate change research?", "氣候變遷對臺灣生態環境及社會影響之研究"),
    ("Is there a program for satellites?", "Beyond 5G 低軌衛星－通訊衛星發展"),
])
def test_whether_there_is_a_program_for_something_asks_whether_one_exists_not_about_a_named_one(pipeline, question,
                                                                                             expected):
    answer = pipeline.ask(question)  # 'a program for X' names no program: no claim to check against one row
    assert answer.verdict == "yes" and answer.answer == expected


@pytest.mark.parametrize("question, expected", [
    ("可以介紹一下智慧災防新南向嗎？", "智慧災防新南向"),  # was 'no', with another program
    ("能不能說明一下產學合作技轉的目的？", "協助產業聚落升級及鏈結國際市場與資源"),
    ("Can you explain the purpose of the climate change study?", None),
])
def test_a_request_put_as_a_yes_no_question_is_answered_as_the_request_without_a_verdict(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.verdict is None and not answer.abstained
    assert expected is None or answer.answer == expected


def test_questions_that_are_not_yes_no_carry_no_verdict(pipeline):
    assert pipeline.ask("哪個計畫補助低軌衛星的發展？").verdict is None


@pytest.mark.parametrize("question, expected", [
    ("光子源光束線實驗設施建置計畫的全名是什麼？", "台灣光子源光束線實驗設施建置計畫－第三期"),
    ("同步輻射研究中心的光束線實驗設施建置計畫是哪一個？", "台灣光子源光束線實驗設施建置計畫－第三期"),
    ("射月計畫的正式名稱是什麼？", "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)"),
    ("國家災害防救科技中心發展計畫的全稱是什麼？", "基礎科學研究計畫－國家災害防救科技中心發展計畫"),
])
def test_a_program_named_by_part_of_its_name_is_answered_with_its_full_name(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected
    cited(pipeline, answer)


@pytest.mark.parametrize("question", [
    "Which program is for training biomedical commercialization talent?",  # 培育商業化…人才 in another row's prose
    "Which program trains talent for commercializing biomedical products?",
])
def test_of_program_rows_tied_on_their_prose_the_one_whose_name_holds_the_questions_words_answers(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.answer == "生醫產業商品化人才培育計畫"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["哪個計畫要建置宿舍及廠房管理系統？", "哪個計畫有宿舍及廠房管理系統化建置工程？"])
def test_of_rows_tied_on_prose_the_one_whose_sentence_holds_the_chinese_questions_words_answers(pipeline, question):
    answer = pipeline.ask(question)  # 南部's row writes 宿舍及廠房管理系統化建置工程; 新竹's 廠房興建 is only near in meaning
    assert answer.answer == "南部科學園區建設計畫"
    cited(pipeline, answer)


def test_of_rows_tied_on_prose_that_shares_few_words_with_the_question_the_name_meaning_most_nearly_it_answers(
        pipeline):
    index = pipeline.index
    assert len(index.name_vectors) == len(index.program_names) == len(set(index.program_names))
    answer = pipeline.ask("大學想發獎金留住頂尖學者，靠的是哪個計畫？")  # 大學 is in another row's prose
    assert answer.answer == "科技部補助大專校院延攬及獎勵特殊優秀人才計畫"
    cited(pipeline, answer)
    worded = pipeline.ask("哪個計畫要減少極端氣候造成的農損？")  # its words are the row's: the names weigh nothing
    assert worded.answer == "智慧科技於農業生產之應用"


def test_a_plan_noun_shared_by_many_names_does_not_name_a_program(pipeline):
    # …合作專案計畫 ends one program's name, but 研究實驗專案計畫 is a project inside another program's text
    assert pipeline.ask("推動融合式跨領域研究實驗專案計畫是哪個計畫的內容？").answer == "基礎科學研究計畫"


@pytest.mark.parametrize("keywords, expected", [
    ("射月計畫", "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)"),
    ("低軌衛星", BEYOND_5G),
    ("OKR", "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"),
    ("基礎科學研究計畫", "基礎科學研究計畫"),  # the row so named, not one whose name begins with it
])
def test_bare_keywords_get_the_best_passages_program_or_heading(pipeline, keywords, expected):
    answer = pipeline.ask(keywords)
    assert answer.form == "keyword" and answer.answer == expected
    cited(pipeline, answer)


@pytest.mark.parametrize("keywords", ["公共建設計畫", "public construction programs"])
def test_keywords_of_a_category_and_the_program_noun_list_every_row_of_it(pipeline, keywords):
    answer = pipeline.ask(keywords)
    assert answer.items == PUBLIC_WORKS and answer.signals["answered_by"] == "field rows"
    cited(pipeline, answer)


def test_keywords_of_an_agency_and_the_program_noun_list_its_rows(pipeline):
    assert pipeline.ask("中科管理局旗下的計畫").items == ["中部科學園區建設計畫", "中興園區籌設計畫"]
    assert pipeline.ask("跟半導體有關的計畫").items is None  # a topic: the best row, as keywords get


@pytest.mark.parametrize("question, items", [
    ("哪些計畫屬於公共建設類？", PUBLIC_WORKS),
    ("公共建設類的計畫有哪些？", PUBLIC_WORKS),
    ("請列出所有公共建設計畫", PUBLIC_WORKS),
    ("list all public construction programs", PUBLIC_WORKS),
    ("國家實驗研究院負責哪些計畫？", NARL),
    ("哪些計畫由國家實驗研究院負責？", NARL),
    ("國家實驗研究院負責哪些重要計畫？", NARL),
    ("Which programs does the National Applied Research Laboratories run?", NARL),
    ("科技部 110 年度有哪些科學園區建設計畫？", ["新竹科學園區建設計畫", "中部科學園區建設計畫", "南部科學園區建設計畫"]),
    ("科技部110年度跟半導體有關的計畫有哪些？", ["智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)", "臺灣腦科技發展及國際躍升計畫"]),
    ("Which programs are related to satellites?", ["下世代太空科技發展延續推動計畫", BEYOND_5G]),
    ("南科有哪些計畫？", ["南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),
    ("列出所有科學園區管理局的計畫", ["新竹科學園區建設計畫", "科學園區業務推展計畫", "中部科學園區建設計畫", "中興園區籌設計畫",
                          "南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),
    # a part of three bureaus' names: all of theirs
    ("哪些計畫是財團法人負責的？", [*NARL, "基礎科學研究計畫－國輻中心業務推動與設施管理計畫", "台灣光子源光束線實驗設施建置計畫－第三期"]),
    # a legal form two agencies' names share
])
def test_which_programs_lists_every_row_that_meets_the_condition_each_cited(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.answer == "、".join(items)
    assert len(answer.citations) == len(items)
    assert [c.quote for c in answer.citations] == items
    cited(pipeline, answer)


@pytest.mark.parametrize("question, items", [
    ("公共建設類的計畫有幾個？", PUBLIC_WORKS),
    ("科技部有幾個公共建設類的計畫？", PUBLIC_WORKS),  # the category with 類的 between 幾個 and 計畫
    ("國家實驗研究院負責幾項計畫？", NARL),
    ("國研院負責幾個重要計畫？", NARL),  # 重要計畫 is the table itself: the agency still restricts it
    ("How many programs does NARLabs run?", NARL),
    ("跟衛星有關的計畫一共有幾個？", ["下世代太空科技發展延續推動計畫", BEYOND_5G]),
])
def test_how_many_programs_counts_the_rows_that_meet_the_condition_and_names_each(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.count == len(items) and answer.items == items and answer.answer == "、".join(items)
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("哪個單位負責最多重要計畫？", "科技部（本部各單位）"),
    ("計畫最多的單位是哪個？", "科技部（本部各單位）"),
    ("哪個園區管理局負責的計畫最多？", "南部科學園區管理局"),  # of the three park bureaus only
    ("Which park bureau has the most programs?", "南部科學園區管理局"),
    ("哪個單位的計畫最少？", "行政法人國家災害防救科技中心"),
    ("Which category has the fewest programs?", "公共建設"),
    ("中科跟南科哪個負責的計畫比較多？", "南部科學園區管理局"),  # of the two bodies it names
    ("國研院和國輻中心誰的計畫較多？", "財團法人國家實驗研究院"),
    ("Does NARLabs or NSRRC run more programs?", "財團法人國家實驗研究院"),
    ("國輻中心跟災防中心誰負責比較多計畫？", "財團法人國家同步輻射研究中心"),  # a choice that counts: before the choice kind
])
def test_the_field_value_with_the_most_or_fewest_programs_is_counted_from_the_table(pipeline, question, expected):
    rows = {}
    for chunk in pipeline.index.program_rows:
        rows.setdefault(chunk.agency, set()).add(chunk.program)
    assert len(rows["南部科學園區管理局"]) == 3 > len(rows["新竹科學園區管理局"]) == len(rows["中部科學園區管理局"])
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "superlative"
    assert answer.citations[0].quote.startswith(expected)


def test_the_acronym_most_is_no_superlative(pipeline):
    answer = pipeline.ask("MOST 的腦科技計畫由哪個單位負責？")  # MOST is the ministry, not most
    assert answer.signals["answered_by"] == "row field" and answer.answer == "科技部（本部各單位）"
    assert pipeline.ask("MOST 的低軌衛星計畫叫什麼？").answer == BEYOND_5G  # one body by two names: no comparison


AGENCIES = ["科技部（本部各單位）", "新竹科學園區管理局", "中部科學園區管理局", "南部科學園區管理局", "行政法人國家災害防救科技中心",
            "財團法人國家實驗研究院", "財團法人國家同步輻射研究中心"]


@pytest.mark.parametrize("question, items, count", [
    ("有哪些執行單位？", AGENCIES, None),
    ("總共有幾個執行單位？", AGENCIES, 7),
    ("How many agencies run programs in the plan?", AGENCIES, 7),
    ("計畫分成哪幾類？", ["科技發展", "公共建設"], None),
    ("What categories of programs are there?", ["科技發展", "公共建設"], None),
    ("除了科技發展類，還有什麼類別？", ["公共建設"], None),  # a value set aside
    ("除了國研院，還有哪些執行單位？", [a for a in AGENCIES if a != "財團法人國家實驗研究院"], None),  # by another name
    ("哪些單位負責公共建設計畫？", AGENCIES[1:4], None),  # the agencies of the rows of one category
    ("除了南科管理局，還有哪些單位有公共建設類的計畫？", AGENCIES[1:3], None),
    ("除了新竹科學園區管理局，還有哪個單位負責公共建設類計畫？", AGENCIES[2:4], None),  # 還有哪個: the others
    ("有哪些管理局？", AGENCIES[1:4], None),  # the kind of body the noun names, not the ministry too
    ("總共有幾個管理局？", AGENCIES[1:4], 3),
    ("哪些管理局有科技發展類的計畫？", [AGENCIES[1], AGENCIES[3]], None),
])
def test_the_agencies_or_categories_of_the_table_are_its_distinct_values_each_cited(pipeline, question, items, count):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.count == count and answer.signals["answered_by"] == "field values"
    assert [citation.quote[:len(item)] for citation, item in zip(answer.citations, items)] == items


def test_how_many_categories_of_a_named_programs_text_is_the_count_its_text_states(pipeline):
    answer = pipeline.ask("How many categories does the basic science research program's scope cover?")
    assert answer.answer == "四類" and answer.signals["answered_by"] == "fact"  # not the table's two categories


@pytest.mark.parametrize("question", ["基础科学研究计划分几类？", "基礎科學研究計畫的規劃範圍有多少類？"])
def test_how_many_classes_in_chinese_is_a_count(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.answer == "四類" and answer.signals["answered_by"] == "fact"


@pytest.mark.parametrize("question, expected", [
    ("國研院要給國內學者提供什麼？", "全球頂尖之研究平臺"),  # 提供[國內學者]…: not 提供 8 個實驗研究單位之…
    ("園區要給園區企業及工作人員提供什麼？", "優質就業環境"),
])
def test_what_is_given_to_someone_named_before_the_verb_follows_them_after_it(pipeline, question, expected):
    answer = pipeline.ask(question).answer
    assert answer.startswith(expected) and "8 個" not in answer


@pytest.mark.parametrize("question", ["請列出新竹科學園區管理局的計畫", "國研院有哪些單位？", "射月計畫的執行單位有哪些？",
                                      "國研院以外的法人負責哪些計畫？",  # asks for programs, not bodies
                                      "屬於什麼類型的計畫？"])  # one value, of a subject a conversation supplies
def test_a_question_naming_a_value_or_a_body_is_no_question_of_the_fields_values(pipeline, question):
    assert pipeline.ask(question).signals.get("answered_by") != "field values"


@pytest.mark.parametrize("question, items", [
    ("負責低軌衛星計畫的單位還負責哪些計畫？", ["基礎科學研究計畫－國家實驗研究院", "下世代太空科技發展延續推動計畫"]),  # its others
    ("負責實驗高中計畫的管理局有幾個計畫？", ["南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫",
                                "園區實驗高級中學業務推展計畫"]),  # all of the body's, itself too
    ("Which other programs does the agency in charge of the photon source program also run?",
     ["基礎科學研究計畫－國輻中心業務推動與設施管理計畫"]),
])
def test_the_programs_of_the_body_running_a_named_program_are_that_bodys_rows(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.signals["answered_by"] == "sibling rows"
    assert answer.count == (len(items) if "幾" in question else None)
    cited(pipeline, answer)


@pytest.mark.parametrize("question, verdict, agencies", [
    ("射月計畫和腦科技計畫是同一個單位的嗎？", "yes", "科技部（本部各單位）"),
    ("光子源計畫和國輻中心業務推動計畫是同一個單位負責的嗎？", "yes", "財團法人國家同步輻射研究中心"),  # 推動: a verb names use
    ("中興園區籌設計畫跟竹科建設計畫是同一個管理局負責的嗎？", "no", "中部科學園區管理局、新竹科學園區管理局"),
    ("Are the photon source program and the synchrotron facility program run by the same agency?", "yes",
     "財團法人國家同步輻射研究中心"),
])
def test_whether_named_programs_share_a_body_is_read_from_their_rows(pipeline, question, verdict, agencies):
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == (verdict, agencies) and answer.signals["answered_by"] == "same body"
    assert len(answer.citations) == 2


def test_a_superlative_no_field_of_the_table_counts_is_not_answered_by_counting(pipeline):
    assert pipeline.ask("哪個計畫的經費最多？").signals.get("answered_by") != "superlative"


@pytest.mark.parametrize("question", ["哪些計畫不是科技發展類？", "除了科技發展類以外的計畫有哪些？",
                                      "Which programs are not science and technology development programs?"])
def test_a_negated_condition_lists_every_other_row(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.items == PUBLIC_WORKS and len(answer.citations) == len(PUBLIC_WORKS)


def test_how_many_programs_with_a_negated_agency_counts_the_rows_it_does_not_run(pipeline):
    programs = list(dict.fromkeys(chunk.program for chunk in pipeline.index.program_rows))
    answer = pipeline.ask("有幾個計畫不是國研院負責的？")
    assert answer.items == [program for program in programs if program not in NARL] and answer.count == 26


def test_which_programs_is_a_list_without_a_count(pipeline):
    answer = pipeline.ask("國家實驗研究院負責哪幾個計畫？")
    assert answer.items == NARL and answer.count is None


@pytest.mark.parametrize("question", ["請列出所有計畫", "有哪些計畫？", "How many programs are in the plan?",
                                      "List all the programs.", "科技部110年度有哪些重要計畫？",
                                      "科技部110年度有幾項重要計畫？", "科技部總共列了幾個重要計畫？",
                                      "How many key programs are listed in the plan?",
                                      "Which key programs are listed?"])
# the plan's title and its table's (貳、年度重要計畫); 列了 and listed frame the list (listed is no 地籍整理)
def test_a_list_restricted_by_nothing_but_the_plan_itself_is_every_program(pipeline, question):
    programs = list(dict.fromkeys(chunk.program for chunk in pipeline.index.program_rows))
    answer = pipeline.ask(question)
    assert answer.items == programs and len(programs) == 29
    assert answer.count == (29 if question.startswith("How many") or "幾" in question else None)


def test_the_ministrys_own_list_is_complete_beyond_the_length_of_a_short_answer(pipeline):
    rows = {chunk.program for chunk in pipeline.index.chunks if chunk.agency == "科技部（本部各單位）"}
    answer = pipeline.ask("科技部負責哪些計畫？")
    assert set(answer.items) == rows and len(rows) == 16 and len(answer.answer) > 200


def test_a_topic_list_includes_rows_that_use_the_abbreviation_the_plan_defines(pipeline):
    aliases = defined_aliases(tuple(document.text for document in pipeline.index.documents.values()))
    assert "人工智慧" in aliases["ai"] and "ai" in aliases["人工智慧"]
    answer = pipeline.ask("AI 相關的計畫有哪些？")
    assert "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)" in answer.items  # it writes 人工智慧, not AI
    assert "智慧創新研究中心推升計畫" in answer.items


def extract_without_evidence(pipeline, question: str):
    """What the answerer extracts for a question when the evidence gate has failed."""
    analysis = analyse(question, pipeline.index.glossary.translate)
    retriever = pipeline.retriever
    vector = retriever.embed_query(analysis.query)
    answerer = Answerer(pipeline.index, pipeline.settings.answer_lexical_weight, pipeline.settings.answer_prior_weight)
    candidates = answerer.candidates(analysis, vector, retriever.search(analysis.query, 10, query_vector=vector))
    return answerer.extract(analysis, candidates, vector, retriever.embed_query, evidence=False)


def test_only_a_list_read_from_the_table_is_answered_without_a_similar_sentence(pipeline):
    found = extract_without_evidence(pipeline, "Which programs does the National Applied Research Laboratories run?")
    assert found is not None and found.items == NARL and found.kind == "row list"
    assert extract_without_evidence(pipeline, "哪個計畫補助低軌衛星的發展？") is None
    assert extract_without_evidence(pipeline, "經濟部的計畫有哪些？") is None


@pytest.mark.parametrize("question", ["Which programs are about space technology?",
                                      "Which programs work on space technology?"])
def test_an_english_topic_a_field_value_names_only_in_part_is_a_topic_not_that_value(pipeline, question):
    assert pipeline.ask(question).items == ["下世代太空科技發展延續推動計畫"]  # 科技 alone: not every 科技發展 row


def test_a_word_most_rows_use_names_no_topic(pipeline):
    answer = pipeline.ask("Name the program that develops low-orbit satellites.")
    assert answer.items is None and answer.answer == BEYOND_5G


@pytest.mark.parametrize("question, condition", [
    ("科技部 110 年度有哪些科学园区建设计划", "科学园区建设"),
    ("跟半导体有关的计划有哪些", "跟半导体有关"),
    ("哪些计划由国家实验研究院负责", "由国家实验研究院负责"),
    ("国家实验研究院负责哪些计划", "国家实验研究院负责"),
])
def test_a_lists_condition_is_the_phrase_that_restricts_its_noun(question, condition):
    assert condition_text(question) == condition


@pytest.mark.parametrize("question, heading", [
    ("哪一項施政策略導入 OKR 管理？", "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"),
    ("Which strategy brings OKR management to program reviews?", "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"),
    ("國際攬才屬於哪一個施政目標？", "研究躍升卓越－深耕基礎研究，厚植科研人才，提升國際影響"),  # 哪一個: one, not a count
])
def test_a_strategy_question_is_answered_with_the_heading_of_its_section(pipeline, question, heading):
    answer = pipeline.ask(question)
    assert answer.answer == heading and answer.citations[0].quote.startswith(heading)
    cited(pipeline, answer)


@pytest.mark.parametrize("sentence, span, expected", [
    ("新興半導體製程、材料與元件技術等六大關鍵技術研發", "興半導體製程", "新興半導體製程"),
    ("以培育跨領域 AI 人才及建立數據集", "I 人才", "AI 人才"),
    ("提供 8 個實驗研究單位之大型研發平臺", "個實驗研究單", "個實驗研究單位"),
])
def test_spans_are_widened_to_whole_words(sentence, span, expected):
    start = sentence.index(span)
    new_start, new_end = snap_to_words(sentence, start, start + len(span))
    assert sentence[new_start:new_end] == expected


def test_a_comma_or_colon_inside_a_number_ends_no_clause():
    assert [m.group() for m in CLAUSE.finditer("培育人才 2,000 人次，上午 10:30 開幕。")] == ["培育人才 2,000 人次，",
                                                                                  "上午 10:30 開幕。"]


@pytest.mark.parametrize("sentence, span", [
    ("由高中課程向下延伸至國中及國小部。", "國中及國小部"),  # rjieba cuts 至國 and 中及, words its dictionary lacks
    ("強化數據智慧創新研究，以臺南沙崙智慧綠能科學城為基地。", "臺南沙崙智慧綠能科學城"),  # and 以臺
])
def test_a_function_character_the_segmenter_guesses_into_a_word_is_a_word_of_its_own(sentence, span):
    start = sentence.index(span)
    assert snap_to_words(sentence, start, start + len(span)) == (start, start + len(span))


@pytest.mark.parametrize("sentence, span, expected", [
    ("俾使科技計畫執行時能發揮槓桿作用，並促使各計畫主辦機關確實達成計畫目標。", "並促使各計畫主辦機關確實達成計畫目標", "促使各計畫主辦機關確實達成計畫目標"),
    ("完善韌性城市之災害整備、應變或重建等。", "之災害整備、應變或重建等", "災害整備、應變或重建等"),
    ("推動國際合作並提升研發能量。", "並提升研發能量", "提升研發能量"),
    ("強化災害情資並及時應變。", "及時應變", "及時應變"),  # 及時 is a word: its 及 joins nothing
])
def test_an_answer_does_not_open_with_the_conjunction_or_particle_that_joins_it_to_what_came_before(sentence, span,
                                                                                                    expected):
    start = sentence.index(span)
    new_start, new_end = trim(sentence, start, start + len(span), 200)
    assert sentence[new_start:new_end] == expected


def test_a_span_already_on_word_boundaries_is_kept():
    sentence = "二、重點補助大學研究中心：與教育部合作，配合國家戰略需求領域"
    start = sentence.index("教育部")
    assert snap_to_words(sentence, start, start + 3) == (start, start + 3)
    assert fold("教育部") == "教育部"


@pytest.mark.parametrize("question, expected", [
    ("哪個機構研發颱風洪水預警技術？", "國家災害防救科技中心"),  # named in its program's name
    ("Which organization develops typhoon and flood early-warning technology?", "國家災害防救科技中心"),
    ("哪個機構培育同步輻射人才？", "國輻中心"),
    ("Which organization develops low-orbit communication satellites?", "財團法人國家實驗研究院"),  # the row's agency
    ("颱風洪水的預警是誰在研發？", "國家災害防救科技中心"),  # 誰 doing something: whoever acts
    ("Who develops typhoon and flood early warning?", "國家災害防救科技中心"),
    ("Which center develops typhoon and flood early warning?", "國家災害防救科技中心"),  # a center is a body
    ("哪個機構輔導醫材新創？", "三科管局及國研院"),  # both bodies it joins, not a segmenter's 及國研院
])
def test_which_organisation_does_something_is_answered_by_the_body_the_evidence_names(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "organisation"
    cited(pipeline, answer)


def test_an_organisation_a_verb_governs_is_the_body_the_plan_names_never_the_rows_agency(pipeline):
    assert structure_of("科技部跟哪個機關合作設立研究中心？").governed
    assert pipeline.ask("科技部跟哪個機關合作設立研究中心？").answer == "教育部"  # 與教育部合作
    answer = pipeline.ask("腦科技計畫想成為什麼組織的成員？")  # not 科技部（本部各單位）, the brain program's agency
    assert answer.answer == "相關國際組織"
    assert structure_of("醫材計畫整合了誰的資源？").governed  # 誰的: a possessor the plan names
    assert pipeline.ask("醫材計畫整合了誰的資源？").answer.startswith("三科管局及國研院")  # not 南部科學園區管理局
    assert pipeline.ask("医材新创育成整合了谁的资源？").answer == "三科管局及國研院"  # both bodies, not 國研院 alone


@pytest.mark.parametrize("text, asked, expected", [
    ("整合三科管局及國研院資源", "", "三科管局及國研院"),  # the nouns before 及 join the body after it
    ("結合中央氣象局、水利署及國研院之能量", "", "中央氣象局、水利署及國研院"),  # every body of the list
    ("結合中央氣象局、水利署及國研院之能量", "国研院", "中央氣象局、水利署"),  # not the body the question names
    ("推動國研院研發", "", "國研院"),  # nothing joined: the body alone
])
def test_an_organisation_joined_to_others_is_answered_with_them(text, asked, expected):
    body = next(body for body in organisations_in(text) if fold(body.text) not in asked)  # as the answerer finds it
    start, end = coordinated(text, body.start, body.end, asked)
    assert text[start:end] == expected


@pytest.mark.parametrize("text, expected", [
    ("國家實驗研究院臺灣半導體研究中心負責建置", "國家實驗研究院臺灣半導體研究中心"),  # the institute's centre acts
    ("國家實驗研究院負責建置", "國家實驗研究院"),  # no unit after it: the body alone
    ("國家實驗研究院研究發展", "國家實驗研究院"),  # words that end in no unit's word are what it does
])
def test_an_organisation_named_with_its_unit_right_after_it_is_answered_with_the_unit(text, expected):
    body = organisations_in(text)[0]
    start, end = coordinated(text, body.start, body.end, "")
    assert text[start:end] == expected


def test_who_does_something_a_unit_of_an_institute_does_is_that_unit_in_full(pipeline):
    answer = pipeline.ask("Who builds the shared service platform for the semiconductor moonshot project?")
    assert answer.answer == "國家實驗研究院臺灣半導體研究中心"


def test_whom_the_ministry_puts_in_charge_is_the_body_after_the_verb_of_assigning(pipeline):
    # 科技部將責成[國研院]持續強化並整合核心技術與服務能量: not 科技部, who assigns, nor a program's agency
    answered(pipeline, "Who will the ministry put in charge of integrating core technology and service capacity?", "國研院",
             "organisation")


@pytest.mark.parametrize("question", ["誰要持續強化並整合核心技術與服務能量？",
                                      "Who will continue to integrate core technology and service capacity?"])
def test_who_does_what_a_body_is_put_in_charge_of_is_that_body_not_the_one_assigning(pipeline, question):
    # 科技部將責成[國研院]持續強化…: 國研院 acts; 科技部, the sentence's first body, assigns
    answered(pipeline, question, "國研院", "organisation")


def test_whom_a_body_acts_on_is_its_object_not_a_programs_agency(pipeline):
    answer = pipeline.ask("Whom will the ministry lead to look for solutions?")  # 引領[學者]深入探討及尋找解決方案
    assert "學者" in answer.answer and answer.signals["answered_by"] != "row field"
    answered(pipeline, "Whom will the ministry put in charge of integrating core technology and service capacity?",
             "國研院", "organisation")  # whom a body assigns is still the body it names


def test_an_organisation_asked_about_a_program_it_runs_is_still_the_rows_agency(pipeline):
    answer = pipeline.ask("哪個單位負責發展低軌通訊衛星？")
    assert answer.answer == "財團法人國家實驗研究院" and answer.signals["answered_by"] == "row field"


@pytest.mark.parametrize("question, expected", [
    ("中科管理局負責哪幾個計畫？", ["中部科學園區建設計畫", "中興園區籌設計畫"]),  # an alias, and 哪幾個 is a list
    ("哪些計畫由南科管理局負責？", ["南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫",
                                    "園區實驗高級中學業務推展計畫"]),
    ("NSRRC 負責哪些計畫？", ["基礎科學研究計畫－國輻中心業務推動與設施管理計畫", "台灣光子源光束線實驗設施建置計畫－第三期"]),
    ("Which programs does NARLabs run?", NARL),  # an acronym no dictionary translates
    ("Which two programs does NARLabs run?", NARL),  # a count restricts no topic (two: 二 of 第二年), nor the list
])
def test_a_list_by_agency_reads_the_agency_by_any_of_its_names(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.items == expected and answer.signals["answered_by"] == "row list"


@pytest.mark.parametrize("question, expected", [
    ("台灣光子源光束線實驗設施建置計畫是第幾期？", "第三期"),  # in the program's own name
    ("Which phase of the Taiwan Photon Source beamline program is funded?", "第三期"),
    ("后里园区的污水处理厂扩建工程是第几期？", "二期"),  # in the evidence sentence
    ("中科二林園區的水資源中心做到第幾期？", "一期一階"),  # with the stage within the phase
    ("南科的二期基地污水廠做到第幾期？", "第三期"),  # 二期基地污水廠第三期工程: not the 二期 of the name it repeats
    ("新竹園區的標準廠房是哪一期？", "新二期"),  # 哪一期 asks the phase as 第幾期 does; 新 names it (the new second)
    ("二林園區的水資源中心要做到第幾階段？", "一期一階"),  # a stage with the phase it is a stage of
    ("哪一期的太空計畫建立了基礎？", "第一、二期"),  # 哪一期 before a program noun asks the phase, not the program;
    ("太空計畫是在第幾期建立了基礎？", "第一、二期"),  # and ordinals sharing one classifier are one answer
    ("下世代太空科技计划是第几期国家太空科技发展长程计划的第几年？", "第三期國家太空科技發展長程計畫的第二年"),  # both
    ("下世代太空科技發展延續推動計畫是哪一期長程計畫的第幾年？", "第三期國家太空科技發展長程計畫的第二年"),
    ("Which year of the long-range space plan is the next-generation space program?", "第二年"),  # not 110 年
])
def test_a_which_phase_question_is_answered_with_the_ordinal_as_the_plan_writes_it(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "ordinal"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, verdict, agency", [
    ("射月計畫是不是國研院執行的？", "no", "科技部（本部各單位）"),  # 國研院: the agency by its abbreviation
    ("Is the semiconductor moonshot program run by NARLabs?", "no", "科技部（本部各單位）"),  # NARLabs: by its acronym
    ("Is the Beyond 5G LEO satellite program run by NARLabs?", "yes", "財團法人國家實驗研究院"),
    ("Is the photon source program run by NSRRC?", "yes", "財團法人國家同步輻射研究中心"),  # photon (光子) names 台灣光子源…
    ("Is the Hsinchu park construction program run by the Central park bureau?", "no", "新竹科學園區管理局"),
    # central and park name 中部科學園區管理局, bureau names no agency's word: most of its words
])
def test_an_agency_claimed_by_an_alias_is_checked_against_the_subjects_own_row(pipeline, question, verdict, agency):
    answer = pipeline.ask(question)
    assert answer.verdict == verdict and answer.signals["answered_by"] in ("field claim", "verdict")
    assert answer.answer == agency


@pytest.mark.parametrize("question, verdict, agency", [
    ("Does the Southern bureau run the semiconductor moonshot program?", "no", "科技部（本部各單位）"),
    ("Is the Hsinchu bureau in charge of the moonshot program?", "no", "科技部（本部各單位）"),
    ("Does NARLabs run the low-orbit satellite program?", "yes", "財團法人國家實驗研究院"),
    ("Does the Central Taiwan Science Park Bureau run the Chung Hsing park program?", "yes", "中部科學園區管理局"),
])
def test_an_english_body_said_to_run_a_named_program_is_checked_against_that_programs_row(pipeline, question, verdict,
                                                                                            agency):
    """The body is the claim's subject and the program its object: not a category claimed of the body, nor a row
    the body's own words name."""
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == (verdict, agency)
    cited(pipeline, answer)


def test_an_english_yes_no_question_about_a_program_on_a_topic_cites_the_topics_row(pipeline):
    """'Does the ministry run a program on X?' names no program: 'the ministry run a program' is no program's name."""
    answer = pipeline.ask("Does the ministry run a program on brain science?")
    assert (answer.verdict, answer.answer) == ("yes", "臺灣腦科技發展及國際躍升計畫")


@pytest.mark.parametrize("question", ["Which agency runs the moonshot program?", "moonshot program unit",
                                      "Which agency runs the semiconductor moonshot program?"])
def test_an_english_question_names_a_program_by_its_bracketed_alias(pipeline, question):
    """射月 is the moonshot; the program is named 智慧終端…研發計畫 (半導體射月計畫), by its alias only."""
    assert pipeline.ask(question).answer == "科技部（本部各單位）"


@pytest.mark.parametrize("question, expected", [
    ("射月計畫的全名是什麼？", "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)"),  # had been declined: weak evidence
    ("光束線實驗設施建置計畫的名稱為何？", "台灣光子源光束線實驗設施建置計畫－第三期"),
    ("What is the Beyond 5G program called in full?", BEYOND_5G),  # had been the row's first sentence
    ("What is the full name of the Beyond 5G program?", BEYOND_5G),
    ("What's the official name of the brain program?", "臺灣腦科技發展及國際躍升計畫"),  # official: no person
])
def test_the_name_of_a_program_the_question_names_in_part_is_its_full_name(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert (answer.asks, answer.answer) == ("program", expected)


@pytest.mark.parametrize("keywords, agency", [
    ("low orbit satellite program agency", "財團法人國家實驗研究院"),
    ("射月計畫 單位", "科技部（本部各單位）"),
])
def test_keywords_naming_a_program_then_its_agency_ask_for_the_rows_agency(pipeline, keywords, agency):
    answer = pipeline.ask(keywords)
    assert (answer.form, answer.asks, answer.answer) == ("keyword", "agency", agency)


@pytest.mark.parametrize("question, verdict, expected", [
    ("下世代太空計畫是第二期長程計畫嗎？", "no", "第三期"),  # its row: 第三期國家太空科技發展長程計畫
    ("下世代太空計畫是第三期長程計畫嗎？", "yes", "為第三期國家太空科技發展長程計畫的第二年"),  # where the row says so
    ("下世代太空計畫是長程計畫的第二年嗎？", "yes", "為第三期國家太空科技發展長程計畫的第二年"),  # 第二年 is stated
])
def test_a_number_claimed_of_a_named_program_is_checked_against_the_number_its_row_states(pipeline, question, verdict,
                                                                                        expected):
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == (verdict, expected)
    cited(pipeline, answer)


def test_a_field_claim_about_a_named_program_is_settled_by_the_table_even_on_weak_evidence(pipeline):
    answer = pipeline.ask("低軌衛星計畫是國研院負責的嗎？")  # its words match little of the prose; the row's agency answers
    assert answer.verdict == "yes" and answer.answer == "財團法人國家實驗研究院"
    assert answer.signals["answered_by"] == "field claim"


def test_a_simplified_question_in_mainland_words_meets_the_plans_taiwan_words(pipeline):
    question = "科技部推动哪些人工智能相关的计划？"  # 人工智能: the plan writes 人工智慧
    answer = pipeline.ask(question)
    assert "臨床資料庫與AI之跨域開發及增值應用" in answer.items
    assert answer.question == question and answer.lang == "zh-Hans"


def test_a_simplified_word_keeps_its_own_characters_where_the_plan_writes_it_so(pipeline):
    answer = pipeline.ask("脑科技计划的重点发展项目有哪些")  # s2twp would make 项目 專案; the plan writes 重點發展項目
    assert "腦秘密之探索" in answer.answer and answer.signals["answered_by"] == "enumeration"


def test_taiwan_wording_follows_the_documents_words_in_the_questions_context():
    from qa.text import compact, fold, taiwan_wording

    documents = compact(fold("重點發展項目包含腦科技。數據智慧應用科技計畫。人工智慧"))
    assert taiwan_wording("重点发展项目", documents) == "重點發展項目"
    assert taiwan_wording("数据智能应用", documents) == "數據智慧應用"
    assert taiwan_wording("人工智能", documents) == "人工智慧"  # only the Taiwan word is written
    assert taiwan_wording("补助对象", documents) == "補助對象"  # neither is written: 物件 would match nothing
    assert taiwan_wording("哪个项目") == "哪個專案"  # without the documents: OpenCC's Taiwan phrases


def test_a_word_the_plan_writes_in_another_form_is_read_in_the_plans_form_inside_words_only(pipeline):
    from qa.text import in_written_forms, written_forms

    forms = pipeline.index.scope.forms
    assert forms["计划"] == ("計畫",)  # read from the plan, which never writes 計劃
    assert in_written_forms("哪個計劃要建立新創資料庫？", forms) == "哪個計畫要建立新創資料庫？"  # s2twp's 計劃
    assert in_written_forms("產業創新計畫規劃的", forms) == "產業創新計畫規劃的"  # 劃的 spans two words: no 畫的
    assert in_written_forms("台灣光子源", forms) == "台灣光子源"  # the plan writes both 臺灣 and 台灣
    assert written_forms(["臺灣", "臺灣", "台灣"])["台湾"] == ("臺灣", "台灣")  # the most frequent form first


def test_a_program_belonging_to_an_agency_or_a_bureau_is_answered_with_its_rows_agency(pipeline):
    assert pipeline.ask("智慧災防新南向屬於哪個單位？").answer == "科技部（本部各單位）"
    assert pipeline.ask("中興園區的計畫屬於哪個局？").answer == "中部科學園區管理局"


@pytest.mark.parametrize("question, expected", [
    ("和教育部合作的是哪一種研究中心？", "重點補助大學研究中心"),  # 二、重點補助大學研究中心：與教育部合作…
    ("籌組產學聯盟提供核心技術是哪一項策略？", "產業應用策略"),  # 三、產業應用策略：籌組產學聯盟…, not a 壹 heading
])
def test_a_which_noun_question_about_what_a_labelled_item_says_is_answered_by_its_label(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "labelled item"


def test_a_label_answers_neither_a_list_nor_a_cause_nor_a_means():
    from qa.answering.answerer import KINDS

    applies = next(kind for kind in KINDS if kind.name == "labelled item").applies
    assert applies(analyse("和教育部合作的是哪一種研究中心？"))
    assert not any(applies(analyse(question)) for question in [
        "有哪些研究中心跟教育部合作？", "為什麼要和教育部合作推動研究中心？", "怎麼和教育部合作推動研究中心？"])


def test_a_label_that_itself_holds_the_questions_words_is_not_the_answer(pipeline):
    # 一、推動科技政策研究：… asked in its own label's words: the label would only restate the question
    assert pipeline.ask("推動科技政策研究屬於哪一種研究？").signals["answered_by"] != "labelled item"


def test_a_label_is_not_the_answer_when_the_items_text_has_the_asked_noun_where_the_questions_words_place_it(pipeline):
    # 二、強化聯合研究大樓多元營運服務：…提供研究團隊及廠商[一站式完整技術服務]: the text says which 服務 is provided
    answer = pipeline.ask("聯合研究大樓要提供研究團隊什麼服務？")
    assert answer.answer == "一站式完整技術服務" and answer.signals["answered_by"] != "labelled item"


def test_a_slot_whose_noun_the_plan_puts_before_the_verb_with_jiang_is_that_noun_phrase(pipeline):
    answer = pipeline.ask("園區要導入什麼服務系統？")  # 將各類適合園區應用的創新服務系統導入園區及在地生活圈
    assert answer.answer == "各類適合園區應用的創新服務系統"


def test_a_slot_whose_noun_follows_the_verb_is_not_read_before_it():
    from qa.answering.slot import slot_span

    sentence = "將各類服務系統導入園區，並導入創新服務系統。"
    gap = slot_span("要導入什麼服務系統", sentence)
    assert gap is not None and "各類" not in sentence[gap.start:gap.end]


def test_who_does_something_the_plan_marks_with_its_agent_before_the_verb_is_that_agent(pipeline):
    answer = pipeline.ask("誰來挖掘學校具產業潛力研發成果？")  # 透過[研究機構]挖掘學校具產業潛力研發成果
    assert answer.answer == "研究機構" and answer.signals["answered_by"] == "organisation"


def test_an_agent_marker_inside_a_word_marks_no_agent():
    from qa.answering.organisation import marked_agent

    assert marked_agent("學者自由提出專題研究。", "谁来提出专题研究") is None  # 自由 is no 由
    assert marked_agent("由各機構提出專題研究。", "谁来提出专题研究") == (1, 4)


def test_a_program_named_by_an_abbreviation_of_its_name_is_the_row_an_agency_question_asks_about(pipeline):
    assert in_order("醫材", "醫療器材產業加速新創與躍升國際推動計畫") and not in_order("材醫", "醫療器材")
    answer = pipeline.ask("醫材計畫由哪個單位負責？")  # 醫材 is 醫(療器)材; the biomedical row ranks first on 醫材領域
    assert answer.answer == "南部科學園區管理局" and answer.signals["answered_by"] == "row field"


def test_two_programs_named_loosely_then_which_one_is_a_choice_between_their_rows(pipeline):
    answer = pipeline.ask("射月計畫和腦科技計畫，哪一個有做人工智慧晶片？")
    assert answer.form == "choice" and answer.answer.startswith("智慧終端半導體製程與晶片系統研發計畫")
    answer = pipeline.ask("科研成果創新創業價創計畫跟產學研鏈結價值躍升計畫哪個有講以學引產？")
    assert answer.answer == "產學研鏈結價值躍升計畫"
    answer = pipeline.ask("智慧災防新南向跟氣候變遷計畫哪一個有研究坡地？")  # one named in full, one loosely
    assert answer.answer == "氣候變遷對臺灣生態環境及社會影響之研究"


def test_an_english_what_does_x_v_question_ending_in_a_prepositional_phrase_takes_the_verbs_object(pipeline):
    answer = pipeline.ask("What does MOST want to introduce into the review mechanism?")  # 導入 OKR 管理概念
    assert answer.answer == "OKR 管理概念"


def test_the_english_verb_is_the_word_before_the_first_preposition_after_the_subject():
    from qa.answering.slot import english_verb

    assert english_verb("What does MOST want to break through in semiconductors?") == "break"
    assert english_verb("What does the agriculture program want to reduce?") == "reduce"
    assert english_verb("What does the program focus on?") is None  # nothing after the particle names a place


@pytest.mark.parametrize("question, verb", [
    ("What does the innovation and entrepreneurship program bring in to coach teams?", "introduce"),
    ("What does the NSRRC set up to serve users?", "establish"),
    ("What does the ministry set up for foreign scholars?", "establish"),
    ("What will the climate change program come up with?", "devise"),
])
def test_an_english_phrasal_verb_is_read_as_the_one_verb_of_its_meaning(question, verb):
    from qa.answering.slot import english_verb

    assert english_verb(question) == verb


@pytest.mark.parametrize("question, verb", [
    ("What does the ministry want to scan continuously?", "scan"),  # a manner adverb after the verb is no verb
    ("What does the ministry want to strengthen actively?", "strengthen"),
    ("What does the ministry want to apply?", "apply"),  # apply, supply: verbs, though they end in -ly
    ("What does the clinical program supply?", "supply"),
])
def test_an_english_manner_adverb_ending_the_question_is_not_its_verb(question, verb):
    assert english_verb(question) == verb


@pytest.mark.parametrize("question, expected", [
    ("What does the ministry combine to speed up energy technology innovation?", "創新能源及智慧科技"),  # 透過[…]的結合，
    ("What does the clinical data program hope to grow?", "促進我國智慧醫療產業"),  # […]之發展。
    ("Which industry does the clinical database program want to grow?", "促進我國智慧醫療產業"),  # ending in 產業
])
def test_an_english_verb_the_plan_makes_a_noun_ending_its_clause_takes_what_stands_before_its_de(
        pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


def test_an_english_verb_whose_particle_ends_the_question_asks_for_what_it_takes_in(pipeline):
    question = "What will the ministry invest in actively to deal with complex social problems?"
    assert english_verb(question) == "invest"  # in ends it: what is invested in is 投入's object
    assert english_verb("What does the program focus on?") is None  # on names no such object; the focus kind reads it
    assert pipeline.ask(question).answer == "跨領域整合型研究"  # 積極投入[跨領域整合型研究]


@pytest.mark.parametrize("question", ["What does the synchrotron radiation center keep running stably?",
                                      "What does the synchrotron center keep operating?"])
def test_what_an_english_keep_doing_keeps_is_the_noun_phrase_before_how_it_goes_on(pipeline, question):
    assert english_verb(question) == "keep"  # not running or stably
    assert pipeline.ask(question).answer == "光源設施"  # 維持[光源設施]穩定運轉


def test_an_english_keep_doing_is_going_on_doing_where_the_plan_writes_chixu_before_the_verb(pipeline):
    answer = pipeline.ask("What does the park high school keep improving?")
    assert answer.answer == "校園教學環境及設施"  # 持續改善[…]: not 符合[國外教學制度] for keep, nor the 提升 after it


def test_keep_doing_adds_continue_to_an_english_questions_terms_and_keeps_keep():
    from qa.question.analysis import EN_CONTINUING

    assert EN_CONTINUING.sub(r"\g<0>continue ", "What does it keep scanning?") == "What does it keep continue scanning?"


def test_an_english_verbs_translation_before_de_qualifies_a_noun_and_takes_no_object(pipeline):
    answer = pipeline.ask("What does the ministry want to cultivate through participation in global research?").answer
    assert not answer.startswith("的")  # 在人才養成的各個階段: 養成 qualifies 階段, no object [的各個階段] after it


def test_what_an_english_come_up_with_asks_is_the_object_of_the_plans_gou_si(pipeline):
    question = "What kind of farming management model will the climate change program come up with?"
    assert pipeline.ask(question).answer == "多元永續農業經營調適模式"  # 構思[多元永續農業經營調適模式]


def test_an_english_object_is_read_past_a_manner_adverb(pipeline):
    assert pipeline.ask("What does the ministry want to strengthen actively?").answer == "科技外交"  # 積極強化[科技外交]


def test_an_english_verbs_object_is_read_where_a_translation_of_its_subject_stands_before_it(pipeline):
    answer = pipeline.ask("What does big data drive?")  # 以[大數據]驅動[精準健康之潮流], the third sentence; the best
    assert answer.answer == "精準健康之潮流"  # has 大數據資料庫 far from its 帶動, which drives another thing
    cited(pipeline, answer)
    assert english_subject("What does big data drive?", "drive").strip() == "big data"
    assert english_subject("What does the agriculture program want to reduce?", "reduce").strip() == \
        "the agriculture program want to"


def test_a_phrasal_verbs_object_is_found_by_its_one_verb_translation(pipeline):
    answer = pipeline.ask("What does the innovation and entrepreneurship program bring in to coach teams?")
    assert answer.answer.startswith("國際知名加速器")  # 引進[國際知名加速器]…: bring in is introduce, 引進


def test_whether_the_ministry_funds_a_program_named_loosely_asks_whether_it_exists(pipeline):
    answer = pipeline.ask("科技部有沒有補助太空計畫？")  # 補助 is no claim: it had matched the row named 科技部補助…
    assert answer.verdict == "yes" and answer.answer == "下世代太空科技發展延續推動計畫"


def test_the_ministrys_own_name_before_a_plan_noun_names_no_program(pipeline):
    answer = pipeline.ask("科技部審查計畫時有用OKR嗎？")  # the ministry reviewing programs, not its 科技部補助… row
    assert answer.verdict == "yes"  # had been no, with 科研成果創新創業價創計畫
    assert pipeline.ask("科技部補助大專校院延攬人才的計畫是哪一類？").answer == "科技發展"  # the row's own 科技部 still


@pytest.mark.parametrize("question, verdict, stated", [
    ("Is the photon source beamline program in its second phase?", "no", "台灣光子源光束線實驗設施建置計畫－第三期"),
    ("Is the photon source beamline program in its third phase?", "yes", "台灣光子源光束線實驗設施建置計畫－第三期"),
    ("Is the space program in its second phase?", "no", "第三期"),  # its row: 第三期國家太空科技發展長程計畫
])
def test_an_english_phase_claim_is_settled_by_the_phase_the_programs_name_or_row_states(pipeline, question, verdict,
                                                                                       stated):
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == (verdict, stated)


def test_a_gap_that_lacks_the_asked_noun_gives_way_to_a_later_one_that_ends_in_it(pipeline):
    # 為吸引全球[頂尖科研人才] fills the gap first; 吸引全球[高科技和戰略性產業]設立… names the 產業 asked for
    assert pipeline.ask("要吸引全球哪些產業？").answer == "高科技和戰略性產業"


def test_the_asked_noun_is_the_run_of_nouns_right_after_the_last_interrogative():
    from qa.answering.slot import noun_after_interrogative

    assert noun_after_interrogative("科技部要吸引全球什麼產業來設研發中心") == "产业"
    assert noun_after_interrogative("要如何推動產學合作") == ""
    assert noun_after_interrogative("生物科技研究提供什麼樣的專業服務？") == "专业服务"  # a verbal noun ending it heads it
    assert noun_after_interrogative("用什麼方式培育人才") == "方式"  # one a verb follows is the predicate


def test_a_gap_ending_in_the_whole_asked_noun_phrase_beats_an_earlier_one_ending_in_its_head_only(pipeline):
    answer = pipeline.ask("生物科技研究部分提供什麼樣的專業服務？")  # not 提供[符合…需求的]服務 of the best sentence
    assert answer.answer == "一站式專業服務"
    cited(pipeline, answer)


def test_the_policy_a_plan_rests_on_is_answered_from_its_text_not_with_a_heading(pipeline):
    answer = pipeline.ask("科技部根據哪個方針編定施政計畫？")  # 本部依據[行政院 110 年度施政方針]…編定
    assert answer.answer == "行政院 110 年度施政方針"


@pytest.mark.parametrize("question, filler", [
    ("COVID-19 疫情期間什麼成為重點？", "科技防疫"),  # 期間 before a verb asks for no period
    ("什麼成為產業未來最重要的競爭優勢？", "各種數位科技的創新應用"),  # …創新應用[已]成為…
    ("智慧災防新南向用什麼串起雙島的觀測點？", "臺灣現有研究船"),  # [經由]臺灣現有研究船串起…
])
def test_an_interrogative_that_is_its_verbs_subject_is_filled_by_the_phrase_before_that_verb(pipeline, question, filler):
    answer = pipeline.ask(question)
    assert answer.answer == filler and answer.signals["answered_by"] == "slot"


def test_who_does_something_is_no_body_named_inside_that_verbs_object(pipeline):
    # 為補助各大專校院及經[行政院]核定準用之研究機構經費: 行政院 approves the institutions, it funds nothing here
    answer = pipeline.ask("誰補助大專校院延攬特殊優秀人才？")
    assert answer.answer == "科技部" and answer.signals["answered_by"] == "organisation"


def test_an_english_field_question_about_a_program_described_by_what_it_does_reads_the_best_row(pipeline):
    # 'builds' in the subject pulled its name towards the park construction programs
    answer = pipeline.ask("Who runs the program that builds the photon source beamlines?")
    assert answer.answer == "財團法人國家同步輻射研究中心"


def test_a_how_question_is_answered_from_the_top_sentence_holding_most_of_its_rare_words(pipeline):
    # the best-ranked sentence says 因應…挑戰; the one that says 衝擊 tells what is done about it
    answer = pipeline.ask("科技部怎么因应新兴科技对社会的冲击？")
    assert answer.answer == "建立風險管控、責任規範及價值反思"


def test_a_how_question_about_a_labelled_item_is_answered_by_what_the_item_says_not_its_label(pipeline):
    # （二）科普產品製播推廣產學合作計畫：促進傳播媒體產業與國內科學家進行產學合作，…
    answer = pipeline.ask("科技部如何推廣科普產品？").answer
    assert answer.startswith("促進傳播媒體產業與國內科學家進行產學合作") and "計畫" not in answer


def test_the_government_asked_about_is_none_of_the_words_that_choose_a_how_questions_sentence(pipeline):
    # 政府 opening the question would draw it to 建立創新導向的[政府]服務 of the park row
    assert "完善園區數位治理系統" in pipeline.ask("政府怎麼讓園區管理數位化？").answer


@pytest.mark.parametrize("question, expected", [
    ("政府怎麼讓太空產業在臺灣發展？", "自主研發前瞻太空技術"),  # the first sentence also holds 發展: one common word more
    ("园区怎么让进驻的公司员工生活更方便？", "實現安心便利生活"),  # 進駐 alone is not what the question is about
])
def test_a_how_question_keeps_its_best_sentence_when_another_holds_only_a_little_more_of_its_words(pipeline, question,
                                                                                                   expected):
    assert expected in pipeline.ask(question).answer


@pytest.mark.parametrize("question", ["政府如何讓科技預算花得更有效？", "科技部怎麼促使科技預算發揮最大綜效？"])
def test_how_a_result_is_reached_is_the_clauses_before_the_purposes_that_lead_to_it(pipeline, question):
    # …導入 OKR 管理概念，並促使…，俾使…，帶動…，以達…，促使科技預算發揮最大綜效: not the results before the last
    assert pipeline.ask(question).answer == "導入 OKR 管理概念，並促使各計畫主辦機關確實達成計畫目標"


@pytest.mark.parametrize("question, expected", [
    ("科技部要怎麼強化資安產品？", "強化資安產品技術量能"),  # 並以[…]等科技發展策略 names it: no purpose it leads to
    ("科技部怎麼讓一般民眾對科學更有興趣？", "以創新、多元之方式規劃辦理活動"),  # not the label 大眾科學教育計畫：
])
def test_a_clause_that_names_the_asked_thing_or_follows_a_label_starts_no_run_of_purposes(pipeline, question, expected):
    assert expected in pipeline.ask(question).answer


def test_how_a_goal_a_clause_restates_is_reached_is_the_means_the_sentence_opens_with(pipeline):
    # 藉由開放核心設施平臺，…，更吸引國際使用者: 吸引 is the question's goal, 藉由 opens how
    answer = pipeline.ask("科技部怎麼吸引國外使用者來用生技核心設施？")
    assert answer.answer.startswith("藉由開放核心設施平臺")
    assert "博士級人才實務訓練" in pipeline.ask("科技部怎麼培養博士人才？").answer  # 透過營造… opens, 培養 is not there


def test_an_english_count_of_dimensions_is_the_count_of_the_plans_mian_xiang(pipeline):
    answer = pipeline.ask("How many dimensions does science communication advance along?")
    assert answer.answer.startswith("五大面向") and answer.signals["answered_by"] == "fact"


@pytest.mark.parametrize("question, year", [
    ("科技部的施政計畫是哪一年度？", "110 年度施政方針"),  # the plan's year, as its own sentence writes it
    ("Which fiscal year does this plan cover?", "110 年度施政方針"),
    ("基礎科學研究計畫哪一年度要納入博士生獎學金？", "110 年度為鼓勵年輕學者積極投入研究領域"),
])
def test_a_fiscal_year_asked_for_is_one_the_plan_writes_as_a_fiscal_year(pipeline, question, year):
    answered(pipeline, question, year, "fact")


@pytest.mark.parametrize("question, means", [
    ("How are universities given money to reward outstanding talent?", "透過總補助方式"),  # 用以獎勵…，…，[透過…]
    ("海洋科研要怎麼連結南海周邊科學家？", "運用科學會議連結南海周邊科學家"),  # the clause asked about says how itself
    ("How will the ministry connect scientists around the South China Sea?", "運用科學會議"),
])
def test_how_is_the_means_a_clause_opens_with_in_or_right_after_the_clause_asked_about(pipeline, question, means):
    assert pipeline.ask(question).answer.startswith(means)


def test_a_means_after_a_clause_that_is_no_purpose_is_another_statements(pipeline):
    # 因應不同國家…，[設定資源配比]…，透過多元化合作…: the later 透過 is how something else is done
    assert pipeline.ask("和不同國家合作時，科技部會怎麼分配資源？").answer.startswith("設定資源配比")


@pytest.mark.parametrize("question, means", [
    ("摩爾定律的挑戰要靠什麼突破？", "推動前瞻半導體材料元件及積體電路"),  # not the 110 年度 row's 重大科學議題的突破
    ("要靠什麼突破摩爾定律的挑戰？", "推動前瞻半導體材料元件及積體電路"),
    ("農業要靠什麼減少極端氣候造成的損失？", "藉由智慧農業創新科技的投入與研發"),  # not 減少…農損 restated
])
def test_a_verb_after_kao_shenme_asks_for_the_means_not_for_a_list_of_that_noun(pipeline, question, means):
    assert means in pipeline.ask(question).answer


def test_a_noun_after_the_interrogative_of_a_how_question_is_still_the_noun_asked_for(pipeline):
    structure = analyse("科技部透過什麼機制推動國際合作？")
    assert structure.how and not typed_list.asks_means_by_verb(structure, "机制推动国际合作")


@pytest.mark.parametrize("question", ["醫材計畫的育成協助有哪些？", "醫材計畫的育成協助有哪幾項？"])
def test_the_parts_of_what_a_heading_names_are_the_items_it_opens(pipeline, question):
    answer = pipeline.ask(question)  # 一、提供醫療器材商品化過程中的育成協助, then (一)…(三)
    assert len(answer.items) == 3 and answer.items[0].startswith("引進及整合資源")
    assert answer.items[2].startswith("維運創價醫材加速器平臺")
    cited(pipeline, answer)


@pytest.mark.parametrize("question, first, count", [
    ("光子源計畫要建幾條光束線？", "奈米 X 光顯微術", 7),  # …、高解析 X 光光譜等光束線實驗設施: the noun closes the list
    ("中部科學園區建設計畫有幾項工程？", "地籍整理", 10),  # 二林園區各項工程建設，包括：(一)…(十); not 20 公尺道路工程
    ("光子源計畫要建置幾種光束線實驗設施？", "奈米 X 光顯微術", 7),  # the whole counted phrase closes the list
    ("中科二林園區的工程總共有幾項？", "地籍整理", 10),  # the counted noun before 有幾項
    ("光子源第三期要建多少條光束線？", "奈米 X 光顯微術", 7),  # 多少 counts as 幾 does
    ("How many beamlines will the photon source program build?", "奈米 X 光顯微術", 7),  # the counted word's terms
    ("智慧農業計畫有幾個產業鏈關鍵技術？", "新興精準育種技術", 9),  # not 3 大研究重點, which counts no 技術; 等產業鏈間之
    # 關鍵技術 closes the list, and 「微生物及其副產物應用」 is one item
])
def test_a_count_the_plan_does_not_state_but_lists_is_the_number_of_listed_items(pipeline, question, first, count):
    answer = pipeline.ask(question)
    assert answer.count == count and len(answer.items) == count and answer.items[0] == first
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("下世代太空計畫是第幾期長程計畫？", "第三期"),
    ("脑科技计划要跟什么样的国际计划连结？", "國際大型計畫"),
])
def test_a_program_question_about_another_plan_is_not_answered_by_the_program_it_names_first(pipeline, question,
                                                                                              expected):
    answer = pipeline.ask(question)
    assert expected in answer.answer
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["哪個計畫跟教育部合作？", "哪個計畫與教育部合作？"])
def test_a_partner_joined_by_gen_or_yu_names_the_same_program(pipeline, question):
    assert pipeline.ask(question).answer == "智慧創新研究中心推升計畫"  # 重點補助大學研究中心：與教育部合作


@pytest.mark.parametrize("question, expected", [
    ("新竹科學園區管理局除了建設計畫還負責什麼計畫？", "科學園區業務推展計畫"),  # its other row
    ("除了國研院，還有哪個財團法人有負責計畫？", "財團法人國家同步輻射研究中心"),  # a 財團法人, not the one set aside
    ("除了低軌衛星計畫，國研院還負責哪個計畫？", "基礎科學研究計畫－國家實驗研究院"),  # a row, not 建置本計畫 of prose
    ("Which bureau other than the Southern Taiwan Science Park Bureau runs a construction program?", "中部科學園區管理局"),
    ("Apart from the Central bureau, which bureau runs a science park construction program?", "南部科學園區管理局"),
])  # the Central bureau: set aside by its translation (中部)
def test_what_a_question_sets_aside_is_not_its_answer_but_another_row_that_meets_the_rest(pipeline, question,
                                                                                           expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected
    cited(pipeline, answer)


@pytest.mark.parametrize("question, items", [
    ("竹科管理局除了建設計畫以外還有哪些計畫？", ["科學園區業務推展計畫"]),
    ("國研院除了低軌衛星計畫還負責哪些計畫？", NARL[:2]),
    ("除了公共建設類的計畫，南科還有哪些計畫？", ["醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),
])
def test_a_list_with_something_set_aside_is_the_rest_of_its_condition_without_it(pipeline, question, items):
    assert pipeline.ask(question).items == items


def test_a_list_of_programs_whose_names_hold_some_words_reads_the_names(pipeline):
    basic = [program for program in dict.fromkeys(chunk.program for chunk in pipeline.index.program_rows)
             if program.startswith("基礎科學研究計畫")]
    answer = pipeline.ask("名稱裡有「基礎科學研究計畫」的計畫有幾個？")  # not a sentence about basic research
    assert answer.items == basic and answer.count == len(basic) == 4
    assert pipeline.ask("哪些計畫的名稱有「科學園區」？").items == [
        "新竹科學園區建設計畫", "科學園區業務推展計畫", "中部科學園區建設計畫", "南部科學園區建設計畫"]


def test_a_list_whose_only_rows_are_set_aside_is_declined(pipeline):
    assert pipeline.ask("除了國研院，還有哪些計畫跟衛星有關？").abstained  # both satellite programs are NARLabs'


def test_a_counted_list_is_the_verbs_object_when_it_has_that_many_items(pipeline):
    answer = pipeline.ask("B5G衛星計畫要驗證哪兩樣東西？")  # not 短時程及高效能, two items of another phrase
    assert answer.answer == "臺灣自主發展的通訊酬載與地面通訊設備"
    # 促使科研成果串連[產業需求] in the best sentence is one; 串連[人文與科技]，形成跨領域團隊, two, ranks lower
    assert pipeline.ask("跨領域團隊是要串連哪兩個東西？").answer == "人文與科技"


def test_the_body_a_how_question_names_is_not_what_it_is_about(pipeline):
    # 災防中心 is named by a 壹 sentence of its tasks too; 研究成果 and 政府 are what the question asks about
    answer = pipeline.ask("災防中心怎麼把研究成果給政府用？")
    assert "提供政府相關決策支援及政策建言" in answer.answer


def test_a_slot_filler_goes_on_past_a_dash_that_continues_its_name(pipeline):
    answer = pipeline.ask("銅鑼污水廠要做什麼工程？")  # 銅鑼污水廠[二期工程－導電度處理設施功能提升]等
    assert answer.answer == "二期工程－導電度處理設施功能提升"


def test_what_goal_of_another_body_is_answered_from_the_text_not_with_a_heading(pipeline):
    answer = pipeline.ask("科技部想跟聯合國的什麼目標扣合？")  # 扣合聯合國的[永續發展目標]
    assert answer.answer == "永續發展目標"


@pytest.mark.parametrize("question", ["Why will the ministry link with Silicon Valley resources?", "科技部為什麼要鏈結矽谷資源？"])
def test_a_purpose_fronted_before_a_paragraph_does_not_reach_past_an_action_opened_by_ling(pipeline, question):
    answer = pipeline.ask(question).answer  # 為加速…產業化，…，另加強鏈結矽谷資源…等，[提升臺灣新創國際競爭力]
    assert answer.startswith("提升臺灣新創國際競爭力") and "加速科研成果" not in answer


def test_an_english_how_question_about_industry_clusters_finds_the_plans_industry_cluster(pipeline):
    answer = pipeline.ask("How does the ministry want to help industry clusters upgrade?").answer
    assert "加速產學合作技轉" in answer  # …，加速產學合作技轉，以協助產業聚落升級: cluster is glossed 聚落


def test_an_english_why_finds_the_sentence_of_a_word_tagged_a_time_word(pipeline):
    answer = pipeline.ask("Why does the ministry want to discover society's latent needs?")  # latent: 潛在
    assert answer.answer == "建立多元包容社會"  # 另發掘社會潛在需求，…，[以建立多元包容社會]


def test_the_purpose_of_a_passage_that_states_its_aim_is_all_the_aim_says(pipeline):
    answer = pipeline.ask("臨床資料庫與AI計畫的目的是什麼？")  # 鑒此，本計畫旨於[應用國內之臨床大數據，…之發展]
    assert answer.signals["answered_by"] == "purpose"
    assert answer.answer.startswith("應用國內之臨床大數據") and answer.answer.endswith("促進我國智慧醫療產業之發展")


def test_what_programs_a_body_has_lists_every_row_of_it(pipeline):
    answer = pipeline.ask("南科有什麼計畫？")
    assert answer.items == ["南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]


def test_a_failing_answer_kind_is_logged_and_the_next_kind_answers(pipeline, monkeypatch, caplog):
    from qa.answering import answerer

    def broken(context):
        raise IndexError("a fault in the slot unit")

    kinds = [answerer.Kind(kind.name, kind.applies, broken if kind.name == "slot" else kind.answer, kind.structural)
             for kind in answerer.KINDS]
    monkeypatch.setattr(answerer, "KINDS", kinds)
    answer = pipeline.ask("推動前瞻半導體材料元件是要突破什麼樣的挑戰呢？")  # a slot question, asked nowhere else
    assert answer.answer and not answer.abstained
    assert "answer kind 'slot' failed" in caplog.text
    caplog.clear()  # expected here; any other test fails on such a record (conftest.no_answer_kind_fails)


def test_an_answer_kind_that_extracts_only_brackets_or_punctuation_gives_way_to_the_next(pipeline, monkeypatch):
    from qa.answering import answerer
    from qa.answering.base import Extraction

    def bracket(context):
        return Extraction("（）", [], context.best)

    kinds = [answerer.Kind(kind.name, kind.applies, bracket if kind.name == "slot" else kind.answer, kind.structural)
             for kind in answerer.KINDS]
    monkeypatch.setattr(answerer, "KINDS", kinds)
    answer = pipeline.ask("推動前瞻半導體材料元件是要突破什麼樣的挑戰呢？")
    assert answer.answer.strip("（）") and answer.signals["answered_by"] != "slot"


STRATEGIES_OF_RESEARCH = ["強化基礎科學，連結國際科研社群，提升科研創新及社會貢獻", "整合共用資源，完善科技服務生態系，提升科研資源運用效能",
                          "厚植卓越科研人力，強化國際攬才措施，促進國際人才群聚及匯流", "鏈結科普在地資源，啟迪創意下一代，豐沛未來科研人才",
                          "強化科研合作，以科技結盟全球，追求國際卓越及影響力"]


@pytest.mark.parametrize("question, answer, items, count", [
    ("研究躍升卓越有哪些策略？", "、".join(STRATEGIES_OF_RESEARCH), STRATEGIES_OF_RESEARCH, None),
    ("研究躍升卓越包含幾個策略？", "、".join(STRATEGIES_OF_RESEARCH), STRATEGIES_OF_RESEARCH, 5),
    ("研究躍升卓越底下的第三項策略是什麼？", STRATEGIES_OF_RESEARCH[2], None, None),
    ("年度施政目標的第二個主軸是什麼？", "研究躍升卓越－深耕基礎研究，厚植科研人才，提升國際影響", None, None),
    ("壹的第二部分有幾項策略？", "、".join(STRATEGIES_OF_RESEARCH), STRATEGIES_OF_RESEARCH, 5),  # a part by its numeral
    ("研究躍升卓越的五項策略是什麼？", "、".join(STRATEGIES_OF_RESEARCH), STRATEGIES_OF_RESEARCH, None),  # a count stated
])
def test_the_parts_of_a_heading_the_question_names_are_read_from_the_outline(pipeline, question, answer, items, count):
    found = pipeline.ask(question)
    assert (found.answer, found.items, found.count) == (answer, items, count)
    assert found.signals["answered_by"] == "outline"
    assert [c.quote.split("：")[0] for c in found.citations] == (items or [answer])
    cited(pipeline, found)


def test_a_heading_named_by_a_word_of_it_between_a_count_and_a_part_noun_gives_its_parts(pipeline):
    found = pipeline.ask("科技部110年的三大施政主軸是什麼？")  # 施政 of 年度施政目標及策略, the one heading with three parts
    assert found.signals["answered_by"] == "outline" and len(found.items) == 3
    assert found.items[1] == "研究躍升卓越－深耕基礎研究，厚植科研人才，提升國際影響"
    cited(pipeline, found)


@pytest.mark.parametrize("question", ["哪一項施政策略導入 OKR 管理概念？",
                                      "研究躍升卓越的三項策略是什麼？"])  # it has five: not the heading meant
def test_a_question_about_parts_that_names_no_heading_or_other_parts_is_not_read_from_the_outline(pipeline, question):
    assert pipeline.ask(question).signals.get("answered_by") != "outline"


@pytest.mark.parametrize("question", ["科技部在國家科技發展中扮演什麼角色？", "科技部的角色是什麼？",
                                      "科技部在国家科技发展中扮演什么角色？",
                                      "What role does MOST play in national science development?"])
def test_a_bodys_role_is_what_the_plan_equates_it_with(pipeline, question):
    answer = pipeline.ask(question)  # 科技部為國家科技發展掌舵者，經由跨部會協調…: the sentence ranks low in English
    assert answer.answer == "國家科技發展掌舵者" and answer.signals["answered_by"] == "role"
    cited(pipeline, answer)


def test_a_body_the_plan_gives_no_role_is_not_given_one(pipeline):
    answer = pipeline.ask("國研院扮演什麼角色？")  # 國研院致力於…: what it does, no copula
    assert answer.signals.get("answered_by") != "role"


@pytest.mark.parametrize("question, park", [
    ("哪個園區要蓋複合式商店？", "高雄園區"),  # 辦理高雄園區管線…、…、管 1 複合式商店興建工程: the park the list opens with
    ("第二生技大樓在哪個園區？", "新竹生物醫學園區"),  # 價購新竹生物醫學園區第二生技大樓: not 宜蘭園區第二期
    ("安定掩埋場在哪個園區？", "臺南園區"),
    ("Which park will build a multi-purpose store?", "高雄園區"),
    ("二期基地污水廠在哪裡？", "臺南園區"),  # where, when the plan names a park with it
    ("中科要在哪個園區蓋標準廠房？", "虎尾園區"),  # of the named bureau's rows: not 竹科's 新竹園區…標準廠房工程
    ("保警服務大樓在哪個園區？", "二林園區"),  # item (十) of 辦理二林園區各項工程建設，包括：; 二 is no number there
])
def test_which_park_is_the_park_the_plan_names_with_the_thing_asked_about(pipeline, question, park):
    answer = pipeline.ask(question)
    assert answer.answer == park and answer.signals["answered_by"] == "place"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, bureau", [
    ("Who is in charge of the Erlin park road works?", "中部科學園區管理局"),  # 二林 is in no program's name
    ("Which bureau runs the Anping reclaimed water project?", "南部科學園區管理局"),  # 安平…再生水: not 中科's 再生水
])
def test_an_english_subject_naming_a_place_finds_the_row_that_writes_it(pipeline, question, bureau):
    assert pipeline.ask(question).answer == bureau


@pytest.mark.parametrize("question", ["南科臺南園區的再生水園區在哪裡？", "數據智慧計畫在哪裡設基地？", "坡地計畫在哪裡實施？"])
def test_where_a_park_is_or_a_place_no_park_names_is_no_park_answer(pipeline, question):
    assert pipeline.ask(question).signals["answered_by"] != "place"  # 安平及永康…; 以臺南沙崙智慧綠能科學城為基地


@pytest.mark.parametrize("question", ["園區實驗高中要把課程延伸到哪裡？", "园区实验高中要把课程延伸到哪里"])
def test_a_park_that_qualifies_the_next_word_is_not_the_place_asked_for(pipeline, question):
    answer = pipeline.ask(question)  # 園區 qualifies 實驗高中: where the school's courses go, not where a park is
    assert not answer.abstained and "國中及國小部" in answer.answer
    cited(pipeline, answer)


def test_a_where_question_asks_for_a_park_when_the_park_heads_what_it_names():
    assert park_asked(fold("再生水園區在哪裡")) and park_asked(fold("二林園區的位置在哪"))
    assert not park_asked(fold("園區公共藝術在哪裡")) and not park_asked(fold("園區實驗高中要把課程延伸到哪裡"))


def test_a_thing_is_named_by_whole_words_of_the_question_not_by_a_word_split():
    assert whole_words("坡地计划", 1, 4) == (2, 4)  # 地計畫 of 基地計畫 is half of 坡地: only 計畫 is a whole word
    assert whole_words("复合式商店", 0, 5) == (0, 5)


def test_a_body_the_question_names_by_another_name_is_not_who_it_asks_for(pipeline):
    answer = pipeline.ask("國研院的研究平臺是提供給誰的？")  # not 國家實驗研究院, which 國研院 names; 誰的 after 給 is no owner
    assert "國內學者" in answer.answer and "國家實驗研究院" not in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("射月計畫補助的對象是誰？", "學研團隊"),
    ("射月計畫補助誰？", "學研團隊"),
    ("延攬特殊優秀人才計畫的補助對象是誰？", "各大專校院"),  # not 行政院, named inside the object's own clause
    ("科技部補助哪些對象延攬特殊優秀人才？", "各大專校院"),  # not the 總補助方式 a later clause names
    ("延揽特殊优秀人才计划补助对象是谁", "各大專校院"),
    ("SPARK計畫培養的對象是誰？", "生技人才"),
    ("Which teams does the chip program subsidize?", "學研團隊"),
    ("Whom does the program for recruiting outstanding talent subsidize?", "各大專校院"),
])
def test_whom_a_program_acts_on_is_the_object_the_plan_puts_after_the_asked_verb(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "recipient"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("國研院要提供全球頂尖研究平臺給誰？", "國內學者"),  # 為提供[國內學者]全球頂尖之研究平臺
    ("國研院要給誰全球頂尖的研究平臺？", "國內學者"),
    ("Who does NARLabs want to give world-class research platforms to?", "國內學者"),
    ("研究機構要提供技術增值服務給誰？", "學校研發團隊"),  # 提供[學校研發團隊]技術增值服務
    ("Who will the ministry provide practical training to?", "博士級人才"),  # 提供[博士級人才]實務訓練
])
def test_whom_a_named_thing_is_given_to_is_the_noun_between_the_verb_of_giving_and_that_thing(
        pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "recipient"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["科技部要提供優質研發環境給誰？",
                                      "Who does the ministry give a quality research environment to?"])
def test_no_recipient_is_read_where_the_thing_given_follows_the_verb_at_once(pipeline, question):
    answer = pipeline.ask(question)  # 為提供[優質]研發環境: 優質 is the thing's own word, no one it is given to
    assert answer.signals["answered_by"] != "recipient" and answer.answer not in ("優質", "優質研發")


def test_a_thing_given_is_not_cut_where_its_words_are_few_of_the_phrase_after_the_verb(pipeline):
    answer = pipeline.ask("國研院要提供研究平臺給誰？")  # not 提供[8 個實驗]研究單位之大型研發平臺與服務
    assert answer.answer.startswith("國內學者")  # with 全球頂尖, which qualifies the platforms but the question leaves out


@pytest.mark.parametrize("question", ["医材新创要整合哪个单位的资源？", "医材新创要整合哪些单位的资源？"])
def test_a_body_asked_as_the_owner_of_the_verbs_object_is_no_recipient(pipeline, question):
    # 整合[三科管局及國研院]資源: whose resources are integrated, not whom the verb acts on
    answer = pipeline.ask(question)
    assert answer.answer == "三科管局及國研院" and answer.signals["answered_by"] != "recipient"


@pytest.mark.parametrize("question, expected", [
    ("國輻中心設立了什麼來服務使用者？", "友善便利的服務窗口"),  # 設立[友善便利的服務窗口]: 服務使用者 is not written
    ("國輻中心提供什麼來協助提升科研競爭力？", "高品質、高亮度同步輻射光源"),
])
def test_what_a_verb_takes_for_a_purpose_the_plan_does_not_write_is_the_gap_its_words_before_place(
        pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


def test_a_purpose_the_plan_writes_still_closes_the_gap():
    from qa.answering.slot import slot_span

    sentence = "醫療人工智慧（AI）系統必須依賴大量的臨床資料庫來建立預測模式"
    gap = slot_span("醫療AI系統必須依賴什麼來建立預測模式？", sentence)
    assert sentence[gap.start:gap.end] == "大量的臨床資料庫"


@pytest.mark.parametrize("question, expected", [
    ("科技部要鬆綁什麼增加攬才制度彈性？", "法規"),  # 鬆綁[法規]增加攬才制度彈性: the verb opens a predicate
    ("延攬人才要鬆綁什麼來增加彈性？", "法規"),  # the 來 the plan leaves out, then that verb
    ("智慧農業計畫要加速什麼轉換到業界？", "研發型場域"),
])
def test_a_verb_heading_a_predicate_after_the_gap_ends_it(pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


@pytest.mark.parametrize("question, expected", [
    ("智慧災防新南向計畫在哪兩個島上建科學研究設施？", "太平島與東沙群島"),  # 藉由[太平島與東沙群島]上的…設施
    ("哪些島上有國際科學研究設施？", "太平島與東沙群島"),
])
def test_which_one_character_noun_before_a_localizer_is_the_phrase_ending_in_it_before_that_localizer(
        pipeline, question, expected):
    assert pipeline.ask(question).answer == expected  # not 南海與周圍之地球 of 在南海…, the question's 在 anchoring it


@pytest.mark.parametrize("question, expected", [
    ("高雄園區要蓋的複合式商店是哪一個？", "管 1 複合式商店"),  # […、管 1 複合式商店]興建工程: the instance, not what follows
    ("高雄園區要蓋哪一個複合式商店？", "管 1 複合式商店"),  # the plan writes 興建, no 蓋: the noun's modifier answers
    ("新竹生物醫學園區要價購的生技大樓是哪一棟？", "第二生技大樓"),  # 哪一棟 after the noun, 棟 a classifier
    ("中科要做的配水池工程是哪一個？", "東一區配水池工程"),  # (八) [東一區配水池工程]: not after 工程 of another sentence
    ("南科要蓋的配水池是哪一座？", "第六座配水池"),  # the one counted by 座, not the first (…園區內配水池)
    ("科技部要發展哪一代的通訊技術？", "B5G/6G 通訊技術"),  # 代, a classifier: the noun is 通訊技術, not 代的
])
def test_which_one_of_a_kind_is_the_noun_phrase_ending_in_that_kind(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


@pytest.mark.parametrize("question", ["科技部要推動哪些資安學術研究？", "科技部要推动哪些资安学术研究？"])
def test_a_qualified_noun_runs_to_its_head_where_the_plan_puts_words_between(pipeline, question):
    assert pipeline.ask(question).answer == "新興資訊安全科技及晶片資安威脅防護前瞻學術研究"  # not cut after 資安


def test_a_qualifier_and_a_verb_phrase_after_the_gap_do_not_reach_that_far():
    from qa.answering.slot import other_head

    text = "吸引全球高科技和戰略性產業設立高階製造及研發中心"
    assert other_head(text, text.index("設立"), "设立研发中心") == 0  # 設立…: a predicate, no head noun


def test_which_one_needs_a_modifier_before_the_kind():
    from qa.answering.slot import instance_span

    assert instance_span("哪一个", "商店", "商店興建工程") is None  # the kind alone names no instance
    assert instance_span("什么", "商店", "管 1 商店") is None  # what, not which one


@pytest.mark.parametrize("question", ["智慧災防新南向要用什麼把兩個島的觀測點串起來？", "智慧災防新南向靠什麼把雙島的觀測點串在一起？"])
def test_by_what_x_is_put_together_is_what_the_plans_means_word_puts_before_the_verb(pipeline, question):
    assert pipeline.ask(question).answer == "臺灣現有研究船"  # 經由[臺灣現有研究船]串起雙島島嶼的觀測點


def test_a_means_with_ba_needs_the_verb_in_the_means_words_clause():
    from qa.answering.slot import disposed_means

    assert disposed_means("用什麼把觀測點串起來？", "經由研究船，提供觀測點串起") is None  # 串 is in another clause
    assert disposed_means("要把觀測點串起來？", "經由研究船串起觀測點") is None  # no means asked


def test_a_two_character_word_is_no_noun_and_localizer():
    from qa.answering.slot import localised_span

    assert localised_span("中心负责", "由研究中心負責") is None  # 中心: no one-character noun before 中


@pytest.mark.parametrize("question, expected", [
    ("綠能要結合什麼科技？", "智慧科技"),  # 透過[創新能源及智慧科技]的結合，加速…: the conjunct ending in 科技
    ("綠能要結合什麼？", "創新能源及智慧科技"),  # not 加速能源科技 after it, which 結合 does not take
    ("臨床資料計畫要發展什麼產業？", "促進我國智慧醫療產業"),  # […產業]之發展。 outranks 發展能量之產業界, where 產業
    # only follows the verb
])
def test_a_verb_the_plan_makes_a_noun_ending_its_clause_takes_what_stands_before_its_de(pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


@pytest.mark.parametrize("question, expected", [
    ("氣候變遷研究計畫用什麼思考方式？", "反向思考"),  # 思考方式: a verb and one noun make a compound noun, which
    ("生醫商品化中心在醫材領域會提供什麼試製服務？", "產品開發各階段雛型品試製服務"),  # the gap runs through
])
def test_a_verb_and_one_noun_after_the_gap_are_the_asked_noun(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("醫材計畫要把國產品推到哪裡？", "國際市場"),  # 將國產品導入[國際市場]: 推 is not written, the plan's 將 X V is
    ("科技部要把學研界科研成果送到哪裡？", "產業"),  # 積極將學研界科研成果擴散至[產業]: past the complement 至
])
def test_where_ba_x_is_moved_is_the_object_of_the_verb_the_plan_writes_after_jiang_x(pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


def test_what_ba_x_gen_shenme_joins_x_with_is_what_the_plan_puts_after_the_verb(pipeline):
    answered(pipeline, "科技部要把國內產學研能量跟什麼鏈結？", "國際", "slot")  # 將國內產學研能量鏈結[國際]


def test_a_verb_used_in_another_passage_names_no_one_it_acts_on(pipeline):
    answer = pipeline.ask("实验高中的服务对象有哪些")  # the school's row never writes 服務; 服務能量 elsewhere is no one served
    assert answer.signals["answered_by"] != "recipient" and "投資廠商" in answer.answer


@pytest.mark.parametrize("question", ["光子源計畫要建置哪些光束線？", "台灣光子源計畫建置什麼光束線？"])
def test_an_item_naming_the_asked_noun_does_not_end_the_list_that_noun_closes(pipeline, question):
    answer = pipeline.ask(question)  # 龍光束線 is one of seven items of …、高解析 X 光光譜等光束線實驗設施
    assert answer.answer.startswith("奈米 X 光顯微術、微米晶體結構解析、龍光束線、柔 X 光吸收光譜")
    assert "高解析 X 光光譜" in answer.answer
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("What tasks does the National Science and Technology Center for Disaster Reduction take on?",
     "「研發推動」、「技術支援」及「落實應用」"),  # …等任務, though the center's own row ranks first
    ("What five aspects does science communication focus on?",
     "啟發科學探索、提升科學理解、探究科學本質、促進科學溝通及科學社會責任培力"),  # …等五大面向
    ("Which emerging technologies will the ministry develop?", "下世代半導體、前瞻資安研究、高效低軌通訊衛星"),  # …等新興科技研發,
    # not the sentence's earlier list closed by 科技發展策略, nor 尖端 ICT 領先技術, the one phrase 研發 governs
    ("What popular science activities does the public science education program hold?",
     "科普講座、科普下鄉、主題科學日"),  # …等科普活動: popular science as one phrase (科普), 活動 a verbal noun and
    # the fourth translation of activities
    ("What popular science activities are held?", "科普講座、科普下鄉、主題科學日"),  # the passive asks for them too
    ("What emerging digital technologies are developing fast?", "5G 通訊、物聯網、金融科技、人工智慧"),  # 隨著[ ]5G…:
    # the space after 隨著 opens no item
])
def test_english_what_plural_noun_gets_the_list_a_translation_of_the_noun_closes(pipeline, question, expected):
    answer = pipeline.ask(question)  # closed by the noun: read by the list kinds, whichever finds it first
    assert answer.answer == expected and answer.signals["answered_by"] in ("closed list", "enumeration")
    cited(pipeline, answer)


def test_a_best_sentence_naming_a_kind_of_the_noun_outranks_a_list_of_it_further_down(pipeline):
    answer = pipeline.ask("Which countries will the ministry expand talent exchange with?")  # 擴大與[東協]國家的科技與人才
    # 交流: not the disaster row's 東協、南亞及紐澳等國家, which holds 發展 (expand) too
    assert "東協國家" in answer.answer and "南亞" not in answer.answer


def test_an_english_what_plural_noun_gets_the_best_sentences_list_each_of_whose_items_names_it(pipeline):
    answer = pipeline.ask("Which satellite constellations will the next-generation space program develop?")
    parts = answer.answer.split("、")
    assert len(parts) == 3 and all(part.endswith("衛星星系") for part in parts)
    assert "主軸研發計畫" not in answer.answer  # …等主軸研發計畫 closes the list: it is no constellation
    cited(pipeline, answer)


def test_an_english_list_whose_items_do_not_each_name_the_noun_is_no_answer_to_what_plural_noun(pipeline):
    answer = pipeline.ask("What resources does the medical device program integrate?")
    assert answer.answer == "三科管局及國研院資源"  # not …醫療器材資源的創新與國際化, a pair naming 資源 once


def test_a_programs_purpose_comes_from_a_tied_sentence_of_its_row_when_the_best_marks_none(pipeline):
    answer = pipeline.ask("產學研鏈結價值躍升計畫的目的是什麼？")  # each sentence of the row holds its name; the first is a strategy
    assert answer.answer == "強化學研成果轉化至業界的進程" and answer.signals["answered_by"] == "purpose"
    cited(pipeline, answer)


def test_a_counted_list_question_prefers_the_list_the_plan_counts_with_its_number_and_classifier(pipeline):
    answer = pipeline.ask("基礎科學研究計畫分成哪四類？")  # NARL's row ranks first with a list of four that is no 四類
    assert answer.answer == "「好奇探索型」、「導向型」、「共用資源及核心設施」及「科研人才國際交流及獎勵」"
    cited(pipeline, answer)
    assert pipeline.ask("台灣2030科技願景的三大願景是什麼").answer == "創新、包容、永續"  # not …等三大方略


def test_a_counted_list_of_a_noun_is_the_list_that_noun_closes_though_the_plan_writes_no_count(pipeline):
    answer = pipeline.ask("国家灾害防救科技中心负责哪三项任务？")  # the center's own row ranks first with 氣象、水文及坡地
    assert answer.answer == "「研發推動」、「技術支援」及「落實應用」"  # …等任務, in the 壹 section
    cited(pipeline, answer)


def test_a_counted_list_whose_noun_is_its_classifier_is_the_gap_that_noun_closes_twice(pipeline):
    answer = pipeline.ask("为了回应社会需求，科技部要媒合哪两端？")  # the best sentence is 強調科技回應社會需求
    assert answer.answer == "社會需求端及科技供給端"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("生醫產業商品化人才培育計畫的培育模式為何？", "選派人員赴海外受訓及建立在地化培育機制"),  # …兩種模式
    ("科技部的科技願景是什么？", "創新、包容、永續"),  # 「創新、包容、永續」三大願景
    ("科學傳播的面向是什麼？", "啟發科學探索、提升科學理解、探究科學本質、促進科學溝通及科學社會責任培力"),  # …等五大面向
    ("What is the ministry's science vision?", "創新、包容、永續"),  # X's N: N's translation 願景 closes the list
    ("What are the 2030 vision's goals?", "樂活社會、高值經濟、強韌環境、創新教育及普惠科技"),  # not the 三大願景 before
    ("What are the tasks of the disaster center?", "「研發推動」、「技術支援」及「落實應用」"),  # the N of X: …等任務
])
def test_what_a_subjects_noun_is_is_the_list_the_plan_closes_with_that_noun(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "closed value"
    cited(pipeline, answer)


def test_a_gap_that_is_the_first_of_items_ending_alike_is_the_whole_list_from_it(pipeline):
    answer = pipeline.ask("下世代太空計畫要規劃哪些衛星星系？")  # 規劃執行[…衛星星系]、…衛星星系、…衛星星系等主軸研發計畫
    assert answer.answer.endswith("光學遙測衛星星系、超高解析度智能遙測衛星星系、合成孔徑雷達衛星星系")
    assert alike_items("先導型光學遙測衛星星系、合成孔徑雷達衛星星系", "先導型光學遙測衛星星系")
    assert not alike_items("先導型光學遙測衛星星系、基礎能量整備計畫", "先導型光學遙測衛星星系")
    cited(pipeline, answer)


def test_a_list_of_another_program_than_the_one_named_does_not_displace_the_named_programs_gap(pipeline):
    answer = pipeline.ask("醫材計畫要和國外哪些單位合作培育國際人才？")  # best: the biomedical talent row's 兩種模式
    assert "醫學大學（或醫院）" in answer.answer
    assert answer.citations[0].section[-1] == "醫療器材產業加速新創與躍升國際推動計畫"


def test_only_a_what_is_question_about_a_nouns_value_asks_for_the_list_it_closes():
    assert value_noun(analyse("生醫人才培育計畫的培育模式為何？")) == "模式"
    assert value_noun(analyse("科技部如何推動培育模式？")) == ""  # a means
    assert value_noun(analyse("為什麼要採用兩種模式？")) == ""
    assert value_noun(analyse("哪個計畫有兩種培育模式？")) == ""  # the interrogative does not end it
    assert value_noun(analyse("What is the ministry's science vision?")) == "science vision"
    assert value_noun(analyse("What are the tasks of the disaster center?")) == "tasks"
    assert value_noun(analyse("What does the disaster center do?")) == ""


def test_a_gap_naming_the_asked_noun_outranks_a_list_of_other_things_in_the_best_sentence(pipeline):
    answer = pipeline.ask("新南向的防災計畫要輸出臺灣哪些技術？")  # best: 輸出臺灣…之知識、經驗與產品
    assert answer.answer.startswith("隔震、減震與制震之技術")  # 輸出臺灣隔震、減震與制震之技術及整合式結構安全監測系統
    cited(pipeline, answer)


INNOVATION_WORK = ["推動科技政策研究", "推動應用科技研究", "其他有關前瞻及應用科技事項"]
CHUNG_HSING_WORK = ["辦理投資引進、產學研發、工商服務、環安及設施維護等業務", "辦理園區公共設施加強工程"]


@pytest.mark.parametrize("question, items", [
    ("推動創新及應用科技研究計畫包含哪些工作？", INNOVATION_WORK),  # each item by the title before its colon
    ("中興園區籌設計畫有哪些工作項目？", CHUNG_HSING_WORK),  # 工作項目 are no programs
    ("中興園區籌設計畫的主要內容是什麼？", CHUNG_HSING_WORK),
])
def test_the_work_of_a_named_program_is_its_rows_numbered_items_each_cited(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.signals["answered_by"] == "row items"
    assert len(answer.citations) == len(items)
    cited(pipeline, answer)


def test_how_many_work_items_a_program_has_counts_its_rows_numbered_items(pipeline):
    answer = pipeline.ask("中興園區籌設計畫的工作項目有幾個？")
    assert answer.count == 2 and answer.items == CHUNG_HSING_WORK


def test_a_row_without_numbered_items_leaves_its_work_to_the_lists_of_its_text(pipeline):
    answer = pipeline.ask("腦科技計畫有哪些工作項目？")  # not the programs whose rows write 項目
    assert answer.signals["answered_by"] == "enumeration" and "腦秘密之探索" in answer.answer


def test_english_who_a_program_works_with_is_the_partner_the_plan_marks_before_its_cooperation(pipeline):
    answer = pipeline.ask("Who does the biomedical talent program work with?")  # 與[…]建立合作關係
    assert answer.answer == "國外生醫轉譯商化著名之大學或機構" and answer.signals["answered_by"] == "partner"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, items", [
    ("科技部負責的計畫中，哪些跟生醫有關？", ["生醫產業商品化人才培育計畫", "完善生醫生態體系創新發展計畫", "臺灣腦科技發展及國際躍升計畫"]),
    ("國研院的計畫中，哪些跟衛星有關？", ["下世代太空科技發展延續推動計畫", BEYOND_5G]),
    ("公共建設計畫中，哪些不是南科的？", PUBLIC_WORKS[:3]),
    ("國研院負責的計畫裡面哪個跟太空有關", ["下世代太空科技發展延續推動計畫"]),  # no comma, 裡面, and a singular 哪個
    ("Among NARLabs' programs, which one is about space?", ["下世代太空科技發展延續推動計畫"]),
    ("Of the programs run by NARLabs, which ones deal with satellites?", ["下世代太空科技發展延續推動計畫", BEYOND_5G]),
    ("Among the public construction programs, which are not run by the Southern bureau?", PUBLIC_WORKS[:3]),
])
def test_a_list_picked_from_named_programs_meets_both_conditions(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.signals["answered_by"] == "row list"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["有哪些跟衛星相關的計畫？", "科技部有哪些跟衛星有關的計畫？"])
def test_a_program_a_related_clause_describes_after_the_interrogative_is_a_row_list(pipeline, question):
    answer = pipeline.ask(question)  # 跟 opens a clause describing 計畫, not the phrase the interrogative asks about
    assert answer.items == ["下世代太空科技發展延續推動計畫", BEYOND_5G] and answer.signals["answered_by"] == "row list"


@pytest.mark.parametrize("question, items", [
    ("南科管理局負責的公共建設計畫有哪些？", ["南部科學園區建設計畫"]),  # a category and an agency in one condition
    ("南科有哪些科技發展類的計畫？", ["醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),  # one each side
])
def test_a_list_restricted_by_a_category_and_an_agency_meets_both(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.signals["answered_by"] == "row list"


@pytest.mark.parametrize("question", ["國研院有哪些公共建設計畫？", "中科負責的科技發展計畫有哪些？"])
def test_a_list_no_row_meets_is_declined_not_answered_with_another_program(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.abstained and answer.answer is None


@pytest.mark.parametrize("question, items", [
    ("Which programs deal with disasters?", ["智慧災防新南向", "基礎科學研究計畫－國家災害防救科技中心發展計畫"]),
    ("Which programs focus on satellites?", ["下世代太空科技發展延續推動計畫", BEYOND_5G]),
    ("Which programs fund satellites?", ["下世代太空科技發展延續推動計畫", BEYOND_5G]),
    ("Which programs aim at semiconductors?", ["智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)",
                                                "臺灣腦科技發展及國際躍升計畫"]),  # aim at relates, as focus on does
    ("Which programs support biomedical startups?", ["生醫產業商品化人才培育計畫", "完善生醫生態體系創新發展計畫",
                                                      "臺灣腦科技發展及國際躍升計畫", "醫療器材產業加速新創與躍升國際推動計畫"]),
])
def test_an_english_topic_list_reads_the_verb_joining_programs_to_their_topic_as_frame(pipeline, question, items):
    assert pipeline.ask(question).items == items  # deal with / focus on name no topic of their own


@pytest.mark.parametrize("question, items", [
    ("南科負責什麼？", ["南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),
    ("國研院負責什麼？", NARL),
    ("What does NARLabs do?", NARL),
    ("What does the Southern Taiwan Science Park Bureau do?",
     ["南部科學園區建設計畫", "醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),
])
def test_what_a_body_runs_is_the_list_of_its_programs(pipeline, question, items):
    answer = pipeline.ask(question)
    assert answer.items == items and answer.signals["answered_by"] == "row list"


@pytest.mark.parametrize("question, items", [
    ("Which programs does the Hsinchu bureau run?", ["新竹科學園區建設計畫", "科學園區業務推展計畫"]),
    ("Which programs are public construction programs run by the Central bureau?", ["中部科學園區建設計畫", "中興園區籌設計畫"]),
    ("Which public construction programs does the Central Taiwan Science Park Bureau run?",  # the modifier, then
     ["中部科學園區建設計畫", "中興園區籌設計畫"]),  # the bureau after the program noun
    ("Which science and technology development programs does the Southern Taiwan Science Park Bureau run?",
     ["醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]),  # a category of five words before it
    ("Which science and technology development programs does NARLabs run?",
     ["基礎科學研究計畫－國家實驗研究院", "下世代太空科技發展延續推動計畫", "Beyond 5G 低軌衛星－通訊衛星發展"]),
    ("Which programs does the Southern Taiwan Science Park Bureau run in the public construction category?",
     ["南部科學園區建設計畫"]),  # the category after a body named by its name
])
def test_an_english_list_reads_a_bureau_named_by_its_place_and_a_category_with_it(pipeline, question, items):
    assert pipeline.ask(question).items == items


def test_an_english_list_of_a_body_and_a_category_it_has_no_program_of_is_declined(pipeline):
    answer = pipeline.ask("Which programs does NARLabs run in the public construction category?")
    assert answer.abstained  # NARLabs' programs are all science and technology development ones


def test_the_ministry_in_an_english_question_is_the_body_the_plans_title_names(pipeline):
    rows = list(dict.fromkeys(chunk.program for chunk in pipeline.index.program_rows
                              if chunk.agency == "科技部（本部各單位）"))
    others = [program for program in dict.fromkeys(chunk.program for chunk in pipeline.index.program_rows)
              if program not in rows]
    assert pipeline.ask("Which programs does the Ministry run?").items == rows
    assert pipeline.ask("How many programs does the ministry itself run?").count == len(rows)  # itself: the body
    assert pipeline.ask("Which programs are not run by the ministry itself?").items == others


@pytest.mark.parametrize("question, verdict, expected", [
    ("國研院有沒有公共建設類的計畫？", "no", "科技發展"),  # the category its rows are of
    ("Does NARLabs run any public construction program?", "no", "科技發展"),
    ("南科有公共建設計畫嗎？", "yes", "南部科學園區建設計畫"),
    ("南科有沒有科技發展類的計畫？", "yes", "醫療器材產業加速新創與躍升國際推動計畫"),
    ("Does the Central bureau run any science and technology development program?", "no", "公共建設"),
    ("災防中心是財團法人嗎？", "no", "行政法人國家災害防救科技中心"),  # what kind of body: its name in the table says
    ("國輻中心是不是財團法人？", "yes", "財團法人國家同步輻射研究中心"),
    ("國研院是管理局嗎？", "no", "財團法人國家實驗研究院"),
    ("南科是管理局嗎？", "yes", "南部科學園區管理局"),
])
def test_whether_a_body_runs_a_category_or_is_a_kind_of_body_is_settled_by_the_table(pipeline, question, verdict,
                                                                                       expected):
    answer = pipeline.ask(question)
    assert (answer.verdict, answer.answer) == (verdict, expected) and answer.signals["answered_by"] == "field claim"
    cited(pipeline, answer)


def test_a_list_picked_from_a_bodys_programs_without_a_comma_meets_both_conditions(pipeline):
    answer = pipeline.ask("南科的計畫有哪些不是公共建設？")
    assert answer.items == ["醫療器材產業加速新創與躍升國際推動計畫", "園區實驗高級中學業務推展計畫"]


def test_how_many_of_the_programs_a_question_names_first_meet_a_condition_is_counted(pipeline):
    answer = pipeline.ask("國研院負責的計畫中，有幾個跟衛星有關？")
    assert answer.count == 2 and answer.items == ["下世代太空科技發展延續推動計畫", BEYOND_5G]


@pytest.mark.parametrize("question", ["二林園區在哪裡？", "龍潭園區在哪裡？"])
def test_where_a_park_is_is_declined_when_no_sentence_places_it(pipeline, question):
    answer = pipeline.ask(question)  # 二林園區在哪裡 had got 地籍整理。, the first work item after its name
    assert answer.abstained and answer.answer is None


@pytest.mark.parametrize("question, expected", [
    ("為什麼要推動南部科學園區建設計畫？", "提供高科技廠商優良工作與生活環境"),  # 為提供…，並促進…，本計畫主要內容如下
    ("南科建設計畫為什麼要做", "提供高科技廠商優良工作與生活環境"),
    ("為什麼要推動產學研鏈結價值躍升計畫", "強化學研成果轉化至業界的進程"),
])
def test_why_a_named_program_exists_is_the_purpose_its_row_opens_with(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "purpose"


def test_a_why_question_asking_more_than_a_programs_name_is_answered_from_its_best_sentence(pipeline):
    answer = pipeline.ask("南部科學園區建設計畫為什麼要建置再生水園區的配水池？")
    assert answer.answer != "提供高科技廠商優良工作與生活環境"


@pytest.mark.parametrize("question, expected", [
    ("產學研鏈結計畫用了幾個策略？", "三大策略"),  # no heading is named: the number the row's text puts before 策略
    ("科學傳播朝幾個面向推動", "五大面向"),
])
def test_a_count_of_parts_no_heading_has_is_the_number_the_text_puts_before_the_part_noun(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert expected in answer.answer and answer.signals["answered_by"] == "fact"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", [
    "國研院有幾個實驗研究單位？",
    "國研院提供幾個實驗研究單位的大型研發平臺？",
    "How many experimental research units does NARLabs provide large platforms for?",
])
def test_a_count_answer_ends_with_the_noun_it_counts_not_the_noun_that_noun_qualifies(pipeline, question):
    answer = pipeline.ask(question)  # 提供[8 個實驗研究單位]之大型研發平臺與服務
    assert answer.answer == "8 個實驗研究單位" and answer.signals["answered_by"] == "fact"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("新竹科學園區建設計畫的第一項工作是什麼", "園區開發"),  # 一、園區開發：辦理…: the item's title
    ("中興園區籌設計畫的第二項工作是什麼", "辦理園區公共設施加強工程"),
    ("推動創新及應用科技研究計畫的最後一項工作是什麼", "其他有關前瞻及應用科技事項"),
])
def test_a_named_programs_item_asked_by_its_place_is_that_numbered_item(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "row items" and len(answer.citations) == 1
    cited(pipeline, answer)


def test_an_item_place_beyond_a_rows_items_is_declined(pipeline):
    assert pipeline.ask("中興園區籌設計畫的第五項工作是什麼").abstained  # its row has two items


@pytest.mark.parametrize("question, expected", [
    ("大專校院延攬人才計畫的錢給誰", "各大專校院"),  # 為補助[各大專校院]…經費: not 行政院, named inside the object's clause
    ("射月計畫的經費給哪些人", "學研團隊"),  # 本部補助[學研團隊]執行…
])
def test_money_given_to_whom_is_the_object_of_the_verb_the_plan_funds_with(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "recipient"
    cited(pipeline, answer)


def test_money_given_to_whom_by_a_program_whose_row_funds_no_one_is_declined(pipeline):
    assert pipeline.ask("中興園區籌設計畫的錢給誰").abstained  # its row 辦理s works; it subsidises no one


@pytest.mark.parametrize("question, expected, kind", [
    ("Why does the ministry run the Southern Taiwan Science Park construction program?",
     "提供高科技廠商優良工作與生活環境", "purpose"),
    ("What is the first task of the Hsinchu Science Park construction program?", "園區開發", "row items"),
    ("What is the last task of the innovation and applied science research program?", "其他有關前瞻及應用科技事項",
     "row items"),
    ("Who gets the money from the special talent recruitment program?", "各大專校院", "recipient"),
])
def test_english_asks_a_named_programs_purpose_items_and_recipients_as_chinese_does(pipeline, question, expected, kind):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == kind
    cited(pipeline, answer)


def test_an_english_count_of_a_programs_tasks_counts_its_numbered_items(pipeline):
    answer = pipeline.ask("How many tasks does the innovation and applied science research program have?")
    assert answer.count == 3 and answer.items == ["推動科技政策研究", "推動應用科技研究", "其他有關前瞻及應用科技事項"]


def test_a_named_programs_recipient_is_looked_for_in_its_whole_row(pipeline):
    answer = pipeline.ask("射月计划的钱给谁")  # 本部補助[學研團隊]執行…: below the row's sentences about talent
    assert answer.answer == "學研團隊" and answer.signals["answered_by"] == "recipient"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("產學研鏈結價值躍升計畫有哪些策略", ["研究開發策略", "增值推廣策略", "產業應用策略"]),  # 一、研究開發策略：…
    ("产学研链结计划的第二个策略是什么", ["增值推廣策略"]),
    ("What is the second strategy of the industry-academia linkage program?", ["增值推廣策略"]),  # 策略 'strategy'
])
def test_a_programs_items_titled_with_the_asked_noun_are_its_parts_of_that_noun(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert (answer.items or [answer.answer]) == expected and answer.signals["answered_by"] == "row items"


def test_a_programs_items_not_titled_with_the_asked_noun_are_not_given_for_it(pipeline):
    answer = pipeline.ask("推動創新及應用科技研究計畫有哪些策略")  # its items are 推動科技政策研究, …: no 策略
    assert answer.signals["answered_by"] != "row items"


@pytest.mark.parametrize("question, first", [
    ("南科的實驗高中計畫在做什麼", "持續辦理各項教育工作"),  # its numbered items; the body that runs it is no more asked
    ("What does the Zhongxing park preparation program do?", "辦理投資引進、產學研發、工商服務、環安及設施維護等業務"),
    ("中興園區籌設計畫是什麼？", "辦理投資引進、產學研發、工商服務、環安及設施維護等業務"),  # what a program is: what it does
    ("What is the Zhongxing park preparation program?", "辦理投資引進、產學研發、工商服務、環安及設施維護等業務"),
])
def test_what_a_named_program_does_is_its_numbered_items(pipeline, question, first):
    answer = pipeline.ask(question)
    assert answer.items[0].startswith(first) and answer.signals["answered_by"] == "row items"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("我想了解一下光子源第三期在做什麼", "以台灣光子源為核心"),  # its first item; 第三期 is its phase, no item's place
    ("低軌衛星在做什麼？", "為發展短時程及高效能之低軌通訊衛星"),  # a row without items: the sentence it opens with
])
def test_what_a_program_named_without_a_plan_noun_does_is_what_its_row_says(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer.startswith(expected) and answer.signals["answered_by"] == "row items"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["請問園區實驗高中今年的工作重點？", "園區實驗高級中學業務推展計畫的主要內容"])
def test_a_programs_work_asked_by_its_noun_alone_is_its_numbered_items(pipeline, question):
    answer = pipeline.ask(question)  # no interrogative, and the program named without a plan noun in the first
    assert answer.items[0] == "持續辦理各項教育工作，解決科學園區事業單位、投資廠商、政府機關、學術研究機構及歸國學人子女就學之需求"
    assert answer.signals["answered_by"] in ("row items", "introduced row")  # the one unit, for a keyword form or not
    cited(pipeline, answer)


def test_one_english_word_restates_one_word_of_a_clause_not_each_of_its_translations(pipeline):
    translate = pipeline.index.glossary.translate
    why = analyse("Why does the ministry support scholars joining world-class research facilities?", translate)
    assert not restated(why, "吸引全球頂尖科研人才")  # world is 全球 or 頂尖, not both
    assert restated(analyse("How will the ministry strengthen science diplomacy?", translate), "積極強化科技外交")
    answer = pipeline.ask(why.text)  # 為[吸引全球頂尖科研人才]，…，將支持學者專家參與世界級大型研究設施…
    assert answer.answer == "吸引全球頂尖科研人才" and answer.signals["answered_by"] == "purpose"


@pytest.mark.parametrize("question", ["What will Taiwan become?",
                                      "What kind of island does the ministry want Taiwan to become?"])
def test_what_kind_of_thing_something_becomes_in_english_is_what_the_plan_makes_it(pipeline, question):
    answered(pipeline, question, "氣候韌性島", "becoming")  # 建構臺灣為[氣候韌性島]


def test_what_a_body_does_is_no_program_it_names_loosely(pipeline):
    answer = pipeline.ask("園區在做什麼？")  # 園區 names many rows: no one program
    assert answer.signals["answered_by"] != "row items"


@pytest.mark.parametrize("question", ["Can you tell me what the space program wants to achieve?", "太空計畫想達成什麼？",
                                      "What does the space program want to achieve?"])
def test_what_a_program_wants_to_achieve_is_the_goal_its_row_states(pipeline, question):
    answer = pipeline.ask(question)  # 以[尖端技術養成、太空人才培育及產業擴散效益]為目標
    assert answer.answer == "尖端技術養成、太空人才培育及產業擴散效益"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["請介紹中興園區籌設計畫", "请介绍一下中兴园区筹设计划",
                                      "Tell me about the Zhongxing park preparation program.",
                                      "Describe the Zhongxing park preparation program."])
def test_a_request_to_be_told_about_a_named_program_gets_what_it_does_not_its_name(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.items[0].startswith("辦理投資引進、產學研發、工商服務、環安及設施維護等業務")
    cited(pipeline, answer)


def test_a_request_to_be_told_about_a_topic_is_still_read_as_its_keywords(pipeline):
    assert pipeline.ask("請介紹科技部的人才政策").signals["answered_by"] == "keyword"  # no program named alone


def test_tell_me_with_an_embedded_question_asks_that_question(pipeline):
    assert pipeline.ask("Tell me who runs the Zhongxing park preparation program.").answer == "中部科學園區管理局"
    assert structure_of("Tell me which program funds low-orbit satellites.").asks is Asks.program


def test_what_a_program_without_numbered_items_does_is_the_sentence_its_row_opens_with(pipeline):
    answer = pipeline.ask("腦科技計畫是做什麼的")
    assert answer.answer.startswith("透過跨領域技術融合及善用臺灣資通訊、半導體和臨床醫學優勢") and answer.items is None


def test_what_a_part_of_a_program_is_is_no_question_of_what_it_does(pipeline):
    assert pipeline.ask("產學研鏈結計畫的第二個策略是什麼").answer == "增值推廣策略"
    assert pipeline.ask("What is the first task of the Hsinchu Science Park construction program?").answer == "園區開發"


def test_a_question_about_more_than_what_a_program_does_is_not_given_its_items(pipeline):
    answer = pipeline.ask("射月計畫補助的團隊要做什麼")  # asks what the teams it funds do
    assert answer.answer == "執行智慧終端半導體製程、晶片設計與元件系統整合等關鍵技術研發"


def test_key_programs_are_the_plans_table_not_a_topic(pipeline):
    answer = pipeline.ask("How many key programs does the plan list?")  # key is 關鍵, but key programs are 重要計畫
    assert answer.count == 29


def test_who_receives_a_programs_money_in_english_asks_its_recipient_not_its_agency(pipeline):
    answer = pipeline.ask("Who receives subsidies under the semiconductor program?")
    assert answer.answer == "學研團隊" and answer.signals["answered_by"] == "recipient"


def test_a_gap_filled_by_one_word_that_is_not_the_asked_noun_leaves_the_question_to_the_lists(pipeline):
    answer = pipeline.ask("太空計畫要研發什麼衛星")  # …等主軸研發[計畫]: a 計畫 is no 衛星
    assert "光學遙測衛星星系" in answer.answer and answer.signals["answered_by"] == "typed list"


def test_how_a_headings_goal_is_pursued_is_answered_by_the_headings_under_it(pipeline):
    answer = pipeline.ask("要如何達成研究躍升卓越？")  # 二、研究躍升卓越－…: its five strategies, each cited
    assert len(answer.items) == 5 and answer.items[0].startswith("強化基礎科學") and len(answer.citations) == 5
    assert pipeline.ask("怎麼提升園區智慧服務能量？").items is None  # numbered paragraphs, not headings: a clause


@pytest.mark.parametrize("question", ["公共建設類的計畫是哪一個？", "哪個計畫屬於公共建設類？"])
def test_a_singular_question_about_one_category_gets_every_row_of_it(pipeline, question):
    assert pipeline.ask(question).items == ["新竹科學園區建設計畫", "中部科學園區建設計畫", "中興園區籌設計畫", "南部科學園區建設計畫"]


@pytest.mark.parametrize("question", ["為什麼要建臨床資料庫？", "Why does the plan build the clinical database?"])
def test_why_a_passages_subject_exists_is_the_aim_the_passage_states_wherever_it_stands(pipeline, question):
    # the best sentence lists what the database holds; the row's last sentence says 本計畫旨於[…]
    answer = pipeline.ask(question)
    assert answer.answer.startswith("應用國內之臨床大數據") and answer.answer.endswith("促進我國智慧醫療產業之發展")


def test_a_verb_that_ends_a_longer_word_of_the_question_is_not_that_verb(pipeline):
    # the 用 of 應用 (a program's name) had been read as the verb 用, matched to the plan's 利用: 、環境友善…之目標
    answer = pipeline.ask("智慧科技於農業生產之應用的目標是什麼？")
    assert "資源循環利用、環境友善及農業永續" in answer.answer
    assert "導入 OKR 管理概念" in pipeline.ask("科技部審查計畫時用什麼來管理？").answer  # 時用 is no word: 用 is


@pytest.mark.parametrize("question", ["腦科技計畫的目標是什麼？", "臺灣腦科技發展及國際躍升計畫的目標是什麼？"])
def test_a_question_about_a_named_program_is_answered_from_that_programs_row(pipeline, question):
    # its row never writes 目標; the 計畫目標 of the review paragraph is another passage's: what the row is for is
    answer = pipeline.ask(question)
    assert answer.answer == "健全精準醫療照護"  # …，並有助[健全精準醫療照護]
    programs = {chunk.id: chunk.program for chunk in pipeline.index.chunks}
    assert answer.citations and all(programs[c.chunk_id] == "臺灣腦科技發展及國際躍升計畫" for c in answer.citations)


def test_a_gap_inside_the_first_item_of_a_list_the_asked_noun_closes_is_the_whole_list(pipeline):
    # 「新興精準育種技術」、…、「新型保鮮包裝材」等產業鏈間之關鍵技術: the gap had closed on the first item's 技術
    answer = pipeline.ask("智慧科技於農業生產之應用要強化哪些關鍵技術？")
    assert answer.answer.startswith("「新興精準育種技術」、「微生物及其副產物應用」") and "「新型保鮮包裝材」" in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("數據智慧應用科技計畫的基地為何？", "臺南沙崙智慧綠能科學城"),
    ("射月計畫的補助對象為何？", "學研團隊"),
    ("应用科技研究的起点为何？", "社會需求與挑戰"),
])
def test_a_final_wei_he_after_a_noun_asks_what_the_noun_is_as_shi_shen_me_does(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected  # the slot's value, not a sentence read as a reason
    assert answer.answer == pipeline.ask(question.replace("為何", "是什麼").replace("为何", "是什么")).answer


@pytest.mark.parametrize("question, expected", [
    ("中興園區籌設計畫之主管機關為何？", "中部科學園區管理局"),
    ("南部科學園區建設計畫主管機關是什麼？", "南部科學園區管理局"),
    ("智慧災防新南向之計畫類別為何？", "科技發展"),
    ("新竹科學園區建設計畫是哪裡負責的？", "新竹科學園區管理局"),
])
def test_a_field_asked_in_formal_or_colloquial_words_is_the_rows_field(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "row field"


@pytest.mark.parametrize("question, verdict, expected", [
    ("科技部是否補助低軌衛星？", "yes", BEYOND_5G),
    ("射月計畫是否由國研院負責？", "no", "科技部（本部各單位）"),
    ("Isn't the semiconductor moonshot program run by NARLabs?", "no", "科技部（本部各單位）"),
    ("Does MOST have a program on brain science?", "yes", "臺灣腦科技發展及國際躍升計畫"),  # no 科技發展 claim
])
def test_a_yes_no_question_asked_with_shi_fou_or_a_negative_gets_its_verdict(pipeline, question, verdict, expected):
    answer = pipeline.ask(question)
    assert answer.verdict == verdict and answer.answer == expected
    cited(pipeline, answer)


def test_a_claim_about_a_place_the_plan_never_writes_is_declined(pipeline):
    answer = pipeline.ask("Does the plan build a new science park in Taitung?")
    assert answer.abstained and answer.verdict is None  # not 帶動, which tai-tung also spells


@pytest.mark.parametrize("question, expected", [
    ("射月計畫跟低軌衛星計畫，哪個是國研院的？", BEYOND_5G),  # the table's agency, not the better-matching prose
    ("射月計畫跟中興園區籌設計畫，哪個是公共建設？", "中興園區籌設計畫"),
    ("Which is run by NARLabs, the moonshot program or the low-orbit satellite program?", BEYOND_5G),
    ("Is it the Zhongxing park program or the data intelligence program that the Central Taiwan Science Park Bureau "
     "runs?", "中興園區籌設計畫"),
    ("Which one is a public construction program: the Hsinchu Science Park construction program or the brain "
     "technology program?", "新竹科學園區建設計畫"),
])
def test_a_choice_between_programs_by_a_field_is_settled_by_the_table(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "choice"
    cited(pipeline, answer)


def test_an_english_choice_of_bodies_reads_them_by_any_of_their_names(pipeline):
    answer = pipeline.ask("Is the moonshot program run by NARLabs or by MOST?")
    assert answer.answer == "科技部（本部各單位）" and answer.signals["answered_by"] == "choice"


@pytest.mark.parametrize("question", [
    "園區實驗高中要聘什麼樣的師資？",  # 聘: the head of the plan's 遴聘
    "園區實驗高中要聘什麼樣的老師？",  # and 老師 the plan's 師資
    "实验高中要聘什么老师？",
])
def test_a_bare_verb_and_a_synonym_of_the_plan_s_noun_find_the_gap_the_plan_writes(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.answer == "優質的雙語部外籍師資" and answer.signals["answered_by"] == "slot"
    cited(pipeline, answer)


def test_a_verb_that_ends_a_longer_word_of_the_question_is_not_read_as_a_bare_verb(pipeline):
    answer = pipeline.ask("灾害防救要把新科技导入什么体系？")  # 導入's 入 is no verb to meet the plan's 投入 or 納入
    assert answer.answer == "智慧防災科研體系"


@pytest.mark.parametrize("question", [
    "醫材計畫要跟國外的什麼機構合作培育國際人才？",  # not the row's agency, who is the one cooperating
    "Who does the medical device program cooperate with abroad?",
])
def test_whom_a_program_cooperates_with_is_the_partner_before_its_cooperation(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.answer == "國外醫學大學（或醫院）" and answer.signals["answered_by"] == "partner"
    cited(pipeline, answer)


def test_an_english_list_of_kinds_asked_of_a_named_program_comes_from_that_program(pipeline):
    answer = pipeline.ask("What kind of companies does the science park promotion program want to attract?")
    assert "高科技廠商" in answer.answer
    programs = {chunk.id: chunk.program for chunk in pipeline.index.chunks}
    assert answer.citations and all(programs[c.chunk_id] == "科學園區業務推展計畫" for c in answer.citations)


@pytest.mark.parametrize("question", ["科技部要把臺灣建構成什麼島？", "科技部要把台湾打造成什么岛？"])
def test_a_gap_closed_by_a_one_character_noun_is_found_below_the_top_sentences(pipeline, question):
    analysis = analyse(question, pipeline.index.glossary.translate)
    retriever = pipeline.retriever
    vector = retriever.embed_query(analysis.query)
    answerer = Answerer(pipeline.index, pipeline.settings.answer_lexical_weight, pipeline.settings.answer_prior_weight)
    candidates = answerer.candidates(analysis, vector, retriever.search(analysis.query, 10, query_vector=vector))
    gap = slot.answer(answerer.context(analysis, candidates, vector, retriever.embed_query))
    assert gap is not None and gap.answer == "氣候韌性島"  # 島 is no term of retrieval: its sentence ranks eighth
    answer = pipeline.ask(question)  # the becoming kind, which comes first, reads the same 建構臺灣為[氣候韌性島]
    assert answer.answer == "氣候韌性島"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("What does biotech research link together?", "基礎研究（上游）、轉譯醫學（中游）及臨床前試驗（下游）"),  # an adverb
    # ends it; 連結, tagged an adjective after 積極, is its verb; a bracket glosses the word before it
    ("What does MOST loosen to make recruiting more flexible?", "法規"),  # a clause of purpose follows its verb
    ("What does the biotech core facility platform offer its users?", "一站式專業服務"),  # whom it gives to follows
])
def test_an_english_what_does_x_v_question_reads_the_verb_of_its_main_clause(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer.startswith(expected) and answer.signals["answered_by"] == "slot"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", [
    "What does the ministry use to spark the next generation's imagination of the future?",
    "Which technology does the ministry use to inspire the next generation?"])
def test_what_an_english_question_says_is_used_to_do_something_is_the_object_of_the_plans_means_marker(pipeline,
                                                                                                       question):
    answer = pipeline.ask(question)  # 另亦透過[情境模擬技術]，啟迪下一代對未來的想像: the means, not the purpose
    assert answer.answer == "情境模擬技術" and answer.signals["answered_by"] == "slot"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("低軌衛星計畫最後想帶動什麼產業？", "臺灣衛星通訊產業"),  # 推動[臺灣衛星通訊產業]發展: the noun with what qualifies it
    ("科技部推動前瞻學術研究要防護的是什麼威脅？", "晶片資安威脅"),  # a verbal noun
    ("南科在高雄園區要蓋什麼商店？", "管 1 複合式商店"),  # 蓋 is not the plan's 興建; its clause names 高雄園區
])
def test_a_short_noun_ending_a_question_is_answered_with_its_qualifiers_where_its_clause_holds_another_word(
        pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


def test_a_verb_wanted_of_another_keeps_the_clause_after_to():
    # want X to V asks what V takes, not what X is
    assert english_verb("What does the experimental high school want its bilingual department to hire?") == "hire"
    assert english_verb("What does MOST set when cooperating with different countries?") == "set"


@pytest.mark.parametrize("question, expected", [
    ("哪一部分提到精準育種？", "智慧科技於農業生產之應用"),  # a row says it: its program
    ("Where should I look for research on precision breeding?", "智慧科技於農業生產之應用"),
    ("哪一部分提到OKR？", "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"),  # a paragraph: its heading
    ("Where does the plan mention OKR?", "完善計畫審議機制，強化科技治理，發揮科技資源最大效益"),
])
def test_where_the_plan_says_something_is_the_program_or_the_heading_that_says_it(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "location"
    cited(pipeline, answer)


def test_a_gap_the_questions_next_words_close_from_their_start_outranks_a_higher_gap_they_close_only_by_their_end(
        pipeline):
    answer = pipeline.ask("國際合作要將國內哪些能量鏈結國際？")  # best: 提升國內[學界]國際觀, closed by 國際 alone
    assert answer.answer.startswith("產學研能量")  # 將國內[產學研能量]鏈結國際, the second sentence
    cited(pipeline, answer)
    assert slot_span("将国内哪些能量链结国际", "將國內產學研能量鏈結國際").closed_by == 6
    assert slot_span("将国内哪些能量链结国际", "提升國內學界國際觀").closed_by == 0


def test_a_gap_the_asked_noun_closes_outranks_a_gap_it_leaves_open_in_a_sentence_as_much_about_the_question(pipeline):
    answer = pipeline.ask("政府要提升科研人才的什麼能力？")  # best: 為厚植科研人才，[在人才養成的各個階段]
    assert answer.answer == "國際移動能力"  # 提高科研人才之[國際移動能力]
    cited(pipeline, answer)


def test_a_better_enclosed_gap_of_another_topic_does_not_outrank_the_gap_of_the_named_subject(pipeline):
    answer = pipeline.ask("重點補助大學研究中心要達成什麼目標？")  # elsewhere: 達成[打造國際人才匯流中心]之目標
    assert answer.answer == "落實發展學校特色"


@pytest.mark.parametrize("question, expected", [
    ("科技部希望透過哪些方式激發全民對科學的興趣？", "多元管道及創意方式"),  # 藉由[多元管道及創意方式]
    ("科技部經由什麼模式整合部內外資源？", "雙邊及多邊國際合作模式及機制"),  # the plan writes 透過 and 藉由, not 經由
    ("科技部透過什麼模式整合部內外資源？", "雙邊及多邊國際合作模式及機制"),  # its 透過[國際合作平臺] has no 模式
    ("气候变迁研究计划用什么方式思考问题？", "反向思考的方式"),  # 利用[反向思考的方式]: 利用, not the 用 inside it
])
def test_a_means_word_places_the_gap_at_any_alike_one_of_the_plan_where_the_questions_next_words_close_it(
        pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected
    cited(pipeline, answer)


def test_the_questions_own_means_word_places_the_gap_when_no_alike_ones_place_is_closed(pipeline):
    assert pipeline.ask("科技部透過什麼來組建跨單位團隊？").answer == "國際合作平臺"  # not 藉由[雙邊及多邊…]


def test_a_gap_ending_in_a_noun_holds_a_short_noun_joined_to_it_that_ends_the_clause():
    sentence = "藉由雙邊及多邊國際合作模式及機制，整合部內外資源"
    gap = slot_span("通过什么模式整合部内外资源", sentence)
    assert sentence[gap.start:gap.end] == "雙邊及多邊國際合作模式及機制"
    going_on = "藉由雙邊及多邊國際合作模式及機制建立，整合部內外資源"  # 機制建立 goes on: no joined noun
    gap = slot_span("通过什么模式整合部内外资源", going_on)
    assert going_on[gap.start:gap.end] == "雙邊及多邊國際合作模式"


def test_a_shortened_name_the_plan_also_writes_for_other_things_names_no_program(pipeline):
    answer = pipeline.ask("科技計畫執行時要能發揮什麼作用？")  # 科技計畫 ends 數據智慧應用科技計畫, and is the 壹 section's word
    assert answer.answer == "槓桿作用"  # 俾使科技計畫執行時能發揮[槓桿作用]
    cited(pipeline, answer)
    moonshot = pipeline.ask("射月計畫由哪個單位負責？")  # a shortened name the plan writes only in the name
    assert moonshot.citations[0].section[-1] == "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)"


def test_a_gap_with_more_of_the_questions_words_right_before_it_outranks_a_higher_gap_after_its_verb_alone(pipeline):
    answer = pipeline.ask("科技部要以科技成果支持什麼？")  # best: …來支持[新創發展及產業創新]
    assert answer.answer == "各部會調適政策規劃"  # 以科技成果支持[各部會調適政策規劃]
    cited(pipeline, answer)


def test_doing_what_asks_for_the_verb_phrase_after_the_words_before_it(pipeline):
    answer = pipeline.ask("科技部要促使各計畫主辦機關做到什麼？")
    assert answer.answer == "確實達成計畫目標"  # 促使各計畫主辦機關[確實達成計畫目標]


def test_a_list_whose_last_item_ends_in_the_asked_noun_is_answered_whole_not_narrowed_to_that_item(pipeline):
    answer = pipeline.ask("为了打造宜居智慧家园，科技部要推动哪些整合创新服务？")  # 推動[A、B、C的整合創新服務]
    assert answer.answer == "氣候科學研究、氣候模式、坡地生態系服務的整合創新服務"
    cited(pipeline, answer)


def test_a_gap_before_an_attributive_keeps_the_noun_the_interrogative_attaches_to():
    sentence = "透過深度與廣度的策略運用，發展具本土競爭力的自主關鍵技術"
    gap = slot_span("发展具什么竞争力的关键技术", sentence)
    assert sentence[gap.start:gap.end] == "本土競爭力"  # not 本土: 競爭力 is the noun asked by, not a restated verb


def test_a_gap_is_closed_by_the_questions_verb_phrase_after_its_noun_in_a_later_clause(pipeline):
    answer = pipeline.ask("科技部经由什么方式发挥科技资源最大综效？")  # 經由[跨部會協調及跨域整合]，…，發揮科技資源最大綜效
    assert answer.answer == "跨部會協調及跨域整合"
    cited(pipeline, answer)


def test_a_gap_in_a_sentence_holding_more_of_the_questions_terms_outranks_a_list_of_the_best_sentence(pipeline):
    answer = pipeline.ask("科技部要藉由哪些方式支持新創發展？")  # best: the 新創 section's 扶植…、引進… list
    assert answer.answer.startswith("緊密的產學研鏈結、科研成果的擴散及優化科學園區服務與環境")
    cited(pipeline, answer)


def test_when_no_top_sentence_has_the_gap_the_one_of_the_first_six_holding_most_of_the_questions_terms_fills_it(
        pipeline):
    answer = pipeline.ask("新南向科技交流要營造什麼？")  # the disaster row's sentences rank first, none with 營造
    assert answer.answer == "區域影響力"  # …擴大與東協國家的科技與人才交流，…營造[區域影響力], fourth by score
    cited(pipeline, answer)


def test_a_gap_that_is_a_list_closed_after_its_etc_runs_past_the_usual_length_to_the_asked_noun():
    sentence = "(二) 建立具備低功耗、高效能、高度異質整合等半導體元件製造應用於人工智慧的服務技術與驗證平臺能力。"
    gap = slot_span("国研院的半导体研究中心要建立什么能力", sentence)
    assert sentence[gap.start:gap.end] == "具備低功耗、高效能、高度異質整合等半導體元件製造應用於人工智慧的服務技術與驗證平臺能力"


def test_a_gap_that_is_only_the_asked_noun_answers_nothing_so_the_goal_the_plan_names_answers(pipeline):
    answer = pipeline.ask("国际人才汇流中心是什么目标？")  # the slot's gap was …中心[之目標]: the question's own noun
    assert answer.answer == "打造國際人才匯流中心"  # 達成[打造國際人才匯流中心]之目標


def test_a_gap_ends_with_the_noun_the_interrogative_attaches_to_not_inside_the_verb_phrase_after_it():
    sentence = "發展數位經濟轉型服務新生態，吸引全球高科技和戰略性產業設立高階製造及研發中心，加速建構新產業聚落。"
    for question in ("科技部要吸引哪些產業設立高階製造及研發中心？", "要吸引哪些产业设立研发中心"):
        gap = slot_span(question, sentence)
        assert sentence[gap.start:gap.end] == "全球高科技和戰略性產業"  # not …產業設立高階, cut inside 高階製造


def test_a_preposition_gap_is_not_closed_by_the_questions_words_found_inside_a_longer_word():
    sentence = "一、研究開發策略：規劃多項產學共同研究開發，如以學引產，鼓勵國內企業與學研界共同投入前瞻技術研發；或以不同形式推動主題式產學合作。"
    gap = slot_span("产学合作要以什么方式推动？", sentence)
    assert sentence[gap.start:gap.end] == "不同形式"  # not 不同形: the 式推動 found is inside 形式


def test_which_noun_does_what_its_verb_says_is_the_subject_the_plan_puts_before_that_verb(pipeline):
    sentence = "此外，今年全世界 COVID-19 疫情蔓延，科技防疫成為重點，臺灣憑藉醫療與資通訊的優勢，防疫成果斐然、舉世注目。"
    for question in ("今年全世界蔓延的是什麼疫情？", "全世界今年蔓延的是什么疫情"):
        gap = slot_span(question, sentence)
        assert sentence[gap.start:gap.end] == "COVID-19 疫情"  # [COVID-19 疫情]蔓延, not 疫情蔓延，[科技防疫]
    answer = pipeline.ask("今年全世界蔓延的是什麼疫情？")
    assert answer.answer == "COVID-19 疫情"
    cited(pipeline, answer)


def test_the_object_of_two_joined_verbs_ending_a_clause_is_the_noun_phrase_before_them(pipeline):
    sentence = "三、基礎研究核心設施建置及維運，建構可提供防災科技落實服務平臺，加強災害應變作業與平時減災工作。"
    gap = slot_span("國家災害防救科技中心負責建置什麼？", sentence)
    assert sentence[gap.start:gap.end] == "基礎研究核心設施"  # not 及維運, after the verb
    going_on = "三、持續改善校園教學環境及設施，汰換與購置各項教學設備，提升科學園區實驗高中的教學品質。"
    gap = slot_span("園區實驗高中要汰換什麼？", going_on)  # joined verbs going on to their object
    assert going_on[gap.start:gap.end].rstrip("，") == "各項教學設備"
    answer = pipeline.ask("國家災害防救科技中心負責建置什麼？")
    assert answer.answer == "基礎研究核心設施"
    cited(pipeline, answer)


def test_a_topic_named_after_dui_before_the_verb_picks_the_gap_of_the_sentence_about_it(pipeline):
    answer = pipeline.ask("科技部要对新兴科技的冲击建立什么？")  # best: …打造綠能創生態系、建立[衛星技術能量]…
    assert answer.answer == "風險管控、責任規範及價值反思"  # 對於新興科技對社會所形成的衝擊與影響，建立[…]
    cited(pipeline, answer)
    assert topic_of("科技部要對新興科技的衝擊建立什麼？") == "新兴科技的冲击"
    assert topic_of("科技部對新興科技的衝擊打算建立什麼？") == "新兴科技的冲击"  # an intent before the verb is no topic
    assert pipeline.ask("科技部對新興科技的衝擊打算建立啥？").answer == "風險管控、責任規範及價值反思"
    assert topic_of("科技部要對哪些國家擴大交流？") == ""  # the interrogative inside: no topic
    assert topic_of("科技部對社會有什麼貢獻？") == ""  # one word and 有: no topic to weigh sentences by


def test_a_gap_closed_by_the_purpose_link_after_it_is_not_cut_at_the_same_character_inside_a_word():
    sentence = "同時掌握國際趨勢與未來前瞻科技，並開創在地價值之願景目標。"
    gap = slot_span("科技部要掌握什麼來開創在地價值？", sentence)
    assert sentence[gap.start:gap.end].rstrip("，") == "國際趨勢與未來前瞻科技"  # not 國際趨勢與未, the 來 of 未來


def test_the_noun_a_questions_verb_takes_is_the_plans_qi_after_that_verb_where_the_sentence_names_it_before(pipeline):
    sentence = "藉由多元管道及創意方式，激發全民對科學的興趣，並培養其理性思辨及創新能力，期不斷拓展科學觸角。"
    gap = slot_span("科普推動要培養全民什麼能力？", sentence)
    assert sentence[gap.start:gap.end].rstrip("，") == "理性思辨及創新能力"  # 培養其[…]: 其 is 全民
    answer = pipeline.ask("科普推動要培養全民什麼能力？")
    assert answer.answer == "理性思辨及創新能力"  # not 激發全民[對科學的興趣], after the noun alone
    cited(pipeline, answer)


def test_what_a_gap_is_for_after_the_asked_noun_and_lai_closes_it_from_the_clause_beside_it(pipeline):
    sentence = "2、為解決社會經濟重大問題，將聚焦國內優勢與特色領域，考量在地性與國際性，強化多元跨域整合研究。"
    gap = slot_span("臺灣要考量哪兩種特性來聚焦優勢領域？", sentence)  # 特性 is not the plan's; 聚焦…領域 the clause before
    assert sentence[gap.start:gap.end].rstrip("，") == "在地性與國際性"
    answer = pipeline.ask("臺灣要考量哪兩種特性來聚焦優勢領域？")
    assert answer.answer == "在地性與國際性"
    cited(pipeline, answer)


def test_what_kind_of_plural_nouns_asks_what_they_are_like_not_for_a_closed_list(pipeline):
    assert typed_list.plural_head(analyse("Which emerging technologies will the ministry develop?")) == ("technolog",
                                                                                                         ["emerg"])
    assert typed_list.plural_head(analyse("What kind of parks does the ministry want to build?")) is None
    answer = pipeline.ask("What kind of parks does the ministry want to build?")
    assert "\n" not in answer.answer and "園區開發" not in answer.answer  # not the three numbered works of a park's row


def test_a_list_is_not_read_below_a_sentence_that_names_the_asked_noun_alone_and_more_of_the_question(pipeline):
    answer = pipeline.ask("科技部想靠什麼技術讓下一代想像未來？")  # 透過情境模擬技術，啟迪下一代對未來的想像
    assert "情境模擬技術" in answer.answer and answer.signals["answered_by"] != "typed list"
    assert "光學遙測衛星星系" in pipeline.ask("太空計畫要研發什麼衛星").answer  # the list is still the answer there


def test_a_gap_the_question_closes_with_another_head_noun_ends_at_the_plans_head_noun():
    sentence = "持續規劃精進審議作業機制，導入 OKR 管理概念，並促使各計畫主辦機關確實達成計畫目標"
    for question in ("打算導入什麼管理方法？", "科技部要導入什麼管理概念？"):
        gap = slot_span(question, sentence)
        assert sentence[gap.start:gap.end] == "OKR 管理概念"  # not OKR 管理, cut where the question's 方法 differs


@pytest.mark.parametrize("question", ["太空計畫除了遙測衛星還要做什麼？", "太空计划除了遥测卫星以外还要做什么？"])
def test_what_else_a_question_asks_for_besides_what_it_sets_aside_is_another_clause(pipeline, question):
    answer = pipeline.ask(question)  # …遙測衛星星系…等主軸研發計畫，[同時執行外太空探索與科學創新、基礎能量整備計畫]
    assert "外太空探索與科學創新" in answer.answer and "遙測衛星" not in answer.answer


@pytest.mark.parametrize("question", ["想讓民眾和小孩更喜歡數學，有什麼活動？", "想让老百姓和小孩更喜欢数学，有什么活动？"])
def test_a_list_the_asked_noun_closes_answers_what_ns_there_are(pipeline, question):
    answer = pipeline.ask(question)  # 推動科普講座、科普下鄉、主題科學日等科普活動
    assert answer.answer == "科普講座、科普下鄉、主題科學日"


def test_a_noun_asked_about_that_a_later_clause_qualifies_is_that_clauses_gap_not_the_rest_of_the_verbs():
    sentence = "並鼓勵醫材及藥品跨部會之共同技術商品化，亦推動精準醫療國內外公私合作聯盟運作，同時導入人工智慧之人文社會科學研究能量"
    gap = slot_span("科技部鼓勵哪些合作聯盟的運作？", sentence)  # 鼓勵 has another object; 合作聯盟 is qualified later
    assert sentence[gap.start:gap.end] == "精準醫療國內外公私合作聯盟"
    basis = "本部依據行政院 110 年度施政方針，配合核定預算額度，編定 110 年度施政計畫。"
    gap = slot_span("依據什麼編定施政計畫？", basis)  # the question's verb opens a later clause: the rest of this one
    assert "施政方針" in basis[gap.start:gap.end] and "預算" not in basis[gap.start:gap.end]


def test_a_numeral_counting_a_lists_items_closes_the_list():
    sentence = "全球化布局推動業務，以美、亞、歐三洲為重點，建立多元化合作機制"
    spans = [sentence[start:end] for start, end, _ in enumerations(sentence)]
    assert "美、亞、歐" in spans


@pytest.mark.parametrize("question", ["國際科技合作以哪幾個洲為重點？", "國際科技合作以哪些洲為重點？"])
def test_a_list_asked_by_a_one_character_noun_starts_at_its_first_item(pipeline, question):
    answer = pipeline.ask(question)  # not 歐三洲為重點, the last item and the words after it
    assert answer.answer.startswith("美、亞、歐")
    cited(pipeline, answer)


def test_a_gap_whose_noun_a_conjunction_follows_ends_at_that_noun():
    sentence = "發展 B5G/6G 通訊技術與人工智慧融合的技術，量子科技的先期布局"
    gap = slot_span("科技部要发展哪种通讯技术与人工智能融合？", sentence)
    assert sentence[gap.start:gap.end] == "B5G/6G 通訊技術"


@pytest.mark.parametrize("question, expected", [
    ("Who does the ministry work with on the key university research centers?", "教育部"),
    ("Who will the ministry cooperate with under the New Southbound Policy?", "友好國家或開發中國家"),
    ("科普影片要跟誰合作？", "傳播媒體產業與國內科學家"),  # 促進[A與B]進行產學合作: both cooperate
    ("Who will new startups be matched with to create business opportunities?", "在地企業"),  # 與[在地企業]對接合作
])
def test_a_partner_is_found_past_a_phrase_after_with_a_light_verb_or_a_verb_that_brings_partners_together(
        pipeline, question, expected):
    answered(pipeline, question, expected, "partner")


@pytest.mark.parametrize("question", ["科普產品製播推廣計畫要媒合誰跟科學家合作？", "科普影片要讓哪個產業跟科學家合作？"])
def test_the_partner_asked_beside_one_the_question_names_is_the_other_one_the_plan_brings_together(pipeline, question):
    answered(pipeline, question, "傳播媒體產業", "partner")  # 促進[傳播媒體產業]與國內科學家進行產學合作


def test_an_english_partner_question_asks_for_the_partner_whatever_agency_cue_follows():
    assert structure_of("Who will the ministry cooperate with under the New Southbound Policy?").asks is Asks.general
    assert structure_of("Who runs the program under the New Southbound Policy?").asks is Asks.agency


def test_what_a_named_subject_offers_is_the_object_of_its_verb_after_the_subject(pipeline):
    answer = pipeline.ask("What training courses does the SPARK program offer?")  # 另 SPARK 計畫提供[…訓練課程]
    assert "醫療法規" in answer.answer and answer.answer.endswith("訓練課程")
    cited(pipeline, answer)


@pytest.mark.parametrize("question, verb", [
    ("What kind of environment does the ministry want to build with digital technology?", "build"),
    ("What kind of research does MOST support in the humanities?", "support"),
])
def test_the_verb_of_a_what_kind_question_is_the_word_before_its_first_preposition(question, verb):
    assert final_verb(question) == verb


@pytest.mark.parametrize("question", ["台灣2030科技願景是誰提出的？", "誰提出台灣2030科技願景？"])
def test_who_did_something_is_the_subject_before_the_verb_past_quotation_marks(pipeline, question):
    answer = pipeline.ask(question)  # 政府提出「台灣 2030 科技願景」
    assert answer.answer == "政府"
    cited(pipeline, answer)


def test_what_a_question_sets_aside_neither_draws_its_search_nor_is_its_topic(pipeline):
    answer = pipeline.ask("除了美、亞、歐，國際合作還要跟哪些國家交流？")
    assert "東協" in answer.answer
    assert topic_of("除了美、亞、歐，國際合作還要跟哪些國家交流？") == ""


def test_a_list_answer_leaves_out_the_item_the_question_sets_aside(pipeline):
    answer = pipeline.ask("光子源除了奈米 X 光顯微術還要建哪些光束線？")
    assert "奈米 X 光顯微術" not in answer.answer and answer.answer.startswith("微米晶體結構解析")
    cited(pipeline, answer)


@pytest.mark.parametrize("question, start", [
    ("AI 創新研究中心要做什麼？", "補助學研機構成立 AI 創新研究中心"),  # labelled after another sentence's colon
    ("講一下科普產品製播推廣產學合作計畫", "促進傳播媒體產業與國內科學家進行產學合作"),  # a part of a row, not a row
    ("研究開發策略是什麼？", "規劃多項產學共同研究開發"),
    ("大眾科學教育計畫是什麼？", "以創新、多元之方式規劃辦理活動"),
])
def test_what_a_labelled_item_is_or_does_is_what_the_plan_writes_after_its_label(pipeline, question, start):
    answer = pipeline.ask(question)
    assert answer.answer.startswith(start) and answer.signals["answered_by"] == "labelled text"
    cited(pipeline, answer)


def test_a_program_of_the_table_is_introduced_by_its_row_not_by_a_label(pipeline):
    assert pipeline.ask("講一下射月計畫").signals["answered_by"] == "introduced row"


@pytest.mark.parametrize("question, expected", [
    ("宜蘭園區的標準廠房是第幾期？", "第二期"),  # not the 新二期 of the Hsinchu park before it in the list
    ("銅鑼污水廠做的是第幾期工程？", "二期"),  # not 園區三期 of the item before it
    ("二期基地污水廠在做第幾期工程？", "第三期"),  # the sentence whose item names it, not the best-ranked one
    ("要新建的配水池是第幾座？", "第六座"),  # an ordinal, not a count
])
def test_of_several_ordinals_the_one_in_the_item_naming_what_is_asked_answers(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "ordinal"
    cited(pipeline, answer)


def test_an_english_count_is_of_the_noun_it_counts_translated(pipeline):
    answer = pipeline.ask("How many goals does Taiwan's 2030 technology vision set?")  # 三大願景 … 五大目標
    assert answer.answer == "五大目標"


def test_an_interrogative_after_a_verb_and_its_aspect_particle_is_its_object():
    assert structure_of("基础科学研究计划参考了哪个组织的定义？").governed


def linked(pipeline, question: str):
    """The program row an English question is linked to, as the pipeline links it."""
    analysis = analyse(question, pipeline.index.glossary.translate)
    answerer = Answerer(pipeline.index, pipeline.settings.answer_lexical_weight, pipeline.settings.answer_prior_weight)
    context = answerer.context(analysis, [], pipeline.retriever.embed_query(analysis.query),
                               pipeline.retriever.embed_query)
    return linked_row(context)


def test_an_english_question_is_linked_to_the_row_its_program_phrase_names_clearly(pipeline):
    assert linked(pipeline, "What resources does the medical device program integrate?").program == (
        "醫療器材產業加速新創與躍升國際推動計畫")
    assert linked(pipeline, "What does the popular science product program make?") is None  # a part of a row


def test_the_linked_rows_sentences_answer_though_retrieval_missed_them(pipeline):
    answer = pipeline.ask("What resources does the medical device program integrate?")  # 整合[三科管局及國研院資源]
    assert answer.answer == "三科管局及國研院資源"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, verdict", [
    ("What category is the NSRRC operations program?", None),  # not the Southern park's public works
    ("Is the NSRRC operations program a public construction program?", "no"),
])
def test_a_program_named_with_its_body_is_one_of_that_bodys_rows(pipeline, question, verdict):
    answer = pipeline.ask(question)
    assert answer.answer == "科技發展" and answer.verdict == verdict


@pytest.mark.parametrize("question", ["氣候變遷的研究在哪裡做？", "Where is the climate change ecology study carried out?"])
def test_where_is_answered_by_the_top_sentence_that_says_where_not_the_first_naming_a_place(pipeline, question):
    answer = pipeline.ask(question)  # 本計畫實施區域為臺灣山坡地農業發展區, not the 淺山坡地 of the goal before it
    assert "臺灣山坡地農業發展區" in answer.answer
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("What does biotechnology research connect?", "基礎研究（上游）、轉譯醫學（中游）及臨床前試驗（下游）"),  # 連結
    ("What does the medical device program provide during commercialization?", "育成協助"),  # 商品化, not 商業化
])
def test_english_words_translate_to_the_plans_taiwan_wording(pipeline, question, expected):
    assert expected in pipeline.ask(question).answer


def test_a_qualified_noun_starts_where_the_segmenter_guessed_no_word_inside_a_real_one(pipeline):
    answer = pipeline.ask("臺中園區還要做什麼工程？")  # 再生|水配|水設施管線工程: not 水設施管線工程
    assert answer.answer == "再生水配水設施管線工程"


def test_a_gap_after_the_questions_zhao_starts_after_the_plans_zhaoxiang():
    from qa.answering.slot import slot_span

    sentence = "促使未來農業生產朝向省時、省力、省工、精緻化及資源再利用之農作栽培及漁、畜飼養模式。"
    gap = slot_span("智慧農業計畫希望農業生產朝什麼方向發展？", sentence)
    assert sentence[gap.start:gap.end].startswith("省時")  # not 向省時…: 朝向 is one preposition


def test_a_gap_closed_by_the_questions_wei_does_not_end_on_the_zuo_of_the_plans_zuowei(pipeline):
    answer = pipeline.ask("推動應用科技研究以什麼為起點？")  # 以[社會需求與挑戰]做為科學研究發展策略與推動的起點
    assert answer.answer == "社會需求與挑戰"


def test_a_one_character_qualifier_is_kept_unless_it_is_a_word_of_the_question(pipeline):
    answer = pipeline.ask("新竹园区要盖什么标准厂房？")  # 新竹園區[新二期標準廠房]: 新 is in 新竹, no word of the question
    assert answer.answer == "新二期標準廠房"


def test_an_english_what_kind_object_runs_through_a_list_of_alike_qualifiers(pipeline):
    answer = pipeline.ask("What kind of cooperation model will science diplomacy develop?")
    assert answer.answer == "跨團隊、跨領域、跨國家的多邊及區域合作模式"  # 發展[跨團隊、跨領域、…]: not cut at 跨團隊


@pytest.mark.parametrize("question, expected", [
    ("What type of store will the Kaohsiung park build?", "管 1 複合式商店興建工程"),  # …、[…]及警察勤務作業設備
    ("Which landfill in the Tainan park gets follow-up work?", "臺南園區安定掩埋場後續及停 17 工程"),  # 辦理 dropped
    ("Which building in the Hsinchu Biomedical Park will be purchased?", "新竹生物醫學園區第二生技大樓"),  # 價購[…]: the
    # passive's noun is what the verb's phrase names, as an active one's is, past the place a preposition adds
    ("Which pandemic made technology-based epidemic prevention a priority?", "今年全世界 COVID-19 疫情蔓延"),
    ("Which regional development strategy does the green energy work go along with?",  # a qualified strategy is no
     "「大南方、大發展」及「沙崙智慧綠能科學城」之區域均衡發展戰略"),  # heading; 、 inside quotes parts no items; 同時配合 opens it
])
def test_english_which_noun_is_answered_by_the_one_item_of_the_best_sentence_naming_it(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.signals["answered_by"] == "slot"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, head", [
    ("Which United Nations goals does the ministry's science policy align with?", "goal"),  # the phrase's last word
    ("Which park gets an industrial road?", "park"),  # gets, before an article, is its verb
    ("What type of store will the Kaohsiung park build?", "store"),
    ("What does the ministry build?", None),
])
def test_the_noun_an_english_which_question_asks_for_is_the_last_of_its_phrase(question, head):
    assert english_head(question) == head


def test_a_noun_that_closes_a_list_gets_no_single_item(pipeline):
    answer = pipeline.ask("What kinds of reports does the clinical database include?")  # …、護理等各類[報告]
    assert answer.answer.startswith("臨床資料庫包含病患基本資料、就診資訊")


def test_an_item_that_only_translates_the_asked_noun_is_no_kind_of_it(pipeline):
    answer = pipeline.ask("Which records does the clinical database include?")  # records is 病歷, one of the list's items
    assert answer.answer != "病歷" and "病患基本資料、就診資訊" in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("What does the Taiwan 2030 technology vision stand for?", "塑立「創新、包容、永續」三大願景"),
])
def test_an_english_question_ending_on_its_verb_is_answered_by_the_clause_after_the_one_restating_its_topic(
        pipeline, question, expected):
    answer = pipeline.ask(question)  # 政府提出「台灣 2030 科技願景」，[並塑立「創新、包容、永續」三大願景]
    assert answer.answer == expected
    cited(pipeline, answer)


@pytest.mark.parametrize("question, ends", [
    ("What does the Taiwan 2030 technology vision stand for?", True),
    ("What does the clinical database include?", True),
    ("What will the ministry bring into the smart disaster prevention research system?", False),  # its object, then
    # a place it goes to: the clause restating the place may hold the object (將[新科技]導入智慧防災科研體系)
    ("Which technology gets an early deployment?", False),  # no what-does question
])
def test_an_english_what_question_ends_on_its_verb_when_no_preposition_follows_the_subject(question, ends):
    assert ends_on_verb(question) is ends


def test_a_noun_asked_for_ends_the_gap_where_a_verbal_noun_and_a_verb_follow_it(pipeline):
    answer = pipeline.ask("藥品領域運用什麼能量評估篩選標的？")  # 能量[評估]篩選: 評估 a verbal noun, 篩選 a verb
    assert answer.answer == "iBM (IP+Business+Market) 能量" and answer.signals["answered_by"] == "slot"
    cited(pipeline, answer)


def test_an_english_what_kind_verb_is_found_after_the_conjunction_opening_its_fragment(pipeline):
    answer = pipeline.ask("What kind of service window does the science park business program implement?")
    assert answer.answer == "單一窗口服務"  # 並[落實]單一窗口服務: 並 opens the fragment, 落實 translates implement
    cited(pipeline, answer)


def test_an_english_what_kind_question_finds_its_noun_through_the_taiwan_glosses(pipeline):
    answer = pipeline.ask("What kind of surgical devices will the medical device program develop?")
    assert answer.answer.startswith("微創手術醫材")  # 發展[微創手術醫材]等: surgical is 手術


@pytest.mark.parametrize("question, expected", [
    ("Which regions does international science cooperation focus on?", "美、亞、歐三洲"),  # 以[美、亞、歐三洲]為重點
    ("What does international science cooperation focus on?", "美、亞、歐三洲"),
    ("Which continents does the ministry's international cooperation focus on?", "美、亞、歐三洲"),  # fifth sentence
    ("What is the core of the Taiwan Photon Source beamline program?", "台灣光子源"),  # 以[台灣光子源]為核心
    ("The AI innovation research centers, what topics do their research projects cover?",
     "AI 核心技術、智慧製造、智慧服務、生技醫療及 AI 人文社會"),  # 以[…]為主題之研究計畫
])
def test_what_something_focuses_on_is_what_the_plan_puts_between_yi_and_wei_zhongdian(pipeline, question, expected):
    answered(pipeline, question, expected, "focus")


def test_a_question_that_asks_no_focus_is_left_to_the_other_kinds():
    from qa.answering.focus import asks_focus

    assert asks_focus(analyse("Which regions does international cooperation focus on?"))
    assert not asks_focus(analyse("What does the ministry want to focus?"))  # no 'on': what it aims its effort at
    assert not asks_focus(analyse("國際合作以哪裡為重點？"))  # Chinese says its frame itself: the slot reads it


def test_a_partner_of_any_noun_is_the_one_marked_before_the_cooperation(pipeline):
    answered(pipeline, "科技部要跟哪個產業合作拍科普影片？", "傳播媒體產業與國內科學家", "partner")  # not 國家重點產業


@pytest.mark.parametrize("question, expected", [
    ("南科高雄園區要做什麼綠化工程？", "滯洪 B 綠化及西區綠地工程"),  # not the list …工程、…工程、滯洪 B 綠化 before it
    ("台南園區要做什麼污水工程？", "二期基地污水廠第三期工程"),  # not the first item, 安定掩埋場後續及停 17 [工程]
])
def test_the_qualifier_of_an_asked_compound_noun_picks_its_item_of_a_list(pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


def test_an_english_verbs_object_is_not_the_last_word_of_a_noun_phrase_the_verb_stands_in(pipeline):
    answer = pipeline.ask("What will the smart disaster New Southbound program export?")
    assert answer.answer == "臺灣歷年在防災上之知識、經驗與產品"  # 實質輸出[…], not 防災輸出[環境], an environment for exports


@pytest.mark.parametrize("question", ["Who does the clinical database program cooperate with to add value?",
                                      "臨床資料庫計畫要跟誰合作？"])
def test_a_partner_the_plan_cooperates_through_is_the_one_a_means_clause_names_before_it(pipeline, question):
    """透過[具 AI 科技發展能量之產業界]，進行跨域增值合作: no 與 marks a partner, the clause before names it."""
    answered(pipeline, question, "具 AI 科技發展能量之產業界", "partner")


@pytest.mark.parametrize("question, expected", [
    ("國輻中心是行政法人還是財團法人？", "財團法人"),  # 財團法人國家同步輻射研究中心
    ("災防中心是行政法人還是財團法人？", "行政法人"),  # 行政法人國家災害防救科技中心: had been a sentence of its row
    ("国研院是管理局还是行政法人？", "財團法人國家實驗研究院"),  # neither: the name that settles it
])
def test_a_choice_of_what_kind_of_body_an_agency_is_is_settled_by_its_name_in_the_table(pipeline, question, expected):
    answered(pipeline, question, expected, "choice")


def test_an_english_verb_the_plan_writes_rarely_places_its_object_in_any_top_sentence(pipeline):
    answer = pipeline.ask("What does the ministry want to loosen for research spin-offs?")  # spin-offs: 衍生新創 draws
    assert answer.answer == "科研新創技轉規範"  # another sentence first; 鬆綁[科研新創技轉規範] is the second


def test_what_a_topics_noun_is_may_come_before_a_copula_whose_noun_qualifies_the_topic(pipeline):
    answer = pipeline.ask("科普影片的題材是什麼？")  # …[…新興科技或社會關注之重大民生科技議題]為題材之影片: not 影片或動畫片
    assert answer.answer.endswith("之新興科技或社會關注之重大民生科技議題")


@pytest.mark.parametrize("question", ["生醫商品化中心的醫材領域提供哪些服務？", "生醫商品化中心提供哪些服務？"])
def test_a_list_of_verb_phrases_is_answered_whole_past_its_subject_when_the_asked_verb_opens_only_its_last(pipeline,
                                                                                                     question):
    answer = pipeline.ask(question)  # 生醫商品化中心醫材領域進行…、…輔導、協助…、提供…雛型品試製服務: all its services
    assert answer.answer == ("進行案源篩選評估及遴選、全方位的商業增值輔導、協助上市申請或國際授權談判、"
                             "提供產品開發各階段雛型品試製服務")
    cited(pipeline, answer)


def test_a_verb_that_opens_one_of_parallel_verb_phrases_is_filled_by_its_own_object_not_by_all_of_them(pipeline):
    answer = pipeline.ask("智慧農業計畫要減少什麼？")  # 為減少[極端氣候造成之農損]、紓解…、提升…、解決…等問題
    assert answer.answer == "極端氣候造成之農損"
    cited(pipeline, answer)


@pytest.mark.parametrize(("question", "thing"), [
    ("科技部要把臺灣變成什麼？", "台湾"),  # after 把, folded
    ("臺灣要被打造成什麼島？", "台湾"),  # the verb before 成 and the auxiliaries 要被 left off
    ("科技部希望臺灣成為什麼？", "台湾"),
    ("沙崙的聯合研究大樓被定位成什麼？", "大楼"),  # the last word before 被, though 定位 is tagged a noun
    ("為什麼要推動智慧災防新南向？", ""),  # 為什麼 asks why: no becoming
    ("科技部要推動什麼？", ""),
])
def test_a_chinese_question_names_the_thing_it_asks_what_it_becomes(question, thing):
    assert zh_thing(question) == thing


@pytest.mark.parametrize(("question", "thing"), [
    ("What does the ministry want Taiwan to become in the face of climate change?", "Taiwan"),
    ("What does the ministry want to turn Taiwan into?", "Taiwan"),
    ("What will Taiwan become?", "Taiwan"),
    ("What should knowledge and innovation become?", "knowledge and innovation"),
    ("What does the joint research building serve as?", "the joint research building"),
    ("What does the ministry want to loosen?", ""),
])
def test_an_english_question_names_the_thing_it_asks_what_it_becomes(question, thing):
    assert en_thing(question) == thing


def test_what_a_thing_becomes_is_read_after_its_marker_but_not_in_a_means_frame():
    text = fold("以科技成果支持各部會調適政策規劃，建構臺灣為氣候韌性島。")
    start, end = becomes(text, "台湾")
    assert text[start:end] == fold("氣候韌性島")
    assert becomes(fold("以臺灣為基地，推動研發"), "台湾") is None  # 以 X 為 Y takes X as a means


@pytest.mark.parametrize("question", ["科技部要把臺灣變成什麼？", "臺灣要被打造成什麼島？", "What will Taiwan become?",
                                      "What does the ministry want to turn Taiwan into?"])
def test_what_something_becomes_is_what_the_plan_says_it_is_made_whatever_verb_the_question_uses(pipeline, question):
    answer = pipeline.ask(question)  # 建構臺灣為[氣候韌性島]: the plan's verb is none of the question's
    assert answer.answer == "氣候韌性島"
    cited(pipeline, answer)


def test_a_thing_may_become_something_through_a_verb_of_its_own(pipeline):
    answer = pipeline.ask("What should knowledge and innovation become?")  # 知識與創新躍升成為[…]
    assert answer.answer == "臺灣新經濟的重要動能"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("科技部希望臺灣成為什麼樣的國家？", "卓越創新的國家"),  # …，邁向[卓越創新的國家]: a becoming without its thing
    ("科技部想讓臺灣農業變成怎樣？", "年輕化、高競爭力的農業型態"),  # 使臺灣農業邁向[…]進而發展…: not what it leads on to
    ("腦科技計畫想成為什麼的重要成員？", "國際組織"),  # 什麼的 N asks what N is of, not a kind of N
])
def test_what_a_thing_strides_toward_is_what_it_becomes(pipeline, question, expected):
    assert pipeline.ask(question).answer.endswith(expected)


@pytest.mark.parametrize(("question", "thing"), [
    ("基礎科學研究計畫參酌誰的定義？", "定义"),
    ("科技政策扣合誰的永續發展目標？", "永续发展目标"),  # 永續 is tagged an adverb: it opens the thing all the same
    ("要啟迪誰的想像？", "想像"),  # a word tagged a verb after 誰的 is the thing 的 takes
    ("Whose sustainable development goals does the science policy align with?", "sustainable development goals"),
    ("誰負責射月計畫？", ""),  # 誰 without 的 asks who acts
    ("臨床資料庫是什麼的基石？", "基石"),  # 什麼的: what the thing is of
    ("要激發民眾對什麼的興趣？", ""),  # 對什麼的: 對's object, which no owner is
])
def test_a_whose_question_names_the_thing_it_asks_the_owner_of(question, thing):
    assert asked_thing(analyse(question)) == thing


def test_an_owner_is_the_nouns_before_the_thing_back_to_the_questions_verb_and_before_the_object_of_a_dui_frame():
    text = fold("以槓桿國際夥伴資源與能量")
    start, end = possessor(text, text.find("资源"), ["杠杆"])
    assert text[start:end] == fold("國際夥伴")
    text = fold("激發全民對科學的興趣")  # 對[科學]的興趣 is interest in science: the owner is 全民
    start, end = possessor(text, text.find("兴趣"), ["激发"])
    assert text[start:end] == fold("全民")
    text = fold("整合三科管局及國研院資源")  # two owners joined by 及; the verb taking them is none of them
    start, end = possessor(text, text.find("资源"), [])
    assert text[start:end] == fold("三科管局及國研院")


def test_what_a_thing_is_of_may_be_an_activity_which_no_owner_is():
    text = fold("臨床資料庫之完整度及全面性，為 AI 應用發展之基石")
    assert possessor(text, text.find("基石"), []) is None  # 發展 is no one's: nobody owns the 基石
    start, end = possessor(text, text.find("基石"), [], of_what=True)
    assert text[start:end] == fold("AI 應用發展")


@pytest.mark.parametrize(("question", "owner"), [
    ("基礎科學研究計畫參酌誰的定義？", "OECD"),  # 參酌 OECD 定義: not the clause, not 定義 with it
    ("Whose definition does the basic science program follow?", "OECD"),
    ("科技部要槓桿誰的資源？", "國際夥伴"),  # not 國研院, an organisation acting elsewhere
    ("Whose resources does the ministry leverage through international cooperation platforms?", "國際夥伴"),
    ("Whose sustainable development goals does the science policy align with?", "聯合國"),
    ("科技部要保護誰的健康？", "國人"),  # 保護國|人: the segmenter glued the verb to the owner
    ("科技部要激發誰的興趣", "全民"),
    ("Whose investment do the parks want to attract?", "企業"),  # not 優質的[投資]環境, where it qualifies a noun
    ("醫材加速計畫整合誰的資源？", "三科管局及國研院"),  # 整合[…]資源: not 加速[醫療器材]資源的創新, which the verb does not take
    ("臨床資料庫的完整度是什麼的基石？", "AI 應用發展"),  # 什麼的 N: what N is of, an activity here
    ("科技部是什麼的掌舵者？", "國家科技發展"),  # the subject's words (科技部) may recur in what it is of
])
def test_whose_thing_is_answered_by_the_owner_the_plan_writes_before_it(pipeline, question, owner):
    answer = pipeline.ask(question)
    assert answer.answer == owner
    cited(pipeline, answer)


@pytest.mark.parametrize(("question", "agency"), [
    ("射月計畫是誰的責任？", "科技部（本部各單位）"),
    ("低軌衛星是誰的業務？", "財團法人國家實驗研究院"),
    ("Whose job is the smart agriculture program?", "科技部（本部各單位）"),
    ("Whose responsibility is the semiconductor moonshot program?", "科技部（本部各單位）"),
])
def test_whose_duty_a_program_is_asks_for_the_agency_running_it(pipeline, question, agency):
    answer = pipeline.ask(question)
    assert answer.answer == agency
    cited(pipeline, answer)


def test_an_english_verb_reaches_the_plans_word_through_the_taiwan_glosses(pipeline):
    answer = pipeline.ask("What kind of research groups does the ministry nurture?")  # 涵育, which CC-CEDICT lacks
    assert answer.answer == "國際領先研究群"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["What role does the ministry play?",
                                      "What is the ministry's role in national science and technology development?"])
def test_the_ministry_in_lower_case_is_the_plans_own_body_whose_role_its_copula_states(pipeline, question):
    answer = pipeline.ask(question)  # 科技部為[國家科技發展掌舵者]: stated once, read even where the evidence is weak
    assert answer.answer == "國家科技發展掌舵者"
    cited(pipeline, answer)


def test_the_role_of_a_body_the_plan_does_not_name_is_not_answered(pipeline):
    assert pipeline.ask("What role does the Ministry of Education play?").abstained


def test_a_list_question_naming_a_program_is_answered_from_that_programs_row_not_a_closer_list_of_another(pipeline):
    answer = pipeline.ask("智慧農業計畫有哪些關鍵技術？")  # not the moonshot's 六大關鍵技術, whose words cover it more
    assert answer.answer.startswith("「新興精準育種技術」、「微生物及其副產物應用」")  # …等產業鏈間之關鍵技術
    assert answer.citations[0].section[-1] == "智慧科技於農業生產之應用"


@pytest.mark.parametrize(("question", "listed"), [
    ("腦科技計畫的重點發展項目有哪些？", "腦秘密之探索及腦科技研發、腦科技之應用"),  # 重點發展項目包含[…]等
    ("臨床資料庫裡有哪些報告？", "病患基本資料、就診資訊、病理、影核醫、手術、病歷、急診、護理"),  # 臨床資料庫包含[…]等
])
def test_a_list_starts_after_the_listing_verb_that_opens_it(pipeline, question, listed):
    answer = pipeline.ask(question)
    assert answer.answer == listed
    cited(pipeline, answer)


def test_an_english_counted_list_is_the_list_the_plan_counts_with_that_number_even_below_the_top_sentences(pipeline):
    answer = pipeline.ask("What are the four categories of the basic science research program?")  # …四類, seventh
    assert answer.answer == "「好奇探索型」、「導向型」、「共用資源及核心設施」及「科研人才國際交流及獎勵」"
    cited(pipeline, answer)


def test_an_english_counted_list_is_one_a_translation_of_its_noun_closes_before_any_list_as_long(pipeline):
    answer = pipeline.ask("What three tasks does the national disaster prevention center take on in disaster research?")
    assert answer.answer == "「研發推動」、「技術支援」及「落實應用」"  # …等任務, not the best sentence's 氣象、水文及坡地
    cited(pipeline, answer)


def test_an_english_count_whose_noun_the_plans_count_does_not_translate_takes_no_other_counted_list(pipeline):
    answer = pipeline.ask("Which three values make up the 2030 technology vision?")  # not 連結在地、國際與未來等三大方略
    assert answer.answer == "創新、包容、永續"


def test_the_goals_of_a_program_are_the_goal_its_row_states_not_a_list_of_what_it_responds_to(pipeline):
    answer = pipeline.ask("What are the goals of the smart agriculture program?")  # 達成[…]之目標, not 為減少…、紓解…
    assert answer.answer == "資源循環利用、環境友善及農業永續"
    cited(pipeline, answer)


@pytest.mark.parametrize("question", ["沙崙的聯合研究大樓被定位成什麼？", "What does the joint research building serve as?"])
def test_what_a_thing_serves_as_is_what_the_plan_puts_after_its_zuowei(pipeline, question):
    answer = pipeline.ask(question)  # …之聯合研究大樓作為[智慧科技發展核心基地] (building: 大樓, no first translation)
    assert answer.answer == "智慧科技發展核心基地"
    cited(pipeline, answer)


def test_whom_a_verb_acts_on_before_a_purpose_is_its_object_not_a_body_inside_it(pipeline):
    answer = pipeline.ask("科技部補助誰來延攬特殊優秀人才？")  # 補助[各大專校院]及經行政院核定準用之研究機構: not 行政院
    assert answer.answer == "各大專校院"
    cited(pipeline, answer)


@pytest.mark.parametrize("question, expected", [
    ("科技部要延攬誰來臺？", "國內外優秀科研人士"),  # not 行政院 of 經行政院核定, nor the question's 來臺 after 誰
    ("國輻中心要帶領誰投入尖端科學研究？", "年輕學子"),
    ("大眾科學教育計畫想增進誰對科學的興趣？", "民眾及學童"),
])
def test_whom_a_verb_acts_on_is_the_object_after_it_and_ends_where_the_questions_words_after_who_begin(pipeline,
                                                                                                     question,
                                                                                                     expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected
    cited(pipeline, answer)


def test_a_qualified_noun_made_only_of_the_questions_words_is_no_answer():
    sentence = "一、打造優質投資環境，吸引高科技廠商進駐，形成產業及服務聚落。建立創新導向的政府服務，並落實單一窗口服務，提升園區服務品質。"
    assert qualified_span("園區會提供什麼服務？", sentence) is None  # not [園區]服務 of 園區服務品質: it restates the question


def test_a_question_verb_the_plan_writes_inside_the_asked_noun_is_passed_to_the_qualifiers_before_it(pipeline):
    sentence = "二、辦理園區公共設施加強工程。"
    start, end = qualified_span("中興園區籌設計畫要加強什麼工程？", sentence)
    assert sentence[start:end] == "園區公共設施加強工程"  # 加強什麼工程: the plan's noun holds the verb; 辦理 opens it
    answer = pipeline.ask("中興園區籌設計畫要加強什麼工程？")  # the named program's row, not 中部 park's 設施管線工程
    assert answer.answer == "園區公共設施加強工程"
    cited(pipeline, answer)


@pytest.mark.parametrize(("question", "noun"), [
    ("What is the implementation area of the climate change ecology study?", "implementation area"),
    ("What is the goal of the space program?", ""),  # one word is too loose a compound to look past the top
    ("What does the climate change study implement?", ""),
])
def test_an_english_attribute_question_names_a_two_word_noun_before_of(question, noun):
    assert attribute_noun(analyse(question)) == noun


def test_an_attribute_is_the_value_after_the_plans_compound_of_its_nouns_translations_and_a_copula(pipeline):
    answer = pipeline.ask("What is the implementation region of the climate change study?")  # 實施區域為[…]
    assert answer.answer == "臺灣山坡地農業發展區" and answer.signals["answered_by"] == "attribute"
    cited(pipeline, answer)


def test_a_stranded_prepositions_object_is_what_follows_the_verb_its_object_is_moved_before(pipeline):
    question = "What does the ministry want to link domestic industry-academia-research capacity with?"
    assert stranded(question) == ("link", "domestic industry-academia-research capacity")
    answer = pipeline.ask(question)  # 將[國內產學研能量]鏈結[國際], fourth; 鏈結 is tagged a noun there
    assert answer.answer == "國際"
    cited(pipeline, answer)
    assert stranded("What does the ministry want to link?") is None


def test_an_attribute_is_what_a_yi_frame_takes_as_the_noun_the_question_names_as_one_phrase(pipeline):
    answer = pipeline.ask("What is the starting point of applied technology research?")  # starting point: 起點
    assert answer.answer == "社會需求與挑戰"  # 以[社會需求與挑戰]做為…推動的起點, not another item's 重要起點
    assert answer.signals["answered_by"] == "attribute"
    cited(pipeline, answer)


def test_what_two_bodies_do_together_is_the_action_after_the_clause_saying_what_it_follows(pipeline):
    sentence = ("二、重點補助大學研究中心：與教育部合作，配合國家戰略需求領域及臺灣未來產業需求與優勢潛力，協助各大學建立卓越研究中心，"
                "以達成落實發展學校特色，持續強化大學研究能量之目標。")
    gap = slot_span("科技部跟教育部合作做什麼？", sentence)  # 配合… says what the action follows, not what it is
    assert sentence[gap.start:gap.end].rstrip("，") == "協助各大學建立卓越研究中心"
    answer = pipeline.ask("与教育部合作是要做什么？")
    assert answer.answer == "協助各大學建立卓越研究中心"
    cited(pipeline, answer)


def test_a_cheng_ending_a_word_opens_no_result_so_the_object_keeps_what_stands_before_it(pipeline):
    text = fold("增進人類健康福祉及減少神經系統病變造成之醫療負擔")
    assert slot.past_resultative(text, 11, len(text)) == 11  # 造成's 成 is no 成為
    assert slot.past_resultative(fold("建構臺灣為氣候韌性島"), 2, 10) == 5  # 建構臺灣為[氣候韌性島]
    answered(pipeline, "What medical burden does the brain technology program want to reduce?",
             "神經系統病變造成之醫療負擔", "slot")  # not 醫療負擔, the question's own words


def test_what_an_english_verb_moves_into_a_place_is_the_object_jiang_puts_before_it(pipeline):
    assert slot.english_destination("What does X want to introduce into the international market?") == \
        "the international market"
    assert slot.english_destination("What does the ministry want to introduce?") == ""  # want to: no destination
    answered(pipeline, "What does the medical device program want to introduce into the international market?",
             "國產品", "slot")  # 將[國產品]導入國際市場: never the destination after the verb


def test_where_one_goes_to_do_a_thing_is_the_place_the_plans_fu_names_without_the_thing_done(pipeline):
    answered(pipeline, "生醫商品化人才培育計畫要選派人員去哪裡受訓？", "海外", "slot")  # 選派人員赴[海外]受訓: 去 is
    # the plan's 赴, and 受訓 closes the place


def test_a_where_question_whose_interrogative_qualifies_a_noun_keeps_that_noun_closing_the_gap():
    sentence = "二、遴聘優質的雙語部外籍師資，以利雙語部學生銜接國外教育。"
    gap = slot_span("雙語部學生要銜接哪裡的教育？", sentence)  # 哪裡的教育: the noun closes the gap, within it
    assert sentence[gap.start:gap.end] == "國外教育"


@pytest.mark.parametrize("question, expected", [
    ("What losses does the smart agriculture program want to reduce?", "極端氣候造成之農損"),  # losses: 農損
    ("What analysis will the biomedical ecosystem program carry out?", "生醫價值鏈分析"),  # ecosystem: 生態體系
])
def test_an_english_noun_the_plan_writes_as_a_taiwan_word_finds_its_sentence(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert expected in answer.answer and len(answer.answer) <= len(expected) + 2
    cited(pipeline, answer)


def test_a_clause_answer_moves_to_a_sentence_naming_the_noun_only_if_it_holds_the_places_the_question_names(
        pipeline):
    answer = pipeline.ask("What development work is planned for the Longtan park?")
    assert "龍潭園區第二期開發工程" in answer.answer  # the best sentence's, not a southern park item that says 作業
    cited(pipeline, answer)


def test_an_english_destination_names_the_verb_before_it_however_long_and_to_a_verb_is_no_destination():
    question = "What will the science parks introduce into the local living circle?"
    assert english_verb(question) == "introduce"  # not circle, the last of a place four words long
    assert slot.english_destination(question) == "the local living circle"
    assert slot.english_destination("What does the ministry want to spread to the industry?") == "the industry"
    assert slot.english_destination("What does the ministry want every person to feel about technology?") == ""
    assert slot.english_destination("What does the ministry want to attract to set up research centers?") == ""
    assert english_verb("What does the ministry want the public to develop?") == "develop"


@pytest.mark.parametrize("question, expected", [
    ("What will the science parks introduce into the local living circle?", "各類適合園區應用的創新服務系統"),
    # 將[…創新服務系統]導入園區及在地生活圈: the place stands in the object, past 園區及; a sentence further down
    ("What does the ministry want to spread to the industry?", "學研界科研成果"),  # 將[…]擴散至產業: past its 至
])
def test_what_an_english_verb_moves_to_a_place_is_what_jiang_puts_before_it_in_the_first_sentences_saying_so(
        pipeline, question, expected):
    answered(pipeline, question, expected, "slot")


def test_a_cheng_opening_a_word_opens_no_result_either(pipeline):
    text = fold("培養生技人才將學研成果邁向商品化之軟實力")
    assert slot.past_resultative(text, 2, len(text)) == 2  # 成果 is no 成
    answer = pipeline.ask("What kind of talent does the SPARK program cultivate?")
    assert answer.answer.startswith("生技人才")  # the SPARK sentence's 培養[生技人才…], not another's 培育


def test_what_a_work_named_by_its_verb_does_is_the_noun_phrase_between_the_light_verb_and_that_verb(pipeline):
    sentence = "二、辦理園區公共設施加強工程。"
    gap = slot_span("中興園區要加強什麼？", sentence)  # 中興 is not in the clause: the light verb 辦理 opens the object
    assert sentence[gap.start:gap.end] == "園區公共設施"  # not [工程], the work 加強 names
    answered(pipeline, "中興園區要加強什麼？", "園區公共設施", "slot")
    assert pipeline.ask("中興園區要加強什麼工程？").answer == "園區公共設施加強工程"  # the work, asked by its noun


def test_an_english_questions_candidates_include_the_passage_bm25_ranks_first_wherever_fusion_put_it(pipeline):
    question = "What does the ministry want to scan continuously?"
    lexical_first = next(hit for hit in pipeline.search(question, 10) if hit.lexical_rank == 1)
    assert "持續掃描全球趨勢" in lexical_first.chunk.text  # one long paragraph's words, few vectors near them
    answered(pipeline, question, "全球趨勢", "slot")


def test_an_english_verbs_object_ends_where_a_light_verb_opens_what_is_done_next(pipeline):
    answered(pipeline, "What will the ministry keep tracking for startup teams?", "團隊成長情形",  # track: 追蹤
             "slot")  # 持續追蹤[團隊成長情形]進行協助


def test_an_english_hub_is_the_plans_huiliu_zhongxin(pipeline):
    answer = pipeline.ask("What international hub does the ministry want to build for talent?")
    assert "國際人才匯流中心" in answer.answer and "延攬" not in answer.answer  # not the recruiting clause before it
    cited(pipeline, answer)
