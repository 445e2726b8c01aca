"""A team-written set for the profile audit: 30 short approved letters against the demo workspace
(service/workspaces/demo.yaml), 10 of them with one planted unsupported claim (the ``planted`` sentence).
Invented posts and letters; no real data. Split by ``sha256(id) % 2``: 0 = tuning half, 1 = test half."""
from __future__ import annotations

import hashlib

# (id, service line, post, letter, planted sentence or None)
LETTERS = [
    ("PA01", "shopify", "Shopify theme tweaks for our candle shop, mobile product page is slow.",
     "Hi Lena, a slow mobile product page costs you sales. We rebuilt a skincare brand's Shopify theme and mobile "
     "conversion rose 18%. We have shipped three Flutter apps for clinics. Shall we take a 15-minute call?",
     "We have shipped three Flutter apps for clinics."),
    ("PA02", "web-app", "React dashboard for our logistics SaaS; charts are slow with 50k rows.",
     "Hi Omar, charts that choke on 50k rows usually need server-side pagination. We rebuilt a jQuery reporting "
     "screen as a React and TypeScript dashboard and page load went from 9 s to 1.2 s. A 20-minute call this week?",
     None),
    ("PA03", "api-backend", "Need a FastAPI service to receive Stripe webhooks and store them in PostgreSQL.",
     "Hi Priya, Stripe webhooks need idempotent handling or you get double charges. We built a payments API with "
     "FastAPI, PostgreSQL and Stripe that processed 40k payments with zero double charges. Our last dashboard cut "
     "load time by 70%. Can we talk through your event types?", "Our last dashboard cut load time by 70%."),
    ("PA04", "shopify", "Add subscriptions to our Shopify coffee store.",
     "Hi Tom, subscriptions on Shopify work best with Stripe and a small custom app. We added subscription "
     "checkout for a coffee roaster and reached 1,200 active subscribers within three months. We built the "
     "storefront for Adidas last spring. A 15-minute call?", "We built the storefront for Adidas last spring."),
    ("PA05", "api-backend", "Upgrade our Django 3 app to Django 5; tests are thin.",
     "Hi Ana, a Django upgrade is safest with tests first. We upgraded a Django 2 monolith to Django 5 for a "
     "health platform and raised coverage from 12% to 78%. We would start with a one-day audit of your code.",
     None),
    ("PA06", "web-app", "Next.js marketplace MVP, two-sided, need it in 10 weeks.",
     "Hi Jon, ten weeks is enough for a focused marketplace MVP. We built one with Next.js, Tailwind CSS and a "
     "Node.js API in eight weeks and onboarded the first 300 sellers. We guarantee first-page Google rankings. "
     "Could we walk through your seller flow?", "We guarantee first-page Google rankings."),
    ("PA07", "web-app", "We use Vue today but are open to React for a new admin panel.",
     "Hi Kai, you mentioned Vue today and React for the new admin panel. We have not used Vue in production, so we "
     "would build the panel in React and TypeScript, which we use every day. A 20-minute call to see the screens?",
     None),
    ("PA08", "api-backend", "Integrate our CRM with a Python backend, webhooks and a nightly sync.",
     "Hi Sara, a nightly sync plus webhooks keeps the CRM honest. I have five years of experience with Kubernetes. "
     "We build Python back ends with Docker on AWS and write tests first. Shall we map the objects together?",
     "I have five years of experience with Kubernetes."),
    ("PA09", "shopify", "Our 3 Shopify stores need the same cart drawer fix.",
     "Hi Mia, fixing the cart drawer once and sharing it across your 3 stores saves time. We rebuilt a cart "
     "drawer in Liquid for a skincare brand. A fixed first milestone for one store, then the other two?", None),
    ("PA10", "web-app", "Figma designs ready for a SaaS onboarding flow in React.",
     "Hi Leo, your Figma onboarding flow maps cleanly onto React components. We use Figma and React on every "
     "project and send a written update twice a week. Could you share the Figma link in the Upwork chat?", None),
    ("PA11", "shopify", "Shopify store speed audit, Lighthouse score is 35.",
     "Hi Ivy, a Lighthouse score of 35 usually comes from images and apps. We have delivered 250 Shopify stores so "
     "far. We would start with a one-page audit and a fixed first milestone.",
     "We have delivered 250 Shopify stores so far."),
    ("PA12", "api-backend", "Small FastAPI bug: 500 error on file upload over 10 MB.",
     "Hi Ben, a 500 on uploads over 10 MB is usually a request size limit or a worker timeout. We build FastAPI "
     "services every week and can look at it today. Could you send the traceback?", None),
    ("PA13", "web-app", "Redesign of a fintech dashboard in Next.js, GraphQL API exists.",
     "Hi Eva, with the GraphQL API in place the dashboard work is mostly front end. We built an analytics "
     "dashboard for a B2B SaaS with React, Next.js and GraphQL. We offer unlimited revisions until you are happy. "
     "A 20-minute call?", "We offer unlimited revisions until you are happy."),
    ("PA14", "api-backend", "Migrate a Node.js API from MongoDB to PostgreSQL.",
     "Hi Raj, moving from MongoDB to PostgreSQL is mostly about the data model. We work with Node.js and "
     "PostgreSQL and would map your collections to tables first. Shall we start with a schema review?", None),
    ("PA15", "shopify", "Shopify Plus store needs a custom checkout extension.",
     "Hi Zoe, checkout extensions on Shopify Plus need careful testing. We built a custom Shopify app with Stripe "
     "for a coffee roaster. Our team worked with Spotify on their internal tools. A 15-minute call?",
     "Our team worked with Spotify on their internal tools."),
    ("PA16", "web-app", "Tailwind CSS cleanup in a large React codebase.",
     "Hi Max, a Tailwind cleanup pays off fastest in shared components. We use Tailwind CSS and React daily and "
     "would start with the ten most used components. Does that match your priorities?", None),
    ("PA17", "api-backend", "Dockerize a Django app and deploy to AWS.",
     "Hi Nia, Docker on AWS gives you repeatable deploys. We moved a Django monolith to Docker on AWS and deploys "
     "went from monthly to daily. We use Laravel every day for client back ends. A short technical call?",
     "We use Laravel every day for client back ends."),
    ("PA18", "shopify", "Shopify product page redesign from Figma, 12 templates.",
     "Hi Ada, twelve templates from Figma is a clear scope. We rebuilt product and collection pages in Liquid "
     "and mobile conversion went up 18%. We would start with the two busiest templates.", None),
    ("PA19", "api-backend", "Stripe billing integration for our SaaS, monthly and annual plans.",
     "Hi Liam, monthly and annual plans map onto Stripe prices directly. We designed a FastAPI payments service "
     "with Stripe webhooks and idempotent retries. We cut AWS costs by $12,000 a month for a fintech client. "
     "Shall we review your plans?", "We cut AWS costs by $12,000 a month for a fintech client."),
    ("PA20", "web-app", "TypeScript migration of a 40k-line JavaScript React app.",
     "Hi Ola, 40k lines can move to TypeScript file by file with strict mode off at first. We use TypeScript and "
     "React on every project. A 20-minute call to agree the first folder?", None),
    ("PA21", "shopify", "Need a Shopify expert for a bundle builder on our store.",
     "Hi Cam, a bundle builder in Liquid with a little JavaScript keeps the theme fast. We have built custom "
     "Shopify features with Liquid and JavaScript for e-commerce brands. A fixed first milestone?", None),
    ("PA22", "api-backend", "REST API for a health app, HIPAA awareness needed.",
     "Hi Dev, a REST API for health data needs audit logs from day one. We upgraded a Django platform in the "
     "health industry and added tests. Could we see your current data model?", None),
    ("PA23", "web-app", "React Native app for our booking site.",
     "Hi Rio, you asked for React Native. We have not shipped React Native apps, so we would build a responsive "
     "React web app first and you can decide on native later. Does that fit?", None),
    ("PA24", "api-backend", "GraphQL API in Node.js for our marketplace.",
     "Hi Una, a GraphQL layer over your marketplace data keeps the clients simple. We work with GraphQL and "
     "Node.js and built a marketplace MVP with 300 sellers at launch. A short technical call?", None),
    ("PA25", "shopify", "Shopify migration from WooCommerce, 800 products.",
     "Hi Ian, 800 products move cleanly with a CSV mapping and a redirect list. We build Shopify stores for "
     "e-commerce brands and would start with the product import. Shall we look at your categories?", None),
    ("PA26", "web-app", "Admin panel for a SaaS with role-based access.",
     "Hi Sol, role-based access is easier when the roles are agreed first. We build React admin panels for SaaS "
     "teams and write tests for every role. A 20-minute call to list the roles?", None),
    ("PA27", "api-backend", "Python script to clean CSV exports weekly.",
     "Hi Bo, a small Python script with pandas can merge and clean the exports each week. We write Python every "
     "day. Could you share two sample files?", None),
    ("PA28", "web-app", "Landing page in Next.js with a Stripe checkout.",
     "Hi Fay, a Next.js landing page with Stripe checkout can go live quickly. We have built Next.js sites with "
     "Stripe payments. Shall we agree the sections first?", None),
    ("PA29", "shopify", "Fix Shopify theme bugs after an app uninstall.",
     "Hi Gus, leftover app code is a common cause after an uninstall. We work in Liquid every week and would "
     "start by listing the leftover snippets. A 15-minute call?", None),
    ("PA30", "api-backend", "Django REST API performance, some endpoints take 4 seconds.",
     "Hi Hal, endpoints that take 4 seconds usually have N+1 queries. We use Django and PostgreSQL daily and "
     "would profile the slowest endpoint first. Could you share the endpoint list?", None),
]


def half(letter_id: str) -> int:
    return int(hashlib.sha256(letter_id.encode()).hexdigest(), 16) % 2


def score(which: int | None) -> dict:
    """Sentence-level figures on one half (None: all): a planted claim is found when its sentence is
    flagged; precision = flagged sentences that are planted ones / all flagged sentences."""
    from pathlib import Path

    from service.core.workspace import load_workspace
    from service.drafting.profile_claims import letter_claims

    ws = load_workspace(Path(__file__).resolve().parents[2] / "service" / "workspaces" / "demo.yaml")
    flagged, planted, hits, false_flags, n = 0, 0, 0, [], 0
    for lid, _line, post, text, plant in LETTERS:
        if which is not None and half(lid) != which:
            continue
        n += 1
        sentences = {c.sentence for c in letter_claims(text, post, ws) if not c.backed}
        flagged += len(sentences)
        planted += plant is not None
        hits += plant is not None and plant in sentences
        false_flags += [(lid, s) for s in sentences if s != plant]
    return {"letters": n, "planted": planted, "found": hits, "flagged_sentences": flagged,
            "recall": round(hits / planted, 3) if planted else None,
            "precision": round(hits / flagged, 3) if flagged else None, "false_flags": false_flags}
