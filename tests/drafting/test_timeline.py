"""The client's timeline, acknowledged in the letter in the client's words (constraints.timeline_sentence), is the
work's deadline: not when the client wants to have hired, nor how long a contract lasts. Tuning readers read
"I have noted the timeline in your post (“by the end of June”)" on a hiring date as an invented deadline."""
from __future__ import annotations

import pytest

from service.drafting.constraints import timeline_sentence


@pytest.mark.parametrize("post", [
    "Three interview stages.\n\nLooking to hire for this position by the end of June.",
    "We are hiring a marketing writer and want the role filled by the end of the month.",
    "- start: 1st July\n- duration: by the end of the year\n- remote",
    "Contract length: within 6 months, then we review.",
    # a window in what the work is about (a sentence audit marked the letter's "noted the timeline" untrue)
    "Make sure the founder and her team members send at least 4 messages within two weeks.",
    "- Fast, responsive communication (ideally within 24 hours or less)",  # how fast we answer, not the work
])
def test_a_hiring_date_or_contract_length_is_not_the_works_deadline(post):
    assert timeline_sentence(post) is None


@pytest.mark.parametrize("post, said", [
    ("We need the Power BI dashboard by the end of June.", "by the end of June"),
    ("We hired a designer last year. Now we need the landing page within 2 weeks.", "within 2 weeks"),
    # a hiring date first, the work's deadline later: the deadline is the one acknowledged
    ("Looking to hire by the end of May. The report itself is due within 10 days of starting.", "within 10 days"),
    ("You can easily complete the job within a day or two.", "within a day or two"),  # never cut to "within a day"
])
def test_the_works_deadline_is_still_acknowledged(post, said):
    out = timeline_sentence(post)
    assert out is not None and out[1] == said and said in out[0]
