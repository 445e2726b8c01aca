"""CI gate: every offline suite, run now, against the committed baselines in evals/baselines/.

A failure prints the verdict: which case, which check, and why. If a change is intended (new cases, a
better template), run the suite, look at the report, and bless it: ``draftroom eval run SUITE`` then
``draftroom eval bless`` (see docs/evals.md)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.gate import read_baseline, snapshot, verdict
from evals.runner import RunOptions, run_suite
from evals.suites import OFFLINE_SUITES
from service.llm.templates import PROMPTS_DIR

PROPOSAL_TEMPLATES = ("proposal_default.j2", "proposal_web_app.j2", "proposal_api_backend.j2", "proposal_shopify.j2")


@pytest.fixture
def eval_db(tmp_path, sqlite_template, monkeypatch) -> str:
    path = tmp_path / "evals.db"
    shutil.copy(sqlite_template, path)
    monkeypatch.setenv("DRAFTROOM_HOME", str(tmp_path / "home"))
    return f"sqlite:///{path}"


def _run(suite: str, db: str, tmp_path: Path, **kw):
    return run_suite(RunOptions(suite=suite, db_url=db, out_root=tmp_path / "runs", progress=False, **kw))


@pytest.mark.parametrize("suite", OFFLINE_SUITES)
def test_offline_suite_has_no_regression_against_its_baseline(suite, eval_db, tmp_path):
    out = _run(suite, eval_db, tmp_path)
    v = verdict(read_baseline(suite), snapshot(out.summary, out.results))
    assert v.status == "pass", "\n" + v.render()
    assert v.exit_code == 0


def broken_templates(folder: Path) -> Path:
    """Copies of the proposal templates that forget the call to action (a plausible editing slip)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in PROPOSAL_TEMPLATES:
        source = (PROMPTS_DIR / name).read_text()
        broken = re.sub(r"\{\{\s*parts\.call_to_action\s*\}\}", "", source)
        assert broken != source, f"{name} no longer renders parts.call_to_action; update this test"
        (folder / name).write_text(broken)
    return folder


def test_a_broken_template_fails_the_gate_with_a_readable_reason(eval_db, tmp_path):
    out = _run("proposals", eval_db, tmp_path, templates_dir=broken_templates(tmp_path / "override"))
    v = verdict(read_baseline("proposals"), snapshot(out.summary, out.results))
    assert v.status == "regression" and v.exit_code == 1
    text = v.render()
    assert "REGRESSION" in text
    assert re.search(r"case \S+: parts_rendered passed in the baseline, now fails: call_to_action not in the text", text), text


def test_cli_eval_run_baseline_exits_non_zero_and_prints_the_same_verdict(eval_db, tmp_path):
    from service.cli import app

    override = broken_templates(tmp_path / "override")
    result = CliRunner().invoke(app, ["eval", "run", "proposals", "--baseline", "--templates", str(override),
                                      "--db", eval_db, "--out", str(tmp_path / "runs"), "--quiet"])
    assert result.exit_code == 1, result.output
    assert "REGRESSION" in result.output and "call_to_action not in the text" in result.output
    ok = CliRunner().invoke(app, ["eval", "run", "proposals", "--baseline", "--db", eval_db,
                                  "--out", str(tmp_path / "runs"), "--quiet"])
    assert ok.exit_code == 0, ok.output
    assert "PASS: no regression" in ok.output
