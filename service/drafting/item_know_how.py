"""Know-how for one item of the post's own work list, when no topic and no step of the kind fits it (issue 14).

Tuning readers (2026-12-06, 12th session) named the plan's place-only lines ("“Build and maintain robust CI/CD
pipelines”: I would move on to this next and go through a real example of it with you") as the thing to replace in
a third of the letters they marked down: "replace the echo steps with one concrete line on how". Steps typed by an
item's loose keywords ("a log of every run" for any item that says "workflow") were tried before and read as
stitched, so each entry here names one specific subject (CI/CD, backups, a queue, an upload flow, smart contracts …)
and its pattern must match the item's own words; the sentence is what an experienced freelancer would do for that
subject on any project (no claim about the client's system, no past project). Data and one lookup; pure."""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.drafting.lint_letters import ungrounded_terms
from service.drafting.post_items import USER_LOGGING
from service.drafting.question_check import DESIGN_READY


@dataclass(frozen=True)
class ItemHow:
    id: str
    pattern: re.Pattern
    how: str
    unless: re.Pattern | None = None  # a post this matches makes the sentence untrue


def _h(id_: str, pattern: str, how: str, unless: str = "") -> ItemHow:
    return ItemHow(id_, re.compile(pattern, re.IGNORECASE), how, re.compile(unless, re.IGNORECASE) if unless else None)


ITEM_HOWS: tuple[ItemHow, ...] = (
    _h("cicd", r"\b(?:ci/cd|ci ?/ ?cd|continuous (?:integration|deployment|delivery)|deploy(?:ment)? pipelines?|"
               r"github actions|gitlab ci|bitbucket pipelines|jenkins)\b",
       "I would make every merge pass the same automatic checks and tests, so a failing change is caught before "
       "release."),
    _h("kubernetes", r"\b(?:kubernetes|k8s|eks|aks|gke|helm charts?)\b",
       "I would set resource limits on every workload and roll changes out gradually, so no single service can "
       "starve or take down the rest."),
    _h("backups", r"\b(?:backups?|back-?up and (?:recovery|restore)|disaster recovery|recovery strateg\w+|"
                  r"point-in-time recovery)\b",
       "I would schedule the backups and then restore one to a spare server, since a backup that has never been "
       "restored is not yet proven."),
    _h("replication", r"\b(?:replication|mirroring|failover|high availability)\b",
       "I would rehearse a failover on a test pair first, so the switch is tried before anyone needs it."),
    _h("https", r"\b(?:https|ssl|tls)\b",
       "I would use a managed certificate that renews itself and send all plain HTTP traffic to HTTPS."),
    _h("queue", r"\b(?:queues?|sqs|rabbitmq|kafka|celery|background (?:jobs?|workers?|tasks?))\b",
       "I would make each job safe to run twice and move failed ones to a separate dead-letter queue, so nothing is "
       "lost without a trace."),
    _h("upload", r"\b(?:file[- ]?uploads?|uploads? (?:of )?(?:files|documents|images|photos|pdfs)|upload "
                 r"(?:flows?|workflows?))\b",
       "I would check each file's type and size on the server and upload large files in parts, so a dropped "
       "connection does not start them over."),
    _h("smart_contracts", r"\bsmart contracts?\b",
       "I would cover every contract function with tests, the failure paths included, and deploy to a test network "
       "before anything touches real funds."),
    _h("trade_execution", r"\b(?:(?:automate|automated|automating) (?:the )?trad\w+|trade execution|execut\w+ "
                          r"(?:the )?trades|order execution)\b",
       "I would run it on paper trading first, with hard limits on position size and daily loss written into the "
       "code."),
    # a feed of prices, not market research ("Research and analyze market data": pool readers, garbled)
    _h("market_data", r"\bmarket data (?:feeds?|apis?|providers?|vendors?|streams?)\b|\b(?:real[- ]time|live|streaming|"
                      r"tick|historical) market data\b",
       "I would put each data provider behind one small client with retries and keep the raw responses, so a gap "
       "in the feed can be traced and filled."),
    _h("api_integration", r"\b(?:integrat\w+|connect\w*) (?:[\w&/-]+ ){0,4}?(?:apis?|rest apis?|webhooks?)\b|\bapi "
                          r"integrations?\b",
       "I would put each outside API behind one small client with retries, timeouts and logging, so a slow or "
       "failing service never stops the rest."),
    _h("ml_models", r"\b(?:lstm|neural networks?|deep learning|machine learning models?|ml models?|reinforcement "
                    r"learning|(?:train|training|fine-tun\w+) (?:a |the )?models?|predictive (?:models?|analytics)|"
                    r"(?:risk|churn|propensity|forecasting) models?)\b",
       "I would hold back data the model never sees in training and judge it only on that, against a simple "
       "baseline it has to beat."),
    _h("classify_docs", r"\b(?:classif\w+|categori[sz]\w+|sort) (?:[\w-]+ ){0,3}?(?:documents?|files?|emails?|tickets?|"
                        r"them|records?|items?|products?)\b|\b(?:document|text) classification\b",
       "I would hand-label a small sample first and measure the sorting against it, so you see how often it is right "
       "before it runs on everything."),
    _h("extract_files", r"\b(?:extract|unzip|read|open)\w* (?:[\w-]+ ){0,2}?(?:compressed|zip(?:ped)?|archived?) "
                        r"files?\b",
       "I would run it on a mixed batch of real archives first, the damaged and password-protected ones included, "
       "and log every file it cannot open."),
    _h("validate", r"\b(?:validat\w+|verif\w+|test\w*) (?:[\w-]+ ){0,3}?(?:accuracy|results|outputs?|matches|"
                   r"linkage)\b|\busing (?:synthetic )?test data\b",
       "I would check it against cases where the right answer is already known, and show you every case it gets "
       "wrong."),
    _h("data_quality", r"\bdata quality\b|\bdata (?:issues|errors|inconsistencies)\b",
       "I would write each quality rule as a check that runs on every load and reports how many rows fail it."),
    _h("sql_tuning", r"\b(?:execution plans?|query (?:performance|optimi[sz]ation)|slow (?:sql )?quer\w+|(?:database|"
                     r"sql|table|column|db) index(?:es|ing)?|index(?:es|ing) (?:on|for) (?:the )?(?:tables?|columns?|"
                     r"quer\w+))\b",  # not a bot's "scraping, indexing, post generation" (pool readers)
       "I would read the execution plans of the slowest queries first and measure again after every change, so "
       "each fix shows its gain."),
    _h("migration", r"\bmigrat\w+ (?:[\w-]+ ){0,4}?(?:data|database|records|site|website|store|content|users|"
                    r"accounts)\b",
       "I would run it on a copy first and compare record counts and totals before and after, so nothing goes "
       "missing on the day."),
    # slides, not "web-based data presentation applications" (pool readers: "slides for a web app?")
    _h("presentation", r"\b(?:powerpoint|(?<!data )presentations?(?! (?:layers?|applications?|apps?|tools?|software))|"
                       r"slide decks?|slides)\b",
       "I would agree the storyline with you first, one message per slide, before any slide is designed."),
    _h("chrome_extension", r"\b(?:chrome|browser|safari|firefox|edge|web) extensions?\b",
       "I would ask only for the browser access it needs, which keeps the store review short and users willing to "
       "install it."),
    _h("anti_blocking", r"\b(?:anti[- ]?block\w*|captchas?|proxies|proxy rotation|rate[- ]limit\w*)\b",
       "I would keep the request rate polite and spread it over time, with retries that back off, which avoids "
       "most blocks before any proxy is needed."),
    _h("auth", r"\b(?:implement|build|add|set up|setup|integrate|develop|create|handle|configure)\w* (?:[\w&-]+ ){0,4}?"
               r"(?:authentication|log-?ins?|sign-?ups?|user roles|role-based access|sso|oauth|session handling)\b|"
               r"^(?:role-based access|user roles|authentication)\b",  # a list item that is the subject itself
       "I would use a proven auth library rather than custom code, and check on the server, for every request, what "
       "each user may do.",
       r"\b(?:penetration|pen ?test\w*|security (?:audit|assessment|review))\b"),  # testing it, not building it
    _h("notifications", r"\b(?:notifications?|email alerts?|sms alerts?|push alerts?|reminders?)\b",
       "I would log every message sent, with its time and recipient, and send each new template to you as a test "
       "before it goes to anyone else."),
    _h("monitoring", r"\b(?:monitoring|logging|observability|alerting|incident response)\b",
       "I would alert only on what needs someone to act, each alert with a short note on what to do, so the alerts "
       "get read and acted on."),
    _h("cost_model", r"\b(?:cost allocation|allocation model|costs? per (?:\w+ ){0,2}?\w+|unit costs?|pricing "
                     r"logic|margin (?:model|analysis)|weighted (?:cost|model|scores?))\b",
       "I would work through the calculation by hand with you on a few real cases first, so every rule is agreed "
       "before it runs."),
    _h("turnaround", r"\b(?:turn-?around times?|cycle times?|time between (?:\w+ ){0,3}?stages|lead times?)\b",
       "I would time each stage from the record's history, not its current status, so a record that moved back is "
       "still timed right."),
    # a schema to design, not one to speed up ("Optimize ETL processes and data models for performance": tuning reader,
    # "doesn't answer performance at all")
    _h("schema", r"^(?!.*\b(?:optimi[sz]\w*|tun(?:e|ing)|speed up) (?:\w+ ){0,3}?(?:data ?models?|schemas?|databases?)\b)"
                 r".*\b(?:database schema|data ?models?|"
                 r"relational database|table structures?|(?:design|designing) (?:the )?(?:database|tables))\b",
       "I would design the tables around the questions the data has to answer, with keys and constraints that stop "
       "bad rows at the door."),
    _h("ui_screens", r"\b(?:user-friendly|intuitive) (?:interfaces?|screens?|ui)\b|\b(?:ui/ux|ux/ui)\b",
       "I would sketch the main screens and agree them with you before building, while changes still take "
       "minutes.",
       # the designs exist (tuning readers: "offers to sketch screens even though I am supplying Figma designs"):
       # the rule the next step's offer reads too, plus the client's own "our designs"
       rf"{DESIGN_READY.pattern}|\b(?:our|my|the|provided|attached) designs?\b"),
    # 24th session: the subjects the plan's items most often named among 145 place-only lines ("“Integrate data from
    # multiple sources”: I would leave this for last and show you the result") of 364 fitting tuning and pool letters
    _h("multi_source", r"\b(?:multiple|several|various|different|diverse|many) (?:data )?sources\b|\bdata from "
                       r"(?:multiple|several|various|different|diverse) (?:\w+ )?(?:systems|platforms|tools)\b",
       "I would match the records across the sources on a shared key and check each source's totals after the "
       "merge, so nothing is counted twice or dropped."),
    _h("chat", r"\b(?:chat|messaging) (?:functionalit\w*|features?|systems?|modules?)\b|\breal[- ]time (?:chat|"
               r"messaging)\b|\bin-app (?:chat|messaging)\b",
       "I would store every message before it is delivered, so messages arrive in order and a user who reconnects "
       "gets the ones missed."),
    _h("api_build", r"\b(?:build|develop|design|creat|implement|expos|provid|set up|setup)\w* (?:[\w&/-]+ ){0,4}?"
                    r"(?:apis?|endpoints?|graphql services?)\b",
       "I would write down each endpoint's inputs, outputs and error responses first, and cover every endpoint with "
       "an automated test."),
    _h("fix_item", r"^(?:fix|repair|resolv|debug|restor|troubleshoot)\w*\b",
       # no "it" for the item: "“Fix variance calculations”: I would reproduce it …" (both tuning readers: garbled)
       "I would reproduce the problem on a copy first and fix its cause rather than the symptom, then check the "
       "features around the fix."),
    _h("tests", r"\b(?:unit|integration|end-to-end|e2e|automated|regression) tests?\b|\btest (?:suites?|coverage)\b",
       "I would cover the paths that would cost the most if they broke first, and run the tests on every change."),
    _h("deploy", r"\b(?:deploy\w*|hosting)\b",
       "I would script the deployment, so every environment is set up the same way and a release can be rolled "
       "back."),
    _h("figures", r"^(?:calculat|comput)\w*\b|\b(?:percentages?|averages?|ratios?) (?:for|of|per|by) (?:each|every)\b",
       "I would check the figures against a few cases worked out by hand before running it on all the data."),
    _h("admin_panel", r"\badmin(?:istrat\w*)? (?:panels?|dashboards?|portals?|areas?|interfaces?|back-?office)\b",
       "I would give each admin role only the actions it needs and log every change made through the panel."),
    _h("contact_form", r"\b(?:contact|enquiry|inquiry|booking|quote) forms?\b",
       "I would check the fields on the server too and keep a copy of every submission, so no enquiry is lost if an "
       "email fails."),
    _h("sync", r"\b(?:sync|syncs|syncing|synchroni[sz]\w*)\b",
       "I would agree with you which system wins when both change the same record, and log every sync so a "
       "mismatch can be traced."),
    _h("responsive", r"\bresponsive\b(?! (?:to|and timely|communicat))",
       "I would build each screen for the smallest phone first and check it on real devices, not only in a resized "
       "browser."),
    _h("seo_keywords", r"\bkeyword (?:sets|research|lists?)\b",
       "I would rank the keywords by how often they are searched and how closely they match what is offered, and "
       "put the strongest where they count most."),
    # ---------------------------------------------- duties that recur in role posts across the field (32nd session)
    _h("mentoring", r"\b(?:mentor\w*|coach\w*|guidance (?:and mentorship )?to|train\w*) (?:\w+ ){0,3}(?:juniors?|junior "
                    r"\w+|team members|analysts|engineers|developers|staff)\b",
       "I would pair with them on real tasks and review their work in a short weekly session, so they learn on "
       "real problems rather than exercises."),
    _h("tool_choice", r"\b(?:evaluat|assess|recommend|research)\w* (?:and (?:recommend|evaluat|select)\w* )?(?:\w+ ){0,2}"
                      r"(?:new |emerging )?(?:tools|technologies|platforms|software)\b",
       "I would try each candidate on one real piece of the work and weigh its cost and the effort of moving to it "
       "before recommending anything."),
    _h("recurring_reports", r"\b(?:generat|prepar|produc|creat|deliver|compil)\w* (?:\w+ ){0,2}(?:daily|weekly|monthly|"
                            r"quarterly|regular|recurring|periodic) (?:\w+ )?reports?\b",
       "I would fix each report's cut-off date and keep its layout the same every period, so a change between two "
       "reports is real, not a different cut."),
    _h("present_findings", r"\b(?:present|communicat|translat|explain)\w* (?:\w+ ){0,3}(?:findings|insights|results|"
                           r"analys[ie]s)\b",
       "I would open with the decision each finding supports and keep the method for the appendix, so the people "
       "who act on it read the answer first."),
    # trends in figures, not "emerging platforms and trends" to adopt
    _h("trends", r"^(?=.*\b(?:data|sales|performance|metrics|figures|numbers|revenue|usage|traffic|over time)\b).*"
                 r"\b(?:identify|analy[sz]e|spot|find|examin|track)\w* (?:\w+ ){0,4}trend(?:s|ing)\b",
       "I would compare each period with the same one a year earlier, not only the one before, so a seasonal swing "
       "is not read as a trend."),
    _h("significance", r"\b(?:statistical (?:significance )?tests?|significance tests?|test\w* (?:the )?hypothes\w+|"
                       r"hypothesis test\w*)\b",
       "I would fix the hypotheses and the tests before looking at the results, and report effect sizes beside the "
       "p-values."),
    _h("manual_entry", r"\b(?:minimi[sz]e|eliminate|reduce|automate|remove) (?:\w+ ){0,2}manual (?:data entry|work|"
                       r"processes|reporting|tasks|steps)\b",
       "I would list where figures are typed in by hand today and take each from its source system instead, "
       "starting with the entry that costs the most time."),
    _h("discrepancies", r"\b(?:identify|find|flag|investigat|resolv)\w* (?:\w+ ){0,3}(?:discrepanc\w+|inconsistenc\w+|"
                        r"irregularit\w+)\b",
       "I would list each discrepancy with the records behind it and where each value came from, so every "
       "correction can be checked."),
    _h("requirements", r"\b(?:gather|understand|collect|document|translat|captur|elicit)\w* (?:\w+ ){0,3}"
                       r"(?:business |user |client |technical )?requirements\b",
       "I would write each requirement down with an example of the expected result and have its owner confirm "
       "it, so nothing is built on a guess."),
    _h("security_practice", r"\bsecurity best practices\b|\b(?:implement|ensure|enforce)\w* (?:\w+ ){0,2}security\b",
       "I would start with the risks that matter most (who has access, where secrets are kept, outdated packages) "
       "and keep a written record of each check."),
)


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{5,}", text.lower()))


def item_how(text: str, used: set[str], post: str = "", said: str = "") -> ItemHow | None:
    """The first entry whose subject the item names and the letter has not used yet, when the post does not make it
    untrue, grounds every job term it uses (``lint_letters.ungrounded_terms``) and ``said`` (the hook's remark) does
    not mostly say it already; else None."""
    if re.sub(r"^(?:\w+,\s+)+(?:and\s+)?", "", text).count(",") >= 2:
        return None  # a list of subjects ("fraud detection, biometric authentication, …"): none of them is the item's
    subject = USER_LOGGING.sub(" ", text)  # what an app's users log is a feature (``post_items.USER_LOGGING``)
    for h in ITEM_HOWS:
        if h.id in used or not h.pattern.search(subject) or (h.unless and h.unless.search(post)):
            continue
        mine = _words(h.how)
        repeats = said and len(mine & _words(said)) > len(mine) / 2
        return None if repeats or ungrounded_terms(h.how, post) else h
    return None
