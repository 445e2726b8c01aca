"""The approval state machine: every draft transition is decided here and nowhere else."""
