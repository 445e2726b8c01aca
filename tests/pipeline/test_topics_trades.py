"""The trade topics (service/drafting/topic_trades.py): the figures the client's trade runs on, for a data post about
figures (readers asked for occupancy and ADR for a guesthouse, the bill and pay rate spread for a staffing agency, the
unit mix for self storage). Each fires on a post that names the trade and asks about its figures; not on a post that
names the trade for a site, a scrape or another kind of work. Team-written posts."""
from __future__ import annotations

from service.drafting.topic_trades import TRADE_KINDS, TRADE_TOPICS
from tests.pipeline.topic_checks import AGENCY, DATA, standard_topic_tests

WITH = [
    ("hospitality", "Annual report for our guesthouse", ("Analyse two years of revenue and bookings for our guesthouse "
     "and report on occupancy and room rates by season."), DATA, "analysis"),
    ("staffing", "Margin model for a staffing agency", ("Build a model of our staffing agency's margins by client, with "
     "the bill rates and pay rates of each placement."), DATA, "spreadsheet"),
    ("self_storage", "Self storage acquisition model", ("We need an Excel model for buying a self storage facility: "
     "occupancy, pricing and a five-year forecast."), DATA, "spreadsheet"),
    ("restaurant", "Weekly numbers for our restaurants", ("Build a weekly report for our three restaurants: sales, food "
     "costs and labour costs from the POS data."), DATA, "dashboard"),
    ("clinical_kpis", "Monthly KPIs for a telehealth clinic", ("Build the monthly KPI report for our telehealth clinic "
     "from the appointment and patient exports."), DATA, "dashboard"),
    ("donors", "Donor retention analysis", ("Analyse five years of donations for our charity and report on donor "
     "retention by appeal."), DATA, "analysis"),
    ("insurance_claims", "Claims and premium analysis", ("Analyse our insurance claims against premiums by product and "
     "year and explain the loss ratios."), DATA, "analysis"),
    ("production_oee", "OEE dashboard for our production lines", ("Build a dashboard of OEE, downtime and scrap rates "
     "for our four production lines."), DATA, "dashboard"),
    ("contact_centre", "Contact centre dashboard", ("Build a dashboard for our call center: calls, waiting times and "
     "handle times by agent."), DATA, "dashboard"),
    ("people_data", "Employee turnover analysis", ("Analyse our employee turnover and headcount over three years and "
     "report which teams lose people fastest."), DATA, "analysis"),
    ("bank_statements", "Bank statement analyst", ("Review six months of bank statements for a loan applicant and "
     "flag irregular transactions."), DATA, "analysis"),
    ("amazon_fees", "Amazon storage fee analyst", ("Analyse our FBA inventory and cut our Amazon storage fees: we pay "
     "too much for aged inventory."), DATA, "analysis"),
    ("aml_review", "AML analyst", ("Review flagged customer accounts for our payments app: KYC files, transaction "
     "patterns and risk ratings."), DATA, "analysis"),
]

WITHOUT = [
    ("hospitality", "Website for our guesthouse", ("Build a booking website for our guesthouse with a gallery and a "
     "contact form."), AGENCY, "website"),
    ("staffing", "Staffing levels on a hospital ward", "Analyse nurse staffing levels against patient numbers per shift.",
     DATA, "analysis"),
    ("self_storage", "Storage units booking site", ("Build a website where customers book storage units online and "
     "pay by card."), AGENCY, "website"),
    ("restaurant", "Restaurant menu scraper", ("Scrape the menus of 200 restaurants into a spreadsheet with dish names "
     "and prices."), DATA, "scraping"),
    ("clinical_kpis", "Statistics for a clinical trial", ("Run the statistics for our clinical trial: patients by arm, "
     "survival curves and a report."), DATA, "analysis"),
    ("donors", "Donation page for our charity", "Build a donation page for our charity's WordPress site.", AGENCY,
     "website"),
    ("insurance_claims", "Insurance comparison landing page", ("Write the copy for a landing page that compares "
     "insurance premiums."), AGENCY, "copy"),
    ("production_oee", "Production line video", "Edit a two-minute video of our production line for a trade show.",
     AGENCY, "general"),
    ("contact_centre", "Call center script", "Write a script for our call center agents to welcome new customers.",
     AGENCY, "copy"),
    ("bank_statements", "Bookkeeper", "Enter our bank statements into QuickBooks each month.", AGENCY, "general"),
    ("amazon_fees", "Amazon listing copy", "Write Amazon listing copy for our FBA kitchen products.", AGENCY, "copy"),
    ("aml_review", "Fintech landing page", "Write the copy for our fintech landing page about fast KYC checks.",
     AGENCY, "copy"),
    ("people_data", "HR assistant", "We need an HR assistant to schedule interviews and keep our headcount records.",
     AGENCY, "general"),
]

(test_every_topic_is_registered_with_its_kinds_and_has_both_cases, test_each_insight_is_one_first_person_sentence,
 test_a_post_with_the_subject_and_its_concern_gets_the_remark, test_a_near_miss_gets_no_remark) = standard_topic_tests(
    TRADE_TOPICS, TRADE_KINDS, WITH, WITHOUT)
