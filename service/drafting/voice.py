"""One voice per letter (issue 14): readers noticed letters that said "I would start with …" in the hook, "our
team built …" in the proof line and "we" in the screening answers. The voice is chosen once, from the workspace
and the job type, and every part of the letter speaks in it:

- a team (an agency, a studio, "two analysts") bidding on a project speaks as **we**;
- one person, or anyone applying for an ongoing role (a role hires one person), speaks as **I**, and claims no team
  (the reviewer is told to check the case study is true of that person: ``solo_flag``).

The offline writer's team-written sentences are first person singular; for the "we" voice ``speak`` turns them
plural after the letter is assembled (so the approach section, whoever writes it, follows the same voice). Text
inside quotation marks (the client's words) is never changed."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TEAM = re.compile(r"\b(agency|studio|team|shop|firm|we|our|two|three|four|five)\b", re.IGNORECASE)
_QUOTED = re.compile(r"(\u201c[^\u201d]*\u201d|\"[^\"\n]*\")")
_PLURAL = (
    (re.compile(r"\bI am\b"), "we are"), (re.compile(r"\bI['’]m\b"), "we're"), (re.compile(r"\bI was\b"), "we were"),
    (re.compile(r"\bI(['’](?:ve|d|ll))\b"), r"we\1"), (re.compile(r"(?<![\w/.-])I(?![\w/.-])"), "we"),
    (re.compile(r"\bme\b"), "us"), (re.compile(r"\bmy\b"), "our"), (re.compile(r"\bMy\b"), "Our"),
    (re.compile(r"\bmine\b"), "ours"), (re.compile(r"\bmyself\b"), "ourselves"),
)
_TEAM_ONLY = re.compile(r",? (?:across|between) (?:the|our) (?:whole |entire )?team\b|,? (?:within|in|for|across) our "
                        r"(?:whole |entire )?team\b", re.IGNORECASE)
_START = re.compile(r"(^|[.!?]\s+|\n\s*(?:\d+\.\s+)?)we\b")


def is_team(profile: dict) -> bool:
    """The profile describes a team (an agency, a studio, "a two-person shop") rather than one person."""
    return bool(_TEAM.search(f"{profile.get('headline', '')} {profile.get('overview', '')}"))


@dataclass(frozen=True)
class Voice:
    plural: bool  # "we" throughout

    @property
    def subject(self) -> str:
        return "we" if self.plural else "I"

    def speak(self, text: str) -> str:
        """The text in this voice: first person singular becomes plural for a "we" letter; quotes untouched. An "I"
        letter drops a team's phrase the profile's own words bring in ("about 30 hours a week across the team":
        tuning readers marked it as clashing with the first-person voice)."""
        if not text:
            return text
        if not self.plural:
            return "".join(p if i % 2 else _TEAM_ONLY.sub("", p) for i, p in enumerate(_QUOTED.split(text)))
        parts = _QUOTED.split(text)
        for i in range(0, len(parts), 2):  # even parts are outside quotation marks
            s = parts[i]
            for pattern, repl in _PLURAL:
                s = pattern.sub(repl, s)
            parts[i] = _START.sub(lambda m: m.group(1) + "We", s)
        out = "".join(parts)
        return out[:1].upper() + out[1:] if out[:2] == "we" else out


# the post wants one person, not an agency or a team: "No agencies, please", "freelancers only", "Independent freelancer
# (not an agency)", "not accepting applications from agencies or teams" (never "agency experience a plus", "we are an
# agency", "individual freelancers or agencies welcome")
_OR_TEAM = r"(?![^.!?\n]{0,40}\b(?:or|and|&|/) (?:an? )?(?:small )?(?:agenc|teams?\b|studios?\b|firms?\b))"
SOLO_ONLY = re.compile(
    r"\bno (?:agencies|agency|teams)(?: or (?:agencies|teams))?(?=\s*(?:[.!,;:)\n—–-]|please\b|$))"
    r"|\b(?:agencies|teams)\b[^.!?\n]{0,30}\b(?:need not|needn['’]t|should not|shouldn['’]t|will not be|won['’]t be|"
    r"are not|aren['’]t) (?:apply|be considered|considered|accepted|welcome)"
    r"|\bagencies (?:will be|are) (?:ignored|rejected|declined|skipped|removed)\b"
    # "Please do NOT apply if you are working with an agency" (a pool letter answered it in an agency's "we")
    r"|\b(?:do not|don['’]t|please don['’]t) apply if you(?:['’]re| are) (?:working (?:with|for|through) |part of |with )?"
    r"(?:an? )?(?:agenc(?:y|ies)|team)\b"
    r"|\bnot (?:looking for|accepting (?:applications |bids |proposals )?from|interested in|working with|hiring|open to) "
    r"(?:an? )?(?:agenc(?:y|ies)|teams)\b"
    r"|\b(?:freelancer|developer|designer|writer|individual|contractor)s?,? \(?not (?:an? (?:agency|team)|agencies|teams)\b"
    rf"|\b(?:individual|independent) freelancers?\b{_OR_TEAM}|\bfreelancers? only\b|\bindividuals only\b"
    # "open to small teams, but we would prefer to work with an individual" (tuning readers marked the team's "we")
    rf"|\bprefer(?:ably|ence for)? (?:to (?:work with|hire) )?(?:an? )?(?:individual|independent|single|solo)"
    rf"(?: (?:freelancer|developer|designer|contractor|person)s?)?\b{_OR_TEAM}"
    rf"|\bonly (?:individual|independent|solo) (?:freelancers?|developers?|contractors?|professionals?)\b{_OR_TEAM}"
    r"|\bmust be (?:an )?(?:independent|individual)(?: freelancer| contractor)?\s*[.!,;)]"
    # "You'll build it solo—no outsourcing", "no subcontracting" (pool readers: "says 'we' to a client who demands a
    # solo coder")
    r"|\byou(?:['’]ll| will)? (?:build|do|develop|handle|code) (?:it|this|the (?:work|project|app)) (?:solo|alone|"
    r"yourself)\b"
    r"|\bno (?:outsourcing|subcontract(?:ing|ors?)|sub-contract(?:ing|ors?))\b"
    # one person teaching one person: readers marked an agency "we" on a 1-on-1 mentorship
    r"|\b(?:1[- ]on[- ]1|one[- ]on[- ]one|1:1)\s+(?:\w+\s+){0,2}?(?:mentor\w*|tutor\w*|coach\w*|lessons?|sessions?|"
    r"teach\w*|training)\b|\b(?:mentor\w*|tutor\w*|coach\w*|lessons?|sessions?)\s+(?:\w+\s+){0,2}?"
    r"(?:1[- ]on[- ]1|one[- ]on[- ]one|1:1)(?!\w)",
    re.IGNORECASE)


def solo_only(post: str) -> re.Match | None:
    """The post's words that ask for one person rather than an agency or a team, or None."""
    return SOLO_ONLY.search(post or "")


def solo_flag(post: str, profile: dict, hired: bool = False) -> str | None:
    """A reviewer note when a team's workspace answers a post that asks for an individual freelancer, or that hires
    one person (``hired``: a role, full-time or freelance)."""
    m = solo_only(post)
    if not is_team(profile) or not (m or hired):
        return None
    if not m:
        return ("individual_hire: the post hires one person (a role, or lessons one tutor gives); the letter speaks as that "
                "person (\"I\") and claims no team, so its case study and experience lines say \"I\" too. Check they "
                "are true of the person who would take the job.")
    return (f"individuals_only: the post asks for an individual freelancer ({m.group(0).strip()!r}); the letter speaks "
            "as the one person who would do the work (\"I\") and claims no team, so its case study and experience lines "
            "say \"I\" too. Check they are true of the person who would do the job, and that you can take it on as "
            "one person, or skip the job.")


def voice_for(profile: dict, job_type: str, post: str = "", one_person: bool = False) -> Voice:
    """A team's project letter speaks as "we"; a role (full-time or freelance: it hires one person), work one person
    does (``one_person``: lessons; tuning readers, 30th session: "the 'we/team' voice is odd for one-to-one lessons")
    or a post that asks for an individual gets the one person who would do the work, as "I", with no team claim
    (tuning readers on "my team has …": "a full-time individual role, and it doesn't answer for himself")."""
    return Voice(plural=is_team(profile) and job_type != "role" and not one_person and not solo_only(post))
