"""Page layouts written by the team (modelled on the shapes of real pages, never copied): the public search
tile, the logged-in search tile, the job detail page and markdown notes. Every field is checked, and a field
the page does not state must stay None."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

from service.intake.parse import parse_job
from service.intake.parse_countries import country_name

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

PUBLIC_TILE = """Posted 2 hours ago
Senior Django developer for a booking platform
Hourly: $45.00 - $70.00
Intermediate
Est. time: 1 to 3 months, Less than 30 hrs/week
Our clinic booking platform runs on Django 4 and PostgreSQL. We need an experienced developer to add
recurring appointments, clean up the admin and write tests for the scheduling code.
Django
Python
PostgreSQL
Payment verified
4.82 of 23 reviews
$20K+ spent
Germany
Proposals: 10 to 15
"""

LOGGED_IN_TILE = """Featured
Posted 35 minutes ago
Flutter developer to finish a delivery tracking app
Save job
Fixed-price - Intermediate - Est. budget: $1,200
We have a half-built Flutter app for couriers. The map screen and push notifications are missing and
the login flow needs to move to Firebase Auth. Designs are ready in Figma.
more
Flutter
Dart
Firebase
+2
Payment verified
Rating is 4.9 out of 5.
$5K+
spent
Location
United States
Proposals: Less than 5
"""

DETAIL = """Shopify theme speed and cart drawer fixes
Posted
3 days ago
Worldwide
Our skincare store loads slowly on phones. We want the product template cleaned up, lazy images,
and a cart drawer that does not jump when an item is added.
Budget $150 fixed.
Less than 1 month
Project length
Intermediate
Experience level
Skills and Expertise
Shopify
Liquid
Activity on this job
Proposals:
5 to 10
About the client
Payment method verified
4.6 of 11 reviews
Location
Canada
Toronto 9:02 AM
14 jobs posted
79% hire rate, 2 open jobs
$8.4K total spent
11 hires, 1 active
Member since Feb 3, 2021
Job link
"""

MARKDOWN = """# Notes: landing page copy job

**Title:** Landing page copy for a B2B invoicing tool
**Client:** Netherlands, payment verified, $3K spent, 4.7 rating (9 reviews), 6 hires
**Budget:** $900 fixed

We are relaunching our invoicing product for accountants and need a long-form landing page, three
headline options and a short email to existing users.
"""

BARE_COUNTRY_TILE = """Posted yesterday
Data pipeline from Stripe to BigQuery
Save job
Hourly
Expert
Est. time: Less than 1 month, Less than 30 hrs/week
We want nightly loads of Stripe charges and refunds into BigQuery with dbt models on top.
BigQuery
dbt
Payment unverified
$0
spent
Netherlands
"""


def test_public_tile_title_skips_posted_and_reads_the_client_block():
    p = parse_job(PUBLIC_TILE, now=NOW)
    assert p.source_format == "upwork_tile"
    assert p.title == "Senior Django developer for a booking platform"
    assert (p.budget_type, p.budget_min, p.budget_max) == ("hourly", 45, 70)
    assert p.experience_level == "intermediate"
    assert p.skills == ["Django", "Python", "PostgreSQL"]
    assert p.client.country == "Germany"
    assert (p.client.rating, p.client.reviews) == (4.82, 23)
    assert p.client.total_spent == 20000 and p.client.payment_verified is True
    assert p.proposals == "10 to 15"
    assert p.client.hires is None and p.client.member_since is None  # not on the page
    assert "recurring appointments" in p.description and "Germany" not in p.description


def test_logged_in_tile_skips_featured_and_reads_location_block():
    p = parse_job(LOGGED_IN_TILE, now=NOW)
    assert p.title == "Flutter developer to finish a delivery tracking app"
    assert (p.budget_type, p.budget_min) == ("fixed", 1200)
    assert p.skills == ["Flutter", "Dart", "Firebase"]
    assert p.client.country == "United States"
    assert p.client.rating == 4.9 and p.client.total_spent == 5000
    assert p.proposals == "Less than 5"
    assert "Posted" not in p.title and "more" not in p.description.split("\n")


def test_detail_page_location_reviews_budget_sentence_and_hires():
    p = parse_job(DETAIL, now=NOW)
    assert p.title == "Shopify theme speed and cart drawer fixes"
    assert (p.budget_type, p.budget_min, p.budget_max) == ("fixed", 150, 150)
    assert p.client.country == "Canada"
    assert (p.client.rating, p.client.reviews) == (4.6, 11)
    assert p.client.hires == 11 and p.client.jobs_posted == 14 and p.client.hire_rate == 79
    assert p.client.total_spent == 8400
    assert p.skills == ["Shopify", "Liquid"]


def test_markdown_client_line():
    p = parse_job(MARKDOWN, now=NOW)
    assert p.title == "Landing page copy for a B2B invoicing tool"
    assert p.client.country == "Netherlands" and p.client.payment_verified is True
    assert p.client.total_spent == 3000 and p.client.rating == 4.7 and p.client.reviews == 9
    assert p.client.hires == 6
    assert (p.budget_type, p.budget_min) == ("fixed", 900)


def test_bare_country_line_after_spent():
    p = parse_job(BARE_COUNTRY_TILE, now=NOW)
    assert p.title == "Data pipeline from Stripe to BigQuery"
    assert p.client.country == "Netherlands"
    assert p.client.payment_verified is False and p.client.total_spent == 0
    assert p.budget_type == "hourly" and p.budget_min is None


def test_a_country_word_in_the_description_is_not_the_client_country():
    text = "Translate our app into German\nWe sell in Germany and Austria.\nGermany\nThe texts are short."
    assert parse_job(text, now=NOW).client.country is None


@pytest.mark.parametrize("raw,name", [("Somalia", "Somalia"), ("Côte d'Ivoire", "Côte d'Ivoire"),
                                      ("Cote d'Ivoire", "Côte d'Ivoire"), ("Ivory Coast", "Côte d'Ivoire"),
                                      ("NGA", "Nigeria"), ("FRA", "France"), ("USA", "United States"),
                                      ("UK", "United Kingdom"), ("the Netherlands", "Netherlands"),
                                      ("Türkiye", "Turkey"), ("Kosovo", "Kosovo")])
def test_country_names_codes_and_aliases(raw, name):
    assert country_name(raw) == name


@pytest.mark.parametrize("raw", ["us", "in", "Hello", "Remote", "IN", ""])
def test_not_countries(raw):
    assert country_name(raw, codes=False) is None


def test_budget_sentence_in_plain_text():
    p = parse_job("Logo refresh for a bakery\nWe want a cleaner logo and two colour options.\nBudget $150 fixed.", now=NOW)
    assert (p.budget_type, p.budget_min, p.budget_max) == ("fixed", 150, 150)


def test_hires_from_job_json():
    p = parse_job({"title": "API work", "description": "Build an endpoint.", "client": {"total_hires": 7}}, now=NOW)
    assert p.client.hires == 7


def test_title_above_posted_line_and_label_lines_in_a_tile_like_copy():
    text = ("Payments dashboard for a small fintech\n\nPosted 3 hours ago\nHourly: $50.00 - $80.00\nExpert\n"
            "Duration: 1 to 3 months\n\nWe need a React dashboard over our payments API with role-based access.\n"
            "Skills: React, TypeScript\nPayment method verified\nRating is 4.7 out of 5.\nGermany\n$12K total spent\n"
            "Proposals: 5 to 10\n")
    p = parse_job(text, now=NOW)
    assert p.title == "Payments dashboard for a small fintech"
    assert p.project_length == "1 to 3 months" and p.description.startswith("We need a React dashboard")
    assert p.skills == ["React", "TypeScript"] and p.client.country == "Germany" and p.client.total_spent == 12000


def test_every_country_in_the_real_posts_is_recognised():
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "jobs.jsonl"
    if not data.exists():
        pytest.skip("real data not present")
    values = {json.loads(line).get("country") for line in data.open(encoding="utf-8")} - {None}
    assert values and sorted(v for v in values if country_name(v) is None) == []
