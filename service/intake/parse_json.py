"""Job JSON: map the shapes alert tools and Upwork's APIs deliver onto ParsedFields.

Keys are matched after lower-casing and removing ``_ - .`` and spaces, so ``hourlyBudgetMin``,
``hourly_budget_min`` and ``Hourly Budget Min`` are the same key. Nested ``client`` / ``buyer``
objects, money objects (``{"amount"|"rawValue": ..., "currency": ...}``) and ``raw_text`` are
understood. A value of the wrong type raises InvalidInput naming the field; see docs/extraction.md."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Callable

from service.core.errors import InvalidInput
from service.core.schemas import ClientInfo, ParsedFields
from service.intake import parse_values as pv
from service.intake.parse_countries import country_name

_FIX = "see docs/extraction.md for the accepted job JSON shapes"


def _k(key: str) -> str:
    return re.sub(r"[\s_\-.]", "", str(key)).lower()


_ALIASES = {
    "title": ("title", "jobtitle", "name", "subject"),
    "description": ("description", "jobdescription", "body", "content", "snippet", "summary", "text", "details"),
    "raw_text": ("rawtext", "pagetext", "pastedtext"),
    "url": ("url", "link", "joburl", "href", "permalink"),
    "upwork_id": ("upworkjobid", "upworkid", "ciphertext", "jobid", "jobkey", "uid"),
    "budget_type": ("budgettype", "jobtype", "type", "contracttype", "paymenttype", "engagementtype"),
    "budget": ("budget", "amount", "fixedprice", "fixedbudget", "price", "estbudget", "budgetamount"),
    "budget_min": ("budgetmin", "hourlymin", "hourlybudgetmin", "minrate", "ratemin", "hourlyratemin", "min"),
    "budget_max": ("budgetmax", "hourlymax", "hourlybudgetmax", "maxrate", "ratemax", "hourlyratemax", "max"),
    "hourly_range": ("hourlyrange", "hourlyrate", "rate", "hourly"),
    "currency": ("currency", "currencycode"),
    "experience_level": ("experiencelevel", "experience", "tier", "contractorTier".lower(), "level", "expertise"),
    "project_length": ("projectlength", "duration", "durationlabel", "length", "esttime"),
    "hours_per_week": ("hoursperweek", "workload", "engagement", "weeklyhours", "hours"),
    "skills": ("skills", "tags", "skilltags", "attrs", "ontologyskills"),
    "proposals": ("proposals", "proposalstier", "totalapplicants", "applicants", "proposalcount"),
    "posted_at": ("postedat", "publishedon", "publisheddatetime", "createddatetime", "datecreated", "createdon",
                  "posted", "postedon", "pubdate", "publishedat", "createdat", "date", "posttime"),
    "location_restriction": ("locationrestriction", "locationrequirement", "preferredlocation", "locationonly"),
    "client": ("client", "buyer", "clientinfo", "clientstats", "company"),
}
_CLIENT_ALIASES = {
    "country": ("country", "clientcountry", "location", "clientlocation", "buyercountry"),
    "payment_verified": ("paymentverified", "clientpaymentverified", "paymentverificationstatus",
                         "verificationstatus", "paymentmethodverified", "ispaymentverified"),
    "rating": ("rating", "clientrating", "feedback", "totalfeedback", "score", "feedbackscore"),
    "reviews": ("reviews", "clientreviews", "reviewscount", "totalreviews", "feedbackcount"),
    "total_spent": ("totalspent", "clienttotalspent", "spent", "totalcharges", "spend"),
    "hire_rate": ("hirerate", "clienthirerate", "hirerate%"),
    "jobs_posted": ("jobsposted", "clientjobsposted", "totalpostedjobs", "postedjobs", "totaljobs"),
    "hires": ("hires", "totalhires", "clienthires", "totalhired", "hirescount"),
    "member_since": ("membersince", "clientmembersince", "createddate", "registeredon"),
}
_TABLE = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
_CTABLE = {alias: field for field, aliases in _CLIENT_ALIASES.items() for alias in aliases}


def _money(value: Any, field: str) -> tuple[float | None, str | None]:
    if value is None or value == "":
        return None, None
    if isinstance(value, bool):
        raise InvalidInput(f"{field} must be a number or an amount like \"$500\", not true/false", field=field, fix=_FIX)
    if isinstance(value, (int, float)):
        if value < 0:
            raise InvalidInput(f"{field} must not be negative", field=field, fix=_FIX)
        return float(value), None
    if isinstance(value, dict):
        norm = {_k(k): v for k, v in value.items()}
        amount = next((norm[k] for k in ("rawvalue", "amount", "value", "displayvalue") if k in norm), None)
        v, cur = _money(amount, field)
        c = norm.get("currency") or norm.get("currencycode")
        return v, (c.upper() if isinstance(c, str) and c.strip() else cur)
    if isinstance(value, str):
        v, cur = pv.parse_amount(value)
        if v is None and value.strip():
            raise InvalidInput(f"{field} is {value!r}, which is not an amount", field=field,
                               fix="use a number (500) or an amount string (\"$500\", \"€1.5K\")")
        return v, cur
    raise InvalidInput(f"{field} must be a number or an amount, not {type(value).__name__}", field=field, fix=_FIX)


def _text(value: Any, field: str, required: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not required:
        return str(value)
    raise InvalidInput(f"{field} must be a string, not {type(value).__name__}", field=field,
                       fix=f"send {field} as a JSON string")


def _label(value: Any, field: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dict):
        norm = {_k(k): v for k, v in value.items()}
        value = next((norm[k] for k in ("label", "name", "value", "displayvalue", "prettyname") if k in norm), None)
        return _label(value, field)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip()
    raise InvalidInput(f"{field} must be a string, not {type(value).__name__}", field=field, fix=_FIX)


def _int(value: Any, field: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidInput(f"{field} must be a whole number, not true/false", field=field, fix=_FIX)
    if isinstance(value, (int, float)):
        return int(value)
    if isinstance(value, str) and (m := re.match(r"\s*(\d[\d,]*)", value)):
        return int(m.group(1).replace(",", ""))
    raise InvalidInput(f"{field} must be a whole number, not {value!r}", field=field, fix=_FIX)


def _float(value: Any, field: str, parse: Callable[[str], float | None]) -> float | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise InvalidInput(f"{field} must be a number, not true/false", field=field, fix=_FIX)
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dict):
        return _money(value, field)[0]
    if isinstance(value, str):
        v = parse(value)
        if v is None:
            raise InvalidInput(f"{field} is {value!r}, which is not a number", field=field, fix=_FIX)
        return v
    raise InvalidInput(f"{field} must be a number, not {type(value).__name__}", field=field, fix=_FIX)


def _skills(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [s.strip() for s in re.split(r"[,;|]", value) if s.strip()]
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, str):
                name = item
            elif isinstance(item, dict):
                norm = {_k(k): v for k, v in item.items()}
                name = next((norm[k] for k in ("prettyname", "name", "label", "skill", "value") if k in norm), None)
            else:
                name = None
            if not isinstance(name, str):
                raise InvalidInput("skills must be a list of strings (or of {\"name\": ...} objects)", field="skills",
                                   fix="send skills as [\"React\", \"Node.js\"]")
            if name.strip() and name.strip() not in out:
                out.append(name.strip())
        return out
    raise InvalidInput(f"skills must be a list of strings, not {type(value).__name__}", field="skills",
                       fix="send skills as [\"React\", \"Node.js\"] or \"React, Node.js\"")


def parse_json_job(data: dict, now: datetime, parse_text: Callable[..., ParsedFields]) -> ParsedFields:
    """Map one job object. ``parse_text`` reads ``raw_text`` (and HTML/labelled descriptions)."""
    if isinstance(data.get("job"), dict) and not any(_k(k) in ("title", "description") for k in data):
        data = {**data["job"], **{k: v for k, v in data.items() if k != "job"}}
    f: dict[str, Any] = {}
    client_raw: dict[str, Any] = {}
    for key, value in data.items():
        nk = _k(key)
        if nk in _TABLE and _TABLE[nk] not in f:
            f[_TABLE[nk]] = value
        elif nk in _CTABLE or (nk.startswith("client") and nk[6:] in _CTABLE):
            client_raw.setdefault(_CTABLE.get(nk) or _CTABLE[nk[6:]], value)
    if isinstance(f.get("client"), dict):
        for key, value in f["client"].items():
            nk = _k(key)
            if nk in _CTABLE:
                client_raw.setdefault(_CTABLE[nk], value)
            elif nk == "location" and isinstance(value, dict):
                client_raw.setdefault("country", value.get("country"))
    elif f.get("client") not in (None, "") and not isinstance(f.get("client"), dict):
        raise InvalidInput("client must be an object such as {\"country\": \"Germany\", \"rating\": 4.9}",
                           field="client", fix=_FIX)

    title = " ".join(_text(f.get("title"), "title", required=True).split())
    description = _text(f.get("description"), "description", required=True)
    raw_text = _text(f.get("raw_text"), "raw_text", required=True)
    if not title and not description.strip() and not raw_text.strip():
        raise InvalidInput("the job JSON has no title, description or raw_text", field="description",
                           fix="send at least {\"title\": ..., \"description\": ...}")
    # the text part: raw_text (page copy) or a description that may carry HTML / RSS-style labels
    base: ParsedFields | None = None
    if raw_text.strip() and not description.strip():
        base = parse_text(raw_text, now)
    elif description.strip():
        base = parse_text((title + "\n" if title else "") + description, now, source_format="json")
        from service.intake.parse_html import looks_like_html
        update = {"title": title} if title else {}
        if not looks_like_html(description):
            update["description"] = description.strip()
        base = base.model_copy(update=update)
    out = base.model_dump() if base else ParsedFields(title=title).model_dump()
    out["source_format"] = "json"
    if title:
        out["title"] = title
    evidence = out.get("field_evidence") or {}

    def put(name: str, value: Any, key: str = "") -> None:
        if value is not None and value != "" and value != []:
            out[name] = value
            evidence[name] = f"JSON {key or name}"

    put("url", _label(f.get("url"), "url"), "url")
    uid = _label(f.get("upwork_id"), "upwork_id")
    if uid and not uid.startswith("~") and re.fullmatch(r"0[0-9a-f]{15,24}", uid):
        uid = "~" + uid
    put("upwork_id", uid, "upwork_id")
    btype = _label(f.get("budget_type"), "budget_type")
    if btype:
        low = btype.lower()
        btype = "hourly" if "hour" in low else "fixed" if "fix" in low else None
        if btype is None:
            raise InvalidInput(f"budget_type is {f.get('budget_type')!r}", field="budget_type",
                               fix="use \"fixed\" or \"hourly\"")
    lo, cur_lo = _money(f.get("budget_min"), "budget_min")
    hi, cur_hi = _money(f.get("budget_max"), "budget_max")
    amount, cur_amt = (None, None)
    if isinstance(f.get("budget"), str) and pv.parse_budget(f["budget"]):
        b = pv.parse_budget(f["budget"])
        amount, cur_amt, btype = b.get("budget_min"), b.get("currency"), btype or b.get("budget_type")
        hi = hi if hi is not None else b.get("budget_max")
    else:
        amount, cur_amt = _money(f.get("budget"), "budget")
    if isinstance(f.get("hourly_range"), str) and f["hourly_range"].strip():
        b = pv.parse_budget("Hourly " + f["hourly_range"]) or {}
        lo, hi = lo if lo is not None else b.get("budget_min"), hi if hi is not None else b.get("budget_max")
        cur_lo = cur_lo or b.get("currency")
        btype = btype or "hourly"
    if lo is not None or hi is not None:
        btype = btype or ("hourly" if any(_k(k).startswith("hourly") for k in data) else None)
        put("budget_min", lo if lo is not None else hi, "budget_min")
        put("budget_max", hi if hi is not None else lo, "budget_max")
    elif amount is not None and amount > 0:
        put("budget_min", amount, "budget")
        put("budget_max", hi if hi is not None else amount, "budget")
        btype = btype or ("fixed" if _k(next((k for k in data if _k(k) in _ALIASES["budget"]), "")) != "budget"
                          else None)
    put("budget_type", btype, "budget_type")
    cur = _label(f.get("currency"), "currency") or cur_lo or cur_hi or cur_amt
    if cur and (out.get("budget_min") is not None):
        put("currency", cur.upper(), "currency")
    level = _label(f.get("experience_level"), "experience_level")
    if level:
        put("experience_level", pv.parse_level(level.replace("_", " ")) or pv.parse_level(level.split()[0]),
            "experience_level")
    length = _label(f.get("project_length"), "project_length")
    if length:
        put("project_length", pv.parse_length(length) or length, "project_length")
    hours = _label(f.get("hours_per_week"), "hours_per_week")
    if hours:
        put("hours_per_week", pv.parse_hours(hours) or hours, "hours_per_week")
    skills = _skills(f.get("skills"))
    if skills:
        put("skills", skills, "skills")
    props = f.get("proposals")
    if props is not None and props != "":
        if isinstance(props, (int, float)) and not isinstance(props, bool):
            tier = next(t for n, t in ((5, "Less than 5"), (10, "5 to 10"), (15, "10 to 15"), (20, "15 to 20"),
                                       (50, "20 to 50"), (10**9, "50+")) if props < n)
            put("proposals", tier, "proposals")
        else:
            p = _label(props, "proposals")
            put("proposals", pv.parse_proposals(p) or p, "proposals")
    posted = f.get("posted_at")
    if posted not in (None, ""):
        if isinstance(posted, (int, float)) and not isinstance(posted, bool):
            from datetime import timezone
            ts = posted / 1000 if posted > 1e11 else posted
            try:
                when = datetime.fromtimestamp(ts, tz=timezone.utc)
            except (ValueError, OverflowError, OSError):  # before year 1 or after 9999 (hypothesis found -6.2e10)
                raise InvalidInput(f"posted_at is {posted!r}, a Unix time outside the years 1 to 9999", field="posted_at",
                                   fix="send seconds (or milliseconds) since 1970, or an ISO time such as "
                                       "2025-05-20T03:27:41Z") from None
            put("posted_at", when, "posted_at")
        else:
            s = _text(posted, "posted_at")
            when = pv.parse_posted(s, now)
            if when is None:
                raise InvalidInput(f"posted_at is {s!r}, which is not a time", field="posted_at",
                                   fix="use an ISO time (2025-05-20T03:27:41Z) or '2 hours ago'")
            put("posted_at", when, "posted_at")
            put("posted_raw", s, "posted_at")
    put("location_restriction", _label(f.get("location_restriction"), "location_restriction"), "location_restriction")

    client = dict(out.get("client") or {})
    for name, value in client_raw.items():
        if value is None or value == "":
            continue
        if name == "country":
            if isinstance(value, dict):
                value = value.get("country") or value.get("name")
            c = _label(value, "client.country")
            client["country"] = country_name(c) or c
        elif name == "payment_verified":
            b = pv.parse_bool(value)
            if b is None:
                raise InvalidInput(f"client payment_verified is {value!r}", field="client.payment_verified",
                                   fix="use true or false")
            client["payment_verified"] = b
        elif name == "rating":
            client["rating"] = _float(value, "client.rating", pv.parse_rating)
        elif name == "reviews":
            client["reviews"] = _int(value, "client.reviews")
        elif name == "total_spent":
            client["total_spent"] = _float(value, "client.total_spent", pv.parse_spent)
        elif name == "hire_rate":
            client["hire_rate"] = _float(value, "client.hire_rate", pv.parse_percent)
        elif name in ("jobs_posted", "hires"):
            client[name] = _int(value, "client." + name)
        elif name == "member_since":
            m = _label(value, "client.member_since")
            client["member_since"] = pv.parse_member_since(m) or m
        evidence["client." + name] = "JSON client." + name
    out["client"] = ClientInfo(**client).model_dump()
    out["field_evidence"] = evidence
    return ParsedFields(**out)
