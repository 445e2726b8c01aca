"""Job JSON shapes (alert tools, Upwork API-like records, our own dataset shape) and wrong types."""
from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from service.core.errors import InvalidInput
from service.intake.parse import parse_job

NOW = datetime(2025, 6, 1, tzinfo=timezone.utc)


def test_minimal_title_description():
    p = parse_job({"title": "Fix a Django bug", "description": "Our admin page crashes on save."})
    assert p.source_format == "json" and p.title == "Fix a Django bug"
    assert p.description == "Our admin page crashes on save."
    assert p.budget_type is None and p.client.country is None


def test_json_string_is_detected():
    p = parse_job(json.dumps({"title": "Logo", "description": "Logo for a bakery.", "budget": 200}))
    assert p.source_format == "json" and p.budget_min == 200.0 and p.budget_type is None


def test_graphql_like_shape():
    p = parse_job({
        "title": "SEO audit", "description": "Audit our store.",
        "amount": {"rawValue": "500.0", "currency": "USD"}, "contractType": "FIXED",
        "experienceLevel": "EXPERT", "durationLabel": "Less than 1 month", "engagement": "Less than 30 hrs/week",
        "skills": [{"prettyName": "SEO"}, {"prettyName": "Google Analytics"}],
        "client": {"location": {"country": "Germany"}, "totalSpent": {"rawValue": "1200.5"},
                   "verificationStatus": "VERIFIED", "totalReviews": 4, "totalPostedJobs": 9},
        "publishedDateTime": "2025-05-20T03:27:41Z", "ciphertext": "~0123456789abcdef01"}, now=NOW)
    assert (p.budget_type, p.budget_min, p.budget_max, p.currency) == ("fixed", 500.0, 500.0, "USD")
    assert p.experience_level == "expert" and p.project_length == "Less than 1 month"
    assert p.hours_per_week == "Less than 30 hrs/week" and p.skills == ["SEO", "Google Analytics"]
    c = p.client
    assert (c.country, c.total_spent, c.payment_verified, c.reviews, c.jobs_posted) == ("Germany", 1200.5, True, 4, 9)
    assert p.posted_at == datetime(2025, 5, 20, 3, 27, 41, tzinfo=timezone.utc)
    assert p.upwork_id == "~0123456789abcdef01"


def test_hourly_min_max_and_flat_client_fields():
    p = parse_job({"title": "Data engineer", "description": "Build dbt models.", "hourly_min": 40, "hourly_max": "$70",
                   "client_country": "USA", "client_rating": "4.9", "client_total_spent": "$15K+",
                   "client_hire_rate": "80%", "client_payment_verified": "yes", "proposals": "20 to 50",
                   "posted": "3 hours ago"}, now=NOW)
    assert (p.budget_type, p.budget_min, p.budget_max, p.currency) == ("hourly", 40.0, 70.0, "USD")
    assert (p.client.country, p.client.rating, p.client.total_spent, p.client.hire_rate) == (
        "United States", 4.9, 15000.0, 80.0)
    assert p.client.payment_verified is True and p.proposals == "20 to 50"
    assert p.posted_raw == "3 hours ago"


def test_dataset_style_record_with_raw_text_only():
    p = parse_job({"raw_text": "Posted\n1 hour ago\nA title here\nSave Job\nPayment verified\n$0\nspent\nSpain\n"
                               "Fixed price\nEntry level\nEst. budget:\n$90.00\nSmall fix on a landing page.\n"
                               "HTML\nProposals:\n5 to 10"}, now=NOW)
    assert p.source_format == "json" and p.title == "A title here"
    assert (p.budget_type, p.budget_min, p.experience_level) == ("fixed", 90.0, "entry")
    assert p.client.country == "Spain" and p.client.total_spent == 0.0


def test_rss_style_html_description_is_parsed():
    p = parse_job({"title": "Translator", "description": "<b>Hourly Range</b>: $15.00-$30.00<br /><b>Country</b>: "
                   "Ukraine<br />Translate course material from Ukrainian to Turkish.<br /><b>Skills</b>: Translation, "
                   "Turkish"})
    assert (p.budget_type, p.budget_min, p.budget_max) == ("hourly", 15.0, 30.0)
    assert p.client.country == "Ukraine" and "<b>" not in p.description


@pytest.mark.parametrize("job,field", [
    ({"title": ["a list"], "description": "x"}, "title"),
    ({"title": "ok", "description": {"nested": 1}}, "description"),
    ({"title": "ok", "description": "x", "skills": 42}, "skills"),
    ({"title": "ok", "description": "x", "skills": [1, 2]}, "skills"),
    ({"title": "ok", "description": "x", "budget": "lots of money"}, "budget"),
    ({"title": "ok", "description": "x", "budget": True}, "budget"),
    ({"title": "ok", "description": "x", "budget_type": "barter"}, "budget_type"),
    ({"title": "ok", "description": "x", "client": "rich"}, "client"),
    ({"title": "ok", "description": "x", "client": {"rating": "great"}}, "client.rating"),
    ({"title": "ok", "description": "x", "client": {"payment_verified": "maybe"}}, "client.payment_verified"),
    ({"title": "ok", "description": "x", "posted_at": "the other day"}, "posted_at"),
    ({"title": "", "description": "   "}, "description"),
])
def test_wrong_types_name_the_field(job, field):
    with pytest.raises(InvalidInput) as err:
        parse_job(job)
    assert err.value.field == field and err.value.fix


def test_broken_json_string_is_a_clear_error():
    with pytest.raises(InvalidInput) as err:
        parse_job('{"title": "x", "description": ')
    assert "not valid JSON" in str(err.value) and err.value.field == "job"


def test_json_list_is_refused_with_a_pointer_to_triage():
    with pytest.raises(InvalidInput) as err:
        parse_job('[{"title": "a"}]')
    assert "triage" in err.value.fix
