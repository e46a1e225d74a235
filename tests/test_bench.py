"""`qa bench --quick` runs end to end and reports every figure the targets are checked against (not their values)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from qa.cli import app

REQUIRED = ("embed_query_p50_ms", "ask_p50_ms", "ask_p99_ms", "search_hybrid_p50_ms", "http_c8_rps", "http_c8_p99_ms",
            "http_errors", "index_cold_ms_per_passage", "index_unchanged_s", "peak_rss_mib", "ask_follow_up_p50_ms",
            "zipf_c8_rps_cached", "zipf_c8_rps_uncached", "zipf_cache_speedup", "zipf_cache_hit_rate",
            "http_c8_rps_workers_2", "workers_2_over_1")


@pytest.mark.slow
def test_quick_bench_writes_json_with_every_required_figure(qa_env, tmp_path):
    out = tmp_path / "bench.json"
    result = CliRunner().invoke(app, ["bench", "--quick", "--json", str(out)])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    for key in REQUIRED:
        assert isinstance(figures[key], (int, float)) and figures[key] >= 0, key
    assert figures["http_errors"] == 0
    assert {"flat", "hnsw"} <= set(figures["scale"][0]) and 0 <= figures["scale"][0]["hnsw"]["recall_at_10"] <= 1
    assert figures["bm25"][0]["passages"] > 0 and figures["machine"]["cpus"] >= 1
    assert set(figures["http"]) >= {"c1", "c8", "c32", "zipf_c8_cached", "zipf_c8_uncached", "c8_workers_2"}
    assert 0 < figures["zipf_cache_hit_rate"] <= 1
    assert "ask_p50_ms" in result.stdout
