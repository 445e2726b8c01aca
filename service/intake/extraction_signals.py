"""Keyword signals for the offline extractor: implicit needs, red flags, tone and language."""
from __future__ import annotations

from service.text import linear_re

from service.intake.off_platform import HINTS as OFF_PLATFORM_HINTS
from service.intake.off_platform import OffPlatformPattern


def _p(pattern: str) -> linear_re.Pattern:
    return linear_re.compile(pattern, ignore_case=True)


def _with_hints(rules, hints):
    """Attach hand-written literal hints: one of them occurs (lower-cased) in any match of the rule."""
    assert len(rules) == len(hints)
    return [(label, pat, h) for (label, pat), h in zip(rules, hints)]


# (need in a few words, pattern whose match is quoted as evidence)
IMPLICIT_NEEDS: list[tuple[str, linear_re.Pattern]] = [
    ("Can start immediately / fast turnaround", _p(r"\b(asap|urgent(?:ly)?|immediate(?:ly)? start|start immediately|"
                                                    r"right away|tight deadline|as soon as possible|this week)\b")),
    ("Comfortable working in an existing codebase", _p(r"\b(existing (?:code ?base|app(?:lication)?|site|website|"
                                                         r"platform|system|store|theme)|legacy|take over|pick up)\b")),
    ("Long-term availability", _p(r"\b(long[- ]term|ongoing|full[- ]time position|retainer|future projects|"
                                   r"grow with (?:us|the team))\b")),
    ("Working-hours overlap with the client", _p(r"\b(time ?zone|\b(?:EST|PST|CET|GMT|UTC)\b|working hours|"
                                                   r"overlap|west coast|east coast)\b")),
    ("Clear, regular communication", _p(r"\b(communication|daily (?:check-?ins|stand-?ups|updates)|weekly "
                                         r"(?:updates|calls|status)|responsive|keep (?:me|us) updated)\b")),
    ("Explains things to a non-technical client", _p(r"\b(non[- ]technical|not technical|no coding experience|"
                                                       r"plain language|explain|teach|tutor|lessons?|learn how)\b")),
    ("Builds from the client's designs", _p(r"\b(figma|design (?:is|are) (?:ready|prepared|provided|done)|"
                                             r"wireframes?|mock-?ups?|prototype)\b")),
    ("Performance and scalability", _p(r"\b(scalab\w+|performance|fast load|optimi[sz]\w+|high[- ]traffic|"
                                        r"memory[- ]stable)\b")),
    ("Tested, documented handover", _p(r"\b(documentation|document (?:the|your)|tests?|testing|readme|handover|"
                                        r"acceptance criteria)\b")),
    ("Mobile-friendly result", _p(r"\b(responsive|mobile[- ](?:friendly|optimi[sz]ed|first)|mobile layout)\b")),
    ("Proof of similar past work", _p(r"\b(portfolio|similar (?:projects?|work)|examples? of|past work|case stud"
                                       r"(?:y|ies)|proven track record)\b")),
    ("Trustworthy handling of data and access", _p(r"\b(nda|confidential\w*|security|gdpr|hipaa|sensitive data|"
                                                     r"tenant isolation|data isolation)\b")),
]

RED_FLAGS: list[tuple[str, linear_re.Pattern]] = [
    ("Unpaid test work", _p(r"\b(unpaid (?:test|trial|sample)|free (?:test|trial|sample)|test task (?:is )?(?:unpaid|"
                            r"without pay)|not paid|no pay(?:ment)? for (?:the )?(?:test|trial))\b")),
    ("Payment only after delivery or later", _p(r"\b(pay(?:ment)? (?:only )?(?:after|upon|once) (?:completion|"
                                                r"launch|delivery|the project is (?:done|finished))|no upfront|"
                                                r"paid (?:later|after launch)|when we get funding)\b")),
    ("Equity or revenue share instead of pay", _p(r"\b(equity[- ]only|for equity|revenue share|rev[- ]share|"
                                                  r"profit share|sweat equity)\b")),
    ("Contact outside Upwork requested", OffPlatformPattern()),  # the one rule, shared with fit
    ("Budget looks unrealistically low", _p(r"\b(very (?:small|low|tight) budget|lowest (?:rate|price|bid)|cheap(?:est)?|"
                                            r"low budget|limited budget|\$\s?[1-9] (?:fixed|total|budget))\b")),
    ("Unrealistic deadline", _p(r"\b(within (?:24|12|48) hours|in (?:one|1|2|two) days?|by tomorrow|same day)\b")),
    ("Unlimited revisions or scope creep", _p(r"\b(unlimited revisions|until (?:i am|i'm) (?:100% )?satisfied|"
                                               r"additional (?:tasks|work) (?:for free|at no cost)|small (?:changes|"
                                               r"tasks) along the way)\b")),
    ("Possible policy violation", _p(r"\b(fake reviews?|write my (?:exam|essay|thesis|homework)|take (?:my|the) "
                                     r"(?:exam|test|class)|bypass (?:captcha|verification)|gift cards?|"
                                     r"use your (?:account|identity|bank))\b")),
    ("Vague scope", _p(r"\b(details (?:later|in chat|will be shared)|will explain (?:more )?(?:in chat|later|"
                       r"on a call)|more info (?:in|on) (?:chat|call|dm)|simple (?:task|job) for (?:an )?expert)\b")),
]

IMPLICIT_NEEDS = _with_hints(IMPLICIT_NEEDS, [  # type: ignore[assignment]
    ("asap", "urgent", "immediate", "right away", "deadline", "soon", "this week"),
    ("existing", "legacy", "take over", "pick up"),
    ("long", "ongoing", "full", "retainer", "future", "grow with"),
    ("time", "est", "pst", "cet", "gmt", "utc", "overlap", "coast"),
    ("communication", "daily", "weekly", "responsive", "updated"),
    ("technical", "coding", "plain language", "explain", "teach", "tutor", "lesson", "learn how"),
    ("figma", "design", "wirefram", "mock", "prototype"),
    ("scalab", "performance", "fast load", "optimi", "traffic", "memory"),
    ("document", "test", "readme", "handover", "acceptance"),
    ("responsive", "mobile"),
    ("portfolio", "similar", "example", "past work", "case stud", "track record"),
    ("nda", "confidential", "security", "gdpr", "hipaa", "sensitive", "isolation"),
])
RED_FLAGS = _with_hints(RED_FLAGS, [  # type: ignore[assignment]
    ("unpaid", "free", "test task", "not paid", "no pay"),
    ("pay", "upfront", "funding"),
    ("equity", "share"),
    OFF_PLATFORM_HINTS,
    ("budget", "lowest", "cheap", "$"),
    ("within", "in one", "in 1", "in 2", "in two", "tomorrow", "same day"),
    ("unlimited", "satisfied", "additional", "along the way"),
    ("fake", "write my", "take my", "take the", "bypass", "gift card", "use your"),
    ("details", "will explain", "more info", "simple"),
])

_EMOJI = linear_re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_CASUAL = _p(r"\b(hey|guys|lol|pls|plz|gonna|wanna|cool|awesome|super|thx)\b")
_FORMAL = _p(r"\b(we are seeking|the ideal candidate|responsibilities|qualifications|the successful|"
             r"candidate|requirements|deliverables|in accordance)\b")
_URGENT = _p(r"\b(asap|urgent|immediately|right away|deadline)\b")
_DEMANDING = _p(r"\b(no time wasters|don'?t waste|do not apply if|only serious|serious (?:applicants|inquiries) only|"
                r"will be (?:ignored|rejected))\b")
_LETTERS = linear_re.compile(r"[a-zA-ZÀ-ÿ]+")


def tone_of(text: str) -> str | None:
    if not text.strip():
        return None
    low = text.lower()
    words = max(1, len(text.split()))
    parts: list[str] = []
    casual = len(_CASUAL.findall(low))
    formal = len(_FORMAL.findall(low))
    excited = text.count("!") + len(_EMOJI.findall(text))
    if _URGENT.search(low):
        parts.append("urgent")
    if formal >= 2 and formal >= casual:
        parts.append("formal")
    elif casual >= 2 or (casual and words < 120):
        parts.append("casual")
    if excited * 40 >= words and excited >= 2:
        parts.append("enthusiastic")
    if _DEMANDING.search(low):
        parts.append("demanding")
    return " and ".join(parts) if parts else "neutral"


_STOP = {
    "en": {"the", "and", "to", "of", "a", "in", "for", "is", "we", "you", "with", "our", "will", "that", "are"},
    "es": {"el", "la", "de", "que", "y", "en", "los", "para", "con", "una", "por", "las", "necesito", "es", "un"},
    "fr": {"le", "la", "les", "de", "des", "et", "pour", "une", "un", "nous", "vous", "est", "avec", "dans", "du"},
    "de": {"der", "die", "und", "das", "ist", "mit", "für", "wir", "ein", "eine", "sie", "zu", "den", "nicht", "auf"},
    "pt": {"o", "a", "de", "que", "e", "para", "com", "uma", "um", "os", "em", "não", "você", "preciso", "do"},
    "it": {"il", "la", "di", "che", "e", "per", "con", "una", "un", "sono", "gli", "del", "della", "non", "abbiamo"},
    "nl": {"de", "het", "een", "en", "van", "voor", "met", "we", "zijn", "naar", "niet", "ons", "wij", "je", "op"},
}


def detect_language(text: str) -> str | None:
    words = _LETTERS.findall(text[:20000].lower())[:400]
    if len(words) < 5:
        return None
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOP.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 2 else None
