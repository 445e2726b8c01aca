"""Loading eval cases: the committed team-written datasets, or any JSONL given with ``--dataset``.

Committed layout: ``evals/datasets/<suite>/*.jsonl`` (+ ``<suite>_extra/``), one case a line with a
stable ``id``, optional ``tags`` (``critical``, ``injection``, ``long``, ...) and ``workspace`` (``demo`` =
the bundled demo workspace, anything else = ``evals/workspaces/<name>.yaml``).

Real posts (``--dataset ../shared/data/jobs.jsonl``) are read in place and mapped per record:
``id`` -> case id; ``title, description, budget_*, skills, experience_level, client_*`` ... -> the job
record the pipeline parses (flat ``client_*`` keys as in the file); ``raw_text`` (when present) -> the
pasted text, and then the record's structured fields become extraction labels; tags ``real`` plus
``raw_text_kind``. Nothing from that file is copied into the repository (``runs/`` is git-ignored)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from evals.core import Case
from service.core.errors import InvalidInput

ROOT = Path(__file__).resolve().parent
DATASETS = ROOT / "datasets"
WORKSPACES = ROOT / "workspaces"

SUITE_DIRS = {"extraction": ("extraction", "extraction_extra", "injection", "injection_extra"),
              "fit": ("fit", "fit_extra"), "proposals": ("proposals", "proposals_extra"),
              "checkins": ("checkins", "checkins_extra")}

# shared jobs.jsonl field -> JobBrief path, used as labels when the case input is the pasted raw_text
REAL_LABELS = {"budget_type": "budget_type", "budget_min": "budget_min", "budget_max": "budget_max",
               "experience_level": "experience_level", "country": "client.country",
               "client_payment_verified": "client.payment_verified", "client_rating": "client.rating",
               "client_reviews": "client.reviews", "client_total_spent": "client.total_spent",
               "client_hire_rate": "client.hire_rate", "client_jobs_posted": "client.jobs_posted"}


def dataset_files(suite: str, path: Path | None = None) -> list[Path]:
    if path is not None:
        path = Path(path)
        if path.is_dir():
            files = sorted(path.rglob("*.jsonl"))
        elif path.is_file():
            files = [path]
        else:
            raise InvalidInput(f"dataset not found: {path}", field="--dataset", fix="give a .jsonl file or a folder of them")
        if not files:
            raise InvalidInput(f"no .jsonl files under {path}", field="--dataset")
        return files
    files = [f for d in SUITE_DIRS[suite] for f in sorted((DATASETS / d).glob("*.jsonl"))]
    if not files:
        raise InvalidInput(f"suite '{suite}' has no dataset under {DATASETS}", field="SUITE",
                           fix=f"add cases to evals/datasets/{suite}/ or pass --dataset")
    return files


def dataset_hash(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for f in sorted(files, key=lambda p: p.name):
        digest.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    return digest.hexdigest()


def is_real_record(row: dict) -> bool:
    return "source" in row and "description" in row and "job" not in row and "input" not in row


def _job_of(row: dict):
    for key in ("job", "input", "text", "raw_text", "job_text"):
        if row.get(key):
            value = row[key]
            if isinstance(value, dict) and key == "input":
                return value.get("job") or value.get("text") or value
            return value
    return None


def _kind_tag(kind: str | None) -> list[str]:
    """``raw_text_kind`` is a sentence in the file; the tag is its short name."""
    if not kind:
        return []
    k = kind.lower()
    return ["tile" if "tile" in k else "detail_page" if "detail page" in k else "markdown" if "markdown" in k else "text"]


def _real_case(suite: str, row: dict) -> Case:
    tags = ["real"] + _kind_tag(row.get("raw_text_kind"))
    if suite == "extraction" and row.get("raw_text"):
        labels = {path: row[key] for key, path in REAL_LABELS.items() if row.get(key) is not None}
        return Case(id=str(row["id"]), suite=suite, input={"text": row["raw_text"]}, expected={"fields": labels},
                    tags=tags + ["pasted"])
    job = {k: v for k, v in row.items() if k not in ("id", "source", "notes", "raw_text", "raw_text_kind",
                                                       "category_group_heuristic")}
    return Case(id=str(row["id"]), suite=suite, input={"job": job}, tags=tags)


EXTRACTION_CHECKS = ("injection", "injection_quotes", "not_instructions", "red_flags_min", "tools_include",
                     "client_instructions")


def _flatten(d: dict, prefix: str = "") -> dict:
    out = {}
    for k, v in d.items():
        if isinstance(v, dict):
            out.update(_flatten(v, f"{prefix}{k}."))
        else:
            out[f"{prefix}{k}"] = v
    return out


def extraction_expected(row: dict, tags: list[str]) -> dict:
    """Labels in ``expected``/``expect`` (flat, or nested ``client``) plus the special checks by name."""
    raw = dict(row.get("expected") or row.get("expect") or {})
    raw.update(row.get("labels") or {})
    out = {k: raw.pop(k) for k in EXTRACTION_CHECKS if k in raw}
    fields = raw.pop("fields", None) or {}
    out["fields"] = {**_flatten(raw), **_flatten(fields)}
    if "injection" in row:
        out["injection"] = bool(row["injection"])
    elif "injection" in tags and "injection" not in out:
        out["injection"] = True
    return out


def case_from_row(suite: str, row: dict, where: str) -> Case:
    if not isinstance(row, dict):
        raise InvalidInput(f"{where}: a case must be a JSON object", field="dataset")
    if is_real_record(row):
        if suite == "checkins":
            raise InvalidInput(f"{where}: a job post has no contract log, so it cannot be a check-in case", field="--dataset",
                               fix="run extraction, fit or proposals on job posts; check-in cases need 'contract' and 'entries'")
        return _real_case(suite, row)
    cid = row.get("id")
    if not cid:
        raise InvalidInput(f"{where}: case has no 'id'", field="id", fix="give every case a stable, unique id")
    tags = list(row.get("tags") or [])
    expected = dict(row.get("expected") or row.get("expect") or {})
    if suite == "checkins":
        inp = {"contract": row.get("contract") or (row.get("input") or {}).get("contract"),
               "entries": row.get("entries") or (row.get("input") or {}).get("entries") or [],
               "kind": row.get("kind", "checkin")}
        if not inp["contract"]:
            raise InvalidInput(f"{where}: check-in case {cid} has no 'contract'", field="contract")
    else:
        job = _job_of(row)
        if job is None:
            raise InvalidInput(f"{where}: case {cid} has no job ('job' object or 'text')", field="job",
                               fix="add \"job\": {\"title\": ..., \"description\": ...} or \"text\": \"pasted post\"")
        inp = {"text": job} if isinstance(job, str) else {"job": job}
        if row.get("service_line"):
            inp["service_line"] = row["service_line"]
    for key in ("must_mention", "forbidden", "hook_mentions", "human_grades", "completed_entry_ids", "disqualifier"):
        if key in row and key not in expected:
            expected[key] = row[key]
    if "expected_tier" in row:
        expected.setdefault("tier", row["expected_tier"])
    if suite == "extraction":
        expected = extraction_expected(row, tags)
    return Case(id=str(cid), suite=suite, input=inp, expected=expected, tags=tags,
                workspace=row.get("workspace"), meta={k: row[k] for k in ("why", "note") if k in row})


def load_cases(suite: str, path: Path | None = None, limit: int | None = None) -> tuple[list[Case], list[Path]]:
    files = dataset_files(suite, path)
    cases: list[Case] = []
    seen: set[str] = set()
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{f.name} line {n} is not JSON: {exc.msg}", field="dataset") from None
            case = case_from_row(suite, row, f"{f.name} line {n}")
            if case.id in seen:
                raise InvalidInput(f"{f.name} line {n}: duplicate case id '{case.id}'", field="id",
                                   fix="ids must be unique across the suite's files")
            seen.add(case.id)
            cases.append(case)
            if limit and len(cases) >= limit:
                return cases, files
    return cases, files


def workspace_path(name: str | None) -> Path:
    from service.core.config import DEMO_WORKSPACE

    if not name or name == "demo":
        return DEMO_WORKSPACE
    path = WORKSPACES / f"{name}.yaml"
    if not path.is_file():
        raise InvalidInput(f"unknown eval workspace '{name}'", field="workspace",
                           fix=f"add {path.relative_to(ROOT.parent)} or use 'demo'")
    return path
