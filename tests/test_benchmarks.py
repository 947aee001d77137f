"""The benchmark suite keeps running: --quick reports every figure (timings are not judged here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIGURES = [
    "cold start to first paint, S",
    "cold start to first paint, M",
    "tree shown after opening M",
    "filter keystroke M, median",
    "filter keystroke M, p95",
    "selection to filled editor M, median",
    "selection to filled editor M, p95",
    "peak memory with M open",
    "export M",
    "PDF/UA export M (floor: Word)",
    "website M (floor: Word)",
    "import of an M workbook",
    "consolidation of 10 workbooks x 100 actions",
]


def test_quick_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    output = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--quick", "--json", str(output)],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(output.read_text(encoding="utf-8"))["figures"]
    assert [f["name"] for f in figures] == FIGURES
    for figure in figures:
        assert figure["value"] > 0 and figure["floor"] and figure["floor"] > 0, figure
        assert figure["target"]
    table = result.stdout
    for name in FIGURES:
        assert name in table
    assert "figure" in table and "ratio" in table and "target" in table
