from fastapi import APIRouter

from service.api.schemas import TypedRoute
from service.api.schemas_more import HealthOut
from service.core.db import check_connection

router = APIRouter(tags=["health"], route_class=TypedRoute)


@router.get("/healthz")
def healthz() -> HealthOut:
    check_connection()
    return {"status": "ok"}
