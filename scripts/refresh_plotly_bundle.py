"""Vendor the official partial plotly.js bundle the charts use, from the npm registry.

    python scripts/refresh_plotly_bundle.py            # the plotly.js that the installed plotly embeds
    python scripts/refresh_plotly_bundle.py --version 4.1.1

Downloads `plotly.js-basic-dist-min@<version>`, checks the tarball against the integrity hash the
registry publishes, and writes into static/ (served at /app/static/): the bundle under a versioned
name, behind one line of compile hint (COMPILE_HINT), its licence, and plotly-basic.json (version,
file, sha256 of the file served, sha256 of npm's file, origin). Older bundles are removed.
tests/unit/test_plotly_bundle.py fails when these drift from the installed plotly or from each other.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import sys
import tarfile
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ngo_dashboard.paths import PLOTLY_BUNDLE_MANIFEST, STATIC_DIR  # noqa: E402

PACKAGE = "plotly.js-basic-dist-min"
REGISTRY = "https://registry.npmjs.org"
BUNDLE_MEMBER = "package/plotly-basic.min.js"
LICENCE_MEMBER = "package/LICENSE"
PREFIX = "plotly-basic-"
TIMEOUT = 60
# V8's explicit compile hint for a whole file (Chromium 136 and later; to other browsers, a comment).
# With it, the bundle's functions are compiled while the file streams in, on a background thread,
# instead of one by one on the page's main thread as plotly.js first calls them. Same-run A/B,
# desktop Money: main thread busy 1,021 -> 893 ms (bench/RESULTS.md, F11). After this line the
# file is npm's, byte for byte: its sha256 is the manifest's `upstream_sha256`.
COMPILE_HINT = b"//# allFunctionsCalledOnLoad\n"


def bundle_name(version: str) -> str:
    return f"{PREFIX}{version}.min.js"


def licence_name(version: str) -> str:
    return f"{PREFIX}{version}.LICENSE.txt"


def verify_integrity(data: bytes, integrity: str) -> None:
    """Check `data` against an npm/SRI integrity string ('sha512-<base64>', possibly several).

    Raises:
        ValueError: no supported hash in `integrity`, or the data does not match it.
    """
    supported = [
        part for part in integrity.split() if part.split("-", 1)[0] in {"sha512", "sha384", "sha256"}
    ]
    if not supported:
        raise ValueError(f"no sha256/sha384/sha512 hash in the registry's integrity {integrity!r}")
    for part in supported:
        algorithm, expected = part.split("-", 1)
        actual = base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
        if actual != expected:
            raise ValueError(f"tarball {algorithm} is {actual}, the registry says {expected}")


def extract(tarball: bytes, members: list[str]) -> dict[str, bytes]:
    """The named regular files of a .tgz, read in memory (nothing is unpacked to disk).

    Raises:
        ValueError: a member is missing or is not a regular file.
    """
    found: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as archive:
        for name in members:
            try:
                info = archive.getmember(name)
            except KeyError:
                raise ValueError(f"{name} is not in the tarball") from None
            handle = archive.extractfile(info) if info.isreg() else None
            if handle is None:
                raise ValueError(f"{name} in the tarball is not a regular file")
            found[name] = handle.read()
    return found


def served(bundle: bytes) -> bytes:
    """The file static/ serves: npm's bundle behind the compile hint."""
    return COMPILE_HINT + bundle


def manifest(version: str, bundle: bytes, *, tarball_url: str, integrity: str) -> dict[str, str]:
    return {
        "package": PACKAGE,
        "version": version,
        "file": bundle_name(version),
        "sha256": hashlib.sha256(served(bundle)).hexdigest(),
        "upstream_sha256": hashlib.sha256(bundle).hexdigest(),
        "compile_hint": COMPILE_HINT.decode().strip(),
        "licence": "MIT",
        "licence_file": licence_name(version),
        "tarball": tarball_url,
        "tarball_integrity": integrity,
    }


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
        return response.read()


def refresh(version: str, registry: str = REGISTRY, static_dir: Path = STATIC_DIR) -> dict[str, str]:
    """Download, verify and write the bundle of `version`; returns the manifest written."""
    metadata = json.loads(_get(f"{registry.rstrip('/')}/{PACKAGE}/{version}"))
    dist = metadata["dist"]
    tarball = _get(dist["tarball"])
    verify_integrity(tarball, dist["integrity"])
    files = extract(tarball, [BUNDLE_MEMBER, LICENCE_MEMBER])
    record = manifest(version, files[BUNDLE_MEMBER], tarball_url=dist["tarball"], integrity=dist["integrity"])
    # Written only once everything is verified; the previous version is removed last.
    static_dir.mkdir(parents=True, exist_ok=True)
    (static_dir / record["file"]).write_bytes(served(files[BUNDLE_MEMBER]))
    (static_dir / record["licence_file"]).write_bytes(files[LICENCE_MEMBER])
    manifest_path = static_dir / PLOTLY_BUNDLE_MANIFEST.name
    manifest_path.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    keep = {record["file"], record["licence_file"], manifest_path.name}
    for old in static_dir.glob(f"{PREFIX}*"):
        if old.name not in keep:
            old.unlink()
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help="plotly.js version (default: the one the installed plotly embeds)")
    parser.add_argument("--registry", default=REGISTRY, help=f"npm registry (default {REGISTRY})")
    args = parser.parse_args(argv)
    version = args.version
    if version is None:
        from plotly.offline import get_plotlyjs_version

        version = get_plotlyjs_version()
    try:
        record = refresh(version, args.registry)
    except (ValueError, OSError, KeyError) as error:
        print(f"refresh failed: {error}", file=sys.stderr)
        return 1
    print(
        f"wrote static/{record['file']} (sha256 {record['sha256']}), {record['licence_file']}, plotly-basic.json"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
