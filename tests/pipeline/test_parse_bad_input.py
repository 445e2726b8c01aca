"""Bad input never crashes: a sensible ParsedFields or a clear InvalidInput/TooLarge."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.core.errors import DraftroomError, InvalidInput, TooLarge
from service.intake.parse import parse_job


def test_html_tags_become_text_and_hidden_parts_are_kept_aside():
    html = ("<html><body><h1>Need a Figma designer</h1><p>Design <b>6 screens</b> for a recipe app.</p>"
            "<p>Budget: $600</p><div style='display:none'>secret instructions for bots</div>"
            "<!-- tracking comment --><script>alert(1)</script></body></html>")
    p = parse_job(html)
    assert p.title == "Need a Figma designer"
    assert "Design 6 screens for a recipe app." in p.description
    assert "<" not in p.description and "alert(1)" not in p.description
    assert "secret instructions" not in p.description
    assert "secret instructions for bots" in p.hidden_text and "tracking comment" in p.hidden_text
    assert p.budget_min == 600.0


def test_100kb_post_parses():
    body = ("We need a data pipeline in Python that is reliable and documented. " * 1500)[:100_000]
    p = parse_job("Big job\nHourly: $40.00 - $60.00\n" + body)
    assert p.title == "Big job" and len(p.description) > 90_000 and p.budget_max == 60.0


def test_over_the_size_limit_is_too_large():
    with pytest.raises(TooLarge) as err:
        parse_job("x" * 300_000)
    assert err.value.field == "job_text" and "DRAFTROOM_MAX_JOB_BYTES" in err.value.fix


def test_emoji_everywhere():
    p = parse_job("🚀🚀 Need TikTok editor 🚀🚀\n🔥 Budget: $300 🔥\nEdit 10 clips 🎬 with captions ✨")
    assert "TikTok" in p.title and p.budget_min == 300.0


@pytest.mark.parametrize("raw", ["https://www.upwork.com/jobs/~0123456789abcdef01",
                                 "  https://example.com/some/job  "])
def test_only_a_url_asks_for_the_text(raw):
    with pytest.raises(InvalidInput) as err:
        parse_job(raw)
    assert "paste" in err.value.fix


@pytest.mark.parametrize("raw", ["", "   \n\t  ", "<p> </p><br/>", "\u200b\u200c\u200d\u2060\ufeff \u200b"])
def test_empty_input(raw):
    with pytest.raises(InvalidInput) as err:
        parse_job(raw)
    assert err.value.field == "job_text"


def test_lone_surrogate_is_refused_clearly():
    with pytest.raises(InvalidInput) as err:
        parse_job("Fix my site \ud800 please, the checkout is broken")
    assert err.value.field == "job_text" and "Unicode" in str(err.value)


def test_empty_description_with_title_is_fine():
    p = parse_job({"title": "Need a logo", "description": ""})
    assert p.title == "Need a logo" and p.description == ""


@pytest.mark.parametrize("raw", [None, 42, 3.5, ["a"], True])
def test_wrong_python_types(raw):
    with pytest.raises(InvalidInput):
        parse_job(raw)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_any_text_parses_or_fails_clearly(text):
    try:
        p = parse_job(text)
    except DraftroomError:
        return
    assert p.title or p.description


_json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
                            lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                            max_leaves=12)
_keys = st.sampled_from(["title", "description", "budget", "amount", "hourly_min", "hourly_max", "skills", "client",
                         "experience_level", "duration", "workload", "proposals", "posted_at", "budget_type",
                         "client_rating", "client_total_spent", "currency", "url", "raw_text", "country"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_keys, _json_values, max_size=8))
def test_any_job_json_parses_or_fails_clearly(job):
    try:
        p = parse_job(job)
    except DraftroomError as err:
        assert err.field and str(err)
        return
    assert p.source_format == "json"


@pytest.mark.parametrize("posted", [-62135596800 - 86400, -1e18, 1e20, 1e16])
def test_a_unix_time_outside_the_calendar_is_a_clear_error(posted):
    """A numeric posted_at before year 1 or after 9999 raised a bare ValueError/OverflowError (found by hypothesis)."""
    with pytest.raises(DraftroomError) as err:
        parse_job({"title": "Fix our booking form", "description": "The form stopped sending emails.", "posted_at": posted})
    assert err.value.field == "posted_at" and "1970" in err.value.fix
