"""The MOST FY110 plan parses into cited chunks: 29 program rows, page breaks repaired, offsets exact."""
from __future__ import annotations

import re

from conftest import CHUNK_CHARS

PROGRAMS = {
    "基礎科學研究計畫": ("科技部（本部各單位）", "科技發展"),
    "智慧災防新南向": ("科技部（本部各單位）", "科技發展"),
    "智慧終端半導體製程與晶片系統研發計畫 (半導體射月計畫)": ("科技部（本部各單位）", "科技發展"),
    "智慧科技於農業生產之應用": ("科技部（本部各單位）", "科技發展"),
    "生醫產業商品化人才培育計畫": ("科技部（本部各單位）", "科技發展"),
    "完善生醫生態體系創新發展計畫": ("科技部（本部各單位）", "科技發展"),
    "臺灣腦科技發展及國際躍升計畫": ("科技部（本部各單位）", "科技發展"),
    "臨床資料庫與AI之跨域開發及增值應用": ("科技部（本部各單位）", "科技發展"),
    "氣候變遷對臺灣生態環境及社會影響之研究": ("科技部（本部各單位）", "科技發展"),
    "推動科學發展及國際合作專案計畫": ("科技部（本部各單位）", "科技發展"),
    "科技部補助大專校院延攬及獎勵特殊優秀人才計畫": ("科技部（本部各單位）", "科技發展"),
    "推動創新及應用科技研究計畫": ("科技部（本部各單位）", "科技發展"),
    "智慧創新研究中心推升計畫": ("科技部（本部各單位）", "科技發展"),
    "數據智慧應用科技計畫": ("科技部（本部各單位）", "科技發展"),
    "產學研鏈結價值躍升計畫": ("科技部（本部各單位）", "科技發展"),
    "科研成果創新創業價創計畫": ("科技部（本部各單位）", "科技發展"),
    "新竹科學園區建設計畫": ("新竹科學園區管理局", "公共建設"),
    "科學園區業務推展計畫": ("新竹科學園區管理局", "科技發展"),
    "中部科學園區建設計畫": ("中部科學園區管理局", "公共建設"),
    "中興園區籌設計畫": ("中部科學園區管理局", "公共建設"),
    "南部科學園區建設計畫": ("南部科學園區管理局", "公共建設"),
    "醫療器材產業加速新創與躍升國際推動計畫": ("南部科學園區管理局", "科技發展"),
    "園區實驗高級中學業務推展計畫": ("南部科學園區管理局", "科技發展"),
    "基礎科學研究計畫－國家災害防救科技中心發展計畫": ("行政法人國家災害防救科技中心", "科技發展"),
    "基礎科學研究計畫－國家實驗研究院": ("財團法人國家實驗研究院", "科技發展"),
    "下世代太空科技發展延續推動計畫": ("財團法人國家實驗研究院", "科技發展"),
    "Beyond 5G 低軌衛星－通訊衛星發展": ("財團法人國家實驗研究院", "科技發展"),
    "基礎科學研究計畫－國輻中心業務推動與設施管理計畫": ("財團法人國家同步輻射研究中心", "科技發展"),
    "台灣光子源光束線實驗設施建置計畫－第三期": ("財團法人國家同步輻射研究中心", "科技發展"),
}


def program_chunks(chunks):
    return [chunk for chunk in chunks if chunk.kind == "program"]


def test_plan_has_exactly_the_29_program_rows_with_their_agency_and_category(plan):
    _, chunks = plan
    found = {chunk.program: (chunk.agency, chunk.category) for chunk in program_chunks(chunks)}
    assert found == PROGRAMS


def test_program_name_cut_by_a_page_break_is_merged_and_keeps_its_content(plan):
    _, chunks = plan
    rows = [chunk for chunk in chunks if chunk.program == "Beyond 5G 低軌衛星－通訊衛星發展"]
    assert rows and rows[0].section == ["貳、年度重要計畫", "財團法人國家實驗研究院", "Beyond 5G 低軌衛星－通訊衛星發展"]
    assert "推動臺灣衛星通訊產業發展。" in "".join(chunk.text for chunk in rows)


def test_row_continued_after_a_page_break_joins_mid_sentence_without_a_gap(plan):
    _, chunks = plan
    text = "".join(chunk.text for chunk in chunks if chunk.program == "智慧災防新南向")
    assert "紐澳等國家的關係，促進區域交流發展與合作" in text
    text = "".join(chunk.text for chunk in chunks if chunk.program == "醫療器材產業加速新創與躍升國際推動計畫")
    assert "培育國際人才與技術交流" in text
    text = "".join(chunk.text for chunk in chunks if chunk.program == "數據智慧應用科技計畫")
    assert "並串連大學端之先端基礎研究、法人研究機構技術開發整合能力" in text


def test_paragraph_cut_by_a_page_break_is_one_paragraph(plan):
    _, chunks = plan
    joined = [chunk for chunk in chunks if "強化新興科技的治理與應用" in chunk.text]
    assert len(joined) == 1 and joined[0].text.startswith("1、為提供優質研發環境")


def test_no_chunk_contains_markup_table_headers_or_page_break_fragments(plan):
    _, chunks = plan
    for chunk in chunks:
        assert "<p>" not in chunk.text and "</p>" not in chunk.text
        assert "工作計畫名稱" not in chunk.text and "\t" not in chunk.text
        assert not re.match(r"^[\u4e00-\u9fff]{1,3}[。，]", chunk.text), chunk.text[:20]
        assert chunk.text == chunk.text.strip()


def test_every_chunk_text_is_the_document_text_at_its_offsets(plan):
    document, chunks = plan
    assert chunks
    for chunk in chunks:
        assert document.text[chunk.start:chunk.end] == chunk.text


def test_known_paragraphs_carry_their_heading_path(plan):
    _, chunks = plan
    spark = next(chunk for chunk in chunks if "SPARK" in chunk.text)
    assert spark.section[0] == "壹、年度施政目標及策略"
    assert spark.section[1].startswith("二、") and spark.section[2].startswith("（三）")
    photon = next(chunk for chunk in chunks if chunk.kind == "paragraph" and "在光子源建置" in chunk.text)
    assert photon.section[1].startswith("二、") and photon.section[2].startswith("(二)")
    preface = next(chunk for chunk in chunks if "台灣 2030 科技願景" in chunk.text)
    assert preface.section == ["科技部 110 年度施政計畫"]


def test_heading_with_text_after_its_colon_heads_its_own_paragraph(plan):
    _, chunks = plan
    chunk = next(chunk for chunk in chunks if "導入 OKR 管理概念" in chunk.text)
    assert chunk.section[-1] == "(三) 完善計畫審議機制，強化科技治理，發揮科技資源最大效益"


def test_chunks_are_bounded_in_size_and_long_rows_keep_their_fields(plan):
    _, chunks = plan
    assert max(len(chunk.text) for chunk in chunks) <= CHUNK_CHARS
    by_program: dict[str, int] = {}
    for chunk in program_chunks(chunks):
        by_program[chunk.program] = by_program.get(chunk.program, 0) + 1
        assert chunk.agency and chunk.category
    assert any(count > 1 for count in by_program.values())


def test_chunk_ids_are_stable_across_parses_and_unique(plan, plan_path):
    from corpus import ingest_file

    _, chunks = plan
    _, again = ingest_file(plan_path, CHUNK_CHARS)
    assert [chunk.id for chunk in chunks] == [chunk.id for chunk in again]
    assert len({chunk.id for chunk in chunks}) == len(chunks)


def test_document_id_and_title_come_from_the_file(plan):
    document, _ = plan
    assert document.doc_id == "most-110-policy-plan"
    assert document.title == "科技部 110 年度施政計畫"
