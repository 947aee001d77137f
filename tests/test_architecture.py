"""House rules that code review alone would let slip."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "statusapp"


def _imports(path: Path) -> set[str]:
    """Every module a file imports, wherever the statement stands (in a function, under
    TYPE_CHECKING): relative imports resolved, `from a import b` counted as a and a.b."""
    package = ["statusapp", *path.relative_to(PACKAGE).parent.parts]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def _reaching(folders: list[str], forbidden: tuple[str, ...]) -> list[str]:
    """Files under `folders` (a folder or a file, relative to the package) importing anything
    from the `forbidden` packages."""
    offenders = []
    for folder in folders:
        place = PACKAGE / folder
        for path in [place] if place.is_file() else sorted(place.rglob("*.py")):
            hits = sorted(
                name
                for name in _imports(path)
                if any(
                    name == f"statusapp.{f}" or name.startswith(f"statusapp.{f}.")
                    for f in forbidden
                )
            )
            if hits:
                offenders.append(f"{path.relative_to(PACKAGE)}: {hits}")
    return offenders


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


# The only UI module the core may reach, lazily inside one command: the CLI's default command
# starts the window. (The PDF is typeset in the core; the window prints its pages.)
ALLOWED_UI_IMPORTS = {
    "cli.py": {"statusapp.ui.launch"},
}


def test_the_core_never_imports_the_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        allowed = ALLOWED_UI_IMPORTS.get(str(relative), set())
        ui = {name for name in _imports(path) if name.startswith("statusapp.ui")}
        if {name for name in ui if name not in allowed and name.rpartition(".")[0] not in allowed}:
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


FRONT_ENDS = ["ui", "cli.py", "cli_commands.py"]
BELOW_THE_SERVICES = ("storage", "excel", "documents", "report_reader")


def test_the_window_and_the_command_line_go_through_the_services() -> None:
    """One door: the front ends call services and use the domain and the report's vocabulary;
    two front ends composing storage, workbooks or documents themselves drift apart."""
    assert _reaching(FRONT_ENDS, BELOW_THE_SERVICES) == []


def test_the_format_writers_stand_below_the_services() -> None:
    """excel/ and documents/ write what they are given; the report's vocabulary (report/) is
    below them and reaches no database, no format and no front end."""
    assert _reaching(["excel", "documents"], ("services", "ui")) == []
    assert _reaching(["report"], ("services", "ui", "storage", *BELOW_THE_SERVICES)) == []


def _runtime_imports(path: Path) -> set[str]:
    """The statusapp modules a file imports when it runs: type-checking imports left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {
        id(child)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
        for statement in node.body
        for child in ast.walk(statement)
    }
    names: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in names if name.startswith("statusapp.")}


def test_the_window_modules_import_no_loop() -> None:
    """A loop (main_window -> ... -> application -> main_window) means a satellite module
    reaches back into the whole window instead of receiving the narrow things it uses."""
    modules = {
        "statusapp." + ".".join(path.relative_to(PACKAGE).with_suffix("").parts): path
        for path in (PACKAGE / "ui").rglob("*.py")
    }
    graph = {
        name: sorted(target for target in _runtime_imports(path) if target in modules)
        for name, path in modules.items()
    }
    loops: list[list[str]] = []

    def visit(name: str, trail: list[str]) -> None:
        for target in graph[name]:
            if target in trail:
                loops.append([*trail[trail.index(target) :], target])
            elif target not in done:
                visit(target, [*trail, target])
        done.add(name)

    done: set[str] = set()
    for name in sorted(graph):
        if name not in done:
            visit(name, [name])
    assert loops == []


def test_the_window_folder_shows_what_each_file_is() -> None:
    """Models show data and know no widgets of ours; only the start-up builds the main window,
    and the parts receive what window_parts names of it (not even for type checking)."""
    assert _reaching(["ui/models"], ("ui.views", "ui.controllers", "ui.main_window")) == []
    reaching_window = [
        str(path.relative_to(PACKAGE))
        for path in (PACKAGE / "ui").rglob("*.py")
        if "statusapp.ui.main_window" in _imports(path)
    ]
    assert sorted(reaching_window) == ["ui/application.py"]
    loose = {p.name for p in (PACKAGE / "ui").glob("*.py")}
    assert loose == {
        "__init__.py", "app_icon.py", "application.py", "i18n.py",
        "launch.py", "main_window.py", "settings.py", "window_parts.py",
    }  # fmt: skip
