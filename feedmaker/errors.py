"""The exception tree of feedmaker.

Every failure that a user can cause (a bad file, a bad option, a page with no
story) is a :class:`FeedmakerError`; ``cli.main`` catches that class and nothing
broader, prints its one-line message and exits with :attr:`exit_code`. Anything
else escaping is a bug and deserves its traceback.

::

    FeedmakerError                 base; cli.main catches this and nothing broader
    ├── UsageError(ValueError)     bad option value on the command line     -> exit 2
    ├── ConfigError(ValueError)    bad, missing or unknown config key       -> exit 2
    ├── SourceError(OSError)       input missing, unreadable, binary, empty -> exit 1
    ├── EntryError(ValueError)     one block rejected -> a Problem; the run goes on
    ├── EmptyRun                   nothing usable found in the inputs       -> exit 1
    ├── StateError                 state database corrupt, locked or newer  -> exit 1
    ├── LockTimeout                another build holds the output folder    -> exit 4
    ├── RenderError                feedgen refused a value (names the field) -> exit 1
    └── PublishError(OSError)      write/replace failed; old files intact   -> exit 1

Messages say what went wrong, where (file and line when known) and, when it
is not obvious, how to fix it. They are one line: cron mails read better.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_LOCKED = 4


class FeedmakerError(Exception):
    """Base of every error feedmaker raises on purpose."""

    exit_code = EXIT_FAILURE


class UsageError(FeedmakerError, ValueError):
    """A command-line option has a value feedmaker cannot use."""

    exit_code = EXIT_USAGE


class ConfigError(FeedmakerError, ValueError):
    """The configuration is missing, malformed or has an unknown key."""

    exit_code = EXIT_USAGE


class SourceError(FeedmakerError, OSError):
    """An input cannot be read or holds no text (missing, a folder, binary, empty)."""


class EntryError(FeedmakerError, ValueError):
    """One story block was rejected; the run records a Problem and goes on."""


class EmptyRun(FeedmakerError):
    """No story was found in any input: refusing to publish an empty feed."""


class StateError(FeedmakerError):
    """The state database cannot be opened, read or written (corrupt, or from a newer feedmaker)."""


class LockTimeout(FeedmakerError):
    """Another build holds the output folder's lock and did not release it in time."""

    exit_code = EXIT_LOCKED


class RenderError(FeedmakerError):
    """A feed writer refused a value; the message names the entry and field."""


class PublishError(FeedmakerError, OSError):
    """Writing an output file failed; the previous file is left untouched."""
