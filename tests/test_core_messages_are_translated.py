"""No refusal the core raises, and no line the command line prints, is left out of the catalog:
a literal text in `raise SomeError(...)` or `print(...)` must go through _() or ngettext()."""

from __future__ import annotations

import ast
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[1] / "src" / "statusapp"


def _is_literal_text(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.BinOp):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_literal_text(node.func.value)
    return False


def _untranslated(path: Path, root: Path = SOURCES.parent) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            arguments = node.exc.args[:1]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "print"
        ):
            arguments = node.args
        else:
            continue
        line = lines[node.lineno - 1]
        if "# internal" in line:  # for programmers only, never shown to a user
            continue
        if any(_is_literal_text(argument) for argument in arguments):
            found.append(f"{path.relative_to(root)}:{node.lineno}: {line.strip()}")
    return found


def test_every_core_message_goes_through_the_catalog() -> None:
    core_files = [p for p in SOURCES.rglob("*.py") if "ui" not in p.relative_to(SOURCES).parts]
    assert len(core_files) > 40
    untranslated = [entry for path in sorted(core_files) for entry in _untranslated(path)]
    assert untranslated == []


def test_the_check_sees_an_untranslated_refusal(tmp_path: Path) -> None:
    path = tmp_path / "sample.py"
    path.write_text(
        'def f(x):\n    raise ValueError(f"{x} is no date")\n\n'
        'def g():\n    print("done")\n    print(_("done"))\n'
        '    raise ValueError("for programmers")  # internal\n',
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in _untranslated(path, tmp_path)] == [
        'raise ValueError(f"{x} is no date")',
        'print("done")',
    ]
