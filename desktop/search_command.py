"""``sunshine-desk search QUERY``: the query desk's full-text search from the
command line (the same localdb.search.search the screen uses)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
SOURCE_LABELS = {"title": "标题", "summary": "摘要", "body": "正文", "table": "表格", "attachment": "附件"}


def add_parser(sub: Any) -> None:
    """Register the command on the CLI's subparsers."""
    p: argparse.ArgumentParser = sub.add_parser(
        "search", help="全文搜索查询台记录（标题、摘要、正文、表格和 PDF 附件文字）")
    p.add_argument("query", nargs="+", metavar="QUERY",
                   help="要找的文字；空格分开的几个词须都出现在同一份记录中")
    p.add_argument("--category", metavar="C",
                   help="只在这个分类中找：分类代码或名称，如 contracts 或 合同协议")
    p.add_argument("--all", action="store_true",
                   help="也找草稿、待审核和已撤回的记录（默认只找已公开和已被更正的）")
    p.add_argument("--limit", type=int, default=50, help="最多列出几条（默认 50）")
    p.add_argument("--json", action="store_true", help="输出一个 JSON 对象")


def run(args: argparse.Namespace, store: Any) -> int:
    from sqlalchemy import select

    from localdb.models import RecordCategory
    from localdb.records.states import label
    from localdb.search import search

    query = " ".join(args.query)
    with store.read() as session:
        code = None
        if args.category is not None:
            categories = session.execute(select(RecordCategory.code, RecordCategory.name)
                                         .order_by(RecordCategory.sort_key)).all()
            code = next((c for c, n in categories if args.category in (c, n)), None)
            if code is None:
                known = "、".join(f"{c}（{n}）" for c, n in categories)
                print(f"没有这个分类：{args.category}。可选：{known}", file=sys.stderr)
                return EXIT_USAGE
        hits = search(session, query, category_code=code, public_only=not args.all, limit=args.limit)
    if args.json:
        print(json.dumps({"query": query, "category": code, "public_only": not args.all,
                          "hits": [asdict(h) for h in hits]}, ensure_ascii=False))
        return EXIT_OK
    for hit in hits:
        print(f"[{hit.category_name}] {hit.title}（{label(hit.state)}，记录 {hit.record_id}）")
        print(f"    {SOURCE_LABELS[hit.source]}：{hit.snippet}")
    print(f"找到 {len(hits)} 条记录。" if hits else "没有找到记录。")
    return EXIT_OK
