"""The lines the commands print about plans, hand-outs and rounds, in the user's language."""

from __future__ import annotations

from statusapp.cli_support import long_moment
from statusapp.domain.labels import shorten
from statusapp.report.progress import UNKNOWN_SENDER_LABEL, outcome_text, owner_name
from statusapp.translation import _, long_date, ngettext


def short(text: str, limit: int = 60) -> str:
    return shorten(text, limit)


def working_copy_line(made: dict[str, object], *, dry_run: bool) -> str:
    count = int(made["count"])  # type: ignore[call-overload]
    if dry_run:
        text = ngettext(
            "would have created a working copy of {programme} ({round}) with {count} action "
            "in {database}",
            "would have created a working copy of {programme} ({round}) with {count} actions "
            "in {database}",
            count,
        )
    else:
        text = ngettext(
            "created a working copy of {programme} ({round}) with {count} action in {database}",
            "created a working copy of {programme} ({round}) with {count} actions in {database}",
            count,
        )
    return text.format(**made)


def proposal_kind(kind: str) -> str:
    from statusapp.domain.labels import field_label

    names = {
        "text": field_label("text"), "sub-items": field_label("sub_items"),
        "ambition": _("ambition"), "new action": _("new action"),
    }  # fmt: skip
    return names.get(kind, kind)


def plan_lines(plan, *, changes: bool) -> list[str]:  # type: ignore[no-untyped-def]
    from statusapp.domain.labels import field_label, value_text

    lines = []
    if changes:
        lines += [
            _("{cell}: {field} of {action!r}: {old!r} -> {new!r}").format(
                cell=c.cell, field=field_label(c.field), action=shorten(c.label, 50),
                old=short(value_text(c.field, c.old)), new=short(value_text(c.field, c.new)),
            )
            for c in plan.changes
        ]  # fmt: skip
    lines += [
        _("proposal ({kind}) {cell}: {old!r} -> {new!r}").format(
            kind=proposal_kind(p.kind), cell=p.cell, old=short(p.old), new=short(p.new)
        )
        for p in plan.proposals
    ]
    lines += [
        _(
            "conflict {cell}: {field} of {action!r}: exported {base!r}, database now "
            "{current!r}, in the file {incoming!r}"
        ).format(
            cell=c.cell, field=field_label(c.field), action=shorten(c.label, 50),
            base=short(value_text(c.field, c.base)),
            current=short(value_text(c.field, c.current)),
            incoming=short(value_text(c.field, c.incoming)),
        )
        for c in plan.conflicts
    ]  # fmt: skip
    lines += [
        _("refused {cell}: {field} of {action!r} is approved; reopen it to change it").format(
            cell=c.cell, field=field_label(c.field), action=shorten(c.label, 50)
        )
        for c in plan.locked
    ]
    lines += [_("missing from the workbook: {action}").format(action=x) for x in plan.missing]
    lines += [_("note: {note}").format(note=note) for note in plan.notes]
    return lines


def format_progress(progress) -> str:  # type: ignore[no-untyped-def]
    round_ = progress.round
    lines = [
        ngettext(
            "{round} (reference date {date}): {updated} of {count} action updated "
            "(green and blue tables)",
            "{round} (reference date {date}): {updated} of {count} actions updated "
            "(green and blue tables)",
            progress.actions,
        ).format(
            round=round_.name, date=long_date(round_.reference_date), updated=progress.updated,
            count=progress.actions,
        )
    ]  # fmt: skip
    for owner in progress.owners:
        if owner.owner == UNKNOWN_SENDER_LABEL:  # files only: no actions to count
            lines.append(_("{owner}:").format(owner=owner_name(owner.owner)))
        else:
            lines.append(
                _("{owner}: {updated}/{count} updated, {submitted} submitted, {approved} approved")
                .format(
                    owner=owner_name(owner.owner), updated=owner.updated, count=owner.actions,
                    submitted=owner.submitted, approved=owner.approved,
                )
            )  # fmt: skip
        for received in owner.files:
            lines.append(
                "  "
                + _("file {file}: {outcome} ({moment})").format(
                    file=received.file_name,
                    outcome=outcome_text(received.outcome),
                    moment=long_moment(received.received_at),
                )
            )
        for label in owner.waiting[:20]:
            lines.append("  " + _("waiting: {action}").format(action=short(label, 90)))
        if len(owner.waiting) > 20:
            more = len(owner.waiting) - 20
            lines.append(
                "  " + ngettext("... and {count} more waiting", "... and {count} more waiting",
                                more).format(count=more)
            )  # fmt: skip
    return "\n".join(lines)
