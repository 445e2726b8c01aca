"""Statements about the client on a pasted page: "4.82 of 23 reviews", "11 hires, 1 active", "$3K spent",
"payment verified", a country, "4.7 rating", "9 reviews" (also the parts of a markdown "**Client:**" line)."""
from __future__ import annotations

import re

from service.intake import parse_values as pv
from service.intake.parse_countries import country_name

_REVIEWS_OF = re.compile(r"^(\d(?:\.\d{1,2})?) of (\d{1,6}) reviews?$", re.I)
_HIRES = re.compile(r"^(\d{1,6}) hires?(?:,\s*\d{1,6} active)?$", re.I)
_RATING_WORD = re.compile(r"^(\d(?:\.\d{1,2})?)\s*(?:/\s*5\s*|stars?\s*)?(?:rating|rated)$", re.I)
_COUNT = re.compile(r"^(\d{1,6}) (reviews?|jobs? posted|hires?)$", re.I)


def client_fragment(tp, frag: str, src: str) -> bool:
    """One statement about the client ("4.82 of 23 reviews", "11 hires, 1 active", "$3K spent",
    "payment verified", "Netherlands", "4.7 rating", "9 reviews"); True when a field was read."""
    f = frag.strip().rstrip(".").strip()
    low = f.lower()
    before = len(tp.values)
    if (m := _REVIEWS_OF.match(f)):
        rating = float(m.group(1))
        if rating <= 5:
            tp.put("rating", rating, src)
        tp.put("reviews", int(m.group(2)), src)
    elif (m := _HIRES.match(f)):
        tp.put("hires", int(m.group(1)), src)
    elif (m := _RATING_WORD.match(f)) and float(m.group(1)) <= 5:
        tp.put("rating", float(m.group(1)), src)
    elif (m := _COUNT.match(f)):
        key = {"r": "reviews", "j": "jobs_posted", "h": "hires"}[m.group(2)[0].lower()]
        tp.put(key, int(m.group(1)), src)
    elif low in ("payment verified", "payment method verified", "verified payment"):
        tp.put("payment_verified", True, src)
    elif low in ("payment unverified", "payment not verified", "payment method not verified", "unverified payment"):
        tp.put("payment_verified", False, src)
    elif (m := re.match(r"^(\S+?)\+?\s+(?:total\s+)?spent$", low)) and pv.parse_spent(m.group(1)) is not None:
        tp.put("total_spent", pv.parse_spent(m.group(1)), src)
    elif (m := re.match(r"^(\d{1,3})% hire rate", low)):
        tp.put("hire_rate", float(m.group(1)), src)
    elif country_name(f, codes=False):
        tp.put("country", country_name(f, codes=False), src)
    return len(tp.values) > before
