"""Phrase banks for the offline drafter: problem diagnoses keyed by trigger words, and variants for the
standard parts. No numbers, names or technologies live here: those come from the post, the profile and
the proof library only. Each entry has several wordings so that drafts for different posts differ."""
from __future__ import annotations

# (triggers, [variants]); a variant may use {thing}
CONCERNS: list[tuple[tuple[str, ...], list[str]]] = [
    (("dashboard", "report", "reporting", "analytics", "chart", "charts", "metrics", "kpi"), [
        "Dashboards usually fail on the data side, not the visual side: slow queries and unclear filters make people stop trusting the numbers.",
        "The risk with a reporting screen is that it looks right in the demo and crawls once real data arrives, so I would design the queries and pagination first.",
        "What makes {thing} useful is agreeing which few numbers matter and where they come from, before anyone draws a chart.",
    ]),
    (("api", "apis", "endpoint", "endpoints", "rest", "graphql", "integration", "integrate", "webhook", "webhooks", "sync"), [
        "Integrations break at the edges: timeouts, retries, duplicate webhooks and rate limits, so those need a plan before the happy path.",
        "The part that decides whether {thing} holds up is error handling between systems, because each side fails differently and silently.",
        "I would pin down the contract of each endpoint early (inputs, errors, retries) so the client side never has to guess.",
    ]),
    (("migration", "migrate", "upgrade", "legacy", "refactor", "rewrite", "port"), [
        "Migrations go wrong when behaviour changes quietly, so the first job is a safety net of tests around what works today.",
        "With {thing}, the risk is less the new code and more the data and edge cases the old system handled without anyone noticing.",
        "A staged move, old and new running side by side for a short while, keeps {thing} reversible if something surprises us.",
    ]),
    (("shopify", "store", "theme", "product page", "collection", "cart", "checkout", "ecommerce", "e-commerce"), [
        "On a store, speed and a clear path to the cart matter more than visual polish; every extra tap on mobile costs orders.",
        "The usual trap with {thing} is editing the theme directly and losing the ability to update it, so I would keep changes in clean sections.",
        "Before changing {thing}, I would look at where mobile shoppers drop off, because that tells us which page to fix first.",
    ]),
    (("subscription", "subscriptions", "billing", "payment", "payments", "stripe", "invoice", "invoices"), [
        "Payments need idempotency and clear failure states; a double charge or a silent failed renewal costs more trust than any bug.",
        "With {thing}, the hard part is the unhappy paths: declined cards, refunds and retries, which is where I would spend the design time.",
    ]),
    (("scrape", "scraper", "scraping", "crawl", "automation", "automate", "bot", "workflow", "zapier", "pipeline"), [
        "Automations are only as good as their failure handling: when a source changes, you want an alert, not silently missing data.",
        "For {thing}, I would start by listing every input and output and what should happen when one of them is missing or late.",
    ]),
    (("mobile", "responsive", "ios", "android", "app store"), [
        "Responsive work is mostly about priorities: deciding what each screen drops on a small display, then testing on real devices.",
        "The risk with {thing} is designing for the desktop and squeezing it later; I would start from the smallest screen.",
    ]),
    (("landing", "conversion", "seo", "speed", "performance", "slow", "load"), [
        "Performance problems usually come from a few heavy assets and render-blocking scripts, so measuring first beats guessing.",
        "For {thing}, I would measure before touching anything, so we can show what changed and why.",
    ]),
    (("auth", "login", "authentication", "roles", "permissions", "admin", "portal", "users", "user"), [
        "Roles and permissions are where portals get messy, so I would agree who sees what before building any screen.",
        "With {thing}, access rules and account states are the quiet source of bugs; writing them down first saves rework.",
    ]),
    (("ai", "llm", "openai", "gpt", "chatbot", "machine learning", "model"), [
        "AI features succeed or fail on evaluation: a handful of real examples with expected answers, checked on every change.",
        "For {thing}, the model is the easy part; the data going in and a way to check the answers are what make it dependable.",
    ]),
    (("database", "postgres", "postgresql", "sql", "data model", "schema", "data"), [
        "Data problems compound, so the schema and its constraints deserve a careful first pass before features pile on top.",
        "With {thing}, I would look at the data model first, since most later bugs trace back to it.",
    ]),
    (("design", "figma", "ui", "ux", "mockup", "mockups", "wireframe", "wireframes", "redesign"), [
        "The gap between a design file and a working screen is usually states: empty, loading, error and long text, which I would list up front.",
        "For {thing}, turning the design into reusable components early keeps later screens fast to build and consistent.",
    ]),
]

GENERIC_CONCERNS = [
    "The main risk I see is scope drifting while the first version is still being defined, so I would fix a small first milestone.",
    "Most delays on work like {thing} come from open questions found late, so I would list them in the first days and clear them with you.",
    "What usually decides a project like {thing} is how quickly questions get answered, so I keep a short written list and close it weekly.",
]

HOOKS_TASK = [
    "You want to {task}, and the part that decides whether it works is rarely the obvious one.",
    "To {task} well, the first thing I would look at is what happens around it, not just the build itself.",
    "Your post says you need to {task}; that is a clear goal, and it is the kind of scope we like to take on.",
    "Reading that you want to {task}, my first question was how it fits the rest of your setup.",
]
HOOKS_THING = [
    "{Thing} is a good brief to read: clear goal, clear scope, and a few decisions worth making early.",
    "Your {thing} stood out because the brief already says what success looks like.",
    "For {thing}, the first thing I would check is where the work meets what you already have.",
    "{Thing}: that is the heart of this job, and it is where I would start.",
]
TOOL_CLAUSE = [" With {tools} in the stack, we can start without a learning curve.",
               " {tools} {verb} part of our everyday work.",
               " Your stack ({tools}) is one we use every week."]
PROOF_INTROS = [
    "The closest thing we have built: {title}. {summary}",
    "One relevant example is {title_lc}. {summary}",
    "A similar job from our side: {title_lc}. {summary}",
]
PROOF_OUTCOMES = ["The result: {outcome}.", "Outcome: {outcome}.", "What it changed: {outcome}."]
PROOF_LINKS = ["It overlaps with your post on {shared}.", "Like your brief, it involved {shared}.",
               "The overlap with your post: {shared}."]
NEXT_STEPS = [
    "For {short}, I would suggest {step}.",
    "The first step I would suggest is {step}, with {short} as the agenda.",
    "My suggestion: {step}, so we agree what done means for {short} before any build work.",
    "A low-risk way to start on {short} is {step}.",
]
CTAS = [
    "Would that work for you this week?",
    "Shall I send a short outline of the first milestone for {short} before we talk?",
    "Are you free for that in the next couple of days?",
    "Is {short} still the top priority, or has anything changed since you posted?",
    "Would you like me to list my open questions about {short} first, so the call is quick?",
]
EXTRA_DIAGNOSIS = [
    "I would treat {items} as the must-have{s} and schedule anything else after the first review.",
    "From the brief, {items} {verb} the piece{s} I would scope first.",
]
UPSELLS = {
    "web-app": "usage tracking and a short round of UX fixes on the screens we shipped",
    "api-backend": "monitoring and alerting on the new endpoints, so failures reach you before your users do",
    "shopify": "conversion testing on the pages we rebuilt",
}
UPSELL_DEFAULT = "a small monthly maintenance block for what we delivered"


def pick(options: list[str], seed: int, salt: int = 0) -> str:
    return options[(seed // (7 ** salt + salt)) % len(options)] if options else ""
