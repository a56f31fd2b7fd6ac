"""The resident kiosk (查询机): full-screen, touch, read-only, locked down."""
