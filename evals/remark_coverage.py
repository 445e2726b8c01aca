"""Remark coverage: how many offline letters carry a precise know-how remark, per half of the real posts.

    .venv/bin/python -m evals.remark_coverage --half test [--tiers strong,possible]

Tuning readers rated a precise remark on the post's subject far above none (+0.34 to +1.00 within readers,
docs/evals.md), and the remarks were written for tuning posts, so the share of letters with one is the first thing
that falls on posts the writer was not tuned on. This drafts every post of the half at the given fit tiers of its
best workspace (the ``blind_packet`` selection and pipeline) and counts the letters whose grounding holds a
team-written topic remark: a precise one, only a fallback (a remark on the kind of work), or none, and the kinds of
work (``kind_table``) of the letters still without a precise one. Counts only: no post text is printed, so the test
half can be measured without being read."""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from evals.blind_packet import DATA, FITTING, _workspaces, best_fit, half, read_jobs  # noqa: E402
from service.drafting.topic_table import TOPICS, Topic  # noqa: E402

_PERSON = re.compile(r"\b(?:i|we|my|our|me|us)\b")


def _shape(text: str) -> str:
    """A remark with its voice ("I would" / "we would") and case taken out."""
    return _PERSON.sub("x", " ".join(text.lower().split())).rstrip(".")


def _matchers() -> list[tuple[re.Pattern, Topic]]:
    out = []
    for topic in TOPICS:
        shaped = re.escape(_shape(topic.insight)).replace(re.escape("{tool}"), ".+?")
        out.append((re.compile(shaped + r"\.?$"), topic))
    return out


def remarks_in(sentences: list[str], matchers: list[tuple[re.Pattern, Topic]] | None = None) -> list[Topic]:
    """The team-written topics whose remark is one of ``sentences`` (a letter's grounding sentences)."""
    matchers = matchers if matchers is not None else _matchers()
    found = []
    for s in sentences:
        shaped = _shape(s)
        found += [topic for pattern, topic in matchers if pattern.match(shaped)]
    return found


def coverage(jobs: list[dict], which_half: int, tiers: tuple[str, ...]) -> list[dict]:
    """Per drafted letter: the ids of its precise remarks and of its fallback remarks, and its kind of work."""
    from evals.environment import eval_environment
    from service.drafting.offline_phrases import domains_for
    from service.drafting.proposal import draft_proposal
    from service.drafting.work_kinds import classify
    from service.text.wrapping import unwrap

    wss, matchers, rows = _workspaces(), _matchers(), []
    with tempfile.TemporaryDirectory() as tmp, \
            eval_environment(model="offline", db_url=f"sqlite:///{Path(tmp) / 'c.db'}", use_cache=False):
        for job in (j for j in jobs if half(j["id"]) == which_half):
            best = best_fit(job, wss)
            if best is None or best[2].tier not in tiers:
                continue
            _, brief, fit, ws = best
            draft = draft_proposal(brief, fit, ws)
            found = remarks_in([g["sentence"] for g in draft.parts.get("grounding") or []], matchers)
            line = ws.service_line(fit.service_line if fit else ws.service_lines[0].id)
            domains = domains_for(ws.model_dump(), line.model_dump())
            rows.append({"precise": [t.id for t in found if not t.fallback],
                         "fallback": [t.id for t in found if t.fallback],
                         "kind": classify(brief.title, unwrap(brief.description or ""), domains).id})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=("test", "tuning"), default="test")
    ap.add_argument("--tiers", default=",".join(FITTING), help="fit tiers of the best workspace, e.g. strong,possible")
    args = ap.parse_args(argv)
    path = DATA / "jobs.jsonl"
    if not path.exists():
        print(f"error: {path} not found; the shared posts sit beside the repository", file=sys.stderr)
        return 2
    rows = coverage(read_jobs(path), 1 if args.half == "test" else 0, tuple(args.tiers.split(",")))
    n = len(rows) or 1
    precise = sum(1 for r in rows if r["precise"])
    fallback = sum(1 for r in rows if not r["precise"] and r["fallback"])
    two = sum(1 for r in rows if len(r["precise"]) > 1)
    print(f"{args.half} half, tiers {args.tiers}: {len(rows)} letters")
    print(f"  a precise remark:        {precise} ({precise / n:.0%}); two precise remarks: {two} ({two / n:.0%})")
    print(f"  only a kind-of-work one: {fallback} ({fallback / n:.0%})")
    print(f"  none:                    {len(rows) - precise - fallback} ({(len(rows) - precise - fallback) / n:.0%})")
    top = Counter(t for r in rows for t in r["precise"]).most_common(10)
    print("  most used:", ", ".join(f"{t} {c}" for t, c in top))
    bare = Counter(r["kind"] for r in rows if not r["precise"]).most_common()  # where a remark is still missing
    print("  no precise remark, by kind of work:", ", ".join(f"{k} {c}" for k, c in bare))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
