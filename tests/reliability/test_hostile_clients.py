"""Hostile but fair clients against a real `qa serve` on loopback: every case of the hardening issue, reproduced and
asserted (docs/reliability.md has the measured figures)."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time
import zipfile
from pathlib import Path

import httpx
import pytest
from fpdf import FPDF

from qa.serving import qa_command, running_server

TOKEN = "reliability-token"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
MiB = 1024 * 1024


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM in /proc")


@pytest.fixture(scope="module")
def served(tmp_path_factory, built_index):
    index = tmp_path_factory.mktemp("reliability") / "index"
    shutil.copytree(built_index.resolve(), index)
    with running_server(index, QA_ADMIN_TOKEN=TOKEN) as (base, process):
        yield base, process, index


@pytest.fixture(scope="module")
def strict(tmp_path_factory, built_index):
    index = tmp_path_factory.mktemp("strict") / "index"
    shutil.copytree(built_index.resolve(), index)
    with running_server(index, QA_ADMIN_TOKEN=TOKEN, QA_ASK_RATE="5/minute", QA_FAILED_LOGIN_RATE="3/minute") as (base, _):
        yield base


def raw_request(base: str, head: str, body: bytes) -> tuple[int, bytes]:
    """Send a request's head and only the first part of its body; return the status and response the server gave."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as connection:
        connection.sendall(head.encode("latin-1") + body)
        response = b""
        while b"\r\n\r\n" not in response or not response.endswith(b"}"):
            part = connection.recv(65536)
            if not part:
                break
            response += part
    return int(response.split(b" ", 2)[1]), response


def test_an_unauthenticated_upload_is_refused_before_its_body_is_read(served):
    base, _, _ = served
    head = ("POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\n"
            f"Content-Length: {500 * MiB}\r\n\r\n")
    status, response = raw_request(base, head, b"--B\r\n" + b"x" * 65536)
    assert status == 401 and b"missing admin token" in response
    status, response = raw_request(base, head.replace("Host: x", "Host: x\r\nAuthorization: Bearer nope"), b"")
    assert status == 403 and b"wrong admin token" in response


def test_an_authenticated_upload_over_the_size_limit_is_refused_from_its_declared_length(served):
    base, _, _ = served
    head = ("POST /v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=B\r\n"
            f"Authorization: Bearer {TOKEN}\r\nContent-Length: {500 * MiB}\r\n\r\n")
    status, response = raw_request(base, head, b"--B\r\n")
    assert status == 413 and b"too large" in response


def test_a_question_body_is_capped_while_it_streams_even_without_a_length(served):
    base, _, _ = served

    def chunks():
        yield b'{"question": "'
        for _ in range(64):
            yield "衛".encode() * 10_000
        yield b'"}'

    response = httpx.post(f"{base}/v1/ask", content=chunks(), headers={"Content-Type": "application/json"}, timeout=30)
    assert response.status_code == 413 and "too large" in response.json()["error"]
    declared = httpx.post(f"{base}/v1/ask", content=b"{}" + b" " * 100_000, headers={"Content-Type": "application/json"})
    assert declared.status_code == 413


def test_a_decompression_bomb_is_refused_from_its_zip_directory_and_memory_stays_bounded(served, tmp_path):
    base, process, _ = served
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(1024):
                member.write(b"A" * MiB)
    before = peak_rss_mib(process.pid)
    with bomb.open("rb") as handle:
        response = httpx.post(f"{base}/v1/documents", files={"file": ("bomb.docx", handle)}, headers=ADMIN, timeout=60)
    assert response.status_code == 413 and "QA_MAX_UNPACKED_BYTES" in response.json()["error"]
    assert peak_rss_mib(process.pid) - before < 300


def test_a_pdf_with_more_pages_than_allowed_is_refused(served, tmp_path):
    base, _, _ = served
    pdf = FPDF()
    pdf.set_font("Helvetica", size=8)
    for number in range(2_100):
        pdf.add_page()
        pdf.cell(text=f"page {number}")
    path = tmp_path / "long.pdf"
    pdf.output(str(path))
    with path.open("rb") as handle:
        response = httpx.post(f"{base}/v1/documents", files={"file": ("long.pdf", handle)}, headers=ADMIN, timeout=120)
    assert response.status_code == 413 and "QA_MAX_PAGES" in response.json()["error"]


def test_text_that_is_not_text_is_a_422_never_a_500(served):
    base, _, _ = served
    for question in ("\ud800 衛星", "低軌\x00衛星"):
        body = json.dumps({"question": question}).encode()
        response = httpx.post(f"{base}/v1/ask", content=body, headers={"Content-Type": "application/json"})
        assert response.status_code == 422 and response.json()["error"].startswith("invalid request")
    assert httpx.get(f"{base}/v1/search", params={"q": "衛\x01星"}).status_code == 422


def test_a_document_the_cli_indexes_while_the_server_runs_is_served_and_neither_write_is_lost(served, tmp_path):
    base, _, index = served
    cli_doc, api_doc = tmp_path / "cli-note.txt", tmp_path / "api-note.txt"
    cli_doc.write_text("海洋探測筆記\n\n本筆記記錄深海無人載具的海試。", encoding="utf-8")
    api_doc.write_text("極地觀測筆記\n\n本筆記記錄極地冰層雷達的量測。", encoding="utf-8")
    environment = {**os.environ, "QA_INDEX_DIR": str(index)}
    cli = subprocess.Popen([qa_command(), "index", str(cli_doc)], env=environment, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE)
    with api_doc.open("rb") as handle:
        uploaded = httpx.post(f"{base}/v1/documents?wait=true", files={"file": (api_doc.name, handle)}, headers=ADMIN, timeout=300)
    assert cli.wait(timeout=300) == 0, cli.stderr.read().decode()
    assert uploaded.status_code == 201
    listed = {d["id"] for d in httpx.get(f"{base}/v1/documents", headers=ADMIN).json()}
    assert {"cli-note", "api-note", "most-110-policy-plan"} <= listed
    answer = httpx.post(f"{base}/v1/ask", json={"question": "深海無人載具的海試記錄在哪份筆記？"}).json()
    assert any(c["doc_id"] == "cli-note" for c in answer["citations"]) or any(
        p["doc_id"] == "cli-note" for p in answer["passages"][:3])


def test_kill_9_during_an_upload_leaves_the_document_all_or_nothing_and_no_leftovers(tmp_path, built_index, plan_path):
    index = tmp_path / "index"
    shutil.copytree(built_index.resolve(), index)
    long_doc = tmp_path / "long-plan.txt"
    text = plan_path.read_text(encoding="utf-8")
    long_doc.write_text(text.replace("科技部", "海洋委員會") * 3, encoding="utf-8")
    with running_server(index, QA_ADMIN_TOKEN=TOKEN) as (base, process):
        def upload() -> None:
            with long_doc.open("rb") as handle:
                try:
                    httpx.post(f"{base}/v1/documents?wait=true", files={"file": (long_doc.name, handle)}, headers=ADMIN,
                               timeout=300)
                except httpx.HTTPError:
                    pass

        thread = threading.Thread(target=upload)
        thread.start()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not list(tmp_path.glob("index.build-*")):
            time.sleep(0.05)
        os.kill(process.pid, signal.SIGKILL)
        thread.join(timeout=60)
    with running_server(index, QA_ADMIN_TOKEN=TOKEN) as (base, _):
        listed = {d["id"]: d["chunks"] for d in httpx.get(f"{base}/v1/documents", headers=ADMIN).json()}
        assert "most-110-policy-plan" in listed
        if "long-plan" in listed:
            assert listed["long-plan"] > listed["most-110-policy-plan"]
        deadline = time.monotonic() + 30  # the killed server's build process exits once it sees its parent gone
        while time.monotonic() < deadline and list(tmp_path.glob("index.build-*")):
            time.sleep(0.1)
        assert not list(tmp_path.glob("index.build-*")) and not list(tmp_path.glob(".index.link-*"))


def test_failed_logins_and_too_many_questions_get_429_with_retry_after(strict):
    for _ in range(3):
        assert httpx.get(f"{strict}/v1/documents", headers={"Authorization": "Bearer wrong"}).status_code == 403
    blocked = httpx.get(f"{strict}/v1/documents", headers=ADMIN)
    assert blocked.status_code == 429 and int(blocked.headers["Retry-After"]) >= 1
    statuses = [httpx.post(f"{strict}/v1/ask", json={"question": "低軌衛星"}).status_code for _ in range(6)]
    assert statuses[:5] == [200] * 5 and statuses[5] == 429
    assert httpx.get(f"{strict}/healthz").status_code == 200


def test_qa_documents_manages_a_running_server_with_the_admin_token(served, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from qa.cli import app
    from qa.config import get_settings

    base, _, _ = served
    note = tmp_path / "desk-note.txt"
    note.write_text("桌面筆記\n\n本筆記記錄桌上型望遠鏡的校正。", encoding="utf-8")
    monkeypatch.setenv("QA_ADMIN_TOKEN", TOKEN)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        added = runner.invoke(app, ["documents", "add", str(note), "--server", base])
        assert added.exit_code == 0 and "desk-note" in added.output
        assert "passages embedded" in added.output
        listed = json.loads(runner.invoke(app, ["documents", "list", "--server", base, "--json"]).output)
        assert any(d["id"] == "desk-note" and d["source"] == "desk-note.txt" for d in listed)
        jobs = json.loads(runner.invoke(app, ["documents", "jobs", "--server", base, "--json"]).output)
        assert jobs[-1]["name"] == "desk-note.txt" and jobs[-1]["state"] == "done"
        assert "desk-note.txt" in runner.invoke(app, ["documents", "jobs", "--server", base]).output
        assert runner.invoke(app, ["documents", "remove", "desk-note", "--server", base]).exit_code == 0
        missing = runner.invoke(app, ["documents", "remove", "desk-note", "--server", base])
        assert missing.exit_code == 1 and "404" in missing.output
        monkeypatch.setenv("QA_ADMIN_TOKEN", "wrong")
        get_settings.cache_clear()
        refused = runner.invoke(app, ["documents", "list", "--server", base])
        assert refused.exit_code == 1 and "403" in refused.output and "Traceback" not in refused.output
    finally:
        get_settings.cache_clear()
