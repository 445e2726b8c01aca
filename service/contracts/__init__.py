"""Live contracts: check-in notes and the messages drafted for them."""
