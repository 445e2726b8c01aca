"""Readable ``--help`` for every command.

Typer 0.29's help renderer prints Python type names (``<bool>`` beside every flag, ``<str>``, ``<int range>``)
and puts required arguments in braces in the usage line (``draftroom extract [OPTIONS] {file}``). ``apply()``
(called once when ``service.cli`` is imported) replaces those with the conventional forms: flags show no type,
values show ``TEXT`` / ``INTEGER`` / ``FLOAT`` / ``PATH`` (ranges keep their ``[1<=x<=1440]`` note), choices
``[a|b]``, and arguments are ``FILE`` (required) or ``[FILE]`` (optional) in the usage line and the table.
``tests/test_cli_help.py`` runs ``--help`` for every command and fails on any of the old artefacts."""
from __future__ import annotations

import re

from typer import core as typer_core

_NAMES = {"bool": None, "int": "INTEGER", "str": "TEXT", "float": "FLOAT", "path": "PATH", "int range": "INTEGER",
          "float range": "FLOAT", "datetime": "DATETIME", "uuid": "UUID", "file": "FILE", "dir": "DIRECTORY",
          "directory": "DIRECTORY"}
_LIST = re.compile(r"^list\[(.+)\]$")


def type_label(raw: str | None) -> str | None:
    """``<int>`` -> ``INTEGER``, ``<bool>`` -> None, ``<a|b>`` -> ``[a|b]``, ``<list[int]>`` -> ``INTEGER...``."""
    if raw is None:
        return None
    suffix = ""
    if raw.endswith("..."):
        raw, suffix = raw[:-3], "..."
    label = raw[1:-1] if raw.startswith("<") and raw.endswith(">") else raw
    m = _LIST.match(label)
    if m:
        label, suffix = m.group(1), "..."
    if "|" in label:
        return f"[{label}]{suffix}"
    if label in _NAMES:
        name = _NAMES[label]
        return None if name is None else name + suffix
    return label.upper() + suffix


def _option_type(self, ctx) -> str | None:
    if self.metavar is not None:
        return self.metavar
    if self.is_flag and not self.count:
        return None
    return type_label(_ORIGINAL_OPTION(self, ctx))


def _argument_type(self, ctx) -> str | None:
    return None if self.metavar is not None else type_label(_ORIGINAL_ARGUMENT(self, ctx))


def _argument_name(self) -> str:
    name = self.metavar if self.metavar is not None else self.name.upper()
    return name + ("..." if self.metavar is None and self.nargs != 1 else "")


def _usage_name(self) -> str:
    name = self.metavar if self.metavar is not None else self.name.upper()
    name = name if self.required else f"[{name}]"
    return name + ("..." if self.nargs != 1 else "")


_ORIGINAL_OPTION = getattr(typer_core.TyperOption, "display_type_rich", None)
_ORIGINAL_ARGUMENT = getattr(typer_core.TyperArgument, "display_type_rich", None)


def apply() -> None:
    """Patch typer's help rendering (idempotent). Older typer versions without these hooks are left alone."""
    if getattr(typer_core, "_draftroom_help", False) or _ORIGINAL_OPTION is None or _ORIGINAL_ARGUMENT is None:
        return
    typer_core.TyperOption.display_type_rich = _option_type
    typer_core.TyperArgument.display_type_rich = _argument_type
    if hasattr(typer_core.TyperArgument, "_rich_display_name"):
        typer_core.TyperArgument._rich_display_name = _argument_name
    if hasattr(typer_core.TyperArgument, "_usage_display_name"):
        typer_core.TyperArgument._usage_display_name = _usage_name
    typer_core._draftroom_help = True
