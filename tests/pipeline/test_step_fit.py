"""A plan step does the kind of action its item asks for (issue 14, 17th session).

Readers counted "“Train users on the new reports”: I would build the pages, set up the refresh …" and "“Deploy the
app”: I would build in small milestones" as garbled: the kind's step shared a word with the item ("report",
"deploy") but did another action. The writer now pairs an item with one of its kind's steps only when the step's
action fits the item's (``step_fit.fits``), and the lint's ``step_fits`` check flags the pairs it would not make.
Team-written posts and letters only."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.kind_table import GENERAL, KINDS
from service.drafting.lint import lint_proposal
from service.drafting.post_items import _stems
from service.drafting.post_plan import plan_steps
from service.drafting.step_fit import (
    EMPTY_STEP,
    fits,
    item_actions,
    mismatched_steps,
    step_actions,
)

KIND = {k.id: k for k in KINDS}


@pytest.mark.parametrize("item, step, first, ok", [
    ("Train staff on the new booking tools", "walk through the current process with you once and write down every "
     "input, output and exception", False, False),
    ("Test the checkout for security holes", "build in small milestones, each deployed where you can click through it",
     False, False),
    ("Deploy the shop app to our cloud account", "build in small milestones, each deployed where you can click "
     "through it", False, False),
    ("Organise the weekly supplier calls", "work through the sources systematically, noting where each record came "
     "from", False, False),
    ("Design, train and tune the pricing model", "package the model behind a clear interface, with notes on how to "
     "retrain it", False, False),
    ("Content plan for the spring launch", "hand it over with a short guide, so you can edit the content yourself",
     False, False),
    # fitting pairs
    ("Integrate the courier API", "pin down each endpoint and integration: inputs, outputs, errors and rate limits",
     True, True),
    ("Integrate the courier API", "pin down each endpoint and integration: inputs, outputs, errors and rate limits",
     False, False),  # planning opens a plan; it is no way to do a later build item
    ("Testing the whole order flow", "run a small test batch, check it with you, then run the rest", False, True),
    ("Design, build, test and deploy the booking scripts", "document it and deploy it, so your team can run and "
     "extend it", False, True),
    ("Deliver weekly online guitar lessons", "plan each session around a small real task, so every lesson ends with "
     "something that works", False, True),
    ("Analyse refunds by product and month", "agree the questions the analysis must answer", False, True),
    ("Set up a nightly backup of the orders database", "schedule the runs, add an alert for any run that fails",
     False, True),
    ("Train the team on the new reports", "I would start here and agree with you what a finished result looks like",
     False, True),  # a step by place alone is judged by the lint as empty (``EMPTY_STEP``), not here
])
def test_fits(item, step, first, ok):
    assert fits(item, step, first) is ok


def test_actions_read_the_leading_verbs_and_the_main_step():
    assert item_actions("Design, build, and deploy the app") == {"build", "ship"}
    assert item_actions("Conduct a market analysis of tea brands") == {"analyze"}
    assert item_actions("Data warehouse in the cloud") == frozenset()  # no leading verb: not judged by the lint
    assert step_actions("I would hand over a prioritised list with the quick wins marked") == {"handover"}
    assert step_actions("I would work through this next, in small steps you can review as they land") is None
    assert step_actions("I would do this next and test it on real examples") is None  # empty: the lint's to judge
    assert EMPTY_STEP.match("do this next and test it on real examples")


def test_no_step_that_tests_is_given_to_a_meeting_item():
    post = ("We are a small charity and need a part-time assistant. Duties:\n- Update the donor spreadsheet each week\n"
            "- Organise the monthly trustee meetings\n- Draft the quarterly newsletter\n")
    for line in plan_steps(post, post, GENERAL, None, frozenset({"copy"})) or ():
        if line.startswith("\u201cOrganise"):
            assert "test it" not in line and "working piece" not in line


def test_words_meet_by_stem_not_by_their_first_letters():
    assert not _stems("Analyse the interview outcome data") & _stems("package the model behind a clear interface")
    assert not _stems("Fix the installation issues") & _stems("build in milestones you can install")
    assert _stems("Automate the invoice emails") & _stems("build the automation in small pieces")
    assert _stems("Write tests for the booking flow") & _stems("cover the critical paths with testing")


def _plan(post: str, kind: str, domain: str, item: str) -> tuple[tuple[str, ...], str]:
    """The plan for ``post`` and its line for the item that starts with ``item``."""
    steps = plan_steps(post, post, KIND[kind], None, frozenset({domain}))
    return steps, next(s for s in steps if s.startswith("\u201c" + item))


def test_a_training_item_gets_no_build_step():
    post = ("Our reporting is a mess and we want it sorted. Scope:\n- Create a sales dashboard in Power BI\n"
            "- Train users on the new reports\n- Document the data model\n")
    steps = plan_steps(post, post, KIND["dashboard"], None, frozenset({"data"})) or ()
    for train in (s for s in steps if s.startswith("\u201cTrain users")):  # an item with no step of its own is left out
        assert "build the pages" not in train
        assert fits("Train users on the new reports", train.split("\u201d: ", 1)[1], False)


def test_a_deploy_item_gets_no_build_step():
    post = ("We need a small booking app for our yoga studio. Tasks:\n- Build the class booking pages\n"
            "- Deploy the app to our own cloud account\n- Write tests for the payment flow\n")
    steps, deploy = _plan(post, "webapp", "dev", "Deploy the app")
    assert "build in small milestones" not in deploy
    assert not mismatched_steps("\n".join(steps))


def test_a_test_item_takes_the_kinds_test_step():
    post = ("We want a stock app for our flower shops. What we need:\n- Build a stock screen for our three shops\n"
            "- Test the app on our shop tablets before we roll it out\n- Train our staff to use the new screens\n")
    steps = plan_steps(post, post, KIND["webapp"], None, frozenset({"dev"}))
    test = next(s for s in steps if s.startswith("\u201cTest the app"))
    assert "cover the critical paths with tests" in test


def _brief() -> JobBrief:
    return JobBrief(title="Stock App for Three Flower Shops", skills=["React", "TypeScript"],
                    description="We have three flower shops. What we need:\n- Build a stock screen for our shops\n"
                                "- Test the app on our shop tablets\n- Train our staff to use it")


def _letter(step: str) -> str:
    return ("You need one stock screen your three shops can trust.\n\nHow I would approach it:\n"
            "1. \u201cBuild a stock screen for our shops\u201d: I would agree the core user flows first.\n"
            f"2. \u201cTrain our staff to use it\u201d: {step}\n\nWould Thursday suit you for a short call?\n\nMaya\n")


def test_the_lint_flags_a_step_that_does_another_action_than_its_item():
    ws = load_workspace(DEMO_WORKSPACE)
    bad = lint_proposal(_letter("I would connect the sources and check the totals before building any screen."),
                        _brief(), ws, None, ws.service_line("web-app"))
    good = lint_proposal(_letter("I would walk your team through each screen and leave a short guide."),
                         _brief(), ws, None, ws.service_line("web-app"))
    check = {c.id: c for c in bad.checks}["step_fits"]
    assert not check.passed and "Train our staff" in check.message
    assert {c.id: c for c in good.checks}["step_fits"].passed
