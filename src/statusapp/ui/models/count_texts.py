"""Window texts with a count for module-level code, in Qt's plural forms ("1 action", "2
actions"). pyside6-lupdate marks a message as plural only in `self.tr(text, "", count)`:
`QCoreApplication.translate` with a variable count is not extracted, so these live in a class.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject


class CountTexts(QObject):
    def owner_assigned(self, count: int, owner: str) -> str:
        return self.tr("%n actions now have the owner {owner}", "", count).format(owner=owner)

    def owner_kept(self, count: int, owner: str) -> str:
        """Every selected action had the owner already (no owner: '—')."""
        return self.tr("%n actions already had the owner {owner}", "", count).format(owner=owner)

    def published(self, pages: int, folder: str | Path) -> str:
        return self.tr("Published %n pages to {folder}.", "", pages).format(folder=folder)

    def findings_listed(self, count: int) -> str:
        return self.tr("Round > Check before publishing lists %n findings.", "", count)

    def exported(self, count: int, path: str | Path) -> str:
        return self.tr("Exported %n actions to {path}", "", count).format(path=path)

    def programme_added(self, name: str, green: int, blue: int) -> str:
        return self.tr("Added the programme {name}: {green}, {blue}").format(
            name=name,
            green=self.tr("%n programme actions", "", green),
            blue=self.tr("%n additional actions", "", blue),
        )

    def changes_in_actions(self, changes: int, actions: int) -> str:
        """Field changes, and in how many actions: "3 changes in 2 actions"."""
        return self.tr("%n changes in {actions}", "", changes).format(
            actions=self.tr("%n actions", "", actions)
        )

    def apply_changes(self, count: int) -> str:
        return self.tr("Apply changes (%n)", "", count)

    def not_applied(self, count: int) -> str:
        return self.tr(
            "Not applied, since the database changed while the preview was open: %n. "
            "These are conflicts now; the database keeps its values.",
            "",
            count,
        )


def count_texts() -> CountTexts:
    return CountTexts()
