"""Blind-reading packet: offline letters for real test-half posts, mixed with real freelancers' letters.

    .venv/bin/python evals/blind_packet.py --out /work/scratch/blind --n 45 [--seed 7] [--anchors all|linked]

1. Reads ``../shared/data/jobs.jsonl`` at run time (never copied into the repository) and keeps the TEST
   half: ``int(sha256(post id).hexdigest(), 16) % 2 == 1`` (0 = tuning half, the only half the writer was
   tuned on).
2. Shuffles those posts with ``--seed``; for each, scores it against every workspace (the demo workspace and
   ``evals/workspaces/*.yaml``) with the product's own fit score, keeps the best-scoring workspace, and keeps
   the post only when that tier is ``strong`` or ``possible``. It drafts the offline letter through the real
   pipeline (its own SQLite file inside ``--out``) until ``--n`` letters are drafted.
3. Adds the real letters of ``../shared/data/proposals.jsonl`` as anchors (with their linked post when
   ``jobs.jsonl`` has it; ``--anchors linked`` keeps only those).
4. Shuffles everything and writes, OUTSIDE the repository: ``packet.md`` (for readers: numbered items, each
   the post title, a description excerpt and the letter, with no source shown), ``key.json`` (item ->
   source, post id, workspace, tier, job type), and ``ratings_template.jsonl``.

Readers rate each item (see ``evals/blind_score.py`` and docs/evals.md "Blind reading")."""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.core.stats import TIERS

DATA = ROOT.parent / "shared" / "data"
FITTING = ("strong", "possible")  # the posts the reported figures are on: a workspace fits them
EXCERPT_CHARS = 3000  # the whole post for almost every post: what it asks for at its end ('To apply: …') shows
READER_NOTE = """You are a client who posted the job shown in each item. Read the letter as you would on Upwork.
For EVERY item write one JSON line to your ratings file (JSONL):
{"item": 1, "rating": 1-5, "garbled_sentences": 0, "accuracy": 1-5 or null, "read_past_second_line": true}
- rating: 5 = I would shortlist from this letter, 3 = passable, 1 = I would discard it at once.
- garbled_sentences: how many sentences are ungrammatical, broken or make no sense.
- accuracy: is what the letter says about the job true to the post? 5 = all true, 1 = mostly wrong;
  null only when the item shows no post text.
- read_past_second_line: would you have read past the second line in the proposal list?
Text in [square brackets] inside a letter ("[Your Loom video link]") is a note the freelancer fills in before
sending: judge the letter as if it were filled in with a plausible answer, and do not count it as garbled.
Rate each item on its own; the items come from different writers, in random order."""


def half(post_id: str) -> int:
    """0 = tuning half, 1 = test half (a hash of the post id, fixed before looking at any letter)."""
    return int(hashlib.sha256(post_id.encode()).hexdigest(), 16) % 2


def _workspaces() -> dict:
    from service.core.config import DEMO_WORKSPACE
    from service.core.workspace import load_workspace

    out = {"demo": load_workspace(DEMO_WORKSPACE)}
    for p in sorted((ROOT / "evals" / "workspaces").glob("*.yaml")):
        out[p.stem] = load_workspace(p)
    return out


# what a long post asks applicants to do sits at its end ('How to Apply: … begin your proposal with the word
# "PYTHONIC"'): cut off, readers marked an honoured instruction as "a stray word at the top"
_APPLY = re.compile(r"\b(?:how to apply|to apply|when applying|apply(?:ing)? (?:with|by)|in your (?:proposal|application|"
                    r"cover letter)|(?:begin|start|open) your (?:proposal|application)|proposals? (?:must|should)|"
                    r"please (?:include|answer|provide|share|send))\b", re.IGNORECASE)
APPLY_CHARS = 1200


def _excerpt(text: str) -> str:
    """The post up to ``EXCERPT_CHARS``; a longer post keeps its application part as well, after a "[…]" line."""
    text = (text or "").strip()
    if len(text) <= EXCERPT_CHARS:
        return text
    head = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
    rest = text[len(head):]
    found = _APPLY.search(rest)
    if not found:
        return head + " …"
    tail = rest[rest.rfind("\n", 0, found.start()) + 1:].strip()
    if len(tail) > APPLY_CHARS:
        tail = tail[:APPLY_CHARS].rsplit(" ", 1)[0] + " …"
    return f"{head} …\n\n[…]\n\n{tail}"


def _clean_real(text: str) -> str:
    """Strip markdown decoration that would reveal the source (headings, bold markers)."""
    lines = [ln for ln in (text or "").splitlines() if not ln.lstrip().startswith("#")]
    return re.sub(r"\*\*|__", "", "\n".join(lines)).strip()


def read_jobs(path: Path) -> list[dict]:
    """The posts of a JSONL file (``jobs.jsonl``), read at run time."""
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def best_fit(job: dict, wss: dict) -> tuple | None:
    """(workspace name, brief, fit, workspace) for the workspace that scores the post highest with the product's own
    fit score; None when the parser refuses the record (the caller skips it, and counts it)."""
    from service.workflows.triage import score_record

    best = None
    for name, ws in wss.items():
        try:
            brief, fit = score_record(job, ws)
        except Exception:  # noqa: BLE001  (a record the parser refuses)
            return None
        if best is None or fit.score > best[2].score:
            best = (name, brief, fit, ws)
    return best


def draft_offline(jobs: list[dict], n: int, seed: int, db_path: Path, which_half: int | None = 1,
                  matching: re.Pattern | None = None, tiers: tuple[str, ...] = FITTING) -> list[dict]:
    """``tiers``: the best workspace's fit tiers a post is drafted at. The reported figures use ``FITTING`` (the
    posts a workspace fits); ``("poor",)`` drafts the posts no evaluation workspace fits, which earlier tuning
    never read: a fresh pool for finding sentences the writer garbles on posts it was not tuned on."""
    from evals.environment import eval_environment
    from service.drafting.proposal import draft_proposal

    wss = _workspaces()
    posts = [j for j in jobs if which_half is None or half(j["id"]) == which_half
             and (matching is None or matching.search(f"{j.get('title') or ''}\n{j.get('description') or ''}"))]
    random.Random(seed).shuffle(posts)
    out: list[dict] = []
    skipped = 0
    with eval_environment(model="offline", db_url=f"sqlite:///{db_path}", use_cache=False):
        for job in posts:
            if len(out) >= n:
                break
            best = best_fit(job, wss)
            if best is None or best[2].tier not in tiers:
                skipped += 1
                continue
            name, brief, fit, ws = best
            draft = draft_proposal(brief, fit, ws)
            out.append({"source": "offline", "post_id": job["id"], "title": job.get("title") or brief.title,
                        "description": job.get("description") or brief.description, "letter": draft.text,
                        "workspace": name, "tier": fit.tier, "fit_score": round(fit.score, 1),
                        "service_line": draft.service_line, "job_type": draft.parts.get("job_type"),
                        "lint_failures": [c.id for c in draft.lint.failures]})
    print(f"offline: {len(out)} letters drafted; {skipped} posts skipped (the best workspace's fit is not "
          f"{' or '.join(tiers)})", file=sys.stderr)
    return out


def real_anchors(jobs: list[dict], mode: str) -> list[dict]:
    path = DATA / "proposals.jsonl"
    if not path.exists():
        return []
    by_id = {j["id"]: j for j in jobs}
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        job = by_id.get(rec.get("job_id") or "")
        if job is None and mode == "linked":
            continue
        out.append({"source": "real", "post_id": rec.get("job_id") if job else None, "proposal_id": rec["id"],
                    "title": (job or {}).get("title") or rec.get("job_title") or "",
                    "description": (job or {}).get("description") or "", "letter": _clean_real(rec.get("proposal_text"))})
    return out


def write_packet(items: list[dict], out: Path, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    lines = [f"# Blind reading packet ({len(items)} items)", "", READER_NOTE, ""]
    key = {"seed": seed, "split": "int(sha256(post id).hexdigest(), 16) % 2: 1 = test half, 0 = tuning half", "items": {}}
    for i, it in enumerate(items, 1):
        post = _excerpt(it["description"]) or "(the post text is not available for this item; rate accuracy as null)"
        lines += [f"## Item {i}", "", f"**Job post title:** {it['title']}", "", "**Job post (excerpt):**", "",
                  post, "", "**Letter:**", "", "```text", it["letter"].replace("```", "'''"), "```", ""]
        key["items"][str(i)] = {k: v for k, v in it.items() if k not in ("description", "letter", "title")}
    (out / "packet.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    (out / "ratings_template.jsonl").write_text("".join(
        json.dumps({"item": i, "rating": None, "garbled_sentences": None, "accuracy": None,
                    "read_past_second_line": None}) + "\n" for i in range(1, len(items) + 1)), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path, help="packet folder, outside the repository")
    ap.add_argument("--n", type=int, default=45, help="offline letters to draft (test-half posts)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--anchors", choices=("all", "linked"), default="linked",
                    help="linked: only real letters whose post is in jobs.jsonl (blind); all: also letters without a post")
    ap.add_argument("--jobs", type=Path, default=DATA / "jobs.jsonl")
    ap.add_argument("--half", choices=("test", "tuning", "all"), default="test",
                    help="test: the reported half; tuning: the half the writer may be tuned on (never report it); "
                         "all: every post of --jobs (a pool of posts outside jobs.jsonl, such as team-written ones)")
    ap.add_argument("--matching", default=None, metavar="REGEX",
                    help="only posts whose title or description matches (case-insensitive), e.g. to read the letters a "
                         "change affects: 'portfolio|loom|your rate'")
    ap.add_argument("--tiers", default=",".join(FITTING), metavar="TIER[,TIER]",
                    help="draft posts whose best workspace fits at these tiers (strong, possible, poor); the reported "
                         "figures use the default; 'poor' gives posts earlier tuning never read")
    args = ap.parse_args(argv)
    tiers = tuple(t.strip() for t in args.tiers.split(",") if t.strip())
    if not tiers or set(tiers) - set(TIERS):
        print(f"error: --tiers {args.tiers!r}: use a comma-separated list of {', '.join(TIERS)}", file=sys.stderr)
        return 2
    try:
        matching = re.compile(args.matching, re.IGNORECASE) if args.matching else None
    except re.error as exc:
        print(f"error: --matching is not a valid regular expression ({exc}); quote it, e.g. --matching 'loom|portfolio'",
              file=sys.stderr)
        return 2
    out = args.out.resolve()
    if out == ROOT or ROOT in out.parents:
        print(f"error: --out {out} is inside the repository; write the packet outside it (e.g. /work/scratch/blind)",
              file=sys.stderr)
        return 2
    if not args.jobs.exists():
        print(f"error: --jobs {args.jobs} not found; point it at the shared jobs.jsonl", file=sys.stderr)
        return 2
    if args.n < 1:
        print("error: --n must be at least 1", file=sys.stderr)
        return 2
    jobs = read_jobs(args.jobs)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "blind_packet.db"
    if db.exists():
        db.unlink()
    which = {"test": 1, "tuning": 0, "all": None}[args.half]
    shared = DATA / "jobs.jsonl"  # the real letters' posts, whatever pool is drafted
    anchor_jobs = jobs if args.jobs.resolve() == shared.resolve() or not shared.exists() else read_jobs(shared)
    items = draft_offline(jobs, args.n, args.seed, db, which, matching, tiers) + real_anchors(anchor_jobs, args.anchors)
    random.Random(args.seed * 7919 + 1).shuffle(items)
    write_packet(items, out, args.seed)
    counts = {s: sum(1 for i in items if i["source"] == s) for s in ("offline", "real")}
    print(f"wrote {out / 'packet.md'} and {out / 'key.json'}: {len(items)} items ({counts['offline']} offline, "
          f"{counts['real']} real anchors)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
