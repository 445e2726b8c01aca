"""Truth fixes from tuning readers (2026-12-06, fifteenth session): a WordPress learning platform to finish ("Tutor
LMS", "course pages") is no tutoring job (the letter offered lessons, every reader 1); a Power BI post asking
whether a CSV can be emailed every day gets a remark on how, not the data-model remark ("never answers whether it
is feasible"). Team-written posts."""
from __future__ import annotations

from pathlib import Path

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.work_kinds import classify, find_topic

DEV = frozenset({"dev", "data", "shop", "copy"})
DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")


def test_a_learning_platform_to_build_is_no_lesson_to_give():
    title = "TutorLMS Developer Needed to Finalize LMS Platform, Design Course Pages"
    desc = ("Finish our Tutor LMS platform: complete the course structure, quiz logic and enrollment flows, add the "
            "lessons for 30 courses, build the course pages and the course catalog, and style the instructor "
            "dashboard.")
    assert classify(title, desc, DEV).id != "teaching"


def test_a_tutor_is_still_a_tutor():
    desc = "I am looking for a tutor to teach me Python in weekly lessons, starting with pandas and plotting."
    assert classify("Python tutor needed", desc, DEV).id == "teaching"


CSV_POST = ("We would like to automate a daily export: Power BI should connect to our SQL database, refresh every 24 "
            "hours, export the data to a CSV file Excel can read and automatically email the CSV file to one address. "
            "Is this feasible with Power BI?")


def test_a_csv_emailed_from_power_bi_gets_the_remark_on_how():
    topic = find_topic("Power BI daily CSV export by email", CSV_POST, frozenset({"data"}), "dashboard")
    assert topic is not None and topic.id == "powerbi_csv_email", topic
    letter = draft_proposal(JobBrief(title="Power BI daily CSV export by email", description=CSV_POST), None,
                            DATA_WS).text
    assert "a flow run after each scheduled refresh" in letter and "star schema" not in letter, letter


def test_a_power_bi_dashboard_keeps_the_data_model_remark():
    desc = "Build a Power BI dashboard of our monthly sales by region and product from the SQL database."
    topic = find_topic("Power BI sales dashboard", desc, frozenset({"data"}), "dashboard")
    assert topic is not None and topic.id == "powerbi", topic


def test_a_bilingual_requirement_is_raised_for_the_reviewer_to_confirm():
    from service.drafting.constraints import language_requirement

    post = "The ideal candidate must be bilingual in Russian and English, with a proven track record of dashboards."
    assert language_requirement(post, "Data analyst, SQL and Power BI") == "bilingual in Russian and English"
    assert language_requirement("Our product is bilingual.", "") is None


def test_a_paid_test_task_is_taken_up_as_the_next_step():
    desc = ("We are looking for a data analyst for tasks as and when they arise. As part of our selection process you "
            "are required to complete a simple generic test, which you will be paid for.")
    letter = draft_proposal(JobBrief(title="Looking for a Product/Data Analyst", description=desc), None, DATA_WS).text
    assert "start with the test your post describes" in letter, letter


def test_a_test_suite_is_no_test_task():
    from service.drafting.next_steps import TEST_TASK

    assert not TEST_TASK.search("Write the test cases and complete the test suite for our API.")
    assert not TEST_TASK.search("Week 1 is a paid trial; at its end we decide on the contract.")


def test_applying_for_jobs_on_the_clients_behalf_is_the_work_it_quotes():
    from service.drafting.lead_checks import reads_as_lead

    # "I.T" is no pronoun, and applying to 100 positions is the job, not an ask about this application
    assert reads_as_lead("assist us with applying to 100 I.T and statistics job positions that are advertised "
                         "on various platforms worldwide")
    assert not reads_as_lead("apply to this job with your portfolio and rate")
    assert not reads_as_lead("help with a project I am working on")


def test_a_post_that_lists_its_screens_is_not_asked_for_a_list_of_them():
    from service.drafting.next_steps import offer_for

    spec = "Build the front end of a messaging app.\n\nRequirements:\n" + "\n".join(
        f"- Screen feature {n}: show the messages of a channel" for n in range(10))
    assert "a list of the main screens" not in offer_for("webapp", 0, spec)
    assert "a list of the main screens" in offer_for("webapp", 0, "Build the front end of a messaging app.")
