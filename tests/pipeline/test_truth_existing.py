"""The letter asks about "the current app" only when the post's own work is already under way: not for a new build
that plugs into existing code, not when the post says there is no existing code, and not when "existing" or "ongoing"
names something else (the applicant's past work, the engagement, code libraries). Team-written posts."""
from __future__ import annotations

import pytest

from service.drafting.offline_writer import _question
from service.drafting.work_kinds import classify

DEV = frozenset({"dev"})
CURRENT = "current app"


def _asked(title: str, desc: str) -> str:
    kind = classify(title, desc, DEV)
    assert kind.id in ("webapp", "mobile"), kind.id
    return (_question(kind, None, "project", f"{title}\n{desc}") or "").lower()


@pytest.mark.parametrize("title, desc", [
    ("React front end for our booking tool", ("Build a brand-new React front end for our booking tool. It must "
     "integrate with our existing code base through the REST endpoints we already have.")),
    ("React front end for a booking tool", ("Build the booking screens in React; they must integrate with our "
     "existing codebase through its REST endpoints.")),
    ("Flutter mobile app for a gym", ("We need a Flutter mobile app for our gym members. There is no existing code, "
     "only a Figma file.")),
    ("Vue web app for a dog-walking service", ("Vue web app for booking dog walkers. Please share if you have any "
     "existing project like this.")),
    ("Angular web app for team chat", ("Angular front end for a chat tool. Feel free to use open source code or "
     "existing code libraries.")),
    ("Next.js web app MVP", "Next.js MVP for a recipe site. This will be an ongoing project with more features later."),
])
def test_a_new_build_is_not_asked_about_the_current_app(title, desc):
    assert CURRENT not in _asked(title, desc)


@pytest.mark.parametrize("title, desc", [
    ("React web app: new checkout screen", "Our existing app needs a new checkout screen and a faster search page."),
    ("Flutter mobile app to finish", ("The app is already in active development, about half the screens are done. "
     "Our previous developer left, so we need someone to finish the rest.")),
])
def test_work_already_under_way_is_asked_about_the_current_app(title, desc):
    assert CURRENT in _asked(title, desc)
