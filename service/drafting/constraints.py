"""Stated constraints a letter should show it has read: the client's timeline (acknowledged in the letter, in the
client's own words) and a location requirement (raised to the reviewer: only the person can say where they are,
so the letter never claims it)."""
from __future__ import annotations

import re

from service.drafting.frames import Quote, SlotError, sentence
from service.drafting.job_type import HYBRID
from service.drafting.letter_layout import sentences
from service.drafting.offline_phrases import SEND_CTAS
from service.drafting.years_asked import years_flag
from service.intake.parse_countries import country_name

_NUM = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|ten|twelve|a|a few|a couple of)"
_UNIT = r"(?:business |working )?(?:hours?|days?|weeks?|months?)"
_OR_MORE = r"(?: or (?:two|three|four|\d{1,2}))?"  # "within a day or two", never cut to "within a day"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
TIMELINE = re.compile(
    rf"\b(?:(?:within(?: the next)?|in the next|in under|in less than) {_NUM}(?:[-–]{_NUM})? {_UNIT}{_OR_MORE}"
    rf"|(?:by|before) (?:the )?end of (?:the |this |next )?(?:week|month|year|january|february|march|april|may|june|"
    rf"july|august|september|october|november|december|q[1-4]|(?:day )?(?:on )?(?:monday|tuesday|wednesday|thursday|"
    rf"friday|saturday|sunday))"
    rf"|(?:deadline|due date|go[- ]live|launch date) (?:is|of) [^.;,\n]{{3,40}}?(?=[.;,\n]|$)"
    rf"|(?:by|before|no later than|deadline:?) {_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?"
    rf"|(?:within|in) {_NUM}[- ]?{_UNIT}{_OR_MORE}"
    # a day of the week ("by Sunday morning", "deadline Friday"; pool readers: "never confirms the Sunday deadline")
    rf"|(?:by|before|deadline:?|due) (?:this |next |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    rf"(?:,? {_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?|,? (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH})?"
    rf"(?: (?:morning|afternoon|evening|night|noon|midnight))?(?!\s*(?:to|through|-|–)\s*(?:mon|tue|wed|thu|fri|sat|sun))"
    rf"|{_NUM}(?:[-–]{_NUM})? {_UNIT} (?:project|timeline|timeframe|engagement|contract))\b",
    re.IGNORECASE)
# the place is a proper name, with or without "the" ("Only freelancers located in the U.S. may apply", Upwork's own
# line; "only people located in EU"; "developer only in European Union"): tuning readers marked letters that never
# answered it ("EU requirement unaddressed", "US-only unaddressed")
LOCATION = re.compile(
    r"\b(?i:(?:must|should|need to|needs to) be (?:based|located|living|residing) (?:in|near)|(?:someone|candidates?|"
    r"applicants?|freelancers?|people|you(?:'re| are)?) (?:who (?:is|are) )?(?:based|"
    r"located) (?:in|near|in or near)|only (?:candidates|applicants|freelancers|people|developers) (?:from|in)|"
    r"(?:developers?|engineers?|designers?|analysts?|freelancers?) only (?:from|in)|location: (?:based|located) in|"
    r"residents? of|on-?site in|in-person (?:in|at)|(?:geograph(?:y|ic|ical)|location) requirements?:|(?:someone|candidates?|applicants?|freelancers?|people) (?:who (?:is|are) )?"
    r"(?:within|from)(?= (?:the )?(?:US|U\.S\.|USA|UK|EU|Canada|Europe|European Union|United States|United Kingdom|"
    r"Australia|Latin America|North America)\b))"
    r" (?i:the )?([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3})")
# hours the client's time zone sets ("at least 4 hours overlap with EST", "work in Eastern Time Zone", "EU timezone
# preferred"): confirmed like clock hours, never claimed
_ZONE_CODES = (r"(?:EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|CET|CEST|EET|EEST|WET|GMT|BST|IST|PKT|SGT|HKT|JST|WIB|ACST|ACDT|"
               r"AEST|AEDT|AWST|NZST|NZDT|UTC(?:[+-]\d{1,2})?)")
# a name needs "time", "hours" …; a place whose clock sets the hours ("part of it will be California hours"), as
# does a code ("EST hours"; "PT hours" may be part-time ones)
_ZONE_PLACES = (r"(?:California|West Coast|East Coast|New York|London|Sydney|Melbourne|Toronto|Dubai|Singapore|"
                r"Australian|Indian|British)")
_ZONE_NAMES = rf"(?:US|U\.S\.|EU|UK|European|Eastern|Central|Pacific|Mountain|{_ZONE_PLACES})"
_ZONE_WORD = r"(?i:time ?zones?|timezones?|time|hours|business hours|working hours)"
TIMEZONE = re.compile(rf"\b(?i:overlap(?:ping)?(?: (?:of |by )?(?:at least |a minimum of |min\.? )?\d{{1,2}}(?:[-–]\d{{1,2}})?\+? ?"
                      rf"(?:hours?|hrs?|h))? with|\d{{1,2}}\+? ?(?:hours?|hrs?) (?:of )?overlap with|(?:work|working|available|availability) (?:in|within|during)|aligned with) "
                      rf"(?:the )?(?:{_ZONE_CODES}(?: {_ZONE_WORD})?|(?:US )?{_ZONE_NAMES}(?: USA| US)? {_ZONE_WORD})(?![\w-])"
                      rf"|(?<!of )\b(?:{_ZONE_CODES}|{_ZONE_NAMES}) (?i:time ?zones?|timezones?)(?: (?:required|only|preferred|overlap))?"
                      rf"(?![\w-])|\b(?!ET |PT )(?:{_ZONE_CODES}|{_ZONE_PLACES}) (?i:(?:business |working |office )?hours)\b")


# a date that is not the work's deadline: when the client wants to have hired ("Looking to hire for this position by
# the end of June") or how long a contract lasts ("duration: by the end of the year"); tuning readers read the
# letter's "I have noted the timeline" on those as an invented deadline
_NOT_WORK_DATE = re.compile(r"\b(?:hire|hiring|hired|fill(?:ed|ing)? (?:this|the) (?:position|role)|duration|"
                            r"contract (?:length|term|period|runs?|ends?))\b[^.!?\n]*$", re.IGNORECASE)


# ... or a window in what the work is about ("the team members send at least 4 messages within two weeks")
# or how fast the freelancer answers ("quick replies, within a day at most"), or when the
# work starts ("Start before Monday 10th March"), not when it ends
_NOT_WORK_WINDOW = re.compile(r"\b(?:start(?:ing|s)?|messages?|messaged|members?|users?|customers?|visitors?|leads?|repl\w*|respon\w*|"
                              r"communicat\w*|subscribers?|sign[- ]?ups?)\b[^.!?\n]{0,15}$", re.IGNORECASE)


def timeline_sentence(post: str) -> tuple[str, str] | None:
    """(sentence, the client's words) when the post states a timeline for the work; the letter plans to it, it does
    not promise."""
    post = post or ""
    m = next((m for m in TIMELINE.finditer(post) if not _NOT_WORK_DATE.search(post[max(0, m.start() - 80):m.start()])
              and not _NOT_WORK_WINDOW.search(post[max(0, m.start() - 40):m.start()])), None)
    if not m:
        return None
    try:
        said = Quote(m.group(0).strip())
    except SlotError:
        return None
    return sentence(f"I have noted the timeline in your post ({said.render()}) and would plan the work to fit it"), m.group(0)


# a place and "only" ("(Kenya Talents Only)", "CANADA ONLY!!", "US-based only"; pool readers marked letters that
# ignored a one-country rule), when the words name a country or a region
_PLACE_ONLY = re.compile(r"\b((?:[A-Z][A-Za-z.]+ (?:or|and|&) |[A-Z][A-Za-z.]+, )*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}?)(?:[- ](?i:based))?(?: (?i:talents?|freelancers?|"
                         r"candidates?|residents?|applicants?|developers?|citizens?|people))?\s+(?i:only)\b")
_CODES = frozenset({"US", "USA", "UK", "UAE"})  # a code only when people write it so ("IT only" is no Italy)
_REGIONS = frozenset({"eu", "europe", "european union", "latam", "latin america", "north america", "south america",
                      "asia", "africa", "middle east", "scandinavia", "nordics", "apac", "emea"})


def _place(name: str) -> bool:
    return name.lower() in _REGIONS or name in _CODES or bool(country_name(name, codes=False))


def _places_only(post: str) -> tuple[str, str] | None:
    """(the places, the post's words) of the first "<places> only" whose places are all countries or regions; words
    before them that name no place ("Remote, EU only") are left out."""
    for m in _PLACE_ONLY.finditer(post):
        parts = re.split(r",? (?:or|and|&) |, ", m.group(1))
        while parts and not _place(parts[0]):
            parts.pop(0)
        if parts and all(_place(p) for p in parts):
            start = m.group(0).index(parts[0])
            return m.group(1)[start:], m.group(0)[start:]
    return None


def location_requirement(post: str, profile_text: str) -> str | None:
    """The post's words when it asks for a place the profile does not mention."""
    m = LOCATION.search(post or "")
    place, said = (m.group(1), m.group(0)) if m else _places_only(post or "") or ("", "")
    if not place or place.lower() in (profile_text or "").lower() or place.lower() in {"our", "a", "your"}:
        return None
    return said


def location_flag(post: str, profile_text: str) -> str | None:
    """A reviewer note when the post asks for a place the profile does not mention."""
    said = location_requirement(post, profile_text)
    return (f"location_requirement: the post asks for {said!r}; the letter asks you to confirm it. Fill it in if you "
            "meet the requirement, or skip the job.") if said else None


def timezone_requirement(post: str) -> str | None:
    """The post's words when the working hours follow the client's time zone."""
    m = TIMEZONE.search(post or "")
    return m.group(0) if m else None


# a weekday followed by a date ("Monday 24th March", "Friday, 14 June") is a dated deadline, not this week's rush
_DAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!,? (?:the )?\d{1,2}(?:st|nd|rd|th)?\b)"
        r"|tomorrow|tonight|today|eod|end of (?:the )?day)")
_DONE = r"(?:need(?:ed|s)?(?: it| this)?|done|finish(?:ed)?|fix(?:ed)?|deliver(?:ed)?|complete(?:d)?|ready|live|start(?:ed)?)"
RUSH = re.compile(
    rf"\b(?:urgent(?:ly)?|asap|a\.s\.a\.p|as soon as possible|same[- ]day|rush job"
    rf"|immediate start|(?:start|begin|starting|available) (?:immediately|right away|right now|now|today)"
    rf"|(?:within|in|under|in the next|in less than) (?:24|48|72|twenty[- ]four|forty[- ]eight)[- ]?(?:hours?|hrs?|h)"
    rf"|(?:within|in|in the next) (?:1|2|3|one|two|three|a|a couple of) (?:business |working )?days?"
    rf"|{_DONE} (?:by |before |for )?(?:this |next )?{_DAY}|by (?:this |next )?{_DAY}"
    rf"|{_DONE} (?:by |before )?(?:the )?end of (?:the |this )week|{_DONE} this week)\b", re.IGNORECASE)
_NOT_RUSH = re.compile(r"\b(?:respon\w*|reply|replies|answer\w*|communicat\w*|messages?|turnaround on)\W+(?:\w+\W+){0,3}$",
                       re.IGNORECASE)


def rush_words(post: str) -> str | None:
    """The client's words when the post asks for the work fast (urgent, ASAP, within 24/48 hours, today, by Friday):
    the letter then offers to start now, not a call in the next couple of days. A reply-time ask ("respond within
    24 hours") is not a deadline."""
    for m in RUSH.finditer(post or ""):
        if not _NOT_RUSH.search(post[max(0, m.start() - 40):m.start()]):
            return m.group(0)
    return None


# a language the job needs besides the English of the letter ("very good German", "fluent in French", "Spanish-speaking")
_LANGS = (r"(?:German|French|Spanish|Italian|Portuguese|Dutch|Polish|Swedish|Danish|Norwegian|Finnish|Czech|Turkish|Arabic|"
          r"Hebrew|Russian|Ukrainian|Japanese|Korean|Chinese|Mandarin|Cantonese|Hindi|Vietnamese|Thai|Indonesian|Greek|"
          r"Romanian|Hungarian|Nepali|Bengali|Bangla|Urdu|Punjabi|Tamil|Telugu|Marathi|Gujarati|Tagalog|Filipino|Malay|"
          r"Persian|Farsi|Swahili|Serbian|Croatian|Bulgarian|Slovak|Slovenian|Lithuanian|Latvian|Estonian|Catalan|"
          r"Afrikaans|Amharic|Somali|Hausa|Yoruba|Khmer|Burmese|Sinhala|Georgian|Armenian|Albanian|Icelandic)")
LANGUAGE = re.compile(
    rf"\b(?:(?:(?:very |)(?:good|fluent|native|excellent|strong|proficient|business[- ]level|professional|perfect)"
    rf"(?: command of| knowledge of| in)?|fluency in|speak(?:s|ing)?(?: fluent)?) (?:English (?:and|&) )?{_LANGS}"
    rf"|{_LANGS}[- ](?:speaking|speaker|native|fluency|language skills)|{_LANGS} \((?:C1|C2|B2|native|fluent)\)"
    rf"|bilingual(?: in)? (?:English (?:and|&) {_LANGS}|{_LANGS}(?: (?:and|&) English)?))\b",
    re.IGNORECASE)
# coming to the client's office ("you would come to our office twice a month"): a workplace (``role_shape`` reads it for a
# project too)
OFFICE_VISIT = r"come (?:in ?)?to (?:the|our) office"
# presence at a workplace: a hybrid or on-site job ("Hybrid Role: 50% in-office", "on-site in our office")
PRESENCE = re.compile(r"\b(?:" + HYBRID + r"(?!\s+(?:mobile|apps?|inverters?|approach|solutions?|cloud|search|model\w*|"
                      r"system|framework|tech\w*|develop\w*|cars?|vehicles?|energy|full[- ]?stack|cross[- ]platform|front[- ]?end|"
                      r"back[- ]?end|flutter|ionic|react native)\b)(?: role| position| work(?:ing)?| model)?(?:[:,]? \d{1,3} ?% (?:in[- ]office|on-?site))?"
                      r"|\d{1,3} ?% (?:in[- ]office|on-?site)|on-?site(?! meetings?| seo| optimi[sz]ation|(?: and|/| &) off-?(?:site|page)| (?:camp|facilities|amenities|gym|parking|canteen|cafeteria|child ?care|perks?|benefits?)\b)|in[- ]office|in the office"
                      r"|in-person (?:work|presence|role)|" + OFFICE_VISIT +
                      # a move the job asks for ("Willing to move to <town>, <state>"; pool readers: "ignores the
                      # relocation"), not a move of data or of a site
                      r"|(?:willing(?:ness)? to|must|able to|ready to|open to) (?:relocate|move) to (?-i:[A-Z])[\w.]+(?:,? (?-i:[A-Z])[\w.]+)?"
                      r"|relocation to (?-i:[A-Z])[\w.]+(?:,? (?-i:[A-Z])[\w.]+)?)\b", re.IGNORECASE)


def language_requirement(post: str, profile_text: str) -> str | None:
    """The post's words when the job needs a language the profile does not mention (the letter never claims it)."""
    m = LANGUAGE.search(post or "")
    if not m:
        return None
    lang = re.search(_LANGS, m.group(0), re.IGNORECASE).group(0)
    return None if lang.lower() in (profile_text or "").lower() else m.group(0)


# "hybrid" among ways to be paid ("Your pricing structure: flat monthly, hourly, or hybrid") is no workplace
_PAY_BEFORE = re.compile(r"\b(?:pric\w*|rates?|fees?|billing|payments?|hourly|monthly|retainer)\b[^.\n]{0,40}$", re.IGNORECASE)


def presence_requirement(post: str) -> str | None:
    """The post's words when the job asks for presence at a workplace (hybrid, on-site, in-office)."""
    post = post or ""
    m = next((m for m in PRESENCE.finditer(post) if not _PAY_BEFORE.search(post[max(0, m.start() - 60):m.start()])), None)
    return m.group(0) if m else None


def requirement_flags(post: str, profile_text: str, years: int | None = None) -> list[str]:
    """Reviewer notes for what only the person can confirm: a place, a language, presence at a workplace, the years of
    experience the post requires (``years_asked``)."""
    loc = location_flag(post, profile_text)
    out = [loc] if loc else []
    if (unmet := years_flag(post, years, profile_text)):
        out.append(unmet)
    lang = language_requirement(post, profile_text)
    if lang:
        out.append(f"language_requirement: the post asks for {lang!r}; the profile does not mention it and the letter "
                   "does not claim it. Confirm it yourself if you meet it, or skip the job.")
    place = presence_requirement(post)
    if place and not loc:  # a place the post names says it already
        out.append(f"presence_requirement: the post asks for {place!r} (work at the client's workplace); the letter does "
                   "not say where you are. Confirm it yourself if you can, or skip the job.")
    return out



# the client rules out a call ("We are not jumping on a call", "no calls please", "no Zoom meetings", "written
# communication only"): the letter's closing asks for nothing spoken (tuning readers: "pushes for 'a short call today
# or tomorrow' when the post says plainly 'We are not jumping on a call'")
NO_CALLS = re.compile(
    r"\b(?:not (?:be )?(?:jumping|hopping|getting) on (?:a |any )?(?:calls?|zoom|meetings?|video)|"
    r"no (?:video |phone |voice |zoom |sales |discovery |intro(?:ductory)? )?(?:calls?|meetings?)\b(?! (?:cent(?:er|re)|to "
    r"action|recordings?|logs?|data|volumes?|routing|tracking|transcripts?|queues?|flows?|scripts?|summar\w+|notes|"
    r"minutes|rooms?|bots?|found|yet|made|received|logged)\b)|"
    r"(?:don'?t|do not|won'?t|will not|never) (?:do|take|have|want|need|schedule|hop on|jump on) (?:any )?(?:video |phone "
    r"|zoom )?(?:calls|meetings)\b|(?:written|text|chat)[- ]only\b|(?:communication|contact) (?:is |will be )?(?:only )?"
    r"(?:in writing|via (?:upwork )?(?:chat|messages?)) only\b|(?:only|strictly) (?:in writing|via (?:upwork )?"
    r"(?:chat|messages?|text))\b)",
    re.IGNORECASE)
SPOKEN = re.compile(r"\b(?:calls?|meetings?|interview|zoom|speak|talk)\b", re.IGNORECASE)


WRITTEN_STEP = ("If you send me what you already have (access, files or examples), I will reply here with what I "
                "would do first.")
_SENDS = re.compile(r"\b(?:send|share)\b", re.IGNORECASE)


def refuses_calls(post: str) -> bool:
    return bool(NO_CALLS.search(post or ""))


def written_closing(next_step: str, cta: str, post: str) -> tuple[str, str]:
    """The next step and call to action without a call, an interview or a meeting when the post rules them out
    (``NO_CALLS``): the sentences that propose one are dropped, an offer to reply in writing takes their place when
    no other sentence asks for material, and the call to action asks for a written reply."""
    if not refuses_calls(post) or not (SPOKEN.search(next_step) or SPOKEN.search(cta)):
        return next_step, cta
    kept = [s for s in sentences(next_step) if not SPOKEN.search(s)]
    if not any(_SENDS.search(s) for s in kept):
        kept.append(WRITTEN_STEP)
    return " ".join(kept), SEND_CTAS[0]
