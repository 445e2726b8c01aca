"""Team-written topics (issue 14, 7th round): the post's main subject where today's remark is about a side tool. The same rules as the other topic
tables (one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the
trigger does not require); registered in topic_table after the sixth set, before the data fallbacks. Data only.

The subjects: very large files to parse, reports embedded in a web app, store apps wired into Klaviyo, replacing
identifiers with tokens or hashes, factor analysis of questionnaire items, commission calculations,
user acceptance testing and paid-install attribution."""
from __future__ import annotations

from service.drafting.topic_model import DATA_DEV, DEV, SHOP, D, Topic

_EMBED_PLACE = r"(?:a |the |our |your |their )?(?:own |customer |client |internal |member )?(?:website|web ?app\w*|web application|application|portal|saas|product|platform)"

CORE_TOPICS: tuple[Topic, ...] = (
    Topic("large_files", r"\b(large[- ]files?(?: parsing)?|(?:xml|json|csv) files? (?:of|up to|over) \d+|\d+\+? ?(?:mb|gb) "
                         r"(?:xml|json|csv)|(?:large|huge|big|multi-gigabyte) (?:xml|json|csv)(?: files?)?|streaming "
                         r"(?:xml |json |csv )?pars\w+|memory[- ]stable)\b", DATA_DEV,
          "For large files I would parse each one as a stream, record by record, rather than loading a whole file "
          "into memory, and keep the parsing apart from the checks that run on each record, so memory stays flat "
          "whatever the file size and each rule can be tested on its own.",
          needs=r"\b(?:pars\w+|ingest\w*|import\w*|process\w*)\b"),
    Topic("report_embed", r"\b((?:reports?|dashboards?) integration (?:in|into|on|with) " + _EMBED_PLACE + r"|(?:integrat|embedd?)\w* "
                          r"(?:the |our |a |these |those |its )?(?:[\w-]+ ){0,3}(?:reports?|dashboards?|charts?) (?:in|into|on|"
                          r"within|inside) " + _EMBED_PLACE + r"|embedded (?:analytics|dashboards?|reports?)|(?:reports?|"
                          r"dashboards?) (?:right )?(?:with)?in (?:the|our) (?:web ?app|app|portal|application))\b", D | DEV,
          "For reports shown inside your app I would settle first how viewers sign in and which rows each of them may "
          "see, since an embedded report either asks every viewer for an account of their own or shows the same data "
          "to anyone who has the link, and that choice shapes the whole setup."),
    Topic("store_apps", r"\b(klaviyo|loox|judge\.?me|yotpo|okendo|stamped|(?:product )?bundles? apps?|product bundles?)\b", SHOP,
          "With Klaviyo connected to the store and its apps I would build the flows on the events those integrations "
          "already send and switch off Shopify's or any other app's own version of the same email, so no customer "
          "gets a reminder or a review request twice.",
          needs=r"(?=[\s\S]*\bklaviyo\b)(?=[\s\S]*\bshopify\b)[\s\S]*\b(?:integrat\w+|flows?|apps?|workflows?)\b"),
    Topic("pseudonymise", r"\b(hipaa|tokeni[sz]\w*|de-?identif\w+|pseudonymi[sz]\w+|anonymi[sz]\w+|(?:salted |one-way )?hash(?:ing|ed|es)?|"
                          r"md5|sha-?(?:1|2|256))\b", DATA_DEV,
          "To replace identifiers I would use a keyed hash whose secret is stored apart from the data rather than a "
          "plain or salted hash, since a name, a birth date or a record number can be recovered by hashing every "
          "likely value, and I would check what the remaining fields (dates, postcodes, rare values) still reveal.",
          needs=r"(?=[\s\S]*\b(?:tokeni[sz]\w*|de-?identif\w+|pseudonymi[sz]\w+|hash\w*|md5|sha-?\d+)\b)[\s\S]*\b(?:patients?|"
                r"personal|pii|phi|hipaa|gdpr|health|medical|customers?|users?|identifiers?)\b",
          # tokenised real estate and a smart wallet are chain work (pool readers, --seed 2201)
          unless=r"\b(?:tokenizers?|tokenomics|nfts?|blockchain|crypto ?(?:currenc\w+|wallets?|tokens?|coins?)|card (?:data|numbers?|details)|llm|embeddings?|"
                 r"stablecoins?|erc-?\d{2,5}|ethereum|polygon|smart wallets?|tokeni[sz]ation of (?:real[- ]estate|assets?|propert\w+))\b"),
    Topic("factor_analysis", r"\b((?:confirmatory|exploratory) factor analys\w+|factor (?:analys\w+|models?|structure|loadings?)|"
                             r"cfa|efa|structural equation model\w*|measurement invariance|latent (?:constructs?|variables?)|model (?:fit|testing)|"
                             r"fit indices|test(?:ing)? (?:the |various |different |several )?(?:factor )?models)\b",
          D,
          "For a factor analysis of questionnaire items I would treat short answer scales as ordinal (a WLSMV-type "
          "estimator) and judge each model on several fit indices together (CFI, TLI, RMSEA, SRMR) and on its "
          "loadings, since one good index alone can hide a model that does not fit.",
          needs=r"(?=[\s\S]*\b(?:factor analys\w+|factor models?|cfa|efa|structural equation|latent|measurement invariance)\b)"
                r"[\s\S]*\b(?:questionnaires?|items?|scales?|surveys?|likert|fit ind\w+|model fit|loadings?)\b",
          unless=r"\b(?:chartered financial|cfa (?:charter\w*|level|institute|program))\b"),
    Topic("commissions", r"\b(commissions? (?:calculat\w+|tracking|tracker|model|structures?|statements?|reports?|spreadsheets?|"
                         r"sheets?|revenue|rates?|splits?|payouts?|rules|plans?)|(?:upfront|residual|sales|agent) commissions?|"
                         r"commission (?:&|and) chargebacks?)\b", D,
          "For commissions I would keep the rates and split rules in their own table with the date each one takes "
          "effect, and work out every sale's commission (and any chargeback or clawback) from it, so a rate change "
          "applies from its date without rewriting past months.",
          unless=r"\b(?:commission(?:ed|ing)? (?:a|an|the) (?:artist|writer|painting|portrait|design))\b"),
    Topic("uat", r"\b(user acceptance test\w*|uat|acceptance test(?:ing|s)?)\b", DATA_DEV,
          "For acceptance testing I would write each test case from a requirement, with its steps, test data and "
          "expected result, and record every run as passed or failed with evidence, so sign-off rests on what was "
          "checked and a failed case reaches the developers ready to reproduce."),
    Topic("install_attribution", r"\b(appsflyer|mobile attribution|install attribution|non[- ]organic (?:installs?|downloads?)|"
                                 r"attribution (?:partner|platform|tool)s?|mmps?)\b", D,
          "For paid installs I would agree the attribution window first and compare the attribution tool's install "
          "counts with the app stores' own figures and each ad network's, since every source counts an install "
          "differently and the gaps show where tracking breaks.",
          needs=r"\b(?:installs?|downloads?|app stores?|mobile apps?|apps?)\b"),
    # body movement read from video with a ready pose model: no labelled images to collect (pool readers: "asks about
    # labelled data that MediaPipe rep counting does not need"; "nothing on pose estimation")
    Topic("pose_tracking", r"\b(mediapipe|pose (?:estimation|detection|tracking)|motion tracking|body tracking|"
                           r"rep(?:etition)? count\w*)\b", DATA_DEV,
          "For movement tracking I would start from a ready pose model and test it on real clips from the cameras and "
          "angles your users will have, since lighting, framing and loose clothing decide how well the joints are "
          "found, and the counting and form rules are built on top of those points."),
    # a long list to sort into categories ("sort some thousands of web domains by sector"; pool readers: "pitches KPI
    # dashboards, never the categorising")
    Topic("categorise_list", r"\b(categori[sz]\w*|classify\w*|classification)\b", D,
          "For sorting a long list into categories I would agree the category list and a rule for each edge case on a "
          "sample of a few hundred first, then check a random sample of the finished list by hand and report its error "
          "rate, so you know how far the categories can be trusted.",
          needs=r"\b(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+k|thousands of|hundreds of) (?:[\w-]+ ){0,2}(?:domains|records|rows|"
                r"companies|products|websites|urls|entries|items|transactions|emails|contacts|businesses)\b"),
    # a request a server makes that Cloudflare blocks (pool readers, --seed 2207: "a workflow template for a blocking
    # problem")
    Topic("cloudflare_block", r"\b(cloudflare)\b", DEV,
          "When Cloudflare blocks requests from a server that work from your own machine, the usual cause is the "
          "data-centre address and how the client identifies itself, so I would first ask whether the site offers an "
          "API key or can allow your server's address before trying anything that imitates a browser.",
          needs=r"\b(?:block\w*|403|challenges?|captchas?|denied|forbidden)\b"),
)

_WEB = {"webapp", "api", "pipeline", "automation", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
CORE_KINDS: dict[str, set[str]] = {
    "large_files": _WEB | {"import", "database", "migration"},
    "report_embed": {"dashboard", "webapp", "website", "api", "analysis", "general"},
    "store_apps": {"store", "theme", "storeops", "automation", "general"},
    "pseudonymise": _WEB | {"database", "analysis", "ml", "ai", "import"},
    "factor_analysis": {"analysis", "research", "general"},
    "commissions": {"spreadsheet", "analysis", "dashboard", "database", "automation", "general"},
    "uat": {"review", "analysis", "research", "webapp", "general"},
    "install_attribution": {"analysis", "dashboard", "general"},
    "cloudflare_block": {"automation", "scraping", "api", "pipeline", "general"},
    "pose_tracking": {"ai", "ml", "webapp", "mobile", "api", "general"},
    "categorise_list": {"dashboard", "analysis", "spreadsheet", "research", "import", "general"},
}
