"""The years of experience a post requires are answered from the workspace's own years (``years_asked``): said when
they meet it and the field is one the profile names, else left for the applicant to confirm, never claimed."""
from __future__ import annotations

from service.core.config import PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal
from service.drafting.years_asked import years_flag, years_sentence, years_to_answer

KNOWN = "Data analysts for dashboards, SQL reporting, Python analysis and data cleaning; Power BI, Excel models"
DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")


def test_met_years_are_said_in_one_short_sentence():
    assert years_sentence("Requirements: 4+ years of experience with SQL.", 7, KNOWN) == \
        "Your post asks for “4+ years of experience”: I have 7."
    assert years_sentence("5-7 years of data analysis experience", 7, KNOWN).endswith(": I have 7.")
    assert years_sentence("Experience: 6+ years\nLocation: remote", 7, KNOWN) == \
        "Your post asks for “6+ years” of experience: I have 7."


def test_years_in_a_field_the_profile_does_not_name_are_flagged_not_claimed():
    for post in ("3+ years of NetSuite development experience", "4+ years of experience with Kubernetes and Go",
                 "10+ years of experience", "3+ years of experience in R"):  # a field it lacks, or more years
        # ("R" is a whole word: the profile's "reporting" does not name it)
        assert years_sentence(post, 7, KNOWN) == "", post
        assert years_flag(post, 7, KNOWN).startswith("years_requirement: the post asks for “"), post
    assert years_flag("4+ years of experience with SQL", 7, KNOWN) is None


def test_no_sentence_without_a_requirement_or_for_a_junior_range():
    for post in ("We have 8 years under our belt and serve 300 clients.", "0-2 years of experience is fine.",
                 "1 year of experience with Excel"):
        assert years_sentence(post, 7, KNOWN) == "", post


def test_the_letter_answers_the_years():
    post = ("We are hiring a data analyst to join our team for 30 hours per week.\n\nRequirements:\n- 5+ years of "
            "experience with SQL and Excel\n- Build weekly reports in Power BI for the sales team")
    text = draft_proposal(JobBrief(title="Data Analyst", description=post, hours_per_week="30 hrs/week"), None,
                          DATA_WS).text
    assert "Your post asks for “5+ years of experience”: I have 7." in text, text


def test_years_the_letter_answers_elsewhere_are_neither_said_nor_flagged():
    """A client ask or a screening question about the years gets its own answer: no second sentence, and no flag that
    the letter leaves them out."""
    assert years_to_answer(7, {"years"}, []) is None
    assert years_to_answer(7, set(), ["How many years of experience do you have with SQL?"]) is None
    assert years_to_answer(None, set(), []) == 0 and years_to_answer(7, set(), []) == 7
    assert years_sentence("4+ years of experience", None, KNOWN) == "" and years_flag("10+ years of experience", None) is None
