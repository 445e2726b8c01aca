"""Letters out: proposal and contract-message drafting, proof choice, the offline writer, the draft lint."""
