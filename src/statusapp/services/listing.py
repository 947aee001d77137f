"""The programme as readable text, for `statusapp list`."""

from __future__ import annotations

from statusapp.domain import Action, PillarKind, ProgrammeTree, TableKind
from statusapp.translation import long_date

_LABELS = {
    "nl": {
        "round": "Rapportageronde",
        "reference_date": "peildatum",
        "open": "open",
        "closed": "gesloten",
        "blue": "aanvullende werkzaamheden",
        "note": "Nb.",
        "planned": "gepland",
    },
    "en": {
        "round": "Reporting round",
        "reference_date": "reference date",
        "open": "open",
        "closed": "closed",
        "blue": "additional work",
        "note": "Note:",
        "planned": "planned",
    },
}


def format_programme_text(tree: ProgrammeTree, language: str = "nl") -> str:
    labels = _LABELS.get(language, _LABELS["en"])
    programme, round_ = tree.programme, tree.round
    state = labels["closed"] if round_.closed else labels["open"]
    lines = [
        f"{programme.name} — {programme.organisation}".rstrip(" —"),
        f"{labels['round']}: {round_.name} ({labels['reference_date']} "
        f"{long_date(round_.reference_date, language)}, {state})",
    ]
    number = 0
    for pillar in tree.pillars:
        lines.append("")
        if pillar.kind is PillarKind.PILLAR:
            number += 1
            lines.append(f"{number} {pillar.title}")
        else:
            lines.append(pillar.title)
        for ambition in pillar.ambitions:
            title = ambition.title or ambition.description.split("\n", 1)[0]
            marker = f"  [{labels['blue']}]" if ambition.table is TableKind.BLUE else ""
            lines.append(f"  {title}{marker}")
            if ambition.note:
                lines.append(f"    {ambition.note}")
            for action in ambition.actions:
                _format_action(action, 2, lines, ambition.table)
    return "\n".join(lines) + "\n"


def _format_action(action: Action, depth: int, lines: list[str], table: TableKind) -> None:
    indent = "  " * depth
    symbol = action.status.symbol if table is TableKind.GREEN else ""
    planned = f"  ({action.planned})" if action.planned else ""
    lines.append(f"{indent}{symbol:<3} {action.label}{planned}".rstrip())
    for item in action.sub_items:
        item_planned = f"  ({item.planned})" if item.planned else ""
        lines.append(f"{indent}      • {item.text}{item_planned}")
    for child in action.actions:
        _format_action(child, depth + 1, lines, table)
