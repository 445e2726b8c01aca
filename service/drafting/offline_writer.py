"""Offline drafting: fill ProposalParts from the brief, the workspace, the selected proof and the
post facts computed by the pipeline (``inputs["facts"]``, ``inputs["proof"]``).

Specific: the hook and next step name a detail copied from the post. Varied: wordings are chosen by a
hash of the post. Honest: technologies are claimed only when they are in the profile or proof library,
numbers and names come only from the post, profile or proof; screening answers say "not yet" when
that is the truth. Word bounds are met by adding or dropping optional diagnosis sentences."""
from __future__ import annotations

import re

from service.core.schemas import ProposalParts, ScreeningAnswer
from service.drafting.offline_answers import answer_question
from service.drafting.offline_phrases import (
    CONCERNS,
    CTAS,
    EXTRA_DIAGNOSIS,
    GENERIC_CONCERNS,
    HOOKS_TASK,
    HOOKS_THING,
    NEXT_STEPS,
    PROOF_INTROS,
    PROOF_LINKS,
    PROOF_OUTCOMES,
    TOOL_CLAUSE,
    pick,
)
from service.llm.engines import offline_task as task


def _wc(text: str) -> int:
    return len(re.findall(r"\b[\w'’-]+\b", text or ""))


def _lc_first(s: str) -> str:
    """Lower-case the first letter unless the phrase is a name or in Title Case (keep 'React', 'Shopify Plus')."""
    ws_ = s.split()
    if not s or s[:2].isupper() or (len(ws_) > 1 and sum(w[:1].isupper() for w in ws_) * 2 >= len(ws_)):
        return s
    if ws_[0][1:] != ws_[0][1:].lower():  # iPhone, eCommerce
        return s
    return s[:1].lower() + s[1:]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _join(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(s: str) -> str:
    s = s.strip()
    return s if not s or s[-1] in ".!?" else s + "."


_TAIL_STOP = {"a", "an", "the", "and", "or", "to", "of", "for", "with", "in", "on", "at", "by", "from", "used", "&", "/", "-"}


def _short(thing: str, max_words: int = 6) -> str:
    ws_ = thing.split()[:max_words]
    while ws_ and ws_[-1].lower().strip(",;:") in _TAIL_STOP:
        ws_.pop()
    return " ".join(ws_).rstrip(",;:") if ws_ else "this project"


def concern_sentences(text: str, thing: str, seed: int, limit: int = 2) -> list[str]:
    low = f" {text.lower()} "
    tokens = set(re.findall(r"[a-z0-9+#-]+", low))
    hits = []
    for triggers, variants in CONCERNS:
        n = sum(1 for t in triggers if (t in tokens if " " not in t else t in low))
        if n:
            hits.append((n, variants))
    hits.sort(key=lambda h: -h[0])
    out = [pick(v, seed, i + 1).format(thing=thing) for i, (_, v) in enumerate(hits[:limit])]
    if len(out) < limit:
        out.append(pick(GENERIC_CONCERNS, seed, 3).format(thing=thing))
    return out


_PRONOUNS = {"our": "your", "we": "you", "us": "you", "my": "your", "ours": "yours", "i": "you", "me": "you"}


def _second_person(phrase: str) -> str:
    """'improve our checkout' -> 'improve your checkout' (the hook talks to the client)."""
    return re.sub(r"\b(our|we|us|my|ours|I|me)\b", lambda m: _PRONOUNS[m.group(1).lower()], phrase)


def _verbatim_detail(phrase: str) -> str:
    """The longest pronoun-free run of the phrase: verbatim in the post AND in the (second-person) hook."""
    runs = [r.strip(" ,") for r in re.split(r"\b(?:our|we|us|my|ours|I|me)\b", phrase)]
    best = max(runs, key=lambda r: len(r.split())) if runs else phrase
    return best if len(best.split()) >= 2 else phrase


def build_hook(facts: dict, seed: int) -> tuple[str, str]:
    details = facts.get("details") or []
    task_d = next((d for d in details if d["kind"] == "task" and 3 <= len(d["text"].split()) <= 12), None)
    thing_d = next((d for d in details if d["kind"] == "thing"), None)
    use_task = task_d is not None and (thing_d is None or seed % 3 != 0 or task_d["score"] >= thing_d["score"])
    if use_task:
        phrase = task_d["text"]
        verb, _, rest = phrase.partition(" ")
        hook = pick(HOOKS_TASK, seed).format(task=_second_person(_lc_first(verb) + (" " + rest if rest else "")))
        return hook, _verbatim_detail(phrase)
    if thing_d is not None:
        thing = thing_d["text"]
        hook = pick(HOOKS_THING, seed).format(thing=_second_person(_lc_first(thing)), Thing=_cap(_second_person(thing)))
        return hook, _verbatim_detail(thing)
    title = facts.get("title_thing") or "this project"
    return pick(HOOKS_THING, seed).format(thing=_lc_first(title), Thing=_cap(title)), title


def tool_sentence(facts: dict, seed: int) -> str:
    tools = facts.get("claimable_tools") or []
    if not tools:
        return ""
    names = _join(tools[:3])
    return pick(TOOL_CLAUSE, seed, 2).format(tools=names, verb="is" if len(tools[:3]) == 1 else "are").strip()


def honesty_sentence(facts: dict) -> str:
    gaps = (facts.get("unclaimable_tools") or [])[:2]
    if not gaps:
        return ""
    return (f"{_join(gaps)} {'is' if len(gaps) == 1 else 'are'} not in our core stack, so I would say so up front "
            f"rather than learn on your budget.")


def proof_sentences(proof: dict, seed: int) -> list[str]:
    item = proof.get("proof")
    if not item:
        return [proof.get("experience_line") or "We have not shipped a project exactly like this one."]
    intro = pick(PROOF_INTROS, seed, 4).format(title=item["title"], title_lc=_lc_first(item["title"]),
                                                summary=_sentence(item.get("summary", "")))
    out = [intro.strip()]
    if item.get("outcome"):
        out.append(pick(PROOF_OUTCOMES, seed, 5).format(outcome=item["outcome"].rstrip(".")))
    shared = (proof.get("match") or {}).get("skills") or []
    if shared:
        out.append(pick(PROOF_LINKS, seed, 6).format(shared=_join(shared[:3])))
    if item.get("url"):
        out.append(f"Case study: {item['url']}")
    return out


def _answers(facts: dict, brief: dict, ws: dict, proof: dict, line: dict, letter: list[str]) -> list[ScreeningAnswer]:
    """One answer per screening question; a sentence already said (in the letter or an earlier answer) is not repeated."""
    said = {re.sub(r"\W+", " ", x.lower()).strip() for x in letter}
    out = []
    for q in facts.get("screening_questions", []):
        raw = answer_question(q, brief, ws, facts, proof, line)
        keep = []
        for sent in re.split(r"(?<=[.!?])\s+", raw):
            key = re.sub(r"\W+", " ", sent.lower()).strip()
            if key and key not in said:
                said.add(key)
                keep.append(sent)
        topic = " ".join(q.split()[:8]).rstrip("?.")
        out.append(ScreeningAnswer(question=q, answer=" ".join(keep) or f"On {topic}: as in my answer above, " + raw.split(". ")[0].lower()
                                   .rstrip(".") + ", for this question too."))
    return out


def _pick_short(facts: dict, detail: str) -> str:
    """A short name for the work, from the post, free of tools we cannot claim (it appears in 'I' sentences)."""
    gaps = [t.lower() for t in facts.get("unclaimable_tools") or []]
    options = [facts.get("title_thing") or ""] + [d["text"] for d in facts.get("details", []) if d["kind"] == "thing"]
    for o in options:
        s = _short(o, 5)
        if len(s.split()) >= 2 and not any(g in s.lower() for g in gaps):
            return s
    return "this project"


@task("draft_proposal")
def draft_proposal(inputs: dict) -> ProposalParts:
    brief, ws, facts, proof = inputs["brief"], inputs["workspace"], inputs["facts"], inputs["proof"]
    line = next(s for s in ws["service_lines"] if s["id"] == inputs["service_line"])
    lo, hi = inputs.get("word_bounds") or line.get("word_bounds") or (90, 220)
    seed = int(facts.get("seed") or 0)
    hook, detail = build_hook(facts, seed)
    short = _pick_short(facts, detail)
    diag_core = concern_sentences(facts.get("post_text", ""), _lc_first(short), seed)
    optional = [s for s in (tool_sentence(facts, seed), honesty_sentence(facts)) if s]
    reqs = [r["text"] for r in brief.get("requirements", []) if r.get("must")][:2] or brief.get("deliverables", [])[:2]
    if reqs:
        many = len(reqs) > 1
        optional.append(pick(EXTRA_DIAGNOSIS, seed, 2).format(items=_join([_lc_first(_short(r, 8)) for r in reqs]),
                                                              s="s" if many else "", verb="are" if many else "is"))
    other = [d["text"] for d in facts.get("details", []) if d["text"] != detail and d["kind"] in ("task", "thing")]
    if other:
        optional.append(f"The brief also mentions \"{_short(other[0], 10)}\", which I would fold into the first milestone.")
    proof_lines = proof_sentences(proof, seed)
    step = (line.get("next_step") or "a short call to agree the first milestone").rstrip(".")
    next_step = pick(NEXT_STEPS, seed, 7).format(short=_lc_first(short), step=step)
    cta = pick(CTAS, seed, 8).format(short=_lc_first(short))
    opener = facts.get("opener")
    required = [w for w in facts.get("required_words", []) if w.lower() not in hook.lower()]
    if required and not opener:
        opener = required.pop(0)
    if required:
        cta = cta + " " + " ".join(f"({w})" for w in required)

    def body_words(diag: list[str]) -> int:
        sig = ws["profile"].get("signature") or ws["profile"]["name"]
        return sum(_wc(x) for x in [opener or "", hook, *diag, *proof_lines, next_step, cta, sig])

    diagnosis = list(diag_core[:1]) + optional + diag_core[1:]
    while body_words(diagnosis) > hi and len(diagnosis) > 1:
        diagnosis.pop()
    while body_words(diagnosis) > hi and len(proof_lines) > 1:
        proof_lines.pop()
    fillers = concern_sentences(facts.get("post_text", ""), _lc_first(short), seed + 1, limit=3)
    for f in fillers:
        if body_words(diagnosis) >= lo:
            break
        if f not in diagnosis:
            diagnosis.append(f)
    flags = [proof["flag"]] if proof.get("flag") else []
    answers = _answers(facts, brief, ws, proof, line, [hook, *diagnosis, *proof_lines, next_step, cta])
    return ProposalParts(hook=hook, detail=detail, diagnosis=" ".join(diagnosis),
                         proof_id=(proof.get("proof") or {}).get("id"), proof_line=" ".join(proof_lines),
                         next_step=next_step, call_to_action=cta, screening_answers=answers, opener=opener,
                         reviewer_flags=flags)


@task("revise_proposal")
def revise_proposal(inputs: dict) -> ProposalParts:
    """Deterministic repairs for the offline engine: re-draft, then fix what the checker flagged."""
    parts = ProposalParts.model_validate(inputs["parts"])
    failed = {v["id"] for v in inputs.get("violations", [])}
    fresh = draft_proposal(inputs)
    if failed & {"hook_specific", "client_instructions", "screening_answered", "word_bounds", "no_unsupported_claims"}:
        return fresh
    return parts


from service.drafting import offline_contract  # noqa: E402,F401  (registers draft_checkin, draft_kickoff, draft_reply, draft_followup)
