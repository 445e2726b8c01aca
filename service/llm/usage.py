"""The usage report: calls, tokens, cost and latency percentiles from the ledger, by task and model."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlmodel import select

from service.core.db import session_scope
from service.core.errors import InvalidInput
from service.core.models import LlmCall, utcnow
from service.core.stats import percentile
from service.llm import ledger

_SINCE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.I)
_UNIT = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str | None, now: datetime | None = None) -> datetime | None:
    """'7d', '24h', '30m', '2w' → a UTC datetime; None or 'all' → no lower bound."""
    if text is None or text.strip().lower() in ("", "all"):
        return None
    m = _SINCE.match(text)
    if not m:
        raise InvalidInput(f"cannot read --since '{text}'", field="since", fix="use a number and a unit: 30m, 24h, 7d, 2w, or all")
    return (now or utcnow()) - timedelta(**{_UNIT[m.group(2).lower()]: int(m.group(1))})


@dataclass
class UsageRow:
    task: str
    model: str
    calls: int = 0
    errors: int = 0
    cache_hits: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    attempts: int = 0
    latencies: list[float] = field(default_factory=list, repr=False)

    @property
    def p50_ms(self) -> float:
        return percentile(self.latencies, 0.5) or 0.0

    @property
    def p95_ms(self) -> float:
        return percentile(self.latencies, 0.95) or 0.0

    def as_dict(self) -> dict:
        return {"task": self.task, "model": self.model, "calls": self.calls, "errors": self.errors,
                "cache_hits": self.cache_hits, "input_tokens": self.input_tokens, "output_tokens": self.output_tokens,
                "cost_usd": round(self.cost_usd, 6), "attempts": self.attempts, "p50_ms": round(self.p50_ms, 1),
                "p95_ms": round(self.p95_ms, 1)}


def usage(since: datetime | None = None) -> list[UsageRow]:
    """One row per (task, model requested), plus a final ``TOTAL`` row. Latency percentiles count
    model calls only (cache hits are near zero and would flatter them)."""
    ledger.flush()  # this process's queued rows first
    with session_scope() as s:
        stmt = select(LlmCall)
        if since is not None:
            stmt = stmt.where(LlmCall.at >= since)
        calls = s.exec(stmt.order_by(LlmCall.id)).all()
        groups: dict[tuple[str, str], UsageRow] = {}
        total = UsageRow("TOTAL", "")
        for c in calls:
            for row in (groups.setdefault((c.task, c.model_requested), UsageRow(c.task, c.model_requested)), total):
                row.calls += 1
                row.errors += c.status == "error"
                row.cache_hits += bool(c.cache_hit)
                row.input_tokens += c.input_tokens
                row.output_tokens += c.output_tokens
                row.cost_usd += c.cost_usd
                row.attempts += c.attempts
                if not c.cache_hit:
                    row.latencies.append(c.latency_ms)
    rows = [groups[k] for k in sorted(groups)]
    return rows + [total] if rows else []


def format_table(rows: list[UsageRow]) -> str:
    if not rows:
        return "no LLM calls recorded in this period"
    head = ("task", "model", "calls", "errors", "cached", "tokens in", "tokens out", "cost $", "p50 ms", "p95 ms")
    body = [(r.task, r.model, str(r.calls), str(r.errors), str(r.cache_hits), f"{r.input_tokens:,}",
             f"{r.output_tokens:,}", f"{r.cost_usd:.4f}", f"{r.p50_ms:.0f}", f"{r.p95_ms:.0f}") for r in rows]
    widths = [max(len(x[i]) for x in [head, *body]) for i in range(len(head))]
    fmt = lambda cells: "  ".join(c.ljust(w) if i < 2 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    return "\n".join([fmt(head), fmt(["-" * w for w in widths]), *map(fmt, body)])
