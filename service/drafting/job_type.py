"""What kind of job a post is, for the shape of the letter's next step and call to action:
a same-day ``fix``, a defined ``project``, an ongoing ``role`` or a ``consultation``. Pure and deterministic.

Tuning readers marked letters down for the wrong shape, and the causes were words read out of context: "role-based
access control", "this role requires" or a "long-term working relationship" made a fixed-price build a role; a
"Technical Consultant" title made a 20-40 hours a week go-live role a one-off call; an "audit" made an audit with a
written result a call. So: the post's stated hours and length count, a title that is only a job title ("Senior Data
Engineer", "Business Analyst") counts, the hope of more work later does not, and a written result is a project."""
from __future__ import annotations

import re

from service.core.schemas import JobBrief

JOB_TYPES = ("fix", "project", "role", "consultation")
_I = re.IGNORECASE
_FIX = re.compile(r"\b(?:fix|fixing|bug|bugs|broken|not working|stopped working|error|errors|erroring|errored|crash(?:es|ing)?(?! data| reports?| tests?| analysis| records| statistics| course)|"
                  r"issue with|troubleshoot\w*|debug\w*|urgent\w*|asap|quick fix|today|exceeded (?:the )?(?:available |"
                  r"memory |resource )?(?:resources|limits?|memory|quota)|"
                  # "Current Issue:", "we're experiencing a problem" (pool readers: a build plan for an auth bug)
                  r"current (?:issues?|problems?)|experiencing (?:an? |some |the )?(?:issues?|problems?)|"
                  # "URGENT: Django site down after upgrade", "a 500 error on every page" (found trying the product)
                  r"(?:site|server|website|store|app|api|database|service|page)s? (?:is |was |went |goes |keeps going )?down|"
                  r"[45]\d\d errors?|not loading|(?:won't|doesn't|does not|will not) (?:load|start|open)|right now|"
                  # "payments failing since this morning", "measure showing wrong totals" (found trying the product; a
                  # failing build stays with its pipeline's own plan, ``app_cases.MOBILE_CI``)
                  r"(?:tests?|job|import|sync|refresh|script|page|checkout|payment|login|form|webhook|request|email|order|"
                  r"upload|callback|notification|integration)s? (?:is |are |keeps? )?fail\w*|"
                  # a live system failing, or failing since a moment ("Stripe webhook failing in production", "since
                  # yesterday ~30% of them fail": third probe, a build plan with "build it with tests" for a live bug)
                  r"fail\w* in production|(?:since|as of) (?:yesterday|this morning|last night|the (?:last |latest )?"
                  r"(?:update|upgrade|deploy\w*|release|migration))|"
                  r"wrong (?:totals?|numbers?|results?|values?|figures?|amounts?|prices?|data)|incorrect (?:totals?|numbers?|"
                  r"results?|values?|figures?|amounts?|data)|(?:doesn't|does not|don't) add up)\b", _I)
_URGENT = re.compile(r"urgent\w*|asap|today|right now", _I)
# the words of a standing job or of employment (a schedule, a start date, a salary, a place in a team)
# "hybrid" as a way of working, not "remote or hybrid" (that is a remote job): one rule for the job type, the role's
# next step (``role_shape``) and the presence note (``constraints``)
HYBRID = r"(?<!remote or )(?<!remote/)hybrid(?!/remote| or remote)"
_ROLE = re.compile(
    r"\b(?:full[- ]?time(?! development)|part[- ]?time|long[- ]term (?:[\w.#+-]+ ){0,2}?(?:work|role|position|contract|engagement|"
    r"support|basis|job|hire|member|assistant|freelancer|developer|analyst)|(?:developer|engineer|analyst|designer) position|ongoing(?! (?:use|optimi[sz]ation|sync|basis for))|"
    r"(?:[6-9]|1[0-9]|2[0-4]|six|nine|twelve|eighteen)[- ]months? (?:project|contract|engagement)|"
    r"(?:join|enhance|strengthen|grow|expand) (?:our|the|a) (?:[\w-]+,? ){0,3}teams?|join (?:our|the) (?:[\w-]+,? ){0,3}"
    r"(?:company|agency|firm|studio)|join us|join (?:[\w&.-]+ ){1,3}as (?:an?|our) |teammate|(?:collaborate|work(?:ing)? closely) with (?:our|the|a) "
    r"(?:[\w&-]+ ){0,4}(?:team|analysts?|manager|lead|engineers?|developers?)|eager to learn|learn and grow|day-to-day support|"
    r"monthly (?:earnings|salary|pay)|(?:during|per|each) shifts?|"
    r"(?:regular|daily|day-to-day|recurring) (?:[\w-]+ ){0,3}tasks|team member|contract[- ]to[- ](?:perm\w*|hire)|permanent|salary|salaried|"
    r"" + HYBRID + r"|per week|hrs/week|hours a week|hours per week|retainer|(?:open|this|the|a|remote|contract|"
    r"full[- ]time|part[- ]time) position|role(?!-based)|monthly basis|start date|w/m/d|m/w/d|m/f/d|"
    r"\d{1,2}(?::\d\d)? ?[ap]m ?(?:-|–|to) ?\d{1,2}(?::\d\d)? ?[ap]m)\b", _I)
# a job ad's own fields ("Job Type: Full-time", "Salary: $900 per month"): employment, whatever the budget type says (a
# pool letter asked a full-time salaried seat "what would make this project a clear success")
_AD_FIELDS = re.compile(r"^\W*(?:(?:job|employment|position|contract|work) type\W*:?\s*(?:full|part)[- ]?time|"
                        r"(?:salary|monthly pay|compensation)\W*:?\s*(?:[$€£]|usd|eur)?\s*\d)", _I | re.MULTILINE)
# what an employer offers ("We Offer: Competitive salary", "paid time off", "health insurance"): a job, not a project
# (pool readers: new-app milestones for a mobile developer hired into a team, with a salary)
_PERKS = re.compile(r"\b(?:competitive (?:salary|pay|compensation)|paid (?:time off|vacations?|holidays|leave)|health "
                    r"insurance|benefits package|stock options)\b", _I)
# the post says it is a consulting engagement ("This is a consulting assignment: a few sessions of questions"): as strong
# as a consulting word in the title (pool readers: "reads as a build plan for what is a consulting engagement")
_CONSULTING_JOB = re.compile(r"\b(?:this|it) is an? (?:\w+ )?consult(?:ing|ancy|ative) (?:assignment|engagement|role|job|"
                             r"gig|project|position)\b", _I)
# a job ad's sections: its duties under a heading and the candidate's qualifications under another ("Key
# Responsibilities:" … "Qualifications:"), or years of experience required ("6+ years of experience"): a hire, not a
# project (pool readers: "treats an employment role as a product build", four letters in one packet)
_DUTIES_HEAD = re.compile(r"^\W*(?:key |primary |main |core |your )?(?:responsibilities|duties)\b[^\n]{0,20}$",
                          _I | re.MULTILINE)
_CANDIDATE_HEAD = re.compile(r"^\W*(?:(?:basic|minimum|preferred|required) )?(?:qualifications|what we(?:'re|’re| are) "
                             r"looking for|who you are|about you)\b"
                             r"[^\n]{0,30}$", _I | re.MULTILINE)  # not "Requirements": a project's list has them too
_YEARS_REQUIRED = re.compile(r"\b\d{1,2}\+? ?(?:years?|yrs)(?: of)? (?:[\w-]+ ){0,3}experience\b", _I)
# the hope of more work later is not the job: "potential for ongoing collaboration", "if all goes well …"
LATER = re.compile(r"\b(?:potential(?:ly)?|chance|possibility|opportunit(?:y|ies)|if (?:all|things|this|it) goes? well|could|"
                    r"may|might|expect additional|looking to build a long[- ]term)\b[^.!?\n]*", _I)
# a title that is only a job title: "Senior Data Engineer", "SQL Database Administrator" (no task, no "for …")
_JOB_TITLE = re.compile(r"^(?:(?:[A-Z0-9][\w.+#&/-]*|and|of|&|/)\s+){0,5}(?:analyst|engineer|developer|dev|administrator|"
                        r"designer|manager|specialist|expert|consultant|architect|scientist|assistant|writer|"
                        r"coordinator|strategist|marketer|editor|modell?er)s?$", _I)
# a range of weekly hours is a schedule ("20 - 40 hours per week through go-live"): it counts once more
HOURS_RANGE = re.compile(r"\b\d{1,2}\s?(?:-|–|to)\s?\d{1,2}\s?(?:hours|hrs)\s?(?:per|a|/|each)\s?week", _I)
# "45 hours per week", "20+ hrs/week", "15 hours of availability per week": the number captured
_WEEKLY = r"\b(\d{1,2})\+?\s?(?:hours|hrs)(?: of (?:availability|work|commitment))?\s?(?:per|a|/|each)\s?week\b"
_WEEK_HOURS = re.compile(_WEEKLY, _I)
# working hours by the clock ("9 AM-5 PM", "8am to 12pm"); ``role_shape.clock_hours`` reads the same ranges
CLOCK_RANGE = r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\s?(?:-|–|to)\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
# hours the post sets ("20 hours a week", "8am-12pm UK time"): a role confirms them rather than agreeing them
SET_HOURS = re.compile(_WEEKLY + "|" + CLOCK_RANGE, _I)
_PROJECT = re.compile(r"\b(?:scope of work|deliverables:|one[- ]time|one[- ]off|(?:small|medium|large)[- ]sized project|fixed[- ]price|"
                      r"this (?:is a )?(?:\w+ )?project)\b", _I)
# a title that names a task to finish ("Build …", "… App Development", "Website Audit") is a project, however many
# hours a week it takes
_TITLE_TASK = re.compile(r"\b(?:build(?:ing)?|develop(?:ing|ment)?|creat(?:e|ing)|implement(?:ing)?|set ?up|migrat(?:e|ing)|"
                         r"scrap(?:e|ing)|audit|train|deploy(?:ing)?|automate|redesign|mvp|prototype)\b", _I)
# ("a mentoring app", "coaching platform", "mentor matching": what the product does, not a call with the client)
_CONSULT = re.compile(r"\b(?:consult\w*|advice|advise|advisor|guidance|(?:mentor|coach)\w*(?! (?:apps?|platforms?|"
                      r"applications?|matching|marketplaces?|networks?|sites?|websites?|portals?|tools?|software|system))|"
                      r"second opinion|"
                      # "pick your brain", "book an hour … to talk through pros and cons", "sanity-check it … a call where
                      # you walk me through your feedback", "share findings on a Zoom call" (found trying the product)
                      r"pick your brain|book an hour|talk (?:it |this |them )?through|sanity[- ]check|walk (?:me|us) through "
                      r"(?:your|what you)|(?:on|get on|hop on|over) an? (?:quick |short |zoom |video |paid )?call\b(?! center)|"
                      r"strategy session|code review|review (?:my|our) |"
                      r"(?:what|things) (?:we|i) need to (?:know|understand)|need to understand)\b", _I)
# the result is written: an audit, a written report or consultation, a page count: a project with a deliverable
WRITTEN_RESULT = re.compile(r"\b(?:(?:perform|conduct|do|carry out|complete)\w* (?:a |an )?(?:\w+ ){0,3}audit|audit of|"
                            r"written (?:consultation|report|analysis|assessment|recommendations|document)|"
                            r"\d+\s?(?:[-–]|to)\s?\d+[- ]pages?)\b", _I)


def _role_score(brief: JobBrief) -> int:
    title = (brief.title or "").strip()
    # words run together by a scraper ("Position TypeContract to Perm", "Start Date07-01") are parted first
    desc = LATER.sub(" ", re.sub(r"(?<=[a-z])(?=[A-Z0-9])", " ", brief.description or ""))
    length = (brief.project_length or "").lower()
    hours = (brief.hours_per_week or "").lower()
    score = len(_ROLE.findall(LATER.sub(" ", title))) * 3 + len(_ROLE.findall(desc))
    score += len(HOURS_RANGE.findall(desc)) + 3 * len(_AD_FIELDS.findall(brief.description or ""))
    score += 2 * min(2, len(_PERKS.findall(desc)))
    ad = brief.description or ""
    score += 2 if _DUTIES_HEAD.search(ad) and _CANDIDATE_HEAD.search(ad) else 0
    score += 1 if _YEARS_REQUIRED.search(desc) else 0
    score += 2 if any(int(n) >= 30 for n in _WEEK_HOURS.findall(desc)) else 0  # "working 45 hours per week": a job
    score += 2 if "30+" in hours or "more than 30" in hours else 0
    score += 2 if "more than 6" in length else 1 if "3 to 6" in length else -1 if length else 0
    head = re.split(r"\s+[–—|-]\s+", title)[0]  # "Senior Growth Analyst – SaaS Analytics": the job title
    score += 1 if _JOB_TITLE.match(re.sub(r"\s*[(\[][^)\]]*[)\]]\s*|[^\w\s.+#&/-]", " ", head).strip()) else 0
    score -= min(2, len(_PROJECT.findall(f"{title}\n{desc}"))) + (2 if brief.budget_type == "fixed" else 0)
    score -= 2 if _TITLE_TASK.search(title) or WRITTEN_RESULT.search(f"{title}\n{desc}") else 0
    return score


_JOINS = re.compile(r"\bjoin (?:our|the) (?:[\w-]+,? ){0,3}team\b|\blong[- ]term position\b|\bfull[- ]?time\b", _I)


def names_fault(text: str) -> bool:
    """The text names something to fix ("broken", "error", "fix", "debug"), not only urgency ("urgent", "ASAP",
    "today"): a fix job needs one, and so does asking "since when has it been happening?" (``question_check``)."""
    return any(not _URGENT.fullmatch(m) for m in _FIX.findall(text or ""))


def fault_first(found: list) -> list:
    """Quote candidates (``quotes.Found``) with those cut from a sentence naming the fault first: a fix letter leads
    with "… shows a 500 error on every page since we upgraded …", not "We use PostgreSQL and Gunicorn …"."""
    return sorted(found, key=lambda f: not names_fault(f.sentence))


def job_type(brief: JobBrief) -> str:
    text = f"{brief.title}\n{brief.description}"
    title = brief.title or ""
    length = (brief.project_length or "").lower()
    fix = len(_FIX.findall(title)) * 2 + len(_FIX.findall(brief.description or ""))
    role = _role_score(brief)
    consult = len(_CONSULT.findall(title)) * 2 + len(_CONSULT.findall(brief.description or ""))
    consulting_job = bool(_CONSULTING_JOB.search(brief.description or ""))
    consult += 2 * consulting_job
    if WRITTEN_RESULT.search(text) and not re.search(r"written consultation", text, _I):
        consult = 0  # an audit or a written report is a deliverable, not a call
    short_fixed = brief.budget_type == "fixed" and (brief.budget_max or 1e9) <= 300
    title_fix = names_fault(title)  # "Urgent Node.js migration" names no fault
    fault = title_fix or names_fault(brief.description or "")
    if role < 3 and fault and (title_fix and (fix >= 3 or short_fixed or "less than 1 month" in length)
                     or fix >= 4 and len(brief.description or "") < 1500):
        return "fix"
    if role >= 3 and (role > consult or not _CONSULT.search(title)):  # a consultancy's background is not the ask
        return "role"
    if consult >= 2 and (len(text) < 2500 or re.search(r"written consultation", text, _I)):
        asked = _CONSULT.search(title) or consulting_job or not _JOINS.search(text)
        if asked and not _consultant_to_make(title, brief.description or ""):
            return "consultation"
        # "a Data Engineer, Architect, Consultant … to join our Data Team", "strong consulting skills": a role that
        # names consulting, not a consultation (a pool letter offered a call and a written summary for it)
        if len(_ROLE.findall(brief.description or "")) >= 3:
            return "role"
    return "project"


# things a designer makes ("Mockups of main screens", "App icon"): a "UI Consultation" that lists them is a project
# (pool readers: a call and a written summary offered for seven screens, an icon and twelve badges)
_MADE = re.compile(r"\b(?:mockups?|wireframes?|app icons?|logos?|splash screens?|design (?:a|an|the|our|my) )", _I)


def _consultant_to_make(title: str, description: str) -> bool:
    """The title's only consulting word is the person or the word "consultation" ("Data Visualization Consultant
    needed for quick job") and the body asks for things made, not advice ("create some data visualizations",
    "mockups of the main screens"): a project (pool letters offered a call)."""
    said = " ".join(_CONSULT.findall(title)).lower()
    made = _MADE.search(description) or re.fullmatch(r"consultants?", said) and _TITLE_TASK.search(description)
    return bool(re.fullmatch(r"consult(?:ants?|ation)", said) and not _CONSULT.search(description) and made)

