"""Semantic extraction through the gateway: ParsedFields -> JobBrief.

1. Render the prompt with the shared sandboxed renderer; the post is only a variable inside an
   untrusted block with a random boundary (``templates.untrusted_block``).
2. Call the gateway task ``extract_brief`` (offline heuristics or a real model).
3. Validate: every evidence quote, screening question and instruction text must be a verbatim
   substring of the post. With a real model, one retry with the violations as feedback; what still
   violates is dropped with a note in ``brief.notes``.
4. Merge the deterministic parts that must never depend on a model: injection flags
   (``injection.py``), screening questions and client instructions (rule readers), tool names
   normalised to the skill vocabulary. A client "instruction" inside text flagged as injection is
   never kept as an instruction to honour."""
from __future__ import annotations

import hashlib
from functools import lru_cache

from service.core.schemas import (
    ClientInstruction,
    InjectionFlag,
    JobBrief,
    ParsedFields,
    SemanticBrief,
)
from service.intake import offline_extraction  # noqa: F401  (registers the offline extract_brief task)
from service.intake.extraction_rules import client_instructions as rule_instructions
from service.intake.extraction_rules import screening_questions as rule_questions
from service.intake.injection import detect_in_post
from service.intake.quarantine import Coverage
from service.llm import LlmRequest, get_gateway, templates
from service.text import linear_re
from service.text.skills import normalise_skills

PROMPTS = ("tasks/extract_system.j2", "tasks/extract_user.j2")
MAX_SUMMARY_WORDS = 90
_BLANKS = linear_re.compile(r"\n{3,}")


def _ws(s: str) -> str:
    return " ".join(s.split())


class _Post:
    """The text quotes may come from: title, description, page questions, hidden text."""

    def __init__(self, parsed: ParsedFields):
        parts = [parsed.title, parsed.description, *parsed.page_questions, *parsed.hidden_text]
        self.text = "\n".join(p for p in parts if p)
        self.flat = _ws(self.text)

    def has(self, quote: str) -> bool:
        q = (quote or "").strip()
        return bool(q) and (q in self.text or _ws(q) in self.flat)


@lru_cache(maxsize=8)
def _prompt_hash(stamp: tuple) -> str:
    digest = "".join(templates.template_source_hash(name) for name in PROMPTS)
    return hashlib.sha256(digest.encode()).hexdigest()


def _stamp() -> tuple:
    """Changes when a prompt file (or a partial) changes, so the cached hash stays right."""
    folder = templates.PROMPTS_DIR
    return tuple((p.name, p.stat().st_mtime_ns) for p in sorted([*(folder / "tasks").glob("extract_*.j2"),
                                                                 *(folder / "partials").glob("*.j2")]))


def build_messages(parsed: ParsedFields, feedback: str | None = None) -> tuple[list[dict[str, str]], str, str]:
    """(messages, template id, template hash) for the extraction call.

    Rendered in the shared sandboxed environment (StrictUndefined); the post is only a variable."""
    body = parsed.description if not parsed.title else f"{parsed.title}\n\n{parsed.description}"
    if parsed.page_questions:
        body += "\n\nQuestions the page lists for applicants:\n" + "\n".join(parsed.page_questions)
    post = templates.untrusted_block(body, "job post")
    env = templates.environment()
    system = env.get_template(PROMPTS[0]).render()
    user = env.get_template(PROMPTS[1]).render(parsed=parsed, post=post, feedback=feedback)
    messages = [{"role": "system", "content": _BLANKS.sub("\n\n", system).strip() + "\n"},
                {"role": "user", "content": _BLANKS.sub("\n\n", user).strip() + "\n"}]
    return messages, PROMPTS[1], _prompt_hash(_stamp())


def _violations(brief: SemanticBrief, post: _Post) -> list[str]:
    bad: list[str] = []
    for item in brief.implicit_needs + brief.red_flags:
        if item.evidence and not post.has(item.evidence):
            bad.append(item.evidence)
    bad += [q for q in brief.screening_questions if not post.has(q)]
    bad += [c.text for c in brief.client_instructions if not post.has(c.text)]
    bad += [f.quote for f in brief.injection_flags if not post.has(f.quote)]
    return bad


def _drop_violations(brief: SemanticBrief, post: _Post, notes: list[str]) -> SemanticBrief:
    def keep(quote: str, what: str) -> bool:
        if post.has(quote):
            return True
        notes.append(f"dropped {what}: its quote is not verbatim in the post ({quote[:80]!r})")
        return False

    return brief.model_copy(update={
        "implicit_needs": [i for i in brief.implicit_needs if not i.evidence or keep(i.evidence, "implicit need")],
        "red_flags": [i for i in brief.red_flags if not i.evidence or keep(i.evidence, "red flag")],
        "screening_questions": [q for q in brief.screening_questions if keep(q, "screening question")],
        "client_instructions": [c for c in brief.client_instructions if keep(c.text, "client instruction")],
        "injection_flags": [f for f in brief.injection_flags if keep(f.quote, "injection flag")],
    })


def _clip_words(text: str, limit: int) -> str:
    words = text.split()
    return text if len(words) <= limit else " ".join(words[:limit]).rstrip(",;:") + " …"


def _merge(parsed: ParsedFields, sem: SemanticBrief, notes: list[str]) -> tuple[SemanticBrief, dict]:
    """The model's (or the offline reader's) answer plus the rule readers, then the quarantine: what an
    injection flag covers is moved out of the orders and questions (``quarantine.Coverage``)."""
    text = parsed.description
    flags: list[InjectionFlag] = detect_in_post(parsed)
    for f in sem.injection_flags:  # a model may notice more; keep its (validated) extras
        if not any(f.quote in g.quote or g.quote in f.quote for g in flags):
            flags.append(f)
    questions = list(sem.screening_questions)
    for q in rule_questions(text, parsed.page_questions):
        if not any(_ws(q) == _ws(x) or _ws(q) in _ws(x) for x in questions):
            questions.append(q)
    instructions: list[ClientInstruction] = list(sem.client_instructions)
    for c in rule_instructions(text):
        if not any(_ws(c.text) == _ws(x.text) and c.kind == x.kind for x in instructions):
            instructions.append(c)
    cover = Coverage(parsed, flags)
    kept, ignored = cover.split_instructions(instructions)
    questions, quarantined = cover.split_questions(questions)
    for c in ignored:
        notes.append(f"ignored an instruction inside text flagged as injection: {c.text[:80]!r}")
    for q in quarantined:
        notes.append(f"quarantined a screening question inside text flagged as injection: {q[:80]!r}")
    summary = cover.clean_summary(_clip_words(sem.summary, MAX_SUMMARY_WORDS))
    if not summary and not cover.title_flagged:
        summary = parsed.title
    return sem.model_copy(update={
        "injection_flags": flags, "screening_questions": questions, "client_instructions": kept,
        "tools": normalise_skills(sem.tools), "summary": summary,
        "deliverables": cover.clean_list(sem.deliverables), "requirements": cover.clean_requirements(sem.requirements),
        "implicit_needs": cover.clean_evidenced(sem.implicit_needs), "red_flags": cover.clean_evidenced(sem.red_flags),
    }), {"quarantined_questions": quarantined, "ignored_instructions": ignored}


def extract_brief(parsed: ParsedFields, *, job_id: int | None = None) -> JobBrief:
    gateway = get_gateway()
    post = _Post(parsed)
    view, notes = Coverage(parsed, detect_in_post(parsed)).reader_view(parsed)
    messages, template_id, template_hash = build_messages(parsed)
    req = LlmRequest(task="extract_brief", response_model=SemanticBrief, messages=messages,
                     inputs={"parsed": view.model_dump(mode="json")}, job_id=job_id, template_id=template_id,
                     template_hash=template_hash, temperature=0.0)
    result = gateway.run(req)
    sem: SemanticBrief = result.value
    bad = _violations(sem, post)
    if bad and not gateway.offline:
        feedback = ("these quotes are not verbatim substrings of the post: "
                    + "; ".join(repr(b[:100]) for b in bad[:8]))
        messages, _, _ = build_messages(parsed, feedback=feedback)
        req.messages = messages
        result = gateway.run(req)
        sem = result.value
        notes.append(f"retried extraction once: {len(bad)} quote(s) were not verbatim")
    sem = _drop_violations(sem, post, notes)
    sem, quarantine = _merge(parsed, sem, notes)
    if not parsed.description.strip():
        notes.append("the post has no description: the brief rests on the title and structured fields only")
    data = view.model_dump()  # the post without what a flag covers (the stored input keeps it all)
    data.update(sem.model_dump())
    data.update(quarantine)
    return JobBrief(**data, model=result.model, notes=notes)


def quote_is_verbatim(quote: str, parsed: ParsedFields) -> bool:
    """Public helper for tests and evals: would ``quote`` pass the verbatim check for this post?"""
    return _Post(parsed).has(quote)


__all__ = ["extract_brief", "build_messages", "quote_is_verbatim"]
