"""A fourth batch of team-written letters, written AFTER the lint was tuned on ``probe.jsonl`` (the lint-probe session
of 2026-12-07) and run once, unchanged, to measure the changed checks on letters they were not tuned on.

Written whole by the team (posts too; no text from the shared real data), in the format of ``build_probe.py``: one good
letter per post, variants with one defect each, tricky-but-fine variants that must pass. The wordings of the defects
were chosen to differ from the probe batch ("we'll include", "bundled in", "you told us"), so the run says how far the
rules carry, not how well they recall their own examples. ``python build_fresh.py`` writes ``fresh_posts.json`` and
``fresh.jsonl``."""
from __future__ import annotations

import swap_sets

POSTS = {
    "lawn": dict(title="Quote Calculator for a Lawn Care Company", skills=["React", "TypeScript"], service_line="web-app",
                 description="We mow and treat lawns in three towns. Customers should enter their address and lawn size "
                             "on our website and get an instant price, then book a first visit. Our prices depend on "
                             "square metres and the town.",
                 screening_questions=["Have you built a price calculator before?",
                                      "What would the first milestone include?"]),
    "pharmacy": dict(title="Stock Sync Between Our Shopify Store and Pharmacy System", skills=["Shopify", "Python"],
                     service_line="shopify",
                     description="We run an online pharmacy on Shopify. Stock levels live in our pharmacy system, which "
                                 "exports a JSON file every 30 minutes to an FTP folder. We need Shopify stock to follow "
                                 "that file, and products that are out of stock must be hidden, not deleted."),
    "school": dict(title="Fix Slow Reports in Our Django School Admin", skills=["Django", "PostgreSQL"],
                   service_line="api-backend", budget_type="fixed", budget_max=300,
                   description="Our school uses a Django app for grades and attendance. The termly report page now takes "
                               "over a minute to load for classes above 30 pupils, and teachers time out. Please find "
                               "and fix the slowness.",
                   screening_questions=["How would you find the cause?"]),
    "festival": dict(title="Ticketing Landing Page for a Music Festival", skills=["Next.js", "Stripe", "Tailwind CSS"],
                     service_line="web-app",
                     description="Our festival needs a landing page before tickets go on sale in May. It must have:\n"
                                 "- A line-up section we can edit ourselves\n"
                                 "- Ticket sales through Stripe with three ticket types\n"
                                 "- A countdown to the sale date\n"
                                 "- A FAQ section\n"
                                 "Design files are in Figma."),
    "charity": dict(title="Ongoing Django Developer for a Small Charity", skills=["Django", "Python"],
                    service_line="api-backend", hours_per_week="Less than 30 hrs/week", project_length="More than 6 months",
                    description="We are a small charity with a Django donations site. We need a developer for about 10 "
                                "hours a week to keep it updated, fix bugs our volunteers report and add small features.",
                    screening_questions=["What is your hourly rate?", "Which Django versions have you worked with?"]),
    "nursery": dict(title="REST API for a Plant Nursery's Wholesale Orders", skills=["FastAPI", "PostgreSQL", "Python"],
                    service_line="api-backend",
                    description="Garden centres order plants from us by email today. We want a FastAPI service where "
                                "they can see availability and place orders, with PostgreSQL behind it. Orders must "
                                "respect minimum quantities per plant."),
    "bookshop": dict(title="Improve Product Search on Our Shopify Bookshop", skills=["Shopify", "JavaScript"],
                     service_line="shopify",
                     description="Customers can't find books by author on our Shopify store; search only matches titles. "
                                 "We have around 8,000 books. We want search to match author and ISBN too.",
                     screening_questions=["Which search app or approach would you use?"]),
}

SIGN = "\n\nMaya\n"

GOOD = {
    "lawn": "An instant price from an address and a lawn size, with the town setting the rate, is a calculator your "
            "customers will actually use if it answers in one step.\n\n"
            "I would keep the price rules in one small table you can edit (a rate per square metre for each of the "
            "three towns), show the price as soon as both fields are filled, and hand the address and price straight "
            "to the booking step for the first visit.\n\n"
            "React and TypeScript are part of our everyday work. The closest project we have done: Analytics dashboard "
            "for a B2B SaaS, rebuilt in React and TypeScript.\n\n"
            "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first "
            "milestone. Would Wednesday work?",
    "pharmacy": "Keeping Shopify stock in step with a JSON export that lands every 30 minutes is a job for a small, "
                "dull, reliable script.\n\n"
                "I would pick up each new file from the FTP folder, compare its stock levels with Shopify's, and update "
                "only the products that changed; anything at zero would be set to hidden rather than deleted, so it "
                "comes back with its page and reviews when stock returns. A file that is late or half-written would be "
                "skipped and reported, never applied.\n\n"
                "Shopify and Python are part of our everyday work. The closest project we have done: Subscription "
                "checkout for a coffee roaster, with a custom Shopify app behind it.\n\n"
                "A good first step would be a 15-minute call and a fixed first milestone for the sync. Could you share "
                "a sample file?",
    "school": "A termly report that takes over a minute for classes above 30 pupils almost always means the page runs "
              "one query per pupil, or sorts a large table without an index.\n\n"
              "I would profile the report page on a copy of the database, count the queries it makes for one class, "
              "and fix what the profile shows: usually a select_related or prefetch_related for the grades and "
              "attendance, and an index on the columns the report filters by. I would measure it again with your "
              "largest class before handing it back.\n\n"
              "Python, Django and PostgreSQL are part of our everyday work. The closest project we have done: Django 2 "
              "to Django 5 upgrade for a health platform.\n\n"
              "I can start tomorrow once you share access to a copy of the app. Which class is the slowest?",
    "festival": "A festival landing page has one job before May: sell tickets the moment the sale opens, without "
                "falling over.\n\n"
                "I would build it in Next.js with Tailwind CSS from your Figma files, keep the line-up in a simple "
                "content file your team can edit, and run the three ticket types through Stripe Checkout so card "
                "details never touch your site. The countdown and the FAQ would be static, so the page stays fast when "
                "everyone arrives at once.\n\n"
                "Next.js, Stripe and Tailwind CSS are part of our everyday work. The closest project we have done: "
                "Next.js marketplace MVP, built with Next.js and Tailwind CSS in eight weeks.\n\n"
                "As a first step, I would suggest a 20-minute call to walk through the screens and agree the first "
                "milestone. Would Friday work?",
    "charity": "Keeping a Django donations site updated, fixing what volunteers report and adding small features for "
               "about 10 hours a week is the kind of steady work I like.\n\n"
               "I would keep a short list of the reported bugs in priority order, fix each with a test, and keep Django "
               "and its packages on supported versions so the donations page stays safe.\n\n"
               "Python and Django are part of my everyday work. The closest project we have done: Django 2 to Django 5 "
               "upgrade for a health platform, with tests added on the way.\n\n"
               "I can give you about 10 hours a week from next week. Could we have a short call about the open bugs?",
    "nursery": "Moving wholesale orders from email to a FastAPI service turns on one rule done right: the minimum "
               "quantity per plant.\n\n"
               "I would model plants, availability and orders in PostgreSQL, check each order line against its plant's "
               "minimum before accepting it, and return a clear error that names the plant and the minimum when it "
               "falls short. Garden centres would see live availability, so they stop ordering what has sold out.\n\n"
               "Python, FastAPI and PostgreSQL are part of our everyday work. The closest project we have done: "
               "Payments API for a fintech startup, a FastAPI service with PostgreSQL.\n\n"
               "A good first step would be a short technical call to agree the order fields. Which day suits you?",
    "bookshop": "Search that only matches titles is a common Shopify limit, and with around 8,000 books it is probably "
                "costing you sales.\n\n"
                "I would add author and ISBN to what search reads, either through Shopify's search settings and "
                "product metafields or a search app if the theme's search cannot use them, and test it with twenty "
                "real author names and ISBNs before going live.\n\n"
                "Shopify and JavaScript are part of our everyday work. The closest project we have done: Shopify theme "
                "rebuild for a skincare brand, product and collection pages in Liquid.\n\n"
                "A good first step would be a 15-minute call and a fixed first milestone for the search. Shall I send a "
                "short outline first?",
}

ANSWERS = {
    "lawn": ["Not a lawn price calculator; the closest is a React reporting screen we rebuilt, where totals update as "
             "filters change.",
             "The calculator with your three towns' rates, working on your site, with the price handed to booking."],
    "school": ["I would use the Django Debug Toolbar on the report page to count queries and time them, then "
               "PostgreSQL's EXPLAIN on the slowest one."],
    "charity": ["Our rate is $65 per hour, billed for the hours actually worked.",
                "Django 2 up to Django 5, including an upgrade across those versions."],
    "bookshop": ["Shopify's own search with author and ISBN added as metafields first; Searchanise if the theme "
                 "cannot search metafields."],
}

PROOF_IDS = {"lawn": "saas-dashboard", "pharmacy": "shopify-subscriptions", "school": "django-migration",
             "festival": "nextjs-marketplace", "charity": "django-migration", "nursery": "fintech-api",
             "bookshop": "shopify-theme"}

VARIANTS = [
    # ---- fluent
    ("lawn", "fluent", {"swap": [("An instant price from", "For your quote calculator for a lawn care company, an "
                                  "instant price from")]}),
    ("pharmacy", "fluent", {"swap": [("I would pick up each new file", "I would pick up each each new file")]}),
    ("school", "fluent", {"swap": [("I would profile the report page", "The report page is the place would be "
                                    "profiled first. I would profile the report page")]}),
    ("nursery", "fluent", {"swap": [("Garden centres would see live availability", "Plants order garden centres "
                                     "would see live availability")]}),
    ("festival", "fluent", {"swap": [("The countdown and the FAQ would be static", "The countdown the countdown and the "
                                      "FAQ would be static")]}),
    ("bookshop", "fluent", {"swap": [("I would add author and ISBN", "Before I improve product search on our shopify "
                                      "bookshop, I would check the theme. I would add author and ISBN")]}),
    # ---- grounded: claims about what the client said or has
    ("lawn", "grounded", {"swap": [("I would keep the price rules", "You told us the calculator also has to offer "
                                    "fertiliser plans. I would keep the price rules")]}),
    ("pharmacy", "grounded", {"swap": [("A file that is late", "Your pharmacists already check stock by hand every "
                                        "morning in a spreadsheet. A file that is late")]}),
    ("school", "grounded", {"swap": [("I would measure it again", "Your parents portal is affected too, since it "
                                      "reads the same tables. I would measure it again")]}),
    ("nursery", "grounded", {"swap": [("Garden centres would see", "Since your sales reps take phone orders as well, "
                                       "they would need a login too. Garden centres would see")]}),
    ("bookshop", "grounded", {"swap": [("and with around 8,000 books", "and as your post says, the mobile app has the "
                                        "same problem, and with around 8,000 books")]}),
    # ---- grounded, tricky-but-fine: likely causes and plan words the post does not name
    ("pharmacy", None, {"swap": [("A file that is late", "Sync jobs like this often fail on a product with several "
                                  "variants, so I would test those first. A file that is late")]}),
    ("festival", None, {"swap": [("The countdown and the FAQ", "Most ticket traffic arrives on mobile in the first "
                                  "minutes, so I would test checkout on phones under load. The countdown and the FAQ")]}),
    ("lawn", None, {"swap": [("I would keep the price rules", "A calculator like this can also feed a dashboard of "
                              "quotes later, but the first version does not need one. I would keep the price rules")]}),
    # ---- no_skill_disclaimer
    ("festival", "no_skill_disclaimer", {"swap": [("Next.js, Stripe and Tailwind CSS are part of our everyday work.",
                                                   "Stripe is not a tool I have used much, but the docs are good.")]}),
    ("nursery", "no_skill_disclaimer", {"swap": [("Python, FastAPI and PostgreSQL are part of our everyday work.",
                                                  "FastAPI is fairly new to me, though I know Python well.")]}),
    ("bookshop", "no_skill_disclaimer", {"swap": [("Shopify and JavaScript are part of our everyday work.", "We "
                                                   "seldom work in Shopify themes, but search is search.")]}),
    # ---- proof_overlaps (the text cites it; the parts may say otherwise)
    ("school", "proof_overlaps", {"swap": [("Django 2 to Django 5 upgrade for a health platform.", "Shopify theme "
                                            "rebuild for a skincare brand.")]}),
    ("nursery", "proof_overlaps", {"proof": "shopify-subscriptions",
                                   "swap": [("Payments API for a fintech startup, a FastAPI service with PostgreSQL.",
                                             "Subscription checkout for a coffee roaster.")]}),
    ("festival", None, {"proof": "django-migration"}),
    # ---- answers_answer
    ("lawn", "answers_answer", {"text_answers": ["I have built many tools and I am confident I can do this well.",
                                                 ANSWERS["lawn"][1]]}),
    ("charity", "answers_answer", {"text_answers": ["Reasonable, and we can agree something that suits a charity.",
                                                    ANSWERS["charity"][1]]}),
    ("bookshop", "answers_answer", {"text_answers": ["Whatever suits your store best after I look at it."]}),
    # ---- screening_answered: rewritten in place (fine), or removed
    ("school", None, {"text_answers": ["Django Debug Toolbar on the report page first, then EXPLAIN on the slowest "
                                       "query it shows."], "block": "same_line"}),
    ("charity", None, {"block": ["Rate:", "Versions:"]}),
    ("lawn", "screening_answered", {"text_answers": ["", ANSWERS["lawn"][1]]}),
    # ---- in_scope
    ("pharmacy", "in_scope", {"swap": [("A file that is late", "We'll include a customer loyalty programme and an "
                                        "email campaign for restocked products in the same price. A file that is "
                                        "late")]}),
    ("school", "in_scope", {"swap": [("I would measure it again", "As a bonus, I will add a parent app with push "
                                      "notifications. I would measure it again")]}),
    ("festival", "in_scope", {"swap": [("The countdown and the FAQ", "Merchandise sales and a volunteer sign-up "
                                        "portal are bundled in at no additional cost. The countdown and the FAQ")]}),
    ("nursery", "in_scope", {"swap": [("Garden centres would see", "We will also create a customer mobile app and "
                                       "integrate the orders with Xero. Garden centres would see")]}),
    ("bookshop", None, {"swap": [("A good first step", "If you later want search by genre as well, I can price that "
                                  "as a separate milestone. A good first step")]}),
    ("nursery", None, {"swap": [("Garden centres would see", "I will also write tests for the minimum-quantity rule, "
                                 "so a change never breaks it quietly. Garden centres would see")]}),
    # ---- not_pasted
    ("festival", "not_pasted", {"swap": [("I would build it in Next.js with Tailwind CSS from your Figma files, keep "
                                          "the line-up in a simple content file your team can edit, and run the three "
                                          "ticket types through Stripe Checkout so card details never touch your "
                                          "site.", "Here is what I will build:\n1. A line-up section we can edit "
                                          "ourselves\n2. Ticket sales through Stripe with three ticket types\n3. A "
                                          "countdown to the sale date\n4. A FAQ section\n")]}),
    ("pharmacy", "not_pasted", {"swap": [("I would pick up each new file from the FTP folder, compare its stock levels "
                                          "with Shopify's, and update only the products that changed; anything at "
                                          "zero would be set to hidden rather than deleted, so it comes back with its "
                                          "page and reviews when stock returns.",
                                          "Stock levels live in your pharmacy system, which exports a JSON file every "
                                          "30 minutes to an FTP folder. You need Shopify stock to follow that file, "
                                          "and products that are out of stock must be hidden, not deleted. No "
                                          "problem.")]}),
    # ---- a few more of each, written in the same sitting, before the run
    ("school", None, {"swap": [("I would measure it again", "Reports like this sometimes slow down because a template "
                                "loop calls the database, which the profile would show too. I would measure it again")]}),
    ("charity", "grounded", {"swap": [("I would keep a short list", "You mentioned the site also takes event bookings, "
                                       "so I would keep those in mind. I would keep a short list")]}),
    ("charity", "in_scope", {"swap": [("I would keep a short list", "I'll also rebuild the donations site in Next.js as "
                                       "part of the retainer. I would keep a short list")]}),
    ("bookshop", None, {"swap": [("and test it with twenty", "and, if your theme is an older one, check whether its "
                                  "search box reads metafields at all, and test it with twenty")]}),
    ("lawn", None, {"swap": [("React and TypeScript are part", "I would also make the calculator work well on phones, "
                              "since that is where most people will open it. React and TypeScript are part")]}),
    ("school", "answers_answer", {"text_answers": ["I have fixed many slow pages before, so I would find it quickly."]}),
    ("festival", None, {"swap": [("The countdown and the FAQ", "\u201cA line-up section we can edit ourselves\u201d "
                                  "would be a list in one file, so adding an act is a one-line change. The countdown "
                                  "and the FAQ")]}),
]



def cases() -> list[dict]:
    return swap_sets.cases("f", POSTS, SIGN, GOOD, ANSWERS, PROOF_IDS, VARIANTS)


if __name__ == "__main__":
    swap_sets.write("fresh", POSTS, cases())
