"""The Sunshine Desk application on top of ``localdb``."""

from localdb import __version__

__all__ = ["__version__"]
