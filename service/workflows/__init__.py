"""Steps that combine domains: intake of a job, drafting it into the queue, retries, background tasks, demo data."""
