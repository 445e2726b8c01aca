"""UI test helpers: a seeded database (users of every role, demo jobs drafted) and AppTest runners."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from service.accounts.auth import Principal, add_user, authenticate, issue_key

ROOT = Path(__file__).resolve().parents[2]
DEMO_JOBS = ROOT / "service" / "demo_jobs"


@dataclass
class Seeded:
    owner: Principal
    bidder: Principal
    viewer: Principal
    keys: dict[str, str]
    draft_ids: list[int]


@pytest.fixture
def seeded(db) -> Seeded:
    from service.workflows.proposals import draft_for_job

    keys = {}
    for name, role in (("Olive", "owner"), ("Bea", "bidder"), ("Vera", "viewer")):
        _user, keys[role] = add_user(name, role)
    bidder = authenticate(keys["bidder"])
    ids = []
    for path in sorted(DEMO_JOBS.glob("*.txt")):
        draft, _ = draft_for_job(path.read_text(encoding="utf-8"), user=bidder)
        ids.append(draft.id)
    return Seeded(authenticate(keys["owner"]), bidder, authenticate(keys["viewer"]), keys, ids)


def page(name: str, who: Principal | None, timeout: float = 30, **session) -> AppTest:
    """Run one page module's ``render()`` headless, signed in as ``who``."""
    at = AppTest.from_string(f"from review_ui.views import {name}\n{name}.render()\n", default_timeout=timeout)
    if who is not None:  # the session holds a real key of this person; every run authenticates it again
        at.session_state["api_key"] = issue_key(who.user_id)
    for k, v in session.items():
        at.session_state[k] = v
    return at.run()


def app(timeout: float = 30) -> AppTest:
    return AppTest.from_file(str(ROOT / "review_ui" / "app.py"), default_timeout=timeout).run()


def texts(at: AppTest) -> str:
    """Every piece of text the page shows (markdown, captions, alerts, titles)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error", "code"):
        parts += [str(getattr(e, "value", "")) for e in getattr(at, kind)]
    return "\n".join(parts)


def button(at: AppTest, label: str):
    matches = [b for b in at.button if b.label == label]
    assert matches, f"no button '{label}' on the page; buttons: {[b.label for b in at.button]}"
    return matches[0]
