"""Work items from layouts the line reader missed or misread (service/drafting/post_items.py): an enumeration
inside one paragraph, bold "Label:" items whose description holds the task, a heading over its own sub-lines (never
quoted as if it were the task), a heading over a list of field names; and the typed step sentences, grammatical for
generated items. All posts here are team-written."""
from __future__ import annotations

import contextlib
import random
import re

import pytest

from service.drafting.frames import Quote, SlotError, grammar_problems
from service.drafting.kind_table import GENERAL, KINDS
from service.drafting.post_items import fields_how, split_inline
from service.drafting.post_plan import item_line, main_items, plan_steps, work_items

ALL = frozenset({"data", "dev", "shop", "copy"})
ANALYSIS = next(k for k in KINDS if k.id == "analysis")

INLINE = ("We run four bakeries and have two years of till data. We would like charts with short commentary. "
          "We are mostly interested in these points: 1. **Weekly Sales Trends:** We want to see how sales moved "
          "week by week. Identify any sharp rises or drops. 2. **Best and Worst Lines:** Determine the best-selling "
          "and worst-selling loaves at each bakery. 3. **Weather Effects:** Examine whether rainy days change what "
          "people buy. Please send an example of a similar analysis.")

NUMBERED = ("Our warehouse app needs a few changes before the season starts. The work is: 1) Add a barcode scan "
            "screen for incoming pallets 2) Connect the stock table to our Shopify store 3) Export a daily CSV of "
            "low-stock items. Budget is fixed.")

HEADINGS = """I need a daily scraper for a county permits site.

Scope of Work:

Search Logic:

Open the permits search page and choose the building permits tab.

Select the target towns (Elm, Oak, Pine - configurable).

Filter by Date Issued (last 24 hours).

Data Extraction:

Permit Number

Owner Name

Issue Date

Contractor Name & Phone (Crucial)

To Apply: tell us about a scraper you built.
"""


def texts(post: str) -> list[str]:
    return [it.quote.text for it in work_items(post)]


def test_an_enumeration_inside_one_paragraph_is_split_into_items():
    assert split_inline(NUMBERED).count("\n") == 3
    got = texts(NUMBERED)
    assert "Add a barcode scan screen for incoming pallets" in got, got
    assert "Connect the stock table to our Shopify store" in got, got


def test_bold_labels_give_the_task_in_their_description():
    got = texts(INLINE)
    assert "Determine the best-selling and worst-selling loaves at each bakery" in got, got
    assert any(t.startswith("Examine whether rainy days change") for t in got), got
    steps = plan_steps(INLINE, INLINE, ANALYSIS, None, ALL) or ()  # each item with a step of its own, if any
    assert not any("Weekly Sales Trends" in s or "Weather Effects\u201d" in s for s in steps), steps


def test_a_heading_over_sub_lines_is_not_quoted_as_a_task():
    steps = plan_steps(HEADINGS, HEADINGS, GENERAL, None, ALL) or ()
    assert steps, "the sub-lines are the items"
    assert not any(s.startswith("\u201cSearch Logic\u201d") for s in steps), steps
    assert all(s.startswith(("\u201cSelect the target towns", "\u201cFilter by Date Issued", "\u201cData Extraction"))
               for s in steps), steps


def test_a_heading_over_field_names_is_one_item_with_a_typed_step():
    items = work_items(HEADINGS)
    fields = [it for it in items if it.fields]
    assert len(fields) == 1 and fields[0].quote.text == "Data Extraction", items
    assert fields[0].fields == ("Permit Number", "Owner Name", "Issue Date", "Contractor Name & Phone")
    assert not any(it.quote.text == "Owner Name" for it in items)  # the names are not items of their own
    steps = plan_steps(HEADINGS, HEADINGS, GENERAL, None, ALL) or ()
    line = next(s for s in steps if s.startswith("\u201cData Extraction\u201d"))
    assert "four fields you list, from \u201cPermit Number\u201d to \u201cContractor Name & Phone\u201d" in line, line


def test_a_heading_of_two_nouns_is_not_a_task():
    # "🎨 Design & Visual Style:" over "Clean, modern look" was quoted as a task ("I would finish with this and hand
    # it over with short notes on how to run and change it")
    post = ("Scope of Work:\nCreate 40 engaging Instagram posts\nWrite captions with a clear call to action\n"
            "Design & Visual Style:\nClean, modern look\n")
    assert not any(it.quote.text == "Design & Visual Style" for it in work_items(post)), work_items(post)


def test_one_item_per_heading_comes_first():
    chosen = main_items(work_items(HEADINGS), limit=2)
    assert len({it.group for it in chosen}) == 2, chosen


def test_an_item_without_a_topic_or_kind_step_is_left_out_not_given_a_step_typed_by_its_keywords():
    # readers marked keyword-typed steps as stitched: "Implement robust file-upload workflows: I would add a log of
    # every run"; "Identify and recommend third-party APIs: we would map the data each side sends and expects". An item
    # that names a subject of its own (a file upload) gets know-how on that subject (``item_know_how``: tuning
    # crossover +0.34); a loose word ("workflow", "APIs" to recommend) types nothing, and an item with nothing of its
    # own is left out (a step by its place alone, "I would move on to this next …", read as empty: 27th session)
    post = ("Tasks:\n- Implement robust file-upload workflows for our users\n- Identify and recommend third-party "
            "APIs or datasets\n- Automate the handover workflow between our two offices\n")
    steps = plan_steps(post, post, GENERAL, None, ALL) or ()
    assert len(steps) == 1, steps
    assert "type and size on the server" in steps[0] and "log of every run" not in steps[0], steps


# ------------------------------------------------------------------ grammar for generated items
_WORDS = ["build", "Configure", "API", "sales", "dashboard", "Shopify", "e-commerce", "a", "an", "the", "UX", "and",
          "100", "CSV", "hour", "reports", "our", "it", "data", "is", "Our", "Power BI", "iOS", ".NET", "HubSpot"]


def _generated(n: int, seed: int = 611) -> list[Quote]:
    rnd = random.Random(seed)
    out = []
    while len(out) < n:
        text = " ".join(rnd.choice(_WORDS) for _ in range(rnd.randint(1, 8)))
        with contextlib.suppress(SlotError):
            out.append(Quote(text))
    return out


def test_the_fields_step_is_grammatical_for_generated_names():
    qs = _generated(60, 7)
    for n in range(3, 16):
        names = [q.text for q in qs[n:n + n]]
        how = fields_how(names)
        line = item_line(Quote("Data Extraction"), how)
        assert not grammar_problems(line), (line, grammar_problems(line))
        assert re.search(r"the (?:\w+|\d+) fields you list", how), how


def test_a_step_that_opens_with_a_function_word_continues_after_the_colon_in_lower_case():
    line = item_line(Quote("Identify key documents"), "Once the first part works, we would do this next.")
    assert line == "“Identify key documents”: once the first part works, we would do this next.", line
    assert item_line(Quote("Build the report"), "Power BI keeps it fast.").endswith(": Power BI keeps it fast.")
    assert item_line(Quote("Build the report"), "I would start here.").endswith(": I would start here.")


@pytest.mark.parametrize("post, not_item", [
    # lines a sentence audit found quoted as tasks in letters for posts no workspace fits
    ("Requirements:\n• Flutter Development: Build the app for iOS and Android.\n"
     "• Flutter Version Management (FVM): Experience managing Flutter versions in iOS projects.\n",
     "Flutter Version Management (FVM)"),
    ("Scope:\n- Build the scouting screens for the iPad app\n- Add the analytics pages for coaches\n"
     "- Firebase Backend – Infrastructure is Fully Set Up\n", "Firebase Backend"),
    ("Deliverables\nA clean, simplified Make scenario\nUses as few modules as possible\n"
     "Remove the Todoist steps entirely\n", "Uses as few modules as possible"),
    ("Responsibilities:\n- Evaluate and recommend cloud tools for the platform\n- Design the AWS landing zone\n"
     "- Managing multiple projects simultaneously and meeting deadlines effectively is crucial for success.\n",
     "Managing multiple projects simultaneously"),
    ("The workflow must:\nParse the initial Google Doc\nExtract all Google Drive links in the document\n"
     "Supported file types:\nGoogle Docs\nGoogle Sheets\nGoogle Slides\n", "Supported file types"),
    ("The workflow must:\nParse the initial Google Doc\nExtract all Google Drive links in the document\n"
     "Already available in n8n:\nGoogle Drive API credentials\nNextcloud credentials\n", "credentials"),
    ("Tasks:\n- Build the booking screen in Adalo\n- Connect the Stripe payment step\n- Fixes for the 3 Adalo issues above\n",
     "issues above"),
    ("Tasks:\n- Build the Android release from the Flutter code\n- Set up push notifications for new orders\n"
     "- Currently, the iOS compilation works\n", "iOS compilation works"),
])
def test_requirements_done_work_properties_and_provided_things_are_no_tasks(post, not_item):
    items = work_items(post)
    assert not any(not_item in it.quote.text or not_item in it.line and it.fields for it in items), items


def test_an_abbreviation_does_not_end_an_item_or_a_quote():
    from service.drafting.quotes import make_quote

    post = ("Key Responsibilities:\n- Create and publish engaging content tailored to the U.S. trucking audience\n"
            "- Develop content calendars and posting schedules\n")
    assert "Create and publish engaging content tailored to the U.S. trucking audience" in \
        [it.quote.text for it in work_items(post)]
    dealers = "We need an app where car dealers manage their data/documents incl. user-management and GDPR."
    assert make_quote("an app where car dealers manage their data/documents incl.".split(), dealers) is None


def test_a_heading_over_criteria_is_no_field_list():
    post = ("Scope of Work:\n\nActivity Check: Record the date of the last post to determine recent activity.\n\n"
            "Language Detection: Analyze posts to identify if the content is in German.\n\nDatabase Integration\n\n"
            "Eligibility Criteria: Add followers to the database only if they meet the following criteria:\n\n"
            "More than 2000 followers.\n\nGender and age classification successful.\n\nRecent activity detected.\n")
    assert not any(it.fields for it in work_items(post)), work_items(post)


def test_a_tool_only_floated_is_not_the_jobs_tool():
    from service.drafting.work_kinds import post_tools

    post = "We need our Vue.js and Laravel app to work offline.\nProbably PWA, IndexedDB/SQLite/Capacitor."
    tools = post_tools("Offline-first web app", post)
    assert "Laravel" in tools and "SQLite" not in tools, tools


def test_a_heading_over_expected_results_is_no_field_list():
    # a sentence audit: "we would capture the three fields you list, from “Folder structure replicated” …"
    post = ("Deliverables:\n\t1.\tWorking n8n workflow\n\t2.\tVideo demo showing:\n\t•\tSuccessful execution\n"
            "\t•\tResult in Nextcloud:\n\t    •\tFolder structure replicated\n\t    •\tMarkdown files created\n"
            "\t    •\tOne aggregated Markdown file present\n\t3.\tClean, readable workflow logic\n")
    assert not any(it.fields for it in work_items(post)), work_items(post)


def test_a_class_name_from_the_clients_code_is_no_product_name():
    from service.drafting.work_kinds import product_names

    post = ("My code is not structured into PageObjects yet. Regular C# HttpClient automation experience matters. "
            "We trade on KuCoin.")
    assert product_names(post) == ["KuCoin"], product_names(post)
