"""Replies found wrong in a second CLI probe (2026-12-07, team-written messages): a complaint's feeling sentence was
quoted back and answered like a point, two complaint points got the same sentence, a late milestone the client
complains about was not owned up to from the record, "could we drop the blog page instead?" was answered as new
work, "Thanks, all good" got "Thank you for letting me know. Noted, thank you." and failed the word bounds, and a
kickoff's milestone days were ISO dates while every other message says "Fri 27 Nov"."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from service.contracts import milestones as ms
from service.contracts import records as svc
from service.contracts.cadence import set_schedule

TODAY = datetime.now(UTC).date()


def _iso(days: int) -> str:
    return (TODAY + timedelta(days=days)).isoformat()


def _day(days: int) -> str:
    d = TODAY + timedelta(days=days)
    return d.strftime("%a %d %b") + ("" if d.year == datetime.now().year else d.strftime(" %Y"))


def _dental():
    c = svc.create_contract(client_name="Pinecrest Dental", title="Booking site refresh", started_at=_iso(-21),
                            cadence="every Monday", milestones=[{"title": "Design mockups", "due": _iso(-10)},
                                                                {"title": "Build pages", "due": _iso(11)}])
    set_schedule(c.id, client_contact="Dr. Ana Ortiz")
    ms.update_milestone(c.id, ms.list_milestones(c.id)[0].id, status="done")  # done today, 10 days late
    return c


def _errors(d) -> list:
    return [ch for ch in d.lint["checks"] if ch["severity"] == "error" and not ch["passed"]]


def test_a_complaint_is_answered_point_by_point_from_the_record(db):
    c = _dental()
    d = svc.draft_for_contract(c.id, "reply", message=(
        "Honestly I am disappointed. The mockups took two weeks longer than you said. The colours are still wrong "
        "on the home page. What is going on?"))
    answer = d.parts["answer"]
    assert d.parts["acknowledgement"].startswith("I am sorry")
    assert "Honestly I am disappointed" not in answer  # the apology answers the feeling
    mockups = next(ln for ln in answer.splitlines() if "mockups took" in ln)
    assert f"\"Design mockups\" was due {_day(-10)} and was only done on {_day(0)}" in mockups
    closes = [ln.split("\" ", 1)[1] for ln in answer.splitlines() if "mockups took" in ln or "colours" in ln]
    assert len(closes) == 2 and closes[0] != closes[1] and all("Mon" in x or "by" in x for x in closes)
    status = next(ln for ln in answer.splitlines() if "going on" in ln)
    assert "\"Design mockups\" is done" in status and "Build pages" in status and "Where it stands: Done" not in status
    assert not _errors(d), d.lint


def test_dropping_a_page_is_no_new_work_and_an_all_good_is_a_short_reply(db):
    c = _dental()
    d = svc.draft_for_contract(c.id, "reply", message="Could we drop the blog page instead? And can you also add an "
                                                     "online payment step to the booking form?")
    drop = next(ln for ln in d.parts["answer"].splitlines() if "blog page" in ln)
    assert "not part of the current milestones" not in drop and "leaving it out" in drop
    assert not d.parts["questions"]  # "instead": the client already said what it replaces
    ok = svc.draft_for_contract(c.id, "reply", message="Thanks, all good on our side.")
    assert ok.parts["acknowledgement"] == "Thanks for the update." and "Noted" in ok.parts["answer"]
    assert not _errors(ok), ok.lint


def test_a_kickoff_writes_milestone_days_as_a_client_reads_them(db):
    c = _dental()
    k = svc.draft_for_contract(c.id, "kickoff")
    assert f"Build pages by {_day(11)}" in k.parts["timeline"] and _iso(11) not in k.parts["timeline"]
    assert not _errors(k), k.lint
