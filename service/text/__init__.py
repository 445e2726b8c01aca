"""Pure text helpers (skills vocabulary, diffs): no I/O, no database, no model calls."""
