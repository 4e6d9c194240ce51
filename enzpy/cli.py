"""The ``enzpy`` command: ``info``, ``explain``, ``diff``, ``check`` and ``lower`` on ``.ll``
files, and ``rules`` (the derivative rule table)."""

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


def cmd_explain(args):
    """Print each instruction of a function with its type tree and activity."""
    from .explain import explain_function, pick_function, write_dot
    from .ir import parse
    text, source = _read(args.file)
    module = parse(text, source)
    fn = pick_function(module, args.fn)
    explanation = explain_function(fn, args.args, args.arg_types,
                                   None if args.ret is None else args.ret == "active")
    print(explanation.render(), end="")
    if args.dot:
        for path in write_dot(explanation, args.dot):
            print(f"wrote {path}")
    return 0


def _activities(spec, fn):
    """``--args`` text → ArgActivity list (checked against the function's arity)."""
    from .analysis.activity import ArgActivity
    from .check import default_activities
    if spec is None:
        return default_activities(fn)
    items = [item for item in spec.split(",") if item.strip()]
    if len(items) != len(fn.args):
        raise EnzpyError(f"@{fn.name} takes {len(fn.args)} arguments but --args gives "
                         f"{len(items)} activities")
    try:
        return [ArgActivity.parse(item) for item in items]
    except ValueError as exc:
        raise EnzpyError(str(exc)) from None


def _custom_rules(specs, module, prefer=None, source="<string>"):
    """``--rule SYMBOL=[vjp:|jvp:]RULE`` options → CustomRules (None without options)."""
    if not specs:
        return None
    from .rules.custom import CustomRules, parse_rule_option
    rules = CustomRules()
    for spec in specs:
        rules.add(parse_rule_option(spec, module, prefer, source))
    return rules


def _target(module, name):
    from .explain import pick_function
    if name is None:
        defined = [f for f in module.functions if not f.is_declaration and f.name != "main"]
        if len(defined) == 1:
            return defined[0]
    return pick_function(module, name)


def cmd_diff(args):
    """Write the module with the derivative of NAME added: diffe_NAME (reverse mode) or
    fwddiffe_NAME (forward mode)."""
    from .ad.prepare import prepare
    from .ad.reverse import differentiate_reverse
    from .canonical import canonicalize, dispose, optimize, parse_llvm
    from .ir import parse
    text, source = _read(args.file)
    parsed = parse(text, source)
    fn = _target(parsed, args.fn)
    custom = _custom_rules(args.rule, parsed, "jvp" if args.mode == "forward" else "vjp",
                           source)
    module = prepare(text, fn.name, source=source, custom=custom)
    target = module.get_function(fn.name)
    if args.mode == "forward":
        from .ad.forward import differentiate_forward
        diffe = differentiate_forward(module, fn.name, _activities(args.args, target),
                                      width=args.width)
    else:
        diffe = differentiate_reverse(module, fn.name, _activities(args.args, target))
    out = canonicalize(str(module), source)
    if args.O:
        llmod = parse_llvm(out, source)
        try:
            optimize(llmod, args.O)
            out = str(llmod)
        finally:
            dispose(llmod)
    if args.output in (None, "-"):
        sys.stdout.write(out)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(out)
    print(f"{diffe.return_type} @{diffe.name}({', '.join(map(str, diffe.function_type.params))})",
          file=sys.stderr if args.output in (None, "-") else sys.stdout)
    return 0


def cmd_check(args):
    """Differentiate (reverse and forward mode), JIT, and compare with central finite
    differences on random inputs."""
    from .check import check_reverse
    from .ir import parse
    text, source = _read(args.file)
    parsed = parse(text, source)
    fn = _target(parsed, args.fn)
    custom = _custom_rules(args.rule, parsed, {"reverse": "vjp", "forward": "jvp"}.get(
        args.mode), source)
    ints = {}
    for item in (args.ints or "").split(","):
        if item.strip():
            key, _, value = item.partition("=")
            try:
                ints[int(key)] = int(value)
            except ValueError:
                raise EnzpyError(f"--ints takes INDEX=VALUE pairs, not {item!r}") from None
    common = dict(length=args.len, ints=ints, points=args.points, seed=args.seed, opt=args.O,
                  custom=custom)
    ok = True
    if args.mode in ("reverse", "both"):
        report = check_reverse(text, fn.name, _activities(args.args, fn), **common)
        print("reverse mode:\n" + report.table())
        ok &= report.ok
    if args.mode in ("forward", "both"):
        from .check import check_forward
        report = check_forward(text, fn.name, _activities(args.args, fn), width=args.width,
                               **common)
        print("forward mode:\n" + report.table())
        ok &= report.ok
    return 0 if ok else 1


def cmd_lower(args):
    """Replace every __enzyme_autodiff and __enzyme_fwddiff call of a module (Enzyme's C
    interface) by a call of the generated derivative; the result links with clang or runs
    through enzpy.jit."""
    from .enzyme_abi import lower
    from .ir import parse
    try:
        text, source = _read(args.file)
        custom = _custom_rules(args.rule, parse(text, source), source=source) \
            if args.rule else None
        out = lower(text, source, custom)
    except EnzpyError as exc:      # one line: what, where, the call, the fix
        lines = [line.strip() for line in str(exc).splitlines()]
        print("enzpy: error: " + " ".join(line for line in lines if line.strip("^ ")),
              file=sys.stderr)
        return 1
    if args.output in (None, "-"):
        sys.stdout.write(out)
    else:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(out)
    return 0


def cmd_rules(args):
    """List the derivative rule table: the float instructions, LLVM intrinsics and C math
    functions enzpy differentiates without a custom rule, with the kind of each argument
    (float: differentiated; int: not differentiable; zero: derivative zero wherever it
    exists)."""
    from .rules import RULES, ZERO
    rows = []
    for rule in sorted(RULES.values(), key=lambda r: (not r.instruction, r.name)):
        if args.name and args.name not in rule.name:
            continue
        forms = [f"instruction {rule.name}"] if rule.instruction else []
        if rule.libm:        # Numba's helpers (numba_gamma) have no long double form
            forms += [f"{n} {n}f" + ("" if n.startswith("numba_") else f" {n}l")
                      for n in (rule.name,) + tuple(rule.aliases)]
        if rule.intrinsic:
            forms.append(f"llvm.{rule.name}.*")
        kinds = ", ".join("int" if p is None else "zero" if p is ZERO or p == ZERO else "float"
                          for p in rule.partials)
        rows.append((rule.name, "  ".join(forms), f"({kinds})"))
    if not rows:
        raise EnzpyError(f"no row of the rule table matches '{args.name}'")
    widths = [max(len(r[k]) for r in rows) for k in range(2)]
    for name, forms, kinds in rows:
        print(f"{name:{widths[0]}}  {forms:{widths[1]}}  {kinds}")
    return 0


def _add_rule_option(parser):
    parser.add_argument("--rule", action="append", metavar="SYMBOL=RULE",
                        help="use the function RULE of the module as the custom derivative of "
                        "calls to SYMBOL (pointer ABI, docs/custom_rules.md): its signature says "
                        "whether it is the vjp or the jvp (write SYMBOL=vjp:RULE or "
                        "SYMBOL=jvp:RULE when both fit); may be given several times")


def build_parser():
    parser = argparse.ArgumentParser(
        prog="enzpy", description="Automatic differentiation of LLVM IR and Numba code.")
    parser.add_argument("--version", action="version", version=f"enzpy {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    info = sub.add_parser("info", help="list the functions of an .ll file",
                          description=cmd_info.__doc__)
    info.add_argument("file", help="LLVM IR file, or - for standard input")
    info.set_defaults(run=cmd_info)
    explain = sub.add_parser(
        "explain", help="show type trees and activity of a function",
        description=cmd_explain.__doc__ + " Marks: 'active' = needs derivative code, "
        "'shadow' = a pointer whose shadow the derivative mirrors.")
    explain.add_argument("file", help="LLVM IR file, or - for standard input")
    explain.add_argument("--fn", metavar="NAME",
                         help="the function (default: the only defined function)")
    explain.add_argument("--args", metavar="LIST",
                         help="one activity per argument, comma-separated: const, active, dup, "
                         "dupnoneed (default: pointer dup, float active, other const)")
    explain.add_argument("--arg-types", metavar="SPEC",
                         help="argument type trees, e.g. '0=ptr:double,2=ptr:float' or "
                         "'x={[-1]:Pointer, [-1,0]:Float@double}' (see docs/analysis.md)")
    explain.add_argument("--ret", choices=("active", "const"),
                         help="activity of the return value (default: active when it is a "
                         "float)")
    explain.add_argument("--dot", metavar="OUT",
                         help="also write the CFG as Graphviz dot (and OUT.svg when dot is "
                         "installed)")
    explain.set_defaults(run=cmd_explain)
    diff = sub.add_parser("diff", help="add the reverse-mode derivative diffe_NAME to a module",
                          description=cmd_diff.__doc__ + " The calling convention is in "
                          "docs/reverse.md.")
    diff.add_argument("file", help="LLVM IR file, or - for standard input")
    diff.add_argument("--fn", metavar="NAME", help="the function to differentiate (default: "
                      "the only defined function besides main)")
    diff.add_argument("--args", metavar="LIST", help="one activity per argument: const, active, "
                      "dup, dupnoneed (default: pointer dup, float active, other const)")
    diff.add_argument("-O", type=int, choices=range(4), default=0, metavar="N",
                      help="optimise the result at -O N (default 0: as generated)")
    diff.add_argument("-o", "--output", metavar="OUT.ll", help="output file (default: stdout)")
    diff.add_argument("--mode", choices=("reverse", "forward"), default="reverse",
                      help="reverse (diffe_NAME, default) or forward (fwddiffe_NAME)")
    diff.add_argument("--width", type=int, default=1, metavar="N",
                      help="forward mode: tangents propagated at once (default 1)")
    _add_rule_option(diff)
    diff.set_defaults(run=cmd_diff)
    check = sub.add_parser("check", help="compare reverse mode with finite differences",
                           description=cmd_check.__doc__)
    check.add_argument("file", help="LLVM IR file, or - for standard input")
    check.add_argument("--fn", metavar="NAME", help="the function (default: the only defined "
                       "function besides main)")
    check.add_argument("--args", metavar="LIST", help="activities, as for diff")
    check.add_argument("--len", type=int, default=24, metavar="N",
                       help="elements of each array argument (default 24)")
    check.add_argument("--ints", metavar="I=V,...", help="values of integer arguments by "
                       "index (default 4)")
    check.add_argument("--points", type=int, default=2, help="random points (default 2)")
    check.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    check.add_argument("-O", type=int, choices=range(4), default=2, metavar="N",
                       help="JIT optimisation level (default 2)")
    check.add_argument("--mode", choices=("reverse", "forward", "both"), default="both",
                       help="which modes to check (default both)")
    check.add_argument("--width", type=int, default=1, metavar="N",
                       help="forward mode vector width (default 1)")
    _add_rule_option(check)
    check.set_defaults(run=cmd_check)
    lower = sub.add_parser("lower", help="lower __enzyme_autodiff calls (Enzyme's C interface)",
                           description=cmd_lower.__doc__ + " See docs/enzyme_abi.md.")
    lower.add_argument("file", help="LLVM IR file, or - for standard input")
    lower.add_argument("-o", "--output", metavar="OUT.ll", help="output file (default: stdout)")
    _add_rule_option(lower)
    lower.set_defaults(run=cmd_lower)
    rules = sub.add_parser("rules", help="list the derivative rule table",
                           description=cmd_rules.__doc__)
    rules.add_argument("name", nargs="?", help="only the rows whose name contains NAME")
    rules.set_defaults(run=cmd_rules)
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
