"""``python -m tests.citysim --port P [--dispatch N] [--fault JSON] ...``

Prints one line ``citysim listening on URL`` once it serves (port 0 picks a
free port), then runs until interrupted or SIGTERM."""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from datetime import timedelta
from pathlib import Path

from tests.citysim.server import CitySim


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.citysim", description=__doc__)
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--dispatch", type=int, default=0, help="seed N dispatched complaints")
    p.add_argument("--project", default="demo")
    p.add_argument("--token", default="citysim-token", help="the project's bearer token")
    p.add_argument("--fault", action="append", default=[], metavar="JSON",
                   help='a fault rule, e.g. \'{"fault": "rate_limit", "endpoint": "batch", "seconds": 2}\'')
    p.add_argument("--skew", type=float, default=0.0, help="server clock skew in seconds")
    p.add_argument("--cert", type=Path, help="serve HTTPS with this certificate (PEM)")
    p.add_argument("--key", type=Path, help="the certificate's private key (PEM)")
    args = p.parse_args(argv)
    sim = CitySim({args.project: args.token}, dispatch=args.dispatch, project=args.project)
    sim.state.skew = timedelta(seconds=args.skew)
    sim.faults.set([json.loads(f) for f in args.fault])
    url = sim.start(args.port, args.host, certfile=args.cert, keyfile=args.key)
    print(f"citysim listening on {url}", flush=True)
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with contextlib.suppress(KeyboardInterrupt):
        done.wait()
    sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
