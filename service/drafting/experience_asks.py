"""What the post body asks the applicant to say about their own experience or approach ("Please confirm you have
experience bypassing CAPTCHAs", "Tell us about your experience with Klaviyo flows", "Have you built a Chrome extension
before?", "Describe a similar project you have done", "Explain how you would approach the migration"). Written in the
body, not as Upwork screening questions, these were ignored: a client discards a letter that skips them.

Each ask gets one sentence, truthfully: from the workspace when it really covers what was asked (a tool of the
profile that is the whole subject, or a proof item that names every content word of it), else what was asked as a
verbatim quote and a "[Your answer: …]" placeholder (lint refuses it, so the reviewer must fill it in). "How would you
approach X" points at the letter's own steps only when a step names X's content words; else a placeholder.
A requirement ("experience with Shopify is required", "you must have experience in X") is no ask: it is neither
a request to confirm nor a question, and the letter's proof and skills already speak to it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from service.drafting.frames import sentence
from service.drafting.instructions import (
    _lines_and_sentences,  # one sentence splitter for every client ask
    apply_list_items,
)

_X = r"(?P<x>(?:[^.!?\n;]|\.(?=\w)){3,110}?)"  # "Circle.so" is one name
_END = (r"(?=\s*(?:[!?;\n]|\.(?!\w)|$|,? (?:and (?:any|your|a|an|the|why|what|how|examples?|links?|samples?|portfolio|share|"
        r"send|include)|as well as|so|as|because|if|please|then|before sending|in your)\b))")
_V = (r"(?:tell(?:ing)? (?:us|me)(?: (?:a bit |briefly |more )?about)?|describ(?:e|ing)|shar(?:e|ing)|outlin(?:e|ing)|"
      r"explain(?:ing)?|mention(?:ing)?|detail(?:ing)?|highlight(?:ing)?|summari[sz](?:e|ing)|include|provide|"
      r"let (?:us|me) know(?: about)?|walk (?:us|me) through|write)(?: briefly)?,?")
_EXP = r"experiences? (?:with|in|using|on|of|doing|building|working|developing|deploying|creating|managing|handling)"
# (wording, pattern): the group "q" is what the letter quotes, "x" is the subject of the ask
WORDINGS = (
    ("confirm", re.compile(rf"\bconfirm (?:that )?(?:you |if you |whether you )?(?P<q>(?:have|'ve|’ve|possess) (?:\w+ )?"
                           rf"experience (?:with |in |on |using |doing |of )?{_X}){_END}", re.IGNORECASE)),
    ("what_is", re.compile(rf"\b(?:what(?:'s|’s| is| are) your (?:\w+ )?{_EXP}|what (?:\w+ )?experience (?:do )?you "
                           rf"have (?:with|in|using|on|of)|do you have (?:any )?(?:\w+ )?experience (?:with|in|using|on|of)"
                           rf") (?P<q>{_X})(?=\s*(?:\?|\.(?!\w)|[!;\n]|$))", re.IGNORECASE)),
    ("tell", re.compile(rf"\b{_V} (?P<q>(?:your|any) (?:\w+ )?(?:relevant |prior |previous |past |recent |hands-on )?"
                        rf"{_EXP} {_X}){_END}", re.IGNORECASE)),
    ("have_you", re.compile(r"\b(?P<q>have you (?:ever |already |previously )?(?:done|built|worked (?:with|on)|used|"
                            r"created|developed|implemented|handled|managed|integrated|set up|automated|scraped|"
                            r"migrated|designed|run|launched|deployed) (?P<x>(?:[^.!?\n;]|\.(?=\w)){3,100}?)(?: before| in the past"
                            r"| previously)?\?)", re.IGNORECASE)),
    ("similar", re.compile(rf"\b{_V} (?P<q>(?:a|one|any|an example of a|your (?:most )?(?:recent )?(?:experience with )?)"
                           r"(?: recent| past)? (?:similar|relevant|comparable) (?P<x>projects?|work|jobs?|tasks?|builds?)"
                           r"(?: (?:you(?:'ve|’ve| have)?|that you(?:'ve|’ve| have)?) (?:done|completed|built|worked on|"
                           r"worked|delivered|handled)(?: before)?)?)(?! in your (?:portfolio|profile))", re.IGNORECASE)),
    ("approach", re.compile(rf"\b{_V} (?P<q>(?:how you (?:would|will|'d|’d|plan to|intend to|are going to)|how would you"
                            rf"|your (?:\w+ )?approach (?:to|for)) (?:(?:approach|tackle|handle|solve|go about|structure|"
                            rf"implement|design|build|achieve|accomplish|complete|enforce|ensure) )?{_X}){_END}",
                            re.IGNORECASE)),
    ("how_q", re.compile(rf"(?:^|[\s\W])(?P<q>how (?:would|will|do) you (?:approach|tackle|handle|solve|go about|structure|"
                         rf"design|implement|enforce|ensure|build|maximi[sz]e|set up) {_X}\?)", re.IGNORECASE)),
)
# an item of an apply list ("Please include: • How you would design the refunds ledger • What you would change in the
# first week, and why • Which geocoding API you would use"), asked without a verb of its own; a label before it ("Your
# “Uptime” Plan: Briefly explain how you handle …") is skipped
_LEAD = (r"^(?:[\w\"“”'’ /&-]{1,40}:\s*)?(?:(?:an? )?(?:brief |short |quick )?(?:explanation|description|outline|summary|"
         r"overview|note|details) of |(?:briefly |please )?(?:explain|describe|outline|tell us|share) )?")
ITEM_WORDINGS = (
    ("approach", re.compile(_LEAD + r"(?P<q>how you(?: would| will|'d|’d| plan to| intend to)? (?:approach|tackle|handle|"
                            r"design|build|structure|implement|go about|customi[sz]e|set up|automate|deal with|manage|"
                            r"ensure) (?P<x>[^?!;\n]{3,110}?))[.?]?$", re.IGNORECASE)),
    ("which", re.compile(_LEAD + r"(?P<q>(?:which|what) (?P<x>[^?!;\n]{3,100}?) (?:you(?: would| will|'d|’d)? "
                         r"(?:recommend|use|suggest|choose|pick)|would you (?:recommend|use|suggest|choose))\b"
                         r"[^!;\n]{0,80}?)[.?]?$", re.IGNORECASE)),
    ("what_would", re.compile(_LEAD + r"(?P<q>what you would (?P<x>\w[^?!;\n]{2,80}?))[.?]?$", re.IGNORECASE)),
    ("tell", re.compile(_LEAD + rf"(?P<q>(?:your|any) (?:\w+ )?(?:relevant |prior |previous |past |hands-on )?{_EXP} "
                        r"(?P<x>[^?!;\n]{3,110}?))[.?]?$", re.IGNORECASE)),
)
ABOUT_THIS_JOB = frozenset({"approach", "how_q", "which", "what_would"})  # asks about this job, not past work
_STOP = frozenset(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "your", "you", "this", "that", "these", "those", "it", "its", "my", "our", "we", "us", "me", "as", "at", "by", "from", "into", "using", "use", "doing", "done", "do", "any", "some", "such", "like", "e", "g", "etc", "sites", "site", "work", "job", "project", "projects", "similar", "before", "would", "will", "be", "is", "are", "have", "has"])


@dataclass(frozen=True)
class ExperienceAsk:
    wording: str
    asked: str  # the client's words, quoted in the letter
    subject: str  # what the experience or approach is about
    text: str  # the post's sentence


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9+#.]+", text.lower()) if w.rstrip("s") not in _STOP and len(w) > 1}


def find_asks(description: str) -> list[ExperienceAsk]:
    """Each ask of the body about the applicant's experience or approach, once per subject, in post order."""
    out: list[ExperienceAsk] = []
    found = [(s, wording, m) for s, _next in _lines_and_sentences(description) for wording, pat in WORDINGS
             for m in pat.finditer(s)]
    for item in apply_list_items(description):  # the first wording an item reads as
        found += [(item, w, m) for w, pat in ITEM_WORDINGS if (m := pat.match(item.strip()))][:1]
    flat = description or ""  # in post order: where the sentence, or the item after its label, starts
    for s, wording, m in sorted(found, key=lambda f: (flat.find(f[0].split(": ")[-1][:40]), f[0])):
        asked = " ".join(m.group("q").split()).rstrip(" ,:.")
        if asked.count("(") > asked.count(")"):  # cut inside "(e.g. …)": "… in AWS (e.g" reads broken (pool readers)
            asked = asked[:asked.rfind("(")].rstrip(" ,:")
        subject = " ".join(m.group("x").split()).rstrip(" ,:?.")
        if wording != "similar" and not _words(subject) or wording == "have_you" and re.search(
                r"\b(?:what|which|how many)\b[^.!?]*$", s[:m.start()], re.IGNORECASE):
            continue  # "What frameworks have you used?" asks for a list, not a yes or no
        if any(a.asked.lower() in asked.lower() or asked.lower() in a.asked.lower() for a in out):
            continue
        out.append(ExperienceAsk(wording, asked, subject, s.strip()))
    return out


def same_ask(ask: ExperienceAsk, question: str) -> bool:
    """Whether a screening question (answered in its own section) is this ask."""
    q = " ".join(question.lower().split()).rstrip("?. ")
    return bool(q) and (q in ask.text.lower() or ask.asked.lower().rstrip("?. ") in q)


def _proof_covering(ask: ExperienceAsk, ws: dict) -> dict | None:
    need = _words(ask.subject)
    for item in ws.get("proof", []):
        said = _words(" ".join([item.get("title", ""), item.get("summary", ""), " ".join(item.get("skills") or [])]))
        if need and need <= said:
            return item
    return None


_GENERIC = frozenset(["development", "developer", "integration", "api", "app", "ui", "automation", "workflow", "flow", "setup"])


def _tool_covering(ask: ExperienceAsk, tools: list[str]) -> str | None:
    """A tool of the profile that is the whole subject ("your experience with Klaviyo flows", not "bypassing
    CAPTCHAs with Python": knowing Python does not answer the CAPTCHA question)."""
    need = _words(ask.subject) - _GENERIC
    return next((t for t in tools if need and need == _words(t)), None)


def _step_covering(ask: ExperienceAsk, steps: tuple[str, ...]) -> bool:
    # the subject's head ("role-based access" of "role-based access in the front end") in a step covers it
    need = _words(re.split(r"\s+(?:in|for|on|with|across|within)\s+", ask.subject)[0])
    return bool(need) and any(need <= _words(st) for st in steps)


def answer(ask: ExperienceAsk, ws: dict, tools: list[str], steps: tuple[str, ...], shown: str | None) -> str:
    """The letter's sentence for ``ask``: the workspace's answer when it covers the subject, else the quote and a
    placeholder."""
    # a question is quoted as asked; a noun phrase is what they asked about ("You asked about “your approach to …”")
    about = "about " if re.match(r"(?:your|the|a|an)\b", ask.asked, re.IGNORECASE) else ""
    asked = f"You asked “{ask.asked}”" if ask.asked.endswith("?") else f"You asked {about}“{ask.asked}”:"
    if ask.wording in ("approach", "how_q"):
        if _step_covering(ask, steps):
            return sentence(f"The steps above are how I would approach {ask.subject.rstrip('?')}, as you asked")
        return f"{asked} [Your answer: the approach you would take, in two or three steps]."
    if ask.wording == "which":
        return f"{asked} [Your answer: your choice, and why]."
    if ask.wording == "what_would":
        return f"{asked} [Your answer: what you would do, and why]."
    if ask.wording == "similar":
        return f"You asked for “{ask.asked}”: [Your answer: the project, what you did and the result]."
    tool = _tool_covering(ask, tools)
    if tool:
        return sentence(f"{'Yes, ' if ask.wording in ('have_you', 'confirm') else ''}{tool} is one of the tools I "
                        f"work with")
    item = _proof_covering(ask, ws)
    if item:
        where = "the project above" if item["id"] == shown else f"the case study of {item['title'].rstrip('.')}"
        return sentence(f"{'Yes: ' if ask.wording in ('have_you', 'confirm') else 'On your question, '}{where} "
                        f"covers {ask.subject}")
    if ask.wording == "have_you":
        return f"{asked} [Your answer: yes or no, and where you did it]."
    if ask.wording == "confirm":
        return f"You asked me to confirm my experience with “{ask.subject}”: [Your answer: yes or no, and where]."
    if ask.wording == "what_is":
        return f"You asked about my experience with “{ask.subject}”: [Your answer: what you did, and one result]."
    return f"You asked about “{ask.asked}”: [Your answer: what you did, and one result]."


def holder_part(ask: ExperienceAsk) -> str:
    """The short form for the merged "Also, as you asked" sentence."""
    return f"“{ask.asked.rstrip('?')}”: [Your answer]"


def flag(asks: list[ExperienceAsk]) -> str:
    return ("experience_ask_needs_you: the post asks " + "; ".join(f"“{a.asked}”" for a in asks) + "; fill in each "
            "placeholder in the letter (or add the answer if the letter had no room) before sending: the draft "
            "never claims experience the workspace does not hold")
