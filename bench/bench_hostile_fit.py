"""Hostile input through intake and fit: 60k-character tokens, space/tab runs, digit and '@' runs, unclosed
HTML tags. Prints CPU seconds per shape for parse, fit (rules + offline judge + service match) and the offline
extraction, at n and 2n characters, and the ratio (about 2 = linear). Figures, not a test: the tests assert on
operation counts (tests/pipeline/test_linear_regex.py). Run: .venv/bin/python bench/bench_hostile_fit.py [N]"""
from __future__ import annotations

import sys
import time

from _fit_env import setup

SHAPES = {
    "token": lambda n: "a" * n, "email-like": lambda n: "Contact " + "a." * (n // 2), "at-signs": lambda n: "a@" * (n // 2),
    "space run": lambda n: "x" + " " * n + "y", "tab run": lambda n: "x" + "\t" * n + "y",
    "digit groups": lambda n: "$" + "1," * (n // 2), "digits": lambda n: "1" * n, "plus digits": lambda n: "+" + "1 " * (n // 2),
    "dots": lambda n: "." * n, "colon": lambda n: "a " * (n // 2) + ":", "dashes": lambda n: "- " * (n // 2),
    "hashes": lambda n: "#" * n, "money": lambda n: "$1 " * (n // 3), "unclosed <p>": lambda n: "<p>" * (n // 3),
    "emoji": lambda n: "🚀 " * (n // 2), "newlines": lambda n: "a\n" * (n // 2), "pipes": lambda n: " | " * (n // 3),
}


def _cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000
    setup()
    from service.core.config import DEMO_WORKSPACE
    from service.core.schemas import JobBrief
    from service.core.workspace import load_workspace
    from service.fit import disqualifiers, offline, rules, service_match
    from service.intake.extract import extract_brief
    from service.intake.parse import parse_job

    ws = load_workspace(DEMO_WORKSPACE)

    def fit(p) -> None:
        b = JobBrief(title=p.title, description=p.description, client=p.client)
        post = service_match.post_text(b)
        budget, below = rules.budget_fit(b, post, ws.service_lines[0], ws)
        rules.timeline_realism(b, post, ws)
        disqualifiers.disqualifiers(b, post, ws, below, budget)
        offline.judge_fit({"brief": b.model_dump(mode="json"), "post": post})
        service_match.match_service(b, ws)

    print(f"{'shape':<14} {'parse n/2n':>14} {'fit n/2n':>14} {'extract n/2n':>16}   (CPU s; n = {n:,})")
    for name, make in SHAPES.items():
        row = []
        for size in (n, 2 * n):
            text = "Hostile post\n" + make(size)
            parsed = parse_job(text)
            row.append((_cpu(lambda: parse_job(text)), _cpu(lambda: fit(parsed)), _cpu(lambda: extract_brief(parsed))))
        (p1, f1, e1), (p2, f2, e2) = row
        print(f"{name:<14} {p1:6.2f}/{p2:6.2f} {f1:6.2f}/{f2:6.2f} {e1:7.2f}/{e2:7.2f}"
              + ("   <- extraction grows faster than linear" if e2 > 0.5 and e2 > 3 * e1 else ""))


if __name__ == "__main__":
    main()
