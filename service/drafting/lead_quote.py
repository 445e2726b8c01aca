"""The lead quote: which of the post's own statements opens the letter ("You want someone to “…”"), from the
candidates ``quotes`` finds (the need, the kind's sentence, deliverables, list items, the title). A candidate leads
only when it is whole, states the work, reads as a lead and is not about the client's company or the applicant.
Pure functions."""
from __future__ import annotations

import re

from service.drafting.frames import stitched_lead
from service.drafting.lead_checks import asks_applicant, reads_as_lead
from service.drafting.quotes import (
    NEED_CUE,
    NUMBERISH,
    Found,
    about_us,
    starts_cleanly,
)
from service.text.task_verbs import BASE_VERBS

_MARKUP = re.compile(r"[\^\\|{}<>~]|\w\^|\bhttps?\b|\bwww\.")  # editor markup ("H^ongoing^H") or a cut link ("from https")
_CONJUNCTION_START = re.compile(r"^(?:and|or|and/or|but|so|then|also|as well as|which|that)\b", re.IGNORECASE)
_ROLE_TITLE = re.compile(r"\b(?:developers?|analysts?|engineers?|managers?|consultants?|experts?|specialists?|"
                         r"researchers?|assistants?|administrators?|freelancers?|needed|wanted|hiring|necesit\w*|programador\w*|"
                         r"desarrollador\w*|buscamos|busco)\b", re.IGNORECASE)
# a quote about the person to hire ("an experienced developer who …"), not the work; "the store managers" is work
_ABOUT_THEM = re.compile(r"\b(?:hire|hiring|candidates?|applicants?|specialists?|experts?|freelancers?|we are a|we're a|optional|stay (?:current|up to date)|"
                         r"(?:we are|we're|we’re) (?:seeking|looking for)|"
                         r"working with|join (?:our|the|a) |(?:a|an|experienced|skilled|senior|junior|dedicated) "
                         r"(?:[\w.+#/-]{1,30} ){0,4}(?:developer|"
                         r"analyst|engineer|manager|consultant|scientist|designer|writer)s?)\b", re.IGNORECASE)


# a verb phrase about the team, not the work ("assist our staff on a freelance basis")
_VAGUE_VP = re.compile(r"(?:help )?(?:manag|handl|cover)\w* (?:occasional |seasonal |peak )?(?:workload|overflow) ?(?:surges?|peaks?)?$|"
                       r"(?:assist|help|support|join|work with) (?:(?:us|our|the|your) ?(?:\w{1,30} ){0,2}(?:team|company|business)?"
                       r"(?: on a \w{1,20} basis| remotely| full[- ]time| part[- ]time)?|(?:with|on|in) (?:our|the|this|your) "
                       r"(?:\w{1,30} )?(?:project|tasks?|work))$", re.IGNORECASE)
_ADMIN_ASK = re.compile(r"\b(?:submit|send|share|attach|provide|include)\b[^.]*\byour\b|\bsomeone (?:who|i|we|that)\b|"
                        r"\b(?:opportunity|exciting|budget|paid|forefront|environment|must be (?:completed|delivered|done))\b|"
                        r"\b(?:fixed|done|completed|delivered|finished|ready) (?:in|within|by) ",
                        re.IGNORECASE)


def _about_company(found: Found) -> bool:
    """A sentence about the client's company or the application, not the work ("Our team operates in …"); a
    first-person sentence naming a tool or a number is the problem itself ("Our Django app deploys to AWS ECS …")."""
    from service.text.skills import find_skills_in_text

    text = found.quote.text
    plain = not (NEED_CUE.search(text) or NUMBERISH.search(text) or find_skills_in_text(text))
    return bool(_ADMIN_ASK.search(text) or about_us(found.sentence) or re.match(r"(?:we|our)\b", text, re.IGNORECASE)
                and plain)


def _headless(found: Found) -> bool:
    """A quote that lost its article or possessive ("The case study involves …" quoted as "case study involves …")
    reads as a fragment in the letter."""
    first = found.quote.text.split()[0]
    return first[:1].islower() and first not in BASE_VERBS and bool(
        re.match(r"\W*(?:the|this|that|a|an|our|my|your|its|their)\s+" + re.escape(first), found.sentence, re.IGNORECASE))


# a figure from the post's list of metrics ("Number of service and repair jobs with a ticket over $1"): its number is
# a threshold, not a sign that the line states the work (a tuning letter led with it; three readers: "an odd line")
_METRIC = re.compile(r"(?:number|total|average|avg|count|percentage|share|rate|ratio|sum) (?:of|per)\b|"
                     r"(?:total|average|avg|median|mean)\b", re.IGNORECASE)


def _states_work(found: Found) -> bool:
    """A weaker candidate leads only when it states the work: a verb phrase or a list item led by a verb, or a
    clause with a need cue or a named tool; never a fragment cut from mid-sentence ("individual will analyze …"),
    a sentence about the company ("Our team operates in …") or an ask about the application."""
    from service.text.skills import find_skills_in_text

    text = found.quote.text
    first = text.split()[0]
    if _ADMIN_ASK.search(text) or about_us(found.sentence) or (first[:1].islower() and first not in BASE_VERBS):
        return False
    if found.role == "vp" or first.lower() in BASE_VERBS:
        return True
    return not re.match(r"(?:we|our|i|my)\b", first, re.IGNORECASE) and bool(
        NEED_CUE.search(text) or NUMBERISH.search(text) and not _METRIC.match(text) or find_skills_in_text(text))


def _at_clause_end(found: Found, post: str) -> Found | None:
    """The quote, when it is whole and ends where a clause of the post ends; else None (readers counted a quote that
    needs an ellipsis, "… extracts product titles, categories…”", as garbled, so a cut quote is never cut back)."""
    text = found.quote.text
    # a comma going on with a list ("for flour, butter and sugar") is no clause end: "for flour" is untrue; a verb phrase
    # may end before its examples ("analyze our CRM deal data …, including stage durations, win rates")
    ok = r"(?!including|such as)" if found.role == "vp" else ""
    mid_list = re.search(re.escape(text) + rf",\s*{ok}(?:[\w'’-]+\s){{0,3}}[\w'’-]+(?:,|\s(?:and|or|&)\s)", post)
    return None if found.quote.cut or mid_list else found


# a quote that starts with the role ("Analyst to support our team") or restates a role title ("Full-Stack Developer (…)")
_ROLE_START = re.compile(r"^(?:[\w.-]{1,30} ){0,2}(?:analyst|developer|engineer|designer|specialist|consultant|assistant|"
                         r"expert|freelancer|manager)s?(?: (?:to|who|with|for|that)\b| ?\(| ?[-–—|:]|\W*$)", re.IGNORECASE)


# "both the frontend" with no "and …": the quote stops inside a pair and reads as a fragment
_HALF_PAIR = re.compile(r"\b(?:both|between|either|neither)\b(?!.*\b(?:and|or|nor)\b)", re.IGNORECASE)


def _quotable_detail(found: Found, title: str, post: str) -> bool:
    text = found.quote.text
    if _ROLE_START.match(text) or _HALF_PAIR.search(text):
        return False
    from_title = text.lower() in title.lower()
    if from_title and _ROLE_TITLE.search(text):
        return False  # "Next.js Developer … Needed" quoted back reads as a form letter
    return (not _ABOUT_THEM.search(text) and 5 <= len(text.split()) <= 22 and not _CONJUNCTION_START.match(text)
            and not _MARKUP.search(text) and (not from_title or text.lower().strip(" .!") == title.lower().strip(" .!"))
            and (from_title or reads_as_lead(text) and starts_cleanly(text, post)))


def lead_quote(needs: list[Found], kind_found: Found | None, listed: list[Found], items: list[Found], title: str,
               post: str, spare: tuple[str, ...] = (), remarked: Found | None = None) -> Found | None:
    """The client's own words for the heart of the job, for the letter's first sentence, or None: the first of
    ``ranked`` that reads well (the clause the remark answers, the need as a verb phrase, the kind's sentence, the best
    statement, deliverables, other statements and list items, the title), one outside ``spare`` (the plan's two items)."""
    best = needs[0] if needs else None
    titled = [f for f in needs if f.quote.text.lower() in title.lower()]
    rest = [f for f in needs[1:] if f not in titled and not (f.role == "vp" and _VAGUE_VP.match(f.quote.text))]
    kind_found = kind_found if kind_found and not _headless(kind_found) else None
    vague = bool(best and _VAGUE_VP.match(best.quote.text))  # "help manage occasional workload surges" is no need
    ranked = [remarked, best if best and best.role == "vp" and not vague else None, kind_found,
              best if best and not (vague or _about_company(best) or _headless(best)) else None, *listed,
              *(f for f in (*rest, *items) if _states_work(f)), *titled]
    first = None  # the first none called clumsy (cut mid-clause, "and/or …" openings, markup, a role title sold back as
    for f in ranked:  # "the part of …"); checked lazily, and returned at once when it spares the plan's items
        c = _at_clause_end(f, post) if f else None
        if c and _quotable_detail(c, title, post) and not stitched_lead(c.quote.text, title) and not asks_applicant(c.sentence):
            if not any(c.quote.text.lower() in x.lower() or x.lower() in c.quote.text.lower() for x in spare):
                return c
            first = first or c
    return first
