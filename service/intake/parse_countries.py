"""Country names as Upwork shows them (client location), with common short forms."""
from __future__ import annotations

_COUNTRIES = """Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bermuda|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|
Bulgaria|Burkina Faso|Cambodia|Cameroon|Canada|Cayman Islands|Chile|China|Colombia|Costa Rica|Croatia|Cyprus|
Czech Republic|Czechia|Denmark|Dominican Republic|Ecuador|Egypt|El Salvador|Estonia|Ethiopia|Fiji|Finland|France|Georgia|
Germany|Ghana|Gibraltar|Greece|Guatemala|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iraq|Ireland|Israel|Italy|
Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Latvia|Lebanon|Liechtenstein|Lithuania|Luxembourg|Macao|
Madagascar|Malaysia|Maldives|Malta|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|
Nepal|Netherlands|New Zealand|Nicaragua|Nigeria|North Macedonia|Norway|Oman|Pakistan|Palestinian Territories|Panama|
Paraguay|Peru|Philippines|Poland|Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Seychelles|
Singapore|Slovakia|Slovenia|South Africa|South Korea|Spain|Sri Lanka|Sweden|Switzerland|Taiwan|Tanzania|Thailand|
Trinidad and Tobago|Tunisia|Turkey|Türkiye|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|
Uzbekistan|Venezuela|Vietnam|Zambia|Zimbabwe"""

_NAMES = {n.strip().lower(): n.strip() for n in _COUNTRIES.replace("\n", "").split("|")}
_ALIASES = {"usa": "United States", "us": "United States", "u.s.": "United States", "u.s.a.": "United States",
            "united states of america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
            "great britain": "United Kingdom", "england": "United Kingdom", "uae": "United Arab Emirates",
            "korea": "South Korea", "republic of korea": "South Korea", "the netherlands": "Netherlands",
            "holland": "Netherlands", "deutschland": "Germany", "españa": "Spain", "ind": "India",
            "sau": "Saudi Arabia", "gbr": "United Kingdom", "deu": "Germany", "can": "Canada", "aus": "Australia"}


def country_name(text: str) -> str | None:
    """The country's name if ``text`` is exactly a country (case-insensitive), else None."""
    if not isinstance(text, str):
        return None
    key = " ".join(text.split()).strip(" .,").lower()
    if key in _NAMES:
        return _NAMES[key]
    alias = _ALIASES.get(key)
    if alias and (len(key) > 3 or text.strip().isupper()):
        return alias
    return None
