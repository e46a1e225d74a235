"""Read a file of any supported format into plain text (headings as Markdown marks, table rows tab-separated)."""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from corpus.models import DEFAULT_LIMITS, DocumentError, DocumentTooLarge, Limits

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
ZIP_SUFFIXES = {".docx", ".odt"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | ZIP_SUFFIXES | {".pdf"}
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"), None)
PAGE_BREAK = "\x0c"
# Radicals that PDF text layers put where fonts drew ordinary ideographs (⼯ for 工, ⺠ for 民): Kangxi radicals
# by their compatibility decomposition, CJK radical supplements by Unicode's EquivalentUnifiedIdeograph.txt.
SUPPLEMENT_RADICALS = dict(zip(
    "⺁⺄⺅⺆⺇⺉⺌⺍⺎⺏⺐⺒⺓⺔⺕⺖⺘⺙⺛⺝⺟⺠⺡⺢⺣⺤⺦⺨⺩⺪⺫⺬⺭⺮⺱⺶⺹⺺⺻⺼⺽⺾⻁⻂⻃⻄⻅⻆⻈⻉⻋⻌⻏⻑⻒⻓⻔⻖⻘⻙⻚⻛⻜⻝⻟⻠⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻱⻳",
    "厂乙亻冂几刂小小兀尣尢巳幺彑彐忄扌攵旡月母民氵氺灬爫丬犭王疋罒示礻竹罒羊耂肀聿月臼艹虎衤覀西见角讠贝车辶阝長镸长门阝青韦页风飞食飠饣马骨鬼鱼鸟卤麦黄黾齐齿龙龜龟",
    strict=True))
RADICALS = {**{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FE0)
               if unicodedata.normalize("NFKC", chr(code)) != chr(code)},
            **{ord(radical): ideograph for radical, ideograph in SUPPLEMENT_RADICALS.items()}}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def normalise(text: str) -> str:
    """NFC, Unix newlines, no zero-width marks, radicals as the ideographs they stand for, no trailing spaces, and
    each page break (form feed) on a line of its own: the text the parser reads."""
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE).translate(RADICALS)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = text.replace(PAGE_BREAK, f"\n{PAGE_BREAK}\n")
    return "\n".join(line if line == PAGE_BREAK else line.rstrip() for line in text.split("\n")).strip("\n")


def decode(data: bytes, path: str) -> str:
    """Decode text bytes: BOMs and UTF-8 first, then charset-normalizer (Big5/CP950, GB18030, UTF-16, ...)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="strict")
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        reason = "looks like a binary file, not text" if b"\x00" in data else "cannot detect the text encoding"
        raise DocumentError(path, reason)
    text = str(best)
    if "\x00" in text or _control_ratio(text) > 0.05:
        raise DocumentError(path, "looks like a binary file, not text")
    return text


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    return controls / max(len(text), 1)


def read_pdf(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """A PDF's text page by page (pages separated by form feeds): tables read by their ruled cells (pdfplumber), one
    tab-separated line per row, a row cut by a page break joined back cell by cell; text outside tables in reading
    order, wrapped lines joined, paragraphs separated where the line spacing opens up; running headers, footers
    and page numbers left out."""
    import pdfplumber
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise DocumentError(str(path), "PDF is encrypted")
    if len(reader.pages) > limits.pages:
        raise DocumentTooLarge(str(path), f"{len(reader.pages):,} pages, over the limit of {limits.pages:,} "
                                          f"(QA_MAX_PAGES)")
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages, characters = [], 0
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            pages.append(_read_page(page))
            characters += len(page.chars)
            page.close()
            if characters > limits.characters:
                raise DocumentTooLarge(str(path), f"over {limits.characters:,} characters of text by page "
                                                  f"{len(pages)} (QA_MAX_DOCUMENT_CHARS)")
    furniture = _furniture(pages)
    events: list[tuple[str, object]] = []
    cut = False
    for number, page in enumerate(pages):
        if number:
            events.append(("page", None))
        cut = _page_events(page, furniture, events, cut)
    text = _render_events(events)
    if not text.replace(PAGE_BREAK, "").strip():
        raise DocumentError(str(path), "PDF has no text layer (a scanned image?); run OCR on it first")
    return text


@dataclass
class _PdfPage:
    """What one PDF page holds, top to bottom: text lines outside tables and tables (rows of cell text, and whether
    the last row runs on past the page)."""

    height: float
    items: list[tuple[float, str, object]]


def _read_page(page) -> _PdfPage:
    tables = _page_tables(page)
    items: list[tuple[float, str, object]] = [
        (table.bbox[1], "table", ([[_cell_text(cell) for cell in row] for row in table.extract()],
                                  _row_cut(table, page), table.bbox[3])) for table in tables]
    inside = [table.bbox for table in tables]
    outside = page.filter(lambda obj: not any(_within(obj, box) for box in inside))
    items += [(line["top"], "line", {**line, "text": line["text"].translate(RADICALS)})
              for line in outside.extract_text_lines(strip=True)]
    return _PdfPage(float(page.height), sorted(items, key=lambda item: item[0]))


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _furniture(pages: list[_PdfPage]) -> set[str]:
    """Lines in the top or bottom margin band that recur on many pages (running headers and footers, numbers
    aside), and page numbers: the page's furniture, not its text."""
    seen: dict[str, int] = {}
    for page in pages:
        keys = {_furniture_key(item["text"]) for _, kind, item in page.items
                if kind == "line" and _in_margin(item, page.height)}
        for key in keys:
            seen[key] = seen.get(key, 0) + 1
    recurring = max(2, len(pages) // 2)
    return {key for key, count in seen.items() if count >= recurring or PAGE_NUMBER.fullmatch(key)}


def _in_margin(line: dict, height: float) -> bool:
    return line["top"] < MARGIN_BAND * height or line["bottom"] > (1 - MARGIN_BAND) * height


def _page_events(page: _PdfPage, furniture: set[str], events: list[tuple[str, object]], cut: bool) -> bool:
    """Append a page's lines and table rows to the document's events, joining to the last row a continuation when
    the previous page `cut` one; returns whether this page's last table row runs on to the next page."""
    from corpus.structure import join_text

    lines = [item for _, kind, item in page.items if kind == "line"
             and not (_in_margin(item, page.height) and _furniture_key(item["text"]) in furniture)]
    kept = {id(line) for line in lines}
    pitch = _line_pitch(lines)
    right = max((line["x1"] for line in lines), default=0.0)
    previous_bottom, wrapped = None, False
    for _, kind, item in page.items:
        if kind == "line":
            if id(item) not in kept:
                continue
            text = item["text"]
            gap = previous_bottom is not None and item["top"] - previous_bottom > PARAGRAPH_GAP * pitch
            if wrapped and not gap and events and events[-1][0] == "line" and not _starts_item(text):
                events[-1] = ("line", join_text(events[-1][1], text))
            else:
                if gap:
                    events.append(("line", ""))
                events.append(("line", text))
            wrapped = item["x1"] >= right - WRAP_MARGIN
            previous_bottom, cut = item["bottom"], False
            continue
        rows, runs_on, bottom = item
        wrapped = False
        for index, row in enumerate(rows):
            if index == 0 and cut and _is_header(row, events):
                continue
            if cut and index <= 1:
                _merge_row(events, row)
                cut = False
                continue
            events.append(("row", row))
        cut, previous_bottom = runs_on, bottom
    return cut


PARAGRAPH_GAP = 1.1
WRAP_MARGIN = 25.0
MARGIN_BAND = 0.08
PAGE_NUMBER = re.compile(r"[-–—]?#[-–—]?|#/#|第#頁|第#页|(?:page|p\.)#(?:of#)?|#of#", re.IGNORECASE)
SENTENCE_END = "。！？；：!?;:"


def _starts_item(text: str) -> bool:
    """A line that begins a numbered item or a heading (一、, (一), 1、, - 1、, #): never the rest of a wrapped line."""
    from corpus.structure import LIST_DASH, MARKDOWN_HEADING, heading_level

    return bool(heading_level(LIST_DASH.sub("", text)) or MARKDOWN_HEADING.match(text))


def _within(obj: dict, box: tuple[float, float, float, float]) -> bool:
    x = (obj.get("x0", 0) + obj.get("x1", 0)) / 2
    y = (obj.get("top", 0) + obj.get("bottom", 0)) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _page_tables(page) -> list:
    """Ruled tables of a page, closed at the ends of their vertical rules: a row cut by the page break has no rule
    of its own below it."""
    verticals = [edge for edge in page.edges if edge["orientation"] == "v"]
    if not verticals:
        return []
    limits = [min(edge["top"] for edge in verticals), max(edge["bottom"] for edge in verticals)]
    return page.find_tables({"explicit_horizontal_lines": limits})


def _row_cut(table, page) -> bool:
    """Whether a table's last row runs on past the page: no horizontal rule drawn along its bottom."""
    left, _, right, bottom = table.bbox
    return not any(edge["orientation"] == "h" and abs(edge["top"] - bottom) < 2
                   and edge["x1"] - edge["x0"] >= 0.5 * (right - left) for edge in page.edges)


def _line_pitch(lines: list[dict]) -> float:
    """The usual distance between the tops of consecutive lines (the paragraph-gap yardstick)."""
    gaps = sorted(b["top"] - a["top"] for a, b in zip(lines, lines[1:]) if b["top"] > a["top"])
    return gaps[len(gaps) // 2] if gaps else 14.0


def _cell_text(cell: str | None) -> str:
    """A cell's wrapped lines joined back (no space between CJK characters); a line that ends a sentence before one
    that starts a numbered item begins a new paragraph, marked <p> as the text format marks it."""
    from corpus.structure import heading_level, join_text

    paragraphs: list[str] = []
    for line in (cell or "").translate(RADICALS).split("\n"):
        line = line.strip()
        if not line:
            continue
        if paragraphs and (paragraphs[-1][-1] not in SENTENCE_END or not heading_level(line)):
            paragraphs[-1] = join_text(paragraphs[-1], line)
        else:
            paragraphs.append(line)
    if len(paragraphs) <= 1:
        return paragraphs[0] if paragraphs else ""
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


def _is_header(row: list[str], events: list[tuple[str, object]]) -> bool:
    """A table's header row repeated at the top of a page."""
    first = next((cells for kind, cells in events if kind == "row"), None)
    return first is not None and row == first


def _merge_row(events: list[tuple[str, object]], row: list[str]) -> None:
    """Join the continuation of a row cut by a page break to the row, cell by cell."""
    from corpus.structure import join_text

    last = next(index for index in range(len(events) - 1, -1, -1) if events[index][0] == "row")
    cells = list(events[last][1])
    cells += [""] * (len(row) - len(cells))
    for index, value in enumerate(row):
        if not value:
            continue
        before = cells[index]
        if before.endswith("</p>") and value.startswith("<p>"):
            cells[index] = join_text(before[:-4], value[3:]) if before[-5] not in SENTENCE_END else before + value
        elif before.endswith("</p>"):
            cells[index] = join_text(before[:-4], value) + "</p>"
        elif value.startswith("<p>"):
            cells[index] = f"<p>{join_text(before, value[3:])}" if before else value
        else:
            cells[index] = join_text(before, value)
    events[last] = ("row", cells)


def _render_events(events: list[tuple[str, object]]) -> str:
    lines = []
    for kind, value in events:
        if kind == "page":
            lines.append(PAGE_BREAK)
        elif kind == "row":
            lines.append("\t".join(value))
        else:
            lines.append(value)
    return "\n".join(lines)


def read_docx(path: Path) -> str:
    """A Word document's paragraphs in order, heading styles as Markdown marks, and each table row as one
    tab-separated line, a cell's paragraphs marked <p> as the text format marks them."""
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    parts = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            parts.append("\n".join(_docx_row(row) for row in item.rows))
            continue
        style = (item.style.name or "") if item.style is not None else ""
        level = re.match(r"(?:Heading|標題)\s*(\d)", style)
        if style == "Title":
            parts.append(f"# {item.text.strip()}")
        elif level:
            parts.append(f"{'#' * int(level.group(1))} {item.text.strip()}")
        else:
            parts.append(item.text)
    return "\n\n".join(parts)


def _docx_row(row) -> str:
    """One table row as a tab-separated line, a cell per grid column: a cell spanning several columns (gridSpan)
    once, a cell merged down rows (vMerge) with its value in each row it spans (python-docx gives its first cell)."""
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) in seen:
            cells.append("")
            continue
        seen.add(id(cell._tc))
        paragraphs = [text for text in (re.sub(r"\s+", " ", p.text).strip() for p in cell.paragraphs) if text]
        cells.append(paragraphs[0] if len(paragraphs) == 1 else "".join(f"<p>{p}</p>" for p in paragraphs))
    return "\t".join(cells)


def read_odt(path: Path) -> str:
    """An OpenDocument text (odfdo) read as a Word document is: headings by outline level as Markdown marks,
    paragraphs in order, each table row one tab-separated line with a cell's paragraphs marked <p>; a cell merged
    across columns once, a cell merged down rows with its value in each row it spans."""
    from odfdo import Document, Header, Table

    parts = []
    for element in Document(str(path)).body.children:
        if isinstance(element, Header):
            parts.append(f"{'#' * int(element.level or 1)} {element.text_recursive.strip()}")
        elif isinstance(element, Table):
            down: dict[int, tuple[str, int]] = {}
            parts.append("\n".join(_odt_row(row, down) for row in element.traverse()))
        elif element.tag in ("text:p", "text:list", "text:section"):
            parts.append(element.text_recursive)
    return "\n\n".join(parts)


def _odt_row(row, down: dict[int, tuple[str, int]]) -> str:
    """One ODT table row as a tab-separated line; `down` carries the values of cells merged into later rows."""
    cells = []
    for column, cell in enumerate(row.traverse()):
        if cell.tag == "table:covered-table-cell":
            value, rows_left = down.get(column, ("", 0))
            cells.append(value if rows_left else "")
            if rows_left:
                down[column] = (value, rows_left - 1)
            continue
        paragraphs = [text for text in (re.sub(r"\s+", " ", p.text_recursive).strip() for p in cell.get_paragraphs())
                      if text]
        value = paragraphs[0] if len(paragraphs) == 1 else "".join(f"<p>{p}</p>" for p in paragraphs)
        spanned = int(cell.get_attribute("table:number-rows-spanned") or 1)
        if spanned > 1:
            down[column] = (value, spanned - 1)
        cells.append(value)
    return "\t".join(cells)


def read_html(data: bytes, path: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode(data, path), "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head", "nav"]):
        tag.decompose()
    for row in soup.find_all("tr"):
        row.replace_with("\n\n" + "\t".join(cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])) + "\n")
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            heading.replace_with(f"\n\n{'#' * level} {heading.get_text(' ', strip=True)}\n\n")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(["p", "li", "div", "section", "article", "blockquote", "pre", "dd", "dt", "table"]):
        block.insert_before("\n\n")
        block.insert_after("\n\n")
    lines = [re.sub(r"[ \u3000]+", " ", line).strip() if "\t" not in line else line for line in soup.get_text().split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def _read_format(path: Path, suffix: str, data: bytes, limits: Limits) -> str:
    if suffix == ".pdf":
        return read_pdf(path, limits)
    if suffix == ".docx":
        return read_docx(path)
    if suffix == ".odt":
        return read_odt(path)
    if suffix in HTML_SUFFIXES:
        return read_html(data, str(path))
    return decode(data, str(path))


def check_archive(path: Path, limits: Limits) -> None:
    """Refuse a zip-based file (DOCX, ODT) whose directory says it unpacks past the limits, before unpacking any."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise DocumentError(str(path), f"not a readable {path.suffix.lstrip('.').upper()} file ({error})") from error
    unpacked = sum(member.file_size for member in members)
    packed = max(path.stat().st_size, 1)
    if unpacked > limits.unpacked_bytes:
        raise DocumentTooLarge(str(path), f"unpacks to {unpacked:,} bytes, over the limit of "
                                          f"{limits.unpacked_bytes:,} (QA_MAX_UNPACKED_BYTES)")
    worst = max((m.file_size / max(m.compress_size, 1) for m in members), default=0.0)
    if max(worst, unpacked / packed) > limits.compression_ratio:
        raise DocumentTooLarge(str(path), f"compressed {max(worst, unpacked / packed):,.0f}:1, over the limit of "
                                          f"{limits.compression_ratio:,.0f}:1 (QA_MAX_COMPRESSION_RATIO; a "
                                          f"decompression bomb?)")


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """Return the normalised text of a supported file within `limits`, or raise DocumentError naming the file and
    the reason (DocumentTooLarge when it is over a limit)."""
    name = str(path)
    if not path.exists():
        raise DocumentError(name, "no such file")
    if not path.is_file():
        raise DocumentError(name, "not a regular file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DocumentError(name, f"unsupported file type '{suffix or '(none)'}' (supported: {supported})")
    data = path.read_bytes()
    if not data.strip():
        raise DocumentError(name, "file is empty")
    if suffix == ".pdf" and not data.startswith(b"%PDF"):
        raise DocumentError(name, "not a PDF file (no %PDF header)")
    if suffix in ZIP_SUFFIXES:
        check_archive(path, limits)
    try:
        text = normalise(_read_format(path, suffix, data, limits))
    except DocumentError:
        raise
    except Exception as error:  # third-party parsers raise anything on corrupt files; the user needs the reason
        kind = suffix.lstrip(".").upper()
        raise DocumentError(name, f"not a readable {kind} file ({type(error).__name__}: {error})") from error
    if not text.strip():
        raise DocumentError(name, "file has no text")
    if len(text) > limits.characters:
        raise DocumentTooLarge(name, f"{len(text):,} characters of text, over the limit of {limits.characters:,} "
                                     f"(QA_MAX_DOCUMENT_CHARS)")
    return text
