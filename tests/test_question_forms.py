"""Question analysis reads a question's structure: every recognised form (qa/question/forms.py) gives its slot."""
from __future__ import annotations

import pytest

from qa.crosslingual import english_stems
from qa.question import Asks, Form, analyse, colloquial, content_terms, structure_of
from qa.question.forms import EN_SLOT_NOUNS, RECOGNISED, SLOT_NOUNS


@pytest.mark.parametrize("what, question, form, asks, wants_list", RECOGNISED, ids=[row[0] for row in RECOGNISED])
def test_every_recognised_form_gives_its_slot(what, question, form, asks, wants_list):
    structure = structure_of(colloquial(question))  # as the pipeline reads it
    assert (structure.form, structure.asks, structure.wants_list) == (form, asks, wants_list)


@pytest.mark.parametrize("slot, nouns, example", SLOT_NOUNS + EN_SLOT_NOUNS, ids=[row[0].value + ":" + row[2][:12] for row in SLOT_NOUNS + EN_SLOT_NOUNS])
def test_every_slot_noun_row_is_read_from_its_example(slot, nouns, example):
    assert structure_of(example).asks is slot


@pytest.mark.parametrize("question", [
    "哪個計畫補助低軌衛星？", "補助低軌衛星的計畫是哪一個？", "補助低軌衛星的計畫是哪一項？", "補助低軌衛星的計畫為何者？",
    "補助低軌衛星的計畫叫什麼？", "補助低軌衛星的計畫名稱是什麼？", "我想找補助低軌衛星的計畫", "請給我補助低軌衛星的計畫",
    "幫我查補助低軌衛星的計畫", "補助低軌衛星，是哪個計畫在做？", "补助低轨卫星的计划是哪一个？",
])
def test_the_slot_is_the_same_wherever_the_interrogative_stands(question):
    assert structure_of(question).asks is Asks.program


def test_a_length_distance_or_area_asks_for_a_number_with_its_unit_and_a_directorate_is_no_director():
    assert analyse("人行道要設多長？").expects.value == "count"
    assert analyse("人行道要設幾公里？").expects.value == "count"
    assert analyse("要花多長時間？").expects.value == "date"  # a duration, not a length
    assert analyse("Which programs does the Directorate General of Highways run?").expects.value == "anything"
    assert analyse("Who is the director of NARLabs?").expects.value == "person"


def test_who_asks_for_the_acting_organisation_unless_a_person_role_is_named():
    assert structure_of("Beyond 5G 低軌衛星－通訊衛星發展是誰在執行的？").asks is Asks.agency
    assert structure_of("國家實驗研究院的院長是誰？").asks is Asks.person
    assert analyse("國家實驗研究院的院長是誰？").expects.value == "person"


def test_a_described_noun_is_asked_for_but_a_named_one_is_defined():
    assert structure_of("補助低軌衛星的計畫是什麼？").asks is Asks.program
    assert structure_of("基礎科學研究計畫是什麼？").asks is Asks.general
    assert structure_of("中興園區籌設計畫之主管機關是什麼？").asks is Asks.agency  # 之 joins a described noun as 的 does
    assert structure_of("中興園區籌設計畫主管機關是什麼？").asks is Asks.agency  # a field noun needs neither
    assert structure_of("智慧災防新南向之計畫類別是什麼？").asks is Asks.category


def test_what_someone_will_do_about_or_to_something_asks_how():
    assert analyse("What does MOST want to do about the impact of emerging technologies on society?").how
    assert analyse("What will MOST do to attract international talent?").how
    assert not analyse("What does the smart agriculture program want to reduce?").how


def test_what_something_is_for_asks_why_in_english_too():
    assert analyse("What is the ASEAN cooperation for?").why
    assert analyse("What is the iBM method used for?").why
    assert not analyse("What is the budget for the parks?").why  # for before its object: what, not why


@pytest.mark.parametrize("question", ["What does the ministry hope to attract global top talent for?",
                                      "What does the ministry open core facilities for?"])
def test_what_something_is_done_for_asks_why(question):
    assert analyse(question).why


@pytest.mark.parametrize("question", ["What does the ministry apply for?", "What does the program provide funding for?",
                                      "What does the ministry hope for?", "What does the ministry strive for?"])
def test_a_for_that_takes_its_verbs_object_asks_what_not_why(question):
    assert not analyse(question).why


def test_why_is_read_by_position():
    assert analyse("為何要推動智慧災防新南向？").why
    assert not analyse("智慧災防新南向的負責單位為何者？").why
    assert not analyse("智慧災防新南向的負責單位為何？").why
    assert not analyse("腦科技計畫想成為什麼組織的成員？").why  # 成為 什麼, no 為什麼
    assert analyse("推動射月計畫的原因是什麼？").why and analyse("推動射月計畫的理由為何？").why  # a reason asked for


@pytest.mark.parametrize("question, options", [
    ("中興園區籌設計畫是科技發展類還是公共建設類？", ["科技发展类", "公共建设类"]),
    ("中興園區籌設計畫是由國家實驗研究院還是中部科學園區管理局負責？", ["国家实验研究院", "中部科学园区管理局"]),
    ("在地資源的策略是「鏈結科普在地資源」還是「優化園區投資環境」？", ["链结科普在地资源", "优化园区投资环境"]),
    ("Is the X program run by the National Applied Research Laboratories or by the Hsinchu Science Park Bureau?",
     ["national applied research laboratories", "the hsinchu science park bureau"]),
])
def test_choice_options_are_what_stands_on_either_side_of_the_marker(question, options):
    structure = structure_of(question)
    assert structure.form is Form.choice and structure.options == options


def test_a_request_may_hold_an_interrogative_in_its_own_noun_phrase():
    structure = structure_of("I'm looking for the strategy that examines how new technology affects society.")
    assert (structure.form, structure.asks) == (Form.request, Asks.section)


def test_a_preamble_or_a_request_verb_is_not_embedded():
    assert analyse("我想找補助低軌衛星的計畫").query == "補助低軌衛星的計畫"
    assert analyse("I'm looking for the program that funds satellites.").query == "the program that funds satellites."


def test_the_year_an_annual_plan_is_for_is_no_term_of_the_question():
    assert content_terms("中科今年到底在蓋什麼？") == ["中科"]  # not 今年, nor 科今 across two words
    assert content_terms("國輻中心本年度的工作") == content_terms("國輻中心的工作")


def test_a_speakers_hedges_are_no_terms_of_the_question(pipeline):
    assert not {"时候", "一点", "小一"} & set(content_terms("政府如何讓颱風來的時候損害小一點？"))
    answer = pipeline.ask("政府如何讓颱風來的時候損害小一點？")  # was declined: the hedges diluted its evidence
    assert not answer.abstained and "颱風洪水防減災" in answer.answer


def test_content_terms_drop_function_words_but_not_the_words_that_contain_their_characters():
    terms = content_terms("新科技對社會造成衝擊，科技部打算怎麼因應？")
    assert "社会" in terms and "冲击" in terms  # 會 of 社會 is content; 對 and 怎麼 are not
    assert not any("对" in term or "怎" in term for term in terms)
    assert {"能源", "机会", "目的"} <= set(content_terms("哪個計畫提供能源研究的合作機會？目的是什麼？"))
    assert content_terms("這個計畫的預算是多少？") == ["计划", "预算", "多少"]
    assert content_terms("哪個計畫跟教育部合作？") == content_terms("哪個計畫與教育部合作？")  # 跟 as 與: no 跟教
    assert "潜在" in content_terms("发现 社会 潜在 需要")  # jieba tags 潛在 a time word: still content, not 在 alone


@pytest.mark.parametrize("question", ["科技部是否補助低軌衛星？", "射月計畫是否由國研院負責？",
                                      "Isn't the Zhongxing program a public construction program?",
                                      "Doesn't the ministry fund low-orbit satellites?", "Aren't there programs about AI?"])
def test_shi_fou_and_a_negative_english_question_ask_yes_or_no(question):
    assert structure_of(question).form is Form.polar
    assert not {"isn", "doesn", "aren"} & set(english_stems(question))  # no content word: nothing to translate


@pytest.mark.parametrize("question", ["園區想不想吸引國際大廠？", "科技部該不該補助低軌衛星？", "科技部可不可以補助半導體研究？"])
def test_a_not_a_of_any_verb_is_a_yes_no_question_whose_interrogative_is_no_term(question):
    assert structure_of(question).form is Form.polar
    assert not any("不" in term for term in analyse(question).terms)


@pytest.mark.parametrize("question, noun", [
    ("光子源三期要建哪些實驗設施？", "设施"), ("臺灣面臨哪些重大社會議題？", "议题"), ("科技部要突破什麼挑戰？", "挑战"),
])
def test_the_noun_asked_about_is_the_head_of_the_phrase_after_the_interrogative(question, noun):
    assert analyse(question).noun == noun


@pytest.mark.parametrize("question, noun", [
    ("高雄園區要蓋的複合式商店是哪一個？", "商店"), ("新竹園區要買的生技大樓是哪一棟？", "大楼"),
])
def test_which_one_after_a_described_noun_asks_for_that_noun(question, noun):
    assert analyse(question).noun == noun  # the head of the subject, as 哪一棟 and 哪一個 before it would take


def test_what_is_the_n_of_x_asks_about_n():
    assert structure_of("what is the implementation area of the climate change study").noun == "area"
    assert structure_of("What is the ministry's role in science and technology development?").noun == "role"
    assert structure_of("What is the Beyond 5G program?").noun == ""  # a name to define: no noun asked about


def test_a_fronted_purpose_asking_what_is_done_for_it_asks_how():
    assert analyse("為了縮短科學與社會的距離要做什麼？").how and analyse("為了留住人才，科技部做了哪些事？").how
    assert not analyse("為什麼要做這些事？").how and not analyse("新創的早期育成結束後要做什麼？").how


def test_by_what_means_to_bring_something_about_asks_how():
    assert analyse("科技部要用什麼辦法讓新創公司產業化？").how and analyse("要用什麼方式來吸引人才？").how
    assert not analyse("科技部用什麼方式培育生醫商品化人才？").how  # the manner noun itself, asked of a verb: 兩種模式


def test_a_budget_asked_how_or_why_about_expects_no_amount():
    assert analyse("科技計畫的預算要怎樣才能發揮最大綜效？").expects.value == "anything"
    assert analyse("基礎科學研究計畫的預算是多少？").expects.value == "amount"


def test_by_what_before_a_verb_asks_how_but_using_what_before_a_noun_asks_what():
    assert analyse("科技部想用什麼把國內產學研的力量接上國際？").how and analyse("要藉由什麼推動科普？").how
    assert not analyse("園區用什麼能源？").how and not analyse("大專校院延攬特殊人才計畫用什麼方式補助？").how


def test_an_english_interrogative_before_do_support_is_an_object_not_the_one_who_acts():
    assert structure_of("Who does the ministry cooperate with?").governed
    assert structure_of("Which international bodies does the ministry want closer ties with?").governed
    assert not structure_of("Who runs the brain science program?").governed
    assert not structure_of("Which agency runs the satellite program?").governed


def test_an_english_strategy_or_goal_qualified_by_other_words_is_no_heading_of_the_plan():
    assert structure_of("Which strategy brings OKR to reviews?").asks is Asks.section
    assert structure_of("Which main strategy covers OKR?").asks is Asks.section
    assert structure_of("Which regional development strategy does the green energy work follow?").asks is Asks.general


def test_who_after_a_modal_and_a_word_tagged_a_noun_is_still_that_verbs_object():
    assert structure_of("科普產品製播推廣計畫要媒合誰跟科學家合作？").governed  # the segmenter tags 媒合 a noun
    assert not structure_of("低軌衛星計畫是誰在執行的？").governed


def test_a_budget_word_does_not_make_a_question_about_another_noun_ask_for_an_amount():
    assert analyse("延攬特殊人才的經費是補助給哪些單位？").expects.value == "anything"  # it asks for 單位
    assert analyse("推動科學發展專案計畫的經費有多少？").expects.value == "amount"


def test_the_which_th_year_is_an_ordinal_not_a_period():
    assert analyse("下世代太空計畫是長程計畫的第幾年？").expects.value == "anything"
    assert analyse("低軌衛星計畫要執行幾年？").expects.value == "period"
    assert analyse("國家科技發展計畫是從哪一年到哪一年？").expects.value == "period"  # a range, not one year


def test_a_period_noun_asks_for_a_period_only_where_the_question_asks_what_it_is():
    assert analyse("低軌衛星計畫的執行期間為何？").expects.value == "period"
    assert analyse("下世代太空計畫的期程").expects.value == "period"
    assert analyse("COVID-19 疫情期間什麼成為重點？").expects.value == "anything"  # when, not what period


def test_an_english_what_noun_before_an_auxiliary_is_the_noun_asked_about_but_a_subject_is_not():
    assert structure_of("What farming modes does the smart agriculture program aim for?").noun == "modes"
    assert structure_of("What trend drives precision health?").noun == ""  # the subject: its verb is not known
    assert structure_of("What does the ministry use to support adaptation?").noun == ""
    assert structure_of("Which building in the Hsinchu Biomedical Park will be purchased?").noun == "building"  # not
    # the park of the phrase a preposition opens after it


def test_how_many_major_items_is_a_count_and_which_major_items_a_list():
    assert analyse("農業計畫有幾大研究重點？").expects.value == "count"
    assert structure_of("科普推廣要朝哪幾大面向並進？").wants_list


@pytest.mark.parametrize("question", ["國輻中心培育的人才是哪一類？", "我要找臨床資料庫包含的報告種類"])
def test_a_kind_of_a_noun_a_clause_describes_is_no_programs_category(question):
    assert analyse(question).asks is Asks.general  # the kind of 人才 or of 報告, not a row's 計畫類別


@pytest.mark.parametrize("question", ["氣候變遷對臺灣生態環境及社會影響之研究是哪一類？", "中興園區籌設計畫是哪一類？"])
def test_a_program_named_with_or_without_a_plan_noun_is_asked_its_category(question):
    assert analyse(question).asks is Asks.category


def test_the_items_of_a_named_programs_text_are_no_program_slot():
    assert analyse("腦科技計畫的重點發展項目有哪些？").asks is Asks.enumeration  # 項目 of its text, not a 計畫項目
    assert analyse("重要計畫項目有哪些？").asks is Asks.program


@pytest.mark.parametrize("question, read", [
    ("中科有那些計畫？", "中科有哪些計畫？"),  # 那些 for 哪些 where no other interrogative is
    ("那些計畫中哪個是公共建設？", "那些計畫中哪個是公共建設？"),  # a demonstrative beside an interrogative stays
    ("低軌衛星那個計畫是國研院在做的嗎", "低軌衛星那個計畫是國研院在做的嗎"),  # and one in a yes/no question
    ("醫材計畫在幹嘛？", "醫材計畫在做什麼？"),
    ("幹嘛要建置聯合研究大樓？", "為什麼要建置聯合研究大樓？"),
    ("中興園區是要幹嘛的？", "中興園區是要做什麼的？"),
    ("射月計畫在做啥", "射月計畫在做什麼"),
    ("數據智慧計畫的基地為何？", "數據智慧計畫的基地是什麼？"),  # a final 為何 after its noun: what it is
    ("哪裡負責低軌衛星計畫？", "哪個單位負責低軌衛星計畫？"),  # 哪裡 as the one who acts: which body
    ("低軌衛星是哪裡在做的？", "低軌衛星是哪個單位在做的？"),
    ("中興園區籌設計畫的執行單位是哪裡？", "中興園區籌設計畫的執行單位是哪個單位？"),  # predicated of a body noun
    ("研究在哪裡執行？", "研究在哪裡執行？"),  # 在哪裡 before a verb: where
    ("為何要建置聯合研究大樓？", "為何要建置聯合研究大樓？"),  # 為何 before a verb: why
    ("三大願景指的是什麼？", "三大願景是什麼？"),  # 指 would be glued to 願景 as a word
    ("科研新創是指哪些團隊？", "科研新創是哪些團隊？"),
    ("射月計畫到底要研發什麼", "射月計畫要研發什麼"),  # an intensifier carries no meaning
    ("中科管理局負責幾項重要計畫啊？", "中科管理局負責幾項重要計畫？"),  # nor does a final particle
    ("哪個program補助低軌衛星？", "哪個計畫補助低軌衛星？"),  # a code-mixed slot noun, in the frame's language
    ("Which 計畫 funds 低軌衛星?", "Which program funds 低軌衛星?"),
    ("中興園區籌設計畫 category?", "中興園區籌設計畫 類別?"),
    ("who runs 射月計畫", "who runs 射月計畫"),  # inside a name it stays
])
def test_colloquial_interrogatives_are_read_as_those_they_stand_for(question, read):
    assert colloquial(question) == read


@pytest.mark.parametrize("question, read", [
    ("我是大學教授，想找跟腦科學有關的研究計畫，有哪個？", "想找跟腦科學有關的研究計畫，有哪個？"),
    ("我們是醫材廠商。哪個計畫能協助海外上市？", "哪個計畫能協助海外上市？"),
    ("As a farmer, which program helps agriculture?", "which program helps agriculture?"),
    ("我是農民，有什麼適合我？", "我是農民，有什麼適合我？"),  # what is left says nothing alone: who asks is the topic
    ("我是不是可以申請射月計畫？", "我是不是可以申請射月計畫？"),  # a question, not who asks
])
def test_who_the_asker_says_they_are_is_no_part_of_the_question(question, read):
    assert colloquial(question) == read


@pytest.mark.parametrize("question, read", [
    ("智慧災防新南向要布建什麼系統平臺？謝謝", "智慧災防新南向要布建什麼系統平臺？"),
    ("請問，智慧災防新南向要布建什麼系統平臺呢？", "智慧災防新南向要布建什麼系統平臺？"),
    ("請問一下，台灣2030科技願景是誰提出的呀？謝謝", "台灣2030科技願景是誰提出的？"),
    ("Which program funds low-orbit satellites? Thank you.", "Which program funds low-orbit satellites?"),
    ("那國研院呢？", "那國研院呢？"),  # 呢 alone asks about what it follows: a follow-up, kept
])
def test_courtesies_and_softening_particles_are_no_part_of_the_question(question, read):
    assert colloquial(question) == read


@pytest.mark.parametrize("question, read", [
    ("我想了解一下光子源第三期在做什麼", "光子源第三期在做什麼"),
    ("想問科技部對資安有什麼規劃？", "科技部對資安有什麼規劃？"),
    ("我想了解射月計畫", "我想了解射月計畫"),  # no question follows: a request, read as one
])
def test_a_wish_to_know_before_a_question_is_no_part_of_it(question, read):
    assert colloquial(question) == read


def test_an_embedded_question_whose_what_stands_before_an_article_asks_no_noun_after_it():
    assert structure_of("what the space program wants to achieve").asks is Asks.general  # its subject, no 'program'
    assert structure_of("what program funds satellites").asks is Asks.program
    assert analyse("Can you tell me what the space program wants to achieve?").why  # the question it embeds
    assert analyse("太空計畫想達成什麼？").why and not analyse("重點補助大學研究中心要達成什麼目標？").why  # 目標 its noun


@pytest.mark.parametrize("question, read", [
    ("科技部要以什麼取代…不對，要以什麼驅動經濟發展？", "科技部要以什麼驅動經濟發展？"),  # the restated words before the repair's
    ("射月計畫，不對，腦科技計畫是誰負責的？", "腦科技計畫是誰負責的？"),
    ("科技部要推動什麼…我是說，國研院要推動什麼？", "國研院要推動什麼？"),
    ("Who runs the moonshot program? No wait, who runs the brain program?", "who runs the brain program?"),
    ("What does the ministry want to cut, sorry, I mean reduce, between science and society?",
     "What does the ministry want to reduce between science and society?"),  # a repair of words, not of the question
    ("What does the plan say about 5G, I mean 6G?", "What does the plan say about 6G?"),
    ("中興園區籌設計畫是不是公共建設類？", "中興園區籌設計畫是不是公共建設類？"),  # 不是 inside a question repairs nothing
    ("低軌衛星計畫是國研院做的，對不對？", "低軌衛星計畫是國研院做的，對不對？"),
])
def test_a_self_repaired_question_is_read_as_the_repair_leaves_it(question, read):
    assert colloquial(question) == read


@pytest.mark.parametrize("question, expected", [
    ("低軌衛星計畫，不對，中興園區籌設計畫是誰負責的？", "中部科學園區管理局"),
    ("Who runs the moonshot program? No wait, who runs the low-orbit satellite program?", "財團法人國家實驗研究院"),
])
def test_a_self_repaired_question_is_answered_as_repaired(pipeline, question, expected):
    assert pipeline.ask(question).answer == expected


def test_a_detail_question_gets_the_same_answer_asked_politely(pipeline):
    plain = pipeline.ask("智慧災防新南向要布建什麼系統平臺？").answer
    assert plain == "國家防災警示情資系統平臺"
    for polite in ("智慧災防新南向要布建什麼系統平臺？謝謝", "請問，智慧災防新南向要布建什麼系統平臺呢？"):
        assert pipeline.ask(polite).answer == plain


@pytest.mark.parametrize("question, expected", [
    ("我是大學教授，想找跟腦科學有關的研究計畫，有哪個？", "臺灣腦科技發展及國際躍升計畫"),  # 大學教授 is no absent topic
    ("我是農民，科技部有沒有補助農業的計畫？", "智慧科技於農業生產之應用"),
])
def test_a_question_after_who_the_asker_is_is_answered_as_asked_alone(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.answer == expected and answer.question == question


@pytest.mark.parametrize("question", ["同步輻射光源有什麼用？", "聯合研究大樓的用途是什麼？", "臨床資料庫有何用處"])
def test_what_use_a_thing_has_asks_what_it_is_for(question):
    assert analyse(question).why


@pytest.mark.parametrize("question", ["腦科技計畫歸誰管", "腦科技計畫隸屬於誰"])
def test_who_a_program_belongs_to_asks_its_agency(question):
    assert analyse(question).asks is Asks.agency  # 歸/隸屬 mark the owner, as 由 marks the agent: 誰 is not their object


@pytest.mark.parametrize("question, asks", [
    ("射月計畫由誰？", Asks.agency),
    ("射月計畫是由哪個單位？", Asks.agency),
    ("射月計畫的共用服務設施平臺由誰建置？", Asks.agency),  # building a program's things: its row, or who the text says
    ("藥品領域的案源由誰發掘？", Asks.general),  # another act: whoever the text says does it
])
def test_by_whom_asks_the_programs_agency_alone_or_with_a_verb_of_building_and_the_acting_body_with_another_verb(
        question, asks):
    assert analyse(question).asks is asks


def test_by_whom_with_another_verb_is_answered_by_the_body_the_text_says_does_it(pipeline):
    answer = pipeline.ask("药品领域的案源由谁发掘？")  # 藥品領域由[國內外生醫產學研單位]發掘潛在案源; its row's agency is 科技部
    assert answer.answer == "國內外生醫產學研單位"


@pytest.mark.parametrize("question, why", [
    ("What is the goal of the clinical database program?", True),  # the goal of X: what X is for
    ("What are the aims of the brain technology program?", True),
    ("What kind of scientists does the photon source work aim to train?", False),  # aim, the verb: a what-question
    ("Which United Nations goals does the science policy align with?", False),  # goals, no 'of': what they are
])
def test_the_goal_or_aim_of_something_asks_what_it_is_for(question, why):
    assert analyse(question).why is why


@pytest.mark.parametrize("question, count", [
    ("农业计划的三大研究重点要强化哪些关键技术？", None),  # 三大 counts the subject's 研究重點: 哪些 asks another noun
    ("臺灣 2030 科技願景的五大目標是什麼？", 5),
    ("科技部有哪三大方略？", 3),
    ("五大目標包括哪些項目？", 5),  # 項目: the counted things' generic noun
    ("六大關鍵技術是哪些技術？", 6),  # the noun asked is the counted one's
])
def test_a_count_is_what_is_asked_only_when_the_interrogative_asks_no_other_noun(question, count):
    assert analyse(question).count == count


@pytest.mark.parametrize("question, locating", [
    ("哪一部分提到精準育種？", True),
    ("精準育種在計畫的哪裡？", True),
    ("哪裡可以找到精準育種的資料？", True),
    ("Where can I find information about precision breeding?", True),
    ("Which section of the plan mentions OKR?", True),
    ("Where does the plan mention OKR?", True),
    ("數據智慧應用科技計畫的基地在哪裡？", False),  # where a thing stands, in the plan's words
    ("Where is the joint research building?", False),
    ("哪個計畫提到精準育種？", False),  # a program question
    ("SPARK 計畫是在哪一段講的？", True),  # a bare verb of saying, closed by the cleft's 的
    ("哪一部分提供一站式服務？", False),  # 提 opening 提供 says nothing of where
])
def test_a_question_asking_where_the_plan_says_something_is_told_from_one_asking_where_a_thing_is(question, locating):
    assert analyse(question).locates is locating


@pytest.mark.parametrize("question, asks", [
    ("研究台灣未來科技要往哪走的長期藍圖，是哪個計畫？", Asks.program),  # 往哪走 describes the topic
    ("想知道國研院做什麼的研究，是誰負責？", Asks.agency),
    ("哪個計畫補助低軌衛星，是科技發展類嗎？", Asks.program),  # one clause asks; the other is no comment on a topic
])
def test_the_interrogative_of_a_comment_on_a_topic_is_what_the_question_asks(question, asks):
    assert structure_of(colloquial(question)).asks is asks


def test_a_placeholder_noun_before_de_stands_in_for_the_noun_after_it():
    assert analyse("台灣防疫成功靠的是哪兩方面的優勢？").noun == "优势"  # not 方面, which any aspect would answer
    assert analyse("生醫科技要聚焦在哪些方面？").noun == "方面"  # none after it: the verb's object is asked


def test_the_two_aspects_whose_strength_a_question_asks_for_are_the_two_the_plan_names_before_it(pipeline):
    answer = pipeline.ask("台灣防疫成功靠的是哪兩方面的優勢？")  # 臺灣憑藉醫療與資通訊的優勢，防疫成果斐然、舉世注目
    assert "醫療與資通訊" in answer.answer and "斐然" not in answer.answer
