"""The resident kiosk's window (kept at this path for the start-up code;
the kiosk itself lives in desktop/ui/kiosk/)."""

from desktop.ui.kiosk.window import KioskWindow

__all__ = ["KioskWindow"]
