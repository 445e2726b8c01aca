"""Team-written webhook payloads (no real Upwork data): a strong, a possible-ish and a poor job."""
from __future__ import annotations

import copy
import itertools

_n = itertools.count(1)

STRONG = {
    "id": "~01aa11bb22cc33dd44",
    "title": "FastAPI backend for our invoice matching service",
    "description": (
        "We run a small accounting SaaS and need an experienced Python developer to build a FastAPI backend "
        "that matches incoming invoices to purchase orders. Deliverables: REST API endpoints for upload and "
        "matching, a PostgreSQL schema with migrations, Docker setup and tests. The existing data model is "
        "documented and we have sample files ready. Milestone 1 is the upload endpoint within two weeks. "
        "Please tell us about a similar API integration you built."),
    "url": "https://www.upwork.com/jobs/~01aa11bb22cc33dd44",
    "budget": {"type": "fixed", "amount": 4000},
    "skills": ["Python", "FastAPI", "PostgreSQL", "Docker", "REST API"],
    "client": {"country": "Germany", "payment_verified": True, "total_spent": 25000, "rating": 4.9, "reviews": 12},
}

POOR = {
    "id": "~01ff99ee88dd77cc66",
    "title": "Logo design for a bakery (unpaid test first)",
    "description": ("Looking for a designer to create a logo for our bakery. Please do an unpaid test task first: "
                    "a sketch of three ideas. Budget is small."),
    "budget": {"type": "fixed", "amount": 20},
    "skills": ["Logo Design", "Illustrator"],
    "client": {"country": "Canada", "payment_verified": False, "total_spent": 0},
}


def strong(i: int | None = None) -> dict:
    """A fresh strong job (unique id and text) for volume tests."""
    i = next(_n) if i is None else i
    job = copy.deepcopy(STRONG)
    job["id"] = f"~01{i:016x}"
    job["url"] = f"https://www.upwork.com/jobs/{job['id']}"
    job["title"] = f"{job['title']} (batch {i})"
    job["description"] += f" Reference number {i}."
    return job


def vollna(projects: list[dict]) -> dict:
    return {"total": len(projects), "results_url": "https://www.vollna.com/dashboard/monitoring/result/1",
            "filter": {"id": 1, "name": "Python APIs", "url": "https://www.vollna.com/dashboard/filter/1"},
            "filters": [{"id": 1, "name": "Python APIs", "url": "https://www.vollna.com/dashboard/filter/1"}],
            "projects": projects}


def vollna_project(i: int = 1) -> dict:
    return {"title": f"Django REST API for a booking platform {i}",
            "description": ("We need a Python developer to extend our Django REST API: new endpoints for bookings, "
                            "PostgreSQL migrations and tests. The codebase is documented. Start next week. "
                            f"Project number {i}."),
            "skills": "Python, Django, PostgreSQL, REST API",
            "url": f"https://www.upwork.com/jobs/~01bb{i:014x}",
            "publishedAt": "2026-12-04T09:30:00Z",
            "clientQuestions": ["Which Django versions have you upgraded?"],
            "categories": ["Web Development"], "site": "upwork",
            "budget": {"type": "Hourly", "amount": "$45.00-$70.00"},
            "clientDetails": {"paymentMethodVerified": True, "country": "United States", "totalSpent": 52000,
                              "totalHires": 14, "hireRate": 0.6, "rating": 4.8, "reviews": 9}}
