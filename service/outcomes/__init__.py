"""What happened after a proposal was sent: outcomes, pipeline stages and the scorecard."""
