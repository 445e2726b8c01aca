"""`draftroom workspace check` runs the validation the runtime runs: "ok" means drafting accepts the file."""
from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from service.core.config import DEMO_WORKSPACE
from service.core.errors import InvalidInput
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace, workspace_problems
from service.drafting.proposal import draft_proposal


def _write(tmp_path, mutate) -> str:
    data = yaml.safe_load(DEMO_WORKSPACE.read_text())
    mutate(data)
    path = tmp_path / "ws.yaml"
    path.write_text(yaml.safe_dump(data))
    return str(path)


def _check(path: str):
    from service.cli import app

    return CliRunner().invoke(app, ["workspace", "check", path])


def _free_text_and_bare_template(data):
    data["icp"]["disqualifiers"] = ["unpaid test task or free sample requested", "keyword:crypto"]
    for line in data["service_lines"]:
        line["template"] = "proposal_default"


def test_ok_means_drafting_accepts_it(db, tmp_path):
    path = _write(tmp_path, _free_text_and_bare_template)
    r = _check(path)
    assert r.exit_code == 0 and r.output.strip().endswith(": ok"), r.output
    ws = load_workspace(path)
    assert ws.service_lines[0].template == "proposal_default.j2"
    brief = JobBrief(title="React dashboard", description="Build a React dashboard for our SaaS with charts and roles.")
    out = draft_proposal(brief, None, ws)
    assert out.text.strip() and out.template_id == "proposal_default.j2"


def test_missing_template_is_reported_by_check_and_refused_at_load(tmp_path):
    path = _write(tmp_path, lambda d: d["service_lines"][1].update(template="proposal_nonexistent"))
    r = _check(path)
    assert r.exit_code == 1 and "service_lines.1.template" in r.output and "proposal_nonexistent.j2" in r.output
    with pytest.raises(InvalidInput) as err:
        load_workspace(path)
    assert "proposal_nonexistent.j2" in err.value.message


def test_template_in_the_workspace_templates_dir_is_found(tmp_path):
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "mine.j2").write_text("{{ parts.opening }}")
    path = _write(tmp_path, lambda d: (d.update(templates_dir="tpl"), d["service_lines"][0].update(template="mine")))
    assert _check(path).exit_code == 0


@pytest.mark.parametrize("mutate,where", [
    (lambda d: d["icp"].update(disqualifiers=["no_crypto"]), "icp.disqualifiers"),
    (lambda d: d["icp"].update(disqualifiers=["keyword:"]), "icp.disqualifiers"),
    (lambda d: d["icp"]["floors"].update(service_fit=140), "icp.floors"),
    (lambda d: d["icp"].update(weights={k: 0 for k in d["icp"]["weights"]}), "icp.weights"),
    (lambda d: d["icp"].update(tiers={"strong": 40, "possible": 60}), "icp.tiers"),
])
def test_each_runtime_rule_is_a_check_problem(tmp_path, mutate, where):
    path = _write(tmp_path, mutate)
    r = _check(path)
    assert r.exit_code == 1 and where in r.output
    assert workspace_problems(yaml.safe_load(open(path)), path)
    with pytest.raises(InvalidInput):
        load_workspace(path)
