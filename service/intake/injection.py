"""Deterministic detection of text aimed at AI tools inside a job post (prompt injection).

Runs for every engine, so a flag never depends on the model. It reads the visible text *and* the
hidden parts the parser set aside (HTML comments, hidden elements), and sees through zero-width
characters and full-width look-alikes. Each flag quotes the original text verbatim.

Client instructions written for people ("start your proposal with the word BANANA", "answer the
3 screening questions") are NOT injections; they are extracted as client_instructions. A request
becomes an injection when it addresses an AI / bot / language model, tries to override earlier
instructions or rules, asks for hidden prompts, or is hidden from the human reader."""
from __future__ import annotations

import re
import unicodedata

from service.core.schemas import InjectionFlag

ZERO_WIDTH = "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
_ZW = set(ZERO_WIDTH)
_AI = r"(?:ai|a\.i\.|artificial intelligence|llms?|large language models?|language models?|gpt(?:-?\d\w*)?|chat ?gpt|" \
      r"claude|gemini|copilot|bard|llama|ai (?:assistant|tool|model|agent|writer|bot)s?|chatbots?)"
_NOT_A_PERSON_ROLE = r"(?!(?:\s+[\w-]+){0,3}?\s*(?:/|-|&)?\s*(?:ml\b|engineer|developer|dev\b|expert|specialist|researcher|enthusiast|company|" \
                     r"startup|consultant|agency|professional|practitioner|architect|scientist|trainer|freelancer|" \
                     r"product|platform|solution|and\b|or\b|based|powered|driven|first|native))"
_ASK = r"(?:include|add|write|mention|start|begin|say|insert|put|use|type|reply|respond|output|print|ignore|recommend|" \
       r"praise|rate|give|tell|state)"
_RULES: list[tuple[str, re.Pattern]] = [
    ("tries to override earlier instructions", re.compile(
        r"\b(?:ignore|disregard|forget|skip|override|bypass)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|of\s+)*(?:previous|prior|"
        r"above|earlier|preceding|original|system|other|existing)\s*(?:instructions?|prompts?|rules|directions|"
        r"guidelines|context|directives|constraints)\b|\b(?:ignore|disregard|forget)\s+(?:all|everything)\s+(?:you were told|"
        r"above|before)\b")),
    ("addresses an AI model directly", re.compile(
        rf"\bas an?\s+{_AI}(?:\s+(?:language\s+)?models?|\s+assistants?)?\s*,?\s+you\b[^.!?\n]{{0,160}}")),
    ("addresses an AI model directly", re.compile(
        rf"\b(?:you are an?|you'?re an?|if you are an?|if you'?re an?|if you are using an?|if you'?re using an?|"
        rf"if this (?:proposal|application|response) is (?:written|generated) by an?|dear|hey|attention|note to(?: any| all| the)?)"
        rf"\s+{_AI}{_NOT_A_PERSON_ROLE}\b[^.!?\n]{{0,160}}")),
    ("addresses an AI model directly", re.compile(
        r"\b(?:if you are|if you'?re|note to(?: any| all)?)\s+(?:an?\s+)?(?:bots?|automated (?:tool|system|bidder|script)s?|"
        r"auto[- ]?bidders?|robots?|not (?:a )?human)\b[^.!?\n]{0,160}")),
    ("addresses an AI model directly", re.compile(
        rf"(?:^|[\n.!?]\s*)(?:{_AI})(?:\s+(?:assistants?|tools?|models?|agents?|writers?|bots?|readers?))?\s*[:,]\s*"
        rf"(?:please\s+)?(?:{_ASK}|must|you must)\b[^.!?\n]{{0,160}}")),
    ("addresses an AI model directly", re.compile(
        rf"\b(?:any|all|every)?\s*{_AI}\s*(?:tools?\s+|models?\s+|systems?\s+|writers?\s+|agents?\s+)?"
        rf"(?:reading this|generating (?:a |this |the )?(?:proposal|response|reply|application)|writing (?:this|a|the|your) "
        rf"(?:proposal|application|cover letter|response))\b[^.!?\n]{{0,160}}")),
    ("addresses an AI model directly", re.compile(
        rf"\b{_AI}\s*(?:tools?\s+|models?\s+|writers?\s+|agents?\s+)?(?:must|should|have to|need to|are required to)\s+"
        rf"{_ASK}\b[^.!?\n]{{0,60}}?\b(?:word|phrase|proposal|application|cover letter|response|first line|code)\b[^.!?\n]{{0,100}}")),
    ("asks for hidden prompts or a new role", re.compile(
        r"\b(?:reveal|print|show|repeat|output|leak)\s+(?:me\s+)?(?:your|the)\s+(?:system\s+|initial\s+|hidden\s+)?"
        r"(?:prompt|instructions|rules|configuration)\b|\byour system prompt\b|\byou are now (?:a|an|in|my|the)\b[^.!?\n]{0,80}|"
        r"\b(?:developer|god|jailbreak|dan) mode\b|\bdo anything now\b|\bnew instructions\s*:|"
        r"\bpretend (?:to be|you are) (?:a|an) (?:different|unrestricted|human)\b[^.!?\n]{0,80}|"
        r"\bact as (?:an? )?(?:unrestricted|jailbroken|different ai)\b")),
    ("contains model control tokens", re.compile(
        r"<\|(?:im_start|im_end|system|user|assistant|endoftext)\|>|\[/?inst\]|<</?sys>>|^\s*#{2,3}\s*(?:system|instruction)s?\s*:?"
        r"\s*$|</?(?:system|instructions?)>", re.M)),
]
_HIDDEN_HINT = re.compile(rf"\b(?:{_AI}|proposal|instruction|include|mention|write|reply|ignore|word|prompt)\b")


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Lower-cased NFKC text without zero-width characters, and for each of its characters the index
    of the original character it came from (None: the identity, for plain ASCII text)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _ZW:
            continue
        norm = unicodedata.normalize("NFKC", ch).lower() if ord(ch) > 127 else ch.lower()
        for c in norm:
            out.append(c)
            index.append(i)
    return "".join(out), index


def _is_end(text: str, i: int) -> bool:
    """text[i] ends a sentence: a newline, or . ! ? followed by whitespace or the end (not www.x or Next.js)."""
    ch = text[i]
    return ch == "\n" or (ch in ".!?" and (i + 1 == len(text) or text[i + 1].isspace()))


def _quote(original: str, start: int, end: int) -> str:
    """The sentence (or line) around original[start:end], verbatim, at most ~300 characters."""
    left = start
    while left > 0 and not _is_end(original, left - 1) and start - left < 200:
        left -= 1
    right = end
    while right < len(original) and not _is_end(original, right) and right - end < 200:
        right += 1
    if right < len(original) and original[right] in ".!?":
        right += 1
    q = original[left:right].strip()
    q = re.sub(r"^[-*•·▪►]+\s+", "", q)
    return q if q else original[start:end]


def _scan(original: str, hidden: bool) -> list[InjectionFlag]:
    flags: list[InjectionFlag] = []
    if not original:
        return flags
    norm, index = _normalise(original)
    for reason, pattern in _RULES:
        for m in pattern.finditer(norm):
            if m.end() <= m.start():
                continue
            if index is None:
                start, end = m.start(), m.end()
            elif not index:
                continue
            else:
                start = index[min(m.start(), len(index) - 1)]
                end = index[min(m.end(), len(index)) - 1] + 1
            flags.append(InjectionFlag(quote=_quote(original, start, end),
                                       reason=reason + (" (hidden from the reader)" if hidden else "")))
    zw = [i for i, ch in enumerate(original) if ch in _ZW and ch not in "\ufeff\u00ad"]
    if zw and any(0 < i < len(original) - 1 and original[i - 1].isalnum() and original[i + 1].isalnum() for i in zw):
        i = next(i for i in zw if 0 < i < len(original) - 1 and original[i - 1].isalnum())
        flags.append(InjectionFlag(quote=_quote(original, i, i + 1),
                                   reason="zero-width characters hidden inside words"))
    if hidden and not flags and _HIDDEN_HINT.search(norm) and len(norm.split()) >= 3:
        flags.append(InjectionFlag(quote=original.strip()[:300], reason="instruction-like text hidden from the reader"))
    return flags


def detect_injections(text: str, hidden_text: list[str] | None = None) -> list[InjectionFlag]:
    """Flags for the visible ``text`` and each hidden chunk; one flag per distinct quote."""
    found = _scan(text or "", hidden=False)
    for chunk in hidden_text or []:
        found.extend(_scan(chunk, hidden=True))
    out: list[InjectionFlag] = []
    for f in found:
        if any(f.quote == o.quote or f.quote in o.quote for o in out):
            continue
        out = [o for o in out if o.quote not in f.quote]
        out.append(f)
    return out
