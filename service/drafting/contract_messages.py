"""Contract messages: check-in, kickoff, reply and follow-up, drafted from the contract and its log.

Same shape as proposals: the engine fills parts (``CheckinParts`` ...), a template renders them, the
contract lint checks them; with a real model one revision pass gets the violations."""
from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from service.core.errors import InvalidInput
from service.core.schemas import CheckinParts, FollowupParts, KickoffParts, ReplyParts
from service.core.workspace import Workspace
from service.drafting import offline_contract  # noqa: F401  (registers the offline contract-message tasks)
from service.drafting.client_name import greeting_name
from service.drafting.lint import error_failures
from service.drafting.lint_contract import lint_contract_message
from service.drafting.proposal import DraftOutcome, combined_hash
from service.llm import LlmRequest, get_gateway, templates

KINDS = {"checkin": CheckinParts, "kickoff": KickoffParts, "reply": ReplyParts, "followup": FollowupParts}
PROMPTS = ("tasks/contract_system.j2", "tasks/contract_user.j2")


def _get(obj: Any, name: str, default=None):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def _day(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        return value.strftime("%a %d %b %Y")
    return str(value)


def milestones_view(raw) -> list[dict]:
    out = []
    for m in raw or []:
        if isinstance(m, str):
            out.append({"title": m, "due": None, "done": False, "done_at": None})
        elif isinstance(m, dict) and m.get("title"):
            out.append({"title": str(m["title"]), "due": m.get("due"), "done": bool(m.get("done", False)),
                        "done_at": m.get("done_at")})
    return out


def _due_date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def short_day(value) -> str | None:
    """A day as a client reads it: "Wed 16 Dec" (with the year when it is not this year's)."""
    d = _due_date(value)
    if d is None:
        return None
    return d.strftime("%a %d %b") + ("" if d.year == datetime.now().year else d.strftime(" %Y"))


# a contract's client is a company as often as a person: "Harlow Bikes" and "Bluebird Dental" were greeted "Hi Harlow,"
# and "Hi Bluebird," (found trying the product, 2026-12-07); a word naming a trade after the first makes it a company
_TRADE = frozenset("""
dental dentistry clinic clinics health medical care pharmacy vet veterinary fitness gym yoga spa salon beauty cosmetics
legal law lawyers attorneys accounting accountants tax finance capital insurance realty properties property homes
estates construction builders roofing plumbing electric electrical energy solar auto autos motors cars garage
bikes bicycles cycles books publishing press print printing media films pictures music records games toys
cafe coffee bakery kitchen foods food farm farms brewery brewing wines wine bar restaurant catering grocery market
shop store stores boutique goods supply supplies wear apparel fashion jewelry jewellery shoes furniture interiors
design tiles flooring garden gardens landscaping pets outdoor outdoors sports travel tours hotel hotels logistics
freight shipping transport software systems tech technologies analytics data cloud apps web marketing academy
school learning education events photography architects engineering industries manufacturing tools labs
""".split())


def client_greeting(client: str) -> str:
    """Whom to greet when only the contract's client name is known: a company's team ("Harlow Bikes" -> "Harlow Bikes
    team"), else the person's first name (``greeting_name``: "Lena Fox" -> "Lena")."""
    words = client.split()
    if len(words) > 1 and any(w.lower().strip(".,&") in _TRADE for w in words[1:]):
        return " ".join(w for w in words if w.lower().strip(".,") not in {"ltd", "llc", "inc", "gmbh", "co", "corp"}) + " team"
    return greeting_name(client)


def contract_view(contract, today: date | None = None, *, client_contact: str | None = None, since=None,
                  context: dict | None = None) -> dict:
    """The contract as templates see it. The greeting names the client contact (the person, from the contract's
    schedule) when one is set and gives a name, else the client name. ``context`` (``contracts.context``) adds the
    milestone rows (with when each was marked done), the next check-in day and how long the client has been quiet."""
    client = str(_get(contract, "client_name", "") or "")
    contact = " ".join(str(client_contact or "").split())
    first = greeting_name(contact) if contact and greeting_name(contact) != "there" else client_greeting(client)
    today = today or datetime.now().date()
    context = context or {}
    ms = milestones_view(context.get("milestones") if context.get("milestones") is not None
                         else _get(contract, "milestones"))
    for m in ms:
        d = _due_date(m.get("due"))
        m["overdue"] = bool(d and not m["done"] and d < today)
        m["due_label"] = short_day(d)
        # done since the last check-in (a check-in reports it once): marked done after it, or no check-in yet
        m["new_done"] = bool(m["done"] and (since is None or (m.get("done_at") is not None
                                                              and _aware(m["done_at"]) >= _aware(since))))
        m["done_at"] = m["done_at"].isoformat() if isinstance(m.get("done_at"), datetime) else m.get("done_at")
        m["done_label"] = short_day(m["done_at"]) if m["done"] and m["done_at"] else None
        m["done_late"] = bool(m["done_label"] and d and _due_date(m["done_at"]) > d)
    quiet = None
    heard = context.get("last_client_message") or context.get("start")
    if heard is not None and context.get("quiet_limit"):
        days = (today - _aware(heard).date()).days
        quiet = days if days >= context["quiet_limit"] else None
    nxt = context.get("next_update")
    return {"id": _get(contract, "id"), "title": _get(contract, "title", ""), "client_name": client,
            "client_contact": contact or None, "client_first_name": first, "cadence": _get(contract, "cadence", "weekly") or "weekly",
            "started_at": _day(_get(contract, "started_at")), "status": _get(contract, "status", "active"),
            "service_line": _get(contract, "service_line"), "milestones": ms, "today": today.isoformat(),
            "next_update": short_day(nxt) if nxt else None, "quiet_days": quiet,
            "update_days": _weekdays(context.get("checkin_days"))}


_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _weekdays(days) -> str | None:
    """Check-in weekdays as a client reads them: "every Monday and Thursday" (a kickoff had said "Updates come fri")."""
    names = [_DAY_NAMES[d] for d in sorted(set(days or ())) if 0 <= d < 7]
    if not names:
        return None
    if names == list(_DAY_NAMES[:5]):
        return "every working day"
    return "every " + (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0])


def entries_view(entries, since: datetime | None = None, done_at: dict | None = None) -> list[dict]:
    """The log as the engine and the templates see it. ``recent``: logged since the last check-in, or marked done
    since it (``done_at``: entry id -> when it was last marked done)."""
    out = []
    for e in entries or []:
        created = _get(e, "created_at")
        marked = (done_at or {}).get(_get(e, "id"))
        recent = since is None or created is None or _aware(created) >= _aware(since) or \
            bool(_get(e, "done", False) and marked is not None and _aware(marked) >= _aware(since))
        out.append({"id": _get(e, "id"), "kind": _get(e, "kind", "note"), "text": str(_get(e, "text", "")),
                    "done": bool(_get(e, "done", False)), "due": short_day(_get(e, "due")) if _due_date(_get(e, "due"))
                    else _day(_get(e, "due")), "created": _day(created),
                    "due_iso": _iso(_get(e, "due")), "recent": recent})
    return out


def _iso(value) -> str | None:
    d = _due_date(value)
    return d.isoformat() if d else None


def _aware(d):
    return d if not isinstance(d, datetime) or d.tzinfo else d.replace(tzinfo=timezone.utc)


def _messages(kind: str, view: dict, log: list[dict], ws: Workspace, message: str | None,
              instructions: str | None, override_dir, signals: list[dict] | None = None) -> list[dict[str, str]]:
    log_text = "\n".join(f"#{e['id']} {e['created'] or ''} {e['kind']}{' [done]' if e['done'] else ''}"
                         f"{' due ' + e['due'] if e['due'] else ''}{'' if e['recent'] else ' (before last check-in)'}: "
                         f"{e['text']}" for e in log) or "(empty log)"
    line = None
    if view.get("service_line"):
        line = next((s for s in ws.service_lines if s.id == view["service_line"]), None)
    system = templates.render(PROMPTS[0], {"profile": ws.profile, "banned_phrases": ws.banned_phrases}, override_dir)
    user = templates.render(PROMPTS[1], {
        "kind": kind, "contract": view, "log": templates.untrusted_block(log_text, "contract log"),
        "message": templates.untrusted_block(message, "client message") if message else None,
        "signals": templates.untrusted_block("\n".join(f"{x['kind']}: {x['text']}" for x in signals),
                                             "confirmed signals") if signals else None,
        "service_line": line, "instructions": instructions}, override_dir)
    return [{"role": "system", "content": system.text}, {"role": "user", "content": user.text}]


def followup_allowed(contract) -> bool:
    """A follow-up or upsell may cite a contract only once it ended or a milestone is marked done."""
    status = str(_get(contract, "status", "active") or "active")
    return status == "ended" or any(m["done"] for m in milestones_view(_get(contract, "milestones")))


def draft_contract_message(kind, contract, entries, ws: Workspace, *, message=None, instructions=None,
                           draft_id=None, since=None, client_contact: str | None = None, context: dict | None = None):
    """``context`` (``contracts.context.drafting_context``): milestone rows with when each was marked done, when each
    entry was last marked done, the client's confirmed signals, the next check-in day, the last client message."""
    if kind not in KINDS:
        raise InvalidInput(f"unknown draft kind '{kind}'", field="kind", fix="use checkin, kickoff, reply or followup")
    if kind == "followup":
        if not followup_allowed(contract):
            raise InvalidInput("a follow-up is drafted only for a contract that has ended or reached a milestone; this "
                               "one is active with no milestone marked done", field="kind",
                               fix="mark a milestone done (draftroom contract milestone set) or end the contract "
                               "(draftroom contract end ID; POST /v1/contracts/ID/end) first, or draft a check-in instead")
    if kind in ("checkin", "kickoff") and str(_get(contract, "status", "active") or "active") == "ended":
        raise InvalidInput(f"a {kind} is for a live contract; this one has ended", field="kind",
                           fix="draft its follow-up instead (draftroom followup ID), or a reply to a client message")
    if kind == "reply" and not (message or "").strip():
        raise InvalidInput("a reply needs the client's message", field="message",
                           fix="paste the client's message (a file, or '-' for stdin)")
    override_dir = templates.workspace_override_dir(ws)
    context = context or {}
    view = contract_view(contract, client_contact=client_contact, since=since, context=context)
    log = entries_view(entries, since, context.get("done_at"))
    signals = [{"kind": x["kind"], "text": x["text"], "source": x.get("source"), "entry_id": x.get("entry_id")}
               for x in context.get("signals") or []]
    out_template = f"{kind}.j2"
    used = [out_template, *PROMPTS]
    thash = combined_hash(used, override_dir)
    messages = _messages(kind, view, log, ws, message, instructions, override_dir, signals)
    inputs = {"kind": kind, "contract": view, "entries": log, "workspace": ws.model_dump(mode="json"),
              "message": message, "instructions": instructions, "signals": signals}
    gw = get_gateway()
    req = LlmRequest(task=f"draft_{kind}", response_model=KINDS[kind], messages=messages, inputs=inputs,
                     draft_id=draft_id, template_id=out_template, template_hash=thash)
    result = gw.run(req)
    parts = result.value
    variables = {"parts": parts, "profile": ws.profile, "contract": view}
    rendered = templates.render(out_template, variables, override_dir)
    lint = lint_contract_message(kind, rendered.text, ws, parts=parts.model_dump(mode="json"), entries=log,
                                 contract=view, message=message)
    notes, revised = [], False
    failures = error_failures(lint)
    if failures and not gw.offline:
        feedback = "The checker rejected the message. Fix these and return the complete corrected object:\n" + \
                   "\n".join(f"- [{f.id}] {f.message}" for f in failures)
        rev = gw.run(LlmRequest(task=f"draft_{kind}", response_model=KINDS[kind], draft_id=draft_id,
                                messages=messages + [{"role": "assistant", "content": parts.model_dump_json()},
                                                     {"role": "user", "content": feedback}],
                                inputs={**inputs, "violations": [f.model_dump() for f in failures]},
                                template_id=out_template, template_hash=thash))
        parts = rev.value
        rendered = templates.render(out_template, {**variables, "parts": parts}, override_dir)
        lint = lint_contract_message(kind, rendered.text, ws, parts=parts.model_dump(mode="json"), entries=log,
                                     contract=view, message=message)
        revised = True
        notes.append("revised once after: " + ", ".join(f.id for f in failures))
    return DraftOutcome(kind=kind, text=rendered.text, parts=parts.model_dump(mode="json"), lint=lint,
                        template_id=rendered.template_id, template_hash=thash, model=result.model,
                        service_line=view.get("service_line"), notes=notes, revised=revised,
                        call_ids=[result.call_id] if result.call_id else [])
