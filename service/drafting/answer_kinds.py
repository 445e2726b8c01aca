"""Screening answers that name what the question asks. Blind readers marked down answers that answer nothing: "keep
your existing setup" under "which stack would you use?", the stock steps of a kind of work under "how would you
approach X?" with X never named, and "not on a project exactly like this one" with nothing closer offered.

- ``subject``: what a question asks about, in the client's terms turned to "your" ("the GUI and the scraping engine").
- ``stack_answer``: the tools the post names that the workspace lists, else none, and the usual way the kind of work
  is built, stated as a proposal (no tool named here: each sentence is true for any post of the kind).
- ``closest_experience``: "not X itself; the closest is …" from the profile's years and the post's tools we list.
- ``with_subject``: "For X, I would …" in front of an answer that starts with "I".
Used by ``offline_answers``."""
from __future__ import annotations

import re

from service.drafting.frames import be, join_and, sentence

# how each kind of work is usually built: the principle the stack follows, tool-free, as a proposal
STACK_WAY = {
    "scraping": "plain requests and a page parser for pages that serve their content directly, a headless browser "
                "only for the pages that need one, and results stored in a small database with a check on every run",
    "dashboard": "one cleaned table per subject loaded on a schedule, the measures defined once in the data model, "
                 "and report pages that read only from that model rather than from the source systems",
    "pipeline": "scheduled jobs that land the raw data first, transformations kept as versioned code, and "
                "checks on counts and totals at every step",
    "database": "a relational database with the rules enforced in the schema, versioned migrations, and indexes chosen "
                "from the real queries",
    "import": "a small script per source that validates each row before it is written, with a log of what was "
              "rejected and why",
    "ai": "a hosted language model behind a thin service of my own, your own data retrieved for each answer, and a "
          "set of real test questions run after every change",
    "ml": "a scripted pipeline from raw data to model, a hold-out set the model never sees in training, and a simple "
          "baseline it has to beat",
    "analysis": "a scripted analysis that re-runs from the raw data, so every figure can be traced and refreshed",
    "spreadsheet": "structured tables and named formulas for what your team edits by hand, and a script only for the "
                   "steps that repeat",
    "automation": "an automation platform for the simple steps someone on your side should be able to change, and a "
                  "small script for logic the platform cannot express, with every failed run logged and alerted",
    "api": "a small typed service with input validation, retries and logging on every outside call, and tests "
           "against recorded responses",
    "webapp": "a typed back end over a relational database, a component-based front end, and automatic deploys to a "
              "staging copy before production",
    "mobile": "one shared code base for both platforms unless a feature needs native code, with a test build for you "
              "to try before each store release",
    "website": "the platform your team can edit without a developer, a child theme or template for the custom parts, "
               "and a staging copy for changes",
    "store": "the store platform's own theme and apps where they cover the need, and custom code only where they "
             "do not, tested on a duplicate theme",
    "theme": "a duplicate of the live theme for every change, with custom sections your team can edit in the editor",
}
GENERAL_WAY = ("the simplest tools that do the job reliably, chosen for what the work has to do and for who "
               "maintains it after me")

_GERUND = {"design": "designing", "build": "building", "handle": "handling", "implement": "implementing",
           "structure": "structuring", "set up": "setting up", "tackle": "tackling", "create": "creating",
           "develop": "developing", "integrate": "integrating", "automate": "automating", "scrape": "scraping",
           "migrate": "migrating", "organize": "organizing", "organise": "organising", "manage": "managing"}
_SUBJECT = (
    re.compile(r"\b(?:use|pick|choose|recommend|prefer|suggest)\s+(?:\w+\s+)?for\s+(?P<s>.+)", re.IGNORECASE),
    re.compile(r"\bapproach(?:ing)?\s+(?P<s>(?!this\b|it\b|the (?:project|job|work)\b).+)", re.IGNORECASE),
    re.compile(r"\bhow (?:would|will|do|did) you\s+(?P<v>" + "|".join(_GERUND) + r")\s+(?P<s>.+)", re.IGNORECASE),
)
_PRONOUNS = {"our": "your", "ours": "yours", "us": "you", "we": "you", "my": "your", "me": "you", "i": "you"}
_VAGUE = re.compile(r"^(?:this|it|that|the (?:project|job|work|task)|this (?:project|job|work|task))$", re.IGNORECASE)


def subject(question: str) -> str:
    """What the question asks about, in its own words with "our" turned to "your" ('' when it names nothing
    specific or is too long to repeat)."""
    for pat in _SUBJECT:
        if not (m := pat.search(question)):
            continue
        s = re.split(r"\?|,|;|:|\(| and why\b| and at which\b| step by step\b", m.group("s"))[0]
        s = re.sub(r"^(?:to|for|on)\s+", "", s.replace("*", "")).strip(" .")
        if m.groupdict().get("v"):
            s = f"{_GERUND[m.group('v').lower()]} {s}"
        s = " ".join(_PRONOUNS.get(w.lower(), w) for w in s.split())
        if s and not _VAGUE.match(s) and 1 <= len(s.split()) <= 10 and not re.search(r"[\"“”\[\]]", s):
            return s
    return ""


def with_subject(answer: str, question: str) -> str:
    """"For X, I would …": the answer names what was asked (unchanged when it does already or does not open with "I")."""
    s = subject(question)
    if not s or not answer.startswith("I ") or s.lower() in answer.lower():
        return answer
    return f"For {s}, {answer}"


# a kind of work, not a tool ("Data Analysis", "ETL"): not something to "build on"
_PRACTICE = re.compile(r"\b(?:analysis|analytics|cleaning|visuali[sz]ation|engineering|science|learning|development|"
                       r"design|scraping|automation|research|etl|elt|model(?:l)?ing|marketing|writing|seo|entry|"
                       r"management|integration|reporting)\b", re.IGNORECASE)


def stack_answer(question: str, kind_id: str, tools: list[str]) -> str:
    """Which stack or tools: the post's tools that the workspace lists, and the kind's usual way of building it, as a
    proposal; what is left open is named with when it is settled. First person singular."""
    s = subject(question)
    lead = f"For {s}, I" if s else "I"
    way = STACK_WAY.get(kind_id, GENERAL_WAY)
    tools = [t for t in tools if not _PRACTICE.search(t)][:4]
    if tools:
        out = (f"{lead} would build on {join_and(tools)}, which your post names and which {be(tools)} part of my "
               f"everyday work. Around {'them' if len(tools) > 1 else 'it'}, I would propose {way}.")
    else:
        out = f"{lead} would propose {way}."
    return out + (" I would name every other tool in the written plan for the first milestone, with the reason "
                  "for each choice, so you can question it before any code is written.")


def closest_experience(profile: dict, tools: list[str]) -> str:
    """Experience the question asks about that no case study shows: say so, and name the closest real thing."""
    years = profile.get("years_experience")
    if tools and years:
        closest = f"{years} years of everyday work with {join_and(tools[:3])}"
    elif years and profile.get("headline"):
        closest = f"{years} years of the work my profile describes ({profile['headline'].rstrip('.')})"
    elif tools:
        closest = f"everyday work with {join_and(tools[:3])}"
    else:
        return "Not on a project exactly like this one, and I would rather say so than stretch a different one to fit."
    return sentence(f"Not on a project exactly like this one; the closest is {closest}") + \
        " I can walk you through how that work compares with yours on a call."


# pay asked for by a period the profile does not price, or as a salary ("your expected monthly salary", "weekly
# rate"): tuning readers read an hourly figure given instead as not answering (a salaried role, a weekly contract)
_PAY_PERIOD = re.compile(r"\b(?:(?:daily|weekly|monthly|annual|yearly) (?:rate|fee|salary|pay|compensation|budget)|"
                         r"salary(?: expectations?| requirements?)?|expected (?:salary|compensation))\b", re.IGNORECASE)


def pay_period(text: str) -> str:
    """The pay the text asks for when it is not a plain (hourly) rate, in its own words ("monthly salary"), else ""."""
    m = _PAY_PERIOD.search(text or "")
    return m.group(0).lower() if m else ""


# a price asked per piece of work, not by the hour ("rate per word", "per article", "price for the 5 emails"): found
# trying the product, where each got "$85 per hour"
_PER_UNIT = re.compile(r"\bper (?:word|article|post|blog|page|issue|email|case study|video|piece|deliverable|project|"
                       r"landing page|newsletter|description)\b|\bfor (?:(?:the|all|these|this)(?: \d+| two| three| four| five)?|\d+|two|"
                       r"three|four|five|six|eight|ten|twelve) "
                       r"(?:emails?|articles?|posts?|pages?|case stud(?:y|ies)|videos?|descriptions?|newsletters?|issues?)\b",
                       re.IGNORECASE)
_FIXED = re.compile(r"\b(?:fixed[- ](?:price|quote|fee|cost|bid)|flat (?:fee|rate|price)|total (?:price|cost|quote)|"
                    r"(?:price|quote|cost) for (?:this|the (?:whole |full |entire )?(?:job|project|work|task|build)))\b", re.IGNORECASE)
_TIME_TOO = re.compile(r"\b(?:tiempo|d[ée]lai|delivery|turnaround|how long|timeline|time ?frame|deadline|dates?)\b",
                       re.IGNORECASE)


def rate_answer(question: str, rate: float | None) -> str:
    """The answer to a question about price: the profile's hourly rate and how a fixed price would be quoted (and the
    delivery time when it asks for both), or a placeholder for pay asked by another period or as a salary."""
    if per := pay_period(question):  # "your expected monthly salary" is no hourly figure
        return f"My {per}: [Your {per}]."
    if unit := _PER_UNIT.search(question):  # "rate per word", "price for the 5 emails": the reviewer's figure, with the rate
        hourly = f" For reference, my hourly rate is ${rate:g}." if rate else ""
        return f"My price {unit.group(0).lower()}: [Your price {unit.group(0).lower()}].{hourly}"
    if _FIXED.search(question):  # "What's your fixed price for this?": a figure, the reviewer's to give
        hourly = f" For reference, my hourly rate is ${rate:g}." if rate else ""
        return f"My fixed price for this job: [Your fixed price, from the work list].{hourly}"
    base = f"My rate is ${rate:g} per hour." if rate else "I quote per milestone rather than by the hour."
    base += " For a fixed price, I would quote once the first milestone is scoped, so the number is real."
    if _TIME_TOO.search(question):  # "what is the price and the delivery time?": both halves answered
        base += (" For the delivery time, I would date each milestone from the work list once the first one is "
                 "scoped, and confirm the whole timeline with the quote.")
    return base


# any other choice asked for ("Which visuals would you use for regional comparison?"): the applicant's own pick, for
# the reviewer, never "I would rather answer this one precisely …" (found trying the product)
ANY_PICK = re.compile(r"^(?:which|what) (?!(?:would|will|do|should|could|can)\b)(?P<thing>[a-z][\w/+-]*(?: (?!would\b|will\b|do\b|should\b)[a-z][\w/+-]*)?) (?:(?P<aux>would|will|do|should) you|"
                      r"you(?:'d|’d| would)?) (?P<verb>use|recommend|choose|pick|suggest)\b", re.IGNORECASE)
# when the applicant can start, their time zone, the likely cause of a fault: facts and judgements only the applicant
# (or the profile's ``availability`` and ``timezone``) can give, never "once I have seen your setup" (found trying)
START_Q = re.compile(r"\b(?:are you available(?= to start| now| immediately| this week| next week| soon| right away| today| tomorrow|\s*\?|\s*$)|when (?:can|could|would) you (?:start|begin)|when you (?:can|could) (?:start|begin)|how soon|(?:start|begin) (?:date|now|today|"
                     r"immediately|right away|asap|within|this week)|can you (?:start|begin)|availability(?! (?:in|during|for) "
                     r"(?:\w+ )?(?:hours|time))|available to start|how many hours (?:per|a|each) week (?:can|could|would|do) you)\b",
                     re.IGNORECASE)
INDUSTRY_Q = re.compile(r"^(?:what|which) (?:industries|sectors|verticals|niches)\b|\bindustries (?:have you|do you)\b",
                        re.IGNORECASE)
# "How many landing pages have you written for SaaS?": a count only the applicant knows (the reviewer's)
COUNT_Q = re.compile(r"^how many (?:[\w-]+ ){1,5}(?:have|did) you (?:\w+ )?(?:built|written|done|made|created|delivered|"
                     r"designed|developed|launched|run|managed|migrated|analy[sz]ed|cleaned|completed|worked on)\b",
                     re.IGNORECASE)
ZONE_Q = re.compile(r"\b(?:what|which) time ?zone\b|\byour time ?zone\b|^(?:what|which) is your (?:time ?zone|location)|"
                    r"^where are you (?:based|located)\b", re.IGNORECASE)
# a choice between two named options ("Would you use theme app extensions or edit Liquid directly?", "pandas or R?")
_NOT_AN_OPTION = r"(?!not\b|other|anything|something|similar|equivalent|more\b|less\b|both\b|either\b)"
CHOICE_Q = re.compile(r"^(?:(?:would|will|do|should) you (?:rather |prefer(?: to)? |use |go with |pick |choose |recommend )"
                      rf"(?:use )?[^?]{{2,60}}? or {_NOT_AN_OPTION}[^?]{{2,60}}|(?!.*\byou\b)[\w.+/#-]+(?: [\w.+/#-]+){{0,3}},? or "
                      rf"{_NOT_AN_OPTION}[\w.+/#-]+(?: [\w.+/#-]+){{0,3}})\s*\?$", re.IGNORECASE)
CAUSE_Q = re.compile(r"\bwhat (?:do )?you think (?:might |could |may |would )?(?:be )?caus\w*|\b(?:the )?likely cause\b|"
                     r"\bwhat (?:might|could|may) (?:be )?caus\w*", re.IGNORECASE)


# the hours of overlap asked for ("how much overlap do you have with EST (9am-1pm)?"), in the client's words
OVERLAP_ASKED = re.compile(r"\boverlap\w*(?: (?!with\b)[\w']+){0,4}? (?:with|in|during) (?P<what>[^?,;]{2,40})", re.IGNORECASE)


def profile_zone(profile: dict) -> str:
    """The profile's time zone, as a sentence can end on it ("" when it has none)."""
    return (profile.get("timezone") or "").strip().rstrip(".")


def profile_answer(question: str, profile: dict) -> str:
    """The start, the time zone or the likely cause from the profile when it says, else the reviewer's placeholder;
    "" when the question asks none of these."""
    if CAUSE_Q.search(question):
        return "[Your answer: the likely cause, from what the post describes]"
    if INDUSTRY_Q.search(question) and (industries := profile.get("industries") or []):
        return sentence(f"Mostly {join_and(list(industries))}")
    if ZONE_Q.search(question):
        zone = profile_zone(profile)
        if zone:
            return sentence(f"My time zone is {zone}")
        also = OVERLAP_ASKED.search(question)
        return f"[Your answer: your time zone{', and your overlap with ' + also.group('what').strip() if also else ''}]"
    if START_Q.search(question) and not re.search(r"\bhow long\b", question, re.IGNORECASE):
        free = (profile.get("availability") or "").strip().rstrip(".")
        return sentence(f"My availability: {free}") if free else "[Your answer: when you can start, and your hours a week]"
    return ""
# a licence or an account the applicant holds ("Do you have Power BI Pro?"): no workspace file records it
OWNED = re.compile(r"^(?:do|does) (?:you|your team) (?:have|own|hold|pay for) (?P<what>(?!experience|knowledge|skills?|"
                   r"expertise|familiarity)(?:an? |your own )?[^?]{2,50}?\b(?:licen[cs]es?|subscriptions?|accounts?|pro|"
                   r"premium|seats?|paid (?:plan|version|tier))\b[^?]{0,40}?)\s*\??\s*$", re.IGNORECASE)


# what a screening question asks for, first match wins (``question_kind``); one table for the answers and the
# client's asks (``client_asks``)
QUESTION_KINDS = [
    ("stack", r"\b(which|what)\b[^?]{0,30}\b(tools?|stack|technolog(y|ies)|frameworks?|librar(y|ies)|languages?|"
              r"platforms?|software)\b(?! (have|did) you)|\byour (?:team(?:'s|’s)? )?(?:tech(?:nology)? )?stack\b"),
    ("rate", r"\b((?<!frame )(?<!heart )(?<!conversion )(?<!bounce )(?<!error )(?<!churn )(?<!exchange )"
             r"(?<!refresh )(?<!success )(?<!reply )(?<!open )(?<!click )(?<!response )(?<!retention )rate(?![- ]?limit)|price|pricing|cost|quote|charge|budget|fee|salary|compensation|precio|prix|preis|tarifa)\b"),
    ("hours", r"\b(time ?zones?|us hours|est|pst|cet|working hours|overlap|available to work)\b"),
    ("timeline", r"\b(how long|timelines?|time ?frames?|deadline|when can you|start date|availability|available|"
                 r"hours per week|turnaround|deliver by|eta)\b"),
    ("references", r"\b(references?|testimonials?|referees?)\b"),
    ("examples", r"\b(portfolio|example|examples|samples?|links?|past work|previous work|similar (project|work)|(?:most )?proud of|similar (?:[\w-]+ ){1,3}?(?:you(?:'ve|’ve| have)? )?(?:built|made|created|delivered|designed|developed)|"
                 r"case stud(y|ies)|show us|share (?:your |a |some |any )?(?:portfolio|work|examples?|links?|samples?|"
                 r"projects?|case))\b"),
    ("years", r"\b(how many years|years of experience|years of [\w.]+ experience|years (?:with|using)|how much experience|"
              r"how experienced)\b"),
    ("approach", r"\b(what (?:will|would) you do|what (?:will|would) you (?:focus on|prioriti[sz]e|tackle|start with|do first)|how would you|how will you|how you would|how you['’]d|how you will|approach|plan|strategy|"
                 r"process|steps|methodology|how do you|how can you|ensure)\b"),
    ("confirm", r"^(?:please )?confirm(?:ation)?\b"),
    ("personal", r"\b(certif\w+|what (?:interests|excites|attracts) you|why (?:do you want|are you interested)|country|city|where are you|located|location|based in|residence|favou?rite|smell|colou?r|hobby|enjoy|"
                 r"hobbies|age|gender|nationality|native language|your name|full name|linkedin|your phone|"
                 r"looking for in (?:your|a|the) (?:next )?(?:position|role|job|career)|your career goals?|"
                 r"where do you see yourself)\b"),
    ("yesno", r"^(do|does|are|is|can|could|would|will|have|has|whether you)\b"),
    ("experience", r"\b(have you|has anyone|do you have|experience (with|in)|worked (with|on)|familiar|used|dealt with|"
                   r"done (this|that|something|anything) (similar|like))\b"),
]


def question_kind(question: str) -> str:
    q = question.lower()
    return next((kind for kind, pattern in QUESTION_KINDS if re.search(pattern, q)), "other")
