"""Money tables (晒收支): accounts and lines. Amounts are integer fen (分) so
every backend keeps them exact; services speak Decimal yuan."""

from __future__ import annotations

from datetime import date

from sqlalchemy import BigInteger, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from localdb.models.base import Base


class MoneyAccount(Base):
    """An account of one money model; import refuses unknown ones."""

    __tablename__ = "money_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    # common_income (共有部分经营收益) | commission (酬金制) | lump_sum (包干制)
    model: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(60))
    # income | cost | fee | distribution | expense
    direction: Mapped[str] = mapped_column(String(16))
    expense_class: Mapped[str] = mapped_column(String(40), default="")  # lump-sum classes
    sort_key: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)

    __table_args__ = (
        UniqueConstraint("model", "code", name="uq_money_account_model_code"),
        UniqueConstraint("model", "name", name="uq_money_account_model_name"),
    )


class MoneyLine(Base):
    """One line of a money table; the table is a record's body."""

    __tablename__ = "money_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("record.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column()
    account_id: Mapped[int] = mapped_column(ForeignKey("money_account.id"))
    occurred_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="")  # e.g. where net income went

    __table_args__ = (UniqueConstraint("record_id", "line_no"),)
