"""Reviewer "score is wrong" feedback: stored with the assessment, listed, exported as eval cases."""
from __future__ import annotations

import io
import json

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.db import session_scope
from service.core.errors import InvalidInput, NotFound
from service.core.models import Job
from service.core.workspace import load_workspace
from service.fit.feedback import (
    REASONS,
    export_eval_cases,
    list_feedback,
    record_feedback,
)
from service.workflows.triage import save_assessment, score_record

JOB = {"title": "Fix a few issues on our Shopify store",
       "description": "The product page shows the wrong variant image on mobile and the cart drawer subtotal does not update.",
       "budget_type": "fixed", "budget_min": 300, "budget_max": 300, "skills": ["Shopify", "Liquid"]}


@pytest.fixture
def assessment_id(db) -> int:
    ws = load_workspace(DEMO_WORKSPACE)
    brief, a = score_record(JOB, ws)
    with session_scope() as s:
        job = Job(text_hash="h1", title=brief.title, raw_text=brief.description, raw_json=JOB, brief=brief.model_dump(mode="json"))
        s.add(job)
        s.flush()
        job_id = job.id
    return save_assessment(job_id, a, ws)


def test_record_list_and_export(assessment_id):
    fb = record_feedback(assessment_id, reasons=["tier_too_low", "budget_misread"], expected_tier="possible",
                         criterion="budget_fit", note="small fix; $300 is fine for a few hours", user_id=None)
    assert fb.scored_tier == "poor" and fb.expected_tier == "possible"
    assert [f.id for f in list_feedback(assessment_id=assessment_id)] == [fb.id]
    assert list_feedback(job_id=fb.job_id)[0].reasons == ["tier_too_low", "budget_misread"]
    buf = io.StringIO()
    assert export_eval_cases(buf) == 1
    case = json.loads(buf.getvalue())
    assert case["expected_tier"] == "possible" and case["scored"]["tier"] == "poor"
    assert case["job"]["title"] == JOB["title"] and case["job"]["budget_max"] == 300
    assert case["reasons"] == ["tier_too_low", "budget_misread"] and case["note"].startswith("small fix")


@pytest.mark.parametrize("kwargs,field", [
    (dict(reasons=[]), "reasons"),
    (dict(reasons=["because"]), "reasons"),
    (dict(reasons=["tier_too_low"], expected_tier="great"), "expected_tier"),
    (dict(reasons=["tier_too_low"], expected_tier="poor"), "expected_tier"),  # already the scored tier
    (dict(reasons=["evidence_wrong"], criterion="vibes"), "criterion"),
    (dict(reasons=["other"]), "note"),
    (dict(reasons=["other"], note="x" * 2001), "note"),
])
def test_bad_feedback_is_refused_naming_the_field(assessment_id, kwargs, field):
    with pytest.raises(InvalidInput) as err:
        record_feedback(assessment_id, **kwargs)
    assert err.value.field == field
    assert list_feedback() == []


def test_feedback_on_missing_assessment_is_not_found(db):
    with pytest.raises(NotFound):
        record_feedback(999, reasons=["other"], note="x")


def test_reason_choices_are_documented():
    assert "tier_too_high" in REASONS and all(REASONS.values())
