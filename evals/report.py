"""report.md and report.html for a run. Charts are Altair specs rendered to inline SVG by vl-convert
(no JavaScript, no network):
pass rate per score, extraction outcomes, fit confusion matrix, latency per case."""
from __future__ import annotations

import html
from pathlib import Path

from evals.core import CaseResult


def _fmt(v) -> str:
    if v is None:
        return "n/a"
    if isinstance(v, float):
        return f"{v:.3f}" if abs(v) < 1000 else f"{v:,.0f}"
    return str(v)


def headline(summary: dict) -> list[tuple[str, str]]:
    m = summary["metrics"]
    keys = ["cases", "runs", "errors", "case_pass_rate", "score_pass_rate", "cost_usd_total", "cost_usd_per_case",
            "latency_ms_p50", "latency_ms_p95", "tokens_in", "tokens_out"]
    keys += sorted(k for k, v in m.items() if "." in k and isinstance(v, (int, float)) and not isinstance(v, bool))
    rows = [(k, _fmt(m.get(k))) for k in keys if k in m]
    for k in ("fit.accuracy_ci95", "fit.qwk_ci95"):
        if m.get(k):
            rows.append((k, f"[{m[k][0]:.3f}, {m[k][1]:.3f}]"))
    return rows


def failures(results: list[CaseResult], limit: int = 60) -> list[tuple[str, str, str]]:
    out = []
    for r in results:
        for s in r.scores:
            if s.passed is False:
                out.append((r.case_id + (f" (#{r.repeat})" if r.repeat else ""), s.name + (" [critical]" if s.critical or "critical" in r.tags else ""), s.reason))
    return out[:limit]


def markdown(summary: dict, results: list[CaseResult]) -> str:
    fp = summary["fingerprint"]
    lines = [f"# Eval run: {summary['suite']}", "",
             f"- started {summary['started_at']}, git `{fp['git_sha']}`, model `{fp['model']}`"
             + (f", judge `{fp['judge_model']}`" if fp.get("judge_model") else ""),
             f"- dataset {', '.join(fp['dataset_files'][:4])}{' ...' if len(fp['dataset_files']) > 4 else ''} (hash `{fp['dataset_hash']}`)",
             f"- templates used: {', '.join(summary.get('template_hashes_used') or []) or 'n/a'}", "",
             "## Headline", "", "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in headline(summary)]
    m = summary["metrics"]
    if m.get("fit.confusion"):
        labels, matrix = m["fit.confusion"]["labels"], m["fit.confusion"]["matrix"]
        lines += ["", "## Fit confusion (rows expected, columns scored)", "", "| | " + " | ".join(labels) + " |",
                  "|---|" + "---|" * len(labels)]
        lines += [f"| {labels[i]} | " + " | ".join(map(str, row)) + " |" for i, row in enumerate(matrix)]
    if m.get("judge.agreement"):
        lines += ["", "## Judge agreement with human grades", "", "| criterion | n | agreement | kappa |", "|---|---|---|---|"]
        lines += [f"| {c} | {a.get('n')} | {_fmt(a.get('agreement'))} | {_fmt(a.get('kappa'))} |" for c, a in m["judge.agreement"].items() if a]
    lines += ["", "## Pass rate by score", "", "| score | n | pass rate | mean |", "|---|---|---|---|"]
    lines += [f"| {k} | {v['n']} | {_fmt(v['pass_rate'])} | {_fmt(v['mean'])} |" for k, v in m.get("by_score", {}).items()]
    if m.get("by_tag"):
        lines += ["", "## By tag", "", "| tag | n | case pass rate |", "|---|---|---|"]
        lines += [f"| {t} | {v['n']} | {_fmt(v['case_pass_rate'])} |" for t, v in m["by_tag"].items()]
    errs = summary.get("errors") or []
    lines += ["", f"## Errors ({len(errs)}; counted apart, not scored)", ""]
    lines += [f"- `{e['case_id']}`: {e['error']}" for e in errs[:50]] or ["none"]
    fails = failures(results)
    lines += ["", f"## Failed scores (first {len(fails)})", ""]
    if fails:
        lines += ["| case | score | reason |", "|---|---|---|"]
        lines += [f"| {c} | {n} | {r.replace('|', '/')[:160]} |" for c, n, r in fails]
    else:
        lines.append("none")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ charts (Altair → SVG, no network)
def _svg(chart) -> str:
    import vl_convert

    return vl_convert.vegalite_to_svg(chart.to_json())


def bar_chart(title: str, items: list[tuple[str, float]], *, max_value: float = 1.0, fmt: str = ".0%") -> str:
    """A horizontal bar per item; rates (max 1.0) are coloured green / amber / red at 1.0 / 0.8."""
    if not items:
        return ""
    import altair as alt
    import pandas as pd

    data = pd.DataFrame([{"label": label[:40], "value": float(value)} for label, value in items])
    if max_value == 1.0:
        colour = alt.Color("band:N", legend=None, scale=alt.Scale(domain=["pass", "warn", "fail"],
                                                                   range=["#2a9d8f", "#e9c46a", "#e76f51"]))
        data["band"] = ["pass" if v >= 0.999 else "warn" if v >= 0.8 else "fail" for v in data["value"]]
    else:
        colour = alt.value("#2a9d8f")
    bars = alt.Chart(data, title=title).mark_bar().encode(
        x=alt.X("value:Q", title=None, scale=alt.Scale(domain=[0, max_value or 1]), axis=alt.Axis(format=fmt)),
        y=alt.Y("label:N", title=None, sort=None), color=colour)
    labels = bars.mark_text(align="left", dx=3, color="black").encode(text=alt.Text("value:Q", format=fmt))
    return _svg((bars + labels).properties(width=360, height=alt.Step(18)))


def heatmap(title: str, labels: list[str], matrix: list[list[int]]) -> str:
    import altair as alt
    import pandas as pd

    data = pd.DataFrame([{"expected": labels[i], "scored": labels[j], "n": v}
                         for i, row in enumerate(matrix) for j, v in enumerate(row)])
    base = alt.Chart(data, title=title).encode(x=alt.X("scored:N", sort=list(labels)),
                                               y=alt.Y("expected:N", sort=list(labels)))
    cells = base.mark_rect().encode(color=alt.Color("n:Q", legend=None, scale=alt.Scale(scheme="blues")))
    text = base.mark_text(fontSize=12).encode(text="n:Q")
    return _svg((cells + text).properties(width=56 * len(labels), height=56 * len(labels)))


def charts(summary: dict, results: list[CaseResult]) -> list[str]:
    m = summary["metrics"]
    out = [bar_chart("Pass rate by score", [(k, v["pass_rate"]) for k, v in m.get("by_score", {}).items()
                                             if v["pass_rate"] is not None and not k.startswith("field:")])]
    fields = [(k, v["pass_rate"]) for k, v in m.get("by_score", {}).items() if k.startswith("field:")]
    if fields:
        out.append(bar_chart("Extraction: accuracy per labelled field", fields))
        out.append(bar_chart("Extraction: outcome shares", [(k.split(".", 1)[1], m[k]) for k in (
            "extraction.field_accuracy", "extraction.wrong_rate", "extraction.missed_rate", "extraction.hallucinated_rate") if k in m]))
    if m.get("fit.confusion"):
        out.append(heatmap("Fit tiers: rows expected, columns scored", m["fit.confusion"]["labels"], m["fit.confusion"]["matrix"]))
    judge = [(k.split(".", 1)[1], v) for k, v in m.items() if k.startswith("judge.") and not k.endswith(".spread")
             and isinstance(v, float)]
    if judge:
        out.append(bar_chart("Judge: pass rate per criterion", judge))
    lat = sorted(((r.case_id, r.latency_ms) for r in results if r.ok), key=lambda x: -x[1])[:25]
    if lat:
        out.append(bar_chart("Latency per case (ms, slowest 25)", lat, max_value=max(v for _, v in lat) or 1, fmt=".0f"))
    cost = sorted(((r.case_id, r.cost_usd) for r in results if r.ok and r.cost_usd), key=lambda x: -x[1])[:25]
    if cost:
        out.append(bar_chart("Cost per case (USD, top 25)", cost, max_value=max(v for _, v in cost), fmt="$.4f"))
    return [c for c in out if c]


def html_report(summary: dict, results: list[CaseResult]) -> str:
    """The Markdown report rendered by markdown-it-py (raw HTML in case text is escaped, not rendered),
    with the charts after the headline."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    text = markdown(summary, results)
    head, _, rest = text.partition("\n## ")
    svg = "\n".join(f'<div class="chart">{c}</div>' for c in charts(summary, results))
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Eval " + html.escape(summary["suite"]) +
            "</title><style>body{font-family:system-ui,sans-serif;margin:24px;max-width:1100px}"
            "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px}"
            ".chart{margin:16px 0}</style></head><body>" + md.render(head) + svg
            + (md.render("## " + rest) if rest else "") + "</body></html>")


def write_reports(run_dir: Path, summary: dict, results: list[CaseResult]) -> None:
    (Path(run_dir) / "report.md").write_text(markdown(summary, results), encoding="utf-8")
    (Path(run_dir) / "report.html").write_text(html_report(summary, results), encoding="utf-8")
