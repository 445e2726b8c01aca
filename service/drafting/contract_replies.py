"""A reply to a client message answers every question in it (offline engine), each from the contract and its log:
a date from the milestones, where a piece of work stands from the logged notes and tasks, where to send files
(here, in Upwork messages), a price or a change of scope as a quote to follow; what the record cannot answer gets
a commitment to confirm it by the next scheduled update, never a guess.

Found trying the product (2026-12-07): a message with five questions got the milestones' dates (also those nobody
asked about) and one line from the log; the other questions went unanswered."""
from __future__ import annotations

import re

_STOP = frozenset("""the a an and or to of for on in with is are was were be been being it its this that these those we our
you your i me my us they them their there here will would could can did does do have has had when what how who
where why which ready done going still just also any some much many about from into out over by as at so if then
than please thanks thank know let get got make made need want keep yet now up all not no yes too very really
old new one two few things thing bit part parts work project page pages site website app update updates team
test testing tested able like well sure hi hello""".split())
_LEAD = re.compile(r"^(?:also|and|plus|oh and|one more thing|another thing|lastly|finally|quick question|"
                   r"(?:and )?(?:one )?(?:more|last|other|final)(?: \w+)? question|question|ps|p\.s\.)\s*[,:\-]?\s*",
                   re.IGNORECASE)
_ASKING = re.compile(r"\b(?:do you|can|could|will|would|should|is|are|what|how|when|why|which|who|where)\b",
                     re.IGNORECASE)
_CONTACT = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\+?\d[\d\s().-]{6,}\d")
_SIGNOFF = re.compile(r"^(?:thanks|thank you|cheers|best|regards|kind regards|many thanks|thx)\b[^?]{0,40}$", re.IGNORECASE)
_ASK_START = re.compile(r"^(?:please (?!close)|let me know|could you|can you|would you|i(?:'d| would) like to know|"
                        r"i need to know|tell me|i(?:'m| am| was)? (?:just )?wondering|we(?:'re| are| were) wondering|"
                        r"do you know|any idea)\b", re.IGNORECASE)
_NUMBERING = re.compile(r"^(?:q\s?\d{1,2}|\d{1,2}|[a-h])\s?[.):\-]?\s+(?=[A-Za-z])", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:when|by when|what date|eta|how long|how soon|deadline|timeline)\b", re.IGNORECASE)
_PRICE = re.compile(r"\b(?:how much|cost|costs|price|pricing|quote|budget|charge|fees?|(?:your|hourly|day) rate)\b",
                    re.IGNORECASE)
_SCOPE = re.compile(r"\b(?:(?:can|could|would) (?:you|we) (?:also )?(?:add|include|build|drop|remove)|also (?:add|include|"
                    r"build)|add(?:ing)? (?:a|an|another|one more|some)|another|extra|new feature|(?:drop|remove|skip) "
                    r"(?:the|a|an|our|this|that)|instead)\b", re.IGNORECASE)
_SEND = re.compile(r"\b(?:who|where)\b.*\b(?:send|upload|share|email|give)\b|\b(?:send|upload|share)\b.*\b(?:to whom|where)\b",
                   re.IGNORECASE)
_SEND_WHAT = re.compile(r"\b(?:send|upload|share)\s+(?:the |our |my |these |those )?(?P<what>[\w\s'-]{2,50}?)\s+"
                        r"(?:to|over|with)\b", re.IGNORECASE)
_STATUS = re.compile(r"\b(?:what(?:'s| is) going on|where (?:are|do) we stand|any update|how (?:is|are) (?:it|things) "
                     r"going|where are we|status)\b", re.IGNORECASE)
OFFPLATFORM = re.compile(r"\b(?:whatsapp|skype|telegram|linkedin|call me|text me|e-?mail me|(?:your|personal|direct) "
                          r"(?:e-?mail|number|phone|address)|phone (?:number|call)|(?:by|on the|over the) phone)\b",
                          re.IGNORECASE)
_ABOUT_STATE = re.compile(r"^(?:is|are|has|have|did|was|were)\b|\bhow (?:is|are|far)\b|\bwhere (?:are|is|do)\b|\bany "
                          r"(?:news|progress|update)\b|\b(?:progress|status)\b|\b(?:going|done|finished|ready|live|"
                          r"started|working)\b", re.IGNORECASE)
_GENERIC_WHEN = re.compile(r"\b(?:ready|live|launch|finish|finished|done|complete|deliver\w*)\b", re.IGNORECASE)
_VERB_ED = re.compile(r"^(?:[a-z]+ed|built|made|set|sent|wrote|ran|put|did|fixed|shipped|moved|got|took|began)$")
_COMPLAINT = re.compile(r"\b(?:not happy|unhappy|disappointed|frustrat\w*|too slow|still (?:wrong|broken|not)|"
                        r"took (?:\w+ ){0,3}longer|late again|not working|broken|unacceptable|upset)\b", re.IGNORECASE)
MAX_ASKS = 15
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth", "thirteenth", "fourteenth", "fifteenth")
COMMITMENTS = ("I don't have that logged yet, so I'll check and confirm by {day} rather than guess.",
               "I'll check this one and confirm by {day}.",
               "I need to check that first, and I'll confirm by {day}.",
               "That is not in my notes yet; I'll confirm it by {day}.")


def _stem(w: str) -> str:
    for suf in ("ing", "ed", "es", "s"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def words(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


def _matches(q: set[str], fact: str) -> int:
    """How well a fact answers a question: the shared words, when they are two or more or cover half the fact."""
    f = words(fact)
    n = len(q & f)
    return n if n >= 2 or (n and n / max(1, len(f)) >= 0.5) else 0


def split_asks(message: str) -> tuple[list[str], list[str]]:
    """(the client's questions and requests, their other sentences), salutation and sign-off left out."""
    asks, other = [], []
    for raw in re.split(r"(?<=[.!?])\s+|\n+", message or ""):
        s = strip_salutation(raw.strip())
        if not s or _SIGNOFF.match(s) or re.fullmatch(r"[A-Z][\w'-]+[.!]?", s):  # "Tom" on its own line signs off
            continue
        s = _LEAD.sub("", _NUMBERING.sub("", s)).strip()
        s = s[:1].upper() + s[1:]
        (asks if s.endswith("?") or _ASK_START.match(s) else other).append(s)
    return asks, other


def _milestone_line(m: dict, day: str) -> str:
    label = m.get("due_label") or m.get("due")
    if m.get("done"):
        return f"\"{m['title']}\" is done."
    if m.get("overdue"):
        return f"\"{m['title']}\" was due {label} and is late; I'll confirm the new date by {day}."
    return f"\"{m['title']}\" is due {label}." if label else f"\"{m['title']}\" has no date yet; I'll confirm one by {day}."


def clean(text: str) -> str:
    """A logged note as a line of a message: no "Done:" prefix, one line, no end stop, a capital first letter."""
    t = re.sub(r"^\s*(done|completed|finished|note|todo|task)\s*[:\-]\s*", "", text.strip(), flags=re.IGNORECASE)
    t = " ".join(t.split()).rstrip(".")
    return t[:1].upper() + t[1:] if t else t


_SALUTATION = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,30}[,!]?\s*", re.IGNORECASE)


def strip_salutation(sentence: str) -> str:
    """A sentence without its "Hi Maya," ("" when it is only a salutation)."""
    if _SALUTATION.fullmatch(sentence):
        return ""
    return _SALUTATION.sub("", sentence).strip()


def _fact(e: dict) -> str:
    state = " (done)" if e["done"] else " (in progress)" if e["kind"] == "task" else ""
    return f"{clean(e['text'])}{state}."


class Answerer:
    """Answers one question at a time; no sentence is said twice (the lint flags a duplicated sentence, and a client
    reads the same promise five times as a form letter)."""

    def __init__(self, contract: dict, entries: list[dict]):
        self.contract, self.day = contract, contract.get("next_update") or "my next update"
        self.milestones = contract.get("milestones", [])
        self.log = [e for e in entries if e["kind"] != "client_message"]
        self.commitments = 0
        self.scope_open = False  # a change of scope was asked for: the reply asks whether it replaces something
        self.partial = False
        self.complaints = 0
        self.used: set[str] = set()
        self.index = 0  # the question being answered, 1-based, in the client's order

    def say(self, sentence: str) -> str:
        if sentence in self.used:
            return self.commit()
        self.used.add(sentence)
        return sentence

    def commit(self, what: str | None = None) -> str:
        if what:
            return self.say(f"I'll confirm {what} by {self.day}.")
        while self.commitments < len(COMMITMENTS):
            n, self.commitments = self.commitments, self.commitments + 1
            if (line := COMMITMENTS[n].format(day=self.day)) not in self.used:
                self.used.add(line)
                return line
        nth = _ORDINALS[self.index - 1] if 0 < self.index <= len(_ORDINALS) else "next"  # a figure is a claim to lint
        return f"I'll check your {nth} question and confirm by {self.day}."

    def _related(self, q: set[str], limit: int = 2) -> tuple[list[dict], list[dict]]:
        ms = sorted(((_matches(q, m["title"]), i, m) for i, m in enumerate(self.milestones)), key=lambda t: (-t[0], t[1]))
        hit_ms = [m for n, _, m in ms if n][:limit]
        q2 = q | set().union(*(words(m["title"]) for m in hit_ms)) if hit_ms else q
        es = sorted(((_matches(q2, e["text"]), i, e) for i, e in enumerate(self.log)), key=lambda t: (-t[0], -t[1]))
        return hit_ms, [e for n, _, e in es if n][:limit]

    def answer(self, ask: str) -> str:
        self.index += 1
        q = words(ask)
        if OFFPLATFORM.search(ask):
            return self.say("Let's keep our conversation here in Upwork messages so the history stays in one place for "
                            "both of us.")
        if _SEND.search(ask):
            m = _SEND_WHAT.search(ask)
            what = f"the {m.group('what').strip()}" if m else "them"
            what = re.sub(r"\b(?:our|my)\b", "your", what)
            return self.say(f"Please send {what} to me here in our Upwork messages, so everything stays in one thread.")
        hit_ms, facts = self._related(q)
        new_work = bool(_SCOPE.search(ask))
        if _PRICE.search(ask):
            if new_work or not (hit_ms or facts):
                return self.say(f"That is not part of the current milestones, so I'll send you a separate quote for it "
                                f"by {self.day}.")
            return self.commit("the cost of that")
        if new_work and re.search(r"\b(?:drop|remove|skip)\b", ask, re.IGNORECASE):
            return self.say(f"That can come out if you prefer; I'll confirm what leaving it out changes in the plan and "
                            f"the cost by {self.day}.")
        if new_work:
            self.scope_open = True
            return self.say(f"That is not part of the current milestones; I'll confirm what it changes in cost and dates "
                            f"by {self.day}, before any work on it starts.")
        if _WHEN.search(ask):
            return self.when(ask, hit_ms, facts)
        if _STATUS.search(ask) and not (hit_ms or facts):
            return self.overview()
        if not (hit_ms or facts) or not _ABOUT_STATE.search(ask):  # "Can we use SSO?", "Who approves roles?"
            return self.commit()
        said = [_milestone_line(m, self.day) for m in hit_ms] + [_fact(e) for e in facts]
        if re.match(r"(?:did|have|has|is|are)\b", ask, re.IGNORECASE) and all(x.get("done") for x in hit_ms + facts):
            first = said[0].replace(" (done).", ".")  # "Did you fix the bug?" "Yes: fixed the timezone bug …"
            verb = first.split(" ", 1)[0].lower()
            said[0] = "Yes: " + (first[:1].lower() + first[1:] if _VERB_ED.match(verb) else first)
        covered = set().union(*(words(m["title"]) for m in hit_ms), *(words(e["text"]) for e in facts))
        if len(q - covered) < 2:
            return " ".join(self.say(x) for x in said)
        first, self.partial = not self.partial, True
        return " ".join(self.say(x) for x in said) + " " + (
            f"I'll check the rest of your question and confirm by {self.day}." if first else self.commit())

    def when(self, ask: str, hit_ms: list[dict], facts: list[dict]) -> str:
        """A date: the milestone the question names, else a logged task's due day, else (a generic "when will it be
        ready") the next open milestone, else a commitment."""
        dated = [e for e in facts if e.get("due") and not e["done"]]
        if not hit_ms and dated:
            e = dated[0]
            late = e.get("due_iso") and e["due_iso"] < str(self.contract.get("today") or "")
            return self.say(f"\"{clean(e['text'])}\" was due {e['due']} and is still open; I'll confirm the new date "
                            f"by {self.day}." if late else f"\"{clean(e['text'])}\" is due {e['due']}.")
        if not hit_ms and not facts and _GENERIC_WHEN.search(ask):
            hit_ms = [m for m in self.milestones if not m.get("done")][:1]
        if hit_ms:
            return " ".join(self.say(_milestone_line(m, self.day)) for m in hit_ms)
        return self.commit("the date")

    def overview(self) -> str:
        done = [m["title"] for m in self.milestones if m.get("done")][-2:]
        nxt = next((m for m in self.milestones if not m.get("done")), None)
        open_tasks = [clean(e["text"]) for e in self.log if e["kind"] == "task" and not e["done"]][:1]
        bits = ([" and ".join(f"\"{t}\"" for t in done) + (" are" if len(done) > 1 else " is") + " done"] if done else []) \
            + ([f"in progress: {open_tasks[0][:1].lower() + open_tasks[0][1:]}"] if open_tasks else [])
        head = "Where it stands: " + "; ".join(bits) + "." if bits else ""
        return (head + " " + _milestone_line(nxt, self.day) if nxt else head) if bits or nxt else \
            self.commit("where each piece stands")

    def complaint(self, sentence: str) -> str:
        """A point of a complaint: what the record says about it (a milestone done late, or still late), then when we
        come back on it."""
        hit_ms, _ = self._related(words(sentence))
        said = []
        for m in hit_ms:
            if m.get("done_late"):
                said.append(f"You are right: \"{m['title']}\" was due {m['due_label']} and was only done on "
                            f"{m['done_label']}.")
            elif m.get("overdue"):
                said.append(f"You are right: \"{m['title']}\" was due {m['due_label']} and is still not done; "
                            f"I'll confirm the new date by {self.day}.")
        n, self.complaints = self.complaints, self.complaints + 1
        close = (f"I'll come back to you with what I'll do about it by {self.day}.",
                 f"I'll look into this too and come back to you by {self.day}.",
                 f"This one gets an answer by {self.day} as well.")[min(n, 2)]
        return " ".join(said + [close])


_FEELING = re.compile(r"^(?:honestly,? |frankly,? |to be honest,? )?(?:i am|i'm|we are|we're|i feel|we feel)\s+(?:really |"
                      r"quite |very |a bit |a little )?(?:disappointed|frustrated|unhappy|not happy|upset|annoyed|"
                      r"worried|concerned)\b[^.!?]{0,30}[.!]?$", re.IGNORECASE)


def quote(sentence: str, limit: int = 18) -> str:
    """The client's question as the reply quotes it: without contact details or links (quoted back, they put an email
    address and a phone number into our reply: found trying the product), and a long one by its last words."""
    s = re.sub(r"\s+([?.!,])", r"\1", _CONTACT.sub("…", sentence))
    if len(s.split()) <= limit:
        return s
    for m in _ASKING.finditer(s):  # from where the asking starts ("…do you think the import will need to be redone?")
        if len(s[m.start():].split()) <= limit + 4:
            return "…" + s[m.start():]
    return "…" + " ".join(s.split()[-14:])


def answer_all(message: str, contract: dict, entries: list[dict]) -> tuple[list[str], str, Answerer]:
    """(the client's questions, the answer text, the answerer: what it promised and whether a change of scope waits
    on the client): one line per question, after the question itself, when there are several; a complaint without a
    question is answered too."""
    asks, other = split_asks(message)
    a = Answerer(contract, entries)
    complaints = [s for s in other if _COMPLAINT.search(s) and not _FEELING.match(s)]  # the apology answers a feeling
    if len(asks) + len(complaints) <= 1:
        if asks:
            return asks, a.answer(asks[0]), a
        return asks, a.complaint(complaints[0]) if complaints else "", a
    lines = [f"- \"{quote(c)}\" {a.complaint(c)}" for c in complaints[:3]]
    lines += [f"- \"{quote(q)}\" {a.answer(q)}" for q in asks[:MAX_ASKS]]
    if len(asks) > MAX_ASKS:  # never dropped in silence
        lines.append(f"- Your other {len(asks) - MAX_ASKS} questions: I'll answer each of them by {a.day}.")
    return asks, "\n".join(lines), a
