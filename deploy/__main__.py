"""`python -m deploy [--host H] [--port P] [--replicas R]`: the serving stack, in the foreground.

Ctrl-C or SIGTERM stops nginx and every replica and removes the temporary folder. Exit codes:
0 stopped on request, 1 something failed while running, 2 a start-up check failed (nothing started).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading

from deploy.stack import Interrupted, Stack, StackError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m deploy", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0: every interface)")
    parser.add_argument("--port", type=int, default=8080, help="public port (default 8080)")
    parser.add_argument(
        "--replicas", type=int, default=2, help="Streamlit processes behind nginx (default 2)"
    )
    parser.add_argument("--script", default="app.py", help="the app's entrypoint, from the repo root")
    args = parser.parse_args(argv)

    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())

    stack = Stack(port=args.port, replicas=args.replicas, host=args.host, script=args.script, cancel=stop)
    try:
        stack.check()
    except StackError as error:
        print(f"make serve: {error}", file=sys.stderr)
        return 2
    try:
        stack.start()
        if not stop.is_set():
            print(f"Serving on {stack.url}/ (nginx, {args.replicas} replica(s)). Ctrl-C stops.", flush=True)
            stack.supervise(stop)
        return 0
    except Interrupted:
        return 0
    except StackError as error:
        print(f"make serve: {error}", file=sys.stderr)
        return 1
    finally:
        stack.stop()
        stack.log("stopped")


if __name__ == "__main__":
    sys.exit(main())
