"""Measure offline drafting on real posts (issue 6, "Measured"). Prints figures; writes nothing to the repo.

    .venv/bin/python bench/measure_drafts.py [--limit 300] [--out bench/out/drafts.json]

1. Real posts from ../shared/data/jobs.jsonl that fit the demo workspace (fit tier strong or possible,
   i.e. web apps, Python back ends, Shopify): draft each offline and report
   - hook names a post-specific detail within the first 230 characters (lint ``hook_specific``; and a
     stricter reading: the detail is a verbatim phrase of the post of >= 2 words, or a tool the post names);
   - placeholders, contact details / off-platform channels, foreign URLs, unsupported claims (counts);
   - letter body within the service line's word bounds;
   - sameness: for every pair of drafts, the share of sentences (>= 4 words, normalised) they have in
     common, |A & B| / min(|A|, |B|); distribution over all pairs, and over pairs with the same proof item.
2. The team-written labelled extraction set (evals/datasets/extraction): screening questions answered
   and client instructions (opener / required word) honoured, with the extracted brief and with the
   labelled questions and instructions injected (drafting alone).
3. The team-written contract logs (evals/datasets/checkins): all five check-in parts present, and every
   Completed item traces to a logged entry.
Texts of the real posts are never printed or stored in the repository (bench/out/ is git-ignored)."""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench._fit_env import DATA, ROOT, setup  # noqa: E402
from service.core.stats import summary  # noqa: E402


def pct(n: int, d: int) -> str:
    return f"{n}/{d} = {100.0 * n / d:.1f}%" if d else "n/a"


def sentence_set(text: str) -> set[str]:
    from service.drafting.lint import letter_body, norm_sentence, sentences

    return {norm_sentence(s) for s in sentences(letter_body(text)) if len(s.split()) >= 4}


def quantiles(xs: list[float]) -> dict:
    return {k: round(v, 3) for k, v in summary(xs, (0.5, 0.75, 0.9, 0.99)).items()}


def strict_hook(parts: dict, text: str, brief) -> bool:
    from service.drafting.facts import distinctive, post_text
    from service.text.skills import find_skills_in_text

    head, post = text[:230].lower(), post_text(brief).lower()
    d = (parts.get("detail") or "").lower()
    if d and d in head and d in post and (len(distinctive(d)) >= 2 or find_skills_in_text(d)):
        return True
    return any(t.lower() in post for t in find_skills_in_text(text[:230]))


def real_posts(limit: int, ws) -> dict:
    from service.drafting.proposal import draft_proposal
    from service.workflows.triage import score_record

    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    fields = ("title", "description", "skills", "budget_type", "budget_min", "budget_max", "experience_level",
              "project_length", "hours_per_week", "country", "client_payment_verified", "client_total_spent")
    drafted, t0 = [], time.perf_counter()
    for r in rows:
        if len(drafted) >= limit:
            break
        rec = {k: r[k] for k in fields if r.get(k) is not None}
        brief, fit = score_record(rec, ws)
        if fit.tier == "poor":
            continue
        out = draft_proposal(brief, fit, ws)
        drafted.append((r["id"], brief, out))
    secs = time.perf_counter() - t0
    n = len(drafted)
    fails = lambda cid: [i for i, b, o in drafted if any(c.id == cid and not c.passed for c in o.lint.checks)]  # noqa: E731
    hook_ok = n - len(fails("hook_specific"))
    strict = sum(1 for _, b, o in drafted if strict_hook(o.parts, o.text, b))
    sets = [sentence_set(o.text) for _, _, o in drafted]
    shares = [len(a & b) / min(len(a), len(b)) for a, b in itertools.combinations(sets, 2) if a and b]
    same_proof = [len(sets[i] & sets[j]) / min(len(sets[i]), len(sets[j]))
                  for i, j in itertools.combinations(range(n), 2)
                  if drafted[i][2].parts.get("proof_id") == drafted[j][2].parts.get("proof_id") and sets[i] and sets[j]]
    all_pass = sum(1 for _, _, o in drafted if not [c for c in o.lint.failures if c.severity == "error"])
    by_line: dict[str, int] = {}
    for _, _, o in drafted:
        by_line[o.service_line] = by_line.get(o.service_line, 0) + 1
    return {
        "posts_drafted": n, "by_service_line": by_line, "seconds": round(secs, 1),
        "hook_specific_lint": pct(hook_ok, n), "hook_specific_strict": pct(strict, n),
        "placeholders": len(fails("no_placeholders")), "contact_details": len(fails("no_contact_details")),
        "foreign_urls": len(fails("no_foreign_urls")), "unsupported_claims": len(fails("no_unsupported_claims")),
        "unsupported_claim_ids": fails("no_unsupported_claims")[:10],
        "word_bounds_ok": pct(n - len(fails("word_bounds")), n),
        "duplicate_sentences": len(fails("no_duplicate_sentences")),
        "all_error_checks_pass": pct(all_pass, n),
        "no_matching_proof_flagged": sum(1 for _, _, o in drafted if o.parts.get("proof_id") is None),
        "revised": sum(1 for _, _, o in drafted if o.revised),
        "sameness_all_pairs": quantiles(shares), "sameness_same_proof_pairs": quantiles(same_proof),
    }


def labelled_set(ws) -> dict:
    from service.core.schemas import ClientInstruction
    from service.drafting.proposal import draft_proposal
    from service.workflows.triage import score_record

    path = ROOT / "evals" / "datasets" / "extraction" / "labelled_posts.jsonl"
    if not path.exists():
        return {"skipped": f"{path} not found"}
    out = {"extracted": [0, 0, 0, 0], "labelled": [0, 0, 0, 0]}  # q answered, q total, instr ok, instr total
    for line in path.open(encoding="utf-8"):
        case = json.loads(line)
        exp = case.get("expect") or {}
        brief, fit = score_record(case["input"], ws)
        gold_ins = [ClientInstruction(kind=i["kind"], text=i.get("text") or i.get("value") or i["kind"],
                                      value=i.get("value")) for i in exp.get("client_instructions", [])]
        variants = {"extracted": brief,
                    "labelled": brief.model_copy(update={"screening_questions": exp.get("screening_questions", []),
                                                         "client_instructions": gold_ins})}
        for name, b in variants.items():
            line_id = fit.service_line if fit.tier != "poor" or fit.service_line else None
            d = draft_proposal(b, fit, ws, service_line=line_id)
            answered = {a["question"] for a in d.parts["screening_answers"] if len(a["answer"].split()) >= 3}
            qs = exp.get("screening_questions", [])
            out[name][0] += sum(1 for q in qs if q in answered or any(q.lower() == a.lower() for a in answered))
            out[name][1] += len(qs)
            for ins in exp.get("client_instructions", []):
                if not ins.get("value"):
                    continue
                out[name][3] += 1
                v = ins["value"].lower()
                ok = d.text.lstrip(" \"'").lower().startswith(v) if ins["kind"] == "opener" else v in d.text.lower()
                out[name][2] += ok
    return {k: {"screening_answered": pct(v[0], v[1]), "instructions_honoured": pct(v[2], v[3])} for k, v in out.items()}


def checkins(ws) -> dict:
    from service.drafting.contract_messages import draft_contract_message
    from service.drafting.lint_contract import overlap

    path = ROOT / "evals" / "datasets" / "checkins" / "team.jsonl"
    cases = [json.loads(x) for x in path.open(encoding="utf-8")]
    five = traced = items = 0
    for case in cases:
        d = draft_contract_message("checkin", case["contract"], case["entries"], ws)
        five += all(h in d.text for h in ("Completed:", "Current focus:", "Risks or blockers:", "Next milestone:",
                                          "Client action:"))
        log = {e["id"]: e["text"] for e in case["entries"]}
        for item, eid in zip(d.parts["completed"], d.parts["completed_entry_ids"]):
            items += 1
            traced += eid in log and overlap(item, log[eid]) >= 0.5
    return {"logs": len(cases), "all_five_parts": pct(five, len(cases)), "completed_items_traced": pct(traced, items)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    setup()
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace

    ws = load_workspace(DEMO_WORKSPACE)
    result = {"real_posts": real_posts(args.limit, ws), "labelled_extraction_set": labelled_set(ws),
              "checkin_logs": checkins(ws)}
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
