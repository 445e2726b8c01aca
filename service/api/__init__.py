"""FastAPI app: HTTP only; every rule lives in the service layer."""
