"""``sunshine-desk`` command line: the GUI by default, and maintenance commands.

Commands that need no window never import Qt, so they stay fast and work on
a server without display libraries.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from desktop import __version__, paths, print_cli, search_command, sync_cli
from desktop.logs import setup_logging

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="sunshine-desk",
        description="阳光台 Sunshine Desk — 物业服务中心桌面客户端",
    )
    p.add_argument("--version", action="version", version=f"sunshine-desk {__version__}")
    p.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        help="数据库：SQLAlchemy 地址或 SQLite 文件路径（默认读取 SUNSHINE_DB，"
        "否则为用户数据文件夹中的 sunshine.db）",
    )
    p.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言（默认读取设置）")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="启动桌面客户端（默认）")
    _gui_options(gui)
    kiosk = sub.add_parser("kiosk", help="启动查询机（住户自助查询）界面")
    kiosk.add_argument("--screen", type=int, default=None, help="显示在第 N 块屏幕上")
    kiosk.add_argument("--set-pin", action="store_true",
                       help="设置工作人员退出查询机的管理密码（4–8 位数字，从标准输入读取；空行表示清除）")
    demo = sub.add_parser("demo", help="载入演示小区数据")
    demo.add_argument("--scale", choices=("small", "large"), default="small")
    demo.add_argument("--if-empty", action="store_true", help="已有数据时什么也不做")
    check = sub.add_parser("check", help="检查数据库健康状况")
    check.add_argument("--json", action="store_true")
    audit = sub.add_parser("audit", help="审计日志")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="校验审计日志哈希链")
    backup = sub.add_parser("backup", help="备份到一个 SQLite 文件")
    backup.add_argument("--out", required=True, type=Path)
    restore = sub.add_parser("restore", help="从备份文件恢复（覆盖当前数据）")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="不再询问确认")
    shots = sub.add_parser("screenshots", help="用演示数据渲染各主要界面为 PNG（无需显示器）")
    shots.add_argument("--out", required=True, type=Path)
    deadline = sub.add_parser("deadline", help="计算投诉的响应与办结时限（无需数据库）")
    deadline.add_argument("--received", required=True, metavar="ISO8601",
                          help="受理时间，如 2026-09-30T16:20（不带时区按北京时间）")
    deadline.add_argument("--channel", required=True, help="受理渠道：walk_in 来访、phone 来电、"
                          "qr_code 码上办、hotline_12345、city_app 天府市民云")
    deadline.add_argument("--urgency", required=True,
                          help="紧急程度：urgent 紧急、ordinary 一般、complex 复杂")
    deadline.add_argument("--calendar", type=Path, metavar="JSON",
                          help="另加的年度放假安排（与 cn_official.json 的 years 同格式）")
    deadline.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    imports = sub.add_parser("import-complaints", help="从 Excel（.xlsx）或 CSV 文件导入历史投诉")
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument("--valid-rows", action="store_true",
                         help="有错误的行跳过，只导入无误的行（默认：有任何错误就什么也不导入）")
    imports.add_argument("--json", action="store_true", help="输出一个 JSON 对象")
    print_cli.add_parser(sub)
    sync_cli.add_parser(sub)
    search_command.add_parser(sub)
    _gui_options(p)
    return p


def _gui_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--login", metavar="USER", help=argparse.SUPPRESS)
    p.add_argument("--password-stdin", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--exit-when-shown", action="store_true", help=argparse.SUPPRESS)


def db_text(args: argparse.Namespace) -> str:
    return args.db or os.environ.get("SUNSHINE_DB") or str(paths.default_db_path())


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from localdb.migrate import open_store
    from localdb.url import to_url

    store, report = open_store(to_url(db_text(args)))
    if report.backup is not None:
        print(f"已在升级前备份数据库：{report.backup}", file=sys.stderr)
    return store


def cmd_demo(args: argparse.Namespace) -> int:
    from localdb import demo
    from localdb.records.files import FileStore
    from localdb.roles import SYSTEM

    store = _open(args)
    with store.write() as session:
        if demo.has_data(session):
            print("数据库中已有小区数据，未载入演示数据。")
            return EXIT_OK if args.if_empty else EXIT_FAIL
        _, summary = demo.load(session, SYSTEM, args.scale,
                               files=FileStore(paths.attachments_dir(store.url)))
    print(
        f"已载入演示小区：{summary.buildings} 栋、{summary.units} 个单元、"
        f"{summary.rooms} 户、{summary.residents} 位住户、{summary.staff} 位员工、"
        f"{summary.complaints} 件投诉、{summary.records} 条公开记录、{summary.questions} 条质疑"
        "（员工账户没有密码，请管理员在设置中为其设置）。"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from localdb.health import run_checks

    items = run_checks(_open(args))
    healthy = all(i.ok for i in items)
    if args.json:
        print(json.dumps({"healthy": healthy, "checks": [i.__dict__ for i in items]},
                         ensure_ascii=False))
    else:
        for item in items:
            print(f"[{'正常' if item.ok else '异常'}] {item.name}：{item.detail}")
        print("数据库健康。" if healthy else "数据库存在问题。")
    return EXIT_OK if healthy else EXIT_FAIL


def cmd_audit(args: argparse.Namespace) -> int:
    from localdb import audit

    with _open(args).read() as session:
        result = audit.verify(session)
    if result.ok:
        print(f"审计链完好：共 {result.checked} 条。")
        return EXIT_OK
    print(f"审计链损坏：第 {result.bad_seq} 条。{result.reason}", file=sys.stderr)
    return EXIT_FAIL


def cmd_backup(args: argparse.Namespace) -> int:
    from localdb.backup import backup

    out = backup(_open(args), args.out)
    print(f"已备份到 {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from localdb.backup import restore
    from localdb.roles import SYSTEM

    if not args.yes:
        if not sys.stdin.isatty():
            print("恢复会覆盖当前全部数据。请加 --yes 确认。", file=sys.stderr)
            return EXIT_USAGE
        answer = input(f"恢复会用 {args.file} 覆盖当前全部数据，输入 yes 继续：")
        if answer.strip().lower() != "yes":
            print("已取消。")
            return EXIT_FAIL
    report = restore(_open(args), SYSTEM, args.file)
    print(f"已恢复 {report.rows} 行。")
    if report.safety_copy:
        print(f"恢复前的数据已另存为 {report.safety_copy}")
    return EXIT_OK


def _received(text: str) -> datetime:
    from localdb.errors import ValidationError
    from localdb.workcalendar import MAX_YEAR, MIN_YEAR, SHANGHAI

    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError("bad_datetime", value=text) from None
    if not MIN_YEAR <= value.year <= MAX_YEAR:  # the calendar knows nothing outside
        raise ValidationError("bad_datetime", value=text)
    return value if value.tzinfo else value.replace(tzinfo=SHANGHAI)  # a desk clock is Beijing time


def cmd_deadline(args: argparse.Namespace) -> int:
    """Both clocks of one complaint from the shipped calendar and the default
    policy; it opens no store, so it works anywhere (and explains a due by hand)."""
    from localdb.deadlines import (
        CHANNEL_LABELS,
        URGENCY_LABELS,
        Channel,
        DeadlinePolicy,
        Urgency,
        compute_deadlines,
    )
    from localdb.errors import ValidationError
    from localdb.workcalendar import SHANGHAI, WorkCalendar, load_manager_years

    received = _received(args.received)
    channel = next((c for c in Channel if args.channel in (c.value, CHANNEL_LABELS[c])), None)
    urgency = next((u for u in Urgency if args.urgency in (u.value, URGENCY_LABELS[u])), None)
    if channel is None or urgency is None:
        error = ValidationError("unknown_channel", value=args.channel) if channel is None \
            else ValidationError("unknown_urgency", value=args.urgency)
        options = CHANNEL_LABELS if channel is None else URGENCY_LABELS
        print(error.message, "可选：" + "、".join(f"{k.value}（{v}）" for k, v in options.items()),
              file=sys.stderr)
        return EXIT_USAGE
    try:
        years = load_manager_years(args.calendar.read_text(encoding="utf-8")) if args.calendar else {}
    except (OSError, UnicodeDecodeError) as exc:
        print(f"无法读取放假安排文件 {args.calendar}：{exc}", file=sys.stderr)
        return EXIT_USAGE
    result = compute_deadlines(received, channel, urgency, DeadlinePolicy(), WorkCalendar(years), ())
    resolution = result.resolution.explanation
    if resolution[:1] == result.response.explanation[:1]:
        resolution = resolution[1:]  # the same receipt line opens both clocks
    steps = [*result.response.explanation, *resolution]
    warnings = list(dict.fromkeys(result.response.warnings + result.resolution.warnings))
    local = {name: d.due.astimezone(SHANGHAI) for name, d in
             (("response_due", result.response), ("resolution_due", result.resolution))}
    if args.json:
        print(json.dumps({
            "received": received.astimezone(SHANGHAI).isoformat(timespec="seconds"),
            "channel": channel.value, "urgency": urgency.value,
            **{k: v.isoformat(timespec="seconds") for k, v in local.items()},
            "explanation": steps, "warnings": warnings,
        }, ensure_ascii=False))
        return EXIT_OK
    print(f"响应截止：{local['response_due']:%Y-%m-%d %H:%M}")
    print(f"办结截止：{local['resolution_due']:%Y-%m-%d %H:%M}")
    print("计算过程：", *(f"  {s}" for s in steps), sep="\n")
    for warning in warnings:
        print(f"注意：{warning}")
    return EXIT_OK


def cmd_import_complaints(args: argparse.Namespace) -> int:
    """Check the whole file first and print every problem by row; write only when
    nothing is wrong, or with --valid-rows the rows that are right."""
    from localdb.complaints import importer
    from localdb.errors import ValidationError
    from localdb.roles import SYSTEM

    try:
        sheet = importer.read(args.file)
    except ValidationError as exc:  # missing, not a spreadsheet, no header
        print(exc.message, file=sys.stderr)
        return EXIT_USAGE
    store = _open(args)
    with store.read() as session:
        parsed = importer.check(session, sheet)
    refused = bool(parsed.errors) and not args.valid_rows
    report = None
    if not refused:
        with store.write() as session:
            report = importer.import_rows(session, SYSTEM, parsed, valid_only=args.valid_rows)
    imported = report.imported if report else 0
    skipped = report.skipped if report else len(parsed.present)
    if args.json:
        print(json.dumps({
            "file": parsed.name, "sha256": parsed.sha256, "rows": parsed.total,
            "imported": imported, "skipped": skipped, "error_rows": parsed.error_rows,
            "refused": refused, "numbers": list(report.numbers) if report else [],
            "errors": [{"row": e.row_number, "column": e.column, "code": e.code, "message": e.message}
                       for e in parsed.errors],
            "present": [{"row": p.row_number, "number": p.number} for p in parsed.present],
        }, ensure_ascii=False))
    else:
        lines = [(e.row_number, e.text()) for e in parsed.errors]
        lines += [(p.row_number, p.text()) for p in parsed.present]
        for _, line in sorted(lines, key=lambda item: item[0]):
            print(line)
        print(f"共 {parsed.total} 行：导入 {imported} 行，此前已导入而跳过 {skipped} 行，"
              f"有错误 {parsed.error_rows} 行。")
    if refused:
        print(ValidationError("import_has_errors", count=parsed.error_rows).message, file=sys.stderr)
        return EXIT_FAIL
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    return search_command.run(args, _open(args))
def cmd_kiosk(args: argparse.Namespace) -> int:
    if not args.set_pin:
        return _ui_command("run_kiosk")(args)
    from localdb.errors import ValidationError
    from localdb.kiosk import settings
    from localdb.roles import SYSTEM

    if sys.stdin.isatty():
        from getpass import getpass

        pin = getpass("新的管理密码（4–8 位数字，留空清除）：").strip()
    else:
        pin = sys.stdin.readline().strip()
    try:
        with _open(args).write() as session:
            settings.set_pin(session, SYSTEM, pin or None)
    except ValidationError as exc:
        print(exc.message, file=sys.stderr)
        return EXIT_USAGE
    print("已设置查询机管理密码。" if pin else "已清除查询机管理密码。")
    return EXIT_OK


def _ui_command(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        import desktop.ui.entry as entry  # Qt is loaded only for window commands

        result: int = getattr(entry, name)(args, db_text(args))
        return result

    return run


WINDOW_COMMANDS = ("gui", "kiosk", "screenshots")
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _ui_command("run_gui"),
    "kiosk": cmd_kiosk,
    "screenshots": _ui_command("run_screenshots"),
    "demo": cmd_demo,
    "check": cmd_check,
    "audit": cmd_audit,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "deadline": cmd_deadline,
    "import-complaints": cmd_import_complaints,
    "print": lambda args: print_cli.cmd_print(args, _open),
    "sync": lambda args: sync_cli.cmd_sync(args, _open),
    "search": cmd_search,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    command = args.command or "gui"
    if command not in WINDOW_COMMANDS or getattr(args, "set_pin", False):
        setup_logging()  # window commands set it up once the window is on screen
    from localdb.errors import StoreError

    try:
        return COMMANDS[command](args)
    except StoreError as exc:
        log.warning("%s failed: %s", command, exc.message)
        print(exc.message, file=sys.stderr)
        return EXIT_USAGE
