"""Property-based check against the app's own OpenAPI schema: no generated request ever gets a 500."""
from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from api.app import create_app
from qa.config import Settings

APP = create_app(Settings(index_dir=Path("/nonexistent-index")))
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def loaded(built_index):
    """Point the app at the real index before the generated requests run (the schema is read at import)."""
    state = APP.state.qa
    state.settings = Settings(index_dir=built_index)
    state.load()
    assert state.pipeline is not None


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_request_generated_from_the_schema_gets_a_server_error(case):
    case.call_and_validate(checks=[not_a_server_error])
