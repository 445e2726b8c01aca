"""The writer's own sentences never fail the grounding lint on a post that only names their trigger: a job term of
``lint_letters.GROUND_TERMS`` ("login", "webhooks", "migration", "payments") or "your …" the post does not use is a
claim about the job (16 of 624 tuning letters failed ``grounded`` on a remark or a step, 1 after this)."""
from __future__ import annotations

import pytest

from service.drafting.kind_table import KINDS
from service.drafting.lint_letters import ungrounded_terms
from service.drafting.role_shape import role_steps
from service.drafting.topic_table import TOPICS

_BY_ID = {t.id: t for t in TOPICS}


@pytest.mark.parametrize(("topic", "post"), [
    ("stripe", "Integrate Stripe into our web app so customers can pay for their orders."),
    ("django", "We need a Django developer for our booking web app."),
    ("new_app_stores", "Build a new mobile app for iOS and Android from scratch for our gym members."),
])
def test_a_remark_names_only_what_its_trigger_brings(topic, post):
    assert not ungrounded_terms(_BY_ID[topic].insight, post), _BY_ID[topic].insight


def test_the_store_steps_and_the_stand_up_step_claim_nothing_of_the_post():
    store = next(k for k in KINDS if k.id == "store")
    for step in store.steps:
        assert not ungrounded_terms(step, "Set up a new Shopify store for our candle brand."), step
    standup = role_steps("Ongoing role; you join scrum with our team each morning.", "build the features")[2]
    assert "your" not in standup.split() and "daily stand-up" in standup, standup
