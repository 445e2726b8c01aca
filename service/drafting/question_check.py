"""Does the post already answer the question a letter would ask? Blind readers mark a letter down for asking
what the post says ("is this a new extension?" under "the ongoing development of our extension"; "which theme are
you on?" under "build our store from scratch"; "tell me the hours you need" under "West Coast hours").

Each rule pairs what the question asks about with wording in the post that settles it. The rules are about the
question's subject, so they hold for any question text a table or a model writes."""
from __future__ import annotations

import re

from service.drafting.work_kinds import product_names
from service.text.skills import find_skills_in_text

_I = re.IGNORECASE
_EXISTING = re.compile(r"\b(?:existing|current|ongoing|live|already (?:built|live|published|running|have|has)|"
                       r"our (?:app|application|site|website|store|shop|extension|platform|product|codebase|"
                       r"dashboard|report|database|system|theme)s?)\b", _I)
_NEW = re.compile(r"\b(?:from scratch|brand[- ]new|new build|greenfield|build (?:a|an|the|our) new|create (?:a|an) new|"
                  r"(?:build|create|develop|design) (?:a|an) (?:custom )?(?:app|application|site|website|store|"
                  r"extension|platform|dashboard))\b", _I)
_HOURS = re.compile(r"\b(?:EST|EDT|PST|PDT|CST|CET|GMT|UTC|AEST|IST|time ?zones?|west coast|east coast|"
                    r"business hours|\d+\s*(?:-\s*\d+\s*)?(?:hours|hrs)\s*(?:per|a|/)\s*(?:week|day)|"
                    r"(?:full|part)[- ]time)\b", _I)
_HISTORY = re.compile(r"\b\d+\+?\s*(?:months?|years?)\s+(?:of|worth of)\s+(?:data|history|historical|sales|records)|"
                      r"\bsince (?:19|20)\d\d\b", _I)
_EXCEL_VERSION = re.compile(r"\b(?:office|microsoft|excel) ?365\b|\bexcel 20\d\d\b|\b(?:mac|macos|windows)\b", _I)

_DESIGN = re.compile(r"\b(?:figma|prototypes?|mock-?ups?|wireframes?|adobe xd|sketch files?|design (?:files?|system)|"
                     r"designs? (?:is|are) (?:ready|prepared|done|provided|attached|final)|(?:ready|prepared|provided|"
                     r"final|approved) designs?)\b", _I)
# a post that names the one site it wants scraped ("from bol.com", "on LinkedIn") has said how many sites
_ONE_SITE = re.compile(r"\b(?:a single|one|this|the) (?:web)?site\b|\b[a-z0-9-]{2,}\.(?:com|nl|de|fr|org|net|io|co\.uk|"
                       r"gov|eu)\b|\b(?:linkedin|amazon|ebay|zillow|instagram|facebook|google maps|yelp|indeed)\b", _I)

RULES: tuple[tuple[re.Pattern, tuple[re.Pattern, ...]], ...] = (
    # "is this a new build, or an update to one already live?" / "is there an existing …, or is it new?"
    (re.compile(r"\bnew\b.*\b(?:already|today|existing|current|update|live)\b|"
                r"\b(?:already|existing|current|today)\b.*\bnew\b", _I), (_EXISTING, _NEW)),
    (re.compile(r"\bwhich theme\b|\btheme (?:are you|is it|do you)\b", _I), (_NEW,)),
    (re.compile(r"\b(?:hours|time ?zone|availability)\b", _I), (_HOURS,)),
    (re.compile(r"\bhow (?:many|much) (?:months|years)\b|\bhow much history\b", _I), (_HISTORY,)),
    (re.compile(r"\bexcel version\b|\bwindows or mac\b", _I), (_EXCEL_VERSION,)),
    (re.compile(r"\bfinished design\b|\bdesigns? (?:to build from|ready)\b|\bwork from the existing screens\b", _I),
     (_DESIGN,)),
    (re.compile(r"\bhow many (?:sites|websites|sources)\b", _I), (_ONE_SITE,)),
)


_WHICH_SYSTEMS = re.compile(r"\bwhich (?:systems|tools|platforms|apps)\b", _I)


def already_answered(question: str, post: str) -> bool:
    """True when the question is about something one of the rules finds settled in the post; "which systems …"
    is settled when the post names two or more tools ("integrate Cal.com with Airtable and Softr")."""
    if _WHICH_SYSTEMS.search(question) and len(set(find_skills_in_text(post)) | set(product_names(post))) >= 2:
        return True
    return any(asks.search(question) and any(p.search(post) for p in settles) for asks, settles in RULES)
