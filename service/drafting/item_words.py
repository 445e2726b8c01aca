"""The words that tell a line of a post's work list apart (``post_plan.work_items``): a line about the candidate or
applying, the admin around a job, a strong work verb, a quality rather than a task, a noun naming a thing to build,
and words too vague to name work. Data only."""
from __future__ import annotations

import re

ABOUT_CANDIDATE = re.compile(
    r"\b(?:candidate|applicant|experience[ds]?|proficien\w+|familiar\w*|knowledge|preferred|skills?|years?|background|"
    r"expertise|understanding|ability|able to|degree|bachelor\w*|attention to detail|track record|portfolio|fluent|"
    r"qualifications?|you (?:have|are|should|must|will need)|must have|must be|nice to have|a plus|comfortable|"
    r"capable|you.ll|proven|strong|excellent|self-starter|detail-oriented|native|availability|available|"
    r"references?|certif\w+|english|communicat\w+|reliable|motivated|attitude|go-getter|passion\w*|proactive|"
    r"team player|willing\w*|eager\w*|following|below|as follows|full scope|confident)\b", re.IGNORECASE)
NOT_WORK = re.compile(r"\b(?:apply|applicants?|proposals?|cover letter|your (?:application|bid)|send (?:us|me)|please include|budget|paid|"
                      r"payment(?! (?:webhooks?|gateways?|integrations?|processing|flows?|systems?|handlers?|pages?|"
                      r"methods?|screens?))|hourly|per hour|rate|salary|bonus|deadline|we are|we're|we’re|our company|our team|"
                      r"you will be|feel free|(?:you|one|we) (?:can|may)|optional\w*|this (?:role|position|job|project) (?:is|will)|https?:|www\.)\b|\$|€|£", re.IGNORECASE)
# weak choices for the main work: the admin around a job, not the job
ADMIN = re.compile(r"^(?:collaborat\w*|engag\w* with|work(?:ing)? (?:closely|with)|communicat\w*|attend\w*|participat\w*|provide "
                   r"(?:[\w-]+ )?support|assist\w*|report\w*|stay\w*|keep\w*|be |respond\w*|coordinat\w*|liais\w*|"
                   r"document\w*|help\w*|support\w*|follow\w*|other |ensur\w*|maintain\w*|monitor\w*|"
                   r"troubleshoot\w*|suggest\w*|recommend\w*|contribut\w*|join\w*|learn\w*|regular|ongoing|"
                   r"deliver\w* (?:the )?(?:source )?code|hand\w* ?over|lead\w* (?:a |the )?team|mentor\w*|manag\w* (?:a |the )?team|general|any |additional|updat\w* (?:the )?(?:team|client|stakeholders)|on-?call)", re.IGNORECASE)
STRONG = re.compile(r"^(?:build|create|develop|design|implement|integrate|migrate|configure|set up|setup|automate|"
                    r"scrape|extract|convert|deploy|connect|write|produce|analy[sz]e|model|train|clean|optimi[sz]e|"
                    r"refactor|redesign|rebuild|launch|install|fix|replace|generate|parse|map|audit|test)\b", re.IGNORECASE)
QUALITY = re.compile(r"^(?:no|not|clean(?!\s+(?:and\s+\w+|up|the|raw|all|our|your|existing|data|\w+ data)\b)|modern|fully|well|easy|simple|seamless|high|responsive|secure|bug|"
                     r"professional|quality|fast|user(?![ -]?(?:registration|accounts?|profiles?|management|roles?|"
                     r"auth\w*|log-?in|sign-?up|onboarding))|mobile|intuitive|visually|accurate|timely|clear|must|should|"
                     r"app|the|a|an|all|any|it|this|must)\b", re.IGNORECASE)
WORK_NOUN = re.compile(r"(?:tion|sion|ing|ers?|ors?|ysis)$|^(?:dashboards?|reports?|pages?|"
                       r"apis?|apps?|sites?|bots?|pipelines?|models?|databases?|access|flows?|workflows?|forms?|ui|"
                       r"ux|setup|design|systems?|tools?|integrations?|scripts?|listings?|posts?|emails?|seo|"
                       r"campaigns?|content|copy|data|logic|layout|backend|frontend|front-end|back-end|auth|"
                       r"payments?|checkout|search|analytics|tracking|crm|onboarding|screens?|views?|panels?|portals?|modules?|"
                       r"features?|components?|widgets?|endpoints?|engine|sheets?|spreadsheets?|templates?|landing|"
                       r"cart|login|signup|notifications?|alerts?|uploads?|exports?|imports?|sync|backups?|hosting|"
                       r"tests?|qa|branding|logo|videos?|schema|queries|query|scraper|crawler|chatbot|algorithms?)$",
                        re.IGNORECASE)
VAGUE = frozenset(("process processes system systems solution solutions software tools tasks projects features things "
                    "code applications application robust scalable efficient high-quality various different new best "
                    "practices innovative effective quality both other related").split())
