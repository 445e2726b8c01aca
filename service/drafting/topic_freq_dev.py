"""Team-written topics (issue 14, 8th round): recurring developer and store subjects (each the main subject of 3+ tuning posts). The same rules as the other topic tables
(one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the trigger
does not require); registered in topic_table after the 7th round, before the data fallbacks. Data only.

The subjects: FlutterFlow apps wired to APIs, native Android work, new mobile apps headed for the stores, Amazon
Seller Central accounts, calendar integrations (ERP changes are in topic_freq_data), Node.js back ends
and TypeScript code. The general ``mobile``
and ``odoo`` topics come earlier in the table and win a tie (``work_kinds._best_topic``)."""
from __future__ import annotations

from service.drafting.topic_model import APP_BUILT, DEV, SHOP, Topic

# a new app is asked for (built, created, launched), not a change to one that is live already
_NEW_APP = (r"\b(?:build\w*|creat\w+|develop(?:ing|ment)?|new|from scratch|launch\w*|bring (?:\w+ ){0,3}to life|"
            r"first version|mvp)\b")
_EXISTING_APP = (r"\balready (?:live|published|on the "
                 r"(?:app|play) store)\b|^[^\n]*\b(?:fix\w*|bugs?|debug\w*|crash\w*|dark mode)\b"  # the title says a fix
                 # the app's own code is there to debug or reconnect (pool letters: "for a new app …" on it)
                 r"|\b(?:debug\w*|reconnect\w*|refactor\w*) (?:and \w+ )?(?:the |our )?existing\b|\bexisting (?:working )?"
                 r"code\b|" + APP_BUILT)

FREQ_DEV_TOPICS: tuple[Topic, ...] = (
    Topic("flutterflow_api", r"\b(flutter ?flow)\b", DEV,
          "In FlutterFlow I would define each API call once and test it against real responses, an empty list and "
          "an error included, before binding any page to its fields, since most FlutterFlow bugs come from a widget "
          "reading a field the response does not always carry.",
          # the app talks to a back end (an API, a database): a FlutterFlow page of static content has no response
          needs=r"\b(?:apis?|integrations?|back-?end|firebase|supabase|database|endpoints?|json|webhooks?)\b"),
    Topic("android_native", r"\b(kotlin|jetpack compose|native android|android native|android (?:developer|"
                            r"engineer|sdk))\b", DEV,
          "On native Android I would test on an older, low-memory phone as well as a current one and check that "
          "every screen keeps its state through a rotation and a trip to the background, since leaks and lost state "
          "show up there rather than on a developer's phone.",
          # an Android app, not a Kotlin back end (Ktor, Spring)
          needs=r"\bandroid\b", unless=r"\b(?:ktor|spring boot|back-?end engineer)\b"),
    Topic("new_app_stores", r"\b(mobile app\w*|mobile application\w*|cross[- ]platform (?:mobile )?app\w*|"
                            r"(?:ios|iphone) (?:and|&|\+|/) android|android (?:and|&|\+|/) (?:ios|iphone))\b", DEV,
          "For a new app I would plan for the store review from the start (a privacy policy, account deletion "
          "inside the app if users can sign up, and a demo account for the reviewers), since a first submission is "
          "more often held up by those than by the code.",
          needs=_NEW_APP, unless=_EXISTING_APP),
    Topic("amazon_seller", r"\b(seller central|amazon sell\w+|amazon (?:fba|listings?|store|storefront|seller "
                           r"account|account)|fba|vendor central)\b", SHOP | DEV,
          "In Seller Central I would check Account Health and the suppressed listings after every change, since "
          "Amazon can hide a listing or pause selling over a policy flag with no other notice.",
          unless=r"\b(?:chrome|browser) extensions?\b"),  # building a tool for sellers, not running the account
    Topic("calendar_sync", r"\b(google calendar|outlook calendar|ical|caldav|calendars?)\b", DEV,
          "For calendar work I would keep each event's time zone with it and test a week that crosses a "
          "daylight-saving change as well as an all-day event, since events shifted by an hour or a day are the "
          "most common calendar bug.",
          # events read from or written to a calendar, not a content calendar or a calendar month
          needs=r"\b(?:google calendar|outlook calendar|ical|\.ics|caldav|calendar (?:sync\w*|integrations?|apis?|"
                r"events?|display|view|entries|invites?|feeds?)|sync\w* (?:\w+ ){0,3}calendars?|calendars? "
                r"sync\w*)\b", unless=r"\bcontent calendars?\b"),
    Topic("node_event_loop", r"\b(node\.?js|nestjs|nest\.js|express\.?js|node(?=\s*[,/&+]|\s+(?:and|developer|"
                             r"engineer|back-?end|server)\b))\b", DEV,
          "On a Node.js back end I would keep heavy work off the event loop, in a worker or a job queue, and catch "
          "and log every rejected promise, since one blocking call stalls every request and one unhandled rejection "
          "can take the whole process down.",
          # server work, not Node named among a front-end developer's tools
          needs=r"^[^\n]*\bnode\b|\b(?:back-?end|servers?|apis?|endpoints?|database|services?|nestjs|nest|express)\b"),
    Topic("typescript_strict", r"\b(typescript|ts)\b", DEV,
          "In TypeScript I would keep strict mode on and check data from the server or a form when it arrives "
          "rather than casting it to a type, since a value cast without a check is where typed code still breaks at "
          "run time.",
          needs=r"\btypescript\b"),
)

_APPS = {"mobile", "webapp", "api", "general", "review"}

# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
FREQ_DEV_KINDS: dict[str, set[str]] = {
    "flutterflow_api": _APPS | {"automation"},
    "android_native": {"mobile", "review", "general", "migration"},
    "new_app_stores": {"mobile", "webapp", "general"},
    "amazon_seller": {"storeops", "store", "general", "review", "import"},
    "calendar_sync": {"api", "automation", "import", "ai", "webapp", "mobile", "general", "website"},
    "node_event_loop": {"api", "webapp", "ai", "automation", "general"},
    "typescript_strict": {"webapp", "api", "general", "website"},
}
