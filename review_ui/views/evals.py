"""Evals: runs over time (runs/<utc>_<sha>/summary.json), metrics per suite, and per-case results of
one run compared with another (evals/runner.py reads and writes the runs)."""
from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from evals.runner import RUNS, load_run
from review_ui import state
from service.core.errors import DraftroomError

HEADLINE = ("case_pass_rate", "score_pass_rate", "errors", "cost_usd_per_case", "latency_ms_p50")


@st.cache_data(show_spinner=False)
def _load(path: str, mtime: float):
    return load_run(Path(path))


def runs(root: Path) -> list[tuple[Path, dict]]:
    out = []
    for folder in sorted(root.glob("*/summary.json")) if root.is_dir() else []:
        try:
            summary, _ = _load(str(folder.parent), folder.stat().st_mtime)
        except (DraftroomError, ValueError):
            continue
        out.append((folder.parent, summary))
    return out


def over_time(items: list[tuple[Path, dict]]) -> pd.DataFrame:
    rows = []
    for path, s in items:
        m = s.get("metrics", {})
        row = {"run": path.name, "suite": s.get("suite"), "started": s.get("started_at"),
               "model": (s.get("fingerprint") or {}).get("model")}
        row.update({k: m.get(k) for k in HEADLINE})
        row.update({k: v for k, v in m.items() if "." in k and isinstance(v, (int, float)) and not isinstance(v, bool)})
        rows.append(row)
    return pd.DataFrame(rows)


def case_table(results) -> pd.DataFrame:
    return pd.DataFrame([{"case": r.case_id + (f" #{r.repeat}" if r.repeat else ""),
                          "passed": "error" if r.error else all(s.passed is not False for s in r.scores),
                          "failed scores": ", ".join(s.name for s in r.scores if s.passed is False),
                          "why": r.error or "; ".join(s.reason for s in r.scores if s.passed is False)[:300]}
                         for r in results])


def compare(a, b) -> pd.DataFrame:
    """Per-case, per-score changes between two runs of the same suite."""
    def flat(results):
        return {(r.case_id, s.name): s for r in results if r.repeat == 0 for s in r.scores}
    fa, fb = flat(a), flat(b)
    rows = []
    for key in sorted(set(fa) | set(fb)):
        x, y = fa.get(key), fb.get(key)
        if x is None or y is None or x.passed != y.passed or x.value != y.value:
            rows.append({"case": key[0], "score": key[1], "before": None if x is None else x.passed,
                         "after": None if y is None else y.passed,
                         "value before": None if x is None else x.value, "value after": None if y is None else y.value,
                         "reason now": "" if y is None else y.reason})
    return pd.DataFrame(rows)


def render() -> None:
    state.require_principal()
    st.title("Evals")
    items = runs(RUNS)
    if not items:
        st.info(f"No eval runs under {RUNS} yet. Run `.venv/bin/draftroom eval run fit` (see docs/evals.md).")
        return
    table = over_time(items)
    suites = sorted(table["suite"].dropna().unique())
    suite = st.selectbox("Suite", suites, key="ev_suite")
    mine = table[table["suite"] == suite]
    metric_cols = [c for c in mine.columns if c not in ("run", "suite", "started", "model") and mine[c].notna().any()]
    chosen = st.multiselect("Metrics over time", metric_cols, default=[c for c in ("case_pass_rate",) if c in metric_cols],
                            key="ev_metrics")
    if chosen:
        long = mine.melt(id_vars=["started"], value_vars=chosen, var_name="metric", value_name="value")
        st.altair_chart(alt.Chart(long).mark_line(point=True).encode(x="started:T", y="value:Q", color="metric:N",
                                                                     tooltip=["started", "metric", "value"]), width="stretch")
    st.dataframe(mine, hide_index=True, width="stretch")
    names = list(mine["run"])[::-1]
    c1, c2 = st.columns(2)
    run = c1.selectbox("Run", names, key="ev_run")
    base = c2.selectbox("Compare with", [None, *[n for n in names if n != run]], key="ev_base",
                        format_func=lambda n: "— none —" if n is None else n)
    _summary, results = _load(str(RUNS / run), (RUNS / run / "summary.json").stat().st_mtime)
    if base:
        _s, before = _load(str(RUNS / base), (RUNS / base / "summary.json").stat().st_mtime)
        diff = compare(before, results)
        st.markdown(f"**{len(diff)} score(s) changed** from {base} to {run}")
        st.dataframe(diff, hide_index=True, width="stretch")
    st.markdown("**Cases in this run**")
    st.dataframe(case_table(results), hide_index=True, width="stretch")
