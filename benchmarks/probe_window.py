"""Run in a child process by run.py: the window's start, tree, filter and selection figures.

    probe_window.py bare                first paint of a bare QMainWindow (the floor)
    probe_window.py app DB              first paint of Statusapp's window, started as `statusapp`
    probe_window.py measure DB          tree shown, filter keystrokes, selection, peak memory
    probe_window.py rss-bare            peak memory of a bare window (the floor)

`bare` and `app` print PAINTED at the first paint and leave; the parent times from spawn.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _exit_at_first_paint(app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                print("PAINTED", flush=True)
                os._exit(0)
            return False

    app._first_paint = FirstPaint()  # kept alive
    app.installEventFilter(app._first_paint)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    _exit_at_first_paint(app)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()


def app_start(database: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _exit_at_first_paint(app)
    from statusapp.cli import main

    main(["--db", database])


def peak_rss_mb() -> float:
    """This process's peak resident memory. On Linux from VmHWM: ru_maxrss would include the
    parent's peak from before the exec (the parent generated the data and is large)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()
    print(json.dumps({"rss_mb": peak_rss_mb()}))


def measure(database: str, seed: int = 7) -> None:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import create_engine, text

    rng = random.Random(seed)
    # Floor for the tree: the same rows fetched with SQLAlchemy Core, nothing built from them.
    engine = create_engine(f"sqlite:///{database}")
    started = time.perf_counter()
    with engine.connect() as connection:
        current = connection.execute(text("SELECT id FROM rounds ORDER BY position DESC")).first()[
            0
        ]
        for query in (
            "SELECT id, title, kind, aims FROM pillars",
            "SELECT id, pillar_id, table_kind, title, description, note FROM ambitions",
            "SELECT a.id, a.ambition_id, a.parent_id, a.position, a.number, a.text, o.name "
            "FROM actions a LEFT JOIN owners o ON o.id = a.owner_id",
            f"SELECT * FROM status_updates WHERE round_id = '{current}'",
            "SELECT action_id, text, planned FROM sub_items",
        ):
            connection.execute(text(query)).fetchall()
    floor_tree = time.perf_counter() - started
    engine.dispose()

    app = QApplication(sys.argv[:1])
    from statusapp.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.open_database(database)
    app.processEvents()  # painted
    tree_open = time.perf_counter() - started
    # A person needs a moment before typing into the filter; the window uses such idle time
    # to prepare the search texts. Keep the event loop running as it would for 0.3 s.
    idle_until = time.perf_counter() + 0.3
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.005)

    actions = [
        n for n in window.model._by_id.values() if n.kind is not None and n.kind.value == "action"
    ]
    texts = [n.item.text.casefold() for n in actions]
    words = [w for w in " ".join(rng.sample(texts, 50)).split() if len(w) > 5]
    word = rng.choice(words)
    keystrokes = [word[: i + 1] for i in range(min(len(word), 6))]
    keystrokes += [word[:i] for i in range(min(len(word), 6) - 1, -1, -1)]
    filter_times, floor_filter = [], []
    for typed in keystrokes:
        started = time.perf_counter()
        window.filter_bar.text_field.setText(typed)
        app.processEvents()
        filter_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        _ = [t for t in texts if typed in t]  # the least any filter has to do
        floor_filter.append(time.perf_counter() - started)

    from sqlalchemy import create_engine as make_engine

    engine = make_engine(f"sqlite:///{database}")
    select_times, floor_select = [], []
    for node in rng.sample(actions, 40):
        started = time.perf_counter()
        window.select_node(node.id)
        app.processEvents()
        select_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        with engine.connect() as connection:
            connection.execute(
                text("SELECT * FROM status_updates WHERE action_id = :id"), {"id": node.id}
            ).fetchall()
        floor_select.append(time.perf_counter() - started)
    engine.dispose()

    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    print(
        json.dumps(
            {
                "actions": len(actions),
                "tree_open": tree_open,
                "floor_tree": floor_tree,
                "filter_median": statistics.median(filter_times),
                "filter_p95": p95(filter_times),
                "floor_filter": statistics.median(floor_filter),
                "select_median": statistics.median(select_times),
                "select_p95": p95(select_times),
                "floor_select": statistics.median(floor_select),
                "rss_mb": peak_rss_mb(),
            }
        ),
        flush=True,
    )
    os._exit(0)  # skip teardown: nothing more to measure


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "app":
        app_start(sys.argv[2])
    elif mode == "measure":
        measure(sys.argv[2])
    elif mode == "rss-bare":
        rss_bare()
    else:
        sys.exit(f"unknown mode {mode!r}")
