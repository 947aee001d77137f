"""House rules that code review alone would let slip."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "statusapp"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_the_core_imports_no_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        qt = [name for name in _imports(path) if name.split(".")[0] in ("PySide6", "shiboken6")]
        if qt:
            offenders.append(f"{relative}: {qt}")
    assert offenders == []


def test_the_core_never_imports_the_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui"
        and any(name.startswith("statusapp.ui") for name in _imports(path))
        and path.name != "cli.py"  # the CLI's default command starts the window, lazily
    ]
    assert offenders == []


def test_list_loads_neither_qt_nor_alembic_nor_openpyxl(tmp_path: Path) -> None:
    """Start-up cost: heavy modules are imported only when a command needs them."""
    from statusapp.services.setup import initialise_database

    db = tmp_path / "p.db"
    initialise_database(db)
    probe = (
        "import sys\n"
        "from statusapp.cli import main\n"
        f"code = main(['--db', {str(db)!r}, 'list'])\n"
        "heavy = sorted(m for m in ('PySide6', 'alembic', 'openpyxl') if m in sys.modules)\n"
        "print('HEAVY', heavy, code, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert "HEAVY [] 0" in result.stderr, result.stderr
