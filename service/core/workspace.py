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

from service.core.config import PACKAGE_DIR
from service.core.errors import InvalidInput

PROMPTS_DIR = PACKAGE_DIR.parent / "prompts"  # the package templates (service.llm.templates reads the same folder)
KNOWN_DISQUALIFIERS: dict[str, str] = {
    "unverified_payment_no_spend": "client payment method is not verified and the client has spent $0",
    "unpaid_test": "the post asks for an unpaid test task or free sample work",
    "rate_below_floor": "the budget or hourly rate is below the service line's minimum",
    "off_platform_contact": "the post asks to move contact off Upwork (email, phone, WhatsApp, Telegram, Skype...)",
    "no_hire_history": "the client posted 5+ jobs and hired nobody (hire rate 0%)",
    "low_client_rating": "client rating below 3.5 with at least 3 reviews",
    "crowded_job": "50 or more proposals already",
    "brief_red_flag": "the extracted brief lists a red flag (with its quote)",
}
KEYWORD_PREFIX = "keyword:"  # "keyword:crypto" disqualifies posts that mention crypto


def disqualifier_problem(entry: str) -> str | None:
    """Why a disqualifier entry cannot be used, or None. Accepted: a known id, 'keyword:<word>', or free text
    in words ("unpaid test task or free sample requested"). An id-shaped word that is not known is a typo."""
    s = entry.strip()
    if not s:
        return "a disqualifier is empty"
    if s.startswith(KEYWORD_PREFIX):
        return None if s[len(KEYWORD_PREFIX):].strip() else f"'{s}' names no word after 'keyword:'"
    if s in KNOWN_DISQUALIFIERS or " " in s:
        return None
    return (f"unknown disqualifier '{s}': use one of {', '.join(KNOWN_DISQUALIFIERS)}, 'keyword:<word>', "
            f"or describe it in words (e.g. 'asks for payment in crypto')")

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
    timezone: str = Field("", max_length=80, description="Where you work from, as a client reads it, e.g. 'CET (UTC+1)'.")
    availability: str = Field("", max_length=300, description="When new work can start and the hours a week you have, "
                              "e.g. 'new work can start within two working days; about 30 hours a week'. Screening "
                              "questions about the start are answered from it (left as a placeholder when empty).")


class ServiceLine(_Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,59}$")
    name: str = Field(min_length=1)
    skills: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    exclude: list[str] = Field(default_factory=list, description="Words that mean 'not us' for this line "
                               "(in the title: a mismatch; in the body: a penalty), e.g. [WordPress, Wix].")
    template: str = Field("proposal_default.j2", description="Proposal template under prompts/ ('.j2' optional).")
    min_fixed_budget: float | None = Field(None, ge=0)
    min_hourly_rate: float | None = Field(None, ge=0)
    next_step: str = Field("", description="Default next-step framing, e.g. 'a 15-minute call'.")
    word_bounds: tuple[int, int] = (90, 220)

    @field_validator("template")
    @classmethod
    def _template_name(cls, v: str) -> str:
        v = v.strip()
        if not v or ".." in Path(v).parts or Path(v).is_absolute():
            raise ValueError(f"template {v!r} must be a file name under prompts/ (or the workspace's templates_dir)")
        return v if v.endswith(".j2") else v + ".j2"

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

    @field_validator("disqualifiers")
    @classmethod
    def _known_or_described(cls, v: list) -> list:
        for d in v:
            problem = disqualifier_problem(d if isinstance(d, str) else d.id)
            if problem:
                raise ValueError(problem)
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


def workspace_problems(data: object, path: Path | str | None = None) -> list[str]:
    """Every problem in a parsed workspace document, one readable line each. This is the whole validation
    the runtime runs (``load_workspace`` calls it): schema, disqualifiers, floors, weights, tiers, and that
    each service line's template exists (in the workspace's ``templates_dir`` or prompts/)."""
    if not isinstance(data, dict):
        return ["the workspace must be a YAML mapping with keys profile, service_lines, icp, proof"]
    try:
        ws = Workspace.model_validate(data)
    except ValidationError as exc:
        return [f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()]
    return template_problems(ws, path)


def template_problems(ws: "Workspace", path: Path | str | None = None) -> list[str]:
    base = Path(path).resolve().parent if path else None
    dirs = []
    if ws.templates_dir:
        folder = Path(ws.templates_dir)
        if not folder.is_absolute() and base is None:
            from service.core.config import get_settings

            base = get_settings().workspace_dir
        folder = folder if folder.is_absolute() else (base / folder).resolve()
        if folder.is_dir():  # as service.llm.templates.template_dirs: a missing folder is skipped
            dirs.append(folder)
    dirs.append(PROMPTS_DIR)
    out = []
    for i, line in enumerate(ws.service_lines):
        if not any((d / line.template).is_file() for d in dirs):
            out.append(f"service_lines.{i}.template: template '{line.template}' not found in "
                       f"{', '.join(str(d) for d in dirs)}")
    return out


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
    problems = workspace_problems(data, path)
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
