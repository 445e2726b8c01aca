"""Regexes that read untrusted post text are linear-time: the fit rules, the offline judge, fit's text helpers,
the disqualifiers and the off-platform rule are RE2 patterns (no backtracking), and the work they do on hostile
input (60k-character tokens, long space runs) grows in proportion to the input. Asserted on operation counts
(characters scanned, counted by service.text.linear_re), never on wall time."""
from __future__ import annotations

import re
import types

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.fit import disqualifiers, offline, rules, service_match, text
from service.intake import off_platform
from service.intake.parse import parse_job
from service.text.linear_re import SCANNED
from service.text.linear_re import Pattern as LinearPattern


def scanned_total() -> int:
    return SCANNED.chars

N = 60_000
HOSTILE = {
    "token": lambda n: "a" * n,
    "email-like token": lambda n: "Contact " + "a." * (n // 2),
    "at-signs": lambda n: "a@" * (n // 2),
    "space run": lambda n: "x" + " " * n + "y",
    "tab run": lambda n: "x" + "\t" * n + "y",
    "digit groups": lambda n: "$" + "1," * (n // 2),
    "plus digits": lambda n: "+" + "1 " * (n // 2),
    "dots": lambda n: "." * n,
    "colon after words": lambda n: "a " * (n // 2) + ":",
    "messenger then plus": lambda n: "WhatsApp " + "+ " * (n // 2),
}


@pytest.fixture(scope="module")
def ws():
    return load_workspace(DEMO_WORKSPACE)


def _fit_work(body: str, ws) -> int:
    """Characters scanned by every linear pattern while fit reads one post (parse, rules, judge, match)."""
    SCANNED.reset()
    p = parse_job("Hostile post\n" + body)
    b = JobBrief(title=p.title, description=p.description, client=p.client)
    post = service_match.post_text(b)
    line = ws.service_lines[0]
    budget, below = rules.budget_fit(b, post, line, ws)
    rules.timeline_realism(b, post, ws)
    disqualifiers.disqualifiers(b, post, ws, below, budget)
    offline.judge_fit({"brief": b.model_dump(mode="json"), "post": post, "industries": ["SaaS"]})
    service_match.match_service(b, ws)
    return scanned_total()


@pytest.mark.parametrize("shape", HOSTILE)
def test_work_grows_linearly_with_hostile_input(ws, shape):
    small, large = _fit_work(HOSTILE[shape](N // 2), ws), _fit_work(HOSTILE[shape](N), ws)
    assert small > 0
    assert large / small <= 2.2, f"{shape}: doubling the input multiplied the work by {large / small:.2f}"
    assert large <= 400 * N, f"{shape}: {large:,} characters scanned for a {N:,}-character post"


def test_off_platform_rule_scans_each_character_a_bounded_number_of_times():
    hostile = "a" * N  # the old e-mail pattern backtracked for 12 s on this
    SCANNED.reset()
    assert off_platform.find_off_platform(hostile + " mail me at x@y.io") is not None
    assert scanned_total() <= len(off_platform.PATTERNS) * (N + 20)


@pytest.mark.parametrize("module", [rules, offline, text, disqualifiers, off_platform])
def test_post_text_patterns_are_linear_time(module: types.ModuleType):
    backtracking = [name for name, value in vars(module).items() if isinstance(value, re.Pattern)]
    assert backtracking == [], f"{module.__name__}: backtracking patterns {backtracking}; use service.text.linear_re.compile"
    assert any(isinstance(value, LinearPattern) for value in vars(module).values())


class _CountingList(list):
    """A list that counts the entries read from it (iteration, indexing, slices)."""

    visits = 0

    def __iter__(self):
        for x in list.__iter__(self):
            _CountingList.visits += 1
            yield x

    def __getitem__(self, i):
        got = list.__getitem__(self, i)
        _CountingList.visits += len(got) if isinstance(i, slice) else 1
        return got


def _html_visits(markup: str) -> int:
    from service.intake.parse_html import _Extractor

    p = _Extractor()
    p._stack = _CountingList()
    _CountingList.visits = 0
    p.feed(markup)
    p.close()
    assert p._hidden_depth == sum(h for _, h in list.__iter__(p._stack))
    return _CountingList.visits


@pytest.mark.parametrize("shape", [lambda n: "<p>" * n + "<span hidden>x</span>" + "</i>" * n,
                                   lambda n: "<div>" * n + "</div>" * n,
                                   lambda n: "<div hidden>" * n + "y" + "</span>" * n + "</div>" * n])
def test_unclosed_or_mismatched_html_tags_cost_linear_work(shape):
    """20k unclosed <p> tags took minutes: every tag scanned the open-tag stack. Count the stack entries
    read instead of timing: doubling the markup at most doubles them (plus slack)."""
    small, large = _html_visits(shape(5_000)), _html_visits(shape(10_000))
    assert large <= 2.2 * max(small, 1) + 10 and large <= 10 * 10_000


def test_html_hidden_text_still_kept_apart():
    from service.intake.parse_html import html_to_text

    text, hidden = html_to_text("<p>" * 50 + "<span style='display:none'>secret</span><p>visible</p>")
    assert "secret" not in text and "visible" in text and hidden == ["secret"]
