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


_TRADE_ONLY = ("Our firm is growing and wants a data analyst to work through our sales and customer data, find "
               "trends and patterns, and turn them into insights the management team can act on. You should be "
               "comfortable with Python or Excel and able to explain results to people who are not analysts.")


def test_a_post_that_names_only_the_trade_gets_the_closest_case_study():
    letter = _letter("Data Analyst", _TRADE_ONLY, skills=("Python", "Data Analysis"))
    assert "The closest project" in letter


def test_no_letter_claims_years_with_nothing_behind_them():
    for title, text in (("Data Analyst", _TRADE_ONLY),
                        ("Clean up our donor list", "Our charity has a list of 8,000 donors with duplicates and "
                                                    "missing postcodes. We need it cleaned before our spring appeal.")):
        letter = _letter(title, text)
        assert "kind of work" not in letter and "doing this work for" not in letter


_ROLE = ("We are hiring a part-time analyst for an ongoing role, about 15 hours a week, to keep our weekly reports up "
         "to date and answer questions from the sales team. The position is long-term, paid as a monthly retainer.")


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


_WEST_COAST = ("Our existing React app talks to a marketplace API and needs a full-stack developer. This is a "
               "part-time role that may grow into full time.\n\nRequirements:\n- Strong React skills\n"
               "- Availability during East Coast USA working hours for team meetings\n"
               "- At least 15 hours of availability per week\n")


def test_a_role_confirms_the_clock_and_the_weekly_hours_it_sets():
    letter = _letter("Full stack React developer (part-time)", _WEST_COAST, ws=WS)
    assert "Availability during East Coast USA working hours" in letter  # placeholder to confirm (fails on 7813220)
    assert "15 hours of availability per week" in letter  # fails on 7813220
    assert "The closest project" in letter  # the case study outlasts our question under the word limit (guard)


def test_previous_projects_asked_for_are_answered():
    text = ("We need a specification for an online shop that connects to our booking system. Please include previous "
            "projects in online retail with your application.")
    from service.drafting.client_asks import ask_kinds

    assert ask_kinds("Please include previous projects in online retail with your application.") == ["examples"]
    assert "similar work" in _letter("Ecommerce site specification", text, ws=WS)  # fails on 7813220


def test_cleaning_up_a_codebase_is_work_on_existing_code():
    text = ("A freelancer is wanted: clean up the code base of our internal tool, which has custom animations. "
            "Stack: Next.js, React, TypeScript, Tailwind CSS. If things align, a longer contract for refactoring "
            "follows.")
    letter = _letter("Senior React and Tailwind developer", text, ws=WS)
    assert "Build in small milestones" not in letter  # a new build's step (fails on 7813220)


# From a pool reading (`--seed 2307`, tuning material, three readers with comments); each fails on 7813220.
def test_a_reply_with_list_after_a_clause_is_answered_item_by_item():
    text = ("We need our Node.js backend moved from one host to another this week, with the database settings fixed.\n\n"
            "Key tasks:\n- Move the Express backend to the new host\n- Fix the environment variables\n\n"
            "If you can deliver quickly, please reply with:\n- A short overview of similar migrations you have done\n"
            "- Your estimated timeline\n- Your preferred host (Render or Fly) and why\n")
    letter = _letter("Node.js backend move", text, ws=WS)
    assert "similar work" in letter and "timeline" in letter.lower() and "prefer" in letter


def test_a_senior_analyst_joining_a_company_is_a_role():
    from service.drafting.job_type import job_type

    text = ("We want a Senior Growth Analyst to join our consulting company, working for software "
            "clients. This role suits someone with 8 years of experience in B2B analytics.\n\nKey Responsibilities:\n"
            "Analyze campaign performance for client accounts.\nPresent findings to clients.\n"
            "Required Skills & Experience:\nStatistics, SQL and Python.\n")
    assert job_type(JobBrief(title="Senior Growth Analyst – SaaS Analytics", description=text,
                             budget_type="hourly")) == "role"


def test_figures_to_compile_from_annual_reports_are_not_asked_of_the_client():
    text = ("We need someone to compile and analyze five financial metrics from the annual reports of the country's "
            "listed banks for 2012 to 2023, extracting the data from the summary pages of the annual reports into one "
            "standard Excel table.")
    letter = _letter("Banking sector figures 2012-2023", text)
    assert "sample of the data" not in letter and "export from" not in letter and "your financial data" not in letter


def test_a_code_review_handed_over_in_writing_offers_no_calls():
    text = ("Looking for someone who can review a Python script of about 150 lines that runs a regression on a "
            "CSV file. Responsibilities:\nReview the code for correctness.\nCheck the statistics.\n"
            "Deliverables:\nFeedback report or annotated code.")
    letter = _letter("Python code review for a regression script", text)
    assert "on a call" not in letter and ("write-up" in letter or "Write it up" in letter)


def test_a_mobile_app_the_post_calls_new_is_not_asked_whether_it_is_new():
    text = ("We want a builder to bring our idea to life: a neighbourhood app where families swap outgrown "
            "school uniforms, with profiles, messaging and a clean design for iOS and Android.")
    assert "Is this a new app" not in _letter("Uniform swap app for iOS and Android", text, ws=WS)
    assert "is this a new app" not in _letter("Uniform swap app for iOS and Android", text, ws=WS)


def test_the_clients_own_steps_of_a_workflow_are_not_plan_items():
    from service.drafting.post_plan import work_items

    text = ("The workflow:\n- I attend the meetings with the client to gather requirements\n"
            "- I send you the recording of each meeting and we agree the tasks for the day\n"
            "- Build the SQL models for the day's tasks\n- Complete them and hand them back to me\n")
    items = [it.quote.text for it in work_items(text)]
    assert not [x for x in items if x.lower().startswith(("attend", "send you"))]  # fails on 7813220
    assert not [x for x in items if x.lower().startswith("complete them")]  # a task on a pronoun
    assert "Build the SQL models for the day's tasks" in items


# From a second tuning reading (`--seed 2311`): plan lines readers counted as garbled; each fails on 7813220.
def test_a_plan_step_does_what_its_item_asks():
    from service.drafting.kind_table import KINDS
    from service.drafting.post_plan import plan_steps

    text = ("Key Responsibilities:\n- Conduct primary and secondary research on the coffee market\n"
            "- Develop and recommend pricing strategies based on the sales figures\n"
            "- Provide actionable insights from the survey results\n")
    analysis = next(k for k in KINDS if k.id == "analysis")
    steps = plan_steps(text, text, analysis, None, frozenset({"data"}), limit=3) or ()
    assert not [s for s in steps if s.startswith("“Conduct primary") and "clean and check the data" in s], steps
    assert not [s for s in steps if s.startswith("“Provide actionable") and "how it works" in s]


def test_a_confidence_line_is_about_the_candidate():
    from service.drafting.post_plan import work_items

    items = [it.quote.text for it in work_items("Responsibilities:\n- Build the monthly revenue report in SQL\n"
                                                "- Confident writing complex SQL queries\n")]
    assert not [x for x in items if x.startswith("Confident")]


def test_an_approach_question_on_a_planned_item_points_at_the_plan():
    # the demo's first job, team-written: the letter a new user sees first
    title, _, text = (PACKAGE_DIR / "demo_jobs" / "01_react_dashboard.txt").read_text(encoding="utf-8").partition("\n")
    letter = _letter(title, text, ws=WS)
    assert "“Role-based access”: I would use a proven auth library" in letter.replace("we would", "I would")
    assert "The steps above are how I would approach role-based access" in letter.replace("we would", "I would")
