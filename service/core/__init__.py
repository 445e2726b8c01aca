"""Foundations every other package may use: settings, database, tables, shared shapes, the workspace file, errors, statistics."""
