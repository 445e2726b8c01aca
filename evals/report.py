"""report.md and report.html for a run. Charts are inline SVG generated here (no JavaScript, no network):
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


# ------------------------------------------------------------------ SVG
def bar_chart(title: str, items: list[tuple[str, float]], *, max_value: float = 1.0, fmt: str = "{:.0%}") -> str:
    if not items:
        return ""
    row, label_w, bar_w = 18, 260, 360
    h = 30 + row * len(items)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 80}" height="{h}" role="img">',
           f'<text x="4" y="16" font-weight="bold" font-size="13">{html.escape(title)}</text>']
    for i, (label, value) in enumerate(items):
        y = 26 + i * row
        w = 0 if not max_value else max(0.0, min(1.0, value / max_value)) * bar_w
        colour = "#2a9d8f" if max_value != 1.0 or value >= 0.999 else ("#e9c46a" if value >= 0.8 else "#e76f51")
        out.append(f'<text x="{label_w - 6}" y="{y + 12}" font-size="11" text-anchor="end">{html.escape(label[:40])}</text>')
        out.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{row - 4}" fill="{colour}"/>')
        out.append(f'<text x="{label_w + w + 4:.1f}" y="{y + 12}" font-size="11">{html.escape(fmt.format(value))}</text>')
    out.append("</svg>")
    return "\n".join(out)


def heatmap(title: str, labels: list[str], matrix: list[list[int]]) -> str:
    cell, left, top = 56, 90, 44
    n = len(labels)
    peak = max((v for row in matrix for v in row), default=0) or 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + cell * n + 20}" height="{top + cell * n + 20}" role="img">',
           f'<text x="4" y="16" font-weight="bold" font-size="13">{html.escape(title)}</text>']
    for j, lab in enumerate(labels):
        out.append(f'<text x="{left + j * cell + cell / 2}" y="{top - 6}" font-size="11" text-anchor="middle">{lab}</text>')
    for i, row in enumerate(matrix):
        out.append(f'<text x="{left - 6}" y="{top + i * cell + cell / 2 + 4}" font-size="11" text-anchor="end">{labels[i]}</text>')
        for j, v in enumerate(row):
            shade = int(245 - 170 * v / peak)
            fill = f"rgb({shade},{shade + 5 if shade < 250 else 250},255)" if i == j else f"rgb(255,{shade},{shade})"
            out.append(f'<rect x="{left + j * cell}" y="{top + i * cell}" width="{cell - 2}" height="{cell - 2}" fill="{fill}"/>')
            out.append(f'<text x="{left + j * cell + cell / 2}" y="{top + i * cell + cell / 2 + 4}" font-size="12" text-anchor="middle">{v}</text>')
    out.append("</svg>")
    return "\n".join(out)


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
        out.append(bar_chart("Latency per case (ms, slowest 25)", lat, max_value=max(v for _, v in lat) or 1, fmt="{:.0f}"))
    cost = sorted(((r.case_id, r.cost_usd) for r in results if r.ok and r.cost_usd), key=lambda x: -x[1])[:25]
    if cost:
        out.append(bar_chart("Cost per case (USD, top 25)", cost, max_value=max(v for _, v in cost), fmt="${:.4f}"))
    return [c for c in out if c]


def html_report(summary: dict, results: list[CaseResult]) -> str:
    md = markdown(summary, results)
    body = []
    for block in md.split("\n## "):
        body.append(_md_block_to_html(block if block.startswith("# ") else "## " + block))
    svg = "\n".join(f'<div class="chart">{c}</div>' for c in charts(summary, results))
    return ("<!doctype html><html><head><meta charset='utf-8'><title>Eval " + html.escape(summary["suite"]) +
            "</title><style>body{font-family:system-ui,sans-serif;margin:24px;max-width:1100px}"
            "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:3px 8px;font-size:13px}"
            ".chart{margin:16px 0}</style></head><body>" + body[0] + svg + "".join(body[1:]) + "</body></html>")


def _md_block_to_html(block: str) -> str:
    out, table = [], []
    for line in block.splitlines():
        if line.startswith("|"):
            if set(line.replace("|", "").strip()) <= {"-"}:
                continue
            table.append("<tr>" + "".join(f"<td>{html.escape(c.strip())}</td>" for c in line.strip("|").split("|")) + "</tr>")
            continue
        if table:
            out.append("<table>" + "".join(table) + "</table>")
            table = []
        if line.startswith("# "):
            out.append(f"<h1>{html.escape(line[2:])}</h1>")
        elif line.startswith("## "):
            out.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("- "):
            out.append(f"<p>&bull; {html.escape(line[2:]).replace('`', '')}</p>")
        elif line.strip():
            out.append(f"<p>{html.escape(line)}</p>")
    if table:
        out.append("<table>" + "".join(table) + "</table>")
    return "\n".join(out)


def write_reports(run_dir: Path, summary: dict, results: list[CaseResult]) -> None:
    (Path(run_dir) / "report.md").write_text(markdown(summary, results), encoding="utf-8")
    (Path(run_dir) / "report.html").write_text(html_report(summary, results), encoding="utf-8")
