"""Truth fixes from readers of a fresh pool of real posts (2026-12-07, twenty-second session; diagnostic
``--seed 2201``), each on a team-written post and each failing on 32e1675: a looser name for the letter in an opener
instruction, a deadline "within the next hours", screening answers that split a tool's name, disclaimed a kind of work
or gave a method before saying the tool was never used, smart-wallet work read as a privacy job and as software, an app a
store turned down, a location stated as a requirement heading, a quote opening on a preposition, a CV asked for with
a line looking forward to a CV, a local model named Ollama, a piece of work or a confirmation asked for in the
proposal, a head of a business function, a conversion expert and a go-to-market engineer in fit, and the figures the
trade of a data post runs on (``topic_trades``)."""
from __future__ import annotations

import pytest

from service.core.config import DEMO_WORKSPACE, PACKAGE_DIR
from service.core.schemas import JobBrief
from service.core.workspace import load_workspace
from service.drafting.instructions import resolve
from service.drafting.proposal import draft_proposal
from service.drafting.work_kinds import classify, find_topic
from service.fit.main_need import roles_in
from service.text.skills import find_skills_in_text

WS = load_workspace(DEMO_WORKSPACE)
DATA_WS = load_workspace(PACKAGE_DIR.parent / "evals" / "workspaces" / "data-analytics.yaml")
DATA = frozenset({"data"})


def _letter(title: str, post: str, ws=WS) -> str:
    return draft_proposal(JobBrief(title=title, description=post), None, ws).text


_URGENT = ("We need a Python script that reads our subscription export and works out the churn rate for each month. "
           "This has to be finished within the next 3 hours, so reply only if you are free right now.\n\n"
           "{ask} and tell us how you would check the numbers.")


@pytest.mark.parametrize("ask", ["Please begin your job with the word MANGO",
                                 "Begin your submission with the word MANGO"])
def test_a_looser_name_for_the_letter_still_asks_for_the_opener(ask):
    letter = _letter("Python script for monthly churn", _URGENT.format(ask=ask))
    assert letter.startswith("MANGO")


def test_a_job_of_the_post_is_no_opener_without_the_word():
    post = _URGENT.format(ask="Start your job with a short summary of your background")
    assert not _letter("Python script for monthly churn", post).startswith("MANGO")


def test_a_deadline_within_the_next_hours_is_acknowledged():
    letter = _letter("Python script for monthly churn", _URGENT.format(ask="Please reply with your rate"))
    assert "within the next 3 hours" in letter


def _answers(title: str, body: str, questions: list[str], ws=DATA_WS) -> list[str]:
    desc = body + "\n\nScreening questions:\n" + "\n".join(f"{n}. {q}" for n, q in enumerate(questions, 1))
    brief = JobBrief(title=title, description=desc, screening_questions=questions)
    return [a["answer"] for a in draft_proposal(brief, None, ws).parts["screening_answers"]]


_BI_JOB = ("We are hiring a customer analytics analyst for our subscription software company. You will write SQL, keep "
           "our data models tidy and build dashboards on the warehouse for the sales and finance teams.")


def test_screening_answers_read_a_tool_whole_and_never_disclaim_a_kind_of_work():
    assert "Apache Superset" in find_skills_in_text("dashboards in Looker or Apache Superset")
    answers = _answers("Customer analytics analyst", _BI_JOB, [
        "Have you spent three or more years in data analytics or business intelligence work?",
        "Have you built dashboards in Apache Superset, Tableau or PowerBI?"])
    said = " ".join(answers)
    assert "Business Intelligence is not" not in said and "Apache and Superset" not in said
    assert "Apache Superset is not something" in answers[1]
    assert "PowerBI" not in said.replace("Apache Superset, Tableau or PowerBI", "")  # Power BI is ours, not disclaimed


def test_a_method_for_a_tool_never_used_comes_after_saying_so():
    answers = _answers("Customer analytics analyst", _BI_JOB, ["Are you comfortable with Kubernetes for deployments?"])
    assert answers[0].startswith("Not directly"), answers
    assert answers[0].index("not something") < answers[0].index("go about it")
    # an everyday tool the workspace does not list (Git) is the applicant's to confirm, never disclaimed (sixth probe)
    git = _answers("Customer analytics analyst", _BI_JOB, ["Are you comfortable with Git/GitHub for version control?"])
    assert git[0].startswith("[Your answer: whether you are comfortable with Git/GitHub") and "not something" not in git[0]


_WALLET = ("We are building a smart wallet on ERC-4337 with account abstraction. The back end needs social sign-in, "
           "payments between users, and tokenisation of real estate so users can invest and receive rent every month. "
           "It will hold only stablecoins at first.")


def test_smart_wallet_work_is_chain_work_not_a_privacy_job():
    assert "blockchain" in [fam for _, fam, _ in roles_in("Backend engineer for an ERC4337 wallet")]
    letter = _letter("Back end for our ERC-4337 smart wallet", _WALLET)
    assert "keyed hash" not in letter


_REJECTED = ("Our marketplace app was turned down by the Play Store review twice, and after the third try our "
             "submission has been rejected and the account suspended. We need someone who has taken apps through "
             "Google Play and App Store review before.")


def test_an_app_a_store_turned_down_gets_the_notices_read_not_a_new_build():
    letter = _letter("Get our app through Google Play review", _REJECTED)
    assert "rejection" in letter and "appeal" in letter
    assert "offline behaviour" not in letter and "main screens" not in letter


def test_a_location_requirement_heading_is_raised():
    post = ("Geography requirement: Greater Boston or Providence RI\n\nWe need a Python developer for 20 hours a week "
            "to extend our reporting service and its tests.")
    assert "[Your answer: where you are based]" in _letter("Python developer for our reporting service", post)


def test_an_evidence_quote_never_opens_on_a_preposition():
    from service.drafting.quotes import evidence_quote

    post = ("We want a capable Python developer for 20 hours a week.\n\nYou will be working with our founder who is a "
            "well known researcher with a doctorate in statistics and the one most sought after at OpenAI and other large labs.")
    found = evidence_quote(post, post, ("openai",), set())
    assert found is None or found.quote.text.split()[0] not in {"after", "at"}


def test_a_cv_asked_for_with_look_forward_to_is_answered():
    post = ("We want a Python developer, 20 hours a week, to extend our reporting service and its tests. We are looking "
            "forward to you sending your CV and two Python projects you are proud of.")
    letter = _letter("Python developer for our reporting service", post)
    assert "[Your CV link or file]" in letter


def test_a_local_model_post_is_ai_work():
    assert {"Ollama", "Llama"} <= set(find_skills_in_text("Run Ollama with Llama 3 on a laptop"))
    post = ("Show me how to install Ollama and run Llama 2 on my own machine, load a CSV of incidents and ask the model "
            "for trends, then script the queries in Python.")
    assert classify("Ollama and Llama 2 to analyse a dataset", post, DATA).id == "ai"


def test_a_piece_of_work_and_a_confirmation_asked_for_in_the_proposal_get_placeholders():
    post = ("We run a data channel on YouTube and need someone to research figures for each video and enter them in a "
            "spreadsheet. To show you read this, please submit in your proposal a list of the five tallest buildings "
            "in Europe in a CSV file. Also, please confirm you have watched the channels we follow.")
    r = resolve(JobBrief(title="Research analyst for a data channel", description=post), WS)
    assert any("five tallest buildings" in p for p in r.personal)
    assert any(p.startswith("confirm you have watched") for p in r.personal)
    letter = _letter("Research analyst for a data channel", post, DATA_WS)
    assert letter.count("[Your answer]") >= 2


@pytest.mark.parametrize("title, family", [
    ("Head of E-Commerce for a garden furniture brand", "management"),
    ("CRO/UX expert for our supplements store", "marketing"),
    ("GTM Engineer to build outbound lists", "sales"),
])
def test_a_business_function_lead_a_conversion_expert_and_a_gtm_engineer_are_other_trades(title, family):
    assert [fam for _, fam, _ in roles_in(title)][:1] == [family]


@pytest.mark.parametrize("title, post, topic", [
    ("Analyst for our guesthouse's annual report", "Review two years of revenue and bookings for our guesthouse and "
     "report on occupancy and room rates by season.", "hospitality"),
    ("Financial model for a staffing agency", "Build a model of our staffing agency's margins by client, with bill "
     "rates and pay rates for each placement.", "staffing"),
    ("Self storage acquisition model", "We need an Excel model for buying a self storage facility: occupancy, "
     "pricing and a five-year forecast.", "self_storage"),
    ("Monthly KPIs for a telehealth clinic", "Build the monthly KPI report for our telehealth clinic from the "
     "appointment and patient exports.", "clinical_kpis"),
    ("Donor retention analysis", "Analyse five years of donations for our charity and report on donor retention "
     "by appeal.", "donors"),
    ("Contact centre dashboard", "Build a dashboard for our call center: calls, waiting times and handle times "
     "by agent.", "contact_centre"),
])
def test_a_data_post_about_a_trade_gets_that_trades_figures(title, post, topic):
    found = find_topic(title, post, DATA, "analysis")
    assert found is not None and found.id == topic


@pytest.mark.parametrize("title, post", [
    ("Website for our guesthouse", "Build a booking website for our guesthouse with a gallery and a contact form."),
    ("Staffing levels analysis for a hospital ward", "Analyse nurse staffing levels against patient numbers per shift."),
    ("Restaurant menu scraper", "Scrape the menus of 200 restaurants into a spreadsheet with dish names and prices."),
])
def test_a_trade_named_without_its_figures_gets_no_trade_remark(title, post):
    found = find_topic(title, post, DATA, "analysis")
    assert found is None or found.id not in {"hospitality", "staffing", "restaurant"}


def test_a_tool_we_lack_under_its_short_name_is_still_said_plainly():
    answers = _answers("Data engineer for our pipelines", _BI_JOB, ["What experience do you have with AWS Glue and Spark?"])
    assert "Spark" in answers[0] and "not something" in answers[0]


def test_a_confirmation_that_runs_on_into_an_opener_is_no_placeholder():
    post = ("Our internal tools need a React developer. Please confirm you've read everything, start your "
            "application with the word LANTERN.")
    r = resolve(JobBrief(title="React developer for internal tools", description=post), WS)
    assert r.opener == "LANTERN" and not any(p.startswith("confirm") for p in r.personal)


# a second diagnostic (--seed 2203)

def test_an_apply_heading_at_the_end_of_a_line_starts_its_list():
    post = ("We need an automation that finds companies hiring and sends them our candidates' profiles.\n\n"
            "How to apply:\nIf you have built outreach automations before, we want to know more! Please share:\n"
            "✅ Similar projects you’ve completed\n✅ How you’d keep the system easy to maintain\n")
    r = resolve(JobBrief(title="Recruitment outreach automation", description=post), WS)
    assert any("Similar projects" in a for a in r.asks)
    letter = _letter("Recruitment outreach automation", post)
    assert "[Your links to similar work]" in letter


def test_an_approach_asked_with_a_curly_apostrophe_is_an_approach_question():
    from service.drafting.answer_kinds import question_kind

    assert question_kind("How you’d keep the whole setup running unattended") == "approach"


def test_a_tool_for_running_assessments_is_a_build_not_a_review():
    post = ("We want a developer to create a well-structured tool for conducting site feasibility assessments with Python "
            "and React: forms for the inputs, a scoring back end and a printable summary.")
    kind = classify("Feasibility assessment tool in Python and React", post, frozenset({"dev"}))
    assert kind.id != "review"


def test_help_with_workload_surges_is_no_statement_of_the_need():
    post = ("We are an analytics firm serving drug makers and need a business analyst to help manage occasional workload "
            "surges.\n\nResponsibilities:\n- Check the quality of the data before the analysis\n- Write analysis reports "
            "with recommendations for our clients")
    letter = _letter("Business analyst for pharma analytics", post, DATA_WS)
    assert "workload surges”" not in letter


def test_dotnet_is_found_and_net_profit_is_no_dotnet():
    assert find_skills_in_text("A senior .NET developer for our API") == [".NET"]
    assert find_skills_in_text("Report the net profit and net worth per month") == []


def test_a_calculator_embedded_in_a_site_gets_no_retrieval_remark():
    post = ("We have a static HTML recipe calculator and want a working MVP.\n\nScope:\n1) Ingredient search with "
            "autocomplete\n2) Conversion rules for each ingredient\n3) Embedding into our existing Square Online site\n")
    letter = _letter("Recipe calculator MVP", post)
    assert "retriev" not in letter


def test_timelines_asked_for_in_capitals_are_answered():
    post = ("Build a Chrome extension that suggests a friendlier tone for emails, with a small analytics database.\n\n"
            "KINDLY MENTION YOUR TIMELINES.")
    assert "timeline: [Your answer" in _letter("Chrome extension for email tone", post)


def test_code_editing_is_a_developers_work():
    assert [fam for _, fam, _ in roles_in("Landing page code editing in our page builder")] == ["software"]


# a third diagnostic (--seed 2205)

def test_reply_with_a_quoted_word_is_an_opener():
    post = ("Build the back end of our video dubbing service with FFmpeg and a GPU queue.\n\n"
            'Reply with "Walnut" so that I know you went through the details.')
    assert _letter("Back end for a video dubbing service", post).startswith("Walnut")


def test_an_analysis_that_helps_the_client_understand_the_business_is_no_lesson():
    post = ("We want a data analyst to go through five years of our firm's case records, define our key metrics and "
            "help us understand the firm's numbers better: how long a matter stays open and what each matter is worth.")
    assert classify("Law firm data analysis and KPIs", post, DATA).id != "teaching"
    assert classify("Stata coaching", "I will do the analysis myself; help me understand how to run the models.",
                    DATA).id == "teaching"


def test_a_quote_never_ends_on_a_cut_link():
    post = ("We need someone to build 3 TV apps (video, audio and live formats) using content from https://example.com/feed "
            "and our ad server.")
    letter = _letter("TV apps from our content feed", post)
    assert "https”" not in letter and "from https" not in letter


def test_trading_platforms_languages_are_vocabulary():
    assert find_skills_in_text("A Pine Script indicator, also for NinjaTrader and MT5; Roku apps in BrightScript") == [
        "Pine Script", "NinjaTrader", "MetaTrader", "BrightScript"]


def test_a_post_on_hold_is_flagged_to_the_reviewer():
    post = "ON HOLD for now; we will reopen it soon.\n\nWe want an AI consultant to join client projects."
    r = resolve(JobBrief(title="AI consultant for client projects", description=post), WS)
    assert any(f.startswith("post_on_hold") for f in r.flags)
    assert not any(f.startswith("post_on_hold") for f in resolve(
        JobBrief(title="Hold music for our phone line", description="We need hold music edited for our phone line."),
        WS).flags)


def test_named_products_readers_found_unnamed_are_vocabulary():
    assert find_skills_in_text("Model the curve in Desmos, run a Zello server and sync Smile.io points") == [
        "Desmos", "Zello", "Smile.io"]


def test_a_users_suspended_account_in_an_app_spec_is_no_store_rejection():
    post = ("Build a React Native app for our tenants: sign-up, rent payments and a banner shown when a user's account has "
            "been suspended for missed payments.")
    assert "rejection" not in _letter("Tenant app in React Native", post)


# a fourth diagnostic (--seed 2207)

def test_put_a_quoted_phrase_at_the_top_is_an_opener():
    post = ("We automate finance workflows in Python and need a data engineer for ETL work.\n\n"
            'Please put a "Ledger ready" at the very top of your bid if you got this far.')
    assert _letter("Python data engineer for finance ETL", post, DATA_WS).startswith("Ledger ready")


def test_an_apps_failing_ci_builds_get_pipeline_steps_not_a_new_app():
    post = ("We have an existing Flutter app and want the build and release to run in GitHub Actions with fastlane. "
            "The workflow files exist, but the iOS and Android builds fail on our self-hosted runner.")
    letter = _letter("Fix our Flutter app's GitHub Actions and fastlane builds", post)
    assert "build log" in letter and "main screens" not in letter and "offline behaviour" not in letter


def test_a_request_cloudflare_blocks_gets_the_blocking_remark():
    post = ("My Python script calls a public API and works on my laptop, but from our Linux cloud server every request "
            "is blocked by Cloudflare with a 403. I need a way around it that does not drive a browser.")
    letter = _letter("Cloudflare blocks my Python script on the server", post)
    assert "API key" in letter and "dynamic pages" not in letter


def test_a_screenshot_of_an_account_is_asked_for_and_a_play_console_post_is_a_release():
    post = ("Our finished mobile app needs a developer who has a Google Play Console account and can publish it for us. "
            "Your account should be free of closed testing restrictions. Kindly provide a screenshot of your console's "
            "home page when you apply.")
    letter = _letter("Developer to publish our app on Google Play", post)
    assert "[Your screenshot or link]" in letter
    assert "listing" in letter and "core flow of the first release" not in letter


def test_a_taxi_booking_app_gets_no_slot_booking_remark():
    post = ("Build a React Native taxi booking app: riders book trips, drivers accept them, live location on a map and "
            "payments. Riders can also schedule a ride for a later time.")
    assert "slot" not in _letter("Taxi booking app in React Native", post)


# a fifth diagnostic (--seed 2209)

def test_pose_tracking_gets_a_pose_model_remark_not_labelled_images():
    post = ("We want a service, built with AI, that joins a Zoom class through the Zoom API, follows each person's "
            "pose estimation points and counts their reps in real time (motion tracking).")
    letter = _letter("AI motion tracking for Zoom workout classes", post)
    assert "pose model" in letter and "labelled" not in letter


def test_an_ai_experienced_developer_is_no_ai_feature_to_build():
    post = ("A freelance marketplace like Upwork is what we want built, by an AI experienced app developer: client and "
            "freelancer profiles, job posts, proposals, messaging and escrow payments, web and mobile.")
    assert classify("AI Experienced App Developer for a marketplace platform", post, frozenset({"dev"})).id != "ai"


def test_screenshots_of_past_work_are_examples_not_an_account_screenshot():
    post = ("A commission tracker in Google Sheets is needed.\n\nTo apply, please include:\n"
            "- A few sheets you've built before (screenshots work too)\n")
    letter = _letter("Google Sheets commission tracker", post, DATA_WS)
    assert "[Your screenshot or link]" not in letter


def test_help_us_complete_our_project_is_work_under_way():
    from service.drafting.existing_work import existing_work

    post = ("We want a back-end developer with Laravel to join us and help complete our project: a web store with an "
            "admin dashboard built in Laravel.")
    assert existing_work(post, "webapp")
    assert not existing_work("Build a new booking web app; you must complete the project in four weeks.", "webapp")


# a sixth diagnostic (--seed 2211)

def test_edi_and_tradingview_are_vocabulary_and_edi_is_read_only_with_its_capitals():
    assert find_skills_in_text("Map X12 850 orders for EDI and chart a TradingView strategy") == ["EDI", "TradingView"]
    assert find_skills_in_text("Notes edited by Edi from accounts") == []


def test_a_long_list_to_categorise_gets_the_categorising_remark():
    post = ("Our team wants an analyst to categorize 25,000 email domains by industry (schools, media, government and "
            "more) and chart how many fall in each category.")
    letter = _letter("Email domain categorisation and charts", post, DATA_WS)
    assert "error rate" in letter


# a seventh diagnostic (--seed 2213)

def test_people_with_test_accounts_for_a_closed_test_are_participants():
    assert [fam for _, fam, _ in roles_in("A group of test accounts wanted to opt in to our closed test")][:1] == [
        "participant"]


def test_a_ui_template_to_fit_into_an_existing_app_is_front_end_work_on_existing_code():
    from service.drafting.existing_work import existing_work

    post = ("Fit a Tailwind admin template into our existing ASP.NET web application, with the libraries it needs. "
            "Links to similar work, please.")
    assert classify("Integrate a Tailwind admin template into our ASP.NET web app", post, frozenset({"dev"})).id != "api"
    assert existing_work(post, "webapp")
