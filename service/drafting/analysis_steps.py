"""The analysis kind's steps and question, true to what the post says. Blind readers called the stock three steps
"a generic analysis template": a post asking for a summary report in MS Word got nothing about Word, a rugby match
video got "clean the data (gaps, duplicates, outliers)", a post whose data is already clean was told it would be
cleaned, and a homework assignment in R was asked "what decision will this analysis feed into?".

Only typed slots from closed lists written here enter a step (the data source in step 2, the deliverable in step 3,
each named once); no post text is re-cased into a sentence. Pure functions over the post text."""
from __future__ import annotations

import re
from dataclasses import replace

from service.drafting.constraints import rush_words, timeline_sentence
from service.drafting.frames import join_and
from service.drafting.kind_table import WorkKind
from service.drafting.post_claims import DATA_READY, DATA_TO_FIND
from service.drafting.question_check import LISTED_FIGURES, already_answered
from service.drafting.work_modes import CATALOGUE

_I = re.IGNORECASE

# where the data is, as the post names it: (pattern, the noun phrase step 2 uses). The first one the post names wins
SOURCES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\b(?:ms |microsoft )?excel (?:spreadsheets|workbooks|files|sheets)\b", _I), "the Excel files"),
    (re.compile(r"\b(?:an |the |one |this |my |our |a single )(?:ms |microsoft )?excel (?:spreadsheet|workbook|file|"
                r"sheet)\b", _I), "the Excel file"),
    (re.compile(r"\bcsv files\b|\bcsvs\b|\bcsv's\b", _I), "the CSV files"),
    (re.compile(r"\b(?:an? |the |one |this |my |our )csv(?: file)?\b", _I), "the CSV file"),
    (re.compile(r"\bgoogle sheets?\b", _I), "the data in Google Sheets"),
    (re.compile(r"\bsurvey (?:responses|results|data)\b|\bquestionnaire (?:responses|results|data)\b", _I),
     "the survey responses"),
    (re.compile(r"\bsales (?:data|figures|records|pipeline data)\b", _I), "the sales data"),
    (re.compile(r"\bga4\b|\bgoogle analytics\b", _I), "the Google Analytics data"),
    (re.compile(r"\bcrm (?:export|data)\b|\b(?:hubspot|salesforce) (?:export|data)\b", _I), "the CRM export"),
    (re.compile(r"\b(?:sql|postgres(?:ql)?|mysql|sql server|bigquery|snowflake) (?:database|tables?|data(?:base)?)\b",
                _I), "the database tables"),
    (re.compile(r"\bspss (?:data|file|dataset)s?\b|\.sav\b", _I), "the SPSS data"),
)

# the object of the analysis: "analyze a rugby match video", "analysis on legal documents"
_OBJ = r"\banaly[sz]\w*\s+(?:of |on |from )?(?:[\w'-]+\s+){0,3}"
# data that is not rows and columns: (pattern, step 2, step 3, what we would start with); no "gaps, duplicates,
# outliers" for these
NOT_TABLES: tuple[tuple[re.Pattern, str, str, str], ...] = (
    (re.compile(_OBJ + r"(?:videos?|footage|match recordings?|game film)\b|\b(?:video|footage) analy[sz]", _I),
     ("go through the video footage and log every event the analysis needs with its time stamp, so each number can "
     "be traced back to the moment it came from"),
     "deliver the findings in plain language, with the time stamps and the few charts that support them",
     "the footage itself and the statistics you want from it"),
    (re.compile(_OBJ + r"(?:interviews?|transcripts?|focus groups?|open[- ]ended (?:responses|answers))\b|"
                r"\b(?:interview|transcript) analy[sz]", _I),
     "read every transcript and code the themes as they come up, writing down how each code is applied",
     "deliver the findings in plain language, with the quotes that support each of them",
     "the transcripts themselves and the questions they have to answer"),
    (re.compile(_OBJ + r"(?:documents?|contracts|pdfs?|literature|articles|papers)\b|"
                r"\b(?:document|contract|literature) (?:analy[sz]|review)", _I),
     ("read the documents and note each point the analysis needs with where it came from, so every finding can be "
     "checked against its source"),
     "deliver the findings in plain language, each with the passage it rests on",
     "the documents themselves and the questions they have to answer"),
)
_CLEANING_ASKED = re.compile(r"\b(?:cleaning|clean(?:ing)? up|clean-up|messy|duplicates?|de-?dup\w*)\b", _I)
CLEAN_STEP = ("start from the data as prepared, confirm what each field means and how it was collected, and write "
              "down every assumption")

# what the post wants handed over: (pattern, the last step); the first in this list the post names wins (a named
# file format before a generic "recommendations" or "report")
FORMATS: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"\b(?:ms |microsoft )?word (?:report|document|doc|file)s?\b|\bin (?:ms |microsoft )?word\b|"
                r"\.docx\b", _I),
     "write the findings up as a Word report in plain language, with the few charts that support them"),
    (re.compile(r"\bpower ?points?\b|\bslide ?decks?\b|\bslides\b|\bgoogle slides\b|\bpptx?\b|\bdecks?\b", _I),
     # "presentation", not "slide deck": the vocabulary reads "slide deck" as a skill the post (which says
     # "PowerPoint") never names, and the claims lint refused the letter's own step
     ("put the findings into a short presentation in plain language, one finding per slide with the chart that "
      "supports it")),
    (re.compile(r"\bjupyter\b|\bnotebooks?\b|\bcolab\b", _I),
     "deliver the findings in plain language in a Jupyter notebook, so every number can be rerun"),
    (re.compile(r"\br scripts?\b|\brmarkdown\b|\br markdown\b|\bquarto\b", _I),
     "deliver the findings in plain language with the R script, so every number can be rerun"),
    (re.compile(r"\bdashboards?\b", _I),
     "deliver the findings in plain language together with a dashboard that shows the few charts behind them"),
    (re.compile(r"\brecommendations?\b", _I),
     ("deliver the findings in plain language with the recommendations that follow from them, plus the working files "
     "so the analysis can be repeated")),
    (re.compile(r"\bpresentations?\b|\bpresent (?:the |my |our )?(?:findings|results)\b", _I),
     "present the findings in plain language with the few charts that support them"),
    (re.compile(r"\b(?:written |summary |final |pdf )reports?\b|\breport (?:in|as a) pdf\b", _I),
     "write the findings up as a short report in plain language, with the few charts that support them"),
)

# coursework: the questions are set, the method is prescribed, a worked write-up is handed in
_ACADEMIC = re.compile(
    r"\b(?:homework|coursework|course ?work|problem sets?|undergraduate|graduate course|"
    r"introductory [\w-]+ course|my (?:course|class|professor|lecturer|tutor)|university course|tutor|exam)\b", _I)
# "assignment" is coursework only beside a school word ("This assignment will consist of milestones" is a contract)
_ASSIGNMENT = re.compile(r"\bassignments?\b", _I)
_SCHOOL = re.compile(r"\b(?:class|course|professor|lecturer|university|college|students?|grade[ds]?|semester|module|"
                     r"school|marks?|marking)\b", _I)
_RESEARCH = re.compile(r"\b(?:thesis|dissertation|master'?s (?:project|research)|phd (?:research|project)|"
                       r"(?:my|our) research (?:data|project|questions?|study|initiatives?)|research questions|"
                       # an academic field's research ("statistical analysis within accounting research")
                       r"(?:accounting|economics|academic|scholarly|empirical) research|research (?:papers?|articles?)|"
                       r"journal (?:articles?|papers?|submissions?))\b", _I)
ACADEMIC_STEPS = (
    "go through the brief with you: the questions set, the method it requires and how it will be marked",
    "run each part exactly as the brief asks, checking the data and the output at every stage",
    "deliver a worked write-up: each answer with the method, the output and what it means",
)
ACADEMIC_CODE = "deliver a worked write-up with the code: each answer with the method, the output and what it means"
ACADEMIC_QUESTION = "Is there a marking rubric or a required format to follow, and by when do you need it?"
ACADEMIC_OFFER = ("the brief and any data that comes with it", "tell you how I would approach each part")
RESEARCH_STEPS = (
    "agree the research questions and the method the study calls for",
    ACADEMIC_STEPS[1],
    "deliver the results written up the way the study needs them: the method, the output and what it means",
)
RESEARCH_QUESTION = "Is there a method or software the study must use, and by when do you need the results?"
# a study's results are defended, not acted on (pool readers: "frames academic research as a business decision")
RESEARCH_NEED = "You need the analysis for your study done with a method that holds up to review."

# research asked for with no data of the client's to analyse ("help find profitable trades on Polymarket", "a market
# report"): the evidence is gathered, not sent; no "send us a sample of the data"
_RESEARCH_ASK = re.compile(r"\b(?:research(?:er|ers|ing)?|market (?:report|study|overview)|(?:trade|trading) ideas)\b", _I)
_OWN_DATA = re.compile(r"\b(?:data ?sets?|spreadsheets?|excel|csv|sql|databases?|tables?|files?|exports?|records|"
                       r"(?:our|my|the|this|attached|provided|given|existing|some|client'?s?|company'?s?) (?:[\w-]+ )?data)\b", _I)
# a statistical model or test to run is analysis of data the client holds, whatever paper it is for ("a moderated
# mediation model for our research paper": a fresh-pool letter offered to gather evidence from sources)
STAT_MODEL = re.compile(r"\b(?:mediation|moderation|moderated|regressions?|anova|ancova|manova|structural equation|"
                        r"sem model|t-tests?|chi-square|factor analysis|statistical (?:analysis|model|test)s?)\b", _I)
_MARKET_RESEARCH = re.compile(r"\b(?:market|industry|competitor|sector) (?:research|study|report|overview|analysis)\b"
                              r"(?![^.\n]{0,60}\b(?:records|leads|contacts|emails|entries|listings)\b)", _I)
DESK_STEPS = ("agree the questions the research must answer and the sources it should draw on",
              "gather the evidence from those sources and note where each point came from",
              "deliver the findings in plain language, each with the sources behind it")
DESK_NEED = "You need clear answers to the questions your post sets, each with the source behind it."  # no "your data"
DESK_QUESTION = "Which questions matter most to you, and are there sources you trust or would rather avoid?"
DESK_OFFER = ("the questions you want answered first", "tell you which sources I would use for each")


def desk_research(title: str, description: str) -> bool:
    """The post asks for research (in its title or lead) and names no data of its own to analyse, or says the data
    is to be found."""
    text = f"{title or ''}\n{description or ''}"
    if STAT_MODEL.search(text):
        return False
    if DATA_TO_FIND.search(text):  # "compile … metrics from annual reports": research whatever the title calls it
        return True
    return bool(_RESEARCH_ASK.search(f"{title or ''}\n{(description or '')[:400]}")) and not _OWN_DATA.search(text) \
        and data_source(text) is None


# the post names the computation itself (a correlation matrix, PCA, clustering, a seasonal decomposition) and no
# business decision: the outputs are agreed, not "the questions the analysis must answer and the decisions"
_METHOD = re.compile(r"\b(?:correlation (?:matri(?:x|ces)|analysis|coefficients?)|pca|principal components?|"
                     r"(?:hierarchical|hierarchal|heiarchical|k-?means) clustering|seasonal[_ ]decompos\w*|anova|"
                     r"t-tests?|chi-squared?|factor analysis|survival analysis|mixed[- ]effects? models?)\b", _I)
_BUSINESS = re.compile(r"\b(?:business|decisions?|stakeholders?|revenue|sales|customers?|marketing|kpis?|profit\w*|"
                       r"campaigns?)\b", _I)
METHOD_FIRST = "agree the exact outputs and the method for each, and check them with you on one part of the data first"
METHOD_LAST = "deliver the outputs with the code and a short note on the method, so every number can be rerun"
METHOD_QUESTION = "Is there a format the outputs must follow, and by when do you need them?"
METHOD_OFFER = ("a sample of the data and an example of the output you expect", "tell you how I would produce it")


# the post says what the analysis is for (beyond ``question_check``'s rule): "to optimise inventory"
_DECIDE = (r"(?:help (?:us |me )?)?(?:optimi[sz]e|improve|reduce|increase|cut|inform|guide|decide|prioriti[sz]e|plan|"
           r"allocate|price|choose|select)\b(?! (?:business|data-driven|informed|strategic) decision)")
_GOAL = re.compile(
    r"\b(?:goal|aim|objective|purpose) (?:is|of this (?:project|analysis|work) is) to " + _DECIDE + "|"
    r"\b(?:analy[sz](?:e|es|ed|ing|is)|insights?|findings|study|report|recommendations)\b"
    r"(?:(?!driven|your\b)[^.;:\n]){0,60}?\b(?:in order )?to " + _DECIDE, _I)
TIMING_QUESTION = "By when do you need the findings?"
# the post lists the figures it wants: they are the questions, so the first step checks how each is defined
LISTED_FIRST = ("confirm with you how each figure on your list is defined (its source, filters and period) and check "
                "the first few on a sample of the data")


def _first(found: list[tuple[int, str]]) -> str | None:
    return min(found)[1] if found else None


# a tool the applicant should know, or something the job does NOT involve, is not the data or the deliverable:
# "Proficiency in tools such as Excel, Google Sheets", "you will NOT need to read csv's"
_SKILL_LINE = re.compile(r"\b(?:proficien\w*|knowledge of|familiar\w* with|experience (?:with|in|using)|expertise "
                         r"(?:with|in)|skills? (?:in|with)|such as|tools?|ability to|understanding of)\b", _I)
_NEGATED = re.compile(r"\b(?:not|no|never|without|n't)\b(?:\s+\S+){0,4}\s*$", _I)


def _named(pattern: re.Pattern, text: str) -> re.Match | None:
    """The first match of ``pattern`` that names the job's own data or deliverable: not in a line about the skills
    wanted, not negated."""
    for m in pattern.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".\n;•:") + 1
        ends = [i for c in ".\n;•" if (i := text.find(c, m.end())) >= 0]
        line = text[start:min(ends) if ends else len(text)]
        if not _SKILL_LINE.search(line) and not _NEGATED.search(text[max(0, m.start() - 40):m.start()]):
            return m
    return None


# the platforms the client's data sits in ("our orders are in Shopify, our visits in GA4 and our emails in Klaviyo"):
# an analysis across two or more joins them first (tuning readers marked a letter that named only one of four
# platforms: combining them was the ask)
PLATFORMS: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(p, _I), name) for p, name in (
    (r"\bshopify\b", "Shopify"), (r"\bga4\b|\bgoogle analytics\b", "Google Analytics"), (r"\bklaviyo\b", "Klaviyo"),
    (r"\bpinterest\b", "Pinterest"), (r"\b(?:facebook|meta) ads\b", "Meta Ads"), (r"\bgoogle ads\b", "Google Ads"),
    (r"\bhubspot\b", "HubSpot"), (r"\bsalesforce\b", "Salesforce"), (r"\bstripe\b", "Stripe"),
    (r"\bquickbooks\b", "QuickBooks"), (r"\bamazon seller central\b", "Amazon Seller Central"),
    (r"\bwoocommerce\b", "WooCommerce"), (r"\bmailchimp\b", "Mailchimp"), (r"\btiktok ads\b", "TikTok Ads")))


def data_platforms(text: str) -> list[str]:
    """The platforms the post's own data comes from (not a skills line), in the post's order, at most four."""
    found = sorted((m.start(), name) for p, name in PLATFORMS if (m := _named(p, text)))
    return [name for _, name in found][:4]


def data_source(text: str) -> str | None:
    """The noun phrase for the data the post names (closed list), the earliest named; else None."""
    return _first([(m.start(), phrase) for p, phrase in SOURCES if (m := _named(p, text))])


_RECOMMEND = re.compile(r"\brecommendations?\b", _I)
WITH_RECOMMENDATIONS = " and the recommendations that follow from them"


def deliverable_step(text: str) -> str | None:
    """The last step for the deliverable the post names (closed list, in its order of precedence); a Word or written
    report also carries the recommendations the post asks for; else None."""
    step = next((step for p, step in FORMATS if _named(p, text)), None)
    if step and step.startswith("write the findings up") and _named(_RECOMMEND, text):
        return step + WITH_RECOMMENDATIONS
    return step


def not_tabular(text: str) -> tuple[str, str, str] | None:
    """(step 2, step 3, what we would start with) when the data to analyse is footage, interviews or documents and the post names no
    spreadsheet, table or database; else None."""
    if data_source(text) or re.search(r"\b(?:datasets?|data sets?|spreadsheets?|excel|csv|sql|tables?)\b", text, _I):
        return None
    hits = [(m.start(), (s2, s3, start)) for p, s2, s3, start in NOT_TABLES if (m := p.search(text))]
    return min(hits)[1] if hits else None


def states_purpose(text: str) -> bool:
    return bool(_GOAL.search(text)) or already_answered("What decision will this analysis feed into?", text)


# the deliverable is a model the client keeps and adjusts (a forecast, a three-statement or pricing model, an
# optimisation model), not findings: pool readers rated "Deliver the findings in plain language with the few charts"
# and "Clean and check the data first (… outliers)" 1 on posts asking for a three-statement forecast in Excel and a
# linear programming model
_MODEL_NOUN = (r"(?:(?:financial|forecast(?:ing)?|revenue|budget(?:ing)?|pricing|valuation|dcf|cash ?flow|optimi[sz]ation|"
               r"scenario|three[- ]statement|3[- ]statement|projection) models?|three[- ]statement (?:forecasts?|"
               r"projections?)|(?:linear|integer|mixed[- ]integer) programming|adjustable forecast\w*)")
# the model is what the post asks for: named in the title, or after a verb of making ("build a three-statement
# model", "we need an adjustable forecast"), not "experience with financial models" in a requirement list
_MODEL = re.compile(rf"^[^\n]*\b{_MODEL_NOUN}\b|\b(?:build|create|develop|design|prepare|set up|need|want|looking "
                    rf"for|update|maintain)\w* (?:[\w&-]+ ){{0,5}}?{_MODEL_NOUN}\b", _I)
_REVIEWED = re.compile(r"\b(?:review\w*|audit\w*|correct\w*|check\w*|fix\w*)\b", _I)  # a model that exists already
MODEL_STEPS = ("agree what the model must answer, its inputs and outputs, and the assumptions you want to be able to "
               "change",
               "build the model in one clearly laid-out place, with the assumptions kept apart from the calculations, so "
               "every figure can be traced",
               "test the model against figures you already know (past periods or a worked case), then hand it over with a short "
               "guide to updating it")
MODEL_QUESTION = "Which assumptions do you want to change yourself, and which periods should the model cover?"
MODEL_OFFER = ("the figures you have today and the questions the model should answer", "tell you how I would lay it out")
MODEL_NEED = "You need a model you can trust and adjust yourself, not a one-off set of numbers."


def for_analysis(kind: WorkKind, title: str, description: str) -> WorkKind:
    """The analysis kind with its steps and question true to the post: the data source it names (step 2), the
    deliverable it names (step 3), no cleaning step for clean or non-tabular data, coursework steps for an
    assignment, and no "what decision will this feed into?" when the post says what it is for. The research kind
    gets the same desk-research steps when the post asks for market research."""
    if kind.id == "research" and _MARKET_RESEARCH.search(f"{title or ''}\n{description or ''}"):
        # market research is answered from sources, not collected as records (pool readers: "treats market
        # research as record collection into a sheet"): the desk steps
        return replace(kind, steps=DESK_STEPS, question=DESK_QUESTION, answered_if="", offer=DESK_OFFER, need=DESK_NEED,
                       start="the questions the research must answer and the sources to use")
    if kind.id != "analysis" or kind.steps == CATALOGUE.steps:  # a catalogue's steps are the case's own
        return kind
    text = f"{title or ''}\n{description or ''}"
    code = re.search(r"\b(?:r|python|stata|spss|sas|matlab|eviews)\b", text, _I)
    if _RESEARCH.search(text):
        return replace(kind, steps=RESEARCH_STEPS, question=RESEARCH_QUESTION, answered_if="", need=RESEARCH_NEED)
    if _ACADEMIC.search(text) or _ASSIGNMENT.search(text) and _SCHOOL.search(text):
        steps = (*ACADEMIC_STEPS[:2], ACADEMIC_CODE if code else ACADEMIC_STEPS[2])
        return replace(kind, steps=steps, question=ACADEMIC_QUESTION, answered_if="", offer=ACADEMIC_OFFER)
    if desk_research(title, description):
        return replace(kind, steps=DESK_STEPS, question=DESK_QUESTION, answered_if="", offer=DESK_OFFER, need=DESK_NEED,
                       start="the questions the research must answer and the sources to use")
    if _MODEL.search(text) and not STAT_MODEL.search(text) and not _REVIEWED.search(title or ""):  # (title first)
        return replace(kind, steps=MODEL_STEPS, question=MODEL_QUESTION, answered_if="", offer=MODEL_OFFER,
                       need=MODEL_NEED, start="what the model must answer and the assumptions you want to change")
    first, second, last = kind.steps
    other = not_tabular(text)
    source = data_source(text)
    start = kind.start
    if other:
        second, last, start = other
    elif DATA_READY.search(text) and not _CLEANING_ASKED.search(text):
        second = CLEAN_STEP if not source else CLEAN_STEP.replace("the data as prepared", source + " as prepared")
    elif len(platforms := data_platforms(text)) >= 2:
        second = (f"bring the {join_and(platforms)} data together on common keys, then clean and check it (gaps, "
                  "duplicates, outliers) and write down every assumption")
    elif source:
        second = second.replace("the data first", source + " first")
    fmt = deliverable_step(text)
    if fmt and not other:
        last = fmt
    question, offer, purpose = kind.question, None, states_purpose(text)
    if _METHOD.search(text) and not _BUSINESS.search(text) and not purpose:
        first, question, offer = METHOD_FIRST, METHOD_QUESTION, METHOD_OFFER
        last = fmt if fmt and not other else METHOD_LAST
    listed = first == kind.steps[0] and bool(LISTED_FIGURES.search(description or ""))
    if other and other[0].startswith("go through the video"):
        question = "Which events and statistics matter most to you, and how many matches are there?"
    elif purpose or listed:  # the decision or the figures are known: ask what is still open, or nothing
        # (a list of deliverables settles the question too: ``question_check.LISTED_OUTPUTS``)
        first = LISTED_FIRST if listed else first
        question = "" if timeline_sentence(text) or rush_words(text) else TIMING_QUESTION
    return replace(kind, steps=(first, second, last), question=question, start=start, offer=offer)
