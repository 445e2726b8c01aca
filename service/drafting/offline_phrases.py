"""Phrase banks for the offline drafter: the workspace's kinds of work (``domains_of``), the next step and call to
action by job type, upsell lines for contract messages. No numbers, names or technologies live here: those come
from the post, the profile and the proof library only (what a letter says about each kind of work is in
``kind_table``)."""
from __future__ import annotations

import re

SHOP = frozenset({"shopify", "liquid", "woocommerce", "stripe", "bigcommerce", "magento"})
DATA = frozenset({"sql", "excel", "microsoft excel", "power bi", "microsoft power bi", "tableau", "looker studio",
                  "data analysis", "data visualization", "pandas", "statistics", "etl", "google sheets", "dashboard",
                  "data cleaning"})
COPY = frozenset({"copywriting", "b2b copywriting", "content writing", "email copywriting", "landing page copy",
                  "case studies", "white papers", "seo writing", "messaging", "editing"})


def domains_of(skills: list[str]) -> frozenset:
    """The kinds of work a workspace does, from its service line's and profile's skills."""
    low = {s.lower() for s in skills}
    out = set()
    if low & SHOP:
        out.add("shop")
    if low & DATA:
        out.add("data")
    if low & COPY:
        out.add("copy")
    if low - SHOP - DATA - COPY:
        out.add("dev")
    return frozenset(out or {"dev"})


def domains_for(ws: dict, line: dict) -> frozenset:
    """The kinds of work of a workspace's service line: its skills and the profile's (``domains_of``)."""
    return domains_of(list(line.get("skills") or []) + list(ws["profile"].get("skills") or []))


# next step and call to action by job type (see job_type.py)
FIX_STEPS = ("The first thing I would check is {check}, and I can start as soon as you share access.",
             "I would begin with {check}, then make the fix on a copy and show it to you before it goes live.")
FIX_CTAS = ("Could you share access and the exact steps that trigger the problem?",
            "Can you send access and a screenshot of the error, so I can start on it?")
# a list of bugs: the list comes first, not one failure's logs or "the exact steps that trigger the problem"
FIX_LIST_STEP = "The first thing I would look at is the list of bugs, and I can start as soon as you share access to the code."
# a fix for something slow or late, with no error named ("messages arrive minutes late"): no "failing call", no
# "screenshot of the error" (a sentence audit marked both untrue)
SLOW_WORDS = re.compile(r"\b(?:slow\w*|delay\w*|lag\w*|latency|takes? (?:too )?long|late|performance|timeouts?|"
                        r"timing out|hangs?|freez\w*)\b", re.IGNORECASE)
ERROR_WORDS = re.compile(r"\b(?:errors?|fail\w*|crash\w*|broken|break\w*|bugs?|exceptions?|not working|doesn.t work|"
                         r"stopped working|500|404)\b", re.IGNORECASE)
SLOW_CHECK = "where the time goes, measured step by step on a copy"
SLOW_CTA = "Could you share access and an example of when it is slow, so I can start on it?"
# the next step already proposes the call: the call to action asks only when, never for a second call
ROLE_CTAS = ("When would suit you this week?", "Which day this week works best for you?")
CONSULT_STEP = "I would suggest we start with a call to go through your questions."  # the steps promise the summary
CONSULT_CTAS = ("Which days this week work best for you?", "Shall I suggest two or three times?")
PROJECT_CTAS = ("Would that work for you this week?", "Are you free for that in the next couple of days?")
# the post asks for the work fast (constraints.rush_words): start now with what would be checked first; no call
# "in the next couple of days", no "this week"
RUSH_STEPS = ("I can start now, and the first thing I would look at is {check}.",
              "I can start as soon as you reply, beginning with {check}.")
RUSH_START = "I can start as soon as you reply, with the first step above."  # the plan's first step already names it
# what the client already has, never "access and the files" as if they existed (tuning readers on a spreadsheet to
# be built from scratch: "there are no files to share")
RUSH_CTAS = ("Could you send what you already have (access, files or examples) now, so I can begin?",
             "If you send what you already have (access, files or examples), I will begin straight away.")
ROLE_RUSH = ("I can start right away; a short call today or tomorrow to agree the weekly hours and your first priorities "
             "is all I need to begin.")
ROLE_RUSH_CTAS = ("What time suits you today or tomorrow?", "When could we speak today or tomorrow?")
ROLE_STEP = "I would suggest a short call to agree the weekly hours and your first priorities."
# the post sets the hours ("20 hours a week", "8am-12pm UK time"): they are confirmed, not agreed
ROLE_SET_HOURS_STEP = "I would suggest a short call to go through your first priorities."
# an employment-style role (full-time, salaried, hybrid, "join our team"): a role application's next step, not a
# freelance gig's weekly hours; no start date is claimed (``role_shape``)
JOB_STEP = "I would welcome an interview about the role, and can confirm then when I could start."
JOB_RUSH = "I can make time for an interview today or tomorrow, and confirm then when I could start."
# a consultation whose result is written (a report, "written consultation (2-4 pages)"): the document is the work
CONSULT_WRITTEN_STEP = ("I can start as soon as you confirm, and send you the write-up to review, with a round of changes if "
                        "anything needs another pass")
CONSULT_WRITTEN_CTAS = ("Would that work for you?", "Shall I start on it?")

UPSELLS = {
    "web-app": "usage tracking and a short round of UX fixes on the screens we shipped",
    "api-backend": "monitoring and alerting on the new endpoints, so failures reach you before your users do",
    "shopify": "conversion testing on the pages we rebuilt",
}
UPSELL_DEFAULT = "a small monthly maintenance block for what we delivered"


def pick(options: tuple[str, ...] | list[str], seed: int, salt: int = 0) -> str:
    return options[(seed // (7 ** salt + salt)) % len(options)] if options else ""
SEND_CTAS = ("A reply here will do.", "A reply here is enough.")  # an offer to send something is the ask: no meeting
