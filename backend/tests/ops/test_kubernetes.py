"""k8s/ renders for each overlay and every document is valid for a pinned Kubernetes version
(the JSON schemas bundled by `kubernetes-validate`), and the manifests keep the rules a
deployment depends on: probes, limits, non-root read-only pods, secrets by reference only.

No kustomize binary is needed: `render` applies the subset of kustomize these files use
(resources, namespace, labels, images, replicas, strategic-merge patches), and a test keeps the
kustomization files inside that subset."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

K8S = Path(__file__).resolve().parents[3] / "k8s"
KUBERNETES_VERSION = "1.30.0"
OVERLAYS = ("staging", "production")
KNOWN_FIELDS = {
    "apiVersion",
    "kind",
    "resources",
    "namespace",
    "labels",
    "images",
    "replicas",
    "patches",
}
Doc = dict[str, Any]


def _merge(base: Any, patch: Any) -> Any:
    """Strategic merge as kustomize does it for these kinds: maps merge, lists of named maps
    (containers, env, ports, volumes) merge by name, other lists are replaced."""
    if isinstance(base, dict) and isinstance(patch, dict):
        out = dict(base)
        for key, value in patch.items():
            out[key] = _merge(base[key], value) if key in base else copy.deepcopy(value)
        return out
    if (
        isinstance(base, list)
        and isinstance(patch, list)
        and all(isinstance(i, dict) and "name" in i for i in base + patch)
    ):
        merged = {item["name"]: item for item in base}
        for item in patch:
            merged[item["name"]] = _merge(merged.get(item["name"], {}), item)
        return list(merged.values())
    return copy.deepcopy(patch)


def _load(path: Path) -> list[Doc]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def _pod_specs(doc: Doc) -> list[Doc]:
    if doc["kind"] in {"Deployment", "Job"}:
        return [doc["spec"]["template"]["spec"]]
    return []


def render(directory: Path) -> list[Doc]:
    kustomization = yaml.safe_load((directory / "kustomization.yaml").read_text())
    docs: list[Doc] = []
    for entry in kustomization.get("resources", []):
        target = (directory / entry).resolve()
        docs += render(target) if target.is_dir() else _load(target)
    for patch_entry in kustomization.get("patches", []):
        for patch in _load(directory / patch_entry["path"]):
            matches = [
                i
                for i, d in enumerate(docs)
                if d["kind"] == patch["kind"] and d["metadata"]["name"] == patch["metadata"]["name"]
            ]
            assert len(matches) == 1, f"patch {patch_entry['path']} matches {len(matches)}"
            docs[matches[0]] = _merge(docs[matches[0]], patch)
    for label in kustomization.get("labels", []):
        for doc in docs:
            doc["metadata"].setdefault("labels", {}).update(label["pairs"])
    namespace = kustomization.get("namespace")
    for doc in docs:
        if namespace:
            doc["metadata"]["namespace"] = namespace
    for replica in kustomization.get("replicas", []):
        for doc in docs:
            if doc["kind"] == "Deployment" and doc["metadata"]["name"] == replica["name"]:
                doc["spec"]["replicas"] = replica["count"]
    for image in kustomization.get("images", []):
        for doc in docs:
            for spec in _pod_specs(doc):
                for container in spec["containers"]:
                    if container["image"] == image["name"]:
                        container["image"] = f"{image['newName']}:{image['newTag']}"
    return docs


@pytest.fixture(scope="module", params=OVERLAYS)
def rendered(request: pytest.FixtureRequest) -> list[Doc]:
    return render(K8S / "overlays" / request.param)


def test_the_kustomizations_use_only_what_the_renderer_applies() -> None:
    for path in K8S.rglob("kustomization.yaml"):
        assert set(yaml.safe_load(path.read_text())) <= KNOWN_FIELDS, path


def test_every_document_is_valid_for_the_pinned_kubernetes(rendered: list[Doc]) -> None:
    for doc in rendered:
        try:
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as error:
            pytest.fail(f"{doc['kind']}/{doc['metadata']['name']}: {error.message}")


def test_an_overlay_has_every_part_of_the_deployment(rendered: list[Doc]) -> None:
    kinds = sorted({d["kind"] for d in rendered})
    assert kinds == sorted(
        {
            "ConfigMap",
            "Deployment",
            "HorizontalPodAutoscaler",
            "Ingress",
            "Job",
            "NetworkPolicy",
            "PodDisruptionBudget",
            "Service",
            "ServiceAccount",
        }
    )
    names = {(d["kind"], d["metadata"]["name"]) for d in rendered}
    assert {("Deployment", "switchboard-web"), ("Deployment", "switchboard-worker")} <= names
    namespaces = {d["metadata"]["namespace"] for d in rendered}
    assert len(namespaces) == 1


def test_pods_are_non_root_read_only_and_bounded(rendered: list[Doc]) -> None:
    for doc in rendered:
        for spec in _pod_specs(doc):
            assert spec["securityContext"]["runAsNonRoot"] is True
            assert spec["automountServiceAccountToken"] is False
            assert {"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}} in spec["volumes"]
            for container in spec["containers"]:
                context = container["securityContext"]
                assert context["readOnlyRootFilesystem"] is True
                assert context["allowPrivilegeEscalation"] is False
                assert context["capabilities"]["drop"] == ["ALL"]
                assert {"name": "tmp", "mountPath": "/tmp"} in container["volumeMounts"]
                assert {"cpu", "memory"} <= set(container["resources"]["requests"])
                assert {"cpu", "memory"} <= set(container["resources"]["limits"])
                assert container["image"].startswith("ghcr.io/switchboard/switchboard:")


def test_secrets_are_referenced_never_written(rendered: list[Doc]) -> None:
    assert not [d for d in rendered if d["kind"] == "Secret"]
    sensitive = ("DATABASE_URL", "ADMIN_API_KEY", "SECRET_KEY", "TWILIO_AUTH_TOKEN")
    config = next(d for d in rendered if d["kind"] == "ConfigMap")["data"]
    assert not set(sensitive) & set(config)
    for doc in rendered:
        for spec in _pod_specs(doc):
            for container in spec["containers"]:
                env = {e["name"]: e for e in container["env"]}
                for name in sensitive:
                    assert "value" not in env[name]
                    assert env[name]["valueFrom"]["secretKeyRef"]["name"] == "switchboard"


def test_web_is_probed_scaled_and_served_over_tls(rendered: list[Doc]) -> None:
    by = {(d["kind"], d["metadata"]["name"]): d for d in rendered}
    web = by[("Deployment", "switchboard-web")]["spec"]["template"]["spec"]["containers"][0]
    assert web["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert web["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert web["command"] == ["switchboard", "run", "--no-migrate"]
    worker = by[("Deployment", "switchboard-worker")]["spec"]["template"]["spec"]["containers"][0]
    assert worker["command"] == ["switchboard", "worker"]
    job = by[("Job", "switchboard-migrate")]["spec"]["template"]["spec"]["containers"][0]
    assert job["command"] == ["switchboard", "db", "upgrade"]
    ingress = by[("Ingress", "switchboard")]["spec"]
    host = ingress["rules"][0]["host"]
    assert ingress["tls"][0]["hosts"] == [host]
    assert by[("ConfigMap", "switchboard")]["data"]["PUBLIC_BASE_URL"] == f"https://{host}"
    assert by[("HorizontalPodAutoscaler", "switchboard-web")]["spec"]["scaleTargetRef"]["name"] == (
        "switchboard-web"
    )
    policies = [d for d in rendered if d["kind"] == "NetworkPolicy"]
    assert any(p["spec"]["policyTypes"] == ["Ingress", "Egress"] for p in policies)


def test_overlays_differ_where_they_should() -> None:
    staging, production = (render(K8S / "overlays" / name) for name in OVERLAYS)

    def host(docs: list[Doc]) -> str:
        return str(next(d for d in docs if d["kind"] == "Ingress")["spec"]["rules"][0]["host"])

    assert host(staging) != host(production)
    replicas = {
        d["metadata"]["name"]: d["spec"]["replicas"]
        for d in production
        if d["kind"] == "Deployment"
    }
    assert replicas["switchboard-web"] >= 2


def test_the_pods_environment_passes_the_production_start_check(rendered: list[Doc]) -> None:
    """Boot what the manifests configure: the ConfigMap's settings plus a strong value for
    every Secret reference must satisfy ENVIRONMENT=prod's checks."""
    from switchboard.core.config import Settings

    config = next(d for d in rendered if d["kind"] == "ConfigMap")["data"]
    web = next(d for d in rendered if d["kind"] == "Deployment" and "web" in d["metadata"]["name"])
    env: dict[str, str] = dict(config)
    for container in web["spec"]["template"]["spec"]["containers"]:
        for item in container.get("env", []):
            if "secretKeyRef" in item.get("valueFrom", {}):
                env[item["name"]] = "AC" + "0123456789abcdef" * 2
    env["DATABASE_URL"] = "postgresql+asyncpg://switchboard@db/switchboard"
    settings = Settings(_env_file=None, **{k.lower(): v for k, v in env.items()})  # type: ignore[call-arg]
    settings.check_production()
