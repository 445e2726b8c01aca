"""Team-written topics (issue 14, 7th round): data, analytics, BI, research and spreadsheet work. The same rules as the other topic
tables (one first-person sentence true for every post that matches the trigger and ``needs``, naming no tool the
trigger does not require); registered in topic_table after the sixth set, before the data fallbacks. Data only.

Each remark is on a subject data posts often come back to (a factor model's fit, panel regressions, survey
responses, programme impact, content coding, commission sheets, financial models, linked sheets, lead lists, GA4
ecommerce data, ad attribution, UTM tags, Power BI row-level security, Tableau stories, trading risk). The earlier tables come first and win a tie, so a
trigger here names the subject's own words as well as the general one ("cfa" and the models it tests), and
``needs`` keeps it to posts about that subject."""
from __future__ import annotations

from service.drafting.topic_model import NOT_STATISTICS, D, Topic

_SURVEY = r"\b(?:surveys?|questionnaires?|respondents?)\b"

ANALYTICS_TOPICS: tuple[Topic, ...] = (
    # ------------------------------------------------------------------ statistics and surveys
    Topic("panel_regression", r"\b(econometric\w*|regressions?|ols|panel data|fixed effects|random effects|"
                              r"standard errors?|heteroskedastic\w*|stata|eviews)\b", D,
          "For a regression like this I would check the residuals before trusting the standard errors and use "
          "robust (or, with repeated observations of the same units, clustered) errors, since plain OLS errors "
          "make the estimates look surer than they are.",
          needs=r"\b(?:econometric\w*|ols|panel data|fixed effects|random effects|regression analysis|"
                r"(?:linear|logistic|multiple|probit|logit) regressions?|robust standard errors?)\b",
          unless=r"\b(?:machine learning|scikit|xgboost)\b|" + NOT_STATISTICS),
    Topic("open_ended", r"\b(open[- ]ended|free[- ]text|verbatims?|written (?:answers|responses|comments)|"
                        r"surveys?|questionnaires?|responses|comments)\b", D,
          "For open-ended answers I would draft a codebook from a sample first, code every response against it "
          "and have a share coded twice, so the themes and their counts can be checked rather than taken on trust.",
          needs=r"(?=[\s\S]*" + _SURVEY + r")[\s\S]*\b(?:open[- ]ended|free[- ]text|verbatims?|cod(?:e|ing) "
                r"(?:the )?(?:responses|answers|comments)|written (?:answers|responses|comments))\b"),
    Topic("likert", r"\b(likert|scales?|scale items?|cronbach\W*s? alpha|reliability|"
                    r"surveys?|questionnaires?)\b", D,
          "With Likert items I would check each scale's reliability before summing its items into a score, and "
          "show single items as the share of answers per point rather than as a bare mean.",
          needs=r"\blikert\b"),
    Topic("survey_weighting", r"\b(weight(?:ing|ed|s)?|representative\w*|margins? of error|surveys?|"
                              r"questionnaires?|respondents?|sample)\b", D,
          "Before weighting survey responses I would compare the sample with the population on the variables "
          "the weights will use and report how far the weights stretch it, since a few heavily weighted "
          "respondents can move the results more than the survey itself.",
          needs=r"(?=[\s\S]*" + _SURVEY + r")[\s\S]*\b(?:weighting|weighted (?:results|data|responses|sample)|"
                r"(?:survey|sample) weights|rak(?:e|ing)|post-?stratif\w+)\b"),
    Topic("impact_evaluation", r"\b(impact evaluation|program(?:me)? evaluation|monitoring and evaluation|m&e|"
                               r"(?:health|clinical|patient|student|learning|program(?:me)?) outcomes|impact on (?:\w+ )"
                               r"{0,3}outcomes|evaluat\w+ (?:the )?(?:[\w'’]+ ){0,2}impact)\b", D,
          "To credit a change in outcomes to the intervention I would compare the people who used it with a similar "
          "group who did not, over the same period, since those who choose to take part often differ from those "
          "who do not.",
          # people who took part in something: "the impact of proposed changes" to operations has no one to compare
          # (tuning readers, 30th session: "to credit a change … to the intervention" garbled under such an item)
          needs=r"\b(?:interventions?|program(?:me)?s?|participants?|take part|took part|enrolled|enrol?lment|"
                r"beneficiar\w+|patients|students|pilot|initiatives?|treatment|users who|people who|(?:health|clinical|"
                r"patient|student|learning|user|program(?:me)?) outcomes)\b",
          unless=r"\b(?:tutor\w*|course|lessons?)\b"),
    Topic("content_coding", r"\b(categori[sz]\w+|tagging|taxonomy|qualitative (?:coding|analysis)|thematic analysis|"
                            r"content analysis|coding scheme|codebook)\b", D,
          "For sorting content into categories I would write a one-line definition and an example for each "
          "category before tagging, then tag a sample twice to check the categories are applied the same way "
          "every time.",
          # items of content (posts, videos, interviews) sorted by what they say, not products or expenses
          needs=r"\b(?:reels?|videos?|social media posts?|comments|tweets|transcripts?|interviews?|articles?|"
                r"content (?:library|formats?|pieces|items))\b",
          unless=r"\b(?:products?|expenses|transactions|invoices)\b"),
    # ------------------------------------------------------------------ spreadsheets and models
    Topic("financial_model", r"\b(financial model\w*|financial projections?|projections?|pro ?forma|dcf|"
                             r"discounted cash flows?|valuations?|unit economics|scenarios?|assumptions)\b", D,
          "In a financial model I would put every assumption on one input sheet with its source and drive the "
          "projections only from those cells, so a changed growth rate or price flows through every sheet and "
          "each figure can be traced back to what it rests on.",
          needs=r"\b(?:financial model\w*|pro ?forma|dcf|discounted cash flow|valuation models?|three[- ]statement|"
                r"financial projections)\b",
          unless=r"\b(?:machine learning|predictive|commissions?)\b"),
    Topic("linked_sheets", r"\b(importrange|master (?:sheet|spreadsheet|tab)|(?:multiple|several|separate|linked|"
                           r"connected) (?:google )?(?:sheets|spreadsheets|workbooks|tabs)|consolidat\w+ (?:\w+ )"
                           r"{0,2}(?:sheets|spreadsheets|workbooks|tabs))\b", D,
          "When several sheets feed one master I would pull each source in once to a raw tab and build every "
          "summary from there, since long chains of cross-file formulas recalculate slowly and break quietly when "
          "a tab or its sharing changes.",
          needs=r"\b(?:google sheets?|spreadsheets?|workbooks?|excel)\b"),
    # ------------------------------------------------------------------ research and marketing data
    Topic("lead_list", r"\b(lead lists?|list of (?:leads|prospects|contacts|decision[- ]makers)|prospect(?:ing)? "
                       r"lists?|b2b leads|contact lists?|leads? research|lead generation|verified emails?|"
                       r"email verification|decision[- ]makers)\b", D,
          "For a lead list I would record the source and the date checked on every row and verify each email "
          "before delivery, so bounces stay low and any contact can be traced back and rechecked.",
          needs=r"\b(?:emails?|linkedin|contacts?|phone numbers?|decision[- ]makers)\b",
          unless=r"\b(?:cold call\w*|appointment setting|sales development)\b"),
    Topic("ga4_ecommerce", r"\b(ga4|google analytics|e-?commerce tracking|purchase events?|enhanced e-?commerce|"
                           r"e-?commerce (?:data|analytics|reporting|metrics))\b", D,
          "For ecommerce data in GA4 I would first compare the purchases and revenue it records with the store's "
          "own orders for the same days, since missing or doubled purchase events skew every conversion rate "
          "built on them.",
          needs=r"(?=[\s\S]*\b(?:ga4|google analytics)\b)[\s\S]*\b(?:e-?commerce|online store|shopify|woocommerce|"
                r"purchases?|transactions)\b"),
    Topic("attribution_windows", r"\b(attribution\w*|attribution windows?|conversion windows?|view[- ]through|"
                                 r"click[- ]through|last[- ]click|multi[- ]touch|marketing mix model\w*|ad platforms?|(?:google|meta|"
                                 r"facebook|tiktok|linkedin) ads|channels?)\b", D,
          "Before comparing channels I would line up each platform's attribution window and counting rules "
          "(click against view, conversion date against click date), since much of the gap between platforms "
          "and analytics comes from those settings rather than from the campaigns.",
          needs=r"(?=[\s\S]*\battribution\b)[\s\S]*\b(?:meta|facebook|google ads|tiktok|linkedin ads|channels?|"
                r"platforms?)\b"),
    Topic("utm_tags", r"\b(utms?|utm (?:parameters|tags|codes|links))\b", D,
          "I would agree one UTM naming convention (lower case, a fixed list of sources and mediums) and check the "
          "live links against it, since inconsistent tags split one campaign into several rows in every report.",
          needs=r"\b(?:campaigns?|tracking|links?|channels?)\b"),
    # ------------------------------------------------------------------ BI tools
    Topic("powerbi_rls", r"\b(row[- ]level security|rls|power ?bi)\b", D,
          "For row-level security I would drive the roles from a table that maps each user to what they may see, "
          "rather than filters typed into each role, and test every role with View as before publishing, so "
          "nobody sees another team's rows.",
          needs=r"(?=[\s\S]*\bpower ?bi\b)[\s\S]*\b(?:row[- ]level security|rls)\b"),
    Topic("tableau_story", r"\b(tableau|story ?points?|data storytelling|storytelling|stor(?:y|ies))\b", D,
          "For a Tableau story I would give each story point one finding as its caption and set its filters on "
          "purpose, so the sequence reads as one argument from start to finish.",
          needs=r"(?=[\s\S]*\btableau\b)[\s\S]*\b(?:story ?points?|storytelling|stor(?:y|ies))\b"),
    # ------------------------------------------------------------------ finance
    Topic("market_risk", r"\b(market risk|risk models?|risk management|value[- ]at[- ]risk|var|stress tests?|"
                         r"scenario testing|exposures?|frm)\b", D,
          "For trading risk I would back-test the risk model against realised profit and loss and add stress "
          "scenarios beyond the history, since a model fitted on calm periods understates the losses in the "
          "tails.",
          needs=r"(?=[\s\S]*\b(?:trading|traders?|portfolios?|positions|brokerage|hedge fund)\b)[\s\S]*\b(?:market "
                r"risk|risk models?|value[- ]at[- ]risk|stress tests?|scenario testing)\b"),
)

_STATS = {"analysis", "research", "general"}
_SHEET = {"spreadsheet", "analysis", "dashboard", "automation", "general"}
# the kinds of work (kind_table ids) each topic's sentence reads right for (see ``topic_table.TOPIC_KINDS``)
ANALYTICS_KINDS: dict[str, set[str]] = {
    "panel_regression": _STATS, "open_ended": _STATS | {"ai"}, "likert": _STATS,
    "survey_weighting": _STATS, "financial_model": _SHEET - {"automation"},
    "linked_sheets": _SHEET | {"import"}, "lead_list": {"research", "spreadsheet", "scraping", "general"},
    "ga4_ecommerce": {"analysis", "dashboard", "general", "review"},
    "attribution_windows": {"analysis", "dashboard", "general"},
    "powerbi_rls": {"dashboard", "analysis", "general"}, "tableau_story": {"dashboard", "analysis", "general"},
    "market_risk": {"analysis", "ml", "general"}, "impact_evaluation": _STATS | {"review"},
    "content_coding": _STATS | {"import"}, "utm_tags": {"analysis", "dashboard", "general", "automation"},
}
