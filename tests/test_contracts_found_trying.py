"""Contracts as a user met them (a probe through the CLI, 2026-12-07): a contract can be ended and a logged task marked
done (CLI, API), so a follow-up becomes reachable; milestones listed right after "contract add" have ids that
"milestone set" takes; a date no contract can have ("0001-01-01", "9999-12-31") is refused with the field instead of
breaking the Due list; an id no database integer holds is a 404; "--status foo" is refused; a "@" in a milestone's
title is no due date."""
from __future__ import annotations

import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from service.contracts import records as svc


def _runner():
    from service.accounts.auth import add_user

    return CliRunner(env={"DRAFTROOM_API_KEY": add_user("Pat Owner", "owner")[1]})


def test_end_a_contract_then_its_follow_up_is_drafted(db):
    from service.cli import app

    runner = _runner()
    cid = json.loads(runner.invoke(app, ["contract", "add", "--client", "Lena Fox", "--title", "Store rebuild"]).output)["id"]
    assert runner.invoke(app, ["followup", str(cid)]).exit_code == 2
    out = runner.invoke(app, ["contract", "end", str(cid)])
    assert out.exit_code == 0 and json.loads(out.output)["status"] == "ended"
    again = runner.invoke(app, ["contract", "end", str(cid)])
    assert again.exit_code != 0 and "already ended" in again.output and "Traceback" not in again.output
    body = json.loads(runner.invoke(app, ["followup", str(cid)]).output)
    assert body["kind"] == "followup" and body["text"].startswith("Hi Lena,")


def test_mark_a_logged_task_done_and_the_checkin_lists_it(db):
    from service.cli import app

    runner = _runner()
    cid = json.loads(runner.invoke(app, ["contract", "add", "--client", "Ana Ruiz", "--title", "Theme fixes"]).output)["id"]
    entry = json.loads(runner.invoke(app, ["contract", "note", str(cid), "Rebuilt the cart drawer", "--task"]).output)
    def completed() -> str:
        return json.loads(runner.invoke(app, ["checkin", str(cid)]).output)["text"].split("Current focus")[0]

    assert "Rebuilt the cart drawer" not in completed()
    out = runner.invoke(app, ["contract", "done", str(cid), str(entry["id"])])
    assert out.exit_code == 0 and json.loads(out.output)["done"] is True
    assert "Rebuilt the cart drawer" in completed()
    wrong = runner.invoke(app, ["contract", "done", str(cid), "999999"])
    assert wrong.exit_code == 2 and "entry" in wrong.output and "Traceback" not in wrong.output


def test_end_and_done_over_the_api(db):
    from service.accounts.auth import add_user
    from service.api.app import create_app

    client = TestClient(create_app())
    h = {"Authorization": f"Bearer {add_user('bidder-e', 'bidder')[1]}"}
    cid = client.post("/v1/contracts", json={"client_name": "Kim Ode", "title": "API work"}, headers=h).json()["id"]
    eid = client.post(f"/v1/contracts/{cid}/entries", json={"kind": "task", "text": "Retry queue"}, headers=h).json()["id"]
    r = client.patch(f"/v1/contracts/{cid}/entries/{eid}", json={"done": True}, headers=h)
    assert r.status_code == 200 and r.json()["done"] is True
    assert client.patch(f"/v1/contracts/{cid}/entries/{eid}", json={"done": "maybe"}, headers=h).status_code == 422
    r = client.post(f"/v1/contracts/{cid}/end", headers=h)
    assert r.status_code == 200 and r.json()["status"] == "ended"
    r = client.post(f"/v1/contracts/{cid}/end", headers=h)
    assert r.status_code == 409 and r.json()["error"]["field"] == "status"
    assert client.post(f"/v1/contracts/{cid}/drafts", json={"kind": "followup"}, headers=h).status_code == 201


def test_milestones_have_ids_that_set_takes_right_after_add(db):
    from service.cli import app

    runner = _runner()
    cid = json.loads(runner.invoke(app, ["contract", "add", "--client", "Jo Park", "--title", "Launch", "-m",
                                         "Wireframes@2026-12-01", "-m", "Deploy to user@staging"]).output)["id"]
    rows = [json.loads(x) for x in runner.invoke(app, ["contract", "milestone", "list", str(cid)]).output.splitlines()]
    assert [r["title"] for r in rows] == ["Wireframes", "Deploy to user@staging"] and all(r["id"] > 0 for r in rows)
    assert rows[1]["due"] is None
    out = runner.invoke(app, ["contract", "milestone", "set", str(cid), str(rows[0]["id"]), "--status", "done"])
    assert out.exit_code == 0, out.output


def test_dates_no_contract_can_have_are_refused_and_the_due_list_still_works(db):
    from service.cli import app

    runner = _runner()
    bad = runner.invoke(app, ["contract", "add", "--client", "Edge", "--title", "Edge dates", "--start", "0001-01-01"])
    assert bad.exit_code == 2 and "started_at" in bad.output and "Traceback" not in bad.output
    assert svc.list_contracts() == [] or all(c.title != "Edge dates" for c in svc.list_contracts())
    out = runner.invoke(app, ["due", "--as-of", "9999-12-31"])
    assert out.exit_code == 2 and "--as-of" in out.output and "unexpected" not in out.output
    assert runner.invoke(app, ["due"]).exit_code == 0
    huge = runner.invoke(app, ["checkin", "99999999999999999999"])
    assert huge.exit_code == 2 and "does not exist" in huge.output and "unexpected" not in huge.output
    status = runner.invoke(app, ["contract", "list", "--status", "foo"])
    assert status.exit_code == 2 and "active, ended" in status.output


def test_an_ended_contract_with_nothing_logged_does_not_name_its_title_twice(db):
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.drafting.contract_messages import draft_contract_message

    c = {"id": 1, "title": "Store rebuild", "client_name": "Lena Fox", "status": "ended", "milestones": []}
    out = draft_contract_message("followup", c, [], load_workspace(DEMO_WORKSPACE))
    assert "Store rebuild is wrapped up." in out.text and "We delivered Store rebuild" not in out.text
