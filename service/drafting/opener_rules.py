"""How a client asks for the proposal's first word or phrase ("Start your proposal with the word BANANA", "Write 'I
read this' at the top", "the first line must say "SHEETS-2024""), and the one gate every opener passes, whoever read
it (``real_opener``). Used by ``instructions`` (the letter honours the opener) and by its lint."""
from __future__ import annotations

import re

DOC = r"(?:proposal|application|bid|cover letter|message|reply|response|answer)"
# a quoted value: straight or curly quotes, single quotes ('I read the whole post': an apostrophe inside a word is no
# closing quote), guillemets («Hola equipo») and low-high quotes („Hallo Team“)
Q_OPEN = r"[\"'“‘«„]"
Q_BODY = r"(?P<q>(?:[^\"'”’»“«„\n]|['’](?=\w)){1,80})"
Q_CLOSE = r"[\"'”’»“]"
QUOTED = Q_OPEN + Q_BODY + Q_CLOSE
_VALUE = rf"(?:{QUOTED}|(?P<w>[A-Za-z0-9][\w-]{{0,30}}))"
# an instruction is an imperative addressed to the applicant: the verb opens the sentence (after a list marker, an
# arrow, "Please", "Important:", "To show you read this,"), or follows "please", "must", "make sure to" ...
# ("We started the application with React" and "The app should open the message with …" are not instructions)
ASK = (r"(?:^[^\w\"'“‘]*(?:(?:please|pls|plz|kindly|also|and|then|important|note|ps|p\.s\.)\W{0,3}\s*)?|[,:;–—-]\s+(?:please |pls |kindly )?|"
        r"\b(?:please|pls|plz|kindly|must|should|need to|make sure (?:to|you)|be sure to|remember to|forget to|required to)\s+|"
        # "if you read the whole thing begin your bid with …" (the test of reading, with no comma before the verb)
        r"\bif you(?:'ve|’ve| have)? (?:read|reached|got|made it)\b[^.!?\n,]{0,30}?\s+)")
# a looser name for the letter counts only with "the word" ("Please begin your job with the word MANGO": pool
# readers discarded the letter that left it out)
_OPENER = re.compile(rf"{ASK}(?:start|begin|open) (?:(?:your|the|each) {DOC} (?:with|by (?:writing|saying|typing))"
                     rf"(?::\s*|\s+(?:the (?:word|phrase|sentence)[:\s]\s*)?)|your (?:job|post|submission|pitch|letter|"
                     rf"text|intro) with the (?:word|phrase)[:\s]\s*){_VALUE}", re.IGNORECASE)
# "Write 'I read this' at the top", "put the word KIWI in the opening sentence of your bid", "type react-ninja at the
# very start of ur proposal"; a subject line asked for is the letter's first line ('Write "blue whale" as the subject
# line of your proposal': a proposal has no subject of its own)
_PLACE = (r"(?:at the (?:very )?(?:top|start|beginning)|as (?:the|your) (?:first (?:word|line)|subject(?: line)?|title)|"
          rf"in the (?:very )?first (?:word|line|sentence) of (?:your|the|each) {DOC}|in the subject(?: line)?|"
          r"in (?:your|the) (?:opening|first) (?:line|sentence))")
_TOP = re.compile(rf"{ASK}(?:write|put|type|add|use|include) (?:(?:the|a|an) (?:word|phrase)\s+|an? (?=[\"'“‘]))?{_VALUE} "
                  rf"{_PLACE}", re.IGNORECASE)
_PLACED = re.compile(rf"^\s+{_PLACE}", re.IGNORECASE)  # a bare word right before its place is delimited by it
_FIRST = re.compile(rf"\b(?:the|your) first (?:word|line|sentence) of (?:your|the|each) {DOC} (?:must|should|has to|"
                    rf"needs to) be:?\s+{_VALUE}", re.IGNORECASE)
# "send at the first of your message = "Hello Ahmed"", "in the first line of your reply: 'I read this'" (quoted only)
_AT_START = re.compile(rf"\b(?:at|in) the (?:very )?(?:first|start|beginning|top)(?: line| word)? of (?:your|you|the|each) "
                       rf"{DOC}\s*[=:]?\s*{QUOTED}", re.IGNORECASE)  # quoted: ``_value`` reads only q
# 'apply with "Hello I am the Data Sleuth" (it helps me filter)': a quoted phrase to apply with is the opener (pool readers
# discarded the letter that left it out)
_APPLY_WITH = re.compile(r"\b(?:apply|reply|respond) (?:with|by (?:writing|saying)|using the (?:words?|phrase))[:\s]\s*" + QUOTED,
                         re.IGNORECASE)
# "Start with "Checkout" as the first word of your bid", "Open with the words "Case studies that sell"", "first line
# must say "SHEETS-2024"" (found trying the product): a quoted value, the letter not named
_QUOTED_START = re.compile(rf"{ASK}(?:start|begin|open)(?: (?:it|off|(?:your|the|each) {DOC}))? with (?:the (?:words?|phrase)"
                           r"[:\s]\s*)?" + QUOTED, re.IGNORECASE)
_FIRST_SAYS = re.compile(rf"\b(?:(?:the|your) )?(?:first (?:word|line|sentence)|subject(?: line)?)(?: of (?:your|the|each) {DOC})? (?:must|should|"
                         r"has to|needs to) (?:be|say|read):?\s+" + QUOTED, re.IGNORECASE)
OPENER_PATTERNS = (_OPENER, _TOP, _FIRST, _AT_START, _APPLY_WITH, _QUOTED_START, _FIRST_SAYS)
# "start your proposal with:" and the words on the next line (a quoted sentence, or a short line)
LEAD_IN = re.compile(rf"{ASK}(?:start|begin|open) (?:your|the|each) {DOC} with:?\s*$", re.IGNORECASE)
NEXT_LINE = re.compile(r"^\s*[\"“‘']?(?P<q>[^\"”’\n]{1,80}?)[\"”’']?\s*$")
# a bare (unquoted) value must be delimited: the words "the word", capitals, or a clause or sentence end after it
# ("Start your proposal with a short summary" names no word; it is raised to the reviewer instead)
_BARE_END = re.compile(r"^\s*(?:$|[.,;!?)]|so\b|to (?:show|prove|confirm|let|make)|in order|as (?:a|the|proof)|"
                       r"(?:and|then) (?:answer|tell|include|describe|explain)|[-–—])", re.IGNORECASE)
_NOT_A_WORD = frozenset(["a", "an", "the", "your", "our", "my", "this", "that", "some", "one", "two", "three",
                        "short", "brief", "quick", "few", "summary", "description", "introduction", "intro",
                        "greeting", "something", "who", "what", "how", "why", "when", "where", "which"])


def opener_value(m: re.Match) -> str | None:
    """The opener a match names, or None when a bare word is not clearly delimited as the word to write."""
    if m.group("q"):
        return m.group("q").strip() or None
    word, after = m.group("w") or "", m.string[m.end():]
    named = re.search(r"\b(?:word|phrase|sentence)[:\s]\s*$", m.string[:m.start("w")], re.IGNORECASE)
    placed = _PLACED.match(m.string[m.end("w"):])
    if word.lower() in _NOT_A_WORD or not (named or word.isupper() and len(word) > 1 or _BARE_END.match(after) or placed):
        return None
    return word


def real_opener(text: str, value: str | None) -> bool:
    """Whether ``text`` (an instruction sentence, from the extractor or the scan) really asks the applicant to open
    the proposal with ``value``: an imperative addressed to them, and the value quoted or clearly delimited.
    The one gate for every opener, whoever read it (a model may return "Estate" for a post about real estate)."""
    if not value or not text:
        return False
    want = " ".join(value.lower().strip("\"'“”‘’ ").split())
    flat = " ".join(text.split())
    for pat in OPENER_PATTERNS:
        for m in pat.finditer(flat):
            got = opener_value(m)
            if got and " ".join(got.lower().split()).strip(".!") == want.strip(".!"):
                return True
    return bool(LEAD_IN.search(flat.rstrip())) and len(want.split()) <= 12


def names_opener(sentence: str) -> bool:
    """The sentence names a word or phrase to open with ("Start your proposal with the word BANANA")."""
    return any((m := pat.search(sentence)) and opener_value(m) for pat in OPENER_PATTERNS)
