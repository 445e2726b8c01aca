"""Lint / compliance checklist (product.md) as a pure module: text in, ``LintResult`` out.

Proposals: word bounds (letter body, with the arithmetic), hook names a post-specific detail within the
first 230 characters, no unfilled placeholders, no contact details or off-platform channels, no URLs
outside the proof library, no technology / client / number claim missing from profile, proof and post,
client's required opener and words present, every screening question answered, no banned phrases,
no duplicated sentences, no text an injection tried to plant. Contract messages share the generic checks
and add their own (``lint_contract.py``)."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief, LintCheck, LintResult, ProposalParts
from service.core.workspace import ServiceLine, Workspace
from service.drafting.claimable import claimable
from service.drafting.facts import GENERIC, STOP, content_words, distinctive, post_text
from service.drafting.instructions import Resolved
from service.drafting.instructions import resolve as resolve_instructions
from service.drafting.job_type import job_type
from service.drafting.length_rules import letter_bounds
from service.drafting.lint_answers import screening_check
from service.drafting.lint_grounded import check as _check
from service.drafting.lint_letters import letter_checks
from service.drafting.lint_scan import client_names, emails, links
from service.text.skills import find_skills_in_text, normalise_skills

PREVIEW_CHARS = 230
ANSWERS_MARKER = "Answers to your questions:"
DEFAULT_BOUNDS = (90, 220)
_PHONE = re.compile(r"(?<![\w$€£])\+?\d[\d\s().-]{7,40}\d(?![\w%])")
_CHANNELS = r"skype|whatsapp|whats app|telegram|linkedin|signal|wechat|discord|viber|gmail|zoom"
_CHANNEL_CONTACT = re.compile(rf"(?:\b(?:contact|reach|message|text|call|add|ping|find|dm|email|write to)\s+(?:me|us)\b"
                              rf"[^.!?\n]{{0,25}}\b(?:{_CHANNELS})\b|\b(?:my|our)\s+(?:{_CHANNELS})\b|\b(?:t\.me|wa\.me|"
                              rf"linkedin\.com|skype:)\S*)", re.IGNORECASE)
_CHANNEL_WORD = re.compile(rf"\b(?:{_CHANNELS})\b", re.IGNORECASE)
# a bracketed note to fill in, of any length ("[Your Loom video link …]", "[Insert …]"); ``[^][]*`` stops at the
# next bracket, so every character is scanned from one "[" only (linear); a Markdown link "[text](url)" is not one
FIX_FLOOR = 50
_PLACEHOLDER = re.compile(r"\[(?:[A-Z][\w .'/-]{0,40}|(?:insert|your|client)[^][]*)\](?!\()|\{\{|\}\}|\{[a-z_]+\}|"
                          r"\((?:insert|add|put|paste|placeholder|link (?:to|here)|tbd)\b[^()\n]{0,60}\)|<(?:insert|your|add)\b[^<>\n]{0,60}>|"
                          r"<[A-Z_ ]{3,}>|\bX{3,}\b|\bTBD\b|\blorem ipsum\b|_{4,}", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|i|our|my|us|we've|i've|we're|i'm|ours)\b", re.IGNORECASE)
_CLAIM_VERB = re.compile(r"\b(?:built|shipped|used|use|using|worked|work with|experience|experienced|expert|"
                         r"expertise|speciali[sz]e|know|developed|delivered|created|implemented|our (?:\w+ )?stack|everyday|every week|"
                         r"daily|proficient|skilled|familiar|years|completed|did|done|helped|partnered|served|worked for|"
                         r"launched|migrated|upgraded|rebuilt|designed|wrote|written)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|no|haven't|hasn't|don't|didn't|isn't|aren't|won't|without|new to|instead)\b", re.IGNORECASE)
_NUM = re.compile(r"(?<![\w.])[$€£]?\d[\d,]*(?:\.\d+)?(?:%|k\b|K\b|x\b)?")
_INJECTION_ECHO = re.compile(r"ignore (?:all |any )?(?:previous|prior|above) instructions|system prompt|as an ai\b", re.IGNORECASE)
BUILTIN_BANNED = ("as an AI language model", "I came across your job posting", "delve into", "I am writing to apply")
COMMON_CAPS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Upwork", "The", "A", "An", "I", "We", "Our", "My", "Your", "This", "That", "It", "If", "For", "With", "At"])


# ------------------------------------------------------------------ helpers
def sentences(text: str) -> list[str]:
    out = []
    for chunk in re.split(r"(?<=[.!?])\s+|\n+", text or ""):
        chunk = chunk.strip(" -•*\t")
        if chunk:
            out.append(chunk)
    return out


def norm_sentence(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def letter_body(text: str) -> str:
    """The letter without the screening-answer block (word bounds apply to the body only)."""
    idx = text.find(ANSWERS_MARKER)
    return text if idx < 0 else text[:idx]


def word_count(text: str) -> int:
    return len(re.findall(r"\b[\w'’-]+\b", text or ""))


def _norm_number(tok: str) -> str:
    tok = tok.lstrip("$€£").replace(",", "").lower()
    return re.sub(r"\.0+(?=$|[%kx])", "", tok)


def _numbers(text: str) -> set[str]:
    return {_norm_number(m.group(0)) for m in _NUM.finditer(text or "")}


def _phones(text: str) -> list[str]:
    out = []
    for m in _PHONE.finditer(text):
        tok = m.group(0)
        if len(re.sub(r"\D", "", tok)) >= 9 and not re.fullmatch(r"\d{4}\s?[-/]\s?\d{4}", tok.strip()):
            out.append(tok)
    return out




def word_bounds_check(text: str, bounds: tuple[int, int]) -> tuple[LintCheck, int]:
    body = letter_body(text)
    n = word_count(body)
    lo, hi = bounds
    where = " in the letter body (screening answers not counted)" if body != text else ""
    if n < lo:
        msg = f"{n} words{where}; bounds are {lo}-{hi}: {lo - n} short, aim for at least {lo}"
    elif n > hi:
        msg = f"{n} words{where}; bounds are {lo}-{hi}: {n - hi} over, cut to at most {hi}"
    else:
        msg = f"{n} words{where}; bounds are {lo}-{hi}: OK"
    return LintCheck(id="word_bounds", passed=lo <= n <= hi, message=msg), n


def placeholder_check(text: str) -> LintCheck:
    hits = sorted({m.group(0) for m in _PLACEHOLDER.finditer(text)})
    return _check("no_placeholders", not hits, "no unfilled placeholders",
                  "unfilled placeholder(s): " + ", ".join(hits[:5]) + "; replace them with the real words")


def contact_check(text: str, source_text: str = "") -> LintCheck:
    problems = []
    if emails(text):
        problems.append("an email address")
    if _phones(text):
        problems.append("a phone number")
    m = _CHANNEL_CONTACT.search(text)
    if m:
        problems.append(f"an off-platform channel ('{m.group(0).strip()}')")
    else:
        allowed = {w.lower() for w in _CHANNEL_WORD.findall(source_text)}
        extra = sorted({w.lower() for w in _CHANNEL_WORD.findall(text)} - allowed)
        if extra:
            problems.append("an off-platform channel name not in the post (" + ", ".join(extra) + ")")
    return _check("no_contact_details", not problems, "no contact details or off-platform channels",
                  "contains " + "; ".join(problems) + ": Upwork forbids moving contact off-platform before a contract")


def url_check(text: str, ws: Workspace, post: str = "") -> LintCheck:
    post_low = post.lower()
    allowed = [p.url.lower().rstrip("/") for p in ws.proof if p.url]
    bad = []
    for found in links(text):
        u = found.lower().rstrip("/.,")
        bare = re.sub(r"^https?://(www\.)?", "", u)
        if not any(bare.startswith(re.sub(r"^https?://(www\.)?", "", a)) for a in allowed):
            if re.fullmatch(r"[\w-]+\.js", bare):  # Node.js, Next.js are names, not URLs
                continue
            if "/" not in bare and not u.startswith(("http", "www.")) and bare in post_low:
                continue  # a product the client names (Make.com, Bubble.io), not a link we add
            bad.append(found)
    return _check("no_foreign_urls", not bad, "no links outside the proof library",
                  "link(s) not in the proof library: " + ", ".join(bad[:4]) + "; remove them or cite a proof item's url")


def banned_check(text: str, ws: Workspace) -> LintCheck:
    low = " ".join(text.lower().split())
    hits = [p for p in list(ws.banned_phrases) + list(BUILTIN_BANNED) if p and " ".join(p.lower().split()) in low]
    return _check("no_banned_phrases", not hits, "no banned phrases",
                  "banned phrase(s): " + "; ".join(f'"{h}"' for h in hits) + "; rewrite those sentences")


def duplicate_check(text: str) -> LintCheck:
    seen: dict[str, int] = {}
    for s in sentences(text):
        if re.fullmatch(r"\[[^\]\n]+\]\.?", s.strip()):
            continue  # a placeholder for the reviewer (two answers both "[Your answer: …]"): no_placeholders reports it
        key = norm_sentence(s)
        if len(key.split()) >= 4:
            seen[key] = seen.get(key, 0) + 1
    dupes = [k for k, n in seen.items() if n > 1]
    return _check("no_duplicate_sentences", not dupes, "no duplicated sentences",
                  f"{len(dupes)} sentence(s) appear more than once, e.g. \"{dupes[0][:80] if dupes else ''}\"")


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\w+#.'’-]+", text.lower())


def own_words(sentence: str, post_grams: set[tuple[str, ...]], n: int = 4) -> str:
    """The sentence minus quoted text and minus every run of >= n words copied from the post (the client's words)."""
    sentence = re.sub(r"\"[^\"\n]{0,400}\"|“[^”\n]{0,400}”", " ", sentence)
    toks = re.findall(r"\S+", sentence)
    norm = [re.sub(r"^[^\w+#]+|[^\w+#]+$", "", t.lower()) for t in toks]
    covered = [False] * len(toks)
    for i in range(len(toks) - n + 1):
        if tuple(norm[i:i + n]) in post_grams:
            for j in range(i, i + n):
                covered[j] = True
    return " ".join(t for t, c in zip(toks, covered) if not c)


def claims_check(text: str, allowed_sources: str, post: str, ws: Workspace) -> LintCheck:
    """Technologies, client names and numbers must come from the profile, the proof library or the post.

    A technology the post names may be *mentioned* (the client's stack, a quoted requirement); it may not be
    *claimed* (a first-person sentence with an experience verb and no negation) unless the profile or proof
    library has it. Runs of four or more words copied from the post count as the client's words."""
    ptoks = [re.sub(r"^[^\w+#]+|[^\w+#]+$", "", t) for t in re.findall(r"\S+", post.lower())]
    post_grams = {tuple(ptoks[i:i + 4]) for i in range(len(ptoks) - 3)}
    ours = claimable(ws.profile.skills, (p.skills for p in ws.proof))
    ours |= {s.lower() for s in find_skills_in_text(allowed_sources)}
    in_post = {s.lower() for s in find_skills_in_text(post)}
    allowed_numbers = _numbers(allowed_sources + "\n" + post)
    allowed_words = set(re.findall(r"[\w&'-]+", (allowed_sources + " " + post).lower()))
    problems = []
    text = re.sub(r"(?m)^\s*\d{1,2}[.)]\s", "", text)  # list numbering is not a claim
    for s in sentences(text):
        own = own_words(s, post_grams)
        claim = bool(_FIRST_PERSON.search(own)) and bool(_CLAIM_VERB.search(own)) and not _NEGATION.search(own)
        own_techs = {t.lower() for t in find_skills_in_text(own)}
        for tech in find_skills_in_text(own):  # quoted post text and runs copied from the post are the client's words
            t = tech.lower()
            if t in ours:
                continue
            if t not in in_post:
                problems.append(f"{tech} (named, but not in the post, profile or proof library)")
            elif claim and t in own_techs:
                problems.append(f"{tech} (claimed as ours, but not in the profile or proof library)")
        if claim:
            for name in client_names(s):
                toks = [w for w in name.split() if w not in COMMON_CAPS]
                if toks and not all(w.lower() in allowed_words for w in toks) and not find_skills_in_text(name):
                    problems.append(f"client '{name}' (not in the proof library or the post)")
    for n in sorted(_numbers(text) - allowed_numbers):
        if n.rstrip("%kx") not in {"0", "1", "2", "3"}:
            problems.append(f"number {n} (not in the profile, proof library or post)")
    problems = list(dict.fromkeys(problems))
    return _check("no_unsupported_claims", not problems, "every technology, client and number is backed by the "
                  "profile, proof library or post", "unsupported: " + "; ".join(problems[:6]) +
                  "; remove them or say honestly that this is new to us")


# ------------------------------------------------------------------ proposal-only checks
def hook_detail(text: str, brief: JobBrief, ws: Workspace, parts: ProposalParts | None = None) -> str | None:
    """The post-specific detail named in the first 230 characters, or None."""
    head = text[:PREVIEW_CHARS]
    low_head = head.lower()
    post = post_text(brief)
    low_post = post.lower()
    if parts and parts.detail and parts.detail.lower() in low_head and parts.detail.lower() in low_post \
            and distinctive(parts.detail):
        return parts.detail
    for tech in find_skills_in_text(head):
        if tech.lower() in {t.lower() for t in find_skills_in_text(post) + normalise_skills(brief.skills + brief.tools)}:
            return tech
    head_nums = _numbers(head) & _numbers(post)
    if head_nums:
        return sorted(head_nums)[0]
    boiler = set(content_words(" ".join([ws.profile.headline, ws.profile.overview] +
                                        [f"{s.name} {' '.join(s.keywords)}" for s in ws.service_lines])))
    hw = [w.lower() for w in re.findall(r"[\w+#.'-]+", head)]
    post_bigrams = set()
    pw = [w.lower() for w in re.findall(r"[\w+#.'-]+", post)]
    for a, b in zip(pw, pw[1:]):
        post_bigrams.add((a, b))
    for a, b in zip(hw, hw[1:]):
        if (a, b) in post_bigrams and a not in STOP and b not in STOP and (a not in GENERIC or b not in GENERIC) \
                and not {a, b} <= boiler and max(len(a), len(b)) >= 4:
            return f"{a} {b}"
    title_words = [w for w in distinctive(brief.title) if len(w) >= 5 and w not in boiler]
    for w in title_words:
        if re.search(rf"\b{re.escape(w)}\b", low_head):
            return w
    return None


def hook_check(text: str, brief: JobBrief, ws: Workspace, parts: ProposalParts | None) -> LintCheck:
    detail = hook_detail(text, brief, ws, parts)
    return _check("hook_specific", detail is not None,
                  f"the first {PREVIEW_CHARS} characters name '{detail}' from the post",
                  f"the first {PREVIEW_CHARS} characters (what the client sees in the list) name nothing specific from "
                  f"the post; open with a feature, tool, number or phrase from it")


def instructions_check(text: str, brief: JobBrief, ws: Workspace | None = None, resolved=None) -> LintCheck:
    """Required opener, words and first line, as ``instructions.resolve`` reads them (``resolved``, when the caller
    has it already): an instruction that is also flagged as an injection attempt is not required (the reviewer gets
    a note instead)."""
    if ws is not None:
        r = resolved or resolve_instructions(brief, ws)
        openers, required, first = ([r.opener] if r.opener else []), r.required, r.first_line
    else:
        openers = [i.value.strip() for i in brief.client_instructions if i.value and i.kind == "opener"]
        required = [i.value.strip() for i in brief.client_instructions if i.value and i.kind != "opener"]
        first = None
    problems = []
    start = text.lstrip(" \n\"'“*-").lower()
    for o in openers:
        if not start.startswith(o.lower().strip("\"'“”")):
            problems.append(f"must start with \"{o}\" (the client asked for it)")
    for w in required:
        if not re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", text.lower()):
            problems.append(f"must contain \"{w}\" (the client asked for it)")
    if first and first.lower() not in text.strip().splitlines()[0].lower():
        problems.append(f"the first line must say \"{first}\" (the client asked for the rate there)")
    if not openers and not required and not first:
        return LintCheck(id="client_instructions", passed=True, message="no required word or opener in the post")
    return _check("client_instructions", not problems, "the client's required opener/words are present",
                  "; ".join(problems))


def injection_check(text: str, brief: JobBrief) -> LintCheck:
    planted = [f.quote for f in brief.injection_flags if len(f.quote.strip()) >= 12 and f.quote.lower() in text.lower()]
    echo = _INJECTION_ECHO.search(text)
    bad = planted + ([echo.group(0)] if echo else [])
    return _check("no_injected_text", not bad, "nothing from flagged injection text",
                  "contains text the post tried to plant: " + "; ".join(f'"{b[:60]}"' for b in bad))


def style_check(text: str) -> LintCheck:
    marks = [m for m in ("**", "##", "```", "\u2014", "--") if m in text]
    names = {"**": "bold markers", "##": "markdown heading", "```": "code fence", "\u2014": "em dash", "--": "double hyphen"}
    return _check("no_markdown_artifacts", not marks, "no markdown artifacts",
                  "markdown/dash artifacts: " + ", ".join(names[m] for m in marks), severity="warning")


def allowed_sources(ws: Workspace, line: ServiceLine | None = None, extra: str = "") -> str:
    bits = [ws.profile.model_dump_json()] + [p.model_dump_json() for p in ws.proof]
    if line:
        bits.append(line.model_dump_json())
    return "\n".join(bits + [extra])


def lint_proposal(text: str, brief: JobBrief, ws: Workspace, parts: ProposalParts | None = None,
                  line: ServiceLine | None = None, resolved: Resolved | None = None) -> LintResult:
    """``resolved``: the post's instructions when the caller has them already (a draft lints up to twice)."""
    resolved = resolved or resolve_instructions(brief, ws)  # once: the length limit and the instructions check
    bounds = letter_bounds(tuple(line.word_bounds) if line else DEFAULT_BOUNDS, resolved.max_words)
    if job_type(brief) == "fix":  # a same-day fix may be answered in a few lines (a lint probe: 62 words was "short")
        bounds = (min(bounds[0], FIX_FLOOR), bounds[1])
    if resolved.form:  # the client's own form (letter_layout.py) is as long as its fields
        bounds = (min(bounds[0], 1), bounds[1])
    bounds_check, n = word_bounds_check(text, bounds)
    post = "\n".join([post_text(brief), *brief.screening_questions])
    checks = [
        bounds_check,
        hook_check(text, brief, ws, parts) if not (resolved.form and resolved.form.only) else
        _check("hook_specific", True, "the client prescribed the whole proposal's form, and nothing else", ""),
        placeholder_check(text),
        contact_check(text, post),
        url_check(text, ws, post),
        claims_check(text, allowed_sources(ws, line), post, ws),
        instructions_check(text, brief, ws, resolved),
        screening_check(text, brief, parts, ANSWERS_MARKER),
        banned_check(text, ws),
        duplicate_check(text),
        injection_check(text, brief),
        style_check(text),
        *letter_checks(text, brief, ws, parts, line, ANSWERS_MARKER),
    ]
    return LintResult(checks=checks, word_count=n)


def error_failures(result: LintResult) -> list[LintCheck]:
    return [c for c in result.failures if c.severity == "error"]
