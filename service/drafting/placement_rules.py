"""Where the client wants something in the letter besides its first word (issue 14, third probe): content asked for as
the first line ("The first line should be the headline you'd write for our homepage", "In your first line, tell me
the most likely cause"), the rate at the top ("Start your reply with your hourly rate"), something at the end ('end
your proposal with the word "ready"', "Put your rate on the last line", 'Mention the word "retainer" at the end'), the
sign-off ("Sign off with your favourite movie instead of your name") and the client's name ("Please address me by
name" when the post says "Hi I'm Priya"). ``instructions.resolve`` turns each into the letter's first line, its last
line, its sign-off or its greeting. Patterns are linear and run sentence by sentence."""
from __future__ import annotations

import re

from service.drafting.client_name import client_first_name, greeting_name
from service.drafting.opener_rules import ASK, DOC, QUOTED, opener_value

_OF_DOC = rf"(?: of (?:your|the|each|ur) {DOC})?"
# what the client wants the first line to be, in its own words ("the headline you'd write for our homepage")
_FIRST_CONTENT = re.compile(
    rf"\b(?:(?:the (?:very )?first (?:line|sentence) of (?:your|the|each|ur) {DOC}|your (?:very )?first (?:line|sentence)"
    rf"{_OF_DOC}) (?:should|must|has to|needs to|will) be|in (?:the|your) "
    rf"(?:very )?first (?:line|sentence){_OF_DOC},? (?:please )?(?:tell|give|show|write|answer)(?: (?:me|us))?)\s+"
    r"(?P<what>(?:the|a|an|your|what|which|how|why|one) [^.!?\n\"“«]{3,100}?)\s*(?=[.!?\n]|$)", re.IGNORECASE)
# "Start your reply with your hourly rate": the profile's rate leads the letter (not a placeholder)
RATE_AT_TOP = re.compile(rf"\b(?:start|begin|open) (?:(?:your|the|each) {DOC} )?with (?:your|the|our) (?:hourly )?rate\b",
                         re.IGNORECASE)
# the end of the letter: 'end your proposal with the word "ready"', 'Then end with "Thanks for reading"'
_END_WITH = re.compile(rf"{ASK}(?:end|finish|close|conclude)(?: (?:it|off|(?:your|the|each|ur) {DOC}))? with (?:the "
                       rf"(?:words?|phrase|sentence)[:\s]\s*)?(?:{QUOTED}|(?P<w>[A-Za-z0-9][\w-]{{0,30}}))", re.IGNORECASE)
# 'Mention the word "retainer" at the end of your cover letter', "put KIWI on the last line"
_END_PLACE = (rf"(?:at the (?:very )?end{_OF_DOC}|as the (?:very )?(?:last|final) (?:word|line){_OF_DOC}|(?:on|in) the "
              rf"(?:very )?(?:last|final) (?:line|sentence|word){_OF_DOC})")
_PUT_AT_END = re.compile(rf"{ASK}(?:write|put|type|add|use|include|mention|say) (?:(?:the|a|an) (?:word|phrase)\s+)?"
                         rf"(?:{QUOTED}|(?P<w>[A-Za-z0-9][\w-]{{0,30}})) {_END_PLACE}", re.IGNORECASE)
# "Put your rate on the last line", "Put your total fixed price on the last line, nothing after it"
_MONEY = r"your (?:(?:hourly|total|fixed|final|overall)[- ]?)*(?P<money>rate|price|quote|bid|cost)\b"  # "your": not a task
_MONEY_AT_END = (re.compile(rf"\b(?:put|write|state|include|give|add|place|show) {_MONEY}[^.!?\n]{{0,30}}?{_END_PLACE}",
                            re.IGNORECASE),
                 re.compile(rf"\b(?:end|finish|close)(?: (?:your|the) {DOC})? with {_MONEY}", re.IGNORECASE))
# "Sign off with your favourite movie instead of your name", "Sign off with the last book you read", 'sign it "Cheers"'
_SIGN_OFF = re.compile(rf"{ASK}sign (?:off|it|your (?:proposal|letter|message|{DOC})) (?:with|as|using)\s+(?:{QUOTED}|"
                       r"(?P<what>(?:your|the (?:last|latest|most recent|first|name of)) [^.!?\n,;:()]{3,60}?))(?=\s*(?:[.!?,;:(\n]|$|instead\b|rather\b|not\b|"
                       r"so\b|to\b))", re.IGNORECASE)
# "Please address me by name", "use my name", "greet me by my first name"
_NAMED = re.compile(r"\b(?:address|greet|call) (?:me|us) by (?:(?:my|our) )?(?:first )?name|\buse my (?:first )?name\b",
                    re.IGNORECASE)
# the post names its writer plainly ("Hi I'm Priya.", "Hello, this is Tom."): read only when the client asks to be named
_INTRO = re.compile(r"(?:^|[.!?,]\s*|\b(?i:hi|hello|hey)\b[,!]?\s*)(?:I'm|I’m|I am|(?i:this is|it's|it’s))\s+([A-Z][a-z]{1,14})\b"
                    r"(?=\s*[.,!;:]|\s+(?:here|from|and|with)\b)")


def first_content(sentence: str) -> str | None:
    """What the client wants the first line to hold, in its words, or None."""
    m = _FIRST_CONTENT.search(sentence)
    return m.group("what").strip() if m else None


def end_value(sentence: str) -> str | None:
    """The word or phrase the client wants the letter to end with, or None."""
    for pat in (_END_WITH, _PUT_AT_END):
        m = pat.search(sentence)
        if not m or re.match(r"(?i)(?:your|the|a|an)\b", m.group("w") or ""):
            continue
        # a bare word only when named as one, in capitals, or after "end your proposal with" ("Add logging at the
        # end" and "Finish with Tailwind" are tasks)
        bare = m.group("w") and not (re.search(r"(?i)\b(?:word|phrase)\b", m.group(0)) or m.group("w").isupper()
                                     and len(m.group("w")) > 1 or pat is _END_WITH and re.search(DOC, m.group(0), re.I))
        if not bare and (v := opener_value(m)):
            return v
    return None


def money_at_end(sentence: str) -> str | None:
    """"rate" or "price" when the client wants it on the last line, else None."""
    m = next((m for pat in _MONEY_AT_END if (m := pat.search(sentence))), None)
    return None if not m else "rate" if m.group("money").lower() == "rate" else "price"


def sign_off(sentence: str) -> tuple[str, bool] | None:
    """(what the sign-off is, whether it is the client's own words to write as they are) or None."""
    m = _SIGN_OFF.search(sentence)
    if not m:
        return None
    return (m.group("q").strip(), True) if m.group("q") else (m.group("what").strip(), False)


def placeholder(what: str) -> str:
    """"your favourite movie" -> "[Your favourite movie]"."""
    return f"[{what[:1].upper()}{what[1:]}]"


def name_asked(sentence: str) -> bool:
    return bool(_NAMED.search(sentence))


def named_client(description: str) -> str | None:
    """The client's name for the greeting when the post asks to be addressed by name: the usual reading
    (``client_first_name``), else the name the writer gives in passing ("Hi I'm Priya.")."""
    if name := client_first_name(description):
        return name
    m = _INTRO.search(description or "")
    return greeting_name(m.group(1)) if m and m.group(1).lower() not in {"ready", "new", "here", "sure"} else None
