"""CLI start-up cost: how long a ``draftroom`` command takes when there is little work to do.

Runs each command N times as a fresh process (like hyperfine) against a migrated scratch SQLite database
that holds one owner and a few drafts, and prints wall p50 / p95 and the CPU time (user + system) of the
child processes per call. The CPU figure moves little with other load on the machine; wall does.

    .venv/bin/python bench/bench_cli_start.py [--runs 20] [--root /path/to/other/worktree]

``--root`` runs another checkout's ``.venv/bin/draftroom`` against the same kind of database, so a
before/after pair can be run side by side at the same load."""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from _harness import ROOT, machine, pct

COMMANDS = {
    "draftroom --help": ["--help"],
    "draftroom queue": ["queue"],
    "draftroom users list": ["users", "list"],
}


def prepare(exe: Path, home: Path) -> dict[str, str]:
    """A migrated database with one owner (its key in the environment) and three drafted demo jobs."""
    env = {**os.environ, "DRAFTROOM_DATABASE_URL": f"sqlite:///{home / 'draftroom.db'}",
           "DRAFTROOM_HOME": str(home), "DRAFTROOM_MODEL": "offline", "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    env.pop("DRAFTROOM_API_KEY", None)
    out = subprocess.run([str(exe), "users", "add", "bench-owner", "--role", "owner"], env=env, check=True,
                         capture_output=True, text=True).stdout
    env["DRAFTROOM_API_KEY"] = out.strip().splitlines()[-1]
    demo = ROOT / "service" / "demo_jobs"
    for post in sorted(demo.glob("*.txt"))[:3]:
        subprocess.run([str(exe), "draft", str(post)], env=env, check=True, capture_output=True)
    return env


def timed(exe: Path, args: list[str], env: dict[str, str], runs: int) -> tuple[list[float], float]:
    walls = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(exe), *args], env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append((time.perf_counter() - start) * 1000)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000 / runs
    return walls, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--root", type=Path, default=ROOT, help="checkout whose .venv/bin/draftroom is timed")
    a = ap.parse_args()
    exe = a.root.resolve() / ".venv" / "bin" / "draftroom"
    print(f"machine: {machine()}   load average: {os.getloadavg()[0]:.1f}   checkout: {a.root.resolve()}")
    with tempfile.TemporaryDirectory(prefix="draftroom-bench-cli-") as tmp:
        env = prepare(exe, Path(tmp))
        for label, args in COMMANDS.items():
            timed(exe, args, env, 2)  # warm the page cache
            walls, cpu = timed(exe, args, env, a.runs)
            print(f"{label:<22} wall p50 {pct(walls, 50):6.0f} ms   p95 {pct(walls, 95):6.0f} ms   "
                  f"CPU {cpu:6.0f} ms per call   ({a.runs} runs)")


if __name__ == "__main__":
    main()
