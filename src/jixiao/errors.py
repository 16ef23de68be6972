"""Errors about the user's input: they name the file and the place, and never carry a traceback."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Place:
    """Where in a file: a field path ("indicators[2].weight"), a line, a sheet cell."""

    path: str = ""
    line: int | None = None

    def __str__(self) -> str:
        parts = [self.path] if self.path else []
        if self.line is not None:
            parts.append(f"第 {self.line} 行")
        return "，".join(parts)


@dataclass
class InputError(Exception):
    """Bad input: one file, one or more (place, message) pairs."""

    file: str
    problems: list[tuple[Place, str]] = field(default_factory=list)

    def __str__(self) -> str:
        lines = []
        for place, message in self.problems:
            where = f"{self.file}: {place}" if str(place) else self.file
            lines.append(f"{where}: {message}")
        return "\n".join(lines)

    @classmethod
    def single(cls, file: str, message: str, path: str = "", line: int | None = None) -> InputError:
        return cls(file, [(Place(path, line), message)])
