"""Work lists the plan reader missed (2026-12-07, twenty-third session): 69 % of the letters for fitting tuning-half
posts used the kind's stock steps, and a third of those posts do list their work, in layouts ``post_plan.work_items``
did not read. Each case is a team-written post and fails on 69f9c39:
- a list flattened into a paragraph with the dash glued to each item (" -Design … -Own …");
- a short sentence that opens a numbered list ("I need help:"), where only the list's lines are the work;
- a paragraph that ends by opening the list ("… The main tasks include:");
- an inline enumeration with capital letters ("A. Survey design: … B. Sources: …");
- a role's duties written in the present tense ("You build … You model …");
- common clean-up verbs ("Removing duplicates") leading an item.
Guards: an ask to include something is no work list; "Plan A. … option B." is no enumeration; a requirement
written as "You have …" is no duty."""
from __future__ import annotations

from service.core.config import DEMO_WORKSPACE, PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.post_items import split_inline
from service.drafting.post_plan import main_items, work_items
from service.drafting.proposal import draft_proposal
from service.drafting.role_duties import duty_lines, unflattened

WS = load_workspace(DEMO_WORKSPACE)
DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")


def _items(text: str) -> list[str]:
    return [it.quote.text for it in work_items(text)]


def _plan(letter: str) -> list[str]:
    body = letter.split("approach it:\n", 1)[1] if "approach it:\n" in letter else ""
    return [line for line in body.splitlines() if line[:2] in ("1.", "2.", "3.")]


_GLUED = ("Our finance team needs a reporting analyst for the next year. What you get to do each week: -Build and maintain the "
          "revenue dashboards in Looker -Reconcile the billing exports against the ledger -Send the weekly cash summary "
          "to the founders. We work in English and meet on Mondays.")


def test_a_list_flattened_with_glued_dashes_is_read_as_items():
    items = _items(unflattened(_GLUED))
    assert "Build and maintain the revenue dashboards in Looker" in items
    assert "Reconcile the billing exports against the ledger" in items


def test_hyphenated_words_are_no_glued_list():
    text = "We sell hand-made e-bikes and need a one-page report of last year's sales by region."
    assert unflattened(text) == text


_NEED_HELP = ("I have a spreadsheet of 40k supplier rows exported from our old ERP and it is a mess. I need help:\n\n"
              "1. Trimming stray spaces and fixing the casing of every name\n"
              "2. Removing exact duplicates\n"
              "3. Merging suppliers that appear under two spellings\n\n"
              "This will be loaded into our new system next month, so the result should be a clean CSV.\n")


def test_a_sentence_that_opens_a_numbered_list_gives_its_lines_as_the_work():
    items = _items(_NEED_HELP)
    assert items[:3] == ["Trimming stray spaces and fixing the casing of every name", "Removing exact duplicates",
                         "Merging suppliers that appear under two spellings"]
    assert not any("loaded into" in it for it in items)  # the prose after the list is no item
    assert len(main_items(work_items(_NEED_HELP))) >= 2


def test_the_letter_plans_with_the_clients_own_list():
    letter = draft_proposal(JobBrief(title="Clean up a supplier spreadsheet", description=_NEED_HELP), None,
                            DATA_WS).text
    plan = _plan(letter)
    assert sum("“" in step for step in plan) >= 1 and len(plan) == 3, letter  # with the kind's steps around it


_TASKS_INCLUDE = ("We are a small chain of bike shops and we want a consultant to look at our sales data from three "
                  "stores over two years. The main tasks include:\n"
                  "- A weekly sales model by store and product group\n"
                  "- Demand forecasts for the spring season\n"
                  "- Present the findings to the owners in one meeting\n"
                  "Skills required:\n- Excel\n- Python\n")


def test_a_paragraph_that_ends_by_opening_the_list_heads_it():
    items = _items(_TASKS_INCLUDE)
    assert "weekly sales model by store and product group" in items
    assert "Demand forecasts for the spring season" in items
    assert "Excel" not in items and "Python" not in items


def test_an_ask_to_include_something_is_no_work_list():
    text = ("We need a Shopify theme fixed before the sale next week and would like it done properly. "
            "Please include these in your proposal:\n"
            "- Share three stores you built\n- Describe your testing\n")
    assert _items(text) == []


_LETTERED = ("Project tasks: your responsibilities will include: A. Questionnaire: Write twenty survey questions on "
             "staff wellbeing. B. Sampling: Pick a sample of our four offices that represents every team. C. Report: "
             "Summarise the answers in a short deck.")


def test_a_capital_letter_enumeration_is_split_into_items():
    lines = split_inline(_LETTERED).splitlines()
    assert [line[:2] for line in lines[1:]] == ["A.", "B.", "C."]
    assert "Write twenty survey questions on staff wellbeing" in _items(_LETTERED)


def test_capital_letters_inside_sentences_are_no_enumeration():
    text = "We tried plan A. It failed, so option B. is what we want now, with a budget of 500 dollars."
    assert split_inline(text) == text


_PRESENT = ("Full-time data engineer (hybrid, Lyon). YOUR TASKS WITH US: You build ingestion jobs for our partner "
            "feeds in Azure Data Factory. You model the warehouse tables for the finance team. You have at least "
            "three years of experience with SQL Server. You enjoy working in a small team.")


def test_a_roles_duties_in_the_present_tense_are_its_duties():
    lines = duty_lines(_PRESENT)
    assert "- build ingestion jobs for our partner feeds in Azure Data Factory" in lines
    assert "- model the warehouse tables for the finance team" in lines
    assert "have at least three years" not in lines.split("Duties:")[-1]
    assert "enjoy working" not in lines.split("Duties:")[-1]


def test_clean_up_verbs_lead_an_item():
    text = ("Tasks:\n- Removing duplicate customer rows from the CRM export\n- Standardizing the phone numbers\n"
            "- Reconciling the invoice totals with the bank statements\n")
    assert len(main_items(work_items(text))) == 3


def test_a_kind_step_is_not_matched_on_the_word_start():
    post = ("We want our company website's Google tracking redone.\n\nTasks:\n"
            "- Remove all the old tracking tags to start\n- Replace the cookie banner with a consent banner\n"
            "- Set up the purchase events again\n")
    letter = draft_proposal(JobBrief(title="Website tracking rebuild", description=post), None, WS).text
    assert "Remove all the old tracking tags to start”: we would build" not in letter
    assert "Remove all the old tracking tags to start”: I would build" not in letter


def test_a_line_repeated_under_every_heading_is_a_breakdown_not_a_task():
    post = ("I need staff figures worked out from the HR export I will send. What I need:\n"
            "- Average tenure:\n- Split by office\n- Split by grade -and show the trend\n"
            "- Yearly turnover:\n- Split by office\n- Split by grade\n"
            "- Estimate what each leaver costs us in recruiting fees\n"
            "- Build a short slide deck with the findings\n")
    items = _items(unflattened(post))
    assert not any(it.startswith("Split by") for it in items)
    assert "Estimate what each leaver costs us in recruiting fees" in items
