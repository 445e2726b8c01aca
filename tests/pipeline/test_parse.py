"""Parser: format detection and every structured field, on team-written page copies."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from service.intake.parse import parse_job

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=timezone.utc)

TILE = """Posted
2 hours ago
Senior
Vue.js
developer for a booking widget
Save Job
Payment verified
Rating is 4.9 out of 5.
4.9
4.88 Stars, based on 40 feedbacks
$15K+
spent
Australia
Hourly: $30.00 - $50.00
Expert
Est. time:
1 to 3 months, 30+ hrs/week
We need a
Vue.js
developer to rebuild our booking widget. It must load in under one second.
Vue.js
JavaScript
CSS
+2
Proposals:
20 to 50"""

DETAIL = """Skip to main content
Find work
Job details
Brand strategist for a tea company
Posted
3 days ago
Only freelancers located in the U.S. may apply.
We are launching a premium tea brand and need positioning, naming support and a messaging guide.
Less than 30 hrs/week
Hourly
Less than 1 month
Project Length
Entry level
I am looking for freelancers with the lowest rates
Experience Level
$20.00
-
$30.00
Hourly
You will be asked to answer the following questions when submitting a proposal:
Which consumer brands have you positioned?
Describe your recent experience with similar projects
Skills and Expertise
Marketing Skills
Brand Strategy
Copywriting
Activity on this job
Proposals:
Close the tooltip
Less than 5
About the client
Payment method not verified
Ireland
Dublin 9:00 AM
3 jobs posted
33% hire rate, 1 open job
Member since Mar 2, 2021
Footer navigation"""

MARKDOWN = """# Notes: logo job

**Title:** Minimal logo for a cycling club
**Posted:** 45 minutes ago
**Budget:** €350 Fixed-price
**Experience level:** Intermediate

## Summary
Our club needs a minimal logo that works on jerseys and stickers.

## Skills
**Mandatory:** Logo Design, Adobe Illustrator"""


def test_tile_fields_and_title_rejoined():
    p = parse_job(TILE, now=NOW)
    assert p.source_format == "upwork_tile"
    assert p.title == "Senior Vue.js developer for a booking widget"
    assert (p.budget_type, p.budget_min, p.budget_max, p.currency) == ("hourly", 30.0, 50.0, "USD")
    assert p.experience_level == "expert"
    assert p.project_length == "1 to 3 months" and p.hours_per_week == "More than 30 hrs/week"
    assert p.client.payment_verified is True and p.client.rating == 4.9 and p.client.reviews == 40
    assert p.client.total_spent == 15000 and p.client.country == "Australia"
    assert p.proposals == "20 to 50"
    assert p.skills == ["Vue.js", "JavaScript", "CSS"]
    assert p.posted_raw == "2 hours ago" and p.posted_at == NOW - timedelta(hours=2)
    assert "We need a Vue.js developer to rebuild our booking widget." in p.description
    assert "Proposals" not in p.description and "Save Job" not in p.description


def test_detail_page_fields_questions_and_client_block():
    p = parse_job(DETAIL, now=NOW)
    assert p.source_format == "upwork_detail"
    assert p.title == "Brand strategist for a tea company"
    assert p.description.startswith("We are launching a premium tea brand")
    assert "Find work" not in p.description and "Hourly" not in p.description
    assert (p.budget_type, p.budget_min, p.budget_max) == ("hourly", 20.0, 30.0)
    assert p.experience_level == "entry" and p.project_length == "Less than 1 month"
    assert p.hours_per_week == "Less than 30 hrs/week"
    assert p.location_restriction == "U.S. only"
    assert p.page_questions == ["Which consumer brands have you positioned?",
                                "Describe your recent experience with similar projects"]
    assert p.skills == ["Brand Strategy", "Copywriting"]
    assert p.proposals == "Less than 5"
    c = p.client
    assert (c.payment_verified, c.country, c.jobs_posted, c.hire_rate, c.member_since) == (
        False, "Ireland", 3, 33.0, "2021-03-02")
    assert p.posted_at == NOW - timedelta(days=3)


def test_markdown_copy():
    p = parse_job(MARKDOWN, now=NOW)
    assert p.source_format == "markdown"
    assert p.title == "Minimal logo for a cycling club"
    assert (p.budget_type, p.budget_min, p.currency) == ("fixed", 350.0, "EUR")
    assert p.experience_level == "intermediate"
    assert p.skills == ["Logo Design", "Adobe Illustrator"]
    assert p.posted_raw == "45 minutes ago"
    assert "Our club needs a minimal logo" in p.description


def test_plain_text_states_nothing_so_fields_stay_null():
    p = parse_job("Help with my Excel sheet\nI have a sheet with formulas that break when I add rows. Can you fix it?")
    assert p.source_format == "text" and p.title == "Help with my Excel sheet"
    for field in ("budget_type", "budget_min", "budget_max", "currency", "experience_level", "project_length",
                  "hours_per_week", "proposals", "posted_at", "location_restriction"):
        assert getattr(p, field) is None, field
    assert all(v is None for v in p.client.model_dump().values())
    assert p.skills == []


@pytest.mark.parametrize("text,expected", [
    ("Budget: $1.5K", (None, 1500.0, 1500.0, "USD")),
    ("Est. budget: $250.00", ("fixed", 250.0, 250.0, "USD")),
    ("Fixed-price", ("fixed", None, None, None)),
    ("Hourly: $30.00 - $50.00", ("hourly", 30.0, 50.0, "USD")),
    ("Budget: €2.000", ("fixed", 2000.0, 2000.0, "EUR")),
    ("Budget: £300-£500", ("fixed", 300.0, 500.0, "GBP")),
    ("Budget: ₹25,000", ("fixed", 25000.0, 25000.0, "INR")),
    ("Rate: A$35/hour", ("hourly", 35.0, 35.0, "AUD")),
    ("Presupuesto: 600 USD", (None, 600.0, 600.0, "USD")),
])
def test_budget_formats(text, expected):
    p = parse_job(f"Some job title\n{text}\nWe need help with a small project for our team this month.")
    got = (p.budget_type, p.budget_min, p.budget_max, p.currency)
    assert got[1:] == expected[1:]
    if expected[0]:
        assert got[0] == expected[0]


@pytest.mark.parametrize("raw,delta", [("just now", timedelta(0)), ("an hour ago", timedelta(hours=1)),
                                       ("yesterday", timedelta(days=1)), ("last week", timedelta(days=7)),
                                       ("15 minutes ago", timedelta(minutes=15))])
def test_relative_posted_time_resolved_against_now(raw, delta):
    p = parse_job(f"Posted {raw}\nA short job title\nWe need a logo for a bakery in Porto, simple and warm.", now=NOW)
    assert p.posted_at == NOW - delta


def test_rating_zero_without_feedback_is_unrated_not_zero():
    text = TILE.replace("Rating is 4.9 out of 5.", "Rating is 0 out of 5.").replace(
        "4.88 Stars, based on 40 feedbacks", "No feedback yet")
    p = parse_job(text, now=NOW)
    assert p.client.rating is None and p.client.reviews == 0


def test_every_parsed_field_records_its_evidence():
    p = parse_job(TILE, now=NOW)
    for name in ("budget_type", "budget_min", "experience_level", "proposals", "client.total_spent", "client.rating"):
        assert p.field_evidence.get(name), name
        assert all(part.split(" ")[0] in TILE for part in p.field_evidence[name].split(" | "))


def test_upwork_url_and_id_found():
    p = parse_job("Data labelling job\nhttps://www.upwork.com/jobs/Data-labelling_~0123456789abcdef01/\nLabel 500 images.")
    assert p.upwork_id == "~0123456789abcdef01" and p.url.startswith("https://www.upwork.com/jobs/")
