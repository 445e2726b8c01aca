"""The suites: how each one turns a case into an output (through the real pipeline and gateway), which
scorers judge it, and which suite-level metrics it reports. ``SUITES`` is the registry the runner uses."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from evals.core import Case, CaseResult, ScoreResult
from evals.datasets import workspace_path
from evals.scorers.checkins import score_checkin
from evals.scorers.extraction import outcome_of, score_extraction
from evals.scorers.fit import fit_metrics, score_fit
from evals.scorers.proposals import score_proposal
from service.core.stats import mean, stdev


@dataclass
class RunContext:
    model: str = "offline"
    templates_dir: Path | None = None       # a folder of template overrides applied to every workspace
    judge_model: str | None = None
    judge_repeats: int = 1
    judge_gateway: Any = None               # tests inject a stub; else a Gateway for judge_model
    use_cache: bool | None = None
    _workspaces: dict = field(default_factory=dict)

    def workspace(self, name: str | None):
        key = name or "demo"
        if key not in self._workspaces:
            from service.core.workspace import load_workspace

            ws = load_workspace(workspace_path(key))
            if self.templates_dir is not None:
                ws = ws.model_copy(update={"templates_dir": str(Path(self.templates_dir).resolve())})
            self._workspaces[key] = ws
        return self._workspaces[key]


def _record(case: Case):
    return case.input.get("job") if "job" in case.input else case.input.get("text")


def run_extraction(case: Case, ctx: RunContext) -> dict:
    from service.workflows.triage import brief_from_record

    brief = brief_from_record(_record(case))
    return {"brief": brief.model_dump(mode="json"), "model": brief.model}


def run_fit(case: Case, ctx: RunContext) -> dict:
    from service.workflows.triage import score_record

    _, fit = score_record(_record(case), ctx.workspace(case.workspace))
    return {"tier": fit.tier, "score": round(fit.score, 2), "service_line": fit.service_line, "model": fit.model,
            "disqualifiers": [d.model_dump() for d in fit.disqualifiers], "tier_reason": fit.tier_reason}


def run_proposal(case: Case, ctx: RunContext) -> dict:
    from service.drafting.proposal import draft_proposal
    from service.workflows.triage import score_record

    ws = ctx.workspace(case.workspace)
    brief, fit = score_record(_record(case), ws)
    out = draft_proposal(brief, fit, ws, service_line=case.input.get("service_line"))
    return {"text": out.text, "parts": out.parts, "lint": out.lint.model_dump(mode="json"), "model": out.model,
            "template_id": out.template_id, "template_hash": out.template_hash, "tier": fit.tier,
            "service_line": out.service_line, "revised": out.revised}


def run_checkin(case: Case, ctx: RunContext) -> dict:
    from service.drafting.contract_messages import draft_contract_message

    ws = ctx.workspace(case.workspace)
    out = draft_contract_message(case.input.get("kind") or "checkin", case.input["contract"], case.input["entries"], ws)
    return {"text": out.text, "parts": out.parts, "lint": out.lint.model_dump(mode="json"), "model": out.model,
            "template_id": out.template_id, "template_hash": out.template_hash}


def proposal_scores(case: Case, output: dict, ctx: RunContext) -> list[ScoreResult]:
    results = score_proposal(case, output)
    if ctx.judge_model:
        from evals.judge import run_judge

        ws = ctx.workspace(case.workspace)
        facts = ws.profile.model_dump_json() + "\n" + "\n".join(p.model_dump_json() for p in ws.proof)
        judged, calls = run_judge(case, output, facts, gateway=ctx.judge_gateway, repeats=ctx.judge_repeats,
                                  use_cache=ctx.use_cache)
        output["judge_cost_usd"] = sum(getattr(c, "cost_usd", 0.0) or 0.0 for c in calls)
        results += judged
    return results


# ------------------------------------------------------------------ suite-level metrics
def _ok(results: list[CaseResult]) -> list[CaseResult]:
    return [r for r in results if r.ok]


def common_metrics(results: list[CaseResult]) -> dict:
    ok = _ok(results)
    per_case = {}
    for r in ok:
        per_case.setdefault(r.case_id, []).append(r)
    m: dict[str, Any] = {"cases": len({r.case_id for r in results}), "runs": len(results),
                         "errors": sum(1 for r in results if not r.ok)}
    scored = [s for r in ok for s in r.scores if s.passed is not None]
    m["score_pass_rate"] = mean([1.0 if s.passed else 0.0 for s in scored])
    m["case_pass_rate"] = mean([1.0 if all(s.passed is not False for s in r.scores) else 0.0 for r in ok])
    names = sorted({s.name for s in scored})
    m["by_score"] = {}
    for name in names:
        vals = [s for r in ok for s in r.scores if s.name == name and s.passed is not None]
        m["by_score"][name] = {"n": len(vals), "pass_rate": mean([1.0 if s.passed else 0.0 for s in vals]),
                               "mean": mean([s.value for s in vals if s.value is not None])}
    m["cost_usd_total"] = sum(r.cost_usd for r in results)
    m["cost_usd_per_case"] = mean([r.cost_usd for r in ok])
    lat = sorted(r.latency_ms for r in ok)
    if lat:
        from service.core.stats import percentile

        m["latency_ms_p50"] = percentile(lat, 0.5)
        m["latency_ms_p95"] = percentile(lat, 0.95)
    m["tokens_in"] = sum(r.input_tokens for r in results)
    m["tokens_out"] = sum(r.output_tokens for r in results)
    return m


def extraction_metrics(results: list[CaseResult]) -> dict:
    fields = [s for r in _ok(results) for s in r.scores if s.name.startswith("field:")]
    if not fields:
        return {}
    outcomes = [outcome_of(s) for s in fields]
    n = len(fields)
    out = {"extraction.field_accuracy": outcomes.count("correct") / n,
           "extraction.hallucinated_rate": outcomes.count("hallucinated") / n,
           "extraction.missed_rate": outcomes.count("missed") / n,
           "extraction.wrong_rate": outcomes.count("wrong") / n, "extraction.labelled_fields": n}
    schema = [s.passed for r in _ok(results) for s in r.scores if s.name == "schema_valid"]
    out["extraction.schema_valid_rate"] = mean([1.0 if p else 0.0 for p in schema])
    return out


def fit_suite_metrics(results: list[CaseResult], cases: dict[str, Case]) -> dict:
    pairs = [(cases[r.case_id].expected["tier"], r.output.get("tier")) for r in _ok(results)
             if cases[r.case_id].expected.get("tier") and r.output.get("tier")]
    out = fit_metrics(pairs)
    tiers = [r.output.get("tier") for r in _ok(results)]
    out["fit.tier_share"] = {t: tiers.count(t) / len(tiers) for t in ("strong", "possible", "poor")} if tiers else {}
    return out


def judge_metrics(results: list[CaseResult], cases: dict[str, Case]) -> dict:
    from evals.judge import agreement

    by_crit: dict[str, list[float]] = {}
    pairs: dict[str, list[tuple[bool, bool]]] = {}
    for r in _ok(results):
        grades = cases[r.case_id].expected.get("human_grades") or {}
        for s in r.scores:
            if s.name.startswith("judge:") and s.value is not None:
                cid = s.name.split(":", 1)[1]
                by_crit.setdefault(cid, []).append(s.value)
                if cid in grades:
                    pairs.setdefault(cid, []).append((bool(s.passed), bool(grades[cid])))
    if not by_crit:
        return {}
    out = {f"judge.{c}": mean(v) for c, v in by_crit.items()}
    out.update({f"judge.{c}.spread": stdev(v) for c, v in by_crit.items()})
    out["judge.agreement"] = {c: agreement(p) for c, p in pairs.items()}
    return out


@dataclass(frozen=True)
class Suite:
    name: str
    run: Callable[[Case, RunContext], dict]
    score: Callable[[Case, dict, RunContext], list[ScoreResult]]
    metrics: Callable[[list[CaseResult], dict[str, Case]], dict]
    calls_model: bool = True
    # metric floors used when a baseline is first blessed (the blessed file can tighten them)
    default_floors: dict[str, float] = field(default_factory=dict)
    default_ceilings: dict[str, float] = field(default_factory=dict)  # rates where lower is better


SUITES: dict[str, Suite] = {
    "extraction": Suite("extraction", run_extraction, lambda c, o, _ctx: score_extraction(c, o),
                        lambda rs, cs: extraction_metrics(rs),
                        default_floors={"extraction.schema_valid_rate": 1.0, "extraction.field_accuracy": 0.95},
                        default_ceilings={"extraction.hallucinated_rate": 0.02, "extraction.missed_rate": 0.05}),
    "fit": Suite("fit", run_fit, lambda c, o, _ctx: score_fit(c, o), fit_suite_metrics,
                 default_floors={"fit.accuracy": 0.7, "fit.qwk": 0.6}),
    "proposals": Suite("proposals", run_proposal, proposal_scores,
                       lambda rs, cs: judge_metrics(rs, cs), default_floors={"case_pass_rate": 0.8}),
    "checkins": Suite("checkins", run_checkin, lambda c, o, _ctx: score_checkin(c, o), lambda rs, cs: {},
                      default_floors={"case_pass_rate": 0.8}),
}
OFFLINE_SUITES = ("extraction", "fit", "proposals", "checkins")
