"""Typed errors. The API maps them to HTTP statuses; the CLI prints them as one line."""
from __future__ import annotations


class DraftroomError(Exception):
    """Base class: ``str(err)`` is a message a person can act on."""

    status_code = 400
    code = "bad_request"

    def __init__(self, message: str, *, field: str | None = None, fix: str | None = None, **extra):
        super().__init__(message)
        self.message = message
        self.field = field
        self.fix = fix
        self.extra = extra

    def one_line(self) -> str:
        parts = [self.message]
        if self.field:
            parts.insert(0, f"{self.field}:")
        if self.fix:
            parts.append(f"({self.fix})")
        return " ".join(parts).replace("\n", " ")

    def as_dict(self) -> dict:
        body = {"code": self.code, "message": self.message}
        if self.field:
            body["field"] = self.field
        if self.fix:
            body["fix"] = self.fix
        body.update(self.extra)
        return body


class InvalidInput(DraftroomError):
    status_code = 422
    code = "invalid_input"


class TooLarge(DraftroomError):
    status_code = 413
    code = "too_large"


class NotFound(DraftroomError):
    status_code = 404
    code = "not_found"


class Unauthorized(DraftroomError):
    status_code = 401
    code = "unauthorized"


class Forbidden(DraftroomError):
    status_code = 403
    code = "forbidden"


class Conflict(DraftroomError):
    status_code = 409
    code = "conflict"


class IllegalTransition(Conflict):
    code = "illegal_transition"


class StaleVersion(Conflict):
    code = "stale_version"


class ConfigError(DraftroomError):
    status_code = 500
    code = "config_error"


class DatabaseUnavailable(DraftroomError):
    status_code = 503
    code = "database_unavailable"


class LLMFailure(DraftroomError):
    """The model could not produce a valid answer within the retry budget."""

    status_code = 502
    code = "llm_failure"
