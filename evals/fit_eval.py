"""Run the team-written fit labelled set (``evals/datasets/fit/*.jsonl``) and measure agreement.

Each case: ``{"id", "workspace": "demo" | <name in evals/workspaces/>, "expected_tier", "why", "job": {...}}``.
``job`` is what ``draftroom triage`` reads (title, description, optional structured fields, nested client)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from service.core.config import DEMO_WORKSPACE, PACKAGE_DIR
from service.core.errors import InvalidInput
from service.core.stats import TIER_ORDER, confusion, quadratic_kappa
from service.core.workspace import Workspace, load_workspace

ROOT = PACKAGE_DIR.parent
DATASET_DIR = ROOT / "evals" / "datasets" / "fit"
WORKSPACES_DIR = ROOT / "evals" / "workspaces"


def workspace_for(name: str) -> Workspace:
    if name == "demo":
        return load_workspace(DEMO_WORKSPACE)
    path = WORKSPACES_DIR / f"{name}.yaml"
    if not path.is_file():
        raise InvalidInput(f"unknown eval workspace '{name}'", field="workspace", fix=f"add {path} or use 'demo'")
    return load_workspace(path)


def load_cases(paths: list[Path] | None = None) -> list[dict]:
    cases = []
    for path in paths or sorted(DATASET_DIR.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                if case.get("expected_tier") not in TIER_ORDER:
                    raise InvalidInput(f"{path.name}:{n} has no valid expected_tier", field="expected_tier")
                cases.append(case)
    return cases


@dataclass
class EvalResult:
    expected: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    workspaces: list[str] = field(default_factory=list)
    gateway_calls: int = 0

    def subset(self, workspace: str) -> "EvalResult":
        keep = [i for i, w in enumerate(self.workspaces) if w == workspace]
        return EvalResult([self.expected[i] for i in keep], [self.predicted[i] for i in keep], [self.ids[i] for i in keep],
                          [workspace] * len(keep))

    @property
    def accuracy(self) -> float:
        return sum(e == p for e, p in zip(self.expected, self.predicted)) / max(1, len(self.expected))

    @property
    def kappa(self) -> float:
        return quadratic_kappa(self.expected, self.predicted)

    @property
    def matrix(self) -> list[list[int]]:
        return confusion(self.expected, self.predicted)

    def misses(self) -> list[tuple[str, str, str]]:
        return [(i, e, p) for i, e, p in zip(self.ids, self.expected, self.predicted) if e != p]


def run_eval(cases: list[dict]) -> EvalResult:
    from service.workflows.triage import score_record

    spaces: dict[str, Workspace] = {}
    out = EvalResult()
    for case in cases:
        name = case.get("workspace") or "demo"
        ws = spaces.setdefault(name, workspace_for(name))
        _, a = score_record(case["job"], ws)
        out.expected.append(case["expected_tier"])
        out.predicted.append(a.tier)
        out.ids.append(case["id"])
        out.workspaces.append(name)
        out.gateway_calls += 0 if a.decided_by_rules else 1
    return out


# ------------------------------------------------------------------ held-out set (labelled by two people)
HELDOUT_DIR = ROOT / "evals" / "datasets" / "fit_heldout"
HELDOUT_WORKSPACES = WORKSPACES_DIR / "heldout"
JOBS = ROOT.parent / "shared" / "data" / "jobs.jsonl"


def half_of(pair_id: str) -> str:
    """'tuning' or 'test', fixed by a hash of the pair id (decided before any score was looked at)."""
    import hashlib

    return "tuning" if int(hashlib.sha256(pair_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def heldout_workspace(name: str) -> Workspace:
    if name == "demo":
        return load_workspace(DEMO_WORKSPACE)
    return load_workspace(HELDOUT_WORKSPACES / f"{name}.yaml")


def load_heldout(half: str) -> list[dict]:
    """Agreed pairs of one half: {pair_id, workspace, post_id, tier, reasons}. Posts are read at run time
    from ../shared/data/jobs.jsonl (never committed); an absent file gives an empty list."""
    if half not in ("tuning", "test"):
        raise InvalidInput(f"unknown half {half!r}", field="half", fix="use 'tuning' or 'test'")
    labels = {}
    for who in ("A", "B"):
        for line in (HELDOUT_DIR / f"labels_{who}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels.setdefault(row["pair_id"], {})[who] = row
    out = []
    for line in (HELDOUT_DIR / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        pair = json.loads(line)
        a, b = labels[pair["pair_id"]]["A"], labels[pair["pair_id"]]["B"]
        if a["tier"] == b["tier"] and half_of(pair["pair_id"]) == half:
            out.append({**pair, "tier": a["tier"], "reasons": [a["reason"], b["reason"]]})
    return out


def run_heldout(half: str) -> tuple[EvalResult, list[float]]:
    """Score the agreed pairs of one half; returns the result and the fit scores (for ROC AUC)."""
    from service.workflows.triage import score_record

    if not JOBS.exists():
        return EvalResult(), []
    wanted = load_heldout(half)
    ids = {p["post_id"] for p in wanted}
    posts = {}
    with JOBS.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in ids:
                posts[row["id"]] = row
    spaces: dict[str, Workspace] = {}
    out, scores = EvalResult(), []
    for p in wanted:
        ws = spaces.setdefault(p["workspace"], heldout_workspace(p["workspace"]))
        _, a = score_record(posts[p["post_id"]], ws)
        out.expected.append(p["tier"])
        out.predicted.append(a.tier)
        out.ids.append(p["pair_id"])
        out.workspaces.append(p["workspace"])
        out.gateway_calls += 0 if a.decided_by_rules else 1
        scores.append(a.score)
    return out, scores
