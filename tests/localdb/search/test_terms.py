"""Reading a query into terms, and cutting a snippet (no database)."""

from __future__ import annotations

from localdb.search.snippet import snippet
from localdb.search.terms import MAX_TERM_CHARS, MAX_TERMS, Term, fold, matches, parse


def test_terms_split_on_any_space_fold_ascii_and_repeat_once() -> None:
    assert [t.text for t in parse(" 电梯\u3000维保\tGB  gb 电梯\n")] == ["电梯", "维保", "gb"]
    assert [t.text for t in parse("漏\x00水")] == ["漏", "水"]  # control characters split too
    assert parse("") == parse(" \t ") == ()
    assert len(parse(" ".join(f"词{n}" for n in range(20)))) == MAX_TERMS
    assert parse("水" * 300)[0].text == "水" * MAX_TERM_CHARS


def test_only_ascii_letters_fold() -> None:
    assert fold("PDF文件ÄＡ") == "pdf文件ÄＡ"
    assert matches(Term("pdf"), "见 PDF 版") and matches(Term("b2层"), "B2层漏水")
    assert not matches(Term("ａ"), "Ａ") and not matches(Term("ä"), "Ä")


def test_what_each_term_needs_from_the_index() -> None:
    assert (Term("水").short, Term("漏水").short, Term("水泵房").short) == (True, True, False)
    assert (Term("gb").has_ascii_letters, Term("7588").has_ascii_letters) == (True, False)
    assert (Term("gb").cased, Term("7588").cased, Term("ä").cased) == (True, False, True)
    assert (Term("gb").folds_beyond_ascii, Term("ä").folds_beyond_ascii) == (False, True)


def test_snippet_shows_the_first_match_in_a_window() -> None:
    text = "甲" * 100 + "漏水" + "乙" * 100
    cut = snippet(text, parse("漏水"))
    assert cut == "…" + "甲" * 15 + "漏水" + "乙" * 43 + "…"
    assert snippet("地下车库\n\n  清理积水", parse("积水")) == "地下车库 清理积水"
    assert snippet("丙" * 100 + "漏水", parse("漏水")) == "…" + "丙" * 58 + "漏水"
    first = snippet("乙" * 80 + "PDF" + "甲" * 80 + "漏水", parse("漏水 pdf"))  # whichever term comes first
    assert first.startswith("…" + "乙" * 15 + "PDF")
