"""The next step of a role letter and the shape of a consultation letter.

A role letter's next step agreed "the weekly hours" like a freelance gig; tuning readers marked that down under
full-time, salaried, hybrid and "join our team" jobs ("Treats a salaried job as hourly freelance work", "Pitches
freelance weekly hours for a full-time hybrid Berlin role and ignores the German requirement"). An employment-style
role gets a role application's next step (an interview about the role, when the applicant could start); a language
or a workplace the post requires is left as a [placeholder] for the applicant to confirm, never claimed (the
reviewer gets a flag from ``constraints.requirement_flags``). A consultation whose result is written (a report, a
"written consultation (2-4 pages)") offers that document, not "a call and a short written summary". Pure."""
from __future__ import annotations

import re

from service.drafting.constraints import language_requirement, presence_requirement
from service.drafting.deliverable import written_deliverable
from service.drafting.frames import Quote, SlotError, hours_sentence, sentence
from service.drafting.job_type import HOURS_RANGE, HYBRID, LATER, SET_HOURS, WRITTEN_RESULT
from service.drafting.kind_table import CONSULT_STEPS, CONSULT_WRITTEN_STEPS
from service.drafting.offline_phrases import (
    CONSULT_CTAS,
    CONSULT_STEP,
    CONSULT_WRITTEN_CTAS,
    CONSULT_WRITTEN_STEP,
    JOB_RUSH,
    JOB_STEP,
    ROLE_CTAS,
    ROLE_RUSH,
    ROLE_RUSH_CTAS,
    ROLE_SET_HOURS_STEP,
    ROLE_STEP,
    pick,
)
from service.drafting.quotes import make_quote

# employment rather than freelance hours: a salary, a permanent or full-time post, the office; a place in the team
# only when the post itself speaks of no weekly hours (then agreeing them is on topic)
EMPLOYMENT = re.compile(r"\b(?:full[- ]?time(?! development)|salary|salaried|permanent|in-house (?:team|role|position)|"
                        r"" + HYBRID + r"|on-?site(?! meetings?)|in[- ]office|contract[- ]to[- ](?:perm\w*|hire)|paid time off|"
                        r"w/m/d|m/w/d|m/f/d)\b", re.IGNORECASE)
TEAM = re.compile(r"\bjoin (?:our|the) (?:[\w-]+,? ){0,3}team\b", re.IGNORECASE)
WEEKLY_HOURS = re.compile(r"\b(?:hours|hrs)\s?(?:per|a|/|each)\s?week|\bper week\b", re.IGNORECASE)


def employment_role(post: str) -> bool:
    post = LATER.sub(" ", post or "")  # "could evolve into a full-time position" is not the job
    return bool(EMPLOYMENT.search(post) or TEAM.search(post) and not WEEKLY_HOURS.search(post))


def _quoted(words: str) -> str | None:
    try:
        return Quote(" ".join(words.split())).render()
    except SlotError:
        return None


def requirements_sentence(post: str, profile_text: str) -> str:
    """A [placeholder] for the applicant to confirm the language or the workplace the post requires, or ""."""
    said = [q for w in (language_requirement(post, profile_text), presence_requirement(post)) if w and (q := _quoted(w))]
    if not said:
        return ""
    return (f"Your post asks for {' and '.join(said)}: [confirm that you meet "
            f"{'both' if len(said) > 1 else 'this'}, or leave this sentence out].")


def role_next(brief: dict, post: str, rush: str | None, seed: int, profile_text: str = "") -> tuple[str, str]:
    """The next step and call to action of a role letter: a freelance role agrees the weekly hours; an
    employment-style role offers an interview about the role, where the start is confirmed."""
    job = employment_role(post)
    span = HOURS_RANGE.search(post or "")  # "20-40 hours per week": the hours are agreed within it
    fixed = None if span else SET_HOURS.search(post or "")  # "20 hours a week", "8am-12pm UK time": set by the client
    nxt = (JOB_RUSH if rush else JOB_STEP) if job else (ROLE_RUSH if rush else ROLE_SET_HOURS_STEP if fixed else ROLE_STEP)
    said = span or fixed  # the post's own hours, else the listed hours
    tries = [said.group(0) if said else "", (brief.get("hours_per_week") or "").strip()]
    q = None if job else next((q for h in tries if h and (q := make_quote(h.split(), post))), None)
    if q:
        nxt = nxt + " " + hours_sentence(q)
    extra = requirements_sentence(post, profile_text)
    if extra:
        nxt = nxt + " " + extra
    return nxt, pick(ROLE_RUSH_CTAS if rush else ROLE_CTAS, seed, 8)


def written_consultation(title: str, description: str) -> bool:
    """The consultation's result is a document: a report, an audit, "written consultation (2-4 pages)"."""
    return written_deliverable(title, description) or bool(WRITTEN_RESULT.search(f"{title}\n{description}"))


def consult_steps(title: str, description: str) -> tuple[str, ...]:
    return CONSULT_WRITTEN_STEPS if written_consultation(title, description) else CONSULT_STEPS


def consult_next(brief: dict, seed: int) -> tuple[str, str]:
    if written_consultation(brief.get("title") or "", brief.get("description") or ""):
        return sentence(CONSULT_WRITTEN_STEP), pick(CONSULT_WRITTEN_CTAS, seed, 8)
    return CONSULT_STEP, pick(CONSULT_CTAS, seed, 8)
