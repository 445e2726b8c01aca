"""Fallback topics on the kind of development work itself (issue 14, 8th session): one remark of practice for a post
whose kind of work is clear (an integration, an API, a web app, an automation, an import, an AI feature,
a mobile app, an audit, a migration) but that names no tool or problem with a remark of its own. On the test half a
third of the letters carried no remark at all (tuning half: 6 %), and a letter without one read as a template: these
remarks are what a practitioner says about any job of that kind, so they reach posts no subject table foresaw.

Each is a fallback (``Topic.fallback``, weighed only when no other topic is found), says nothing the kind's own plan
steps say (``kind_table.KINDS``), and is gated by ``needs`` on the concern it speaks to. Data only."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, DEV, SHOP, D, Topic

_DEV_SHOP = DEV | SHOP
_ALL = DEV | SHOP | D
# the post is about an app or system that exists already (its code, its users), not one to be built
_EXISTING = r"\b(?:existing|current|live|legacy) (?:\w+ )?(?:web ?app|app|application|platform|code ?base|system|product)\b"

KIND_TOPICS: tuple[Topic, ...] = (
    Topic("kind_integration", r"\b(integrat\w+|sync(?:ing|ed|s)?|synchroni[sz]\w+)\b", DEV,
          "For an integration I would settle first which system owns each field, since most sync problems come from "
          "two systems updating the same record.",
          # records kept in step between two systems, not an AI model or a feed "integrated" one way
          needs=r"\b(?:sync\w*|synchroni[sz]\w+|two-way|bi-?directional|in step|both (?:ways|systems|directions))\b",
          unless=r"\b(?:integrat\w+ (?:\w+ )?(?:ai|openai|chatgpt|gpt\w*|llms?|models?)|ai integration)\b",
          fallback=True),
    Topic("kind_api_retry", r"\b(apis?|endpoints?|back[- ]?ends?|rest(?:ful)?|graphql)\b", DEV,
          "I would make every request that changes data safe to retry, so a client that resends after a timeout "
          "never creates the same record twice.",
          # an API to be built that takes orders, bookings or payments, where a request sent twice does harm
          needs=r"(?=[\s\S]*\b(?:build\w*|develop\w*|design\w*|creat\w+|implement\w*)\b)[\s\S]*\b(?:(?<!work )orders?|"
                r"bookings?|payments?|transactions?|checkout|reservations?|appointments?)\b",
          fallback=True),
    Topic("kind_webapp_model", r"\b(web ?apps?|web application|saas|mvp|platform|portal|full[- ]?stack)\b", DEV,
          "I would settle the data model before the screens, since a core table that changes later touches every "
          "page built on it.",
          needs=r"\b(?:build\w*|creat\w+|develop\w*|new|from scratch|launch\w*|mvp)\b",
          # a whole app, not its front end or design alone
          unless=_EXISTING + r"|\b(?:front[- ]?end only|only (?:the )?front[- ]?end|ui/ux|user interface|designer)\b"
                             r"|\b(?:sales|marketing|social media|account) (?:manager|specialist|strategist)\b"
                             r"|\b(?:improv\w+|enhanc\w+|refin\w+|accelerat\w+) (?:\w+ ){0,3}(?:app|application|platform|product)\b"
                             # a bug to fix in the app being built (pool readers: "the data-model remark is irrelevant
                             # to my session bug")
                             r"|\b(?:fix|debug|troubleshoot|resolv)\w* (?:\w+ ){0,4}(?:issue|bug|error|problem)s?\b",
          fallback=True),
    Topic("kind_webapp_existing", r"\b(web ?apps?|web application|saas|platform|portal|code ?base)\b", DEV,
          "In an existing app I would run it locally and read the data model before changing anything, so I know "
          "what each change can break.",
          needs=_EXISTING, fallback=True),
    Topic("kind_automation_rerun", r"\b(automat\w+|workflows?)\b", _ALL,
          "I would make each run safe to repeat, so a run retried after a failure never sends or creates anything "
          "twice.",
          # the automation sends or creates something (messages, records, files), where a double run shows
          needs=r"\b(?:emails?|messages?|notifications?|invoices?|leads?)\b",
          fallback=True),
    Topic("kind_import_batch", r"\b(imports?|importing|csv|bulk upload\w*|data feeds?|product feeds?)\b", _ALL,
          "I would match records on a stable key such as the SKU or the email address rather than on names, so a "
          "second run updates records instead of duplicating them.",
          needs=r"\b(?:import\w*|upload\w*|feeds?|load\w*|mapp\w+|sync\w*)\b", fallback=True),
    Topic("kind_ai_examples", r"\b(ai|gpt\w*|llms?|openai|chatgpt|claude|gemini|prompts?)\b", DATA_DEV,
          "Before tuning any prompt I would collect a few dozen real inputs with the answers you expect, so every "
          "change is checked against them rather than judged by eye.",
          # a language model answers or writes from inputs, not an image, voice or trading model
          # and something is to be built on it, not AI output to be reviewed or researched
          needs=r"(?=[\s\S]*\b(?:build\w*|develop\w*|creat\w+|implement\w*|fine[- ]?tun\w+|optimi[sz]\w+)\b)[\s\S]*"
                r"\b(?:prompts?|llms?|gpt[\w-]*|openai|chatgpt|claude|gemini|chat ?bots?)\b",
          # nor a model to train, AI output to annotate or a subject to research
          unless=r"\b(?:images?|photos?|video\w*|voice|speech|audio|trading|stable diffusion|sdxl|flux|tensorflow|"
                 r"pytorch|train(?:ing)? (?:a |the |our )?(?:\w+ )?models?|annotat\w+|research\w*)\b",
          fallback=True),
    Topic("kind_mobile_devices", r"\b(mobile apps?|ios|android|iphone|react native|flutter)\b", DEV,
          "I would test on an older, slower phone as well as a new one, since that is where most crashes and slow "
          "screens turn up.",
          # the app's speed or stability on phones is the concern, not a build error or data taken from an app
          needs=r"\b(?:crash\w*|slow\w*|lag\w*|freez\w+)\b",
          unless=r"\b(?:scrap\w+|compil\w+|apk|build (?:fails|error\w*))\b", fallback=True),
    Topic("kind_audit_rank", r"\b(audit\w*|assessment|code review|review (?:of )?(?:our|the|my) (?:\w+ ){0,2}"
                             r"(?:code|setup|site|website|store|system|app))\b", _ALL,
          "I would rank every finding by its risk and the effort to fix it, so you know what to do first.",
          fallback=True),
    Topic("kind_migration_rehearsal", r"\b(migrat\w+)\b", _ALL,
          "I would run the whole migration once on a full copy and time it, so the real switch fits its window and "
          "nothing is found out on the day.",
          needs=r"\b(?:data|database|records?|products?|customers?|orders?|site|store|server)\b",
          unless=r"\b(?:(?:already|was|were|been|recently) migrated|after (?:the|a|our) migration)\b", fallback=True),
)

# the kinds of work (kind_table ids) each remark reads right for (see ``topic_table.TOPIC_KINDS``)
KIND_KINDS: dict[str, set[str]] = {
    "kind_integration": {"api", "automation", "import"},
    "kind_api_retry": {"api", "webapp"},
    "kind_webapp_model": {"webapp"},
    "kind_webapp_existing": {"webapp", "api"},
    "kind_automation_rerun": {"automation"},
    "kind_import_batch": {"import", "pipeline", "spreadsheet", "automation"},
    "kind_ai_examples": {"ai", "automation"},
    "kind_mobile_devices": {"mobile"},
    "kind_audit_rank": {"review"},
    "kind_migration_rehearsal": {"migration", "database", "store", "website"},
}
