"""Error details for the API: the fix a validation error needs, and a log line for an unexpected error
that names where it happened but never carries user content (no exception message, no SQL parameters,
no request text, no local variables)."""
from __future__ import annotations

import logging
import traceback

_FIXES = {
    "int_type": "send a JSON integer: no quotes, no decimals, not true/false (e.g. \"version\": 2)",
    "int_parsing": "send a whole number (e.g. 2)",
    "int_from_float": "send a whole number without a decimal point (e.g. 2, not 2.0)",
    "bool_type": "send a JSON boolean: true or false, without quotes",
    "bool_parsing": "send true or false",
    "string_type": "send a JSON string in double quotes",
    "missing": "add this field (see the request schema at /docs)",
    "extra_forbidden": "remove this field; the request schema at /docs lists the allowed ones",
    "literal_error": "use one of the values the message lists",
    "datetime_from_date_parsing": "send an ISO 8601 date-time such as 2025-03-03T14:00:00Z",
    "datetime_parsing": "send an ISO 8601 date-time such as 2025-03-03T14:00:00Z",
    "datetime_type": "send an ISO 8601 date-time such as 2025-03-03T14:00:00Z",
    "json_invalid": "send a valid JSON body (Content-Type: application/json)",
    "model_attributes_type": "send a JSON object",
    "dict_type": "send a JSON object",
    "list_type": "send a JSON array",
    "greater_than_equal": "send a larger value (the message gives the minimum)",
    "less_than_equal": "send a smaller value (the message gives the maximum)",
    "string_too_long": "send a shorter text (the message gives the limit)",
    "string_too_short": "send a non-empty text",
    "value_error": "send a value in the range the message gives",
    "finite_number": "send a finite number",
}


def fix_for(error: dict) -> str:
    return _FIXES.get(error.get("type", ""), "see the request schema at /docs")


def route_of(request) -> str:
    """The route template (``/v1/drafts/{draft_id}``), never the concrete path with its values."""
    route = request.scope.get("route")
    return getattr(route, "path", None) or "(no route)"


def log_unexpected(log: logging.Logger, request, exc: BaseException) -> None:
    """One ERROR line with the exception type, the route and the code locations of the traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " < ".join(f"{f.filename.rsplit('/', 2)[-1] if '/' in f.filename else f.filename}:{f.lineno} {f.name}"
                       for f in reversed(frames[-8:]))
    causes = []
    cause = exc.__cause__ or exc.__context__
    while cause is not None and len(causes) < 3:
        causes.append(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    log.error("unexpected %s on %s %s%s at %s", type(exc).__name__, request.method, route_of(request),
              f" (caused by {', '.join(causes)})" if causes else "", where)
