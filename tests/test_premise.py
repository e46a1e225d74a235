"""Premises and abstention reasons: a question that assumes another year, another body's plan, a phase or a name the
documents do not contain is declined saying what the plan covers; off-topic input and missing facts say so too."""
import pytest

from qa.crosslingual import Glossary
from qa.question import premise


def kinds(question: str) -> list[tuple[str, str]]:
    return [(entity.kind, entity.text) for entity in premise.entities(question)]


def test_years_are_read_in_both_calendars_and_as_fiscal_years():
    roc, = premise.entities("111 年度施政計畫新增了哪些項目？")
    assert roc.kind == "year" and roc.years == (111, 2022) and roc.fiscal
    gregorian, = premise.entities("What did the 2019 plan say about 5G?")
    assert gregorian.years == (108, 2019) and gregorian.fiscal
    mentioned, = premise.entities("Which agency ran the brain program in 2020?")
    assert mentioned.years == (109, 2020) and not mentioned.fiscal


def test_organisations_are_found_by_any_of_their_names_and_their_place_in_the_question():
    found = premise.entities("MOST 的腦科技計畫叫什麼？")
    assert found[0].organisation.name == "科技部" and found[0].owner
    narlabs, = premise.entities("Which program does the National Applied Research Laboratories run?")
    assert narlabs.organisation.name == "國家實驗研究院" and narlabs.owner
    partner = [e for e in premise.entities("科技部和教育部合作推動哪一類研究中心？") if e.text == "教育部"]
    assert partner and not partner[0].owner
    assert not premise.entities("What is the most important goal?")


def test_phases_quoted_names_and_latin_names_inside_chinese_are_entities():
    assert ("phase", "第四期") in kinds("第四期國家太空科技發展長程計畫的目標是什麼？")
    assert ("name", "智慧城市示範計畫") in kinds("「智慧城市示範計畫」由哪個單位負責？")
    assert ("name", "Beyond 6G") in kinds("Beyond 6G 低軌衛星計畫由哪個單位負責？")


def test_an_unquoted_program_name_that_nearly_matches_one_of_the_plan_is_a_false_premise_but_a_paraphrase_is_not(
        pipeline):
    scope, translate = pipeline.index.scope, pipeline.index.glossary.translate
    near_miss = premise.check("國家太空科技發展中程計畫的目標是什麼？", scope, translate)
    assert near_miss and near_miss.entity.text == "國家太空科技發展中程計畫"
    assert premise.check("智慧醫療新南向計畫由哪個單位執行？", scope, translate)
    for question in ("執行基礎科學研究計畫的機關叫什麼名字？", "生醫人才培育計畫屬於哪一類？", "大腦研究計畫由誰負責？",
                     "中興園區籌設計畫是科技發展類還是公共建設類計畫？", "第二期太空計畫建立了什麼基礎？",
                     "審議機制要讓計畫主辦機關做到什麼？", "下世代太空科技計畫是第幾期長程計畫的第二年？"):
        assert premise.check(question, scope, translate) is None, question


def test_a_named_body_the_table_does_not_know_is_checked_by_its_kind_of_name(pipeline):
    missing = premise.check("長庚醫院參與哪個臨床資料庫計畫？", pipeline.index.scope)
    assert missing and missing.entity.kind == "organisation" and missing.entity.text == "長庚醫院"
    assert premise.check("國科會的低軌衛星計畫叫什麼？", pipeline.index.scope) is None


def test_a_park_or_bureau_named_by_words_the_plan_never_writes_is_a_false_premise(pipeline):
    scope = pipeline.index.scope
    for question, named in (("北部科學園區管理局負責哪些計畫？", "北部科學園區管理局"), ("屏東園區有什麼工程？", "屏東園區"),
                            ("哪個計畫要在月球基地做實驗？", "月球基地")):
        missing = premise.check(question, scope)
        assert missing and missing.entity.text == named, question
    for question in ("中部園區有哪些工程？", "南部科學園區管理局負責哪些計畫？", "臺南園區要蓋什麼？",
                     "中興園區籌設計畫跟竹科建設計畫是同一個管理局負責的嗎？",  # every word written; 同一個 names none
                     "哪個計畫在蓋二林園區的廠房？"):  # the segmenter's 蓋二林: a verb glued to the plan's 二林
        assert premise.check(question, scope) is None, question
    answer = pipeline.ask("屏東園區有什麼工程？")
    assert answer.abstained and answer.reason == "false_premise" and "未提及屏東園區" in answer.message
    assert premise.check("哪個計畫在蓋屏東園區的廠房？", scope).entity.text == "屏東園區"  # a verb before a park never written


def test_the_verb_of_a_question_asking_who_opens_no_park_name(pipeline):
    scope = pipeline.index.scope
    for question in ("誰負責管理中興園區籌設計畫？", "哪個單位督導中興園區籌設計畫？"):  # 負責管理, 督導: verbs tagged nouns
        assert premise.check(question, scope) is None, question
    assert pipeline.ask("誰負責管理中興園區籌設計畫？").answer == "中部科學園區管理局"
    assert premise.check("誰負責管理屏東園區的開發？", scope).entity.text == "屏東園區"  # the park itself is still checked


@pytest.mark.parametrize("question, lang, message", [
    ("科技部 111 年度對低軌衛星有什麼規劃？", "zh-Hant", "本計畫為科技部 110 年度施政計畫，未提及 111 年度。"),
    ("科技部 111 年度对低轨卫星有什么规划？", "zh-Hans", "本计划为科技部 110 年度施政计划，未提及 111 年度。"),
    ("What did the 2019 plan say about 5G?", "en",
     "The plan is the Ministry of Science and Technology's policy plan for 2021 (ROC 110); it does not cover 2019."),
    ("經濟部的低軌衛星計畫叫什麼？", "zh-Hant", "本計畫為科技部 110 年度施政計畫，未提及經濟部。"),
    ("教育部 110 年度的施政重點是什麼？", "zh-Hant", "本計畫為科技部 110 年度施政計畫，其中沒有教育部負責的計畫。"),
    ("中科院的飛彈研發計畫叫什麼？", "zh-Hant", "本計畫為科技部 110 年度施政計畫，未提及國家中山科學研究院。"),
    ("第四期國家太空科技發展長程計畫的目標是什麼？", "zh-Hant", "本計畫為科技部 110 年度施政計畫，未提及第四期。"),
    ("宜蘭園區第三期標準廠房要做什麼？", "zh-Hant", "本計畫為科技部 110 年度施政計畫，未提及第三期。"),  # 第一、二期 only
])
def test_a_false_premise_is_declined_with_what_the_plan_covers_in_the_questions_language(pipeline, question, lang,
                                                                                         message):
    answer = pipeline.ask(question)
    assert answer.abstained and answer.reason == "false_premise" and answer.lang == lang
    assert answer.message == message and answer.citations == [] and answer.passages


@pytest.mark.parametrize("question", [
    "科技部 110 年度的 Beyond 5G 低軌衛星計畫由哪個單位執行？",
    "In the 2021 plan, which program funds low-orbit satellites?",
    "國研院的低軌衛星計畫叫什麼？",
    "Which program does NARLabs run for low-orbit communication satellites?",
    "Which category does MOST's semiconductor moonshot program belong to?",
    "國輻中心負責的光束線實驗設施建置計畫叫什麼？",
    "第三期國家太空科技發展長程計畫的第二年是哪個計畫？",
    "龍潭園區第二期開發工程屬於哪個計畫？",
    "二林園區第一期標準廠房是新建還是整建？",  # the phase qualifies the factory after it, not the park before it
    "「台灣 2030 科技願景」提出哪三大願景？",
    "審議機制希望科技計畫執行時發揮什麼作用？",  # 希望 ends a would-be name: 審議機制希望科技計畫 is none
    "中科的建設計畫是哪一類？",  # 中科: the press's name for the 中部科學園區管理局 the plan writes
])
def test_premises_the_plan_supports_under_any_of_their_names_are_answered(pipeline, question):
    answer = pipeline.ask(question)
    assert not answer.abstained and answer.reason is None, answer.message


@pytest.mark.parametrize("question, reason", [
    ("你好", "off_topic"),
    ("Tell me a joke.", "off_topic"),
    ("Tell me a good joke.", "off_topic"),  # evaluative and conversational words are not topics
    ("What is the best phone to buy?", "off_topic"),  # buy is the plan's 購置, a verb: it says what is done
    ("What phone should I buy?", "off_topic"),
    ("股票", "off_topic"),
    ("國家實驗研究院 110 年度的員工人數是多少？", "missing_fact"),
    ("新竹科學園區有多少員工？", "missing_fact"),
    ("科技部要花多少錢在太空計畫？", "missing_fact"),  # money, not a count of programs
    ("低軌衛星計畫要發射幾顆衛星？", "missing_fact"),  # 顆 counts things: the row states no number of satellites
    ("南科有幾座配水池？", "missing_fact"),  # 第六座配水池 is an ordinal, 東一區配水池 a zone: neither counts them
    ("國研院要發射幾顆衛星？", "missing_fact"),  # 8 個實驗研究單位 counts no satellites: 顆 must count them
])
def test_off_topic_input_and_a_fact_the_plan_lacks_are_declined_with_their_reason(pipeline, question, reason):
    answer = pipeline.ask(question)
    assert answer.abstained and answer.reason == reason
    assert ("科技部 110 年度施政計畫" in answer.message) or ("Ministry of Science and Technology" in answer.message)


def test_the_documents_name_for_their_own_body_is_that_body(pipeline):
    assert premise.self_reference("本部的角色是什麼", pipeline.index.scope) == "科技部的角色是什麼"
    assert pipeline.ask("本部的角色是什麼").answer == "國家科技發展掌舵者"


def test_a_verb_of_running_before_a_program_name_is_no_part_of_it(pipeline):
    answer = pipeline.ask("國研院和國輻中心哪個負責光子源計畫？")  # 負責光子源計畫 is no plan's name
    assert not answer.abstained and answer.answer == "國輻中心"


def test_the_body_a_user_addresses_is_the_one_the_documents_titles_name(pipeline):
    assert premise.self_reference("你們有沒有在做6G", pipeline.index.scope) == "科技部有沒有在做6G"
    assert pipeline.ask("貴部有補助低軌衛星嗎？").verdict == "yes"


def test_a_request_verb_before_a_program_name_is_no_part_of_it(pipeline):
    answer = pipeline.ask("想了解腦科技計畫的重點發展項目")  # not the unknown program 了解腦科技計畫
    assert not answer.abstained and "腦秘密之探索" in answer.answer


def test_a_particle_linking_a_verb_to_its_means_opens_no_program_name(pipeline):
    answer = pipeline.ask("科技部打算用什么来审查科技计划")  # 來審查科技計劃 is no plan's name
    assert not answer.abstained and answer.reason is None


@pytest.mark.parametrize("question", ["I want to know which agency runs the Beyond 5G program.",
                                      "Please list the programs about disaster prevention."])
def test_a_polite_or_conversational_english_question_about_the_plan_is_still_answered(pipeline, question):
    assert not pipeline.ask(question).abstained


def test_a_count_of_people_is_not_answered_with_a_count_of_units_but_units_still_are(pipeline):
    assert pipeline.ask("國研院有多少名員工？").abstained
    answer = pipeline.ask("國研院提供幾個實驗研究單位的研發平臺？")
    assert not answer.abstained and answer.answer.startswith("8 個")


def test_which_years_a_named_plan_is_for_is_answered_with_its_period(pipeline):
    assert pipeline.ask("國家科學技術發展計畫是哪幾年的計畫？").answer == "110 年至 113 年"  # not a program row


@pytest.mark.parametrize("question", ["實驗高中的綠色科技課程是幾年一貫？",
                                      "How many years does the green technology curriculum span?"])
def test_a_duration_answers_how_many_years(pipeline, question):
    assert pipeline.ask(question).answer.startswith("12 年一貫")  # 深耕 12 年一貫綠色科技本位課程; no year, no range


def test_a_fact_about_a_named_program_comes_from_that_program_not_from_another_plan(pipeline):
    answer = pipeline.ask("低軌衛星計畫要執行幾年？")  # its row states no period; the national plan's 110 年至 113 年 is not its
    assert answer.abstained and answer.reason == "missing_fact"


def test_a_count_of_a_noun_may_be_a_number_before_it_without_a_classifier(pipeline):
    answer = pipeline.ask("智慧創新研究中心推升計畫有幾個分項？")  # …二分項推動: no 個 between
    assert not answer.abstained and answer.answer.startswith("二分項")


@pytest.mark.parametrize("question, count", [("科技部有幾大方略？", "三大方略"), ("科技部有幾大願景？", "三大願景")])
def test_a_count_of_a_noun_is_the_number_right_before_it_not_the_first_in_its_sentence(pipeline, question, count):
    assert pipeline.ask(question).answer == count  # one sentence says both 三大願景 and 三大方略


def test_an_answer_on_weak_evidence_is_flagged_low_confidence_and_a_strong_one_is_not(pipeline):
    strong = pipeline.ask("哪個計畫補助低軌衛星的發展？")
    assert not strong.abstained and not strong.low_confidence
    weak = pipeline.ask("大學要留住頂尖教授，發給他們額外獎勵，可以靠哪個計畫？")
    assert not weak.abstained and weak.low_confidence


def test_the_latin_words_of_a_chinese_question_count_as_known_when_the_plan_writes_them(pipeline):
    index = pipeline.index
    share = lambda question: premise.known_share(question, index.scope, index.glossary.knows,  # noqa: E731
                                                 index.glossary.is_place)
    assert share("哪一段提到 OKR？") == 0.5  # OKR the plan writes; 提到 it does not
    assert share("哪個計畫提到 iPhone？") < share("哪個計畫提到 OKR？")


def test_a_compound_the_plan_does_not_write_is_known_by_the_share_of_its_parts_it_does(pipeline):
    share = premise.written_share
    assert share("最终目标", pipeline.index.scope) == 0.5  # 目標 the plan writes, 最終 it does not
    assert share("比特币", pipeline.index.scope) == 0.0  # shorter words are judged whole
    answer = pipeline.ask("攬才的最終目標是什麼？")
    assert not answer.abstained


def test_an_english_name_of_a_body_the_plan_writes_is_known_and_found_in_its_chinese_name(pipeline):
    index = pipeline.index
    assert premise.known_share("What is NARLabs?", index.scope, index.glossary.knows, index.glossary.is_place) == 1.0
    answer = pipeline.ask("How many research units does NARLabs provide?")  # no dictionary translates NARLabs
    assert not answer.abstained and "8 個實驗研究單位" in answer.answer


def test_a_mainland_word_the_plan_says_as_its_own_is_no_absent_topic_inside_a_compound(pipeline):
    answer = pipeline.ask("实验高中的教学质量要怎么提升？")  # 教學質量: the plan's 教學品質
    assert not answer.abstained and "汰換與購置各項教學設備" in answer.answer


def test_a_term_of_the_plan_that_starts_with_a_digit_is_known_not_off_topic(pipeline):
    answer = pipeline.ask("Does the plan mention 6G?")
    assert not answer.abstained and "6G" in answer.answer


def test_the_glossary_knows_the_plans_places_but_not_common_words_that_also_name_a_county(pipeline):
    glossary = pipeline.index.glossary
    assert {"新竹", "台南", "二林"} <= glossary.places and {"hsinchu", "tainan"} <= glossary.place_stems
    assert not {"资源", "区域", "安定"} & glossary.places  # also counties in the dictionary, but words first


@pytest.mark.parametrize("question", ["新竹有什麼好吃的餐廳？", "台南的天氣如何？", "Where can I eat in Hsinchu?"])
def test_a_question_whose_only_known_word_is_a_place_of_the_plan_is_off_topic(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.abstained and answer.reason == "off_topic"


@pytest.mark.parametrize("question", ["台南園區的配水池由哪個計畫建設？", "新竹", "Which program expands the Houli park?"])
def test_a_question_about_what_the_plan_does_in_a_place_is_still_answered(pipeline, question):
    assert not pipeline.ask(question).abstained


@pytest.mark.parametrize("question, absent", [
    ("哪個計畫在研發疫苗？", ["疫苗"]),
    ("科技部有沒有補助電動車？", ["電動車"]),
    ("哪个计划补助电动汽车？", ["电动汽车"]),
    ("有推動太陽能板的計畫嗎？", ["太陽能"]),
    ("疫苗要補助多少？", ["疫苗"]),  # a modal the segmenter may glue to the noun is not part of what is absent
    ("科技部如何推動長照服務？", ["長照"]),  # the plan's 服務 is only the head of what it does not write
    ("科技部怎麼推廣托育服務？", ["托育"]),  # a modifier the segmenter reads as a verbal noun
    ("政府如何發展觀光產業？", ["觀光"]),  # 政府 opening the question is who is asked about, not the topic
    ("科技部怎麼發展自駕車系統？", ["自駕車"]),  # a set phrase to the segmenter, none of whose parts the plan writes
])
def test_a_question_whose_nouns_the_plan_neither_writes_nor_paraphrases_is_about_an_absent_topic(pipeline, question,
                                                                                                absent):
    assert premise.absent_topic(question, pipeline.index.scope, pipeline.index.glossary) == absent
    answer = pipeline.ask(question)
    assert answer.abstained and answer.reason == "not_in_plan"
    assert answer.message.endswith(f"未提及{absent[0]}。")  # in the question's own script


@pytest.mark.parametrize("question", [
    "探索大腦奧秘的是哪個計畫？",  # 大腦: the plan writes 腦
    "腦科學的研究是哪個計畫在做？",  # 腦科學: the plan writes 腦 and 科學
    "哪個計畫用衛星拍地面的照片？",  # 照片 is absent, but 衛星 is the plan's own noun
    "想研究失智症跟大腦神經的計畫是哪個？",  # 失智症 is absent; the set phrase 大腦神經 holds the plan's 神經
    "政府怎麼幫公司找人才？",
    "資安要防護什麼威脅？",  # the segmenter guesses 資安要: the plan's 資安 and a modal
    "有沒有跟腦有關的計畫？",  # the segmenter guesses 跟腦: a preposition and the plan's 腦
    "科技部有哪三大願景？",  # the segmenter guesses 哪三大願景: a determiner and the plan's 願景
    "科技部審查計畫時用什麼來管理？",  # the segmenter guesses 時用: 'when' and a verb, no noun
    "聽說科技部要發射衛星，是哪個計畫？",  # the segmenter's noun 發射衛星 is a verb and the plan's 衛星
    "Which program develops vaccines?",  # English questions are judged by their known share, not by nouns
    "哪個計畫在二林蓋道路？",  # the segmenter's 二林蓋 holds the plan's 二林, so 道路 still counts
    "科技部怎麼讓大學教授願意留在臺灣？",  # 留在 takes the place after it; it modifies nothing
    "幫新藥找值得投資的案子，是哪個計畫在負責？",  # 新藥 is absent, but the plan says 案子 in its own words (案源)
    "彰化二林那邊要蓋路，是哪個計畫？",  # the segmenter guesses 要蓋路: a verb and the plan's 路 (道路)
])
def test_a_question_that_names_a_noun_of_the_plan_or_a_paraphrase_of_one_has_no_absent_topic(pipeline, question):
    assert premise.absent_topic(question, pipeline.index.scope, pipeline.index.glossary) == []


def test_a_yes_no_claim_whose_absent_nouns_outnumber_none_of_its_written_ones_is_about_an_absent_topic(pipeline):
    scope, glossary = pipeline.index.scope, pipeline.index.glossary
    assert premise.absent_topic("太空計畫要發射火箭嗎？", scope, glossary, polar=True) == ["火箭"]
    assert premise.absent_topic("太空計畫要發射火箭嗎？", scope, glossary) == []  # a wh-question about 太空 is the plan's
    assert premise.absent_topic("科技部有擬定國家科技藍圖的策略嗎？", scope, glossary, polar=True) == []  # 國家, 策略
    assert premise.absent_topic("低軌衛星計畫會用火箭發射嗎？", scope, glossary, polar=True) == ["火箭"]  # the subject's
    assert premise.absent_topic("園區實驗高中有外籍老師嗎？", scope, glossary, polar=True) == []  # the plan's 師資
    answer = pipeline.ask("太空計畫要發射火箭嗎？")
    assert answer.abstained and answer.verdict is None and answer.message.endswith("未提及火箭。")


@pytest.mark.parametrize("question, absent", [
    ("Does the plan fund hydrogen energy research?", ["hydrogen"]),  # research: what the owner does with any topic
    ("Does the plan include offshore wind farms?", ["offshore wind"]),  # neighbouring words are one phrase
    ("Does the plan support agricultural drones?", ["drones"]),
    ("Does the plan fund low Earth orbit communication satellites?", []),  # 低軌: low orbit
    ("Is the photon source program run by NSRRC?", []),
    ("Does the plan address social issues?", []),  # one absent word (address: 地址) against two written
    ("Does the plan include a nuclear power plant?", ["nuclear"]),  # power and plant, of what the plan never names
    ("Does the plan fund solar power plants?", ["solar"]),
    ("Does the plan fund water reservoirs and sewage works in the Tainan parks?", []),  # and: a new phrase
    ("Does the plan fund Erlin?", []),  # a romanised name is not judged
    ("Does the ministry provide childcare allowances?", ["childcare"]),  # provide: the frame; allowances: 津貼
    ("Does the plan fund satellite restoration?", []),  # a verbal noun says what is done: never absent
    ("Is the latter a public construction program?", []),  # the latter refers to what was named before
    ("Does the plan fund a new science park in Pingtung?", ["Pingtung"]),  # a place it never writes, outnumbered
    ("Does the plan build a park in Kaohsiung?", []),  # the plan's 高雄園區
    ("Does the plan help Southeast Asian countries prevent disasters?", []),  # Asian: the name of no place
])
def test_an_english_yes_no_claim_whose_untranslatable_words_match_its_translated_ones_is_about_an_absent_topic(
        pipeline, question, absent):
    """A word the dictionary knows but translates into nothing the plan writes is absent; the claim is about an
    absent topic when such words are as many as those the plan's terms translate."""
    assert premise.absent_topic(question, pipeline.index.scope, pipeline.index.glossary, polar=True) == absent


@pytest.mark.parametrize("question, absent", [
    ("Does the ministry plan to build a quantum computer?", ["quantum computer"]),  # 量子科技; 晶片 elsewhere
    ("Does the ministry develop brain chips?", ["brain chips"]),
    ("Does the plan train semiconductor talent?", []),  # 培育相關研發人才, under the semiconductor program
    ("Does the plan build park roads?", []),  # 二林園區…道路工程
    ("Does the plan fund quantum technology?", []),  # 量子科技
    ("Does the plan fund operation of the synchrotron light source?", []),  # 光源: one word for both
    ("Does the plan fund AI chips?", []),  # AI: a Latin word the plan writes as it is, not judged
    ("Is the popular science product program about making films?", []),  # making: a verb and its object
    ("Is the space program in its second phase?", []),  # an ordinal: what the phase check settles
])
def test_an_english_yes_no_claim_ending_in_two_words_no_sentence_writes_together_is_about_an_absent_topic(
        pipeline, question, absent):
    """Each word is the plan's, but no sentence of it (with its heading or program) writes both: what the claim
    names is not the plan's."""
    assert premise.absent_topic(question, pipeline.index.scope, pipeline.index.glossary, polar=True) == absent


def test_a_claim_about_a_compound_the_plan_never_writes_is_declined_not_confirmed(pipeline):
    answer = pipeline.ask("Does the ministry plan to build a quantum computer?")  # had been yes, the semiconductor row
    assert answer.abstained and answer.verdict is None
    assert "quantum computer" in answer.message


def test_a_word_of_a_body_the_documents_never_write_can_be_an_absent_topic(pipeline):
    scope = pipeline.index.scope
    assert "synchrotron" in premise.organisation_stems(scope)  # the plan's 國家同步輻射研究中心: a name, not a topic
    assert "nuclear" not in premise.organisation_stems(scope)  # of the Institute of Nuclear Energy Research
    answer = pipeline.ask("Does the ministry fund nuclear power plants?")  # had been yes, with the agriculture row
    assert answer.abstained and answer.verdict is None


def test_an_english_yes_no_claim_about_an_absent_topic_is_declined_naming_it(pipeline):
    answer = pipeline.ask("Does the plan fund hydrogen energy research?")  # had been yes, with 將深耕基礎科學研究能量
    assert answer.abstained and answer.verdict is None
    assert answer.message.startswith("The plan does not mention hydrogen.")
    assert premise.absent_topic("Which program funds hydrogen research?", pipeline.index.scope,
                                pipeline.index.glossary) == []  # a wh-question is left to the evidence


def test_without_the_documents_words_no_topic_is_judged_absent(pipeline):
    assert premise.absent_topic("哪個計畫在研發疫苗？", pipeline.index.scope, Glossary()) == []


def test_a_body_named_as_the_plan_never_writes_it_is_renamed_to_a_name_it_does(pipeline):
    scope = pipeline.index.scope
    assert premise.in_plan_names("南科有哪些計畫？", scope) == "南部科學園區管理局有哪些計畫？"
    assert premise.in_plan_names("國研院有哪些計畫？", scope) == "國研院有哪些計畫？"  # written in the plan: kept
    assert premise.in_plan_names("中科院有哪些計畫？", scope) == "中科院有哪些計畫？"  # another body, absent: kept


@pytest.mark.parametrize("short, name, expected", [
    ("国健署", "国民健康署", True), ("疾管署", "疾病管制署", True), ("国卫院", "国家卫生研究院", True),
    ("健康署", "国民健康署", False),  # an abbreviation keeps the name's first character
    ("国健院", "国民健康署", False),  # and its last, the kind of body
    ("国民健康署", "国民健康署", False),  # the name itself shortens nothing
])
def test_an_abbreviation_keeps_a_names_first_and_last_characters_and_others_in_order(short, name, expected):
    assert premise.abbreviates(short, name) is expected


@pytest.mark.parametrize("question, program", [
    ("幫新藥找值得投資的案子，是哪個計畫在負責？", "完善生醫生態體系創新發展計畫"),  # 藥品領域…發掘潛在案源
    ("彰化二林那邊要蓋路，是哪個計畫？", "中部科學園區建設計畫"),  # 辦理二林園區各項工程建設…道路工程
])
def test_a_colloquial_question_whose_nouns_the_plan_says_in_its_own_words_is_answered(pipeline, question, program):
    answer = pipeline.ask(question)
    assert not answer.abstained and answer.answer == program


@pytest.mark.parametrize("question", [
    "Who runs the National Center for Research on Earthquake Engineering?",
    "國家地震工程研究中心由誰負責？",
    "颱洪中心有什麼計畫？",  # an abbreviation of another NARLabs centre the plan never names
    "What does NLAC work on?",
])
def test_a_research_centre_of_the_ministrys_bodies_that_the_plan_never_names_is_a_false_premise(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.abstained and answer.reason == "false_premise"


def test_a_research_centre_the_plan_names_in_its_prose_is_answered(pipeline):
    answer = pipeline.ask("臺灣半導體研究中心負責建置什麼？")  # 國家實驗研究院臺灣半導體研究中心負責建置…平臺
    assert not answer.abstained and "共用服務設施平臺" in answer.answer


def test_a_word_of_the_plans_the_segmenter_glued_to_a_character_beside_it_is_known(pipeline):
    scope = pipeline.index.scope
    assert premise.written_share("让奈米", scope) == 1.0  # 讓 glued to the plan's 奈米
    assert premise.written_share("炒股票", scope) == premise.written_share("吃火锅", scope) == 0.0
    answer = pipeline.ask("讓奈米X光顯微鏡的實驗站蓋起來是哪個計畫？")
    assert answer.answer == "台灣光子源光束線實驗設施建置計畫－第三期"


def test_a_latin_name_the_plan_writes_makes_a_question_about_its_subject(pipeline):
    glossary = pipeline.index.glossary
    assert premise.latin_written("ai", glossary) and premise.latin_written("okr", glossary)
    assert not premise.latin_written("iphone", glossary)
    assert not premise.latin_written("ta", glossary)  # not inside taiwan
    answer = pipeline.ask("想讓AI幫忙看醫學影像，是哪個計畫？")  # 醫學影像 the plan does not write; AI it does
    assert answer.answer == "臨床資料庫與AI之跨域開發及增值應用"
    assert pipeline.ask("NBA 球賽哪裡看？").abstained
