"""Prompt templates: one sandboxed Jinja2 environment, user overrides, content hashes.

* Templates live in ``prompts/`` (the package) and may be overridden file by file from the folder
  named by ``Workspace.templates_dir`` (relative to the workspace file). An override wins by name.
* Every template is rendered by an ``ImmutableSandboxedEnvironment`` with ``StrictUndefined``: a
  misspelt variable is an error, not an empty string, and a template cannot mutate its inputs.
* Job text (and any other untrusted text) is only ever passed as a *variable*; it is never compiled
  as a template. ``untrusted_block`` wraps it in a delimited block with a random boundary so a model
  can tell data from instructions and the text cannot close the block early.
* Every untrusted string in every prompt goes through that one block: a template passes it through the
  ``untrusted`` filter (``{{ brief.title | untrusted("title") }}``, or ``{% set x %}...{% endset %}`` then
  ``{{ x | untrusted("brief") }}`` for several lines); Python code calls ``untrusted_block``. Only our own
  words (instructions, the workspace profile, ids, numbers we computed) stay outside.
* ``template_hash`` covers the template *and* every partial it includes, so changing a shared partial
  changes the hash of each template that uses it (eval results and outcomes join on it).
"""
from __future__ import annotations

import hashlib
import os
import re
import secrets
import stat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    meta,
)
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from service.core.config import PACKAGE_DIR, get_settings
from service.core.errors import InvalidInput
from service.text import linear_re

PROMPTS_DIR = PACKAGE_DIR.parent / "prompts"
_HEADER = re.compile(r"^\s*\{#-?(?P<body>.*?)-?#\}", re.S)
_HEADER_KEY = re.compile(r"^\s*(purpose|variables|version)\s*:\s*(.*)$", re.I)


@dataclass(frozen=True)
class RenderedTemplate:
    template_id: str
    template_hash: str
    text: str
    version: str | None = None
    origin: str = "package"  # package | override


@dataclass(frozen=True)
class UntrustedBlock:
    """Untrusted text wrapped between two markers that share a random boundary."""

    label: str
    boundary: str
    body: str

    @property
    def open(self) -> str:
        return f"<<<UNTRUSTED {self.label} id={self.boundary}>>>"

    @property
    def close(self) -> str:
        return f"<<<END UNTRUSTED id={self.boundary}>>>"

    def __str__(self) -> str:
        return f"{self.open}\n{self.body}\n{self.close}"


_BLANKS = linear_re.compile(r"\n{3,}")
_INVISIBLE_TAGS = dict.fromkeys(range(0xE0000, 0xE0080))  # Unicode tag characters: ASCII a model reads, a person cannot
_MARKER = linear_re.compile(r"<<<\s*(END\s+)?UNTRUSTED[^>]*>>>", ignore_case=True)


def untrusted_block(text: str | None, label: str = "job post", *, boundary: str | None = None) -> UntrustedBlock:
    """Wrap untrusted text for a prompt. Marker look-alikes inside the text are defused."""
    label = re.sub(r"[^A-Za-z0-9 _-]", "", label or "text").strip() or "text"
    body = _MARKER.sub("[marker removed]", (text or "").translate(_INVISIBLE_TAGS))
    return UntrustedBlock(label=label, boundary=boundary or secrets.token_hex(8), body=body)


def workspace_override_dir(ws, workspace_path: Path | str | None = None) -> Path | None:
    """The override folder of a workspace (``templates_dir`` resolved next to the workspace file)."""
    folder = getattr(ws, "templates_dir", None)
    if not folder:
        return None
    base = Path(workspace_path).resolve().parent if workspace_path else get_settings().workspace_dir
    path = Path(folder)
    return path if path.is_absolute() else (base / path).resolve()


def template_dirs(override_dir: Path | None) -> list[Path]:
    dirs = [Path(override_dir)] if override_dir and Path(override_dir).is_dir() else []
    return dirs + [PROMPTS_DIR]


def untrusted_filter(value, label: str = "text") -> str:
    """``{{ brief.title | untrusted("title") }}``: any value a stranger wrote, as one untrusted block with its
    own random boundary. A list becomes one item a line; an UntrustedBlock is rendered as it is."""
    if isinstance(value, UntrustedBlock):
        return str(value)
    if isinstance(value, (list, tuple)):
        text = "\n".join(str(v) for v in value)
    else:
        text = "" if value is None else str(value)
    return str(untrusted_block(text, label))


@lru_cache(maxsize=16)
def _environment(dirs: tuple[Path, ...]) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader([FileSystemLoader(str(d)) for d in dirs]),
        undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=False)
    env.filters["untrusted"] = untrusted_filter
    return env


def environment(override_dir: Path | None = None) -> ImmutableSandboxedEnvironment:
    return _environment(tuple(template_dirs(override_dir)))


_SOURCES: dict[str, tuple[int, int, str]] = {}  # file -> (mtime_ns, size, text): a file is read again once it changes


@lru_cache(maxsize=1024)
def _origin(path: str, override_dir: Path | None) -> str:
    return "override" if override_dir and Path(path).resolve().is_relative_to(Path(override_dir).resolve()) else "package"


def _source(name: str, override_dir: Path | None) -> tuple[str, str]:
    """A template's text and origin, found as the environment's loader finds it (the first template folder
    that has the file). A file is read once and then again only when its mtime or size changes, so an edit
    is seen on the next render; a render asks for ~20 sources (hash + header + partials), each a file read
    before."""
    dirs = template_dirs(override_dir)
    try:
        pieces = split_template_path(name)
    except TemplateNotFound:
        pieces = None
    for folder in dirs if pieces else ():
        path = os.path.join(str(folder), *pieces)
        try:
            st = os.stat(path)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode):
            continue
        hit = _SOURCES.get(path)
        if hit is None or hit[:2] != (st.st_mtime_ns, st.st_size):
            with open(path, encoding="utf-8") as fh:
                hit = _SOURCES[path] = (st.st_mtime_ns, st.st_size, fh.read())
        return hit[2], _origin(path, override_dir)
    raise InvalidInput(f"template '{name}' not found in {', '.join(map(str, dirs))}",
                       field="template", fix="add it under prompts/ or your workspace's templates folder")


def referenced_templates(name: str, override_dir: Path | None = None) -> list[str]:
    """``name`` plus every template it includes/imports/extends, transitively, in a stable order."""
    env = environment(override_dir)
    seen: list[str] = []
    stack = [name]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.append(current)
        source, _ = _source(current, override_dir)
        try:
            refs = _references_in(env, source)
        except TemplateError as exc:
            raise InvalidInput(f"template '{current}' has a syntax error: {exc}", field="template") from None
        stack.extend(refs)
    return seen


@lru_cache(maxsize=1024)
def _references_in(env: ImmutableSandboxedEnvironment, source: str) -> tuple[str, ...]:
    """Templates a source includes/imports/extends. Parsing is the costly part of hashing, and
    the answer depends only on the text, so it is cached by the text itself (edits are seen)."""
    return tuple(sorted(r for r in meta.find_referenced_templates(env.parse(source)) if r))


def template_source_hash(name: str, override_dir: Path | None = None) -> str:
    digest = hashlib.sha256()
    for ref in referenced_templates(name, override_dir):
        source, _ = _source(ref, override_dir)
        digest.update(ref.encode() + b"\0" + source.encode() + b"\0")
    return digest.hexdigest()


def template_header(name: str, override_dir: Path | None = None) -> dict[str, str]:
    """The header comment of a template: ``{"purpose": ..., "variables": ..., "version": ...}``."""
    source, _ = _source(name, override_dir)
    match = _HEADER.match(source)
    out: dict[str, str] = {}
    if not match:
        return out
    key = None
    for line in match.group("body").splitlines():
        m = _HEADER_KEY.match(line)
        if m:
            key = m.group(1).lower()
            out[key] = m.group(2).strip()
        elif key and line.strip():
            out[key] += " " + line.strip()
    return out


def list_templates(override_dir: Path | None = None) -> list[str]:
    return sorted(environment(override_dir).list_templates(extensions=["j2"]))


def render(name: str, variables: dict, override_dir: Path | None = None) -> RenderedTemplate:
    env = environment(override_dir)
    try:
        template = env.get_template(name)
    except TemplateNotFound:
        raise InvalidInput(f"template '{name}' not found", field="template",
                           fix="add it under prompts/ or your workspace's templates folder") from None
    except TemplateError as exc:
        raise InvalidInput(f"template '{name}' has a syntax error: {exc}", field="template") from None
    try:
        text = template.render(**variables)
    except SecurityError as exc:
        raise InvalidInput(f"template '{name}' tried an unsafe operation: {exc}", field="template") from None
    except TemplateError as exc:
        raise InvalidInput(f"template '{name}' failed to render: {exc}", field="template",
                           fix="check the variables listed in the template header") from None
    text = _BLANKS.sub("\n\n", text).strip() + "\n"
    _, origin = _source(name, override_dir)
    return RenderedTemplate(template_id=name, template_hash=template_source_hash(name, override_dir), text=text,
                            version=template_header(name, override_dir).get("version"), origin=origin)
