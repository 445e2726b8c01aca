"""Shared by ``build_probe.py`` and ``build_fresh.py``: a set of team-written letters made of one good letter per post
and variants of it, each variant swapping sentences in ("swap") to plant one defect (or none: a fine rewording), with
the screening answers laid out as the variant says ("block": "none", "same_line", or the questions as the reviewer
relabelled them)."""
from __future__ import annotations

import json
from pathlib import Path


def letter(posts: dict, sign: str, post: str, body: str, answers: list[str] | None,
           block: str | list[str] = "") -> str:
    text = body + sign
    qs = posts[post].get("screening_questions") or []
    if not qs or not answers or block == "none":
        return text
    text += "\nAnswers to your questions:\n"
    for i, (q, a) in enumerate(zip(qs, answers), 1):
        if isinstance(block, list):
            q = block[i - 1]
        text += f"\n{i}. {q} {a}\n" if block == "same_line" or isinstance(block, list) else f"\n{i}. {q}\n{a}\n"
    return text


def cases(prefix: str, posts: dict, sign: str, good: dict, answers: dict, proof_ids: dict, variants: list) -> list[dict]:
    out = []
    for post, body in good.items():
        shown = answers.get(post)
        out.append({"id": f"{prefix}-{post}-good", "post": post, "expect_fail": [], "proof_id": proof_ids[post],
                    "text": letter(posts, sign, post, body, shown), "answers": shown})
    for n, (post, label, ed) in enumerate(variants, 1):
        body = good[post]
        for old, new in ed.get("swap", []):
            assert old in body, (post, old)
            body = body.replace(old, new, 1)
        text = letter(posts, sign, post, body, ed.get("text_answers", answers.get(post)), ed.get("block", ""))
        out.append({"id": f"{prefix}-{post}-{label or 'fine'}-{n}", "post": post, "expect_fail": [label] if label else [],
                    "text": text, "proof_id": ed.get("proof", proof_ids[post]),
                    "answers": ed.get("parts_answers", answers.get(post))})
    return out


def write(name: str, posts: dict, rows: list[dict]) -> None:
    here = Path(__file__).resolve().parent
    (here / f"{name}_posts.json").write_text(json.dumps(posts, indent=1) + "\n")
    (here / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(rows)} letters ({sum(1 for r in rows if r['expect_fail'])} with a defect)")
