"""Peak memory of a benchmark's child process."""

from __future__ import annotations


def peak_mb() -> float:
    """This process's peak resident size (VmHWM). Not ru_maxrss: on Linux that
    carries the parent's size over fork and exec, so a child process would
    report its parent's memory whenever the parent is the bigger one."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1e3  # kB
    raise RuntimeError("no VmHWM in /proc/self/status")
