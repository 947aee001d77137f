"""Spell checking of explanations: they go straight into a council report.

Hunspell through pyenchant (maintained; its Windows wheel carries enchant and hunspell, and
PyInstaller's hooks bundle them), with the dictionaries Statusapp ships in resources/spelling
(OpenTaal for Dutch: hunspell knows Dutch compounds, which word-frequency lists flag by the
dozen). Words added to the dictionary go to a personal list per language in the data folder.
Without the enchant library spell checking is off and says why; nothing else depends on it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from statusapp.errors import os_reason
from statusapp.paths import data_dir, resources_dir
from statusapp.translation import _

# The programme's language to the dictionary's tag.
DICTIONARY_TAGS = {"nl": "nl", "en": "en_US"}
SUGGESTIONS = 6

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_HYPHEN_PART = re.compile(r"[^-]+")
# Spans not to check: web and e-mail addresses, and words glued to digits ("Q1", "2e").
_SKIPPED = re.compile(r"\S+@\S+|(?:https?://|www\.)\S+|\w*\d\w*")


@dataclass(frozen=True, slots=True)
class Misspelling:
    start: int  # character offsets into the checked text
    end: int
    word: str


class Speller:
    """One language's dictionary plus the user's own word list."""

    def __init__(self, language: str, dictionary: Any, personal_list: Path) -> None:
        self.language = language
        self._dictionary = dictionary
        self.personal_list = personal_list

    def is_correct(self, word: str) -> bool:
        return bool(self._dictionary.check(word))

    def misspellings(self, text: str) -> list[Misspelling]:
        skipped = [match.span() for match in _SKIPPED.finditer(text)]
        found = []
        for match in _WORD.finditer(text):
            word, start = match.group(), match.start()
            if _ignored(word) or any(a <= start < b for a, b in skipped):
                continue
            if self.is_correct(word):
                continue
            if "-" not in word:
                found.append(Misspelling(start, match.end(), word))
                continue
            # A compound the dictionary lacks whole ("E-laadpalen"): only parts it does not know.
            for part in _HYPHEN_PART.finditer(word):
                text = part.group()
                if not _ignored(text) and not self.is_correct(text):
                    found.append(Misspelling(start + part.start(), start + part.end(), text))
        return found

    def suggestions(self, word: str) -> list[str]:
        return list(self._dictionary.suggest(word))[:SUGGESTIONS]

    def add_to_dictionary(self, word: str) -> None:
        """Kept in the personal list, so every later check accepts the word."""
        self.personal_list.parent.mkdir(parents=True, exist_ok=True)
        self._dictionary.add(word)


def _ignored(word: str) -> bool:
    """Words under three letters (mostly abbreviations: "nb", "vm") and abbreviations in
    capitals (RIB, DMJOP's, AMV'ers) are not checked."""
    stem = re.split(r"['’]", word, maxsplit=1)[0]
    return len(word) < 3 or (len(stem) > 1 and stem.isupper())


@dataclass(frozen=True, slots=True)
class SpellingUnavailable:
    reason: str


def dictionary_folder() -> Path:
    return resources_dir() / "spelling"


@cache
def speller_for(language: str) -> Speller | SpellingUnavailable:
    """The speller of a programme language, loaded once (about 0.1 s for Dutch)."""
    tag = DICTIONARY_TAGS.get(language)
    if tag is None:
        return SpellingUnavailable(
            _("no dictionary for the language {language}").format(language=language)
        )
    # Enchant looks for hunspell/<tag>.dic under this folder first; it reads the variable
    # when pyenchant is imported.
    os.environ["ENCHANT_CONFIG_DIR"] = str(dictionary_folder())
    try:
        import enchant
    except (ImportError, OSError):  # the enchant library is missing (Linux without it)
        return SpellingUnavailable(_("the enchant spelling library is not installed"))
    personal_list = data_dir() / "spelling" / f"personal-{tag}.txt"
    try:
        personal_list.parent.mkdir(parents=True, exist_ok=True)
        dictionary = enchant.DictWithPWL(tag, str(personal_list))
    except OSError as error:
        return SpellingUnavailable(
            _("cannot open the word list {path}: {reason}").format(
                path=personal_list, reason=os_reason(error)
            )
        )
    except enchant.errors.Error:
        return SpellingUnavailable(
            _("the dictionary {tag} is missing from {folder}").format(
                tag=tag, folder=dictionary_folder()
            )
        )
    return Speller(language, dictionary, personal_list)
