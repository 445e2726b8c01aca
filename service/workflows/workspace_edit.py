"""Saving edits to the workspace file (the UI's Settings page: proof library and ICP).

One path, whoever calls it: ``save_sections`` checks the person may change settings (owner, manager), merges
the edited sections into the file's current document, validates the whole result with the same rules the
runtime uses (``core.workspace.workspace_problems``), and only then writes: a backup copy of the previous file
next to it, the new file (written to a temporary file and renamed over the old one, so a crash leaves one or
the other, never half a file), and an audit row (``workspace.save``) naming the sections, the backup and what
changed. A refused edit changes nothing. If the audit row cannot be written the previous file is put back.

The bundled demo workspace is part of the installed package and is never written: copy it and point
``DRAFTROOM_WORKSPACE`` at the copy. YAML comments in the file are not kept by a save (the backup keeps them)."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from datetime import UTC, datetime
from pathlib import Path

import yaml

from service.accounts import audit
from service.accounts.auth import Principal
from service.core.config import DEMO_WORKSPACE, get_settings
from service.core.db import session_scope
from service.core.errors import Conflict, InvalidInput
from service.core.workspace import Workspace, read_yaml, workspace_problems

SECTIONS = ("proof", "icp")
_lock = threading.Lock()


def file_hash(path: Path | None = None) -> str:
    """sha256 of the workspace file's bytes: what an editor saw when it opened the file."""
    path = Path(path or get_settings().workspace).resolve()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def editable(path: Path | None = None) -> str | None:
    """Why the workspace file cannot be saved from the UI, or None when it can."""
    path = Path(path or get_settings().workspace).resolve()
    if path == DEMO_WORKSPACE.resolve():
        return ("the bundled demo workspace is part of the installed package and is not edited in place: copy it "
                "(cp service/workspaces/demo.yaml my-workspace.yaml), set DRAFTROOM_WORKSPACE=my-workspace.yaml, "
                "and restart")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return f"the workspace file {path} (or its folder) is not writable by this service"
    return None


def _tidy_proof(items: list) -> list:
    """Proof items without empty optional fields (what the file would say anyway), so an unchanged row is equal
    to the file's row and the saved YAML stays as short as a hand-written one."""
    out = []
    for item in items:
        if isinstance(item, dict):
            item = {k: v for k, v in item.items() if k in ("id", "title") or v not in ("", None, [])}
        out.append(item)
    return out


def _diff_proof(old: list, new: list) -> dict:
    before = {p.get("id"): p for p in _tidy_proof(old or []) if isinstance(p, dict)}
    after = {p.get("id"): p for p in new or [] if isinstance(p, dict)}
    return {"added": sorted(set(after) - set(before)), "removed": sorted(set(before) - set(after)),
            "changed": sorted(i for i in set(before) & set(after) if before[i] != after[i])}


def _diff_icp(old: dict, new: dict) -> list[str]:
    old, new = old or {}, new or {}
    return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def _problem_field(problem: str, sections: list[str]) -> str:
    """The field a validation problem names ("proof.0.id"), else the edited section ("proof" for duplicate ids)."""
    head = problem.split(":", 1)[0].strip()
    if head and " " not in head and head != "(top)":
        return head
    return next((s for s in sections if s in problem), sections[0] if len(sections) == 1 else "workspace")


def save_sections(actor: Principal, *, proof: list | None = None, icp: dict | None = None,
                  base_hash: str | None = None, path: Path | None = None) -> dict:
    """Save the edited proof library and/or ICP into the workspace file. ``base_hash`` is ``file_hash()`` as
    the editor read it: a file changed since then is a 409 (reload and edit again), never overwritten."""
    actor.require("settings")
    edits = {k: v for k, v in (("proof", proof), ("icp", icp)) if v is not None}
    if isinstance(edits.get("proof"), list):
        edits["proof"] = _tidy_proof(edits["proof"])
    if not edits:
        raise InvalidInput("nothing to save", field="sections", fix="send the edited proof library or ICP")
    path = Path(path or get_settings().workspace).resolve()
    why_not = editable(path)
    if why_not:
        raise InvalidInput(f"the workspace was not saved: {why_not}", field="DRAFTROOM_WORKSPACE")
    with _lock:
        current = read_yaml(path)
        if not isinstance(current, dict):
            raise InvalidInput(f"the workspace file {path} is not a YAML mapping; fix it by hand first",
                               field="DRAFTROOM_WORKSPACE")
        old_hash = file_hash(path)
        if base_hash is not None and base_hash != old_hash:
            raise Conflict("the workspace file changed since you opened it; nothing was saved", field="base_hash",
                           fix="reload the page, make your edit again and save")
        new_doc = {**current, **edits}
        problems = workspace_problems(new_doc, path)
        if problems:
            more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
            raise InvalidInput(f"the workspace was not saved: {problems[0]}{more}",
                               field=_problem_field(problems[0], sorted(edits)),
                               fix="correct it and save again; the file is unchanged", problems=problems)
        if Workspace.model_validate(new_doc) == Workspace.model_validate(current):
            return {"path": str(path), "backup": None, "sections": sorted(edits), "file_hash": old_hash,
                    "changes": {}, "saved": False}  # nothing changed: no write, no backup, no audit row
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        backup = path.with_name(f"{path.name}.{stamp}.bak")
        shutil.copy2(path, backup)
        text = yaml.safe_dump(new_doc, sort_keys=False, allow_unicode=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        new_hash = file_hash(path)
        changes = {}
        if "proof" in edits:
            changes["proof"] = _diff_proof(current.get("proof"), edits["proof"])
        if "icp" in edits:
            changes["icp"] = _diff_icp(current.get("icp"), edits["icp"])
        try:
            with session_scope() as s:
                audit.log(s, actor, "workspace.save", "workspace", None, path=str(path), sections=sorted(edits),
                          backup=str(backup), old_hash=old_hash, new_hash=new_hash, changes=changes)
        except BaseException:
            shutil.copy2(backup, path)  # no audit row, no change: put the previous file back
            raise
    return {"path": str(path), "backup": str(backup), "sections": sorted(edits), "file_hash": new_hash,
            "changes": changes, "saved": True}
