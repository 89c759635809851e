"""Fill in deploy/nginx.conf.template: plain `{{ name }}` substitution, nothing else.

Pure (no files, no processes), so the unit tests can check every rule. The template stays data:
a line that holds `{{ replica_port }}` is written once per replica, and that is the only loop.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from deploy.base_address import BASE_ADDRESS_SCRIPT

TEMPLATE = Path(__file__).resolve().parent / "nginx.conf.template"
PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
REPEATED = "replica_port"
# Values go into nginx directives (some inside "..."): nothing in them may end a string or a
# directive early, open a block or name a variable.
_UNSAFE = re.compile(r'["\\;{}$\n\r]')


def csp_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script's text (CSP Level 2 hash)."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def render(template: str, values: Mapping[str, str], replica_ports: Sequence[int]) -> str:
    """Substitute `values` into `template`; repeat each `{{ replica_port }}` line per port.

    Raises:
        ValueError: a placeholder has no value, a value is never used, a value could break out of
            its directive, or there is no replica port.
    """
    if not replica_ports:
        raise ValueError("at least one replica port is needed")
    if REPEATED in values:
        raise ValueError(f"{REPEATED} comes from replica_ports, not from values")
    for name, value in values.items():
        if _UNSAFE.search(value):
            raise ValueError(f"value of {name!r} holds a character nginx would read as syntax: {value!r}")
    used = set(PLACEHOLDER.findall(template))
    missing = sorted(used - set(values) - {REPEATED})
    unused = sorted(set(values) - used)
    if missing or unused:
        raise ValueError(f"template placeholders without a value: {missing}; values not in it: {unused}")

    def fill(line: str, extra: Mapping[str, str] = {}) -> str:  # noqa: B006 (read only)
        merged = {**values, **extra}
        return PLACEHOLDER.sub(lambda match: merged[match.group(1)], line)

    lines: list[str] = []
    for line in template.splitlines(keepends=True):
        names = PLACEHOLDER.findall(line)
        if REPEATED in names:
            lines += [fill(line, {REPEATED: str(port)}) for port in replica_ports]
        else:
            lines.append(fill(line))
    return "".join(lines)


def nginx_config(
    *,
    listen: str,
    replica_ports: Sequence[int],
    runtime_dir: Path,
    streamlit_static: Path,
    inline_scripts: Iterable[str],
    template: str | None = None,
) -> str:
    """The nginx configuration for one run of the stack (see deploy/nginx.conf.template)."""
    # Every replica puts BASE_ADDRESS_SCRIPT in its pages (app.py), so the policy always allows it too.
    hashes = sorted({csp_hash(script) for script in [*inline_scripts, BASE_ADDRESS_SCRIPT]})
    for path in (runtime_dir, streamlit_static):
        if any(char.isspace() for char in str(path)):
            raise ValueError(f"nginx paths may not hold spaces here: {path}")
    values = {
        "listen": listen,
        "runtime_dir": str(runtime_dir),
        "streamlit_static": str(streamlit_static),
        "inline_script_hashes": " ".join(hashes),
    }
    return render(TEMPLATE.read_text() if template is None else template, values, replica_ports)
