"""The shapes a list of questions takes when the client drops the question marks: a line that asks without one ("How
would you handle failed webhooks"), items numbered inline after a cue ("(1) which theme … (2) whether you can …") and
a one-sentence list of asks ("your rate, your availability this month, and your time zone"). ``extraction_rules``
reads the cues; these read the items (all found trying the product, 2026-12-07). All patterns are linear (RE2)."""
from __future__ import annotations

import re

from service.text import linear_re

QWORD = linear_re.compile(r"^(what|which|how|why|when|where|who|whom|whose|do|does|did|have|has|had|are|is|can|could|"
                    r"would|will|should|were|was|qu[eé]|cu[aá]l|c[oó]mo|cu[aá]nt|d[oó]nde|tienes|has|avez|quel|"
                    r"quelle|comment|combien|was|wie|welche|haben|hast|können|qual|quais|quanto|voc[eê]|"
                    r"describe|explain|tell us|list|share|briefly)\b", ignore_case=True)
YOU = linear_re.compile(r"\b(you|your|vous|votre|vos|tu|tus|te|du|dein|deine|ihr|ihre|sie|ihnen|você|voce|sua|seu|"
                         r"usted|has|puedes|tienes|hai|puoi|tuo|tua|tuoi|sei|je|jij|jouw|uw|heb)\b", ignore_case=True)


_WRAP_END = frozenset("of and or the a an to in for with on at by from that your our is are".split())


def bare_question(line: str, following: list[str]) -> bool:
    """A line that asks the applicant something without a question mark ("How would you handle failed webhooks"), not
    a hard-wrapped line of a longer sentence (it ends on "of", or the next line goes on in lower case)."""
    words = line.split()
    return (line[:1].isupper() and bool(QWORD.match(line)) and bool(YOU.search(line)) and len(words) <= 25
            and line[-1:].isalnum() and words[-1].lower() not in _WRAP_END and not (following and following[0][:1].islower()))


_NUMBERED = linear_re.compile(r"(?:^|\s)\(?[1-9][.)]\s+")


def split_numbered(text: str) -> list[str]:
    """Items numbered inline after a cue ("(1) which theme … (2) whether you can … (3) your fixed price."), or []."""
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2 or text[:marks[0].start()].strip(" :,-"):
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    items = [text[m.end():e].strip().rstrip(" ,;").removesuffix(" and").strip() for m, e in zip(marks, ends)]
    items[-1] = items[-1].split(". ")[0].rstrip(".")  # the last item ends with its sentence
    if any(re.search(r"[.?!]\s", i) for i in items):  # whole sentences, each read on its own
        return []
    return [i for i in items if len(i.split()) >= 2]


_LISTED = linear_re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_ASKED_PART = linear_re.compile(r"^(?:your|whether|when|which|how|what|(?:have|do|did|are|can|could|would) you)\b",
                                ignore_case=True)


def split_listed(text: str) -> list[str]:
    """A one-sentence list of asks after a cue ("your rate, your availability this month, and your time zone"), or []."""
    text = text.strip().rstrip(".")
    if not text or any(ch in text for ch in ".?!"):
        return []
    parts, last = [], 0
    for m in _LISTED.finditer(text):
        parts.append(text[last:m.start()].strip())
        last = m.end()
    parts.append(text[last:].strip())
    return parts if len(parts) >= 2 and all(_ASKED_PART.match(p) and len(p.split()) >= 2 for p in parts) else []


# an ask written as an instruction to the applicant ("Walk me through how you would debug …", "Share your thoughts on
# FastAPI vs Django for our case", "In one sentence, tell me what you'd check first", "Let me know your availability
# next week", "- say whether you'd do this by hand or with a script"): a question without a question mark (found trying
# the product, third probe: about 30 such asks went unanswered). It must speak of the applicant ("you", "your"): "Describe
# the products in 150 words each" is the work, not a question.
_LEAD = r"(?:(?:also|and|please|kindly|briefly|finally|then|lastly|plus),?\s+)*(?:in (?:one|a|two|1|2|a single|a short) (?:sentence|line|paragraph)s?,?\s+|briefly,?\s+)?"
_IMPERATIVE = linear_re.compile(
    rf"^{_LEAD}(?:please\s+)?(?:tell (?:me|us)(?: in (?:one|a|two|1|2) (?:sentence|line)s?)?(?: briefly)?(?: about)?|"
    r"explain|describe|walk (?:me|us) through|share (?:your|with (?:me|us) your)|give (?:me|us)|"
    r"let (?:me|us) know (?:your|how|what|when|whether|which|where|why|about your)|say whether|outline|"
    r"talk (?:me|us) through|send (?:me|us) your thoughts)\b", ignore_case=True)
_SPEAKS_OF_YOU = linear_re.compile(r"\b(?:you|your|you'd|you’d|you've|you’ve|you're|you’re|yourself)\b", ignore_case=True)
_COURTESY = linear_re.compile(r"^(?:please )?let (?:me|us) know (?:if|whether) (?:you )?(?:have|need|are interested|can help)|"
                              r"^(?:please )?tell (?:me|us) (?:a (?:bit|little) )?(?:more )?about yourself\W*$|"
                              r"\b(?:any|more|further) (?:questions|details|information)\W*$", ignore_case=True)


# things to send (a portfolio, the rate, an estimate, the availability, past projects): the letter's asks paragraph
# answers those (``drafting.client_asks``), with the links and figures a question's answer would not carry
_TO_SEND = linear_re.compile(r"\b(?:portfolio|samples?|links?|cv|resume|résumé|rates?|price|pricing|cost|quote|budget|"
                             r"estimat\w*|timeline|time ?frame|time for completion|availability|available|start date|"
                             r"experiences?|similar (?:projects?|work|\w+ you)|(?:past|previous|prior|recent) (?:[\w-]+ )?(?:projects?|work)|"
                             r"projects you|an? (?:[\w-]+ )?project (?:where|that|in which|you)|(?:biggest|largest|best|"
                             r"proudest|hardest) [\w -]{1,30}? you(?:'ve|’ve| have)?|examples?|case stud(?:y|ies)|references?|certificat\w*|github|linkedin)\b",
                             ignore_case=True)


def imperative_ask(sentence: str) -> bool:
    """Whether the sentence asks the applicant something in the form of an instruction (see ``_IMPERATIVE``): how they
    would work or what they think, not a thing to send (``_TO_SEND``)."""
    s = sentence.strip().strip("*_ ")
    return (bool(_IMPERATIVE.match(s)) and bool(_SPEAKS_OF_YOU.search(s)) and not _COURTESY.search(s)
            and not _TO_SEND.search(s)
            and 4 <= len(s.split()) <= 45 and ":" not in s and not s.endswith("!"))  # "Tell us: a, b and c" is split apart


# a short question about the price or the time with no "you" in it ("Expected hourly rate?", "Flat fee?", "How much for
# the 90-minute session plus a written report?"): asked of every applicant (fourth probe: all were dropped)
_TERMS_Q = linear_re.compile(r"^(?:how much|how long|how soon)\b|\b(?:rates?|price|pricing|fee|cost|budget|quote|retainer|"
                             r"timeline|turnaround|eta|availability|deadline)\b", ignore_case=True)


_OTHER_RATE = linear_re.compile(r"\b(?:conversion|bounce|error|churn|open|click|reply|response|success|retention|heart|"
                                r"frame|exchange|interest|tax|refresh|hit|win|close) rates?\b|\brates?[- ]?limit\w*",
                                ignore_case=True)


def terms_question(sentence: str) -> bool:
    s = sentence.strip()
    return s.endswith("?") and 2 <= len(s.split()) <= 16 and bool(_TERMS_Q.search(_OTHER_RATE.sub(" ", s)))


_ASKING = linear_re.compile(r"^(?:what|which|how|why|when|where|who|do|does|are|is|can|could|would|will|should)\b",
                            ignore_case=True)  # asked, not listed ("Has shipped RAG systems" is a requirement)


def bare_lines(lines: list[str]) -> set[str]:
    """Lines of a run of two or more questions written without question marks, one a line, any case ("what do you
    charge for a 1 hour call" / "how long will it take" / "do you work weekends"), at least one about "you"."""
    out: set[str] = set()
    run: list[str] = []
    for line in [*lines, ""]:
        s = line.strip().lstrip("-*•· ").strip()
        if s and _ASKING.match(s) and 3 <= len(s.split()) <= 25 and s[-1:].isalnum():
            run.append(s)
            continue
        if len(run) >= 2 and any(_SPEAKS_OF_YOU.search(r) for r in run):
            out.update(run)
        run = []
    return out


# a question glued to the line before it when the post lost its line break ("Other duties as assigned What kind of
# person are you?"): a capitalised question word right after a lower-case word starts the question
GLUED_Q = linear_re.compile(r"([a-z]+) (?:What|Which|How|Why|When|Where|Who|Do|Does|Did|Are|Is|Have|Has|Can|Could|Would|"
                             r"Will|Should) ")


def glued_question(sentence: str) -> str:
    starts = [m.start() + len(m.group(1)) + 1 for m in GLUED_Q.finditer(sentence)
              if m.group(1) not in ("and", "or", "but", "so", "then")]
    return sentence[starts[-1]:] if starts else sentence
