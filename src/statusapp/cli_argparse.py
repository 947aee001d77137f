"""argparse in the user's language, and its errors as one line.

argparse looks its own texts ("usage: ", "options", "invalid choice: ...") up through the module
globals `argparse._` and `argparse.ngettext` (bound to gettext at import) when it builds a
parser, prints help or reports an error. `argparse_speaking_ours()` points them at our catalog
for that time only, so no other user of argparse in the process is affected.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from statusapp.translation import _, ngettext


@contextmanager
def argparse_speaking_ours() -> Iterator[None]:
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose usage errors are one line naming the help to read, exit 2."""

    def error(self, message: str) -> NoReturn:
        line = _("statusapp: error: {message} (see {command} --help)").format(
            message=message, command=self.prog
        )
        self.exit(2, line + "\n")


def whole_number(text: str) -> int:
    """argparse's type for a number: one line in the user's words, not "invalid int value"."""
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a whole number").format(text=text)
        ) from None


def parse_arguments(parser: argparse.ArgumentParser, arguments: list[str]) -> argparse.Namespace:
    """parse_args, but an unknown argument after a command is refused by that command's parser,
    so the line names its help (statusapp check --help), not the program's."""
    args, extra = parser.parse_known_args(arguments)
    if extra:
        failing = _command_parser(parser, args) or parser
        failing.error(_("unrecognized arguments: %s") % " ".join(extra))
    return args


def _command_parser(
    parser: argparse.ArgumentParser, args: argparse.Namespace
) -> argparse.ArgumentParser | None:
    found = None
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        command = getattr(args, action.dest, None)
        found = action.choices.get(command) if command else None  # type: ignore[union-attr]
    if found is not None:  # a command with actions of its own (round new): its parser
        return _command_parser(found, args) or found
    return None


def refuse_unused_arguments(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Options that would be ignored are usage errors (exit 2), not silently dropped."""
    if args.command != "conflicts":
        return
    if args.resolve is None and (args.take is not None or args.text is not None):
        parser.error(_("--take and --text only go with --resolve N"))
    if args.text is not None and args.take != "merged":
        parser.error(_("--text only goes with --take merged"))


def language_asked(argv: Sequence[str]) -> str | None:
    """--lang's value, read before the parser exists: its help texts are built in it."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        name, equals, value = argument.partition("=")
        if len(name) >= 3 and "--lang".startswith(name):  # argparse accepts --lan too
            if equals:
                return value
            return argv[index + 1] if index + 1 < len(argv) else None
    return None


def argv_or_system(argv: Sequence[str] | None) -> list[str]:
    return list(sys.argv[1:] if argv is None else argv)


def argparse_messages() -> list[str]:
    """argparse's texts a user can meet (Python 3.11), so the extractor puts them in our
    catalog; tests/test_cli_language.py checks argparse still has each."""
    return [
        _("usage: "),
        _("positional arguments"),
        _("options"),
        _("show this help message and exit"),
        _("argument %(argument_name)s: %(message)s"),
        _("unrecognized arguments: %s"),
        _("ambiguous option: %(option)s could match %(matches)s"),
        _("invalid choice: %(value)r (choose from %(choices)s)"),
        _("invalid %(type)s value: %(value)r"),
        _("expected one argument"),
        _("expected at most one argument"),
        _("expected at least one argument"),
        ngettext("expected %s argument", "expected %s arguments", 2),
        _("the following arguments are required: %s"),
        _("one of the arguments %s is required"),
        _("not allowed with argument %s"),
        _("ignored explicit argument %r"),
        _("%(prog)s: error: %(message)s\n"),
    ]
