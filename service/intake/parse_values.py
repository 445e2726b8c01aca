"""Value parsers for the structured fields of an Upwork job (pure functions, no I/O).

Each parser takes one short piece of text and returns the value, or None when the text does not
state it. Nothing here guesses: "Hourly" gives a budget type without amounts, "$0 spent" gives 0,
and an unrecognised string gives None."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

# ------------------------------------------------------------------ money
_CURRENCY_PREFIX = [
    ("US$", "USD"), ("USD", "USD"), ("CA$", "CAD"), ("C$", "CAD"), ("CAD", "CAD"), ("AU$", "AUD"), ("A$", "AUD"),
    ("AUD", "AUD"), ("NZ$", "NZD"), ("€", "EUR"), ("EUR", "EUR"), ("£", "GBP"), ("GBP", "GBP"), ("₹", "INR"),
    ("INR", "INR"), ("Rs.", "INR"), ("Rs", "INR"), ("¥", "JPY"), ("JPY", "JPY"), ("CHF", "CHF"), ("R$", "BRL"),
    ("BRL", "BRL"), ("PKR", "PKR"), ("AED", "AED"), ("SGD", "SGD"), ("₱", "PHP"), ("₦", "NGN"), ("$", "USD"),
]
_CUR_ALT = "|".join(re.escape(p) for p, _ in sorted(_CURRENCY_PREFIX, key=lambda x: -len(x[0])))
_CUR_MAP = dict(_CURRENCY_PREFIX)
_NUM = r"\d{1,3}(?:[,.\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?"
_SUFFIX = r"(?:\s?(?:[kK](?![a-zA-Z])|[mM](?![a-zA-Z])|thousand\b|million\b))?"
MONEY_RE = re.compile(
    rf"(?P<pre>{_CUR_ALT})\s?(?P<num>{_NUM}){_SUFFIX.replace('(?:', '(?P<suf>', 1)}(?P<plus>\+)?"
    rf"|(?P<num2>{_NUM}){_SUFFIX.replace('(?:', '(?P<suf2>', 1)}\s?(?P<post>€|EUR|USD|GBP|£|CHF|INR|AUD|CAD|euros?|dollars?)",
    re.IGNORECASE,
)
_POST_MAP = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "usd": "USD", "dollar": "USD",
             "dollars": "USD", "gbp": "GBP", "£": "GBP", "chf": "CHF", "inr": "INR", "aud": "AUD", "cad": "CAD"}


def to_number(num: str, suffix: str | None = None) -> float | None:
    """'1,500.00' -> 1500, '4.000' -> 4000 (thousands dot), '1,5' -> 1.5, with K/M suffixes."""
    s = num.replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?", s):
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d+,\d{1,2}", s):
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        value = float(s)
    except ValueError:
        return None
    suf = (suffix or "").strip().lower()
    if suf in ("k", "thousand"):
        value *= 1_000
    elif suf in ("m", "million"):
        value *= 1_000_000
    return round(value, 2)


def find_money(text: str) -> list[tuple[float, str, re.Match]]:
    """Every amount with a currency marker in ``text``: (value, ISO currency, match)."""
    out = []
    for m in MONEY_RE.finditer(text):
        if m.group("pre") is not None:
            value = to_number(m.group("num"), m.group("suf"))
            cur = _CUR_MAP.get(m.group("pre"), _CUR_MAP.get(m.group("pre").upper(), "USD"))
        else:
            value = to_number(m.group("num2"), m.group("suf2"))
            cur = _POST_MAP.get(m.group("post").lower(), "USD")
        if value is not None:
            out.append((value, cur, m))
    return out


def parse_amount(text: str) -> tuple[float | None, str | None]:
    """One amount: '$1.5K' -> (1500, 'USD'); a bare number '500' -> (500, None)."""
    if text is None:
        return None, None
    found = find_money(str(text))
    if found:
        return found[0][0], found[0][1]
    m = re.fullmatch(rf"\s*({_NUM}){_SUFFIX.replace('(?:', '(', 1)}\s*", str(text))
    if m:
        return to_number(m.group(1), m.group(2)), None
    return None, None


# ------------------------------------------------------------------ budget
_HOURLY_WORDS = re.compile(r"\b(hourly|per hour|an hour|/\s?h(?:ou)?r\b|/\s?hour|hr rate|hourly rate|/h\b)", re.I)
_FIXED_WORDS = re.compile(r"\b(fixed[- ]price|fixed budget|fixed|est\.? budget|budget)\b", re.I)


# a range with one currency sign and one suffix ("$4-6k", "$600-900", "€2-3k"): both ends are money, and a suffix on the
# upper end alone is the lower end's too (fifth probe: "$4-6k" had read as $4, "$600-900" as no budget)
_BARE_RANGE = re.compile(r"(?P<cur>[$€£])\s?(?P<a>\d+(?:[.,]\d+)?)(?P<sa>\s?[kK](?![a-zA-Z]))?\s?(?P<sep>-|–|—|to)\s?"
                         r"(?P<b>\d+(?:[.,]\d+)?)(?P<sb>\s?[kK](?![a-zA-Z]))?")


def spell_ranges(text: str) -> str:
    """"$4-6k" -> "$4k-$6k", "$600-900" -> "$600-$900"."""
    def one(m: re.Match) -> str:
        sa, sb = (m.group("sa") or "").strip(), (m.group("sb") or "").strip()
        return f"{m.group('cur')}{m.group('a')}{sa or sb}{m.group('sep')}{m.group('cur')}{m.group('b')}{sb}"
    return _BARE_RANGE.sub(one, text or "")


def parse_budget(text: str) -> dict | None:
    """'Hourly: $30.00 - $50.00', '$500.00 Fixed-price', 'Est. budget: $250', 'Fixed price', '$30/hour',
    '€2,000 - €3,000', '$4-6k'. Returns {budget_type, budget_min, budget_max, currency}; None if nothing stated."""
    if not text:
        return None
    text = spell_ranges(text)
    amounts = find_money(text)
    btype = None
    if _HOURLY_WORDS.search(text):
        btype = "hourly"
    elif _FIXED_WORDS.search(text):
        btype = "fixed" if (amounts or re.search(r"fixed", text, re.I)) else None
    if not amounts:
        return {"budget_type": btype, "budget_min": None, "budget_max": None, "currency": None} if btype else None
    lo, cur = amounts[0][0], amounts[0][1]
    hi = lo
    if len(amounts) > 1:
        between = text[amounts[0][2].end():amounts[1][2].start()]
        if re.fullmatch(r"\s*(-|–|—|to|and|up to|through)\s*", between, re.I):
            hi = amounts[1][0]
    if hi < lo:
        lo, hi = hi, lo
    return {"budget_type": btype, "budget_min": lo, "budget_max": hi, "currency": cur}


# ------------------------------------------------------------------ Upwork enumerations
_LEVELS = {
    "entry": "entry", "entry level": "entry", "entry-level": "entry", "beginner": "entry",
    "intermediate": "intermediate", "intermediate level": "intermediate",
    "expert": "expert", "expert level": "expert", "expert-level": "expert",
    "i am looking for freelancers with the lowest rates": "entry",
    "i am looking for a mix of experience and value": "intermediate",
    "i am willing to pay higher rates for the most experienced freelancers": "expert",
    "entry_level": "entry", "expert_level": "expert",
}


def parse_level(text: str) -> str | None:
    key = re.sub(r"[\s\"'“”.]+$", "", re.sub(r"^[\s\"'“”]+", "", str(text or ""))).lower()
    key = re.sub(r"\s+", " ", key).replace("$$$", "expert").replace("$$", "intermediate")
    return _LEVELS.get(key)


_LENGTH_RE = re.compile(r"^(less than (?:1|one) month|1 to 3 months|1-3 months|3 to 6 months|3-6 months|"
                        r"more than 6 months|less than a month)(?: duration| project length)?$", re.I)


def parse_length(text: str) -> str | None:
    m = _LENGTH_RE.match(" ".join(str(text or "").split()).strip(" ."))
    if not m:
        return None
    v = m.group(1).lower().replace("-", " to ").replace("one", "1").replace("a month", "1 month")
    return v[0].upper() + v[1:]


_HOURS_RE = re.compile(r"^(less than 30 hrs/week|more than 30 hrs/week|30\+ hrs/week|less than 10 hrs/week|"
                       r"10-30 hrs/week|not sure|hours to be determined|as needed)$", re.I)


def parse_hours(text: str, allow_not_sure: bool = True) -> str | None:
    s = " ".join(str(text or "").split()).strip(" .")
    s = re.sub(r"hours?\s?/\s?week|hrs?\s?/\s?wk|hrs? per week", "hrs/week", s, flags=re.I)
    m = _HOURS_RE.match(s)
    if not m:
        return None
    v = m.group(1)
    low = v.lower()
    if low == "30+ hrs/week":
        return "More than 30 hrs/week"
    if low in ("not sure", "hours to be determined", "as needed"):
        return "Not sure" if allow_not_sure else None
    return v[0].upper() + v[1:].replace("Hrs", "hrs")


_PROPOSALS_RE = re.compile(r"^(less than 5|5 to 10|10 to 15|15 to 20|20 to 50|50\+)$", re.I)


def parse_proposals(text: str) -> str | None:
    m = _PROPOSALS_RE.match(" ".join(str(text or "").split()).strip(" ."))
    if not m:
        return None
    v = m.group(1)
    return v[0].upper() + v[1:]


# ------------------------------------------------------------------ client stats
def parse_spent(text: str) -> float | None:
    """'$15K+ spent', '$400K+', '$0', '$1.2M+' -> dollars (a lower bound for '+')."""
    value, _ = parse_amount(str(text or ""))
    return value


def parse_rating(text: str) -> float | None:
    s = str(text or "")
    m = re.search(r"rating is (\d(?:\.\d+)?) out of 5", s, re.I) or re.fullmatch(r"\s*(\d(?:\.\d+)?)\s*(?:/\s*5|stars?)?\s*", s)
    if not m:
        return None
    v = float(m.group(1))
    return v if 0 <= v <= 5 else None


def parse_percent(text: str) -> float | None:
    m = re.search(r"(\d{1,3}(?:\.\d+)?)\s?%", str(text or ""))
    if not m:
        return None
    v = float(m.group(1))
    return v if 0 <= v <= 100 else None


_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                        "nov", "dec"], start=1)}


def parse_member_since(text: str) -> str | None:
    """'Member since Oct 28, 2024' -> '2024-10-28'; 'Mar 2019' -> '2019-03'."""
    s = re.sub(r"(?i)^\s*member since\s*", "", str(text or "")).strip()
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", s)
    if m and m.group(1).lower() in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    m = re.fullmatch(r"([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})", s)
    if m and m.group(1).lower() in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1).lower()]:02d}"
    m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:T.*)?", s)
    if m:
        return s[:10] if m.group(3) else s[:7]
    return None


# ------------------------------------------------------------------ time
_UNITS = {"second": 1 / 60, "minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440, "week": 10080,
          "month": 43200, "year": 525600}


def parse_posted(text: str, now: datetime) -> datetime | None:
    """'2 hours ago', 'yesterday', 'last week', 'an hour ago', 'June 6, 2024 00:29 UTC', '6/5/2024 2:54pm',
    ISO timestamps. Relative values are resolved against ``now``."""
    s = " ".join(str(text or "").split()).strip(" .").lower()
    s = re.sub(r"^posted( on)?:?\s*", "", s)
    if not s:
        return None
    if s in ("just now", "moments ago", "a moment ago", "now"):
        return now
    if s == "yesterday":
        return now - timedelta(days=1)
    if s == "today":
        return now
    m = re.fullmatch(r"last (week|month|year)", s)
    if m:
        return now - timedelta(minutes=_UNITS[m.group(1)])
    m = re.fullmatch(r"(\d+|an?|one) (second|minute|min|hour|hr|day|week|month|year)s? ago", s)
    if m:
        n = 1 if m.group(1) in ("a", "an", "one") else int(m.group(1))
        return now - timedelta(minutes=n * _UNITS[m.group(2)])
    return parse_absolute_time(str(text).strip())


def parse_absolute_time(s: str) -> datetime | None:
    s = re.sub(r"(?i)^posted( on)?:?\s*", "", s.strip()).strip()
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
        return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
    except ValueError:
        pass
    for fmt in ("%B %d, %Y %H:%M UTC", "%B %d, %Y %H:%M", "%b %d, %Y %H:%M UTC", "%m/%d/%Y %I:%M%p",
                "%m/%d/%Y %H:%M", "%B %d, %Y", "%b %d, %Y", "%Y-%m-%d %H:%M:%S", "%d %B %Y"):
        try:
            return datetime.strptime(s, fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    return None


def parse_bool(value) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        s = value.strip().lower()
        if s in ("true", "yes", "verified", "1", "payment verified", "payment method verified"):
            return True
        if s in ("false", "no", "unverified", "not verified", "0", "payment unverified", "payment method not verified"):
            return False
    return None
