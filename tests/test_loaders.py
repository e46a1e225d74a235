"""Other documents an agency has: every format goes through the same structure detection and chunking."""
from __future__ import annotations

from pathlib import Path

import docx
from fpdf import FPDF

from corpus import ingest_file
from corpus.chunking import split_sentences

PLAN_LIKE = """經濟部 111 年度施政計畫

壹、年度施政目標及策略

一、推動產業升級

(一) 強化研發能量

1、推動半導體先進製程研發，建立國內自主技術。

- 2、補助中小企業數位轉型，提升競爭力。

（二）促進區域均衡

1、興建南部產業園區，帶動在地就業。
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_generic_chinese_numbering_nests_into_section_paths(tmp_path):
    document, chunks = ingest_file(write(tmp_path, "moea.txt", PLAN_LIKE.encode()), 400)
    assert document.title == "經濟部 111 年度施政計畫"
    dashed = next(chunk for chunk in chunks if "數位轉型" in chunk.text)
    assert dashed.section == ["壹、年度施政目標及策略", "一、推動產業升級", "(一) 強化研發能量"]
    assert dashed.text.startswith("2、補助")
    south = next(chunk for chunk in chunks if "南部產業園區" in chunk.text)
    assert south.section[-1] == "（二）促進區域均衡"


def test_utf16_and_big5_files_decode_to_the_same_chunks_as_utf8(tmp_path):
    expected = [c.text for c in ingest_file(write(tmp_path, "a.txt", PLAN_LIKE.encode()), 400)[1]]
    utf16 = ingest_file(write(tmp_path, "b.txt", PLAN_LIKE.encode("utf-16")), 400)[1]
    big5 = ingest_file(write(tmp_path, "c.txt", PLAN_LIKE.encode("cp950")), 400)[1]
    assert [c.text for c in utf16] == expected
    assert [c.text for c in big5] == expected


def test_markdown_headings_become_the_section_path(tmp_path):
    text = "# 園區年報\n\n## 投資環境\n\n園區廠商增加，\n營業額成長。\n\n## 人才培育\n\n辦理實驗高中。\n"
    document, chunks = ingest_file(write(tmp_path, "report.md", text.encode()), 400)
    assert document.title == "園區年報"
    assert chunks[0].section == ["園區年報", "投資環境"] and chunks[0].text == "園區廠商增加，營業額成長。"
    assert chunks[1].section == ["園區年報", "人才培育"]


def test_docx_headings_paragraphs_and_program_table_are_read(tmp_path):
    word = docx.Document()
    word.add_heading("壹、年度重要計畫", level=1)
    word.add_paragraph("本年度重點如下。")
    table = word.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [("工作計畫名稱", "重要計畫項目", "計畫類別", "實施內容"),
                                       ("國家太空中心", "衛星計畫", "科技發展", "發展低軌衛星。"),
                                       ("", "火箭計畫", "科技發展", "研製探空火箭。")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    path = tmp_path / "plan.docx"
    word.save(path)
    document, chunks = ingest_file(path, 400)
    rows = [chunk for chunk in chunks if chunk.kind == "program"]
    assert [(c.agency, c.program, c.category, c.text) for c in rows] == [
        ("國家太空中心", "衛星計畫", "科技發展", "發展低軌衛星。"),
        ("國家太空中心", "火箭計畫", "科技發展", "研製探空火箭。"),
    ]
    assert chunks[0].section == ["壹、年度重要計畫"]
    assert all(document.text[c.start:c.end] == c.text for c in chunks)


def test_pdf_text_layer_is_read_and_chunked(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Annual Plan 2022\n\n# Goals\n\nThe ministry funds low-orbit satellites. It also trains engineers.")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    document, chunks = ingest_file(path, 400)
    assert document.title == "Annual Plan 2022"
    assert chunks[0].section == ["Goals"]
    assert "funds low-orbit satellites" in chunks[0].text


def test_html_headings_paragraphs_and_table_rows_are_read(tmp_path):
    html = """<html><head><title>x</title><style>p{}</style></head><body>
    <h1>園區計畫</h1><h2>目標</h2><p>打造<b>智慧</b>園區。</p><script>alert(1)</script>
    <table><tr><th>工作計畫名稱</th><th>重要計畫項目</th><th>計畫類別</th><th>實施內容</th></tr>
    <tr><td>南科管理局</td><td>園區建設</td><td>公共建設</td><td><p>興建道路。</p><p>興建廠房。</p></td></tr></table>
    </body></html>"""
    document, chunks = ingest_file(write(tmp_path, "page.html", html.encode()), 400)
    assert document.title == "園區計畫"
    assert chunks[0].text == "打造智慧園區。" and chunks[0].section == ["園區計畫", "目標"]
    row = next(chunk for chunk in chunks if chunk.kind == "program")
    assert (row.agency, row.program, row.category) == ("南科管理局", "園區建設", "公共建設")
    assert "alert" not in document.text


def test_long_paragraphs_are_cut_at_sentence_ends_within_the_size_bound(tmp_path):
    sentence = "本計畫推動低軌衛星之研發與驗證工作並培育相關人才。"
    text = "標題\n\n" + sentence * 30
    _, chunks = ingest_file(write(tmp_path, "long.txt", text.encode()), 120)
    assert len(chunks) > 1
    assert all(len(chunk.text) <= 120 and chunk.text.endswith("。") for chunk in chunks)


def test_a_sentence_longer_than_the_bound_is_cut_at_clauses():
    pieces = split_sentences("甲" * 50 + "，" + "乙" * 50 + "。", 60)
    assert all(len(piece) <= 60 for piece in pieces) and "".join(pieces) == "甲" * 50 + "，" + "乙" * 50 + "。"
