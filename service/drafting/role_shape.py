"""The next step of a role letter and the shape of a consultation letter.

A role letter's next step agreed "the weekly hours" like a freelance gig; tuning readers marked that down under
full-time, salaried, hybrid and "join our team" jobs ("Treats a salaried job as hourly freelance work", "Pitches
freelance weekly hours for a full-time hybrid Berlin role and ignores the German requirement"). An employment-style
role gets a role application's next step (an interview about the role, when the applicant could start); a language
or a workplace the post requires is left as a [placeholder] for the applicant to confirm, never claimed (the
reviewer gets a flag from ``constraints.requirement_flags``). A consultation whose result is written (a report, a
"written consultation (2-4 pages)") offers that document, not "a call and a short written summary". A role or a
consultation in our words, when no quote of the post leads (``role_sentence``, ``consult_sentence``), claims no
"ongoing ownership" of the role. Pure."""
from __future__ import annotations

import re

from service.drafting.answer_kinds import question_kind
from service.drafting.constraints import (
    OFFICE_VISIT,
    language_requirement,
    location_requirement,
    presence_requirement,
    timezone_requirement,
)
from service.drafting.deliverable import written_deliverable
from service.drafting.frames import Quote, SlotError, hours_sentence, join_and, sentence
from service.drafting.job_type import (
    CLOCK_RANGE,
    HOURS_RANGE,
    HYBRID,
    LATER,
    SET_HOURS,
    WRITTEN_RESULT,
)
from service.drafting.kind_table import (
    CONSULT_STEPS,
    CONSULT_WRITTEN_STEPS,
    ROLE_STEPS,
    WorkKind,
)
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
from service.drafting.work_kinds import fill, named_tools, said_plainly
from service.drafting.years_asked import years_sentence

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


# working hours set by the clock ("9 AM-5 PM CST", "9 am-6 pm English time"): a requirement to confirm, not hours to
# "confirm against on a call" (tuning readers: "dodges the required 9-5 CST availability")
# (a zone code in capitals only: "9am to 6pm and should …" is not "9am to 6pm AND", pool readers: "a broken fragment")
_CLOCK_HOURS = re.compile(CLOCK_RANGE + r"(?:\s+(?:(?-i:[A-Z]{2,4})\b|(?:UK|US|English|British|Eastern|Central|Pacific|"
                          r"European) time\b))?", re.IGNORECASE)
# the team meets every day ("scrum with our team each morning", "daily stand-up"): no weekly written update
_DAILY_MEETING = re.compile(r"\b(?:scrum|stand-?ups?|daily (?:meetings?|syncs?|check-?ins?|calls?))\b", re.IGNORECASE)
_STANDUP_STEP = "join the team's daily stand-up and keep my tasks up to date where the team tracks the work"


def clock_hours(post: str) -> str:
    """The working hours the post sets by the clock, in its words, or ""."""
    m = _CLOCK_HOURS.search(post or "")
    return m.group(0) if m else ""


def set_hours(post: str) -> str:
    """The hours the post sets, in its words: by the clock ("9 AM-5 PM CST"), else by a time zone ("overlap with EST"),
    or ""."""
    return clock_hours(post) or timezone_requirement(post) or ""


def role_steps(post: str, middle: str) -> tuple[str, str, str]:
    """A role's steps when the post lists no duties: get going, the kind's own middle step, and how progress is
    reported (the team's daily stand-up when it has one, else a weekly written update)."""
    return ROLE_STEPS[0], middle, _STANDUP_STEP if _DAILY_MEETING.search(post or "") else ROLE_STEPS[1]


# a screening question that asks where the applicant is: its answer says it, the letter does not ask it again
_WHERE = re.compile(r"\b(?:where (?:are you|do you live)|based|located|location|country|time ?zone)\b", re.IGNORECASE)


# days in the client's office ("you would come to our office twice a month") are a workplace
# for a project too (pool readers: "ignores the Sydney in-office requirement")
_OFFICE_DAYS = re.compile(r"\b" + OFFICE_VISIT + r"\b|\b(?:in[- ]office|in the office) (?:\d|one|two|three|"
                          r"once|twice|days?|every|each|at least)", re.IGNORECASE)


# the zone an overlap names ("overlap at least 3 hours with US Eastern time"), to find in the profile's own time zone
_ZONE_NAME = re.compile(r"\b(?:US )?(?:Eastern|Pacific|Central|Mountain)\b|\b(?:EST|EDT|ET|PST|PDT|PT|CST|CET|CEST|GMT|BST)\b",
                        re.IGNORECASE)


def requirements_sentence(post: str, profile_text: str, questions: list[str] = (), hours: bool = True,
                          place: bool = True, workplace: bool = True, zone: str = "", years: int | None = None) -> str:
    """A [placeholder] for the applicant to confirm the place, the language, the workplace or the hours (by the clock,
    else by time zone) the post requires, or ""; any letter, not only a role's. ``hours=False``: the letter answers
    the hours already (a client ask, or a screening question about them); no place when the letter answers it
    (``place=False``, a client ask) or a screening question asks where the applicant is;
    ``workplace=False``: a project, whose "on-site" or "hybrid" is more often about the work than a workplace.
    The years of experience the post requires are said when ``years`` (``years_asked.years_to_answer``) meets them;
    ``years=None``: the letter answers them elsewhere, or the caller does not say them."""
    asked = [q for q in questions if isinstance(q, str)]
    hours = set_hours(post) if hours and not any(question_kind(q) == "hours" for q in asked) else None  # its answer
    place = place and not any(_WHERE.search(q) for q in asked)
    wanted = (location_requirement(post, profile_text) if place else None, language_requirement(post, profile_text),
              presence_requirement(post) if workplace or _OFFICE_DAYS.search(post or "") else None, hours)
    met = ""  # an overlap with a zone the profile's own time zone names (fifth probe: left to the reviewer)
    if hours and zone and "overlap" in hours.lower() and (z := _ZONE_NAME.search(hours)) and \
            re.search(rf"\b{re.escape(z.group(0))}\b", zone, re.I):  # an overlap, not a whole working day in that zone
        met, wanted = f"Your post asks for {_quoted(hours)}: my time zone is {zone.rstrip('.')}.", wanted[:3]
    if years_said := years_sentence(post, years, profile_text):
        met = f"{met} {years_said}" if met else years_said
    said = list(dict.fromkeys(q for w in wanted if w and (q := _quoted(w))))
    if not said:
        return met
    which = "this" if len(said) == 1 else "both" if len(said) == 2 else "all of these"
    return f"{met} " * bool(met) + f"Your post asks for {join_and(said)}: [confirm that you meet {which}, or leave this sentence out]."


def role_next(brief: dict, post: str, rush: str | None, seed: int) -> tuple[str, str]:
    """The next step and call to action of a role letter: a freelance role agrees the weekly hours; an
    employment-style role offers an interview about the role, where the start is confirmed."""
    job = employment_role(post)
    span = HOURS_RANGE.search(post or "")  # "20-40 hours per week": the hours are agreed within it
    fixed = None if span else SET_HOURS.search(post or "")  # "20 hours a week", "8am-12pm UK time": set by the client
    nxt = (JOB_RUSH if rush else JOB_STEP) if job else (ROLE_RUSH if rush else ROLE_SET_HOURS_STEP if fixed else ROLE_STEP)
    said = span or fixed  # the post's own hours, else the listed hours
    tries = [said.group(0) if said else "", (brief.get("hours_per_week") or "").strip()]
    q = None if job else next((q for h in tries if h and (q := make_quote(h.split(), post))), None)
    clock = clock_hours(post)
    if q and not (clock and (clock in q.text or q.text in clock)):  # clock hours: ``requirements_sentence`` confirms them
        nxt = nxt + " " + hours_sentence(q)
    return nxt, pick(ROLE_RUSH_CTAS if rush else ROLE_CTAS, seed, 8)


# a review handed over in writing ("a feedback report or annotated code" under the deliverables; pool readers: "I asked for a
# written review of a 200-line script, and it proposes calls")
_WRITTEN_REVIEW = re.compile(r"\b(?:feedback report|annotated (?:code|script|files?)|review report)\b", re.IGNORECASE)


def written_consultation(title: str, description: str) -> bool:
    """The consultation's result is a document: a report, an audit, "written consultation (2-4 pages)", a review
    written up or annotated in the code."""
    text = f"{title}\n{description}"
    return written_deliverable(title, description) or bool(WRITTEN_RESULT.search(text) or _WRITTEN_REVIEW.search(text))


def consult_steps(title: str, description: str) -> tuple[str, ...]:
    return CONSULT_WRITTEN_STEPS if written_consultation(title, description) else CONSULT_STEPS


def consult_next(brief: dict, seed: int) -> tuple[str, str]:
    if written_consultation(brief.get("title") or "", brief.get("description") or ""):
        return sentence(CONSULT_WRITTEN_STEP), pick(CONSULT_WRITTEN_CTAS, seed, 8)
    return CONSULT_STEP, pick(CONSULT_CTAS, seed, 8)


def role_sentence(kind: WorkKind, tools_in_post: list[str], post: str = "") -> str:
    """The role in our words when no quote leads well; no tool the post rules out ("No Unity" read "… and Unity")."""
    # "take ongoing ownership of" was read as untrue under a two-month contract, "assist with our ongoing project" and
    # a contract with an end date (tuning readers, 30th session, four letters): the role is taken on, no more
    return fill("You are looking for someone to take on the {work} work[, mainly in {tools}].", work=kind.work,
                tools=named_tools([t for t in tools_in_post if not post or said_plainly(t, post)], 3))


def consult_sentence(kind: WorkKind, tools_in_post: list[str], post: str = "") -> str:
    return fill("You want an experienced view on the {work} questions[ around {tools}], so the next decisions are "
                "easy to make.", work=kind.work, tools=named_tools([t for t in tools_in_post if not post or said_plainly(t, post)], 3))
