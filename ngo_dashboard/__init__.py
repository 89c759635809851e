"""Kraków NGO-funding dashboard: sourced data, its validation, and the pure builders behind the app.

The version is in pyproject.toml, and only there.
"""
