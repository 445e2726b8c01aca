"""Screening questions with a direct answer, or none a rule can give (found trying the product, third probe: 56
team-written posts, 106 questions, 29 answered well). ``offline_answers.answer_question`` asks here first:

- the applicant's own judgement ("What would you check first?", "Share your thoughts on our tagline", "Walk me
  through how you would debug …", "FastAPI vs Django for our case"): the reviewer's answer, never "I would rather
  answer this one precisely …" or a bank answer on a neighbouring topic;
- yes/no questions about the applicant's terms and circumstances (a BAA, insurance, a contract, languages, AI
  tools): "whether you …" for the reviewer, never "Yes." with a case study as its backing;
- "agency or individual?" from the profile; the price of a call of N hours from the hourly rate; the overlap with a
  named time zone from the profile's ``timezone``.

Everything here answers in the first person singular (``Voice.speak`` makes a team's letter plural)."""
from __future__ import annotations

import re
from collections.abc import Callable

from service.drafting.answer_bank import BANK
from service.drafting.answer_kinds import CAUSE_Q, OVERLAP_ASKED, profile_zone
from service.drafting.frames import sentence
from service.drafting.voice import is_team

_I = re.IGNORECASE
# everyday tools of the trade a workspace rarely lists (version control, trackers, chat): never disclaimed ("Git is not
# something we have used" for a senior dev team: sixth probe); a yes/no about them is the reviewer's
EVERYDAY = frozenset({"git", "github", "gitlab", "bitbucket", "jira", "slack", "trello", "asana", "notion", "zoom",
                      "google docs", "google drive", "vs code", "visual studio code", "loom", "confluence", "clickup"})
_EVERYDAY_NAMED = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(EVERYDAY, key=len, reverse=True)) + r")\b", re.I)
_USED = re.compile(r"(?:have|do|did) you (?:ever )?(?:use|used|work(?:ed)? with|know)\b", re.I)

PERSONAL = "[Your answer: a personal detail only you can give]"
# the applicant's own past work, or their own plan, that no workspace file answers: the reviewer writes it (an
# agreeing or deferring line would skip what was asked)
OWN_PLAN = "[Your answer: how you would do it, in two or three sentences]"
REFERENCES = "[Your references: a past client who agreed to be contacted, or a link to your reviews]"
ESTIMATE = "My estimate for the whole job: [Your estimate: how long it takes, from the work list]."  # the reviewer's figure
OWN_ANSWER = "[Your answer, in one or two sentences]"
OWN_VIEW_HOLDER = "[Your answer: your own view, in one or two sentences]"
OWN_CHECK_HOLDER = "[Your answer: what you would check first, and why]"

# the applicant's judgement on the client's case, which no workspace file holds
JUDGEMENT = re.compile(
    r"\bwhat (?:would|will|do) you (?:check|look at|inspect|investigate|test|try|change|fix|cut|remove|keep)\b|"
    r"\bwhat(?:'s|’s| is| are)? (?:wrong|missing|weak|confusing|broken) (?:with|in|about)\b|"
    r"\bwhat do you think\b|\byour (?:honest )?(?:thoughts|take|view|opinion|impression|first impression|gut feeling)\b|"
    r"\bwalk (?:me|us) through\b|\btalk (?:me|us) through\b|"
    r"\b(?:most common|biggest|main|first) (?:mistakes?|risks?|problems?|issues?|red flags?) (?:you|that you)\b|"
    r"\bwhich [\w ]{1,40}? (?:matters?|counts?) most\b|\b(?:in|with) one (?:sentence|line)\b|"
    r"\bhow accurate\b|"
    r"\bhow (?:would|will|do) you (?:debug|diagnose|troubleshoot|decide|figure out|find out|tell|know|reconcile)\b", _I)
_HOW_YOU = re.compile(r"\bhow you(?: would|'d|’d| will)\b", _I)
# a pick of the applicant's own words ("What subject line would you test first?"): never a bank answer on "test"
_OWN_WORDS = re.compile(r"\bwhat (?:subject lines?|headlines?|taglines?|names?|hooks?|opening lines?|ctas?|calls? to action) "
                        r"(?:would|will|do) you\b", _I)
_CHECK = re.compile(r"\b(?:check|look at|inspect|investigate) first\b|\bfirst thing you(?:'d|’d| would)? (?:check|look at)\b", _I)
# "FastAPI vs Django for our case": the two options, each up to three words
_VERSUS = re.compile(r"(?P<a>(?:[\w.+#/-]+ ){0,2}[\w.+#/-]+) (?:vs\.?|versus) (?P<b>[\w.+#/-]+(?: [A-Z0-9][\w.+#/-]*){0,2})", _I)
_SMALL = frozenset("on of about between for the a an our your my in with and or".split())

# the applicant's own terms and circumstances: never "Yes." from a workspace file that does not record them
TERMS = re.compile(r"\b(?:baa|business associate agreement|insurance|insured|liability|background checks?|w-?9|w-?8|"
                   r"tax (?:forms?|id)|vat|invoice|invoicing|contracts?|sla|retainer|languages?|speak|fluent|native "
                   r"speaker|citizen\w*|visa|work permit|ai tools?|use ai|chatgpt|copilot|jasper|claude|gpt|"
                   r"own (?:equipment|laptop|computer)|full-?time job|other clients|exclusive\w*|complian\w*|certified|"
                   r"licensed|bonded|clearance|weekends?|evenings?|nights?|holidays?)\b", _I)
_YESNO = re.compile(r"^(?P<aux>do|does|did|are|is|can|could|would|will|have|has)\s+(?P<who>you|your team)\s+(?P<rest>[^?]{3,120}?)\s*[?.]*\s*(?:\(.*)?$", _I)
# "Are you an agency or an individual?", "Is this a team or a solo freelancer?"
_SETUP = re.compile(r"\b(?:agency|team|company|firm|studio)\b[^?]{0,30}\b(?:or|vs\.?)\b[^?]{0,30}\b(?:individual|"
                    r"freelancer|solo|one person|yourself|on your own)\b|\b(?:individual|freelancer|solo)\b[^?]{0,30}\bor\b"
                    r"[^?]{0,30}\b(?:agency|team|company|firm)\b|\bwork alone\b|\bhow (?:big|large) is your team\b", _I)
# "What's your fixed price for a 1 hour call?", "what you'd charge for the hour"
_CALL = re.compile(r"\b(?:(?P<n>\d+(?:\.\d+)?|one|an?|two|half an?)[- ](?:hour|hr)s?(?:[- ]long)? (?:call|session|"
                   r"consultation|meeting|workshop)|(?:for|per) (?:the|an|one) (?:hour|call|session|consultation))\b", _I)
_THEIR_COST = re.compile(r"\b(?:licen[cs]\w*|cost implications?|(?:api|hosting|server|tool|software|platform|"
                         r"subscription|usage) (?:costs?|fees?|pricing))\b|\bcosts? (?:of|for) (?:the )?(?:api|hosting|"
                         r"licen[cs]\w*|tools?|software|platform|subscriptions?)\b", _I)
_PRICE = re.compile(r"\b(?:price|charge|cost|fee|rate|quote)\b", _I)
_NUMBERS = {"one": 1.0, "a": 1.0, "an": 1.0, "two": 2.0, "half a": 0.5, "half an": 0.5}
# "what's your overlap with CET?", "how much overlap do you have with EST (9am-1pm)?"
_OVERLAP = re.compile(r"\boverlap\w* (?:with|in|during) (?P<zone>[A-Z]{2,4}\b|(?:US )?(?:Eastern|Pacific|Central|"
                      r"Mountain)|UK|London|Europe\w*|CET|GMT|UTC[+-]?\d*)", _I)


def _option(words: list[str]) -> str:
    """The name at the end (``tail``) or the start of a few words: "your thoughts on Power BI" -> "Power BI"."""
    out: list[str] = []
    for w in reversed(words):
        if w.lower() in _SMALL or (out and not (w[:1].isupper() or any(c.isdigit() for c in w))):
            break
        out.insert(0, w)
    return " ".join(out)


# "Sanity or Contentful, which would you pick and why", "Do you prefer Prophet or ARIMA for this?": the two options
_EITHER = re.compile(r"(?:^|,\s*|\b(?:use|prefer|pick|choose|recommend|go with|suggest)\s+)(?P<a>[A-Z][\w.+#/-]*(?: [A-Z0-9][\w.+#/-]*)?"
                     r"|raw SQL|plain \w+|\w+ code) or (?P<b>[A-Z][\w.+#/-]*(?: [A-Z0-9][\w.+#/-]*)?|raw SQL|plain \w+|"
                     r"\w+ code)\b")
_PICK = re.compile(r"\b(?:which|what) (?:(?:one|option|tool|way|approach) )?(?:would|will|do|should) you (?:pick|choose|use|"
                   r"prefer|recommend|go with)\b|^(?:do|would|will) you (?:use|prefer|pick|choose|recommend|go with)\b", _I)


def _versus(question: str) -> str:
    if _PICK.search(question) and (e := _EITHER.search(question)):
        return f"[Your answer: {e.group('a')} or {e.group('b')} for this, and why]"
    if not (m := _VERSUS.search(question)):
        return ""
    a, b = _option(m.group("a").split()), " ".join(w for w in m.group("b").split() if w.lower() not in _SMALL)
    return f"[Your answer: {a} or {b} for this, and why]" if a and b else ""


def whether(question: str) -> str:
    """ "Will you sign a BAA?" -> "[Your answer: whether you will sign a BAA]"."""
    m = _YESNO.match(question.strip())
    if not m:
        return "[Your answer: yes or no, in a sentence]"
    aux, rest = m.group("aux").lower(), m.group("rest").strip().rstrip("?.")
    verb = "" if aux in ("do", "does", "did") else f"{'are' if aux in ('are', 'is') else aux} "
    rest = re.sub(r",? or (?:do|are|will|would|can|did|have) you ", ", or ", rest, flags=_I)  # "… or do you work …"
    return f"[Your answer: whether you {verb}{rest}]"


def _setup(profile: dict) -> str:
    """Agency or individual, from the profile: its overview's first sentence."""
    first = re.split(r"(?<=[.!?])\s+", (profile.get("overview") or profile.get("headline") or "").strip())[0].rstrip(".")
    if is_team(profile):
        return sentence(f"A small team. {first}") if first else "A small team."
    return sentence(f"I work on my own. {first}") if first else "I work on my own."


def _call_price(question: str, rate: float | None) -> str:
    if not rate or not _PRICE.search(question) or not (m := _CALL.search(question)):
        return ""
    raw = (m.group("n") or "one").lower()
    hours = _NUMBERS.get(raw) or float(raw)
    total = rate * hours
    return (f"My rate is ${rate:g} per hour, so a call of {hours:g} hour{'s' if hours != 1 else ''} is ${total:g}."
            if hours != 1 else f"My rate is ${rate:g} per hour, so a one-hour call is ${total:g}.")


# "Are you comfortable working in Eastern time hours", "daily standups at 9am EST?": the profile's zone, and the reviewer's
# word on a clock time it does not settle
_ZONE_WORDS = re.compile(r"\b(?:eastern|pacific|central|mountain|est|edt|et|pst|pdt|pt|cst|cet|gmt|bst|utc|uk|us) "
                         r"(?:time|hours|business hours|mornings?|afternoons?)\b|\b\d{1,2}(?::\d\d)? ?(?:am|pm) "
                         r"(?:est|edt|et|pst|pdt|pt|cst|cet|gmt|bst|uk|utc)\b|\b(?:est|pst|cet|gmt) hours\b", _I)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\b(?:evening|night|morning)s?\b", _I)


def _zone_fit(question: str, profile: dict) -> str:
    zone = profile_zone(profile)
    if not zone or not _ZONE_WORDS.search(question) or not _YESNO.match(question.strip()):
        return ""
    return sentence(f"My time zone is {zone}") + (f" {whether(question)}" if _CLOCK.search(question) else "")


def _overlap(question: str, profile: dict) -> str:
    zone = profile_zone(profile)
    if not zone or not (m := _OVERLAP.search(question)):
        return ""
    asked = m.group("zone")
    same = re.search(rf"\b{re.escape(asked)}\b", zone, _I)
    return sentence(f"My time zone is {zone}") + (" That is your time zone as well, so my working day is yours." if same
                                                  and len(asked) <= 4 else "")


# "Do you use AI to write your proposals?": the applicant's own practice, then how any draft is checked
_AI_USE = re.compile(r"^(?:do|did|will|would) you (?:ever )?(?:use|rely on|work with) (?:any )?(?:ai|a\.i\.|chat ?gpt|gpt|claude|"
                     r"copilot|jasper|gemini|llms?|generative ai|ai (?:tools?|writers?|assistants?))\b", _I)
_REVIEWED = next(entry.answer for entry in BANK if entry.id == "ai_tools")
# "Where are you based?": a place no workspace file records (the time zone is another thing)
_WHERE = re.compile(r"^where are you (?:based|located|from)\b|\bwhere (?:are you|you are) (?:based|located)\b", _I)


_GENERIC_Q = frozenset("part process parts work working usually always also normally ever before this that your with "
                       "what have does when would could will should were".split())


def _from_overview(question: str, profile: dict) -> str:
    """A yes/no question whose every content word a sentence of the profile's overview says ("Do you interview customers
    as part of your process?" -> "… always from customer interviews"): that sentence, as the answer."""
    if not _YESNO.match(question.strip()) or TERMS.search(question) or re.search(r"\bor\b", question):  # either/or
        return ""
    words = [w[:4] for w in re.findall(r"[a-z]{4,}", question.lower()) if w not in _GENERIC_Q]
    if len(words) < 2:
        return ""
    for line in re.split(r"(?<=[.!?])\s+", profile.get("overview") or ""):
        have = {w[:4] for w in re.findall(r"[a-z]{4,}", line.lower())}
        if all(w in have for w in words):
            return f"Yes. {sentence(line.strip())}"
    return ""


def direct_answer(question: str, profile: dict, *, bank_fits: bool, in_our_work: Callable[[], bool]) -> str:
    """The answer, or "" when the question is not one of these. ``bank_fits``: a know-how answer matches the question
    narrowly (not a broad one); ``in_our_work()``: the question names a tool or a kind of work the workspace does
    (asked only for a question about the applicant's terms: it classifies the question's kind of work)."""
    q = re.sub(r"^(?:say |tell (?:me|us) )?whether you\b", "do you", question.strip(), flags=_I)  # "whether you work with …"
    if _SETUP.search(q):
        return _setup(profile)
    if _AI_USE.match(q):
        return f"[Your answer: whether you use AI tools, and for what]. {_REVIEWED}"
    if _WHERE.search(q):
        also = f", and your overlap with {m.group('what').strip()}" if (m := OVERLAP_ASKED.search(q)) else ""
        return f"[Your answer: where you are based{also}]"
    if price := _call_price(q, profile.get("hourly_rate")):
        return price
    if _THEIR_COST.search(q):  # "Any licensing or cost implications for API access?": not our rate (sixth probe)
        return OWN_VIEW_HOLDER
    if overlap := _overlap(q, profile) or _zone_fit(q, profile):
        return overlap
    if holder := _versus(q):
        return holder
    if said := _from_overview(q, profile):
        return said
    if _CHECK.search(q):
        return OWN_CHECK_HOLDER
    if _OWN_WORDS.search(q):
        return OWN_VIEW_HOLDER
    if JUDGEMENT.search(q) and not bank_fits and not CAUSE_Q.search(q) and not _HOW_YOU.search(q):
        return OWN_VIEW_HOLDER  # (the likely cause has its own placeholder; "how you would …" is a plan, OWN_PLAN)
    if _USED.match(q) and _EVERYDAY_NAMED.search(q):  # "Have you used Jira?"
        return whether(q)
    if _YESNO.match(q) and TERMS.search(q) and not in_our_work():
        return whether(q)
    return ""

