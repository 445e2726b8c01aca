"""Drafting: fill structured parts through the gateway, render them with a template, lint.

THIN FOUNDATION VERSION: issue 6 adds proof selection, revision passes and the other draft kinds."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..llm import LlmRequest, get_gateway
from ..schemas import FitAssessmentOut, JobBrief, LintResult, ProposalParts
from ..workspace import Workspace
from . import templates
from .lint import lint_proposal


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


def draft_proposal(brief: JobBrief, fit: FitAssessmentOut, ws: Workspace, *, service_line: str | None = None,
                   instructions: str | None = None, job_id: int | None = None,
                   draft_id: int | None = None) -> DraftOutcome:
    line = ws.service_line(service_line or fit.service_line or ws.service_lines[0].id)
    inputs = {"brief": brief.model_dump(mode="json"), "fit": fit.model_dump(mode="json"),
              "workspace": ws.model_dump(mode="json"), "service_line": line.id, "instructions": instructions}
    messages = [{"role": "system", "content": "Fill the proposal parts."},
                {"role": "user", "content": brief.description}]
    result = get_gateway().run(LlmRequest(task="draft_proposal", response_model=ProposalParts, messages=messages,
                                          inputs=inputs, job_id=job_id, draft_id=draft_id,
                                          template_id=line.template))
    parts = result.value
    rendered = templates.render(line.template, {"parts": parts, "profile": ws.profile, "line": line})
    lint = lint_proposal(rendered.text, brief, ws, parts, line)
    return DraftOutcome(kind="proposal", text=rendered.text, parts=parts.model_dump(mode="json"), lint=lint,
                        template_id=rendered.template_id, template_hash=rendered.template_hash,
                        model=result.model, service_line=line.id)
