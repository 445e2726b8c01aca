"""Where a screening answer's substance comes from, apart from the question's own kind: the team-written
know-how bank (``answer_bank``), the letter's own plan (the post's items it quotes), and a proof item that backs a
fact a question asks for. Used by ``offline_answers``."""
from __future__ import annotations

import re

from service.drafting.answer_bank import KnowHow, know_how
from service.drafting.frames import (
    NounPhrase,
    Quote,
    be,
    join_and,
    outcome_sentence,
    sentence,
)
from service.drafting.offline_phrases import domains_for
from service.drafting.tool_claims import canon, proof_mentions

# the applicant's own past work, that no workspace file answers: the reviewer writes it
OWN_PAST = "[Your answer: what you did, where, and one result]"


_ITEM = re.compile(r"\s*\u201c([^\u201d]+)\u201d")  # a plan step opens with the post's item, quoted


def plan_items(steps) -> list[str]:
    """The post's own work items the letter's plan quotes (each step of post_plan opens with its quote)."""
    return [m.group(1) for st in steps or () if (m := _ITEM.match(st))]


def plan_step_answer(question: str, steps) -> str:
    """The plan's own step on the item a question names ("How would you structure role-based access?" under a plan
    line "“Role-based access”: I would use a proven auth library …"), said as the answer; else ""."""
    asked = " ".join(re.findall(r"\w+", question.lower()))
    for st in steps or ():
        m = _ITEM.match(st)
        how = re.match(r":\s*(?:I|we) would (.+)", st[m.end():]) if m else None
        item = " ".join(re.findall(r"\w+", m.group(1).lower())) if how else ""
        if len(item.split()) >= 2 and f" {item} " in f" {asked} ":
            return sentence(f"For {m.group(1)[0].lower() + m.group(1)[1:]}, I would {how.group(1).rstrip('.')}")
    return ""


def plan_answer(steps) -> str:
    """The letter's own approach, as one answer: the post's items in the plan's order."""
    items = [Quote(i).render() for i in plan_items(steps)]
    if len(items) >= 3:
        return (f"I would take it in the order of your own list: {items[0]} first, then {items[1]}, and "
                f"{join_and(items[2:])} last, showing you each part working before the next one begins.")
    if len(items) == 2:
        return (f"I would start with {items[0]} and only then move on to {items[1]}, showing you the first part working "
                f"on real examples before the second one begins.")
    return ""


def fact_backing(entry: KnowHow, ws: dict) -> dict | None:
    """A proof item that backs the fact a bank answer's question asks for (the largest file …)."""
    if not entry.evidence:
        return None
    ev = re.compile(entry.evidence, re.IGNORECASE)
    return next((p for p in ws.get("proof", []) if ev.search(f"{p.get('title', '')} {p.get('summary', '')} "
                                                            f"{p.get('outcome', '')}")), None)


def _asks_fact(entry: KnowHow, question: str) -> bool:
    """The question asks for the fact the bank entry names (the largest file, the busiest site), not only the method."""
    return bool(entry.fact_if and re.search(entry.fact_if, question, re.IGNORECASE))


def fact_needed(question: str, ws: dict, line: dict) -> str:
    """What the question asks that only the freelancer knows and no workspace file holds ('' when nothing)."""
    entry = know_how(question, domains_for(ws, line))
    if entry and entry.fact and _asks_fact(entry, question) and not fact_backing(entry, ws):
        return entry.fact
    return ""


def bank_answer(question: str, ws: dict, line: dict) -> str:
    entry = know_how(question, domains_for(ws, line))
    if entry is None:
        return ""
    out = entry.answer
    item = fact_backing(entry, ws) if _asks_fact(entry, question) else None
    if item:
        out += " " + sentence(f"The closest work I can point to is {item['title'][0].lower() + item['title'][1:]}: "
                              f"{item['summary'].rstrip('.')}")
    return out


def honest_lack(lack: list[str], ws: dict, lead: str = "") -> str:
    """What the answer says of the tools it cannot claim, after ``lead`` ("Not directly"): one a case study's text names
    ("joined Shopify, Google Ads and Facebook Ads data") was worked with there, not as everyday work; the rest were not
    used. A lead followed only by the case-study sentence joins it with a colon, so a later answer that says that
    sentence again is not cut down to "Not directly." (which would then be deferred)."""
    if not lack:
        return f"{lead}." if lead else ""
    mentions = proof_mentions(ws)
    seen = [t for t in lack if canon([t]) <= mentions.keys()]
    unused = [t for t in lack if t not in seen]
    said = [f"{join_and(unused)} {be(unused)} not something I have used in production work, and I would rather say "
            f"so now."] if unused else []
    if seen:
        where = mentions[next(iter(canon(seen[:1])))]["title"]
        said.append(f"I have used {join_and(seen)} data in a client project ({where}), though not as everyday work.")
    if lead:  # never "Not directly." on its own (a tuning reader counted it as a fragment, three times in a packet)
        return f"{lead}: " + " ".join(said)
    return " " + " ".join(said)


def proof_for(tools: list[str], proofs: list[dict], chosen: dict | None) -> dict | None:
    """The case study an examples question gets: the letter's own, unless the question names a tool it lacks and
    another case study has it ("Which Django project are you most proud of?" under a Next.js case study)."""
    want = {t.lower() for t in tools}
    if not want or chosen and want & {s.lower() for s in chosen.get("skills") or []}:
        return chosen
    return next((p for p in proofs if want & {s.lower() for s in p.get("skills") or []}), chosen)


def industry_answer(question: str, ws: dict) -> str:
    """ "Have you written for a cybersecurity company before?": yes, with the case study from that industry, or the
    profile's industries; "" when the question names none of them (found trying the product: the letter had said "Not
    on a project exactly like this one" with a cybersecurity case study in the library)."""
    def named(industry: str) -> bool:
        return bool(industry) and re.search(rf"\b{re.escape(industry.lower())}\b", question.lower()) is not None
    yes = "Yes. " if re.match(r"(?:have|has|do|does|did|are|is|can)\b", question.strip(), re.IGNORECASE) else ""
    if item := next((p for p in ws.get("proof") or [] if named(p.get("industry") or "")), None):
        return f"{yes}{proof_bit(item)}"
    if industry := next((i for i in ws.get("profile", {}).get("industries") or [] if named(i)), None):
        return f"{yes}{industry} is one of the industries I work in most."
    return ""


def proof_bit(item: dict | None) -> str:
    """The closest case study, or "" (never "none of the case studies I can share matches": readers read it as
    self-sabotage; asked for examples, the applicant's own are theirs to name: ``OWN_PAST``)."""
    if not item:
        return ""
    # a sentence with the title's article ("… is a Looker Studio dashboard for …"): readers marked the bare title after
    # a colon ("The closest example I can share: Looker Studio dashboard for …") garbled
    title = NounPhrase.loose(item["title"])
    out = sentence(f"The closest example I can share is {title.as_object()}") if title else ""
    if item.get("outcome"):
        out = f"{out} {outcome_sentence(item['outcome'])}".strip()
    return out


# each first-call answer to a question about the client's own needs in its own words (``answers_for`` takes the next unused one)
CLIENT_SIDE = (
    ("That one is yours to answer, and I will ask it on our first call; your answer goes into the written plan "
     "for the first milestone."),
    ("I would like your answer to this too: I will bring it to our first call and shape the first milestone around it."),
    ("That is for you to decide rather than me; I will take it through with you on our first call, with my "
     "recommendation, before any work starts."),
    ("Your answer to this one shapes the plan, so I will ask you about it on our first call before I commit to a "
     "milestone."),
)
