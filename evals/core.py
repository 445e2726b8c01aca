"""The shapes every suite shares: a case, a score, a case result.

A scorer is a pure function ``(case, output) -> ScoreResult`` (or a list of them). ``value`` is a number
in [0, 1] unless the scorer says otherwise; ``passed`` is the per-case verdict the gate compares.
An exception while producing the output is an *error*: it is stored on the ``CaseResult`` and is
never turned into a zero score."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class ScoreResult:
    name: str
    value: float | None
    passed: bool | None
    reason: str = ""
    critical: bool = False  # a pass->fail of this score fails the gate whatever the case tags say

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class Case:
    id: str
    suite: str
    input: dict[str, Any]
    expected: dict[str, Any] = field(default_factory=dict)
    tags: list[str] = field(default_factory=list)
    workspace: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def critical(self) -> bool:
        return "critical" in self.tags


@dataclass
class CaseResult:
    case_id: str
    tags: list[str]
    repeat: int = 0
    scores: list[ScoreResult] = field(default_factory=list)
    error: str | None = None
    output: dict[str, Any] = field(default_factory=dict)   # small summary of what was produced
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    calls: int = 0
    model: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def as_dict(self) -> dict:
        d = asdict(self)
        d["scores"] = [s.as_dict() for s in self.scores]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "CaseResult":
        d = dict(d)
        d["scores"] = [ScoreResult(**s) for s in d.get("scores", [])]
        return cls(**d)


def score(name: str, passed: bool | None, reason: str = "", value: float | None = None,
          critical: bool = False) -> ScoreResult:
    """Shorthand: a binary score whose value is 1/0 unless given."""
    if value is None and passed is not None:
        value = 1.0 if passed else 0.0
    return ScoreResult(name=name, value=value, passed=passed, reason=reason, critical=critical)
