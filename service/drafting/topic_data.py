"""A fourth set of team-written topics (issue 14): the kinds of data work most common among tuning-half posts for the
data-analytics workspace that still got no know-how remark (trends over time, a dashboard
to build, a specification, a research list, statistics, a survey to design, a traffic dispute). The same rules hold
(one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger
does not require). Each is a fallback (``Topic.fallback``): weighed only when no other topic is found, so it never
displaces a remark on a named tool or problem. Data only."""
from __future__ import annotations

from service.drafting.topic_model import D, Topic

# a dashboard built in a web framework is an app screen, not a report (a named BI tool needs no exclusion: its own
# remark, when it has one, always wins over a fallback)
_APP_SCREEN = r"\b(?:svelte\w*|react|vue|angular|next\.?js|laravel|django|admin panel)\b"

DATA_TOPICS: tuple[Topic, ...] = (
    Topic("trend_gaps", r"\b(sales trends?|(?:monthly|weekly|temporal) trends?|trends? over time|sales data)\b", D,
          "Before reading any trend I would check that every period has complete data, since a week or month with "
          "missing records looks just like a real drop.",
          fallback=True,
          # trends are to be read, not sales data cleaned or entered
          needs=r"\b(?:trends?|over time|seasonal\w*|month[- ]over[- ]month|year[- ]over[- ]year|evolv\w+)\b"),
    Topic("dashboard_compare", r"\b(dashboards?)\b", D,
          "I would put each key number beside its target or last period, so the page shows whether to act.",
          fallback=True,
          needs=r"\b(?:build\w*|design\w*|creat\w+|develop\w*|maintain\w*|configur\w+)\b", unless=_APP_SCREEN),
    Topic("spec_tests", r"\b(business analyst|(?:technical|functional|requirements?) (?:specifications?|documents?|"
                        r"documentation)|requirements gathering)\b", D,
          "I would write each requirement together with the check that shows it is met, so whoever builds it and "
          "you read it the same way.",
          fallback=True,
          needs=r"\b(?:specifications?|requirements?)\b"),
    Topic("list_entries", r"\b(compil\w+ (?:a |an )?(?:\w+ ){0,2}lists?|directory of|contact details)\b", D,
          "For a list like this I would confirm each entry on its own website or official listing rather than "
          "from a directory alone, since directories are often out of date.",
          fallback=True,
          # entries that have a website or listing of their own (places, organisations), not people on a lead list
          needs=r"\b(?:businesses|companies|organi[sz]ations|venues|gardens|schools|clinics|stores|shops|restaurants|"
                r"hotels|agencies|firms|museums|cent(?:er|re)s|facilities|studios|locations)\b"),
    Topic("stats_data", r"\b(statistical (?:analys[ie]s|methods|modell?ing))\b", D,
          "Before choosing any statistical method I would look at how the data was collected and what is missing "
          "from it, since those decide what the data can support.",
          fallback=True,
          unless=r"\b(?:survey|questionnaire|forecast\w*|correlat\w+)\b"),
    Topic("survey_pilot", r"\b(survey (?:instruments?|questions|design)|questionnaire design|design (?:a |the )?"
                          r"(?:survey|questionnaire))\b", D,
          "I would pilot the survey questions with a few people from the target group first, since a question that "
          "can be read two ways cannot be fixed once the answers are in.", fallback=True),
    Topic("traffic_dispute", r"\b(junk traffic|invalid (?:traffic|clicks)|click fraud|bot traffic|fraudulent "
                             r"(?:clicks|traffic))\b", D,
          "For a traffic dispute I would list every suspect click with its source and the pattern that marks it, so "
          "the ad network can check each line against its own records.",
          fallback=True,
          # a claim against an ad network: junk traffic on a site with no dispute or ads is another job
          needs=r"(?=[\s\S]*\b(?:disput\w+|refunds?|invoices?|claims?)\b)[\s\S]*\b(?:ads?|advertis\w+|campaigns?|"
                r"publishers?)\b"),
)

# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
DATA_KINDS: dict[str, set[str]] = {
    "trend_gaps": {"analysis", "dashboard", "general"},
    "dashboard_compare": {"dashboard", "analysis", "general"}, "spec_tests": {"general", "analysis", "review"},
    "list_entries": {"research", "general"}, "stats_data": {"analysis", "general", "research"},
    "survey_pilot": {"analysis", "research", "general"}, "traffic_dispute": {"analysis", "review", "general"},
}
