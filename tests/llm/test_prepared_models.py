"""instructor gets each response model prepared once: the same class every call, the same schema as
the plain model, async validators still refused, and answers still instances of our own class."""
from __future__ import annotations

import pytest
from pydantic import BaseModel

from service.core.schemas import JobBrief, ProposalParts
from service.llm import remote


def test_prepared_once_per_model_with_the_plain_models_schema():
    first, again = remote.prepared_model(JobBrief), remote.prepared_model(JobBrief)
    assert first is again and issubclass(first, JobBrief)
    assert remote.prepared_model(ProposalParts) is not first
    assert first.model_json_schema() == JobBrief.model_json_schema()
    schema = first.model_json_schema()
    schema["properties"].clear()  # a caller that mutates its copy changes nothing for the next call
    assert first.model_json_schema()["properties"]


def test_instructor_gets_the_cached_class_and_its_openai_schema_is_reused():
    from instructor.v2.core.response_model import prepare_response_model
    from instructor.v2.providers.openai.schema import generate_openai_schema

    model = remote.prepared_model(ProposalParts)
    assert prepare_response_model(model) is model
    assert generate_openai_schema(model) is generate_openai_schema(model)  # instructor's own cache hits


def test_async_validators_are_still_refused():
    from instructor.v2.validation.async_validators import async_field_validator

    class WithAsync(BaseModel):
        name: str

        @async_field_validator("name")
        async def check(self, value):  # pragma: no cover - never run
            return value

    with pytest.raises(ValueError, match="async validators"):
        remote.prepared_model(WithAsync)
    from instructor.v2.validation import async_validators

    with pytest.raises(ValueError, match="async validators"):
        async_validators.reject_async_validators(WithAsync)


def test_find_skills_answers_the_same_from_its_cache():
    from service.text.skills import find_skills_in_text

    text = "Need a React/Next.js dev, Python-based API, Google Analytics 4 and CI/CD pipeline."
    first = find_skills_in_text(text)
    assert first and find_skills_in_text(text) == first
    first.append("mutated")  # callers get their own list
    assert "mutated" not in find_skills_in_text(text)
