from fastapi import APIRouter

from service.core.db import check_connection

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict:
    check_connection()
    return {"status": "ok"}
