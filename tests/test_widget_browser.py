"""The chat widget and the evaluation report in a real headless Chromium (Debian's), driven by Playwright."""
from __future__ import annotations

import functools
import json
import re
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from qa.serving import free_port, running_server

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"
TOKEN = "widget-test-token"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def intranet(tmp_path_factory):
    """Another intranet site on its own origin, where a page installs the widget with one script tag."""
    folder = tmp_path_factory.mktemp("intranet")
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *args: None
    httpd = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{httpd.server_address[1]}"

    def publish(name: str, html: str) -> str:
        (folder / name).write_text(html, encoding="utf-8")
        return f"{origin}/{name}"

    publish.origin = origin
    yield publish
    httpd.shutdown()


@pytest.fixture(scope="module")
def server(tmp_path_factory, built_index, intranet):
    index = tmp_path_factory.mktemp("widget") / "index"
    shutil.copytree(built_index.resolve(), index)
    with running_server(index, QA_ADMIN_TOKEN=TOKEN, QA_CORS_ORIGINS=f'["{intranet.origin}"]') as (base, _):
        yield base


def shadow(page, selector: str):
    return page.locator("qa-chat").locator(selector)


def deep_active_testid(page) -> str | None:
    return page.evaluate("() => { const a = document.activeElement; const s = a && a.shadowRoot; "
                         "const d = s ? s.activeElement : a; return d ? (d.dataset.testid || d.tagName) : null; }")


def ask(page, question: str) -> None:
    shadow(page, "[data-testid=qa-input]").fill(question)
    shadow(page, "[data-testid=qa-input]").press("Enter")


def first_answer(page, server: str, question: str):
    """Open the demo page's panel, ask, and wait for the first answer."""
    page.goto(server + "/")
    shadow(page, "[data-testid=qa-launcher]").click()
    ask(page, question)
    answer = shadow(page, "[data-testid=qa-answer]").first
    answer.wait_for(timeout=30_000)
    return answer


def test_demo_page_answers_with_a_citation_whose_quote_highlights_the_answer(page, server):
    answer = first_answer(page, server, "哪個計畫補助低軌衛星的發展？")
    assert answer.locator("[data-testid=qa-answer-text]").inner_text() == BEYOND_5G
    shadow(page, "[data-testid=qa-citation]").first.click()
    quote = shadow(page, "[data-testid=qa-quote]").first
    assert quote.is_visible()
    assert quote.locator("mark").inner_text() == BEYOND_5G
    assert "貳、年度重要計畫 › 財團法人國家實驗研究院 › " + BEYOND_5G in quote.inner_text()
    assert "低軌通訊衛星" in quote.inner_text()
    assert quote.locator("[data-testid=qa-source]").inner_text() == "科技部 110 年度施政計畫"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "widget.png"))
    small = page.context.new_page()
    small.set_viewport_size({"width": 320, "height": 640})
    small.goto(server + "/")
    shadow(small, "[data-testid=qa-launcher]").click()
    panel = shadow(small, "section[role=dialog]")
    box = panel.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 320
    small.screenshot(path=str(ARTIFACTS / "widget-320px.png"))


def test_a_yes_no_answer_shows_its_verdict_before_the_supporting_quote(page, server):
    answer = first_answer(page, server, "中興園區籌設計畫是科技發展計畫嗎？")
    assert answer.locator("[data-testid=qa-verdict]").inner_text() == "否"
    assert answer.locator("[data-testid=qa-answer-text]").inner_text().replace("\n", "") == "否公共建設"
    shadow(page, "[data-testid=qa-citation]").first.click()
    assert shadow(page, "[data-testid=qa-quote]").first.locator("mark").inner_text() == "公共建設"


def test_a_list_answer_renders_every_program_as_a_list_item(page, server):
    answer = first_answer(page, server, "哪些計畫屬於公共建設類？")
    items = answer.locator("[data-testid=qa-items] li").all_inner_texts()
    assert items == ["新竹科學園區建設計畫", "中部科學園區建設計畫", "中興園區籌設計畫", "南部科學園區建設計畫"]
    assert len(answer.locator("[data-testid=qa-citation]").all()) == len(items)
    assert not answer.locator("[data-testid=qa-count]").count()


def test_a_how_many_answer_shows_the_count_before_the_programs_it_counts(page, server):
    answer = first_answer(page, server, "公共建設類的計畫有幾個？")
    assert answer.locator("[data-testid=qa-count]").inner_text() == "共 4 項"
    assert len(answer.locator("[data-testid=qa-items] li").all()) == 4


def test_a_false_premise_is_declined_saying_why_and_what_the_plan_covers(page, server):
    answer = first_answer(page, server, "教育部 110 年度的施政重點是什麼？")
    assert answer.get_attribute("data-abstained") == "true" and answer.get_attribute("data-reason") == "false_premise"
    assert "問題的前提與計畫不符" in answer.inner_text()
    assert "本計畫為科技部 110 年度施政計畫" in answer.locator("[data-testid=qa-answer-text]").inner_text()
    assert not answer.locator("[data-testid=qa-hint]").count()


def test_an_answer_on_weak_evidence_is_marked_as_possibly_unrelated(page, server):
    answer = first_answer(page, server, "大學要留住頂尖教授，發給他們額外獎勵，可以靠哪個計畫？")
    assert answer.get_attribute("data-abstained") == "false"
    hint = answer.locator("[data-testid=qa-hint]")
    assert hint.inner_text() == "可能不相關" and hint.get_attribute("title")


def test_keyboard_only_use_opens_asks_expands_and_escape_returns_focus(page, server):
    page.goto(server + "/")
    for _ in range(12):
        page.keyboard.press("Tab")
        if deep_active_testid(page) == "qa-launcher":
            break
    assert deep_active_testid(page) == "qa-launcher"
    page.keyboard.press("Enter")
    assert deep_active_testid(page) == "qa-input"
    assert shadow(page, "section[role=dialog]").is_visible()
    assert shadow(page, "[role=log]").get_attribute("aria-live") == "polite"
    page.keyboard.type("中興園區籌設計畫是什麼類別的計畫？")
    page.keyboard.press("Enter")
    shadow(page, "[data-testid=qa-answer]").first.wait_for(timeout=30_000)
    assert shadow(page, "[data-testid=qa-answer-text]").first.inner_text() == "公共建設"
    shadow(page, "[data-testid=qa-citation]").first.focus()
    page.keyboard.press("Enter")
    assert shadow(page, "[data-testid=qa-quote]").first.is_visible()
    page.keyboard.press("Escape")
    assert not shadow(page, "section[role=dialog]").is_visible()
    assert deep_active_testid(page) == "qa-launcher"


def test_one_script_tag_on_another_intranet_page_shows_an_english_ui(page, server, intranet):
    html = (f"<!doctype html><html lang='en'><head><title>Portal</title></head><body><h1>Portal</h1>"
            f"<script src='{server}/widget.js' data-api='{server}' data-lang='en' data-title='Plan Q&amp;A' defer></script></body></html>")
    page.goto(intranet("portal.html", html))
    launcher = shadow(page, "[data-testid=qa-launcher]")
    assert "Plan Q&A" in launcher.inner_text() and launcher.get_attribute("aria-label") == "Open Q&A"
    launcher.click()
    assert shadow(page, "[data-testid=qa-input]").get_attribute("placeholder").startswith("Ask a question")
    ask(page, "Which program develops low Earth orbit communication satellites?")
    answer = shadow(page, "[data-testid=qa-answer]").first
    answer.wait_for(timeout=30_000)
    assert answer.locator("[data-testid=qa-answer-text]").inner_text() == BEYOND_5G
    ask(page, "What is the capital of France?")
    abstained = shadow(page, "[data-testid=qa-answer][data-abstained=true]")
    abstained.wait_for(timeout=30_000)
    assert abstained.get_attribute("data-reason") in ("off_topic", "not_in_plan")
    assert "Ministry of Science and Technology's policy plan for 2021" in abstained.inner_text()
    assert not shadow(page, "[data-testid=qa-error]").count()
    page.reload()
    assert shadow(page, "[data-testid=qa-answer]").count() == 2


def test_a_page_whose_origin_the_service_does_not_allow_says_so_and_what_to_set(page, built_index, intranet,
                                                                             tmp_path_factory):
    index = tmp_path_factory.mktemp("no-cors") / "index"
    shutil.copytree(built_index.resolve(), index)
    with running_server(index) as (base, _):
        html = f"<!doctype html><html lang='zh-Hant'><body><script src='{base}/widget.js' data-api='{base}'></script></body></html>"
        page.goto(intranet("other-origin.html", html))
        shadow(page, "[data-testid=qa-launcher]").click()
        ask(page, "哪個計畫補助低軌衛星的發展？")
        error = shadow(page, "[data-testid=qa-error]")
        error.wait_for(timeout=15_000)
        assert "QA_CORS_ORIGINS" in error.inner_text() and intranet.origin in error.inner_text()


def test_server_down_shows_a_clear_message_and_a_retry_never_a_hung_spinner(page, server, intranet):
    dead = f"http://127.0.0.1:{free_port()}"
    html = (f"<!doctype html><html lang='zh-Hant'><body><script src='{server}/widget.js' data-api='{dead}' "
            f"data-timeout='3000'></script></body></html>")
    page.goto(intranet("down.html", html))
    shadow(page, "[data-testid=qa-launcher]").click()
    ask(page, "哪個計畫補助低軌衛星的發展？")
    error = shadow(page, "[data-testid=qa-error]")
    error.wait_for(timeout=10_000)
    assert "無法連線" in error.inner_text()
    assert shadow(page, "[data-testid=qa-retry]").is_visible()
    assert shadow(page, ".busy").count() == 0 and shadow(page, "[data-testid=qa-send]").is_enabled()


def test_double_submission_sends_one_request(page, server):
    requests = []
    page.on("request", lambda request: requests.append(request.url) if request.url.endswith("/v1/ask") else None)
    page.goto(server + "/")
    shadow(page, "[data-testid=qa-launcher]").click()
    disabled = page.evaluate("""() => {
        const root = document.querySelector('qa-chat').shadowRoot;
        const input = root.querySelector('[data-testid=qa-input]');
        const send = root.querySelector('[data-testid=qa-send]');
        input.value = '哪個計畫補助低軌衛星的發展？';
        send.click();
        input.value = '再問一次';
        input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
        send.click();
        return send.disabled;
    }""")
    shadow(page, "[data-testid=qa-answer]").first.wait_for(timeout=30_000)
    assert disabled and len(requests) == 1


def test_a_document_with_html_in_it_renders_inert(page, server):
    text = "資安演練計畫\n\n壹、演練重點\n\n本演練測試字串 <img src=x onerror=alert(1)> 必須原樣顯示。\n"
    upload = httpx.post(f"{server}/v1/documents?wait=true", headers={"Authorization": f"Bearer {TOKEN}"},
                        files={"file": ("xss-drill.txt", text.encode("utf-8"), "text/plain")}, timeout=120)
    assert upload.status_code == 201, upload.text
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server + "/")
    shadow(page, "[data-testid=qa-launcher]").click()
    ask(page, "本演練測試字串必須怎樣顯示？")
    shadow(page, "[data-testid=qa-answer]").first.wait_for(timeout=30_000)
    shadow(page, "[data-testid=qa-citation]").first.click()
    quote = shadow(page, "[data-testid=qa-quote]").first
    assert "<img src=x onerror=alert(1)>" in quote.inner_text()
    assert shadow(page, "img").count() == 0 and dialogs == []


@pytest.fixture(scope="module")
def pdf_server(tmp_path_factory, built_index, browser):
    """A server whose only document is the plan as Chromium prints it to PDF, uploaded through the API."""
    from conftest import PLAN
    from plan_files import print_pdf

    folder = tmp_path_factory.mktemp("pdf-widget")
    pdf = print_pdf(PLAN, folder / "most-110-plan.pdf")
    shutil.copytree(built_index.resolve(), folder / "index")
    with running_server(folder / "index", QA_ADMIN_TOKEN=TOKEN) as (base, _):
        headers = {"Authorization": f"Bearer {TOKEN}"}
        with pdf.open("rb") as handle:
            created = httpx.post(f"{base}/v1/documents?wait=true", files={"file": (pdf.name, handle, "application/pdf")},
                                 headers=headers, timeout=600)
        assert created.status_code == 201, created.text
        assert httpx.delete(f"{base}/v1/documents/most-110-policy-plan", headers=headers, timeout=600).status_code == 204
        yield base


def test_a_citation_from_a_pdf_shows_its_document_title_and_page(page, pdf_server):
    answer = first_answer(page, pdf_server, "中興園區籌設計畫屬於哪一類計畫？")
    assert answer.locator("[data-testid=qa-answer-text]").inner_text() == "公共建設"
    chip = answer.locator("[data-testid=qa-citation]").first
    assert re.search(r" · p\. \d+$", chip.inner_text())
    chip.click()
    source = answer.locator("[data-testid=qa-source]").first.inner_text()
    assert re.fullmatch(r"科技部 110 年度施政計畫，p\. \d+", source)


def test_thumbs_down_is_marked_and_sends_feedback_with_an_optional_comment(page, server):
    page.goto(server + "/")
    shadow(page, "[data-testid=qa-launcher]").click()
    shadow(page, "[data-testid=qa-starter]").first.click()
    shadow(page, "[data-testid=qa-answer]").first.wait_for(timeout=30_000)
    down = shadow(page, "[data-testid=qa-down]").first
    down.click()
    assert down.get_attribute("aria-pressed") == "true" and down.locator("svg").count() == 1
    assert shadow(page, "[data-testid=qa-up]").first.is_disabled()
    shadow(page, "[data-testid=qa-comment]").first.fill("引文不是我要的計畫")
    with page.expect_request(lambda r: r.url.endswith("/v1/feedback")) as request:
        shadow(page, "[data-testid=qa-comment-send]").first.click()
    assert json.loads(request.value.post_data) == {"question": "哪個計畫補助低軌衛星的發展？", "answer": BEYOND_5G,
                                                  "helpful": False, "comment": "引文不是我要的計畫"}
    shadow(page, ".status").first.wait_for()
    page.wait_for_function("() => document.querySelector('qa-chat').shadowRoot.querySelector('.status').textContent")
    assert shadow(page, ".status").first.inner_text() == "謝謝您的回饋"


def test_a_question_past_the_limit_is_counted_and_warned_about_never_cut(page, server):
    page.goto(server + "/")
    shadow(page, "[data-testid=qa-launcher]").click()
    long_question = "低軌衛星" * 150
    shadow(page, "[data-testid=qa-input]").fill(long_question)
    count = shadow(page, "[data-testid=qa-count]")
    assert "500" in count.inner_text() and "太長" in count.inner_text()
    assert shadow(page, "[data-testid=qa-send]").is_disabled()
    shadow(page, "[data-testid=qa-input]").press("Enter")
    assert shadow(page, "[data-testid=qa-input]").input_value() == long_question
    assert shadow(page, "[data-testid=qa-answer]").count() == 0
    shadow(page, "[data-testid=qa-input]").fill("低軌衛星")
    assert count.inner_text() == "4/500" and shadow(page, "[data-testid=qa-send]").is_enabled()


def test_reopening_the_panel_shows_the_latest_message(page, server):
    page.goto(server + "/")
    shadow(page, "[data-testid=qa-launcher]").click()
    for number, question in enumerate(("哪個計畫補助低軌衛星的發展？", "中興園區籌設計畫屬於哪一類？", "哪些計畫屬於公共建設類？")):
        ask(page, question)
        shadow(page, "[data-testid=qa-answer]").nth(number).wait_for(timeout=30_000)
    log = shadow(page, "[role=log]")
    log.evaluate("node => { node.scrollTop = 0; }")
    page.keyboard.press("Escape")
    shadow(page, "[data-testid=qa-launcher]").click()
    assert log.evaluate("node => node.scrollHeight - node.clientHeight - node.scrollTop") <= 2


def test_the_evaluation_report_shows_its_tables_chart_and_failures(page, qa_env, tmp_path):
    from typer.testing import CliRunner

    from qa.cli import app

    out = tmp_path / "ev"
    gold = Path(__file__).resolve().parent.parent / "eval" / "gold" / "most-110.jsonl"
    result = CliRunner().invoke(app, ["eval", "--gold", str(gold), "--split", "test", "--out", str(out), "--compare"])
    assert result.exit_code == 0, result.output
    page.goto((out / "report.html").as_uri())
    assert page.locator("[data-testid=metrics-mode] tr").count() == 4
    assert page.locator("[data-testid=metrics-language] tr").count() == 4
    assert page.locator("[data-testid=metrics-tag] tr").count() > 5
    chart = page.locator("[data-testid=recall-chart]")
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0")
    assert page.locator("[data-testid=failure]").count() > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)


def test_a_three_turn_conversation_follows_up_with_a_pronoun_and_an_ellipsis(page, server):
    answer = first_answer(page, server, "哪個計畫補助低軌衛星的發展？")
    assert answer.locator("[data-testid=qa-answer-text]").inner_text() == BEYOND_5G
    assert answer.locator("[data-testid=qa-interpreted]").count() == 0
    with page.expect_request(lambda request: request.url.endswith("/v1/ask")) as request:
        ask(page, "它屬於哪一類計畫？")
    sent = json.loads(request.value.post_data)["history"]
    assert [turn["question"] for turn in sent] == ["哪個計畫補助低軌衛星的發展？"]
    assert sent[0]["answer"] == BEYOND_5G and sent[0]["chunk_ids"]
    second = shadow(page, "[data-testid=qa-answer]").nth(1)
    second.wait_for(timeout=30_000)
    assert second.locator("[data-testid=qa-answer-text]").inner_text() == "科技發展"
    assert second.locator("[data-testid=qa-interpreted]").inner_text() == f"理解為：{BEYOND_5G}屬於哪一類計畫？"
    second.locator("[data-testid=qa-citation]").first.click()
    assert BEYOND_5G in second.locator("[data-testid=qa-quote]").first.inner_text()
    ask(page, "那執行單位呢？")
    third = shadow(page, "[data-testid=qa-answer]").nth(2)
    third.wait_for(timeout=30_000)
    assert third.locator("[data-testid=qa-answer-text]").inner_text() == "財團法人國家實驗研究院"
    assert third.locator("[data-testid=qa-interpreted]").inner_text() == f"理解為：{BEYOND_5G}由哪個執行單位負責？"
    page.reload()
    shadow(page, "[data-testid=qa-launcher]").click()
    assert shadow(page, "[data-testid=qa-interpreted]").count() == 2


def test_an_ambiguous_reference_offers_the_candidates_as_buttons_that_answer_when_chosen(page, server):
    first_answer(page, server, "國家實驗研究院負責哪些計畫？")
    ask(page, "它屬於哪一類？")
    reply = shadow(page, "[data-testid=qa-answer]").nth(1)
    reply.wait_for(timeout=30_000)
    choices = reply.locator("[data-testid=qa-choice]")
    assert choices.all_inner_texts() == ["基礎科學研究計畫－國家實驗研究院", "下世代太空科技發展延續推動計畫", BEYOND_5G]
    assert reply.locator("[data-testid=qa-citation]").count() == 0
    choices.nth(1).focus()
    page.keyboard.press("Enter")
    chosen = shadow(page, "[data-testid=qa-answer]").nth(2)
    chosen.wait_for(timeout=30_000)
    assert chosen.locator("[data-testid=qa-answer-text]").inner_text() == "科技發展"
    assert chosen.locator("[data-testid=qa-interpreted]").inner_text() == "理解為：下世代太空科技發展延續推動計畫屬於哪一類？"


def test_a_new_conversation_forgets_the_previous_turns(page, server):
    first_answer(page, server, "哪個計畫補助低軌衛星的發展？")
    shadow(page, "[data-testid=qa-new]").click()
    assert shadow(page, "[data-testid=qa-answer]").count() == 0
    assert shadow(page, "[data-testid=qa-starter]").count() == 3
    with page.expect_request(lambda request: request.url.endswith("/v1/ask")) as request:
        ask(page, "由哪個單位執行？")
    assert json.loads(request.value.post_data)["history"] == []
    shadow(page, "[data-testid=qa-answer]").first.wait_for(timeout=30_000)
    assert shadow(page, "[data-testid=qa-interpreted]").count() == 0


def test_the_open_widget_with_answers_has_no_accessibility_violations(page, server):
    from conftest import axe_violations

    first_answer(page, server, "國家實驗研究院負責哪些計畫？")
    ask(page, "它屬於哪一類？")
    shadow(page, "[data-testid=qa-choice]").first.wait_for(timeout=30_000)
    shadow(page, "[data-testid=qa-citation]").first.click()
    assert axe_violations(page) == []
