"""Shared plumbing for the overhead / throughput / load / token / fault benchmarks.

* scratch databases (a temp SQLite file, or a throwaway PostgreSQL database that is dropped after);
* the fake OpenAI-compatible server (tests/fakes/fake_openai.py) in its own process, so its threads
  never compete with the code being measured for the GIL;
* the real API (`draftroom serve`, i.e. uvicorn) in its own process, with its own DRAFTROOM_HOME;
* percentiles and the machine description printed with every figure.

Benchmarks print figures; nothing here asserts time."""
from __future__ import annotations

import contextlib
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "jobs.jsonl"
PY = sys.executable
PG_BASE = os.environ.get("BENCH_PG_URL", "postgresql://postgres@127.0.0.1/postgres")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def machine() -> str:
    mem = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().split("\n")[0].split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    return f"{os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def pct(values: list[float], q: float) -> float:
    """Percentile with q in 0..100: ``core.stats.percentile`` (the one definition), nan for no values."""
    from service.core.stats import percentile

    value = percentile(values, q / 100)
    return float("nan") if value is None else value


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_http(url: str, seconds: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    import httpx

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {proc.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up in {seconds:.0f} s")


# ------------------------------------------------------------------ databases
@contextlib.contextmanager
def scratch_db(kind: str = "sqlite") -> Iterator[str]:
    """A fresh, migrated database URL; removed afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from service.core import db as dbmod

    if kind == "sqlite":
        folder = Path(tempfile.mkdtemp(prefix="draftroom-bench-"))
        url = f"sqlite:///{folder / 'draftroom.db'}"
        dbmod.upgrade(url)
        dbmod.reset_engines()
        try:
            yield url
        finally:
            dbmod.reset_engines()
            shutil.rmtree(folder, ignore_errors=True)
        return
    base = make_url(dbmod.normalise_url(PG_BASE))
    name = f"draftroom_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = base.set(database=name).render_as_string(hide_password=False)
    try:
        dbmod.upgrade(url)
        dbmod.reset_engines()
        yield url
    finally:
        dbmod.reset_engines()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def point_at(url: str, home: Path | None = None, **env: str) -> Path:
    """Point this process's settings at a database (and a private DRAFTROOM_HOME)."""
    from service.core import db as dbmod
    from service.core.config import reset_settings
    from service.llm import reset_gateway

    home = home or Path(tempfile.mkdtemp(prefix="draftroom-bench-home-"))
    os.environ.update({"DRAFTROOM_DATABASE_URL": url, "DRAFTROOM_HOME": str(home), **env})
    reset_settings()
    dbmod.reset_engines()
    reset_gateway()
    return home


def api_key(role: str = "bidder", name: str | None = None) -> str:
    from service.accounts.auth import add_user

    _, key = add_user(name or f"bench-{role}-{uuid.uuid4().hex[:6]}", role)
    return key


# ------------------------------------------------------------------ processes
@contextlib.contextmanager
def fake_model(latency_s: float = 0.0, fault_rate: float = 0.0, hang_s: float = 1.0,
               seed: int | None = 7, answers: Path | None = None) -> Iterator[str]:
    """The fake OpenAI server in its own process; yields its base URL (…/v1). ``answers``: a JSON file of
    given answers (``FakeConfig.answers``), e.g. what a good model would say."""
    port = free_port()
    args = [PY, "-m", "tests.fakes.fake_openai", "--port", str(port), "--latency", str(latency_s),
            "--fault-rate", str(fault_rate), "--hang", str(hang_s)]
    if answers is not None:
        args += ["--answers", str(answers)]
    if seed is not None:
        args += ["--seed", str(seed)]
    proc = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        wait_http(base + "/models", proc=proc)
        yield base
    finally:
        stop(proc, grace=10)


@contextlib.contextmanager
def api_server(env: dict[str, str], log: Path | None = None, workers: int = 1) -> Iterator[str]:
    """`draftroom serve [--workers N]` (uvicorn) in its own process with ``env``; yields its base URL."""
    port = free_port()
    full = {**os.environ, **env, "PYTHONUNBUFFERED": "1"}
    sink = open(log, "wb") if log else subprocess.DEVNULL
    proc = subprocess.Popen([PY, "-c", "from service.cli import main; main()", "serve", "--port", str(port),
                             "--workers", str(workers)],
                            cwd=ROOT, env=full, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/healthz", seconds=120, proc=proc)
        yield base
    finally:
        stop(proc)
        if log:
            sink.close()


@contextlib.contextmanager
def worker_process(env: dict[str, str], threads: int = 2, log: Path | None = None) -> Iterator[subprocess.Popen]:
    """`draftroom worker --workers N` in its own process with ``env``; yields the process."""
    sink = open(log, "wb") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    proc = subprocess.Popen([PY, "-c", "from service.cli import main; main()", "worker", "--workers", str(threads)],
                            cwd=ROOT, env={**os.environ, **env, "PYTHONUNBUFFERED": "1"},
                            stdout=sink, stderr=subprocess.STDOUT)
    try:
        yield proc
    finally:
        stop(proc)
        if log:
            sink.close()


def stop(proc: subprocess.Popen, grace: float = 15) -> None:
    """Terminate a child process; kill it if it is still running after ``grace`` seconds."""
    proc.terminate()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(grace)
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def team_post(i: int, chars: int = 0) -> str:
    """A team-written job post, unique per ``i``; padded with more team-written detail to ``chars``."""
    services = ["React dashboard", "Django REST API", "Shopify theme fix", "data pipeline in Python",
                "Next.js marketing site", "Postgres query tuning", "Stripe billing integration", "FastAPI service"]
    svc = services[i % len(services)]
    text = (f"{svc} for project #{i:05d}\n\nWe are a small logistics company and need help with a {svc}. "
            f"The work covers item {i} in our backlog: tidy the existing code, add tests, and document it. "
            f"Please start your proposal with the word 'pineapple' so we know you read this.\n"
            f"Budget: ${400 + 10 * (i % 30)}, fixed price. Expected within 2 weeks.\n"
            f"Skills: Python, JavaScript, SQL, React\nPayment method verified\n")
    filler = [
        "Our current system was written three years ago by a contractor who has since moved on.",
        "We deploy on a single cloud VM and would like a repeatable deployment with clear steps.",
        "There are about forty screens; twelve of them matter for this milestone.",
        "The team is two people in Berlin and one in Lisbon, so overlap with CET mornings helps.",
        "We care about readable code, small pull requests and honest estimates more than speed.",
        "Tell us about a similar project you shipped and what you would do in the first week.",
        "What would you need from us on day one to get started without waiting on anything?",
        "The database has about two million rows in the orders table and grows by ten thousand a day.",
    ]
    k = 0
    while len(text) < chars:
        text += filler[(i + k) % len(filler)] + (" " if k % 3 else "\n")
        k += 1
    return text[:chars] if chars else text
