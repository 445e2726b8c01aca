"""The approach section from the post's own work list (service/drafting/post_plan.py, issue 14): the items are
the post's own words, in order, never from lists about the candidate; the main work is chosen over admin; every
line the plan can produce is grammatical for generated items; a post without a list keeps the kind's steps.
All posts here are team-written."""
from __future__ import annotations

import contextlib
import random
import re

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.frames import Quote, SlotError, grammar_problems
from service.drafting.kind_table import FIX, GENERAL, KINDS
from service.drafting.post_plan import (
    item_line,
    main_items,
    plan_steps,
    work_items,
)
from service.drafting.proposal import draft_proposal
from service.drafting.step_fit import EMPTY_STEP

ALL = frozenset({"data", "dev", "shop", "copy"})

ROLE_POST = """We run a small logistics company and need help with our database servers.

Key Responsibilities:
\t•\tConfigure SQL Server replication and mirroring for our two sites.
\t•\tCollaborate with IT teams on release planning.
\t•\tTune slow stored procedures, ensuring the nightly jobs finish before 6am.
\t•\tProvide on-call support one weekend a month.

Requirements:
\t•\tStrong experience with SQL Server 2019.
\t•\t5+ years as a DBA.

Nice to have:
- Build dashboards in Power BI
"""

LABELLED = """**The Workflow We Need**

**Database Connection:** connect to our Postgres reporting replica with read-only credentials.
**Weekly Extraction:** pull last week's orders per region every Monday morning.
**Email Delivery:** send each regional manager their own PDF summary.

**About You**
- You are comfortable with Python and cron.
"""

DETECTORS = """The tool we want has three parts:
- Automatic file-type detector: identifies document type from the first bytes of each upload.
- Parser: extracts invoice lines into a table with one row per line item.
- Export screen: lets our accountant download the table as CSV.

How to apply:
1. Send a short note about a similar tool you built.
"""

PROSE = ("We need a Shopify store for our candle brand. The theme should feel calm and we want to launch before "
         "the holidays. Please tell us about stores you have built.")


def texts(post: str) -> list[str]:
    return [it.quote.text for it in work_items(post)]


def test_items_come_from_the_work_list_in_order_and_never_from_candidate_lists():
    got = texts(ROLE_POST)
    assert got[0] == "Configure SQL Server replication and mirroring for our two sites"
    assert "Tune slow stored procedures" in got
    assert got.index("Configure SQL Server replication and mirroring for our two sites") < got.index(
        "Tune slow stored procedures")
    assert not any(re.search(r"SQL Server 2019|DBA|Power BI", t) for t in got), got


def test_admin_lines_are_not_chosen_as_the_main_work():
    chosen = [it.quote.text for it in main_items(work_items(ROLE_POST))]
    assert chosen == ["Configure SQL Server replication and mirroring for our two sites",
                      "Tune slow stored procedures"], chosen


def test_bold_colon_labels_give_the_task_their_description_states():
    # the label alone reads as a heading quoted as a task (post_items.label_task); the description is the work
    assert texts(LABELLED) == ["connect to our Postgres reporting replica with read-only credentials",
                               "pull last week's orders per region every Monday morning",
                               "send each regional manager their own PDF summary"]


def test_a_label_with_two_words_is_the_item_else_a_clause_of_its_description():
    got = texts(DETECTORS)
    assert got[0] == "Automatic file-type detector"
    assert "extracts invoice lines into a table" in got  # the detail after "with" is cut from a long item
    assert "Export screen" in got
    assert not any("similar tool" in t for t in got)


def test_items_are_verbatim_short_and_free_of_markup():
    for post in (ROLE_POST, LABELLED, DETECTORS):
        flat = " ".join(post.split())
        for t in texts(post):
            assert t in flat, t
            assert 3 <= len(t.split()) <= 16 or len(t.split()) == 2, t
            assert not re.search(r"[*•\t#]|^\d+\.", t), t


def test_no_duplicates():
    post = "Deliverables:\n- Build the booking API\n- Build the booking API\n- Build the booking API and tests\n"
    assert texts(post) == ["Build the booking API"]


def test_a_post_without_a_list_has_no_plan():
    assert work_items(PROSE) == []
    assert plan_steps(PROSE, PROSE, GENERAL, None, ALL) is None


def test_one_real_item_is_not_a_plan():
    post = "Tasks:\n- Migrate our WordPress blog to Webflow\n- Communicate progress daily\n"
    assert plan_steps(post, post, GENERAL, None, ALL) is None


def test_the_plan_quotes_the_items_and_skips_the_hooks_quote():
    steps = plan_steps(ROLE_POST, ROLE_POST, GENERAL, None, ALL)
    assert steps and len(steps) == 1  # the other item has no step of its own (``fill_plan`` adds the kind's)
    assert steps[0].startswith("\u201cConfigure SQL Server replication and mirroring for our two sites\u201d: ")
    assert " I would " in steps[0]
    skipped = plan_steps(ROLE_POST, ROLE_POST, GENERAL, None, ALL, skip="Tune slow stored procedures")
    assert skipped is None  # one real item left


def test_a_topic_or_the_kinds_step_that_fits_an_item_is_used_for_it():
    post = ("Scope of work:\n- Rebuild our sales dashboard in Power BI\n- Write the DAX measures for margin\n"
            "- Set up the scheduled refresh from our SQL database\n")
    steps = plan_steps(post, post, next(k for k in KINDS if k.id == "dashboard"), None, ALL)
    assert steps and not any(EMPTY_STEP.match(s.split(": ", 1)[1].removeprefix("I would ")) for s in steps), steps


# ------------------------------------------------------------------ grammar for generated items
_WORDS = ["build", "Configure", "API", "sales", "dashboard", "Shopify", "e-commerce", "a", "an", "the", "UX", "and",
          "100", "CSV", "hour", "reports", "our", "it", "data", "is", "Our", "Power BI", "iOS", ".NET", "HubSpot"]


def _generated(n: int) -> list[Quote]:
    rnd = random.Random(14)
    out = []
    while len(out) < n:
        text = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(2, 16)))
        with contextlib.suppress(SlotError):
            out.append(Quote(text, cut=rnd.random() < 0.2))
    return out


@pytest.mark.parametrize("how", tuple("I would " + s for k in (*KINDS, GENERAL, FIX) for s in k.steps))
def test_every_plan_line_is_grammatical_for_generated_items(how):
    for q in _generated(40):
        line = item_line(q, how)
        assert line.startswith("\u201c") and line.endswith("."), line
        assert not grammar_problems(line), (line, grammar_problems(line))


def test_hostile_lines_stay_cheap():
    post = "Deliverables:\n" + "\n".join(f"- Build part {i} of the " + "a" * 2000 for i in range(3000))
    assert len(work_items(post)) <= 40


# ------------------------------------------------------------------ in the letter
def test_the_letter_uses_the_posts_list_and_keeps_kind_steps_without_one(db):
    ws = load_workspace(DEMO_WORKSPACE)
    listed = JobBrief(title="Power BI sales dashboard", description="We need a sales dashboard for our shops.\n\n"
                      "Deliverables:\n- Connect Power BI to our SQL Server sales tables\n- Build a margin page per "
                      "shop and per month\n- Set up a daily scheduled refresh\n\nRequirements:\n- 3+ years of Power BI",
                      skills=["Power BI", "SQL"])
    out = draft_proposal(listed, None, ws)
    approach = out.parts["diagnosis"]
    assert "\u201cConnect Power BI to our SQL Server sales tables\u201d" in approach, approach
    assert "3+ years" not in approach
    quoted = {g["quote"] for g in out.parts["grounding"]}
    assert "Connect Power BI to our SQL Server sales tables" in quoted  # the reviewer sees each item's evidence
    plain = JobBrief(title="Power BI sales dashboard", description="We need a sales dashboard for our shops in Power "
                     "BI, built on our SQL Server sales tables.", skills=["Power BI", "SQL"])
    assert "\u201c" not in draft_proposal(plain, None, ws).parts["diagnosis"].split("\n\n")[0]
