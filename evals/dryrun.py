"""``eval run --dry-run``: price a run before any model call.

The suite runs once through the offline engine with a recording gateway, which captures every request
the pipeline would send (the rendered messages, per task) and the offline answer as a stand-in for the
output length. Each captured call is then counted with the target model's tokenizer and priced with
litellm's cost map (``service/llm/eval_pricing.py``), times ``--repeat``; judge calls are added per draft.
Revision calls are counted where the offline engine needed one, so the figure is an estimate."""
from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from evals.runner import RunOptions, check_options, load
from evals.suites import SUITES, RunContext


@dataclass
class Estimate:
    model: str
    cases: int
    repeat: int
    by_task: dict[str, dict] = field(default_factory=dict)
    unpriced: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def add(self, task: str, price, times: int) -> None:
        row = self.by_task.setdefault(task, {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0})
        row["calls"] += times
        row["input_tokens"] += price.input_tokens * times
        row["output_tokens"] += price.output_tokens * times
        if price.cost_usd is None:
            row["cost_usd"] = None
        elif row["cost_usd"] is not None:
            row["cost_usd"] += price.cost_usd * times

    @property
    def total_cost(self) -> float | None:
        costs = [r["cost_usd"] for r in self.by_task.values()]
        return None if any(c is None for c in costs) else sum(costs)

    def render(self) -> str:
        lines = [f"dry run: {self.cases} case(s) x {self.repeat} repeat(s), model {self.model} (no call made)",
                 f"{'task':<22}{'calls':>7}{'tokens in':>12}{'tokens out':>12}{'cost USD':>12}"]
        for task, r in sorted(self.by_task.items()):
            cost = "unknown" if r["cost_usd"] is None else f"{r['cost_usd']:.4f}"
            lines.append(f"{task:<22}{r['calls']:>7}{r['input_tokens']:>12,}{r['output_tokens']:>12,}{cost:>12}")
        total = self.total_cost
        tin = sum(r["input_tokens"] for r in self.by_task.values())
        tout = sum(r["output_tokens"] for r in self.by_task.values())
        lines.append(f"{'total':<22}{sum(r['calls'] for r in self.by_task.values()):>7}{tin:>12,}{tout:>12,}"
                     f"{'unknown' if total is None else f'{total:.4f}':>12}")
        if total is None:
            lines.append("litellm has no price for: " + ", ".join(sorted(set(self.unpriced))) + " (tokens are still counted)")
        if self.model == "offline":
            lines.append("offline engine: no cost; tokens counted with the gpt-4o-mini tokenizer for reference")
        if self.errors:
            lines.append(f"{len(self.errors)} case(s) failed in the offline pass and are not priced: " + "; ".join(self.errors[:3]))
        return "\n".join(lines)


def estimate(opts: RunOptions) -> Estimate:
    from evals.environment import eval_environment
    from service.llm import gateway as gw_module
    from service.llm.eval_pricing import price_call

    check_options(opts)
    suite = SUITES[opts.suite]
    cases, _, _ = load(opts)
    calls: list[tuple[str, list, str]] = []

    class Recording(gw_module.Gateway):
        def run(self, req):
            res = super().run(req)
            calls.append((req.task, req.messages, res.value.model_dump_json()))
            return res

    est = Estimate(model=opts.model, cases=len(cases), repeat=opts.repeat)
    ctx = RunContext(model="offline", templates_dir=opts.templates_dir)
    judge_calls: list[tuple[list, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        with eval_environment(model="offline", db_url=f"sqlite:///{Path(tmp) / 'dryrun.db'}", use_cache=False):
            gw_module._gateway = Recording(model="offline")
            for case in cases:
                try:
                    output = suite.run(case, ctx)
                except Exception as exc:
                    est.errors.append(f"{case.id}: {exc.__class__.__name__}")
                    continue
                if opts.judge_model:
                    from evals.judge import CRITERIA, judge_messages

                    ws = ctx.workspace(case.workspace)
                    facts = ws.profile.model_dump_json() + "\n" + "\n".join(p.model_dump_json() for p in ws.proof)
                    sample = json.dumps({"verdicts": [{"id": c, "passed": True, "reason": "x " * 20} for c in CRITERIA]})
                    judge_calls.append((judge_messages(case, output, facts), sample))
    for task, messages, out in calls:
        price = price_call(opts.model, messages, out)
        if price.cost_usd is None:
            est.unpriced.append(opts.model)
        est.add(task, price, opts.repeat)
    for messages, out in judge_calls:
        price = price_call(opts.judge_model, messages, out)
        if price.cost_usd is None:
            est.unpriced.append(opts.judge_model)
        est.add("judge_proposal", price, opts.repeat * opts.judge_repeats)
    return est
