"""Structure of a plan-like text: headings with Chinese numbering or Markdown marks, paragraphs and program tables.

The parser works on the kind of document, not on one file: page-break debris (repeated table headers, rows and
paragraphs cut in two) is repaired by rules on punctuation and empty cells, never by line numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

CN_NUM = "一二三四五六七八九十百"
HEADING_PATTERNS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(r"^[壹貳參叁肆伍陸柒捌玖拾]+、")),
    (2, re.compile(rf"^[{CN_NUM}]+、")),
    (3, re.compile(rf"^[(（][{CN_NUM}]+[)）]")),
    (4, re.compile(r"^\d{1,2}[、．.](?!\d)")),
    (5, re.compile(r"^[(（]\d{1,2}[)）]")),
]
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
LIST_DASH = re.compile(r"^[-*•]\s+(?=\S)")
MID_SENTENCE = "，、,（(「『"
HEADING_MAX_CHARS = 50
TITLE_COLON_WITHIN = 60
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

PROGRAM_COLUMNS = {
    "agency": ("工作計畫", "機關", "單位"),
    "program": ("計畫項目", "項目", "計畫名稱"),
    "category": ("類別",),
    "content": ("內容", "說明"),
}


@dataclass
class Block:
    """A heading, a paragraph or one merged program-table row, with the heading path above it."""

    kind: str
    section: list[str]
    text: str = ""
    paragraphs: list[str] = field(default_factory=list)
    agency: str | None = None
    program: str | None = None
    category: str | None = None
    page: int | None = None


PAGE_BREAK = "\x0c"


def heading_level(line: str) -> int | None:
    """Level of a Chinese numbering mark at the start of `line` (壹=1, 一、=2, (一)=3, 1、=4, (1)=5)."""
    for level, pattern in HEADING_PATTERNS:
        if pattern.match(line):
            return level
    return None


def join_text(left: str, right: str) -> str:
    """Join two pieces of one sentence: nothing between CJK characters, one space between Latin words."""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left or right
    if CJK.match(left[-1]) or CJK.match(right[0]):
        return left + right
    return f"{left} {right}"


def ends_mid_sentence(text: str) -> bool:
    """True when a paragraph stops on a CJK character or a comma: in Chinese prose only a page break does that."""
    text = strip_tags(text).rstrip()
    return bool(text) and (bool(CJK.match(text[-1])) or text[-1] in MID_SENTENCE)


def strip_tags(text: str) -> str:
    return re.sub(r"</?\s*p\s*>", "", text, flags=re.I)


def cell_paragraphs(cell: str) -> list[str]:
    """Split a table cell into paragraphs at its <p> marks; text outside marks is a paragraph too."""
    parts = re.split(r"</?\s*p\s*>", cell, flags=re.I)
    return [re.sub(r"\s+", " ", part).strip() for part in parts if part.strip()]


@dataclass
class _Row:
    agency: str
    program: str
    category: str
    content: str
    page: int | None = None


def _column_map(header: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    for name, keys in PROGRAM_COLUMNS.items():
        for index, cell in enumerate(header):
            if index not in mapping.values() and any(key in cell for key in keys):
                mapping[name] = index
                break
    defaults = {"agency": 0, "program": 1, "category": 2, "content": len(header) - 1}
    for name, index in defaults.items():
        if name not in mapping and index not in mapping.values():
            mapping[name] = index
    return mapping


def _join_content(previous: str, continuation: str) -> str:
    """Append a page-break continuation to a content cell, seamlessly when the break cut a sentence."""
    if ends_mid_sentence(previous):
        head = re.sub(r"\s*</\s*p\s*>\s*$", "", previous.rstrip(), flags=re.I)
        tail = re.sub(r"^\s*<\s*p\s*>\s*", "", continuation.lstrip(), flags=re.I)
        return join_text(head, tail)
    return f"{previous}</p><p>{continuation}"


def parse_table(lines: list[str], pages: list[int | None] | None = None) -> list[_Row]:
    """Merge the rows of a tab-separated program table cut by page breaks.

    The first line is the header; later copies of it are page-break debris. A line with a blank agency continues
    the row above cell by cell when its own category is blank or the row above has not reached its category or its
    content yet (a page break cut it before them); otherwise a blank agency means the agency of the row above.
    """
    header = [cell.strip() for cell in lines[0].split("\t")]
    columns = _column_map(header)
    rows: list[_Row] = []
    agency = ""
    for number, line in enumerate(lines[1:], 1):
        cells = [cell.strip() for cell in line.split("\t")]
        if cells == header or not any(cells):
            continue
        cells += [""] * (len(header) - len(cells))
        value = {name: cells[index] if index < len(cells) else "" for name, index in columns.items()}
        if rows and not value["agency"] and (not value["category"] or not rows[-1].category or not rows[-1].content):
            row = rows[-1]
            row.program = join_text(row.program, value["program"])
            row.category = join_text(row.category, value["category"])
            row.content = _join_content(row.content, value["content"]) if row.content and value["content"] \
                else row.content or value["content"]
            continue
        agency = value["agency"] or agency
        rows.append(_Row(agency, value["program"], value["category"], value["content"], pages[number] if pages else None))
    return rows


def _is_table_line(line: str) -> bool:
    return line.count("\t") >= 2


def _split_heading(line: str, level: int) -> tuple[str, bool]:
    """Return (heading title, whether the line is only a heading) for a numbered line."""
    body = line.strip()
    if len(body) <= HEADING_MAX_CHARS and "。" not in body and not body.endswith(("，", "；", ",", ";")):
        return body.rstrip("：:"), True
    colon = min((i for i in (body.find("："), body.find(":")) if i > 0), default=-1)
    if 0 < colon <= TITLE_COLON_WITHIN and level <= 3:
        return body[:colon], False
    return "", False


def _logical_lines(text: str) -> list[str]:
    """Lines with blank-line separators kept as empty strings and list dashes before numbering removed."""
    out = []
    for raw in text.split("\n"):
        if raw == PAGE_BREAK:
            out.append(raw)
            continue
        line = raw.rstrip()
        stripped = line.strip()
        dashless = LIST_DASH.sub("", stripped)
        if dashless != stripped and heading_level(dashless):
            stripped = dashless
        out.append(stripped if "\t" not in line else line)
    return out


def parse_blocks(text: str, title: str) -> list[Block]:
    """Parse normalised plain text into headings, paragraphs and program rows, each with its heading path."""
    lines = _logical_lines(text)
    blocks: list[Block] = []
    stack: list[tuple[int, str]] = []
    paragraph: Block | None = None
    blank_since_paragraph = False

    def path() -> list[str]:
        return [title_ for _, title_ in stack] if stack else ([title] if title else [])

    def push(level: int, heading: str) -> None:
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, heading))

    breaks = text.count(PAGE_BREAK)
    page = 1 if breaks else None
    i = 0
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if title and first is not None and lines[first].strip() == title:
        blocks.append(Block("heading", [], text=title))
        i = first + 1
    while i < len(lines):
        line = lines[i]
        if line == PAGE_BREAK:
            page = (page or 0) + 1
            i += 1
            continue
        if not line.strip():
            blank_since_paragraph = True
            i += 1
            continue
        if _is_table_line(line):
            table, pages = [], []
            while i < len(lines) and (_is_table_line(lines[i]) or lines[i].startswith("\t") or not lines[i].strip()
                                      or lines[i] == PAGE_BREAK):  # \t衛星發展: a row whose empty cells were trimmed
                if lines[i] == PAGE_BREAK:
                    page = (page or 0) + 1
                elif lines[i].strip():
                    table.append(lines[i])
                    pages.append(page)
                i += 1
            for row in parse_table(table, pages):
                blocks.append(Block("program", path() + [row.agency, row.program], paragraphs=cell_paragraphs(row.content),
                                    agency=row.agency, program=row.program, category=row.category, page=row.page))
            paragraph = None
            continue
        markdown = MARKDOWN_HEADING.match(line)
        level = heading_level(line)
        if markdown:
            push(len(markdown.group(1)), markdown.group(2))
            blocks.append(Block("heading", path()[:-1], text=markdown.group(2)))
            paragraph = None
        elif level:
            heading, only_heading = _split_heading(line, level)
            if only_heading:
                push(level, heading)
                blocks.append(Block("heading", path()[:-1], text=heading))
                paragraph = None
            else:
                if heading:
                    push(level, heading)
                else:
                    while stack and stack[-1][0] >= level:
                        stack.pop()
                paragraph = Block("paragraph", path(), text=line, page=page)
                blocks.append(paragraph)
        elif paragraph is not None and (not blank_since_paragraph or ends_mid_sentence(paragraph.text)):
            paragraph.text = join_text(paragraph.text, line)
        else:
            paragraph = Block("paragraph", path(), text=line, page=page)
            blocks.append(paragraph)
        blank_since_paragraph = False
        i += 1
    return blocks
