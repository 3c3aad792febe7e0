"""One small error hierarchy; the CLI turns these into one-line messages and exit code 1."""


class KGError(Exception):
    """Base of every error kg raises on purpose."""


class InputError(KGError):
    """Bad input: names the file (and line) it comes from."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None):
        self.file, self.line = file, line
        where = f"{file}:{line}: " if file and line else f"{file}: " if file else ""
        super().__init__(f"{where}{message}")


class QueryError(KGError):
    """A SPARQL query that is malformed or not allowed (updates, LOAD, SERVICE, remote FROM)."""


class LookupFailed(KGError):
    """A name that matches no entity, or an alias shared by several (the message lists them)."""
