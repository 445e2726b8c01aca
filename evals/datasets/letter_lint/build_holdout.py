"""A second batch of team-written letters, written AFTER the letter lint was tuned on ``cases.jsonl`` and run
once, unchanged, to measure it on letters it was not tuned on. Same format; ``holdout_posts.json`` and
``holdout.jsonl``. ``python build_holdout.py`` writes them."""
from __future__ import annotations

import json
from pathlib import Path

# the text names the case study the parts name (the lint reads it from the text)
from build_cases import cite_proof

POSTS = {
    "wix": dict(title="Move Our Bakery Site From Wix to Shopify", skills=["Shopify"], service_line="shopify",
                description="We sell cakes online through Wix and want to move to Shopify with our 40 products, "
                            "photos and customer accounts. Keep our current URLs working if possible."),
    "etl": dict(title="Nightly Sync From Our Warehouse System to PostgreSQL", skills=["Python", "PostgreSQL"],
                service_line="api-backend", description="Every night we export stock levels from our warehouse "
                "system as CSV. We need a Python job that loads them into PostgreSQL and emails us when rows fail."),
    "admin": dict(title="React Admin Panel for a Dental Clinic Chain", skills=["React", "TypeScript"],
                  service_line="web-app", description="Build an admin panel in React where managers of our six "
                  "clinics see staff rotas and approve holiday requests. Design in Figma is done."),
    "hotfix": dict(title="Login Page Error on Our Next.js Site", skills=["Next.js"], service_line="web-app",
                   budget_type="fixed", budget_max=100, description="After deploying yesterday, our Next.js login "
                   "page shows a 500 error for some users. Need someone to find and fix it quickly."),
    "retainer": dict(title="Part-Time Python Developer for Our Logistics API", skills=["Python", "FastAPI"],
                     service_line="api-backend", hours_per_week="Less than 30 hrs/week",
                     description="Ongoing part-time role, around 15 hours a week, maintaining our FastAPI logistics "
                                 "API, fixing bugs and adding endpoints for new carriers."),
    "quiz": dict(title="Quiz Funnel for a Skincare Brand", skills=["Shopify", "JavaScript"], service_line="shopify",
                 description="We want a short quiz on our Shopify store that recommends a skincare routine and adds "
                             "the products to the cart.",
                 screening_questions=["Have you built a product quiz before?", "How long would this take?"]),
    # 17th session: written after the step_fits check was tuned on cases.jsonl, run once unchanged
    "gym": dict(title="Booking Database Move for a Climbing Gym", skills=["Python", "PostgreSQL"],
                service_line="api-backend", description="Our climbing gym keeps bookings in PostgreSQL. We need you to "
                "migrate the old booking tables to the new schema, verify the member counts after the move, set up a "
                "nightly backup, and teach our manager to run the monthly report."),
}
SIGN = "\n\nMaya\n"
GOOD = {
    "wix": ["Moving a bakery from Wix to Shopify with 40 products and customer accounts is a well-defined job.",
            "I would map every current URL to its new Shopify address first, so your existing links keep working.",
            "Shopify and Liquid are part of our everyday work.",
            "The closest project we have done: Shopify theme rebuild for a skincare brand.",
            "A good first step would be a 15-minute call and a fixed first milestone for the theme changes.",
            "Does that suit you?"],
    "etl": ["A nightly CSV load into PostgreSQL is only trustworthy if failed rows are visible the next morning.",
            "I would load each file into a staging table, check counts and totals, and email you the rows that fail.",
            "Python and PostgreSQL are part of our everyday work.",
            "The closest project we have done: Payments API for a fintech startup, with PostgreSQL and idempotent retries.",
            "A good first step would be a short technical call, or a paid one-day audit of the current code.",
            "Which day works for you?"],
    "admin": ["An admin panel where clinic managers see rotas and approve holiday requests needs clear roles first.",
              "With the Figma design done, I would list the states of each screen before building it.",
              "React and TypeScript are part of our everyday work.",
              "The closest project we have done: Analytics dashboard for a B2B SaaS.",
              "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first milestone.",
              "Would Tuesday work?"],
    "hotfix": ["A 500 error on the login page right after a deploy usually points to a change in that deploy.",
               "I would compare the last two deploys and read the server logs for the failing requests first.",
               "Next.js is part of our everyday work.",
               "I can start as soon as you share access to the repository and the hosting logs.",
               "Could you send access and the time the first error appeared?"],
    "retainer": ["You are looking for a part-time developer to maintain your FastAPI logistics API.",
                 "Python and FastAPI are part of our everyday work, and adding endpoints for new carriers is the kind "
                 "of steady work we like.",
                 "The closest project we have done: Payments API for a fintech startup.",
                 "Your post mentions around 15 hours a week, and I would confirm our availability against that on a call.",
                 "I would suggest a short call about your current priorities and the weekly hours.",
                 "When would suit you?"],
    "quiz": ["A short quiz that recommends a skincare routine and fills the cart is a nice way to help shoppers choose.",
             "I would keep the questions and product rules in a simple settings file, so you can change them without code.",
             "Shopify and JavaScript are part of our everyday work.",
             "The closest project we have done: Shopify theme rebuild for a skincare brand.",
             "A good first step would be a 15-minute call and a fixed first milestone for the theme changes.",
             "Shall I send an outline first?"],
    "gym": ["Moving the booking tables without losing a member is the part that needs the most care.",
            "I would move one table at a time, with row counts compared before and after each.",
            "Python and PostgreSQL are part of our everyday work.",
            "The closest project we have done: Payments API for a fintech startup.",
            "A good first step would be a short technical call, or a paid one-day audit of the current code.",
            "Which day suits you?"]
}
ANSWERS = {"quiz": {"good": ["Not a quiz exactly; our closest work is a Shopify theme rebuild for a skincare brand.",
                             "I will confirm a timeline on the first call, once we agree the number of questions."],
                    "bad": ["Yes, that fits how we work.", "We can discuss this later."]}}
PROOF_IDS = {"wix": "shopify-theme", "etl": "fintech-api", "admin": "saas-dashboard", "hotfix": None,
             "retainer": "fintech-api", "quiz": "shopify-theme", "gym": "fintech-api"}
VARIANTS = [
    ("wix", "fluent", ("insert", 0), "Move our bakery site from wix to shopify is what I would plan first."),
    ("etl", "fluent", ("insert", 1), "The nightly sync from our warehouse system is the risky part is the CSV."),
    ("admin", "fluent", ("replace", 0), "For react admin panel for a dental clinic chain, the first step is the roles."),
    ("hotfix", "fluent", ("insert", 0), "With needed quickly, I would start on the logs."),
    ("retainer", "fluent", ("replace", 1), "Python and FastAPI are are part of our everyday work."),
    ("quiz", "fluent", ("insert", 1), "Your quiz funnel for a skincare brand stood out because it is clear."),
    ("wix", "grounded", ("insert", 1), "Your mobile shoppers will also get a faster checkout."),
    ("etl", "grounded", ("insert", 1), "Your finance dashboard will finally show the right stock value."),
    ("admin", "grounded", ("insert", 1), "Your patients will be able to book appointments online too."),
    ("hotfix", "grounded", ("insert", 1), "Your payments page probably has the same problem."),
    ("quiz", "grounded", ("insert", 1), "Your subscription customers will love it."),
    ("wix", "no_skill_disclaimer", ("insert", 2), "Shopify is not our strength, but we are keen."),
    ("etl", "no_skill_disclaimer", ("insert", 0), "PostgreSQL is new to us, to be honest."),
    ("admin", "no_skill_disclaimer", ("insert", 2), "We have not used TypeScript on a client project yet."),
    ("hotfix", "proof_overlaps", ("proof", "shopify-subscriptions"), None),
    ("admin", "proof_overlaps", ("proof", "shopify-theme"), None),
    ("quiz", "answers_answer", ("answers", "bad"), None),
    ("hotfix", "next_step_fits", ("replace", -1), "Shall I send a plan for the first milestone before we start?"),
    ("retainer", "next_step_fits", ("replace", -1), "I would suggest a call to agree the first milestone."),
    ("wix", None, ("insert", 2), "If some old URLs cannot be kept, Shopify redirects will send visitors to the new pages."),
    ("etl", None, ("insert", 2), "What matters is that a failed row is never silently dropped."),
    ("admin", None, ("insert", 2), "Your six clinics may each have a different approval rule, which I would confirm first."),
    ("hotfix", None, ("insert", 2), "We have not seen your code yet, so I will say what I find before changing anything."),
    ("retainer", None, ("insert", 2), "New carriers usually differ in their label formats, so I would write a test per carrier."),
    ("quiz", None, ("insert", 2), "Your routine recommendations would stay in your hands, not hard-coded."),
    ("gym", "step_fits", ("insert", 2), "\u201cverify the member counts after the move\u201d: I would build the new tables in "
                                         "small steps, each with its own migration."),
    ("gym", "step_fits", ("insert", 2), "\u201cteach our manager to run the monthly report\u201d: I would map every field "
                                         "of the old tables to its place in the new schema."),
    ("gym", "step_fits", ("insert", 2), "\u201cset up a nightly backup\u201d: I would hand over a short guide to the schema."),
    ("gym", "step_fits", ("insert", 2), "\u201cmigrate the old booking tables to the new schema\u201d: I would test the "
                                         "report on your manager's laptop."),
    ("gym", None, ("insert", 2), "\u201cverify the member counts after the move\u201d: I would check the counts table by "
                                  "table against the old database."),
    ("gym", None, ("insert", 2), "\u201cteach our manager to run the monthly report\u201d: I would walk your manager "
                                  "through the report once and leave a one-page guide."),
    ("gym", None, ("insert", 2), "\u201cmigrate the old booking tables to the new schema\u201d: I would move the tables "
                                  "one at a time, with row counts checked after each."),
    ("gym", None, ("insert", 2), "\u201cset up a nightly backup\u201d: I would schedule the backup and restore one copy "
                                  "to check it works."),
]


def letter(post: str, sentences: list[str], answers: list[str] | None) -> str:
    body = " ".join(sentences[:-2]) + "\n\n" + " ".join(sentences[-2:]) + SIGN
    qs = POSTS[post].get("screening_questions") or []
    if qs and answers:
        body += "\nAnswers to your questions:\n" + "".join(f"\n{i}. {q}\n{a}\n" for i, (q, a) in enumerate(zip(qs, answers), 1))
    return body


def cases() -> list[dict]:
    out = []
    for post, sents in GOOD.items():
        answers = ANSWERS.get(post, {}).get("good")
        out.append({"id": f"h-{post}-good", "post": post, "expect_fail": [], "text": letter(post, sents, answers),
                    "proof_id": PROOF_IDS[post], "answers": answers})
    for n, (post, label, (how, arg), new) in enumerate(VARIANTS, 1):
        sents, answers, proof_id = list(GOOD[post]), ANSWERS.get(post, {}).get("good"), PROOF_IDS[post]
        if how == "replace":
            sents[arg] = new
        elif how == "insert":
            sents.insert(arg, new)
        elif how == "proof":
            proof_id = arg
            sents = cite_proof(sents, arg)
        elif how == "answers":
            answers = ANSWERS[post][arg]
        out.append({"id": f"h-{post}-{label or 'fine'}-{n}", "post": post, "expect_fail": [label] if label else [],
                    "text": letter(post, sents, answers), "proof_id": proof_id, "answers": answers})
    return out


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    (here / "holdout_posts.json").write_text(json.dumps(POSTS, indent=1) + "\n")
    rows = cases()
    (here / "holdout.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(rows)} letters ({sum(1 for r in rows if r['expect_fail'])} with a defect)")
