"""Team-written topics (issue 14, 8th round): recurring data and analytics subjects (each the main subject of 3+ tuning posts). The same rules as the other topic tables
(one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger
does not require); registered in topic_table after the 7th round, before the data fallbacks. Data only.

The subjects: an ERP system's setup or scripts (Sage, NetSuite and the like), data copied into a sheet by hand, and
the general data-analyst post that names no method or tool the earlier tables speak to (a fallback, so it never
displaces a remark on a named subject)."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, D, Topic
from service.drafting.work_modes import LIST_CLEANING

FREQ_DATA_TOPICS: tuple[Topic, ...] = (
    Topic("erp_changes", r"\b(erps?|netsuite|suitescript|sage(?: intacct| 300| x3| 50| 100| 200)?|acumatica|"
                         r"dynamics 365|business central|microsoft dynamics|sap(?: b1| business one| s/4 ?hana)?|"
                         r"epicor|syspro)\b", DATA_DEV,
          "In an ERP I would make and test each configuration change, script or workflow in a sandbox or test "
          "company with sample transactions before it reaches the live system, since a changed posting rule or "
          "approval step applies to every entry made after it.",
          needs=r"\b(?:implement\w*|configur\w*|customi[sz]\w*|modules?|scripts?|workflows?|functional|"
                r"admin\w*|set ?up|integrat\w*|posting|approvals?)\b",
          # Odoo has its own remark; a website that lists ERP consulting among a firm's services is no ERP work
          unless=r"\bodoo\b|\b(?:build|design|redesign|create) (?:a |an |our |the |my )?(?:new )?(?:\w+ )?"
                 r"(?:website|web site|landing page)\b"),
    Topic("manual_transfer", r"\b(copy[- ]?(?:and|&|n)[- ]?past(?:e|ed|ing)|cut (?:&|and) past(?:e|ed|ing)|"
                             r"manual(?:ly)? (?:data (?:entry|mining|collection|transfer)|(?:copy|transfer|enter|"
                             r"input)\w* (?:the |this |all )?(?:data|details|information|fields|records))|"
                             r"manual(?:ly)? (?:copy|transfer)\w*)\b", D,
          "For copying data by hand I would fix each column's format (dates, names, numbers) before the first row "
          "and check a sample of rows against the source with every delivery, since a field pasted into the wrong "
          "column looks fine at a glance and tends to repeat until it is caught.",
          unless=r"\b(?:automat\w+ (?:the |our |this |that |all )?(?:manual|copy|data entry|process\w*)|"
                 r"eliminat\w+ (?:the )?manual|replac\w+ (?:the |our )?manual|reduc\w+ (?:the )?manual|"
                 r"instead of (?:manual\w*|copy\w*)|no more (?:manual|copy)|without (?:manual\w*|copy\w*))\b"),
    Topic("analyst_metrics", r"\b(data analysts?|data analytics|analy[sz]\w* (?:large |complex |the |our |your |"
                             r"business )?(?:data|datasets?)|(?:actionable|data[- ]driven|meaningful) insights?)\b", D,
          "Before drawing conclusions from the data I would write down how each figure is defined and which "
          "source counts as the reference for it, since the same metric pulled from two places rarely matches "
          "and a report loses trust the first time two of its numbers disagree.",
          # not a developer's post that names analytics as its product, nor a post an earlier fallback speaks to
          # more closely (a survey's design, junk ad traffic), nor coursework, where no report is trusted or
          # doubted (pool readers: "a business-report point that doesn't fit a university assignment")
          unless=r"\b(?:developers?|software engineer\w*|app development|the code|surveys?|questionnaires?|"
                 r"junk traffic|invalid (?:traffic|clicks)|click fraud|bot traffic|homework|coursework|"
                 r"(?:university|college|school|class|course) (?:assignment|project|task)s?|assignments?|"
                 r"grades?|exam|(?:my|our) research (?:data|project|study))\b|"
                 # nor lists to merge and dedupe, with no figure to define (pool readers: "there are no metrics")
                 + LIST_CLEANING,
          fallback=True),
)

FREQ_DATA_KINDS: dict[str, set[str]] = {
    "erp_changes": {"analysis", "dashboard", "automation", "api", "database", "migration", "import", "review",
                    "general"},
    "manual_transfer": {"research", "spreadsheet", "import", "automation", "database", "general"},
    "analyst_metrics": {"analysis", "dashboard", "general"},
}
