"""Truth fixes from tuning readers (2026-12-06, fifteenth session): a learning platform to finish (an LMS plugin,
course pages) is no tutoring job (the letter offered lessons, every reader 1); a Power BI post asking
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
    title = "WordPress developer to finish our TutorLMS school site and its course pages"
    desc = ("Our TutorLMS site is half built: set up the course structure, the quizzes and the sign-up flow, load the "
            "lessons for 12 courses, build the course pages and the course catalogue, and style the student "
            "dashboard.")
    assert classify(title, desc, DEV).id != "teaching"


def test_a_tutor_is_still_a_tutor():
    desc = "I am looking for a tutor to teach me Python in weekly lessons, starting with pandas and plotting."
    assert classify("Python tutor needed", desc, DEV).id == "teaching"


CSV_POST = ("Each morning Power BI should refresh from our SQL Server database, save the orders table as a CSV file "
            "and email the CSV to our accountant, with nobody clicking anything. Can Power BI do this on its own?")


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

    post = "Whoever joins must be bilingual in Spanish and English and have built CRM reports before."
    assert language_requirement(post, "Data analyst, SQL and Power BI") == "bilingual in Spanish and English"
    assert language_requirement("Our product is bilingual.", "") is None


def test_a_paid_test_task_is_taken_up_as_the_next_step():
    desc = ("We add analysts to our bench as client work comes in. Before that, each applicant is asked to complete a "
            "short paid test, and we choose from the results.")
    letter = draft_proposal(JobBrief(title="Product analyst for occasional tasks", description=desc), None, DATA_WS).text
    assert "start with the test your post describes" in letter, letter


def test_a_test_suite_is_no_test_task():
    from service.drafting.next_steps import TEST_TASK

    assert not TEST_TASK.search("Write the test cases and complete the test suite for our API.")
    assert not TEST_TASK.search("The first week is a paid trial; after it we decide on the contract.")


def test_applying_for_jobs_on_the_clients_behalf_is_the_work_it_quotes():
    from service.drafting.lead_checks import reads_as_lead

    # "I.T" is no pronoun, and applying to 60 positions is the job, not an ask about this application
    assert reads_as_lead("help us with applying to 60 I.T and accounting job positions posted on several boards")
    assert not reads_as_lead("apply to this job with your portfolio and rate")
    assert not reads_as_lead("tidy up a script I wrote last year")


def test_a_post_that_lists_its_screens_is_not_asked_for_a_list_of_them():
    from service.drafting.next_steps import offer_for

    spec = "Build the front end of a messaging app.\n\nRequirements:\n" + "\n".join(
        f"- Screen feature {n}: show the messages of a channel" for n in range(10))
    assert "a list of the main screens" not in offer_for("webapp", 0, spec)
    assert "a list of the main screens" in offer_for("webapp", 0, "Build the front end of a messaging app.")
