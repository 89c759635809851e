"""Reading one CSV table the way city staff save it, and saying exactly what is wrong when it fails.

Pure (reads files, never writes). Spreadsheet habits are recognised by name: Windows-1250
encoding and ';' separators get their own messages; a UTF-8 byte-order mark is accepted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ngo_dashboard.report import Problem, problem

_BOM = "\ufeff"


@dataclass(frozen=True)
class RawTable:
    header: list[str]
    rows: list[tuple[int, dict[str, str]]]  # (line number in the file, cells by column)


def _decode(data: bytes, name: str) -> tuple[str | None, list[Problem]]:
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        try:
            data.decode("cp1250")
        except UnicodeDecodeError:
            return None, [problem(name, line, None, "encoding")]
        return None, [problem(name, line, None, "encoding_cp1250")]


def read_table(path: Path, expected: list[str]) -> tuple[RawTable | None, list[Problem]]:
    """Header and rows of a table, or the problems that stop it from being read.

    Rows are returned even when cells are wrong; only the header and the file format can stop
    reading, because then no cell can be trusted to be in its column.
    """
    name = path.name
    if not path.is_file():
        return None, [problem(name, None, None, "file_missing")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [problem(name, None, None, "file_unreadable", error=exc.strerror or exc)]
    text, problems = _decode(data, name)
    if text is None:
        return None, problems
    text = text.removeprefix(_BOM)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        return None, [problem(name, 1, None, "empty_file")]
    header = [h.strip() for h in header]
    if len(header) == 1 and len(expected) > 1:
        if ";" in header[0]:
            return None, [problem(name, 1, None, "semicolon")]
        if "\t" in header[0]:
            return None, [problem(name, 1, None, "tab")]
    header_problems = _check_header(name, header, expected)
    if header_problems:
        return None, header_problems
    rows: list[tuple[int, dict[str, str]]] = []
    line = reader.line_num + 1
    for cells in reader:
        if any(c.strip() for c in cells):
            if len(cells) != len(header):
                problems.append(
                    problem(name, line, None, "cell_count", found=len(cells), expected=len(header))
                )
            else:
                rows.append((line, dict(zip(header, cells, strict=True))))
        line = reader.line_num + 1
    return RawTable(header, rows), problems


def _check_header(name: str, header: list[str], expected: list[str]) -> list[Problem]:
    problems = [problem(name, 1, col, "column_missing") for col in expected if col not in header]
    problems += [problem(name, 1, col, "column_unexpected") for col in header if col not in expected]
    seen: set[str] = set()
    for col in header:
        if col in seen:
            problems.append(problem(name, 1, col, "column_duplicate"))
        seen.add(col)
    return problems
