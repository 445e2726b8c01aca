"""Team-written letters for measuring the letter-quality lint (precision and recall per check).

Written by the team for this purpose (no text from the shared real data). Each post has one good letter and
variants with one defect each, a defect a reader would notice; a few variants are tricky-but-fine (relative
clauses, quoted post text, honest answers) and expect no failure. ``python build_cases.py`` writes
``cases.jsonl`` next to it; ``evals/lint_precision.py`` scores the lint on it."""
from __future__ import annotations

import json
from pathlib import Path

POSTS = {
    "bike": dict(title="Inventory Dashboard for Bike Rental Shops", skills=["React", "TypeScript"], service_line="web-app",
                 description="We run four bike rental shops and need an inventory dashboard in React that shows which "
                             "bikes are out for repair. Our spreadsheet breaks every Monday when staff sync it."),
    "webhook": dict(title="Stripe Webhooks Keep Failing in Our FastAPI Invoicing Service", skills=["Python", "FastAPI", "Stripe"],
                    service_line="api-backend", description="Our FastAPI invoicing service misses Stripe webhooks when "
                    "traffic spikes. We need retries, idempotency and alerts, plus tests. Budget is fixed."),
    "theme": dict(title="Shopify Product Page Redesign for a Tea Brand", skills=["Shopify", "Liquid", "Figma"],
                  service_line="shopify", description="Redesign our Shopify product page template in Liquid so bundles "
                  "and subscriptions are clearer. We have Figma mockups ready and want it live before our autumn sale."),
    "cartfix": dict(title="Cart Page Broken After App Update", skills=["Shopify", "JavaScript"], service_line="shopify",
                    budget_type="fixed", budget_max=150, description="Since we updated a reviews app our cart page "
                    "shows an error and the checkout button does nothing. Need it fixed today."),
    "django": dict(title="Django Admin Clean-Up for a Physiotherapy Clinic", skills=["Django", "Python"],
                   service_line="api-backend", description="Our Django admin is slow and confusing for reception staff. "
                   "Improve the booking list filters and add an export of weekly appointments."),
    "landing": dict(title="Next.js Landing Pages for a Scheduling SaaS Launch", skills=["Next.js", "Tailwind CSS"],
                    service_line="web-app", description="Build three Next.js landing pages with Tailwind CSS for our "
                    "scheduling SaaS launch, with a signup form that posts to our existing API."),
    "role": dict(title="Ongoing React Developer for Our Fintech Team", skills=["React", "TypeScript"], service_line="web-app",
                 hours_per_week="More than 30 hrs/week", project_length="More than 6 months",
                 description="Join our product team long-term as a React developer, about 30 hours per week. You will "
                             "build new screens for our lending app and review pull requests."),
    "migrate": dict(title="Upgrade a Django 2 App to Django 5", skills=["Django", "Python", "PostgreSQL"],
                    service_line="api-backend", description="Our clinic booking system runs Django 2 with no tests. We "
                    "want an upgrade to a current version, test coverage and Docker deploys."),
    "marketplace": dict(title="MVP for a Two-Sided Tutoring Marketplace", skills=["Next.js", "Node.js", "PostgreSQL"],
                        service_line="web-app", description="We want an MVP where tutors list lessons and parents book "
                        "and pay. Next.js front end, Node.js API and PostgreSQL. Launch in ten weeks."),
    "coffee": dict(title="Subscriptions for Our Coffee Shop Store", skills=["Shopify", "Stripe"], service_line="shopify",
                   description="Add coffee subscriptions to our Shopify store with Stripe, so regulars can pick a "
                               "grind and a delivery day. Questions below.",
                   screening_questions=["Have you built subscriptions on Shopify before?", "What is your hourly rate?"]),
    "graphql": dict(title="GraphQL API for a Fleet Tracking App", skills=["GraphQL", "Node.js"], service_line="web-app",
                    description="We need a GraphQL API in Node.js for our fleet tracking app: vehicles, drivers and "
                                "trips, with pagination and role-based access for dispatchers.",
                    screening_questions=["How would you structure the schema?", "When could you start?"]),
    "audit": dict(title="Code Review of Our React Front End", skills=["React"], service_line="web-app",
                  description="We would like an experienced developer to review our React code base and advise us on "
                              "structure and state management. A written report and one call."),
    # added in the 6th session of 2026-12-05 with the lead and plan-line checks
    "bakery": dict(title="Weekend Sales Analysis for Three Bakeries", skills=["Excel"], service_line="web-app",
                   description="I am a bakery owner with three shops. I need someone to clean up two years of sales "
                               "data in Excel and show which products sell best on weekends."),
    # added in the 17th session with the plan-step check (step_fits)
    "florist": dict(title="Stock App for Three Flower Shops", skills=["React", "TypeScript"], service_line="web-app",
                    description="We have three flower shops and lose track of stock between them. What we need:\n"
                                "- Build a stock screen for our three shops\n- Test the app on our shop tablets\n"
                                "- Train our staff to use it\n- Deploy it to our own server\n"
                                "- Document the setup for our next developer"),
    # added in the 29th session with the call-refused rule of next_step_fits
    "nocall": dict(title="Fix Our Python Price Scraper", skills=["Python"], service_line="api-backend",
                   description="Our Python scraper for supplier prices stopped returning rows after the supplier "
                               "changed its site. We are not jumping on a call for this; please reply here with how "
                               "you would fix it."),
}

SIGN = "\n\nMaya\n"

GOOD = {
    "bike": ["You need an inventory dashboard that shows which bikes are out for repair, and that is a clear brief.",
             "Your post says \u201cOur spreadsheet breaks every Monday when staff sync it\u201d, so I would start with how "
             "repairs get recorded before drawing any screen.",
             "React and TypeScript are part of our everyday work.",
             "The closest project we have done: Analytics dashboard for a B2B SaaS.",
             "We rebuilt a slow reporting screen in React, and page load went from 9 s to 1.2 s.",
             "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first milestone.",
             "Would Thursday work for you?"],
    "webhook": ["Missed Stripe webhooks during traffic spikes usually come down to slow handlers and missing retries.",
                "I would make every webhook handler idempotent, queue the slow work, and alert you when an event fails twice.",
                "Python, FastAPI and Stripe are part of our everyday work.",
                "The closest project we have done: Payments API for a fintech startup.",
                "It processed 40k payments in the first quarter with zero double charges.",
                "A good first step would be a short technical call, or a paid one-day audit of the current code.",
                "Which day suits you?"],
    "theme": ["A clearer product page for bundles and subscriptions is exactly the kind of Shopify work we do.",
              "Since your Figma mockups are ready, I would build the page as Liquid sections you can rearrange yourself.",
              "The closest project we have done: Shopify theme rebuild for a skincare brand.",
              "We rebuilt product and collection pages in Liquid, with faster images and a cleaner cart drawer.",
              "With your autumn sale in mind, I would plan the work so the new template is live two weeks before it.",
              "A good first step would be a 15-minute call and a fixed first milestone for the theme changes.",
              "Shall I send a short outline first?"],
    "cartfix": ["An error on the cart page right after a reviews app update usually means the app injected a script "
                "the theme does not expect.",
                "I would check the browser console and the app's theme snippets on a duplicate theme first.",
                "Shopify and JavaScript are part of our everyday work.",
                "We have rebuilt cart drawers in Liquid before, so I know where these scripts usually hook in.",
                "I can start as soon as you share collaborator access, and I will tell you what I found before changing anything.",
                "Could you send access and a screenshot of the error?"],
    "django": ["A slow, confusing admin is a real cost when reception staff use it all day.",
               "I would look at the booking list queries first, since slow admin pages are usually a few unindexed filters.",
               "Then I would add the weekly appointments export as a simple admin action.",
               "Django and Python are part of our everyday work.",
               "The closest project we have done: Django 2 to Django 5 upgrade for a health platform.",
               "A good first step would be a short technical call, or a paid one-day audit of the current code.",
               "Would early next week suit you?"],
    "landing": ["Three landing pages for a launch need to be fast and easy to change after the first results come in.",
                "I would build them with shared Tailwind CSS components, so a new headline is a two-minute edit.",
                "The signup form would post to your existing API, with clear errors when a field is missing.",
                "The closest project we have done: Next.js marketplace MVP.",
                "We built it with Next.js, Tailwind CSS and a Node.js API in eight weeks.",
                "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first milestone.",
                "Does that work for you?"],
    "role": ["You are looking for a long-term React developer for new screens in your lending app.",
             "React and TypeScript are part of our everyday work, and code review is part of how we ship.",
             "The closest project we have done: Analytics dashboard for a B2B SaaS, rebuilt in React and TypeScript.",
             "For the hours, your post says about 30 hours per week, and I would confirm our availability against that on a call.",
             "I would suggest a short call about your current priorities and the weekly rhythm you want.",
             "Which day this week suits you?"],
    "migrate": ["Moving a Django 2 system with no tests to Django 5 is safest in small, reversible steps.",
                "The first job is a set of tests around what works today, so nothing changes quietly.",
                "Then I would upgrade one major version at a time and move deploys to Docker at the end.",
                "The closest project we have done: Django 2 to Django 5 upgrade for a health platform.",
                "Test coverage went from 12% to 78%, and deploys from monthly to daily.",
                "A good first step would be a short technical call, or a paid one-day audit of the current code.",
                "Shall we find a time this week?"],
    "marketplace": ["A tutoring marketplace MVP in ten weeks is realistic if the first version does one booking flow well.",
                    "I would agree the smallest path first: a tutor lists a lesson, a parent books and pays, both get a confirmation.",
                    "Next.js, Node.js and PostgreSQL are part of our everyday work.",
                    "The closest project we have done: Next.js marketplace MVP.",
                    "It launched on schedule and onboarded the first 300 sellers.",
                    "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first milestone.",
                    "Would that work for you this week?"],
    "coffee": ["Coffee subscriptions where regulars pick a grind and a delivery day are a nice, contained project.",
               "I would keep the grind and day as subscription options, so your team can change them without code.",
               "Shopify and Stripe are part of our everyday work.",
               "The closest project we have done: Subscription checkout for a coffee roaster.",
               "It reached 1,200 active subscribers within three months.",
               "A good first step would be a 15-minute call and a fixed first milestone for the theme changes.",
               "Would that suit you?"],
    "graphql": ["A GraphQL API for vehicles, drivers and trips needs pagination and access rules from the first day.",
                "I would write down what a dispatcher may see and change before building any resolver.",
                "GraphQL and Node.js are part of our everyday work.",
                "The closest project we have done: Next.js marketplace MVP, with a Node.js API behind it.",
                "As a first step, I would suggest a 20-minute call to walk through the schema and agree the first milestone.",
                "Are you free in the next few days?"],
    "audit": ["A review of your React code base with a written report and one call is a clear, bounded piece of work.",
              "I would read the state management and folder structure first, then the five screens your team changes most.",
              "React is part of our everyday work.",
              "The closest project we have done: Analytics dashboard for a B2B SaaS, rebuilt in React.",
              "I would suggest a short call to agree which parts of the code matter most to you.",
              "Which day this week suits you?"],
    "bakery": ["You need two years of sales data cleaned up in Excel, with the weekend best-sellers shown clearly.",
               "Your post says \u201cshow which products sell best on weekends\u201d, so I would first check that every "
               "shop records products under the same names.",
               "Excel is part of our everyday work.",
               "I would send you the weekend ranking for one shop first, so you can check it against what you see.",
               "If you send us a copy of the file, we will tell you what we would fix first.",
               "A reply here will do."],
    "florist": ["You need one stock screen that all three shops can trust, on the tablets your staff already use.",
                "How I would approach it:\n"
                "1. \u201cBuild a stock screen for our three shops\u201d: I would agree the core user flows first, then build in "
                "small milestones you can click through.\n"
                "2. \u201cTest the app on our shop tablets\u201d: I would test every screen on your tablets before each release.\n"
                "3. \u201cTrain our staff to use it\u201d: I would walk your team through each screen and leave a short "
                "guide behind.\n",
                "React and TypeScript are part of our everyday work.",
                "The closest project we have done: Analytics dashboard for a B2B SaaS.",
                "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first milestone.",
                "Would Thursday work for you?"],
    "nocall": ["A scraper that stops returning rows after a site change usually has one selector or one request "
               "that no longer matches.",
               "I would run it against one supplier page, compare what comes back with what the page now shows, and fix "
               "the parsing with a test on a saved copy of the new page.",
               "Python is part of our everyday work.",
               "Every API call and page request would be logged, so a later change shows up at once.",
               "If you send me the script and one product URL, I will reply here with what I would change first.",
               "A reply here is all I need."],
}

ANSWERS = {
    "coffee": {"good": ["Yes. Our closest example is a subscription checkout for a coffee roaster, built with Shopify and Stripe.",
                        "Our rate is $65 per hour; for a fixed price I would quote once the first milestone is scoped."],
               "bad": ["Yes, that fits how we work, and I would confirm the specifics during a short call.",
                       "Happy to discuss."]},
    "graphql": {"good": ["I would start from the three types (vehicle, driver, trip) with cursor pagination, and add "
                         "dispatcher rules as field-level checks.",
                         "I will confirm a start date on our first call, once the first milestone is agreed."],
                "bad": ["As in my answer above, for this question too.", "We can discuss."]},
}

# (post, label: check expected to FAIL or None, position: replace sentence i / insert at i, sentence)
VARIANTS = [
    # stitched fragments (fluent)
    ("bike", "fluent", ("replace", 0), "To inventory dashboard for bike rental shops well, the first thing I would look at is the data."),
    ("webhook", "fluent", ("insert", 0), "From the brief, the webhook handler is a key part is the piece I would scope first."),
    ("theme", "fluent", ("replace", 0), "Before changing shopify product page redesign for a tea brand, I would look at the template."),
    ("cartfix", "fluent", ("insert", 0), "With posted 2 hours ago, the hard part is the cart script."),
    ("django", "fluent", ("replace", 1), "I would look at the the booking list queries first, since slow pages are usually unindexed filters."),
    ("landing", "fluent", ("insert", 0), "Your next.js landing pages for a scheduling saas launch stood out because the brief is clear."),
    ("migrate", "fluent", ("replace", 0), "Moving upgrade a django 2 app to django 5 is safest in small steps."),
    ("marketplace", "fluent", ("insert", 1), "The tutors list lessons is the core is what I would build first."),
    ("graphql", "fluent", ("replace", 1), "I would write down what a dispatcher may see and and change before building any resolver."),
    ("audit", "fluent", ("insert", 0), "For code review of our react front end, the first thing I would check is where the work meets what you have."),
    # ungrounded statements about the job
    ("cartfix", "grounded", ("insert", 1), "I would also look at where mobile shoppers drop off, because that tells us which page to fix first."),
    ("django", "grounded", ("insert", 1), "Your patients also need a smoother online booking flow on their phones."),
    ("bike", "grounded", ("insert", 1), "Since your customers pay through the app, I would also review the checkout."),
    ("webhook", "grounded", ("insert", 1), "Your dashboard for the finance team also needs faster charts."),
    ("landing", "grounded", ("insert", 1), "Your churn problem suggests the onboarding emails need work too."),
    ("graphql", "grounded", ("insert", 1), "Your drivers complain that the Android app is slow, so I would profile it first."),
    ("audit", "grounded", ("insert", 1), "Your SEO is also weak, so the review would cover that too."),
    ("theme", "grounded", ("insert", 1), "Your newsletter signups have dropped, which the new page would fix."),
    # skill disclaimers
    ("bike", "no_skill_disclaimer", ("insert", 0), "React is not in our core stack, so I would say so up front."),
    ("theme", "no_skill_disclaimer", ("insert", 3), "Liquid is not something we have shipped in production, and I would rather say so now."),
    ("webhook", "no_skill_disclaimer", ("insert", 2), "We have not used FastAPI much, so there would be a short learning curve."),
    ("landing", "no_skill_disclaimer", ("insert", 2), "Tailwind CSS is new to us, but we learn fast."),
    ("marketplace", "no_skill_disclaimer", ("insert", 0), "PostgreSQL is outside our core expertise, to be honest."),
    ("role", "no_skill_disclaimer", ("insert", 1), "We are still learning TypeScript, so expect some ramp-up."),
    # proof without overlap (parts.proof_id set to an unrelated item)
    ("audit", "proof_overlaps", ("proof", "shopify-subscriptions"), None),
    ("cartfix", "proof_overlaps", ("proof", "django-migration"), None),
    ("coffee", "proof_overlaps", ("proof", "django-migration"), None),
    ("migrate", "proof_overlaps", ("proof", "shopify-theme"), None),
    # non-answers
    ("coffee", "answers_answer", ("answers", "bad"), None),
    ("graphql", "answers_answer", ("answers", "bad"), None),
    # next step that does not fit the job type
    ("cartfix", "next_step_fits", ("replace", -1), "I would suggest a short call to agree the first milestone for the cart."),
    ("role", "next_step_fits", ("replace", -1), "Shall I send a short outline of the first milestone before we talk?"),
    # tricky but fine: no check should fail
    ("bike", None, ("insert", 2), "A dashboard that shows which bikes are out is only useful if the data behind it is right."),
    ("webhook", None, ("insert", 1), "Your post says \u201cWe need retries, idempotency and alerts, plus tests\u201d, and I agree with that order."),
    ("theme", None, ("insert", 1), "What matters most is that bundles are clear on the first screen."),
    ("django", None, ("insert", 2), "If the export is weekly, a CSV that opens cleanly in Excel is usually enough."),
    ("migrate", None, ("insert", 2), "We have not seen your code yet, so I would confirm the order of steps after a first read."),
    ("marketplace", None, ("insert", 2), "Payments would go through Stripe, which we use every week."),
    ("landing", None, ("insert", 2), "We built our own marketing site the same way, so the pattern is well tested."),
    ("role", None, ("insert", 2), "We have reviewed pull requests for client teams for years, which is why we like that part of the role."),
    ("graphql", None, ("insert", 2), "Trips are where the data grows fastest, so that is where pagination matters most."),
    ("audit", None, ("insert", 2), "We do not know your code yet, so the report would say where we are unsure."),
    # more of each, written on a second pass
    ("coffee", "fluent", ("insert", 0), "Subscriptions for our coffee shop store is the heart of this job is where I start."),
    ("role", "fluent", ("replace", 0), "You are looking for a ongoing react developer for our fintech team."),
    ("cartfix", "fluent", ("insert", 1), "Reading that you want to fix it today, my first question my first question is the app."),
    ("marketplace", "grounded", ("insert", 1), "Your tutors also need a video classroom with recordings."),
    ("coffee", "grounded", ("insert", 1), "Your wholesale customers will also want invoices every month."),
    ("migrate", "grounded", ("insert", 1), "Your payments module is the riskiest part of the upgrade."),
    ("django", "no_skill_disclaimer", ("insert", 0), "I have not worked with Django admin filters, but I am a quick learner."),
    ("graphql", "no_skill_disclaimer", ("insert", 2), "GraphQL is not our strength, so I would lean on REST where possible."),
    ("landing", "proof_overlaps", ("proof", "django-migration"), None),
    ("cartfix", None, ("insert", 2), "If the reviews app is the cause, I would ask its support team before patching their code."),
    ("coffee", None, ("insert", 2), "Regulars who skip a week should be able to do it themselves, without emailing you."),
    ("theme", None, ("insert", 4), "The autumn sale is the deadline that matters, so I would plan backwards from it."),
    ("django", None, ("replace", -1), "Is there a day next week that suits you?"),
    # 6th session: a lead that quotes a headline title or the client's self-introduction back, and a plan line whose
    # stock sentence starts with a capital after the colon (tuning readers marked all three as stitched)
    ("bike", "fluent", ("replace", 0), "You are looking for help with \u201cInventory Dashboard for Bike Rental Shops\u201d."),
    ("bakery", "fluent", ("replace", 0), "Your post says \u201cI am a bakery owner with three shops\u201d."),
    ("bakery", "fluent", ("insert", 3), "\u201cclean up two years of sales data in Excel\u201d: Once the first part works, we "
                                         "would do this next and test it on real examples."),
    ("bakery", None, ("insert", 3), "\u201cclean up two years of sales data in Excel\u201d: we would do this first and "
                                     "check the totals shop by shop."),
    # the closing asks for the call twice (one_ask; added when the blind readers named the double call): the clean
    # role and audit letters above end with the single ask these replace
    ("role", "one_ask", ("replace", -1), "When would suit you for a call this week?"),
    ("audit", "one_ask", ("replace", -1), "Would a call this week suit you?"),
    ("bike", "one_ask", ("replace", -1), "Would a short call on Thursday work for you?"),
    ("webhook", "one_ask", ("replace", -1), "Could we book that call for this week?"),
    # 7th session: a sentence audit of letters for unseen posts found a "you" -> "I" rewrite that broke agreement
    ("django", "fluent", ("insert", 2), "Also, as you asked, where I are based: Leeds, in the UK."),
    ("landing", "fluent", ("insert", 2), "Since the form posts to your API, we has to agree its fields first."),
    ("migrate", None, ("insert", 2), "If it were our app, we would add tests before touching the upgrade."),
    # 17th session: a plan step that does another kind of action than the item it follows (readers counted
    # "“Train users”: I would connect the sources …" as garbled); the fine ones pair each item with its own action
    ("florist", "step_fits", ("plan", 2), "I would build in small milestones, each deployed where you can click through it."),
    ("florist", "step_fits", ("plan", 1), "I would agree the core user flows and what the first release must include."),
    ("florist", "step_fits", ("plan", 0), "I would hand it over with a short guide, so you can edit the content yourself."),
    ("florist", "step_fits", ("item", 3), "I would go through the current code with you and list what works."),
    ("florist", "step_fits", ("item", 4), "I would build the stock screen in small milestones you can click through."),
    ("florist", None, ("item", 3), "I would deploy it to a staging copy of your server first, then to the live one."),
    ("florist", None, ("plan", 2), "I would start here and agree with you what a finished result looks like."),
    ("florist", None, ("plan", 1), "I would cover the stock screen with tests and try it on each tablet before release."),
    ("florist", None, ("item", 4), "I would document how it is set up and deployed, so your next developer can pick it up."),
    ("bakery", "step_fits", ("insert", 3), "\u201cclean up two years of sales data in Excel\u201d: I would hand over the "
                                            "findings with a short guide to the file."),
    ("bakery", None, ("insert", 3), "\u201cclean up two years of sales data in Excel\u201d: I would make the changes on a "
                                     "copy and check the totals shop by shop."),
    # the call-refused rule of next_step_fits (29th session): a call proposed to a client who ruled calls out
    ("nocall", "next_step_fits", ("replace", 5), "Would a 15-minute call tomorrow suit you?"),
    ("nocall", "next_step_fits", ("replace", 4), "I would suggest a short video meeting to go through the script together."),
    ("nocall", None, ("replace", 3), "I would add a check that fails loudly when a run returns no rows, with the API "
                                     "calls it made."),
]


def letter(post: str, sentences: list[str], answers: list[str] | None) -> str:
    body = " ".join(sentences[:-2]) + "\n\n" + " ".join(sentences[-2:]) + SIGN
    qs = POSTS[post].get("screening_questions") or []
    if qs and answers:
        body += "\nAnswers to your questions:\n" + "".join(f"\n{i}. {q}\n{a}\n" for i, (q, a) in enumerate(zip(qs, answers), 1))
    return body


PROOF_IDS = {"bike": "saas-dashboard", "webhook": "fintech-api", "theme": "shopify-theme", "cartfix": None,
             "django": "django-migration", "landing": "nextjs-marketplace", "role": "saas-dashboard",
             "migrate": "django-migration", "marketplace": "nextjs-marketplace", "coffee": "shopify-subscriptions",
             "graphql": "nextjs-marketplace", "audit": "saas-dashboard", "bakery": None,
             "florist": "saas-dashboard", "nocall": None}


# the library's titles (the demo workspace), for a variant that cites another case study: since the lint reads the
# proof a letter cites from its text (a reviewer may swap it), the text names the item the variant's parts name
TITLES = {"saas-dashboard": "Analytics dashboard for a B2B SaaS", "fintech-api": "Payments API for a fintech startup",
          "django-migration": "Django 2 to Django 5 upgrade for a health platform",
          "shopify-theme": "Shopify theme rebuild for a skincare brand",
          "shopify-subscriptions": "Subscription checkout for a coffee roaster",
          "nextjs-marketplace": "Next.js marketplace MVP", "support-assistant": "AI support assistant for a SaaS help desk"}
CITE = "The closest project we have done: "


def cite_proof(sents: list[str], proof_id: str) -> list[str]:
    """The letter's sentences citing ``proof_id`` instead of its own case study (or, with none, before the close)."""
    out = [s for s in sents if not s.startswith(CITE)]
    at = next((i for i, s in enumerate(sents) if s.startswith(CITE)), len(out) - 2)
    return out[:at] + [f"{CITE}{TITLES[proof_id]}."] + out[at:]


def _plan_line(post: str, block: str, n: int, step: str) -> str:
    lines = block.split("\n")
    if n <= 2:
        head = lines[n + 1].split("\u201d: ", 1)[0]
        lines[n + 1] = f"{head}\u201d: {step}"
    else:
        item = POSTS[post]["description"].split("\n- ")[n + 1]
        lines[3] = f"3. \u201c{item}\u201d: {step}"
    return "\n".join(lines)


def cases() -> list[dict]:
    out = []
    for post, sents in GOOD.items():
        answers = ANSWERS.get(post, {}).get("good")
        out.append({"id": f"{post}-good", "post": post, "expect_fail": [], "text": letter(post, sents, answers),
                    "proof_id": PROOF_IDS[post], "answers": answers})
    for n, (post, label, (how, arg), new) in enumerate(VARIANTS, 1):
        sents = list(GOOD[post])
        answers = ANSWERS.get(post, {}).get("good")
        proof_id = PROOF_IDS[post]
        if how == "replace":
            sents[arg] = new
        elif how == "insert":
            sents.insert(arg, new)
        elif how == "proof":
            proof_id = arg
            sents = cite_proof(sents, arg)
        elif how == "answers":
            answers = ANSWERS[post][arg]
        elif how in ("plan", "item"):  # the approach line ``arg`` gets another step; "item": the florist's 4th or
            sents[1] = _plan_line(post, sents[1], arg, new)  # 5th item replaces the third line, with that step
        out.append({"id": f"{post}-{label or 'fine'}-{n}", "post": post, "expect_fail": [label] if label else [],
                    "text": letter(post, sents, answers), "proof_id": proof_id, "answers": answers})
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    (here / "posts.json").write_text(json.dumps(POSTS, indent=1) + "\n")
    rows = cases()
    (here / "cases.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(rows)} letters ({sum(1 for r in rows if r['expect_fail'])} with a defect)")
