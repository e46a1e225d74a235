"""The plan as people circulate it — printed to PDF from an HTML table, written as a Word document — parses into the
same 29 program rows as the text, keeps its pages, and never fails with a traceback."""
from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest
from conftest import CHUNK_CHARS, PLAN
from plan_files import CHROMIUM, print_pdf, write_docx, write_odt
from typer.testing import CliRunner

from corpus import DocumentError, ingest_file
from corpus.structure import parse_blocks, parse_table
from qa.cli import app

HEADER_WORDS = ("工作計畫名稱", "重要計畫項目", "實施內容")


def rows(chunks) -> list[tuple[str, str, str]]:
    return list(dict.fromkeys((c.agency, c.program, c.category) for c in chunks if c.kind == "program"))


@pytest.fixture(scope="module")
def plan_pdf(tmp_path_factory) -> Path:
    if not CHROMIUM.exists():
        pytest.skip("PDF TESTS SKIPPED: /usr/bin/chromium is missing (make browser-deps installs Debian's chromium)")
    try:
        return print_pdf(PLAN, tmp_path_factory.mktemp("pdf") / "most-110-plan.pdf")
    except (OSError, subprocess.SubprocessError) as error:
        pytest.skip(f"PDF TESTS SKIPPED: Chromium could not print the plan ({error})")


@pytest.fixture(scope="module")
def plan_pdf_with_furniture(tmp_path_factory) -> Path:
    if not CHROMIUM.exists():
        pytest.skip("PDF TESTS SKIPPED: /usr/bin/chromium is missing (make browser-deps installs Debian's chromium)")
    return print_pdf(PLAN, tmp_path_factory.mktemp("pdf") / "printed.pdf", furniture=True)


@pytest.fixture(scope="module")
def plan_docx(tmp_path_factory) -> Path:
    return write_docx(PLAN, tmp_path_factory.mktemp("docx") / "most-110-plan.docx")


def test_the_plan_printed_to_pdf_gives_the_same_29_rows_as_the_text(plan, plan_pdf):
    _, chunks = ingest_file(plan_pdf, CHUNK_CHARS)
    assert rows(chunks) == rows(plan[1]) and len(rows(chunks)) == 29


def test_pdf_chunks_hold_no_header_debris_and_keep_their_first_page(plan_pdf):
    document, chunks = ingest_file(plan_pdf, CHUNK_CHARS)
    assert not [c.id for c in chunks if any(word in c.text for word in HEADER_WORDS)]
    pages = [c.page for c in chunks]
    assert all(isinstance(p, int) and p >= 1 for p in pages) and pages == sorted(pages) and pages[-1] > 5
    assert document.title == "科技部 110 年度施政計畫"
    first_row = next(c for c in chunks if c.kind == "program")
    assert first_row.program == "基礎科學研究計畫" and "「好奇探索型」" in first_row.text


def test_running_headers_footers_and_page_numbers_are_not_read_as_text(plan, plan_pdf_with_furniture):
    document, chunks = ingest_file(plan_pdf_with_furniture, CHUNK_CHARS)
    assert rows(chunks) == rows(plan[1]) and document.title == "科技部 110 年度施政計畫"
    assert not [c.text for c in chunks if "file://" in c.text or " PM" in c.text or "/11" in c.text]


def test_pdf_cells_wrapped_in_narrow_columns_join_without_spaces_between_chinese_characters(plan_pdf):
    _, chunks = ingest_file(plan_pdf, CHUNK_CHARS)
    beyond = [c for c in chunks if c.program == "Beyond 5G 低軌衛星－通訊衛星發展"]
    assert beyond and beyond[0].agency == "財團法人國家實驗研究院"
    text = "".join(c.text for c in chunks if c.kind == "program")
    assert "通訊 衛星" not in text and "科技發 展" not in text and "研究 院" not in text


def test_the_plan_as_a_word_document_with_multi_paragraph_cells_gives_the_same_rows(plan, plan_docx):
    document, chunks = ingest_file(plan_docx, CHUNK_CHARS)
    assert rows(chunks) == rows(plan[1])
    first_row = next(c for c in chunks if c.kind == "program")
    assert document.title == "科技部 110 年度施政計畫" and first_row.page is None


def test_the_plan_as_an_opendocument_text_with_merged_agency_cells_gives_the_same_rows(plan, tmp_path):
    document, chunks = ingest_file(write_odt(PLAN, tmp_path / "most-110-plan.odt"), CHUNK_CHARS)
    assert rows(chunks) == rows(plan[1]) and document.title == "科技部 110 年度施政計畫"
    assert [c.text for c in chunks] == [c.text for c in plan[1]]


def test_word_cells_merged_across_columns_or_down_rows_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("測試計畫", level=1)
    table = document.add_table(rows=4, cols=4)
    for cell, name in zip(table.rows[0].cells, ("工作計畫名稱", "重要計畫項目", "計畫類別", "實施內容")):
        cell.text = name
    table.cell(1, 0).merge(table.cell(2, 0)).text = "財團法人國家實驗研究院"
    for row, (program, content) in enumerate((("甲計畫", "甲的內容。"), ("乙計畫", "乙的內容。")), 1):
        table.cell(row, 1).text, table.cell(row, 3).text = program, content
    table.cell(1, 2).merge(table.cell(2, 2)).text = "科技發展"
    table.cell(3, 0).text = "新竹科學園區管理局"
    spanned = table.cell(3, 1).merge(table.cell(3, 2))
    spanned.text = "丙計畫"
    table.cell(3, 3).text = "丙的內容。"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    _, chunks = ingest_file(path, CHUNK_CHARS)
    assert rows(chunks) == [("財團法人國家實驗研究院", "甲計畫", "科技發展"), ("財團法人國家實驗研究院", "乙計畫", "科技發展"),
                            ("新竹科學園區管理局", "丙計畫", "")]


def test_a_text_row_cut_before_its_content_cell_joins_its_continuation_cell_by_cell():
    table = ["工作計畫名稱\t重要計畫項目\t計畫類別\t實施內容",
             "國家實驗研究院\tBeyond 5G 低軌衛星－通訊\t\t",
             "\t衛星發展\t科技發展\t為發展短時程及高效能之低軌通訊衛星。",
             "\t下世代太空科技發展延續推動計畫\t科技發展\t為下世代太空科技發展先期推動計畫之延續計畫。"]
    parsed = parse_table(table)
    assert [(r.agency, r.program, r.category) for r in parsed] == [
        ("國家實驗研究院", "Beyond 5G 低軌衛星－通訊衛星發展", "科技發展"),
        ("國家實驗研究院", "下世代太空科技發展延續推動計畫", "科技發展")]
    assert parsed[0].content == "為發展短時程及高效能之低軌通訊衛星。"


def test_a_row_continuation_whose_empty_cells_were_trimmed_still_continues_the_table():
    text = ("壹、年度施政目標及策略\n\n一、目標\n\n貳、年度重要計畫\n\n工作計畫名稱\t重要計畫項目\t計畫類別\t實施內容\n"
            "國家衛生研究院\t竹南院區公共設施更新\t公共建設\t<p>興建動物實驗中心</p>\n\n"
            "工作計畫名稱\t重要計畫項目\t計畫類別\t實施內容\n\t第二期工程\n")  # trailing tabs trimmed by an editor
    programs = [block for block in parse_blocks(text, "") if block.kind == "program"]
    assert [(block.program, block.category) for block in programs] == [("竹南院區公共設施更新第二期工程", "公共建設")]


def test_citations_carry_the_document_title_and_the_cli_shows_the_page(qa_env):
    answer = json.loads(CliRunner().invoke(app, ["ask", "--json", "哪個計畫補助低軌衛星的發展？"]).output)
    assert answer["citations"][0]["title"] == "科技部 110 年度施政計畫" and answer["citations"][0]["page"] is None
    assert answer["passages"][0]["title"] == "科技部 110 年度施政計畫"


def _damaged(data: bytes, rng: random.Random) -> list[bytes]:
    """Truncations and bit flips of a file, the ways files arrive broken."""
    out = [data[:n] for n in (16, len(data) // 3, len(data) // 2, len(data) - 7)]
    for _ in range(8):
        flipped = bytearray(data)
        for _ in range(20):
            position = rng.randrange(len(flipped))
            flipped[position] ^= 1 << rng.randrange(8)
        out.append(bytes(flipped))
    return out


@pytest.mark.parametrize("kind", ["pdf", "docx", "odt"])
def test_truncated_and_bit_flipped_files_fail_with_one_line_naming_the_file_never_a_traceback(kind, plan_docx,
                                                                                              tmp_path, request):
    source = {"pdf": lambda: request.getfixturevalue("plan_pdf"), "docx": lambda: plan_docx,
              "odt": lambda: write_odt(PLAN, tmp_path / "plan.odt")}[kind]()
    rng = random.Random(110)
    for number, data in enumerate(_damaged(source.read_bytes(), rng)):
        path = tmp_path / f"broken-{number}.{kind}"
        path.write_bytes(data)
        try:
            ingest_file(path, CHUNK_CHARS)
        except DocumentError as error:
            assert str(error).startswith(str(path)) and "\n" not in str(error)
        result = CliRunner().invoke(app, ["chunks", str(path)])
        assert result.exit_code in (0, 1) and "Traceback" not in result.output
