"""Build the Statusapp bundle with PyInstaller: dist/Statusapp/ (Windows or Linux).

    python packaging/build_bundle.py [--dist DIR] [--work DIR] [--clean]

Needs `pip install ".[build]"` (PyInstaller). Writes the Windows version information from
pyproject.toml (packaging/windows_version.py), runs packaging/statusapp.spec, and prints the
bundle's size and the build time. On Windows, then compile packaging/statusapp.iss with Inno
Setup to get the installer (see the README).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
SPEC = PACKAGING / "statusapp.spec"
BUNDLE_NAME = "Statusapp"


def folder_size(folder: Path) -> int:
    """Bytes on disk; symbolic links (Linux bundles link Qt's libraries) count as nothing."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def build(dist: Path, work: Path, *, clean: bool = False, quiet: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder (dist/Statusapp)."""
    sys.path.insert(0, str(PACKAGING))
    from windows_version import write_version_file

    write_version_file(work / "version_info.txt")
    command = [
        sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm",
        "--distpath", str(dist), "--workpath", str(work),
        "--log-level", "WARN" if quiet else "INFO",
    ]  # fmt: skip
    if clean:
        command.append("--clean")
    environment = dict(os.environ)
    # Build from this checkout's sources, whatever statusapp is installed.
    environment["PYTHONPATH"] = os.pathsep.join(
        filter(None, [str(REPO / "src"), environment.get("PYTHONPATH")])
    )
    subprocess.run(command, check=True, cwd=REPO, env=environment)
    return dist / BUNDLE_NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Statusapp bundle with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="default: dist/")
    parser.add_argument(
        "--work", type=Path, default=REPO / "build" / "pyinstaller", help="PyInstaller's cache"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    bundle = build(args.dist.resolve(), args.work.resolve(), clean=args.clean)
    seconds = time.perf_counter() - started
    files = sum(1 for path in bundle.rglob("*") if path.is_file() and not path.is_symlink())
    print(f"built {bundle} in {seconds:.0f} s: {folder_size(bundle) / 1e6:.0f} MB in {files} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
