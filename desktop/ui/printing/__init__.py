"""Print preview: build a PDF in the background, show it, print it or save it."""
