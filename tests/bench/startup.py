"""Benchmark: process start to main window shown, on the large demo store.

Baseline, measured in the same run: a bare PySide6 ``QMainWindow`` process
start to shown. Prints both medians and the ratio (target <= 1.5x).

    python tests/bench/startup.py [--runs N]

Exit code 0 when the target holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 1.5
PASSWORD = "bench-password-1"
MARKER = "main-window-shown"
WORK_MARKER = "work-area-shown"  # logged in (argon2) and the start page filled

BARE = f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.resize(1280, 800)
w.show()
def shown():
    print({MARKER!r}, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e.pop("SUNSHINE_DB", None)
    return e


def time_until_marker(cmd: list[str], stdin: str = "", marker: str = MARKER) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env())
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    for line in proc.stdout:
        if line.strip() == marker:
            elapsed = time.perf_counter() - start
            proc.wait(timeout=30)
            return elapsed
    proc.wait(timeout=30)
    tail = proc.stderr.read()[-2000:] if proc.stderr else ""
    raise RuntimeError(f"{cmd[:4]} never showed its window: {tail}")


def prepare(db: Path, source: Path | None) -> None:
    if source is not None:  # a large demo store made before: copy it
        shutil.copyfile(source, db)
    else:
        subprocess.run([sys.executable, "-m", "desktop", "--db", str(db), "demo", "--scale",
                        "large"], check=True, env=env(), capture_output=True)
    from localdb.migrate import open_store
    from localdb.services import community, setup
    from localdb.url import to_url

    store, _ = open_store(to_url(str(db)))
    with store.write() as session:
        profile = community.get_profile(session)
        assert profile is not None
        if setup.needs_setup(session):
            setup.complete_setup(session, profile, "admin", "王强", PASSWORD, PASSWORD)
    store.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", type=Path, help="a large demo store to copy (else one is made)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sunshine-bench-") as tmp:
        db = Path(tmp) / "large.db"
        prepare(db, args.db)
        app_cmd = [sys.executable, "-m", "desktop", "--db", str(db), "gui", "--login", "admin",
                   "--password-stdin", "--exit-when-shown"]
        bare_cmd = [sys.executable, "-c", BARE]
        # Warm the file cache once for each, then alternate so noise hits both alike.
        time_until_marker(bare_cmd)
        time_until_marker(app_cmd, PASSWORD + "\n")
        bare: list[float] = []
        app: list[float] = []
        work: list[float] = []
        for _ in range(args.runs):
            bare.append(time_until_marker(bare_cmd))
            app.append(time_until_marker(app_cmd, PASSWORD + "\n"))
            work.append(time_until_marker(app_cmd, PASSWORD + "\n", WORK_MARKER))
    bare_med, app_med = statistics.median(bare), statistics.median(app)
    ratio = app_med / bare_med
    print(f"runs: {args.runs} each, alternating; store: large demo ({db.name})")
    print(f"bare QMainWindow     median {bare_med * 1000:7.1f} ms  "
          f"(min {min(bare) * 1000:.1f}, max {max(bare) * 1000:.1f})")
    print(f"sunshine-desk main   median {app_med * 1000:7.1f} ms  "
          f"(min {min(app) * 1000:.1f}, max {max(app) * 1000:.1f})")
    print(f"sunshine-desk logged in, start page shown: median {statistics.median(work) * 1000:.1f} ms "
          "(informational: includes the argon2 password check)")
    print(f"ratio {ratio:.2f}x (target <= {TARGET_RATIO}x): {'OK' if ratio <= TARGET_RATIO else 'OVER'}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
