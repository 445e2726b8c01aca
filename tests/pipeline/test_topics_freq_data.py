"""The 8th-round data topics (service/drafting/topic_freq_data.py): remarks on subjects several data posts share (an
ERP system's configuration or scripts, data copied into a sheet by hand, the general data-analyst post). Each fires
on a post whose main subject it is, and not where the word is a side mention, where the post wants the manual work
automated away, or where the analyst post is a developer's or names a subject an earlier remark speaks to. Each reads
as one grounded, fluent sentence in a drafted letter. Team-written posts."""
from __future__ import annotations

import pytest

from service.drafting.topic_freq_data import FREQ_DATA_KINDS, FREQ_DATA_TOPICS
from service.drafting.work_kinds import find_topic
from tests.pipeline.test_topics_more import WS
from tests.pipeline.topic_checks import (
    assert_remark_reads_in_letter,
    standard_topic_tests,
    topic_id,
)

DATA, DEV = frozenset({"data"}), frozenset({"data", "dev"})

# (topic, title, description, domains, kind): the post is about the subject
WITH = [
    ("erp_changes", "Sage Intacct consultant for our rollout", ("We are implementing Sage Intacct and need a "
     "consultant to configure the modules, set up approvals and train our finance team."), DATA, "analysis"),
    ("erp_changes", "NetSuite developer", ("Customize our NetSuite account: write SuiteScript scripts and workflows "
     "for our order approvals and integrate NetSuite with our warehouse system."), DEV, "automation"),
    ("manual_transfer", "Copy and paste product details into a sheet", ("Copy and paste the name, price and "
     "description of 400 products from a supplier website into our Google Sheet, one row per product."), DATA,
     "general"),
    ("manual_transfer", "Manual data entry from our order emails", ("Manually transfer the details from about 60 "
     "order emails into our Excel tracker, ten fields per email."), DATA, "spreadsheet"),
    ("analyst_metrics", "Data Analyst for a growing startup", ("We need a data analyst to analyze our data, build "
     "reports for the founders and turn the numbers into actionable insights."), DATA, "analysis"),
]

# the subject's word as a side mention, the manual work to be automated away, or a developer's analytics post
WITHOUT = [
    ("erp_changes", "Build a website for our consulting firm", ("Build a new website for our firm. We offer SAP "
     "consulting and implementation, ERP support and BI services."), DATA, "general"),
    ("erp_changes", "Odoo ERP setup", ("Configure our Odoo ERP: inventory and invoicing modules, then set up the "
     "approval workflows."), DATA, "analysis"),
    ("manual_transfer", "Automate our order emails into Sheets", ("Automate the manual data entry of our order "
     "emails into Google Sheets so nobody has to copy and paste them again."), DATA, "automation"),
    ("analyst_metrics", "Developer for our data analytics app", ("We need a developer to build the data analytics "
     "app our clients use to analyze their data and find actionable insights."), DATA, "analysis"),
    ("analyst_metrics", "Data analyst for our customer survey", ("We need a data analyst to analyze the data from "
     "our customer survey and find actionable insights."), DATA, "analysis"),
]


(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    FREQ_DATA_TOPICS, FREQ_DATA_KINDS, WITH, WITHOUT)


def test_the_analyst_remark_gives_way_to_a_named_tool():
    """A fallback: a data-analyst post that names Power BI gets the Power BI remark."""
    assert next(t for t in FREQ_DATA_TOPICS if t.id == "analyst_metrics").fallback
    found = find_topic("Data Analyst for Power BI reports", ("We need a data analyst to build Power BI reports "
                       "and DAX measures from our sales data."), DATA, "dashboard")
    assert topic_id(found) == "powerbi"


@pytest.mark.parametrize("topic, title, desc, domains, kind", WITH[::2] + WITH[3:4],
                         ids=[c[0] for c in WITH[::2] + WITH[3:4]])
def test_the_remark_reads_grounded_and_fluent_in_a_data_letter(db, topic, title, desc, domains, kind):
    assert_remark_reads_in_letter(topic, title, desc, WS["data"])
