"""Capped exponential backoff with jitter, for rounds and single operations."""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass
class Backoff:
    base: float = 2.0  # seconds before the first retry
    cap: float = 300.0  # never longer than this
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, failures: int, *, at_least: float = 0.0) -> float:
        """Seconds to wait after ``failures`` failures in a row (1 = the first):
        base·2^(n−1), capped, then jittered into its upper half so clients that
        failed together do not come back together."""
        if failures <= 0:
            return max(0.0, at_least)
        ceiling: float = min(self.cap, self.base * 2.0 ** min(failures - 1, 30))
        return max(ceiling * self.rng.uniform(0.5, 1.0), at_least)
