"""The named tools each kind's ``{tools}`` slot may take (``kind_table.WorkKind.tools_among``) and the tool groups the
need sentences read (``work_kinds``): vocabulary names only. Data only."""
from __future__ import annotations

from service.text.skills_vocab import VOCAB

BI_TOOLS = ("Microsoft Power BI", "Tableau", "Looker Studio", "Metabase", "Google Sheets", "Microsoft Excel")
SHOP_PLATFORMS = ("Shopify", "WooCommerce", "Magento", "BigCommerce", "Wix", "Squarespace")
SITE_PLATFORMS = ("WordPress", "Webflow", "Wix", "Squarespace", "Bubble.io", "Shopify")
SHORT = {"Microsoft Power BI": "Power BI", "Microsoft Excel": "Excel"}
SHEET_APPS = ("Microsoft Excel", "Google Sheets", "Airtable")  # "a spreadsheet in {tools}": apps, not VBA or Power Query
SHEET_TOOLS = ("Microsoft Excel", "Google Sheets", "VBA", "Google Apps Script", "Power Query", "Airtable")
ML_TOOLS = ("Python", "R", "PyTorch", "TensorFlow", "scikit-learn", "OpenCV", "Hugging Face", "pandas", "NumPy",
            "Jupyter", "Databricks", "Apache Spark")
AUTOMATION_TOOLS = ("Zapier", "Make.com", "n8n", "Power Automate", "Google Apps Script", "Airtable", "Python",
                    "HubSpot", "GoHighLevel", "Google Sheets", "Microsoft Excel", "Salesforce", "Notion", "Twilio")
SCRAPE_TOOLS = ("Python", "Scrapy", "Selenium", "Playwright", "Puppeteer", "Beautiful Soup", "Node.js", "JavaScript",
                "Google Sheets", "Microsoft Excel", "Airtable")
AI_TOOLS = ("Python", "OpenAI API", "LangChain", "LlamaIndex", "Hugging Face", "Pinecone", "Claude", "FastAPI", "Node.js",
            "TypeScript", "Twilio")
# "{tools} back-end work": languages, frameworks and stores a back end is built on (never React: pool readers, "calls a
# front-end React job 'React back-end work'")
BACKEND_TOOLS = ("Node.js", "Express.js", "NestJS", "Python", "Django", "FastAPI", "Flask", "PHP", "Laravel", "Ruby",
                 "Ruby on Rails", "Java", "Spring Boot", "Go", "C#", ".NET", "Kotlin", "Rust", "GraphQL", "PostgreSQL",
                 "MySQL", "MongoDB", "Redis", "Firebase", "Supabase", "AWS Lambda")
MOBILE_TOOLS = ("Flutter", "React Native", "Swift", "Kotlin", "Dart", "Expo", "Ionic", "Jetpack Compose", "Firebase")


def _span(first: str, last: str) -> frozenset[str]:
    keys = list(VOCAB)
    return frozenset(keys[keys.index(first):keys.index(last) + 1])


DATABASES = tuple(_span("PostgreSQL", "SQLAlchemy") - {"Prisma", "Drizzle ORM", "SQLAlchemy", "Pinecone"})
# where business data lives: stores, CRMs, payment and marketing platforms, spreadsheets, databases
SOURCES = tuple((_span("Stripe", "MetaMask") - _span("Selenium", "MetaMask") - set(BI_TOOLS[:4])
                 - {"Liquid", "Zapier", "Make.com", "n8n", "Slack", "Discord", "Telegram Bot", "Twilio",
                    "Google Apps Script", "Power Automate", "Power Query"})
                | set(DATABASES) | {"Google Analytics", "Google Ads", "Facebook Ads", "Amazon FBA"})
COLLAB = frozenset({"Slack", "Discord", "Notion", "Telegram Bot", "Git", "Jira", "Trello", "Zoom"})
