"""Fit commands: ``score``, ``triage`` and the ``icp`` group (``icp review``, ``icp feedback-export``)."""
from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path
from typing import Optional

import typer

from service.cli.common import one_line_errors, print_json, read_input
from service.core.errors import DraftroomError, InvalidInput

icp_app = typer.Typer(help="Look back at the ICP: outcomes by tier and criterion, feedback export.", no_args_is_help=True)

_WS_OPT = typer.Option(None, "--workspace", "-w", help="Workspace YAML (default: DRAFTROOM_WORKSPACE or the demo).")


_one_line_errors = one_line_errors


def _workspace(path: Optional[Path]):
    from service.core.workspace import current_workspace, load_workspace

    return load_workspace(path) if path else current_workspace()


def _check(raw) -> None:
    try:
        from service.workflows.jobs import check_job_input
    except ImportError:  # the intake module is optional for scoring
        return
    check_job_input(raw)


@_one_line_errors
def score(file: str = typer.Argument(..., help="Job text or JSON file, or - for stdin"), workspace: Optional[Path] = _WS_OPT) -> None:
    """Print the fit assessment of one job as JSON (score, tier, criteria, service_line, disqualifiers)."""
    from service.core.db import ensure_schema
    from service.workflows.triage import score_record

    ws = _workspace(workspace)  # load_workspace runs the full validation (workspace_problems)
    raw = read_input(file)
    _check(raw)
    ensure_schema()
    _, assessment = score_record(raw, ws)
    print_json(assessment.model_dump(mode="json"))


def _read_lines(path: Path) -> list[tuple[int, object]]:
    if not path.is_file():
        raise InvalidInput(f"no such file: {path}", field="JOBS", fix="give a JSONL file with one job object per line")
    out: list[tuple[int, object]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InvalidInput(f"{path} is not UTF-8 text", field="JOBS") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            out.append((n, InvalidInput(f"line {n} is not JSON: {exc.msg}", field="JOBS")))
    if not out:
        raise InvalidInput(f"{path} has no jobs", field="JOBS", fix="one JSON object per line with title+description or raw_text")
    return out


def _summary_table(tiers: Counter, reasons: Counter, errors: int, seconds: float, total: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(stderr=False)
    t = Table(title=f"triage: {total} job(s) in {seconds:.1f} s ({total / max(seconds, 1e-9):.0f}/s)")
    t.add_column("tier")
    t.add_column("jobs", justify="right")
    t.add_column("share", justify="right")
    for tier in ("strong", "possible", "poor"):
        t.add_row(tier, str(tiers[tier]), f"{100 * tiers[tier] / max(total, 1):.0f}%")
    if errors:
        t.add_row("error", str(errors), f"{100 * errors / max(total, 1):.0f}%")
    console.print(t)
    r = Table(title="most common reasons")
    r.add_column("reason")
    r.add_column("jobs", justify="right")
    for reason, n in reasons.most_common(8):
        r.add_row(reason, str(n))
    console.print(r)


@_one_line_errors
def triage(jobs: Path = typer.Argument(..., help="JSONL: one job per line (title+description [+fields] or raw_text)"),
           out: Path = typer.Option(..., "--out", "-o", help="Where to write one JSON line per job"),
           workspace: Optional[Path] = _WS_OPT,
           limit: int = typer.Option(0, help="Stop after this many jobs (0 = all)"),
           progress: bool = typer.Option(True, help="Show a progress bar")) -> None:
    """Score many jobs: writes id, brief summary and assessment per line; prints a summary table."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from service.core.db import ensure_schema
    from service.fit.assess import reason_codes
    from service.workflows.triage import record_id, score_record

    ws = _workspace(workspace)  # load_workspace runs the full validation (workspace_problems)
    rows = _read_lines(jobs)[: limit or None]
    ensure_schema()
    tiers: Counter = Counter()
    reasons: Counter = Counter()
    errors = 0
    start = time.perf_counter()
    try:
        sink = out.open("w", encoding="utf-8")
    except OSError as exc:
        raise InvalidInput(f"cannot write {out}: {exc.strerror}", field="--out") from None
    columns = (TextColumn("triage"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with sink, Progress(*columns, disable=not progress, transient=True) as bar:
        task = bar.add_task("triage", total=len(rows))
        for n, record in rows:
            rid = record_id(record, n) if isinstance(record, dict) else f"line-{n}"
            try:
                if isinstance(record, Exception):
                    raise record
                brief, a = score_record(record, ws)
                line = {"id": rid, "title": brief.title, "summary": brief.summary, "assessment": a.model_dump(mode="json")}
                tiers[a.tier] += 1
                reasons.update(reason_codes(a))
            except DraftroomError as exc:
                errors += 1
                line = {"id": rid, "error": exc.one_line()}
            sink.write(json.dumps(line, ensure_ascii=False) + "\n")
            bar.advance(task)
    _summary_table(tiers, reasons, errors, time.perf_counter() - start, len(rows))
    print(f"wrote {len(rows)} line(s) to {out}")


@icp_app.command("review")
@_one_line_errors
def icp_review(since: str = typer.Option("90d", help="Period to look back over, e.g. 30d, 12w, 6m"),
               workspace: Optional[Path] = _WS_OPT,
               as_json: bool = typer.Option(False, "--json", help="Print the review as JSON")) -> None:
    """Compare outcomes (replied or won vs not) by tier and criterion; suggest weight and floor changes."""
    from service.core.db import ensure_schema
    from service.fit.icp_review import format_review, parse_since, review_icp

    ws = _workspace(workspace)
    ensure_schema()
    review = review_icp(ws, since=parse_since(since))
    if as_json:
        print_json(review.model_dump(mode="json"))
    else:
        print(format_review(review))


@icp_app.command("feedback-export")
@_one_line_errors
def icp_feedback_export(out: Path = typer.Option(..., "--out", "-o", help="JSONL file of eval cases")) -> None:
    """Export reviewers' "score is wrong" feedback as fit eval cases (JSONL)."""
    from service.core.db import ensure_schema
    from service.fit.feedback import export_eval_cases

    ensure_schema()
    n = export_eval_cases(out)
    print(f"wrote {n} eval case(s) to {out}")


def register(app: typer.Typer) -> None:
    app.command()(score)
    app.command()(triage)
    app.add_typer(icp_app, name="icp")
