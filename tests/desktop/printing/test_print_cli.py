"""``sunshine-desk print``: every kind by name, a clear refusal for bad arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.printing.kinds import KINDS
from localdb.engine import Store
from tests.conftest import CliRunner
from tests.desktop.printing.conftest import Planted, page_count, pdftotext


def test_list_names_every_kind_in_chinese_and_english(run_cli: CliRunner) -> None:
    result = run_cli("print", "--list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(KINDS)
    for kind, line in zip(KINDS, lines, strict=True):
        assert line.startswith(kind.name) and kind.zh in line and kind.en in line


@pytest.mark.parametrize(("args", "message"), [
    ((), "请指定打印种类"),
    (("poster-of-nothing", "--out", "x.pdf"), "没有打印种类“poster-of-nothing”"),
    (("complaint-ledger", "--out", "x.pdf"), "需要统计期间"),
    (("review", "--from", "2026-10-01", "--to", "2026-09-01", "--out", "x.pdf"), "--to 不能早于 --from"),
    (("review", "--from", "2026/10/01", "--to", "2026-10-31", "--out", "x.pdf"), "无法识别的日期"),
    (("qr-sign",), "--out"),
    (("work-ledger", "--from", "2026-10-01", "--to", "2026-10-31", "--out", "x.pdf", "--work-kind", "mop"),
     "没有作业类别“mop”"),
    (("qr-sign", "--out", "/no/such/folder/x.pdf"), "不存在"),
])
def test_bad_arguments_are_refused_before_opening_the_store(run_cli: CliRunner, tmp_path: Path,
                                                            args: tuple[str, ...], message: str) -> None:
    db = tmp_path / "never.db"
    result = run_cli("--db", str(db), "print", *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not db.exists()


@pytest.mark.slow
def test_prints_a_public_ledger_to_a_file(run_cli: CliRunner, print_store: tuple[Store, Planted],
                                          tmp_path: Path) -> None:
    store, planted = print_store
    out = tmp_path / "台账.pdf"
    result = run_cli("--db", str(store.url.database), "print", "complaint-ledger", "--from", "2026-10-01",
                     "--to", "2026-10-31", "--out", str(out), "--public", timeout=180)
    assert result.returncode == 0, result.stderr
    pages = page_count(out)
    assert f"共 {pages} 页" in result.stdout and str(out) in result.stdout
    text = pdftotext(out)
    assert "投诉处理台账" in text and "公开版" in text and planted.names[0] not in text
