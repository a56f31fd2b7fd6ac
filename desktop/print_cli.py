"""``sunshine-desk print``: any print as a PDF file, so printing can be scheduled.

    sunshine-desk print KIND --from DATE --to DATE --out FILE.pdf [--public]
    sunshine-desk print --list
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.printing.kinds import BY_NAME, KINDS, Kind, KindOption, PrintRequest

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> None:
    p = sub.add_parser("print", help="生成台账、公示海报、码上办公示牌或复盘报告的 PDF（--list 列出种类）")
    p.add_argument("kind", nargs="?", metavar="KIND", help="打印种类，见 --list")
    p.add_argument("--list", action="store_true", help="列出可打印的种类")
    p.add_argument("--from", dest="start", metavar="DATE", help="统计期间起始日期，如 2026-07-01（含）")
    p.add_argument("--to", dest="end", metavar="DATE", help="统计期间结束日期，如 2026-09-30（含）")
    p.add_argument("--out", metavar="FILE.pdf", help="输出的 PDF 文件")
    p.add_argument("--public", action="store_true", help="公开版：隐去姓名、电话等个人信息，可张贴公示")
    p.add_argument("--column", help="公开栏栏目代码（notice-poster），如 income_expense")
    p.add_argument("--work-kind", help="作业类别（work-ledger），如 cleaning；不给则全部类别")
    p.add_argument("--register-kind", help="清册类别（register-ledger），如 equipment；不给则全部")


def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _Usage(f"无法识别的日期“{text}”（{option}），请写作 2026-07-01。") from None


class _Usage(Exception):
    pass


def cmd_print(args: argparse.Namespace, open_store: Callable[[argparse.Namespace], Any]) -> int:
    if args.list:
        width = max(len(k.name) for k in KINDS)
        for kind in KINDS:
            period = "（需 --from 和 --to）" if kind.period else ""
            options = "".join(f" [{o.flag}]" for o in kind.options)
            print(f"{kind.name.ljust(width)}  {kind.zh} / {kind.en}{period}{options}")
        return EXIT_OK
    try:
        kind, request, out = _request(args)
    except _Usage as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    from desktop.printing.control import PrintRefused
    from desktop.printing.kinds import run

    store = open_store(args)
    try:
        pages = run(store, kind, request, out)
    except PrintRefused as exc:
        print(exc, file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        print(f"无法写入 {out}：{exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAIL
    print(f"已生成“{kind.zh}”：{out}（共 {pages} 页）")
    return EXIT_OK


def _request(args: argparse.Namespace) -> tuple[Kind, PrintRequest, Path]:
    if not args.kind:
        raise _Usage("请指定打印种类（sunshine-desk print --list 列出全部种类）。")
    kind = BY_NAME.get(args.kind)
    if kind is None:
        raise _Usage(f"没有打印种类“{args.kind}”。可选：" + "、".join(k.name for k in KINDS))
    if not args.out:
        raise _Usage("请用 --out 指定输出的 PDF 文件。")
    start, end = _date(args.start, "--from"), _date(args.end, "--to")
    if kind.period and (start is None or end is None):
        raise _Usage(f"“{kind.zh}”需要统计期间：请给出 --from 和 --to。")
    if start and end and end < start:
        raise _Usage("--to 不能早于 --from。")
    out = Path(args.out)
    if not out.parent.is_dir():
        raise _Usage(f"文件夹“{out.parent}”不存在。")
    options = tuple((o.key, _option(args, o)) for o in kind.options if getattr(args, o.key, None))
    return kind, PrintRequest(start, end, args.public, options=options), out


def _option(args: argparse.Namespace, option: KindOption) -> str:
    value = str(getattr(args, option.key)).strip()
    if option.choices and value not in dict(option.choices):
        raise _Usage(f"{option.flag}：没有{option.zh}“{value}”。可选："
                     + "、".join(f"{v}（{label}）" for v, label in option.choices))
    return value
