"""Ledgers, posters, the 码上办 sign and the review, as PDF (reportlab; no Qt).

Every kind shares one house style (``house``) and embeds a subset of the
shipped CJK font, so a file reads the same on any PC. Builders stream their
rows, report progress and stop when asked (``control``); ``kinds`` lists what
can be printed, for the command line and the app.
"""
