"""Offline contract messages from the contract log: check-in, kickoff, reply, follow-up.

Only logged facts are reported: every Completed item is a done task or a logged note (with its entry
id), risks come from notes that say so, the one client action from a note that asks the client for
something (with its due date). Nothing is invented; when the log is silent, the message says so."""
from __future__ import annotations

import re

from service.core.schemas import CheckinParts, FollowupParts, KickoffParts, ReplyParts
from service.drafting.offline_phrases import UPSELL_DEFAULT, UPSELLS
from service.llm.engines import offline_task as task

_RISK = re.compile(r"\b(block(ed|er)?|waiting|delay(ed)?|risk|issue|bug|problem|missing|late|slipp?(ing|ed)?|"
                   r"concern|stuck|overdue|unclear|depends? on)\b", re.IGNORECASE)
_CLIENT = re.compile(r"\b(client (to|needs to|must|should)|need(s)? (from|the client|you|client)|please|approve|approval|"
                     r"confirm|decide|decision|sign[- ]off|send (us|over)|share|provide)\b", re.IGNORECASE)
_FOCUS = re.compile(r"\b(started|starting|working on|in progress|wip|next up|now on|continuing)\b", re.IGNORECASE)
_RESULT = re.compile(r"(\d+\s?%|\b(up|down|faster|slower|launched|live|shipped|result|reduced|increased|improved)\b)", re.IGNORECASE)
_OFFPLATFORM = re.compile(r"\b(whatsapp|skype|telegram|email|e-mail|phone|number|linkedin|call me)\b", re.IGNORECASE)
_STOP = set(["the", "a", "an", "and", "or", "to", "of", "for", "on", "in", "with", "is", "are", "was", "be", "it", "this", "that", "we", "our", "you", "your", "i"])


def _clean(text: str) -> str:
    t = re.sub(r"^\s*(done|completed|finished|note|todo|task)\s*[:\-]\s*", "", text.strip(), flags=re.IGNORECASE)
    t = " ".join(t.split()).rstrip(".")
    return t[:1].upper() + t[1:] if t else t


def _ask(text: str) -> str:
    """A logged client task, phrased as a request to the client ("Client to approve X" -> "Please approve X")."""
    t = _clean(text)
    t = re.sub(r"^(?:the )?(?:client|you)\s+(?:to|needs? to|must|should|has to)\s+", "Please ", t, flags=re.IGNORECASE)
    t = re.sub(r"^need(?:s)? (?:from (?:the )?client|the client to)\s*:?\s*", "Please send ", t, flags=re.IGNORECASE)
    return t


_WAITING = re.compile(r"\b(?i:need|needs|needed|waiting (?:on|for)|awaiting)\s+(?i:the |your )?(?P<what>[^.;]{3,80}?)\s+"
                      r"(?i:from)\s+(?P<who>(?i:the client|client|you)|[A-Z][\w'’-]+)\b")


def _waiting_on_client(text: str, contract: dict) -> str:
    """What a logged blocker waits for from the client ("Waiting on clinic logo in SVG from client" -> "the clinic
    logo in SVG"), or "" (found trying the product: such a check-in had said "Nothing needed from you this week")."""
    m = _WAITING.search(text)
    names = {w.lower() for w in f"{contract.get('client_name') or ''} {contract.get('client_contact') or ''} "
             f"{contract.get('client_first_name') or ''}".replace(",", " ").split()}
    if not m or not (m.group("who").lower() in ("the client", "client", "you") or m.group("who").lower() in names):
        return ""
    what = m.group("what").strip()
    return what if re.match(r"(?:the|your|a|an)\b", what, re.IGNORECASE) else f"the {what}"


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2}


def _classify(e: dict) -> str:
    text = e["text"]
    if e["kind"] == "client_message":
        return "client_message"
    if e["kind"] == "task":
        if e["done"]:
            return "completed"
        return "client_action" if _CLIENT.search(text) and re.search(r"\bclient\b", text, re.IGNORECASE) else "open"
    if _RISK.search(text) and not e["done"]:
        return "risk"
    if _CLIENT.search(text) and re.search(r"\b(client|you)\b", text, re.IGNORECASE) and not e["done"]:
        return "client_action"
    if _FOCUS.search(text) and not e["done"]:
        return "focus"
    return "completed" if e["done"] else "info"  # only what is marked done is reported as Completed


def _greeting_name(contract: dict) -> str:
    """Whom the greeting names: the view's ``client_first_name`` (the client contact's first name when a contact is
    set: "Dr. Sarah Lee" -> "Sarah"), never a bare title ("Hi Dr.,"); "there" when no name is known."""
    return " ".join(str(contract.get("client_first_name") or "").split()) or "there"


def _next_milestone(contract: dict, entries: list[dict]) -> str:
    for m in contract.get("milestones", []):
        if not m.get("done"):
            return m["title"] + (f", due {m['due']}" if m.get("due") else "")
    open_due = [e for e in entries if e["kind"] == "task" and not e["done"] and e["due"]]
    if open_due:
        return _clean(open_due[0]["text"]) + f", due {open_due[0]['due']}"
    return "No further milestone is set yet; I will propose one once the current work is reviewed."


@task("draft_checkin")
def draft_checkin(inputs: dict) -> CheckinParts:
    contract, entries = inputs["contract"], [e for e in inputs["entries"] if e.get("recent", True)]
    groups: dict[str, list[dict]] = {}
    for e in entries:
        groups.setdefault(_classify(e), []).append(e)
    done = groups.get("completed", [])
    focus_items = groups.get("focus", []) + groups.get("open", [])
    focus = ("; ".join(_clean(e["text"]) for e in focus_items[:2]) + ".") if focus_items else \
        ("Wrapping up the items above and preparing the next milestone." if done else "Preparing the next milestone.")
    overdue = [f"Milestone \"{m['title']}\" was due {m['due']} and is overdue." for m in contract.get("milestones", [])
               if m.get("overdue")]
    today = str(contract.get("today") or "")
    late = [f"\"{_clean(e['text'])}\" was due {e['due']} and is still open." for e in inputs["entries"]
            if e["kind"] == "task" and not e["done"] and e.get("due") and today and str(e["due"]) < today]
    risks = overdue[:2] + late[:2] + [_clean(e["text"]) + "." for e in groups.get("risk", [])[:3]]
    actions = groups.get("client_action", [])
    waiting = [w for e in groups.get("risk", []) if (w := _waiting_on_client(e["text"], contract))]
    if actions:
        a = actions[0]
        action = _ask(a["text"]) + (f" (by {a['due']})" if a.get("due") else "") + "."
    elif waiting:  # "Blocked: need brand colour preferences from Priya": the risk is the client's to lift
        action = f"Please send {waiting[0]}, so the work it holds up can go on."
    else:
        action = "Nothing needed from you this week; reply here if your priorities have changed."
    return CheckinParts(completed=[_clean(e["text"]) for e in done[:6]],
                        completed_entry_ids=[e["id"] for e in done[:6]], current_focus=focus, risks=risks,
                        next_milestone=_next_milestone(contract, inputs["entries"]), client_action=action)


@task("draft_kickoff")
def draft_kickoff(inputs: dict) -> KickoffParts:
    contract, entries = inputs["contract"], inputs["entries"]
    ms = contract.get("milestones", [])
    deliverables = [m["title"] for m in ms] or [_clean(e["text"]) for e in entries if e["kind"] == "task"][:5]
    deliverables = deliverables or [contract["title"]]
    deliverables.append("Not included: anything outside the items above; extras get a separate quote before work starts")
    dated = [f"{m['title']} by {m['due']}" for m in ms if m.get("due")]
    start = f"We start on {contract['started_at']}. " if contract.get("started_at") else ""
    timeline = start + ("Milestones: " + "; ".join(dated) + ". " if dated else
                        "We will agree dates for each milestone in our first exchange. ") + \
        "Each milestone gets a review window before the next one starts."
    communication = (f"Updates come {contract.get('cadence', 'weekly')} in Upwork messages, in a fixed format: done, "
                     f"in progress, risks, next milestone and anything we need from you. Decisions that block work "
                     f"get a same-day reply on working days.")
    feedback = ("Please name one person who approves each milestone. Send revision requests as one consolidated list "
                "per milestone in this thread, so nothing gets lost.")
    asks = [e for e in entries if _classify(e) == "client_action"]
    first = (_ask(asks[0]["text"]) + (f" (by {asks[0]['due']})" if asks[0].get("due") else "") + ".") if asks else \
        "Please confirm the deliverables above and who on your side approves the work."
    return KickoffParts(greeting=f"Hi {_greeting_name(contract)}, thanks for starting {contract['title']} with us. "
                                 f"Here is how we will run it, so we both work from the same plan.",
                        deliverables=deliverables, timeline=timeline, communication=communication, feedback=feedback,
                        first_request=first)


@task("draft_reply")
def draft_reply(inputs: dict) -> ReplyParts:
    contract, entries, msg = inputs["contract"], inputs["entries"], inputs.get("message") or ""
    # the salutation is no topic ("Thanks for your message about "Hi Maya, quick question: when …"": found trying)
    sentences = [t for s in re.split(r"(?<=[.!?])\s+|\n+", msg) if (t := _SALUTATION.sub("", s.strip()).strip())
                 and not _SALUTATION.fullmatch(s.strip())]
    asks = [s for s in sentences if s.endswith("?")]
    topic = " ".join((asks or sentences or [""])[0].split()[:12]).rstrip("?.!")
    ack = f"Thanks for your message about \"{topic}\"." if topic else "Thanks for your message."
    if _UNHAPPY.search(msg):
        ack = "I am sorry it has not gone as you expected, and thank you for telling me plainly."
    mw = _words(msg)
    scored = sorted(((len(mw & _words(e["text"])), i, e) for i, e in enumerate(entries) if e["kind"] != "client_message"),
                    key=lambda t: (-t[0], -t[1]))
    relevant = [e for n, _, e in scored if n >= 1][:2]
    dates = [_milestone_date(m) for m in contract.get("milestones", []) if not m.get("done") and m.get("due")
             and (mw & _words(m["title"]) or _WHEN.search(" ".join(asks)))][:2]
    if relevant or dates:
        answer = " ".join(dates + (["Where it stands: " + " ".join(
            f"{_clean(e['text'])}{' (done)' if e['done'] else ''}." for e in relevant)] if relevant else []))
    elif not asks and not _REQUEST.search(msg):  # "ok", "thanks, please close the contract": nothing to look up
        answer = "Noted, thank you."
    else:
        answer = ("I do not have a logged update on that yet, so I will check and come back to you in the next update "
                  "rather than guess.")
    if _OFFPLATFORM.search(msg):
        answer += " Let's keep our conversation here in Upwork messages so the history stays in one place for both of us."
    questions = []
    if re.search(r"\b(can you also|could you also|add|change|another|extra|new feature)\b", msg, re.IGNORECASE):
        questions.append("Should this replace something in the current milestone, or shall I quote it as an extra?")
    return ReplyParts(acknowledgement=ack, answer=answer, questions=questions,
                      next_step="Next: " + _next_milestone(contract, entries).rstrip(".") + ".")


_SALUTATION = re.compile(r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,30}[,!]?\s*", re.IGNORECASE)
_UNHAPPY = re.compile(r"\b(?:not happy|unhappy|disappointed|frustrat\w*|too slow|concerned|worried|upset)\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:when|by when|what date|eta|how long|live|launch|ready|deliver\w*)\b", re.IGNORECASE)
_REQUEST = re.compile(r"\b(?:can you|could you|please (?!close)|would you|need|want)\b", re.IGNORECASE)


def _milestone_date(m: dict) -> str:
    """A milestone's date as an answer: the due day, or that it passed and a new date follows."""
    late = m.get("overdue")
    return (f"\"{m['title']}\" was due {m['due']} and is late; I will send you a new date in my next update." if late
            else f"\"{m['title']}\" is due {m['due']}.")


@task("draft_followup")
def draft_followup(inputs: dict) -> FollowupParts:
    contract, entries = inputs["contract"], inputs["entries"]
    done_ms = [m["title"] for m in contract.get("milestones", []) if m.get("done")]
    delivered = done_ms or [_clean(e["text"]) for e in entries if e["kind"] == "task" and e["done"]][:4]
    delivered = delivered or [contract["title"]]
    if contract.get("status") == "ended":
        recap = f"{contract['title']} is wrapped up." + (" We delivered " + "; ".join(delivered[:4]) + "."
                                                          if delivered != [contract["title"]] else "")  # not the title twice
    else:  # an active contract that reached a milestone: say exactly that, not that the project is over
        reached = done_ms[-2:] or delivered[:2]
        recap = (f"We reached a milestone on {contract['title']}: " + " and ".join(reached) +
                 (" are done." if len(reached) > 1 else " is done."))
    results = [_clean(e["text"]) + "." for e in entries if e["kind"] == "note" and _RESULT.search(e["text"])]
    open_items = [_clean(e["text"]) for e in entries if e["kind"] == "task" and not e["done"]][:3]
    line = contract.get("service_line") or ""
    offer = UPSELLS.get(line, UPSELL_DEFAULT)
    upsell = (f"Now that \"{delivered[0]}\" is done, one natural next step is {offer}. "
              f"I can scope it as a small fixed milestone if that is useful.")
    question = (f"What is the next bottleneck for you after {contract['title']}?" if contract.get("status") == "ended"
                else "What is the biggest bottleneck for you before the next milestone?")
    return FollowupParts(recap=recap, result=" ".join(results[:2]), open_items=open_items, question=question,
                         upsell=upsell)
