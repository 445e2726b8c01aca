"""Whether a verbatim quote of the post reads well as the letter's opening quote: real words, not a list number, a
screening question, an ask about applying or a line about the person to hire, no sentence break inside, and no
word pointing back to a sentence the letter does not show. Pure; ``quotes.lead_quote`` tries candidates in order."""
from __future__ import annotations

import re

from service.text.skills import normalise_skill
from service.text.task_verbs import BASE_VERBS

_NUMBERED = re.compile(r"^(?:\(?\d{1,2}[.)]|[a-z][.)])\s")
_WORDLIKE = re.compile(r"^[A-Za-z][A-Za-z'’-]+[,.;:]?$")
# applying for jobs on someone's behalf is the work ("help us with applying to 60 accounting job positions")
_ADMIN = re.compile(r"\b(?:please|include|your application|(?:apply|applying)(?! (?:to|for) (?!(?:this|these|the|our|my) )"
                    r"(?:[\w.]+ ){0,5}(?:jobs|job positions|positions|roles|vacancies|openings))|proposals?|cover letter|"
                    r"join (?:our|the|a) team|in this role|this position|ideal candidate|someone who)\b|"
                    r"^(?:how|what|why|which|when|where|who) |^(?:do|does|did|have|has|can|could|would|will|are|is) "
                    r"(?:\w+ )?(?:you|your)\b|\?$", re.IGNORECASE)  # a screening question is not the job
# a question or an instruction to applicants ("Keep your reply to 3 sentences max", "Put the word MACRO in bold at the
# start", "Tell us whether you accept …", "Have you fixed … before"): fourth probe, quoted as the job
_ASKS = re.compile(r"^\W*(?:\d+[.)]\s*)?(?:(?:do|does|did|have|has|can|could|would|will|are|is) (?:\w+ )?(?:you|your)\b|"
                   r"(?:how|what|why|which|when|where|who)\b.*\byou\b|(?:tell|let) (?:us|me)\b|quote (?:a|your|us)\b)|\?\W*$|"
                   r"\byour (?:reply|bid|answer|response|message|proposal|application)\b|\b(?:put|write|type|mention|use|"
                   r"add) (?:the )?(?:word|phrase|code ?word)\b|\bsign (?:off|it)\b|\b(?:start|begin|end) (?:your|it) with\b|"
                   r"\bthe (?:first|last) (?:word|line|sentence) of\b|\b(?:sentences?|words?|lines?) max\b|"
                   r"\b(?:under|no more than|max) \d+ (?:words|sentences|lines)\b", re.IGNORECASE)


def asks_applicant(sentence: str) -> bool:
    """The post sentence asks the applicant something or tells them how to apply: no lead is cut from it."""
    return bool(_ASKS.search(sentence.strip()))


# the person to hire described, not the work: "tutor who can work with me in a vibe coding style"
# or the role the sentence began with ("[As a] SQL DBA, you will be responsible for …": its "As a" is lost)
_PERSON_WANTED = re.compile(r"^(?:[\w-]+ ){0,2}(?:tutor|teacher|mentor|coach|instructor|designer|writer|assistant|partner|"
                            r"developer|engineer|analyst|programmer|expert)s? (?:who|that|with)\b|"
                            r"^[^,]{1,40}, you(?:'ll| will| would)\b", re.IGNORECASE)
# a section heading ("Key Responsibilities (The MVP Deliverables)") is not the client's words about the work
_HEADING = re.compile(r"^(?:key |main )?(?:responsibilities|requirements|deliverables|scope(?: of work)?|qualifications|"
                      r"overview|summary|about (?:us|the (?:role|project|job))|what you.ll do)\b", re.IGNORECASE)
_BREAK = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)[.!?]\s+\S")  # a sentence break inside the quote


# a preposition left without its object ("flag and refer to in our meetings", cut from "a finding we want to flag
# and refer to in our meetings"): the quote was a relative clause and reads as garbled (pool readers)
_STRANDED = re.compile(r"\b(?:to|for|with|from|about|into) (?:in|with|for|into) (?:our|the|my|your|their|its|this|"
                       r"these)\b", re.IGNORECASE)

# the post's closing pitch to applicants, not the work ("If you love hard problems and want to …";
# pool readers: "quotes the post's closing pitch line")
_PITCH = re.compile(r"^if you(?:'re|’re| are)? (?:love|enjoy|like|thrive|want|are passionate|passionate|excited|eager|"
                    r"ready|looking)\b", re.IGNORECASE)
# a duty of working with others, or one done now and then, is no heart of the job ("Collaborating with the Product
# team to …" and "Occasionally craft custom dashboards …" led a letter for a role building the main BI dashboard)
_SIDE_DUTY = re.compile(r"(?:collaborat\w*|work(?:ing)? closely|communicat\w*|attend\w*|participat\w*|liais\w*|"
                        r"coordinat\w* with|occasionally|from time to time|ensur\w*|"
                        r"stay\w* (?:up[- ]to[- ]date|current)|"
                        r"document\w* (?:(?:the|our|all|your) )?(?:[\w-]+ )?(?:solutions?|processes|reports?|code|work|"
                        r"changes|dashboards?))\b", re.IGNORECASE)
# a line of the requirements, not the work ("Strong DAX and data modelling in Power BI" led a BI role's letter)
_REQUIREMENT = re.compile(r"(?:(?:strong|proven|solid|good|excellent|deep|advanced|extensive|hands-on)(?: \w+)? "
                          r"(?:experience|expertise|knowledge|skills?|understanding|command|background|proficiency|"
                          r"dax|sql|python|excel)|(?:experience|expertise|proficiency|knowledge|familiarity|background|"
                          r"understanding) (?:in|with|of)|\d+\+? years)\b", re.IGNORECASE)
# a list of tools is no statement of the work ("Vue / Bootstrap, TypeScript / HTML / CSS mostly"; pool readers)
_WORD = re.compile(r"[A-Za-z][\w.+#-]*")


def _tool_list(text: str) -> bool:
    words = _WORD.findall(text)
    return len(words) >= 3 and sum(1 for w in words if normalise_skill(w.rstrip(".")) is not None) >= 0.6 * len(words)


# a constraint, not the need ("no analyst on our side to help"; pool readers)
_CONSTRAINT = re.compile(r"(?:no|not|without)\b", re.IGNORECASE)
# where or how much the person works is no statement of the work ("half the week in the office, the firm sits in Lyon")
_WORKPLACE = re.compile(r"\b(?:in-office|on-?site|located in|based in|relocat\w*|office in|hybrid (?:role|position|job|"
                        r"work\w*|schedule|model|arrangement))\b", re.IGNORECASE)  # not "a hybrid mobile app"


# the company's own pitch, not the work ("We help disruptors, Fortune 500s, and celebrity brands own the moment";
# pool readers: "quotes our marketing tagline as if it were the task")
_COMPANY_PITCH = re.compile(r"^(?:at [^,]{2,40}, )?we (?:help|empower|serve|partner with|work with|specialize in|"
                            r"specialise in|don['’]?t just|do not just)\b|^we(?:'re|’re| are) (?:a|an|the) (?:[\w-]+ ){0,4}"
                            r"(?:agency|studio|company|firm|consultancy|brand|leader|provider|collective)\b",
                            re.IGNORECASE)


def reads_as_lead(text: str) -> bool:
    """A quote fit to open a letter: mostly real words (not "x1 x2 x3"), not a list number, not about applying or
    about the person to hire ("We want an able … to join our team"), not a side duty ("Collaborating with …",
    "Occasionally craft …"), no pronoun in its first words
    that points back to a sentence the letter does not show ("help connect it with Airtable"), no duty line whose
    subject was left out ("Oversees the performance …": ``third_person_start``)."""
    words = text.split()
    wordlike = sum(1 for w in words if _WORDLIKE.match(w))
    if re.search(r"\s[-•*]\w|\s\d+$", text):  # list markers glued to words, a list number left at the end
        return False
    # a pronoun with nothing before it to point at ("help integrate “it” with Airtable") reads as a fragment ("I.T"
    # is no pronoun)
    orphan = any(w.lower().strip(",.") in ("it", "them", "its") for w in words[:4]) \
        or (text[:1].islower() and re.search(r"\bI\b(?!\.\w)", text))  # "help with the app I built": whose app?
    return (wordlike >= 3 and wordlike >= 0.6 * len(words) and not _NUMBERED.match(text)
            and not _ADMIN.search(text) and not _BREAK.search(text) and not orphan and not _PERSON_WANTED.match(text)
            and not _HEADING.match(text) and not _STRANDED.search(text) and not _CONSTRAINT.match(text)
            and not _PITCH.match(text) and not _tool_list(text) and not _SIDE_DUTY.match(text)
            and not _REQUIREMENT.match(text) and not _WORKPLACE.search(text) and not _COMPANY_PITCH.match(text)
            and not third_person_start(text))


def third_person_start(text: str) -> bool:
    """A duty line with its subject left out ("Oversees the performance …", "Manages our …"): quoted as what the post
    "says", both tuning readers of the 30th session counted it as a broken sentence."""
    first = next(iter(text.split()), "")
    low = first.lower()
    return first[:1].isupper() and low.endswith("s") and not low.endswith("ss") and (
        low[:-1] in BASE_VERBS or low.endswith("es") and low[:-2] in BASE_VERBS)
