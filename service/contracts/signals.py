"""Account signals (issue 19 item 3): a log per contract (and so per client) of positive feedback, scope
changes, new needs, budget changes, complaints and timing risks. A person enters one directly
(``confirmed``), or pastes a client message and the configured model proposes signals with the sentence
they come from (``proposed``; the offline engine runs the rules below); a person confirms or dismisses
each. Only confirmed signals rank follow-ups. A proposal whose quote is not in the message is dropped."""
from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field
from sqlmodel import select

from service.accounts import audit
from service.core.db import get_or_404, session_scope
from service.core.errors import Conflict, InvalidInput
from service.core.models import AccountSignal, Contract, utcnow
from service.drafting.proposal import combined_hash
from service.llm import LlmRequest, get_gateway, templates
from service.llm.engines import offline_task

KINDS = ("positive_feedback", "scope_change", "new_need", "budget_change", "complaint", "timing_risk")
STATUSES = ("proposed", "confirmed", "dismissed")
MAX_TEXT = 2000
_I = re.I
RULES: dict[str, re.Pattern] = {
    "positive_feedback": re.compile(r"\b(love[ds]?|great|excellent|amazing|fantastic|thank(s| you)|happy with|"
                                    r"impressed|perfect|well done|awesome|nice work|good job)\b", _I),
    "complaint": re.compile(r"\b(disappointed|unhappy|frustrat\w*|not happy|not what (we|i) (asked|expected)|"
                            r"too slow|still broken|concern(ed|s)?|unacceptable|annoyed|not working|complain\w*)\b", _I),
    "scope_change": re.compile(r"\b(also (add|build|include|handle)|change the scope|scope change|instead of|"
                               r"drop the|remove the|on top of|extra (feature|page|report|work)|additional "
                               r"(feature|page|report|work)|one more (feature|page|report))\b", _I),
    # "a new shop", never "the new shop looks great" (praise for what was delivered: found trying, 2026-12-07)
    "new_need": re.compile(r"\b(next (project|phase|quarter|year)|another project|(a|an|another|second) new (project|site|"
                           r"website|app|store|shop|feature|product)|we('ll| will) (also )?need|(thinking|thought) about|"
                           r"planning (to|a|an)|could you (also )?help (us )?with|are you available for)\b", _I),
    "budget_change": re.compile(r"(\bbudget\b|\b(raise|increase|cut|reduce|lower|double)\w* (the |our |your )?"
                                r"(rate|budget|price|spend|hours)\b|\$\s?\d)", _I),
    "timing_risk": re.compile(r"\b(deadline|launch(es|ing)? (on|by|in)|urgent|asap|delay(ed)?|pause|on hold|"
                              r"holiday|vacation|end of (the )?(month|quarter|year)|by (mon|tues|wednes|thurs|fri)day|"
                              r"(busy|peak|high|holiday) season|timing (matters|is tight|is key)|time[- ]sensitive|"
                              r"in time for)\b", _I),
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
PROMPTS = ("tasks/signals_system.j2", "tasks/signals_user.j2")


class ProposedSignal(BaseModel):
    kind: Literal["positive_feedback", "scope_change", "new_need", "budget_change", "complaint", "timing_risk"]
    quote: str = Field(description="The client's sentence this signal comes from, copied exactly.")


class ProposedSignals(BaseModel):
    signals: list[ProposedSignal] = Field(default_factory=list, description="Every signal in the message.")


def propose(message: str) -> list[tuple[str, str]]:
    """(kind, sentence) for every sentence of a client message that a rule matches; one per kind and
    sentence, in message order."""
    out = []
    for sentence in (s.strip() for s in _SENTENCE.split(message or "")):
        if not sentence:
            continue
        for kind in KINDS:
            if RULES[kind].search(sentence):
                out.append((kind, sentence[:MAX_TEXT]))
    return out


@offline_task("propose_signals")
def _offline_propose(inputs: dict) -> ProposedSignals:
    """The offline engine's answer: the rules above."""
    return ProposedSignals(signals=[ProposedSignal(kind=k, quote=q) for k, q in propose(inputs.get("message", ""))])


def propose_with_model(message: str) -> tuple[list[tuple[str, str]], str]:
    """(kind, quote) proposals from the configured model (the offline engine runs the rules), keeping only
    quotes that really are in the message, and the model that answered."""
    system = templates.render(PROMPTS[0], {"kinds": list(KINDS)})
    user = templates.render(PROMPTS[1], {"message": templates.untrusted_block(message, "client message")})
    result = get_gateway().run(LlmRequest(task="propose_signals", response_model=ProposedSignals,
                                          messages=[{"role": "system", "content": system.text},
                                                    {"role": "user", "content": user.text}],
                                          inputs={"message": message}, template_id=PROMPTS[1],
                                          template_hash=combined_hash(list(PROMPTS), None)))
    flat = " ".join(message.split())
    found = []
    for sig in result.value.signals:
        quote = " ".join(sig.quote.split())
        if quote and quote in flat and (sig.kind, quote) not in found:  # never a quote the client did not write
            found.append((sig.kind, quote[:MAX_TEXT]))
    return found, result.model


def _may(user, action: str) -> None:
    if user is not None:  # None: the system itself (tests, scripts)
        user.require(action)


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise InvalidInput(f"unknown signal kind '{kind}'", field="kind", fix="use one of: " + ", ".join(KINDS))
    return kind


def _contract(s, contract_id: int) -> Contract:
    return get_or_404(s, Contract, contract_id, what="contract", field="contract_id",
                      fix="list contracts with 'draftroom contract list'")


def add_signal(contract_id: int, kind: str, text: str, *, user=None) -> AccountSignal:
    """A signal a person enters: confirmed at once."""
    _may(user, "draft")
    kind, text = _kind(kind), " ".join((text or "").split())
    if not text:
        raise InvalidInput("a signal needs the text it is based on", field="text",
                           fix="quote the client or say what happened, e.g. 'Asked for a Shopify store next quarter'")
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"text is {len(text)} characters; the limit is {MAX_TEXT}", field="text")
    uid = getattr(user, "user_id", None)
    with session_scope() as s:
        _contract(s, contract_id)
        row = AccountSignal(contract_id=contract_id, kind=kind, text=text, status="confirmed", source="person",
                            created_by=uid, decided_by=uid, decided_at=utcnow())
        s.add(row)
        s.flush()
        audit.log(s, user, "signal.add", "contract", contract_id, signal_id=row.id, kind=kind)
        return row


def propose_from_message(contract_id: int, message: str, *, user=None) -> list[AccountSignal]:
    """Log a pasted client message (kept even if nothing matches) and store the proposed signals."""
    from service.contracts.records import add_entry

    _may(user, "draft")
    entry = add_entry(contract_id, message, kind="client_message", user=user)
    found, model = propose_with_model(entry.text)
    source = "rules" if model == "offline" else model[:40]
    with session_scope() as s:
        rows = [AccountSignal(contract_id=contract_id, entry_id=entry.id, kind=k, text=t, status="proposed",
                              source=source, created_by=getattr(user, "user_id", None)) for k, t in found]
        s.add_all(rows)
        s.flush()
        audit.log(s, user, "signal.propose", "contract", contract_id, entry_id=entry.id, kinds=[k for k, _ in found])
        return rows


def decide(signal_id: int, confirm: bool, *, user=None) -> AccountSignal:
    """A person confirms or dismisses a proposed signal."""
    _may(user, "review")
    with session_scope() as s:
        row = get_or_404(s, AccountSignal, signal_id, what="signal", field="signal_id")
        if row.status != "proposed":
            raise Conflict(f"signal {signal_id} is already {row.status}", field="signal_id",
                           fix="only proposed signals are confirmed or dismissed; add a new one instead")
        row.status = "confirmed" if confirm else "dismissed"
        row.decided_by, row.decided_at = getattr(user, "user_id", None), utcnow()
        s.add(row)
        audit.log(s, user, "signal." + ("confirm" if confirm else "dismiss"), "contract", row.contract_id,
                  signal_id=signal_id, kind=row.kind)
        return row


def list_signals(contract_id: int | None = None, status: str | None = None) -> list[AccountSignal]:
    if status is not None and status not in STATUSES:
        raise InvalidInput(f"unknown status '{status}'", field="status", fix="use one of: " + ", ".join(STATUSES))
    with session_scope() as s:
        if contract_id is not None:
            _contract(s, contract_id)
        q = select(AccountSignal).order_by(AccountSignal.created_at, AccountSignal.id)
        if contract_id is not None:
            q = q.where(AccountSignal.contract_id == contract_id)
        if status is not None:
            q = q.where(AccountSignal.status == status)
        return list(s.exec(q))


def signal_json(r: AccountSignal) -> dict:
    return {"id": r.id, "contract_id": r.contract_id, "entry_id": r.entry_id, "kind": r.kind, "text": r.text,
            "status": r.status, "source": r.source, "created_at": r.created_at.isoformat() if r.created_at else None}
