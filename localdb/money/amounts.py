"""Exact money: Decimal yuan at the edges, integer fen (分) in the store."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from localdb.errors import ValidationError

CENT = Decimal("0.01")
#: Far above any community's figures, far below BIGINT's range.
MAX_FEN = 10**14


def to_fen(value: Decimal | int | str, field: str = "金额") -> int:
    """Yuan to fen; refuses text that is no number and more than two decimals.

    ``"12.30"`` and ``Decimal("12.300")`` are fine (exact in fen); ``"12.345"`` is
    refused rather than rounded: a disclosed figure is never silently changed.
    Floats are refused too: they are not exact (use ``str(x)`` for a cell value).
    """
    if isinstance(value, bool | float):
        raise TypeError("amounts are Decimal, int or str, never float")
    shown = str(value).strip()
    try:
        amount = value if isinstance(value, Decimal) else Decimal(shown)
    except InvalidOperation as exc:
        raise ValidationError("money_bad_amount", field=field, value=shown) from exc
    if not amount.is_finite():
        raise ValidationError("money_bad_amount", field=field, value=shown)
    if abs(amount) * 100 >= MAX_FEN:  # before quantize, which fails on huge exponents
        raise ValidationError("money_too_large", field=field, value=shown)
    if amount != amount.quantize(CENT):
        raise ValidationError("money_too_many_decimals", field=field, value=shown)
    return int(amount * 100)


def to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT)


def shown(fen: int) -> str:
    """"12,345.60" — how a figure reads in a message or a printed table."""
    return f"{to_yuan(fen):,.2f}"
