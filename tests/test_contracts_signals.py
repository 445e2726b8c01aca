"""Signals and follow-ups found wrong in a third CLI probe (2026-12-07, team-written messages): praise for "the new
shop" was proposed as a new need, "our busy season starts in March, so timing matters" as nothing; the follow-up asked
"When would be a good time to look at it together?" before naming "it", listed milestones with semicolons, thanked
"again" for a complaint it had never answered, and dropped the need the client named once a complaint was logged."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service.contracts import milestones as ms
from service.contracts import records as svc
from service.contracts import signals as sig


def _iso(days: int) -> str:
    return (datetime.now(UTC).date() + timedelta(days=days)).isoformat()


def test_praise_for_the_new_thing_is_no_new_need_and_a_busy_season_is_a_timing_risk():
    assert sig.propose("The new shop looks great, the team is really happy with it.") == [
        ("positive_feedback", "The new shop looks great, the team is really happy with it.")]
    assert [k for k, _ in sig.propose("Our busy season starts in March, so timing matters.")] == ["timing_risk"]
    assert [k for k, _ in sig.propose("We want a new app for the second clinic.")] == ["new_need"]


def test_a_followup_names_the_need_before_asking_about_it(db):
    c = svc.create_contract(client_name="Harlow Bikes", title="Shop move", started_at=_iso(-60),
                            milestones=[{"title": "Theme setup", "due": _iso(-50)}, {"title": "Product import"},
                                        {"title": "Launch"}])
    for m in ms.list_milestones(c.id):
        ms.update_milestone(c.id, m.id, status="done")
    svc.end_contract(c.id)
    sig.add_signal(c.id, "new_need", "We are thinking about a wholesale portal for our dealers next spring.")
    parts = svc.draft_for_contract(c.id, "followup").parts
    assert parts["question"] == "When would be a good time to talk about the wholesale portal for your dealers?"
    assert "We delivered Theme setup, Product import and Launch." in parts["recap"]


def test_a_complaint_comes_first_and_the_named_need_still_follows(db):
    c = svc.create_contract(client_name="Quill Books", title="Catalogue site", started_at=_iso(-60),
                            milestones=[{"title": "Catalogue pages", "due": _iso(-40)}])
    ms.update_milestone(c.id, ms.list_milestones(c.id)[0].id, status="done")
    sig.add_signal(c.id, "complaint", "Client unhappy that search was slow at launch")
    sig.add_signal(c.id, "new_need", "Asked about an author newsletter")
    parts = svc.draft_for_contract(c.id, "followup").parts
    assert "again" not in parts["recap"] and "fell short" in parts["recap"]
    assert parts["upsell"].startswith("Before anything new") and "an author newsletter" in parts["upsell"]
    assert "still not working" in parts["question"]
