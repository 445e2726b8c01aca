"""The role × path matrix of the approval gate, extended to the CLI and the UI: every way to approve or
export a draft, with every kind of credential. Only a named person's live key (owner, manager, bidder)
holding the claim approves; export needs a key and a person's approval of that exact text. Counted:
approvals or exports that happened without them must be 0."""
from __future__ import annotations

import pytest
from typer.testing import CliRunner

from service.accounts.auth import add_user, authenticate, revoke_key, set_disabled
from service.review import actions as review
from tests.api.helpers import make_draft

CREDENTIALS = ("none", "wrong", "revoked-owner", "disabled-bidder", "api", "viewer", "bidder-no-claim",
               "bidder-claim", "manager-claim", "owner-claim")
HUMAN_OK = {"bidder-claim", "manager-claim", "owner-claim"}  # may approve (they hold the claim)
EXPORT_OK = HUMAN_OK | {"bidder-no-claim", "api"}  # may export an approved draft (export needs no claim)


@pytest.fixture
def people(db):
    keys = {}
    for name, role in (("owner", "owner"), ("manager", "manager"), ("bidder", "bidder"), ("viewer", "viewer"),
                       ("api", "api"), ("gone", "owner"), ("off", "bidder")):
        keys[name] = add_user(f"m-{name}", role)[1]
    revoke_key(authenticate(keys["gone"]).api_key_id)
    set_disabled(authenticate(keys["off"]).user_id, True)
    return keys


def key_for(cred: str, keys: dict) -> str | None:
    return {"none": None, "wrong": "dr_not-a-key", "revoked-owner": keys["gone"], "disabled-bidder": keys["off"],
            "api": keys["api"], "viewer": keys["viewer"], "bidder-no-claim": keys["bidder"],
            "bidder-claim": keys["bidder"], "manager-claim": keys["manager"], "owner-claim": keys["owner"]}[cred]


def fresh_draft(cred: str, keys: dict, *, approved: bool = False) -> int:
    d = make_draft().id
    if approved:
        owner = authenticate(keys["owner"])
        review.claim(d, owner)
        review.approve(d, 1, owner)
    elif cred.endswith("-claim") and cred != "bidder-no-claim":
        review.claim(d, authenticate(key_for(cred, keys)))
    return d


def cli(args: list[str], key: str | None):
    from service.cli import app

    env = {"DRAFTROOM_API_KEY": key} if key else {"DRAFTROOM_API_KEY": ""}
    return CliRunner(env=env).invoke(app, args)


# ---------------------------------------------------------------- CLI
@pytest.mark.parametrize("cred", CREDENTIALS)
def test_cli_approve(people, cred):
    d = fresh_draft(cred, people)
    r = cli(["approve", str(d), "--version", "1", "--acknowledge-flags"], key_for(cred, people))
    approved = review.get_draft(d).draft.approved_by is not None
    assert approved == (cred in HUMAN_OK) and (r.exit_code == 0) == approved, (cred, r.output, r.exception)


@pytest.mark.parametrize("cred", CREDENTIALS)
def test_cli_export(people, cred):
    unapproved, approved = fresh_draft(cred, people), fresh_draft(cred, people, approved=True)
    assert cli(["export", str(unapproved)], key_for(cred, people)).exit_code != 0
    assert review.get_draft(unapproved).draft.export_count == 0
    r = cli(["export", str(approved)], key_for(cred, people))
    exported = review.get_draft(approved).draft.export_count == 1
    assert exported == (cred in EXPORT_OK) and (r.exit_code == 0) == exported, (cred, r.output, r.exception)


@pytest.mark.parametrize("args", [["--as", "m-owner"], ["--user", "m-owner"], ["--owner"]])
def test_cli_has_no_impersonation(people, args):
    d = make_draft().id
    review.claim(d, authenticate(people["owner"]))
    r = cli(["approve", str(d), "--version", "1", *args], None)
    assert r.exit_code != 0 and review.get_draft(d).draft.approved_by is None


def test_cli_stored_login_is_a_key_too(people, tmp_path):
    from service.cli.common import save_key

    d = make_draft().id
    owner = authenticate(people["owner"])
    review.claim(d, owner)
    save_key(people["api"])  # the login belongs to an api key: it cannot approve
    assert cli(["approve", str(d), "--version", "1"], None).exit_code != 0
    save_key(people["owner"])
    assert cli(["approve", str(d), "--version", "1"], None).exit_code == 0
    from service.accounts.audit import query

    event = query(action="approve", target_id=d)[0]
    assert event.user_id == owner.user_id and event.api_key_id == owner.api_key_id  # the audit names the key


# ---------------------------------------------------------------- UI
def ui_page(key: str | None, draft_id: int):
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string("from review_ui.views import review\nreview.render()\n", default_timeout=30)
    if key:
        at.session_state["api_key"] = key  # as if this key had signed in (the page re-checks it on every run)
    at.session_state["draft_id"] = draft_id
    return at.run()


@pytest.mark.parametrize("cred", CREDENTIALS)
def test_ui_approve(people, cred):
    d = fresh_draft(cred, people)
    at = ui_page(key_for(cred, people), d)
    for box in [c for c in at.checkbox if c.key == f"ack_{d}"]:
        box.check().run()
    buttons = [b for b in at.button if b.label == "Approve"]
    if buttons and not buttons[0].disabled:
        buttons[0].click().run()
    approved = review.get_draft(d).draft.approved_by is not None
    assert approved == (cred in HUMAN_OK), (cred, [b.label for b in at.button])


@pytest.mark.parametrize("cred", CREDENTIALS)
def test_ui_export(people, cred):
    d = fresh_draft(cred, people, approved=True)
    at = ui_page(key_for(cred, people), d)
    buttons = [b for b in at.button if b.label == "Export approved text"]
    if buttons and not buttons[0].disabled:
        buttons[0].click().run()
    exported = review.get_draft(d).draft.export_count == 1
    assert exported == (cred in EXPORT_OK - {"api"}), (cred, [b.label for b in at.button])  # api keys: no UI at all
