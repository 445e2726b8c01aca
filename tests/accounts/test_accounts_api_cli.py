"""The HTTP API and the CLI of account management: schedules, milestones, the Due list and its drafts,
Connects; permissions; bad input as a 4xx / one-line error naming the field and the fix."""
from __future__ import annotations

import json

from typer.testing import CliRunner

from service.core.db import session_scope
from service.core.models import Draft, utcnow
from tests.accounts import demo_contracts as demo
from tests.api.helpers import make_draft, make_user


def _h(key):
    return {"Authorization": f"Bearer {key}"}


def test_schedule_and_milestones_over_http(client):
    _, key = make_user("bidder")
    _, vkey = make_user("viewer")
    r = client.post("/v1/contracts", json={"client_name": "Dana Ortiz", "title": "Dashboard", "started_at": "2025-03-03",
                                           "milestones": [{"title": "Wireframes", "due": "2025-03-07"}]}, headers=_h(key))
    cid = r.json()["id"]
    r = client.get(f"/v1/contracts/{cid}/schedule", headers=_h(vkey))
    assert r.json()["checkin_days"] == "mon" and r.json()["from"] == "workspace default"
    r = client.put(f"/v1/contracts/{cid}/schedule", json={"checkin_days": "every Monday and Thursday",
                                                          "client_contact": "Dana", "ends_on": "2025-05-30"}, headers=_h(key))
    assert r.status_code == 200 and r.json() == {"contract_id": cid, "checkin_days": "mon,thu", "from": "schedule",
                                                 "client_contact": "Dana", "ends_on": "2025-05-30"}
    r = client.put(f"/v1/contracts/{cid}/schedule", json={"checkin_days": "often"}, headers=_h(key))
    err = r.json()["error"]
    assert r.status_code == 422 and err["field"] == "checkin_days" and "mon,thu" in err["fix"]
    r = client.put(f"/v1/contracts/{cid}/schedule", json={"ends_on": "2025-01-01"}, headers=_h(key))
    assert r.status_code == 422 and r.json()["error"]["field"] == "ends_on"
    assert client.put(f"/v1/contracts/{cid}/schedule", json={"client_contact": "x"}, headers=_h(vkey)).status_code == 403
    items = client.get(f"/v1/contracts/{cid}/milestones", headers=_h(key)).json()["items"]
    mid = items[0]["id"]  # a row from the start, so the id listed is the id to set (since 2026-12-07)
    assert mid > 0 and items == [{"id": mid, "contract_id": cid, "position": 0, "title": "Wireframes",
                                  "due": "2025-03-07", "status": "open"}]
    r = client.patch(f"/v1/contracts/{cid}/milestones/{mid}", json={"status": "done"}, headers=_h(key))
    assert r.status_code == 200 and r.json()["status"] == "done" and r.json()["id"] == mid
    r = client.post(f"/v1/contracts/{cid}/milestones", json={"title": "Reports page", "due": "2025-03-21"}, headers=_h(key))
    assert r.status_code == 201 and r.json()["position"] == 1
    contract = client.get(f"/v1/contracts/{cid}", headers=_h(key)).json()
    assert [m["done"] for m in contract["milestones"]] == [True, False]  # the JSON mirror the drafting reads
    r = client.patch(f"/v1/contracts/{cid}/milestones/999", json={"status": "done"}, headers=_h(key))
    assert r.status_code == 422 and r.json()["error"]["field"] == "milestone_id"
    r = client.patch(f"/v1/contracts/{cid}/milestones/{mid}", json={"status": "finished"}, headers=_h(key))
    assert r.status_code == 422 and r.json()["error"]["field"] == "status"
    assert client.get("/v1/contracts/4242/milestones", headers=_h(key)).status_code == 404


def test_due_list_and_one_click_draft_over_http(client):
    demo.seed()
    _, key = make_user("bidder")
    _, api_key = make_user("api")
    r = client.get("/v1/due", params={"as_of": "2025-02-27"}, headers=_h(key))
    assert r.status_code == 200 and r.json()["as_of"] == "2025-02-27" and len(r.json()["items"]) == 12
    item = next(i for i in r.json()["items"] if i["kind"] == "ending")
    r = client.post(f"/v1/due/{item['key']}/draft", params={"as_of": "2025-02-27"}, headers=_h(key))
    body = r.json()
    assert r.status_code == 201 and body["kind"] == "followup" and body["status"] == "pending_review"
    again = client.post(f"/v1/due/{item['key']}/draft", params={"as_of": "2025-02-27"}, headers=_h(key))
    assert again.status_code == 409 and again.json()["error"]["draft_id"] == body["id"]
    listed = client.get("/v1/due", params={"as_of": "2025-02-27", "contract_id": item["contract_id"]}, headers=_h(key)).json()
    assert {i["key"]: i["draft_id"] for i in listed["items"]}[item["key"]] == body["id"]
    # an API key may draft (it never approves): the draft waits for a person in the queue
    gone = client.post("/v1/due/checkin:1:2025-02-27/draft", params={"as_of": "2025-02-27"}, headers=_h(api_key))
    assert gone.status_code == 404 and gone.json()["error"]["field"] == "key"
    bad = client.get("/v1/due", params={"as_of": "next week"}, headers=_h(key))
    assert bad.status_code == 422 and bad.json()["error"]["field"] == "as_of"
    assert client.get("/v1/due", params={"as_of": "1900-01-01"}, headers=_h(key)).status_code == 422
    assert client.get("/v1/due").status_code == 401


def test_connects_over_http(client):
    _, key = make_user("bidder")
    _, vkey = make_user("viewer")
    d = make_draft()
    with session_scope() as s:
        row = s.get(Draft, d.id)
        row.status, row.approved_at = "exported", utcnow()
    r = client.post(f"/v1/drafts/{d.id}/connects", json={"connects": 16, "boost": 10}, headers=_h(key))
    assert r.status_code == 201 and r.json()["total"] == 26
    assert client.post(f"/v1/drafts/{d.id}/connects", json={"connects": 16}, headers=_h(key)).status_code == 409
    r = client.post(f"/v1/drafts/{d.id}/connects", json={"connects": -3}, headers=_h(key))
    assert r.status_code == 422 and r.json()["error"]["field"] == "connects"
    assert client.post(f"/v1/drafts/{d.id}/connects", json={"connects": 3}, headers=_h(vkey)).status_code == 403
    report = client.get("/v1/connects", params={"weeks": 2}, headers=_h(vkey)).json()
    assert report["overall"]["total"] == 26 and report["overall"]["proposals"] == 1
    queued = make_draft(tier="poor")
    advice = client.get(f"/v1/drafts/{queued.id}/bid-advice", headers=_h(vkey)).json()
    assert advice["action"] == "skip" and "poor" in advice["reason"]
    assert [a["draft_id"] for a in client.get("/v1/bid-advice", headers=_h(vkey)).json()["items"]] == [queued.id]


def test_cli(db):
    from service.accounts.auth import add_user
    from service.cli import app

    _owner, key = add_user("Cli Owner", "owner")
    runner = CliRunner(env={"DRAFTROOM_API_KEY": key})  # the CLI acts only as a keyed person
    ids = demo.seed()
    out = runner.invoke(app, ["due", "--as-of", "2025-02-27"])
    assert out.exit_code == 0, out.output
    assert "milestone 'API v1' overdue by 20 days" in out.output.splitlines()[0]
    lines = runner.invoke(app, ["due", "--as-of", "2025-02-27", "--json", "--contract", str(ids["dune"])]).output
    keys = [json.loads(x)["key"] for x in lines.strip().splitlines()]
    assert keys == [f"checkin:{ids['dune']}:2025-02-25", f"ending:{ids['dune']}:2025-03-07"]
    body = json.loads(runner.invoke(app, ["due", "draft", keys[0], "--as-of", "2025-02-27"]).output)
    assert body["kind"] == "checkin" and body["status"] == "pending_review" and body["contract_id"] == ids["dune"]
    assert f"[draft #{body['id']} pending_review]" in runner.invoke(app, ["due", "--as-of", "2025-02-27"]).output
    bad = runner.invoke(app, ["due", "--as-of", "soon"])
    assert bad.exit_code == 2 and "error: --as-of: 'soon' is not a date (use YYYY-MM-DD)" in bad.output
    c = ids["garnet"]
    out = runner.invoke(app, ["contract", "schedule", str(c), "--days", "tue", "--contact", "Lee", "--ends", "2025-06-30"])
    assert json.loads(out.output)["checkin_days"] == "tue"
    bad = runner.invoke(app, ["contract", "schedule", str(c), "--days", "whenever"])
    assert bad.exit_code == 2 and "checkin_days:" in bad.output and "mon,thu" in bad.output
    m = json.loads(runner.invoke(app, ["contract", "milestone", "add", str(c), "Intake form live", "--due", "2025-03-20"]).output)
    out = runner.invoke(app, ["contract", "milestone", "set", str(c), str(m["id"]), "--status", "done"])
    assert json.loads(out.output)["status"] == "done"
    rows = [json.loads(x) for x in runner.invoke(app, ["contract", "milestone", "list", str(c)]).output.splitlines()]
    assert [(r["title"], r["status"]) for r in rows] == [("Intake form live", "done")]
    d = make_draft()
    with session_scope() as s:
        row = s.get(Draft, d.id)
        row.status, row.approved_at = "exported", utcnow()
    out = runner.invoke(app, ["connects", "record", str(d.id), "--connects", "16", "--boost", "4"])
    assert json.loads(out.output)["total"] == 20
    assert "Connects: 20 spent on 1 proposals" in runner.invoke(app, ["connects", "report"]).output
    bad = runner.invoke(app, ["connects", "record", str(d.id), "--connects", "16"])
    assert bad.exit_code == 2 and "--replace" in bad.output
    queued = make_draft(tier="poor")
    assert f"#{queued.id:<6} skip" in runner.invoke(app, ["connects", "advise"]).output
