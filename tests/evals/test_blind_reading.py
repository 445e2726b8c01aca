"""Blind-reading tooling: the packet hides the source and uses only test-half posts; the scorer reports
per-source figures and inter-reader agreement, and refuses malformed ratings with a one-line error."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals import blind_packet, blind_score

ROOT = Path(__file__).resolve().parents[2]
JOBS = ROOT.parent / "shared" / "data" / "jobs.jsonl"


def test_split_is_a_hash_of_the_post_id():
    assert blind_packet.half("abc") in (0, 1)
    assert blind_packet.half("abc") == blind_packet.half("abc")
    halves = [blind_packet.half(f"post-{i}") for i in range(400)]
    assert 150 < sum(halves) < 250  # roughly balanced


def test_packet_refuses_a_folder_inside_the_repository(capsys):
    assert blind_packet.main(["--out", str(ROOT / "evals" / "packet_here"), "--n", "1"]) == 2
    err = capsys.readouterr().err
    assert "inside the repository" in err and "\n" == err[-1] and err.count("\n") == 1


@pytest.mark.skipif(not JOBS.exists(), reason="shared jobs.jsonl not present")
def test_packet_uses_test_half_posts_and_hides_the_source(tmp_path):
    out = tmp_path / "blind"
    assert blind_packet.main(["--out", str(out), "--n", "3", "--seed", "3"]) == 0
    packet = (out / "packet.md").read_text()
    key = json.loads((out / "key.json").read_text())
    offline = [v for v in key["items"].values() if v["source"] == "offline"]
    assert len(offline) == 3 and all(blind_packet.half(v["post_id"]) == 1 for v in offline)
    assert all(v["tier"] in ("strong", "possible") for v in offline)
    assert "## Item 1" in packet and f"## Item {len(key['items'])}" in packet
    for word in ("offline", "source:", "proposal_id", "post_id"):
        assert word not in packet.split("Rate each item on its own")[1]


@pytest.mark.skipif(not JOBS.exists(), reason="shared jobs.jsonl not present")
def test_packet_can_be_limited_to_posts_matching_a_pattern(tmp_path):
    out = tmp_path / "blind"
    assert blind_packet.main(["--out", str(out), "--n", "2", "--seed", "5", "--matching", r"portfolio|loom"]) == 0
    key = json.loads((out / "key.json").read_text())
    jobs = {j["id"]: j for j in map(json.loads, JOBS.read_text().splitlines())}
    offline = [v["post_id"] for v in key["items"].values() if v["source"] == "offline"]
    assert len(offline) == 2
    for post_id in offline:
        text = f"{jobs[post_id].get('title')} {jobs[post_id].get('description')}".lower()
        assert "portfolio" in text or "loom" in text


@pytest.mark.skipif(not JOBS.exists(), reason="shared jobs.jsonl not present")
def test_packet_can_draft_the_posts_no_workspace_fits(tmp_path):
    out = tmp_path / "poor"
    assert blind_packet.main(["--out", str(out), "--n", "2", "--seed", "5", "--half", "tuning", "--tiers", "poor"]) == 0
    offline = [v for v in json.loads((out / "key.json").read_text())["items"].values() if v["source"] == "offline"]
    assert len(offline) == 2 and all(v["tier"] == "poor" and blind_packet.half(v["post_id"]) == 0 for v in offline)


def test_a_pool_of_other_posts_is_drafted_whole_with_half_all(tmp_path):
    """A team-written pool (posts no rule was written from) is drafted whatever its ids hash to."""
    body = ("We need a Power BI dashboard for our three clinics: weekly visits, no-shows and revenue per clinic. "
            "The data is in our scheduling system's CSV exports and a Google Sheet of costs. Scope:\n"
            "- connect the CSV exports and the sheet\n- build the KPI pages\n- a short handover call\n"
            "Budget is fixed; we would like it done within three weeks.")
    pool = tmp_path / "pool.jsonl"
    pool.write_text("\n".join(json.dumps({"id": f"team:{i}", "title": f"Power BI dashboard for clinic group {i}",
                                          "description": body, "budget_type": "fixed", "budget_min": 1500,
                                          "budget_max": 1500, "skills": ["Power BI", "Data Visualization"]})
                              for i in range(6)))
    out = tmp_path / "pool"
    assert blind_packet.main(["--out", str(out), "--n", "6", "--jobs", str(pool), "--half", "all",
                              "--tiers", "strong,possible,poor"]) == 0
    offline = [v for v in json.loads((out / "key.json").read_text())["items"].values() if v["source"] == "offline"]
    assert sorted(v["post_id"] for v in offline) == [f"team:{i}" for i in range(6)]  # both halves' ids


def test_an_unknown_tier_is_one_line(tmp_path, capsys):
    assert blind_packet.main(["--out", str(tmp_path / "b"), "--tiers", "possible,great"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --tiers") and "strong, possible, poor" in err and err.count("\n") == 1


def test_a_bad_matching_pattern_is_one_line(tmp_path, capsys):
    assert blind_packet.main(["--out", str(tmp_path / "b"), "--matching", "(unclosed"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --matching") and err.count("\n") == 1


def _key(tmp_path):
    key = {"items": {"1": {"source": "offline"}, "2": {"source": "offline"}, "3": {"source": "real"}}}
    p = tmp_path / "key.json"
    p.write_text(json.dumps(key))
    return key, p


def _ratings(tmp_path, name, rows):
    p = tmp_path / f"{name}.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return p


def row(item, rating, garbled=0, accuracy=4, past=True):
    return {"item": item, "rating": rating, "garbled_sentences": garbled, "accuracy": accuracy,
            "read_past_second_line": past}


def test_scores_per_source_and_agreement(tmp_path):
    key, _ = _key(tmp_path)
    a = blind_score.load_ratings(_ratings(tmp_path, "a", [row(1, 4), row(2, 2, garbled=1, past=False), row(3, 5)]),
                                 set(key["items"]))
    b = blind_score.load_ratings(_ratings(tmp_path, "b", [row(1, 4), row(2, 2, past=False), row(3, 5, accuracy=None)]),
                                 set(key["items"]))
    res = blind_score.summarise(key, {"a": a, "b": b})
    off, real = res["by_source"]["offline"], res["by_source"]["real"]
    assert off["mean_rating"] == 3.0 and off["garbled_total"] == 1 and off["letters_with_garbled"] == 1
    assert off["read_past_line2_pct"] == 50.0 and real["mean_accuracy"] == 4.0 and real["mean_rating"] == 5.0
    assert res["agreement"]["a vs b"]["quadratic_kappa"] == 1.0


def test_readers_who_each_wrote_ratings_jsonl_are_different_readers(tmp_path, capsys):
    """Two readers' files named alike in their own folders were once merged into one reader (the 2026-12-05 test
    packet printed "1 reader(s)" for three)."""
    _, keyp = _key(tmp_path)
    files = []
    for name, rating in (("r1", 4), ("r2", 2)):
        (tmp_path / name).mkdir()
        files.append(_ratings(tmp_path / name, "ratings", [row(1, rating), row(2, rating), row(3, 5)]))
    assert blind_score.reader_names(files) == ["r1/ratings", "r2/ratings"]
    assert blind_score.main(["--key", str(keyp), *map(str, files)]) == 0
    out = capsys.readouterr().out
    assert "2 reader(s)" in out and "r1/ratings vs r2/ratings" in out, out


@pytest.mark.parametrize("bad, msg", [
    ({"item": 9, "rating": 3, "garbled_sentences": 0, "accuracy": 3, "read_past_second_line": True}, "not in the key"),
    ({"item": 1, "rating": 6, "garbled_sentences": 0, "accuracy": 3, "read_past_second_line": True}, "rating must be"),
    ({"item": 1, "rating": 3, "garbled_sentences": -1, "accuracy": 3, "read_past_second_line": True}, "garbled"),
    ({"item": 1, "rating": 3, "garbled_sentences": 0, "accuracy": 3, "read_past_second_line": "yes"}, "true or false"),
])
def test_bad_ratings_get_a_one_line_error(tmp_path, capsys, bad, msg):
    _, keyp = _key(tmp_path)
    assert blind_score.main(["--key", str(keyp), str(_ratings(tmp_path, "r", [bad]))]) == 2
    err = capsys.readouterr().err
    assert msg in err and err.count("\n") == 1


def test_a_long_post_keeps_its_application_part():
    body = "We run a tutoring school and need a Python mentor for our students. " * 60
    post = body + "\nSchedule: ten hours a week.\nHow to Apply:\nPlease begin your proposal with the word \"PYTHONIC\"."
    shown = blind_packet._excerpt(post)
    assert len(post) > blind_packet.EXCERPT_CHARS and "PYTHONIC" in shown and "[…]" in shown
    assert shown.startswith("We run a tutoring school") and "Schedule: ten hours" not in shown
    plain = blind_packet._excerpt(body + "\nThanks for reading.")
    assert plain.endswith(" …") and "[…]" not in plain and "Thanks" not in plain
    assert blind_packet._excerpt("Short post. How to apply: send a CV.") == "Short post. How to apply: send a CV."
