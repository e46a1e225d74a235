"""Shared fixtures: the real plan, parsed once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus import Chunk, Document, ingest_file
from qa.config import BUNDLED_CORPUS

PLAN = BUNDLED_CORPUS / "most-110-policy-plan.txt"
CHUNK_CHARS = 400


@pytest.fixture(scope="session")
def plan() -> tuple[Document, list[Chunk]]:
    return ingest_file(PLAN, CHUNK_CHARS)


@pytest.fixture(scope="session")
def plan_path() -> Path:
    return PLAN
