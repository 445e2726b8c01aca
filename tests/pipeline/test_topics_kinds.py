"""The fallback remarks on the kind of development work itself (service/drafting/topic_kinds.py): a post whose kind of
work is clear but that names no tool or problem with a remark of its own gets one sentence of practice for that kind;
not where the concern is missing, where the kind reads wrong, nor where a more specific topic speaks to the post.
Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.kind_table import KINDS
from service.drafting.topic_kinds import KIND_KINDS, KIND_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.topic_checks import (
    AGENCY,
    DATA,
    assert_remark_reads_in_letter,
    standard_topic_tests,
    topic_id,
)

# (topic, title, description, domains, kind): the post is of the kind and shows the concern
WITH = [
    ("kind_integration", "Keep our CRM and billing tool in sync",
     "Build an integration that keeps customers in sync between our CRM and our billing tool, both ways.", AGENCY,
     "api"),
    ("kind_api_retry", "Booking API for our studio app",
     "Build the back end API for our studio app: customers create bookings and pay for them through the API.",
     AGENCY, "api"),
    ("kind_webapp_model", "Web app for a cleaning company",
     "Build a new web app where our cleaners see their jobs and customers manage their visits. Web app from scratch.",
     AGENCY, "webapp"),
    ("kind_webapp_existing", "Developer for our existing web app",
     "We need a developer to add reporting pages to our existing web app. The web app has about 200 users.", AGENCY,
     "webapp"),
    ("kind_automation_rerun", "Automation for our order emails",
     "Set up an automation that sends each new order to the warehouse and emails the customer a confirmation.",
     AGENCY, "automation"),
    ("kind_import_batch", "Import our product catalogue",
     "Import 8,000 products from a supplier CSV into our catalogue, mapping their columns to our fields.", AGENCY,
     "import"),
    ("kind_ai_examples", "Build a GPT assistant for support",
     "Build a GPT assistant that drafts replies to our customers' emails from our help articles.", AGENCY, "ai"),
    ("kind_mobile_devices", "Mobile app keeps crashing",
     "Our mobile app crashes on some Android devices and is slow on older ones. Improve the mobile app's performance.",
     AGENCY, "mobile"),
    ("kind_audit_rank", "Audit of our online store setup",
     "Audit our store setup and tell us what to change: apps, speed, tracking and checkout.", AGENCY, "review"),
    ("kind_migration_rehearsal", "Server migration",
     "Migrate our site and its database from an old VPS to a new server without losing any orders.", AGENCY,
     "migration"),
]

# (topic, title, description, domains, kind): the concern is missing, or the kind of work reads wrong for the remark
WITHOUT = [
    ("kind_integration", "Integrate an AI model into our app",
     "Integrate an AI model into our app so it can sync its answers to the user's screen.", AGENCY, "api"),
    ("kind_api_retry", "Read-only API for our blog",
     "Build a read-only API that lists our blog articles for the mobile app.", AGENCY, "api"),
    ("kind_webapp_model", "Front end only for our web app",
     "Build the web app's front end only; the back end exists. Web app screens from Figma.", AGENCY, "webapp"),
    ("kind_webapp_existing", "Web app from scratch",
     "Build a new web app for booking tutors. The web app needs payments and a calendar.", AGENCY, "webapp"),
    ("kind_automation_rerun", "Automation for resizing images",
     "Create an automation script that resizes our images to three sizes. Automation in Python.", AGENCY,
     "automation"),
    ("kind_import_batch", "Import our product catalogue",
     "Import 8,000 products from a supplier CSV into our catalogue, mapping their columns to our fields.", AGENCY,
     "mobile"),
    ("kind_ai_examples", "AI image generation with SDXL",
     "Build an AI pipeline with prompts for product images in SDXL. AI image generation.", AGENCY, "ai"),
    ("kind_mobile_devices", "Android build fails",
     "Fix the Android build of our mobile app: the APK does not compile. Mobile app in Flutter.", AGENCY, "mobile"),
    ("kind_audit_rank", "Audit of our online store setup",
     "Audit our store setup and tell us what to change: apps, speed, tracking and checkout.", AGENCY, "webapp"),
    ("kind_migration_rehearsal", "Migrate our code to TypeScript",
     "Migrate our JavaScript code to TypeScript, file by file. Migration of the front end code.", AGENCY,
     "migration"),
]

(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_kind_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    KIND_TOPICS, KIND_KINDS, WITH, WITHOUT)


def test_every_kind_remark_is_a_fallback_for_kinds_that_exist():
    kind_ids = {k.id for k in KINDS}
    assert all(t.fallback for t in KIND_TOPICS)
    assert all(kinds <= kind_ids for kinds in KIND_KINDS.values())


def test_a_remark_on_a_named_subject_wins_over_the_kind_remark():
    desc = "Build a Shopify app integration that keeps orders in sync between Shopify and our ERP, both ways."
    assert topic_id(find_topic("Shopify and ERP order sync", desc, AGENCY, "api")) not in {t.id for t in KIND_TOPICS}


def test_a_kind_remark_that_reads_wrong_for_the_post_does_not_silence_a_fallback_that_fits():
    # a model to build inside a web app platform, classed as "ml" work: the web-app remark (the post's words score
    # higher) does not fit the kind "ml", so it must not veto the model remark that does
    title = "Data scientist for our new web app platform"
    desc = ("Build a new web app platform for gyms: members log visits in the web app. The data scientist will train a "
            "model that predicts which members will cancel.")
    assert topic_id(find_topic(title, desc, AGENCY | DATA, "ml")) == "model_baseline"


LETTERS = [c for c in WITH if c[0] in {"kind_integration", "kind_webapp_model", "kind_automation_rerun",
                                       "kind_import_batch"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", LETTERS, ids=[c[0] for c in LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_demo_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, load_workspace(DEMO_WORKSPACE))
