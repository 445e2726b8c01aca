"""Any JSON body gives either accepted jobs or InvalidInput naming a field: never another exception
(which the API would turn into a 500). Also for every accepted job, the parser that stores it."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.payloads import STRONG, vollna, vollna_project
from service.core.errors import InvalidInput
from service.intake.webhooks import split_payload
from service.workflows.sources import dedupe_key

scalars = st.none() | st.booleans() | st.integers(-10**6, 10**12) | st.floats(allow_nan=False) | st.text(max_size=40)
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
                           max_leaves=20)
generic_keys = st.sampled_from(sorted(STRONG) + ["questions", "posted_at", "experience_level", "jobs"])
vollna_keys = st.sampled_from(sorted(vollna_project()) + ["ciphertext", "uid"])


def _check(source: str, body) -> None:
    try:
        accepted, rejected = split_payload(source, body)
    except InvalidInput as exc:
        assert exc.field
        return
    assert all(r.field is not None and r.message for r in rejected)
    for item in accepted:
        try:
            dedupe_key(item.job)
        except InvalidInput as exc:
            assert exc.field


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(generic_keys, json_values, max_size=8), st.booleans())
def test_generic_bodies_never_crash(changes, start_from_valid):
    body = {**STRONG, **changes} if start_from_valid else changes
    _check("generic", body)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(vollna_keys, json_values, max_size=6), json_values)
def test_vollna_bodies_never_crash(changes, junk):
    _check("vollna", vollna([{**vollna_project(), **changes}]))
    _check("vollna", junk)
