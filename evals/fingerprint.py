"""What a run depends on: git commit, every prompt template's content hash, model ids, dataset hash
and package versions. Two runs are comparable only when their dataset hashes match."""
from __future__ import annotations

import platform
import subprocess
from importlib import metadata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("draftroom", "litellm", "instructor", "openai", "pydantic", "jinja2", "sqlmodel", "typer")


def git_sha(short: bool = True) -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short" if short else "--verify", "HEAD"], cwd=REPO,
                             capture_output=True, text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "prompts", "service", "evals"], cwd=REPO,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "nogit"
    return (sha or "nogit") + ("-dirty" if dirty else "")


def template_hashes(override_dir: Path | None = None) -> dict[str, str]:
    from service.llm import templates

    return {name: templates.template_source_hash(name, override_dir)[:16] for name in templates.list_templates(override_dir)}


def package_versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "absent"
    return out


def fingerprint(*, dataset_hash: str, dataset_files: list[str], model: str, judge_model: str | None,
                override_dir: Path | None, resolved_models: list[str]) -> dict:
    from evals.judge import PROMPT_HASH

    return {"git_sha": git_sha(), "dataset_hash": dataset_hash, "dataset_files": dataset_files,
            "model": model, "judge_model": judge_model, "resolved_models": sorted(set(resolved_models)),
            "template_override_dir": str(override_dir) if override_dir else None,
            "template_hashes": template_hashes(override_dir), "judge_prompt_hash": PROMPT_HASH[:16],
            "packages": package_versions()}
