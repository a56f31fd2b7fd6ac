"""``sunshine-desk sync``: one round (``--once``) or rounds on a schedule, and
saving the project's token in the keyring (``--set-token``)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def add_parser(sub: Any) -> None:
    p = sub.add_parser("sync", help="与市平台同步：推送待发送的操作，拉取派单和督办")
    p.add_argument("--once", action="store_true",
                   help="只同步一轮，打印 JSON 摘要（pushed、pulled、failed、waiting）；有失败时退出码非零")
    p.add_argument("--city-url", metavar="URL", help="市平台地址（默认读取同步设置）")
    p.add_argument("--set-token", action="store_true",
                   help="从标准输入读取市平台令牌，保存到系统密钥环（不写入数据库或设置文件）")


def cmd_sync(args: argparse.Namespace, open_store: Callable[[argparse.Namespace], Any]) -> int:
    from desktop.sync.config import make_client
    from desktop.sync.errors import SyncError
    from desktop.sync.token_store import set_token
    from localdb.sync.settings import check_url, get_sync_settings

    store = open_store(args)
    if args.set_token:
        with store.read() as session:
            url = (args.city_url or get_sync_settings(session).city_url).strip()
        if not url:
            raise SyncError("sync_no_url")
        token = sys.stdin.readline().strip()
        if not token:
            print("没有读到令牌：请把令牌从标准输入传入。", file=sys.stderr)
            return EXIT_USAGE
        set_token(check_url(url), token)
        print(f"已把 {check_url(url)} 的令牌保存到系统密钥环。")
        return EXIT_OK
    client = make_client(store, city_url=args.city_url)
    if args.once:
        summary = client.run_round()
        print(json.dumps(summary.to_json(), ensure_ascii=False))
        return EXIT_OK if summary.ok else EXIT_FAIL
    from desktop.sync.scheduler import SyncScheduler

    with store.read() as session:
        interval = get_sync_settings(session).interval_seconds
    scheduler = SyncScheduler(
        client.run_round, interval=interval,
        on_round=lambda s: print(json.dumps(s.to_json(), ensure_ascii=False), flush=True))
    try:
        scheduler.run()
    except KeyboardInterrupt:
        scheduler.stop()
    return EXIT_OK
