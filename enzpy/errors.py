"""The one exception hierarchy of enzpy.

Every message says what failed, where (function, block, instruction text, source line when
known) and how to fix it.  Asserts are reserved for enzpy's own bugs.
"""


class EnzpyError(Exception):
    """Base class of every error enzpy raises on purpose."""


class IRParseError(EnzpyError):
    """Text that is not valid LLVM IR; carries the 1-based line and column and the line text."""

    def __init__(self, message, line=None, column=None, line_text=None, source="<string>"):
        self.reason = message
        self.line = line
        self.column = column
        self.line_text = line_text
        self.source = source
        where = source
        if line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        text = f"{where}: {message}"
        if line_text is not None:
            text += f"\n    {line_text.rstrip()}"
            if column is not None and column >= 1:
                text += "\n    " + " " * (column - 1) + "^"
        super().__init__(text)


class VerifyError(IRParseError):
    """IR that parses but that LLVM's verifier rejects."""


class TypeAnalysisError(EnzpyError):
    """The type of memory or of a value that AD needs could not be decided."""


class ActivityError(EnzpyError):
    """Argument activities that do not fit the function."""


class NoDerivativeRule(EnzpyError):
    """A call or instruction that is active but has no derivative rule."""


class ABIError(EnzpyError):
    """Arguments that do not match the calling convention of a generated function."""


class JitError(EnzpyError):
    """Compilation or symbol resolution failed in the JIT."""
