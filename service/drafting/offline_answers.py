"""Offline answers to screening questions: classified by what they ask, answered only from the profile,
the selected proof and the post. Each answer answers the question it is under (a rate, a timeline, a
tool, an example), or says plainly what will be confirmed and when; it never just agrees ("yes, that
fits how we work"). When the truthful answer is "not yet", the answer says so."""
from __future__ import annotations

import re

from service.drafting.facts import distinctive
from service.drafting.frames import Quote, cap, sentence
from service.drafting.kind_table import GENERAL, related
from service.drafting.offline_phrases import domains_of
from service.drafting.voice import Voice, voice_for
from service.drafting.work_kinds import classify as work_kind
from service.text.skills import normalise_skill

_KINDS = [
    ("stack", r"\b(which|what)\b[^?]{0,30}\b(tools?|stack|technolog(y|ies)|frameworks?|librar(y|ies)|languages?|"
              r"platforms?|software)\b(?! (have|did) you)"),
    ("rate", r"\b(rate|price|pricing|cost|quote|charge|budget|fee|salary|compensation)\b"),
    ("hours", r"\b(time ?zones?|us hours|est|pst|cet|working hours|overlap|available to work)\b"),
    ("timeline", r"\b(how long|timeline|time ?frame|deadline|when can you|start date|availability|available|"
                 r"hours per week|turnaround|deliver by|eta)\b"),
    ("examples", r"\b(portfolio|example|examples|samples?|links?|past work|previous work|similar (project|work)|"
                 r"case stud(y|ies)|show us|share (?:your |a |some |any )?(?:portfolio|work|examples?|links?|samples?|"
                 r"projects?|case))\b"),
    ("years", r"\b(how many years|years of experience|how much experience|how experienced)\b"),
    ("approach", r"\b(how would you|how will you|how you would|how you'd|how you will|approach|plan|strategy|"
                 r"process|steps|methodology|how do you|how can you|ensure)\b"),
    ("confirm", r"^(?:please )?confirm(?:ation)?\b"),
    ("personal", r"\b(country|city|where are you|located|location|based in|residence|favou?rite|smell|colou?r|hobby|enjoy|"
                 r"hobbies|age|gender|nationality|native language|your name|full name|linkedin|phone)\b"),
    ("yesno", r"^(do|does|are|is|can|could|would|will|have|has)\b"),
    ("experience", r"\b(have you|has anyone|do you have|experience (with|in)|worked (with|on)|familiar|used|dealt with|"
                   r"done (this|that|something|anything) (similar|like))\b"),
]


PERSONAL = "[Your answer: a personal detail only you can give]"


def classify(question: str) -> str:
    q = question.lower()
    for kind, pattern in _KINDS:
        if re.search(pattern, q):
            return kind
    return "other"


def _named_tools(question: str, facts: dict) -> list[str]:
    tools = set(facts.get("post_tools", [])) | set(facts.get("unclaimable_tools", []))
    named = list((facts.get("question_tools") or {}).get(question, []))
    return named + [t for t in sorted(tools) if t not in named and re.search(rf"(?<!\w){re.escape(t.lower())}(?!\w)", question.lower())]


def _be(items: list[str]) -> str:
    return "are" if len(items) > 1 else "is"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _proof_bit(item: dict | None) -> str:
    if not item:
        return ("None of the case studies I can share matches this closely, so I would rather walk you through related "
                "work on a call than send something off-topic.")
    out = f"The closest example I can share: {item['title']}."
    if item.get("outcome"):
        out += " " + sentence("The result: " + item["outcome"].rstrip("."))
    return out


_GENERIC_ASK = frozenset(["approach", "approaching", "handle", "handling", "tackle", "tackling", "plan", "planning", "process", "steps", "methodology", "ensure", "ensuring", "deliver", "delivering", "complete", "completing", "start", "starting", "first"])


def _approach_answer(question: str, brief: dict, ws: dict, line: dict) -> str:
    """How we would do what the question names: the approach steps of the kind of work the question (else the post)
    is about, in one sentence."""
    domains = domains_of(list(line.get("skills") or []) + list(ws["profile"].get("skills") or []))
    post_kind = work_kind(brief.get("title") or "", brief.get("description") or "", domains)
    wk = work_kind("", question, domains, min_score=1)  # the question names a kind of work …
    if wk is not GENERAL and not related(wk.id, post_kind.id) and work_kind("", question, domains) is GENERAL:
        wk = GENERAL  # … once, and not the post's: too thin to answer with its steps
    if wk is GENERAL:
        topic = [w for w in distinctive(question) if w not in _GENERIC_ASK]
        if len(topic) > 1:  # a specific technical question: no stock steps pretending to answer it
            return ""
        wk = post_kind
    a, b, c = wk.steps
    return sentence(f"I would {a}; then {b}; and finally {c}")


_QWORDS = frozenset(["I", "If", "What", "How", "Have", "Has", "Do", "Does", "Did", "Are", "Is", "Can", "Could", "Which", "When", "Why", "Where", "Who", "Please", "Yes", "No", "US", "USD", "EU", "UK", "Would", "Will", "Your", "You", "Our", "We", "Also", "And", "Or", "The", "A", "An", "In", "On", "For", "With", "Any", "Tell", "Describe", "Share"])


def _product_names(question: str, ws: dict) -> list[str]:
    """Capitalised names in a question (a product such as Pipedrive) that the profile and proof library never
    mention: we cannot claim experience with them."""
    known = (str(ws.get("profile", {})) + " " + " ".join(str(p) for p in ws.get("proof", []))).lower()
    out: list[str] = []
    for i, w in enumerate(re.findall(r"(?<![\w.])[A-Z][A-Za-z0-9]{2,30}\b", question)):
        if w in _QWORDS or w.lower() in known or w in out:
            continue
        out.append(w)
    return out[:3]


def _canon(names) -> set[str]:
    return {(normalise_skill(n) or n).lower() for n in names}


def answer_question(question: str, brief: dict, ws: dict, facts: dict, proof: dict, line: dict,
                    voice: Voice | None = None) -> str:
    """The answer in first person singular (``answers_for`` puts it in the letter's voice); a team's facts are
    "my team"'s in an "I" letter."""
    voice = voice or voice_for(ws["profile"], "project")
    profile = ws["profile"]
    ours = _canon(profile.get("skills", [])) | _canon(s for p in ws.get("proof", []) for s in p["skills"])
    item = proof.get("proof")
    kind = classify(question)
    named = _named_tools(question, facts)
    have = [t for t in named if (normalise_skill(t) or t).lower() in ours]
    lack = [t for t in named if (normalise_skill(t) or t).lower() not in ours]
    if kind in ("experience", "years"):
        named_low = " ".join(have + lack).lower()
        lack += [n for n in _product_names(question, ws) if n.lower() not in named_low]
    honest = (f" {_join(lack)} {_be(lack)} not something I have shipped in production, and I would rather say so "
              f"now.") if lack else ""
    if kind == "rate":
        rate = profile.get("hourly_rate")
        base = f"My rate is ${rate:g} per hour." if rate else "I quote per milestone rather than by the hour."
        return base + " For a fixed price, I would quote once the first milestone is scoped, so the number is real."
    if kind == "timeline":
        length = (brief.get("project_length") or "").strip()
        hours = (brief.get("hours_per_week") or "").strip()
        said = f" Your post gives {Quote(length).render()} as the length, and I would plan the milestones to fit it." \
            if length and '"' not in length else ""
        if hours and '"' not in hours:
            said += f" For the hours, your post says {Quote(hours).render()}; I will confirm my weekly availability " \
                    f"against that on the first call."
        return ("I can give you a start date and a week-by-week timeline on the first call, once the first "
                "milestone is agreed." + said)
    if kind == "examples":
        return _proof_bit(item) + (f" Case study: {item['url']}" if item and item.get("url") else "")
    if kind == "years":
        yrs = profile.get("years_experience")
        base = f"{cap(voice.has())} {yrs} years of experience." if yrs else \
            sentence("My background: " + (profile.get("headline") or profile["name"]).rstrip("."))
        if have:
            base += f" {_join(have)} {_be(have)} part of my everyday work."
        return base + honest
    if kind == "hours":
        return ("I will confirm my working hours and how much they overlap with yours in writing on the first call; "
                "either way you get a written update every week.")
    if kind == "experience":
        if have and not lack:
            return f"Yes. {_join(have)} {_be(have)} part of my everyday work. " + _proof_bit(item)
        if have and lack:
            return (f"Yes for {_join(have)}, which {_be(have)} part of my everyday work." + honest + " " +
                    _proof_bit(item)).replace("  ", " ")
        if lack:
            return ("Not directly." + honest + " " + _proof_bit(item)).replace("  ", " ")
        return (_proof_bit(item) + " I can walk you through how it compares with your project on a call.") if item \
            else ("Not on a project exactly like this one. " + _proof_bit(item))
    if kind == "stack":
        tools = facts.get("claimable_tools") or profile.get("skills", [])[:3]
        return f"I would build on {_join(list(tools[:4]))}, which I use every week, and keep your existing setup." + honest
    if kind == "approach":
        if steps := _approach_answer(question, brief, ws, line):
            return steps + honest
        return ("The three steps in the letter above are how I would run it. The design itself I will set out in a short "
                "written outline before our first call, once I have seen what you use today." + honest)
    if kind == "personal":
        # a fact about the person that no workspace file holds: the reviewer writes it (the placeholder fails lint,
        # so the draft cannot be approved with it unfilled)
        return PERSONAL
    if kind == "confirm":  # "Confirmation that X": the letter commits to designing for it, in writing
        return ("Yes: I would treat that as a requirement of the design and state it in writing in the first milestone, "
                "so you can hold me to it." + honest)
    if kind == "yesno":
        said = _proof_bit(item) if item else ""
        if lack and not have:
            return ("Not directly." + honest + " " + said).strip()
        years = ws["profile"].get("years_experience")
        backing = said or (f"It is the kind of work {voice.has()} been doing for {years} years, and it shows in the "
                           f"first milestone." if years else "You can judge it on a small first milestone before committing "
                                                      "to more.")
        return (f"Yes. {_join(have)} {_be(have)} part of my everyday work. " if have else "Yes. ") + backing + honest
    return ("I would rather answer this one precisely than in general terms, so I will send you a written answer "
            "before our first call, once I have seen your setup." + honest)


def answers_for(facts: dict, brief: dict, ws: dict, proof: dict, line: dict, letter: list[str],
                voice: Voice | None = None) -> list:
    """One answer per screening question, in the letter's voice. A sentence already said (in the letter or an
    earlier answer) is not repeated word for word: the answer then names the question and says where the letter
    covers it."""
    voice = voice or voice_for(ws["profile"], "project")
    from service.core.schemas import ScreeningAnswer

    said = {re.sub(r"\W+", " ", x.lower()).strip() for x in letter}
    out = []
    for q in facts.get("screening_questions", []):
        raw = answer_question(q, brief, ws, facts, proof, line, voice)
        raw = raw if raw == PERSONAL else voice.speak(raw)
        keep = []
        for sent in re.split(r"(?<=[.!?])\s+", raw):
            key = re.sub(r"\W+", " ", sent.lower()).strip()
            if key and key not in said:
                said.add(key)
                keep.append(sent)
        answer = " ".join(keep)
        if not answer:  # the same promise again would read as a template: say it covers this one too
            answer = ("This one also deserves a precise answer rather than a general one; I will cover it in the same "
                      "written note before our first call.")
        out.append(ScreeningAnswer(question=q, answer=answer))
    return out
