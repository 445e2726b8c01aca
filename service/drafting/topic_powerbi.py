"""Know-how for what a Power BI post asks beyond a report built from scratch (team-written; read through
``topic_table``). Readers of a fresh pool of real Power BI posts (2026-12-06, sixteenth session) met the same remark
on every letter ("In Power BI most of the work is the data model …") whether the post asked for paginated financial
statements, numbers close to live, a report on Dynamics 365 data or one embedded in an app, and marked it "generic
Power BI template". Each remark here answers one such need, named in the post's own words (``needs``); the general
remark gives way to them (``topic_table``'s "powerbi" topic lists them as ``unless``). Data only."""
from __future__ import annotations

from service.drafting.topic_model import D, Topic

_PBI = r"\b(power ?bi|dax|power query)\b"
PAGINATED = r"\b(?:paginated reports?|report builder|pixel[- ]perfect|tabular format|printable reports?)\b"
DYNAMICS = r"\b(?:dynamics 365|dynamics crm|d365|dataverse|business central|dynamics nav|navision)\b"
LIVE = r"\b(?:real[- ]time|near[- ]real[- ]time|live data|directquery|direct query|streaming data(?:sets?)?)\b"
EMBEDDED = r"\bpower bi embedded\b|\bembed(?:ded|ding)? (?:(?:the|our|a|your|power bi) ){0,2}(?:reports?|dashboards?) (?:in|into)\b"
ON_PREM = r"\bon[- ]prem\w*\b|\b(?:data )?gateway\b"
FABRIC = r"\b(?:microsoft fabric|onelake|lakehouse|direct lake)\b"
NEEDS = (PAGINATED, DYNAMICS, LIVE, EMBEDDED, ON_PREM, FABRIC)  # a slow report: ``topic_data_tools``

POWERBI_TOPICS: tuple[Topic, ...] = (
    Topic("powerbi_paginated", _PBI, D,
          "For reports laid out as tables to print or send (statements, registers, lists) I would build paginated "
          "reports in Power BI Report Builder on the same dataset as the interactive pages, so both show the same "
          "totals.",
          "Which of the reports should go out first, and to whom?", needs=PAGINATED),
    Topic("powerbi_dynamics", _PBI, D,
          "With Dynamics 365 or Dataverse as the source I would first settle how the data is read (the Dataverse "
          "connector, the Business Central connector, or an export to a data lake for large tables) and map each "
          "option code to its label in the model, so the reports show names, not codes.",
          "Which Dynamics 365 apps does the data come from: Sales, Finance and Operations, or Business Central?",
          # the post names the app already (pool readers: "asks which Dynamics app after the post had said")
          r"\b(?:dynamics 365|d365|dynamics) (?:sales|finance|f&o|supply chain|business central|customer service|field "
          r"service|project operations|crm|marketing|customer insights)\b|\bbusiness central\b|\bdataverse\b",
          needs=DYNAMICS),
    Topic("powerbi_live", _PBI, D,
          "For numbers that must be close to live I would weigh DirectQuery against a frequent scheduled refresh "
          "first: DirectQuery keeps the data current but makes every visual wait on the source, so it suits only a "
          "few well-indexed tables.",
          "How fresh do the numbers need to be: within minutes, or is a refresh every hour enough?", needs=LIVE),
    Topic("powerbi_embedded", _PBI, D,
          "To show reports inside your own app I would use Power BI Embedded with the app owning the data, so your "
          "users need no Power BI licence of their own, and pass each user's identity to row-level security.",
          "Do your users sign in to your app already, and should each of them see only their own data?",
          needs=EMBEDDED),
    Topic("powerbi_gateway", _PBI, D,
          "With a database on your own servers I would install the on-premises data gateway on a machine that stays "
          "on and give it a read-only login, since a scheduled refresh runs only while the gateway can be reached.",
          "Is there a server that stays on where the gateway can run?", needs=ON_PREM),
    Topic("powerbi_fabric", _PBI, D,
          "In Microsoft Fabric I would land the raw data in a lakehouse first and build the semantic model on Direct "
          "Lake tables, so the reports read the data without a separate import refresh.",
          "Is Fabric capacity in place already, or is it part of the decision?", needs=FABRIC),
)
_REPORTS = {"dashboard", "analysis", "general", "pipeline", "spreadsheet"}
POWERBI_KINDS: dict[str, set[str]] = {t.id: _REPORTS for t in POWERBI_TOPICS}
