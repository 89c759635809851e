"""Kraków NGO-funding dashboard: sourced data, its validation, and the pure builders behind the app."""

__version__ = "1.0.0"
