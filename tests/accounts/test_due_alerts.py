"""New Due items alert through the alerts channel (Apprise, json:// to a local receiver) once per item, not on
every scan; routing by event ('due:'); no contract log text in the alert; the target's secret never logged.
The contract messages greet the schedule's client contact by first name ("Dr. Sarah Lee" -> "Hi Sarah,")."""
from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from sqlmodel import select

from service.core.config import reset_settings
from service.core.db import session_scope
from service.core.models import DueItem
from service.workflows import due_drafts
from tests.accounts import demo_contracts as demo
from tests.intake.conftest import Receiver

SECRET = "tok-DueSecretNeverLogged"


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def routed(db, receiver, monkeypatch):
    base = f"json://bot:{SECRET}@127.0.0.1:{receiver.port}"
    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", f"due:{base}/due new,sla:{base}/jobs")
    monkeypatch.setenv("DRAFTROOM_PUBLIC_UI_URL", "http://ui.example:8501")
    reset_settings()
    yield receiver
    reset_settings()


def test_new_due_items_alert_once_each(routed, caplog):
    caplog.set_level(logging.DEBUG)
    demo.seed()
    first = due_drafts.scan(demo.at("2025-02-27", 12))
    assert first["open"] == 12 and first["alerted"] == 12
    assert len(routed.posts) == 12 and set(routed.paths) == {"/due"}  # the jobs channel gets none
    again = due_drafts.scan(demo.at("2025-02-27", 13))
    assert again["new"] == [] and again["alerted"] == 0 and len(routed.posts) == 12  # not every run
    later = due_drafts.scan(demo.at("2025-02-27", 13) + timedelta(days=1))
    assert len(routed.posts) == 12 + len(later["new"]) and later["alerted"] == len(later["new"])
    titles = [p["title"] for p in routed.posts[:12]]
    assert any(t.startswith("Milestone overdue: Bluebird Dental · Booking widget") for t in titles)
    assert any(t.startswith("Check-in due: Bluebird Dental") for t in titles)
    for post in routed.posts:
        assert "http://ui.example:8501/due" in post["message"]
        assert "Finished the reminder e-mails template" not in post["message"]  # no log text
    assert SECRET not in caplog.text
    with session_scope() as s:
        rows = list(s.exec(select(DueItem)))
    assert all(r.detail.get("alerts") == ["sent"] and r.detail.get("alerted_at") for r in rows
               if r.key in first["new"])


def test_no_alert_targets_no_alerts(db, monkeypatch):
    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", "")
    reset_settings()
    demo.seed()
    assert due_drafts.scan(demo.at("2025-02-27", 12))["alerted"] == 0


def test_a_failing_target_is_recorded_and_not_retried(db, receiver, monkeypatch):
    receiver.status = 500
    monkeypatch.setenv("DRAFTROOM_ALERT_URLS", f"due:json://127.0.0.1:{receiver.port}/due")
    reset_settings()
    demo.seed()
    first = due_drafts.scan(demo.at("2025-02-27", 12))
    assert first["alerted"] == 0 and len(receiver.posts) == 12
    due_drafts.scan(demo.at("2025-02-27", 13))
    assert len(receiver.posts) == 12
    with session_scope() as s:
        assert {tuple(r.detail["alerts"]) for r in s.exec(select(DueItem))} == {("failed",)}


# ------------------------------------------------------------------ the greeting names the client contact
@pytest.mark.parametrize("contact, client, hello", [
    ("Dr. Sarah Lee", "Acme Ltd", "Hi Sarah,"), ("Sarah", "Acme Ltd", "Hi Sarah,"),
    ("Dr.", "Acme Ltd", "Hi Acme team,"), (None, "Acme Ltd", "Hi Acme team,"), ("Dr.", "Dr.", "Hi there,")])
def test_contract_messages_greet_the_client_contact(db, contact, client, hello):
    from service.contracts import cadence
    from service.contracts import records as svc

    c = svc.create_contract(client_name=client, title="Booking widget", started_at="2025-01-06").id
    if contact:
        cadence.set_schedule(c, checkin_days="mon", client_contact=contact)
    svc.add_entry(c, "Shipped the calendar sync", kind="task", done=True)
    from service.review.actions import get_draft

    for kind in ("checkin", "kickoff"):
        text = get_draft(svc.draft_for_contract(c, kind).id).text
        assert text.startswith(hello), (kind, text[:60])
        assert "Hi Dr.," not in text and "Hi Dr," not in text
