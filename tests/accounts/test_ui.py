"""The Due and Accounts pages, headless (AppTest): the list, one-click drafting into the queue, the
schedule and milestones forms, Connects advice and recording; read-only roles see no action buttons."""
from __future__ import annotations

from datetime import date

from service.core.db import session_scope
from service.core.models import Contract
from service.core.models import Draft, utcnow
from tests.accounts import demo_contracts as demo
from tests.api.helpers import make_draft, make_user
from tests.ui.conftest import button, page, texts


def test_due_page_lists_items_and_drafts_one_into_the_queue(db):
    ids = demo.seed()
    me, _ = make_user("bidder")
    at = page("due", me)
    at.date_input[0].set_value(date(2025, 2, 27)).run()
    assert not at.exception
    shown = texts(at)
    assert "milestone 'API v1' overdue by 20 days" in shown and "Quiet client: 3" in shown
    key = f"due_draft_checkin:{ids['bluebird']}:2025-02-27"
    at.button(key=key).click().run()
    assert not at.exception and at.session_state["nav_target"] == "review"
    with session_scope() as s:
        d = s.get(Draft, at.session_state["draft_id"])
        assert d.kind == "checkin" and d.contract_id == ids["bluebird"] and d.status == "pending_review"
    viewer, _ = make_user("viewer")
    at = page("due", viewer)
    at.date_input[0].set_value(date(2025, 2, 27)).run()
    assert f"Open draft #{d.id}" in [b.label for b in at.button]
    assert all(b.disabled for b in at.button if b.label == "Draft it")


def test_accounts_page_schedule_milestones_and_connects(db):
    ids = demo.seed()
    me, _ = make_user("bidder")
    at = page("accounts", me)
    assert not at.exception
    at.selectbox(key="acct_contract").set_value(ids["garnet"]).run()
    [t for t in at.text_input if t.label == "Check-in days"][0].input("sometimes")
    button(at, "Save schedule").click().run()
    assert any("checkin_days" in e.value for e in at.error)
    [t for t in at.text_input if t.label == "Check-in days"][0].input("tue,fri")
    button(at, "Save schedule").click().run()
    assert "check-ins on **tue,fri**" in texts(at)
    [t for t in at.text_input if t.label == "New milestone"][0].input("Intake form live")
    button(at, "Add milestone").click().run()
    assert not at.exception
    at.selectbox(key=f"ms_status_{ids['garnet']}").set_value("done")
    button(at, "Set status").click().run()
    from service.contracts.milestones import list_milestones

    assert [(m.title, m.status) for m in list_milestones(ids["garnet"])] == [("Intake form live", "done")]
    queued = make_draft(tier="poor")
    sent = make_draft()
    with session_scope() as s:
        row = s.get(Draft, sent.id)
        row.status, row.approved_at = "exported", utcnow()
    at = page("accounts", me)
    assert "skip" in at.dataframe[-1].value["suggestion"].tolist()
    assert queued.id in at.dataframe[-1].value["draft"].tolist()
    at.number_input[0].set_value(sent.id)
    at.number_input[2].set_value(5)
    button(at, "Record Connects").click().run()
    assert not at.exception and "Recorded 21 Connects" in texts(at)
    assert "Connects: 21 spent on 1 proposals" in "\n".join(str(t.value) for t in at.text)


def test_pages_render_for_every_role(db):
    demo.seed()
    for role in ("owner", "bidder", "viewer", "api"):
        who, _ = make_user(role)
        for name in ("due", "accounts", "followups", "profile_audit"):
            at = page(name, who)
            assert not at.exception, (role, name)
    viewer, _ = make_user("viewer")
    at = page("accounts", viewer)
    assert not [b for b in at.button if b.label in ("Save schedule", "Add milestone", "Record Connects")]


def test_followups_page_proposes_confirms_and_drafts(db):
    from service.contracts import records as svc
    from service.contracts import signals

    me, _ = make_user("bidder")
    c = svc.create_contract(client_name="Dana Ortiz", title="Dashboard")
    with session_scope() as s:
        s.get(Contract, c.id).status = "ended"  # a follow-up cites a contract that ended
    at = page("followups", me)
    assert not at.exception and "Dana Ortiz" in at.dataframe[0].value["client"].tolist()
    at.text_area[0].input("Great work! We are planning a new online store next quarter.")
    button(at, "Propose signals").click().run()
    assert "2 signal(s) proposed" in texts(at)
    proposed = signals.list_signals(c.id, "proposed")
    at.button(key=f"sig_ok_{proposed[1].id}").click().run()
    assert not at.exception
    assert [s.kind for s in signals.list_signals(c.id, "confirmed")] == ["new_need"]
    at = page("followups", me)
    assert at.dataframe[0].value["next idea"].tolist() == ["We are planning a new online store next quarter."]
    button(at, "Draft follow-up").click().run()
    assert not at.exception and at.session_state["nav_target"] == "review"
    viewer, _ = make_user("viewer")
    at = page("followups", viewer)
    assert button(at, "Draft follow-up").disabled and not [b for b in at.button if b.label == "Confirm"]
