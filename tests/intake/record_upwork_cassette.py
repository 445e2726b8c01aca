"""Records tests/cassettes/upwork_search.yaml from the local fake GraphQL server (no Upwork account here):
one 429 with Retry-After, then a page of results. Run: .venv/bin/python tests/intake/record_upwork_cassette.py
With a real token, point DRAFTROOM_UPWORK_GRAPHQL_URL at Upwork and record the same way (the Authorization
header is filtered out of the cassette)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import vcr

from intake.fake_upwork import FakeUpwork, node
from service.intake.upwork_api import UpworkClient

CASSETTES = HERE.parent / "cassettes"


def recorder(mode: str) -> vcr.VCR:
    return vcr.VCR(cassette_library_dir=str(CASSETTES), record_mode=mode, decode_compressed_response=True,
                   match_on=["method", "scheme", "host", "path", "query", "body"],
                   filter_headers=["authorization", "x-api-key", "api-key"])


if __name__ == "__main__":
    fake = FakeUpwork([node(i) for i in range(3)], page_size=3)
    fake.script = [("429", 2)]
    try:
        with recorder("all").use_cassette("upwork_search.yaml"):
            page = UpworkClient(token="good-token", url=fake.url, min_interval_s=0, sleep=lambda s: None).search(
                "fastapi", {"verifiedPaymentOnly_eq": True})
    finally:
        fake.close()
    print(f"recorded {len(page.jobs)} jobs")
