"""Settings, declared once (name, default, help) in the `Settings` dataclass below.

Each setting can be given as an environment variable `ASSESSOR_<NAME>`; the CLI and the app
read them through `load_settings()`. The README's table comes from `settings_table()`.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

from assessor.errors import SettingsError


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
    sign_in: str = _setting(
        "", "Who the app records in the history. Empty (or `off`): each person types a name, for one person on "
        "localhost. `oidc`: Streamlit's OpenID Connect sign-in, the provider set in `.streamlit/secrets.toml` "
        "`[auth]`. `header`: the identity a trusted sign-in proxy puts in the header `ASSESSOR_SIGN_IN_HEADER`. "
        "See docs/sign-in.md."
    )
    sign_in_provider: str = _setting(
        "", "With `ASSESSOR_SIGN_IN=oidc`: the provider's name, configured in `[auth.<name>]` of "
        "`.streamlit/secrets.toml` (empty: the provider set in `[auth]` itself)."
    )
    sign_in_header: str = _setting(
        "", "With `ASSESSOR_SIGN_IN=header`: the request header in which the sign-in proxy names the person, e.g. "
        "`X-Forwarded-User`. Never read in any other mode."
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


SIGN_IN_MODES = ("off", "oidc", "header")

# A header's name is an HTTP token (RFC 9110, 5.6.2): letters, digits and a few signs, never a space or a colon.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@dataclass(frozen=True, slots=True)
class SignIn:
    """How the app knows who is using it: `mode` is off, oidc or header; `provider` is the OIDC provider's name
    ("" for the one in `[auth]`); `header` is the trusted header's name (header mode only)."""

    mode: str
    provider: str = ""
    header: str = ""

    @property
    def on(self) -> bool:
        """True when people sign in (the identity is not typed)."""
        return self.mode != "off"


def sign_in(settings: Settings) -> SignIn:
    """The sign-in configuration in force, checked; a bad one is a SettingsError saying what to set.

    A provider or header given for another mode is refused rather than ignored: whoever set it believes
    sign-in is on, and a silent fallback to typed names would record anyone as anyone.
    """
    mode = settings.sign_in.strip().casefold() or "off"
    provider = settings.sign_in_provider.strip()
    header = settings.sign_in_header.strip()
    if mode not in SIGN_IN_MODES:
        raise SettingsError(f"ASSESSOR_SIGN_IN={settings.sign_in.strip()!r} is not a sign-in mode: use "
                            f"{', '.join(SIGN_IN_MODES)} (or leave it empty for off).")
    if provider and mode != "oidc":
        raise SettingsError("ASSESSOR_SIGN_IN_PROVIDER is set but ASSESSOR_SIGN_IN is not oidc: set "
                            "ASSESSOR_SIGN_IN=oidc, or unset the provider.")
    if header and mode != "header":
        raise SettingsError("ASSESSOR_SIGN_IN_HEADER is set but ASSESSOR_SIGN_IN is not header: set "
                            "ASSESSOR_SIGN_IN=header, or unset the header.")
    if mode == "header" and not header:
        raise SettingsError("ASSESSOR_SIGN_IN=header needs ASSESSOR_SIGN_IN_HEADER, the header in which the "
                            "sign-in proxy names the person (e.g. X-Forwarded-User).")
    if header and not _HEADER_NAME.fullmatch(header):
        raise SettingsError(f"ASSESSOR_SIGN_IN_HEADER={header!r} is not a header name (letters, digits and "
                            "hyphens, e.g. X-Forwarded-User).")
    if "_" in provider:
        # Streamlit cannot tell "[auth.a_b]" from its own encoding of the provider's name.
        raise SettingsError(f"ASSESSOR_SIGN_IN_PROVIDER={provider!r}: Streamlit does not allow an underscore in a "
                            "provider's name; rename its [auth.<name>] section.")
    return SignIn(mode, provider, header)


def settings_table() -> str:
    """The Markdown table of settings for the README."""
    rows = ["| environment variable | default | what it does |", "|---|---|---|"]
    rows += [f"| `ASSESSOR_{f.name.upper()}` | `{f.default}` | {f.metadata['help']} |" for f in fields(Settings)]
    return "\n".join(rows)
