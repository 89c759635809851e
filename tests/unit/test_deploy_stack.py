"""How every part of the project starts Streamlit: one command line (deploy.stack.streamlit_command)."""

from __future__ import annotations

import sys

from deploy.stack import REPLICA_OPTIONS, streamlit_command


def test_streamlit_starts_headless_on_loopback_with_this_python_and_the_options_given():
    command = streamlit_command("streamlit_app.py", 8601, "--server.fileWatcherType", "none")

    assert command[:5] == [sys.executable, "-m", "streamlit", "run", "streamlit_app.py"]
    options = dict(zip(command[5::2], command[6::2], strict=True))
    assert options == {
        "--server.port": "8601",
        "--server.address": "127.0.0.1",  # loopback only: nginx (or the bench, or a test) is in front
        "--server.headless": "true",
        "--server.fileWatcherType": "none",
    }


def test_replicas_add_only_their_own_options():
    assert dict(zip(REPLICA_OPTIONS[::2], REPLICA_OPTIONS[1::2], strict=True)) == {
        "--runner.postScriptGC": "false"
    }
