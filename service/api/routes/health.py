from fastapi import APIRouter

from ...db import check_connection

router = APIRouter(tags=["health"])


@router.get("/healthz")
def healthz() -> dict:
    check_connection()
    return {"status": "ok"}
