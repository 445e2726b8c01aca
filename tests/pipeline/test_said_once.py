"""The template never says the same thing twice in one letter: a 5-word phrase of our own words repeated reads as a
form filled in (tuning: "the figures your post lists" up to three times in 6 of 184 dashboard letters; a rushed
start repeating the first step, "beginning with the inputs, the outputs and …", in 3). Quotes of the post and the
screening answers (which may name the case study again) are not counted."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.proposal import draft_proposal

DATA_WS = load_workspace(Path(__file__).resolve().parents[2] / "evals" / "workspaces" / "data-analytics.yaml")


def said_twice(letter: str, n: int = 5) -> list[str]:
    body = re.sub(r"“[^”]*”", " Q ", letter.split("Answers to your questions")[0])
    words = re.findall(r"[a-z']+", body.lower())
    grams = Counter(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))
    return [g for g, k in grams.items() if k > 1]


def test_the_check_sees_a_phrase_said_twice():
    assert said_twice("We would check the totals against the source. Then we check the totals against the source.")
    assert not said_twice("Your post says “build the pages around the figures” and “build the pages around the figures”.")


@pytest.mark.parametrize(("title", "desc", "line"), [
    ("PowerBI Dashboards For A Food Delivery Service",
     "Driver Dashboard:\n\nKey Metrics: Delivery times, customer ratings, number of deliveries, idle time.\n\n"
     "Financial Dashboard:\n\nKey Metrics: Revenue, costs, net profit, and income breakdown.", "dashboards"),
    ("Build Commission & Chargeback Tracking Spreadsheet",
     "I need someone to build a custom commission tracking spreadsheet for my insurance business. This is urgent: "
     "I need it within 48 hours. It must track advance commissions, chargebacks and renewals per carrier.", None),
    ("1 on 1 Consultation: peer review of my thesis", "I would like a one-hour consultation call with a machine "
     "learning expert to review the methods chapter of my thesis on signal processing and answer my questions.", None),
    ("Computer vision expert needed", "We need an object detection model (YOLO) that counts pallets in our warehouse "
     "camera video. We have some footage; accuracy matters more than speed.", None),
])
def test_a_letter_says_each_thing_once(title, desc, line):
    out = draft_proposal(JobBrief(title=title, description=desc), None, DATA_WS, service_line=line)
    assert not said_twice(out.text), (said_twice(out.text), out.text)


def test_the_scraping_remark_is_true_for_a_single_site():
    desc = ("Scrape the product pages of one website (example-shop.com): extract title, brand, price and the "
            "breadcrumbs for every product into a CSV file.")
    out = draft_proposal(JobBrief(title="Data scraping expert", description=desc), None, DATA_WS)
    assert "confirm the exact fields" in out.text, out.text
    assert "per site" not in out.text, out.text
