"""Scorers are pure functions: a case and an output in, named scores with reasons out."""
from __future__ import annotations

from evals.core import Case
from evals.scorers.checkins import score_checkin
from evals.scorers.extraction import (
    field_score,
    instructions_score,
    outcome_of,
    score_extraction,
)
from evals.scorers.fit import fit_metrics, score_fit
from evals.scorers.proposals import score_proposal
from service.core.stats import bootstrap_ci, cohen_kappa, quadratic_kappa
from service.text.diff import levenshtein


def _case(suite="extraction", **expected):
    return Case(id="c1", suite=suite, input={"text": "Need a React dev. What is your rate?"}, expected=expected)


def test_numeric_field_within_tolerance_passes_and_outside_fails():
    assert field_score("budget_min", 500.0, 500.004).passed
    r = field_score("budget_min", 500.0, 550)
    assert not r.passed and outcome_of(r) == "wrong"


def test_null_label_with_a_value_is_hallucinated_and_empty_output_is_missed():
    assert outcome_of(field_score("experience_level", None, "expert")) == "hallucinated"
    assert outcome_of(field_score("experience_level", "expert", None)) == "missed"
    assert field_score("experience_level", None, None).passed


def test_set_f1_normalises_skill_aliases_case_and_bullets():
    r = field_score("skills", ["React", "Node.js"], ["reactjs", "NodeJS"])
    assert r.passed, r.reason
    r = field_score("screening_questions", ["Can you start today?"], ["👉 can you start today"])
    assert r.passed, r.reason
    r = field_score("skills", ["React", "Django"], ["React"])
    assert not r.passed and 0.6 < r.value < 0.7 and "missing" in r.reason


def test_client_instructions_match_kind_and_value():
    ok = instructions_score([{"kind": "opener", "value": "ORCHID"}], [{"kind": "opener", "text": "Start with ORCHID", "value": "orchid"}])
    assert ok.passed
    bad = instructions_score([{"kind": "opener", "value": "ORCHID"}], [{"kind": "opener", "value": "LILY"}])
    assert not bad.passed and bad.critical and "missing" in bad.reason


def test_invented_evidence_quote_and_schema_errors_are_caught():
    case = _case(fields={}, injection=False)
    brief = {"summary": "s", "implicit_needs": [{"text": "speed", "evidence": "must ship by Friday"}]}
    by_name = {s.name: s for s in score_extraction(case, {"brief": brief})}
    assert not by_name["evidence_verbatim"].passed and "invented" in by_name["evidence_verbatim"].reason
    assert by_name["questions_verbatim"].passed
    bad = {s.name: s for s in score_extraction(case, {"brief": {"budget_type": "weekly"}})}
    assert not bad["schema_valid"].passed and "budget_type" in bad["schema_valid"].reason


def test_fit_opposite_tier_is_critical_and_metrics_are_computed():
    case = Case(id="f", suite="fit", input={}, expected={"tier": "strong"})
    scores = {s.name: s for s in score_fit(case, {"tier": "poor", "score": 20})}
    assert not scores["tier_match"].passed and not scores["tier_not_opposite"].passed and scores["tier_not_opposite"].critical
    pairs = [("strong", "strong"), ("poor", "poor"), ("possible", "strong"), ("poor", "possible")] * 5
    m = fit_metrics(pairs)
    assert m["fit.accuracy"] == 0.5
    assert m["fit.confusion"]["matrix"] == [[5, 0, 0], [5, 0, 0], [0, 5, 5]]
    lo, hi = m["fit.accuracy_ci95"]
    assert lo < 0.5 < hi


def test_stats_agree_with_hand_computed_values():
    assert quadratic_kappa(["strong", "poor"], ["strong", "poor"]) == 1.0
    assert quadratic_kappa(["strong", "poor", "possible"], ["poor", "strong", "possible"]) < 0
    assert cohen_kappa([True, False, True, False], [True, False, False, True]) == 0.0
    assert levenshtein("kitten".split("t"), "kitten".split("t")) == 0 and levenshtein("kitten", "sitting") == 3
    assert bootstrap_ci([1, 1, 1], lambda xs: sum(xs) / len(xs)) == (1.0, 1.0)


def test_proposal_scores_must_mention_forbidden_and_dropped_parts():
    case = Case(id="p", suite="proposals", input={}, expected={"must_mention": ["Stripe", ["webhook", "webhooks"]],
                                                              "forbidden": ["guarantee"]})
    parts = {"hook": "Your Stripe webhooks drop events.", "diagnosis": "Retries are not idempotent.", "proof_line": "",
             "next_step": "A 15-minute call.", "call_to_action": "Free Tuesday?"}
    text = "Your Stripe webhooks drop events.\n\nRetries are not idempotent.\n\nA 15-minute call. Free Tuesday?\n\nAna\n"
    lint = {"checks": [{"id": "no_contact_details", "passed": True, "message": "ok"}]}
    s = {r.name: r for r in score_proposal(case, {"text": text, "parts": parts, "lint": lint})}
    assert s["must_mention"].passed and s["forbidden_absent"].passed and s["parts_rendered"].passed
    broken = text.replace(" Free Tuesday?", "") + "I guarantee results."
    s = {r.name: r for r in score_proposal(case, {"text": broken, "parts": parts, "lint": lint})}
    assert not s["parts_rendered"].passed and "call_to_action" in s["parts_rendered"].reason
    assert not s["forbidden_absent"].passed and "guarantee" in s["forbidden_absent"].reason


def test_checkin_completed_items_must_trace_to_done_entries():
    case = Case(id="k", suite="checkins", input={"entries": [
        {"id": 1, "kind": "task", "text": "Migrated the orders table to PostgreSQL", "done": True},
        {"id": 2, "kind": "task", "text": "Write the CSV export endpoint", "done": False}]},
        expected={"completed_entry_ids": [1]})
    text = ("Completed:\n- Migrated the orders table to PostgreSQL\n\nCurrent focus:\nCSV export\n\nRisks or blockers:\n- None\n\n"
            "Next milestone:\nExport live\n\nClient action:\nApprove the field list by Friday\n")
    parts = {"completed": ["Migrated the orders table to PostgreSQL"], "completed_entry_ids": [1], "client_action": "Approve"}
    s = {r.name: r for r in score_checkin(case, {"text": text, "parts": parts})}
    assert s["five_parts"].passed and s["completed_traced"].passed and s["completed_recall"].passed
    lying = {**parts, "completed": parts["completed"] + ["Wrote the CSV export endpoint"], "completed_entry_ids": [1, 2]}
    s = {r.name: r for r in score_checkin(case, {"text": text.replace("Risks or blockers:\n- None\n\n", ""), "parts": lying})}
    assert not s["completed_traced"].passed and "not done" in s["completed_traced"].reason and "task 2" in s["completed_traced"].reason
    assert not s["five_parts"].passed and "Risks or blockers" in s["five_parts"].reason
