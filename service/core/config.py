"""Settings: the only module that reads the environment (prefix ``DRAFTROOM_``)."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the ``service`` package
DEMO_WORKSPACE = PACKAGE_DIR / "workspaces" / "demo.yaml"
OFFLINE_MODEL = "offline"


class Settings(BaseSettings):
    """Every knob a user can turn. Names are a public interface: keep them."""

    model_config = SettingsConfigDict(env_prefix="DRAFTROOM_", extra="ignore")

    home: Path = Field(Path(".draftroom"), description="Folder for local state (SQLite file, task queue, cache).")
    database_url: str = Field("", description="SQLAlchemy URL; default: SQLite file under ./.draftroom/.")
    model: str = Field(OFFLINE_MODEL, description="'offline' or any litellm model string.")
    fallback_models: list[str] = Field(default_factory=list, description="litellm fallbacks, tried in order.")
    workspace: Path = Field(DEMO_WORKSPACE, description="Workspace YAML (profile, service lines, ICP, proof).")
    test_database_url: str = Field("", description="Tests only: also run database tests on this database.")

    llm_timeout_s: float = Field(60.0, gt=0)
    llm_retries: int = Field(2, ge=0, le=10, description="Router retries per model.")
    llm_reasks: int = Field(1, ge=0, le=5, description="instructor re-asks on invalid output.")
    llm_cache: bool = Field(False, description="Exact-match response cache outside eval runs.")
    llm_concurrency: int = Field(8, ge=1, le=256)
    llm_rpm: int = Field(0, ge=0, description="Requests per minute limit for batches; 0 = unlimited.")

    lock_minutes: int = Field(15, ge=1, le=24 * 60)
    max_job_bytes: int = Field(200_000, ge=1_000)
    task_backend: str = Field("sqlite", description="Background tasks: 'sqlite', 'redis' or 'immediate'.")
    redis_url: str = Field("redis://127.0.0.1:6379/0")

    # intake sources and alerts (issue 18, docs/intake.md)
    autodraft_tiers: str = Field("strong,possible", description="Fit tiers drafted automatically when a job "
                                 "arrives by webhook, alert e-mail or saved search (comma list; '' = none).")
    webhook_secret_vollna: str = Field("", description="Shared secret for POST /v1/intake/webhook/vollna: an "
                                       "X-Draftroom-Signature HMAC-SHA256 of the body, or 'Bearer <secret>'.")
    webhook_secret_generic: str = Field("", description="Shared secret for POST /v1/intake/webhook/generic "
                                        "(X-Draftroom-Signature: sha256=<hex HMAC-SHA256 of the raw body>).")
    alert_urls: str = Field("", description="Apprise URLs for alerts, whitespace separated; each may be prefixed "
                            "'[new,sla:][strong,possible=]' to pick events and tiers (default: both events, strong).")
    sla_minutes: str = Field("strong=30,possible=120", description="Speed-to-lead target per tier, minutes from intake "
                             "to approval; a draft waiting longer alerts once (SLA breach). '' = no SLA alerts.")
    public_ui_url: str = Field("http://127.0.0.1:8501", description="Base URL of the review UI, for links in alerts.")
    upwork_token: str = Field("", description="OAuth2 access token for Upwork's GraphQL API (read-only job search).")
    upwork_refresh_token: str = Field("", description="Optional OAuth2 refresh token; used once when the API says 401.")
    upwork_client_id: str = Field("", description="OAuth2 client id (needed only to refresh the token).")
    upwork_client_secret: str = Field("", description="OAuth2 client secret (needed only to refresh the token).")
    upwork_tenant_id: str = Field("", description="Optional X-Upwork-API-TenantId header (the organisation to act as).")
    upwork_graphql_url: str = Field("https://api.upwork.com/graphql", description="Upwork GraphQL endpoint.")
    upwork_token_url: str = Field("https://www.upwork.com/api/v3/oauth2/token", description="OAuth2 token endpoint.")
    upwork_poll_minutes: int = Field(15, ge=0, le=24 * 60, description="Poll saved searches this often; 0 = never.")
    upwork_min_interval_s: float = Field(2.0, ge=0, description="Least time between two Upwork API requests.")
    upwork_max_backoff_s: float = Field(60.0, gt=0, description="Longest wait after a 429 or timeout.")
    upwork_max_attempts: int = Field(5, ge=1, le=20, description="Tries per Upwork API request (429, 5xx, timeouts).")
    imap_url: str = Field("", description="imaps://user:password@host/Folder for 'draftroom intake imap'.")
    worker_periodic: bool = Field(True, description="Run periodic tasks (saved-search polling, stranded deliveries, "
                                  "SLA alerts) in this worker; turn off on all but one machine.")
    worker_max_tasks: int = Field(5000, ge=0, description="A worker replaces itself with a fresh process after about "
                                  "this many tasks, finishing the running ones first (bounds its memory); 0 = never.")

    @field_validator("model")
    @classmethod
    def _model_not_blank(cls, v: str) -> str:
        v = v.strip()
        if not v:
            raise ValueError("DRAFTROOM_MODEL is empty: use 'offline' or a litellm model string such as 'openai/gpt-4o-mini'")
        return v

    @property
    def is_offline(self) -> bool:
        return self.model == OFFLINE_MODEL

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.home / 'draftroom.db').resolve()}"

    @property
    def workspace_dir(self) -> Path:
        return self.workspace.resolve().parent


_override: ContextVar[Settings | None] = ContextVar("draftroom_settings_override", default=None)


@lru_cache(maxsize=1)
def _from_environment() -> Settings:
    return Settings()


def get_settings() -> Settings:
    """The settings in force: an ``overridden`` block's, else the environment's (read once)."""
    return _override.get() or _from_environment()


def reset_settings() -> None:
    """Forget cached settings (tests and the CLI's --workspace flags use this)."""
    _from_environment.cache_clear()


@contextmanager
def overridden(**changes) -> Iterator[Settings]:
    """Run a block with some settings changed (an eval run's own database and model), without
    touching the process environment; validated like the environment's values."""
    settings = Settings.model_validate({**get_settings().model_dump(), **changes})
    token = _override.set(settings)
    try:
        yield settings
    finally:
        _override.reset(token)
