"""Team-written topics (issue 14, 7th round): web, app, API, automation and e-commerce build work (developers' posts). The same rules as the other topic
tables (one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the
trigger does not require); registered in topic_table after the sixth set, before the data fallbacks. Data only."""
from __future__ import annotations

from service.drafting.topic_model import Topic

WEB_TOPICS: tuple[Topic, ...] = ()

WEB_KINDS: dict[str, set[str]] = {}
