"""Canonical input: every module enzpy reads passes through LLVM's own parser and verifier first.

LLVM's parser upgrades old syntax (typed pointers such as ``double*`` become ``ptr``) and its
printer writes one regular dialect, which is the only dialect ``enzpy.ir`` has to read.  Nothing
unverified ever reaches an LLVM pass or the JIT: LLVM is built with assertions and aborts the
process on broken IR.
"""

import re
import threading

import llvmlite.binding as llvm

from .errors import IRParseError, VerifyError

_init_lock = threading.Lock()
_initialized = False
_target_machine = None

# "<string>:3:14: error: use of undefined value '%x'"
_PARSE_MESSAGE = re.compile(r":(\d+):(\d+): error: (.*)")


def init_llvm():
    """Initialise LLVM's native target once per process (never ``llvm.initialize()``)."""
    global _initialized
    if not _initialized:
        with _init_lock:
            if not _initialized:
                llvm.initialize_native_target()
                llvm.initialize_native_asmprinter()
                _initialized = True


def target_machine():
    """The host target machine, shared by the canonicaliser and the JIT."""
    global _target_machine
    init_llvm()
    if _target_machine is None:
        with _init_lock:
            if _target_machine is None:
                target = llvm.Target.from_default_triple()
                _target_machine = target.create_target_machine(
                    cpu=llvm.get_host_cpu_name(), features=llvm.get_host_cpu_features().flatten(),
                    opt=3, reloc="static", codemodel="jitdefault")
    return _target_machine


def _line(text, number):
    lines = text.splitlines()
    if 1 <= number <= len(lines):
        return lines[number - 1]
    return None


def _locate_verifier_message(text, message):
    """Find the line of the instruction a verifier message quotes (the last one it quotes is
    the offending use); the message prints instructions as LLVM writes them."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    for quoted in reversed(message.splitlines()[1:]):
        needle = " ".join(quoted.split())
        if not needle or needle.startswith(("ptr ", "label ", ";")):
            continue
        for number, line in enumerate(lines, 1):
            if line == needle or line.startswith(needle + ","):
                return number, text.splitlines()[number - 1]
    return None, None


def parse_llvm(text, source="<string>"):
    """Parse and verify ``text`` with LLVM; return the llvmlite module (in its own context).

    Raises IRParseError (with line and column) for text LLVM cannot parse and VerifyError
    for IR that the verifier rejects.
    """
    init_llvm()
    if not isinstance(text, str):
        raise TypeError(f"LLVM IR must be given as str, not {type(text).__name__}")
    if "\x00" in text:
        number = text[:text.index("\x00")].count("\n") + 1
        raise IRParseError("NUL byte in LLVM IR text", number, None, _line(text, number), source)
    # A fresh context per module: in a shared context LLVM renames a named struct that
    # another module already defined (%struct.S becomes %struct.S.0).  The module owns it
    # (_ModuleWithContext).  On failure the module is disposed before its context here.
    context = llvm.create_context()
    try:
        module = llvm.parse_assembly(text, context=context)
    except RuntimeError as exc:
        context.close()
        raise _parse_error(text, str(exc), source) from None
    try:
        module.verify()
    except RuntimeError as exc:
        module.close()
        context.close()
        raise _verify_error(text, str(exc).strip(), source) from None
    return _ModuleWithContext.adopt(module)


class _ModuleWithContext(llvm.ModuleRef):
    """A module that owns its LLVM context: disposing the module disposes the context right
    after it, and the context is never disposed on its own.  Left to the garbage collector
    (a module reachable only from cyclic garbage, such as an exception's frames), the module
    and its context would be finalised in an arbitrary order, and a module disposed after its
    context crashes the process."""

    @classmethod
    def adopt(cls, module):
        module.__class__ = cls
        module._context_ptr = module._context._ptr
        module._context._owned = True       # llvmlite: an owned object is never disposed
        return module

    def _dispose(self):
        try:
            super()._dispose()
        finally:
            llvm.ffi.lib.LLVMPY_ContextDispose(self._context_ptr)


def _parse_error(text, message, source):
    match = _PARSE_MESSAGE.search(message)
    if match is None:
        return IRParseError(f"LLVM cannot parse the module: {message.strip()}", source=source)
    number, column = int(match.group(1)), int(match.group(2))
    return IRParseError(match.group(3).strip(), number, column, _line(text, number), source)


def _verify_error(text, message, source):
    number, line_text = _locate_verifier_message(text, message)
    first = message.splitlines()[0] if message else "verification failed"
    return VerifyError(f"LLVM's verifier rejects the module: {first}"
                       " (fix the IR that produced it; enzpy only reads valid modules)",
                       number, None, line_text, source)


def canonicalize(text, source="<string>"):
    """Return LLVM's canonical printing of ``text`` after parsing and verifying it."""
    module = parse_llvm(text, source)
    try:
        return str(module)
    finally:
        dispose(module)


def dispose(module):
    """Free an llvmlite module now (a module from :func:`parse_llvm` frees its context
    too)."""
    module.close()


def cleanup(text, source="<string>"):
    """The light pre-AD clean-up: SROA (mem2reg), instcombine, simplifycfg, loop-simplify,
    loop-rotate, SCCP and dead-code removal; no inlining of non-always-inline functions, no
    unrolling, no vectorisation.  Returns canonical text."""
    module = parse_llvm(_without_optnone(text), source)
    try:
        run_cleanup(module)
        module.verify()
        text = str(module)
    finally:
        dispose(module)
    # printed again after a fresh parse: the passes leave use lists (the "; preds" order) in
    # an order a parse does not reproduce, and enzpy's reader sees what a parse gives
    return canonicalize(text, source)


_OPTNONE = re.compile(r"^(attributes #\d+ = \{.*?)\boptnone\b ?", re.M)


def _without_optnone(text):
    """clang -O0 marks every function ``optnone``, which makes every pass skip it."""
    return _OPTNONE.sub(r"\1", text)


def run_cleanup(module, for_ad=False):
    """Run the light pre-AD clean-up on a verified llvmlite module in place; ``for_ad`` also
    unifies the returns into one block and gives loops preheaders (what AD expects)."""
    tm = target_machine()
    pto = llvm.create_pipeline_tuning_options(0)
    pto.loop_unrolling = False
    pto.loop_vectorization = False
    pto.slp_vectorization = False
    pto.loop_interleaving = False
    pb = llvm.create_pass_builder(tm, pto)
    mpm = llvm.create_new_module_pass_manager()
    # each function is simplified before it is inlined, not once per copy: Numba's raw
    # helpers are mostly allocas (the heat equation by slices: 28k lines inlined, 0.3 s)
    mpm.add_sroa_pass()
    mpm.add_instruction_combine_pass()
    mpm.add_simplify_cfg_pass()
    mpm.add_always_inliner_pass()
    for _ in range(2):
        mpm.add_sroa_pass()
        mpm.add_instruction_combine_pass()
        mpm.add_simplify_cfg_pass()
        mpm.add_loop_simplify_pass()
        mpm.add_loop_rotate_pass()
        mpm.add_sccp_pass()
        mpm.add_aggressive_dce_pass()
    # Numba's reference counts: pairs of NRT_incref/NRT_decref that cancel are removed (as
    # Numba's own pipeline does), before AD sees them
    mpm.add_refprune_pass()
    mpm.add_simplify_cfg_pass()
    if for_ad:
        mpm.add_unify_function_exit_nodes_pass()
        mpm.add_loop_simplify_pass()
    mpm.add_verifier()
    mpm.run(module, pb)


def optimize(module, opt=2, vectorize=True, unroll=True):
    """Run LLVM's -O<opt> pipeline on a verified llvmlite module in place (vectorisation and
    unrolling switchable); raises RuntimeError from LLVM."""
    pto = llvm.create_pipeline_tuning_options(opt)
    pto.loop_vectorization = bool(vectorize)
    pto.slp_vectorization = bool(vectorize)
    pto.loop_interleaving = bool(vectorize)
    pto.loop_unrolling = bool(unroll)
    pb = llvm.create_pass_builder(target_machine(), pto)
    try:
        pb.getModulePassManager().run(module, pb)
    finally:
        pb.close()
