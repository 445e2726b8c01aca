"""Linear-time scanners for e-mail addresses and links (the old unanchored e-mail pattern backtracked
quadratically: 8.5 s on 50k "a").

The text is split into whitespace tokens once (``str.split``: linear); only tokens that contain '@' (e-mail)
or a '.' (links) are looked at, and each is matched with an ANCHORED pattern without nested quantifiers
(``fullmatch`` / ``match``), so every character is examined a bounded number of times. ``SCAN`` counts the
characters handed to the regex engine, so tests can assert linear work instead of wall time."""
from __future__ import annotations

import re
from dataclasses import dataclass

_EMAIL_TOKEN = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,253}")
_URL_TOKEN = re.compile(r"(?:https?://|www\.)[^\s)>\]]{1,2000}", re.IGNORECASE)
_LABEL = re.compile(r"[\w-]{1,63}")
TLDS = frozenset(["com", "io", "net", "org", "co", "dev", "app", "ai", "me", "ly"])
_EDGE = "()[]<>{}\"'“”‘’,;:!?."


@dataclass
class ScanCounter:
    chars: int = 0
    calls: int = 0

    def reset(self) -> None:
        self.chars = self.calls = 0


SCAN = ScanCounter()


def _tokens(text: str):
    for tok in (text or "").split():
        tok = tok.strip(_EDGE)
        if tok:
            yield tok


def emails(text: str) -> list[str]:
    out = []
    for tok in _tokens(text):
        if "@" not in tok or len(tok) > 320:
            continue
        SCAN.chars += len(tok)
        SCAN.calls += 1
        # an address may be glued to words by punctuation: look at the part around the first '@'
        at = tok.index("@")
        start = max(tok.rfind(c, 0, at) for c in "(<:;,=/'\"") + 1
        m = _EMAIL_TOKEN.match(tok, start)
        if m and "." in m.group(0).split("@", 1)[1]:
            out.append(m.group(0))
    return out


def links(text: str) -> list[str]:
    """Links: tokens starting with http(s):// or www., and bare host names ending in a common top-level
    domain ("portfolio.example.com/case"); "Node.js" is a name, not a link."""
    out = []
    for tok in _tokens(text):
        if "." not in tok:
            continue
        low = tok.lower()
        starts = [i for i in (low.find("http://"), low.find("https://"), low.find("www.")) if i >= 0]
        if starts:
            start = min(starts)
            SCAN.chars += len(tok) - start
            SCAN.calls += 1
            m = _URL_TOKEN.match(tok, start)
            if m:
                out.append(m.group(0).rstrip("."))
            continue
        host = tok.split("/", 1)[0]
        labels = host.split(".")
        if len(labels) < 2 or labels[-1].lower() not in TLDS or len(labels) > 10:
            continue
        SCAN.chars += len(host)
        SCAN.calls += 1
        if all(_LABEL.fullmatch(lab) for lab in labels):
            out.append(tok.rstrip("."))
    return out


_CLIENT_LEAD = frozenset(["for", "with", "at", "like", "including"])


def client_names(sentence: str) -> list[str]:
    """Up to three capitalised words after 'for', 'with', 'at', 'like', 'including' (token-based: linear)."""
    toks = sentence.split()
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.lower() not in _CLIENT_LEAD:
            continue
        name = []
        for w in toks[i + 1:i + 4]:
            w = w.strip(".,;:!?()\"“”")
            if not w or not w[0].isupper() or not re.fullmatch(r"[A-Z][\w&'-]{0,60}", w):
                break
            name.append(w)
        if name:
            out.append(" ".join(name))
            nxt = toks[i + 1 + len(name):i + 3 + len(name)]  # "for Pfizer and Siemens": the second name too
            if len(nxt) == 2 and nxt[0].lower() in ("and", "&", "or") and re.fullmatch(r"[A-Z][\w&'-]{0,60}", nxt[1].strip(".,;:!?()\"“”")):
                out.append(nxt[1].strip(".,;:!?()\"“”"))
    return out
