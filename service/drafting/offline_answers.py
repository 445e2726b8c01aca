"""Offline answers to screening questions: classified by what they ask, answered only from the profile,
the selected proof and the post. When the truthful answer is "not yet", the answer says so."""
from __future__ import annotations

import re

_KINDS = [
    ("rate", r"\b(rate|price|pricing|cost|quote|charge|budget|fee)\b"),
    ("timeline", r"\b(how long|timeline|time ?frame|deadline|when can you|start date|availability|available|"
                 r"hours per week|turnaround|deliver by|eta)\b"),
    ("examples", r"\b(portfolio|example|examples|samples?|links?|past work|previous work|similar (project|work)|"
                 r"case stud(y|ies)|show us|share)\b"),
    ("years", r"\b(how many years|years of experience|how much experience|how experienced)\b"),
    ("approach", r"\b(how would you|how will you|approach|plan|strategy|process|steps|methodology|how do you)\b"),
    ("experience", r"\b(have you|do you have|experience (with|in)|worked with|familiar|used)\b"),
    ("stack", r"\b(which|what) (tools?|stack|technolog(y|ies)|framework|language)s?\b"),
]


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


def answer_question(question: str, brief: dict, ws: dict, facts: dict, proof: dict, line: dict) -> str:
    profile = ws["profile"]
    ours = {s.lower() for s in profile.get("skills", [])} | {s.lower() for p in ws.get("proof", []) for s in p["skills"]}
    item = proof.get("proof")
    kind = classify(question)
    named = _named_tools(question, facts)
    have = [t for t in named if t.lower() in ours]
    lack = [t for t in named if t.lower() not in ours]
    honest = (f" {', '.join(lack)} {'is' if len(lack) == 1 else 'are'} not something we have shipped in production, "
              f"and I would rather say so now.") if lack else ""
    proof_bit = (f"The closest example is {item['title'][0].lower() + item['title'][1:]}: {item.get('outcome', '').rstrip('.')}."
                 if item else "We do not have a case study that matches this closely; I can walk you through related "
                              "work on a call instead.")
    step = (line.get("next_step") or "a short call").rstrip(".")
    if kind == "rate":
        rate = profile.get("hourly_rate")
        base = f"Our rate is ${rate:g} per hour." if rate else "We quote per milestone."
        return base + " For a fixed price I would quote after the first milestone is scoped, so the number is real."
    if kind == "timeline":
        length = brief.get("project_length")
        extra = f" Your estimate of {length} sounds workable" if length else " I would confirm a realistic timeline"
        return (f"We can confirm a start date on the first call.{extra} once the first milestone is agreed, "
                f"and you get a written update at each step.")
    if kind == "examples":
        return proof_bit + (f" Case study: {item['url']}" if item and item.get("url") else "")
    if kind == "years":
        yrs = profile.get("years_experience")
        base = f"Our team has {yrs} years of experience in this kind of work." if yrs else "Our experience is in " \
            + (profile.get("headline") or "this kind of work") + "."
        if have:
            base += f" {', '.join(have)} {'is' if len(have) == 1 else 'are'} part of our everyday stack."
        return base + honest
    if kind == "experience":
        if have and not lack:
            return f"Yes. {', '.join(have)} {'is' if len(have) == 1 else 'are'} part of our everyday work. " + proof_bit
        if lack:
            return ("Not directly." + honest + " " + proof_bit).replace("  ", " ")
        return ("Yes, in related work. " + proof_bit) if item else ("Not on a project exactly like this one. " + proof_bit)
    if kind == "stack":
        tools = facts.get("claimable_tools") or profile.get("skills", [])[:3]
        return f"I would build on {', '.join(tools[:4])}, which we use every week, and keep your existing setup." + honest
    if kind == "approach":
        return (f"First, {step}, to confirm scope and the open questions. Then a small first milestone you can review, "
                f"and written updates after each step." + honest)
    topic = " ".join(w for w in re.findall(r"[A-Za-z0-9+#.'-]+", question) if w.lower() not in _Q_STOP)
    topic = " ".join(topic.split()[:7]) or "that"
    return (f"On {topic}: yes, that fits how we work, and I would confirm the specifics during {step}." + honest)


_Q_STOP = set("""what which how do does did you your are is can could would will have has please describe tell us me
about the a an of to in on for with and or any if this that there be been""".split())
