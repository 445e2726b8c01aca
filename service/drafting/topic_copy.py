"""Team-written know-how for copywriting posts (see ``topic_table``): cold email, landing pages and search content.
Data only; read in this order after the tool topics of ``topic_table``."""
from __future__ import annotations

from service.drafting.topic_model import COPY, Topic

COPY_TOPICS: tuple[Topic, ...] = (
    Topic("cold_email", r"\b(cold email\w*|outreach|lead gen\w*|clay|instantly|lemlist)\b", COPY,
          "In cold email, most of the result comes from the list and the first line, so I would write for one narrow "
          "segment at a time and test two openings before scaling.",
          "Who exactly are you writing to, and what do they get if they reply?"),
    Topic("landing", r"\b(landing page|sales page|conversion copy|cro)\b", COPY,
          "On a landing page the first screen decides most of the result, so I would start from the one promise and "
          "the proof behind it before writing anything else.",
          "What is the single action you want a visitor to take?"),
    Topic("seo_content", r"\b(seo|blog posts?|articles?|content writing)\b", COPY,
          "For search content I would pick each article's query and search intent first, then write to answer it "
          "better than the pages ranking today.",
          "Do you have a keyword list already, or should I start with the research?", r"\bkeyword(?:s| list| research)\b",
          unless=r"\bproduct (?:descriptions?|listings?|pages?|copy)\b"),  # no articles to rank (third probe)
)
COPY_KINDS: dict[str, set[str]] = {
    "cold_email": {"copy", "general", "automation"}, "landing": {"copy", "general"}, "seo_content": {"copy", "general"},
}
