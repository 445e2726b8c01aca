"""The 8th-round developer and store topics (service/drafting/topic_freq_dev.py): subjects that recur as the main
subject of developers' posts (FlutterFlow apps and their APIs, native Android, new apps headed for the stores, Amazon
Seller Central, ERP systems, calendar integrations, Node.js back ends, TypeScript). Each fires on a post that names
its trigger and shows its concern, not where ``needs``/``unless`` or the kind of work rule it out, and reads as one
grounded, fluent sentence in a drafted letter. Team-written posts."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.topic_freq_dev import FREQ_DEV_KINDS, FREQ_DEV_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.topic_checks import (
    AGENCY,
    SHOP,
    assert_remark_reads_in_letter,
    standard_topic_tests,
    topic_id,
)

# (topic, title, description, domains, kind): the post names the trigger and the concern
WITH = [
    ("flutterflow_api", "FlutterFlow developer to fix our API calls", ("Our FlutterFlow app shows blank lists when the "
     "API returns no results. Fix the API calls in FlutterFlow and tidy the profile page."), AGENCY, "api"),
    ("android_native", "Native Android developer (Kotlin)", ("We need a Kotlin developer to improve our Android app: "
     "screens lose their data and the app uses too much memory."), AGENCY, "mobile"),
    ("new_app_stores", "Mobile app development for a meal planner", ("Build a new mobile app for iOS and Android where "
     "users plan meals and get a shopping list. We have the designs."), AGENCY, "mobile"),
    ("amazon_seller", "Amazon Seller Central manager", ("Manage our Amazon Seller Central account: update listings, "
     "handle stock and keep the account in good standing."), SHOP, "storeops"),
    ("calendar_sync", "Sync our job system with Google Calendar", ("Create each booked job as an event in the "
     "technician's Google Calendar and update the event when the job moves."), AGENCY, "api"),
    ("node_event_loop", "Node.js backend developer", ("We need a Node.js developer for our backend: build REST "
     "endpoints, a PDF export and the database layer."), AGENCY, "api"),
    ("typescript_strict", "TypeScript engineer for our web app", ("Join our team as a TypeScript engineer to build "
     "features in our web app and its forms. TypeScript everywhere."), AGENCY, "webapp"),
]

# the trigger without the concern, or in a kind of work the sentence does not fit
WITHOUT = [
    ("flutterflow_api", "FlutterFlow landing page", ("Design a static about page in FlutterFlow with our logo and "
     "text. FlutterFlow only."), AGENCY, "mobile"),
    ("android_native", "Kotlin backend engineer", ("Kotlin developer for our Ktor backend engineer role: REST APIs on "
     "Kubernetes. Kotlin experience needed."), AGENCY, "api"),
    ("new_app_stores", "Fix crashes in our mobile app", ("Our mobile app crashes on login since the last update. Find "
     "and fix the bug in the existing app."), AGENCY, "mobile"),
    ("amazon_seller", "Chrome extension for Amazon Seller Central", ("Build a Chrome extension that reads orders from "
     "Amazon Seller Central pages."), SHOP, "general"),
    ("calendar_sync", "Content calendar for Instagram", ("Plan a content calendar for our Instagram posts each month. "
     "Calendar in Google Sheets."), AGENCY, "automation"),
    ("node_event_loop", "Landing page copy for a Node.js course", ("Write the sales page for our Node.js course. "
     "Node.js beginners are the readers."), AGENCY, "copy"),
    ("typescript_strict", "TS file converter", "Convert our TS video files (.ts) to MP4 and upload them.", AGENCY,
     "automation"),
]


(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    FREQ_DEV_TOPICS, FREQ_DEV_KINDS, WITH, WITHOUT)


def test_a_fix_to_a_live_app_gets_no_store_review_remark():
    desc = "Add dark mode to our existing mobile app on iOS and Android. New screens included."
    assert topic_id(find_topic("Mobile app dark mode", desc, AGENCY, "mobile")) != "new_app_stores"


LETTERS = [c for c in WITH if c[0] in {"flutterflow_api", "calendar_sync", "node_event_loop", "typescript_strict"}]


@pytest.mark.parametrize("topic, title, desc, domains, kind", LETTERS, ids=[c[0] for c in LETTERS])
def test_the_remark_reads_grounded_and_fluent_in_a_demo_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, load_workspace(DEMO_WORKSPACE))
