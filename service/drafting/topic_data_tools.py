"""Team-written topics (issue 14, a fresh pool of data-analyst posts): subjects those posts named and no topic spoke
to. The same rules as the other topic tables (one first-person sentence true for every post that matches the
trigger and ``needs``, naming no tool the trigger does not require); registered in topic_table after the 8th round,
before the data fallbacks. Data only.

The subjects: heatmaps and session recordings, a tagging plan, subscription metrics, a slow Power BI report, a CSV
Power BI emails on a schedule, a mediation model, data enrichment with a language model, a Tableau backup, gridded
reanalysis data, short-term rental data and MRP planning (a report embedded in the client's app has
``topic_core.report_embed``). Where an earlier,
broader topic names the same tool (``powerbi``, ``tableau``, ``churn``), the trigger also counts the concern's words
and ``needs`` asks for it: an earlier topic wins a tie (``work_kinds._best_topic``), so the specific remark is chosen
only when the post says the concern as well."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, D, Topic

# a report that is slow now (not a duty to keep reports fast: "Performance Optimization: Ensure that the dashboards
# load quickly" is said in the trigger's count, not in ``needs``)
# ("We will likely start slow" is no slow report)
_SLOW = (r"(?:reports?|dashboards?|visuals?|quer(?:y|ies)|pages?|refresh(?:es)?|models?)\b[^.\n]{0,30}\bslow\w*|"
         r"slow(?:ly|er)?\b[^.\n]{0,15}\b(?:load\w*|reports?|dashboards?|quer(?:y|ies)|refresh\w*|open\w*)|"
         r"load(?:ing)? (?:time|speed)s?|(?:loads?|loading) (?:with)?in (?:\d+|a few) seconds?|times? out|timeouts?")

# a Power BI post that sends a data file by email ("email the CSV to our accountant", "a CSV file … and email it"),
# not only an email that a report was refreshed; the data-model remark (``topic_table`` "powerbi") is off the point there
CSV_EMAIL = (r"(?=[\s\S]*\bpower ?bi\b)[\s\S]*(?:\b(?:e-?mail|send|sent|deliver)\w*\s+(?:[\w-]+\s+){0,4}csv\b|"
             r"\bcsv\b[^.;\n]{0,60}\b(?:e-?mail(?:ed)?|sen[dt])\b)")

DATA_TOOL_TOPICS: tuple[Topic, ...] = (
    # "recordings" counts towards the score ("review website recordings … Hotjar or similar user behavior
    # recordings"); ``needs`` asks for the tool or the kind of recording
    Topic("heatmaps", r"\b(hotjar|heat ?maps?|(?:session |website |user |visitor )?recordings?|microsoft clarity)\b", D,
          "With heatmaps and session recordings I would read each page against the one action it is there for, such "
          "as a sign-up or a purchase, since a heatmap shows where people click but only the recordings show where "
          "they hesitate and leave.",
          # a correlation heatmap is a chart, not a record of visitors
          needs=r"\b(?:hotjar|microsoft clarity|(?:session|website|user|visitor) recordings?|(?:click|scroll|website|"
                r"site|page|user) heat ?maps?|heat ?maps? (?:of|on|for) (?:the |our |your |my )?(?:site|website|pages?|"
                r"landing pages?))\b"),
    Topic("tag_plan", r"\b(tagging plan|measurement plan|tag(?:ging)? (?:strategy|audit|implementation)|data ?layer|"
                      r"google tag manager|gtm)\b", D,
          "For a tagging plan I would write every event's name, its parameters and the data layer values it reads "
          "into one shared sheet before any tag is set up, and test each tag against that sheet before it goes live, "
          "since tags added one request at a time end up counting the same action under different names.",
          needs=r"\b(?:tagging plan|measurement plan|tag(?:ging)? (?:strategy|implementation)|data ?layers?)\b"),
    Topic("subscription_metrics", r"\b(subscriptions?|mrr|recurring revenue|churn|paykickstart|chargebee|recurly)\b",
          D,
          "For subscription metrics I would rebuild monthly recurring revenue from the billing events (new, upgrade, "
          "downgrade, cancellation) rather than from invoice totals, since refunds and plans paid a year up front "
          "otherwise show up as swings that never happened.",
          needs=r"\b(?:mrr|monthly recurring revenue|recurring revenue|subscription (?:data|metrics|kpis|analytics|"
                r"dashboards?|revenue|business)|paykickstart|chargebee|recurly)\b"),
    Topic("powerbi_speed", rf"\b(power ?bi|{_SLOW}|performance (?:issues?|problems?|tuning|optimi[sz]ation))\b", D,
          "For a slow Power BI report I would first time each visual with Performance Analyzer and the heaviest "
          "queries in DAX Studio, since one costly measure or a visual that queries its source live usually accounts "
          "for most of the wait, and fix that before anything else.",
          needs=rf"(?=[\s\S]*\bpower ?bi\b)[\s\S]*\b(?:{_SLOW})\b"),
    # a daily CSV from the SQL database, emailed by Power BI: every tuning reader marked the dashboard remark down
    # there ("never answers whether it is feasible")
    Topic("powerbi_csv_email", r"\b(power ?bi|csv|e-?mail\w*|export\w*|every 24 hours|daily)\b", D,  # ``CSV_EMAIL``
          "Power BI can send a file on a schedule: I would have a flow run after each scheduled refresh that queries "
          "the dataset, writes the CSV and emails it (or, on Premium capacity, use a paginated report subscription "
          "with a CSV attachment), since a standard report subscription emails a picture of the page or a link, not "
          "a data file.",
          needs=CSV_EMAIL),
    Topic("mediation", r"\b(mediation|moderated mediation|indirect effects?|mediators?|moderators?)\b", D,
          "For a mediation model I would test the indirect effect with bootstrapped confidence intervals rather than "
          "the older Sobel test, since an indirect effect is rarely normally distributed, and where there is a "
          "moderator, report the effect at set values of it.",
          needs=r"\b(?:mediation (?:models?|analys[ie]s)|moderated mediation|indirect effects?|mediat(?:or|ing) "
                r"(?:variables?|roles?|effects?)|mediators?)\b"),
    Topic("llm_enrichment", r"\b(enrich\w*|chatgpt|gpt-?\d*|openai|llms?|large language models?)\b", DATA_DEV,
          "For enrichment with a language model I would run a few hundred rows first and check them by hand, fix the "
          "prompt and the output format on what goes wrong, and keep each answer beside its source row, so every "
          "enriched value can be traced and run again.",
          needs=r"\b(?:data enrichment|enrich\w* (?:the |our |your |my )?(?:data|records|rows|leads|lists?|datasets?|"
                r"contacts))\b(?=[\s\S]*\b(?:ai|chatgpt|gpt|openai|llms?|language models?)\b)|\b(?:ai|chatgpt|gpt|"
                r"llm)[- ](?:powered |based |driven )?(?:data )?enrichment\b"),
    Topic("tableau_backup", r"\b(tableau|backups?|back(?:ing)? up)\b", D,
          "To back up Tableau I would export the workbooks, the published data sources and their extracts on a "
          "schedule, log what each run saved, and restore one workbook from the backup as a test, since a backup is "
          "only proven by a restore.",
          "Are you on Tableau Cloud or Tableau Server, and where should the backups be kept?",
          # Tableau's own content is backed up (not a database "we back up ourselves" beside a Tableau build)
          needs=r"\bback(?:ing)? up\b[^.\n]{0,40}\b(?:tableau|workbooks?|data sources?|extracts?)\b|\btableau\b"
                r"[^.\n]{0,30}\bbackups?\b|\bbackups?\b[^.\n]{0,30}\btableau\b"),
    Topic("reanalysis", r"\b(era-?5|reanalysis|netcdf|grib|copernicus|cds api)\b", D,
          "With reanalysis data I would request only the variables, levels, area and hours the work needs and keep "
          "the files in their gridded format, and check a few grid points against station records, since a cell's "
          "value is an average over its area rather than a reading at one site."),
    Topic("rental_data", r"\b(airbnb|vrbo|booking\.com|short[- ]term rentals?|vacation rentals?|otas?|occupancy)\b", D,
          "For short-term rental data I would measure occupancy and the average nightly rate against the nights a "
          "listing was actually open for booking, not every calendar night, since blocked and owner-stay nights "
          "otherwise drag occupancy down.",
          needs=r"\b(?:airbnb|vrbo|booking\.com|short[- ]term rentals?|vacation rentals?)\b"),
    Topic("mrp", r"\b(mrp|material requirements planning|bills? of materials?|boms?)\b", D,
          "For MRP work I would check the planning inputs first (bills of materials, lead times, lot sizes and safety "
          "stock), since most wrong purchase suggestions trace back to one stale parameter rather than to the MRP "
          "run itself.",
          needs=r"\b(?:mrp|material requirements planning)\b"),
)

_REPORTS = {"dashboard", "analysis", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
DATA_TOOL_KINDS: dict[str, set[str]] = {
    "heatmaps": _REPORTS | {"review", "website"}, "tag_plan": _REPORTS | {"review", "website"},
    "subscription_metrics": _REPORTS | {"pipeline", "spreadsheet"},
    "powerbi_speed": _REPORTS | {"review", "database", "pipeline"},
    "powerbi_csv_email": _REPORTS | {"automation", "pipeline", "import"},
    "mediation": {"analysis", "research", "general"},
    "llm_enrichment": {"analysis", "ai", "import", "spreadsheet", "general", "research", "pipeline"},
    "tableau_backup": _REPORTS | {"pipeline", "automation", "migration"},
    "reanalysis": {"analysis", "pipeline", "general", "ml", "research"},
    "rental_data": _REPORTS, "mrp": _REPORTS | {"spreadsheet", "database"},
}
