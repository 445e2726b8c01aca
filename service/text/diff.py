"""Word-level diff and edit distance between two draft texts (AI original vs. human edit).

Pure functions: no database. Words are whitespace-separated tokens, so punctuation stays attached
to its word ("Monday." differs from "Monday") and line breaks do not count as edits."""
from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

# Both the diff and the distance use rapidfuzz's bit-parallel Levenshtein (Hyyrö; Hirschberg for the
# alignment): about N·M/64 word comparisons in C and linear memory, instead of difflib's and a Python
# DP's N·M steps in Python (two 8,000-word versions: 24 s of CPU before, milliseconds now; see
# bench/bench_diff.py). Texts are also capped: beyond MAX_DIFF_WORDS words per side the tail is
# compared as one block and the result says so (``truncated``). Draft texts are at most 50,000
# characters (about 25,000 words), so the cap only bounds inputs that bypass that limit.
MAX_DIFF_WORDS = 30_000


def words(text: str) -> list[str]:
    return (text or "").split()


def _capped(seq: list[str]) -> list[str]:
    if len(seq) <= MAX_DIFF_WORDS:
        return seq
    return [*seq[:MAX_DIFF_WORDS], " ".join(seq[MAX_DIFF_WORDS:])]


def word_diff(before: str, after: str) -> list[dict]:
    """Ops that turn ``before`` into ``after``: equal / insert / delete / replace, each with the
    words on both sides joined by single spaces (adjacent changes merged into one op)."""
    a, b = _capped(words(before)), _capped(words(after))
    merged: list[list] = []
    for op in Levenshtein.opcodes(a, b):
        tag = "equal" if op.tag == "equal" else "change"
        if merged and merged[-1][0] == tag == "change":
            merged[-1][2], merged[-1][4] = op.src_end, op.dest_end
        else:
            merged.append([tag, op.src_start, op.src_end, op.dest_start, op.dest_end])
    ops = []
    for tag, i1, i2, j1, j2 in merged:
        if tag == "change":
            tag = "replace" if i2 > i1 and j2 > j1 else ("delete" if i2 > i1 else "insert")
        ops.append({"op": tag, "before": " ".join(a[i1:i2]), "after": " ".join(b[j1:j2])})
    return ops


def levenshtein(a: Sequence, b: Sequence) -> int:
    """Edit distance (insert/delete/substitute, cost 1) between two sequences (strings or word lists)."""
    return Levenshtein.distance(list(a) if not isinstance(a, str) else a, list(b) if not isinstance(b, str) else b)


def edit_distance(before: str, after: str) -> int:
    """Levenshtein distance counted in words (insert, delete or substitute one word = 1)."""
    return levenshtein(_capped(words(before)), _capped(words(after)))


def diff_summary(before: str, after: str) -> dict:
    """The diff plus counts a reviewer (and the edit statistics) can use at a glance."""
    ops = word_diff(before, after)
    added = sum(len(words(o["after"])) for o in ops if o["op"] in ("insert", "replace"))
    removed = sum(len(words(o["before"])) for o in ops if o["op"] in ("delete", "replace"))
    n_before = len(words(before))
    distance = edit_distance(before, after)
    n_after = len(words(after))
    body = {"ops": ops, "words_before": n_before, "words_after": n_after, "words_added": added,
            "words_removed": removed, "edit_distance": distance,
            "changed_ratio": round(distance / max(n_before, 1), 4)}
    if max(n_before, n_after) > MAX_DIFF_WORDS:
        body["truncated"] = (f"words after the first {MAX_DIFF_WORDS:,} of a version are compared as one block, "
                             "so the counts are lower bounds")
    return body


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
