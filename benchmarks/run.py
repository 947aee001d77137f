"""Statusapp's benchmarks: each figure beside a floor measured in the same run, on the same data.

    python benchmarks/run.py              S, M (5,000 actions) and L (50,000): about 5 minutes
    python benchmarks/run.py --quick      S and M only, L's figures measured on M: about 1 minute
    python benchmarks/run.py --json out.json

Prints a table (figure, floor, ratio, target, pass/fail) and writes the figures as JSON
(default: benchmarks/out/results-<time>.json). Record them in benchmarks/RESULTS.md when an
issue is resolved. Nothing here asserts: the test suite only checks that --quick runs and
reports every figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import generate  # noqa: E402


@dataclass
class Figure:
    name: str
    value: float
    floor: float | None
    unit: str  # "s" or "MB"
    target: str  # e.g. "<= 1.5x", "< 1 s"
    passed: bool | None  # None: reported, no target

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


def _ratio_target(name: str, value: float, floor: float, limit: float, unit: str = "s") -> Figure:
    return Figure(
        name, value, floor, unit, f"<= {limit}x", value / floor <= limit if floor else None
    )


def _absolute_target(
    name: str, value: float, floor: float | None, limit: float, unit: str = "s"
) -> Figure:
    shown = f"< {limit * 1000:.0f} ms" if unit == "s" and limit < 1 else f"< {limit:g} {unit}"
    return Figure(name, value, floor, unit, shown, value < limit)


class Bench:
    def __init__(self, work: Path, quick: bool) -> None:
        self.work = work
        self.quick = quick
        self.figures: list[Figure] = []
        self.env = dict(os.environ)
        self.env.update(
            QT_QPA_PLATFORM="offscreen",
            STATUSAPP_DATA_DIR=str(work / "data"),
            XDG_CONFIG_HOME=str(work / "config"),
        )

    def log(self, text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", file=sys.stderr, flush=True)

    def database(self, size: str) -> Path:
        path = self.work / f"{size}.db"
        if not path.exists():
            self.log(f"generating {size}")
            generate.create_database(path, size)
        return path

    # --- window -------------------------------------------------------------------------

    def _first_paint(self, *args: str, runs: int = 5) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, str(HERE / "probe_window.py"), *args],
                stdout=subprocess.PIPE,
                text=True,
                env=self.env,
            )
            assert process.stdout is not None
            line = process.stdout.readline()
            elapsed = time.perf_counter() - started
            process.wait(timeout=60)
            if line.strip() != "PAINTED":
                raise RuntimeError(f"probe {args} did not paint")
            times.append(elapsed)
        return statistics.median(times)

    def _probe_json(self, *args: str) -> dict:
        result = subprocess.run(
            [sys.executable, str(HERE / "probe_window.py"), *args],
            capture_output=True, text=True, env=self.env, timeout=600,
        )  # fmt: skip
        if result.returncode != 0:
            raise RuntimeError(result.stderr[-2000:])
        return json.loads(result.stdout.strip().splitlines()[-1])

    def window(self, small: str, large: str) -> None:
        self.log("cold start")
        bare = self._first_paint("bare")
        self.figures.append(
            _ratio_target(
                f"cold start to first paint, {small}",
                self._first_paint("app", str(self.database(small))),
                bare,
                1.5,
            )
        )
        start_large = self._first_paint("app", str(self.database(large)))
        self.figures.append(
            Figure(f"cold start to first paint, {large}", start_large, bare, "s", "(report)", None)
        )
        self.log(f"window on {large}")
        measured = self._probe_json("measure", str(self.database(large)))
        rss_bare = self._probe_json("rss-bare")["rss_mb"]
        self.figures += [
            _absolute_target(
                f"tree shown after opening {large}",
                measured["tree_open"],
                measured["floor_tree"],
                1.0,
            ),
            Figure(
                f"filter keystroke {large}, median",
                measured["filter_median"],
                measured["floor_filter"],
                "s",
                "(report)",
                None,
            ),
            _absolute_target(
                f"filter keystroke {large}, p95",
                measured["filter_p95"],
                measured["floor_filter"],
                0.1,
            ),
            Figure(
                f"selection to filled editor {large}, median",
                measured["select_median"],
                measured["floor_select"],
                "s",
                "(report)",
                None,
            ),
            _absolute_target(
                f"selection to filled editor {large}, p95",
                measured["select_p95"],
                measured["floor_select"],
                0.05,
            ),
            _absolute_target(
                f"peak memory with {large} open", measured["rss_mb"], rss_bare, 400, "MB"
            ),
        ]

    # --- workbooks ----------------------------------------------------------------------

    def export(self, size: str) -> Path:
        from statusapp.services.exports import export_programme
        from statusapp.services.programmes import load_programme_tree
        from statusapp.storage.database import open_database

        self.log(f"export {size}")
        database = open_database(self.database(size))
        with database.session() as session:
            tree = load_programme_tree(session)
        target = self.work / f"export {size}.xlsx"
        # A first export loads what both sides need (openpyxl's modules) and gives the floor
        # its values; then both are timed in turns, and the medians compared.
        export_programme(database, target, tree=tree)

        import openpyxl

        # The floor: openpyxl writing the same cell values (every sheet, the hidden ones too),
        # with no styles, merges, heights or print setup.
        source = openpyxl.load_workbook(target, read_only=True)
        sheets = [
            (sheet.title, [list(row) for row in sheet.iter_rows(values_only=True)])
            for sheet in source.worksheets
        ]
        source.close()

        def write_floor() -> None:
            book = openpyxl.Workbook()
            book.remove(book.active)
            for title, rows in sheets:
                sheet = book.create_sheet(title)
                for row in rows:
                    sheet.append(row)
            book.save(self.work / f"plain {size}.xlsx")

        values, floors = [], []
        for _ in range(3 if size != "L" else 1):
            started = time.perf_counter()
            write_floor()
            floors.append(time.perf_counter() - started)
            started = time.perf_counter()
            export_programme(database, target, tree=tree)
            values.append(time.perf_counter() - started)
        database.close()
        self.figures.append(
            _ratio_target(
                f"export {size}", statistics.median(values), statistics.median(floors), 2.0
            )
        )
        return target

    def documents(self, size: str) -> None:
        """The PDF (target 10 s at M) and, beside it as the floor, the Word export of the same
        report. Typst memoises its layout within a process, so only a first PDF is timed: the
        modules are loaded beforehand, as the command line does before it writes."""
        import docx  # noqa: F401
        import typst  # noqa: F401

        from statusapp.services.exports import export_pdf, export_word
        from statusapp.services.publishing import publish_site
        from statusapp.storage.database import open_database

        self.log(f"documents {size}")
        database = open_database(self.database(size))
        started = time.perf_counter()
        export_pdf(database, self.work / f"report {size}.pdf")
        pdf = time.perf_counter() - started
        words = []
        for _ in range(1 if self.quick else 3):
            started = time.perf_counter()
            export_word(database, self.work / f"report {size}.docx")
            words.append(time.perf_counter() - started)
        sites = []
        for _ in range(1 if self.quick else 3):
            started = time.perf_counter()
            publish_site(database, self.work / f"site {size}")
            sites.append(time.perf_counter() - started)
        database.close()
        word = statistics.median(words)
        # The Word export stands in the floor column: the figure beside it the issue asks for.
        self.figures.append(_absolute_target(f"PDF/UA export {size} (floor: Word)", pdf, word, 10))
        self.figures.append(
            _absolute_target(f"website {size} (floor: Word)", statistics.median(sites), word, 10)
        )

    def import_(self, size: str, workbook: Path) -> None:
        import openpyxl

        from statusapp.services.context import edit_context_for
        from statusapp.services.workbook_import import import_workbook
        from statusapp.storage.database import open_database

        self.log(f"import {size}")

        def read_plainly() -> None:  # floor: a plain read of the cells with the same reader
            book = openpyxl.load_workbook(workbook, read_only=True)
            for sheet in book.worksheets:
                for _ in sheet.iter_rows(values_only=True):
                    pass
            book.close()

        database = open_database(self.database(size))
        context = edit_context_for(database, "Benchmark")
        import_workbook(context, workbook, dry_run=True)  # loads the modules both sides use
        values, floors = [], []
        for _ in range(3):  # in turns; the medians are compared
            started = time.perf_counter()
            read_plainly()
            floors.append(time.perf_counter() - started)
            started = time.perf_counter()
            import_workbook(context, workbook, dry_run=True)
            values.append(time.perf_counter() - started)
        database.close()
        self.figures.append(
            _ratio_target(
                f"import of an {size} workbook",
                statistics.median(values),
                statistics.median(floors),
                2.0,
            )
        )

    def consolidation(self, size: str, files: int) -> None:
        import openpyxl

        from statusapp.services.consolidation import consolidate_files
        from statusapp.services.context import edit_context_for
        from statusapp.services.exports import export_programme
        from statusapp.services.programmes import load_programme_tree
        from statusapp.storage.database import open_database

        self.log(f"consolidation of {files} workbooks x {generate.ACTIONS_PER_OWNER} actions")
        central = self.work / "central.db"
        shutil.copy(self.database(size), central)
        database = open_database(central)
        with database.session() as session:
            tree = load_programme_tree(session)
        owners = sorted({a.owner for a in tree.walk_actions() if a.owner})[:files]
        paths = []
        for owner in owners:
            path = self.work / f"returned {owner}.xlsx"
            export_programme(database, path, tree=tree, owner=owner)
            book = openpyxl.load_workbook(path)  # the project leader edits every tenth row
            for sheet in book.worksheets:
                if sheet.sheet_state != "visible" or sheet.title in ("Legenda", "Overzicht"):
                    continue  # only the tables
                for row in range(3, sheet.max_row + 1, 10):
                    if sheet.cell(row=row, column=2).value:
                        sheet.cell(
                            row=row, column=sheet.max_column - 1, value=f"Bijgewerkt door {owner}"
                        )
            book.save(path)
            paths.append(path)

        def read_plainly() -> None:  # floor: just reading those files
            for path in paths:
                book = openpyxl.load_workbook(path, read_only=True)
                for sheet in book.worksheets:
                    for _ in sheet.iter_rows(values_only=True):
                        pass
                book.close()

        database.close()
        values, floors = [], []
        for _ in range(3):  # each on a fresh copy of the central database, in turns
            started = time.perf_counter()
            read_plainly()
            floors.append(time.perf_counter() - started)
            shutil.copy(self.database(size), central)
            database = open_database(central)
            context = edit_context_for(database, "Benchmark")
            started = time.perf_counter()
            report = consolidate_files(context, paths)
            values.append(time.perf_counter() - started)
            database.close()
        value, floor = statistics.median(values), statistics.median(floors)
        self.log(report.summary())
        name = f"consolidation of {len(paths)} workbooks x {generate.ACTIONS_PER_OWNER} actions"
        figure = _ratio_target(name, value, floor, 1.5)
        figure.target = "< 10 s and <= 1.5x"
        figure.passed = value < 10 and value / floor <= 1.5
        self.figures.append(figure)


def table(figures: list[Figure]) -> str:
    def shown(value: float | None, unit: str) -> str:
        if value is None:
            return "—"
        if unit == "MB":
            return f"{value:.0f} MB"
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"

    rows = [("figure", "value", "floor", "ratio", "target", "result")]
    for figure in figures:
        verdict = "—" if figure.passed is None else "pass" if figure.passed else "FAIL"
        ratio = f"{figure.ratio:.2f}x" if figure.ratio else "—"
        rows.append(
            (
                figure.name,
                shown(figure.value, figure.unit),
                shown(figure.floor, figure.unit),
                ratio,
                figure.target,
                verdict,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="S and M only (L's figures on M)")
    parser.add_argument("--json", type=Path, help="where to write the figures")
    parser.add_argument("--keep", type=Path, help="keep the generated data in this folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    work = args.keep or Path(tempfile.mkdtemp(prefix="statusapp-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    (work / "data").mkdir(exist_ok=True)
    os.environ["STATUSAPP_DATA_DIR"] = str(work / "data")
    bench = Bench(work, args.quick)
    large = "M" if args.quick else "L"
    try:
        bench.window("S", large)
        workbook = bench.export("M")
        if not args.quick:
            bench.export("L")
        bench.documents("M")
        bench.import_("M", workbook)
        bench.consolidation("M", files=10 if args.quick else 50)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(table(bench.figures))
    total = time.perf_counter() - started
    print(
        f"\n{len(bench.figures)} figures in {total:.0f} s on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": {
            "platform": platform.platform(),
            "cores": os.cpu_count(),
            "python": platform.python_version(),
        },
        "seconds": total,
        "figures": [asdict(figure) | {"ratio": figure.ratio} for figure in bench.figures],
    }
    target = args.json or HERE / "out" / f"results-{datetime.now().strftime('%Y%m%d-%H%M%S')}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
