"""The ``enzpy`` command: ``enzpy info FILE.ll`` (more subcommands arrive with AD)."""

import argparse
import sys

from . import __version__
from .errors import EnzpyError


def _read(path):
    if path == "-":
        return sys.stdin.read(), "<stdin>"
    try:
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            return handle.read(), path
    except OSError as exc:
        raise EnzpyError(f"cannot read {path}: {exc.strerror}") from None


def cmd_info(args):
    """List the functions of a module with their signatures and sizes."""
    from .ir import parse
    text, source = _read(args.file)
    module = parse(text, source)
    rows = []
    for fn in module.functions:
        kind = "declare" if fn.is_declaration else "define"
        params = ", ".join(str(t) for t in fn.function_type.params)
        if fn.function_type.vararg:
            params += ", ..." if params else "..."
        name = fn.name if fn.name is not None else "<unnamed>"
        count = sum(len(b.instructions) for b in fn.blocks)
        size = (f"{_plural(len(fn.blocks), 'block')}, {_plural(count, 'instruction')}"
                if fn.blocks else "")
        rows.append((kind, f"@{name}({params}) -> {fn.return_type}", size))
    width = max((len(r[1]) for r in rows), default=0)
    print(f"{source}: {len(module.functions)} functions, {len(module.globals)} globals")
    for kind, sig, size in rows:
        print(f"  {kind:7} {sig:{width}}  {size}".rstrip())
    return 0


def _plural(n, word):
    return f"{n} {word}" + ("" if n == 1 else "s")


def build_parser():
    parser = argparse.ArgumentParser(
        prog="enzpy", description="Automatic differentiation of LLVM IR and Numba code.")
    parser.add_argument("--version", action="version", version=f"enzpy {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    info = sub.add_parser("info", help="list the functions of an .ll file",
                          description=cmd_info.__doc__)
    info.add_argument("file", help="LLVM IR file, or - for standard input")
    info.set_defaults(run=cmd_info)
    return parser


def main(argv=None):
    """Entry point of the ``enzpy`` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except EnzpyError as exc:
        message = str(exc).splitlines()
        print(f"enzpy: error: {message[0]}", file=sys.stderr)
        for line in message[1:]:
            print(f"  {line}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
