"""Coding: from a parsed article to event records (actors, triggers, status, casualties)."""
