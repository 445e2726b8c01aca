"""Pasted text: detect which Upwork view it came from and read every structured field off its lines.

Formats: ``upwork_detail`` (a job-detail page, one text node per line, with navigation noise),
``upwork_tile`` (a search-result tile), ``markdown`` (a freelancer's own copy), ``text`` (plain).
Every field found records the line(s) it came from in ``evidence``; a field not found stays None."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from service.intake import parse_values as pv
from service.intake.parse_client import _HIRES, _REVIEWS_OF, client_fragment
from service.intake.parse_countries import country_name
from service.text.skills import normalise_skill

_BULLET = re.compile(r"^\s*(?:[-*•·▪►✅🔹]+\s+|\d{1,2}[.)]\s+)")
_MD_EMPH = re.compile(r"\*\*|__|`")
_SENT_END = (".", "!", "?", ":", ";")
_MONEY_LINE = re.compile(rf"^\s*(?:{pv._CUR_ALT})\s?[\d.,]+\s*[kKmM]?\+?\s*$")
_NOISE = {
    "save job", "save", "featured", "featured job posts", "this client paid to post their job and reach freelancers like you.",
    "specialized profiles can help you better highlight your expertise when submitting proposals to jobs like these.",
    "create a specialized profile", ".", "close the tooltip", "apply now", "save job", "flag as inappropriate",
    "upgrade membership", "job link", "copy link", "skip to main content", "find work", "my jobs", "reports",
    "messages", "job details", "more options", "send a proposal for", "view job posting",
}
_DETAIL_MARKERS = ("about the client", "skills and expertise", "activity on this job", "required connects",
                   "footer navigation", "you will be asked to answer the following questions", "project type:",
                   "member since", "job link", "last viewed by client")
_QUESTIONS_START = re.compile(r"^(you will be asked to answer the following questions.*|(?:application|proposal|"
                              r"screening) questions:?)$", re.I)
_SECTION_END = re.compile(r"^(skills and expertise|preferred qualifications|activity on this job|about the client|"
                          r"apply now|project type:?|mandatory skills|nice-to-have skills|skills)$", re.I)
_SKILL_HEADER = re.compile(r"^(other|mandatory( skills)?|nice-to-have( skills)?|.{3,40} (skills|languages|"
                           r"libraries|frameworks|tools|deliverables|technologies))$", re.I)


@dataclass
class TextParse:
    fmt: str = "text"
    title: str = ""
    description: str = ""
    values: dict = field(default_factory=dict)
    evidence: dict = field(default_factory=dict)
    skills: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def put(self, name: str, value, evidence: str) -> None:
        if value is None or name in self.values:
            return
        self.values[name] = value
        self.evidence[name] = evidence.strip()[:300]


def _edge(c: str) -> bool:
    return (c.isspace() or "\U0001F000" <= c <= "\U0001FAFF" or "\u2600" <= c <= "\u27BF" or "\u2B00" <= c <= "\u2BFF"
            or c in "\uFE0F\u200d")


def _strip_edges(s: str) -> str:
    """Emoji and spaces off both ends (a loop, not a regex: '[...]+$' is quadratic on a long space run)."""
    i, j = 0, len(s)
    while i < j and _edge(s[i]):
        i += 1
    while j > i and _edge(s[j - 1]):
        j -= 1
    return s[i:j]


def clean(line: str) -> str:
    s = _strip_edges(_MD_EMPH.sub("", line))
    s = re.sub(r"^#+\s*", "", s)
    return _BULLET.sub("", s).strip()


def detect_format(lines: list[str]) -> str:
    low = [ln.strip().lower() for ln in lines]
    head = low[:80]
    md = sum(1 for ln in lines[:200] if re.match(r"^\s*(#{1,4} |\*\*[^*]{2,40}:\*\*)", ln))
    if md >= 2 or (lines and lines[0].lstrip().startswith("# ")):
        return "markdown"
    detail = sum(1 for m in _DETAIL_MARKERS if any(ln.startswith(m) for ln in low))
    if detail >= 3:
        return "upwork_detail"
    tile = sum([("save job" in head), any(ln.startswith("est. time:") or ln == "est. budget:" for ln in head),
                any(ln.startswith("rating is ") for ln in head), ("proposals:" in low[-6:]),
                ("posted" in low[:6] or any(ln.startswith("posted ") for ln in low[:4])), ("spent" in head),
                any(ln.startswith("proposals:") for ln in low[-6:]), any(_REVIEWS_OF.match(ln) for ln in low),
                any(ln == "location" for ln in low), any(ln.endswith(" spent") and ln[:1] in "$€£" for ln in low)])
    if tile >= 3:
        return "upwork_tile"
    return "text"


# ------------------------------------------------------------------ per-line field readers
def _budget_fragment(frag: str) -> dict | None:
    frag = pv.spell_ranges(frag)
    b = pv.parse_budget(frag)
    if not b:
        return None
    rest = pv.MONEY_RE.sub(" ", frag)
    rest = re.sub(r"(?i)\b(hourly( range| rate)?|fixed[- ]price|fixed|est\.? budget|budget|price|rate|per hour|an hour|"
                  r"usd|eur|gbp|to|range|per (?:video|article|post|page|item|unit|word|episode|design|logo|blog|lead|"
                  r"month|week|day))\b|/\s?h(ou)?r\b|/h\b|[-–—:()/.,]", " ", rest)
    return b if not rest.strip() else None


def _read_line(tp: TextParse, lines: list[str], i: int, now: datetime) -> None:
    """Read one cleaned line (and, for 'Label:' lines, the value on the next lines)."""
    s = lines[i]
    low = s.lower()
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    m = re.match(r"^([^\W\d_][^\W\d_ .'/&-]*(?:[ .'/&-]+[^\W\d_]+){0,5}?)\s*:\s*(.*)$", s)
    if m:
        label, value = m.group(1).strip().lower(), m.group(2).strip()
        if _read_label(tp, label, value, lines, i, now):
            return
    # standalone statements (one text node per line, or short fragments of a line)
    if low in ("payment verified", "payment method verified"):
        tp.put("payment_verified", True, s)
    elif low in ("payment unverified", "payment method not verified", "payment not verified"):
        tp.put("payment_verified", False, s)
    elif low.startswith("rating is "):
        r = pv.parse_rating(s)
        no_feedback = any(ln.lower() == "no feedback yet" for ln in lines[i + 1:i + 4])
        if r is not None and not (r == 0 and no_feedback):
            tp.put("rating", r, s)
    elif (mm := re.match(r"^[\d.]+ stars?, based on (\d+) (?:feedbacks?|reviews?)", low)):
        tp.put("reviews", int(mm.group(1)), s)
    elif low == "no feedback yet":
        tp.put("reviews", 0, s)
    elif (mm := re.match(r"^(\S+?)\+?\s+(?:total\s+)?spent$", low)) and pv.parse_spent(mm.group(1)) is not None:
        tp.put("total_spent", pv.parse_spent(mm.group(1)), s)
    elif _MONEY_LINE.match(s) and nxt.lower() == "spent":
        tp.put("total_spent", pv.parse_spent(s), s + " " + nxt)
        if i + 2 < len(lines) and country_name(lines[i + 2]):
            tp.put("country", country_name(lines[i + 2]), lines[i + 2])
    elif (mm := re.match(r"^(\d[\d,]*) jobs? posted", low)):
        tp.put("jobs_posted", int(mm.group(1).replace(",", "")), s)
        if (hr := re.search(r"(\d{1,3})% hire rate", low)):
            tp.put("hire_rate", float(hr.group(1)), s)
    elif (mm := re.match(r"^(\d{1,3})% hire rate", low)):
        tp.put("hire_rate", float(mm.group(1)), s)
    elif low.startswith("member since"):
        tp.put("member_since", pv.parse_member_since(s), s)
    elif _REVIEWS_OF.match(s) or _HIRES.match(s):
        client_fragment(tp, s, s)
    elif low == "location" and country_name(nxt, codes=False):
        tp.put("country", country_name(nxt, codes=False), s + " " + nxt)
    elif low in ("worldwide", "u.s. only", "us only", "usa only"):
        tp.put("location_restriction", "Worldwide" if low == "worldwide" else "U.S. only", s)
    elif low == "posted" and nxt:
        _put_posted(tp, nxt, now, s + " " + nxt)
    else:
        _read_fragments(tp, s, now)


def _read_fragments(tp: TextParse, s: str, now: datetime) -> None:
    for frag in re.split(r"(?:(?<=[a-z0-9)][.;])|(?<=[.;][\"”]))\s+(?=[A-Z\d$\"“])|(?<=,)\s+|\s+[|•·—–]\s+", s):
        frag = frag.strip().strip("\"“”").strip()
        if not frag or len(frag) > 90:
            continue
        f = frag.rstrip(".")
        fl = f.lower()
        if not _FRAGMENT_CUE.search(fl):
            continue
        if (mm := re.match(r"^only freelancers located in (?:the )?(.+?) may apply", fl)):
            region = frag[frag.lower().index(mm.group(1)):][:len(mm.group(1))]
            tp.put("location_restriction", f"{region} only" if not region.lower().startswith("u.s") else "U.S. only", frag)
        elif fl == "worldwide":
            tp.put("location_restriction", "Worldwide", frag)
        elif (mm := re.match(r"^posted (?:on )?(.+)$", fl)):
            _put_posted(tp, f[7:], now, frag)
        elif (b := _budget_fragment(f)):
            _put_budget(tp, b, frag)
        elif (lv := pv.parse_level(f)):
            tp.put("experience_level", lv, frag)
        elif (ln := pv.parse_length(f)):
            tp.put("project_length", ln, frag)
        elif (h := pv.parse_hours(f, allow_not_sure=False)):
            tp.put("hours_per_week", h, frag)


# a fragment can only state a field if it has one of these (cheap pre-check before the parsers)
_FRAGMENT_CUE = re.compile(r"[$€£₹¥₱₦\d]|hour|fixed|budget|entry|intermediate|expert|beginner|i am |month|week|"
                           r"worldwide|only freelancers|posted|usd|eur|gbp|not sure")


def _put_budget(tp: TextParse, b: dict, evidence: str) -> None:
    if b.get("budget_type"):
        tp.put("budget_type", b["budget_type"], evidence)
    if b.get("budget_min") is not None and "budget_min" not in tp.values:
        tp.put("budget_min", b["budget_min"], evidence)
        tp.put("budget_max", b["budget_max"], evidence)
        tp.put("currency", b["currency"], evidence)


def _put_posted(tp: TextParse, raw: str, now: datetime, evidence: str) -> None:
    raw = raw.strip().rstrip(".")
    raw = re.split(r"\s+[—–-]\s+|\.\s", raw)[0].strip()
    when = pv.parse_posted(raw, now)
    if when is not None:
        tp.put("posted_raw", raw, evidence)
        tp.put("posted_at", when, evidence)


def _next_value(lines: list[str], i: int, test, span: int = 4) -> tuple[object, str] | tuple[None, None]:
    for j in range(i + 1, min(len(lines), i + 1 + span)):
        v = test(lines[j])
        if v is not None:
            return v, lines[j]
    return None, None


def _read_label(tp: TextParse, label: str, value: str, lines: list[str], i: int, now: datetime) -> bool:
    src = lines[i]
    if label in ("title", "job title"):
        if value and not tp.title:
            tp.title = value
        return True
    if label in ("posted", "posted on", "date posted", "published"):
        if value:
            _put_posted(tp, value, now, src)
        elif i + 1 < len(lines):
            _put_posted(tp, lines[i + 1], now, src + " " + lines[i + 1])
        return True
    if label in ("budget", "est. budget", "est budget", "fixed price", "fixed-price", "hourly", "hourly range",
                 "hourly rate", "rate", "price", "pay", "compensation", "presupuesto", "orçamento", "orcamento",
                 "stundensatz", "budget (fixed)", "tarif", "prix", "tarifa", "precio", "preço", "compenso"):
        text = value or (lines[i + 1] if i + 1 < len(lines) else "")
        if label in ("hourly", "hourly range", "hourly rate"):
            text = "Hourly " + text
        elif label == "stundensatz":
            text = "Hourly " + text
        elif label in ("fixed price", "fixed-price", "est. budget", "est budget", "budget"):
            text = ("Fixed-price " if "hour" not in text.lower() and "/h" not in text.lower() else "") + text
        b = pv.parse_budget(text)
        if b and (b.get("budget_min") is not None or label not in ("rate", "price", "pay", "compensation")):
            _put_budget(tp, b, src if value else src + " " + text)
        return True
    if label in ("experience level", "experience", "level", "expertise"):
        tp.put("experience_level", pv.parse_level(value), src)
        return bool(pv.parse_level(value))
    if label in ("est. time", "est time", "project length", "duration", "length", "timeline"):
        text = value or (lines[i + 1] if i + 1 < len(lines) else "")
        for part in re.split(r",\s*", text):
            tp.put("project_length", pv.parse_length(part), src + " " + text if not value else src)
            tp.put("hours_per_week", pv.parse_hours(part, allow_not_sure=label.startswith("est")), src + " " + text)
        return True
    if label in ("hours per week", "hours", "workload", "hours needed", "weekly hours"):
        tp.put("hours_per_week", pv.parse_hours(value), src)
        return True
    if label in ("proposals", "proposal count", "applicants"):
        if value:
            tp.put("proposals", pv.parse_proposals(value), src)
        else:
            v, ev = _next_value(lines, i, pv.parse_proposals)
            tp.put("proposals", v, f"{src} {ev}")
        return True
    if label in ("country", "client country", "client location", "client's country"):
        tp.put("country", country_name(value) or None, src)
        return True
    if label in ("location restriction", "location requirement"):
        if value:
            low = value.lower().rstrip(".")
            norm = "Worldwide" if low == "worldwide" else None
            if (mm := re.match(r"only freelancers located in (?:the )?(.+?) may apply", low)):
                norm = "U.S. only" if mm.group(1).startswith("u.s") else value[value.lower().index(mm.group(1)):][:len(mm.group(1))] + " only"
            tp.put("location_restriction", norm or value.rstrip("."), src)
        return True
    if label in ("payment", "payment method", "payment verified", "payment verification"):
        tp.put("payment_verified", pv.parse_bool(value) if value else None, src)
        return True
    if label in ("rating", "client rating", "feedback"):
        tp.put("rating", pv.parse_rating(value), src)
        return True
    if label in ("reviews", "client reviews"):
        if value.isdigit():
            tp.put("reviews", int(value), src)
        return True
    if label in ("total spent", "spent", "client spent", "client total spent"):
        tp.put("total_spent", pv.parse_spent(value), src)
        return True
    if label in ("hire rate", "client hire rate"):
        tp.put("hire_rate", pv.parse_percent(value), src)
        return True
    if label in ("jobs posted", "client jobs posted"):
        if (mm := re.match(r"(\d[\d,]*)", value)):
            tp.put("jobs_posted", int(mm.group(1).replace(",", "")), src)
        return True
    if label == "member since":
        tp.put("member_since", pv.parse_member_since(value), src)
        return True
    if label in ("client", "about the client", "client info", "client details", "the client"):
        found = [client_fragment(tp, part, src) for part in re.split(r"[,;|()]", value)]
        return any(found)
    if label == "location" and country_name(value, codes=False):
        tp.put("country", country_name(value, codes=False), src)
        return True
    if label in ("skills", "skills and expertise", "mandatory", "nice-to-have", "required skills", "tags",
                 "mandatory skills", "nice-to-have skills"):
        if value and len(value) < 400:
            for part in re.split(r",\s*|;\s*|\s+\|\s+", value):
                part = part.strip().rstrip(".")
                if part and len(part) <= 60 and part not in tp.skills:
                    tp.skills.append(part)
            tp.evidence.setdefault("skills", src[:300])
        return bool(value) and len(value) < 400
    return False


def read_fields(tp: TextParse, lines: list[str], now: datetime, only_short: bool = False) -> None:
    merged: list[str] = []
    k = 0
    while k < len(lines):  # "$30.00" / "-" / "$75.00" on three lines (detail page) -> one range
        if (k + 2 < len(lines) and _MONEY_LINE.match(lines[k]) and lines[k + 1].strip() in ("-", "–", "to")
                and _MONEY_LINE.match(lines[k + 2])):
            merged.append(f"{lines[k].strip()} - {lines[k + 2].strip()}")
            k += 3
        else:
            merged.append(clean(lines[k]))
            k += 1
    lines = merged
    for i, s in enumerate(lines):
        if only_short and len(s) > 160 and ":" not in s[:45]:
            continue
        _read_line(tp, lines, i, now)


# ------------------------------------------------------------------ helpers used by the format readers
def is_noise(line: str) -> bool:
    return line.strip().lower() in _NOISE


def ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(_SENT_END)


def looks_like_skill_tag(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 45 or len(s.split()) > 5 or s.endswith((".", "!", "?", ":", ",", ";")):
        return False
    if re.fullmatch(r"\+\d+", s) or s.lower().startswith(("http", "proposals")):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] == "." or normalise_skill(s) is not None


def rejoin_highlights(lines: list[str]) -> list[str]:
    """Upwork splits highlighted search terms into their own text nodes: glue them back into sentences."""
    out: list[str] = []
    glue = False
    for ln in lines:
        short = len(ln.split()) <= 3 and not ends_sentence(ln)
        is_hl = short and normalise_skill(ln) is not None
        starts_cont = bool(ln) and (ln[0] in ",.;:!?)-" or ln[0].islower())
        if out and ((glue and (starts_cont or short)) or (is_hl and not ends_sentence(out[-1]))):
            sep = "" if ln[:1] in ",.;:!?)" else " "
            out[-1] = out[-1] + sep + ln
            glue = is_hl or (short and glue)
        else:
            out.append(ln)
            glue = is_hl
    return out
