"""The requests replayed from tests/cassettes/ (recorded against the fake server with
``python -m tests.llm.cassette_cases``; keys filtered; replay only in tests)."""
from __future__ import annotations

from pathlib import Path

from service.core.schemas import ProposalParts, SemanticBrief
from service.fit.schemas import FitJudgement

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
POST = "Landing page in Next.js\nWe need a fast landing page with a signup form.\nDeadline: 10 days.\n"
CASES = {"extract_brief": SemanticBrief, "judge_fit": FitJudgement, "draft_proposal": ProposalParts}


def messages(task: str) -> list[dict]:
    return [{"role": "system", "content": f"Task {task}: answer in the requested shape."},
            {"role": "user", "content": f"<<<UNTRUSTED job post id=c0ffee>>>\n{POST}<<<END UNTRUSTED id=c0ffee>>>"}]


def vcr_config(record_mode: str = "none"):
    import vcr

    return vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode=record_mode,
                   match_on=["method", "scheme", "host", "path", "query", "body"],
                   filter_headers=["authorization", "x-api-key", "api-key"], decode_compressed_response=True)


def record() -> None:
    import os
    import tempfile

    from tests.fakes.fake_openai import FakeConfig, FakeOpenAI

    with FakeOpenAI(FakeConfig(seed=1)) as srv:
        os.environ.update({"OPENAI_API_BASE": srv.base_url, "OPENAI_API_KEY": "sk-recording",
                           "DRAFTROOM_MODEL": "openai/gpt-4o-mini", "DRAFTROOM_DATABASE_URL": f"sqlite:///{tempfile.mkdtemp()}/rec.db"})
        from service.core.db import ensure_schema
        from service.llm import LlmRequest, get_gateway

        ensure_schema()
        for task, model in CASES.items():
            if task == "draft_proposal":
                srv.script("invalid", "ok")  # the cassette holds a validation-error-then-success retry
            with vcr_config("all").use_cassette(f"{task}.yaml"):
                get_gateway().run(LlmRequest(task=task, response_model=model, messages=messages(task),
                                             temperature=0.0))
    print(f"recorded {len(CASES)} cassettes in {CASSETTES}")


if __name__ == "__main__":
    record()
