"""The window's link to the services: every edit is applied through a service, mirrored in the
tree model, and pushed on the undo stack. The UI holds plain objects; no session outlives a call.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from statusapp.domain import (
    Action,
    NodeKind,
    Programme,
    ReviewState,
    StatusUpdate,
    SubItem,
)
from statusapp.errors import StatusappError
from statusapp.services import history, round_changes, structure, updates, workbook_import
from statusapp.services.connection import Database
from statusapp.services.context import EditContext, ValidationError, edit_context_for
from statusapp.services.programmes import list_programmes, load_programme_tree, programmes_in
from statusapp.services.rights import Identity, identity_of
from statusapp.ui.controllers import edit_conflict
from statusapp.ui.controllers.commands import FieldEditCommand, StructureCommand
from statusapp.ui.controllers.long_lived import long_lived_objects
from statusapp.ui.controllers.storage_errors import describe_unavailable, is_waitable
from statusapp.ui.models.tree_model import ProgrammeTreeModel, TreeNode

Values = dict[str, Any]
T = TypeVar("T")
# An editor's save: True saved; False kept in the editor to save again later; None not saved
# and not to be retried (a value the programme refuses, or someone else's version chosen).
Saved = bool | None


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What guarded work gave: true when it succeeded, with the value it returned."""

    ok: bool
    value: T | None = None

    def __bool__(self) -> bool:
        return self.ok


class ProgrammeController(QObject):
    node_touched = Signal(str)  # undo or redo changed this node: show it
    structure_changed = Signal(str)  # a node was added, moved or restored: select it
    nodes_refreshed = Signal(list)  # ids whose values changed from outside the editor (import)
    node_removed = Signal(str)  # a node (and what is under it) left the tree
    update_discarded = Signal(str)  # someone else's version chosen: drop the editor's values
    saved = Signal()  # an edit reached the database
    failed = Signal(str)  # an edit could not be saved; the message says why
    import_refused = Signal(str)  # a workbook was refused; nothing was written
    # The database cannot take edits for now (locked, disk full, drive or server gone); the
    # message says why. The edit stays in its editor and the window saves it again later.
    unavailable = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = ProgrammeTreeModel(self)
        self.undo_stack = QUndoStack(self)
        self.context: EditContext | None = None
        self._owners: list[str] | None = None
        self.ask_about_conflict: Callable[[Exception], edit_conflict.Choice] | None = None

    @property
    def programme(self) -> Programme | None:
        """The programme shown (its language and settings), None before one is open."""
        return self.model.tree.programme if self.model.tree is not None else None

    # --- opening and closing --------------------------------------------------------------

    def open(
        self, database: Database, user: str | None = None, programme_id: str | None = None
    ) -> None:
        """Open a programme of the database: `programme_id`, else the first one."""
        if programme_id is None:
            with database.session(write=False) as session:
                found = list_programmes(session)
            programme_id = found[0].id if found else None
        context = edit_context_for(database, user, programme_id)
        with long_lived_objects():
            with database.session(write=False) as session:
                tree = load_programme_tree(session, context.programme_id, context.round_id)
            previous = round_changes.previous_round_updates(context)
            self.close()
            self.context = context
            self._owners = None
            self.model.previous_updates = previous
            self.model.load(tree)

    def reload(self) -> None:
        """Read the programme again (after a new round or a consolidation); undo starts afresh,
        since its steps belong to what was loaded before."""
        context = self.edit_context()
        self._load(edit_context_for(context.database, context.user, context.programme_id))

    def switch_programme(self, programme_id: str) -> None:
        """Show another programme of the same database; undo starts afresh."""
        context = self.edit_context()
        self._load(edit_context_for(context.database, context.user, programme_id))

    def _load(self, fresh: EditContext) -> None:
        with long_lived_objects():
            with fresh.database.session(write=False) as session:
                tree = load_programme_tree(session, fresh.programme_id, fresh.round_id)
            previous = round_changes.previous_round_updates(fresh)
            self.undo_stack.clear()
            self.context = fresh
            self._owners = None
            self.model.previous_updates = previous
            self.model.load(tree)

    def programmes(self) -> list[Programme]:
        """The programmes of the open database."""
        return programmes_in(self.context.database) if self.context else []

    def close(self) -> None:
        self.undo_stack.clear()
        if self.context is not None:
            self.context.database.close()
            self.context = None

    @property
    def database(self) -> Database | None:
        return self.context.database if self.context else None

    @property
    def identity(self) -> Identity:
        """Who works in the open database and their role (what the window offers)."""
        return identity_of(self.edit_context().database)

    def edit_context(self) -> EditContext:
        if self.context is None:
            raise StatusappError("no database is open")  # internal: no action runs without one
        return self.context

    def run_guarded(self, work: Callable[[], T], *, writes: bool = True) -> Outcome[T]:
        """Run an edit (or a read, `writes=False`); report failure instead of raising into Qt.
        The outcome is true when the work succeeded and holds what it returned."""
        try:
            value = work()
        except StatusappError as error:
            self.report_failure(error)
            return Outcome(False)
        if writes:
            self.saved.emit()
        return Outcome(True, value)

    def report_failure(self, error: StatusappError, *, kept: bool = False) -> None:
        """`kept`: the edit stays in an editor and is saved again later; otherwise the change
        was not made and the message says so."""
        if is_waitable(error):
            message = describe_unavailable(error, kept=kept)  # type: ignore[arg-type]
            if kept:
                self.unavailable.emit(message)
            else:
                self.failed.emit(message)
        else:
            self.failed.emit(str(error))

    # --- workbooks ---------------------------------------------------------------------------

    def prepare_import(self, path: Path) -> workbook_import.ImportPlan | None:
        """Read and check a workbook; None (and a message) when it cannot be imported.
        A refusal is no failed save: it goes to `import_refused`, the save indicator stays."""
        try:
            return workbook_import.prepare_import(self.edit_context(), path)
        except StatusappError as error:
            if is_waitable(error):
                self.report_failure(error)
            else:
                self.import_refused.emit(str(error))
            return None

    def apply_import(self, plan: workbook_import.ImportPlan) -> bool:
        """Apply a previewed import as one undoable step."""

        def apply(reverse: bool) -> None:
            updated = workbook_import.apply_import(self.edit_context(), plan, reverse=reverse)
            for action_id, update in updated.items():
                if self.model.node_by_id(action_id) is not None:
                    self._mirror(action_id, lambda action, u=update: setattr(action, "update", u))
            self.nodes_refreshed.emit(list(updated))

        if not self.run_guarded(lambda: apply(False)):
            return False
        text = self.tr("Import {name}").format(name=plan.source.name)
        self.undo_stack.push(
            StructureCommand(self, text, lambda: apply(False), lambda: apply(True))
        )
        return True

    # --- field edits -------------------------------------------------------------------------

    def edit_update(self, action_id: str, values: Values, merge_key: object = None) -> Saved:
        """Status, planned and/or explanation of an action in the current round. Undo puts
        back who had signed the update too, so the action is "not yet updated" again."""
        node = self.model.node_by_id(action_id)
        before = node.item.update if node is not None else None
        signature = (before.updated_by, before.updated_at) if before is not None else None
        return self._edit(
            action_id,
            values,
            self._read_update,
            self._write_update,
            self.tr("Edit update"),
            merge_key,
            write_back=lambda node_id, old: self._write_update(node_id, old, signature),
        )

    def edit_owner(self, action_id: str, owner: str | None) -> Saved:
        return self._edit(
            action_id,
            {"owner": owner or None},
            self._read_item,
            self._write_owner,
            self.tr("Change owner"),
        )

    def edit_label(self, action_id: str, number: str, text: str, merge_key: object = None) -> Saved:
        return self._edit(
            action_id,
            {"number": number, "text": text},
            self._read_item,
            self._write_label,
            self.tr("Edit action text"),
            merge_key,
        )

    def edit_sub_items(self, action_id: str, items: list[SubItem]) -> Saved:
        return self._edit(
            action_id,
            {"sub_items": items},
            self._read_item,
            self._write_sub_items,
            self.tr("Edit sub-items"),
        )

    def edit_ambition(self, ambition_id: str, values: Values, merge_key: object = None) -> Saved:
        return self._edit(
            ambition_id,
            values,
            self._read_item,
            self._write_ambition,
            self.tr("Edit ambition"),
            merge_key,
        )

    def edit_pillar(self, pillar_id: str, values: Values, merge_key: object = None) -> Saved:
        return self._edit(
            pillar_id,
            values,
            self._read_item,
            self._write_pillar,
            self.tr("Edit pillar"),
            merge_key,
        )

    def _edit(
        self,
        node_id: str,
        values: Values,
        read: Callable[[TreeNode, Values], Values],
        write: Callable[[str, Values], None],
        text: str,
        merge_key: object = None,
        write_back: Callable[[str, Values], None] | None = None,
    ) -> Saved:
        node = self.model.node_by_id(node_id)
        if node is None:
            self.failed.emit(self.tr("This item was deleted; the change is not saved."))
            return False
        old = read(node, values)
        if old == values:
            return True
        try:
            write(node_id, values)
        except updates.ConcurrentEditError as error:
            # Someone saved this update meanwhile: the window asks to reload or overwrite.
            return edit_conflict.settle(self, node_id, error, values, merge_key)
        except ValidationError as error:
            self.failed.emit(str(error))  # saving it again would only be refused again
            return None
        except StatusappError as error:
            self.report_failure(error, kept=True)  # the editor keeps it and saves it again
            return False
        self.saved.emit()
        self.undo_stack.push(
            FieldEditCommand(self, text, node_id, write, old, values, merge_key, write_back)
        )
        return True

    @staticmethod
    def _read_update(node: TreeNode, values: Values) -> Values:
        update: StatusUpdate = node.item.update
        return {key: getattr(update, key) for key in values}

    @staticmethod
    def _read_item(node: TreeNode, values: Values) -> Values:
        return {key: _copy(getattr(node.item, key)) for key in values}

    def _write_update(
        self, action_id: str, values: Values, signature: updates.Signature | None = None
    ) -> None:
        expected = self.require_node(action_id).item.update.revision  # what this window last saw
        saved = updates.save_status_update(
            self.edit_context(),
            action_id,
            expected_revision=expected,
            signature=signature,
            **values,
        )
        self._mirror(action_id, lambda action: setattr(action, "update", saved))

    def _write_owner(self, action_id: str, values: Values) -> None:
        name = updates.set_action_owner(self.edit_context(), action_id, values["owner"])
        self._owners = None
        self._mirror(action_id, lambda action: setattr(action, "owner", name))

    def _write_label(self, action_id: str, values: Values) -> None:
        updates.set_action_label(
            self.edit_context(), action_id, number=values["number"], text=values["text"]
        )
        self._mirror(action_id, lambda action: _assign(action, values))

    def _write_sub_items(self, action_id: str, values: Values) -> None:
        items = [SubItem(item.text, item.planned) for item in values["sub_items"]]
        updates.set_sub_items(self.edit_context(), action_id, items)
        self._mirror(action_id, lambda action: setattr(action, "sub_items", items))

    def _write_ambition(self, ambition_id: str, values: Values) -> None:
        node = self.require_node(ambition_id)
        merged = {key: getattr(node.item, key) for key in ("title", "description", "table", "note")}
        merged.update(values)
        updates.update_ambition(self.edit_context(), ambition_id, **merged)
        table_changed = node.item.table != merged["table"]
        self._mirror(ambition_id, lambda ambition: _assign(ambition, values))
        if table_changed:  # green tables come first: the ambition changes place
            assert node.parent is not None
            order = structure.ambition_order(self.edit_context(), node.parent.id)
            self.model.reorder_children(node.parent, order)
            for action in node.walk():
                self.model.node_changed(action)

    def _write_pillar(self, pillar_id: str, values: Values) -> None:
        node = self.require_node(pillar_id)
        merged = {"title": node.item.title, "aims": list(node.item.aims)}
        merged.update(values)
        updates.update_pillar(self.edit_context(), pillar_id, **merged)
        self._mirror(pillar_id, lambda pillar: _assign(pillar, values))

    def mirror_update(self, action_id: str, update: StatusUpdate, *, show: bool = True) -> None:
        """Show an update a service wrote (a resolved conflict, say) in the tree and editor
        (`show=False`: the tree only)."""
        if self.model.node_by_id(action_id) is not None:
            self._mirror(action_id, lambda action: setattr(action, "update", update))
            if show:
                self.nodes_refreshed.emit([action_id])

    def require_node(self, node_id: str) -> TreeNode:
        node = self.model.node_by_id(node_id)
        if node is None:
            raise StatusappError(self.tr("This item is no longer in the programme."))
        return node

    def _mirror(self, node_id: str, change: Callable[[Any], None]) -> None:
        node = self.require_node(node_id)
        change(node.item)
        self.model.node_changed(node)

    def actions_under(self, node_ids: list[str]) -> list[str]:
        """The actions in or under the nodes, each once, in tree order."""
        ids: list[str] = []
        for node_id in node_ids:
            for node in self.require_node(node_id).walk():
                if node.kind is NodeKind.ACTION and node.id not in ids:
                    ids.append(node.id)
        return ids

    def have_owner(self, node_ids: list[str], owner: str | None) -> bool:
        """Every action in or under the nodes has this owner already (None, "": nobody)."""
        ids = self.actions_under(node_ids)
        name = " ".join((owner or "").split()) or None
        return bool(ids) and all(self.require_node(i).item.owner == name for i in ids)

    def assign_owner(self, node_ids: list[str], owner: str | None) -> int:
        """Give every action in or under the nodes one owner, as one undoable step."""
        ids = self.actions_under(node_ids)
        name = " ".join((owner or "").split()) or None
        before = {i: self.require_node(i).item.owner for i in ids}
        if not ids or all(value == name for value in before.values()):
            return 0

        def apply(owners: dict[str, str | None]) -> None:
            for value in set(owners.values()):
                updates.set_owners(
                    self.edit_context(), [i for i, o in owners.items() if o == value], value
                )
            for action_id, value in owners.items():
                self._mirror(action_id, lambda action, v=value: setattr(action, "owner", v))
            self._owners = None
            self.nodes_refreshed.emit(list(owners))

        after = dict.fromkeys(ids, name)
        if not self.run_guarded(lambda: apply(after)):
            return 0
        self.undo_stack.push(
            StructureCommand(
                self, self.tr("Assign owner"), lambda: apply(after), lambda: apply(before)
            )
        )
        return len(ids)

    def edit_review(self, action_ids: list[str], state: ReviewState) -> bool:
        """Submit, approve or reopen updates as one undoable step."""
        nodes = [self.require_node(i) for i in action_ids]
        before = {node.id: node.item.update.review for node in nodes}
        if all(review is state for review in before.values()):
            return True

        def apply(states: dict[str, ReviewState]) -> None:
            for review in set(states.values()):
                ids = [i for i, s in states.items() if s is review]
                updates.set_review(self.edit_context(), ids, review)
            for action_id, review in states.items():
                self._mirror(action_id, lambda action, r=review: _set_review(action, r))
            self.nodes_refreshed.emit(list(states))

        after = dict.fromkeys(before, state)
        if not self.run_guarded(lambda: apply(after)):
            return False
        text = {
            ReviewState.APPROVED: self.tr("Approve"),
            ReviewState.SUBMITTED: self.tr("Submit"),
            ReviewState.DRAFT: self.tr("Reopen"),
        }[state]
        self.undo_stack.push(
            StructureCommand(self, text, lambda: apply(after), lambda: apply(before))
        )
        return True

    @property
    def round_closed(self) -> bool:
        tree = self.model.tree
        return bool(tree and tree.round.closed)

    # --- lookups for the editors ---------------------------------------------------------------

    def known_owners(self) -> list[str]:
        """Owners in the database, sorted; cached, since the editor asks at every selection."""
        if self._owners is None:
            names = set(updates.known_owners(self.edit_context())) if self.context else set()
            self._owners = sorted(names, key=str.casefold)
        return self._owners

    def history(self, action_id: str) -> list[history.HistoryEntry]:
        return history.status_history(self.edit_context(), action_id) if self.context else []

    def changes(self, action_id: str) -> list[history.ChangeEntry]:
        return history.action_changes(self.edit_context(), action_id) if self.context else []


def _set_review(action: Action, review: ReviewState) -> None:
    action.update = replace(action.update, review=review)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _assign(item: Any, values: Values) -> None:
    for key, value in values.items():
        setattr(item, key, _copy(value))
