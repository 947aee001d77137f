"""Hand-out: per owner their workbook and an unsent mail (.eml) with it attached.

The mail is a draft: Outlook opens an .eml with `X-Unsent: 1` as a new message ready to send,
Thunderbird opens it and offers "Edit as new". Nothing is sent by Statusapp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from statusapp.domain import ProgrammeTree
from statusapp.errors import StatusappError, os_reason
from statusapp.report.document import write_atomically
from statusapp.services.exports import export_programme, load_tree
from statusapp.services.owners import owner_emails
from statusapp.services.programmes import programmes_in
from statusapp.services.rights import Operation, require
from statusapp.services.rounds import set_round_deadline
from statusapp.storage.database import Database
from statusapp.translation import _, long_date, ngettext

XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
# .eml files as mail programs write them: CRLF line ends.
EML_POLICY = default_policy.clone(linesep="\r\n")


class HandoutError(StatusappError):
    pass


@dataclass(frozen=True, slots=True)
class HandedOut:
    owner: str
    email: str | None
    actions: int
    workbook: Path
    mail: Path

    def describe(self) -> str:
        to = self.email or _("no e-mail address: the mail's To is empty")
        return ngettext(
            "{owner}: {count} action, {workbook} + {mail} ({to})",
            "{owner}: {count} actions, {workbook} + {mail} ({to})",
            self.actions,
        ).format(
            owner=self.owner,
            count=self.actions,
            workbook=self.workbook.name,
            mail=self.mail.name,
            to=to,
        )


MAIL_TEXTS = {
    "nl": {
        "subject": "Uitvraag {round}: graag uiterlijk {deadline} terug",
        "body": (
            "Beste {owner},\n\n"
            "Voor de rapportageronde {round} (peildatum {reference}) van het {programme} vragen "
            "we u de status van uw acties bij te werken. In de bijlage staat een werkmap met "
            "uw {actions}.\n\n"
            "Vul per actie de status, de planning (Gepland) en de toelichting in, en stuur de "
            "werkmap uiterlijk {deadline} terug als antwoord op deze mail. Laat de verborgen "
            "kolom en het verborgen blad ongemoeid: daarmee lezen we uw wijzigingen in.\n\n"
            "Met vriendelijke groet,\n\nConcerncontrol{organisation}\n"
        ),
        "one action": "{count} actie",
        "actions": "{count} acties",
    },
    "en": {
        "subject": "Status update {round}: please return by {deadline}",
        "body": (
            "Dear {owner},\n\n"
            "For the reporting round {round} (reference date {reference}) of the {programme} we "
            "ask you to update the status of your actions. The attached workbook holds your "
            "{actions}.\n\n"
            "Please fill in each action's status, planned date and explanation, and send the "
            "workbook back by {deadline}, as a reply to this mail. Leave the hidden column and "
            "the hidden sheet as they are: they let us read your changes back in.\n\n"
            "Kind regards,\n\nThe control team{organisation}\n"
        ),
        "one action": "{count} action",
        "actions": "{count} actions",
    },
}


def hand_out(
    database: Database,
    folder: Path,
    *,
    owner: str | None = None,
    deadline: date | None = None,
    language: str | None = None,
    programme: str | None = None,
) -> list[HandedOut]:
    """Write the workbook and mail of one owner (or, without `owner`, of every owner).

    A deadline given is stored on the round; without one, the round's stored deadline is used.
    """
    require(database, Operation.HANDOUT)
    folder = Path(folder)
    if not folder.parent.is_dir():  # a new folder is made, but not a whole mistyped path
        raise HandoutError(_("{folder}: no such folder").format(folder=folder.parent))
    tree = load_tree(database, programme)
    stored = tree.round.deadline
    if deadline is not None:
        if deadline < tree.round.reference_date:
            raise HandoutError(
                _(
                    "the deadline {deadline} is before the round's reference date {date}; give "
                    "a later date"
                ).format(deadline=long_date(deadline), date=long_date(tree.round.reference_date))
            )
        tree.round.deadline = deadline
    if tree.round.deadline is None:
        raise HandoutError(
            _("the round {name!r} has no deadline yet: give --deadline DD-MM-YYYY").format(
                name=tree.round.name
            )
        )
    if tree.round.closed:
        raise HandoutError(
            _("the round {name!r} is closed: open a new round first (statusapp round new)").format(
                name=tree.round.name
            )
        )
    language = language or tree.programme.language
    counts: dict[str, int] = {}
    for action in tree.walk_actions():
        if action.owner:
            counts[action.owner] = counts.get(action.owner, 0) + 1
    if owner is not None:
        owner = " ".join(owner.split())
        if owner not in counts:
            shown = ", ".join(sorted(counts)[:8]) or _("none; assign owners to actions first")
            raise HandoutError(
                _("{owner!r} owns no actions in this round (owners: {owners})").format(
                    owner=owner, owners=shown
                )
            )
        chosen = [owner]
    else:
        chosen = sorted(counts, key=str.casefold)
        if not chosen:
            raise HandoutError(_("no action has an owner yet: assign owners first"))
    try:
        folder.mkdir(exist_ok=True)
    except OSError as error:
        raise HandoutError(
            _("{folder}: cannot make the folder ({reason})").format(
                folder=folder, reason=os_reason(error)
            )
        ) from None
    emails = owner_emails(database)
    taken: set[str] = set()
    results = []
    # With several programmes in the database, their hand-outs may share a folder.
    several = len(programmes_in(database)) > 1
    for name in chosen:
        title = f"{tree.programme.name} - " if several else ""
        stem = unique_stem(safe_file_stem(f"{title}{tree.round.name} - {name}"), taken)
        workbook = folder / f"{stem}.xlsx"
        mail = folder / f"{stem}.eml"
        export_programme(database, workbook, tree=tree, owner=name, language=language)
        message = handout_message(tree, name, emails.get(name), counts[name], workbook, language)
        write_atomically(mail, lambda path, m=message: path.write_bytes(m.as_bytes()))
        results.append(HandedOut(name, emails.get(name), counts[name], workbook, mail))
    if deadline is not None and deadline != stored:  # only once everything was written
        set_round_deadline(database, tree.round.id, deadline)
    return results


def handout_message(
    tree: ProgrammeTree,
    owner: str,
    email: str | None,
    count: int,
    workbook: Path,
    language: str,
) -> EmailMessage:
    """The unsent mail: To the owner, subject and body naming round and deadline, workbook
    attached."""
    round_ = tree.round
    if round_.deadline is None:
        raise HandoutError(_("the round {name!r} has no deadline").format(name=round_.name))
    texts = MAIL_TEXTS[language]
    values = {
        "owner": owner,
        "round": round_.name,
        "reference": long_date(round_.reference_date, language),
        "deadline": long_date(round_.deadline, language),
        "programme": tree.programme.name,
        # After "Concerncontrol" / "The control team": nothing when there is no organisation.
        "organisation": (
            (" " if language == "nl" else ", ") + tree.programme.organisation
            if tree.programme.organisation.strip()
            else ""
        ),
        "count": count,
        # The mail is in the export's language, not the program's: its own plural forms.
        "actions": texts["one action" if count == 1 else "actions"].format(count=count),
    }
    message = EmailMessage(policy=EML_POLICY)
    message["X-Unsent"] = "1"  # Outlook opens it as a draft to send
    if email:
        local, domain = email.rsplit("@", 1)
        message["To"] = Address(display_name=owner, username=local, domain=domain)
    else:
        message["To"] = ""
    message["Subject"] = texts["subject"].format(**values)
    message.set_content(texts["body"].format(**values))
    message.add_attachment(
        workbook.read_bytes(), maintype=XLSX_TYPE[0], subtype=XLSX_TYPE[1], filename=workbook.name
    )
    return message


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip
MAX_STEM = 100


def safe_file_stem(text: str) -> str:
    """A file name Windows accepts: no <>:"/\\|?* or control characters, no trailing dot or
    space, not a device name, not too long."""
    stem = _UNSAFE.sub("-", " ".join(text.split()))[:MAX_STEM].rstrip(" .") or "handout"
    if stem.split(".")[0].upper() in _RESERVED:
        stem = f"_{stem}"
    return stem


def unique_stem(stem: str, taken: set[str]) -> str:
    """Unique ignoring case (Windows file names are): "x", "x (2)", ..."""
    candidate, counter = stem, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({counter})"
        counter += 1
    taken.add(candidate.casefold())
    return candidate
