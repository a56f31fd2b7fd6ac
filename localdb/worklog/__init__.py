"""Work records (作业记录) and registers (清册) as the table bodies of records.

Rows are set on a draft record whose body_kind is work_* / register_*; the
query desk reads them filtered by period and performer, a page at a time.
"""

from localdb.records import body
from localdb.worklog.entries import (
    RegisterEntryInput,
    WorkEntryInput,
    copy_registers,
    copy_work,
    set_register_entries,
    set_work_entries,
)
from localdb.worklog.importer import import_register_excel, import_work_excel
from localdb.worklog.kinds import REGISTER_COLUMNS, REGISTER_KINDS, WORK_COLUMNS, WORK_KINDS
from localdb.worklog.queries import (
    RegisterRow,
    WorkRow,
    performers,
    register_count,
    register_rows,
    work_count,
    work_rows,
)

# A correction of a work record or register starts from the rows it corrects.
body.register_copier("work_", copy_work)
body.register_copier("register_", copy_registers)

__all__ = [
    "REGISTER_COLUMNS",
    "REGISTER_KINDS",
    "WORK_COLUMNS",
    "WORK_KINDS",
    "RegisterEntryInput",
    "RegisterRow",
    "WorkEntryInput",
    "WorkRow",
    "import_register_excel",
    "import_work_excel",
    "performers",
    "register_count",
    "register_rows",
    "set_register_entries",
    "set_work_entries",
    "work_count",
    "work_rows",
]
