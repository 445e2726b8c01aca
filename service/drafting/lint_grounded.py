"""``grounded``: the letter claims nothing about the job that the post does not say.

A claim is a statement that the post or the client said or has something: "your X" for an X the post never names
("your patients", "your payments page"); a job term the post lacks (``GROUND_TERMS``) in a clause about the client
("Your clients have also asked for a mobile app"), in a "where …" that presumes it ("where mobile shoppers drop off") or
as the subject of a plain statement ("the checkout is where they drop off"); the client or their people doing or
having things the post never mentions ("your managers already use Google Sheets for rotas"); and words put in the
client's mouth ("As you mentioned, the reminders also go out in Spanish", "Your post says … after a Stripe upgrade").

Expertise is not a claim: a likely cause the post does not name, said as one ("usually", "often", "a common cause",
"could", "if …"), a step of ours ("I would check the webhook retries") and a question claim nothing about the job.
Our own past work (proof sentences) is exempt. Token-based, linear in the text."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief, LintCheck, ProposalParts
from service.core.workspace import Workspace
from service.drafting.facts import GENERIC, STOP

QUOTED = re.compile(r"\u201c[^\u201d\n]{0,400}\u201d|\"[^\"\n]{0,400}\"")
WORD = re.compile(r"[A-Za-z0-9+#]+")
GROUND_TERMS = ("mobile", "shoppers", "shopper", "checkout", "cart", "dashboard", "dashboards", "webhook", "webhooks",
                "migration", "subscription", "subscriptions", "payments", "conversion", "seo", "login", "permissions",
                "pagination", "scraper", "chatbot", "inventory", "invoices", "onboarding", "bookings", "booking",
                "newsletter", "churn", "ads", "funnel", "landing", "android", "ios", "responsive", "spreadsheet")
PROOF_SENTENCE = re.compile(r"\b(?:we (?:built|rebuilt|shipped|designed|delivered|joined|upgraded|added|wrote|ran|did|"
                            r"have done|launched|migrated)|our (?:closest|past|previous)|case study|the result|outcome|"
                            r"project of ours|example from our work|what we did|our background|our team)\b", re.IGNORECASE)
YOUR_OK = frozenset("""post brief project team time access budget code site website store question questions call feedback
approval review current existing own first live needs goals priorities deadline schedule side setup stack data
business company requirements plan job work hands end users customers clients staff list test tests idea ideas
way choice decision""".split())
# a likely cause or a possibility, said as one (expertise, not a claim about this job)
_HEDGE = frozenset("""usually often typically commonly common tend tends likely probably perhaps maybe may might could
sometimes possibly most many frequent frequently typical""".split())
_CONDITIONAL = frozenset(["if", "whether", "unless", "should", "once", "suppose", "assuming"])
_CLAUSE = re.compile(r"[,;:()\u2014\u2013]| - | so | but | because | while | although ")
# the client or their people doing or having something ("your managers already use …", "you have …")
_CLIENT_VERBS = frozenset("""have has use uses used run runs sell sells pay pays complain complains asked mentioned said
told sent rely relies lose loses ship ships offer offers already""".split())
_ALSO_VERBS = frozenset("need needs want wants".split())  # "your tutors also need …": a requirement the post adds?
_CLIENT_VERBS_ALSO, _VERB_RUN = _CLIENT_VERBS | {"also"}, _CLIENT_VERBS | _ALSO_VERBS  # built once, read per word
_MODALS = frozenset("can could will would should may might must".split())
_SUBJECT_LEAD = frozenset("since because as and but so".split())  # "you" as the subject of a statement, not of a
# relative clause
# evaluative or size words: "your real data", "your largest class" say nothing the post must have said
_ADJECTIVES = frozenset("""real actual entire whole full main current existing live raw clean messy large small big
old latest usual typical other same different main final""".split())
_PLAIN = frozenset("also already really today now currently still every each right new".split())
_ATTRIBUTION = re.compile(r"\b(?:(?:your|the) (?:post|brief|description|message|listing) (?:says|said|mentions|mentioned|"
                          r"notes|noted|states|stated|asks|asked|describes|described)|as you (?:say|said|mention|"
                          r"mentioned|note|noted|wrote|put it|described|explained)|you (?:mentioned|said|noted|wrote|"
                          r"told (?:me|us)|described|explained))\b", re.IGNORECASE)
_ASSERT = frozenset("is are was were has have keeps shows needs does doesn't isn't aren't breaks fails loads".split())


def check(cid: str, ok: bool, good: str, bad: str, severity: str = "error") -> LintCheck:
    """One checklist line: the good message when it passes, else the bad one (every lint module builds them so)."""
    return LintCheck(id=cid, passed=ok, message=good if ok else bad, severity=severity)


def body_sentences(text: str, marker: str) -> list[str]:
    idx = text.find(marker)
    body = text if idx < 0 else text[:idx]
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", body) if s.strip()]


def outside_quotes(s: str) -> str:
    return QUOTED.sub(" \u00a7 ", s)


def stem(w: str) -> str:
    w = w.lower()
    for suf in ("ments", "ment", "ings", "ing", "ers", "er", "es", "ed", "s"):
        if len(w) > len(suf) + 2 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def ungrounded_terms(sentence: str, post: str) -> list[str]:
    """The job terms (``GROUND_TERMS``) a sentence of ours uses that the post never does, wherever they stand: the
    writer's rule for choosing between sentences (stricter than ``grounding_check``, which lets a hedged cause or a
    step of ours use them)."""
    return missing_terms({w.lower() for w in WORD.findall(outside_quotes(sentence))},
                         {stem(w) for w in WORD.findall(post)})


def missing_terms(words: set[str], post_stems: set[str]) -> list[str]:
    return [t for t in GROUND_TERMS if t in words and stem(t) not in post_stems]


class Vocab:
    """The post's words, matched loosely enough that a plural, a stem or a longer form counts ("class" and
    "classes", "quantity" and "quantities": ``stem`` alone is not idempotent)."""

    def __init__(self, text: str):
        words = {w.lower() for w in WORD.findall(text)}
        self.words, self.stems = words, {stem(w) for w in words}
        self.prefixes = {w[:6] for w in words if len(w) >= 6}

    def has(self, w: str) -> bool:
        w = w.lower()
        return w in self.words or w in self.stems or stem(w) in self.stems or len(w) >= 6 and w[:6] in self.prefixes

    def missing_terms(self, words: set[str]) -> list[str]:
        return [t for t in GROUND_TERMS if t in words and not self.has(t)]


def unknown_words(toks: list[str], vocab: Vocab) -> list[str]:
    """Content words the post never uses (not stop words, not the words every job shares)."""
    return [t for t in toks if t.lower() not in STOP and t.lower() not in YOUR_OK and len(t) > 2
            and not t.isdigit() and not vocab.has(t) and t.lower() not in _PLAIN]


def _clause_problems(clause: str, vocab: Vocab, hedged: bool, asks: bool) -> list[str]:
    toks = WORD.findall(clause)
    low = [t.lower() for t in toks]
    out = []
    for i, t in enumerate(low):  # "your X" for an X the post never names
        if t != "your" or i == len(low) - 1:
            continue
        if any(w in _CONDITIONAL for w in low[max(0, i - 6):i]):
            continue  # "if your theme loads every app's script …" supposes, it does not claim
        nxt = [w for w in toks[i + 1:i + 3] if w.lower() not in STOP][:2]
        known = [vocab.has(w) or w.lower() in YOUR_OK for w in nxt]
        # nothing the post names; or a job term it lacks ("your payments page"); or a specific word it lacks before
        # a generic head ("your warehouse team", "your wholesale customers")
        if nxt and (not any(known) or vocab.missing_terms({w.lower() for w in nxt}) or
                    len(nxt) == 2 and not known[0] and nxt[1].lower() in YOUR_OK and not nxt[0].isdigit() and
                    nxt[0].lower() not in _ADJECTIVES and not nxt[0].lower().endswith("est")):
            out.append(f"\"your {' '.join(nxt)}\"")
    if hedged or asks or any(w in _CONDITIONAL for w in low):
        return out  # a likely cause, a supposition or a question: only "your X" still presumes X
    about_client = "your" in low or any(low[j] == "you" and j + 1 < len(low) and low[j + 1] in _CLIENT_VERBS
                                        for j in range(len(low)))
    words = set(low)
    for term in vocab.missing_terms(words):
        at = low.index(term)
        presumed = any(w in ("where", "why") for w in low[max(0, at - 3):at])
        lead = [w for w in low[:4] if w not in ("and", "also", "so")]
        stated = bool(lead) and lead[0] in ("the", "this", "that", "these", "those", "their") and \
            term in lead[:4] and any(w in _ASSERT for w in low[at + 1:at + 5]) and \
            not {"i", "we", "would", "will"} & words
        if about_client or presumed or stated:
            out.append(f"\"{term}\"")
    for i, t in enumerate(low):  # the client or their people doing or having what the post never mentions
        if t not in ("your", "you") or i + 1 >= len(low):
            continue
        window = low[i + 1:i + 4]
        verb_at = next((i + 1 + j for j, w in enumerate(window) if w in _CLIENT_VERBS or
                        w in _ALSO_VERBS and j and window[j - 1] == "also"), None)
        if verb_at is None or (t == "you" and (low[i + 1] not in _CLIENT_VERBS_ALSO or i and low[i - 1] not in
                                               _SUBJECT_LEAD)) or _MODALS & set(low[i + 1:verb_at]):
            continue  # "so your team can use the reports" is what we would make possible, not what they have; "what
            # you offer", "the timeframe you have in mind" name the client's things without saying what they are
        while verb_at + 1 < len(low) and low[verb_at + 1] in _VERB_RUN:
            verb_at += 1
        rest = [w for w in toks[verb_at + 1:] if w.lower() not in GENERIC or w.lower() == "app"]
        new = unknown_words(rest, vocab)
        if len(new) >= 2:
            out.append(f"\"{' '.join(toks[i:i + 6])}\"")
    return out


def _aside(before: str, said: str) -> bool:
    """The attribution is an aside that what follows its comma reports ("As you mentioned, …", "…, and as your post
    says, …"), not a manner adverbial that ends there ("Run each part exactly as the brief asks, checking …")."""
    words = before.split()
    if not said.lower().startswith("as "):
        if not words or words[-1].lower() != "as":
            return not words
        words = words[:-1]
    return not words or words[-1].lower() in ("and", "but", "so") or words[-1].endswith(",")


def grounding_check(text: str, brief: JobBrief, parts: ProposalParts | None, marker: str,
                    ws: Workspace | None = None) -> LintCheck:
    post = f"{brief.title} {brief.description} {' '.join(brief.screening_questions)} {' '.join(brief.skills)} " \
           f"{' '.join(brief.tools)}"
    vocab = Vocab(post)
    proof_text = (parts.proof_line if parts else "") or ""
    problems = []
    for s in body_sentences(text, marker):
        if PROOF_SENTENCE.search(s) or (proof_text and s in proof_text):
            continue
        out = re.sub(r"\[[^\]\n]{1,100}\]", " ", outside_quotes(s))  # a "[Your answer: …]" placeholder is the reviewer's
        low = {w.lower() for w in WORD.findall(out)}
        if s.rstrip().endswith("?") and not {"you", "your"} & low:
            continue  # a question that offers options claims nothing
        hedged, asks = bool(_HEDGE & low), s.rstrip().endswith("?")
        found = []
        for clause in _CLAUSE.split(out):
            found += _clause_problems(clause, vocab, hedged, asks)
        m = None if asks else _ATTRIBUTION.search(out)
        after = out[m.end():] if m else ""
        ends = bool(m) and after.lstrip().startswith((",", ".", ";")) and not _aside(out[:m.start()], m.group(0))
        if m and not ends and not re.match(r"\s*(?:about|regarding|on)\b", after):  # "says about hours": a topic
            # words put in the client's mouth: what follows "As you mentioned," / "Your post says" to the clause's end
            # (not "the test your post describes, so …": there the post said nothing more)
            said = _CLAUSE.split(re.sub(r"^\s*(?:,|that\b)\s*", "", after), maxsplit=1)[0]
            new = unknown_words(WORD.findall(said), vocab)
            if new:
                found.append(f"\"{m.group(0)} … {' '.join(new[:3])}\"")
        problems += [f"{f} in \"{s[:70]}\"" for f in found]
    problems = list(dict.fromkeys(problems))
    return check("grounded", not problems, "every statement about the job names only what the post says",
                  "says about the job what the post does not: " + "; ".join(problems[:4]) +
                  "; quote the post or drop the claim")
