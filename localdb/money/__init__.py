"""Money tables (晒收支): common-part income, commission-model fund, lump-sum costs.

Lines are set on a draft record whose body_kind is money_*; totals and
balances are computed from them, never typed (see ``rules`` and ``table``).
"""

from localdb.money.export import export_excel
from localdb.money.importer import ImportReport, import_excel
from localdb.money.lines import MoneyLineInput, check_table, copy_lines, set_lines
from localdb.money.rules import DIRECTION_LABELS, MODELS, ModelSpec, is_money
from localdb.money.table import MoneyRow, MoneyTable, Total, accounts, money_table
from localdb.records import body

# A correction of a money table starts from the lines of the version it corrects.
body.register_copier("money_", copy_lines)

__all__ = [
    "DIRECTION_LABELS",
    "MODELS",
    "ImportReport",
    "ModelSpec",
    "MoneyLineInput",
    "MoneyRow",
    "MoneyTable",
    "Total",
    "accounts",
    "check_table",
    "copy_lines",
    "export_excel",
    "import_excel",
    "is_money",
    "money_table",
    "set_lines",
]
