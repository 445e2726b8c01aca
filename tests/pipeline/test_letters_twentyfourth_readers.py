"""What a tuning reading (2026-12-07, 24th session, `--seed 2309`, three readers with comments) picked as the worst
sentence of a letter, and what they said would make it passable. Each case is a team-written post; those marked
"fails on 7813220" do:
- a post that names only the trade ("Data Analyst") got no case study, although the workspace holds analyses that
  share its skills: "one specific past project with a result" was the readers' change (fails on 7813220);
- "This is the kind of work we have been doing for 7 years." closed a third of the fitting letters and was picked as
  the worst sentence: "the claim has nothing behind it" (fails on 7813220);
- a role was asked "which part of the work would you want me to take on first?", and a post of no known kind "what
  would make this project a clear success for you?": both picked as boilerplate (fail on 7813220).
Guards: a post whose title names a specific need still gets no case study that misses it; a post whose topic has a
question of its own keeps it."""
from __future__ import annotations

from service.core.config import DEMO_WORKSPACE, PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal

WS = load_workspace(DEMO_WORKSPACE)
DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")


def _letter(title: str, description: str, ws=DATA_WS, skills: tuple[str, ...] = ()) -> str:
    return draft_proposal(JobBrief(title=title, description=description, skills=list(skills)), None, ws).text


_TRADE_ONLY = ("We are a growing company looking for a data analyst to work through our sales and customer data, find "
               "trends and patterns, and turn them into insights the management team can act on. You should be "
               "comfortable with Python or Excel and able to explain results to people who are not analysts.")


def test_a_post_that_names_only_the_trade_gets_the_closest_case_study():
    letter = _letter("Data Analyst", _TRADE_ONLY, skills=("Python", "Data Analysis"))
    assert "The closest project" in letter


def test_no_letter_claims_years_with_nothing_behind_them():
    for title, text in (("Data Analyst", _TRADE_ONLY),
                        ("Clean up our donor list", "Our charity has a list of 8,000 donors with duplicates and "
                                                    "missing postcodes. We need it cleaned before our spring appeal.")):
        assert "kind of work" not in _letter(title, text)


_ROLE = ("We are hiring a part-time analyst for an ongoing role, about 15 hours a week, to keep our weekly reports up "
         "to date and answer questions from the sales team. This is a long-term position with a monthly retainer.")


def test_a_role_is_not_asked_which_part_to_take_on_first():
    letter = _letter("Part-time reporting analyst (ongoing)", _ROLE)
    assert "take on first" not in letter


def test_a_post_of_no_known_kind_is_not_asked_what_success_means():
    letter = _letter("Help with a small project", "I need some help with a small project for my shop. Details in "
                                                  "chat, it should not take long.", ws=WS)
    assert "clear success" not in letter


def test_a_specific_title_gets_no_case_study_that_misses_its_need():
    letter = _letter("Florida multifamily market report for an investment fund",
                     "We need a written report on the Florida multifamily market for our investors: rents, "
                     "vacancies, insurance costs and distressed sales by county, with sources named.",
                     skills=("Data Analysis", "Market Research"))
    assert "churn" not in letter.lower() and "retail chain" not in letter.lower()


def test_a_topic_question_stays():
    letter = _letter("Power BI dashboard for our sales team",
                     "We need a Power BI dashboard on our sales data from SQL Server, shared with ten managers.",
                     skills=("Power BI",))
    assert "?" in letter.split("approach it:", 1)[-1]


_WEST_COAST = ("We need a full-stack developer for our existing React app that talks to a marketplace API. This is a "
               "part-time role that may grow into full time.\n\nRequirements:\n- Strong React skills\n"
               "- Availability during West Coast USA working hours for team meetings\n"
               "- At least 20 hours of availability per week\n")


def test_a_role_confirms_the_clock_and_the_weekly_hours_it_sets():
    letter = _letter("Full stack React developer (part-time)", _WEST_COAST, ws=WS)
    assert "Availability during West Coast USA working hours" in letter  # placeholder to confirm (fails on 7813220)
    assert "20 hours of availability per week" in letter  # fails on 7813220


def test_previous_projects_asked_for_are_answered():
    text = ("We need a specification for an online shop that connects to our booking system. Please include previous "
            "projects related to ecommerce in your application.")
    from service.drafting.client_asks import ask_kinds

    assert ask_kinds("Please include previous projects related to ecommerce in your application.") == ["examples"]
    assert "similar work" in _letter("Ecommerce site specification", text, ws=WS)  # fails on 7813220


def test_cleaning_up_a_codebase_is_work_on_existing_code():
    text = ("We're looking for a freelancer to clean up a codebase for an in-house project with custom animations. "
            "Stack: Next.js, React, TypeScript, Tailwind CSS. If things align, a longer contract for refactoring "
            "follows.")
    letter = _letter("Senior React and Tailwind developer", text, ws=WS)
    assert "Build in small milestones" not in letter  # a new build's step (fails on 7813220)
