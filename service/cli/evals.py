"""``draftroom eval``: run a suite, price it (--dry-run), gate it on the baseline, compare runs, bless,
and read human-edit statistics from the review database. Logic lives in ``evals/``; this is the shell."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from service.cli.common import one_line_errors

eval_app = typer.Typer(help="Eval suites: run, compare with the baseline, bless.", no_args_is_help=True)


_one_line_errors = one_line_errors


@eval_app.command("run")
@_one_line_errors
def run(suite: str = typer.Argument(..., help="extraction | fit | proposals | checkins | all"),
        model: Optional[str] = typer.Option(None, "--model", help="litellm model string; default DRAFTROOM_MODEL (offline)."),
        dataset: Optional[Path] = typer.Option(None, "--dataset", help="A .jsonl file or folder; e.g. ../shared/data/jobs.jsonl."),
        repeat: int = typer.Option(1, "--repeat", help="Run every case K times (spread for non-deterministic models)."),
        no_cache: bool = typer.Option(False, "--no-cache", help="Do not reuse cached model responses."),
        dry_run: bool = typer.Option(False, "--dry-run", help="Count tokens and price the run; make no call."),
        baseline: bool = typer.Option(False, "--baseline", help="Gate on evals/baselines/SUITE.json; non-zero exit on regression."),
        templates: Optional[Path] = typer.Option(None, "--templates", help="Folder of template overrides to try (prompts/ stays as is)."),
        judge_model: Optional[str] = typer.Option(None, "--judge-model", help="proposals: LLM judge model (must differ from --model)."),
        judge_repeat: int = typer.Option(1, "--judge-repeat", help="Judge each draft K times."),
        limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N cases."),
        db: Optional[str] = typer.Option(None, "--db", help="Database for the eval ledger and cache (default .draftroom/evals.db)."),
        out: Optional[Path] = typer.Option(None, "--out", help="Folder for run folders (default runs/)."),
        quiet: bool = typer.Option(False, "--quiet", help="No progress bar.")) -> None:
    """Run a suite and write runs/<utc>_<gitsha>/ (results.jsonl, summary.json, report.md, report.html)."""
    from evals.gate import read_baseline, snapshot, verdict
    from evals.runner import RunOptions, run_suite
    from evals.suites import OFFLINE_SUITES
    from service.core.config import get_settings

    names = list(OFFLINE_SUITES) if suite == "all" else [suite]
    worst = 0
    for name in names:
        opts = RunOptions(suite=name, model=model or get_settings().model, dataset=dataset, repeat=repeat,
                          use_cache=not no_cache, templates_dir=templates, judge_model=judge_model,
                          judge_repeats=judge_repeat, limit=limit, db_url=db, out_root=out,
                          progress=not quiet and sys.stderr.isatty())
        if dry_run:
            from evals.dryrun import estimate

            print(estimate(opts).render())
            continue
        base = read_baseline(name) if baseline else None  # fail before spending anything
        result = run_suite(opts)
        _print_headline(result)
        if base is not None:
            v = verdict(base, snapshot(result.summary, result.results))
            print(v.render())
            worst = max(worst, v.exit_code)
    if worst:
        raise typer.Exit(worst)


def _print_headline(result) -> None:
    from evals.report import headline

    m = result.summary["metrics"]
    shown = dict(headline(result.summary))
    keys = ["cases", "errors", "case_pass_rate", "score_pass_rate", "cost_usd_per_case", "latency_ms_p50"]
    keys += [k for k in shown if "." in k][:10]
    print(f"{result.summary['suite']}: " + ", ".join(f"{k}={shown[k]}" for k in keys if k in shown))
    if m.get("errors"):
        print(f"  {m['errors']} case run(s) errored (counted apart, not scored); see report.md")
    if result.run_dir:
        print(f"  run folder: {result.run_dir}")


@eval_app.command("compare")
@_one_line_errors
def compare(a: Path = typer.Argument(..., help="Baseline: a run folder or a baseline .json"),
            b: Path = typer.Argument(..., help="Candidate: a run folder or a baseline .json"),
            margin: float = typer.Option(0.05, "--margin", help="Judge: a drop must exceed this and the baseline spread.")) -> None:
    """Compare two runs (A = reference, B = candidate); exit 1 on regression, 3 when incomparable."""
    from evals.gate import load_snapshot, verdict

    v = verdict(load_snapshot(a), load_snapshot(b), margin=margin)
    print(v.render())
    if v.exit_code:
        raise typer.Exit(v.exit_code)


@eval_app.command("bless")
@_one_line_errors
def bless(runs: list[Path] = typer.Argument(None, help="Run folders to bless (default: the latest run of each suite)."),
          out: Optional[Path] = typer.Option(None, "--out", help="Folder of runs to search (default runs/)."),
          baselines: Optional[Path] = typer.Option(None, "--baselines", help="Baseline folder (default evals/baselines/).")) -> None:
    """Make runs the new baselines (evals/baselines/SUITE.json); metric floors already there are kept."""
    from evals.gate import bless as do_bless
    from evals.runner import RUNS, load_run
    from evals.suites import SUITES
    from service.core.errors import InvalidInput

    if not runs:
        root = out or RUNS
        latest: dict[str, Path] = {}
        for folder in sorted(Path(root).glob("*/summary.json")):
            import json

            latest[json.loads(folder.read_text())["suite"]] = folder.parent
        if not latest:
            raise InvalidInput(f"no runs under {root}", field="RUN", fix="run 'draftroom eval run SUITE' first")
        runs = list(latest.values())
    for folder in runs:
        summary, results = load_run(folder)
        suite = SUITES.get(summary.get("suite"))
        path, warnings = do_bless(summary, results, baselines, suite.default_floors if suite else None,
                                  suite.default_ceilings if suite else None)
        print(f"blessed {folder} -> {path}")
        for w in warnings:
            print(f"  warning: {w}")


@eval_app.command("edits")
@_one_line_errors
def edits(since_days: Optional[int] = typer.Option(None, "--since-days", help="Only drafts created in the last N days."),
          out: Optional[Path] = typer.Option(None, "--out", help="Also write the report under this folder.")) -> None:
    """Human edits, rejections, time in review and cost per draft, from the review database."""
    import json
    from datetime import UTC, datetime, timedelta

    from evals.edits import collect, markdown, summarise
    from service.core.db import ensure_schema

    ensure_schema()
    since = datetime.now(UTC) - timedelta(days=since_days) if since_days else None
    s = summarise(collect(since))
    text = markdown(s)
    print(text)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        (out / "edits.md").write_text(text, encoding="utf-8")
        (out / "edits.json").write_text(json.dumps(s, indent=2, default=str), encoding="utf-8")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
