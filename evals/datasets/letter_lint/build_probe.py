"""A third batch of team-written letters (2026-12-07, the lint-probe session), for the issue 14 item 9 checks and the
gaps left by the first two batches: expert diagnosis a good letter uses (likely causes the post does not name), claims
about what the client said or has, word order changed in post text, scope creep (work the post did not ask for, offered
as included), a letter that pastes the post's requirement list back, proof the reviewer changed in the text, and
screening answers a reviewer rewrote (on the question's line, or under a shortened question).

Written whole by the team for this purpose (posts too; no text from the shared real data): each post has one good
letter as a strong freelancer would write it, then variants with one defect each, and tricky-but-fine variants that
must pass. The lint was tuned on this batch, so its figures are tuning figures; ``build_fresh.py`` holds the batch
written after the fixes. ``python build_probe.py`` writes ``probe_posts.json`` and ``probe.jsonl``."""
from __future__ import annotations

import swap_sets

POSTS = {
    "vet": dict(title="Appointment Reminders for a Veterinary Practice", skills=["Django", "Python"],
                service_line="api-backend",
                description="Our vet practice runs a Django booking app. Clients forget appointments, so we want SMS "
                            "and email reminders sent 24 hours before each visit, a way for clients to confirm or "
                            "cancel from the message, and a simple report of no-shows per month.",
                screening_questions=["Which SMS provider would you use?", "How long would this take?"]),
    "boutique": dict(title="Speed Up Product Pages on Our Shopify Clothing Store", skills=["Shopify", "Liquid", "JavaScript"],
                     service_line="shopify",
                     description="Our Shopify store sells handmade linen clothing. Product pages take about 6 seconds "
                                 "to load, we have 14 apps installed and the theme was bought in 2021. We want product "
                                 "pages under 3 seconds without losing the size chart or the reviews.",
                     screening_questions=["What would you check first?"]),
    "rota": dict(title="Shift Planner Web App for Five Restaurants", skills=["React", "TypeScript", "Node.js"],
                 service_line="web-app",
                 description="We run five restaurants and plan shifts in group chats, which is a mess. What we need:\n"
                             "- Managers create weekly shifts for each location\n"
                             "- Staff see their own shifts on their phones\n"
                             "- Staff can swap shifts, with manager approval\n"
                             "- Export worked hours to CSV for payroll\n"
                             "We have no designs yet."),
    "invoice": dict(title="Duplicate Invoices From Our FastAPI Billing Service", skills=["Python", "FastAPI", "PostgreSQL"],
                    service_line="api-backend", budget_type="fixed", budget_max=400,
                    description="Since last week some customers get the same invoice twice. Billing runs in a FastAPI "
                                "service with PostgreSQL, and invoices are created by a cron job every hour. We need the "
                                "cause found and fixed, and a test so it does not come back.",
                    screening_questions=["Have you fixed duplicate-processing bugs before?"]),
    "portal": dict(title="Client Portal for a Small Accounting Firm", skills=["Next.js", "AWS"], service_line="web-app",
                   description="We are an accounting firm with about 200 clients. We want a Next.js portal where "
                               "clients upload receipts and see the status of their tax return. Login by email link, "
                               "files stored in AWS S3. Our staff update the status by hand.",
                   screening_questions=["What is your hourly rate?", "When could you start?"]),
    "yoga": dict(title="Sell Class Passes Online With Stripe on Our Django Site", skills=["Django", "Stripe", "Python"],
                 service_line="api-backend",
                 description="Our yoga studio sells 10-class passes at the front desk. We want people to buy them "
                             "online with Stripe Checkout on our existing Django site, and the pass should show up in "
                             "their account right after payment."),
    "travel": dict(title="Part-Time Front-End Developer for a Travel Booking Startup", skills=["React", "Next.js"],
                   service_line="web-app", hours_per_week="Less than 30 hrs/week", project_length="More than 6 months",
                   description="We are looking for a front-end developer for about 20 hours a week, long-term. You "
                               "would build new booking screens in React and Next.js and fix UI bugs that our support "
                               "team reports.",
                   screening_questions=["How many hours a week can you commit?"]),
    "supplier": dict(title="Weekly Supplier CSV Import Into Shopify", skills=["Shopify", "Python"], service_line="shopify",
                     description="Our supplier emails a CSV with about 30,000 products every Monday. We need a script "
                                 "that updates prices and stock levels in our Shopify store from that file and writes a "
                                 "log of what changed."),
}

SIGN = "\n\nMaya\n"

GOOD = {
    "vet": "Reminders 24 hours before each visit, with a way to confirm or cancel from the message, fit well into a "
           "Django booking app.\n\n"
           "I would add a task that runs every hour, picks the appointments starting in the next day, sends one SMS and "
           "one email for each, and records what was sent so nobody gets the same reminder twice. The confirm and "
           "cancel links would carry a signed token, so a client answers with one tap and a cancelled slot frees up at "
           "once. The no-show report would count missed visits per month, in the Django admin or as a CSV download.\n\n"
           "Python and Django are part of our everyday work. The closest project we have done: Django 2 to Django 5 "
           "upgrade for a health platform. We added tests and moved deployment to Docker on AWS.\n\n"
           "A good first step would be a short technical call to see how appointments are stored today. Which day "
           "suits you?",
    "boutique": "Six seconds on product pages with 14 apps installed usually means app scripts loading on every page, "
                "plus images served larger than the screen needs.\n\n"
                "I would measure one product page first, then remove or defer the scripts of apps that page does not "
                "use, serve images at the sizes each screen shows, and check the size chart and reviews after every "
                "change. All of it happens on a duplicate theme, so the live store is untouched until you approve.\n\n"
                "Shopify and Liquid are part of our everyday work. The closest project we have done: Shopify theme "
                "rebuild for a skincare brand. We rebuilt product and collection pages in Liquid with faster images, "
                "and mobile conversion rate went up 18% in the month after launch.\n\n"
                "A good first step would be a 15-minute call and a fixed first milestone for the product page. Shall I "
                "send a short outline first?",
    "rota": "Moving shift planning for five restaurants out of group chats is exactly where a small web app pays off.\n\n"
            "I would build one React app with a Node.js API: managers plan each location's week, staff open their own "
            "shifts on their phones, and a swap request waits for a manager before anything changes. Worked hours "
            "would export to a CSV in the columns your payroll needs, which I would confirm with you on day one. Since "
            "there are no designs yet, I would sketch the four screens first and agree them with you before writing "
            "code.\n\n"
            "React, TypeScript and Node.js are part of our everyday work. The closest project we have done: Next.js "
            "marketplace MVP, a two-sided marketplace with a Node.js API that launched on schedule.\n\n"
            "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first "
            "milestone. Would Thursday work for you?",
    "invoice": "The same invoice sent twice since last week, from a cron job that runs every hour, usually means two "
               "runs overlapping or a run retried after a timeout with no check for what it already created.\n\n"
               "I would read the logs around one duplicated invoice to see which of the two it is, then make invoice "
               "creation idempotent: a unique key per customer and billing period in PostgreSQL, so a second insert "
               "fails instead of creating a copy. The test would run the job twice for the same period and expect "
               "one invoice.\n\n"
               "Python, FastAPI and PostgreSQL are part of our everyday work. The closest project we have done: "
               "Payments API for a fintech startup. It processed 40k payments in the first quarter with zero double "
               "charges.\n\n"
               "I can start today once you share access to the repository and the logs. Could you send one customer "
               "id that got two invoices?",
    "portal": "A portal where your 200 clients upload receipts and follow their tax return is a clear, well-scoped "
              "job.\n\n"
              "I would build it in Next.js with sign-in by email link, upload receipts straight to a private S3 bucket, "
              "and give your staff one screen to change each return's status, which the client then sees on their "
              "dashboard. Every file would be reachable only by its owner and your staff.\n\n"
              "Next.js and AWS are part of our everyday work. The closest project we have done: Next.js marketplace "
              "MVP. We built it with Next.js, Tailwind CSS and a Node.js API in eight weeks.\n\n"
              "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first "
              "milestone. Would Tuesday work?",
    "yoga": "Selling 10-class passes through Stripe Checkout on your Django site takes three pieces: a checkout "
            "session, a webhook that confirms the payment, and the pass written to the buyer's account.\n\n"
            "I would create the pass only when the webhook confirms the payment, not when the buyer comes back to the "
            "page, so a closed tab never loses a pass and a double click never creates two. The front desk would see "
            "online passes in the same list as the ones sold in person.\n\n"
            "Python, Django and Stripe are part of our everyday work. The closest project we have done: Payments API "
            "for a fintech startup. It processed 40k payments in the first quarter with zero double charges.\n\n"
            "A good first step would be a short technical call to agree how passes are stored today. Which day suits "
            "you?",
    "travel": "Building booking screens in React and Next.js and clearing the UI bugs your support team reports is "
              "the kind of steady front-end work I enjoy.\n\n"
              "I would take the bug queue in the order support ranks it, fix each one with a small test, and build new "
              "booking screens as reusable components, so the next screen is faster than the last.\n\n"
              "React and Next.js are part of my everyday work. The closest project we have done: Next.js marketplace "
              "MVP, built with Next.js, Tailwind CSS and a Node.js API in eight weeks.\n\n"
              "I can give you about 20 hours a week from next Monday. Could we have a short call this week about the "
              "first screens?",
    "supplier": "A weekly CSV of 30,000 products is too big to push through the Shopify admin by hand, but a script "
                "handles it well.\n\n"
                "I would read the file, match each row to its product by SKU, and update only the prices and stock "
                "levels that changed, in batches that stay inside Shopify's API limits. Every run would write a log "
                "with the rows changed, the rows skipped and why, so you can check Monday's import in a minute.\n\n"
                "Shopify and Python are part of our everyday work. The closest project we have done: Subscription "
                "checkout for a coffee roaster, where we built a custom Shopify app for delivery scheduling.\n\n"
                "A good first step would be a 15-minute call and a fixed first milestone for the import. Could you "
                "send last Monday's file?",
}

ANSWERS = {
    "vet": ["We would use Twilio for the texts, since it reports failed deliveries and lets us fall back to email for "
            "those clients.",
            "About two weeks: the reminders and links in the first week, the report and testing in the second."],
    "boutique": ["Which of the 14 apps load scripts on the product page, measured with the browser's network panel; "
                 "that is usually where most of the seconds go."],
    "invoice": ["Yes. On a payments API we built, retried calls created double payments until we added an idempotency "
                "key; the same idea fits your hourly job."],
    "portal": ["Our rate is $65 per hour; for this portal I would rather quote a fixed price per milestone once we "
               "have agreed the screens.",
               "We can start within two working days of agreeing the first milestone."],
    "travel": ["About 20 hours a week, Monday to Thursday, with afternoons that overlap US Eastern time."],
}

PROOF_IDS = {"vet": "django-migration", "boutique": "shopify-theme", "rota": "nextjs-marketplace",
             "invoice": "fintech-api", "portal": "nextjs-marketplace", "yoga": "fintech-api",
             "travel": "nextjs-marketplace", "supplier": "shopify-subscriptions"}

# (post, label: the check expected to FAIL, or None for a tricky-but-fine letter, edits)
# edits: "swap" [(old, new)] replaces text once; "proof" sets the cited proof id in the parts (the text unchanged
# unless a swap changes it); "text_answers" are the answers as the letter shows them (a reviewer rewrote them; the
# parts keep the good ones); "parts_answers" are the answers the parts hold; "block" formats the answers block:
# "same_line" puts each answer on its question's line, a list of labels puts each answer after a label the reviewer
# wrote instead of the question ("1. Rate: ..."), "none" drops the block.
VARIANTS = [
    # ---- fluent: re-cased or re-ordered post text outside quotes, doubled words, two main verbs
    ("vet", "fluent", {"swap": [("Reminders 24 hours before each visit, with", "Your appointment reminders for a "
                                 "veterinary practice are simple to add: reminders 24 hours before each visit, with")]}),
    ("vet", "fluent", {"swap": [("fit well into a Django booking app.", "fit well into your booking Django app.")]}),
    ("boutique", "fluent", {"swap": [("I would measure one product page first", "I would measure one product page "
                                      "first first")]}),
    ("rota", "fluent", {"swap": [("Moving shift planning for five restaurants", "Moving shift planner web app for five "
                                  "restaurants")]}),
    ("invoice", "fluent", {"swap": [("The test would run the job", "The test is the part would run the job")]}),
    ("portal", "fluent", {"swap": [("is a clear, well-scoped job.", "is a clear, well-scoped job, and the upload receipts "
                                    "clients part comes first.")]}),
    ("yoga", "fluent", {"swap": [("The front desk would see", "The desk front would see")]}),
    ("supplier", "fluent", {"swap": [("A weekly CSV of 30,000 products", "A weekly supplier csv import into shopify "
                                      "of 30,000 products")]}),
    # ---- grounded: claims that the post or the client said or has something it does not
    ("vet", "grounded", {"swap": [("Which day suits you?", "As you mentioned, the reminders also need to go out in "
                                   "Spanish for some clients. Which day suits you?")]}),
    ("boutique", "grounded", {"swap": [("All of it happens", "Your customers mostly shop on mobile, and the checkout is "
                                        "where they drop off. All of it happens")]}),
    ("rota", "grounded", {"swap": [("Since there are no designs yet", "Since your managers already use Google Sheets for "
                                    "rotas, I would import them first. Since there are no designs yet")]}),
    ("invoice", "grounded", {"swap": [("I would read the logs", "Your post says the duplicates started after a Stripe "
                                       "upgrade, so I would read the logs")]}),
    ("portal", "grounded", {"swap": [("Every file would be", "Your clients have also asked for a mobile app. Every file "
                                      "would be")]}),
    ("yoga", "grounded", {"swap": [("The front desk would see", "Your members already pay for memberships through "
                                    "PayPal, so the front desk would see")]}),
    ("supplier", "grounded", {"swap": [("Every run would write", "Since your warehouse team reorders from the same file, "
                                        "every run would write")]}),
    # ---- grounded, tricky-but-fine: expert diagnosis and plan words the post does not use, said as likely causes
    ("boutique", None, {"swap": [("All of it happens", "A slow cart drawer or an unsized hero image are also common "
                                  "causes, so I would check both. All of it happens")]}),
    ("invoice", None, {"swap": [("The test would run", "If a Stripe webhook also creates invoices, a retried webhook "
                                 "could be the second source, and I would check for that too. The test would run")]}),
    ("vet", None, {"swap": [("The no-show report", "Clients usually answer from their phones, so the confirm page has "
                             "to load fast on mobile. The no-show report")]}),
    ("rota", None, {"swap": [("Worked hours would", "On phones, a responsive web app is usually enough, with no app "
                              "store to go through. Worked hours would")]}),
    ("supplier", None, {"swap": [("Every run would write", "Supplier files often change a column name without notice, "
                                  "so the script would stop and tell you rather than import wrong prices. Every run "
                                  "would write")]}),
    # ---- no_skill_disclaimer
    ("vet", "no_skill_disclaimer", {"swap": [("Python and Django are part of our everyday work.", "We don't usually "
                                              "work with Django, but the task is simple.")]}),
    ("portal", "no_skill_disclaimer", {"swap": [("Next.js and AWS are part of our everyday work.", "AWS is not an "
                                                 "area we know well, so S3 would take us a little longer.")]}),
    ("supplier", "no_skill_disclaimer", {"swap": [("Shopify and Python are part of our everyday work.", "Honestly, "
                                                   "Python is not our main language, but a script like this is small.")]}),
    ("travel", "no_skill_disclaimer", {"swap": [("React and Next.js are part of my everyday work.", "I have only "
                                                 "dabbled in Next.js so far, but React I know well.")]}),
    # ---- proof_overlaps: the proof the letter cites shares nothing with the need; the reviewer changed it in the text
    ("vet", "proof_overlaps", {"swap": [("Django 2 to Django 5 upgrade for a health platform. We added tests and moved "
                                         "deployment to Docker on AWS.", "Shopify theme rebuild for a skincare brand. We "
                                         "rebuilt product and collection pages in Liquid.")]}),
    ("supplier", "proof_overlaps", {"swap": [("Subscription checkout for a coffee roaster, where we built a custom "
                                              "Shopify app for delivery scheduling.", "AI support assistant for a SaaS "
                                              "help desk, tested against 200 real tickets.")]}),
    ("invoice", "proof_overlaps", {"proof": "shopify-theme",
                                   "swap": [("Payments API for a fintech startup. It processed 40k payments in the "
                                             "first quarter with zero double charges.", "Shopify theme rebuild for a "
                                             "skincare brand, with faster images and a cleaner cart drawer.")]}),
    # the parts still name an unrelated proof, but the reviewer replaced it in the text with a fitting one: fine
    ("yoga", None, {"proof": "shopify-theme"}),
    ("rota", None, {"proof": "support-assistant"}),
    # ---- answers_answer: screening answers that answer nothing
    ("vet", "answers_answer", {"text_answers": ["We would pick the best provider for your needs.",
                                                ANSWERS["vet"][1]]}),
    ("portal", "answers_answer", {"text_answers": ["Competitive, and flexible for the right project.",
                                                   ANSWERS["portal"][1]]}),
    ("invoice", "answers_answer", {"text_answers": ["We have a lot of experience with bugs of every kind."]}),
    ("travel", "answers_answer", {"text_answers": ["As many as the project needs, we are very flexible."]}),
    ("boutique", "answers_answer", {"text_answers": ["It depends on what we find, happy to discuss."]}),
    # ---- screening_answered: a reviewer's rewrite still answers (fine); an answer removed is unanswered
    ("vet", None, {"block": "same_line", "parts_answers": ["Twilio.", "Two weeks."]}),
    ("portal", None, {"block": ["Rate:", "Start:"], "parts_answers": ["$65 an hour.", "Soon."]}),
    ("boutique", None, {"text_answers": ["The apps: each one's scripts on the product page, which the browser's "
                                         "network panel shows, since that is where most of the seconds usually go."],
                        "block": "same_line"}),
    ("travel", None, {"text_answers": ["Twenty hours a week, Monday to Thursday."], "block": ["Hours:"]}),
    ("invoice", "screening_answered", {"block": "none"}),
    ("portal", "screening_answered", {"text_answers": [ANSWERS["portal"][0], ""]}),
    # ---- in_scope: work the post did not ask for, promised as included
    ("vet", "in_scope", {"swap": [("Which day suits you?", "I will also build an online booking page for new clients, "
                                   "included in the same price. Which day suits you?")]}),
    ("boutique", "in_scope", {"swap": [("All of it happens", "On top of that, I'll redesign the homepage and set up "
                                        "Google Analytics as part of this job. All of it happens")]}),
    ("rota", "in_scope", {"swap": [("Since there are no designs yet", "The price also covers native iOS and Android "
                                    "apps and a payroll integration. Since there are no designs yet")]}),
    ("portal", "in_scope", {"swap": [("Every file would be", "We will also add online invoice payments and a client "
                                      "chat at no extra cost. Every file would be")]}),
    ("supplier", "in_scope", {"swap": [("Every run would write", "I will also write new product descriptions for the "
                                        "catalogue and translate them into French. Every run would write")]}),
    # in scope, tricky-but-fine: optional extras offered separately, and method steps that are part of the job
    ("rota", None, {"swap": [("Would Thursday work for you?", "If you later want native apps, I can quote them "
                              "separately. Would Thursday work for you?")]}),
    ("invoice", None, {"swap": [("The test would run", "I will also write you a short note on the cause, so your team "
                                 "knows what changed. The test would run")]}),
    ("yoga", None, {"swap": [("The front desk would see", "I would also test refunds and a failed card on Stripe's test "
                              "mode before going live. The front desk would see")]}),
    # ---- not_pasted: the letter pastes the post's requirement list back instead of saying how
    ("rota", "not_pasted", {"swap": [("I would build one React app with a Node.js API: managers plan each location's "
                                      "week, staff open their own shifts on their phones, and a swap request waits for "
                                      "a manager before anything changes. Worked hours would export to a CSV in the "
                                      "columns your payroll needs, which I would confirm with you on day one.",
                                      "I will deliver:\n- Managers create weekly shifts for each location\n- Staff see "
                                      "their own shifts on their phones\n- Staff can swap shifts, with manager "
                                      "approval\n- Export worked hours to CSV for payroll\n")]}),
    ("vet", "not_pasted", {"swap": [("I would add a task that runs every hour, picks the appointments starting in the "
                                     "next day, sends one SMS and one email for each, and records what was sent so "
                                     "nobody gets the same reminder twice. The confirm and cancel links would carry a "
                                     "signed token, so a client answers with one tap and a cancelled slot frees up at "
                                     "once. The no-show report would count missed visits per month, in the Django "
                                     "admin or as a CSV download.",
                                     "You want SMS and email reminders sent 24 hours before each visit, a way for "
                                     "clients to confirm or cancel from the message, and a simple report of no-shows "
                                     "per month. Clients forget appointments. I can do all of that.")]}),
    ("invoice", "not_pasted", {"swap": [("I would read the logs around one duplicated invoice to see which of the two "
                                         "it is, then make invoice creation idempotent: a unique key per customer and "
                                         "billing period in PostgreSQL, so a second insert fails instead of creating a "
                                         "copy. The test would run the job twice for the same period and expect one "
                                         "invoice.",
                                         "Since last week some customers get the same invoice twice. Invoices are "
                                         "created by a cron job every hour. You need the cause found and fixed, and a "
                                         "test so it does not come back. I will do exactly that.")]}),
    # quoting one line of the list and saying how: fine
    ("rota", None, {"swap": [("Since there are no designs yet", "\u201cStaff can swap shifts, with manager approval\u201d "
                              "is the part I would design most carefully, because two people can accept the same "
                              "shift. Since there are no designs yet")]}),
]



def cases() -> list[dict]:
    return swap_sets.cases("p", POSTS, SIGN, GOOD, ANSWERS, PROOF_IDS, VARIANTS)


if __name__ == "__main__":
    swap_sets.write("probe", POSTS, cases())
