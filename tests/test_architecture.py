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


# The only UI modules the core may reach, each lazily inside one command: the CLI's default
# command starts the window; `export -o FILE.pdf` draws the PDF with Qt's printing (the same
# renderer as File > Print, so the PDF and the printout agree).
ALLOWED_UI_IMPORTS = {
    "cli.py": {"statusapp.ui.launch"},
    "cli_commands.py": {"statusapp.ui.printing"},
}


def test_the_core_never_imports_the_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        ui = {name for name in _imports(path) if name.startswith("statusapp.ui")}
        if ui - ALLOWED_UI_IMPORTS.get(str(relative), set()):
            offenders.append(f"{relative}: {sorted(ui)}")
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
