"""Reference city server for the sync protocol (desktop/sync/PROTOCOL.md), with
fault injection. In-process: ``CitySim(...).start()`` returns its URL; as a
process: ``python -m tests.citysim --port P [--dispatch N]``."""

from tests.citysim.server import CitySim
from tests.citysim.state import CityState

__all__ = ["CitySim", "CityState"]
