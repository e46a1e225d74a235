"""The deployment examples in docs/deploy/ are valid YAML and wire every replica to the database and /readyz."""
from __future__ import annotations

from pathlib import Path

import yaml

DEPLOY = Path(__file__).resolve().parent.parent / "docs" / "deploy"


def test_the_compose_example_runs_replicas_on_the_database_behind_a_balancer():
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    replicas = {name: service for name, service in compose["services"].items() if name.startswith("qa-")}
    assert len(replicas) >= 2
    for service in replicas.values():
        assert service["environment"]["QA_DATABASE_URL"].startswith("postgresql://")
        assert service["command"][:2] == ["qa", "serve"] and "--workers" in service["command"]
        assert "/readyz" in " ".join(service["healthcheck"]["test"])
    assert len({tuple(service["volumes"]) for service in replicas.values()}) == len(replicas)  # an index each
    assert "postgres" in compose["services"] and "balancer" in compose["services"]
    upstream = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    assert all(f"server {name}:8000" in upstream for name in replicas)


def test_the_kubernetes_example_probes_readiness_and_reads_the_database_url_from_a_secret():
    documents = list(yaml.safe_load_all((DEPLOY / "kubernetes.yaml").read_text(encoding="utf-8")))
    kinds = {document["kind"]: document for document in documents}
    assert set(kinds) == {"Secret", "Deployment", "Service"}
    container = kinds["Deployment"]["spec"]["template"]["spec"]["containers"][0]
    env = {item["name"]: item for item in container["env"]}
    assert env["QA_DATABASE_URL"]["valueFrom"]["secretKeyRef"]["name"] == kinds["Secret"]["metadata"]["name"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert kinds["Deployment"]["spec"]["replicas"] >= 2
    assert kinds["Service"]["spec"]["selector"] == kinds["Deployment"]["spec"]["selector"]["matchLabels"]
