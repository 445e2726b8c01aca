"""The workspace file: who we are (profile), what we sell (service lines), whom we want (ICP)
and what we can prove (proof library). Validated by pydantic; keys are a public interface."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from service.core.errors import InvalidInput

CRITERIA = ("budget_fit", "service_fit", "brief_clarity", "timeline_realism",
            "communication_quality", "strategic_value")
Criterion = Literal["budget_fit", "service_fit", "brief_clarity", "timeline_realism",
                    "communication_quality", "strategic_value"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Profile(_Strict):
    name: str = Field(min_length=1, max_length=120)
    headline: str = Field("", max_length=300)
    overview: str = Field("", max_length=5000)
    skills: list[str] = Field(default_factory=list)
    hourly_rate: float | None = Field(None, ge=0)
    signature: str = Field("", max_length=200, description="How drafts are signed (first name).")
    industries: list[str] = Field(default_factory=list)
    years_experience: int | None = Field(None, ge=0, le=80)


class ServiceLine(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,59}$")
    name: str = Field(min_length=1)
    skills: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    template: str = Field("proposal_default.j2", description="Proposal template file under prompts/.")
    min_fixed_budget: float | None = Field(None, ge=0)
    min_hourly_rate: float | None = Field(None, ge=0)
    next_step: str = Field("", description="Default next-step framing, e.g. 'a 15-minute call'.")
    word_bounds: tuple[int, int] = (90, 220)

    @model_validator(mode="after")
    def _bounds(self):
        lo, hi = self.word_bounds
        if lo < 10 or hi <= lo:
            raise ValueError(f"word_bounds must be [min, max] with 10 <= min < max, got [{lo}, {hi}]")
        return self


class Tiers(_Strict):
    strong: float = Field(70, ge=0, le=100)
    possible: float = Field(50, ge=0, le=100)

    @model_validator(mode="after")
    def _order(self):
        if self.possible > self.strong:
            raise ValueError(f"tiers.possible ({self.possible}) must not exceed tiers.strong ({self.strong})")
        return self


class Weights(_Strict):
    budget_fit: float = Field(1, ge=0)
    service_fit: float = Field(1, ge=0)
    brief_clarity: float = Field(1, ge=0)
    timeline_realism: float = Field(1, ge=0)
    communication_quality: float = Field(1, ge=0)
    strategic_value: float = Field(1, ge=0)

    @model_validator(mode="after")
    def _not_all_zero(self):
        if sum(self.as_dict().values()) <= 0:
            raise ValueError("at least one weight must be above 0 (all six are 0, so no score can be computed)")
        return self

    def as_dict(self) -> dict[str, float]:
        return {c: float(getattr(self, c)) for c in CRITERIA}


class Disqualifier(_Strict):
    id: str
    description: str = ""


class ICP(_Strict):
    weights: Weights = Field(default_factory=Weights)
    floors: dict[Criterion, float] = Field(default_factory=dict)
    tiers: Tiers = Field(default_factory=Tiers)
    disqualifiers: list[str | Disqualifier] = Field(default_factory=list)
    neutral_score: float = Field(60, ge=0, le=100, description="Score used when the post gives no signal.")

    @field_validator("floors")
    @classmethod
    def _floor_range(cls, v: dict[str, float]) -> dict[str, float]:
        for name, value in v.items():
            if not 0 <= value <= 100:
                raise ValueError(f"floor for {name} is {value}; floors are 0-100")
        return v

    def disqualifier_ids(self) -> list[str]:
        return [d if isinstance(d, str) else d.id for d in self.disqualifiers]


class ProofItem(_Strict):
    id: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,59}$")
    title: str = Field(min_length=1)
    summary: str = ""
    skills: list[str] = Field(default_factory=list)
    industry: str = ""
    outcome: str = ""
    url: str | None = None


class AccountRules(_Strict):
    """When the Due list flags a contract (docs/accounts.md)."""

    quiet_days: int = Field(7, ge=1, le=365, description="Flag an active contract after this many days "
                                                          "without a client message.")
    ending_soon_days: int = Field(14, ge=0, le=365, description="Flag a contract this many days before it ends.")
    checkin_days: str = Field("mon", max_length=40, description="Check-in weekdays for contracts whose cadence "
                                                               "names none, e.g. 'mon,thu'.")


class Workspace(_Strict):
    profile: Profile
    service_lines: list[ServiceLine] = Field(min_length=1)
    icp: ICP = Field(default_factory=ICP)
    proof: list[ProofItem] = Field(default_factory=list)
    banned_phrases: list[str] = Field(default_factory=list)
    templates_dir: str | None = Field(None, description="Folder of template overrides, relative to the workspace file.")
    accounts: AccountRules = Field(default_factory=AccountRules)

    @model_validator(mode="after")
    def _unique_ids(self):
        for label, ids in (("service_lines", [s.id for s in self.service_lines]), ("proof", [p.id for p in self.proof])):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"duplicate {label} id(s): {', '.join(dupes)}")
        return self

    def service_line(self, line_id: str) -> ServiceLine:
        for line in self.service_lines:
            if line.id == line_id:
                return line
        raise InvalidInput(f"unknown service line '{line_id}'", field="service_line",
                           fix="use one of: " + ", ".join(s.id for s in self.service_lines))

    def proof_item(self, proof_id: str) -> ProofItem | None:
        return next((p for p in self.proof if p.id == proof_id), None)

    def content_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.model_dump(mode="json"), sort_keys=True).encode()).hexdigest()


def workspace_problems(data: object) -> list[str]:
    """Every problem in a parsed workspace document, one readable line each."""
    if not isinstance(data, dict):
        return ["the workspace must be a YAML mapping with keys profile, service_lines, icp, proof"]
    try:
        Workspace.model_validate(data)
    except ValidationError as exc:
        return [f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()]
    return []


def read_yaml(path: Path) -> object:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"workspace file not found: {path}", field="DRAFTROOM_WORKSPACE",
                           fix="point DRAFTROOM_WORKSPACE at a workspace YAML") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as exc:
        raise InvalidInput(f"cannot read workspace file {path}: {exc.__class__.__name__}", field="DRAFTROOM_WORKSPACE") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise InvalidInput(f"workspace file {path} is not valid YAML{where}", field="DRAFTROOM_WORKSPACE") from None


def load_workspace(path: Path | str) -> Workspace:
    data = read_yaml(Path(path))
    problems = workspace_problems(data)
    if problems:
        more = f" (+{len(problems) - 1} more; run 'draftroom workspace check {path}')" if len(problems) > 1 else ""
        raise InvalidInput(f"invalid workspace {path}: {problems[0]}{more}", field="DRAFTROOM_WORKSPACE")
    return Workspace.model_validate(data)


_cache: dict[tuple[str, float], Workspace] = {}


def current_workspace() -> Workspace:
    """The workspace named by settings, re-read when the file changes."""
    from service.core.config import get_settings

    path = get_settings().workspace.resolve()
    try:
        mtime = path.stat().st_mtime
    except OSError:
        mtime = -1.0
    key = (str(path), mtime)
    if key not in _cache:
        _cache.clear()
        _cache[key] = load_workspace(path)
    return _cache[key]


def workspace_schema() -> dict:
    return Workspace.model_json_schema()
