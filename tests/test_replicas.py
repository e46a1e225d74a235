"""Replicas sharing documents, feedback and embeddings through a real PostgreSQL (Debian's package, started in a
temporary folder): two `qa serve` processes on loopback ports, each with its own in-memory index."""
from __future__ import annotations

import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from postgres import binaries, running_postgres
from qa.database import Database
from qa.serving import running_server

TOKEN = "replica-token"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
NOTE = "國家太空中心 112 年度計畫\n\n壹、重點工作\n\n一、發展月球探測\n\n本中心推動月球表面採樣返回任務，研製月球車原型。\n"
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def postgres(tmp_path_factory):
    if binaries() is None:
        pytest.skip("REPLICA TESTS SKIPPED: PostgreSQL is not installed (make test installs Debian's postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="qa-postgres-"))  # pytest's own folders are closed to the postgres user
    os.chmod(folder, 0o755)
    try:
        with running_postgres(folder / "cluster") as cluster:
            yield cluster
    finally:
        shutil.rmtree(folder, ignore_errors=True)


STARTUP_SECONDS = 600  # against a hung start, no benchmark: embedding the plan took 200 s on a busy 2-core CI


def replica(folder, cluster):
    """A replica; the first on an empty database embeds the whole bundled plan before it is ready."""
    return running_server(folder / "index", ready_seconds=STARTUP_SECONDS, QA_DATABASE_URL=cluster.url,
                          QA_ADMIN_TOKEN=TOKEN, QA_REPLICA_POLL_SECONDS="1", QA_ASK_RATE="100000/minute")


@pytest.fixture(scope="module")
def replicas(postgres, tmp_path_factory):
    """Replica A starts on the empty database (migrates, seeds the bundled plan, embeds it); B starts after it."""
    with replica(tmp_path_factory.mktemp("a"), postgres) as (a, process_a):
        embedded_by_a = count(postgres, "embeddings")
        with replica(tmp_path_factory.mktemp("b"), postgres) as (b, process_b):
            yield {"a": a, "b": b, "process_a": process_a, "embedded_by_a": embedded_by_a}


def count(cluster, table: str) -> int:
    with Database(cluster.url).transaction() as db:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def answered_from(base: str, question: str, doc_id: str) -> bool:
    answer = httpx.post(f"{base}/v1/ask", json={"question": question}, timeout=30).json()
    return any(citation["doc_id"] == doc_id for citation in answer.get("citations") or [])


def within(seconds: float, condition) -> float | None:
    """Seconds until `condition()` held, or None if it did not within `seconds`."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if condition():
            return time.monotonic() - started
        time.sleep(0.1)
    return None


def test_the_second_replica_embeds_nothing_the_first_already_embedded(replicas, postgres):
    assert replicas["embedded_by_a"] > 200
    assert count(postgres, "embeddings") == replicas["embedded_by_a"]
    for base in (replicas["a"], replicas["b"]):
        ready = httpx.get(f"{base}/readyz").json()
        assert ready["ready"] and ready["database"]["connected"] and ready["database"]["version"] >= 1
        assert ready["chunks"] == 66


def test_an_upload_on_one_replica_is_answered_by_the_other_within_5_seconds(replicas):
    created = httpx.post(f"{replicas['a']}/v1/documents?wait=true", files={"file": ("space-112.txt", NOTE.encode())},
                         headers=ADMIN, timeout=120)
    assert created.status_code == 201, created.text
    assert answered_from(replicas["a"], "月球探測要研製什麼？", "space-112")
    assert within(5, lambda: answered_from(replicas["b"], "月球探測要研製什麼？", "space-112")) is not None
    removed = httpx.delete(f"{replicas['b']}/v1/documents/space-112", headers=ADMIN, timeout=120)
    assert removed.status_code == 204
    assert within(5, lambda: "space-112" not in ids(replicas["a"])) is not None


def ids(base: str) -> list[str]:
    return [d["id"] for d in httpx.get(f"{base}/v1/documents", headers=ADMIN).json()]


def test_feedback_posted_to_either_replica_lands_in_one_table(replicas):
    assert httpx.post(f"{replicas['a']}/v1/feedback", json={"question": "from a", "helpful": False}).status_code == 201
    assert httpx.post(f"{replicas['b']}/v1/feedback", json={"question": "from b", "helpful": True}).status_code == 201
    for base in (replicas["a"], replicas["b"]):
        questions = {r["question"] for r in httpx.get(f"{base}/v1/feedback", headers=ADMIN).json()["records"]}
        assert {"from a", "from b"} <= questions


def test_two_uploads_at_once_on_two_replicas_are_both_kept_everywhere(replicas):
    import threading

    results = {}

    def upload(base: str, name: str) -> None:
        results[name] = httpx.post(f"{base}/v1/documents?wait=true", files={"file": (name, NOTE.encode())},
                                   headers=ADMIN, timeout=120).status_code

    threads = [threading.Thread(target=upload, args=(replicas["a"], "same-time-a.txt")),
               threading.Thread(target=upload, args=(replicas["b"], "same-time-b.txt"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == {"same-time-a.txt": 201, "same-time-b.txt": 201}
    for base in (replicas["a"], replicas["b"]):
        assert within(5, lambda: {"same-time-a", "same-time-b"} <= set(ids(base))) is not None


def test_replicas_keep_answering_while_the_database_restarts_and_recover_without_restarting(replicas, postgres):
    postgres.stop("immediate")
    try:
        for base in (replicas["a"], replicas["b"]):
            answer = httpx.post(f"{base}/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}, timeout=30).json()
            assert answer["answer"] == "Beyond 5G 低軌衛星－通訊衛星發展"
        refused = httpx.post(f"{replicas['a']}/v1/documents?wait=true", files={"file": ("down.txt", NOTE.encode())},
                             headers=ADMIN, timeout=120)
        assert refused.status_code == 503 and "database" in refused.json()["error"]
        assert within(10, lambda: not httpx.get(f"{replicas['b']}/readyz").json()["database"]["connected"]) is not None
    finally:
        postgres.start()
    for base in (replicas["a"], replicas["b"]):
        assert within(40, lambda: httpx.get(f"{base}/readyz").json()["database"]["connected"]) is not None
    created = httpx.post(f"{replicas['b']}/v1/documents?wait=true", files={"file": ("after.txt", NOTE.encode())},
                         headers=ADMIN, timeout=120)
    assert created.status_code == 201, created.text
    assert within(5, lambda: "after" in ids(replicas["a"])) is not None


def test_a_replica_killed_during_an_upload_leaves_the_document_everywhere_or_nowhere(replicas, postgres):
    big = (NOTE * 3 + "".join(f"\n二之{n}、第 {n} 項太空任務的細部工作說明與進度追蹤。\n" for n in range(200))).encode()
    accepted = httpx.post(f"{replicas['a']}/v1/documents", files={"file": ("killed.txt", big)}, headers=ADMIN,
                          timeout=60)
    assert accepted.status_code == 202
    assert within(30, lambda: httpx.get(f"{replicas['a']}/v1/jobs/{accepted.json()['id']}", headers=ADMIN)
                  .json()["state"] in ("embedding", "publishing", "done")) is not None
    acknowledged = sum(httpx.post(f"{replicas['a']}/v1/feedback", json={"question": f"before kill {n}",
                                                                         "helpful": False}).status_code == 201
                       for n in range(20))
    replicas["process_a"].send_signal(signal.SIGKILL)
    replicas["process_a"].wait(10)
    with Database(postgres.url).transaction() as db:
        kept = db.execute("SELECT count(*) FROM feedback WHERE question LIKE 'before kill %'").fetchone()[0]
    assert acknowledged == 20 and kept == acknowledged  # no acknowledged feedback row lost
    with Database(postgres.url).transaction() as db:
        stored = db.execute("SELECT count(*) FROM documents WHERE id = 'killed'").fetchone()[0]
    time.sleep(3)
    on_b = "killed" in ids(replicas["b"])
    assert on_b == bool(stored)
    answer = httpx.post(f"{replicas['b']}/v1/ask", json={"question": "哪個計畫補助低軌衛星的發展？"}, timeout=30).json()
    assert answer["answer"] == "Beyond 5G 低軌衛星－通訊衛星發展"


def fresh(base: str, method: str, path: str, **request) -> httpx.Response:
    """A request on a new connection, so the kernel may hand it to any worker process."""
    with httpx.Client(timeout=60) as client:
        return client.request(method, f"{base}{path}", **request)


@pytest.mark.parametrize("shared", ["index directory", "database"])
def test_workers_each_answer_and_any_of_them_reports_any_upload_job(shared, tmp_path, request):
    environment = {"QA_WORKERS": "2", "QA_ADMIN_TOKEN": TOKEN, "QA_ASK_RATE": "100000/minute",
                   "QA_REPLICA_POLL_SECONDS": "1"}
    index = tmp_path / "index"
    if shared == "database":
        environment["QA_DATABASE_URL"] = request.getfixturevalue("postgres").url
    else:
        shutil.copytree(request.getfixturevalue("built_index").resolve(), index)
    with running_server(index, ready_seconds=STARTUP_SECONDS, **environment) as (base, _):
        pids: set[int] = set()

        def two_workers_answered() -> bool:  # a worker still loading says so (503) and is asked again
            response = fresh(base, "GET", "/readyz")
            if response.status_code == 200:
                pids.add(response.json()["pid"])
            return len(pids) >= 2

        assert within(30, two_workers_answered) is not None
        accepted = fresh(base, "POST", "/v1/documents", files={"file": ("workers.txt", NOTE.encode())}, headers=ADMIN)
        assert accepted.status_code == 202, accepted.text
        job_id = accepted.json()["id"]

        def finished() -> bool:
            response = fresh(base, "GET", f"/v1/jobs/{job_id}", headers=ADMIN)
            assert response.status_code == 200, response.text  # whichever worker answers knows the job
            return response.json()["state"] == "done"

        assert within(120, finished) is not None
        assert within(10, lambda: all(
            any(c["doc_id"] == "workers" for c in fresh(base, "POST", "/v1/ask",
                                                         json={"question": "月球探測要研製什麼？"}).json()["citations"])
            for _ in range(8))) is not None
