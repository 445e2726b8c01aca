"""New job, contracts, settings, pipeline, evals and sign-in pages."""
from __future__ import annotations

import json

from sqlmodel import select

from service.core.db import session_scope
from service.core.models import Draft, Job, User
from service.review import actions as review
from tests.ui.conftest import app, button, page, texts

TEAM_JOB = """Title: Python script to clean our weekly CSV exports
We export about 20 CSV files from our warehouse system every Friday. We need a small Python script that
merges them, removes duplicate orders and writes one Excel file with a summary sheet. Pandas is fine.
Fixed price: $400. Payment verified. $3K total spent.
Please start your proposal with the word PINEAPPLE so we know you read this.
"""


# ------------------------------------------------------------------ new job
def test_paste_a_job_shows_brief_and_fit_then_drafts_it(seeded):
    at = page("new_job", seeded.bidder)
    at.text_area[0].input(TEAM_JOB)
    button(at, "Analyse").click().run()
    assert not at.exception
    shown = texts(at)
    assert "Python script to clean our weekly CSV exports" in shown
    assert "score" in shown and at.get("vega_lite_chart")
    assert "PINEAPPLE" in shown  # client instruction surfaced to the reviewer
    line = [s for s in at.selectbox if s.label == "Service line"][0].value
    button(at, "Draft proposal").click().run()
    assert not at.exception
    did = at.session_state["draft_id"]
    d = review.get_draft(did)
    assert d.draft.kind == "proposal" and d.draft.service_line == line and d.draft.status == "pending_review"
    assert at.session_state["nav_target"] == "review"


def test_pasting_nothing_names_the_field(seeded):
    at = page("new_job", seeded.bidder)
    button(at, "Analyse").click().run()
    assert any("job_text" in e.value and "empty" in e.value for e in at.error)


def test_viewer_cannot_add_jobs(seeded):
    at = page("new_job", seeded.viewer)
    assert "cannot add jobs" in texts(at)
    assert not at.text_area


# ------------------------------------------------------------------ contracts
def test_contract_log_and_checkin_draft_land_in_the_queue(seeded):
    at = page("contracts", seeded.bidder)
    [t for t in at.text_input if t.label == "Client name"][0].input("Harbor Foods")
    [t for t in at.text_input if t.label == "Contract title"][0].input("Order dashboard rebuild")
    [t for t in at.text_area if t.label.startswith("Milestones")][0].input("Orders table | 2026-12-15")
    button(at, "Create contract").click().run()
    assert not at.exception and "Contract #1 created." in texts(at)
    [t for t in at.text_area if t.label == "Text"][0].input("Shipped the orders table with server-side paging")
    [c for c in at.checkbox if c.label == "done"][0].check()
    button(at, "Add to log").click().run()
    assert "Shipped the orders table" in texts(at)
    button(at, "Draft it").click().run()
    assert not at.exception
    d = review.get_draft(at.session_state["draft_id"]).draft
    assert d.kind == "checkin" and d.contract_id == 1 and d.status == "pending_review"
    queue_ids = [x.id for x in review.list_queue(kind="checkin").items]
    assert d.id in queue_ids


def test_review_page_shows_a_contract_draft_with_its_log(seeded):
    from service.contracts import records as contracts

    c = contracts.create_contract(client_name="Harbor Foods", title="Order dashboard", user=seeded.bidder)
    contracts.add_entry(c.id, "Client asked for CSV export of orders", kind="note", user=seeded.bidder)
    d = contracts.draft_for_contract(c.id, "kickoff", user=seeded.bidder)
    at = page("review", seeded.bidder, draft_id=d.id)
    assert not at.exception
    shown = texts(at)
    assert "Harbor Foods" in shown and "Client asked for CSV export" in shown and "**Checklist**" in shown


def test_viewer_cannot_create_contracts(seeded):
    at = page("contracts", seeded.viewer)
    assert button(at, "Create contract").disabled


# ------------------------------------------------------------------ settings
def test_owner_manages_team_and_keys(seeded):
    at = page("settings", seeded.owner)
    assert not at.exception
    [t for t in at.text_input if t.label == "Name"][0].input("Nina")
    [s for s in at.selectbox if s.label == "Role"][0].select("bidder")
    button(at, "Add person").click().run()
    assert not at.exception
    assert any(c.value.startswith("dr_") for c in at.code)
    with session_scope() as s:
        assert s.exec(select(User).where(User.name == "Nina")).one().role == "bidder"


def test_bidder_does_not_see_team_or_keys(seeded):
    at = page("settings", seeded.bidder)
    assert "Only owners and managers see the team and keys." in texts(at)
    assert not [b for b in at.button if b.label in ("Add person", "Issue key", "Revoke")]
    assert all(s.disabled for s in at.slider)


def test_icp_sliders_preview_tier_changes(seeded):
    at = page("settings", seeded.owner)
    assert "Move a slider" in texts(at)
    at.slider(key="f_service_fit").set_value(100).run()
    assert not at.exception
    shown = texts(at)
    assert "jobs would change tier" in shown
    n_changed = int(shown.split(" of ")[0].split("\n")[-1])
    assert n_changed >= 1
    assert at.get("download_button")


def test_icp_review_reports_not_enough_outcomes(seeded):
    at = page("settings", seeded.owner)
    assert "not enough outcomes to suggest changes" in texts(at)


# ------------------------------------------------------------------ pipeline
def test_pipeline_counts_a_sent_proposal_and_marks_low_sample(seeded):
    from service.outcomes import tracking as outcomes

    did = seeded.draft_ids[0]
    review.claim(did, seeded.bidder)
    review.approve(did, review.get_draft(did).draft.version, seeded.bidder, acknowledge_flags=True)
    review.export(did, seeded.bidder)
    outcomes.record(did, seeded.bidder, stage="proposed", job_type="dashboard")
    outcomes.record(did, seeded.bidder, stage="replied")
    at = page("pipeline", seeded.owner)
    assert not at.exception
    assert "1 proposals sent" in texts(at)
    assert [m.value for m in at.metric][0] == "100%"
    frames = {tuple(df.value.columns)[0]: df.value for df in at.dataframe}
    by_type = frames["job type"]
    assert list(by_type["job type"]) == ["dashboard"] and by_type["sample"].iloc[0] == "⚠ low sample"
    versions = frames["template"]  # outcomes per template version, rates over "in denominator"
    assert len(versions) == 1 and versions["sent"].iloc[0] == 1 and versions["replied"].iloc[0] == "1 (100%)"
    assert versions["no reply"].iloc[0] == "0 (0%)" and versions["version"].iloc[0] != "unknown"
    assert "Every rate below is over 1 sent proposal." in texts(at)
    speed = frames["by"]
    assert list(speed["group"])[:1] == ["all"] and "by" in speed.columns


# ------------------------------------------------------------------ evals
def _write_run(root, name, passed):
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "summary.json").write_text(json.dumps({
        "suite": "fit", "started_at": f"2026-11-{name[6:8]}T10:00:00+00:00", "fingerprint": {"model": "offline"},
        "metrics": {"cases": 2, "case_pass_rate": sum(passed) / 2, "fit.accuracy": sum(passed) / 2}}))
    rows = [{"case_id": f"case-{i}", "tags": [], "scores": [{"name": "tier", "value": float(p), "passed": p,
             "reason": "ok" if p else "expected strong, got poor", "critical": False}]} for i, p in enumerate(passed)]
    (folder / "results.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_evals_page_shows_runs_and_per_case_changes(tmp_path, monkeypatch, seeded):
    from review_ui.views import evals

    _write_run(tmp_path, "202611" + "20T100000Z_aaa", [True, True])
    _write_run(tmp_path, "202611" + "21T100000Z_bbb", [True, False])
    monkeypatch.setattr(evals, "RUNS", tmp_path)
    at = page("evals", seeded.viewer)
    assert not at.exception
    assert len(at.dataframe[0].value) == 2
    [s for s in at.selectbox if s.label == "Compare with"][0].select("20261120T100000Z_aaa").run()
    assert "1 score(s) changed" in texts(at)
    changed = at.dataframe[1].value
    assert list(changed["case"]) == ["case-1"] and changed["before"].iloc[0] and not changed["after"].iloc[0]


def test_evals_page_without_runs_says_how_to_make_one(tmp_path, monkeypatch, seeded):
    from review_ui.views import evals

    monkeypatch.setattr(evals, "RUNS", tmp_path / "none")
    at = page("evals", seeded.viewer)
    assert "No eval runs" in texts(at)


# ------------------------------------------------------------------ sign-in
def test_sign_in_with_a_bad_key_then_a_good_one(seeded):
    at = app()
    assert at.title[0].value == "Draftroom"
    at.text_input[0].input("dr_wrong")
    button(at, "Sign in").click().run()
    assert any("invalid or revoked API key" in e.value for e in at.error)
    at.text_input[0].input(seeded.keys["viewer"])
    button(at, "Sign in").click().run()
    assert not at.exception
    assert at.title[0].value == "Review queue"
    assert "Signed in as **Vera** · `viewer`" in texts(at)
    assert "Read-only" in texts(at)
    button(at, "Sign out").click().run()
    assert at.title[0].value == "Draftroom"


def test_every_page_renders_for_every_role(seeded):
    with session_scope() as s:
        assert s.exec(select(Job)).first() is not None and s.exec(select(Draft)).first() is not None
    for who in (seeded.owner, seeded.bidder, seeded.viewer):
        for name in ("queue", "review", "new_job", "contracts", "pipeline", "evals", "settings"):
            at = page(name, who, draft_id=seeded.draft_ids[0])
            assert not at.exception, (who.role, name, [e.value for e in at.exception])
