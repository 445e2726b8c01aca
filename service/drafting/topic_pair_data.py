"""Team-written topics (issue 14, 9th round): data and analytics subjects that are the main subject of 2+ tuning posts. The same rules as the other topic tables
(one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger
does not require); registered in topic_table after the 8th round, before the data fallbacks. Data only."""
from __future__ import annotations

from service.drafting.topic_model import Topic

PAIR_DATA_TOPICS: tuple[Topic, ...] = ()

PAIR_DATA_KINDS: dict[str, set[str]] = {}
