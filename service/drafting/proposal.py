"""Drafting: one shape for both engines.

The engine (a real model through the gateway, or the offline engine) fills structured parts
(``ProposalParts`` etc.); one template per service line / message kind turns the parts into text;
``lint.py`` checks the text. With a failed error-level check, ONE revision pass goes back to the engine
with the violations (and the arithmetic) as feedback; whatever still fails is stored and shown.

Every outcome records kind, template id, a content hash covering every template used (the output
template, its partials and the prompt templates), service line, model, parts and lint result."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from service.core.schemas import FitAssessmentOut, JobBrief, LintResult, ProposalParts
from service.core.workspace import ServiceLine, Workspace
from service.drafting import offline_writer  # noqa: F401  (registers the offline drafting tasks)
from service.drafting.facts import DraftFacts, gather_facts
from service.drafting.instructions import resolve as resolve_instructions
from service.drafting.instructions import unpasted_questions
from service.drafting.length_rules import letter_bounds
from service.drafting.letter_layout import lay_out, layout_words, limit_flags
from service.drafting.lint import error_failures, lint_proposal
from service.drafting.proof import NO_PROOF_FLAG, ProofChoice, select_proof
from service.llm import LlmRequest, get_gateway, templates

PROPOSAL_PROMPTS = ("tasks/proposal_system.j2", "tasks/proposal_user.j2")
REVISE_PROMPT = "tasks/revise_proposal.j2"


@dataclass
class DraftOutcome:
    kind: str
    text: str
    parts: dict
    lint: LintResult
    template_id: str
    template_hash: str
    model: str
    service_line: str | None = None
    notes: list[str] = field(default_factory=list)
    revised: bool = False
    call_ids: list[int] = field(default_factory=list)


def combined_hash(names: list[str], override_dir: Path | None) -> str:
    """One hash over every template a draft used (output template + partials + prompt templates)."""
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"=" + templates.template_source_hash(name, override_dir).encode() + b";")
    return digest.hexdigest()


def _proposal_messages(brief: JobBrief, ws: Workspace, line: ServiceLine, choice: ProofChoice,
                       instructions: str | None, override_dir: Path | None,
                       bounds: tuple[int, int]) -> list[dict[str, str]]:
    asks = "\n".join([f"Screening question {i}: {q}" for i, q in enumerate(brief.screening_questions, 1)]
                     + [f"Client instruction ({c.kind}): {c.text}" + (f" -> required: {c.value}" if c.value else "")
                        for c in brief.client_instructions]) or "(none)"
    system = templates.render(PROPOSAL_PROMPTS[0], {"profile": ws.profile, "proof": ws.proof,
                                                    "banned_phrases": ws.banned_phrases}, override_dir)
    user = templates.render(PROPOSAL_PROMPTS[1], {
        "line": line, "brief": brief, "candidates": [c.as_dict() for c in choice.candidates if c.score > 0],
        "word_bounds": list(bounds), "instructions": instructions,
        "post": templates.untrusted_block(brief.description, "job post"),
        "asks": templates.untrusted_block(asks, "client asks")}, override_dir)
    return [{"role": "system", "content": system.text}, {"role": "user", "content": user.text}]


def _sanitise(parts: ProposalParts, ws: Workspace, choice: ProofChoice, facts: DraftFacts,
              brief: JobBrief) -> ProposalParts:
    """Never cite outside the library; keep the no-proof flag and questions the post lacks visible to the
    reviewer."""
    flags = list(parts.reviewer_flags)
    if (note := unpasted_questions(brief)) and note not in flags:
        flags.append(note)
    if parts.proof_id and ws.proof_item(parts.proof_id) is None:
        flags.append(f"unknown_proof: the engine cited '{parts.proof_id}', which is not in the proof library; removed")
        parts = parts.model_copy(update={"proof_id": None})
    if parts.proof_id is None and choice.flag and not any(f.startswith(NO_PROOF_FLAG) for f in flags):
        flags.append(choice.flag)
    # the greeting's name comes from the post alone (client_name.py), whichever engine wrote the parts; so does the
    # shape the client asked for (letter_layout.py: the last line, the sign-off, a form, bullets, a limit)
    return lay_out(parts.model_copy(update={"reviewer_flags": flags, "greeting": facts.greeting_name}), facts, ws, choice)


def _render_proposal(parts: ProposalParts, ws: Workspace, line: ServiceLine, override_dir: Path | None):
    return templates.render(line.template, {"parts": parts, "profile": ws.profile, "line": line}, override_dir)


def proposal_inputs(brief: JobBrief, fit: FitAssessmentOut | None, ws: Workspace, line: ServiceLine,
                    facts: DraftFacts, choice: ProofChoice, instructions: str | None, bounds: tuple[int, int]) -> dict:
    return {"brief": brief.model_dump(mode="json"), "fit": fit.model_dump(mode="json") if fit else None,
            "workspace": ws.model_dump(mode="json"), "service_line": line.id, "instructions": instructions,
            "facts": facts.as_dict(), "proof": choice.as_dict(), "word_bounds": list(bounds)}


def draft_proposal(brief: JobBrief, fit: FitAssessmentOut | None, ws: Workspace, *, service_line: str | None = None,
                   instructions: str | None = None, job_id: int | None = None,
                   draft_id: int | None = None, signed_by: str | None = None) -> DraftOutcome:
    if signed_by:  # the person who asked for the draft signs it; the profile's signature is the default
        ws = ws.model_copy(update={"profile": ws.profile.model_copy(update={"signature": signed_by})})
    line = ws.service_line(service_line or (fit.service_line if fit else None) or ws.service_lines[0].id)
    override_dir = templates.workspace_override_dir(ws)
    facts = gather_facts(brief, ws)
    resolved = resolve_instructions(brief, ws)  # for the lint, which runs up to twice
    choice = select_proof(brief, ws, line)
    # within the client's own limit, if any, with room for a closing line the client asked for (letter_layout.py)
    bounds = letter_bounds(tuple(line.word_bounds), facts.max_words, margin=6)
    bounds = (bounds[0], bounds[1] - layout_words(facts, ws.profile))
    messages = _proposal_messages(brief, ws, line, choice, instructions, override_dir, bounds)
    used = [line.template, *PROPOSAL_PROMPTS]
    thash = combined_hash(used, override_dir)
    inputs = proposal_inputs(brief, fit, ws, line, facts, choice, instructions, bounds)
    gw = get_gateway()
    result = gw.run(LlmRequest(task="draft_proposal", response_model=ProposalParts, messages=messages, inputs=inputs,
                               job_id=job_id, draft_id=draft_id, template_id=line.template, template_hash=thash))
    parts = _sanitise(result.value, ws, choice, facts, brief)
    rendered = _render_proposal(parts, ws, line, override_dir)
    lint = lint_proposal(rendered.text, brief, ws, parts, line, resolved)
    notes = [f"proof: {parts.proof_id or 'none'}" + (f" ({choice.match.reason})" if choice.match else "")]
    call_ids = [result.call_id] if result.call_id else []
    revised = False
    failures = error_failures(lint)
    if failures:
        revise_vars = {"parts_json": parts.model_dump_json(indent=1), "violations": failures,
                       "word_bounds": list(bounds), "word_count": lint.word_count}
        feedback = templates.render(REVISE_PROMPT, revise_vars, override_dir)
        rev_messages = messages + [{"role": "assistant", "content": parts.model_dump_json()},
                                   {"role": "user", "content": feedback.text}]
        rev = gw.run(LlmRequest(task="revise_proposal", response_model=ProposalParts, messages=rev_messages,
                                inputs={**inputs, "parts": parts.model_dump(mode="json"),
                                        "violations": [f.model_dump() for f in failures]},
                                job_id=job_id, draft_id=draft_id, template_id=line.template,
                                template_hash=combined_hash(used + [REVISE_PROMPT], override_dir)))
        call_ids += [rev.call_id] if rev.call_id else []
        parts = _sanitise(rev.value, ws, choice, facts, brief)
        rendered = _render_proposal(parts, ws, line, override_dir)
        lint = lint_proposal(rendered.text, brief, ws, parts, line, resolved)
        revised = True
        still = [f.id for f in error_failures(lint)]
        notes.append("revised once after: " + ", ".join(f.id for f in failures)
                     + ("; still failing: " + ", ".join(still) if still else "; all checks pass"))
    if extra := limit_flags(rendered.text, facts):  # a limit in lines or sentences the draft still breaks
        parts = parts.model_copy(update={"reviewer_flags": parts.reviewer_flags + extra})
    return DraftOutcome(kind="proposal", text=rendered.text, parts=parts.model_dump(mode="json"), lint=lint,
                        template_id=rendered.template_id, template_hash=thash, model=result.model,
                        service_line=line.id, notes=notes + parts.reviewer_flags, revised=revised, call_ids=call_ids)

