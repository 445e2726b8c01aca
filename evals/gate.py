"""Baselines and the regression gate.

A *snapshot* is what the gate compares: fingerprint, flat numeric metrics, judge pass rates with their
spread over repeats, and per case the pass/fail of every deterministic score. A blessed baseline
(``evals/baselines/<suite>.json``) is a snapshot plus metric floors.

``verdict(baseline, current)`` decides, and both the printed text and the exit code come from it:

* different suite or dataset hash -> ``incomparable`` (exit 3);
* deterministic: a score that passed in the baseline and fails now, on a ``critical`` case or for a
  critical score (contact details, invented claims, a part missing, the opposite fit tier ...); a case
  that errors now and did not before; a metric under its floor or over its ceiling -> ``regression`` (exit 1);
* judge: a criterion's pass rate dropping by more than the margin AND more than the baseline's spread
  over repeats -> ``regression``;
* otherwise ``pass`` (exit 0), with non-critical changes and improvements listed as notes."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from evals.core import CaseResult
from service.core.errors import InvalidInput
from service.core.stats import mean, stdev

BASELINES = Path(__file__).resolve().parent / "baselines"
JUDGE_MARGIN = 0.05
EXIT = {"pass": 0, "regression": 1, "incomparable": 3}


@dataclass
class Verdict:
    status: str
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    suite: str = ""

    @property
    def exit_code(self) -> int:
        return EXIT[self.status]

    def render(self) -> str:
        head = {"pass": "PASS: no regression against the baseline",
                "regression": f"REGRESSION: {len(self.reasons)} problem(s) against the baseline",
                "incomparable": "INCOMPARABLE: these runs cannot be compared"}[self.status]
        lines = [f"[{self.suite}] {head}" if self.suite else head]
        lines += [f"  - {r}" for r in self.reasons]
        if self.notes:
            lines.append("  notes:")
            lines += [f"    {n}" for n in self.notes[:30]]
            if len(self.notes) > 30:
                lines.append(f"    ... and {len(self.notes) - 30} more")
        return "\n".join(lines)


def _flat_metrics(metrics: dict) -> dict[str, float]:
    return {k: float(v) for k, v in metrics.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}


def snapshot(summary: dict, results: list[CaseResult]) -> dict:
    """The comparable essence of a run (also the body of a baseline file)."""
    cases: dict[str, dict] = {}
    for r in results:
        c = cases.setdefault(r.case_id, {"tags": r.tags, "errors": 0, "runs": 0, "scores": {}})
        c["runs"] += 1
        if not r.ok:
            c["errors"] += 1
            c["error"] = r.error
            continue
        for s in r.scores:
            if s.passed is None or s.name.startswith("judge:"):
                continue
            d = c["scores"].setdefault(s.name, {"passes": 0, "n": 0, "critical": s.critical, "reason": ""})
            d["n"] += 1
            d["passes"] += 1 if s.passed else 0
            if not s.passed:
                d["reason"] = s.reason[:200]
    for c in cases.values():
        for d in c["scores"].values():
            d["passed"] = d["passes"] == d["n"]  # passed = passed in every repeat
    judge: dict[str, dict] = {}
    repeats = sorted({r.repeat for r in results})
    crits = sorted({s.name for r in results if r.ok for s in r.scores if s.name.startswith("judge:") and s.value is not None})
    for name in crits:
        per_repeat = [mean([s.value for r in results if r.ok and r.repeat == k for s in r.scores
                            if s.name == name and s.value is not None]) for k in repeats]
        per_repeat = [v for v in per_repeat if v is not None]
        judge[name] = {"mean": mean(per_repeat), "spread": stdev(per_repeat), "repeats": len(per_repeat)}
    return {"suite": summary.get("suite"), "fingerprint": summary.get("fingerprint", {}),
            "metrics": _flat_metrics(summary.get("metrics", {})), "judge": judge, "cases": cases}


def verdict(baseline: dict, current: dict, *, margin: float = JUDGE_MARGIN) -> Verdict:
    suite = current.get("suite") or ""
    v = Verdict("pass", suite=suite)
    if baseline.get("suite") != current.get("suite"):
        return Verdict("incomparable", [f"different suites: {baseline.get('suite')} vs {current.get('suite')}"], suite=suite)
    bh, ch = baseline.get("fingerprint", {}).get("dataset_hash"), current.get("fingerprint", {}).get("dataset_hash")
    if not bh or bh != ch:
        return Verdict("incomparable", [f"different datasets (hash {bh} vs {ch}): scores on different cases say nothing "
                                        "about a regression; re-run on the same dataset, or bless a new baseline "
                                        "('draftroom eval bless') if the dataset change is intended"], suite=suite)
    for cid, bcase in sorted(baseline.get("cases", {}).items()):
        ccase = current.get("cases", {}).get(cid)
        if ccase is None:
            continue  # same dataset hash means same ids; defensive only
        critical_case = "critical" in (bcase.get("tags") or [])
        if ccase.get("errors") and not bcase.get("errors"):
            v.reasons.append(f"case {cid} now errors (was scored before): {ccase.get('error')}")
            continue
        for name, b in sorted(bcase.get("scores", {}).items()):
            c = ccase.get("scores", {}).get(name)
            if c is None:
                v.notes.append(f"case {cid}: score {name} no longer produced")
                continue
            if b["passed"] and not c["passed"]:
                line = f"case {cid}: {name} passed in the baseline, now fails: {c.get('reason') or 'no reason given'}"
                if critical_case or b.get("critical") or c.get("critical"):
                    v.reasons.append(line + (" [critical case]" if critical_case else " [critical check]"))
                else:
                    v.notes.append("changed: " + line)
            elif not b["passed"] and c["passed"]:
                v.notes.append(f"improved: case {cid}: {name} now passes")
    for metric, floor in sorted((baseline.get("floors") or {}).items()):
        value = current.get("metrics", {}).get(metric)
        if value is None:
            v.reasons.append(f"metric {metric} is missing from this run (its floor is {floor:g})")
        elif value < floor - 1e-9:
            v.reasons.append(f"metric {metric} = {value:.3f} is under its floor {floor:.3f}")
    for metric, ceiling in sorted((baseline.get("ceilings") or {}).items()):
        value = current.get("metrics", {}).get(metric)
        if value is not None and value > ceiling + 1e-9:
            v.reasons.append(f"metric {metric} = {value:.3f} is over its ceiling {ceiling:.3f}")
    for name, b in sorted((baseline.get("judge") or {}).items()):
        c = (current.get("judge") or {}).get(name)
        if not c or b.get("mean") is None or c.get("mean") is None:
            continue
        drop = b["mean"] - c["mean"]
        band = b.get("spread") or 0.0
        if drop > margin and drop > band:
            v.reasons.append(f"{name} pass rate fell {b['mean']:.2f} -> {c['mean']:.2f} (drop {drop:.2f} exceeds the "
                             f"margin {margin:.2f} and the baseline spread {band:.2f})")
        elif drop > 0:
            v.notes.append(f"{name} {b['mean']:.2f} -> {c['mean']:.2f} (within margin {margin:.2f} / spread {band:.2f})")
    for metric, b in sorted(baseline.get("metrics", {}).items()):
        c = current.get("metrics", {}).get(metric)
        if c is not None and abs(c - b) > 1e-9 and not metric.startswith(("latency", "cost")):
            v.notes.append(f"metric {metric}: {b:.4g} -> {c:.4g}")
    if v.reasons:
        v.status = "regression"
    return v


# ------------------------------------------------------------------ files
def baseline_path(suite: str, folder: Path | None = None) -> Path:
    return Path(folder or BASELINES) / f"{suite}.json"


def read_baseline(suite: str, folder: Path | None = None) -> dict:
    path = baseline_path(suite, folder)
    if not path.is_file():
        raise InvalidInput(f"no baseline for suite '{suite}' at {path}", field="--baseline",
                           fix=f"run 'draftroom eval run {suite}' and then 'draftroom eval bless'")
    return json.loads(path.read_text(encoding="utf-8"))


def check_blessable(summary: dict) -> None:
    fp = summary.get("fingerprint", {})
    files = fp.get("dataset_files") or []
    if not files or not all(str(f).startswith("evals/datasets/") for f in files):
        raise InvalidInput("only runs over the committed datasets (evals/datasets/) can become baselines",
                           field="RUN", fix="re-run without --dataset")
    if fp.get("template_override_dir"):
        raise InvalidInput("this run used a template override folder (--templates); baselines describe the committed "
                           "templates", field="RUN", fix="move the templates into prompts/ and re-run, then bless")
    if (summary.get("options") or {}).get("limit"):
        raise InvalidInput("this run used --limit; a baseline must cover the whole dataset", field="RUN")


def bless(summary: dict, results: list[CaseResult], folder: Path | None = None,
          default_floors: dict[str, float] | None = None,
          default_ceilings: dict[str, float] | None = None) -> tuple[Path, list[str]]:
    """Write the run as the suite's baseline; floors and ceilings already in the old file are kept.
    Returns warnings."""
    check_blessable(summary)
    snap = snapshot(summary, results)
    path = baseline_path(snap["suite"], folder)
    old = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    floors = dict(default_floors or {})
    floors.update(old.get("floors") or {})
    ceilings = dict(default_ceilings or {})
    ceilings.update(old.get("ceilings") or {})
    warnings = [f"{m} = {snap['metrics'].get(m)} is under its floor {f}" for m, f in floors.items()
                if snap["metrics"].get(m) is not None and snap["metrics"][m] < f]
    warnings += [f"{m} = {snap['metrics'].get(m)} is over its ceiling {c}" for m, c in ceilings.items()
                 if snap["metrics"].get(m) is not None and snap["metrics"][m] > c]
    errors = sum(c.get("errors", 0) for c in snap["cases"].values())
    if errors:
        warnings.append(f"{errors} errored case run(s) are blessed as errors")
    body = {"suite": snap["suite"], "blessed_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "floors": floors, "ceilings": ceilings, **{k: snap[k] for k in ("fingerprint", "metrics", "judge", "cases")}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    return path, warnings


def load_snapshot(path: Path) -> dict:
    """A run folder, its summary.json, or a baseline file -> snapshot."""
    path = Path(path)
    if path.is_file() and path.name != "summary.json":
        data = json.loads(path.read_text(encoding="utf-8"))
        if "cases" in data and "metrics" in data:
            return data
        raise InvalidInput(f"{path} is neither a run folder nor a baseline file", field="RUN")
    from evals.runner import load_run

    summary, results = load_run(path)
    return snapshot(summary, results)
