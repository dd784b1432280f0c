"""Problems a user can cause and fix, reported as `FILE:LINE:COLUMN: message` lines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one input file, and how to fix it.

    severity "error": the user must act (make site stops or exits non-zero);
    "skipped": the file was left out of this build and the others went on;
    "warning": the build went on, with something worth a look.
    """

    path: str
    message: str
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    severity: str = "error"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity}: {self.message}"


class UserError(Exception):
    """An error the user can fix; the CLI prints it as one line, never a traceback."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.problems = problems or []
