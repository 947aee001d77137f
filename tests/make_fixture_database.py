"""Write tests/fixtures/databases/<head>.sqlite: the built-in programme at the current schema.

Run once per schema revision, before adding the next one, and commit the file:
    python -m tests.make_fixture_database
The migration tests open a copy of every fixture and check that it upgrades with nothing lost.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from statusapp.services.setup import initialise_database
from statusapp.storage.migrate import SCHEMA_HEAD

FIXTURES = Path(__file__).with_name("fixtures") / "databases"


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder) / "fixture.db"
        initialise_database(work)
        connection = sqlite3.connect(work)
        connection.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        connection.execute("VACUUM")
        connection.close()
        target = FIXTURES / f"{SCHEMA_HEAD}.sqlite"
        FIXTURES.mkdir(parents=True, exist_ok=True)
        target.write_bytes(work.read_bytes())
    print(f"wrote {target} ({target.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
