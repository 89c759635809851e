"""deploy/render.py: the nginx template is filled in exactly, or not at all.

Negative cases first: a value that could break out of its directive, a placeholder without a
value, a value the template never uses, no replica. Then what the shipped template renders to.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from deploy.base_address import BASE_ADDRESS_SCRIPT
from deploy.render import PLACEHOLDER, TEMPLATE, csp_hash, nginx_config, render
from deploy.stack import inline_scripts, streamlit_static_dir
from ngo_dashboard.i18n import LANGS, document_language_script
from ngo_dashboard.ui.page_scripts import SCRIPTS

ROOT = Path(__file__).resolve().parents[2]

TINY = "listen {{ listen }};\nupstream u {\n    server 127.0.0.1:{{ replica_port }} max_fails=1;\n}\n"


@pytest.mark.parametrize(
    "value",
    ["8080; include /etc/passwd", "a}", "{", "$remote_addr", 'x"', "a\nb", "a\\b"],
)
def test_render_refuses_a_value_that_nginx_would_read_as_syntax(value):
    with pytest.raises(ValueError, match="syntax"):
        render(TINY, {"listen": value}, [8501])


def test_render_refuses_a_placeholder_without_a_value():
    with pytest.raises(ValueError, match=r"without a value: \['listen'\]"):
        render(TINY, {}, [8501])


def test_render_refuses_a_value_the_template_does_not_use():
    with pytest.raises(ValueError, match=r"values not in it: \['port'\]"):
        render(TINY, {"listen": "127.0.0.1:8080", "port": "8080"}, [8501])


def test_render_needs_at_least_one_replica():
    with pytest.raises(ValueError, match="at least one replica"):
        render(TINY, {"listen": "127.0.0.1:8080"}, [])


def test_render_takes_replica_ports_only_from_the_list():
    with pytest.raises(ValueError, match="replica_ports"):
        render(TINY, {"listen": "x", "replica_port": "1"}, [8501])


def test_render_repeats_the_replica_line_once_per_port_in_order():
    out = render(TINY, {"listen": "127.0.0.1:8080"}, [8501, 8502, 8503])
    assert out == (
        "listen 127.0.0.1:8080;\nupstream u {\n"
        "    server 127.0.0.1:8501 max_fails=1;\n"
        "    server 127.0.0.1:8502 max_fails=1;\n"
        "    server 127.0.0.1:8503 max_fails=1;\n"
        "}\n"
    )


@pytest.mark.parametrize(
    "script, source",
    [
        ("", "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"),
        ("alert(1)", "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"),
    ],
)
def test_csp_hash_is_the_base64_sha256_of_the_script_text(script, source):
    assert csp_hash(script) == source


def test_nginx_config_refuses_paths_with_spaces(tmp_path):
    with pytest.raises(ValueError, match="spaces"):
        nginx_config(
            listen="127.0.0.1:8080",
            replica_ports=[8501],
            runtime_dir=tmp_path / "a b",
            streamlit_static=tmp_path,
            inline_scripts=[],
        )


def shipped(ports=(8501, 8502), scripts=("one();", "two();")) -> str:
    return nginx_config(
        listen="127.0.0.1:8080",
        replica_ports=list(ports),
        runtime_dir=Path("/tmp/ngo-serve-test"),
        streamlit_static=Path("/opt/streamlit/static"),
        inline_scripts=list(scripts),
    )


def test_shipped_template_leaves_no_placeholder_and_lists_every_replica():
    conf = shipped(ports=(8501, 8502, 8503))
    assert not PLACEHOLDER.search(conf)
    assert re.findall(r"server 127\.0\.0\.1:(\d+) max_fails=1 fail_timeout=5s;", conf) == [
        "8501",
        "8502",
        "8503",
    ]
    assert "listen 127.0.0.1:8080;" in conf
    assert "alias /opt/streamlit/static/static/;" in conf


def test_every_worker_shares_what_it_learns_of_the_replicas():
    """`worker_processes auto` starts a worker per CPU; without a zone each keeps its own count of a
    dead replica's failures, and each fails a reader's request to learn of it."""
    upstream = re.search(r"upstream streamlit \{(.*?)\n    \}", shipped(ports=(8501, 8502)), re.S)
    assert upstream is not None
    assert re.search(r"^\s*zone streamlit \d+k;", upstream.group(1), re.M)


def test_shipped_template_keeps_every_path_nginx_writes_in_the_runtime_folder():
    conf = shipped()
    written = re.findall(r"^\s*(pid|\w+_temp_path)\s+(\S+);", conf, re.MULTILINE)
    assert {name for name, _ in written} == {
        "pid",
        "client_body_temp_path",
        "proxy_temp_path",
        "fastcgi_temp_path",
        "uwsgi_temp_path",
        "scgi_temp_path",
    }
    assert all(path.startswith("/tmp/ngo-serve-test/") for _, path in written)
    assert "access_log off;" in conf
    assert "error_log stderr" in conf


def csp_directives(conf: str) -> dict[str, list[str]]:
    """The policy the `set $csp` lines build, as {directive: sources}."""
    parts = re.findall(r'^\s*set \$csp "(?:\$\{csp\}; )?([^"]*)";', conf, re.MULTILINE)
    directives = [d.split() for part in parts for d in part.split("; ")]
    return {d[0]: d[1:] for d in directives}


def test_shipped_csp_allows_exactly_the_given_inline_scripts_and_nothing_unsafe_for_scripts():
    csp = csp_directives(shipped(scripts=("one();", "two();", "one();")))
    assert csp["script-src"] == [
        "'self'",
        "blob:",
        "'wasm-unsafe-eval'",
        # and the script every replica puts in its pages (app.py)
        *sorted([csp_hash("one();"), csp_hash("two();"), csp_hash(BASE_ADDRESS_SCRIPT)]),
    ]
    assert not [
        s for sources in csp.values() for s in sources if s in ("'unsafe-eval'", "*", "http:", "https:")
    ]
    assert csp["default-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["connect-src"] == ["'self'"]


def test_the_replicas_give_the_frontend_its_address_and_nginx_passes_the_pages_through():
    """The replicas put the address script in every page (app.py); nginx must not edit the pages, and
    the replicas send them plain so that nginx compresses them."""
    conf = shipped()
    assert "sub_filter" not in conf
    assert re.search(r'^\s*proxy_set_header Accept-Encoding "";', conf, re.MULTILINE)
    assert "location.origin + '/'" in BASE_ADDRESS_SCRIPT  # the stack serves the app at "/"
    assert (ROOT / "app.py").is_file() and "BaseAddress" in (ROOT / "app.py").read_text()


def test_shipped_template_sets_the_security_headers_on_every_response():
    conf = shipped()
    for header in ("Content-Security-Policy $csp", "X-Content-Type-Options nosniff", "Referrer-Policy"):
        assert re.search(rf"add_header {re.escape(header)}.* always;", conf), header


def test_gzip_covers_javascript_css_fonts_json_and_svg_whichever_type_name_they_come_with():
    types = set(re.search(r"gzip_types([^;]*);", shipped()).group(1).split())
    assert types >= {
        "application/javascript",
        "text/javascript",  # Streamlit's /app/static/ (Python's mimetypes)
        "text/css",
        "application/json",
        "image/svg+xml",
        "font/ttf",
        "font/woff",
    }


def test_no_location_has_an_add_header_that_would_drop_the_server_headers():
    # nginx: a location with any add_header of its own inherits none from the server block.
    locations = re.findall(r"^\s*location [^{]*\{(.*?)^\s*\}", TEMPLATE.read_text(), re.MULTILINE | re.DOTALL)
    assert locations and not [body for body in locations if "add_header" in body]


def test_inline_scripts_are_streamlits_index_script_and_the_apps_language_and_page_scripts():
    scripts = inline_scripts(streamlit_static_dir())
    assert [s for s in scripts if "prerenderReady" in s] and len(scripts) == 1 + len(LANGS) + len(SCRIPTS)
    assert {document_language_script(lang) for lang in LANGS} <= set(scripts)
    assert set(SCRIPTS) <= set(scripts)


def test_document_language_script_refuses_an_unknown_language():
    with pytest.raises(ValueError):
        document_language_script("de")  # type: ignore[arg-type]


def test_the_apps_page_scripts_hold_no_less_than_sign():
    # Streamlit's HTML sanitiser drops an st.html element whose text looks like markup: with a "<" in
    # a comment, the popovers' keyboard script silently never ran (ui/popover_focus.js).
    assert [script[:60] for script in SCRIPTS if "<" in script] == []
