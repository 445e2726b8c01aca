"""Response model of the gateway task ``judge_fit``: the qualitative fit criteria.

A real model and the offline heuristics both answer in this shape. Each judgement carries a
verbatim quote from the post; ``service.fit.assess`` drops quotes it cannot find in the post
(evidence becomes "not stated") and fills a criterion the answer left out with the neutral score."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

QUALITATIVE = ("brief_clarity", "communication_quality", "strategic_value")
QualitativeName = Literal["brief_clarity", "communication_quality", "strategic_value"]


class JudgedCriterion(BaseModel):
    model_config = ConfigDict(extra="ignore")

    name: QualitativeName
    score: float = Field(ge=0, le=100, description="0-100; use the neutral score when the post gives no signal.")
    evidence: str = Field("not stated", description="A verbatim quote (at most 200 characters) from the post, or 'not stated'.")
    reason: str = Field("", description="One line: why this score.")


class JudgedDisqualifier(BaseModel):
    model_config = ConfigDict(extra="ignore")

    id: str = Field(description="The disqualifier exactly as listed.")
    hit: bool = Field(False, description="True only if the post clearly matches it.")
    evidence: str = Field("not stated", description="A verbatim quote (at most 200 characters) that shows the hit.")
    reason: str = Field("", description="One line: why it applies or not.")


class FitJudgement(BaseModel):
    model_config = ConfigDict(extra="ignore")

    criteria: list[JudgedCriterion] = Field(default_factory=list,
                                            description="One entry each for brief_clarity, communication_quality, strategic_value.")
    disqualifiers: list[JudgedDisqualifier] = Field(
        default_factory=list, description="One entry per free-text disqualifier listed in the request (none if none listed).")
