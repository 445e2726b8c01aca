"""A fourth set of team-written topics (issue 14): the tools and problems most common among tuning-half posts for the
dev (agency) and shop workspaces that still got no know-how remark after ``topic_extra``: platforms (Supabase,
Django, Webflow, Magento, Odoo, Salesforce, GoHighLevel, Shopify builds), kinds of build (an MVP, an offline-first
app, a bilingual Arabic site, a game) and AI work (image generation, voice agents, prompts, adopting AI). The same
rules hold (one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the
trigger does not require). They come last in the table, so on a tie the earlier topics win. Data only."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, DEV, SHOP, Topic
from service.drafting.work_modes import HEADLESS

# the earlier tables' more specific tools: a post that names one keeps that topic's remark (these come last)
_INFRA = r"\b(?:devops|aws lambda|lambda|kubernetes|k8s|docker|terraform|ci/cd|ec2|ecs)\b"
_LLM = (r"\b(?:openai|gpt-?\d|chatgpt|claude|llm|large language model|gemini|rag|retrieval[- ]augmented|vector "
        r"(?:db|database|store)|embeddings?|pinecone|chroma|knowledge base)\b")
_AGENTS = r"\b(?:ai agents?|agentic|langchain|langgraph|crewai|autogen|function calling|tool calling|n8n agents?)\b"
_NOCODE = r"\b(?:zapier|make\.com|integromat|n8n)\b"

DEV_TOPICS: tuple[Topic, ...] = (
    Topic("supabase", r"\b(supabase|superbase)\b", DEV,
          "In Supabase I would switch on row-level security for every table and write its policies together with "
          "the schema, since without them the key the app ships with can read the whole table."),
    Topic("django", r"\bdjango\b", DEV,
          "In Django I would make every model change through makemigrations and keep each environment's settings out "
          "of the code, so the app can be rebuilt on a new server from the repository alone.",
          needs=r"\b(?:app|application|web ?app|platform|site|website|backend|portal|system)\b", unless=_INFRA),
    Topic("webflow", r"\bwebflow\b", DEV,
          "In Webflow I would keep to one consistent class naming system and reuse components, so new pages and "
          "sections can be added later without breaking the design.",
          needs=r"\b(?:build|design|develop\w*|site|website|pages?|cms|redesign)\b"),
    Topic("magento", r"\bmagento(?: ?2)?\b", DEV | SHOP,  # "Magento2"
          "On Magento I would make every change in a custom module or a child theme, never in the core files, so "
          "upgrades and security patches can be applied without undoing the work."),
    Topic("odoo", r"\bodoo\b", DATA_DEV,
          "In Odoo I would put every customisation in its own module instead of editing the standard ones, so a "
          "version upgrade does not mean rewriting the changes."),
    Topic("salesforce_admin", r"\b(salesforce (?:admin\w*|developer|apex|flows?|org)|apex|lightning web components?)\b",
          DEV,
          "In Salesforce I would build and test every change in a sandbox and deploy it from there, so the live org "
          "only ever receives work that has already run."),
    Topic("gohighlevel", r"\b(gohighlevel|go high level|ghl)\b", DEV,
          "In GoHighLevel I would try each change on a test contact before it goes live, so no real lead meets a "
          "half-finished funnel or sequence.",
          needs=r"\b(?:workflows?|automat\w+|funnels?|pipelines?|campaigns?|sequences?|sms|follow[- ]?ups?)\b",
          unless=_NOCODE),
    Topic("shopify_dev", r"\bshopify\b", DEV,
          "On Shopify I would build and test on a development store or an unpublished copy of the theme first, so "
          "live customers see nothing until you have seen it work.",
          needs=r"\b(?:api|apis|apps?|cart|checkout|tracking|integrat\w+|webhooks?|graphql|custom\w*)\b",
          unless=HEADLESS),  # a headless front end has no theme to copy (third probe)
    Topic("mvp", r"\b(mvps?|minimum viable product)\b", DEV,
          "For an MVP I would agree the one journey a first user must complete from start to finish and build that "
          "first, so real users can try it before the rest is built."),
    Topic("offline_first", r"\b(offline[- ]first|offline (?:mode|sync\w*|support|capabilit\w+|access|app)|works? "
                           r"offline|without (?:an )?internet(?: connection)?)\b", DEV,
          "For offline use I would keep changes on the device with an id and a timestamp and agree the rule for two "
          "edits to the same record before building the sync, since that rule decides whose change survives."),
    Topic("arabic_site", r"\b(arabic)\b", DEV | SHOP,
          "For a site in Arabic and English I would build every layout to mirror for right-to-left reading from the "
          "start, since adding it later means reworking every page.",
          needs=r"\benglish\b", unless=r"\b(?:translat\w+|transcri\w+|voice ?over|tutor\w*)\b"),
    Topic("pentest", r"\b(pen ?test\w*|penetration test\w*|vulnerability (?:assessment|scan\w*)|security audit)\b", DEV,
          "For a security test I would agree the scope in writing first (which systems, which accounts and at what "
          "hours), then report each finding with the steps to reproduce it and its severity."),
    Topic("browser_automation", r"\b(selenium|playwright|puppeteer|browser automation\w*)\b", DEV,
          "For browser automation I would wait for each element to be ready rather than pause for fixed times, and "
          "save a screenshot whenever a step fails, so a broken run can be diagnosed from its log.",
          needs=r"\b(?:automat\w+|bots?|scripts?|tests?|testing)\b"),
    Topic("whatsapp_api", r"\b(whatsapp)\b", DEV,
          "With WhatsApp I would get the message templates approved before building the flows, since outside the "
          "24-hour reply window a business can only start a conversation with an approved template.",
          needs=r"\b(?:nurtur\w*|broadcast\w*|campaigns?|follow[- ]?ups?|reminders?|notifications?|outreach|"
                r"sequences?|whatsapp business api)\b"),
    Topic("game_engine", r"\b(unreal engine|unreal|ue5|unity(?:3d)?)\b", DEV,
          "In a game engine I would profile each change on the target device as it goes in, since a frame-rate "
          "problem found late is the costliest kind to fix.",
          needs=r"\b(?:games?|gameplay|vr|ar|xr|3d|shooter|multiplayer|vision pro|quest)\b",
          unless=rf"\b(?:unity of|in unity with|bots?)\b|{_LLM}"),
    Topic("image_gen", r"\b(stable diffusion|sdxl|flux|comfy ?ui|loras?|midjourney|image generation|generat\w+ "
                       r"(?:\w+ )?images?|ai[- ]generated images?)\b", DEV,
          "For generated images I would save the model, seed and settings behind every image you approve, so a look "
          "you like can be made again and varied on purpose rather than by luck.",
          needs=r"\b(?:images?|photos?|pictures?|visuals?|wallpapers?|renders?|portraits?)\b"),
    Topic("voice_agent", r"\b(voice agents?|voice ai|ai voice|voice bots?|ai (?:cold )?call\w*|vapi|retell|bland ai)\b",
          DEV,
          "For a voice agent I would measure on real calls how long it takes to answer once the caller stops "
          "speaking, since a pause of more than a second or so is what makes people hang up.",
          needs=r"\b(?:calls?|calling|callers?|phone|inbound|outbound)\b", unless=_AGENTS),
    Topic("prompt_eval", r"\b(prompt engineer\w*|prompt design|prompt writing|prompt tuning|system prompts?)\b",
          DATA_DEV,
          "For prompt work I would keep a set of test inputs with the answers you expect and score every prompt "
          "change against it, so an improvement on one case never quietly breaks another.", unless=_LLM),
    Topic("ai_adoption", r"\b(ai (?:integration|consult\w*|implementation|strategy|adoption|solutions?)|integrat\w* ai|"
                         r"ai into (?:our|my|your) (?:business|workflows?|processes|operations))\b", DATA_DEV,
          "I would start with the one process where AI would save the most time, try it on real examples from your "
          "work beside the current way of doing it, and widen it only once the results hold up.",
          # advice on where AI fits, not one named integration to build or a product to install
          needs=r"\b(?:consult\w*|ai strateg\w+|opportunit\w+|business processes|adopt\w+)\b",
          unless=r"\b(?:install\w*|deploy\w*)\b"),
    Topic("ux_design", r"\b(ui/ux|ux/ui|ux design\w*|ui design\w*|user experience design\w*|product design\w*)\b", DEV,
          "I would design the screens for the most common task first and try them as a clickable prototype with a "
          "few users, before drawing the rest of the app.",
          needs=r"\b(?:designers?|wireframes?|prototypes?|mockups?|user flows?)\b",
          unless=r"\b(?:landing page|website redesign|logo|brand\w*)\b"),
)

_BUILD = {"webapp", "mobile", "api", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
DEV_KINDS: dict[str, set[str]] = {
    "supabase": _BUILD | {"ai", "database"}, "django": {"webapp", "api", "website", "general"},
    "webflow": {"website", "general"}, "magento": {"store", "theme", "website", "general", "webapp"},
    "odoo": {"automation", "api", "database", "migration", "general", "webapp"},
    "salesforce_admin": {"automation", "api", "general", "webapp", "database"},
    "gohighlevel": {"automation", "general", "api"}, "shopify_dev": {"webapp", "api"},
    "mvp": _BUILD | {"ai", "website"}, "offline_first": {"webapp", "mobile", "general"},
    "arabic_site": {"website", "webapp", "store", "theme", "mobile", "general"},
    "pentest": {"review", "webapp", "api", "general"}, "browser_automation": {"automation", "general"},
    "whatsapp_api": {"automation", "api", "ai", "general"}, "game_engine": {"general", "mobile", "ai", "webapp"},
    "image_gen": {"ai", "automation", "general", "webapp"}, "voice_agent": {"ai", "automation", "general"},
    "prompt_eval": {"ai", "general", "automation"}, "ai_adoption": {"ai", "automation", "general"},
    "ux_design": {"webapp", "mobile", "ai", "general", "website"},
}
