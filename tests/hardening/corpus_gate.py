"""More bad requests (team-written), aimed at the approval gate and the 5xx of issue 16: loose types on
gate fields, approvals without a claim, odd digits and surrogates, dates out of range, references to
rows that do not exist, odd ids, auth headers and idempotency keys. Same ``Case`` shape and rules as
``corpus.py``: every case must get a 4xx (or, for ``ok|4xx``, a 2xx that harms nothing), never a 5xx.

``{seed}`` is a draft in pending_review nobody has claimed; no case here may change it."""
from __future__ import annotations

import json

from tests.hardening.corpus import OK_POST, Case

D = "/v1/drafts"
J = {"content-type": "application/json"}

# Values that are not a JSON integer (StrictInt refuses them all) and integers no draft has.
NOT_INT = {"true": True, "false": False, "str-1": "1", "float-1": 1.0, "float-1.5": 1.5, "null": None, "list": [1],
           "object": {"v": 1}, "str-empty": "", "str-sql": "1; DROP TABLE drafts", "exp-str": "1e3"}
BAD_INT = {"negative": -1, "zero": 0, "huge": 2**63, "huger": 10**30, "big-stale": 9999}
NOT_BOOL = {"yes": "yes", "str-true": "true", "one": 1, "zero": 0, "str-false": "false", "null": None, "list": [True],
            "object": {"ack": True}, "float": 1.0}


def _gate_field_cases() -> list[Case]:
    out = []
    for name, v in {**NOT_INT, **BAD_INT}.items():
        out.append(Case(f"approve-version-{name}", "POST", f"{D}/{{seed}}/approve", json={"version": v}))
        out.append(Case(f"approve-ack-version-{name}", "POST", f"{D}/{{seed}}/approve",
                        json={"version": v, "acknowledge_flags": True}))
        if name in NOT_INT:  # a well-typed but wrong version keeps the text as a stale version (nothing lost)
            out.append(Case(f"edit-version-{name}", "POST", f"{D}/{{seed}}/edit", json={"version": v, "text": "New."}))
        out.append(Case(f"reject-version-{name}", "POST", f"{D}/{{seed}}/reject", json={"version": v, "reason": "tone"}))
    for name, v in NOT_BOOL.items():
        out.append(Case(f"approve-ack-{name}", "POST", f"{D}/{{seed}}/approve", json={"version": 1, "acknowledge_flags": v}))
    for name, v in {"true": True, "str-5": "5", "float-5": 5.0, "negative": -5, "list": [5], "huge": 10**12}.items():
        out.append(Case(f"claim-minutes-{name}", "POST", f"{D}/{{seed}}/claim", json={"minutes": v}))
    for name, v in {"true": [True], "str": ["1"], "float": [1.5], "null": [None], "nested": [[1]],
                    "obj-bad-id": [{"id": "x"}], "huge": [2**70]}.items():
        out.append(Case(f"bulk-reject-ids-{name}", "POST", f"{D}/bulk-reject", json={"ids": v, "reason": "bad_fit"},
                        expect="ok|4xx"))
    return out


def _claim_cases() -> list[Case]:
    return [
        Case("approve-unclaimed", "POST", f"{D}/{{seed}}/approve", json={"version": 1}, status=409),
        Case("approve-unclaimed-acknowledged", "POST", f"{D}/{{seed}}/approve", json={"version": 1,
                                                                                     "acknowledge_flags": True},
             status=409),
        Case("approve-unclaimed-extra-field", "POST", f"{D}/{{seed}}/approve", json={"version": 1, "claimed": True}),
        Case("approve-as-field", "POST", f"{D}/{{seed}}/approve", json={"version": 1, "as": "owner"}),
        Case("approve-approved-by-field", "POST", f"{D}/{{seed}}/approve", json={"version": 1, "approved_by": 1}),
        Case("release-unclaimed-other", "POST", f"{D}/999999/release", status=404),
        Case("approve-unknown-draft", "POST", f"{D}/999999/approve", json={"version": 1}, status=404),
        Case("approve-text-body", "POST", f"{D}/{{seed}}/approve", content=b"version=1", headers={"content-type":
                                                                                              "text/plain"}),
        Case("approve-empty-body", "POST", f"{D}/{{seed}}/approve", content=b"", headers=J),
        Case("approve-array-body", "POST", f"{D}/{{seed}}/approve", content=b"[1]", headers=J),
        Case("export-unknown", "GET", f"{D}/999999/export", status=404),
        Case("export-unapproved-seed", "GET", f"{D}/{{seed}}/export", status=409),
    ]


def _digit_cases() -> list[Case]:
    """``str.isdigit()`` is true for these, ``int()`` refuses some: never a 5xx."""
    out = []
    for name, v in {"superscript-2": "²", "arabic-indic-3": "٣", "fullwidth-7": "７", "circled-1": "①",
                    "devanagari-5": "५", "huge": "9" * 30, "spaces": " 1 ", "negative": "-1", "zero": "0",
                    "nul": "%00", "long-name": "n" * 500, "sql": "1' OR '1'='1", "emoji": "🙂"}.items():
        out.append(Case(f"queue-assignee-{name}", "GET", f"/v1/queue?assignee={v}", expect="ok|4xx"))
    for name, v in {"minus": "-1", "float": "2.5", "exp": "1e3", "huge": "9" * 40, "empty": "", "superscript": "²"}.items():
        out.append(Case(f"queue-limit-{name}", "GET", f"/v1/queue?limit={v}", expect="4xx" if v else "ok|4xx"))
    for name, v in {"b64-garbage": "eyJ4IjogMX0", "b64-list": "WzEsMiwzXQ", "b64-bad-date": "WzAsICJ4IiwgMV0",
                    "long": "A" * 5000, "unicode": "☃☃", "percent": "%ff%fe"}.items():
        out.append(Case(f"queue-cursor-{name}", "GET", f"/v1/queue?cursor={v}"))
    for name, v in {"status-unknown": "status=lost", "status-many-commas": "status=,,,,", "tier-unknown": "tier=best",
                    "kind-unknown": "kind=letter", "service-line-long": "service_line=" + "x" * 3000,
                    "status-all-unknown": "status=a,b,c"}.items():
        out.append(Case(f"queue-{name}", "GET", f"/v1/queue?{v}", expect="ok|4xx"))
    for name, v in {"zero": "0", "float": "1.0", "arabic": "١", "superscript": "²", "space": "%201", "exp": "1e3",
                    "hex": "0x1", "huge": "9" * 25, "neg-zero": "-0", "plus": "+1"}.items():
        # "1.0", " 1", "+1" are read as 1 by the path parser: reading draft 1 is fine, a 5xx is not
        out.append(Case(f"draft-id-{name}", "GET", f"{D}/{v}", expect="ok|4xx"))
        out.append(Case(f"job-get-{name}", "GET", f"/v1/jobs/{v}", expect="ok|4xx"))
    for name, v in {"negative": "-1", "true": "true", "float": "1.5", "huge": "9" * 25, "superscript": "²"}.items():
        out.append(Case(f"diff-against-{name}", "GET", f"{D}/{{seed}}/diff?against={v}"))
    return out


def _raw(obj_text: str) -> bytes:
    return obj_text.encode()


def _surrogate_cases() -> list[Case]:
    lone = "\\ud800"
    out = []
    for name, body in {
        "job-title": f'{{"job": {{"title": "Fix {lone} checkout", "description": "Fix our checkout on mobile please"}}}}',
        "job-description": f'{{"job": {{"title": "Fix checkout", "description": "Fix our {lone} checkout now"}}}}',
        "job-low-half": '{"job": {"title": "Fix checkout", "description": "Fix our \\udc00 checkout now"}}',
        "job-skills": f'{{"job": {{"title": "Fix checkout", "description": "Fix our checkout", "skills": ["a{lone}"]}}}}',
        "job-client-name": f'{{"job": {{"title": "Fix checkout", "description": "Fix our checkout", '
                           f'"client": {{"name": "Dana {lone}"}}}}}}',
        "job-key": f'{{"job": {{"title": "Fix checkout", "description": "Fix our checkout", "x{lone}": 1}}}}',
        "job-text": f'{{"job_text": "Need a dev {lone} for Django. Budget $500"}}',
        "reversed-pair": '{"job_text": "Need a dev \\ude00\\ud83d for Django. Budget $500"}',
        "instructions": f'{{"job_text": "Need a Django dev. Budget $500", "instructions": "be {lone} brief"}}',
    }.items():
        out.append(Case(f"surrogate-{name}", "POST", D, content=_raw(body), headers=J))
        out.append(Case(f"surrogate-jobs-{name}", "POST", "/v1/jobs", content=_raw(body), headers=J))
    out += [
        Case("surrogate-edit-text", "POST", f"{D}/{{seed}}/edit", content=_raw(f'{{"version": 1, "text": "Hi {lone}"}}'),
             headers=J),
        Case("surrogate-reject-note", "POST", f"{D}/{{seed}}/reject",
             content=_raw(f'{{"version": 1, "reason": "tone", "note": "x{lone}"}}'), headers=J),
        Case("surrogate-contract-client", "POST", "/v1/contracts",
             content=_raw(f'{{"client_name": "Dana {lone}", "title": "Rebuild"}}'), headers=J),
        Case("surrogate-outcome-note", "POST", f"{D}/{{seed}}/outcome",
             content=_raw(f'{{"stage": "proposed", "note": "{lone}"}}'), headers=J),
        Case("surrogate-in-query", "GET", "/v1/queue?assignee=%ED%A0%80", expect="ok|4xx"),
        Case("emoji-pair-is-fine", "POST", D, content=_raw('{"job_text": "Need a Django dev \\ud83d\\ude00. Budget '
                                                         '$500 fixed, start Monday, small API."}'),
             headers=J, expect="ok|4xx"),
    ]
    return out


def _date_cases() -> list[Case]:
    out = []
    for name, v in {"year-1-plus-2359": "0001-01-01T00:00:00+23:59", "year-9999-minus-2359": "9999-12-31T23:59:59-23:59",
                    "year-0": "0000-01-01T00:00:00", "month-13": "2025-13-01T00:00:00", "feb-30": "2025-02-30",
                    "offset-24h": "2025-01-01T00:00:00+24:00", "number-huge": 1e20, "number-negative": -1e20,
                    "bool": True, "empty": "", "far-future": "2999-01-01T00:00:00Z", "nan": "NaN",
                    "unicode-digits": "２０２５-０１-０１"}.items():
        out.append(Case(f"outcome-at-{name}", "POST", f"{D}/{{seed}}/outcome", json={"stage": "proposed", "at": v}))
    for name, v in {"string-nan": "NaN", "inf-string": "Infinity", "list": [1], "bool": True}.items():
        out.append(Case(f"outcome-value-{name}", "POST", f"{D}/{{seed}}/outcome", json={"stage": "won", "value_usd": v}))
    out.append(Case("outcome-value-inf", "POST", f"{D}/{{seed}}/outcome",
                    content=b'{"stage": "won", "value_usd": 1e400}', headers=J))
    out.append(Case("outcome-stage-number", "POST", f"{D}/{{seed}}/outcome", json={"stage": 3}))
    out.append(Case("outcome-unknown-draft", "POST", f"{D}/999999/outcome", json={"stage": "proposed"}, status=404))
    return out


C = "/v1/contracts"


def _contract_cases() -> list[Case]:
    base = {"client_name": "Dana Ortiz", "title": "Dashboard rebuild"}
    out = [
        Case("contract-unknown-job", "POST", C, json={**base, "job_id": 999_999}, status=404),
        Case("contract-negative-job", "POST", C, json={**base, "job_id": -1}, status=404),
        Case("contract-huge-job", "POST", C, json={**base, "job_id": 2**70}),
        Case("contract-job-str", "POST", C, json={**base, "job_id": "x"}),
        Case("contract-job-float", "POST", C, json={**base, "job_id": 1.5}),
        Case("contract-empty-client", "POST", C, json={**base, "client_name": ""}),
        Case("contract-long-client", "POST", C, json={**base, "client_name": "x" * 201}),
        Case("contract-unknown-line", "POST", C, json={**base, "service_line": "no_such_line"}),
        Case("contract-unknown-field", "POST", C, json={**base, "approve": True}),
        Case("contract-milestones-str", "POST", C, json={**base, "milestones": "all of them"}),
        Case("contract-milestone-no-title", "POST", C, json={**base, "milestones": [{"due": "2025-03-01"}]}),
        Case("entry-unknown-contract", "POST", f"{C}/999999/entries", json={"text": "note"}, status=404),
        Case("entry-bad-kind", "POST", f"{C}/999999/entries", json={"text": "note", "kind": "sms"}),
        Case("entry-empty-text", "POST", f"{C}/999999/entries", json={"text": ""}),
        Case("draft-unknown-contract", "POST", f"{C}/999999/drafts", json={"kind": "checkin"}, status=404),
        Case("draft-bad-kind", "POST", f"{C}/999999/drafts", json={"kind": "proposal"}),
        Case("contract-get-unknown", "GET", f"{C}/999999", status=404),
        Case("contract-get-text-id", "GET", f"{C}/abc"),
    ]
    for name, v in {"feb-30": "2025-02-30", "year-0": "0000-01-01", "year-5-digits": "99999-01-01", "words": "soon",
                    "datetime": "2025-03-01T10:00:00+23:59", "unicode-digits": "２０２５-０３-０１"}.items():
        odd = "ok|4xx" if name == "datetime" else "4xx"  # a full date-time is a date too
        out.append(Case(f"contract-start-{name}", "POST", C, json={**base, "started_at": v}, expect=odd))
        out.append(Case(f"contract-due-{name}", "POST", C, json={**base, "milestones": [{"title": "M", "due": v}]},
                        expect=odd))
    return out


def _job_shape_cases() -> list[Case]:
    t = {"title": "Fix checkout", "description": "Fix our checkout on mobile. Budget $400."}
    return [Case(f"job-json-{name}", "POST", D, json={"job": {**t, **extra}}, expect="ok|4xx") for name, extra in {
        "skills-string": {"skills": "react, node"}, "skills-numbers": {"skills": [1, 2, 3]},
        "skills-huge": {"skills": [f"s{i}" for i in range(5000)]}, "client-string": {"client": "Dana"},
        "client-list": {"client": ["Dana"]}, "title-null": {"title": None}, "budget-object": {"budget": {"min": 1}},
        "budget-bool": {"budget": True}, "questions-object": {"questions": {"q": "why"}},
        "nested-lists": {"skills": [[[[["deep"]]]]]}, "client-rating-str": {"client": {"rating": "five"}},
        "posted-garbage": {"posted_at": "0001-01-01T00:00:00+23:59"}, "url-javascript": {"url": "javascript:alert(1)"},
        "id-huge": {"id": 2**80}, "hourly-negative": {"hourly_min": -5, "hourly_max": -1},
    }.items()]


def _auth_cases() -> list[Case]:
    return [
        Case("auth-bearer-no-key", "GET", f"{D}/{{seed}}", headers={"authorization": "Bearer"}, status=401),
        Case("auth-bearer-spaces", "GET", f"{D}/{{seed}}", headers={"authorization": "Bearer    "}, status=401),
        Case("auth-long-key", "GET", f"{D}/{{seed}}", headers={"authorization": "Bearer " + "k" * 10_000}, status=401),
        Case("auth-token-scheme", "GET", f"{D}/{{seed}}", headers={"authorization": "Token dr_x"}, status=401),
        Case("auth-approve-no-key", "POST", f"{D}/{{seed}}/approve", json={"version": 1},
             headers={"authorization": ""}, status=401),
        Case("auth-export-no-key", "GET", f"{D}/{{seed}}/export", headers={"authorization": ""}, status=401),
        Case("auth-approve-wrong-key", "POST", f"{D}/{{seed}}/approve", json={"version": 1},
             headers={"authorization": "Bearer dr_wrong"}, status=401),
        Case("idem-key-tab", "POST", D, json={"job_text": OK_POST}, headers={"idempotency-key": "a\tb"}),
        Case("idem-key-latin1", "POST", D, json={"job_text": OK_POST}, headers={"idempotency-key": "cl\xe9".encode("latin-1")}),
        Case("idem-key-empty", "POST", f"{D}/{{seed}}/approve", json={"version": 1}, headers={"idempotency-key": ""}),
        Case("idem-approve-unclaimed", "POST", f"{D}/{{seed}}/approve", json={"version": 1},
             headers={"idempotency-key": "gate-approve-1"}, status=409),
        Case("retry-unknown-draft", "POST", f"{D}/999999/retry", status=404),
        Case("retry-text-id", "POST", f"{D}/abc/retry"),
        Case("retry-huge-id", "POST", f"{D}/{'9' * 25}/retry"),
        Case("retry-job-unknown", "POST", "/v1/jobs/999999/retry", status=404),
        Case("put-draft", "PUT", f"{D}/{{seed}}", json={"status": "approved"}, status=405),
        Case("patch-draft", "PATCH", f"{D}/{{seed}}", json={"status": "approved"}, status=405),
        Case("delete-version", "DELETE", f"{D}/{{seed}}/versions", status=405),
        Case("get-approve", "GET", f"{D}/{{seed}}/approve", status=405),
        Case("regenerate-instructions-number", "POST", f"{D}/{{seed}}/regenerate", json={"instructions": 5}),
        Case("regenerate-wait-garbage", "POST", f"{D}/{{seed}}/regenerate?wait=maybe", json={}),
        Case("versions-text-id", "GET", f"{D}/abc/versions"),
        Case("audit-limit-huge", "GET", "/v1/audit?limit=100000"),
        Case("scorecard-weeks-zero", "GET", "/v1/metrics/scorecard?weeks=0"),
        Case("scorecard-weeks-text", "GET", "/v1/metrics/scorecard?weeks=four"),
        Case("json-duplicate-keys", "POST", f"{D}/{{seed}}/approve", content=b'{"version": 1, "version": true}',
             headers=J),
        Case("json-bom", "POST", f"{D}/{{seed}}/approve", content=b'\xef\xbb\xbf{"version": true}', headers=J),
        Case("json-deep-array", "POST", f"{D}/{{seed}}/approve", content=b"[" * 5000 + b"]" * 5000, headers=J),
        Case("json-big-number", "POST", f"{D}/{{seed}}/approve", content=b'{"version": ' + b"9" * 5000 + b"}",
             headers=J),
    ]


GATE_CASES: list[Case] = [*_gate_field_cases(), *_claim_cases(), *_digit_cases(), *_surrogate_cases(),
                          *_date_cases(), *_contract_cases(), *_job_shape_cases(), *_auth_cases()]
json.dumps([c.id for c in GATE_CASES])
