"""Letter-quality checks (issue 14): what a client notices and the older checklist missed.

- ``fluent``: stitched fragments: post text outside quotation marks whose case or word order was changed (a
  lower-cased title fragment dropped into a sentence, "your booking Django app" for "a Django booking app"),
  doubled words, a clause with two main verbs ("X is a key part is the piece", "the test is the part would run
  it"), a preposition followed by a page label ("With posted 2 hours ago");
- ``grounded``: a statement that the post or the client said or has something the post does not say ("your
  patients", "As you mentioned, … in Spanish"); a likely cause said as one, a step of ours, a question and our own
  past work are not claims (``lint_grounded``);
- ``no_skill_disclaimer``: the letter body disclaims a skill the post asks for or the workspace covers;
- ``proof_overlaps``: the proof the text cites (``lint_proof``: a reviewer may have swapped or deleted it) shares no
  skill and too little of the problem with the post;
- ``answers_answer``: a screening answer that answers nothing ("yes, that fits how we work"; ``lint_answers``);
- ``next_step_fits``: a "first milestone" call for a same-day fix or an ongoing role, or any call or meeting the
  post rules out ("we are not jumping on a call");
- ``one_ask``: the closing asks for a call twice ("I suggest a short call … Would a short call suit you?");
- ``step_fits``: an approach line whose step does another kind of action than the client's item it follows
  ("“Train users on the new reports”: I would connect the sources …"; ``step_fit``);
- ``in_scope`` / ``not_pasted``: work the post did not ask for promised as included; the post's list pasted back
  (``lint_scope``);
- ``fluent`` also catches a quote cut mid-phrase (it ends on "a", "the", "to", "of"… with no ellipsis).

Every check is token-based or uses patterns without nested quantifiers, so it runs in linear time on
hostile input (tests/pipeline/test_lint_letters.py counts the work)."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief, LintCheck, ProposalParts
from service.core.workspace import ServiceLine, Workspace
from service.drafting.client_name import client_first_name
from service.drafting.constraints import SPOKEN, refuses_calls
from service.drafting.frames import DISAGREE, DOUBLED, LEAD_QUOTE, stitched_lead
from service.drafting.job_type import job_type
from service.drafting.lead_checks import third_person_start
from service.drafting.lint_answers import answers_check
from service.drafting.lint_grounded import GROUND_TERMS as GROUND_TERMS
from service.drafting.lint_grounded import QUOTED as _QUOTED
from service.drafting.lint_grounded import WORD as _WORD
from service.drafting.lint_grounded import YOUR_OK as YOUR_OK
from service.drafting.lint_grounded import (
    body_sentences,
    grounding_check,
    outside_quotes,
)
from service.drafting.lint_grounded import check as _check
from service.drafting.lint_grounded import ungrounded_terms as ungrounded_terms
from service.drafting.lint_proof import proof_overlap_check
from service.drafting.lint_scope import pasted_check, scope_check
from service.drafting.post_items import FUNCTION_OPENERS
from service.drafting.quotes import DANGLING_END
from service.drafting.step_fit import empty_steps, mismatched_steps
from service.text.skills import find_skills_in_text, normalise_skills

# GROUND_TERMS, YOUR_OK and ungrounded_terms live in lint_grounded; the writer and tests read them here
# a quoted item joined to a capitalised stock sentence ("“Identify key documents”: Once the first part works, …"),
# which tuning readers marked as stitched (a lead quoting a self-introduction or a headline title: frames.LEAD_QUOTE)
_COLON_CAPITAL = re.compile("\u201d: " + FUNCTION_OPENERS)
_RELATIVE = frozenset(["that", "which", "who", "whom", "whose", "what", "where", "when", "whether", "how", "why", "if", "because", "and", "but", "or", "so", "while", "than", "as", "says", "said"])
_BE = frozenset(["is", "are", "was", "were"])
_FUNCTION = frozenset("""a an the and or but of to in on for with at by from as is are was were be been this that these
those it its we our us you your i me my their them they he she his her not no so if""".split())
_LABEL_AFTER_PREP = re.compile(r"\b(?:with|for|to|on|before|after|from|about) (?:posted|needed|wanted|required|hiring|"
                               r"seeking|urgent|expert|looking)\b", re.IGNORECASE)
_DISCLAIM = re.compile(r"\b(?:not (?:in|part of) our (?:core )?(?:stack|skills?|skill ?set|expertise)|not something (?:we|i) "
                       r"(?:have|do|know)|(?:we|i) (?:have not|haven't|do not|don't|never) (?:used|shipped|worked with|"
                       r"built with|know)|new to (?:us|me)|no (?:experience|background) (?:with|in)|not our (?:strength|"
                       r"specialty|speciality|core)|outside (?:our|my) (?:core )?(?:stack|expertise)|still learning|learning curve|"
                       r"quick learner|learn fast|ramp-up|ramp up|(?:we|i) (?:am|are) (?:new|not (?:an )?experts?)|"
                       # softer wordings (a lint probe, 2026-12-07): "not really our home turf", "still getting comfortable"
                       r"not (?:really )?(?:our|my) (?:home turf|forte|strong suit|area|thing)|still getting (?:comfortable|"
                       r"familiar|up to speed)|getting up to speed|limited experience|(?:only|just) (?:dabbled|tinkered)|"
                       r"(?:some|a little|limited) exposure|"
                       # a third probe (2026-12-07): "we don't usually work with", "not an area we know well", "not our
                       # main language", "not very familiar with"
                       r"(?:we|i) (?:do not|don't|rarely|seldom) (?:usually |often |really |normally )?(?:work(?:ed)? "
                       r"(?:with|in)|use|code in|build (?:with|in))|not (?:an? |the )?(?:area|language|stack|tool|"
                       r"framework|platform|technology) (?:we|i) (?:know|use|work with|have used)|not (?:our|my) (?:main|"
                       r"primary|usual|strongest|strong|best|everyday) (?:language|stack|area|skill|tool|framework|suit)|"
                       r"not (?:very |that |too )?(?:familiar|experienced|comfortable) (?:with|in))\b",
                       re.IGNORECASE)
_MILESTONE = re.compile(r"\bfirst milestone\b", re.IGNORECASE)
_SOFTWARE_CALL = re.compile(r"\b(?:API|function|webhook|service|endpoint|network) calls?\b", re.IGNORECASE)  # no meeting
_CALL = re.compile(r"\b(?:call|meeting|chat|zoom)\b", re.IGNORECASE)
_ASK = re.compile(r"\b(?:suggest|propose|book|schedule|set up|hop on|jump on|arrange|starting with|first step)\b",
                  re.IGNORECASE)




def _post_index(post: str, n: int = 4) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Lower-cased n-grams of the post's words -> the original spellings (a sentence's first word lower-cased: its
    capital is grammar, not a name)."""
    toks = []
    for sent in re.split(r"(?<=[.!?])\s+|\n+", post):
        words = _WORD.findall(sent)
        toks += [w.lower() if i == 0 and w[1:].islower() else w for i, w in enumerate(words)]
    out: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for i in range(len(toks) - n + 1):
        gram = tuple(toks[i:i + n])
        out.setdefault(tuple(t.lower() for t in gram), set()).add(gram)
    return out


def recased_fragments(sents: list[str], post: str) -> list[str]:
    """Runs of 4 or 5 post words with 3 content words, copied outside quotes with their capitals dropped ("your
    appointment reminders for a veterinary practice" from a title-case headline)."""
    hits = []
    for n in (4, 5):
        idx = _post_index(post, n)
        for s in sents:
            toks = _WORD.findall(outside_quotes(s))
            for i in range(1, len(toks) - n + 1):  # the first word of a sentence may be capitalised by grammar
                gram = tuple(toks[i:i + n])
                forms = idx.get(tuple(t.lower() for t in gram))
                if not forms or gram in forms:
                    continue
                content = [t for t in gram if t.lower() not in _FUNCTION]
                caps = lambda g: sum(c[:1].isupper() for c in g if c.lower() not in _FUNCTION)  # noqa: E731
                if len(content) >= 3 and any(caps(f) > caps(gram) for f in forms):
                    hits.append(" ".join(gram))
                    break
    return hits


_CHUNK = re.compile(r"[,;:.!?()\u2014\u2013\n\"\u201c\u201d]| - ")


def _content_runs(text: str, n: int) -> list[tuple[str, ...]]:
    """Every run of n content words in a row, inside one stretch of text without punctuation."""
    out = []
    for chunk in _CHUNK.split(text):
        toks = [t.lower() for t in _WORD.findall(chunk)]
        for i in range(len(toks) - n + 1):
            run = tuple(toks[i:i + n])
            if not any(t in _FUNCTION or t.isdigit() for t in run):
                out.append(run)
    return out


def reordered_fragments(sents: list[str], post: str) -> list[str]:
    """Three or four content words the post has in a row, put back in another order that ends on another word ("the
    upload receipts clients part" for "clients upload receipts"): a slot filled with the post's words in the wrong
    place. Swapped modifiers before the same last word are left alone: "a custom WooCommerce checkout" for a title's
    "WooCommerce Custom Checkout" is good English."""
    hits = []
    for n in (3, 4):
        by_set: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        for run in _content_runs(post, n):
            by_set.setdefault(tuple(sorted(run)), set()).add(run)
        for s in sents:
            for run in _content_runs(outside_quotes(s), n):
                orders = by_set.get(tuple(sorted(run)))
                if orders and run not in orders and len(set(run)) == n and all(o[-1] != run[-1] for o in orders):
                    hits.append(" ".join(run))
                    break
    return hits


def repeated_phrase(s: str) -> str | None:
    """Two to four words said twice in a row ("my first question my first question")."""
    toks = [t.lower() for t in _WORD.findall(s)]
    for n in (2, 3, 4):
        for i in range(len(toks) - 2 * n + 1):
            if toks[i:i + n] == toks[i + n:i + 2 * n]:
                return " ".join(toks[i:i + n])
    return None


_MODAL = frozenset("would will can could should must".split())
_SUBJECT = frozenset("i we you they he she it who that which there this".split())
_SUBORDINATE = frozenset("until unless once before after since although though whenever wherever if because".split())
_CLAUSE_WORDS = _RELATIVE | _SUBORDINATE | _SUBJECT  # words that start a clause of their own
_DETERMINER = frozenset("a an the this that these those our your its their his her my some one each every".split())


def two_main_verbs(s: str) -> bool:
    """Two finite verbs in one clause with nothing joining them: "X is a key part is the piece", or "The test is the
    part would run the job" (a "be", one noun phrase, then a modal; "a format the outputs must follow" and "the step I
    would take" are relative clauses without "that")."""
    for chunk in re.split(r"[,;:.!?()\u2014\u2013]| - ", outside_quotes(s)):
        toks = chunk.lower().split()
        if not any(t in _RELATIVE for t in toks) and sum(1 for t in toks if t in _BE) >= 2:
            return True
        for i, t in enumerate(toks):
            if t not in _BE:
                continue
            j = next((k for k in range(i + 2, min(i + 6, len(toks))) if toks[k] in _MODAL), None)
            between = toks[i + 1:j] if j else []
            if between and between[0] in _DETERMINER and not _DETERMINER & set(between[1:]) and \
                    not _CLAUSE_WORDS & set(between):
                return True
    return False


def fluency_check(text: str, brief: JobBrief, marker: str) -> LintCheck:
    sents = body_sentences(text, marker)
    post = f"{brief.title}\n{brief.description}"
    problems = []
    for s in sents:
        out = outside_quotes(s)
        m = DOUBLED.search(out)
        if m and m.group(1).lower() not in {"that", "had", "\u00a7"} and not m.group(1).isdigit():
            problems.append(f"doubled word \"{m.group(0)}\"")
        rep = repeated_phrase(out)
        if rep:
            problems.append(f"repeated phrase \"{rep}\"")
        if two_main_verbs(s):
            problems.append(f"two main verbs in one clause: \"{s[:80]}\"")
        m = _LABEL_AFTER_PREP.search(out)
        if m:
            problems.append(f"a page label or role word after a preposition: \"{m.group(0)}\"")
        m = DISAGREE.search(out)
        if m:
            problems.append(f"the verb does not agree with its subject: \"{m.group(0)}\"")
    for q in _QUOTED.findall("\n".join(sents)):
        last = _WORD.findall(q)[-1:] or [""]
        if last[0].lower() in DANGLING_END and not q.rstrip("\u201d\"").endswith("\u2026"):
            problems.append(f"a quote cut mid-phrase: {q[-40:]}")
    for s in sents:
        m = _COLON_CAPITAL.search(s)
        if m:
            problems.append(f"a capitalised sentence glued to a quoted item: \"…{s[max(0, m.start() - 30):m.end() + 20]}…\"")
        lead = LEAD_QUOTE.match(s)
        if lead and stitched_lead(lead.group(1), brief.title or ""):
            problems.append(f"the post's self-introduction or headline title quoted back: \"{s[:80]}\"")
        elif lead and third_person_start(lead.group(1)):  # "Your post says “Oversees the performance …”"
            problems.append(f"a duty line without its subject quoted as a sentence: \"{s[:80]}\"")
    for frag in recased_fragments(sents, post):
        problems.append(f"post text re-cased outside quotes: \"{frag}\" (quote the post verbatim instead)")
    for frag in reordered_fragments(sents, post):
        problems.append(f"post words put in another order: \"{frag}\" (quote the post verbatim instead)")
    problems = list(dict.fromkeys(problems))
    return _check("fluent", not problems, "no stitched fragments (doubled words, re-cased post text, double verbs)",
                  "stitched fragments: " + "; ".join(problems[:4]))


def disclaimer_check(text: str, brief: JobBrief, ws: Workspace, line: ServiceLine | None, marker: str,
                     parts: ProposalParts | None = None) -> LintCheck:
    covered = {s.lower() for s in ws.profile.skills} | {s.lower() for s in (line.skills if line else [])}
    asked = {s.lower() for s in normalise_skills(list(brief.skills) + list(brief.tools)) +
             find_skills_in_text(f"{brief.title}\n{brief.description}")}
    problems = []
    for i, s in enumerate(body_sentences(text, marker)):
        if not _DISCLAIM.search(s):
            continue
        named = find_skills_in_text(s)
        bad = [n for n in named if n.lower() in covered or n.lower() in asked]
        if bad:
            problems.append(", ".join(bad) + (" (in the opening)" if i == 0 else ""))
        elif i == 0:
            problems.append("a disclaimer as the opening sentence")
    # anywhere, the screening answers included: a tool disclaimed that the cited case study itself names ("joined
    # Shopify, Google Ads and Facebook Ads data" above "Google Ads is not something I have used"; tuning readers: 1)
    item = ws.proof_item(parts.proof_id) if parts and parts.proof_id else None
    cited = {t.lower() for t in [*find_skills_in_text(f"{item.title}. {item.summary}"), *item.skills]} if item else set()
    for s in (x for x in re.split(r"(?<=[.!?])\s+|\n+", text) if cited and _DISCLAIM.search(x)):
        problems += [f"{n} (the case study you cite uses it)" for n in find_skills_in_text(s) if n.lower() in cited]
    problems = list(dict.fromkeys(problems))
    return _check("no_skill_disclaimer", not problems, "no disclaimer of a skill the post asks for or we cover",
                  "disclaims " + "; ".join(problems[:3]) + ": do not claim what we lack, but do not disclaim a skill "
                  "the post asks for or the workspace covers (raise it to the reviewer instead)")


_GREETING = re.compile(r"^\W*(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\s+((?:(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?\s+)?"
                       r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*[,!]")
_NO_ONE = frozenset("there team all everyone sir madam friend friends folks hiring".split())


def greeting_check(text: str, brief: JobBrief) -> LintCheck:
    """The greeting names the client the post names, or no one: "Hi Michael," on a post signed by Daniel, or naming
    someone the post never mentions, is the first thing a client notices (a lint probe, 2026-12-07)."""
    m = _GREETING.match(text or "")
    name = m.group(1) if m else ""
    first = re.sub(r"^(?:Mr|Ms|Mrs|Mx|Dr|Prof)\.?\s+", "", name).split()[0] if name else ""
    post = f"{brief.title}\n{brief.description}"
    expected = client_first_name(brief.description or "")
    wrong = bool(first) and first.lower() not in _NO_ONE and (
        expected and first not in expected.split() or not expected and not re.search(rf"\b{re.escape(first)}\b", post))
    return _check("greeting_name", not wrong, "the greeting names the client the post names, or no one",
                  f"the greeting names “{name}”, but " + (f"the post is from {expected}" if expected else
                  "the post names no one by that name") + "; greet the client by the name the post gives, or write "
                  "\"Hi,\"")


def next_step_check(text: str, brief: JobBrief, marker: str) -> LintCheck:
    kind = job_type(brief)
    closing = body_sentences(text, marker)[-4:]
    milestone = kind in ("fix", "role") and _MILESTONE.search(" ".join(closing))
    ruled_out = refuses_calls(f"{brief.title}\n{brief.description}")  # "we are not jumping on a call"
    call = next((s for s in closing if SPOKEN.search(s) and not _SOFTWARE_CALL.search(s)), None) if ruled_out else None
    return _check("next_step_fits", not (milestone or call), f"the next step fits the job ({kind})",
                  f"the post rules out calls, but the letter proposes one (“{call[:60]}”); ask for a written reply "
                  "instead" if call else
                  f"this looks like {'a same-day fix' if kind == 'fix' else 'an ongoing role'}, but the letter ends "
                  f"with a first milestone; offer {'what you would check first and when you can start' if kind == 'fix' else 'availability and hours'}",
                  severity="warning")


def one_ask_check(text: str, marker: str) -> LintCheck:
    closing = body_sentences(text, marker)[-4:]
    calls = [s for s in closing if _CALL.search(s) and (s.rstrip().endswith("?") or _ASK.search(s))]
    return _check("one_ask", len(calls) < 2, "the closing asks for one thing once",
                  f"the closing asks for a call {len(calls)} times (\"{calls[0][:50]}\" … \"{calls[-1][:50]}\"); "
                  "propose the call once and ask only when" if len(calls) > 1 else "", severity="warning")


def _letter_part(text: str, marker: str) -> str:
    """The letter without its screening answers (everything from ``marker`` on)."""
    idx = text.find(marker)
    return text[:idx] if idx >= 0 else text


def step_fit_check(text: str, marker: str) -> LintCheck:
    bad = mismatched_steps(_letter_part(text, marker))
    return _check("step_fits", not bad, "each plan step does what its item asks",
                  f"the step after “{bad[0][0][:60]}” does something else ({bad[0][1][:70]}); write how you would do "
                  "that item, or drop the step" if bad else "", severity="warning")


def steps_say_how_check(text: str, marker: str) -> LintCheck:
    empty = empty_steps(_letter_part(text, marker))
    return _check("steps_say_how", not empty, "each plan step says how its item is done",
                  f"the step after “{empty[0][0][:60]}” only says where it comes ({empty[0][1][:60]}); say how you "
                  "would do that item, or drop it" if empty else "", severity="warning")


def letter_checks(text: str, brief: JobBrief, ws: Workspace, parts: ProposalParts | None, line: ServiceLine | None,
                  marker: str) -> list[LintCheck]:
    return [fluency_check(text, brief, marker), grounding_check(text, brief, parts, marker, ws),
            disclaimer_check(text, brief, ws, line, marker, parts), proof_overlap_check(text, brief, ws, parts, line, marker),
            answers_check(text, brief, parts, marker), next_step_check(text, brief, marker), one_ask_check(text, marker),
            step_fit_check(text, marker), steps_say_how_check(text, marker), greeting_check(text, brief), scope_check(text, brief, marker),
            pasted_check(text, brief, marker)]
