"""An ongoing role's plan comes from the duties its post lists (service/drafting/role_duties.py), even when the post
arrives as one flattened paragraph or writes its duties as "you will …"; its steps read as standing duties, not as
a project to finish. Tuning readers called the generic "take ongoing ownership … whatever matters most to you"
letters empty. All post text is team-written."""
from __future__ import annotations

import re
from pathlib import Path

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.post_plan import main_items, work_items
from service.drafting.proposal import draft_proposal
from service.drafting.role_duties import duty_lines

DATA_WS = Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml"
FLAT = ("Our growing agency is hiring a part-time data analyst for an ongoing role, 20 hours per week. Responsibilities: "
        "- Build weekly campaign reports in Google Sheets for each client. - Analyze campaign results by channel to find the "
        "best performing creatives. - Merge the ad platform exports into one sheet every Monday. - Maintain the shared KPI definitions document. Requirements: - Two years of "
        "analytics experience.")
PROSE = ("This is an ongoing remote position. You will be responsible for building monthly sales dashboards in "
         "Looker Studio for the regional managers. You will also clean the weekly store sales "
         "exports in BigQuery.")


def test_a_flattened_duty_list_is_read_as_a_list():
    assert not main_items(work_items(FLAT))  # one paragraph: the line reader finds no list
    items = [it.quote.text for it in main_items(work_items(duty_lines(FLAT)))]
    assert "Build weekly campaign reports in Google Sheets for each client" in items
    assert any(t.startswith("Analyze campaign results by channel") for t in items)
    assert not any("experience" in t for t in items)


def test_duties_written_as_you_will_become_items_verbatim():
    text = duty_lines(PROSE)
    items = [it.quote.text for it in main_items(work_items(text))]
    assert len(items) >= 2 and all(t in " ".join(PROSE.split()) for t in items), items


def test_a_post_with_its_own_list_is_left_as_it_is():
    post = "Duties:\n- Build weekly reports in Excel\n- Analyze monthly churn by cohort\n\nYou will also join our calls."
    assert duty_lines(post) == post


def test_a_role_letter_plans_from_the_posts_duties(db):
    brief = JobBrief(title="Part-time Data Analyst (ongoing)", description=FLAT, hours_per_week="20",
                     skills=["Google Sheets", "Data Analysis"])
    draft = draft_proposal(brief, None, load_workspace(DATA_WS))
    assert draft.parts.get("job_type") == "role"
    assert "“Build weekly campaign reports in Google Sheets for each client”" in draft.text or \
        "“Analyze campaign results by channel" in draft.text, draft.text
    assert not re.search(r"\u201d: I would (?:start here|take this on too|add this)", draft.text), draft.text
