"""The post's main need: which profession its title (or, without one, its opening lines) asks for, and
which part of the post is the main need rather than a list of extras (docs/fit.md, "Main need").

A post for a marketing assistant, an IT-support person or a machine-learning engineer is not work a data
analytics or web agency sells, even when it names Excel or Python somewhere. ``ROLES`` maps a role family
to the nouns that name it in a title ("virtual assistant", "penetration tester", "copywriter"). The
workspace's own families are read from its profile headline, overview and service-line names with the
same patterns plus each family's trade words (``TRADES``), so no new workspace field is needed.

``main_text`` is the title, the first ``LEAD_WORDS`` words of the description and the extracted
deliverables: skills and keywords found there weigh fully in service fit, the rest (client tags, long
"nice to have" lists) weigh ``TAIL_WEIGHT``. All patterns are linear-time (RE2)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from service.core.schemas import JobBrief
from service.core.workspace import Workspace
from service.text.linear_re import compile as linear

LEAD_WORDS = 60
TAIL_WEIGHT = 0.5  # a skill or keyword found only outside the main text (tags, later paragraphs) counts half

_ROLE_SOURCES: dict[str, str] = {
    # order breaks ties between matches of the same length (more specific families first)
    "security": r"penetration test(?:er|ing)?|pen ?test(?:er|ing)?|security (?:analyst|engineer|consultant|specialist|"
                r"expert|auditor|manager)|cyber ?security|ethical hacker|compliance (?:project )?(?:manager|specialist|"
                r"officer|analyst|consultant)|(?:aml|kyc|anti-money laundering|fraud|financial crimes?) (?:analyst|"
                r"investigator|specialist|officer)s?",
    # a map maker's trade ("GIS Analyst for a water utility's pipe maps"), not data analysis (pool readers)
    "gis": r"(?:gis|geospatial|arcgis|qgis) (?:analysts?|specialists?|technicians?|engineers?|developers?|experts?)|"
           r"cartographers?",
    "accounting": r"accountant|bookkeep(?:er|ing)|\bcpa\b|tax (?:preparer|specialist|accountant|analysts?|advis[eo]rs?|"
                  r"consultants?|researchers?)|"
                  r"payroll (?:specialist|manager)",
    "finance": r"\bcfo\b|fp&a(?: analyst)?|financial (?:analyst|modell?er|modell?ing|advisor|controller)|"
               r"valuation analyst|(?:real estate|land|property|underwriting|credit|equity|investment) analysts?",
    "data_science": r"data scientists?|data science(?: expert| consultant)?|statisticians?",
    "ml": r"machine learning|\bml\b(?:/ai)?(?: engineer| developer| expert)?|\bai/ml\b|deep learning|"
          r"computer vision|\bnlp\b|\bnlu\b|ai (?:engineer|developer|specialist|expert|agent developer|integration)|"
          r"prompt engineer|llm (?:engineer|developer)",
    "marketing": r"marketers?|marketing (?:assistant|specialist|manager|coordinator|strategist|expert|lead|director|"
                 r"executive|consultant)|digital marketer|social media (?:manager|specialist|strategist|marketer|assistant|"
                 r"expert)|seo (?:specialist|expert|consultant|manager|strategist)|\bppc\b|"
                 r"(?:meta|facebook|google|tiktok|amazon|twitter/x|x) ads(?: manager| specialist| expert)?|"
                 r"ads (?:manager|specialist|expert)|media buyer|growth (?:hacker|marketer)|influencer|"
                 r"community manager|brand (?:manager|ambassador|strategist)|sales funnel|"
                 # conversion work on a store is marketing ("CRO/UX expert for our store"; pool readers, --seed 2201)
                 r"\bcro\b(?:/[a-z]+){0,2} (?:experts?|specialists?|consultants?|managers?|strategists?)|"
                 r"conversion rate optimi[sz]ation (?:experts?|specialists?|consultants?)",
    "sales": r"sales (?:rep|representative|agent|manager|executive|associate|closer|development|specialist)|\bsdr\b|"
             r"\bbdr\b|appointment setter|cold call(?:er|ing)?|telemarketer|lead generation(?: specialist| expert)?|"
             r"business development|outreach specialist|account executive|"
             # outbound lists built in Clay for a sales team ("GTM engineer for outbound lists"; pool readers, --seed 2201)
             r"(?:gtm|go-to-market) engineers?|clay (?:experts?|specialists?)",
    "assistant": r"virtual assistant|\bva\b|executive assistant|personal assistant|admin(?:istrative)? assistant|"
                 r"office assistant|customer (?:service|support)(?: rep| representative| agent| specialist)?|"
                 r"receptionist|chat support",
    "it_support": r"\bit support(?: analysts?)?|(?:help|service) ?desk(?: analysts?)?|tech(?:nical)? support(?: analysts?)?|"
                  r"system administrator|sysadmin|network "
                  r"(?:engineer|administrator)|\bit (?:specialist|technician|administrator|manager)|desktop support",
    "design": r"(?:(?:graphic|ui|ux|ui/ux|ux/ui|web|logo|product|visual|brand|motion|interior|landing page|figma) )?"
              r"designers?|illustrator|video (?:editor|creator|producer|maker)s?|animator|3d (?:artist|modell?er)|"
              r"(?:whitepaper|white paper|e-?book|presentation|slide|deck|document|layout) design(?:ers?| specialists?| "
              r"experts?)|"
              r"photo editor|retoucher|videographer|photographer|(?:menu|print|brochure|flyer|poster|signage|banner|book cover|packaging|magazine|"
              r"catalog(?:ue)?|label) (?:layouts?|designs?)|touchdesigner|music visuali[sz]\w+|audio[- ]reactive|vj",
    "writing": r"copywriters?|copy ?writer|content writer|writers?|ghostwriter|blogger|proofreader|copy ?editor|"
               r"publication support|academic (?:writ(?:er|ing)|editor|editing|publishing)|manuscript (?:editing|preparation)|"
               r"content (?:manager|creator|strategist|specialist)|technical writer|translator|"
               # the written piece itself ("Product descriptions for 60 kitchen products", "Website copy for …": third
               # probe, a web agency had drafted them)
               r"(?:product|item|listing|category|collection) descriptions?|(?:website|web|homepage|landing page|sales|ad|"
               r"email) copy",
    "engineering": r"(?:electrical|mechanical|civil|structural|hvac|chemical) (?:engineer|designer|expert)|drafter|"
                   r"draftsman|inverter expert",
    "management": r"project manager|product manager|scrum master|program manager|product owner|operations manager|"
                  r"(?:fractional |interim |part-time )?cto\b|chief technology officer|"
                  r"account manager|client services manager|(?:customer|client) success manager|"
                  # a head of a business function leads people and budgets ("Head of E-Commerce for a furniture brand")
                  r"head of (?:e-?commerce|growth|marketing|sales|operations|digital|product|engineering)",
    "teaching": r"tutor|teacher|instructor|(?:[a-z&/]+ )?(?:trainers?|coach(?:es)?|mentors?)",
    # help with the client's own career ("Data Analyst resume improvement", "CV review"): not the profession it names
    "career": r"(?:[a-z&/]+ )?(?:resumes?|résumés?|\bcvs?)(?: and (?:cover letters?|linkedin(?: profile)?))? (?:writ(?:er|ers|ing)|"
              r"review(?:er|ing)?|improvement|rewrite|rewriting|help|building|makeover|revamp|polish(?:ing)?|editing|"
              r"optimi[sz]ation|feedback|update)|career (?:coach(?:ing)?|advice|advisor|guidance|counsell?(?:ing|or)|mentor(?:ing|ship)?)|"
              r"interview (?:prep(?:aration)?|coach(?:ing)?)|linkedin profile (?:optimi[sz]ation|writ(?:er|ing)|makeover)",
    "legal": r"lawyer|attorney|paralegal|legal (?:assistant|counsel|advisor)",
    "recruiting": r"(?:recruiter|recruitment|recruiting|talent acquisition|sourcing) analysts?|recruiter|talent acquisition|"
                  r"\bhr (?:manager|specialist|generalist)",
    # a person to be studied, not hired for work ("Marketing analyst to participate in our usability study")
    "participant": r"to participate in|participants? (?:needed|wanted)|(?:study|research|survey) participants?|"
                   r"user research (?:session|interview|study)|"
                   # people to join an app's closed test with their own accounts ("Group of test accounts needed")
                   r"(?:group of |\d+ )test accounts?|test accounts? (?:needed|wanted)|\d+ testers (?:needed|wanted|for)",
    "qa": r"\buat\b(?: tester| analyst| specialist)?|(?:qa|quality assurance)(?: automation| regression| manual)? (?:testers?|analysts?|"
          r"engineers?|specialists?|lead)|(?:software|manual|game|mobile|usability) testers?|test (?:analyst|engineer)s?",
    "lending": r"underwriters?|(?:mortgage|loan|credit) (?:processor|officer|analyst|underwriter)s?",
    # clinical behaviour analysis (a BCBA writes intervention plans and supervises technicians): no data work
    "therapy": r"(?:board[- ]certified )?behaviou?r(?:al)? analysts?|\bbcbas?\b|behaviou?r technicians?|\brbts?\b|"
               r"(?:speech|occupational|physical|aba|behaviou?r(?:al)?) therapists?",
    "data": r"(?:[a-z&/]+ )?analysts?|analytics (?:engineer|specialist|expert|consultant)|data engineer|"
            r"business intelligence|(?:power ?bi|bi|tableau|looker(?: studio)?|excel|sql|etl|dashboard|data|"
            r"reporting|spreadsheet|google sheets) (?:developer|expert|specialist|consultant|assistant|engineer|"
            r"builder|wizard)",
    # smart contracts, tokens and chains are their own trade ("Blockchain Developer for Automated Payouts")
    "blockchain": r"blockchain (?:developers?|engineers?|experts?|development|specialists?)|smart contracts? (?:developers?|"
                  r"engineers?|auditors?|development|audit)|solidity (?:developers?|engineers?|experts?)|web3 (?:developers?|"
                  r"engineers?|development)|(?:defi|nft|dapp) (?:developers?|development)|erc-?\d{2,5}|account abstraction|"
                  r"(?:smart|crypto|web3) wallets?",
    # a game is its own trade (Unity, Unreal, game loops), not an app or a website
    "game": r"(?:(?:mobile|browser|2d|3d|multiplayer|casino|slot|card|puzzle|html5|video) )?games? (?:developers?|"
            r"development|designers?|dev)|unity(?:2d|3d)? (?:developers?|games?)|unreal(?: engine)?|play[- ]to[- ]earn|"
            r"godot|(?:mobile|browser|2d|3d|multiplayer|casino|slot|card|puzzle|html5) games?",
    "software": r"developers?|programmers?|(?:software|backend|back-end|frontend|front-end|full[- ]?stack|devops|"
                r"web) engineers?|coder|full[- ]?stack|page ?speed|core web vitals|site speed|"
                # code to change is a developer's work, not a writer's ("Landing page code editing"; pool readers)
                r"(?:code|html|css|javascript) (?:editing|edits|changes|customi[sz]ations?)|"
                # a title that asks for a piece of software to be built ("Develop AI-Powered Messaging Bot & …")
                r"(?:develop|build|create|code)(?:ing)? (?:(?:an?|the|my|our|new|custom) )*(?:[\w&'-]+ ){0,3}"
                r"(?:bots?|chatbots?|apps?|applications?|platforms?|saas|plugins?|extensions?|software)",
}
# words that show a workspace sells a family's work, besides the role nouns themselves
_TRADE_SOURCES: dict[str, str] = {
    "data": r"data analy|analytics|dashboards?|\breporting\b|business intelligence|\betl\b|data cleaning|"
            r"scrap(?:ing|er)\b|data (?:pipeline|entry|extraction|migration)",
    "software": r"\bdevelop(?:er|ers|ment)\b|web apps?|\bapis?\b|back[- ]?ends?|front[- ]?ends?|\bcoding\b|shopify stores?",
    "writing": r"copywrit|\bcopy\b|content writing|case stud|white papers?|editing",
    "marketing": r"marketing|\bseo\b|\bads\b|social media|\bppc\b",
    "design": r"\bdesign(?:er|ers|s)?\b|branding|illustration",
    "ml": r"machine learning|data scien|deep learning|\bllms?\b|computer vision|\bnlp\b",
    "accounting": r"accounting|bookkeeping",
    "finance": r"financial model|\bfp&a\b",
    "security": r"security|penetration",
    "assistant": r"virtual assistan|admin(?:istrative)? support",
    "sales": r"lead generation|sales",
    "qa": r"\bqa\b|quality assurance|\btesting\b|test automation",
    "lending": r"underwriting|mortgage|lending",
}
# a foreign family next to one of ours: capped softer (``ADJACENT``), not as another trade
NEAR: dict[str, frozenset[str]] = {
    "data_science": frozenset({"data"}), "finance": frozenset({"data"}), "data": frozenset({"data_science", "finance"}),
    "marketing": frozenset({"writing"}), "writing": frozenset({"marketing"}),
}
ROLES = {k: linear(r"(?i)\b(?:" + v + r")\b") for k, v in _ROLE_SOURCES.items()}
TRADES = {k: linear(r"(?i)" + v) for k, v in _TRADE_SOURCES.items()}
_ORDER = {k: i for i, k in enumerate(_ROLE_SOURCES)}

_ws_cache: dict[int, tuple[Workspace, frozenset[str]]] = {}


# "Create dashboard for SaaS company", "Create posts for social platforms": the thing built ends at a preposition
_BUILT_ACROSS = linear(r"(?i)^(?:develop|build|create|code)\w* .*\b(?:for|to|of|in|on|at|with|about|from|by)\b")


# the client's own trade, not the hire: "Website copy for a B2B cybersecurity startup", "an AI company" (third probe: a
# copywriter's letter for a cybersecurity startup was capped as a security job)
_THE_CLIENTS_TRADE = linear(r"(?i)^\s+(?:start-?ups?|compan(?:y|ies)|firms?|vendors?|brands?|businesses|business|"
                            r"agency|agencies|industry|sector|clients?|customers?)\b")


def _someone_else(text: str, start: int, end: int) -> bool:
    """The role is a person the client already has, not the hire: "for our CTO's dashboard", "help my accountant"."""
    return text[end:end + 2] in ("'s", "’s") or bool(re.search(r"\b(?:our|my)\s+$", text[max(0, start - 5):start], re.I))


@lru_cache(maxsize=2048)
def roles_in(text: str) -> tuple[tuple[int, str, str], ...]:
    """(position, family, matched words) of the role nouns in ``text``, in reading order. Where two
    families match overlapping words, the longer match wins ("Power BI developer" is data, not software)."""
    found = []
    for fam, rx in ROLES.items():
        for m in rx.finditer(text):
            if m.end() > m.start() and not _someone_else(text, m.start(), m.end()) and not _BUILT_ACROSS.match(m.group(0)) \
                    and not _THE_CLIENTS_TRADE.match(text[m.end():]):
                found.append((m.start(), m.end(), fam, m.group(0).strip()))
    found.sort(key=lambda f: (-(f[1] - f[0]), _ORDER[f[2]]))
    kept: list[tuple[int, int, str, str]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    return tuple((s, fam, words) for s, _, fam, words in sorted(kept))


def workspace_families(ws: Workspace) -> frozenset[str]:
    """The role families the workspace sells: its headline, overview and service-line names read with the
    role patterns and the trade words."""
    cached = _ws_cache.get(id(ws))  # keyed by the object (kept alive in the entry), not by the costly content hash
    if cached is None or cached[0] is not ws:
        if len(_ws_cache) > 32:
            _ws_cache.clear()
        text = " . ".join([ws.profile.headline, ws.profile.overview, *(line.name for line in ws.service_lines)])
        fams = {fam for _, fam, _ in roles_in(text)}
        fams.update(fam for fam, rx in TRADES.items() if rx.search(text))
        cached = _ws_cache[id(ws)] = (ws, frozenset(fams))
    return cached[1]


def lead(description: str, words: int = LEAD_WORDS) -> str:
    """The first ``words`` words of the description."""
    parts = description.split(None, words)
    return " ".join(parts[:words])


def main_text(brief: JobBrief) -> str:
    """Title, the lead of the description and the extracted deliverables: where the main need is stated."""
    return "\n".join([brief.title or "", lead(brief.description or ""), *brief.deliverables[:8]])


def _stem(word: str) -> str:
    for end in ("ings", "ing", "ers", "er", "s"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[: -len(end)]
    return word


def in_main(term: str, main_lower: str) -> bool:
    """A skill or keyword named in the main text, word forms allowed ("Copywriting" in "copywriter needed")."""
    words = [w for w in term.lower().replace("/", " ").split() if w]
    return bool(words) and all(_stem(w) in main_lower for w in words)


# broad client tags that only restate a family's own trade: a title "Full stack developer" is not another
# trade for a web agency (the main-skill cap in service_match ignores these for the workspace's families)
GENERIC_TAGS: dict[str, frozenset[str]] = {
    "software": frozenset({"full-stack development", "web development", "web application"}),
    "data": frozenset({"dashboard", "business intelligence", "data modeling", "data mining", "database design"}),
    "writing": frozenset({"landing page"}),
}


def own_generic_tags(ws: Workspace) -> frozenset[str]:
    return frozenset().union(*(GENERIC_TAGS.get(f, frozenset()) for f in workspace_families(ws)))


def ours_in_title(brief: JobBrief, ws: Workspace) -> str | None:
    """The first role the title names that the workspace sells ("Copywriter for website"), or None."""
    ours = workspace_families(ws)
    return next((w for _, fam, w in roles_in(brief.title or "") if fam in ours), None)


# an ad platform named bare ("Google Ads", "Facebook ads"), without a role noun: in a title that also names work this
# workspace sells it is that work's data source ("Looker Studio dashboard (GA4 + Google Ads + Meta)", "Google Ads
# Budget Pacing Dashboard"), not a marketing job; alone, or beside other trades, it still names the marketing job
_BARE_AD_PLATFORM = linear(r"(?i)^(?:meta|facebook|google|tiktok|amazon|twitter/x|x) ads$")


def _ad_platform_as_source(words: str, title: str, ours: frozenset[str]) -> bool:
    return bool(_BARE_AD_PLATFORM.search(words)) and any(fam in TRADES and TRADES[fam].search(title) for fam in ours
                                                          if fam != "marketing")


@dataclass
class RoleCheck:
    family: str | None = None  # the foreign family the post mainly asks for (None: ours or no role named)
    words: str = ""
    cap: float | None = None  # the service-fit cap, or None
    main_ok: bool = True  # False: the job cannot be strong
    note: str = ""


_NOT_WORK_FOR_HIRE = {"career": "help with the client's own career", "participant": "a participant in a study"}
_PRODUCT_AFTER = linear(r"(?i)^\s*(?:app|apps|tool|tools|platform|website|site|software|feature|module|api|system|"
                        r"parser|saas|chrome extension|plugin)\b")
ADJACENT = 45.0  # ours is named too, the foreign family is next to ours, or only the lead names the role
OTHER_TRADE = 25.0  # the title asks only for another profession


def role_check(brief: JobBrief, ws: Workspace, title_names_line: bool = False) -> RoleCheck:
    """Whether the post mainly asks for a profession the workspace does not sell (see module doc).
    ``title_names_line``: the title names a skill or keyword of the line; then the opening lines are not
    read for a role (a title "Power BI report" says what the job is, whoever the company is)."""
    ours = workspace_families(ws)
    title = brief.title or ""
    roles = tuple(r for r in roles_in(title) if not _ad_platform_as_source(r[2], title, ours))
    from_title = bool(roles)
    source = title
    if not roles and not title_names_line:
        source = lead(brief.description or "", 40)
        roles = roles_in(source)
    roles = tuple(r for r in roles if r[1] not in ("career", "writing") or not _PRODUCT_AFTER.search(
        source[r[0] + len(r[2]):]))  # a "CV writing app" or an "academic writing tool" is software to build
    foreign = [(fam, w) for _, fam, w in roles if fam not in ours]
    if not foreign:
        return RoleCheck()
    fam, words = foreign[0]
    own = next(((f, w) for f, w in foreign if f in _NOT_WORK_FOR_HIRE), None)
    if own:  # whatever profession the title names, the client wants help with a career, or a person to study
        return RoleCheck(own[0], own[1], OTHER_TRADE, False, f"the {'title' if from_title else 'opening lines'} asks for "
                         f"{_NOT_WORK_FOR_HIRE[own[0]]} (“{own[1]}”), which this workspace does not sell")
    named_ours = [w for _, f, w in roles if f in ours]
    if fam in ("software", "ml"):  # "Python developer for web scraping": the trade words say which work
        named_ours += [m.group(0) for f in sorted(ours) if f in TRADES for m in [TRADES[f].search(title)] if m]
    where = "title" if from_title else "opening lines"
    if named_ours and from_title and roles[0][1] not in ours:
        opening = roles_in(lead(brief.description or "", 40))
        if opening and opening[0][1] not in ours:  # "Virtual Assistant - Data Analyst": the opening lines decide
            return RoleCheck(fam, words, OTHER_TRADE, False, f"the title and the opening lines ask first for a "
                             f"{opening[0][2]} ({opening[0][1]}), a profession this workspace does not sell")
    if named_ours:
        return RoleCheck(fam, words, ADJACENT, False,
                         f"the {where} asks for a {words} ({fam}) as well as {named_ours[0]}")
    if not from_title or NEAR.get(fam, frozenset()) & ours:
        return RoleCheck(fam, words, ADJACENT, False,
                         f"the {where} asks for a {words} ({fam}), next to what this workspace sells")
    return RoleCheck(fam, words, OTHER_TRADE, False,
                     f"the {where} asks for a {words} ({fam}), a profession this workspace does not sell")
