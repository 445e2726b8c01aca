"""Offline contract messages from the contract log: check-in, kickoff, reply, follow-up.

Only logged facts are reported: every Completed item is a done task or a logged note (with its entry
id), risks come from notes that say so, the one client action from a note that asks the client for
something (with its due date). Nothing is invented; when the log is silent, the message says so."""
from __future__ import annotations

import re

from service.core.schemas import CheckinParts, FollowupParts, KickoffParts, ReplyParts
from service.drafting import contract_signals as sig
from service.drafting.contract_replies import (
    OFFPLATFORM,
    answer_all,
    clean,
    quote,
    strip_salutation,
)
from service.drafting.offline_phrases import UPSELL_DEFAULT, UPSELLS
from service.llm.engines import offline_task as task

_RISK = re.compile(r"\b(block(ed|er)?|waiting|delay(ed)?|risk|issue|bug|problem|missing|late|slipp?(ing|ed)?|"
                   r"concern|stuck|overdue|unclear|depends? on)\b", re.IGNORECASE)
_CLIENT = re.compile(r"\b(client (to|needs to|must|should)|need(s)? (from|the client|you|client)|please|approve|approval|"
                     r"confirm|decide|decision|sign[- ]off|send (us|over)|share|provide)\b", re.IGNORECASE)
_FOCUS = re.compile(r"\b(started|starting|working on|in progress|wip|next up|now on|continuing)\b", re.IGNORECASE)
_RESULT = re.compile(r"(\d+\s?%|\b(up|down|faster|slower|launched|live|shipped|result|reduced|increased|improved)\b)", re.IGNORECASE)




def _ask(text: str) -> str:
    """A logged client task, phrased as a request to the client ("Client to approve X" -> "Please approve X")."""
    t = clean(text)
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
            label = m.get("due_label") or m.get("due")
            if m.get("overdue"):
                when = contract.get("next_update")
                return f"{m['title']}, was due {label}; " + (f"I'll confirm the new date by {when}." if when else
                                                            "the new date follows in my next update.")
            return m["title"] + (f", due {label}" if label else "")
    open_due = [e for e in entries if e["kind"] == "task" and not e["done"] and e["due"]]
    if open_due:
        return clean(open_due[0]["text"]) + f", due {open_due[0]['due']}"
    return "No further milestone is set yet; I will propose one once the current work is reviewed."


MAX_COMPLETED = 15  # was 6: a busy week's 7th and 8th finished tasks were never reported (found trying, 2026-12-07)
_LIFTED = re.compile(r"\b(?:blocked|blocker|waiting (?:on|for)|awaiting)\b", re.IGNORECASE)
_FOR_REVIEW = re.compile(r"\b(?:sent|shared|delivered|uploaded|submitted|handed over)\s+(?:you\s+|over\s+)?(?:the\s+)?"
                         r"(?P<what>[^.;]{2,60}?)\s+(?:to (?:the client|you|\w+)\s+)?for\s+(?:your\s+|client\s+)?"
                         r"(?:review|approval|feedback|sign[- ]off|testing)\b", re.IGNORECASE)


def _the(what: str) -> str:
    what = what.strip()
    return what if re.match(r"(?:the|your|our|these|those)\b", what, re.IGNORECASE) else "the " + what


def _working(text: str) -> str:
    """A focus note as what we are on: "Started the Stripe checkout integration" -> "Working on the Stripe checkout
    integration" (it read as finished work under "Current focus")."""
    return re.sub(r"^(?:started|began|begun|kicked off)\s+(?:(?:work|working)\s+on\s+)?", "Working on ", clean(text),
                  flags=re.IGNORECASE)


def _late(e: dict, today: str) -> bool:
    return e["kind"] == "task" and not e["done"] and bool(e.get("due_iso")) and bool(today) and e["due_iso"] < today


def _question(action: str) -> str:
    """A client action as one easy question ("Please approve X (by Fri 12 Dec)." -> "Could you approve X by Fri 12
    Dec?"), for a client who has gone quiet."""
    a = re.sub(r"\s*\(by ([^)]+)\)", r" by \1", action.rstrip(". "))
    a = re.sub(r",? so the work it holds up can go on$", "", a)
    return "Could you " + a[len("Please "):] + "?" if a.startswith("Please ") else a + ("" if a.endswith("?") else "?")


def _quiet_question(contract: dict, done: list[dict]) -> str:
    """One easy question for a quiet client: about what they have to look at, else the next date, else the plan."""
    sent = next((m for e in done if (m := _FOR_REVIEW.search(e["text"]))), None)
    if sent:
        return f"Does {_the(sent.group('what'))} work for you, or is there anything you would like changed?"
    nxt = next((m for m in contract.get("milestones", []) if not m.get("done") and not m.get("overdue")), None)
    if nxt and nxt.get("due_label"):
        return f"Does {nxt['title']} by {nxt['due_label']} still suit your plans?"
    return f"Are your priorities for {contract['title']} still the same as when we started?"


@task("draft_checkin")
def draft_checkin(inputs: dict) -> CheckinParts:
    """Completed: what was finished since the last check-in (logged, or marked done, since then; a milestone marked
    done is listed by the template from the record). Risks and the client action: whatever is still open, however old
    (a blocker logged before the last check-in that still waits on the client had vanished: found trying)."""
    contract, log = inputs["contract"], inputs["entries"]
    groups: dict[str, list[dict]] = {}
    for e in log:
        kind = _classify(e)
        if kind == "completed" and (not e.get("recent", True) or (e["kind"] == "note" and _LIFTED.search(e["text"]))):
            continue  # reported in an earlier check-in, or a blocker that was lifted (no finished work to report)
        if kind in ("focus", "info", "risk") and not e.get("recent", True) and not \
                ((kind == "risk" and _LIFTED.search(e["text"])) or _waiting_on_client(e["text"], contract)):
            continue  # an older note: only a blocker that still holds is repeated
        groups.setdefault(kind, []).append(e)
    done = groups.get("completed", [])
    reached = [m for m in contract.get("milestones", []) if m.get("new_done")]
    focus_items = groups.get("focus", []) + groups.get("open", [])
    focus = ("; ".join(_working(e["text"]) for e in focus_items[:2]) + ".") if focus_items else \
        ("Wrapping up the items above and preparing the next milestone." if done or reached else
         "Preparing the next milestone.")
    overdue = [f"Milestone \"{m['title']}\" was due {m.get('due_label') or m['due']} and is overdue."
               for m in contract.get("milestones", []) if m.get("overdue")]
    today = str(contract.get("today") or "")
    late = [f"\"{clean(e['text'])}\" was due {e['due']} and is still open." for e in log if _late(e, today)]
    risks = overdue[:2] + late[:2] + [clean(e["text"]) + "." for e in groups.get("risk", [])[:3]]
    actions = groups.get("client_action", [])
    # "Need the cancellation policy text from Lucia" (no risk word) asks the client too (found trying: it was dropped)
    waiting = [(w, e) for e in groups.get("risk", []) + groups.get("info", []) + groups.get("focus", [])
               if (w := _waiting_on_client(e["text"], contract))]
    review = next((m for e in done if (m := _FOR_REVIEW.search(e["text"]))), None)
    if actions:
        a = actions[0]
        action = _ask(a["text"]) + (f" (by {a['due']})" if a.get("due") else "") + "."
    elif waiting:  # "Blocked: need brand colour preferences from Priya": the risk is the client's to lift
        what, e = waiting[0]
        action = f"Please send {what}" + (f" (by {e['due']})" if e.get("due") else "") + \
            (", so the work it holds up can go on." if e in groups.get("risk", []) else ".")
    elif review:  # "Sent mockups v2 for review": the client has something to look at
        action = f"Please look over {_the(review.group('what'))} and tell me what you would like changed."
    else:
        action = "Nothing needed from you this week; reply here if your priorities have changed."
    if contract.get("quiet_days"):  # a client who has not written for a while gets one easy question to answer
        action = _question(action) if not action.startswith("Nothing needed") else _quiet_question(contract, done)
    done = done[:MAX_COMPLETED]  # what is left out here would never be reported: it is not new at the next check-in
    return CheckinParts(completed=[clean(e["text"]) for e in done],
                        completed_entry_ids=[e["id"] for e in done], current_focus=focus, risks=risks,
                        next_milestone=_next_milestone(contract, log), client_action=action)


@task("draft_kickoff")
def draft_kickoff(inputs: dict) -> KickoffParts:
    contract, entries = inputs["contract"], inputs["entries"]
    ms = contract.get("milestones", [])
    deliverables = [m["title"] for m in ms] or [clean(e["text"]) for e in entries if e["kind"] == "task"][:5]
    deliverables = deliverables or [contract["title"]]
    deliverables.append("Not included: anything outside the items above; extras get a separate quote before work starts")
    dated = [f"{m['title']} by {m.get('due_label') or m['due']}" for m in ms if m.get("due")]
    start = f"We start on {contract['started_at']}. " if contract.get("started_at") else ""
    timeline = start + ("Milestones: " + "; ".join(dated) + ". " if dated else
                        "We will agree dates for each milestone in our first exchange. ") + \
        "Each milestone gets a review window before the next one starts."
    every = contract.get("update_days") or contract.get("cadence", "weekly")
    communication = (f"Updates come {every} in Upwork messages, in a fixed format: done, "
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
    asks, answer, answerer = answer_all(msg, contract, entries)
    # the salutation is no topic ("Thanks for your message about "Hi Maya, quick question: when …"": found trying)
    sentences = [t for s in re.split(r"(?<=[.!?])\s+|\n+", msg) if (t := strip_salutation(s.strip()))]
    topic = " ".join(quote((asks or sentences or [""])[0]).split()[:12]).rstrip("?.!")  # no contact details quoted
    ack = (f"Thanks for your message about \"{topic}\"." if len(asks) == 1 else
           "Thanks for your questions; here is an answer to each." if asks else
           "Thanks for the update.") if topic else "Thanks for your message."
    if _UNHAPPY.search(msg):
        ack = "I am sorry it has not gone as you expected, and thank you for telling me plainly."
    if not answer:  # "ok", "thanks, please close the contract": nothing to look up
        answer = "Noted; I'll carry on as planned." if not _REQUEST.search(msg) else \
            f"I'll look into it and confirm by {contract.get('next_update') or 'my next update'}."
    if OFFPLATFORM.search(msg) and "Upwork messages" not in answer:
        answer += " Let's keep our conversation here in Upwork messages so the history stays in one place for both of us."
    questions = []
    if answerer.scope_open and not re.search(r"\b(?:instead|replace|in place of)\b", msg, re.IGNORECASE):
        questions.append("Should this replace something in the current milestone, or shall I quote it as an extra?")
    promised = contract.get("next_update") and f"by {contract['next_update']}" in answer
    if contract.get("status") == "ended":  # no milestone is next on a contract that has ended (found trying)
        next_step = f"Thank you for working with us on {contract['title']}."
    else:
        next_step = (f"Next: I'll come back on the open points above by {contract['next_update']}, in my next update."
                     if promised and len(asks) > 1 else "Next: " + _next_milestone(contract, entries).rstrip(".") + ".")
    return ReplyParts(acknowledgement=ack, answer=answer, questions=questions, next_step=next_step)


_UNHAPPY = re.compile(r"\b(?:not happy|unhappy|disappointed|frustrat\w*|too slow|concerned|worried|upset)\b", re.IGNORECASE)
_REQUEST = re.compile(r"\b(?:can you|could you|please (?!close)|would you|need|want)\b", re.IGNORECASE)


_PAST = re.compile(r"^(?:[A-Za-z]+ed|Built|Made|Set|Sent|Wrote|Ran|Put|Did|Shipped|Got|Took|Began)\b")


def _delivered_sentence(items: list[str], from_tasks: bool) -> str:
    """What we delivered as one sentence: milestone titles are named ("We delivered Theme setup and Product import."),
    done tasks written as actions keep their verb ("We launched the new shop.", never "We delivered Launched …")."""
    if from_tasks and all(_PAST.match(i) for i in items):
        acts = [i[:1].lower() + i[1:] for i in items]
        return "We " + (", ".join(acts[:-1]) + " and " + acts[-1] if len(acts) > 1 else acts[0]) + "."
    if not from_tasks:  # milestone titles: "We delivered Theme setup, Product import and Launch."
        return "We delivered " + (", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else items[0]) + "."
    return "Delivered: " + "; ".join(items) + "."


@task("draft_followup")
def draft_followup(inputs: dict) -> FollowupParts:
    contract, entries, signals = inputs["contract"], inputs["entries"], inputs.get("signals") or []
    done_ms = [m["title"] for m in contract.get("milestones", []) if m.get("done")]
    from_tasks = not done_ms
    delivered = done_ms or [clean(e["text"]) for e in entries if e["kind"] == "task" and e["done"]][:4]
    if contract.get("status") == "ended":
        recap = f"{contract['title']} is wrapped up." + (" " + _delivered_sentence(delivered[:4], from_tasks)
                                                          if delivered else "")  # not the title twice
    else:  # an active contract that reached a milestone: say exactly that, not that the project is over
        reached = done_ms[-2:] or delivered[:2]
        recap = (f"We reached a milestone on {contract['title']}: " + " and ".join(reached) +
                 (" are done." if len(reached) > 1 else " is done."))
    if sig.has(signals, "positive_feedback") and not sig.has(signals, "complaint"):
        recap += " Thank you for the kind words about it; it was good to hear."
    elif sig.has(signals, "complaint"):
        recap += " Thank you for telling me plainly where it fell short of what you expected."
    results = [clean(e["text"]) + "." for e in entries if e["kind"] == "note" and _RESULT.search(e["text"])]
    open_items = [clean(e["text"]) for e in entries if e["kind"] == "task" and not e["done"]][:3]
    basis = f"\"{done_ms[-1]}\"" if done_ms else contract["title"]
    need = sig.next_need(signals)
    if sig.has(signals, "complaint"):
        after = f"{need[1]}, which you asked about, is a natural next step" if need else \
            f"one natural next step is {UPSELLS.get(contract.get('service_line') or '', UPSELL_DEFAULT)}"
        upsell = f"Before anything new, I want what you raised about {contract['title']} fully settled; after that, {after}."
        question = f"Is anything from {contract['title']} still not working the way you need it to?"
    elif need:
        kind, phrase = need
        lead = "You mentioned" if kind == "new_need" else "You also asked about"
        upsell = (f"{lead} {phrase}. Building on {contract['title']}, that is the natural next step, and I can scope it as a "
                  f"small first milestone if that is useful.")
        question = f"When would be a good time to talk about {sig.the(phrase)}?"  # the question comes first: name it
    else:
        offer = UPSELLS.get(contract.get("service_line") or "", UPSELL_DEFAULT)
        upsell = (f"Now that {basis} is done, one natural next step is {offer}. "
                  f"I can scope it as a small fixed milestone if that is useful.")
        question = (f"What is the next bottleneck for you after {contract['title']}?" if contract.get("status") == "ended"
                    else "What is the biggest bottleneck for you before the next milestone?")
    return FollowupParts(recap=recap, result=" ".join(results[:2]), open_items=open_items, question=question,
                         upsell=upsell)
