"""The seeded demo (10 contracts, 8 weeks, fixed clock): the Due list equals the hand-computed list
exactly; drafting from it queues check-ins whose Completed items trace to done log entries; handling an
item takes it off the list. Runs on SQLite, and on PostgreSQL when DRAFTROOM_TEST_DATABASE_URL is set."""
from __future__ import annotations

from service.accounts.auth import Principal
from service.contracts.due import due_list
from service.core.db import session_scope
from service.core.models import Draft
from service.workflows import due_drafts
from tests.accounts import demo_contracts as demo
from tests.api.helpers import make_user


def _expected(ids: dict[str, int]) -> list[tuple[str, str, int]]:
    """(key, status, days) worked out by hand from demo_contracts.py, most urgent first."""
    b, co, d, f, h, i, j = (ids[k] for k in ("bluebird", "cobalt", "dune", "fjord", "harbor", "iris", "juniper"))
    return [
        (f"milestone:{h}:-2:2025-02-07", "overdue", 20),  # Harbor 'API v1' (JSON milestone #2), due Fri 7 Feb
        (f"quiet:{f}:2025-02-03", "overdue", 24),  # Fjord: no client message since the start; 24 - 7 = 17
        (f"quiet:{co}:2025-02-12", "overdue", 15),  # Cobalt: 15 - 7 = 8
        (f"milestone:{b}:{{bm}}:2025-02-20", "overdue", 7),  # Bluebird 'Calendar sync'
        (f"ending:{h}:2025-02-21", "passed", -6),  # Harbor ended on paper 6 days ago
        (f"checkin:{co}:2025-02-24", "overdue", 3),  # Cobalt: Monday (workspace default), last Mon 10 Feb
        (f"checkin:{d}:2025-02-25", "overdue", 2),  # Dune: Tuesday slot missed, last Fri 21
        (f"milestone:{j}:{{jm}}:2025-02-26", "overdue", 1),  # Juniper 'Driver app beta'
        (f"checkin:{b}:2025-02-27", "due", 0),  # Bluebird: Thursday, last Mon 24
        (f"checkin:{i}:2025-02-27", "due", 0),  # Iris: Thursday, last approved Thu 20 (Thu 27 still pending)
        (f"quiet:{i}:2025-02-20", "overdue", 7),  # Iris: exactly the 7-day limit (the Fri 28 message is later)
        (f"ending:{d}:2025-03-07", "soon", 8),  # Dune ends in 8 days
    ]


def _actual_and_expected(ids):
    bm = demo.milestone_id(ids["bluebird"], "Calendar sync")
    jm = demo.milestone_id(ids["juniper"], "Driver app beta")
    expected = [(k.replace("{bm}", str(bm)).replace("{jm}", str(jm)), st, n) for k, st, n in _expected(ids)]
    return [(i.key, i.status, i.days) for i in due_list(demo.AS_OF)], expected


def test_due_list_matches_the_hand_computed_expectation(db):
    ids = demo.seed()
    actual, expected = _actual_and_expected(ids)
    assert actual == expected
    by_key = {i.key: i for i in due_list(demo.AS_OF)}
    cobalt = by_key[f"checkin:{ids['cobalt']}:2025-02-24"]
    assert "2 check-in days missed" in cobalt.reason and "Mon 10 Feb 2025" in cobalt.reason
    # Dune has no milestone done, so a follow-up would be refused: its ending item drafts a check-in (what is left)
    assert by_key[f"ending:{ids['dune']}:2025-03-07"].draft_kind == "checkin"
    nothing = {ids[k] for k in ("northwind", "ember", "garnet")}
    assert not nothing & {i.contract_id for i in by_key.values()}


def test_one_click_drafts_trace_to_done_notes_and_handled_items_leave_the_list(db):
    ids = demo.seed()
    me, _ = make_user("bidder")
    drafted = []
    for item in due_list(demo.AS_OF):
        if item.kind == "ending":
            continue
        d = due_drafts.draft_item(item.key, me, now=demo.AS_OF)
        drafted.append((item, d))
        assert d.status == "pending_review" and d.contract_id == item.contract_id and d.kind == item.draft_kind
    checkins = [(item, d) for item, d in drafted if d.kind == "checkin"]
    assert len(checkins) == 10
    traced = 0
    for item, d in checkins:
        log = demo.entries(item.contract_id)
        for text, eid in zip(d.parts["completed"], d.parts["completed_entry_ids"]):
            assert log[eid].done, f"'{text}' comes from entry {eid}, which is not marked done"
            assert text.lower() in log[eid].text.lower()
            traced += 1
    assert traced >= 5
    # the list shows each item's draft; a second click on an open draft is refused
    view = {row["key"]: row for row in due_drafts.due_view(demo.AS_OF)}
    first_item, first_draft = drafted[0]
    assert view[first_item.key]["draft_id"] == first_draft.id
    import pytest

    from service.core.errors import Conflict

    with pytest.raises(Conflict) as err:
        due_drafts.draft_item(first_item.key, me, now=demo.AS_OF)
    assert err.value.extra["draft_id"] == first_draft.id
    # a person approves Bluebird's check-in and marks its milestone done: both items leave the list
    b = ids["bluebird"]
    bluebird_checkin = next(d for it, d in drafted if it.key == f"checkin:{b}:2025-02-27")
    with session_scope() as s:
        row = s.get(Draft, bluebird_checkin.id)
        row.status, row.approved_at = "approved", demo.at("2025-02-27", 15)
    from service.contracts import milestones

    milestones.update_milestone(b, demo.milestone_id(b, "Calendar sync"), status="done")
    keys = {i.key for i in due_list(demo.AS_OF)}
    assert not any(k.startswith(f"checkin:{b}:") or k.startswith(f"milestone:{b}:") for k in keys)
    assert len(keys) == 10


def test_scan_records_first_seen_and_resolution(db):
    demo.seed()
    from datetime import timedelta

    first = due_drafts.scan(demo.at("2025-02-27", 12))
    assert first["open"] == 12 and len(first["new"]) == 12 and first["resolved"] == 0
    again = due_drafts.scan(demo.at("2025-02-27", 13))
    assert again == {"open": 12, "new": [], "resolved": 0, "alerted": 0}
    later = due_drafts.scan(demo.at("2025-02-27", 13) + timedelta(days=1))  # Friday: Thursday slots roll over
    assert later["resolved"] >= 1


def test_an_item_that_is_not_due_cannot_be_drafted(db):
    demo.seed()
    me, _ = make_user("bidder")
    import pytest

    from service.core.errors import Forbidden, NotFound

    with pytest.raises(NotFound) as err:
        due_drafts.draft_item("checkin:1:2025-02-27", me, now=demo.AS_OF)  # Northwind checked in today
    assert err.value.field == "key" and "draftroom due" in err.value.fix
    viewer = Principal(user_id=me.user_id, name="v", role="viewer")
    with pytest.raises(Forbidden):
        due_drafts.draft_item("anything", viewer, now=demo.AS_OF)


def test_the_worker_runs_the_scan_every_15_minutes(db, monkeypatch):
    from datetime import datetime

    from service.core.config import reset_settings
    from service.workflows import tasks

    monkeypatch.setenv("DRAFTROOM_TASK_BACKEND", "sqlite")
    reset_settings()
    tasks.reset_huey()
    huey = tasks.get_huey()
    due = [t.name for t in huey.read_periodic(datetime(2025, 2, 27, 10, 15))]
    assert "due_scan" in due
    assert "due_scan" not in [t.name for t in huey.read_periodic(datetime(2025, 2, 27, 10, 16))]
    demo.seed()
    out = huey.due_scan_task.call_local()  # the real scan, on today's clock: the 2025 demo is long overdue
    assert int(out.split()[0]) > 0 and out.endswith(", 0 resolved, 0 alerted")
    tasks.reset_huey()


def test_drafting_instructions_say_why_and_whom_to_address(db):
    ids = demo.seed()
    item = next(i for i in due_list(demo.AS_OF) if i.key.startswith(f"milestone:{ids['bluebird']}:"))
    text = due_drafts._instructions(item)
    assert "'Calendar sync' was due Thu 20 Feb 2025" in text and text.endswith("Address the message to Dr. Okafor.")
    cobalt = next(i for i in due_list(demo.AS_OF) if i.key.startswith(f"checkin:{ids['cobalt']}:"))
    assert "Address" not in due_drafts._instructions(cobalt)  # no contact set
