"""Validation problems and the report that lists them (frictionless-style `file:line: field: message`).

Pure. Messages come from the i18n catalogue so the app can show the report in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ngo_dashboard.i18n import Lang, t


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the data folder, located as precisely as it can be."""

    file: str
    line: int | None
    field: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()

    def message(self, lang: Lang) -> str:
        return t(f"problem.{self.code}", lang, **dict(self.params))

    def location(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}" if self.field else where

    def render(self, lang: Lang) -> str:
        return f"{self.location()}: {self.message(lang)}"

    def sort_key(self) -> tuple[str, int, str]:
        return (self.file, self.line or 0, self.field or "")


def problem(file: str, line: int | None, field_name: str | None, code: str, **params: object) -> Problem:
    return Problem(file, line, field_name, code, tuple((k, str(v)) for k, v in params.items()))


@dataclass
class DataError(Exception):
    """Raised by `load_dataset` with every problem found, never only the first."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(self.report("en"))

    def report(self, lang: Lang) -> str:
        return "\n".join(p.render(lang) for p in self.problems)
