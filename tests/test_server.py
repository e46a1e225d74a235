"""The real server: `qa serve` on a loopback port, real HTTP, an upload while questions keep coming."""
from __future__ import annotations

import shutil
import threading
import time

import httpx
import pytest

from api.app import State
from qa.config import Settings
from qa.index_store import build_lock
from qa.serving import running_server

BEYOND_5G = "Beyond 5G 低軌衛星－通訊衛星發展"
TOKEN = "server-test-token"


@pytest.fixture
def private_index(tmp_path, built_index):
    index = tmp_path / "data" / "index"
    shutil.copytree(built_index.resolve(), index)
    return index


def test_qa_serve_answers_real_http_requests(private_index):
    with running_server(private_index) as (base, _):
        response = httpx.post(f"{base}/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}, timeout=30)
        assert response.status_code == 200 and response.json()["answer"] == BEYOND_5G
        assert response.headers["x-request-id"]
        assert httpx.get(f"{base}/healthz").json() == {"status": "ok"}
        assert "qa_requests_total" in httpx.get(f"{base}/metrics").text
        assert httpx.post(f"{base}/v1/ask", json={"question": ""}).status_code == 422


def test_upload_during_a_query_loop_fails_no_query_and_the_document_is_answerable_after(private_index):
    failures: list[str] = []
    answered = []
    stop = threading.Event()

    def ask_repeatedly(base: str) -> None:
        with httpx.Client(timeout=30) as client:
            for _ in range(300):
                if stop.is_set():
                    return
                response = client.post(f"{base}/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"})
                if response.status_code != 200 or response.json()["answer"] != BEYOND_5G:
                    failures.append(f"{response.status_code} {response.text[:100]}")
                answered.append(1)

    document = "國家太空中心 112 年度計畫\n\n壹、重點工作\n\n一、發展月球探測\n\n本中心推動月球表面採樣返回任務，研製月球車原型。\n"
    with running_server(private_index, QA_ADMIN_TOKEN=TOKEN) as (base, _):
        loop = threading.Thread(target=ask_repeatedly, args=(base,))
        loop.start()
        upload = httpx.post(f"{base}/v1/documents?wait=true", headers={"Authorization": f"Bearer {TOKEN}"},
                            files={"file": ("space-112.txt", document.encode("utf-8"), "text/plain")}, timeout=120)
        stop.set()
        loop.join(timeout=60)
        assert upload.status_code == 201, upload.text
        assert answered and failures == []
        answer = httpx.post(f"{base}/v1/ask", json={"question": "月球探測要研製什麼？"}, timeout=30).json()
        assert answer["answer"] == "月球車原型"


def test_what_an_interrupted_build_left_is_removed_once_the_writer_holding_the_lock_lets_go(private_index):
    """A killed server's build process holds the writer lock until it sees its parent gone: a server started in
    that moment removes the build's leftovers as soon as the lock is free, not at its next restart."""
    leftover = private_index.with_name(f"{private_index.name}.build-20260101T000000-deadbeef")
    leftover.mkdir()
    with build_lock(private_index):
        State(Settings(index_dir=private_index)).load()
        assert leftover.exists()  # a writer is at work: its build directory is not an orphan yet
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and leftover.exists():
        time.sleep(0.05)
    assert not leftover.exists()
