"""Fold look-alike letters from other scripts to Latin (the Unicode confusables table, through the
maintained ``confusable_homoglyphs`` package): Cyrillic "і" and "о", Greek "ο", mathematical letters...
Only characters outside ASCII are folded; ASCII text is returned unchanged."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import confusable_homoglyphs


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    path = Path(confusable_homoglyphs.__file__).with_name("confusables.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, str] = {}
    for ch, glyphs in data.items():
        if len(ch) != 1 or ch.isascii():
            continue
        latin = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalnum()]
        if latin:
            letters = [c for c in latin if c.isalpha()]
            same_case = [c for c in letters if c.isupper() == ch.isupper()]
            pick = (same_case or letters or latin)[0]
            # the table gives "l" as the skeleton of every capital I look-alike (Cyrillic І, Greek Ι)
            out[ch] = "I" if pick == "l" and ch.isupper() else pick
    return out


def fold_char(ch: str) -> str:
    """The Latin letter ``ch`` looks like, or ``ch`` itself."""
    if ch.isascii():
        return ch
    return _table().get(ch, ch)


def fold(text: str) -> str:
    return text if text.isascii() else "".join(fold_char(c) for c in text)
