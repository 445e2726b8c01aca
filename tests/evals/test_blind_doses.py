"""Small doses: each offline letter of a packet goes to ``--reads`` small reader packets of at most ``--per-reader``
letters, every small packet carries all the anchors, ratings map back onto the packet's own items, and the scorer
compares the small doses with readers of the whole packet letter by letter. Team-written packets (no real data)."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from evals import blind_doses
from evals.blind_packet import write_packet


def _packet(folder: Path, letters: int = 10) -> Path:
    items = [{"source": "offline", "post_id": f"p{i}", "title": f"Job {i}", "description": f"We need job {i} done.",
              "letter": f"Hi,\n\nOur letter for job {i}.\n\nSam"} for i in range(letters)]
    items += [{"source": "real", "post_id": None, "proposal_id": f"r{i}", "title": "Real job", "description": "",
               "letter": f"A real letter number {i}."} for i in range(2)]
    write_packet(items, folder, 5)
    return folder


def _rate(path: Path, key: dict, rate) -> Path:
    path.write_text("".join(json.dumps({"item": int(i), "rating": rate(v), "garbled_sentences": 0, "accuracy": 4,
                                        "read_past_second_line": True}) + "\n" for i, v in key.items()))
    return path


def test_build_gives_each_letter_to_as_many_readers_as_asked_with_every_anchor(tmp_path):
    packet = _packet(tmp_path / "p")
    folders = blind_doses.build(packet, tmp_path / "d", per_reader=4, reads=2, seed=3)
    assert len(folders) == 6  # 10 letters in groups of 4, 4, 2; each group read twice
    reads: Counter = Counter()
    for folder in folders:
        key = json.loads((folder / "key.json").read_text())["items"]
        offline = [v for v in key.values() if v["source"] == "offline"]
        assert 1 <= len(offline) <= 4 and sum(v["source"] == "real" for v in key.values()) == 2
        text = (folder / "packet.md").read_text()
        for n, v in key.items():
            body = text.split(f"## Item {n}\n")[1].split("## Item")[0]
            if v["source"] == "offline":
                reads[v["post_id"]] += 1
                assert f"Our letter for job {v['post_id'][1:]}." in body
        assert "packet_item" not in text
    assert set(reads.values()) == {2} and len(reads) == 10


def test_score_maps_ratings_back_and_compares_with_the_whole_packet(tmp_path, capsys):
    packet = _packet(tmp_path / "p", letters=6)
    out = tmp_path / "d"
    folders = blind_doses.build(packet, out, per_reader=3, reads=2, seed=1)
    files = [_rate(out / f"{f.name}.jsonl", json.loads((f / "key.json").read_text())["items"],
                   lambda v: 4 if v["source"] == "offline" else 5) for f in folders]
    whole_key = json.loads((packet / "key.json").read_text())["items"]
    whole = []  # each whole-packet reader wrote ratings.jsonl in a folder of its own: two readers, not one
    for r, rating in ((1, 2), (2, 3)):
        (tmp_path / f"whole_{r}").mkdir()
        whole.append(_rate(tmp_path / f"whole_{r}" / "ratings.jsonl", whole_key,
                           lambda v, rating=rating: rating if v["source"] == "offline" else 5))
    res = blind_doses.score(packet, out, files, whole)
    assert res["small"]["by_source"]["offline"]["mean_rating"] == 4.0
    assert res["small"]["by_source"]["offline"]["items"] == 6 and res["small"]["by_source"]["offline"]["ratings"] == 12
    assert res["whole"]["by_source"]["offline"]["mean_rating"] == 2.5
    assert res["whole"]["by_source"]["offline"]["ratings"] == 12 and res["whole"]["readers"] == 2
    assert res["per_letter_diff"] == 1.5 and res["letters_paired"] == 6
    assert blind_doses.main(["score", "--packet", str(packet), "--out", str(out), *map(str, files),
                             "--whole", *map(str, whole)]) == 0
    assert "small - whole per letter (6 letters): +1.50" in capsys.readouterr().out


def test_a_misnamed_ratings_file_is_a_one_line_error(tmp_path, capsys):
    packet = _packet(tmp_path / "p", letters=2)
    blind_doses.build(packet, tmp_path / "d", per_reader=2, reads=1, seed=1)
    bad = tmp_path / "ratings.jsonl"
    bad.write_text("")
    assert blind_doses.main(["score", "--packet", str(packet), "--out", str(tmp_path / "d"), str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error:") and "reader_<r>.jsonl" in err and "Traceback" not in err
