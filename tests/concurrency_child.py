"""Run by test_sqlite_writers.py, eight at once on one SQLite file: each saves `saves` times,
half on its own action and half on one they all share (re-reading the revision and trying
again when another worker saved in between), and says how it went as one JSON line."""

from __future__ import annotations

import json
import sys


def main() -> None:
    database, worker, saves, journal = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    import statusapp.storage.database as storage
    from statusapp.errors import DatabaseError
    from statusapp.services.context import edit_context_for
    from statusapp.services.programmes import load_actions, load_programme_tree
    from statusapp.services.updates import ConcurrentEditError, save_status_update
    from statusapp.storage.database import open_database

    if journal == "rollback":  # as on a network drive
        storage.is_network_path = lambda _path: True  # type: ignore[assignment]
    db = open_database(database)
    assert db.journal_mode == ("DELETE" if journal == "rollback" else "WAL")
    context = edit_context_for(db, f"Worker {worker}")
    with db.session() as session:
        ids = [a.id for a in load_programme_tree(session).walk_actions()]
    own, shared = ids[worker], ids[-1]
    print("READY", flush=True)
    sys.stdin.readline()  # all start together
    done = refused = conflicts = 0
    errors: list[str] = []
    for step in range(saves):
        text = f"worker {worker} save {step}"
        try:
            if step % 2 == 0:
                save_status_update(context, own, explanation=text)
            else:
                while True:
                    with db.session() as session:
                        seen = load_actions(session, context.round_id, [shared])[shared]
                    try:
                        save_status_update(
                            context,
                            shared,
                            explanation=text,
                            expected_revision=seen.update.revision,
                        )
                        break
                    except ConcurrentEditError:
                        conflicts += 1
            done += 1
        except DatabaseError as error:
            refused += 1
            errors.append(str(error))
    db.close()
    print(
        json.dumps(
            {"saved": done, "refused": refused, "conflicts": conflicts, "errors": errors[:3]}
        )
    )


if __name__ == "__main__":
    main()
