"""Crossover A/B reading: each reader reads every post once, half from each writer, with the anchors; every post
is read from both writers across an even number of readers; the scorer compares the writers within readers and
refuses malformed input with a one-line error. Team-written packets (no real data)."""
from __future__ import annotations

import json
from pathlib import Path

from evals import blind_crossover
from evals.blind_packet import write_packet


def _packet(folder: Path, writer: str, posts: int = 6) -> Path:
    items = [{"source": "offline", "post_id": f"p{i}", "title": f"Job {i}", "description": f"We need job {i} done.",
              "letter": f"Hi,\n\nLetter by {writer} for job {i}.\n\nSam"} for i in range(posts)]
    items.append({"source": "real", "post_id": None, "proposal_id": "r1", "title": "Real job", "description": "",
                  "letter": "A real letter with a ``` fence inside."})
    write_packet(items, folder, 5)
    return folder


def _rows(out: Path, r: int, rate) -> Path:
    key = json.loads((out / f"reader_{r}" / "key.json").read_text())["items"]
    p = out / f"reader_{r}.jsonl"
    p.write_text("".join(json.dumps({"item": int(i), "rating": rate(v), "garbled_sentences": 0, "accuracy": 4,
                                     "read_past_second_line": v["arm"] == "B"}) + "\n" for i, v in key.items()))
    return p


def test_build_deals_every_post_once_per_reader_and_both_writers_per_post(tmp_path):
    a, b = _packet(tmp_path / "a", "A"), _packet(tmp_path / "b", "B")
    folders = blind_crossover.build(a, b, tmp_path / "x", readers=4, seed=1)
    seen: dict[str, set] = {}
    for folder in folders:
        key = json.loads((folder / "key.json").read_text())["items"]
        packet = (folder / "packet.md").read_text()
        posts = [v["post_id"] for v in key.values() if v["arm"] in ("A", "B")]
        assert sorted(posts) == [f"p{i}" for i in range(6)]
        assert sum(v["arm"] == "A" for v in key.values()) == 3 and sum(v["arm"] == "anchor" for v in key.values()) == 1
        for n, v in key.items():
            if v["arm"] in ("A", "B"):
                seen.setdefault(v["post_id"], set()).add(v["arm"])
                body = packet.split(f"## Item {n}\n")[1].split("## Item")[0]
                assert f"Letter by {v['arm']} for job {v['post_id'][1:]}." in body
        assert "arm" not in packet and "Letter by" in packet
    assert all(arms == {"A", "B"} for arms in seen.values())


def test_changed_only_deals_just_the_posts_whose_letters_differ(tmp_path, capsys):
    a = _packet(tmp_path / "a", "A")
    items = [{"source": "offline", "post_id": f"p{i}", "title": f"Job {i}", "description": f"We need job {i} done.",
              "letter": f"Hi,\n\nLetter by {'B' if i in (1, 4) else 'A'} for job {i}.\n\nSam"} for i in range(6)]
    write_packet(items, tmp_path / "b", 5)
    folders = blind_crossover.build(a, tmp_path / "b", tmp_path / "x", readers=2, seed=1, changed_only=True)
    for folder in folders:
        key = json.loads((folder / "key.json").read_text())["items"]
        assert sorted(v["post_id"] for v in key.values() if v["arm"] in ("A", "B")) == ["p1", "p4"]
    assert blind_crossover.main(["build", "--a", str(a), "--b", str(a), "--out", str(tmp_path / "y"),
                                 "--changed-only"]) == 2
    assert "no post's letter differs" in capsys.readouterr().err


def test_tiers_and_limit_choose_a_sample_of_the_fitting_posts(tmp_path):
    def packet(folder: Path, writer: str) -> Path:
        items = [{"source": "offline", "post_id": f"p{i}", "title": f"Job {i}", "description": "We need it done.",
                  "tier": "poor" if i % 3 == 0 else "strong", "letter": f"Hi,\n\nLetter by {writer} for {i}.\n\nSam"}
                 for i in range(12)]
        write_packet(items, folder, 5)
        return folder

    a, b = packet(tmp_path / "a", "A"), packet(tmp_path / "b", "B")
    args = ["build", "--a", str(a), "--b", str(b), "--readers", "2", "--tiers", "strong,possible", "--limit", "5"]
    assert blind_crossover.main([*args, "--out", str(tmp_path / "x")]) == 0
    assert blind_crossover.main([*args, "--out", str(tmp_path / "y")]) == 0  # the same --seed draws the same sample
    dealt = []
    for out in ("x", "y"):
        key = json.loads((tmp_path / out / "reader_1" / "key.json").read_text())["items"]
        dealt.append(sorted(v["post_id"] for v in key.values() if v["arm"] in ("A", "B")))
    assert len(dealt[0]) == 5 and dealt[0] == dealt[1]
    assert all(int(p[1:]) % 3 for p in dealt[0])  # no post of a "poor" fit


def test_score_reads_the_difference_within_readers(tmp_path):
    out = tmp_path / "x"
    blind_crossover.build(_packet(tmp_path / "a", "A"), _packet(tmp_path / "b", "B"), out, readers=2, seed=1)
    strict = _rows(out, 1, lambda v: {"A": 1, "B": 2, "anchor": 4}[v["arm"]])
    lenient = _rows(out, 2, lambda v: {"A": 3, "B": 4, "anchor": 5}[v["arm"]])
    res = blind_crossover.score(out, [strict, lenient])
    assert res["within_reader_diff"] == 1.0 and res["per_reader"] == {"reader_1": 1.0, "reader_2": 1.0}
    assert res["per_post_diff"] == 1.0 and res["posts_paired"] == 6
    assert res["arms"]["B"]["read_past_line2_pct"] == 100.0 and res["arms"]["A"]["read_past_line2_pct"] == 0.0
    assert res["anchor_mean_by_reader"] == {"reader_1": 4.0, "reader_2": 5.0}


def test_packets_on_different_posts_and_an_odd_reader_count_are_refused(tmp_path, capsys):
    a = _packet(tmp_path / "a", "A")
    b = _packet(tmp_path / "b", "B", posts=5)
    assert blind_crossover.main(["build", "--a", str(a), "--b", str(b), "--out", str(tmp_path / "x")]) == 2
    assert "not on the same posts" in capsys.readouterr().err
    assert blind_crossover.main(["build", "--a", str(a), "--b", str(a), "--out", str(tmp_path / "x"),
                                 "--readers", "3"]) == 2
    err = capsys.readouterr().err
    assert "even number" in err and err.count("\n") == 1


def test_a_ratings_file_not_named_after_its_reader_is_refused(tmp_path, capsys):
    out = tmp_path / "x"
    blind_crossover.build(_packet(tmp_path / "a", "A"), _packet(tmp_path / "b", "B"), out, readers=2, seed=1)
    bad = tmp_path / "ratings.jsonl"
    bad.write_text("")
    assert blind_crossover.main(["score", "--out", str(out), str(bad)]) == 2
    assert "reader_<r>.jsonl" in capsys.readouterr().err
