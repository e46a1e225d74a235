"""The bundled plan rebuilt as the files people circulate: an HTML table printed to PDF by Chromium (ruled cells,
the header repeated on every page, rows cut by page breaks, text wrapping in narrow cells) and a Word document whose
table cells hold several paragraphs. Built from the text's own parse, so every format must give back the same rows."""
from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

from corpus.loaders import read_file
from corpus.structure import _is_table_line, cell_paragraphs, parse_table

CHROMIUM = Path("/usr/bin/chromium")
STYLE = """
body{font-family:'Noto Sans CJK TC','Noto Sans TC',sans-serif;font-size:11pt;margin:0}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #000;vertical-align:top;padding:3px}
th:nth-child(1),td:nth-child(1){width:14%}th:nth-child(2),td:nth-child(2){width:16%}
th:nth-child(3),td:nth-child(3){width:8%}p{margin:0 0 4px}
"""


def plan_parts(text_path: Path) -> list[tuple[str, object]]:
    """The plan as ('line', text) for headings and paragraphs and ('table', (header, rows)) for its program table."""
    lines = read_file(text_path).split("\n")
    parts: list[tuple[str, object]] = []
    i = 0
    while i < len(lines):
        if _is_table_line(lines[i]):
            table = []
            while i < len(lines) and (_is_table_line(lines[i]) or not lines[i].strip()):
                if lines[i].strip():
                    table.append(lines[i])
                i += 1
            header = [cell.strip() for cell in table[0].split("\t")]
            parts.append(("table", (header, parse_table(table))))
            continue
        if lines[i].strip():
            parts.append(("line", lines[i].strip()))
        i += 1
    return parts


def plan_html(text_path: Path) -> str:
    body = []
    for kind, value in plan_parts(text_path):
        if kind == "line":
            body.append(f"<p>{html.escape(value)}</p>")
            continue
        header, rows = value
        head = "".join(f"<th>{html.escape(cell)}</th>" for cell in header)
        out, agency = [], None
        for row in rows:
            shown = "" if row.agency == agency else row.agency
            agency = row.agency
            content = "".join(f"<p>{html.escape(p)}</p>" for p in cell_paragraphs(row.content))
            out.append(f"<tr><td>{html.escape(shown)}</td><td>{html.escape(row.program)}</td>"
                       f"<td>{html.escape(row.category)}</td><td>{content}</td></tr>")
        body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(out)}</tbody></table>")
    return (f"<!doctype html><html lang='zh-Hant'><head><meta charset='utf-8'><style>{STYLE}</style></head>"
            f"<body>{''.join(body)}</body></html>")


def print_pdf(text_path: Path, out: Path, furniture: bool = False) -> Path:
    """The plan as Chromium prints its HTML table to PDF (A4); with `furniture`, Chromium's running header (date,
    title) and footer (file URL, page x/y) on every page."""
    if not CHROMIUM.exists() or shutil.which(str(CHROMIUM)) is None:
        raise FileNotFoundError("/usr/bin/chromium is missing (make browser-deps installs it)")
    page = out.with_suffix(".html")
    page.write_text(plan_html(text_path), encoding="utf-8")
    options = [] if furniture else ["--no-pdf-header-footer"]
    subprocess.run([str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", *options,
                    f"--print-to-pdf={out}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return out


def write_docx(text_path: Path, out: Path) -> Path:
    """The plan as a Word document: numbered headings as paragraphs, the program table with one paragraph per
    paragraph of a content cell and a header row marked to repeat."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for kind, value in plan_parts(text_path):
        if kind == "line":
            document.add_paragraph(value)
            continue
        header, rows = value
        table = document.add_table(rows=1, cols=len(header))
        table.style = "Table Grid"
        for cell, name in zip(table.rows[0].cells, header):
            cell.text = name
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        table.rows[0]._tr.get_or_add_trPr().append(repeat)
        agency = None
        for row in rows:
            cells = table.add_row().cells
            cells[0].text = "" if row.agency == agency else row.agency
            agency = row.agency
            cells[1].text = row.program
            cells[2].text = row.category
            paragraphs = cell_paragraphs(row.content)
            cells[3].text = paragraphs[0] if paragraphs else ""
            for paragraph in paragraphs[1:]:
                cells[3].add_paragraph(paragraph)
    document.save(str(out))
    return out


def write_odt(text_path: Path, out: Path) -> Path:
    """The plan as an OpenDocument text: the same table, one paragraph per paragraph of a content cell, and each
    agency's cell merged down over its programs."""
    from odfdo import Cell, Document, Paragraph, Table

    document = Document("text")
    for kind, value in plan_parts(text_path):
        if kind == "line":
            document.body.append(Paragraph(value))
            continue
        header, rows = value
        table = Table("programs", width=len(header), height=len(rows) + 1)
        for column, name in enumerate(header):
            table.set_value((column, 0), name)
        for number, row in enumerate(rows, 1):
            for column, text in enumerate((row.agency, row.program, row.category)):
                table.set_value((column, number), text)
            content = Cell()
            for paragraph in cell_paragraphs(row.content):
                content.append(Paragraph(paragraph))
            table.set_cell((3, number), content)
        first = 1
        for number in range(1, len(rows) + 1):
            if number == len(rows) or rows[number].agency != rows[number - 1].agency:
                if number > first:
                    table.set_span((0, first, 0, number))
                first = number + 1
        document.body.append(table)
    document.save(str(out))
    return out
