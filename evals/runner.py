"""Run a suite: cases through the real pipeline (offline engine or a model), scorers over the outputs,
ledger rows for cost and latency, then ``runs/<utc>_<gitsha>/`` with results.jsonl, summary.json,
report.md and report.html."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from evals.core import Case, CaseResult
from evals.datasets import dataset_hash, load_cases
from evals.environment import calls_since, eval_environment, last_call_id
from evals.fingerprint import REPO, fingerprint, git_sha
from evals.suites import SUITES, RunContext, common_metrics
from service.core.errors import DraftroomError, InvalidInput

RUNS = REPO / "runs"


@dataclass
class RunOptions:
    suite: str
    model: str = "offline"
    dataset: Path | None = None
    repeat: int = 1
    use_cache: bool = True
    templates_dir: Path | None = None
    judge_model: str | None = None
    judge_repeats: int = 1
    limit: int | None = None
    db_url: str | None = None
    out_root: Path | None = None
    progress: bool = True
    write: bool = True


@dataclass
class RunOutput:
    summary: dict
    results: list[CaseResult]
    cases: dict[str, Case] = field(default_factory=dict)
    run_dir: Path | None = None


def check_options(opts: RunOptions) -> None:
    if opts.suite not in SUITES:
        raise InvalidInput(f"unknown suite '{opts.suite}'", field="SUITE", fix="use one of: " + ", ".join(SUITES))
    if opts.repeat < 1:
        raise InvalidInput(f"--repeat must be at least 1, got {opts.repeat}", field="--repeat")
    if opts.judge_repeats < 1:
        raise InvalidInput(f"--judge-repeat must be at least 1, got {opts.judge_repeats}", field="--judge-repeat")
    if opts.judge_model and opts.suite != "proposals":
        raise InvalidInput("the judge grades proposals only", field="--judge-model", fix="use it with 'eval run proposals'")
    if opts.templates_dir is not None and not Path(opts.templates_dir).is_dir():
        raise InvalidInput(f"template folder not found: {opts.templates_dir}", field="--templates",
                           fix="give a folder holding the .j2 files that override prompts/")


def load(opts: RunOptions) -> tuple[list[Case], list[Path], str]:
    cases, files = load_cases(opts.suite, opts.dataset, opts.limit)
    if not cases:
        raise InvalidInput("the dataset has no cases", field="--dataset")
    ids = "\n".join(c.id for c in cases).encode()
    import hashlib

    return cases, files, hashlib.sha256(dataset_hash(files).encode() + ids).hexdigest()[:16]


def _display(p: Path) -> str:
    p = Path(p).resolve()
    return str(p.relative_to(REPO)) if p.is_relative_to(REPO) else str(p)


def _one(suite, case: Case, ctx: RunContext, repeat: int) -> CaseResult:
    res = CaseResult(case_id=case.id, tags=list(case.tags), repeat=repeat)
    marker = last_call_id()
    start = time.perf_counter()
    try:
        output = suite.run(case, ctx)
    except DraftroomError as exc:
        res.error = f"{exc.__class__.__name__}: {exc.one_line()}"
    except Exception as exc:  # an error is reported apart, never scored as zero
        res.error = f"{exc.__class__.__name__}: {' '.join(str(exc).split())[:300]}"
    else:
        try:
            res.scores = suite.score(case, output, ctx)
        except Exception as exc:
            res.error = f"scorer {exc.__class__.__name__}: {' '.join(str(exc).split())[:300]}"
        res.output = output
        res.model = output.get("model")
    wall = (time.perf_counter() - start) * 1000
    calls = calls_since(marker)
    res.calls = len(calls)
    res.cost_usd = sum(c.cost_usd or 0.0 for c in calls) + float(res.output.get("judge_cost_usd") or 0.0)
    res.input_tokens = sum(c.input_tokens or 0 for c in calls)
    res.output_tokens = sum(c.output_tokens or 0 for c in calls)
    res.latency_ms = round(sum(c.latency_ms or 0.0 for c in calls) if calls else wall, 3)
    res.output["wall_ms"] = round(wall, 3)
    res.output["resolved_models"] = sorted({c.model_resolved or c.model_requested for c in calls})
    return res


def _progress(enabled: bool, total: int, label: str):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    return Progress(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                    TextColumn("{task.fields[status]}"), disable=not enabled, transient=False)


def run_suite(opts: RunOptions, *, judge_gateway=None) -> RunOutput:
    check_options(opts)
    suite = SUITES[opts.suite]
    cases, files, dhash = load(opts)
    ctx = RunContext(model=opts.model, templates_dir=opts.templates_dir, judge_model=opts.judge_model,
                     judge_repeats=opts.judge_repeats, use_cache=opts.use_cache)
    if opts.judge_model:
        from evals.judge import check_judge_model

        check_judge_model(opts.judge_model, opts.model)
        if judge_gateway is None:
            from service.llm import Gateway

            judge_gateway = Gateway(model=opts.judge_model)
        ctx.judge_gateway = judge_gateway
    started = datetime.now(UTC)
    results: list[CaseResult] = []
    with eval_environment(model=opts.model, db_url=opts.db_url, use_cache=opts.use_cache):
        with _progress(opts.progress, len(cases) * opts.repeat, f"eval {opts.suite}") as bar:
            task = bar.add_task("run", total=len(cases) * opts.repeat, status="")
            for k in range(opts.repeat):
                for case in cases:
                    r = _one(suite, case, ctx, k)
                    results.append(r)
                    errors = sum(1 for x in results if not x.ok)
                    bar.update(task, advance=1, status=f"{case.id}" + (f" [red]{errors} error(s)" if errors else ""))
    by_id = {c.id: c for c in cases}
    metrics = common_metrics(results)
    metrics.update(suite.metrics(results, by_id))
    metrics["by_tag"] = _by_tag(results)
    resolved = [m for r in results for m in r.output.get("resolved_models", [])]
    summary = {"suite": opts.suite, "started_at": started.isoformat(), "finished_at": datetime.now(UTC).isoformat(),
               "fingerprint": fingerprint(dataset_hash=dhash, dataset_files=[_display(f) for f in files], model=opts.model,
                                          judge_model=opts.judge_model, override_dir=opts.templates_dir,
                                          resolved_models=resolved),
               "options": {"repeat": opts.repeat, "use_cache": opts.use_cache, "limit": opts.limit,
                           "judge_repeats": opts.judge_repeats},
               "metrics": metrics,
               "template_hashes_used": sorted({r.output.get("template_hash", "")[:16] for r in results if r.output.get("template_hash")}),
               "errors": [{"case_id": r.case_id, "repeat": r.repeat, "error": r.error} for r in results if not r.ok]}
    out = RunOutput(summary=summary, results=results, cases=by_id)
    if opts.write:
        out.run_dir = write_run(out, opts.out_root or RUNS, started)
    return out


def _by_tag(results: list[CaseResult]) -> dict:
    tags = sorted({t for r in results for t in r.tags})
    out = {}
    for t in tags:
        rs = [r for r in results if t in r.tags and r.ok]
        if rs:
            out[t] = {"n": len(rs), "case_pass_rate": sum(1 for r in rs if all(s.passed is not False for s in r.scores)) / len(rs)}
    return out


def new_run_dir(root: Path, started: datetime) -> Path:
    base = root / f"{started.strftime('%Y%m%dT%H%M%SZ')}_{git_sha()}"
    path, n = base, 1
    while path.exists():
        n += 1
        path = base.with_name(f"{base.name}-{n}")
    path.mkdir(parents=True)
    return path


def write_run(out: RunOutput, root: Path, started: datetime) -> Path:
    from evals.report import write_reports

    run_dir = new_run_dir(Path(root), started)
    with (run_dir / "results.jsonl").open("w", encoding="utf-8") as fh:
        for r in out.results:
            fh.write(json.dumps(r.as_dict(), ensure_ascii=False, default=str) + "\n")
    (run_dir / "summary.json").write_text(json.dumps(out.summary, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    write_reports(run_dir, out.summary, out.results)
    return run_dir


def load_run(path: Path) -> tuple[dict, list[CaseResult]]:
    """Read a run folder (or its summary.json) back."""
    path = Path(path)
    folder = path.parent if path.name == "summary.json" else path
    summary_file = folder / "summary.json"
    if not summary_file.is_file():
        raise InvalidInput(f"no summary.json in {folder}", field="RUN", fix="give a runs/<utc>_<sha>/ folder or a baseline file")
    summary = json.loads(summary_file.read_text(encoding="utf-8"))
    results = []
    rf = folder / "results.jsonl"
    if rf.is_file():
        results = [CaseResult.from_dict(json.loads(line)) for line in rf.read_text(encoding="utf-8").splitlines() if line.strip()]
    return summary, results
