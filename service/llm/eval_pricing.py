"""Token counts and prices for ``draftroom eval run --dry-run`` (owned by the evals helper).

litellm is imported lazily, only when a dry run prices something, and with the bundled cost map
(no network)."""
from __future__ import annotations

import os
from dataclasses import dataclass

REFERENCE_TOKENIZER = "gpt-4o-mini"  # counts shown for the offline engine, which has no tokenizer of its own


@dataclass
class Price:
    input_tokens: int
    output_tokens: int
    cost_usd: float | None  # None = litellm knows no price for the model


def _litellm():
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    import litellm  # lazy: seconds to import

    return litellm


def price_call(model: str, messages: list[dict[str, str]], output_text: str) -> Price:
    """Tokens of one call's messages and of an expected output of ``output_text``, and their cost."""
    litellm = _litellm()
    counting_model = REFERENCE_TOKENIZER if model == "offline" else model
    tin = litellm.token_counter(model=counting_model, messages=messages)
    tout = litellm.token_counter(model=counting_model, text=output_text or "")
    if model == "offline":
        return Price(tin, tout, 0.0)
    try:
        cin, cout = litellm.cost_per_token(model=model, prompt_tokens=tin, completion_tokens=tout)
    except Exception:  # unknown model / provider: say so instead of guessing
        return Price(tin, tout, None)
    return Price(tin, tout, float(cin) + float(cout))
