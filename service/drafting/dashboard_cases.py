"""Cases of a dashboard job that the kind's new-build steps misread (team-written data; ``kind_variants.CASES``
reads them before its own dashboard case).

A dashboard post is usually a new report ("agree the handful of KPIs, connect the sources, build the pages"). Readers
of a fresh pool of real Power BI posts (2026-12-06, sixteenth session) marked that plan down where the report
exists already: a conversion from Excel or Tableau, one DAX measure to write (a full dashboard plan for one measure), a
report to enhance (a plan that builds from scratch what the client already has).
Each case's sentences hold for any post the case matches; the match reads whole phrases only."""
from __future__ import annotations

from service.drafting.kind_case import Case

_OLD_TOOL = r"(?:excel|tableau|qlik\w*|ssrs|crystal reports?|google sheets|spreadsheets?|looker(?: studio)?|power ?bi)"
_NEW_TOOL = r"(?:power ?bi|tableau|looker(?: studio)?)"
_REPORT = r"(?:reports?|dashboards?|\.?pbix(?: files?)?|visuali[sz]ations?|semantic models?|data models?)"

# a report that exists moves to another tool ("move our Excel sales workbook into Power BI", "our Qlik app migrated to
# Tableau")
CONVERT = Case(
    when=rf"\b(?:convert|migrat|mov|port|transfer|recreat|rebuild|replicat|transition)\w* (?:[\w-]+ ){{0,4}}?{_OLD_TOOL} "
         rf"(?:[\w-]+ ){{0,3}}?(?:to|into|in|onto) (?:a |an |the )?(?:new )?{_NEW_TOOL}\b|\b{_OLD_TOOL}[- ](?:to|into)[- ]{_NEW_TOOL}\b",
    steps=("list every figure, filter and page the current report shows and how each is calculated, so nothing is "
           "lost in the move",
           "rebuild them in the new tool on a clean data model and check each figure against the current report for "
           "the same period",
           "set up the refresh and walk your team through the new report beside the old one, so the switch is easy "
           "to check"),
    start="the current report and how each of its figures is calculated",
    question="Should the new report match the current one exactly, or is the move a chance to change what it shows?",
    offer=("a copy of the current report and a recent extract of its data",
           "tell you which figures need a closer look before they move"))

# one measure to write or fix ("a DAX measure that ranks each rep", "fix a DAX formula"): no report to build
ONE_MEASURE = Case(
    when=r"\b(?:write|create|fix|correct|build|need|want)\w* (?:me |us )?(?:a |an |the |one |my |our )?(?:new )?"
         r"(?:dax )?(?:new )?(?:measures?|calculated columns?)\b|\bdax (?:problems?|issues?|errors?|formula (?:issues?|"
         r"problems?|errors?))\b|\b(?:solve|fix) (?:a |the |my |our )?dax\b",
    unless=r"\b(?:build|create|develop|design) (?:a |an |the |our |my )?(?:new |interactive |complete |full )?"
           r"(?:[\w-]+ ){0,2}(?:dashboards?|reports?)\b",
    steps=("look at the model and the tables the measure reads, and agree the exact result it should give on a few "
           "real rows",
           "write the measure and check it against those rows and the totals around it, in every filter the report "
           "uses",
           "explain it in plain words, so your team can reuse it in the other reports"),
    start="the model and the result the measure should give",
    question="Could you share a few rows with the result you expect, so the measure can be checked against them?",
    offer=("a copy of the report with a few rows of sample data", "send the measure back with a short note on how "
                                                                  "it works"))

# a report the client has, to improve ("revamp the existing dashboard", "we already have the report, it needs more")
EXISTING = Case(
    when=rf"\b(?:existing|current|attached) (?:power ?bi |tableau |looker studio )?{_REPORT}|\balready have "
         rf"(?:the |a |an |our )?(?:[\w-]+ ){{0,3}}{_REPORT}|\b(?:enhanc|improv|revamp|redesign|updat|modif|optimi[sz]|fix)"
         rf"\w* (?:the|our|my|this|these|existing|current) (?:[\w-]+ ){{0,2}}{_REPORT}",
    unless=r"\b(?:from scratch|brand[- ]new|new (?:[\w-]+ )?(?:dashboards?|reports?)|(?:build|create|develop|design)\w* "
           r"(?:a |an |the |our )?(?:[\w-]+ ){0,3}(?:dashboards?|reports?))\b",
    steps=("go through the current report, its data model and how your team uses it, and list what to keep, change "
           "and add",
           "make the changes on a copy, checking every figure against the current version before it replaces it",
           "publish the updated report and walk you through what changed"),
    start="the current report, its data model and how your team uses it",
    question="Which page or figure causes the most trouble today?",
    offer=("a copy of the current report file", "tell you what I would change first"))

# product analytics in an event tool ("set up PostHog funnels for our SaaS", "Mixpanel dashboards"): the events the app
# sends are the data, no sources to connect and no refresh to set up (pool readers: "the steps describe a generic BI
# build with refreshes, not PostHog funnels and insights")
PRODUCT_ANALYTICS = Case(
    when=r"\b(?:posthog|mixpanel|amplitude|heap analytics|pendo)\b",
    steps=("agree the few questions the dashboards must answer (activation, the main funnel, retention) and the "
           "event that marks each step",
           "add or fix the events those steps need, then build the funnels and retention views on them, with each "
           "step named the way your team talks about it",
           "walk your team through the dashboards and leave the tracking plan written down, so new features are "
           "tracked the same way"),
    start="the events the product sends today",
    question="Which funnel matters most to you, and is there a list of the events the product sends today?",
    offer=("read-only access to the analytics project", "tell you which views the data can already support"),
    topic_question=True)

# dashboards the client hands to its own clients, customers or sellers ("dashboards based on clients specific needs",
# "a dashboard that provides home sellers with insights"): not "the numbers you run the business on" for "your team"
# (tuning readers, 29th session: "it treats this as one dashboard for my own business")
_READERS = r"(?:clients?|customers?|users?|members?|sellers?|partners?|subscribers?|owners?|tenants?|patients?)"
FOR_OTHERS = Case(
    when=rf"\b(?:dashboards?|reports?|reporting|portals?|insights?) (?:[\w-]+ ){{0,5}}?(?:for|to) (?:our|my|their|each of "
         rf"our|each) (?:[\w-]+ )?{_READERS}\b|\bbased on (?:our |my |the |each )?(?:clients?|customers?)'?s?'? "
         rf"(?:specific )?needs\b|\bprovides? (?:[\w-]+ ){{0,2}}{_READERS} with\b|\b(?:client|customer)[- ]facing\b|"
         rf"\bwhite[- ]label(?:ed)?\b",
    steps=("agree who each dashboard is for and the few figures each reader needs, with the exact definition of each",
           "connect the sources and check the totals against the source systems before building any chart",
           "build the pages plainly enough for a reader with no data background, set up the refresh, and make sure "
           "each reader sees only their own data"),
    start="who each dashboard is for and what they need to see",
    question="Will every reader get their own view of the data, and how will they open it: a shared link, a login, "
             "or embedded in your site?",
    offer=("the figures each reader should see first", "tell you where each of them would come from"),
    need="You need dashboards[ in {bi}] that bring the data into one place and show each reader the numbers that "
         "matter to them, plainly enough for someone with no data background.",
    topic_question=True)  # a remark's own question (GA4 exports, a Power BI licence) still reads the post closer

DASHBOARD_CASES: tuple[Case, ...] = (CONVERT, ONE_MEASURE, EXISTING, PRODUCT_ANALYTICS, FOR_OTHERS)
