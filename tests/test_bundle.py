"""The frozen program: build the PyInstaller bundle from packaging/statusapp.spec and run it.

Proves the spec collects what the app reads at run time: the built-in data set (`list`),
the Alembic migrations (the first start creates the database), the translations and icons
(the window, offscreen, reports its Dutch menus and a rendered SVG badge). Run on its own
with `python3 -m pytest -m bundle`; it builds once per session (about half a minute here).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from statusapp import __version__

REPO = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.bundle, pytest.mark.slow]
EXE = ".exe" if sys.platform == "win32" else ""


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "packaging"))
    try:
        from build_bundle import build, folder_size
    finally:
        sys.path.remove(str(REPO / "packaging"))
    folder = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    built = build(folder / "dist", folder / "work", quiet=True)
    print(
        f"\nbundle built in {time.perf_counter() - started:.0f} s: "
        f"{folder_size(built) / 1e6:.0f} MB"
    )
    return built


def _run(
    program: Path, *args: str, data_dir: Path | None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    environment.pop("STATUSAPP_DATA_DIR", None)
    if data_dir is not None:
        environment["STATUSAPP_DATA_DIR"] = str(data_dir)
    environment["PYTHONIOENCODING"] = "utf-8"
    environment.update(env or {})
    return subprocess.run(
        [str(program), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=program.parent,
        timeout=120,
    )


def test_the_bundle_holds_the_runtime_files_and_no_unused_qt(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (bundle / f"Statusapp{EXE}").is_file() and (bundle / f"statusapp-cli{EXE}").is_file()
    assert (internal / "data" / "heemstede-2022-2026.json").is_file()
    assert {p.name for p in (internal / "resources" / "translations").iterdir()} == {
        "statusapp_en.qm",
        "statusapp_nl.qm",
        "core",  # the core's gettext catalog, compiled alone
    }
    core = internal / "resources" / "translations" / "core" / "nl" / "LC_MESSAGES"
    assert [p.name for p in core.iterdir()] == ["statusapp.mo"]
    assert (internal / "resources" / "icons" / "status-done.svg").is_file()
    versions = internal / "statusapp" / "storage" / "alembic" / "versions"
    assert sorted(p.name for p in versions.glob("*.py"))[0] == "0001_baseline.py"
    names = [p.name for p in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Multimedia", "Qt6Pdf"):
        assert not [n for n in names if unused in n], unused
    for kept in ("QtCharts", "QtPrintSupport", "QtSvg"):
        assert [n for n in names if n.startswith(kept)], kept


def test_the_frozen_commands_work_on_the_builtin_data_set(
    bundle: Path, tmp_path: Path, run_statusapp
) -> None:
    cli = bundle / f"statusapp-cli{EXE}"
    version = _run(cli, "--version", data_dir=tmp_path)
    assert version.returncode == 0 and version.stdout.strip() == f"statusapp {__version__}"

    data_dir = tmp_path / "data"
    listing = _run(cli, "list", "--json", data_dir=data_dir)
    assert listing.returncode == 0, listing.stderr
    assert (data_dir / "statusapp.db").is_file()  # created through the Alembic migrations
    unfrozen = run_statusapp("list", "--json", env={"STATUSAPP_DATA_DIR": str(tmp_path / "u")})
    frozen, source = json.loads(listing.stdout), json.loads(unfrozen.stdout)
    for tree in (frozen, source):  # ids of rounds and updates are made per database
        tree.pop("round")
    assert frozen["programme"] == source["programme"]
    assert json.dumps(frozen["pillars"], sort_keys=True) == json.dumps(
        source["pillars"], sort_keys=True
    )

    rounds = _run(cli, "--lang", "nl", "round", "list", data_dir=data_dir)
    assert rounds.returncode == 0, rounds.stderr
    assert rounds.stdout.strip().endswith("(peildatum 1 april 2024, open)")  # the core's Dutch

    workbook = tmp_path / "uitvoeringsprogramma ë.xlsx"
    export = _run(cli, "export", "-o", str(workbook), data_dir=data_dir)
    assert export.returncode == 0, export.stderr
    from openpyxl import load_workbook

    sheets = load_workbook(workbook, read_only=True).sheetnames
    assert sheets[0] == "1 Veilig wonen, werken en leven" and "Legenda" in sheets
    # Word (python-docx's template parts) and PDF (Typst, its template and fonts) from the bundle:
    for document in ("rapport ë.docx", "rapport ë.pdf"):
        written = _run(cli, "export", "-o", str(tmp_path / document), data_dir=data_dir)
        assert written.returncode == 0, written.stderr
        assert "111 programme actions, 15 additional actions" in written.stdout

    server = _run(cli, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "list", data_dir=None)
    assert (
        server.returncode == 1
        and "the database server at 127.0.0.1:1 cannot be reached" in server.stderr
    )  # driver in


def test_the_frozen_window_opens_in_dutch_with_its_icons(bundle: Path, tmp_path: Path) -> None:
    database = tmp_path / "Mijn documenten" / "heemstede.db"
    database.parent.mkdir()
    init = _run(bundle / f"statusapp-cli{EXE}", "--db", str(database), "init", data_dir=tmp_path)
    assert init.returncode == 0, init.stderr
    report = tmp_path / "window.json"
    window = _run(
        bundle / f"Statusapp{EXE}",
        "--db", str(database), "--lang", "nl",
        data_dir=tmp_path,
        env={"STATUSAPP_SELF_TEST": str(report), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["title"].startswith("Uitvoeringsprogramma 2022-2026")
    assert shown["actions"] == 126 and shown["database"] == str(database)
    assert shown["menus"][:2] == ["&Bestand", "Be&werken"]  # our translation
    assert shown["qt_cancel"] == "Annuleren"  # Qt's own
    assert shown["status_badge_colour"] == "#00b050"  # SVG icon rendered
    assert shown["window_icon"] and shown["dialogs"] == []
    assert all(shown["qt_modules"].values()), shown["qt_modules"]  # charts, printing kept
    assert shown["spelling"] == "gemeenteraax"  # the dictionaries and enchant came along


def test_the_frozen_first_start_welcomes(bundle: Path, tmp_path: Path) -> None:
    report = tmp_path / "window.json"
    window = _run(
        bundle / f"Statusapp{EXE}",
        "--lang", "nl",
        data_dir=tmp_path / "new machine",
        env={"STATUSAPP_SELF_TEST": str(report), "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert window.returncode == 0, window.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["dialogs"] == ["Welkom bij Statusapp"]
    assert shown["actions"] == 126  # the built-in programme, open behind the welcome
    assert (tmp_path / "new machine" / "statusapp.db").exists()


def test_a_portable_marker_keeps_the_database_beside_the_program(bundle: Path) -> None:
    marker = bundle / "portable"
    marker.write_text("")
    try:
        result = _run(bundle / f"statusapp-cli{EXE}", "list", data_dir=None)
        assert result.returncode == 0, result.stderr
        assert (bundle / "Statusapp data" / "statusapp.db").is_file()
    finally:
        marker.unlink()
