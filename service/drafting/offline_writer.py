"""Offline drafting: fill ProposalParts from the brief, the workspace, the selected proof and the post
facts computed by the pipeline (``inputs["facts"]``, ``inputs["proof"]``).

Fluent by construction: job text enters the letter only as a verbatim quote in quotation marks
(``quotes.py``) or as a typed slot checked for its role (vocabulary skills, workspace noun phrases:
``frames.py``); never as a re-cased fragment dropped into a sentence. True: a concern from the phrase bank
appears only when the post contains its trigger, right after the quote that evidences it, and each such
sentence is kept with its quote in ``parts.grounding`` for the reviewer. No self-sabotage: tools the
workspace lacks are not claimed and not disclaimed in the letter (the reviewer gets a note). The next
step and call to action follow the job type (``job_type.py``)."""
from __future__ import annotations

import re

from service.core.schemas import GroundedSentence, JobBrief, ProposalParts
from service.drafting.frames import (
    NounPhrase,
    Quote,
    SkillList,
    SlotError,
    cap,
    concern_sentence,
    hours_sentence,
    proof_sentence,
    sentence,
    step_sentence,
    tools_sentence,
)
from service.drafting.job_type import job_type
from service.drafting.offline_answers import answers_for
from service.drafting.offline_phrases import (
    CONCERNS,
    CONSULT_CTAS,
    FIX_CTAS,
    FIX_STEPS,
    MUST_HAVE,
    NEED_LEADS,
    PROJECT_CTAS,
    ROLE_CTAS,
    ALSO,
    ROLE_STEPS,
    domains_of,
    pick,
)
from service.drafting.proof import ProofMatch, overlaps
from service.drafting.quotes import _ABOUT_CANDIDATE, evidence_quote, make_quote, need_quote, need_quotes
from service.llm.engines import offline_task as task
from service.text.skills import normalise_skill

_PAST = re.compile(r"^(?:[A-Z][a-z]+ed|Built|Wrote|Ran|Made|Led|Set|Took|Grew|Cut|Rebuilt|Shipped|Won)\b")


def _wc(text: str) -> int:
    return len(re.findall(r"\b[\w'’-]+\b", text or ""))


def _skills(names: list[str], limit: int = 3) -> SkillList | None:
    out: list[str] = []
    for n in names:
        canon = normalise_skill(n)
        if canon and canon.lower() not in {o.lower() for o in out}:
            out.append(canon)
    try:
        return SkillList(tuple(out[:limit])) if out else None
    except SlotError:
        return None


def _noun(text: str | None) -> NounPhrase | None:
    try:
        return NounPhrase(" ".join((text or "").split()).rstrip(".")) if text and text.strip() else None
    except SlotError:
        return None


def _concerns(desc: str, post: str, used: set[str], seed: int, limit: int, title: str = "",
              domains: frozenset = frozenset({"dev"})) -> list[tuple[str, str, str]]:
    """(sentence, quote, check) for the concerns the post evidences and the workspace's kind of work fits,
    most-mentioned first."""
    low = f" {re.sub(r'[^a-z0-9+#.]+', ' ', (title + ' ' + desc).lower())} "
    ranked = sorted(((sum(low.count(f" {t} ") for t in c.triggers), i, c) for i, c in enumerate(CONCERNS)),
                    key=lambda x: (-x[0], x[1]))
    out = []
    for hits, i, c in ranked:
        if hits == 0 or len(out) >= limit:
            break
        if not c.domains & domains:
            continue
        found = evidence_quote(desc, post, c.triggers, used, title)
        if not found:
            continue
        used.add(found.quote.text.lower())
        text = concern_sentence(found.quote, pick(c.advice, seed, i + 1), seed + len(out))
        out.append((text, found.quote.text, c.check))
    return out


def _must_have(brief: dict, post: str, used: set[str], seed: int) -> tuple[str, str] | None:
    for r in brief.get("requirements", []):
        if not r.get("must"):
            continue
        if _ABOUT_CANDIDATE.search(r["text"]):
            continue  # a qualification the client wants is not a must-have of the work
        q = make_quote(r["text"].split(), post)
        if q and q.text.lower() not in used and not any(q.text.lower() in u or u in q.text.lower() for u in used):
            used.add(q.text.lower())
            return sentence(pick(MUST_HAVE, seed, 3).format(quote=q.render())), q.text
    return None


def _proof_lines(proof: dict, ws: dict, seed: int) -> tuple[list[str], str | None]:
    """The proof sentences and the proof id, only when the item overlaps the post's need (skills or problem);
    else a plain experience line from the profile and no id."""
    item = proof.get("proof")
    match = proof.get("match") or {}
    overlap = bool(match) and overlaps(ProofMatch(match.get("proof_id", ""), 0.0, list(match.get("skills") or []),
                                                 bool(match.get("industry")), list(match.get("problem_terms") or [])))
    if item and overlap:
        title = _noun(item["title"])
        out = [proof_sentence(title, seed)] if title else []
        summary = " ".join((item.get("summary") or "").split())
        if summary:
            out.append(sentence(("We " + summary[0].lower() + summary[1:]) if _PAST.match(summary)
                                else "What we did: " + summary))
        if item.get("outcome"):
            out.append(sentence("The result: " + item["outcome"].rstrip(".")))
        if item.get("url"):
            out.append(f"Case study: {item['url']}")
        return out, item["id"]
    prof = ws["profile"]
    out = []
    if prof.get("headline"):
        out.append(sentence("Our background: " + prof["headline"].rstrip(".")))
    if prof.get("years_experience"):
        out.append(sentence(f"We have {prof['years_experience']} years of experience behind us"))
    return out or [sentence(f"{prof['name']} will do the work")], None


def _next_and_cta(kind: str, brief: dict, line: dict, checks: list[str], post: str, seed: int) -> tuple[str, str]:
    step = _noun(line.get("next_step")) or NounPhrase("a short call to agree the first milestone")
    if kind == "fix":
        check = checks[0] if checks else "how to reproduce the problem reliably"
        return sentence(pick(FIX_STEPS, seed, 7).format(check=check)), pick(FIX_CTAS, seed, 8)
    if kind == "role":
        nxt = pick(ROLE_STEPS, seed, 7)
        hours = (brief.get("hours_per_week") or "").strip()
        q = make_quote(hours.split(), post) if hours else None
        if q:
            nxt = nxt + " " + hours_sentence(q)
        return nxt, pick(ROLE_CTAS, seed, 8)
    if kind == "consultation":
        return step_sentence(step, seed), pick(CONSULT_CTAS, seed, 8)
    return step_sentence(step, seed), pick(PROJECT_CTAS, seed, 8)


def _hook(brief: dict, post: str, skills: SkillList | None, ws: dict, seed: int) -> tuple[str, str, str | None, str]:
    """(hook, detail, the quote of the need or None, the post sentence it came from)."""
    found = need_quote(brief.get("description") or "", post, brief.get("title") or "")
    if found is None:
        q = make_quote((brief.get("title") or "").split(), post)
        found_q, role, src = (q, "title", "") if q else (None, None, "")
    else:
        found_q, role, src = found.quote, found.role, found.sentence
    if found_q is not None:
        first = sentence(pick(NEED_LEADS[role], seed).format(quote=found_q.render()))
    else:
        first = "Thank you for the clear post; here is how we would approach it."
    second = tools_sentence(skills, seed) if skills else sentence("Our background: " + ws["profile"].get("headline", "")
                                                                   .rstrip(".")) if ws["profile"].get("headline") else ""
    return (first + " " + second).strip(), (found_q.text if found_q else ""), (found_q.text if found_q else None), src


@task("draft_proposal")
def draft_proposal(inputs: dict) -> ProposalParts:
    brief, ws, facts, proof = inputs["brief"], inputs["workspace"], inputs["facts"], inputs["proof"]
    line = next(s for s in ws["service_lines"] if s["id"] == inputs["service_line"])
    lo, hi = inputs.get("word_bounds") or line.get("word_bounds") or (90, 220)
    seed = int(facts.get("seed") or 0)
    post = facts.get("post_text", "")
    desc = brief.get("description") or ""
    kind = job_type(JobBrief.model_validate(brief))
    skills = _skills(facts.get("claimable_tools") or [])
    hook, detail, need, need_src = _hook(brief, post, skills, ws, seed)
    used = {x.lower() for x in (need, need_src) if x}
    grounding = [GroundedSentence(sentence=hook.split(". ")[0], quote=need)] if need else []
    domains = domains_of(list(line.get("skills") or []) + list(ws["profile"].get("skills") or []))
    found = _concerns(desc, post, used, seed, limit=3, title=brief.get("title") or "", domains=domains)
    diagnosis = [s for s, _, _ in found[:2]]
    grounding += [GroundedSentence(sentence=s, quote=q) for s, q, _ in found[:2]]
    must = _must_have(brief, post, used, seed)
    optional = []
    if must:
        optional.append(must[0])
        grounding.append(GroundedSentence(sentence=must[0], quote=must[1]))
    if len(found) > 2:
        optional.append(found[2][0])
        grounding.append(GroundedSentence(sentence=found[2][0], quote=found[2][1]))
    if len(diagnosis) + len(optional) < 2:
        for f in need_quotes(desc, post, brief.get("title") or ""):
            t = f.quote.text.lower()
            if f.sentence.lower() in used or any(t in u or u in t for u in used):
                continue
            also = sentence(pick(ALSO, seed, 5).format(quote=f.quote.render()))
            optional.insert(0, also)
            grounding.append(GroundedSentence(sentence=also, quote=f.quote.text))
            used.add(t)
            break
    proof_lines, proof_id = _proof_lines(proof, ws, seed)
    if not skills and proof_lines and proof_lines[0].startswith("Our background") and "Our background" in hook:
        proof_lines = proof_lines[1:] or [sentence(f"{ws['profile']['name']} will do the work")]
    next_step, cta = _next_and_cta(kind, brief, line, [c for _, _, c in found], post, seed)
    opener = " ".join(x for x in (facts.get("opener"), facts.get("first_line")) if x) or None
    required = [w for w in facts.get("required_words", []) if w.lower() not in hook.lower()]
    if required:
        cta = cta + " " + sentence("As you asked, " + ", ".join(Quote(w).render() if _quotable(w) else w
                                                               for w in required))
    sig = ws["profile"].get("signature") or ws["profile"]["name"]

    def body_words(diag: list[str]) -> int:
        return sum(_wc(x) for x in [opener or "", hook, *diag, *proof_lines, next_step, cta, sig])

    diag = list(diagnosis)
    for extra in optional:
        if body_words(diag + [extra]) <= hi and (body_words(diag) < lo + 40 or not diag):
            diag.append(extra)
    while body_words(diag) > hi and len(diag) > 1:
        diag.pop()
    while body_words(diag) > hi and len(proof_lines) > 1:
        proof_lines.pop()
    if body_words(diag) < lo and skills and tools_sentence(skills, seed) not in hook:
        diag.append(tools_sentence(skills, seed + 1))
    if body_words(diag) < lo or not diag:
        diag.append("Before changing anything, I would confirm the cause and tell you what I found, so the fix "
                    "is agreed rather than guessed." if kind == "fix" else
                    "Before any work starts, I would send you a short written plan with the open questions, so "
                    "nothing is decided by guesswork.")
    if body_words(diag) < lo:
        diag.append("You would get a written update at the end of every working week, with what is done and what "
                    "comes next.")
    flags = [proof["flag"]] if proof.get("flag") else []
    if proof.get("proof") and proof_id is None:
        flags.append("no_matching_proof: the best proof item shares no skill or problem with this post, so the letter "
                     "uses an experience line from the profile instead")
    flags += list(facts.get("instruction_flags") or [])
    gaps = facts.get("unclaimable_tools") or []
    if gaps:
        flags.append("tools_not_in_profile: the post names " + ", ".join(gaps[:5]) + "; the letter neither claims nor "
                     "disclaims them; add a line yourself if you have that experience")
    answers = answers_for(facts, brief, ws, proof, line, [hook, *diag, *proof_lines, next_step, cta])
    return ProposalParts(hook=hook, detail=detail, diagnosis=" ".join(diag),
                         proof_id=proof_id,
                         proof_line=" ".join(proof_lines), next_step=next_step, call_to_action=cap(cta),
                         screening_answers=answers, opener=opener, reviewer_flags=flags, grounding=grounding,
                         job_type=kind)


def _quotable(word: str) -> bool:
    try:
        Quote(word)
        return True
    except SlotError:
        return False


@task("revise_proposal")
def revise_proposal(inputs: dict) -> ProposalParts:
    """Deterministic repairs for the offline engine: re-draft, then fix what the checker flagged."""
    parts = ProposalParts.model_validate(inputs["parts"])
    failed = {v["id"] for v in inputs.get("violations", [])}
    fresh = draft_proposal(inputs)
    if failed & {"hook_specific", "client_instructions", "screening_answered", "word_bounds", "no_unsupported_claims"}:
        return fresh
    return parts


from service.drafting import offline_contract  # noqa: F401  (registers draft_checkin, draft_kickoff, draft_reply, draft_followup)
