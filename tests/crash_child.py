"""Run by test_crash_safety.py and killed at random moments: it keeps committing work and says
which commits are done, so the test can check that nothing committed is lost."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> None:
    mode, database, *files = sys.argv[1:]
    from statusapp.services.consolidation import consolidate_files
    from statusapp.services.context import edit_context_for
    from statusapp.services.programmes import load_programme_tree
    from statusapp.services.updates import save_status_update
    from statusapp.services.workbook_import import import_workbook
    from statusapp.storage.database import open_database

    db = open_database(database)
    context = edit_context_for(db, "crash test")
    with db.session() as session:
        ids = [a.id for a in load_programme_tree(session).walk_actions()]
    print("READY", flush=True)
    step = 0
    while True:
        if mode == "autosave":
            action_id = ids[step % len(ids)]
            save_status_update(context, action_id, explanation=f"save {step}")
            print(f"COMMITTED {action_id} save {step}", flush=True)
        elif mode == "import":
            workbook = Path(files[step % len(files)])
            import_workbook(context, workbook)
            print(f"COMMITTED {workbook.stem}", flush=True)
        elif mode == "consolidate":
            if step >= len(files):
                print("DONE", flush=True)
                return
            consolidate_files(context, [Path(files[step])])
            print(f"COMMITTED {Path(files[step]).stem}", flush=True)
        step += 1


if __name__ == "__main__":
    main()
