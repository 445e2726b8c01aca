"""Verbatim quotes from the post for the offline writer: the client's need, and the evidence for a concern.

Every quote is a slice of the post's own text (same case, same order), cut at word boundaries, free of
quotation marks and line breaks, at most ``MAX_WORDS`` words. Pure functions, linear in the post."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from service.drafting.company_text import without_company_text
from service.drafting.frames import Quote, SlotError
from service.drafting.post_sentences import post_sentences
from service.drafting.quote_bounds import after_easy, left_unfinished, phrase_end
from service.text.task_verbs import BASE_VERBS

MAX_WORDS = 18
NEED_CUE = re.compile(r"\b(?:need|needs|looking for|seek|seeks|seeking|want|wants|require|requires|hire|hiring|"
                       r"help (?:us |me )?(?:with|to)|(?:goal|task|idea|aim|objective|purpose)(?: of (?:this|the) [\w-]+)? is|"
                       r"responsible for)\b", re.IGNORECASE)
_EDGE_STOP = frozenset(["a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those", "it", "its", "we", "our", "us", "you", "your", "i", "me", "my", "who", "which", "so", "such", "very", "also", "just", "then", "will", "would", "should", "can", "could", "must", "have", "has", "had", "not", "into", "onto", "via", "than", "including", "like", "all", "any", "each", "more", "etc", "both", "either"])
# a quote ending on one of these leaves the client's phrase hanging ("… to provide a"): never used, and lint flags it
DANGLING_END = frozenset("a an the to of for and or in on with by from at as our your their its into provide".split())
_ADD_ON = re.compile(r"\W*(?:plus|also|additionally|in addition|moreover|furthermore|optionally)\b", re.IGNORECASE)
_SUBORDINATE = frozenset("as when if since while once because although though whilst until unless".split())
_BAD_QUOTE = re.compile(r"[\"“”<>{}\[\]|*#@—–\u0370-\u1fff\u2e80-\uffff]|https?:|www\.|,[^\s\d]|\s-\s|\s[,.;:!?]", re.I)
_NOT_A_NEED = re.compile(r"\b(?:hear from|apply|applicants?|proposals?|cover letter|send (?:us|me)|please include|"
                         r"if you\b|if interested|dm me|"
                         # what the client will hand over is no work ("We will provide all the content")
                         r"(?:we|i)(?: will|'ll|’ll) (?:provide|supply|send you|give you)|will be (?:provided|supplied|given))\b", re.IGNORECASE)
_ABOUT_CANDIDATE = re.compile(r"\b(?:candidate|applicant|experience|experienced|proficien\w+|familiar\w*|"
                              r"knowledge|preferred|skills?|years of|background in|expertise|understanding of|ability to|"
                              r"degree|bachelor\w*|attention to detail|track record|portfolio|fluent|qualifications?|"
                              r"you (?:have|are|should|must|will need)|must have|nice to have|a plus|comfortable|capable of|you.ll)\b",
                              re.IGNORECASE)


@dataclass(frozen=True)
class Found:
    quote: Quote
    role: str          # "vp" (starts with a base verb: reads after "someone to") | "clause"
    sentence: str      # the post sentence it was cut from (for the reviewer)


def _trim(words: list[str]) -> list[str]:
    while words and (words[0].lower().strip(",;:()") in _EDGE_STOP or not re.match(r"[\w$€£]", words[0])):
        words = words[1:]
    while words and (words[-1].lower().strip(",;:()") in _EDGE_STOP or not re.search(r"[\w%)]$", words[-1].rstrip(".,;:!?"))):
        words = words[:-1]
    return words


def _clean(words: list[str]) -> str:
    text = re.split(r"[—–]", " ".join(words))[0].strip().rstrip(".,;:!?")
    if text.count("(") != text.count(")"):
        text = text.split("(")[0].rstrip(" ,;:") if "(" in text else text.replace(")", "")
    return text


_LEADS = frozenset(["We", "we", "I", "We're", "we're", "I'm", "Our", "our", "My", "my", "We’re", "we’re", "I’m"])
_LINKS = frozenset("what that which who where when how why and but so if because".split())
_PREP = frozenset(["to", "for", "with", "of", "in", "on", "at", "from", "by", "into", "about", "as"])
_ADJ_END = re.compile(r"(?:ive|ous|al|ic|ful|able|ible|ing|ed|er|est|y)$")


def _cut(words: list[str]) -> list[str]:
    """Shorten to MAX_WORDS at a clause boundary when there is one; never end on a dangling preposition
    phrase start or adjective."""
    if len(words) <= MAX_WORDS:
        return words
    commas = [i for i, w in enumerate(words[:MAX_WORDS]) if w.endswith(",") and i >= 5]
    out = words[:commas[-1] + 1] if commas else words[:MAX_WORDS]
    out[-1] = out[-1].rstrip(",")
    tail = [i for i, w in enumerate(out) if w.lower() in _PREP and i >= len(out) - 4 and i >= 5]
    if tail:
        out = out[:tail[0]]
    while len(out) > 5 and (_ADJ_END.search(out[-1].lower().strip(",;:")) and len(out[-1]) > 3
                            or out[-1].lower() in _EDGE_STOP):
        out = out[:-1]
    if len(out) > 6 and out[-2].lower() in _PREP:  # "... to join", "... for a"
        out = out[:-2]
    return out


_NEGATED = re.compile(r"\b(?:not|no|never|nor|without|isn't|aren't|don't|doesn't|won't|isn’t|aren’t|don’t|doesn’t|"
                      r"won’t)\W+(?:(?:a|an|the|any)\W+)?$", re.IGNORECASE)
_ABBREV_END = re.compile(r"(?:\b(?:incl|approx|esp|excl|vs|e\.g|i\.e|etc)|\b[A-Z]\.[A-Z])\.?$")


# who the work is for, closing a sentence the word limit cut ("… reports from Housecall Pro for our HVAC service
# technicians"): the quote without it is whole and needs no ellipsis (a tuning letter led with a metric from the
# post's list instead, its real need rejected as cut)
_RECIPIENT = re.compile(r"for (?:our|my|the|your|their|its) [\w'’-]{1,30}(?: [\w'’-]{1,30}){0,3}")


def _only_recipient_after(text: str, sentence: str) -> bool:
    at = sentence.find(text)
    return at >= 0 and bool(_RECIPIENT.fullmatch(sentence[at + len(text):].strip(" .!?")))


def make_quote(words: list[str], post: str, keep_lead: bool = False) -> Quote | None:
    original = [w for w in words if w.strip(".,;:!?()")]
    words = _cut(words)
    if keep_lead and words and words[0] in _LEADS:
        words = words[:1] + _trim(["x"] + words[1:])[1:] if len(words) > 1 else words
    else:
        words = _trim(words)
    if len(words) < 3 or (original and original[0].lower() in _SUBORDINATE and words[0] != original[0]):
        return None  # never from inside "As our collaboration evolves, …" (pool readers: "a chopped mid-sentence quote")
    text = _clean(words)
    if any(unicodedata.category(ch) in ("So", "Cc", "Cf", "Co", "Cs") for ch in text):
        return None
    if _ABBREV_END.search(text) or sum(map(str.isupper, text)) > 0.6 * sum(map(str.isalpha, text)):
        return None  # cut at an abbreviation ("… tailored to the U.S", "… documents incl"), or shouted ("SNOOZE OR …")
    flat = " ".join(post.split())
    at = flat.find(" ".join(text.split())) if text else -1
    if at < 0 or _BAD_QUOTE.search(text) or _NEGATED.search(flat[max(0, at - 30):at]):
        return None  # "This is not a greenfield project" must never be quoted as "greenfield project"
    if left_unfinished(text, flat[at + len(" ".join(text.split())):], BASE_VERBS):
        return None  # the post breaks off there ("… including provider...") or opens a list ("… to determine: 1)")
    last = text.split()[-1]
    cut = bool(original) and last not in original[-1] and len(original) > len(text.split()) and \
        not _only_recipient_after(text, " ".join(original))
    bounded = phrase_end(text.split(), flat)  # never "… to provide a graphical" (the post goes on "representation")
    if bounded is None:
        return None
    text = " ".join(bounded)
    try:
        return Quote(text, cut=cut)
    except SlotError:
        return None


NUMBERISH = re.compile(r"\d")
_ROLE = re.compile(r"\b(?:needed|wanted|required|developer|expert|freelancer|specialist|consultant|hiring|assistant|"
                   r"analyst|engineer|designer|manager|writer|marketer|coordinator|administrator|editor|architect|"
                   r"programmer|strategist|tutor|va|urgent\w*|asap|position|role|job|posted)\b", re.I)


_ABOUT_US = re.compile(r"^(?:[A-Z][\w&.'’-]{0,40}\s){1,4}(?:is|are) (?:a|an|the)\b|^(?:we|we're|we’re|our company|our team|"
                       r"our agency) (?:are|is) (?:a|an)\b|^(?:at|founded|established)\b|\bwe(?:'ve|’ve| have) "
                       r"(?:led|built|helped|worked|grown)\b|^our (?:\w{1,30} ){0,3}(?:empower|help|enable|serve)|"
                       r"^we (?:also )?(?:operate|run|are based|have been|speciali[sz]e|serve|sell|offer)\b", re.I)


def about_us(sentence: str) -> bool:
    """The sentence is about the client's company ("Acme is a …", "Our studio leads the way in …")."""
    return bool(_ABOUT_US.search(sentence or ""))


def _specificity(text: str) -> float:
    from service.text.skills import find_skills_in_text

    words = text.split()
    score = 1.5 * len(find_skills_in_text(text)) + (1.0 if NUMBERISH.search(text) else 0.0)
    score += 0.15 * sum(1 for w in words if len(w) > 6)
    return score - (1.5 if len(words) > MAX_WORDS + 4 else 0.0)


_WHO_CAN = re.compile(r"^(?:who|that) (?:can|will|could)(?: help(?: us| me)?)?$|^(?:able|ready) to$")


# "A Proficient data analyst to perform EDA of …": the verb phrase after "to" is the need, as after "I need someone to"
_ROLE_TO = re.compile(r"^(?:an?|the|one|experienced|skilled)(?: [\w-]+)?(?: [\w-]+)?(?: [\w-]+)? (?:analyst|developer|"
                      r"engineer|designer|specialist|expert|consultant|freelancer|professional)s?(?= to )", re.IGNORECASE)


# a list in brackets the verb phrase names before it goes on ("collect the prices (retail, wholesale, …) from …")
_BRACKET_LIST = re.compile(r"[^()]+\((?!and|or)[^(),]+,[^()]+\)")


def _clause_quote(clause: str, post: str) -> Quote | None:
    """The verb phrase quoted whole; when it is too long, up to the list in brackets it names, or before ", then …"
    or its examples (", including …"); when it cannot be quoted at all, before its brackets ("( SPSS, R,Python)")."""
    q = make_quote(clause.split(), post)
    if q is not None and not q.cut:
        return q
    shorter = clause[:clause.index(")") + 1] if _BRACKET_LIST.match(clause) else \
        re.split(r", (?:and )?then |, (?:including|such as|e\.g\.) ", clause)[0]
    return make_quote(shorter.split(), post) or q or make_quote(clause.split("(")[0].split(), post)


def _from_sentence(s: str, post: str) -> Found | None:
    m = NEED_CUE.search(s) or _ROLE_TO.match(s)
    if m:
        rest = s[m.end():].split()
        for i, w in enumerate(rest[:10]):
            # "… an analyst who can clean and chart …": the verb phrase after "who can" is the work too
            lead_in = w.lower() == "to" or any(_WHO_CAN.match(" ".join(x.lower() for x in rest[j:i + 1]))
                                               for j in range(max(0, i - 3), i + 1))
            if lead_in and i + 1 < len(rest) and rest[i + 1].lower().strip(",") in BASE_VERBS and not after_easy(rest, i):
                clause = re.split(r"[;:!?]|\. ", " ".join(rest[i + 1:]))[0]
                # "… a freelancer to help us automate …": the work is the verb after "help us" ("someone to help us
                # automate" mixes the client's voice into the letter's)
                helped = re.match(r"help (?:us|me) (?=(\w+) )", clause, re.IGNORECASE)
                q = _clause_quote(clause[helped.end():] if helped and helped.group(1).lower() in BASE_VERBS else
                                  clause, post)
                if q and q.text.split()[0].lower() in BASE_VERBS and len(q.text.split()) >= 4:
                    return Found(q, "vp", s)
    words = s.split()
    cue_at = len(s[:m.start()].split()) if m else 0
    lead = next((i for i in range(cue_at, max(-1, cue_at - 4), -1) if i < len(words) and
                 words[i] in _LEADS and (i == 0 or words[i - 1].lower().strip(",") not in _LINKS)), 0)
    q = make_quote(words[lead:], post, keep_lead=True)
    return Found(q, "clause", s) if q and len(q.text.split()) >= 5 else None


def need_quote(description: str, post: str, title: str = "") -> Found | None:
    """The most specific statement of what the client needs (the first of ``need_quotes``)."""
    found = need_quotes(description, post, title)
    return found[0] if found else None


def need_quotes(description: str, post: str, title: str = "") -> list[Found]:
    """Statements of what the client needs, most specific first: a sentence with a need cue, the tools, numbers
    and long words it names; the title when it is specific and free of role words ("Developer Needed"). The
    writer tries them in order, so a rejected best candidate leaves the next good one."""
    cands: list[tuple[float, int, Found]] = []
    for i, s in enumerate(post_sentences(without_company_text(description))[:10]):  # not "About the Client"
        if _NOT_A_NEED.search(s) or s.rstrip().endswith(":") or ":" in " ".join(s.split()[:3]) or _ADD_ON.match(s):
            continue
        f = _from_sentence(s, post)
        # "We seek an experienced developer to enhance our store by …": the sentence is about the candidate, but
        # the verb phrase after "to" is the work, and it is the best statement of it many posts have
        if f is None or _ABOUT_CANDIDATE.search(s) and (f.role != "vp" or _ABOUT_CANDIDATE.search(f.quote.text)):
            continue
        concrete = bool(NUMBERISH.search(f.quote.text)) or _specificity(f.quote.text) >= 1.5
        score = _specificity(f.quote.text) + (2.0 if NEED_CUE.search(s) else 0.0 if concrete else -1.0)
        score += 1.0 if f.role == "vp" else 0.0
        score -= 3.0 if _ABOUT_US.search(s) else 0.0
        score -= 1.0 if _ABOUT_CANDIDATE.search(s) else 0.0
        score += 0.5 if i < 3 else 0.0
        cands.append((score, -i, f))
    t = " ".join(title.split())
    if t and not re.search(r"\bposted\b|\bago\b", t, re.I) and len(t.split()) >= 2:
        q = make_quote(t.split(), post)
        if q and q.text == t.rstrip(".!?"):
            cands.append((_specificity(q.text) + (0.0 if _ROLE.search(t) else 1.0), 1, Found(q, "title", t)))
    return [c[2] for c in sorted(cands, key=lambda c: (c[0], c[1]), reverse=True)]


def evidence_quote(description: str, post: str, triggers: tuple[str, ...], used: set[str],
                   title: str = "") -> Found | None:
    """The clause of the post that mentions one of ``triggers`` (whole words), not yet quoted. Sentences about
    the work come before sentences about the candidate ("experience with ..."); label lines are skipped."""
    sents = [s for s in post_sentences(without_company_text(description))  # an emoji before a label is no word
             if not (":" in " ".join((w := re.findall(r"\S*\w\S*", s))[:4]) and len(w) <= 8)]
    if title and not _ROLE.search(title):
        sents.append(" ".join(title.split()))
    ordered = [s for s in sents if not _ABOUT_CANDIDATE.search(s) and not _ABOUT_US.search(s)]
    for s in ordered:
        if s.lower() in used or (len(s.split()) <= 6 and _ROLE.search(s)):
            continue
        low = f" {re.sub(r'[^a-z0-9+#]+', ' ', s.lower())} "
        hit = next((t for t in triggers if f" {t} " in low), None)
        if hit is None:
            continue
        clauses = [c for c in re.split(r"[;:()]|,\s| - ", s) if len(c.split()) >= 3]
        clause = next((c for c in clauses if f" {hit} " in f" {re.sub(r'[^a-z0-9+#]+', ' ', c.lower())} "), s)
        words = clause.split()
        if len(words) < 4:
            words = s.split()
        if len(words) > MAX_WORDS:
            idx = next((i for i, w in enumerate(words) if hit.split()[0] in w.lower()), 0)
            if idx >= MAX_WORDS - 3:  # the trigger is late in a long clause: a short window around it
                start = max(0, idx - 2)  # never opening on a preposition ("after by OpenAI …"): then at the trigger
                start = idx if _mid_phrase(" ".join(words[start:start + 10]), post) else start
                words = words[start:start + 10]
        q = make_quote(words, post, keep_lead=True)
        if q and len(q.text.split()) >= 4 and not any(q.text.lower() in u or u in q.text.lower() for u in used):
            used.add(s.lower())
            return Found(q, "clause", s)
    return None


# the word before a lower-case quote that shows it starts mid-clause: half of a pair ("ranked and “rated on …”"), a
# hypothetical ("this could “lead to …”"), a clause that lost its subject ("I “want both …”"); after a modal only a
# verb of the work starts cleanly ("will “build …”", not "will “likely involve Zapier …”")
_MID_CLAUSE = frozenset({"and", "or", "could", "might", "may", "would", "I", "we", "We", "they"})
_MODAL = frozenset({"will", "should", "must", "can"})


def _mid_phrase(text: str, post: str) -> bool:  # a lower-case quote that opens on a preposition or mid-clause
    first = text.split()[0]
    return first[:1].islower() and (first in _PREP or first in (*_MID_CLAUSE, "after", "before", "than")
                                    or not starts_cleanly(text, post))


def starts_cleanly(text: str, post: str) -> bool:
    """A quote that starts in lower case must not start inside a prepositional phrase of the post ("… in
    “real-time before adding them to the cart”"): it would read as a fragment in the letter."""
    flat = " ".join((post or "").split())
    at = flat.find(text)
    before = flat[:at].split()[-1:] if at > 0 else []
    verb_led = text.split()[0] in BASE_VERBS
    if before and before[0] == "To" and verb_led:
        return False  # "To “streamline this, I'm considering …”": the purpose clause lost its "To"
    if before and text[:1].islower() and (before[0] in _MID_CLAUSE or before[0] in _MODAL and not verb_led):
        return False
    if not text[:1].islower() or text.split()[0] in BASE_VERBS:  # a verb phrase after "to" is a clean start
        return True
    return not (before and before[0].lower() in _PREP)
