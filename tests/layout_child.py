"""Run by test_laptop_layout.py in a child process, because Qt reads QT_SCALE_FACTOR only when
the application starts: opens the main window at a screen size (in physical pixels) on the
built-in programme, in Dutch, with the overview open, and prints what fits as JSON."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# An action with sub-items and a long text, the editor's fullest page.
TARGET = "Vaststellen omgevingsvisie (programma 8)"


def main() -> None:
    database, width, height, shot = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    from PySide6.QtWidgets import QApplication

    from statusapp.ui.i18n import install_translators

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, "nl")  # noqa: F841 (kept alive)
    from statusapp.ui.controllers.window_actions import WindowActions
    from statusapp.ui.main_window import MainWindow

    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    window = MainWindow()
    # The screen's physical pixels, in the device-independent pixels Qt lays out in.
    window.resize(round(width / scale), round(height / scale))
    window.show()
    window.open_database(database)
    node = next(n for n in window.model._by_id.values() if getattr(n.item, "text", None) == TARGET)
    window.select_node(node.id)
    actions: WindowActions = window.actions
    toolbar = actions.toolbar
    if toolbar.actions().index(actions.my_work_end) == 0:
        # Until the project leader's own buttons exist, stand-ins of their Dutch width keep
        # their room on the toolbar.
        from PySide6.QtGui import QAction

        actions.add_my_work(
            [QAction(t, window) for t in ("Mijn acties", "Volgende niet bijgewerkt")]
        )
    actions.overview.trigger()
    for _ in range(5):
        app.processEvents()
    print(json.dumps(measure(window)), flush=True)
    if shot:
        window.grab().save(shot)
    window.close()


def measure(window) -> dict:  # type: ignore[no-untyped-def]
    """What the user sees of the editor, the tree and the toolbar."""
    from PySide6.QtWidgets import QScrollArea, QToolBar, QToolButton

    editor = window.action_editor
    scroll: QScrollArea = window.editors.currentWidget()
    viewport = scroll.viewport()

    def inside(widget) -> bool:  # type: ignore[no-untyped-def]
        """Wholly within the scroll area's width (a vertical scroll is fine) and shown."""
        if not widget.isVisible() or widget.width() <= 0:
            return False
        left = widget.mapTo(viewport, widget.rect().topLeft()).x()
        return left >= 0 and left + widget.width() <= viewport.width()

    toolbar = window.findChild(QToolBar, "mainToolbar")
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    tree = window.tree
    row_height = tree.sizeHintForRow(0) or 20
    dock = getattr(window, "overview_dock", None)
    return {
        "window": [window.width(), window.height()],
        "editor_width": window.editors.width(),
        "editor_minimum": window.editors.minimumSizeHint().width(),
        "window_minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "horizontal_scroll": scroll.horizontalScrollBar().isVisible(),
        "status_buttons": [inside(b) for b in editor.status_buttons.buttons.values()],
        "planned_field": inside(editor.planned_field),
        "planned_width": editor.planned_field.width(),
        "action_text_width": editor.text_field.width() if inside(editor.text_field) else 0,
        "explanation_field": inside(editor.explanation_field),
        "toolbar_overflows": bool(extension is not None and extension.isVisible()),
        "tree_rows": tree.viewport().height() // row_height,
        "tree_width": tree.width(),
        "overview_height": dock.height() if dock is not None and dock.isVisible() else 0,
        "overview_floating": bool(dock is not None and dock.isFloating()),
    }


if __name__ == "__main__":
    main()
