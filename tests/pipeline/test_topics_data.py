"""The fallback topics for the data-analytics workspace (service/drafting/topic_data.py): remarks on the kind of data
work itself (a generic analyst post, trends over time, a dashboard to build, …) for posts that name no tool or
problem with a remark of its own. Each fires on a fitting post, not where its concern is missing or its kind of
work reads wrong, never displaces a more specific topic, and reads as one grounded sentence in a drafted letter.
Team-written posts, modelled on shapes seen in tuning posts."""
from __future__ import annotations

import pytest

from service.drafting.kind_table import KINDS
from service.drafting.post_plan import plan_steps
from service.drafting.topic_data import DATA_KINDS, DATA_TOPICS
from service.drafting.topic_table import TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.test_topics_more import DATA, WS, _id
from tests.pipeline.topic_checks import (
    assert_one_first_person_sentence,
    assert_registered,
    assert_remark_reads_in_letter,
)

# (topic, title, description, kind): the post names the trigger and the concern
DATA_WITH = [
    ("trend_gaps", "Monthly sales trends for our bakeries",
     "Show the monthly sales trends of our three bakeries over the last two years, product by product.", "analysis"),
    ("dashboard_compare", "Build a dashboard for our gym chain",  # a clinic's dashboard is a trade's (``topic_trades``)
     "Build a dashboard showing memberships, cancellations and revenue per site from our booking exports.",
     "dashboard"),
    ("spec_tests", "Business analyst for an ordering system specification",
     ("We need a business analyst to write the technical specification for a new ordering system, with the "
     "requirements of each team."), "general"),
    ("list_entries", "Compile a list of yoga studios",
     "Research and compile a list of yoga studios in five cities, with their websites and contact details.",
     "research"),
    ("stats_data", "Statistical analysis of sensor readings",
     "Carry out a statistical analysis of two years of sensor readings from our factory and explain the results.",
     "analysis"),
    ("survey_pilot", "Survey design for a staff wellbeing study",
     ("Write the survey questions for our staff wellbeing study. The survey design should cover workload and "
     "support."), "analysis"),
    ("traffic_dispute", "Find the junk traffic in our ad campaign",
     ("We think our native ad campaign got junk traffic last month and we dispute the invoice. Review the clicks "
     "and list the junk traffic by publisher."), "analysis"),
]

# (topic, title, description, kind): the trigger without the concern, or a kind the sentence reads wrong in
DATA_WITHOUT = [
    ("trend_gaps", "Sales data cleanup", ("Fix the product names in our sales data for each month. Sales data is "
     "in one file."), "analysis"),
    ("dashboard_compare", "Admin dashboard in React",
     "Build the admin dashboard of our booking web app in React: users, bookings and settings pages.",
     "dashboard"),
    ("dashboard_compare", "Build a dashboard for our clinic",
     "Build a dashboard showing appointments, cancellations and revenue per doctor from our booking exports.",
     "mobile"),
    ("spec_tests", "Business analyst", "Business analyst to join our weekly meetings. Business analyst role.",
     "general"),
    ("list_entries", "Compile a list of attendees", ("Compile a list of our webinar attendees with their contact "
     "details from the sign-up forms."), "research"),
    ("stats_data", "Survey statistical analysis",
     "Statistical analysis of our survey responses: statistical analysis with charts.", "analysis"),
    ("survey_pilot", "Survey design for a staff wellbeing study",
     ("Write the survey questions for our staff wellbeing study. The survey design should cover workload and "
     "support."), "copy"),
    ("traffic_dispute", "Find the junk traffic in our ad campaign",
     ("We think our native ad campaign got junk traffic last month and we dispute the invoice. Review the clicks "
     "and list the junk traffic by publisher."), "webapp"),
    ("traffic_dispute", "Block junk traffic on our blog", ("Our blog gets junk traffic from bots. Block the junk "
     "traffic at the server."), "analysis"),
]


def test_the_data_topics_are_registered_as_fallbacks_with_their_kinds_and_cases():
    assert_registered(DATA_TOPICS, DATA_KINDS, DATA_WITH, DATA_WITHOUT)
    # the only other fallbacks are the broad role remark (topic_roles: a model to build) and the general
    # data-analyst post's remark (topic_freq_data)
    ids = {t.id for t in DATA_TOPICS}
    others = {t.id for t in TOPICS if t.fallback and t.id not in ids}
    kinds = {t.id for t in TOPICS if t.id.startswith("kind_")}  # the kind-of-work remarks (topic_kinds)
    assert all(t.fallback for t in DATA_TOPICS) and others == {"model_baseline", "analyst_metrics"} | kinds


@pytest.mark.parametrize("topic", DATA_TOPICS, ids=[t.id for t in DATA_TOPICS])
def test_every_insight_is_one_first_person_sentence(topic):
    assert_one_first_person_sentence(topic.insight)


@pytest.mark.parametrize("topic, title, desc, kind", DATA_WITH, ids=[c[0] for c in DATA_WITH])
def test_a_fitting_post_gets_the_remark(topic, title, desc, kind):
    assert _id(find_topic(title, desc, DATA, kind)) == topic


@pytest.mark.parametrize("topic, title, desc, kind", DATA_WITHOUT,
                         ids=[f"{c[0]}-{c[3]}" for c in DATA_WITHOUT])
def test_no_remark_without_the_concern_or_in_the_wrong_kind(topic, title, desc, kind):
    assert _id(find_topic(title, desc, DATA, kind)) != topic


@pytest.mark.parametrize("title, desc, kind, specific", [
    ("Data Analyst", ("First the data cleaning of our customer file. Then our data analyst gives insights on trends. "
     "Data analyst, part time."), "analysis", "cleaning"),
    ("Data Analyst", ("Build a Qlik Sense app for our stores. The data analyst gives insights on trends. Data analyst, "
     "part time."), "dashboard", "qlik"),
])
def test_a_fallback_never_displaces_a_specific_topic(title, desc, kind, specific):
    # the generic remark scores higher on these posts (the title names its trigger), yet the specific one is kept
    assert _id(find_topic(title, desc, DATA, kind)) == specific


@pytest.mark.parametrize("topic, title, desc, kind", DATA_WITH, ids=[c[0] for c in DATA_WITH])
def test_the_remark_reads_grounded_and_fluent_in_a_letter(db, topic, title, desc, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])


def test_a_fallback_never_takes_a_plan_step_from_a_specific_topic():
    # the approach gives one item a topic's know-how: the first item names a dashboard, the second the ETL loads
    desc = ("We need a reporting expert for our sales team.\n\nResponsibilities:\n"
            "- Develop interactive dashboards and reports for the sales team\n"
            "- Optimize the nightly ETL workflows that load our orders\n")
    dashboard = next(k for k in KINDS if k.id == "dashboard")
    steps = plan_steps(desc, desc, dashboard, None, DATA)
    etl = next(t for t in TOPICS if t.id == "etl")
    fallback_lines = [t.insight.split(" would ", 1)[1] for t in DATA_TOPICS]
    assert steps and any(etl.insight.split(" would ", 1)[1] in s for s in steps), steps
    assert not any(f in s for s in steps for f in fallback_lines), steps
