"""Letters found wrong in this session's packet compares and probes (team-written posts)."""
from __future__ import annotations

from service.core.config import DEMO_WORKSPACE
from service.core.workspace import load_workspace
from service.drafting.kind_table import KINDS
from service.drafting.offline_answers import answer_question
from service.drafting.role_shape import consult_sentence, role_sentence

DEMO = load_workspace(DEMO_WORKSPACE).model_dump(mode="json")


def ask(q: str) -> str:
    """The demo workspace's offline answer to one screening question, for a post that says nothing else."""
    return answer_question(q, {"title": "", "description": ""}, DEMO, {"claimable_tools": []}, {"proof": None},
                           {"skills": []})


def test_a_roles_tools_never_name_one_the_post_rules_out():
    post = ("We are hiring an Android developer for an ongoing role across our apps. The work is native Kotlin "
            "development with a 3D viewer. No Unity or other game engines.")
    kind = next(iter(KINDS))
    said = role_sentence(kind, ["Kotlin", "Unity"], post)
    assert "Unity" not in said and "Kotlin" in said, said
    assert "Unity" not in consult_sentence(kind, ["Kotlin", "Unity"], post)
    assert "Unity" in role_sentence(kind, ["Kotlin", "Unity"])  # no post given: the tools as named


def test_a_form_the_client_asked_for_or_two_quotes_in_a_short_letter_are_not_a_pasted_list():
    from service.core.schemas import JobBrief
    from service.drafting.lint_scope import pasted

    listed = JobBrief(title="Case studies for a payments company", description=(
        "We want two case studies a month, ongoing.\n\nReply with:\n1) your rate per case study\n"
        "2) a link to a similar case study you wrote\n3) your earliest start date"))
    form = ("Hi,\n\n1) Your rate per case study: [Your answer]\n2) A link to a similar case study you wrote: "
            "[Your link]\n3) Your earliest start date: next Monday\n\nClara")
    assert pasted(form, listed, "") == []
    short = JobBrief(title="Edit a rambling blog post", description=(
        "We have a blog post about audits for startups that reads rambling and far too salesy. Need an editor "
        "to cut it to about 1,400 words and make it sound less like an ad. Your proposal must be three sentences "
        "at most. Mention the last thing you edited in your proposal."))
    letter = ("Hi,\n\nYour post says “We have a blog post about audits for startups that reads rambling and far too "
              "salesy”. I can start straight away. As you asked, “the last thing you edited in your proposal”: "
              "[Your answer].\n\nClara")
    assert pasted(letter, short, "") == []
    # the same items written back with nothing of our own still are
    copied = "Hi,\n\nyour rate per case study\na link to a similar case study you wrote\nyour earliest start date\n\nClara"
    assert pasted(copied, listed, "")


def test_since_when_is_not_asked_when_the_post_says_when_it_broke():
    from service.drafting.question_check import already_answered

    q = "since when has it been happening, and did anything change around that time?"
    for post in ("Our checkout button stopped working on phones sometime last night. We changed nothing else.",
                 "The contact form broke after installing a reviews app yesterday.",
                 "Emails stopped sending this morning, right after the plugin update."):
        assert already_answered(q, post), post
    assert not already_answered(q, "Our checkout button does not work on phones. Please fix it.")


def test_a_fix_checks_first_the_change_the_post_says_it_followed(db):
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.drafting.next_steps import trigger_step
    from service.drafting.proposal import draft_proposal
    from service.fit.assess import assess_fit
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job

    assert "“we upgraded to Django 4.2”" in trigger_step("The site shows a 500 error since we upgraded to Django 4.2.")
    assert "“installing a reviews app”" in trigger_step("Checkout broke after installing a reviews app.")
    assert trigger_step("We want a new feature since the first release.") == ""  # no fault
    assert trigger_step("The app crashes after connecting to the printer.") == ""  # an action, not a change
    demo = load_workspace(DEMO_WORKSPACE)
    brief = extract_brief(parse_job("Fix Django admin 500 error\nOur Django admin shows a 500 error on every save since "
                                    "we upgraded to Django 4.2 last week. Need it fixed this week. Budget $200."))
    text = draft_proposal(brief, assess_fit(brief, demo), demo).text
    assert "It started after “we upgraded to Django 4.2" in text, text


def test_length_limits_in_more_wordings():
    from service.drafting.length_rules import word_limit

    assert word_limit("Use no more than 80 words.") == 80
    assert word_limit("Please write no more than 4 sentences.") == 80
    assert word_limit("Please keep it to one paragraph.") == 120
    assert word_limit("Write 5 blog posts of no more than 800 words each.") is None  # the deliverable's length
    assert word_limit("Use Python 3.11 for everything.") is None


def test_no_lead_is_cut_from_an_instruction_or_a_question_to_applicants():
    from service.drafting.lead_checks import asks_applicant

    for s in ("Keep your reply to 3 sentences max.", "Put the word MACRO in bold at the start.",
              "Tell us whether you accept payment via invoice net-30.", "Have you fixed Run-time error 1004 before",
              "Quote a price per 1,000 rows.", "What's your availability over the next month?"):
        assert asks_applicant(s), s
    for s in ("Our inventory workbook's macro breaks with error 1004 since we moved to Office 365.",
              "We need a Power BI dashboard for our sales team."):
        assert not asks_applicant(s), s


def test_a_subject_line_asked_for_stands_on_its_own_line(db):
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.drafting.proposal import draft_proposal
    from service.fit.assess import assess_fit
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job

    demo = load_workspace(DEMO_WORKSPACE)
    brief = extract_brief(parse_job("Audit our Make.com enrichment workflow\nAudit and fix an existing Make.com "
                                    "enrichment workflow built by a previous contractor; several steps fail silently.\n\n"
                                    'Include "Enrichment Audit - [Your Name]" in the subject line.'))
    lines = draft_proposal(brief, assess_fit(brief, demo), demo).text.splitlines()
    assert lines[0] == "Enrichment Audit - [Your Name]" and lines[1] == "" and lines[2].startswith("Hi"), lines[:4]


# ---------------------------------------------------------------- fifth probe (client reading, 42 more posts)
def test_a_budget_range_with_one_currency_sign_is_read_whole(db):
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job

    for tail, lo, hi in (("Budget: $4-6k", 4000, 6000), ("Budget $600-900.", 600, 900), ("Hourly: $30 - $50", 30, 50)):
        b = extract_brief(parse_job(f"Dashboard help\nWe need a sales dashboard built. {tail}"))
        assert (b.budget_min, b.budget_max) == (lo, hi), tail


def test_a_free_trial_in_the_clients_product_is_no_unpaid_test():
    from service.fit.disqualifiers import unpaid_test

    assert unpaid_test("Need Stripe Billing integrated: monthly and annual plans, free trial, webhooks for renewals.") is None
    assert unpaid_test("Please do a free trial of one article so we can see your style.")
    assert unpaid_test("This is an unpaid test task.")


def test_no_question_the_post_already_answers():
    from service.drafting.question_check import already_answered

    cases = [("Roughly how much data is involved, and how often does it need to refresh?", "Build a nightly sync from "
              "Postgres to BigQuery."),
             ("Is there a date the review has to be finished by?", "Please review our security setup within 2 weeks."),
             ("Who is the reader you most want to reach, and what should they do after reading?", "New homepage copy "
              "aimed at HR directors at mid-size firms."),
             ("How many months or years of history do you have, and how far ahead do you need the forecast?",
              "We have 4 years of monthly data and want a 12-month forecast.")]
    for q, post in cases:
        assert already_answered(q, post), q
    assert not already_answered(cases[1][0], "Please review our security setup.")


def test_an_overlap_with_the_zone_the_profile_names_is_answered_from_it():
    from service.drafting.role_shape import requirements_sentence

    post = "Ongoing React developer, about 20 hours a week. Must overlap at least 3 hours with US Eastern time."
    said = requirements_sentence(post, "", zone="CET (UTC+1), with afternoons overlapping US Eastern time")
    assert "my time zone is CET (UTC+1)" in said and "[confirm" not in said, said
    assert "[confirm" in requirements_sentence(post, "", zone="IST (UTC+5:30)")  # a zone the profile does not name
    assert "[confirm" in requirements_sentence(post, "")


def test_fifth_probe_kinds_and_proof():
    import re

    from service.drafting.existing_work import existing_work
    from service.drafting.proof_need import stem
    from service.drafting.work_modes import NEW_STORE

    assert re.search(NEW_STORE, "Need help setting up a new Shopify store for my clothing brand.", re.IGNORECASE)
    post = ("We are a seed-funded startup (pre-launch). Our backend is a Django REST API that's mostly done.\n"
            "- Build the clinic-facing web app in React + TypeScript from our Figma designs (about 14 screens)")
    assert not existing_work(post, "webapp")
    assert existing_work("Our Django admin is mostly done; we need the last screens fixed.", "webapp")
    assert stem("churning") == stem("churn") == stem("churned")


def test_sixth_probe_sign_off_opening_line_and_everyday_tools():
    from service.drafting.opener_rules import names_opener

    assert ask("Have you used Jira?") == "[Your answer: whether you have used Jira]"
    assert "not something" not in ask("Can you work with our existing agency's GitHub repo?")
    assert names_opener('Include the word "shift" in your opening line.')


def test_sign_off_with_your_first_name_only_is_the_signature(db):
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace
    from service.drafting.proposal import draft_proposal
    from service.fit.assess import assess_fit
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job

    demo = load_workspace(DEMO_WORKSPACE)
    brief = extract_brief(parse_job("Fix our Next.js build\nOur Next.js build fails on Vercel since this morning with a "
                                    "type error in the checkout page. Sign off with your first name only."))
    text = draft_proposal(brief, assess_fit(brief, demo), demo).text
    assert "[Your first name only]" not in text and "\nMaya" in text, text


def test_third_party_costs_are_not_our_rate_and_a_product_migrated_from_is_named():
    assert "$65" not in ask("Any licensing or cost implications for API access?")
    assert "$65" in ask("What is your hourly rate?")
    assert "Apptivo is not something" in ask("Have you migrated from Apptivo before?")


def test_features_for_an_existing_portal_are_work_under_way():
    from service.drafting.existing_work import existing_work

    assert existing_work("Looking for a Vue 3 developer to add features to our existing customer portal.", "webapp")
    assert existing_work("Fix bugs in our current admin dashboard.", "webapp")
