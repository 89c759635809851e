"""The app's own inline scripts besides <html lang>: static texts read from files beside this module.

No streamlit here: the serving stack imports these texts to allow them by hash in its
Content-Security-Policy (deploy/stack.py), and any other inline script is refused there.
"""

from __future__ import annotations

from pathlib import Path

POPOVER_FOCUS_SCRIPT = (Path(__file__).resolve().parent / "popover_focus.js").read_text(encoding="utf-8")
SCRIPTS = (POPOVER_FOCUS_SCRIPT,)
