"""查询台: category tiles → record list → one record, with search, an in-app
PDF and image viewer and printing of one record."""
