"""Disclosure deadlines (公开时限): which item of the disclosure list is due when."""
