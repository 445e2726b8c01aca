"""Team-written topics (issue 14, 7th round): web, app, API, automation and e-commerce build work (developers' posts). The same rules as the other topic
tables (one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the
trigger does not require); registered in topic_table after the sixth set, before the data fallbacks. Data only.

Each is a pitfall of one recurring kind of build (webhooks, two-way syncs, crawls over many pages, CAPTCHAs, daily
scrapers, image collections, social platforms, in-app purchases, WooCommerce checkouts and plugins, theme sections,
product configurators, voice agents that hand calls over, multi-tenant apps, bookings, OAuth connections, large
uploads). Where an earlier, broader topic names the same tool (``scraping``, ``nocode``, ``mobile``,
``wordpress``, ``shopify``, ``agents``), the trigger also counts that tool's words and ``needs`` asks for the
specific concern: an earlier topic wins a tie (``work_kinds._best_topic``), so the specific remark is chosen only
when the post says the concern as well."""
from __future__ import annotations

from service.drafting.topic_model import (
    DATA_DEV,
    DEV,
    SHOP,
    STORE_FAULT,
    THEME_BUILD,
    Topic,
)
from service.drafting.work_modes import NEW_STORE

_SCRAPE = r"scrap(?:e|ed|er|ers|es|ing|per|pers|ping)|crawl(?:s|ed|er|ers|ing)?"  # not "scrapbooking"
_HAS_SCRAPE = rf"(?=[\s\S]*\b(?:{_SCRAPE})\b)"
_NOCODE = r"zapier|make\.com|integromat|n8n"
_MOBILE = r"react native|flutter|expo|ios app|android app|app store|play store"
_WP = r"wordpress|woocommerce|elementor|divi|wp"
_SHOP = r"shopify|liquid|metafields?"
_AGENTS = r"ai agents?|agentic|langchain|langgraph|crewai|autogen|function calling|tool calling|n8n agents?"
_VOICE = r"voice agents?|voice ai|ai voice|voice bots?|vapi|retell|bland ai"

WEB_TOPICS: tuple[Topic, ...] = (
    Topic("webhook_events", rf"\b(webhooks?|{_NOCODE})\b", DATA_DEV,
          "For webhook-driven steps I would record the id of every event received and skip any already handled, "
          "since senders retry deliveries they think failed and a repeat would otherwise run the work a second "
          "time.",
          # the post is about receiving or wiring webhooks, not one in a list of skills
          needs=r"^[^\n]*\bwebhooks?\b|\b(?:webhook[- ]triggered|via (?:a )?webhooks?|webhook (?:handlers?|"
                r"automations?|endpoints?|listeners?|events?|calls?)|(?:send|receiv|catch|trigger)\w* (?:\w+ ){0,3}"
                r"webhooks?)\b"),
    Topic("two_way_sync", rf"\b(two[- ]way sync\w*|2[- ]way sync\w*|bi-?directional\w*|sync\w* (?:in )?both "
                          rf"(?:ways|directions)|{_NOCODE})\b", DATA_DEV,
          "For a two-way sync I would keep a table pairing each record's id in both systems and mark the changes "
          "the sync itself makes, so an update is never copied back and forth in a loop or created twice.",
          needs=r"\b(?:two[- ]way|2[- ]way|bi-?directional\w*|both (?:ways|directions))\b"),
    Topic("scrape_queue", rf"\b({_SCRAPE}|paginat\w+|multiple pages|sitemaps?|url queue)\b", DATA_DEV,
          "For a crawl over many pages I would keep every URL in a queue marked done or failed, so a run that stops "
          "halfway resumes where it left off and a failed page is retried instead of silently missing.",
          needs=_HAS_SCRAPE + r"[\s\S]*\b(?:paginat\w+|multiple pages|sitemaps?|url queue|next pages?|\d[\d,.]*k?\+? "
                r"(?:urls|pages|product pages)|(?:thousands|millions|hundreds) of (?:urls|pages|products|listings|"
                r"records))\b"),
    Topic("scrape_blocking", rf"\b({_SCRAPE}|captchas?|recaptcha|anti-?bot|bot detection|avoid\w* detection|"
                             r"stealth|proxies|ip rotation|cloudflare)\b", DATA_DEV,
          "On a site that guards against bots I would keep the scraper slow and steady (one session, realistic "
          "pauses, no bursts), since that avoids most challenges, and log every CAPTCHA or block it meets, so a "
          "rise in blocks is seen before the data stops.",
          needs=_HAS_SCRAPE + r"[\s\S]*\b(?:captchas?|recaptcha|anti-?bot|bot detection|avoid\w* detection|bypass "
                r"detection|stealth|ip rotation|get(?:ting)? blocked|being blocked)\b"),
    Topic("scrape_daily", rf"\b({_SCRAPE}|daily|every day|each day|nightly|every morning)\b", DATA_DEV,
          "For a scraper that runs every day I would key each record by its id on the site, so a run adds new "
          "records and updates changed ones without duplicates, and have it alert when a run finds nothing, since "
          "a change on the site usually shows up as an empty run rather than an error.",
          # the scraping itself runs daily (said in one breath), not a daily duty beside a scraping skill
          needs=rf"\b(?:daily|every day|each day|nightly|every morning)\b[^.\n]{{0,60}}\b(?:{_SCRAPE})\b|"
                rf"\b(?:{_SCRAPE})\b[^.\n]{{0,60}}\b(?:daily|every day|each day|nightly|every morning)\b"),
    Topic("scrape_images", rf"\b({_SCRAPE}|images?|photos?|pictures?)\b", DATA_DEV,
          "For an image collection I would save every image with its source URL and a perceptual hash, so the same "
          "picture found twice or at another size is kept once and every file can be traced back to its page.",
          # images are the thing collected (the title says so), not a field among others
          needs=rf"^[^\n]*(?:\b(?:{_SCRAPE}|data ?set)\b[^\n]*\b(?:images?|photos?|pictures?)\b|\b(?:images?|"
                rf"photos?|pictures?)\b[^\n]*\b(?:{_SCRAPE}|data ?set)\b)"),
    Topic("social_scrape", rf"\b({_SCRAPE}|linkedin|instagram|facebook|tiktok|twitter)\b", DATA_DEV,
          "On social platforms I would collect only what is publicly visible, at a slow pace and without logging in "
          "wherever the data allows it, since these platforms restrict accounts they catch collecting data in bulk.",
          needs=_HAS_SCRAPE + r"^[^\n]*\b(?:linkedin|instagram|facebook|tiktok|twitter)\b"),
    Topic("in_app_purchases", rf"\b(in[- ]app purchases?|iap|storekit|revenuecat|{_MOBILE})\b", DEV,
          "For in-app purchases I would check every purchase on the server and include a restore-purchases option "
          "from the start, since app review expects one and a purchase checked only on the phone can be faked.",
          needs=r"\b(?:in[- ]app purchases?|iap|storekit|revenuecat|in[- ]app subscriptions?)\b"),
    Topic("woo_checkout", rf"\b({_WP}|checkout)\b", DEV | SHOP,
          "For a custom WooCommerce checkout I would first check whether the store runs the block checkout or the "
          "classic one, since fields and hooks written for one do not show up in the other.",
          needs=r"(?=[\s\S]*\bwoocommerce\b)[\s\S]*\b(?:custom\w* (?:\w+ )?checkout|checkout (?:page|fields?|flow|"
                r"form|design|customi[sz]\w+|development))\b"),
    Topic("wp_plugin_custom", rf"\b({_WP}|plugins?)\b", DEV | SHOP,
          "To change how a plugin behaves I would hook into its actions and filters from a small custom plugin (or "
          "override its templates in a child theme) rather than edit its files, since the next plugin update "
          "overwrites any edit made there.",
          needs=r"(?=[\s\S]*\b(?:wordpress|woocommerce|wp)\b)[\s\S]*\b(?:customi[sz]\w* (?:the |existing |"
                r"third[- ]party )?plugins?|plugins? customi[sz]\w+|(?:extend|modif)\w* (?:the |existing )?plugins?|"
                r"helper plugin)\b"),
    # a store feature that stopped working ("add to cart does nothing since last night"): the store-apps remark is beside
    # the point there (third probe), and what changed just before it is where the cause usually is
    Topic("store_fault", rf"\b({_SHOP}|add[- ]to[- ]cart|checkout|cart|buy (?:now )?buttons?|quantity selectors?|variant "
                         r"(?:pickers?|selectors?))\b", SHOP,
          "When something on a store stops working, the usual cause is a script clash between the theme and an app or "
          "a recent update, so I would start from what changed in the theme and the apps just before it broke.",
          needs=STORE_FAULT),
    # a store to build from scratch: which apps to add is the choice there, with no theme of the client's to change
    Topic("new_store", rf"\b({_SHOP}|online store|e-?commerce store|online shop)\b", SHOP,
          "For a new store I would start from a theme close to the look you want and add apps only for what it cannot "
          "do, since every app adds scripts that slow the store down.",
          needs=NEW_STORE),
    Topic("theme_sections", rf"\b({_SHOP}|sections?|theme editor)\b", DEV | SHOP,
          "For custom sections I would build each one as a theme section with its own settings and blocks, so you "
          "can add, reorder and edit them in the theme editor without touching code.",
          needs=r"(?=[\s\S]*\bshopify\b)[\s\S]*(?:\b(?:custom sections?|new sections?|sections? (?:and|&) blocks|"
                r"theme editor|drag[- ](?:and|&|n)[- ]drop)\b|" + THEME_BUILD + ")"),
    Topic("product_configurator", rf"\b(product configurators?|configurators?|product customi[sz]ers?|live preview|"
                                  rf"product options|{_SHOP}|{_WP}|plugins?)\b", DEV | SHOP,
          "For a product configurator I would carry every chosen option into the cart and the order with the item "
          "and work out the price from those options outside the browser, so the order holds exactly what the "
          "customer designed at a price nobody can alter on the page.",
          needs=r"\b(?:configurators?|product customi[sz]ers?|live preview|personali[sz]ation tool)\b"),
    Topic("voice_handoff", rf"\b({_VOICE}|{_AGENTS})\b", DEV,
          "For a voice agent on the phone I would agree when it passes the call to a person (the caller asks for "
          "one, it is unsure, or a lead is ready) and hand over a short summary with the call, so the caller never "
          "has to repeat themselves.",
          # a voice agent the post also calls an AI agent: ``voice_agent`` (topic_dev) steps aside for those
          needs=rf"(?=[\s\S]*\b(?:{_VOICE})\b)[\s\S]*\b(?:calls?|calling|callers?|phone)\b"),
    Topic("multi_tenant", r"\b(multi[- ]?tenant\w*|multitenan\w+|tenant isolation)\b", DEV,
          "For a multi-tenant app I would put the tenant id on every table and apply it in one shared place for "
          "every query, with a test that one account cannot read another's data, so no client ever sees another "
          "client's records.",
          needs=r"\b(?:saas|platform|app|application|accounts?|clients?|customers?)\b",
          unless=r"\b(?:pen ?test\w*|penetration test\w*|security (?:review|assessment|audit))\b"),
    Topic("booking_slots", r"\b(booking (?:system|app|platform|flow|engine|page|widget)s?|appointment (?:booking|"
                           r"scheduling)|online booking|reservation system|book(?:ing)? appointments|"
                           r"double[- ]bookings?)\b", DEV,
          "For bookings I would store every time in UTC with the place's time zone and check that a slot is free "
          "in the same step that reserves it, so two people can never book the same slot.",
          needs=r"\b(?:slots?|availability|calendars?|times?|double[- ]book\w*|reserv\w+|schedul\w+)\b",
          # a ride booked now has no slot to hold (pool readers: "the slot-booking remark doesn't fit a taxi app")
          unless=r"\b(?:taxis?|cabs?|ride[- ]?(?:hailing|sharing|booking)|rides?|drivers?)\b"),
    Topic("oauth_tokens", r"\b(oauth\w*|refresh tokens?)\b", DATA_DEV,
          "For accounts that users connect to the app I would store each refresh token encrypted, renew access before it "
          "expires and flag a connection the user has revoked, so a sync never stops quietly for one customer.",
          needs=r"\b(?:users'?|customers'?|each (?:user|customer|client)|their (?:google|microsoft|accounts?|"
                r"drives?|calendars?))\b",
          # a login session lost after the OAuth redirect is a session or cookie bug, not token storage (pool readers:
          # "talks about refresh-token storage; no hypothesis on the lost session")
          unless=r"\bsession (?:persistence|is lost|lost|data|file|cookie)|\bsession\[|\bnew session\b|"
                 r"\bcookies? (?:are|is) (?:not |being )?(?:set|sent|dropped|lost)\b"),
    Topic("large_uploads", r"\b(large[- ]file uploads?|upload\w* (?:of )?(?:large|big|huge) (?:\w+ )?files?|large "
                           r"(?:video |media )?files?|resumable uploads?|file uploads?)\b", DEV,
          "For large uploads I would send files from the browser straight to storage in resumable parts through a "
          "signed upload link, so a big file neither ties up the server nor starts over after a dropped "
          "connection.",
          needs=r"(?=[\s\S]*\buploa\w+)[\s\S]*\b(?:large|big|huge|\d+ ?gb|gigabytes?|resumable)\b"),
    # fresh pools of real posts (2026-12-06, thirteenth session): subjects of unseen posts that no topic named
    Topic("squarespace", r"\b(squarespace)\b", DEV | SHOP,
          "On Squarespace I would add custom code through code injection or a code block on the page that needs it, "
          "and check it on the live page as well as in the editor, since custom scripts do not always run in the "
          "editor's preview.",
          "Is the site on Squarespace 7.0 or 7.1?", r"\b7\.[01]\b"),
    Topic("iot_sensors", r"\b(iot|sensors?|telemetry|mqtt|esp32|arduino|raspberry pi)\b", DATA_DEV,
          "With sensor data I would store every raw reading with the device's own timestamp before any alert logic "
          "runs, and give each alert a small margin around its threshold, so a value hovering at the limit does not "
          "send a stream of alerts.",
          "How often does each sensor send a reading, and how do the readings reach the cloud today?",
          r"\b(?:mqtt|every \d+ (?:seconds?|minutes?)|per (?:second|minute))\b",
          # alerts on the readings: a tracking app that only charts them has no threshold (crossover readers: "talks
          # about sensor alert thresholds, which the app doesn't have")
          needs=r"\b(?:thresholds?|alarms?|out of range|(?:notification|alert(?:ing)?|rules?|logic) engines?|"
                r"(?:alerts?|notif\w+|warn\w*) (?:\w+ )?(?:when|if|whenever|once)|"
                r"(?:exceeds?|crosses|drops? below|goes (?:above|below)))\b"),
    # "the designs", "my own XD Design"; never "the design" of "Lead the design, development, and implementation"
    Topic("designs_to_code", r"\b(figma|adobe xd|xd designs?|psd|wireframes?|mockups?|mock-ups?|(?:own|provided|attached|"
                             r"existing|finished|ready) (?:xd |figma )?designs?|(?:the|our|my) (?:xd |figma )?designs)\b",
          DEV | SHOP,
          "With designs to build from, I would agree with you first how each screen adapts on phones and what the "
          "empty, loading and error states look like, since the designs rarely show those and they are where a build "
          "drifts from them.",
          "Do the designs cover the mobile layout as well as the desktop one?",
          r"\b(?:mobile (?:and|&) desktop|desktop (?:and|&) mobile|responsive (?:designs?|mock\w*))\b",
          # the designs are there to be built: a word for coding them anywhere in the post
          needs=r"\b(?:convert\w*|cod(?:e|ed|ing)|implement\w*|slic(?:e|ing)|front-?end|html|react(?:\.?js)?|vue|angular|"
                r"flutter|developed|pixel[- ]perfect)\b",
          # ... not designs or diagrams that are the job's own deliverable ("Deliverables: Wireframes & user flows",
          # "UML diagrams": crossover readers, "talks about responsive screens when I need a wireframe")
          unless=r"\b(?:design (?:the|a|an|our|my) (?:\w+ ){0,2}(?:app|website|site|logo|brand)|no designs?|"
                 r"without (?:a |any )?designs?|uml|diagrams?|(?:create|make|design|draw|prepare|provide|deliver)\w* "
                 r"(?:\w+ ){0,2}(?:wireframes?|mock-?ups?|prototypes?)|deliverables?\W+(?:\w+\W+){0,4}wireframes?|"
                 # an email template has no screens and no loading states (pool readers: "don't exist in email")
                 r"(?:e-?mail|newsletter) templates?)\b"),
    Topic("xml_schema", r"\b(xml|xsd)\b", DATA_DEV,
          "For XML that must follow a schema I would map each source column to its element in a table you can check, "
          "and validate every file against the XSD before delivery, so a filing is never rejected for one bad field.",
          "Do you have the XSD file and a sample of the source data, such as one filled-in row?",
          needs=r"\b(?:schema|xsd|validat\w+)\b"),
    Topic("form_edits", r"\b(forms?|form fields?|dropdowns?|gravity forms|wpforms|contact form 7|jotform|typeform)\b",
          DEV | SHOP,
          "For a change to a live form I would send a test entry after each edit and check it arrives complete where "
          "you receive them, since a form that looks right can still stop delivering entries.",
          "Where do the form's entries arrive today, and should that stay the same after the change?",
          r"\b(?:emailed|e-?mailed to|sent to (?:me|us|my|our)|gets sent|arrive in)\b",
          # a change to a form the client has: "update this page with additions - text and drop down entries";
          # not a form the work builds from documents ("click on the document to highlight fields in the form")
          needs=r"\b(?:edit\w*|add\w*|chang\w+|fix\w*|updat\w+|modif\w+) (?:\w+ ){0,4}?(?:form|forms|form fields?)\b|"
                r"(?=[\s\S]*\bforms?\b)[\s\S]*\b(?:edit\w*|add\w*|chang\w+|updat\w+|modif\w+)\W+(?:[\w:/.-]+\W+){0,10}?"
                r"(?:fields?|dropdowns?|drop[- ]?down (?:entries|options|menus?|lists?))\b"),
    Topic("product_upload", r"\b(product uploads?|upload(?:ing)? (?:\w+ ){0,2}products|(?:add|list)(?:ing)? (?:\w+ ){0,2}"
                            r"products (?:to|on|in)(?: the| our| my)? (?:\w+ )?(?:store|shop|site|website|catalog\w*))\b",
          SHOP | DEV,
          "For product uploads I would agree one template first (titles, options such as sizes, prices and images "
          "named by SKU) and import each batch from it, so the fiftieth product goes in as cleanly as the first.",
          "Are the product details in a spreadsheet already, or do they come from photos and a supplier's site?",
          r"\b(?:spreadsheet|csv|excel|google sheets?)\b",
          unless=r"\b(?:scrap\w+|amazon ppc|listing optimi[sz]ation|optimi[sz]\w* (?:\w+ )?listings|seo)\b"),
    # an app that holds health records (pool readers: the data-extract remark "document every field that is removed or
    # masked" on a patient-facing HIPAA app "says nothing about encryption or HIPAA for an app")
    Topic("hipaa_app", r"\b(hipaa)\b", DEV,
          "For an app that holds health records I would encrypt them at rest and in transit, log every access to them, "
          "and keep them out of push notifications, error logs and analytics tools.",
          "Is the hosting already under a business associate agreement, or should the plan include choosing a host "
          "that signs one?",
          needs=r"\b(?:apps?|application|platform|portal|patient-facing|mobile)\b"),
    Topic("search_filters", r"\b(search(?:ing)?|filter(?:s|ing)?)\b", DEV,
          "For search and filtering I would start from the slowest real searches and give them the indexes they "
          "need, and move to a full-text index only where plain filters stop being enough.",
          needs=r"\b(?:improv\w+|optimi[sz]\w+|speed\w* up|fast\w*|slow\w*|enhanc\w+|better) (?:\w+ ){0,3}?"
                r"(?:the |our )?(?:search(?:ing)?|filter(?:s|ing)?)\b|\b(?:search|filtering) (?:and|&) "
                r"(?:filter(?:ing)?|search)\b[^.\n]{0,40}\b(?:improv\w+|optimi[sz]\w+|faster|performance)\b",
          unless=r"\b(?:seo|search engines?|search rankings?|search console|google search|search ads|search visibility|"
                 r"search results? on google|job search(?:es|ing)?|job hunt\w*)\b"),
)

_BUILD = {"webapp", "mobile", "api", "general"}
_FLOWS = {"automation", "api", "webapp", "ai", "pipeline", "general"}
_SCRAPING = {"scraping", "automation", "general"}
_SHOPS = {"theme", "store", "website", "webapp", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
WEB_KINDS: dict[str, set[str]] = {
    "store_fault": {"theme", "store", "website", "general"}, "new_store": {"store", "theme", "general"},
    "webhook_events": _FLOWS, "two_way_sync": _FLOWS | {"database"},
    "scrape_queue": _SCRAPING | {"pipeline"}, "scrape_blocking": _SCRAPING, "scrape_daily": _SCRAPING,
    "scrape_images": {"scraping", "automation", "ml"}, "social_scrape": _SCRAPING | {"api"},
    "in_app_purchases": {"mobile", "webapp", "general"}, "woo_checkout": _SHOPS, "wp_plugin_custom": _SHOPS,
    "theme_sections": {"theme", "store", "website", "general"}, "product_configurator": _SHOPS,
    "voice_handoff": {"ai", "automation", "general"}, "multi_tenant": _BUILD | {"website"},
    "booking_slots": _BUILD | {"website", "automation"}, "oauth_tokens": _FLOWS,
    "large_uploads": _BUILD | {"website"},
    "squarespace": {"website", "store", "theme", "general"},
    "iot_sensors": {"dashboard", "pipeline", "webapp", "api", "mobile", "automation", "general"},
    "designs_to_code": {"webapp", "website", "mobile", "theme", "store", "api", "general"},
    "xml_schema": {"database", "import", "pipeline", "automation", "spreadsheet", "general", "api"},
    "form_edits": {"website", "theme", "store", "general"},  # a site's form, not form features an app builds
    "search_filters": {"api", "webapp", "database", "website", "general"},
    "product_upload": {"store", "storeops", "import", "website", "general"},
    "hipaa_app": _BUILD | {"website"},
}
