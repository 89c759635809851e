"""The vendored plotly.js bundle (static/) is the one the installed plotly embeds, and is what its
manifest says it is: npm's file behind one line of compile hint; the refresh script refuses a tarball
that does not match the registry's hash."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tarfile

import pytest
from plotly.offline import get_plotlyjs_version

from ngo_dashboard.paths import PLOTLY_BUNDLE_MANIFEST, STATIC_DIR
from scripts.refresh_plotly_bundle import (
    BUNDLE_MEMBER,
    COMPILE_HINT,
    LICENCE_MEMBER,
    extract,
    verify_integrity,
)
from scripts.refresh_plotly_bundle import manifest as record_for


@pytest.fixture(scope="module")
def manifest() -> dict[str, str]:
    return json.loads(PLOTLY_BUNDLE_MANIFEST.read_text(encoding="utf-8"))


def test_vendored_bundle_is_the_plotlyjs_the_installed_plotly_embeds(manifest):
    version = get_plotlyjs_version()

    assert manifest["version"] == version, "run: python scripts/refresh_plotly_bundle.py"
    assert manifest["file"] == f"plotly-basic-{version}.min.js"
    header = (STATIC_DIR / manifest["file"]).read_bytes()[:200].decode()
    assert f"plotly.js (basic - minified) v{version}" in header


def test_vendored_bundle_matches_the_sha256_in_its_manifest(manifest):
    bundle = (STATIC_DIR / manifest["file"]).read_bytes()

    assert hashlib.sha256(bundle).hexdigest() == manifest["sha256"]


def test_vendored_bundle_is_npms_file_byte_for_byte_behind_the_compile_hint(manifest):
    bundle = (STATIC_DIR / manifest["file"]).read_bytes()

    assert bundle.startswith(COMPILE_HINT)
    assert manifest["compile_hint"] == COMPILE_HINT.decode().strip()
    assert hashlib.sha256(bundle[len(COMPILE_HINT) :]).hexdigest() == manifest["upstream_sha256"]


def test_manifest_records_the_served_file_and_npms_file_apart():
    record = record_for("9.9.9", b"/** plotly.js */", tarball_url="u", integrity="i")

    assert record["sha256"] == hashlib.sha256(COMPILE_HINT + b"/** plotly.js */").hexdigest()
    assert record["upstream_sha256"] == hashlib.sha256(b"/** plotly.js */").hexdigest()


def test_vendored_bundle_keeps_its_mit_licence_beside_it(manifest):
    licence = (STATIC_DIR / manifest["licence_file"]).read_text(encoding="utf-8")

    assert manifest["licence"] == "MIT"
    assert licence.startswith("MIT License") and "Plotly" in licence


def test_only_one_plotly_bundle_is_vendored(manifest):
    assert sorted(p.name for p in STATIC_DIR.glob("plotly*.js")) == [manifest["file"]]


def sri(algorithm: str, data: bytes) -> str:
    return f"{algorithm}-{base64.b64encode(hashlib.new(algorithm, data).digest()).decode()}"


def tarball(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


@pytest.mark.parametrize(
    "integrity, message",
    [
        (sri("sha512", b"another tarball"), "the registry says"),
        (f"{sri('sha1', b'tarball')} {sri('sha512', b'other')}", "the registry says"),
        (sri("sha1", b"tarball"), "no sha256/sha384/sha512"),
        ("", "no sha256/sha384/sha512"),
    ],
)
def test_refresh_refuses_a_tarball_that_does_not_match_the_registry(integrity, message):
    with pytest.raises(ValueError, match=message):
        verify_integrity(b"tarball", integrity)


def test_refresh_accepts_a_tarball_that_matches_the_registry():
    verify_integrity(b"tarball", f"{sri('sha1', b'x')} {sri('sha512', b'tarball')}")


def test_refresh_refuses_a_tarball_without_the_bundle():
    with pytest.raises(ValueError, match=f"{BUNDLE_MEMBER} is not in the tarball"):
        extract(tarball({LICENCE_MEMBER: b"MIT License"}), [BUNDLE_MEMBER, LICENCE_MEMBER])


def test_refresh_reads_the_bundle_and_licence_out_of_the_tarball():
    files = {BUNDLE_MEMBER: b"/** plotly.js */", LICENCE_MEMBER: b"MIT License", "package/README.md": b""}

    assert extract(tarball(files), [BUNDLE_MEMBER, LICENCE_MEMBER]) == {
        BUNDLE_MEMBER: b"/** plotly.js */",
        LICENCE_MEMBER: b"MIT License",
    }
