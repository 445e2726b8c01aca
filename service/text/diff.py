"""Word-level diff and edit distance between two draft texts (AI original vs. human edit).

Pure functions: no database. Words are whitespace-separated tokens, so punctuation stays attached
to its word ("Monday." differs from "Monday") and line breaks do not count as edits."""
from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher


def words(text: str) -> list[str]:
    return (text or "").split()


def word_diff(before: str, after: str) -> list[dict]:
    """Ops that turn ``before`` into ``after``: equal / insert / delete / replace, each with the
    words on both sides joined by single spaces."""
    a, b = words(before), words(after)
    ops = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        ops.append({"op": tag, "before": " ".join(a[i1:i2]), "after": " ".join(b[j1:j2])})
    return ops


def levenshtein(a: Sequence, b: Sequence) -> int:
    """Edit distance (insert/delete/substitute, cost 1) between two sequences (strings or word lists)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def edit_distance(before: str, after: str) -> int:
    """Levenshtein distance counted in words (insert, delete or substitute one word = 1)."""
    return levenshtein(words(before), words(after))


def diff_summary(before: str, after: str) -> dict:
    """The diff plus counts a reviewer (and the edit statistics) can use at a glance."""
    ops = word_diff(before, after)
    added = sum(len(words(o["after"])) for o in ops if o["op"] in ("insert", "replace"))
    removed = sum(len(words(o["before"])) for o in ops if o["op"] in ("delete", "replace"))
    n_before = len(words(before))
    distance = edit_distance(before, after)
    return {"ops": ops, "words_before": n_before, "words_after": len(words(after)), "words_added": added,
            "words_removed": removed, "edit_distance": distance,
            "changed_ratio": round(distance / max(n_before, 1), 4)}


def render_unified(ops: list[dict]) -> str:
    """A one-line-per-change text form for the CLI: ``[-old-]{+new+}`` around changed words."""
    out = []
    for o in ops:
        if o["op"] == "equal":
            out.append(o["before"])
            continue
        if o["before"]:
            out.append(f"[-{o['before']}-]")
        if o["after"]:
            out.append(f"{{+{o['after']}+}}")
    return " ".join(out)
