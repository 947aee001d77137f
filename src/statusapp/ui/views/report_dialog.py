"""File > New programme from report: read an Excel or Word report's tables, preview what was
found (and what was not), then write it as a new programme of the open database."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from statusapp.domain import Action, PillarKind, Programme, ProgrammeTree, TableKind
from statusapp.errors import StatusappError
from statusapp.services.report_reading import ReportProblem, ReportReading, read_report
from statusapp.ui.models.count_texts import count_texts
from statusapp.ui.views.date_field import DateField

if TYPE_CHECKING:
    from statusapp.ui.window_parts import WindowParts

EXPAND_ALL_ACTIONS = 40  # a small report opens whole; a large one with its pillars open


def _ask_and_read(parts: WindowParts, path: str | None) -> ReportReading | None:
    if path is None:
        path = parts.files.open_file(
            QCoreApplication.translate("ReportImport", "New programme from report"),
            QCoreApplication.translate("ReportImport", "Reports (*.xlsx *.docx);;All files (*)"),
        )
        if path is None:
            return None
    try:
        return read_report(Path(path))
    except StatusappError as error:
        QMessageBox.warning(
            parts.parent,
            QCoreApplication.translate("ReportImport", "Cannot read the report"),
            str(error),
        )
        return None


def new_programme_from_report(parts: WindowParts, path: str | None = None) -> bool:
    """Ask for a report, preview it, and add it as a programme; the window then shows it."""
    controller = parts.controller
    if controller.context is None:
        return False
    parts.flush_editors()
    reading = _ask_and_read(parts, path)
    if reading is None:
        return False
    dialog = ReportPreviewDialog(reading, controller.programmes(), parts.parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return add_previewed_programme(parts, dialog.programme_tree())


def new_database_from_report(
    parts: WindowParts, database_path: str, report_path: str | None = None
) -> bool:
    """File > New database > a programme from a report: preview, create, open."""
    from statusapp.services.setup import initialise_database

    reading = _ask_and_read(parts, report_path)
    if reading is None:
        return False
    dialog = ReportPreviewDialog(reading, [], parts.parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        initialise_database(database_path, programme=dialog.programme_tree())
    except StatusappError as error:
        QMessageBox.critical(
            parts.parent,
            QCoreApplication.translate("ReportImport", "Cannot create the database"),
            str(error),
        )
        return False
    return parts.open_database(database_path)


def add_previewed_programme(parts: WindowParts, tree: ProgrammeTree) -> bool:
    from statusapp.services.setup import add_programme

    database = parts.controller.database
    if database is None:
        return False
    try:
        summary = add_programme(database, tree)
    except StatusappError as error:
        QMessageBox.warning(
            parts.parent,
            QCoreApplication.translate("ReportImport", "Cannot add the programme"),
            str(error),
        )
        return False
    parts.switch_programme(tree.programme.id)
    parts.show_message(
        count_texts().programme_added(
            tree.programme.name, summary.green_actions, summary.blue_actions
        )
    )
    return True


class ReportPreviewDialog(QDialog):
    """What the report holds, what could not be placed, and the new programme's name and first
    round; nothing is written before the user accepts."""

    def __init__(
        self, reading: ReportReading, existing: list[Programme], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.reading = reading
        self.taken = {p.name.strip().casefold() for p in existing}
        self.setWindowTitle(self.tr("New programme from {name}").format(name=reading.source.name))
        self.resize(980, 680)

        tree = reading.tree
        self.name = QLineEdit(tree.programme.name, self)
        self.name.setObjectName("programmeName")
        self.organisation = QLineEdit(tree.programme.organisation, self)
        self.organisation.setPlaceholderText(self.tr("e.g. Gemeente Heemstede"))
        self.round_name = QLineEdit(tree.round.name, self)
        self.reference_date = DateField(tree.round.reference_date, self)
        self.reference_date.setObjectName("reportReferenceDate")
        form = QFormLayout()
        form.addRow(self.tr("Programme name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("First round:"), self.round_name)
        form.addRow(self.tr("Reference date:"), self.reference_date)

        green, blue = reading.count(TableKind.GREEN), reading.count(TableKind.BLUE)
        sections = len(tree.pillars) - len(reading.pillars)
        summary = QLabel(
            self.tr(
                "Tables read: {tables}. Pillars: {pillars}, other sections: {sections}. "
                "Green tables: {green_ambitions}, {green_actions}. "
                "Blue tables: {blue_ambitions}, {blue_actions}. "
                "Rows not placed: {unplaced}."
            ).format(
                tables=reading.tables,
                pillars=len(reading.pillars),
                sections=sections,
                green_ambitions=self.tr("%n ambitions", "", green[0]),
                green_actions=self.tr("%n programme actions", "", green[1]),
                blue_ambitions=self.tr("%n ambitions", "", blue[0]),
                blue_actions=self.tr("%n additional actions", "", blue[1]),
                unplaced=len(reading.unplaced),
            ),
            self,
        )
        summary.setObjectName("reportSummary")
        summary.setWordWrap(True)
        self.second = QLabel(self)
        self.second.setWordWrap(True)
        if existing:
            self.second.setText(
                self.tr(
                    "This database holds {names} already. The new programme is added beside "
                    "it; the selector in the toolbar switches between them."
                ).format(names=", ".join(f"“{p.name}”" for p in existing))
            )
        else:
            self.second.hide()

        self.found = QTreeWidget(self)
        self.found.setObjectName("reportFound")
        self.found.setAccessibleName(self.tr("What the report holds"))
        self.found.setHeaderLabels([self.tr("Found"), self.tr("Planned"), self.tr("Status")])
        self.found.setColumnWidth(0, 640)
        self._fill_found(tree)
        self.problems = QTreeWidget(self)
        self.problems.setObjectName("reportProblems")
        self.problems.setAccessibleName(self.tr("Rows not placed and notes"))
        self.problems.setHeaderLabels([self.tr("Where"), self.tr("What")])
        self.problems.setColumnWidth(0, 260)
        self._section(self.tr("Rows not placed (left out)"), reading.unplaced)
        self._section(self.tr("Notes (read, something ignored)"), reading.notes)
        self._section(self.tr("Suspect tables (rows do not line up; not read)"), reading.suspect)
        if not reading.unplaced and not reading.notes and not reading.suspect:
            self.problems.addTopLevelItem(QTreeWidgetItem([self.tr("Every row was placed."), ""]))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.found)
        splitter.addWidget(self.problems)
        splitter.setSizes([460, 160])

        buttons = QDialogButtonBox(self)
        self.create_button: QPushButton = buttons.addButton(
            self.tr("Create programme"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createProgrammeButton")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_problem = QLabel(self)
        self.name_problem.setObjectName("nameProblem")
        self.name.textChanged.connect(self._check_name)
        self._check_name()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.name_problem)
        layout.addWidget(summary)
        layout.addWidget(self.second)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.reference_date.check():  # an impossible date: the field says so
            super().accept()

    def _check_name(self) -> None:
        name = self.name.text().strip()
        problem = ""
        if not name:
            problem = self.tr("The programme needs a name.")
        elif name.casefold() in self.taken:
            problem = self.tr("The database holds a programme with this name; choose another.")
        self.name_problem.setText(problem)
        self.name_problem.setVisible(bool(problem))
        self.create_button.setEnabled(not problem)

    def _fill_found(self, tree: ProgrammeTree) -> None:
        for pillar in tree.pillars:
            count = sum(1 for _ in pillar.walk_actions())
            kind = self.tr("pillar") if pillar.kind is PillarKind.PILLAR else self.tr("section")
            item = QTreeWidgetItem(
                [self.tr("{title} ({kind}, %n actions)", "", count).format(
                    title=pillar.title, kind=kind
                ), "", ""]
            )  # fmt: skip
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.found.addTopLevelItem(item)
            for ambition in pillar.ambitions:
                table = self.tr("green") if ambition.table is TableKind.GREEN else self.tr("blue")
                title = ambition.title or ambition.description[:80]
                count = sum(1 for _ in ambition.walk_actions())
                child = QTreeWidgetItem(
                    [self.tr("{title} [{table}, %n actions]", "", count).format(
                        title=title, table=table
                    ), "", ""]
                )  # fmt: skip
                child.setToolTip(0, f"{ambition.title}\n{ambition.description}".strip())
                item.addChild(child)
                for action in ambition.actions:
                    self._add_action(child, action)
            item.setExpanded(True)
        if sum(1 for _ in tree.walk_actions()) <= EXPAND_ALL_ACTIONS:
            self.found.expandAll()

    def _add_action(self, parent: QTreeWidgetItem, action: Action) -> None:
        extra = ""
        if action.sub_items:
            extra = self.tr(" (+%n sub-items)", "", len(action.sub_items))
        item = QTreeWidgetItem([action.label + extra, action.planned, action.status.symbol])
        item.setToolTip(0, action.label)
        parent.addChild(item)
        for child in action.actions:
            self._add_action(item, child)

    def _section(self, title: str, problems: list) -> None:  # type: ignore[type-arg]
        if not problems:
            return
        section = QTreeWidgetItem([f"{title} ({len(problems)})", ""])
        section.setFirstColumnSpanned(True)
        self.problems.addTopLevelItem(section)
        for problem in problems:
            message = problem_text(problem)
            item = QTreeWidgetItem([location_text(problem.location), message])
            item.setToolTip(1, message)
            section.addChild(item)
        section.setExpanded(True)
        section.setFirstColumnSpanned(True)

    def programme_tree(self) -> ProgrammeTree:
        """The programme as read, with the name and first round as the user set them."""
        tree = self.reading.tree
        day = self.reference_date.date() or tree.round.reference_date  # accept() checked it
        programme = replace(
            tree.programme,
            name=self.name.text().strip(),
            organisation=self.organisation.text().strip(),
        )
        round_ = replace(
            tree.round,
            name=self.round_name.text().strip() or tree.round.name,
            reference_date=day,
        )
        return ProgrammeTree(programme, round_, tree.pillars)


_FIELD_NAMES = {
    "planned": lambda: QCoreApplication.translate("ReportProblems", "planned"),
    "status": lambda: QCoreApplication.translate("ReportProblems", "status"),
    "explanation": lambda: QCoreApplication.translate("ReportProblems", "explanation"),
    "owner": lambda: QCoreApplication.translate("ReportProblems", "owner"),
}


def problem_text(problem: ReportProblem) -> str:
    """What the reader noticed, in the window's language (the English text for unknown codes)."""
    values = problem.values
    code = problem.code
    if code == "not_read":
        return QCoreApplication.translate(
            "ReportProblems",
            "holds a table, but no header row with the captions ('Maatregelen/acties', "
            "'Gepland', 'Toelichting', ...); not read",
        )
    if code == "column_ignored":
        return QCoreApplication.translate(
            "ReportProblems", "column '{0}' is not read (ignored)"
        ).format(*values)
    if code == "no_action_text":
        fields = ", ".join(
            _FIELD_NAMES[name]() if name in _FIELD_NAMES else name for name in values
        )
        return QCoreApplication.translate("ReportProblems", "no action text (only {0})").format(
            fields
        )
    if code == "no_ambition":
        return QCoreApplication.translate(
            "ReportProblems", "action '{0}' has no ambition above it; left out"
        ).format(*values)
    if code == "planned_unknown":
        return QCoreApplication.translate(
            "ReportProblems", "planned '{0}' is no year, range, month or quarter; kept as written"
        ).format(*values)
    if code == "status_unknown":
        return QCoreApplication.translate(
            "ReportProblems", "status '{0}' not recognised; left empty"
        ).format(*values)
    if code == "theme_fill":
        return QCoreApplication.translate(
            "ReportProblems",
            "the status cell's fill is a theme colour, which cannot be read; left empty (type "
            "the symbol instead)",
        )
    if code == "fill_unknown":
        return QCoreApplication.translate(
            "ReportProblems",
            "the fill colour #{0} is no status colour (green, light green, orange, red); left "
            "empty",
        ).format(*values)
    return problem.message


_LOCATION_PART = re.compile(
    r"sheet (?P<sheet>'(?:[^']|'')*'|\"[^\"]*\")|table (?P<table>\d+)|"
    r"\(table at row (?P<at>\d+)\)|\(under (?P<under>'[^']*'|\"[^\"]*\")\)|row (?P<row>\d+)"
)


def location_text(location: str) -> str:
    """The reader's "sheet 'Wonen' row 12" / "table 3 (under 'Wonen') row 5" in the window's
    language."""

    def part(match: re.Match[str]) -> str:
        if match["sheet"]:
            return QCoreApplication.translate("ReportProblems", "sheet {0}").format(match["sheet"])
        if match["table"]:
            return QCoreApplication.translate("ReportProblems", "table {0}").format(match["table"])
        if match["at"]:
            return QCoreApplication.translate("ReportProblems", "(table at row {0})").format(
                match["at"]
            )
        if match["under"]:
            return QCoreApplication.translate("ReportProblems", "(under {0})").format(
                match["under"]
            )
        return QCoreApplication.translate("ReportProblems", "row {0}").format(match["row"])

    return _LOCATION_PART.sub(part, location)
