"""The one rule for "the post asks to move contact off Upwork": an e-mail address, a phone number, a
messenger handle, or a request to contact / pay / talk outside Upwork. Extraction (its red flag) and fit
(the ``off_platform_contact`` disqualifier) both ask ``find_off_platform``.

Naming a messenger is not a request: "build a WhatsApp bot" or "Telegram API integration" is work, not a
contact request, so a channel only counts next to a contact verb, a possessive ("my WhatsApp"), or a handle.

The patterns are RE2 (google-re2): matching time is linear in the text on any input (the old e-mail
pattern backtracked for 12 s on a 60k-character token)."""
from __future__ import annotations

from service.text.linear_re import compile as linear

_CHANNEL = r"(?:whats\s?app|telegram|skype|discord|signal|wechat|viber|imessage|line app|gmail|e-?mail|phone|cell|mobile number)"
_VERB = r"(?:contact|reach|message|msg|text|add|ping|dm|call|email|e-mail|write to|talk to|chat with|connect with|send)"

PATTERNS = [
    ("e-mail address", linear(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-zA-Z]{2,24}\b")),
    ("contact request on a messenger", linear(r"(?i)\b" + _VERB + r"\s+(?:me|us|him|her)\b[^.\n]{0,40}?\b" + _CHANNEL + r"\b")),
    ("messenger handle", linear(r"(?i)\b(?:whats\s?app|telegram|skype|discord|wechat|viber)\s{0,3}(?:id|number|handle|me)?\s{0,3}"
                                r"(?::\s{0,3}(?:@[\w.-]{3,40}|\+?\d[\d\s().-]{6,20}|[a-z][\w.-]{0,30}[\d_][\w.-]{0,30})|@[\w.-]{3,40}|"
                                r"\+\s?\d[\d\s().-]{6,20})")),
    ("messenger used as a verb", linear(r"(?i)\b(?:whats\s?app|telegram|skype)\s+(?:me|us)\b")),
    ("own contact details", linear(r"(?i)\b(?:my|our)\s+(?:whats\s?app|telegram|skype|discord|phone number|cell number|"
                                   r"mobile number|personal e-?mail|e-?mail address|gmail)\b")),
    ("phone number", linear(r"(?:^|[^\w+])(\+\d{1,3}[\s.-]?\(?\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4})\b")),
    ("apply outside Upwork", linear(r"(?i)\b(?:apply|send (?:your )?(?:cv|resume|portfolio|proposal))\s+(?:via|through|by|on|to)\s+"
                                    r"(?:e-?mail|whats\s?app|telegram|skype|gmail|our website|this (?:form|link))\b")),
    ("outside Upwork", linear(r"(?i)\b(?:outside (?:of )?upwork|off[- ]platform|off upwork|pay(?:ment)? (?:via|through|by) "
                              r"(?:paypal|wise|crypto|bank transfer)(?: directly)?)\b")),
]
HINTS = ("@", "+", "whats", "telegram", "skype", "discord", "signal", "wechat", "viber", "mail", "phone", "cell",
         "mobile", "upwork", "platform", "paypal", "wise", "crypto", "bank")
_NEGATED = linear(r"(?i)\b(?:do not|don't|never|no|not|won't|will not)\s+(?:\w+\s+){0,3}$")


def find_off_platform(text: str) -> tuple[int, int, str] | None:
    """(start, end, what) of the first off-platform contact request in ``text``, or None."""
    if not text:
        return None
    low = text.lower()
    if not any(h in low for h in HINTS):
        return None
    best: tuple[int, int, str] | None = None
    for what, rx in PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        start, end = m.span(1) if rx.groups else m.span()
        if what == "outside Upwork" and _NEGATED.search(text[max(0, start - 40):start]):
            continue  # "we never pay outside Upwork" is not a request
        if best is None or start < best[0]:
            best = (start, end, what)
    return best


class OffPlatformPattern:
    """``find_off_platform`` in the shape of a compiled pattern (``.search``), for rule tables that hold patterns."""

    pattern = "off-platform contact (service.intake.off_platform)"

    def search(self, text: str) -> "_Match | None":
        hit = find_off_platform(text)
        return _Match(text, hit[0], hit[1]) if hit else None


class _Match:
    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def group(self, n: int = 0) -> str:
        return self._text[self._start:self._end]

    def start(self, n: int = 0) -> int:
        return self._start

    def end(self, n: int = 0) -> int:
        return self._end

    def span(self, n: int = 0) -> tuple[int, int]:
        return self._start, self._end
