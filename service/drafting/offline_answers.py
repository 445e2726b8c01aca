"""Offline answers to screening questions: classified by what they ask, answered only from the profile,
the selected proof and the post. Each answer answers the question it is under (a rate, a timeline, a
tool, an example), or says plainly what will be confirmed and when; it never just agrees ("yes, that
fits how we work"). When the truthful answer is "not yet", the answer says so.

Order: a personal question gets a placeholder for the reviewer; a technical question the team-written bank
(``answer_bank``) knows gets its method; "how would you approach it" gets the letter's own approach (the post's
items when the plan quotes them); a question about the client's own needs is taken to the first call; only when
nothing fits is the answer deferred, saying what will be confirmed and when, never twice in the same words."""
from __future__ import annotations

import re

from service.drafting.answer_bank import know_how
from service.drafting.answer_direct import (
    ESTIMATE,
    EVERYDAY,
    OWN_ANSWER,
    OWN_CHECK_HOLDER,
    OWN_PLAN,
    OWN_VIEW_HOLDER,
    PERSONAL,
    REFERENCES,
    direct_answer,
    whether,
)
from service.drafting.answer_kinds import (
    ANY_PICK,
    CHOICE_Q,
    COUNT_Q,
    OWNED,
    closest_experience,
    profile_answer,
    question_kind,
    rate_answer,
    stack_answer,
    subject,
    with_subject,
)
from service.drafting.answer_sources import (
    CLIENT_SIDE,
    OWN_PAST,
    bank_answer,
    honest_lack,
    industry_answer,
    plan_answer,
    plan_items,
    plan_step_answer,
    proof_bit,
    proof_for,
)
from service.drafting.constraints import timezone_requirement
from service.drafting.facts import distinctive
from service.drafting.frames import Quote, be, join_and, sentence
from service.drafting.job_type import names_fault
from service.drafting.kind_table import GENERAL, related
from service.drafting.offline_phrases import domains_for
from service.drafting.role_shape import clock_hours
from service.drafting.tool_claims import kind_of_work, named_tools, our_tools
from service.drafting.voice import Voice, voice_for
from service.drafting.work_kinds import classify as work_kind
from service.intake.extraction_rules import OWN_VIEW
from service.text.skills import normalise_skill

HOLDERS = (PERSONAL, OWN_PAST, OWN_PLAN, REFERENCES, OWN_VIEW_HOLDER, OWN_CHECK_HOLDER, OWN_ANSWER)
_OWN_ASK = re.compile(r"\b(?:your (?:\w+ ){0,3}experiences?|you(?:'ve|’ve| have) (?:used|built|automated|done|created|"
                      r"worked|led|shipped|delivered|handled|implemented)|(?:details|description) of your|you (?:debugged|"
                      r"fixed|solved))\b", re.IGNORECASE)
# the applicant's own view or way of working (``extraction_rules.OWN_VIEW``): theirs to write, never "once I have seen
# your setup" (fresh-pool readers: "evasive"); a stack or background of their own is a personal detail
_OWN_VIEW = re.compile(rf"^(?:{OWN_VIEW})", re.IGNORECASE)
_OWN_STACK = re.compile(r"^your (?:\w+ ){0,3}(?:stack|background|expertise)\b", re.IGNORECASE)
_HOW_WOULD = re.compile(r"(?:and |also )?how (?:would|will|do|could) (?:you|your team) (?:approach|handle|tackle|build|do|"
                        r"set up|structure|design|plan|go about)\b", re.IGNORECASE)  # "How would you approach the repair view?"
_PLAN_ASK = re.compile(r"^(?:(?:please )?(?:briefly )?(?:describe|explain|outline)\b|(?:a )?(?:short,? |brief,? )?"
                       r"(?:high-level )?outline of|how (?:you|we) (?:would|will|should)|how (?:would|should) we"
                       r"|what (?:you|we) (?:would|will|should)|what (?:would|should) we)", re.IGNORECASE)
_HOW_LONG = re.compile(r"\b(?:how long|timeline|time ?frame|estimat\w*|eta|turnaround|completion)\b", re.IGNORECASE)
DEFER, ASK_CLIENT = "", "\x00ask the client"  # nothing fits / a question about the client's own needs


_GENERIC_ASK = frozenset(["response", "accomplish", "achieve", "goals", "goal", "tell", "briefly", "project", "approach", "approaching", "handle", "handling", "tackle", "tackling", "plan", "planning", "process", "steps", "methodology", "ensure", "ensuring", "deliver", "delivering", "complete", "completing", "start", "starting", "first", "focus", "prioritise", "prioritize", "week", "weeks", "days", "month", "two"])


def _approach_answer(question: str, brief: dict, ws: dict, line: dict, steps: tuple[str, ...] = ()) -> str:
    """How we would do what the question names: the letter's own plan when the question is about the post's work
    as a whole (it names no narrower subject) and the plan quotes the post's items, else the approach steps of the
    kind of work the question (else the post) is about, in one sentence."""
    domains = domains_for(ws, line)
    post_kind = work_kind(brief.get("title") or "", brief.get("description") or "", domains)
    wk = work_kind("", question, domains, min_score=1)  # the question names a kind of work …
    if wk is not GENERAL and not related(wk.id, post_kind.id) and work_kind("", question, domains) is GENERAL:
        wk = GENERAL  # … once, and not the post's: too thin to answer with its steps
    if wk is GENERAL:
        topic = [w for w in distinctive(question) if w not in _GENERIC_ASK]
        if len(topic) > 1:  # a specific technical question: no stock steps pretending to answer it
            return ""
        wk = post_kind
    if (wk is post_kind or related(wk.id, post_kind.id)) and not subject(question) and (plan := plan_answer(steps)):
        return plan
    if own := plan_step_answer(question, steps):  # the question names one of the plan's items: its step answers it
        return own
    a, b, c = wk.steps
    return sentence(f"I would {a}; then {b}; and finally {c}")


_QWORDS = frozenset(["I", "If", "What", "How", "Have", "Has", "Do", "Does", "Did", "Are", "Is", "Can", "Could", "Which", "When", "Why", "Where", "Who", "Please", "Yes", "No", "US", "USD", "EU", "UK", "Would", "Will", "Your", "You", "Our", "We", "Also", "And", "Or", "The", "A", "An", "In", "On", "For", "With", "Any", "Tell", "Describe", "Share", "Details", "Description", "Brief", "Short", "Explain", "Outline", "Experience", "Let", "Walk", "Talk", "Say", "Give", "Kindly", "Send"])


def _product_names(question: str, ws: dict, ours: set[str]) -> list[str]:
    """Capitalised names in a question (a product such as Pipedrive) that the profile and proof library never
    mention: we cannot claim experience with them."""
    known = (str(ws.get("profile", {})) + " " + " ".join(str(p) for p in ws.get("proof", []))).lower()
    out: list[str] = []
    if question.upper() == question:  # "HOW MANY APPS HAVE YOU PUBLISHED": shouted, not product names (fourth probe)
        return out
    # only a name used as a tool ("experience with Pipedrive", "used Apollo"), never "accepted to Ivy League schools"
    question = " ".join(re.findall(r"\b(?:with|using|use|used|in|on|into|of|about|from)\s+((?:(?:the|a|an)\s+)?[^,.;?]{1,40})",
                                   question, re.IGNORECASE))
    for i, w in enumerate(re.findall(r"(?<![\w.])[A-Z][A-Za-z0-9]{2,30}(?: [A-Z][A-Za-z0-9]{1,30})*\b", question)):
        # a tool we have under another spelling ("PowerBI" for "Microsoft Power BI") is no unknown product
        if w in _QWORDS or w.lower() in known or w in out or re.fullmatch(r"[A-Z]{2,}s", w) or \
                (normalise_skill(w) or "").lower() in ours:
            continue
        out.append(w)
    return out[:3]


# a question about the client's own needs (an intake form pasted into the post): theirs to answer, on the first call
_CLIENT_SIDE = re.compile(r"\b(you want|you are looking|you're looking|are you looking|(?<!would )(?<!do )you need|in mind|would you like|"
                          r"your overall|to your (?:business|website|company)|you (?:are|were) hoping)\b", re.IGNORECASE)
_INTEREST = re.compile(r"\b(can you help|you can help|are you interested|sounds? interesting|intéress\w+|interesad\w+)\b",
                       re.IGNORECASE)
_MORE = re.compile(r"\b(?:additional|other|further|any more) (?:comments|questions|notes|requirements)\b", re.IGNORECASE)
_WHOLE_JOB = re.compile(r"\b(?:this|the|our|your) (?:project|system|job|work|platform|app|build|goals?)\b|"
                        r"\bfrom scratch\b", re.IGNORECASE)  # "how would you approach building this system"
# one choice asked for ("Which charting library would you use for the payments page", "Which map tiles service/API
# you would use"): the stack paragraph names none (found trying the product); the reviewer does
_ONE_PICK = re.compile(r"\b(?:which|what) (?:[\w/+-]+ ){0,3}?(?P<thing>library|service|api|provider|plugin|package|"
                       r"gateway|sdk|model)(?:/\w+)? (?:(?:would|will|do|should) you|you(?: would)?) (?:use|recommend|"
                       r"choose|pick|suggest)\b", re.IGNORECASE)
_REVISIONS = re.compile(r"\bhow many (?:rounds? of )?(?:revisions?|edits|changes)\b|\b(?:revisions?|rounds?) (?:are |is )?included\b",
                        re.IGNORECASE)
_BROAD = frozenset({"api_integration", "communication", "estimates", "errors", "existing_code"})
_LIST_ASK = re.compile(r"\b(?:what|which) (?:tasks|processes|steps|parts|features|deliverables)\b", re.IGNORECASE)
_EXPERIENCE_ASK = re.compile(r"^(?:do|have|has) (?:you|anyone)\b.{0,80}\b(?:experience|worked|used|done|built|dealt|"
                             r"migrated|managed|implemented|know|written|created|developed)\b", re.IGNORECASE)
def answer_question(question: str, brief: dict, ws: dict, facts: dict, proof: dict, line: dict,
                    steps: tuple[str, ...] = ()) -> str:
    """The answer in first person singular (``answers_for`` puts it in the letter's voice). ``steps`` are the letter's
    approach steps. An empty answer means nothing fits: ``answers_for`` defers it in words not used yet in the
    letter."""
    profile = ws["profile"]
    ours = our_tools(ws)
    item = proof.get("proof")
    kind = question_kind(question)
    named = named_tools(question, facts)
    have = [t for t in named if (normalise_skill(t) or t).lower() in ours]
    domains = domains_for(ws, line)
    entry = know_how(question, domains)
    ours_too = lambda: bool(have) or work_kind("", question, domains, min_score=1) is not GENERAL  # noqa: E731
    if direct := direct_answer(question, profile, bank_fits=bool(entry and entry.id not in _BROAD), in_our_work=ours_too):
        return direct
    if from_profile := profile_answer(question, profile):
        return from_profile
    if CHOICE_Q.match(question.strip()):  # "Would you use theme app extensions or edit Liquid directly?": never "Yes."
        return "[Your answer: which of the two you would choose, and why]."
    if COUNT_Q.search(question.strip()):  # the number is the applicant's; the closest case study backs it
        return f"[Your answer: the number]. {proof_bit(item)}".strip() if item else "[Your answer: the number]"
    if _REVISIONS.search(question):  # "How many revisions are included?": the applicant's own terms
        return "[Your answer: how many rounds of revisions you include]"
    if kind in ("experience", "yesno") and (sector := industry_answer(question, ws)):  # "written for a cybersecurity
        return sector  # company before?": the case study from that industry, never "not on a project like this"
    if owned := OWNED.match(question.strip()):  # "Do you have Power BI Pro?": a licence no workspace file records
        return f"[Your answer: whether you have {owned.group('what')}]."
    if kind in ("yesno", "other") and _EXPERIENCE_ASK.search(question):
        kind = "experience"  # "Do you have Acme CRM funnel experience?" is asked about experience, not a yes to give
    if kind in ("yesno", "other", "approach", "experience") and _OWN_ASK.search(question):
        kind = "experience"  # "A workflow you've automated using Make", "Describe your experience with Spark"
    lack = [t for t in named if (normalise_skill(t) or t).lower() not in ours and not kind_of_work(t) and t.lower() not in EVERYDAY]
    if kind in ("experience", "years"):
        named_low = " ".join(have + lack).lower()
        lack += [n for n in _product_names(question, ws, ours) if not any(w in named_low for w in n.lower().split())
                 and n.lower() not in EVERYDAY]
    honest = honest_lack(lack, ws)
    yes_no = bool(re.match(r"(?:are|do|does|is|can|could|will|would)\b", question.strip(), re.IGNORECASE))
    if kind in ("approach", "other", "yesno") and _CLIENT_SIDE.search(question):
        # the client's own needs are theirs to answer; a yes/no one the bank knows gets the method ("Are you looking
        # for customizations that survive plugin updates?" -> yes, and how they are kept update-safe)
        if not (entry and entry.id not in _BROAD and yes_no):
            return ASK_CLIENT
        kind = "yesno"
    if kind in ("approach", "other", "yesno", "confirm", "stack", "timeline"):
        known = bank_answer(question, ws, line)
        if kind == "approach" and _WHOLE_JOB.search(question) and (plan := plan_answer(steps)):
            stack = _stack(question, brief, ws, facts, line, have) if _STACK_TOO.search(question) else ""
            return " ".join(x for x in (plan, known, stack) if x) + honest  # the plan, then the know-how asked for
        if known and not (kind == "timeline" and re.search(r"\bstart\b", question, re.IGNORECASE)):
            if kind == "stack" and (have or facts.get("claimable_tools")):  # our tools first, then how (pool
                known = f"{_stack(question, brief, ws, facts, line, have)} {known}"  # readers: "a method, no tools")
            elif kind in ("approach", "stack"):
                known = with_subject(known, question)
            known += f" {ESTIMATE}" if kind == "timeline" and _HOW_LONG.search(question) else ""
            if lack and not have and kind in ("yesno", "other"):  # the method after the lack, never before it: "Everything
                # lives in your repository …" then "Git is not something I have used" read as self-contradiction
                return honest_lack(lack, ws, "Not directly") + " Here is how I would go about it. " + known
            if kind == "yesno" and any(t.lower() in EVERYDAY and t not in have for t in named):  # Git, not listed:
                return f"{whether(question)} {known}".strip()  # the applicant's to confirm, then the method
            return (("Yes. " if kind == "yesno" and not lack else "") + known + honest).strip()
    if (pick := _ONE_PICK.search(question)) and not any(t.lower() in question.lower() for t in have):
        cost = ", and what it costs" if re.search(r"\b(?:cost|price|pricing|fees?)\b", question, re.IGNORECASE) else ""
        return f"[Your answer: the {pick.group('thing').lower()} you would choose, why{cost}]."
    if kind == "other" and (pick := ANY_PICK.match(question.strip())):  # "Which keyboard layout do you use?": their own setup
        own = (pick.group("aux") or "").lower() == "do" and pick.group("verb").lower() == "use"
        return f"[Your answer: the {pick.group('thing').lower()} {'you use' if own else 'you would choose, and why'}]."
    if kind == "rate":
        return rate_answer(question, profile.get("hourly_rate"))
    if kind == "timeline":
        length = (brief.get("project_length") or "").strip()  # "1 to 3 months"; a bare number ("0") says nothing
        hours = (brief.get("hours_per_week") or "").strip()
        length, hours = (x if re.search(r"[A-Za-z]", x) else "" for x in (length, hours))
        said = f" Your post gives {Quote(length).render()} as the length, and I would plan the milestones to fit it." \
            if length and '"' not in length else ""
        if hours and '"' not in hours:
            said += f" For the hours, your post says {Quote(hours).render()}; I will confirm my weekly availability " \
                    f"against that on the first call."
        if names_fault(question) and not re.search(r"\bstart\b", question, re.IGNORECASE):  # "How long would a fix take?"
            return ("Most of the time in a fix goes into finding the cause: once I have reproduced the failure, I will "
                    "confirm in writing how long the fix itself takes, before I start on it." + said)
        if not re.search(r"\bstart\b", question, re.IGNORECASE):
            return ("I would plan it from the work list: a firm date for the first milestone once I have seen the "
                    "material, and each later milestone dated as the one before it closes." + said +
                    (f" {ESTIMATE}" if _HOW_LONG.search(question) else ""))
        return ("I can give you a start date and a week-by-week timeline on the first call, once the first "
                "milestone is agreed." + said)
    if kind == "references":
        return REFERENCES  # a past client who agreed to be asked: only the applicant can name one
    if kind == "examples":
        item = proof_for(have, ws.get("proof") or [], item)  # "Which Django project are you most proud of?"
        if not item:
            return OWN_PAST  # the applicant's own examples are theirs to name
        return proof_bit(item) + (f" Case study: {item['url']}" if item.get("url") else "")
    if kind == "years":
        yrs = profile.get("years_experience")
        base = f"I have {yrs} years of experience." if yrs else \
            sentence("My background: " + (profile.get("headline") or profile["name"]).rstrip("."))
        if have:
            base += f" {join_and(have)} {be(have)} part of my everyday work."
        return base + honest
    if kind == "hours" and (clock := clock_hours(f"{brief.get('description') or ''} {question}")):
        return f"[Your answer: confirm that you can work {Quote(clock).render()}]."
    if kind == "hours" and (zone := timezone_requirement(brief.get("description") or "")):  # "overlap 3 hours with CET"
        return f"[Your answer: your working hours, and how they meet {Quote(zone).render()}]."
    if kind == "hours":
        return ("I will confirm my working hours and how much they overlap with yours in writing on the first call; "
                "either way you get a written update every week.")
    if kind == "experience":
        if not named and re.search(r"\b(?:what|which) (?:tools|frameworks|languages|technologies|platforms|stack)\b",
                                   question, re.IGNORECASE):
            tools = list(dict.fromkeys([*(line.get("skills") or []), *profile.get("skills", [])]))[:6]
            return (sentence(f"I work with these every week: {join_and(tools)}, and I would pick among them to fit your "
                            f"project") + " " + proof_bit(item)).strip()
        method = bank_answer(question, ws, line) if entry and entry.id not in _BROAD and not have else ""
        if lack and not have and method:
            return honest_lack(lack, ws, "Not directly") + " Here is how I would go about it. " + method
        if have and not lack:
            yes = "Yes. " if re.match(r"(?:are|do|does|did|is|can|could|will|would|have|has)\b", question.strip(), re.I) else ""
            return (f"{yes}{join_and(have)} {be(have)} part of my everyday work. " + proof_bit(item)).strip()
        if have and lack:
            return (f"{join_and(have)} {be(have)} part of my everyday work." + honest + " " +
                    proof_bit(item)).replace("  ", " ").strip()
        if lack and re.search(r"\bhow (?:you would|would you)\b", question, re.IGNORECASE):
            return honest_lack(lack, ws, "Not directly") + " " + OWN_PLAN  # "… or how you would implement it": theirs to say
        if lack:
            return (honest_lack(lack, ws, "Not directly") + " " + proof_bit(item)).replace("  ", " ").strip()
        if _OWN_ASK.search(question) and not re.search(r"\bsimilar\b", question, re.IGNORECASE):
            return OWN_PAST  # their own past work on what the question names: no workspace file holds it
        return (proof_bit(item) + " I can walk you through how it compares with your project on a call.") if item \
            else closest_experience(profile, list(facts.get("claimable_tools") or []))
    if kind == "stack":
        return _stack(question, brief, ws, facts, line, have) + honest
    if kind in ("other", "yesno") and _INTEREST.search(question):
        return "Yes. " + _first_step(brief, ws, line, steps) + " I can begin as soon as you are ready."
    if kind in ("other", "yesno") and _MORE.search(question):
        return "No: nothing beyond what is in this letter, and anything else I will confirm in writing before the work starts."
    if kind == "other" and _LIST_ASK.search(question) and len(items := [Quote(i).render() for i in plan_items(steps)]) > 1:
        return (f"The ones your post lists: {join_and(items)}. I would confirm the full list with you in a walk-through "
                f"of the current process before building anything.")
    if kind == "approach":
        if answer := _approach_answer(question, brief, ws, line, steps):
            return (answer if answer == plan_answer(steps) else with_subject(answer, question)) + honest
        return DEFER
    if kind == "personal":
        # a fact about the person that no workspace file holds: the reviewer writes it (the placeholder fails lint,
        # so the draft cannot be approved with it unfilled)
        return PERSONAL
    if kind == "confirm":  # "Confirmation that X": the letter commits to designing for it, in writing
        return ("Yes: I would treat that as a requirement of the design and state it in writing in the first milestone, "
                "so you can hold me to it." + honest)
    if kind == "yesno":
        said = proof_bit(item) if item else ""
        if lack and not have:
            return (honest_lack(lack, ws, "Not directly") + " " + said).strip()
        if not have:  # "Can you work on weekends?", "Can you deliver all 4 within 6 weeks?": never "Yes." without grounds
            return whether(question)
        years = ws["profile"].get("years_experience")
        backing = said or (f"It is the kind of work I have been doing for {years} years, and you can judge it "
                           f"on the first milestone." if years else "You can judge it on a small first milestone before committing "
                                                      "to more.")
        return (f"Yes. {join_and(have)} {be(have)} part of my everyday work. " if have else "Yes. ") + backing + honest
    return DEFER


_STACK_TOO = re.compile(r"\b(?:tech(?:nology)? stack|stack|tools|technolog(?:y|ies)|frameworks?|libraries)\b", re.IGNORECASE)


def _stack(question: str, brief: dict, ws: dict, facts: dict, line: dict, have: list[str]) -> str:
    """Which stack: the post's tools the workspace lists (and those the question names), and the usual way the
    post's kind of work is built, as a proposal."""
    wk = work_kind(brief.get("title") or "", brief.get("description") or "", domains_for(ws, line))
    return stack_answer(question, wk.id, list(dict.fromkeys([*have, *(facts.get("claimable_tools") or [])])))


def _first_step(brief: dict, ws: dict, line: dict, steps: tuple[str, ...]) -> str:
    items = plan_items(steps)
    if items:
        return sentence(f"I would start with {Quote(items[0]).render()}")
    wk = work_kind(brief.get("title") or "", brief.get("description") or "", domains_for(ws, line))
    return sentence(f"I would start with {wk.start}")


def answers_for(facts: dict, brief: dict, ws: dict, proof: dict, line: dict, letter: list[str],
                voice: Voice | None = None, steps: tuple[str, ...] = ()) -> list:
    """One answer per screening question, in the letter's voice. A sentence already said (in the letter or an
    earlier answer) is not repeated word for word; a deferred answer (or a question taken to the first call) uses
    the next wording not used yet in the letter. ``steps`` are the letter's approach steps."""
    voice = voice or voice_for(ws["profile"], "project")
    from service.core.schemas import ScreeningAnswer

    said = {_key(s) for x in letter for s in re.split(r"(?<=[.!?])\s+", x or "")}
    domains, asked = domains_for(ws, line), {}
    out = []
    for n, q in enumerate(facts.get("screening_questions", []), 1):
        raw = answer_question(q, brief, ws, facts, proof, line, steps)
        if raw == DEFER and (_PLAN_ASK.search(q.strip()) or _OWN_VIEW.search(q.strip()) or _HOW_WOULD.match(q.strip())) or repeats_steps(raw, steps):
            raw = OWN_PLAN  # "how you would architect it": a deferral, or the plan again, skips what was asked
        elif raw == DEFER and (mine := next((h for p, h in ((_OWN_STACK, PERSONAL), (_EXPERIENCE_ASK, OWN_PAST))
                                             if p.search(q.strip())), None)):
            raw = mine  # "Your strongest backend stack"; "Have you written 500-line SQL?": the reviewer's to say
        if raw == DEFER:  # nothing a workspace file holds answers it: the reviewer's, never "I will confirm it later"
            raw = OWN_ANSWER  # (third probe: the deferral read as a dodge wherever it stood)
        if raw == ASK_CLIENT:
            raw = _unused(CLIENT_SIDE, said, voice, n)
        shown = re.sub(r"\*\*|__", "", q)  # "Experience with **QuickBooks Online integrations**": no markup
        if raw in HOLDERS:  # the reviewer writes each one: never merged with another
            out.append(ScreeningAnswer(question=shown, answer=raw))
            continue
        raw = voice.speak(raw)
        keep = []
        for sent in re.split(r"(?<=[.!?])\s+", raw):
            key = _key(sent)
            if key and (key not in said or len(key.split()) < 4 or "[Your" in sent):
                said.add(key)
                keep.append(sent)
        answer = " ".join(keep)
        entry = know_how(q, domains)
        if len(answer.split()) >= 4 and entry:  # the earlier question this know-how answers (quoted when short)
            asked.setdefault(entry.id, Quote(q.rstrip(" ?.") + "?").render() if len(q) <= 120 else f"question {n}")
        elif entry and entry.id in asked:  # the same know-how as an earlier answer
            answer = voice.speak(f"My answer to {asked[entry.id]} covers this one as well; I would confirm the details "
                                 f"for your case on our first call.")
        if len(answer.split()) < 4:  # all of it said already: defer in words not used yet (experience: the reviewer's)
            answer = OWN_PAST if _EXPERIENCE_ASK.search(q.strip()) else OWN_ANSWER  # all said already: the reviewer's
        said.add(_key(answer))
        out.append(ScreeningAnswer(question=shown, answer=answer))
    return out


def repeats_steps(answer: str, steps: tuple[str, ...]) -> bool:
    """Whether an answer says two or more of the letter's plan steps again, word for word."""
    said = _key(answer)
    return sum(len(k.split()) >= 5 and k in said for k in (_key(st) for st in steps)) >= 2


def _key(text: str) -> str:  # a sentence's words, without the subject an answer names first ("For X, I would …")
    return re.sub(r"\W+", " ", re.sub(r"^for [^,]{1,150}, ", "", text.lower())).strip()


def _unused(options: tuple[str, ...], said: set[str], voice: Voice, n: int) -> str:
    """The first wording whose sentences the letter has not said yet; once all are used, one that names question
    ``n`` (so no two answers in a letter share their words): the client's own question, asked on the first call."""
    for o in options:
        if not any(_key(x) in said for x in re.split(r"(?<=[.!?])\s+", voice.speak(o))):
            return voice.speak(o)
    return voice.speak(f"Question {n} is also yours to answer; I will ask it on our first call, with the others "
                       f"above, before I commit to a milestone.")

