"""A status changed in the second round appears in the comparison of every output."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from statusapp.services.exports import export_pdf
from statusapp.storage.database import open_database
from tests.excel_helpers import load_tree
from tests.pdf_structure import cell_texts
from tests.two_rounds import make_second_round


@pytest.fixture
def second_round(builtin_database: Path):  # type: ignore[no-untyped-def]
    second = make_second_round(builtin_database)
    changed = next(
        a for a in load_tree(builtin_database).walk_actions() if a.id == second.status_changed
    )
    return builtin_database, second, changed.label


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler-utils")
def test_the_pdf_lists_what_changed(second_round, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    database, second, label = second_round
    opened = open_database(database)
    try:
        export_pdf(opened, tmp_path / "najaar.pdf")
    finally:
        opened.close()
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "najaar.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Wijzigingen sinds de vorige ronde" in text and "Status gewijzigd" in text
    cells = [" ".join(c.split()) for c in cell_texts(tmp_path / "najaar.pdf")["TD"]]
    row = [" ".join(label.split()), "Veilig wonen, werken en leven", "+ op schema", "✓ afgerond"]
    assert any(cells[i : i + 4] == row for i in range(len(cells)))  # action, pillar, was, now
    assert " ".join(second.removed_text.split()) in cells  # under Verwijderde acties
