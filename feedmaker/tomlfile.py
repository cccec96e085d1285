"""TOML files (the configuration, site profiles) read into dicts, every failure a one-line ConfigError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import ConfigError


def read_toml(path: Path, missing: str, what: str = "") -> dict[str, Any]:
    """Return the table in the TOML file ``path``.

    Raises ConfigError naming the file: ``missing`` when it does not exist,
    else why it cannot be read or parsed (``what`` names the file's role).
    """
    import tomllib  # lazy: a build from the command line reads no TOML at all

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: {missing}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read{what} ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
