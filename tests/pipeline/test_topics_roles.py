"""The role topics (service/drafting/topic_roles.py): remarks for a model to build,
feature engineering, a model in production, Apps Script in the dev workspace and a pipeline run by an orchestrator.
Each fires on a fitting post, not where its concern is missing or its kind of work reads wrong, the broad one never
displace a specific topic, and each reads as one sentence. Team-written posts, modelled on shapes seen in tuning
posts."""
from __future__ import annotations

import pytest

from service.drafting.topic_roles import ROLE_KINDS, ROLE_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.test_topics_more import DATA, DEV, WS, _id
from tests.pipeline.topic_checks import (
    assert_one_first_person_sentence,
    assert_registered,
    assert_remark_reads_in_letter,
)

# (topic, title, description, domains, kind): the post names the trigger and the concern
ROLES_WITH = [
    ("feature_leak", "Feature engineering for a loan default model",
     "Improve our loan default model with better feature engineering on the repayment history.", DATA, "ml"),
    ("model_ops", "MLOps engineer for our pricing model",
     "Set up MLOps for our pricing model: model deployment behind an API and model monitoring.", DATA, "ml"),
    ("apps_script_dev", "Apps Script to sync orders into a sheet",
     "Write a Google Apps Script that copies new orders from our form into the shipping spreadsheet.", DEV,
     "automation"),
    ("orchestrator", "Move our cron jobs to Dagster",
     "Move our nightly Python jobs into Dagster and document each pipeline.", DATA, "pipeline"),
    ("model_baseline", "Data scientist to build a bookings model",
     "We need a data scientist to build a model that predicts weekly bookings for our gyms.", DATA, "ml"),
]

# the trigger without the concern, or a kind the sentence reads wrong in
ROLES_WITHOUT = [
    ("feature_leak", "Feature engineering for a loan default model",
     "Improve our loan default model with better feature engineering on the repayment history.", DATA, "copy"),
    ("model_ops", "MLOps engineer for our pricing model",
     "Set up MLOps for our pricing model: model deployment behind an API and model monitoring.", DATA, "website"),
    ("apps_script_dev", "Apps Script for Gmail labels",
     "Write a Google Apps Script that labels incoming Gmail messages by sender.", DEV, "automation"),
    ("orchestrator", "Prefect Cafe website",
     "Build a website for our cafe called Prefect.", DEV, "website"),
    ("model_baseline", "Data scientist for reporting",
     "Data scientist to build weekly reports and charts of our gym attendance.", DATA, "analysis"),
    ("model_baseline", "Machine learning tutorials instructor",
     "Record machine learning tutorials on how to train a model for our online course.", DATA, "ml"),
]


def test_the_role_topics_are_registered_with_their_kinds_and_cases():
    assert_registered(ROLE_TOPICS, ROLE_KINDS, ROLES_WITH, ROLES_WITHOUT)
    # the broad triggers are fallbacks
    assert {t.id for t in ROLE_TOPICS if t.fallback} == {"model_baseline"}


@pytest.mark.parametrize("topic", ROLE_TOPICS, ids=[t.id for t in ROLE_TOPICS])
def test_every_insight_is_one_first_person_sentence(topic):
    assert_one_first_person_sentence(topic.insight)


@pytest.mark.parametrize("topic, title, desc, domains, kind", ROLES_WITH, ids=[c[0] for c in ROLES_WITH])
def test_a_fitting_post_gets_the_remark(topic, title, desc, domains, kind):
    assert _id(find_topic(title, desc, domains, kind)) == topic


@pytest.mark.parametrize("topic, title, desc, domains, kind", ROLES_WITHOUT,
                         ids=[f"{c[0]}-{c[4]}" for c in ROLES_WITHOUT])
def test_no_remark_without_the_concern_or_in_the_wrong_kind(topic, title, desc, domains, kind):
    assert _id(find_topic(title, desc, domains, kind)) != topic


@pytest.mark.parametrize("title, desc, domains, kind, specific", [
    ("Full stack developer", "Full stack developer for our Next.js app with user accounts. Full stack role.", DEV,
     "webapp", "nextjs"),
    ("Data scientist", ("Data scientist to train a model for YOLO object detection on our shelf photos. Data "
     "scientist role."), DATA, "ml", "cv"),
])
def test_a_broad_role_remark_never_displaces_a_specific_topic(title, desc, domains, kind, specific):
    assert _id(find_topic(title, desc, domains, kind)) == specific


@pytest.mark.parametrize("topic, title, desc, domains, kind", ROLES_WITH, ids=[c[0] for c in ROLES_WITH])
def test_the_remark_reads_in_a_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"] if domains == DATA else WS["dev"])
