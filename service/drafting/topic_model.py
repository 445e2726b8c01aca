"""The shape of a team-written topic (know-how remark) and the workspace domains topics fit; the topics themselves
are in ``topic_table``, ``topic_more`` and ``topic_extra``. Data only."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from service.drafting.app_cases import APP_UPGRADE, STORE_REJECTED
from service.drafting.work_modes import CUSTOM_APP, HEADLESS, NEW_STORE, SITE_PLATFORMS


@dataclass(frozen=True)
class Topic:
    id: str
    trigger: str                      # regex (case-insensitive) the post must match
    domains: frozenset[str]           # workspace kinds of work it fits (offline_phrases.domains_of)
    insight: str                      # one sentence, first person, true for any post that names the trigger
    question: str = ""                # asked instead of the kind's question, unless ``answered_if`` matches
    answered_if: str = ""
    # the concern the insight speaks to: the post must also match ``needs`` (when set) and must not match
    # ``unless`` (when set); a trigger alone (a tool named in passing) does not make the remark true to the post
    needs: str = ""
    unless: str = ""
    # a remark on the kind of work itself (a generic analyst post): used only when no other topic is found, so it
    # never displaces a remark on a named tool or problem (``work_kinds.find_topic``)
    fallback: bool = False
    # a remark on a tool or feature a post often names beside its main subject (Firebase, a maps API, text
    # messages): it never counts as the main subject that keeps a weaker remark out (``work_kinds._best_topic``)
    veto: bool = True
    pattern: re.Pattern = field(init=False, repr=False, compare=False)
    _needs: re.Pattern | None = field(init=False, repr=False, compare=False)
    _unless: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", re.compile(self.trigger, re.IGNORECASE))
        object.__setattr__(self, "_needs", re.compile(self.needs, re.IGNORECASE) if self.needs else None)
        object.__setattr__(self, "_unless", re.compile(self.unless, re.IGNORECASE) if self.unless else None)

    def named(self, *texts: str) -> Topic:
        """The topic with ``{tool}`` in its insight written as the tool the first text that names one names:
        one remark serves several tools ("In n8n I would …") without calling the client's tool "these tools"."""
        if "{tool}" not in self.insight:
            return self
        m = next((m for m in (self.pattern.search(t or "") for t in texts) if m), None)
        name = TOOL_NAMES.get(m.group(0).lower(), m.group(0)) if m else "the tool"
        return replace(self, insight=self.insight.replace("{tool}", name))

    def quote_in(self, text: str, default: str) -> str:
        """The words of ``text`` that name the topic (the remark's evidence, shown to the reviewer), else ``default``."""
        m = self.pattern.search(text or "")
        return m.group(0) if m else default

    def evidenced(self, post: str) -> bool:
        """The post says what the insight is about, not only the trigger's word (``needs`` / ``unless``)."""
        if self._needs and not self._needs.search(post or ""):
            return False
        return not (self._unless and self._unless.search(post or ""))


# how a tool a trigger matched is written in a remark (``Topic.named``); a tool not listed keeps the post's spelling
TOOL_NAMES = {"zapier": "Zapier", "make.com": "Make", "integromat": "Integromat", "n8n": "n8n",
              "telegram": "Telegram", "discord": "Discord", "vue": "Vue", "vuejs": "Vue.js", "vue.js": "Vue.js",
              "nuxt": "Nuxt", "nuxtjs": "Nuxt", "nuxt.js": "Nuxt", "angular": "Angular", "angularjs": "AngularJS",
              "monday.com": "monday.com", "clickup": "ClickUp", "asana": "Asana", "trello": "Trello", "jira": "Jira",
              "svelte": "Svelte", "sveltekit": "SvelteKit", "stata": "Stata", "sas": "SAS", "spss": "SPSS",
              "matlab": "MATLAB", "alteryx": "Alteryx", "knime": "KNIME"}

D, DEV, SHOP, COPY = frozenset({"data"}), frozenset({"dev"}), frozenset({"shop"}), frozenset({"copy"})
DATA_DEV = D | DEV

# a Shopify theme to be coded ("a custom theme for our tea shop, coded in Liquid"): no app to weigh against it (tuning
# readers: "talks about apps when I asked for a custom Liquid theme", all three 2)
THEME_BUILD = (r"\b(?:custom|modular|bespoke|new) (?:shopify )?theme\b|\bcoded in liquid\b|\btheme from scratch\b|"
               r"\b(?:build|create|develop|design|code) (?:a |the |our |my )?(?:new |custom |modular )?(?:shopify )?theme\b")
# a store's analytics tracking to fix or set up ("the GA4 tracking on our Shopify store is off", "set up server-side
# tracking"): no theme or app remark, no "which theme are you on?" (pool readers: "talks about theme speed")
TRACKING_JOB = (r"\b(?:ga4|google analytics|gtm|google tag manager|pixels?|conversions? api|server[- ]side)\b[^.\n]{0,60}"
                r"\btracking\b|\btracking\b[^.\n]{0,40}\b(?:issues?|problems?|set ?up|setup|not (?:working|functioning)|"
                r"discrepanc\w+)\b")
NOT_THEME_WORK = THEME_BUILD + "|" + TRACKING_JOB  # the Shopify remark and question are about the theme and its apps


# a vector database with no documents to answer from is no document search (pool readers: "assumes a document-QA
# project" for vector database work in C# and MongoDB)
DOCUMENTS_TO_ANSWER = (r"\b(?:documents?|docs|pdfs?|knowledge ?base|q ?& ?a|questions|answers?|chat\w*|manuals?|"
                       r"articles|pages|files|content|search\w*|rag|retrieval[- ]augmented|assistant|policies|"
                       r"contracts)\b")
# the title asks for a deployment or its infrastructure ("DevOps engineer to set up hosting for our React app"): the
# front end named is only what is deployed (pool readers: "an irrelevant React-state paragraph reveals a template")
DEPLOY_TITLE = r"^[^\n]*\b(?:devops|deploy\w*|hosting|amplify|ci ?/ ?cd|infrastructure|server setup)\b"
# a bot that answers people (customers, visitors, an FAQ), not one that assesses patients (pool readers: "calls my
# patient-assessment chatbot a 'support bot'")
PEOPLE_TO_ANSWER = (r"\b(?:support (?:bot|team|agents?|tickets?|questions|requests|queries|chat|desk)|customer support|"
                    r"(?:user|tech(?:nical)?) support|customers?|customer service|help ?desk|faqs?|enquir\w*|inquir\w*|visitors|guests|"
                    r"shoppers|buyers|leads|questions|bookings?|appointments?|orders?|tickets?|website|whatsapp|"
                    r"messenger|instagram|answers?)\b")  # not Telegram: most Telegram bots post alerts to a channel
# an app already built, to fix or reorganise: no new app's offline plan or store accounts (pool readers: "asks about
# developer accounts for a crash fix")
APP_BUILT = (r"\b(?:publish|onboard)(?:ing)? (?:of )?(?:the |our |my |an? )?(?:[\w-]+ ){0,3}(?:app|application) (?:on|to|in|over)\b|"
             r"\bcrash(?:es|ing)?\b|\brefactor\w*|\btroubleshoot\w*|\bdebug\w*|\bpartially (?:completed|built|"
             r"developed|finished)\b|\balready (?:built|live|published|on (?:the )?(?:app|play) store)\b|"
             # an app to rebuild in another framework ("rebuilding our native app in React Native") is live already
             r"\brebuild\w* (?:our|the|my|an existing) (?:[\w/-]+ ){0,3}(?:app|application)\b|"
             # "new features for our existing app" (pool readers: "asks about developer accounts for a live app")
             r"\b(?:existing|current|live) (?:mobile |react native |flutter |ios |android |expo )?(?:app|application)\b|"
             + APP_UPGRADE + "|" + STORE_REJECTED.when)
# no hypotheses to test: qualitative research (interviews coded into themes in MAXQDA or NVivo; pool readers on a
# thematic analysis for a thesis: "p-values make no sense for interview coding"), an exploratory factor analysis
# ("confirmatory talk of hypotheses for an EFA") and software regression testing ("regression tests before
# a release")
NOT_STATISTICS = (r"\b(?:qualitative|thematic analysis|maxqda|nvivo|atlas\.ti|dedoose|grounded theory|interview "
                  r"(?:data|transcripts?|coding)|coding (?:the )?interviews|qa|quality assurance|regression test\w*|"
                  r"software (?:push|release|update|build)|exploratory factor analysis|efa)\b")
# survey data wanted as pivot or summary tables is tabulation, not tests with p-values (pool readers: "talks about
# hypotheses and p-values when I need pivot tables driven by one raw sheet")
NOT_SURVEY_TESTS = NOT_STATISTICS + r"|\b(?:pivot (?:tables?|charts?)|summary tables?|cross-?tabs?|cross-tabulations?)\b"
# the post says what the documents are ("(PDFs are scanned)", "digital PDFs"): the OCR question is settled (pool readers:
# "asks whether the PDFs are scans when I said they are")
SCANS_SAID = (r"\b(?:pdfs? (?:are|is) (?:scanned|digital|text-based|searchable)|scanned (?:pdfs?|documents?|pages?|"
              r"copies|images?)|(?:digital|text-based|searchable|native) pdfs?)\b")

# The store remark ("whether a theme change or an app is the lighter answer, since every app adds scripts") is about a
# store's apps and its speed: only when the post speaks of either, never for a custom app to build, a headless front end
# or a broken button (third probe: it opened letters for a store from scratch, a custom app, a headless build and an
# add-to-cart failure, and was missing on the speed audit of a store with "lots of apps installed")
STORE_WEIGHT = (r"\b(?:apps?|plugins?|speed|slow\w*|fast(?:er)?|page ?speed|core web vitals|load(?:ing)? times?|performance|"
                r"lighthouse|upsells?|cross-?sells?|bundles?|discounts?|loyalty|wishlists?|size charts?|add-?ons?|"
                r"subscriptions?|pre-?orders?|product options)\b")
STORE_FAULT = (r"\b(?:stopped working|not working|does nothing|nothing happens|(?:doesn't|does not|won't|isn't|is not) (?:work\w*|load\w*)|broken|bugs?|"
          r"errors?|crash\w*)\b")
NOT_STORE_REMARK = "|".join((NOT_THEME_WORK, CUSTOM_APP, HEADLESS, STORE_FAULT, NEW_STORE))
# a platform the client is leaving ("move from WooCommerce to Shopify", "WordPress to Webflow migration"): no remark on
# how we work in it (third probe: a WordPress child-theme remark for a store leaving WooCommerce)
LEAVING = (rf"\b(?:from|off|leav\w+|away from|replac\w+) (?:our |the |my |a )?{SITE_PLATFORMS}\b|\b{SITE_PLATFORMS} "
           rf"(?:store |site |website |shop )?(?:to|->|→) {SITE_PLATFORMS}\b")
