"""The resident kiosk (查询机): the only reads it makes, all masked here, and
its one write (a question, rate-limited). No Qt."""
