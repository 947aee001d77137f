"""What a consolidation did (or, as a dry run, would do) per file, and its one summary line."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from statusapp.services.merge import Conflict, ImportPlan
from statusapp.translation import _, ngettext

CONFLICT_EXIT_CODE = 3


@dataclass(slots=True)
class FileResult:
    path: Path
    outcome: str  # applied, already consolidated, refused, dry run
    plan: ImportPlan | None = None
    message: str = ""
    open_conflicts: list[Conflict] = field(default_factory=list)
    still_open: int = 0  # conflicts from an earlier run of this file, still open
    settled: int = 0  # conflicts of this file settled now as --prefer says

    def describe(self) -> str:
        name = self.path.name
        if self.outcome == "refused":
            # Several bad cells: the summary on this line, each cell indented below it.
            first, *details = self.message.splitlines()
            prefix = f"{self.path}: "
            details = ["  " + d.removeprefix(prefix) for d in details]
            line = _("{file}: refused: {reason}").format(file=name, reason=first)
            return "\n".join([line, *details])
        if self.outcome == "already consolidated":
            return f"{name}: {self.message}"
        assert self.plan is not None
        summary = self.plan.summary()
        if self.outcome == "dry run":
            return _("{file}: would apply: {summary}").format(file=name, summary=summary)
        if self.settled:
            return ngettext(
                "{file}: applied: {summary} ({count} of the conflicts settled as preferred, "
                "written)",
                "{file}: applied: {summary} ({count} of the conflicts settled as preferred, "
                "written)",
                self.settled,
            ).format(file=name, summary=summary, count=self.settled)
        return _("{file}: applied: {summary}").format(file=name, summary=summary)

    @property
    def read(self) -> bool:
        """Read and merged (or, in a dry run, would be)."""
        return self.plan is not None and self.outcome in ("applied", "dry run")

    @property
    def brings_something(self) -> bool:
        """A merged file that changed a field, raised a conflict, proposed an action or was
        refused a change to an approved update: not one "without changes"."""
        plan = self.plan
        return self.read and bool(
            plan.changes or plan.conflicts or plan.proposals or plan.locked  # type: ignore[union-attr]
        )

    @property
    def field_changes(self) -> int:
        return len(self.plan.changes) if self.read else 0  # type: ignore[union-attr]

    @property
    def conflicts_open(self) -> int:
        """Open conflicts this file leaves: found now, or still open from an earlier run."""
        return len(self.open_conflicts) + self.still_open


@dataclass(slots=True)
class ConsolidationReport:
    files: list[FileResult] = field(default_factory=list)
    dry_run: bool = False

    @property
    def open_conflicts(self) -> list[tuple[Path, Conflict]]:
        return [
            (result.path, conflict) for result in self.files for conflict in result.open_conflicts
        ]

    @property
    def exit_code(self) -> int:
        """1 when any file or change was refused (a change to an approved update too), 3 when
        conflicts are open, 0 when all went in."""
        if any(r.outcome == "refused" for r in self.files) or self.locked_changes:
            return 1
        if any(r.conflicts_open for r in self.files):
            return CONFLICT_EXIT_CODE
        return 0

    @property
    def locked_changes(self) -> int:
        """Changes refused because their update is approved, over all files read."""
        return sum(len(r.plan.locked) for r in self.files if r.read)  # type: ignore[union-attr]

    def summary(self, reopen_with: str = "statusapp reopen") -> str:
        """The last line: every file counted once (applied, without changes, consolidated
        before, refused), then the fields; every count in its own plural. `reopen_with` names
        how this front-end reopens an approved update."""
        files = len(self.files)
        merged = len([r for r in self.files if r.brings_something])
        unchanged = len([r for r in self.files if r.read and not r.brings_something])
        again = len([r for r in self.files if r.outcome == "already consolidated"])
        refused = len([r for r in self.files if r.outcome == "refused"])
        changes = sum(r.field_changes for r in self.files)
        conflicts = sum(r.conflicts_open for r in self.files)
        counts = {
            "unchanged": ngettext(
                "{count} without changes", "{count} without changes", unchanged
            ).format(count=unchanged),
            "again": ngettext(
                "{count} consolidated before", "{count} consolidated before", again
            ).format(count=again),
            "refused": ngettext("{count} refused", "{count} refused", refused).format(
                count=refused
            ),
            "conflicts": ngettext(
                "{count} open conflict", "{count} open conflicts", conflicts
            ).format(count=conflicts),
        }
        if self.dry_run:
            text = _(
                "{files}: {merged}, {unchanged}, {again}, {refused}; {changes}, {conflicts}"
            ).format(
                files=ngettext(
                    "{count} file (dry run, nothing written)",
                    "{count} files (dry run, nothing written)",
                    files,
                ).format(count=files),
                merged=ngettext(
                    "{count} would be applied", "{count} would be applied", merged
                ).format(count=merged),
                changes=ngettext(
                    "{count} field change would be applied",
                    "{count} field changes would be applied",
                    changes,
                ).format(count=changes),
                **{
                    **counts,
                    "conflicts": ngettext(
                        "{count} conflict", "{count} conflicts", conflicts
                    ).format(count=conflicts),
                },
            )
            if self.locked_changes:
                text = ngettext(
                    "{summary}; {count} change would be refused because its update is approved: "
                    "reopen it ({reopen_with}) before consolidating",
                    "{summary}; {count} changes would be refused because their updates are "
                    "approved: reopen them ({reopen_with}) before consolidating",
                    self.locked_changes,
                ).format(summary=text, count=self.locked_changes, reopen_with=reopen_with)
            return text
        text = _(
            "{files}: {merged}, {unchanged}, {again}, {refused}; {changes}, {conflicts}"
        ).format(
            files=ngettext("{count} file", "{count} files", files).format(count=files),
            merged=ngettext("{count} applied", "{count} applied", merged).format(count=merged),
            changes=ngettext("{count} field change", "{count} field changes", changes).format(
                count=changes
            ),
            **counts,
        )
        if self.locked_changes:
            text = ngettext(
                "{summary}; {count} change refused because its update is approved: reopen it "
                "({reopen_with}), then consolidate the file again",
                "{summary}; {count} changes refused because their updates are approved: reopen "
                "them ({reopen_with}), then consolidate the file again",
                self.locked_changes,
            ).format(summary=text, count=self.locked_changes, reopen_with=reopen_with)
        settled = sum(r.settled for r in self.files)
        if settled:
            text = ngettext(
                "{summary}, {count} conflict settled as preferred",
                "{summary}, {count} conflicts settled as preferred",
                settled,
            ).format(summary=text, count=settled)
        return text
