"""Contract messages (issue 14, item 8): Completed lists only what is marked done, an overdue milestone is
called out, the greeting uses the client's name correctly, and a follow-up is drafted only for a contract
that ended or reached a milestone, saying which."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.errors import InvalidInput
from service.core.workspace import load_workspace
from service.drafting.contract_messages import draft_contract_message, greeting_name

WS = load_workspace(DEMO_WORKSPACE)


def contract(**kw):
    base = {"id": 1, "title": "Reporting dashboard rebuild", "client_name": "Dr. Jane Smith", "status": "active",
            "service_line": "web-app", "cadence": "weekly",
            "milestones": [{"title": "Wireframes approved", "due": "2020-01-10", "done": False},
                           {"title": "Reports page live", "due": "2999-01-01", "done": False}]}
    return {**base, **kw}


ENTRIES = [
    {"id": 1, "kind": "task", "text": "Finished the login screen", "done": True},
    {"id": 2, "kind": "note", "text": "Migrated the orders table to the new schema", "done": False},
    {"id": 3, "kind": "note", "text": "Exported the weekly report for review", "done": True},
]


@pytest.mark.parametrize("name, greet", [("Dr. Jane Smith", "Jane"), ("Dr. Smith", "Dr. Smith"), ("Jane Smith", "Jane"),
                                         ("Acme Ltd", "Acme team"), ("", "there"), ("Prof. Alan Turing", "Alan"),
                                         ("Ms Lee", "Ms Lee"),
                                         # found trying the product (2026-12-07): never "Hi Dra.,", "Hi &," or "Hi jane,"
                                         ("Dra. Lucía Fernández", "Lucía"), ("Capt. Jack Sparrow", "Jack"),
                                         ("Dr. med. Hans Müller", "Hans"), ("Mr. & Mrs. Lee", "Mr. and Mrs. Lee"),
                                         ("Dr. J. R. Smith", "Dr. Smith"), ("Ms. Van der Berg", "Ms. Van der Berg"),
                                         ("The Smith Group", "Smith Group team"),
                                         ("O'Brien Consulting", "O'Brien Consulting team"), ("Smith, Jane", "Jane"),
                                         ("jane smith", "Jane"), ("DR. JANE SMITH", "Jane")])
def test_greeting_name(name, greet):
    assert greeting_name(name) == greet


def test_checkin_completed_only_done_and_overdue_milestone_called_out(db):
    out = draft_contract_message("checkin", contract(), ENTRIES, WS)
    assert out.text.startswith("Hi Jane,") and "Hi Dr.," not in out.text
    assert out.parts["completed"] == ["Finished the login screen", "Exported the weekly report for review"]
    assert "Migrated the orders table" not in " ".join(out.parts["completed"])
    assert any("Wireframes approved" in r and "overdue" in r for r in out.parts["risks"])
    assert not any("Reports page live" in r for r in out.parts["risks"])


def test_followup_only_after_an_end_or_a_milestone(db):
    with pytest.raises(InvalidInput) as err:
        draft_contract_message("followup", contract(), ENTRIES, WS)
    assert "ended or reached a milestone" in str(err.value) and err.value.field == "kind"
    reached = contract(milestones=[{"title": "Wireframes approved", "due": "2020-01-10", "done": True},
                                   {"title": "Reports page live", "due": "2999-01-01", "done": False}])
    mid = draft_contract_message("followup", reached, ENTRIES, WS)
    assert "reached a milestone" in mid.parts["recap"] and "Wireframes approved" in mid.parts["recap"]
    assert "wrapped up" not in mid.text
    ended = draft_contract_message("followup", contract(status="ended"), ENTRIES, WS)
    assert "wrapped up" in ended.parts["recap"]


def test_a_blocker_that_waits_on_the_client_is_the_client_action(db):
    """Found trying the product (2026-12-07): "Blocked: need brand colour preferences from Jane" sat under Risks while
    Client action said "Nothing needed from you this week"."""
    entries = [{"id": 1, "kind": "note", "text": "Blocked: need brand colour preferences from Jane", "done": False}]
    out = draft_contract_message("checkin", contract(), entries, WS)
    assert out.parts["client_action"] == "Please send the brand colour preferences, so the work it holds up can go on."
    assert "Nothing needed from you" not in out.text
    assert out.parts["current_focus"] == "Preparing the next milestone."  # nothing "above" to wrap up


def test_an_overdue_open_task_is_a_risk(db):
    entries = [{"id": 1, "kind": "task", "text": "Set up the staging server", "done": False, "due": "2020-02-01"}]
    out = draft_contract_message("checkin", contract(), entries, WS)
    assert any("Set up the staging server" in r and "Sat 01 Feb 2020" in r for r in out.parts["risks"])


def test_a_kickoff_is_not_flagged_for_its_own_dates_and_milestone_titles(db):
    c = contract(started_at="2026-11-01", milestones=[{"title": "Mailchimp setup", "due": "2026-11-20", "done": False}])
    out = draft_contract_message("kickoff", c, [], WS)
    claims = next(x for x in out.lint.checks if x.id == "no_unsupported_claims")
    assert claims.passed, claims.message


def test_a_reply_answers_when_a_milestone_is_due_and_skips_the_salutation(db):
    """Found trying the product (2026-12-07): a reply quoted "Hi Maya, quick question: when …" back as the topic and
    answered none of it; a complaint got no apology; "ok" got "I do not have a logged update on that yet"."""
    c = contract()
    out = draft_contract_message("reply", c, [], WS, message="Hi Maya, quick question: when will the reports page be live?")
    assert "Hi Maya" not in out.parts["acknowledgement"]
    assert '"Reports page live" is due Tue 01 Jan 2999.' in out.parts["answer"]  # a day as a client reads it
    late = draft_contract_message("reply", c, [], WS, message="When are the wireframes approved?")
    assert "was due Fri 10 Jan 2020 and is late" in late.parts["answer"]
    sorry = draft_contract_message("reply", c, [], WS, message="Hello, I'm not happy with the pace of this project.")
    assert sorry.parts["acknowledgement"].startswith("I am sorry")
    ok = draft_contract_message("reply", c, [], WS, message="ok, thanks")
    assert ok.parts["answer"] == "Noted; I'll carry on as planned." and ok.parts["acknowledgement"] == "Thanks for the update."
