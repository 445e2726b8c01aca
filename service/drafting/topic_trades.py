"""Team-written topics on the trade a data post is about (issue 14): the figures a hotel, a staffing agency, a self
storage facility, a restaurant, a clinic, a charity, an insurer, a factory, a contact centre or an HR team runs on,
and the checks bank statements, Amazon storage fees and anti-money-laundering reviews call for.
Readers of a fresh pool of real posts (2026-12-07, ``--seed 2201``) asked analysis letters for exactly this ("mention
occupancy, ADR and RevPAR", "model the bill and pay rate spread per placement", "show self-storage knowledge: unit
mix, occupancy ramp") and rated the generic remark on defining figures 2. The same rules as every topic hold: one
first-person sentence true for every post that matches the trigger and ``needs``, naming no tool, and only for the
kinds of work that report on figures. They come first in the table, so a trade named in the title outranks a tool
named beside it (the Excel remark can still come second). Data only."""
from __future__ import annotations

from service.drafting.topic_model import D, Topic

# the post is about figures to report, model or analyse, not a site or an app for the trade
_FIGURES = (r"\b(?:analy[sz]\w*|reports?|reporting|dashboards?|kpis?|metrics|financial|revenue|forecast\w*|model\w*|"
            r"figures|numbers|performance|insights?)\b")

TRADE_TOPICS: tuple[Topic, ...] = (
    Topic("hospitality", r"\b(hotels?|guest ?houses?|b&bs?|bed and breakfasts?|hostels?|resorts?|hospitality)\b", D,
          "For a hotel or guesthouse I would report occupancy, the average daily rate and revenue per available room "
          "side by side, since a rise in one can hide a fall in another, and split revenue by booking channel so the "
          "commissions show.",
          needs=r"\b(?:occupancy|revenue|booking (?:data|channels?|revenue)|reservations? data|room rates?|adr|revpar|financial)\b"),
    Topic("staffing", r"\b(staffing (?:agency|agencies|company|firm|business)|recruitment agency|recruiting agency|"
                      r"temp(?:orary)? (?:staffing )?agency|bill rates?|bill/pay)\b", D,
          "For a staffing business I would model the spread between the bill rate and the pay rate of each placement "
          "after the employer's costs (payroll taxes, insurance), since gross margin per placement, not revenue, "
          "shows which clients and roles pay.",
          needs=_FIGURES),
    Topic("self_storage", r"\b(self[- ]storage|storage (?:units?|facilit(?:y|ies)))\b", D,
          "For self storage I would model the unit mix, the occupancy ramp and the street rate against the rents "
          "existing tenants pay, since rate increases on tenants already in place drive much of the income once the "
          "facility fills.",
          needs=r"\b(?:model\w*|analy[sz]\w*|financ\w*|revenue|occupancy|pricing|underwrit\w*|valuation|forecast\w*)\b"),
    Topic("restaurant", r"\b(restaurants?|caf[eé]s?|coffee shops?)\b", D,
          "For a restaurant I would track food and labour cost as a share of sales week by week, and sales per cover "
          "by day and service, since those ratios move well before the monthly profit does.",
          needs=r"\b(?:food costs?|labou?r costs?|covers|pos (?:data|reports?|system)|profit\w*|margins?|"
                r"(?:restaurant|caf[eé])'?s? (?:sales|costs?|performance|numbers|data))\b"),
    Topic("clinical_kpis", r"\b(telehealth|clinics?|clinical|patients?|healthcare|medical practices?)\b", D,
          "With patient data I would work from extracts without names or contact details wherever the figures allow "
          "and agree who may see row-level records, since health records fall under privacy rules such as HIPAA, and "
          "monthly figures such as visits, no-shows and time to appointment rarely need to name anyone.",
          needs=r"\b(?:kpis?|metrics|dashboards?|reports?|reporting)\b",
          unless=r"\b(?:trials?|clinical research|research sites?|financ\w*|hipaa[- ]compliant (?:app|platform|software)|de-?identif\w+|pseudonymi[sz]\w+|billing codes?|cpt|"
                 r"icd-?10|fee schedules?|revenue cycle)\b"),
    Topic("donors", r"\b(donors?|donations?|fundrais\w+|non-?profits?|charit(?:y|ies))\b", D,
          "For donor data I would track retention from one year to the next and the average gift by channel and "
          "appeal, since keeping a donor costs far less than finding a new one and the totals hide which appeals work.",
          needs=r"\b(?:retention|segment\w*|crm|analy[sz]\w*|reports?|reporting|dashboards?|kpis?|metrics)\b"),
    Topic("insurance_claims", r"\b(insurance claims?|claims data|loss ratios?|premiums?|underwriting data)\b", D,
          "For claims I would work out the loss ratio on earned rather than written premium and group claims by the "
          "year of the loss, since claims keep developing for months and a recent year always looks better than it "
          "will end up.",
          needs=r"\b(?:claims?|loss ratios?)\b[\s\S]*\bpremiums?\b|\bpremiums?\b[\s\S]*\b(?:claims?|loss ratios?)\b"),
    Topic("production_oee", r"\b(oee|overall equipment effectiveness|scrap rates?|production lines?|machine downtime)\b", D,
          "For production data I would work out availability, performance and quality separately before combining "
          "them into OEE, since a single figure does not show whether downtime, slow cycles or scrap is the loss to "
          "chase.",
          needs=r"\b(?:oee|downtime|scrap|yield|throughput|cycle times?)\b"),
    Topic("contact_centre", r"\b(call cent(?:er|re)s?|contact cent(?:er|re)s?)\b", D,
          "For a contact centre I would report the service level and the average handle time by half-hour interval "
          "rather than by day, since a daily average hides the hours when calls queue.",
          needs=_FIGURES),
    Topic("aml_review", r"\b(aml|anti-money laundering|kyc|know your customer|edd|enhanced due diligence|transaction "
                        r"monitoring)\b", D,
          "For AML reviews I would keep a written list of the red flags checked on every case (the source of funds, "
          "money moved in and straight out, amounts just under reporting limits), so each decision can be explained "
          "to an auditor later.",
          needs=r"\b(?:review\w*|analy[sz]\w*|investigat\w*|monitor\w*|cases?|alerts?|risk)\b"),
    Topic("bank_statements", r"\b(bank statements?)\b", D,
          "With bank statements I would first check that each statement's opening and closing balances agree with its "
          "transactions, so a missing page or a doubled line shows up before any pattern is read into the figures.",
          needs=r"\b(?:analy[sz]\w*|review\w*|reconcil\w*|irregular\w*|creditworth\w*|categori[sz]\w*|cash ?flow)\b"),
    Topic("amazon_fees", r"\b(fba|amazon (?:seller|storage|inventory|fees?)|seller central)\b", D,
          "For Amazon fees I would start from the inventory age and storage fee reports, since long-term storage "
          "fees and aged-inventory surcharges usually fall on a few slow-moving products, where a removal order or a "
          "promotion saves the most.",
          needs=r"\b(?:storage fees?|aged inventory|long[- ]term storage|overstock\w*|overshipp\w*)\b"),
    Topic("people_data", r"\b(employee turnover|staff turnover|turnover rates?|attrition|people analytics|hr (?:data|analytics|metrics|"
                         r"dashboards?|reports?))\b", D,
          "For people data I would measure turnover against the average headcount of the period and split leavers "
          "into voluntary and involuntary, since one figure for everyone who left hides the reasons.",
          needs=_FIGURES),
)

_REPORTS = {"dashboard", "analysis", "general", "spreadsheet"}
TRADE_KINDS: dict[str, set[str]] = {t.id: _REPORTS for t in TRADE_TOPICS}
