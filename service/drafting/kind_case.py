"""The shape of a case of a kind of work whose own steps misread it (``kind_variants.CASES``, ``dashboard_cases``).
Data only."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """A case of a kind whose own steps, question and offer misread it: when ``when`` matches the post and ``unless``
    does not, its steps, start, question and next-step offer replace the kind's (read before ``VARIANTS``)."""
    when: str
    steps: tuple[str, str, str]
    start: str
    question: str
    offer: tuple[str, str]  # the case's own next-step offer (send, back)
    unless: str = ""
    need: str = ""  # the case's own need sentence (``work_kinds.need_sentence`` slots), when the kind's misreads it
    topic_question: bool = False  # a topic's question still wins over the case's own (the case is only a rewording)
