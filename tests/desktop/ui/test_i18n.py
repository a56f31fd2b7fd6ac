"""Translations: every string translated, the catalogue current, English loads."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.ui import errors
from desktop.ui.i18n import install_translators, save_language, saved_language
from desktop.ui.i18n_tool import STRINGS_FILE, strings_source, ts_file
from localdb.errors import StoreError, ValidationError


def test_generated_string_list_matches_localdb_catalogues() -> None:
    # Fails when a localdb message was added without `python -m desktop.ui.i18n_tool`.
    assert STRINGS_FILE.read_text(encoding="utf-8") == strings_source()


def test_every_message_in_the_english_source_is_translated() -> None:
    tree = ET.parse(ts_file("en"))
    unfinished = [
        m.findtext("source") for m in tree.iter("message")
        if m.find("translation") is None
        or m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_compiled_english_translation_is_current() -> None:
    ts = ts_file("en")
    qm = ts.with_suffix(".qm")
    translator = QTranslator()
    assert translator.load(str(qm))
    # Spot-check a message from every context kind against the .ts source.
    tree = ET.parse(ts)
    for context in tree.iter("context"):
        name = context.findtext("name")
        message = context.find("message")
        assert message is not None
        source, expected = message.findtext("source"), message.findtext("translation")
        assert translator.translate(name, source) == expected, (name, source)


def test_language_choice_is_saved_and_applied(qapp: QApplication, tmp_path: Any) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert saved_language(settings) == "zh_CN"
    save_language(settings, "en")
    assert saved_language(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)) == "en"
    translators = install_translators(qapp, "en")
    try:
        assert QCoreApplication.translate("WorkArea", "工作台") == "Desk"
        err = ValidationError("required", field="小区名称")
        assert errors.message(err) == "Please fill in “Community name”."
        assert "newer Sunshine Desk" in errors.message(StoreError("newer_schema", revision="r9"))
    finally:
        for t in translators:
            qapp.removeTranslator(t)
    assert QCoreApplication.translate("WorkArea", "工作台") == "工作台"


def test_every_localdb_message_has_an_english_translation() -> None:
    from localdb.errors import FIELD_LABELS, MESSAGES

    tree = ET.parse(ts_file("en"))
    translated = {
        (c.findtext("name"), m.findtext("source"))
        for c in tree.iter("context") for m in c.iter("message")
        if (m.findtext("translation") or "").strip()
    }
    missing = [t for t in MESSAGES.values() if ("errors", t) not in translated]
    missing += [f for f in FIELD_LABELS if ("fields", f) not in translated]
    assert missing == []



def _translation_sites() -> tuple[dict[tuple[str, str], str], list[str]]:
    """Every (context, text) pair desktop/ui translates with literal strings —
    ``self.tr`` (context: the class), ``translate``/``QT_TRANSLATE_NOOP``, or a small
    wrapper passing its parameters on — mapped to where it is; and the calls
    whose context lupdate cannot read (a variable, a module-level ``tr``)."""
    import ast
    from pathlib import Path

    ui = Path(errors.__file__).parent

    def name_of(func: ast.expr) -> str:
        return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""

    def literal(node: ast.expr | None) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    sites: dict[tuple[str, str], str] = {}
    unreadable: list[str] = []
    for path in sorted(ui.rglob("*.py")):
        if path.name in ("i18n_tool.py",):
            continue
        where = str(path.relative_to(ui.parent.parent))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: v for n in tree.body if isinstance(n, ast.Assign) and (v := literal(n.value))
                     for t in n.targets if isinstance(t, ast.Name)}
        # wrapper name -> (index of its text parameter, its context: a literal or a parameter index)
        wrappers: dict[str, tuple[int, str | int]] = {}
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            params = [a.arg for a in fn.args.args]
            for call in ast.walk(fn):
                if isinstance(call, ast.Call) and name_of(call.func) == "translate" and len(call.args) >= 2:
                    ctx, text = call.args[0], call.args[1]
                    if isinstance(text, ast.Name) and text.id in params:
                        context: str | int | None = (
                            params.index(ctx.id) if isinstance(ctx, ast.Name) and ctx.id in params
                            else constants.get(ctx.id) if isinstance(ctx, ast.Name) else literal(ctx))
                        if context is not None:
                            wrappers[fn.name] = (params.index(text.id), context)
        classes = [(c, c.name) for c in ast.walk(tree) if isinstance(c, ast.ClassDef)]
        owner = {id(n): name for c, name in classes for n in ast.walk(c)}
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call):
                continue
            name, args = name_of(call.func), call.args
            line = f"{where}:{call.lineno}"
            if name == "tr" and isinstance(call.func, ast.Attribute):
                if (text := literal(args[0] if args else None)) is not None:
                    sites.setdefault((owner.get(id(call), ""), text), line)
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
                ctx, text = literal(args[0]), literal(args[1])
                if text is not None:
                    if ctx is None:
                        unreadable.append(line)
                    else:
                        sites.setdefault((ctx, text), line)
            elif name in wrappers:
                index, context = wrappers[name]
                text = literal(args[index] if len(args) > index else None)
                ctx = literal(args[context]) if isinstance(context, int) and len(args) > context else context
                if text is not None and isinstance(ctx, str):
                    sites.setdefault((ctx, text), line)
            elif name == "tr" and literal(args[0] if args else None) is not None:
                unreadable.append(line)  # a module-level tr(): lupdate gives it no context
    return sites, unreadable


def test_every_translatable_literal_in_the_code_is_in_the_catalogue_under_its_context() -> None:
    # A wrapper or a variable context that lupdate cannot see through leaves the
    # string untranslated in English: translate() looks it up by context and text.
    catalogue = {(c.findtext("name"), m.findtext("source"))
                 for c in ET.parse(ts_file("en")).iter("context") for m in c.iter("message")}
    sites, unreadable = _translation_sites()
    assert len(sites) > 1000  # the scan finds the app's strings
    assert unreadable == []
    missing = {f"{ctx} / {text}": where for (ctx, text), where in sites.items()
               if (ctx, text) not in catalogue}
    assert missing == {}
