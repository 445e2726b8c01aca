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


def _portal():
    c = svc.create_contract(client_name="Oakline Legal", title="Client portal", started_at=_iso(-28), cadence="mon,thu",
                            milestones=[{"title": "Login and roles", "due": _iso(-17)},
                                        {"title": "Document upload", "due": _iso(4)}])
    set_schedule(c.id, client_contact="Priya Shah", ends_on=_iso(8))
    svc.add_entry(c.id, "Set up the staging server", kind="task", due=_iso(-5))
    return c


def test_a_question_about_a_logged_task_gets_its_date_and_others_get_no_unrelated_milestone(db):
    """Found in a fourth CLI probe: "When will the staging server be ready?" was answered with the next milestone's
    date although the log has the task and its (passed) due day; "Who approves roles?" got the date of "Login and
    roles"; "I was wondering whether …" was no question."""
    c = _portal()
    d = svc.draft_for_contract(c.id, "reply", message=(
        "When will the staging server be ready? Who approves roles? I was wondering whether the login supports "
        "two-factor."))
    lines = d.parts["answer"].splitlines()
    staging = next(ln for ln in lines if "staging server be ready" in ln)
    assert f"\"Set up the staging server\" was due {_day(-5)} and is still open" in staging
    assert "Login and roles" not in next(ln for ln in lines if "Who approves roles" in ln)
    assert any("two-factor" in ln and "confirm by" in ln for ln in lines)
    assert not _errors(d), d.lint


def test_a_long_numbered_list_of_questions_is_answered_in_full(db):
    """Found in the same probe: of ten numbered questions two were dropped, "Q1" stayed in the quotes, "I'll confirm
    point 5" was a figure the lint flagged, and "Will there be email notifications?" got the off-platform warning."""
    c = _portal()
    qs = ["When is login done?", "Who approves roles?", "Can we use SSO?", "What browsers are supported?",
          "Is there an audit log?", "How are files stored?", "What is the max upload size?", "Can clients delete files?",
          "Will there be email notifications?", "Do you need our logo?"]
    d = svc.draft_for_contract(c.id, "reply", message=" ".join(f"Q{i + 1} {q}" for i, q in enumerate(qs)))
    answer = d.parts["answer"]
    assert all(f"- \"{q}\"" in answer for q in qs), answer
    assert "Upwork messages" not in answer
    assert not _errors(d), d.lint
    many = svc.draft_for_contract(c.id, "reply", message=" ".join(f"Is item {w} ready?" for w in (
        "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec".split())))
    assert "Your other 2 questions: I'll answer each of them by" in many.parts["answer"]


def test_an_ending_contract_with_nothing_done_drafts_a_checkin_from_the_due_list(db):
    """Found in the same probe: "Draft it" on the "ending" item of a contract with no milestone done failed (a
    follow-up is refused there); a check-in is drafted, saying what is left."""
    from service.contracts.due import due_list
    from service.workflows.due_drafts import draft_item
    from tests.api.helpers import make_user

    c = _portal()
    item = next(i for i in due_list(contract_id=c.id) if i.kind == "ending")
    assert item.draft_kind == "checkin" and "what is left" in item.instructions
    assert draft_item(item.key, make_user("owner")[0]).kind == "checkin"
    ms.update_milestone(c.id, ms.list_milestones(c.id)[0].id, status="done")
    assert next(i for i in due_list(contract_id=c.id) if i.kind == "ending").draft_kind == "followup"


def test_an_ended_contract_gets_no_checkin_and_its_reply_names_no_next_milestone(db):
    import pytest

    from service.core.errors import InvalidInput

    c = _portal()
    svc.end_contract(c.id)
    for kind in ("checkin", "kickoff"):
        with pytest.raises(InvalidInput) as err:
            svc.draft_for_contract(c.id, kind)
        assert "ended" in str(err.value) and "follow-up" in err.value.fix
    r = svc.draft_for_contract(c.id, "reply", message="Thanks for everything. Can you send the final invoice?")
    assert "Login and roles" not in r.parts["next_step"] and "Client portal" in r.parts["next_step"]


def test_the_lint_flags_a_reply_that_leaves_a_question_unanswered():
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.drafting.lint_contract import lint_contract_message

    ws = load_workspace(DEMO_WORKSPACE)
    msg = "When is checkout ready? Can we keep our old page addresses?"
    thin = "Hi Tom,\n\nThanks for your message.\n\nCheckout and payments is due Fri 18 Dec.\n\nMaya"
    check = next(c for c in lint_contract_message("reply", thin, ws, message=msg).checks if c.id == "questions_answered")
    assert not check.passed and "old page addresses" in check.message and check.severity == "warning"
    full = thin.replace("Fri 18 Dec.", "Fri 18 Dec. I'll confirm the page addresses by Thu 10 Dec.")
    assert next(c for c in lint_contract_message("reply", full, ws, message=msg).checks
                if c.id == "questions_answered").passed


def test_a_quoted_question_carries_no_contact_details_and_a_long_one_is_quoted_from_where_it_asks(db):
    """Found in an eighth CLI probe: quoting "Can you email me at … or call +44 …?" back put an email address and a
    phone number into our reply (the lint blocked it), and a 50-word question was quoted whole."""
    c = _portal()
    d = svc.draft_for_contract(c.id, "reply", message=(
        "Can you email me at tom@example.com or call +44 7700 900123? When is document upload done? One more long "
        "question: given everything that happened with the supplier feed last month and the new archive system we "
        "move to in January, do you think the upload will need to be redone for the new file types, or can the "
        "current setup handle it?"))
    answer = d.parts["answer"]
    assert "tom@example.com" not in answer and "7700" not in answer and "Upwork messages" in answer
    assert "- \"…do you think the upload will need to be redone for the new file types, or can the current setup " \
           "handle it?\"" in answer and "supplier feed" not in answer
    assert not _errors(d), d.lint


def test_a_single_question_with_contact_details_is_not_quoted_with_them(db):
    c = _portal()
    d = svc.draft_for_contract(c.id, "reply", message="Can you email me at tom@example.com instead?")
    assert "tom@example.com" not in d.parts["acknowledgement"] + d.parts["answer"]
    assert not _errors(d), d.lint


def test_a_kickoff_names_the_update_days_in_words(db):
    """Found in a ninth CLI probe: a contract with cadence "fri" got "Updates come fri in Upwork messages"."""
    c = svc.create_contract(client_name="Mira Park", title="Analytics dashboard", started_at=_iso(2), cadence="fri")
    assert "Updates come every Friday in Upwork messages" in svc.draft_for_contract(c.id, "kickoff").parts["communication"]
    d = svc.create_contract(client_name="Mira Park", title="Second", started_at=_iso(2), cadence="daily")
    assert "Updates come every working day" in svc.draft_for_contract(d.id, "kickoff").parts["communication"]


def test_a_logged_task_past_its_due_day_is_a_checkin_risk(db):
    """Found in the fourth probe: the check-in compared the task's due day as "Wed 02 Dec 2026" with today's ISO date,
    so a late task logged through the CLI or the API was never a risk."""
    c = _portal()
    risks = svc.draft_for_contract(c.id, "checkin").parts["risks"]
    assert any(r.startswith("\"Set up the staging server\" was due") and "still open" in r for r in risks), risks
