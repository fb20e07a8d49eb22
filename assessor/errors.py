"""One error hierarchy and one exit-code table, shared by the CLI and the app."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `assessor` command, documented in the README."""

    OK = 0
    FAILURE = 1  # an unexpected internal error (a bug: please report it)
    USAGE = 2  # the command line was wrong
    CHECKLIST_INVALID = 3  # a checklist file failed validation
    INPUT_UNREADABLE = 4  # a law file could not be read (any reason not listed below)
    # One code per kind of bad law file, so scripts can tell them apart.
    FILE_NOT_FOUND = 10
    EMPTY_FILE = 11
    FILE_TOO_LARGE = 12
    UNKNOWN_FORMAT = 13
    CORRUPT_FILE = 14
    ENCRYPTED_PDF = 15
    NO_TEXT_LAYER = 16
    ARCHIVE_BOMB = 17
    UNSAFE_XML = 18
    # The assessments database (assessor/store.py).
    STORE_ERROR = 20  # the database could not be opened or written (busy, damaged, newer version)
    NOT_FOUND = 21  # no assessment, finding or history entry with that id
    CONFLICT = 22  # someone else saved the finding first; nothing was overwritten
    IMPORT_INVALID = 23  # an assessment file to import is invalid
    # `assessor batch`.
    BATCH_PARTIAL = 24  # some countries of a batch failed (the others were done); see OUT/errors.txt
    PERMISSION_DENIED = 25  # the person's role on the assessment does not allow the action
    SETTINGS_INVALID = 26  # an ASSESSOR_* setting is wrong (e.g. an unknown sign-in mode)


class AssessorError(Exception):
    """Base of every error the package raises on purpose.

    The message is what a person sees: one clear line, never a traceback.
    """

    exit_code: ExitCode = ExitCode.FAILURE

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ChecklistError(AssessorError):
    """One or more checklist files are invalid; `problems` lists each one."""

    exit_code = ExitCode.CHECKLIST_INVALID

    def __init__(self, problems: list[ChecklistProblem]) -> None:
        self.problems = problems
        first = problems[0].render() if problems else "invalid checklist"
        more = f" (and {len(problems) - 1} more problem(s))" if len(problems) > 1 else ""
        super().__init__(first + more)


class ChecklistProblem:
    """A single problem in a checklist file: where it is and what is wrong."""

    __slots__ = ("file", "place", "line", "message")

    def __init__(self, file: str, place: str, message: str, line: int | None = None) -> None:
        self.file = file
        self.place = place
        self.line = line
        self.message = message

    def render(self) -> str:
        """`file:line: place: message`, the way compilers report, so editors can jump to it."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        place = f" {self.place}:" if self.place else ""
        return f"{where}:{place} {self.message}"

    def __repr__(self) -> str:
        return f"ChecklistProblem({self.render()!r})"


class ReadError(AssessorError):
    """A law file cannot be read. Subclasses name the reason; `path` names the file."""

    exit_code = ExitCode.INPUT_UNREADABLE

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class FileNotFound(ReadError):
    """The path does not exist or is not a file."""

    exit_code = ExitCode.FILE_NOT_FOUND


class EmptyFile(ReadError):
    """The file has no bytes, or no text at all."""

    exit_code = ExitCode.EMPTY_FILE


class FileTooLarge(ReadError):
    """The file is over the configured size limit."""

    exit_code = ExitCode.FILE_TOO_LARGE


class UnknownFormat(ReadError):
    """Neither the extension nor the content says which format the file is in."""

    exit_code = ExitCode.UNKNOWN_FORMAT


class CorruptFile(ReadError):
    """The file claims a format but is damaged or truncated."""

    exit_code = ExitCode.CORRUPT_FILE


class EncryptedPdf(ReadError):
    """The PDF is encrypted (password-protected)."""

    exit_code = ExitCode.ENCRYPTED_PDF


class NoTextLayer(ReadError):
    """A scanned PDF: pages are images, so OCR is needed first."""

    exit_code = ExitCode.NO_TEXT_LAYER


class ArchiveBomb(ReadError):
    """A .docx/.odt whose content would expand past the limits (size or ratio)."""

    exit_code = ExitCode.ARCHIVE_BOMB


class UnsafeXml(ReadError):
    """XML with entity declarations or external references (entity expansion, XXE)."""

    exit_code = ExitCode.UNSAFE_XML


class StoreError(AssessorError):
    """The assessments database cannot be opened, read or written."""

    exit_code = ExitCode.STORE_ERROR


class NotFound(StoreError):
    """No assessment, finding or history entry with the id asked for."""

    exit_code = ExitCode.NOT_FOUND


class ConflictError(StoreError):
    """A save refused because the finding changed since it was loaded; `current` is the newer finding.

    Nothing was written: the person reloads, sees the other change, and decides again.
    """

    exit_code = ExitCode.CONFLICT

    def __init__(self, message: str, current: object) -> None:
        super().__init__(message)
        self.current = current  # the Finding as it is now in the database


class PermissionDenied(StoreError):
    """The person's role on the assessment does not allow what they asked; nothing was written."""

    exit_code = ExitCode.PERMISSION_DENIED


class SettingsError(AssessorError):
    """An `ASSESSOR_*` setting is wrong; the message says which and what to set."""

    exit_code = ExitCode.SETTINGS_INVALID


class AssessmentImportError(AssessorError):
    """An assessment file to import is invalid; the message names the place and what is wrong."""

    exit_code = ExitCode.IMPORT_INVALID
