"""Read a file of any supported format into plain text (headings as Markdown marks, table rows tab-separated)."""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from corpus.models import DocumentError

TEXT_SUFFIXES = {".txt", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".docx"}
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\x0c"), None)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def normalise(text: str) -> str:
    """NFC, Unix newlines, no zero-width marks, no trailing spaces: the text every offset refers to."""
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


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


def read_pdf(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise DocumentError(str(path), "PDF is encrypted")
    pages = [page.extract_text() or "" for page in reader.pages]
    if not any(page.strip() for page in pages):
        raise DocumentError(str(path), "PDF has no text layer (a scanned image?); run OCR on it first")
    return "\n\n".join(pages)


def read_docx(path: Path) -> str:
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    parts = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            parts.append("\n".join("\t".join(cell.text.strip() for cell in row.cells) for row in item.rows))
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


def _read_format(path: Path, suffix: str, data: bytes) -> str:
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix == ".docx":
        return read_docx(path)
    if suffix in HTML_SUFFIXES:
        return read_html(data, str(path))
    return decode(data, str(path))


def read_file(path: Path) -> str:
    """Return the normalised text of a supported file, or raise DocumentError naming the file and the reason."""
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
    try:
        text = normalise(_read_format(path, suffix, data))
    except DocumentError:
        raise
    except Exception as error:  # third-party parsers raise anything on corrupt files; the user needs the reason
        kind = suffix.lstrip(".").upper()
        raise DocumentError(name, f"not a readable {kind} file ({type(error).__name__}: {error})") from error
    if not text.strip():
        raise DocumentError(name, "file has no text")
    return text
