"""Country names and codes (client location) through pycountry: ISO names, official and common names,
alpha-2 / alpha-3 codes, plus the aliases people and Upwork actually write ("USA", "UK", "Russia",
"Ivory Coast", "Cote d'Ivoire"). Accents and case do not matter. The result is the name Upwork shows."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import pycountry

# Upwork's display name where it differs from pycountry's common/short name (by alpha-2 code)
_DISPLAY = {"RU": "Russia", "TR": "Turkey", "CZ": "Czech Republic", "PS": "Palestinian Territories",
            "BN": "Brunei", "CD": "Congo, the Democratic Republic of the", "VA": "Vatican City", "MO": "Macao",
            "FM": "Micronesia", "KP": "North Korea", "MD": "Moldova", "VG": "British Virgin Islands",
            "VI": "U.S. Virgin Islands", "CV": "Cape Verde", "SZ": "Eswatini"}
# what people write that pycountry does not know (alias -> alpha-2)
_ALIASES = {"usa": "US", "u.s.": "US", "u.s.a.": "US", "u.s.a": "US", "us": "US", "america": "US",
            "united states of america": "US", "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB",
            "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "uae": "AE", "u.a.e.": "AE",
            "russia": "RU", "turkey": "TR", "ivory coast": "CI", "south korea": "KR", "korea": "KR",
            "republic of korea": "KR", "north korea": "KP", "the netherlands": "NL", "holland": "NL",
            "brunei": "BN", "palestine": "PS", "palestinian territories": "PS", "macau": "MO", "vatican": "VA",
            "vatican city": "VA", "cape verde": "CV", "swaziland": "SZ", "burma": "MM", "czech republic": "CZ",
            "deutschland": "DE", "españa": "ES", "espana": "ES", "the bahamas": "BS", "the gambia": "GM",
            "democratic republic of the congo": "CD", "dr congo": "CD", "drc": "CD", "republic of the congo": "CG",
            "east timor": "TL", "micronesia": "FM", "laos": "LA", "syria": "SY", "iran": "IR", "vietnam": "VN",
            "taiwan": "TW", "hong kong sar": "HK", "u.s. virgin islands": "VI", "british virgin islands": "VG"}
_NON_ISO = {"kosovo": "Kosovo"}  # listed by Upwork, no ISO 3166-1 entry


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("’", "'").split()).strip(" .,;:").casefold()


def _display(c) -> str:
    return _DISPLAY.get(c.alpha_2) or getattr(c, "common_name", None) or c.name


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    """(name key -> display name, code key -> display name)."""
    names: dict[str, str] = dict(_NON_ISO)
    codes: dict[str, str] = {}
    by_a2 = {}
    for c in pycountry.countries:
        shown = _display(c)
        by_a2[c.alpha_2] = shown
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(_key(value), shown)
        names.setdefault(_key(shown), shown)
        codes[c.alpha_2.casefold()] = shown
        codes[c.alpha_3.casefold()] = shown
    for alias, a2 in _ALIASES.items():
        names[_key(alias)] = by_a2[a2]
    return names, codes


def country_name(text: str, *, codes: bool = True) -> str | None:
    """The country's display name if ``text`` is exactly a country name, alias or (upper-case) ISO code."""
    if not isinstance(text, str) or not text.strip() or len(text) > 60:
        return None
    names, code_table = _tables()
    key = _key(text)
    if key in names and not (len(key) <= 3 and key.isalpha() and not text.strip().isupper()):
        return names[key]
    if codes and text.strip().isupper() and key in code_table:
        return code_table[key]
    return None
