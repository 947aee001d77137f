"""Start-up time of the frozen program beside the unfrozen one (median of a few runs).

    python packaging/measure_start.py [dist/Statusapp] [--runs 5]

Measures the time to `--version` and the time from starting the window until it paints and
until the built-in programme is open in it (offscreen, from the self-test report). The
database is a fresh copy of the built-in programme in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


def _environment(data_dir: Path, **extra: str) -> dict[str, str]:
    environment = dict(os.environ, STATUSAPP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")
    environment["PYTHONPATH"] = str(REPO / "src")
    environment.update(extra)
    return environment


def time_version(command: list[str], data_dir: Path) -> float:
    started = time.time()
    subprocess.run([*command, "--version"], check=True, capture_output=True,
                   env=_environment(data_dir))  # fmt: skip
    return time.time() - started


def time_window(command: list[str], data_dir: Path, database: Path) -> tuple[float, float]:
    report = data_dir / "report.json"
    started = time.time()
    subprocess.run(
        [*command, "--db", str(database)],
        check=True,
        capture_output=True,
        env=_environment(data_dir, STATUSAPP_SELF_TEST=str(report)),
    )
    facts = json.loads(report.read_text(encoding="utf-8"))
    return facts["first_paint_time"] - started, facts["opened_time"] - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=REPO / "dist" / "Statusapp")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    programs = {
        "unfrozen": ([sys.executable, "-m", "statusapp"], [sys.executable, "-m", "statusapp"]),
        "frozen": ([str(args.bundle / f"statusapp-cli{EXE}")],
                   [str(args.bundle / f"Statusapp{EXE}")]),
    }  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        database = data_dir / "heemstede.db"
        subprocess.run([sys.executable, "-m", "statusapp", "--db", str(database), "init"],
                       check=True, capture_output=True, env=_environment(data_dir))  # fmt: skip
        for name, (cli, window) in programs.items():
            time_version(cli, data_dir)  # warm the file cache once
            versions = [time_version(cli, data_dir) for _ in range(args.runs)]
            windows = [time_window(window, data_dir, database) for _ in range(args.runs)]
            print(
                f"{name:9} --version {statistics.median(versions):.2f} s; window painted "
                f"{statistics.median(w[0] for w in windows):.2f} s, programme open "
                f"{statistics.median(w[1] for w in windows):.2f} s (median of {args.runs})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
