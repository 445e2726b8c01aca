"""The workspace's disqualifiers, checked against a post.

A disqualifier entry is a known id (``KNOWN_DISQUALIFIERS``), ``keyword:<word>``, or free text. Free text
whose wording names a known disqualifier ("unpaid test task or free sample requested", "client wants to
talk on WhatsApp") is checked by that rule. Any other free text ("gambling or betting sites") is checked
by phrase matching: one of its alternatives (split on commas, ';', '/', ' or ') hits when all of its
content words occur in one sentence of the post. The reason says it was a phrase match by the offline
rules, not a judgement. Off-platform contact is decided by ``service.intake.off_platform``, the same rule
extraction uses for its red flag. All patterns here are linear-time (RE2)."""
from __future__ import annotations

import re
from functools import lru_cache

from service.core.schemas import DisqualifierHit, JobBrief
from service.core.workspace import KEYWORD_PREFIX, Workspace
from service.fit.text import (
    NOT_STATED,
    STOPWORDS,
    find_quote,
    quote_around,
    sentences,
    term_pattern,
)
from service.intake.off_platform import find_off_platform
from service.text.linear_re import compile as linear

_OF_APPLICANT = linear(r"(?i)\b(?:you|your|applicants?|candidates?|freelancers?|hir(?:e|ing)|before we|to (?:see|assess|"
                       r"check|evaluate))\b")
_TEST_WORDS = linear(r"(?i)\b(?:test|trial|sample|demo|mock-?up|assessment|assignment|proof of concept)\b")
_UNPAID_WORDS = linear(r"(?i)\b(?:unpaid|for free|free of charge|without (?:pay|payment|compensation)|not be paid|"
                       r"won'?t be paid|will not be paid|no pay(?:ment)?|not paid|uncompensated|free (?:test|sample|trial))\b")

# free-text wording -> the known rule it names (checked in order; workspace text, short)
_WORDING = [
    ("off_platform_contact", linear(r"(?i)off[- ]platform|outside (?:of )?upwork|off upwork|whats\s?app|telegram|skype|"
                                    r"discord|personal (?:e-?mail|contact)|contact (?:details|info)|phone number")),
    ("unpaid_test", linear(r"(?i)unpaid|free (?:sample|test|trial|work|task)|test task|sample (?:work|task|article)|"
                           r"without pay|for free")),
    ("unverified_payment_no_spend", linear(r"(?i)(?:unverified|not verified|no verified)\b.{0,40}(?:payment|spen)|"
                                           r"payment\b.{0,30}(?:unverified|not verified)")),
    ("no_hire_history", linear(r"(?i)never hired|no hires|0% hire|zero hire|no hiring history|hire rate")),
    ("low_client_rating", linear(r"(?i)(?:low|bad|poor)\s+(?:client\s+)?(?:rating|reviews|feedback)|rating (?:below|under)")),
    ("crowded_job", linear(r"(?i)(?:50|fifty)\+? proposals|too many proposals|crowded")),
    ("rate_below_floor", linear(r"(?i)(?:rate|budget|price|pay)\b.{0,30}\b(?:below|under|less than|too low|lower than)|"
                                r"(?:low|cheap|tiny)\s+(?:budget|rate|pay)|below (?:the |our )?(?:floor|minimum)")),
]
_GENERIC = frozenset("asks ask asking requested request requests wants want post posts client clients job jobs work "
                     "related anything something sites site any kind type types".split())


@lru_cache(maxsize=512)
def recognise(entry: str) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """(kind, phrase alternatives): kind is a known id, 'keyword', or 'phrase'."""
    s = entry.strip()
    if s.startswith(KEYWORD_PREFIX):
        return "keyword", ((s[len(KEYWORD_PREFIX):].strip(),),)
    if " " not in s:
        return s, ()
    for kind, rx in _WORDING:
        if rx.search(s):
            return kind, ()
    alts = []
    for part in re.split(r",|;|/|\bor\b|\band\/or\b", s, flags=re.I):
        words = tuple(w for w in re.findall(r"[a-z0-9][a-z0-9+#.-]*", part.lower())
                      if len(w) > 2 and w not in STOPWORDS and w not in _GENERIC)
        if words:
            alts.append(words)
    return "phrase", tuple(alts)


def keyword_pattern(word: str):
    """'keyword:scrape' matches scrape, scrapes, scraped, scraper(s), scraping; several words match as a phrase."""
    if " " in word.strip() or not re.fullmatch(r"[A-Za-z]+", word.strip()):
        return term_pattern(word)
    w = word.strip().lower()
    stem = w[:-1] if w.endswith("e") and len(w) > 3 else w
    return linear(r"(?i)\b" + re.escape(stem) + r"(?:e|es|ed|er|ers|ing|s)?\b")


def _stem_pattern(word: str):
    stem = word[:-1] if len(word) > 4 and word.endswith("s") else word
    stem = stem[:-3] if len(stem) > 6 and stem.endswith("ing") else stem
    return linear(r"(?i)\b" + re.escape(stem) + r"[a-z]{0,4}\b")


def _phrase_hit(text: str, alts: tuple[tuple[str, ...], ...]) -> tuple[str, str] | None:
    patterns = {w: _stem_pattern(w) for alt in alts for w in alt}
    present = {w for w, rx in patterns.items() if rx.search(text)}
    for alt in alts:
        if not all(w in present for w in alt):
            continue
        for s, e in sentences(text):
            sent = text[s:e]
            if all(patterns[w].search(sent) for w in alt):
                m = patterns[alt[0]].search(sent)
                return quote_around(text, s + m.start(), s + m.end()), " ".join(alt)
    return None


def unpaid_test(text: str) -> str | None:
    low = text.lower()
    if not any(h in low for h in ("unpaid", "free", "without", "paid", "no pay", "uncompensated")):
        return None
    for s, e in sentences(text):
        sent = text[s:e]
        m = _UNPAID_WORDS.search(sent)
        if m and m.group(0).lower() == "free trial" and not _OF_APPLICANT.search(sent):
            continue  # the client's product offers one ("monthly plans, free trial, webhooks": fifth probe)
        if m and (_TEST_WORDS.search(sent) or m.group(0).lower().startswith("unpaid")):
            return quote_around(text, s + m.start(), s + m.end())
    return None


def disqualifiers(brief: JobBrief, text: str, ws: Workspace, budget_below_floor: bool, budget) -> list[DisqualifierHit]:
    """Every disqualifier the workspace lists that this post hits (one hit per rule)."""
    hits: list[DisqualifierHit] = []
    c = brief.client
    done: set[str] = set()

    def hit(did: str, reason: str, evidence: str, note: str) -> None:
        hits.append(DisqualifierHit(id=did, reason=f"{reason} ({note})" if note else reason, evidence=evidence))

    for entry in ws.icp.disqualifiers:
        did = entry if isinstance(entry, str) else entry.id
        note = "" if isinstance(entry, str) else entry.description
        kind, alts = recognise(did)
        if kind != "phrase" and kind != "keyword":
            if kind in done:
                continue
            done.add(kind)
        if did != kind and kind not in ("phrase", "keyword"):
            note = (note + "; " if note else "") + f"'{did}' read as {kind}"
        if kind == "unverified_payment_no_spend":
            if c.payment_verified is False and c.total_spent is not None and c.total_spent <= 0:
                hit(did, "payment method not verified and $0 spent", "[client fields] payment unverified, $0 spent", note)
        elif kind == "unpaid_test":
            q = unpaid_test(text)
            if q:
                hit(did, "asks for unpaid test or sample work", q, note)
        elif kind == "rate_below_floor":
            if budget_below_floor:
                hit(did, budget.reason, budget.evidence, note)
        elif kind == "off_platform_contact":
            found = find_off_platform(text)
            if found:
                s, e, what = found
                hit(did, f"asks for contact outside Upwork ({what}: '{text[s:e][:40]}')", quote_around(text, s, e), note)
        elif kind == "no_hire_history":
            if c.hire_rate is not None and c.hire_rate <= 0 and (c.jobs_posted or 0) >= 5:
                hit(did, f"{c.jobs_posted} jobs posted, 0% hire rate", "[client fields] hire rate 0%", note)
        elif kind == "low_client_rating":
            if c.rating is not None and c.rating < 3.5 and (c.reviews or 0) >= 3:
                hit(did, f"client rating {c.rating:g} from {c.reviews} reviews", f"[client fields] rating {c.rating:g}", note)
        elif kind == "crowded_job":
            if brief.proposals and re.match(r"\s*50\s*\+", brief.proposals):
                hit(did, f"{brief.proposals} proposals already", f"[proposals field] {brief.proposals}", note)
        elif kind == "brief_red_flag":
            for flag in brief.red_flags:
                ev = flag.evidence if flag.evidence and flag.evidence in text else NOT_STATED
                hit(did, f"red flag: {flag.text}", ev, note)
        elif kind == "keyword":
            word = alts[0][0]
            q = find_quote(text, [keyword_pattern(word)])
            if q:
                hit(did, f"mentions '{word}'", q[0], note)
        elif kind == "phrase":
            found = _phrase_hit(text, alts)
            if found:
                hit(did, f"phrase match on '{found[1]}' (offline rules: the words of this disqualifier occur in one "
                         "sentence; not judged by a model)", found[0], note)
    return hits


# ------------------------------------------------------------------ hard requirements (caps, not disqualifiers)
# A requirement the workspace cannot show it meets (a named certification or licence, on-site work or a
# location, a language) caps the tier at possible: the bidder must check it before bidding. The result has
# the disqualifier shape (id, reason, evidence) but is returned apart, so it never forces "poor".
_CAP_QUOTE = 120  # evidence of a cap: the words around the requirement, short enough for tier_reason
_SOFT = linear(r"(?i)\b(?:prefer(?:red|ably)?|a plus|plus\b|bonus|nice[- ]to[- ]have|ideally|advantage|desirable|"
               r"optional|encouraged|welcome|not required|not necessary|not needed|no need)")
_REQUIRED = linear(r"(?i)\b(?:must|required?|requires|requirement|mandatory|essential|need(?:ed|s)?|only|seeking|"
                   r"looking for|hiring|with certification)\b")
_NEGATED = linear(r"(?i)\b(?:no|not|don'?t|doesn'?t|without)\b")
_CERT = linear(r"(?i)\b(?:certif\w*|licen[cs]\w*|accredit\w*|chartered)\b")
_NAME = linear(r"\b[A-Z][A-Za-z0-9&+-]*")
_ACRONYM = linear(r"\b[A-Z][A-Z0-9&+]{1,7}\b")  # CPA, FRM, CCIE, PMP
# the capitalised word right before or after the certification word: "HubSpot certified", "Licensed Architect"
_NEXT_TO = linear(r"([A-Z][A-Za-z0-9&+-]+)[ -](?i:certif\w*|licen[cs]\w*|accredit\w*|chartered)\b|"
                  r"(?i:certified|licen[cs]ed|chartered) ([A-Z][A-Za-z0-9&+-]+)")
_NOT_A_NAME = frozenset("""the a an we our you your i in with of for and or to on at by this that program programme
certification certifications certificate certificates certified license licence licensed licenses licences
accredited accreditation chartered required requirement must need needed seeking looking hiring only
candidate candidates applicant applicants freelancer freelancers professional professionals expert experts
experience preferred valid active current relevant proof strong highly ideal upwork job role position
manager analyst developer engineer specialist consultant data us usa uk eu ai ml sql api it hr nda ceo cto usd pdf
etc""".split())
_ONSITE = linear(r"(?i)\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based|relocat(?:e|ion)|"
                 r"must (?:be )?(?:located|based|living|resid(?:e|ing)) in|local (?:candidates|applicants|"
                 r"freelancers|talent)|(?:county|area|city|state) (?:\w+ )?only|"
                 r"(?:only|exclusively) (?:\w+ ){0,3}(?:located|based|living|residing) in|"
                 r"(?:located|based|living|residing) in (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)?,? only)")
_REMOTE_OK = linear(r"(?i)\b(?:or remote|remote or|fully remote|no on[- ]?site|not on[- ]?site|hybrid or remote|"
                    r"online or in[- ]person|in[- ]person or online|virtual(?:ly)? (?:and|or) in[- ]person|"
                    r"on[- ]?site (?:and|&|or) off[- ]?site|on[- ]?site (?:seo|personali[sz]ation|optimi[sz]ation|search))")
_WORK_CONTEXT = linear(r"(?i)\b(?:work|role|position|job|based|located|meetings?|office|candidates?|applicants?|must|"
                       r"required?|days?|hybrid|presence|tutoring|travel|attend|relocat\w*|only)\b")
_LANGS = ("Spanish French German Portuguese Italian Dutch Russian Arabic Chinese Mandarin Cantonese Japanese Korean "
          "Hindi Urdu Turkish Polish Hebrew Swedish Norwegian Danish Finnish Greek Czech Romanian Hungarian Ukrainian "
          "Vietnamese Thai Indonesian Malay Tagalog Bengali Persian Farsi Swahili").split()
_LANG = linear(r"(?i)\b(" + "|".join(_LANGS) + r")\b")
_LANG_SKILL = linear(r"(?i)\b(?:fluen(?:t|cy)|native|bilingual|proficien\w*|speak\w*|speakers?|written and spoken|"
                     r"command of)\b")
_LANG_REQUIRED = linear(r"(?i)\b(?:" + "|".join(_LANGS) + r")\s?(?:-\s?)?(?:required|speaking|speakers?|fluency|only|"
                        r"is (?:a )?must)\b")
_LANG_CODES = {"RU": "Russian", "ES": "Spanish", "DE": "German", "FR": "French", "PT": "Portuguese", "IT": "Italian",
               "NL": "Dutch", "AR": "Arabic", "ZH": "Chinese", "JA": "Japanese", "JP": "Japanese", "KO": "Korean"}
_CODE_PAIR = linear(r"\(([A-Z]{2})\s*(?:&|/|\+|,|and)\s*([A-Z]{2})\)")


def _profile_text(ws: Workspace) -> str:
    p = ws.profile
    return " | ".join([p.name, p.headline, p.overview, *p.skills, *(f"{x.title} {x.summary}" for x in ws.proof)]).lower()


def _required(sent: str) -> bool:
    return bool(_REQUIRED.search(sent)) and not _SOFT.search(sent)


def _certification(text: str, profile: str) -> DisqualifierHit | None:
    if not _CERT.search(text):
        return None
    for s, e in sentences(text):
        sent = text[s:e]
        m = _CERT.search(sent)
        if not m or not _required(sent) or _NEGATED.search(sent[max(0, m.start() - 25):m.end() + 25]):
            continue
        window = sent[max(0, m.start() - 60):m.end() + 60]
        names = [n.group(0) for n in _ACRONYM.finditer(window) if n.group(0).lower() not in _NOT_A_NAME]
        names += [w for n in _NEXT_TO.finditer(sent[max(0, m.start() - 40):m.end() + 40])
                  for w in [n.group(1) or n.group(2)] if w and w.lower() not in _NOT_A_NAME]
        if names and not any(n.lower() in profile for n in names):
            named = " ".join(dict.fromkeys(names[:3]))
            return DisqualifierHit(id="requires_certification", evidence=quote_around(text, s + m.start(), s + m.end(), _CAP_QUOTE),
                                   reason=f"requires a certification or licence ({named}) the profile does not list")
    return None


def _on_site(brief: JobBrief, text: str, profile: str) -> DisqualifierHit | None:
    restriction = (brief.location_restriction or "").strip()
    if restriction and restriction.lower() not in ("worldwide", "anywhere", "none"):
        return DisqualifierHit(id="location_required", evidence=f"[location field] {restriction[:120]}",
                               reason=f"only freelancers in a given location may apply ({restriction[:80]}); "
                                      "the profile states no location that matches")
    if not _ONSITE.search(text):
        return None
    for s, e in sentences(text):
        sent = text[s:e]
        m = _ONSITE.search(sent)
        if not m or _REMOTE_OK.search(sent) or _SOFT.search(sent) or not _WORK_CONTEXT.search(sent):
            continue
        places = [n.group(0) for n in _NAME.finditer(sent) if n.group(0).lower() not in _NOT_A_NAME]
        if places and any(p.lower() in profile for p in places):
            continue
        return DisqualifierHit(id="location_required", evidence=quote_around(text, s + m.start(), s + m.end(), _CAP_QUOTE),
                               reason=f"requires on-site work or a location ('{m.group(0)}') the profile does not state")
    return None


def _language(brief: JobBrief, text: str, profile: str) -> DisqualifierHit | None:
    title = brief.title or ""
    for m in _CODE_PAIR.finditer(title):
        for code in m.groups():
            lang = _LANG_CODES.get(code)
            if lang and lang.lower() not in profile:
                return DisqualifierHit(id="language_required", evidence=quote_around(text, m.start(), m.end(), _CAP_QUOTE),
                                       reason=f"asks for {lang}, which the profile does not list")
    if not _LANG.search(text):
        return None
    for s, e in sentences(text):
        sent = text[s:e]
        m = _LANG.search(sent)
        if not m or m.group(1).lower() in profile or _SOFT.search(sent):
            continue
        if not _LANG_REQUIRED.search(sent) and not (_LANG_SKILL.search(sent) and _required(sent)):
            continue
        return DisqualifierHit(id="language_required", evidence=quote_around(text, s + m.start(), s + m.end(), _CAP_QUOTE),
                               reason=f"requires {m.group(1)}, which the profile does not list")
    return None


def hard_requirements(brief: JobBrief, text: str, ws: Workspace) -> list[DisqualifierHit]:
    """Requirements the profile does not show it meets; each caps the tier at possible (docs/fit.md)."""
    profile = _profile_text(ws)
    found = [_certification(text, profile), _on_site(brief, text, profile), _language(brief, text, profile)]
    return [h for h in found if h is not None]
