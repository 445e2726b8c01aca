"""People and keys: users, roles, API keys, permissions and the audit log."""
