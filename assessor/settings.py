"""Settings, declared once (name, default, help) in the `Settings` dataclass below.

Each setting can be given as an environment variable `ASSESSOR_<NAME>`; the CLI and the app
read them through `load_settings()`. The README's table comes from `settings_table()`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any


def _setting(default: Any, help: str) -> Any:  # noqa: A002 - "help" is the natural word here
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """The values in force."""

    checklist_dir: str = _setting("", "Folder of the checklists loaded by default (empty: the shipped `checklists/`).")
    max_file_mb: float = _setting(50.0, "Largest law file read, in MB; a larger file is refused with a clear message.")
    max_expanded_mb: float = _setting(200.0, "Largest total size a .docx/.odt may expand to when unzipped, in MB.")
    max_compression_ratio: float = _setting(
        100.0, "Largest expanded/compressed size ratio of a .docx/.odt member (zip-bomb guard)."
    )
    max_pdf_pages: int = _setting(2000, "Most PDF pages read from one file.")
    database: str = _setting(
        "", "The assessments database: an SQLite file (empty: `workspace/assessor.sqlite3` under the current folder), "
        "or a PostgreSQL URL, `postgresql://user:password@host:5432/dbname`, shared by a team."
    )

    def with_(self, **changes: Any) -> Settings:
        """A copy with some values changed (tests and the CLI's options use it)."""
        return replace(self, **changes)


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Defaults, overridden by ASSESSOR_<NAME> environment variables."""
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for f in fields(Settings):
        raw = env.get(f"ASSESSOR_{f.name.upper()}")
        if raw is not None:
            values[f.name] = type(f.default)(raw)
    return Settings(**values)


def settings_table() -> str:
    """The Markdown table of settings for the README."""
    rows = ["| environment variable | default | what it does |", "|---|---|---|"]
    rows += [f"| `ASSESSOR_{f.name.upper()}` | `{f.default}` | {f.metadata['help']} |" for f in fields(Settings)]
    return "\n".join(rows)
