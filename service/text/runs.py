"""The longest run of words two word lists share, in order (a step that repeats another, a post's line pasted into
a letter). Pure; O(len(a) * len(b)), so callers cap their inputs."""
from __future__ import annotations


def longest_run(a: list[str], b: list[str]) -> tuple[int, int]:
    """Length and end (in ``b``) of the longest run of words ``a`` and ``b`` share."""
    best, end = 0, 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best, end = cur[j], j
        prev = cur
    return best, end
