"""One error hierarchy and one exit-code table, shared by the CLI and the app."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes of the `assessor` command, documented in the README."""

    OK = 0
    FAILURE = 1  # an unexpected internal error (a bug: please report it)
    USAGE = 2  # the command line was wrong
    CHECKLIST_INVALID = 3  # a checklist file failed validation
    INPUT_UNREADABLE = 4  # a law file could not be read (reserved for the reading stage)


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
