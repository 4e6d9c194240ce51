"""Reverse mode: generate ``diffe_<f>``, the gradient of an LLVM function, with a tape.

The generated function takes the primal arguments, each Duplicated argument followed by its
shadow, and the seed of an active return; it returns a struct of the adjoints of the Active
arguments (and the primal result first when asked).  Its body is

* an entry block with the adjoint slots (allocas, zeroed), reverse loop counters and the
  function's tape record,
* the forward sweep: a copy of the primal with shadow pointers next to the active pointers
  (shadow allocas and allocations are zeroed; frees are deferred to the reverse sweep),
* the reverse sweep: one block per primal block, walking its active instructions backwards
  and accumulating adjoints with the rule table; the edge taken into each block is replayed
  backwards (cached predecessor numbers, loop counters),
* an exit block that frees what the forward sweep allocated and returns the adjoints.

Primal values the reverse sweep needs come from the ``Tape`` (recompute, reload or cache).
"""

from ..analysis.activity import ActivityAnalysis, ArgActivity
from ..analysis.cfg import CFG, IrreducibleControlFlow
from ..analysis.effects import written_arguments
from ..analysis.typeanalysis import KNOWN_ALLOCATORS, TypeAnalysis
from ..errors import ActivityError, EnzpyError, NoDerivativeRule
from ..gcpause import gc_paused
from ..ir import types as T
from ..ir.builder import Builder, const, declare
from ..ir.layout import DataLayout
from ..ir.nodes import Block, Function, GlobalVariable, Instruction
from ..ir.printer import print_instruction
from ..ir.values import (Argument, Constant, ConstantExpr, ConstantInt, ConstantNull,
                         MetadataOperand, Poison, Undef, ZeroInitializer)
from ..rules.emitter import Emitter, Lazy, LazyList
from ..rules.registry import ZERO, lookup as lookup_rule, lookup_instruction
from .frames import move_frame_to_heap
from .noneed import unneeded_primal_writes
from .prepare import recursive_functions
from .blas import NUMBA_LINALG, reverse_blas_call
from .lapack import LAPACK_HELPERS, reverse_lapack_call
from .custom_calls import reverse_call, reverse_forward_call
from .runtime import Runtime
from .prepare import copy_target_attributes
from .shadows import memset_zero, null_shadow, shadow_constant, shadow_global
from .tape import Tape, _copy_attrs

__all__ = ["ReverseGenerator", "differentiate_reverse"]

_FREES = ("free", "_ZdlPv", "_ZdaPv", "NRT_Free", "__enzpy_shadow_free")   # free(ptr) forms
_DUPLICATED = (ArgActivity.DUP, ArgActivity.DUP_NONEED)


@gc_paused
def differentiate_reverse(module, fn_name, activities, return_active=None, arg_trees=None,
                          return_primal=False, name=None):
    """Add ``diffe_<fn_name>`` to ``module`` (a prepared enzpy.ir Module) and return it."""
    fn = module.get_function(fn_name)
    if return_active is None:
        return_active = isinstance(fn.return_type.scalar, T.FloatType)
    for recursive in recursive_functions(module):     # differentiated in split mode
        move_frame_to_heap(module, recursive)
    return ReverseGenerator(module, fn, activities, return_active, arg_trees, return_primal,
                            name).generate()


class ReverseGenerator:
    """Builds the reverse-mode derivative of one function; see the module docstring."""

    def __init__(self, module, fn, activities, return_active, arg_trees=None,
                 return_primal=False, name=None, split=False):
        self.module = module
        self.fn = fn
        self.activities = [a if isinstance(a, ArgActivity) else ArgActivity.parse(a)
                           for a in activities]
        self.return_active = bool(return_active) and fn.return_type != T.VOID
        self.return_primal = return_primal and fn.return_type != T.VOID
        self.name = name or f"diffe_{fn.name}"
        self.split = split          # augmented_<f> + reverse_<f> instead of one function
        self.rargs, self.rshadows = {}, {}
        self._check_activities()
        self.layout = DataLayout.of(module)
        self.types = TypeAnalysis(module, self.layout).analyze(fn, arg_trees or {})
        self.activity = ActivityAnalysis(fn, self.activities, self.return_active, self.types)
        self.act = self.activity.run()
        try:
            self.cfg = CFG(fn)
        except IrreducibleControlFlow as exc:
            raise EnzpyError(f"cannot differentiate @{fn.name}: {exc}") from None
        self.fwd = {}               # primal value -> forward value
        self.fwd_blocks = {}        # primal block -> forward block
        self.shadows = {}           # primal pointer -> forward shadow
        self.rev_blocks = {}        # primal block -> reverse block
        self.rblock_loops = {}      # reverse block -> loops whose counters are current there
        self.slots = {}             # primal value -> adjoint alloca
        self.counters = {}          # loop -> reverse counter alloca
        self.shadow_memo = {}
        self.deferred_frees = []    # primal free calls of memory not allocated here
        self.deferred_lists = {}    # free function -> run-time list of pointers to free
        self.call_tapes = {}        # primal call -> (forward tape pointer, callee split pair)
        self.leaving = []           # (loop, reverse block) where the reverse sweep leaves it
        self.dispatch_targets = {}  # loop -> ways into its reverse (blocks or child loops)
        self.dispatch_blocks = {}   # loop -> its reverse's dispatch block
        self.selectors = {}         # loop -> i32 alloca naming the way in
        self.primal_freed = {}          # allocation -> the function that frees it, called when
                                        # the reverse sweep passes the allocation
        self.shadow_freed = set()       # allocations whose shadow is freed there
        self.realloc_consumed = set()   # allocations released by a realloc
        self.tape = Tape(self)
        self.runtime = Runtime(module)

    def _check_activities(self):
        fn = self.fn
        if len(self.activities) != len(fn.args):
            raise ActivityError(f"@{fn.name} takes {len(fn.args)} arguments but "
                                f"{len(self.activities)} activities were given")
        for index, (arg, act) in enumerate(zip(fn.args, self.activities)):
            if act is ArgActivity.ACTIVE and not _float_like(arg.type):
                raise ActivityError(
                    f"argument {index} of @{fn.name} has type {arg.type} and cannot be Active: "
                    "only float scalars, vectors and aggregates are; pass a pointer as "
                    "Duplicated (with a shadow) and an integer as Const")
            if act in _DUPLICATED and not arg.type.is_pointer:
                raise ActivityError(f"argument {index} of @{fn.name} has type {arg.type} and "
                                    "cannot be Duplicated: only pointers have shadows")

    # ---------------------------------------------------------------------------------------
    def _signature(self, with_seed, with_tape):
        """Parameter types and names: each primal argument, Duplicated ones followed by their
        shadow, then the return seed and the tape pointer when asked."""
        params, names = [], []
        for index, (arg, act) in enumerate(zip(self.fn.args, self.activities)):
            params.append(arg.type)
            names.append(arg.name)
            if act in _DUPLICATED:
                params.append(arg.type)
                names.append((arg.name or f"arg{index}") + ".shadow")
        if with_seed and self.return_active:
            params.append(self.fn.return_type)
            names.append("differet")
        if with_tape:
            params.append(T.PTR)
            names.append("tape")
        return params, names

    def _adjoint_results(self):
        return [a.type for a, act in zip(self.fn.args, self.activities)
                if act is ArgActivity.ACTIVE]

    def declare_split(self):
        """Declare ``augmented_<f>`` (forward sweep; returns the primal result and the tape)
        and ``reverse_<f>`` (reverse sweep from a tape) without bodies."""
        fn = self.fn
        params, names = self._signature(False, False)
        fwd_ret = [fn.return_type] if fn.return_type != T.VOID else []
        self.out = self.module.add_function(Function(
            f"augmented_{self.name}", T.FunctionType(T.StructType(tuple(fwd_ret + [T.PTR])),
                                                     tuple(params)), names, prefix="internal"))
        params, names = self._signature(True, True)
        results = self._adjoint_results()
        self.rfn = self.module.add_function(Function(
            f"reverse_{self.name}", T.FunctionType(
                T.StructType(tuple(results)) if results else T.VOID, tuple(params)), names,
            prefix="internal"))
        return self.out, self.rfn

    def generate(self):
        """Build ``diffe_<f>`` (combined mode) or, after ``declare_split``, the bodies of
        ``augmented_<f>`` and ``reverse_<f>``; returns the (forward) function."""
        fn = self.fn
        if self.split:
            fwd_args, rev_args = iter(self.out.args), iter(self.rfn.args)
        else:
            if self.module.get_function(self.name) is not None:
                raise EnzpyError(f"the module already has a function @{self.name}")
            params, names = self._signature(True, False)
            results = ([fn.return_type] if self.return_primal else []) + self._adjoint_results()
            ret_type = T.StructType(tuple(results)) if results else T.VOID
            self.out = self.rfn = self.module.add_function(
                Function(self.name, T.FunctionType(ret_type, tuple(params)), names))
            fwd_args = rev_args = iter(self.out.args)
        for arg, act in zip(fn.args, self.activities):
            self.fwd[arg] = next(fwd_args)
            if act in _DUPLICATED:
                self.shadows[arg] = next(fwd_args)
        if self.split:
            for arg, act in zip(fn.args, self.activities):
                self.rargs[arg] = next(rev_args)
                if act in _DUPLICATED:
                    self.rshadows[arg] = next(rev_args)
        else:
            self.rargs, self.rshadows = self.fwd, self.shadows
        self.seed = next(rev_args) if self.return_active else None
        self.entry = self.out.append_block("entry")
        self.entry_builder = Builder(self.entry)
        self.frame_size = ConstantInt(T.I64, 16)
        if self.split:
            self.rframe = next(rev_args)
            self.rentry = self.rfn.append_block("entry")
            self.rentry_builder = Builder(self.rentry)
            malloc = self.libc("malloc", T.FunctionType(T.PTR, (T.I64,)))
            self.frame = self.entry_builder.call(malloc, [self.frame_size], name="tape")
        else:
            self.rentry, self.rentry_builder = self.entry, self.entry_builder
            self.frame = self.rframe = self.entry_builder.alloca(T.I8, self.frame_size,
                                                                 align=16, name="tape")
        copy_target_attributes(self.module, fn, self.out)
        if self.rfn is not self.out:
            copy_target_attributes(self.module, fn, self.rfn)
        self._clone_forward()
        self._forward_shadows()
        self._forward_calls()
        self._reverse()
        for loop, head in self.leaving:   # now that every record field is known
            self.tape.free_loop_records(loop, Builder(before=head.terminator), head)
        self.tape.instrument_forward()
        self.frame_size.value = self.tape.top.finish()
        self.entry_builder.br(self.fwd_blocks[fn.entry])
        if self.split:
            self.rentry_builder.br(self.rev_blocks[self.return_block])
        return self.out

    # forward sweep ------------------------------------------------------------------------
    def _clone_forward(self):
        fn, out = self.fn, self.out
        self._plan_frees()
        for block in fn.blocks:
            fblock = out.append_block(block.name)
            self.fwd_blocks[block] = fblock
            self.fwd[block] = fblock
        clones = []
        unneeded = unneeded_primal_writes(fn, self.activities, self.act.origins)
        for block in fn.blocks:
            fblock = self.fwd_blocks[block]
            for inst in block.instructions:
                if inst in unneeded:        # enzyme_dupnoneed: only the reverse of the store
                    continue
                if self._is_deferred_free(inst):
                    if self._needs_deferred_list(inst):
                        push = Builder(fblock).call(self.runtime.deferred_push(), [
                            self._deferred_list(inst.callee), inst.args[0]])
                        clones.append(push)         # its pointer is mapped below
                    continue
                if inst.opcode == "ret":
                    continue
                clone = _clone(inst)
                fblock.append(clone)
                self.fwd[inst] = clone
                clones.append(clone)
        for clone in clones:
            for index, op in enumerate(clone.operands):
                mapped = self.fwd.get(op)
                if mapped is not None:
                    clone.set_operand(index, mapped)
                elif isinstance(op, MetadataOperand):
                    clone.set_operand(index, _clone_metadata(op, self.fwd))
        for block in fn.blocks:
            term = block.terminator
            if term is not None and term.opcode == "ret":
                self._forward_return(block, term)

    def _forward_return(self, block, ret):
        fblock = self.fwd_blocks[block]
        b = Builder(fblock)
        value = ret.operands[0] if ret.operands else None
        self.primal_result = self.forward_value(value) if value is not None else None
        self.return_block = block
        if self.split:
            agg = Poison(self.out.return_type)
            fields = ([self.primal_result] if value is not None else []) + [self.frame]
            for index, field in enumerate(fields):
                agg = b.insertvalue(agg, field, [index])
            b.ret(agg)
            seed_builder = self.rentry_builder
        else:
            seed_builder = b
        if value is not None and self.return_active and self._is_active(value):
            self.add_adjoint(seed_builder, value, self.seed)
        if not self.split:
            b.br(self._rev_block(block))

    def _is_deferred_free(self, inst):
        """Frees never run in the forward sweep: the reverse sweep may still read the memory.
        A free of memory allocated here runs when the reverse sweep passes the allocation
        (``primal_freed``); others run at the end of the reverse sweep (``deferred_frees``).
        Shadows of allocations made here are freed when the reverse passes the allocation."""
        if inst.opcode != "call" or not isinstance(inst.callee, Function):
            return False
        name = inst.callee.name
        if name not in _FREES:
            return False
        origins = self.act.origins(inst.args[0])
        heap = {o[1] for o in origins if isinstance(o, tuple) and o[0] == "heap"}
        self.shadow_freed.update(heap)
        if heap and len(heap) == len(origins) and not heap & self.realloc_consumed:
            self.primal_freed.update(dict.fromkeys(heap, inst.callee))
        else:
            self.deferred_frees.append(inst)
        return True

    def _needs_deferred_list(self, inst):
        """A deferred free that may run zero times or several times per call (in a branch or
        a loop) is recorded at run time in a list (``Runtime.deferred_push``) instead of
        being repeated once at the end of the reverse sweep."""
        if inst not in self.deferred_frees:
            return False
        returns = [b for b in self.fn.blocks if b.terminator.opcode == "ret"]
        block = inst.parent
        return not (len(returns) == 1 and self.cfg.loop_of.get(block) is None and
                    self.cfg.dominates(block, returns[0]))

    def _deferred_list(self, free):
        """The forward sweep's list of pointers to free with ``free`` (made on first use, at
        the top of the forward entry block)."""
        lists = self.deferred_lists
        if free not in lists:
            entry = self.fwd_blocks[self.fn.blocks[0]]
            b = Builder(before=entry.instructions[0]) if entry.instructions else Builder(entry)
            lists[free] = b.call(self.runtime.deferred_new(), [], name="deferred")
        return lists[free]

    def _plan_frees(self):
        for inst in self.fn.instructions():
            if inst.opcode == "call" and isinstance(inst.callee, Function) and \
                    inst.callee.name == "realloc":
                heap = {o[1] for o in self.act.origins(inst.args[0])
                        if isinstance(o, tuple) and o[0] == "heap"}
                self.realloc_consumed.update(heap)
                self.shadow_freed.update(heap)

    def forward_value(self, value):
        if isinstance(value, (Constant, GlobalVariable, Function)):
            return value
        mapped = self.fwd.get(value)
        if mapped is None:
            raise EnzpyError(f"internal: no forward value for {value!r}")
        return mapped

    def map_constant(self, value):
        return value

    def reloadable(self, load):
        """True when the memory a load reads is never written by the function, so the
        reverse sweep can load it again instead of caching the value."""
        if load.attrs.get("volatile") or load.attrs.get("atomic"):
            return False
        origins = self.act.origins(load.operands[0])
        if not origins:
            return False
        written = self._written_origins()
        if self.split and any(_external(o) for o in origins):
            return False     # the caller may write it between the forward and reverse sweeps
        return not any(o in written or (self._aliasing_write(written) and _external(o))
                       for o in origins)

    def reverse_arg(self, arg):
        """A primal argument as seen by the reverse sweep."""
        return self.rargs[arg]

    def _written_origins(self):
        written = getattr(self, "_written", None)
        if written is not None:
            return written
        written = set()
        origins = self.act.origins
        for inst in self.fn.instructions():
            op = inst.opcode
            if op in ("store", "atomicrmw", "cmpxchg"):
                written.update(origins(inst.operands[1] if op == "store" else inst.operands[0]))
            elif op in ("call", "invoke"):
                callee = inst.callee
                name = callee.name if isinstance(callee, Function) else None
                if name is not None and (name.startswith(_READ_ONLY_CALLS) or
                                         name in _READ_ONLY_NAMES):
                    continue
                if name is not None and name.startswith(("llvm.memcpy", "llvm.memmove",
                                                         "llvm.memset")):
                    written.update(origins(inst.args[0]))
                    continue
                known = written_arguments(inst)     # BLAS/LAPACK: what the helper writes
                if known is not None:
                    written.update(o for ptr in known for o in origins(ptr))
                    continue
                for arg in inst.args:
                    if self.activity.is_pointerish(arg):
                        written.update(origins(arg))
        self._written = written
        return written

    def _forward_shadows(self):
        for block in self.cfg.rpo:
            for inst in block.instructions:
                if inst in self.fwd and self._needs_shadow(inst):
                    self.shadow(inst)
                if inst.opcode == "call" and inst in self.fwd and \
                        isinstance(inst.callee, Function) and \
                        KNOWN_ALLOCATORS.get(inst.callee.name, (0, ""))[1] == "nrt":
                    incref = declare(self.module, "NRT_incref", T.FunctionType(T.VOID, (T.PTR,)))
                    b = Builder(before=self._after(self.fwd[inst]))
                    b.call(incref, [self.fwd[inst]])
                    if self._needs_shadow(inst):
                        sh = self.shadow(inst)
                        Builder(before=self._after(sh)).call(incref, [sh])
                if inst.opcode == "call" and inst in self.fwd and \
                        isinstance(inst.callee, Function) and \
                        inst.callee.name in ("NRT_incref", "NRT_decref") and \
                        self._needs_shadow(inst.args[0]):
                    b = Builder(before=self._after(self.fwd[inst]))
                    b.call(inst.callee, [self.shadow(inst.args[0])])
                if inst.opcode == "store" and inst in self.fwd:
                    value, ptr = inst.operands
                    if self._needs_shadow(value) and self._needs_shadow(ptr):
                        b = Builder(before=self._after(self.fwd[inst]))
                        b.store(self.shadow(value), self.shadow(ptr),
                                align=inst.attrs.get("align"))
        for inst, pending in getattr(self, "_pending_phis", []):
            for value, block in inst.incoming:
                pending.add_incoming(self.shadow(value) if self._needs_shadow(value)
                                     else null_shadow(value.type), self.fwd_blocks[block])

    def _forward_calls(self):
        """Calls to defined functions that were not inlined (recursion) call the callee's
        augmented forward sweep, which returns the result and the callee's tape."""
        for inst in list(self.fwd):
            if not isinstance(inst, Instruction) or inst.opcode != "call":
                continue
            if reverse_forward_call(self, inst):    # custom rules, inactive callees
                continue
            callee = inst.callee
            if not isinstance(callee, Function) or callee.is_declaration or \
                    callee.name.startswith("__enzpy"):
                continue
            pair = self._split_pair(inst)
            if pair is None:
                continue
            augmented, _, acts, _ = pair
            fclone = self.fwd[inst]
            b = Builder(before=fclone)
            args = []
            for arg, act in zip(inst.args, acts):
                args.append(self.forward_value(arg))
                if act is ArgActivity.DUP:
                    args.append(self.shadow(arg))
            result = b.call(augmented, args)
            if inst.type != T.VOID:
                primal = b.extractvalue(result, [0], name=fclone.name)
                fclone.replace_all_uses_with(primal)
                self.fwd[inst] = primal
            tape = b.extractvalue(result, [1 if inst.type != T.VOID else 0],
                                  name=_suffix(inst, ".tape"))
            fclone.erase()
            self.call_tapes[inst] = (tape, pair)

    def _split_pair(self, inst):
        """(augmented, reverse, activities, return active) of the callee for this call's
        activities, generated once per module and signature; None for inactive calls."""
        acts = []
        for arg in inst.args:
            if self._needs_shadow(arg):
                acts.append(ArgActivity.DUP)
            elif self._is_active(arg) and _float_like(arg.type):
                acts.append(ArgActivity.ACTIVE)
            else:
                acts.append(ArgActivity.CONST)
        ret_active = inst.type != T.VOID and self._is_active(inst)
        if not ret_active and all(a is ArgActivity.CONST for a in acts):
            return None
        callee = inst.callee
        cache = self.module.__dict__.setdefault("split_pairs", {})
        key = (callee, tuple(acts), ret_active)
        if key not in cache:
            code = "".join({ArgActivity.DUP: "d", ArgActivity.ACTIVE: "a",
                            ArgActivity.CONST: "c"}[a] for a in acts) + ("r" if ret_active
                                                                        else "")
            trees = {i: self.types[a] for i, a in enumerate(inst.args)}
            gen = ReverseGenerator(self.module, callee, acts, ret_active, trees,
                                   name=f"{callee.name}.{code}", split=True)
            augmented, reverse = gen.declare_split()
            cache[key] = (augmented, reverse, acts, ret_active)
            gen.generate()
        return cache[key]

    def _rev_split_call(self, inst, rblock):
        tape, (_, reverse, acts, ret_active) = self.call_tapes[inst]
        b = self.builder_at(rblock)
        args = []
        for arg, act in zip(inst.args, acts):
            args.append(self.lookup(arg, rblock))
            if act is ArgActivity.DUP:
                args.append(self.shadow_lookup(arg, rblock))
        if ret_active:
            args.append(self.take_adjoint(b, inst))
        args.append(self.tape.load_cached(tape, inst.parent, rblock))
        b = self.builder_at(rblock)
        result = b.call(reverse, args)
        k = 0
        for arg, act in zip(inst.args, acts):
            if act is ArgActivity.ACTIVE:
                self.add_adjoint(b, arg, b.extractvalue(result, [k],
                                                        result_type=self.adjoint_type(arg)))
                k += 1

    def _after(self, finst):
        block = finst.parent
        index = block.index(finst) + 1
        while block.instructions[index].opcode == "phi":
            index += 1
        return block.instructions[index]

    def _needs_shadow(self, value):
        if isinstance(value, (Argument, Instruction, GlobalVariable, ConstantExpr)) and \
                self.activity.is_pointerish(value):
            return self.act.needs_shadow(value)
        return False

    def shadow(self, value):
        """The forward shadow of a primal pointer value (created on first request)."""
        found = self.shadows.get(value)
        if found is not None:
            return found
        if isinstance(value, (ConstantNull, Poison, Undef, ConstantInt)):
            return value
        if isinstance(value, GlobalVariable):
            found = self._shadow_global(value)
        elif isinstance(value, ConstantExpr):   # a constant getelementptr into a global
            found = shadow_constant(self.module, value)
        elif isinstance(value, Instruction):
            found = self._shadow_instruction(value)
        else:
            raise EnzpyError(f"@{self.fn.name}: the pointer {value!r} needs a shadow but none "
                             "was passed (give its argument a Duplicated activity)")
        self.shadows[value] = found
        return found

    def _shadow_global(self, gv):
        return shadow_global(self.module, gv)

    def _shadow_instruction(self, inst):
        op = inst.opcode
        finst = self.fwd[inst]
        if op == "phi":
            phi = Instruction("phi", inst.type, name=_suffix(inst, ".shadow"))
            finst.parent.insert(finst.parent.index(finst) + 1, phi)
            self.shadows[inst] = phi
            self.__dict__.setdefault("_pending_phis", []).append((inst, phi))
            return phi
        b = Builder(before=self._after(finst))
        if op == "alloca":
            count = [self.forward_value(inst.operands[0])] if inst.operands else []
            clone = Instruction("alloca", inst.type, count, _suffix(inst, ".shadow"),
                                attrs=_copy_attrs(inst.attrs))
            b.insert(clone)
            size = self.layout.size(inst.attrs["allocated_type"])
            nbytes = b.mul(b.cast("zext", count[0], T.I64) if count and
                           count[0].type != T.I64 else count[0], size) if count else size
            self._memset_zero(b, clone, nbytes)
            return clone
        if op in ("getelementptr", "bitcast", "addrspacecast", "freeze", "inttoptr",
                  "ptrtoint", "select", "add", "sub", "and", "or", "extractvalue"):
            ops = []
            for index, operand in enumerate(inst.operands):
                if self._is_pointer_operand(inst, index):
                    ops.append(self.shadow(operand))
                else:
                    ops.append(self.forward_value(operand))
            clone = Instruction(op, inst.type, ops, _suffix(inst, ".shadow"), inst.flags,
                                _copy_attrs(inst.attrs))
            return b.insert(clone)
        if op == "load":
            ptr = inst.operands[0]
            if not self._needs_shadow(ptr):
                raise EnzpyError(
                    f"@{self.fn.name}: the pointer loaded by\n    "
                    f"{print_instruction(inst).strip()}\npoints to active memory, but the "
                    "memory it is loaded from has no shadow; pass that memory Duplicated")
            return b.load(inst.type, self.shadow(ptr), align=inst.attrs.get("align"),
                          name=_suffix(inst, ".shadow"))
        if op == "call":
            return self._shadow_allocation(inst, b)
        raise NoDerivativeRule(self._where(inst, "cannot give a shadow to the pointer computed "
                                                 "by"))

    def _is_pointer_operand(self, inst, index):
        op = inst.opcode
        if op == "getelementptr":
            return index == 0
        if op == "select":
            return index > 0
        if op in ("add", "sub", "and", "or"):
            return bool(self.act.origins(inst.operands[index]))
        return True

    def _shadow_allocation(self, inst, b):
        name = inst.callee.name if isinstance(inst.callee, Function) else None
        args = [self.forward_value(a) for a in inst.args]
        kind = KNOWN_ALLOCATORS.get(name, (None, None))[1]
        if kind in ("malloc", "calloc"):
            if name == "calloc":
                size = b.mul(args[0], args[1])
            else:
                size = args[1] if name == "aligned_alloc" else args[0]
            return b.call(self.runtime.shadow_malloc(), [size], name=_suffix(inst, ".shadow"))
        if kind == "realloc":
            old = self.shadow(inst.args[0]) if self._needs_shadow(inst.args[0]) else \
                ConstantNull(T.PTR)
            return b.call(self.runtime.shadow_realloc(), [old, args[1]],
                          name=_suffix(inst, ".shadow"))
        if kind == "nrt":
            clone = b.call(inst.callee, args, name=_suffix(inst, ".shadow"))
            data_fn = declare(self.module, "NRT_MemInfo_data_fast",
                              T.FunctionType(T.PTR, (T.PTR,)))
            self._memset_zero(b, b.call(data_fn, [clone]), args[0])
            return clone
        if name in ("NRT_MemInfo_data_fast", "NRT_MemInfo_data"):
            return b.call(inst.callee, [self.shadow(inst.args[0])], name=_suffix(inst,
                                                                                  ".shadow"))
        raise NoDerivativeRule(self._where(inst, "no shadow rule for the pointer returned by"))

    def _memset_zero(self, b, ptr, nbytes):
        memset_zero(self.module, b, ptr, nbytes)

    def _live_blocks(self):
        """Blocks from which the return is reachable (only they have a reverse)."""
        ret = getattr(self, "return_block", None)
        if ret is None:
            raise EnzpyError(f"@{self.fn.name} never returns; there is nothing to "
                             "differentiate")
        live, work = {ret}, [ret]
        while work:
            for pred in self.cfg.preds[work.pop()]:
                if pred not in live and pred in self.cfg.reachable:
                    live.add(pred)
                    work.append(pred)
        return live

    def _rev_block(self, block):
        rblock = self.rev_blocks.get(block)
        if rblock is None:
            rblock = Block(f"invert.{block.name}" if block.name else None, self.rfn)
            self.rev_blocks[block] = rblock
            self.rblock_loops[rblock] = self.cfg.loop_nest(block)
        return rblock

    def builder_at(self, rblock):
        """A builder that inserts into ``rblock`` before its terminator (if it has one)."""
        term = rblock.terminator
        return Builder(before=term) if term is not None else Builder(rblock)

    def reverse_counter(self, loop):
        counter = self.counters.get(loop)
        if counter is None:
            counter = self.rentry_builder.alloca(T.I64, name="riv")
            self.counters[loop] = counter
        return counter

    def _reverse(self):
        live = self.live = self._live_blocks()
        order = [b for b in reversed(self.cfg.rpo) if b in live]
        self.exit = Block("exit", self.rfn)
        for block in order:
            rblock = self._rev_block(block)
            self.rfn.blocks.append(rblock)
        deferred = set(self.deferred_frees)
        for block in order:
            rblock = self.rev_blocks[block]
            for inst in reversed(block.instructions):
                if inst in self.call_tapes:
                    self._rev_split_call(inst, rblock)
                    continue
                if inst.opcode in ("phi", "ret", "br", "switch", "unreachable") or \
                        inst not in self.fwd and inst.opcode == "call" or inst in deferred \
                        or not self.act.is_active_instruction(inst):
                    if inst.opcode == "call" and self._allocation_freed_here(inst):
                        self._free_allocation(inst, rblock)
                    continue
                self._reverse_instruction(inst, rblock)
            self._transition(block, rblock)
        self.rfn.blocks.append(self.exit)
        self._finish_exit()

    def _reverse_instruction(self, inst, rblock):
        rule = lookup_instruction(inst.opcode)
        if rule is not None:
            return self.rev_table_rule(inst, rblock, rule)
        handler = getattr(self, "_rev_" + inst.opcode.replace("-", "_"), None)
        if handler is None:
            raise NoDerivativeRule(self._where(inst, "no derivative rule for"))
        handler(inst, rblock)
        if inst.opcode == "call" and self._allocation_freed_here(inst):
            self._free_allocation(inst, rblock)

    # adjoints ---------------------------------------------------------------------------------
    def _is_active(self, value):
        return isinstance(value, (Instruction, Argument)) and self.act.is_active_value(value) \
            and not self.activity.is_pointerish(value)

    def adjoint_type(self, value):
        ty = value.type
        if _float_like(ty):
            return ty
        ct = self.types[value].at(-1)
        if ct is not None and ct.is_float:
            float_ty = T.FloatType(ct.float_kind)
            if isinstance(ty, T.VectorType):
                return T.VectorType(ty.count, float_ty)
            return float_ty
        raise NoDerivativeRule(f"@{self.fn.name}: the value {value!r} carries a derivative but "
                               "its float type is unknown")

    def slot(self, value):
        slot = self.slots.get(value)
        if slot is None:
            ty = self.adjoint_type(value)
            b = self.rentry_builder
            slot = b.alloca(ty, name=_suffix(value, ".adj") if value.name else None)
            b.store(_zero(ty), slot)
            self.slots[value] = slot
        return slot

    def add_adjoint(self, b, value, delta):
        """``adjoint(value) += delta`` (nothing for inactive values and constants)."""
        if not self._is_active(value):
            return
        slot = self.slot(value)
        ty = self.adjoint_type(value)
        b.store(_add(b, ty, b.load(ty, slot), delta), slot)

    def take_adjoint(self, b, value):
        """Read the adjoint of ``value`` and reset it to zero (loops reuse the slot)."""
        slot = self.slot(value)
        ty = self.adjoint_type(value)
        adjoint = b.load(ty, slot, name=_suffix(value, ".dadj") if value.name else None)
        b.store(_zero(ty), slot)
        return adjoint

    def lookup(self, value, rblock):
        return self.tape.lookup(value, rblock)

    def shadow_lookup(self, value, rblock):
        """The shadow of a primal pointer as seen by reverse code in ``rblock``."""
        key = (value, rblock)
        found = self.shadow_memo.get(key)
        if found is not None:
            return found
        if isinstance(value, Argument):
            found = self.rshadows[value]
        elif isinstance(value, (GlobalVariable, Constant)):
            found = self.shadow(value)
        elif value.opcode in ("getelementptr", "bitcast", "addrspacecast", "select", "freeze",
                              "inttoptr", "ptrtoint") or (
                value.opcode in ("add", "sub", "and", "or")):
            ops = []
            for index, operand in enumerate(value.operands):
                if self._is_pointer_operand(value, index):
                    ops.append(self.shadow_lookup(operand, rblock))
                else:
                    ops.append(self.lookup(operand, rblock))
            clone = Instruction(value.opcode, value.type, ops, None, value.flags,
                                _copy_attrs(value.attrs))
            found = self.builder_at(rblock).insert(clone)
        else:
            found = self.tape.load_cached(self.shadow(value), value.parent, rblock)
        self.shadow_memo[key] = found
        return found

    # per-instruction reverse rules (the float arithmetic is in the rule table) ----------------
    def _rev_alloca(self, inst, rblock):
        """Allocas need nothing in reverse: their shadows were zeroed when created."""

    def _rev_fpext(self, inst, rblock):
        b = self.builder_at(rblock)
        x = inst.operands[0]
        a = self.take_adjoint(b, inst)
        self.add_adjoint(b, x, b.cast("fptrunc" if inst.opcode == "fpext" else "fpext", a,
                                      self.adjoint_type(x)))

    _rev_fptrunc = _rev_fpext

    def _rev_bitcast(self, inst, rblock):
        b = self.builder_at(rblock)
        x = inst.operands[0]
        a = self.take_adjoint(b, inst)
        target = self.adjoint_type(x)
        if a.type != target:
            a = b.cast("bitcast", a, target)
        self.add_adjoint(b, x, a)

    _rev_freeze = _rev_bitcast

    def _rev_select(self, inst, rblock):
        b = self.builder_at(rblock)
        cond, x, y = inst.operands
        a = self.take_adjoint(b, inst)
        c = self.lookup(cond, rblock)
        zero = _zero(a.type)
        if self._is_active(x):
            self.add_adjoint(b, x, b.select(c, a, zero))
        if self._is_active(y):
            self.add_adjoint(b, y, b.select(c, zero, a))

    def _rev_extractvalue(self, inst, rblock):
        b = self.builder_at(rblock)
        agg = inst.operands[0]
        a = self.take_adjoint(b, inst)
        if self._is_active(agg):
            ty = self.adjoint_type(agg)
            self.add_adjoint(b, agg, b.insertvalue(_zero(ty), a, inst.attrs["indices"]))

    def _rev_insertvalue(self, inst, rblock):
        b = self.builder_at(rblock)
        agg, value = inst.operands
        a = self.take_adjoint(b, inst)
        indices = inst.attrs["indices"]
        if self._is_active(value):
            self.add_adjoint(b, value, b.extractvalue(a, indices,
                                                      result_type=self.adjoint_type(value)))
        if self._is_active(agg):
            leaf = b.extractvalue(a, indices, result_type=self.adjoint_type(value))
            self.add_adjoint(b, agg, b.insertvalue(a, _zero(leaf.type), indices))

    def _rev_extractelement(self, inst, rblock):
        b = self.builder_at(rblock)
        vec, index = inst.operands
        a = self.take_adjoint(b, inst)
        if self._is_active(vec):
            ty = self.adjoint_type(vec)
            self.add_adjoint(b, vec, b.insertelement(_zero(ty), a, self.lookup(index, rblock)))

    def _rev_insertelement(self, inst, rblock):
        b = self.builder_at(rblock)
        vec, value, index = inst.operands
        a = self.take_adjoint(b, inst)
        i = self.lookup(index, rblock)
        if self._is_active(value):
            self.add_adjoint(b, value, b.extractelement(a, i))
        if self._is_active(vec):
            self.add_adjoint(b, vec, b.insertelement(a, _zero(a.type.element), i))

    def _rev_shufflevector(self, inst, rblock):
        b = self.builder_at(rblock)
        v1, v2, mask = inst.operands
        a = self.take_adjoint(b, inst)
        lanes = _mask_lanes(mask)
        n = v1.type.count
        for source, offset in ((v1, 0), (v2, n)):
            if not self._is_active(source):
                continue
            acc = _zero(self.adjoint_type(source))
            for k, m in enumerate(lanes):
                if m is not None and offset <= m < offset + n:
                    lane = b.extractelement(a, k)
                    old = b.extractelement(acc, m - offset)
                    acc = b.insertelement(acc, b.fadd(old, lane), m - offset)
            self.add_adjoint(b, source, acc)

    def _rev_load(self, inst, rblock):
        b = self.builder_at(rblock)
        a = self.take_adjoint(b, inst)
        shadow = self.shadow_lookup(inst.operands[0], rblock)
        ty = a.type
        align = inst.attrs.get("align")     # the shadow is laid out as the primal memory
        b.store(_add(b, ty, b.load(ty, shadow, align=align), a), shadow, align=align)

    def _rev_store(self, inst, rblock):
        b = self.builder_at(rblock)
        value, ptr = inst.operands
        if self.activity.is_pointerish(value):
            return
        shadow = self.shadow_lookup(ptr, rblock)
        if self._is_active(value):
            ty = self.adjoint_type(value)
            self.add_adjoint(b, value, b.load(ty, shadow, align=inst.attrs.get("align")))
        b.store(_positive_zero(value.type), shadow, align=inst.attrs.get("align"))

    def _rev_call(self, inst, rblock):
        if inst in self.call_tapes:
            return self._rev_split_call(inst, rblock)
        if reverse_call(self, inst, rblock):      # a custom rule (custom_calls.py)
            return
        callee = inst.callee
        name = callee.name if isinstance(callee, Function) else None
        if name is not None and name.startswith(("llvm.memcpy", "llvm.memmove")):
            return self._rev_memcpy(inst, rblock)
        if name is not None and name.startswith("llvm.memset"):
            b = self.builder_at(rblock)
            dst = self.shadow_lookup(inst.args[0], rblock)
            self._memset_zero(b, dst, self.lookup(inst.args[2], rblock))
            return
        if name in KNOWN_ALLOCATORS or name in ("NRT_MemInfo_data_fast",):
            return
        if name in LAPACK_HELPERS:
            return reverse_lapack_call(self, inst, rblock)
        if name is not None and name.startswith(NUMBA_LINALG):
            return reverse_blas_call(self, inst, rblock)
        rule = lookup_rule(name) if name is not None else None
        if name is None:
            raise NoDerivativeRule(self._where(
                inst, "an indirect call to an unknown target carries a derivative in",
                "call the function directly, or give the target a custom rule"))
        if rule is None:
            raise NoDerivativeRule(self._where(
                inst, "no derivative rule for the call",
                "give the callee a rule (enzpy.register_vjp / a custom_vjp in Python, "
                "--rule SYMBOL=RULE on the command line) or mark it inactive"))
        self.rev_table_rule(inst, rblock, rule)

    def rev_table_rule(self, inst, rblock, rule):
        """A float instruction or a call of a function of the rule table: operand adjoint +=
        partial * adjoint."""
        b = self.builder_at(rblock)
        a = self.take_adjoint(b, inst)
        operands = inst.args if inst.opcode == "call" else inst.operands
        # operands are looked up only when a partial uses them (fmuladd's addend never is)
        args = LazyList([lambda x=x: self.lookup(x, rblock) if not isinstance(
            x, MetadataOperand) else x for x in operands])
        result = Lazy(lambda: self.lookup(inst, rblock))
        ty = inst.type
        if rule.result_field is not None:        # a struct: the field that has partials
            field = [rule.result_field]
            a, ty = b.extractvalue(a, field), ty.elements[rule.result_field]
            result = Lazy(lambda: b.extractvalue(self.lookup(inst, rblock), field))
        e = Emitter(b, self.module, ty)
        for arg, partial in zip(operands, rule.partials):
            if partial is None or partial is ZERO or partial == ZERO or \
                    not self._is_active(arg):
                continue
            self.add_adjoint(b, arg, e.scaled(a, partial(e, args, result)))

    def memory_unchanged(self, pointer):
        """True when no instruction of the function writes the memory ``pointer`` reads."""
        origins = self.act.origins(pointer)
        written = self._written_origins()
        return bool(origins) and not any(
            o in written or (self._aliasing_write(written) and _external(o)) for o in origins)

    def _aliasing_write(self, written):
        """True when the function writes external memory that other pointers may alias
        (arguments marked ``noalias``, such as Numba's return slot, alias nothing)."""
        for origin in written:
            if not _external(origin):
                continue
            if isinstance(origin, tuple) and origin[0] == "arg" and \
                    "noalias" in self.fn.args[origin[1]].attrs.split():
                continue
            if isinstance(origin, tuple) and origin[0] == "global" and origin[1].is_constant:
                continue           # a constant global is never written (pointer imprecision)
            return True
        return False

    def _rev_memcpy(self, inst, rblock):
        b = self.builder_at(rblock)
        dst, src, length = inst.args[:3]
        kind = self._copied_float(inst)
        if kind is None:
            return
        dst_s = self.shadow_lookup(dst, rblock)
        n = self.lookup(length, rblock)
        if self._needs_shadow(src):
            src_s = self.shadow_lookup(src, rblock)
            helper = self.runtime.memcpy_adjoint(kind)
            b.call(helper, [dst_s, src_s, n if n.type == T.I64 else b.cast("zext", n, T.I64)])
        else:
            self._memset_zero(b, dst_s, n)

    def _copied_float(self, inst):
        """The float kind a memcpy copies (None when it copies no floats)."""
        dst, src = inst.args[0], inst.args[1]
        for ptr in (src, dst):
            pointee = self.types.pointee(ptr)
            kinds = {ct.float_kind for path, ct in pointee.items()
                     if len(path) == 1 and ct.is_float}
            if len(kinds) > 1:
                raise NoDerivativeRule(self._where(inst, "a copy of mixed float types in"))
            if kinds:
                return kinds.pop()
        return None

    # allocations ---------------------------------------------------------------------------
    def _allocation_freed_here(self, inst):
        if inst.opcode == "call" and isinstance(inst.callee, Function) and \
                KNOWN_ALLOCATORS.get(inst.callee.name, (0, ""))[1] == "nrt":
            return True
        return inst in self.primal_freed or inst in self.shadow_freed or (
            inst.opcode == "call" and isinstance(inst.callee, Function)
            and inst.callee.name == "realloc")

    def _free_allocation(self, inst, rblock):
        """The reverse sweep passes an allocation: a realloc hands the adjoints it copied
        back to the old shadow; then the memory and its shadow are freed as planned."""
        b = self.builder_at(rblock)
        shadowed = self._needs_shadow(inst)
        if shadowed and inst.callee.name == "realloc" and self._needs_shadow(inst.args[0]):
            kind = self._float_kind_of(inst)
            if kind is not None:
                new = self.shadow_lookup(inst, rblock)
                old = self.shadow_lookup(inst.args[0], rblock)
                b.call(self.runtime.shadow_realloc_adjoint(kind), [new, old])
        if KNOWN_ALLOCATORS.get(inst.callee.name, (0, ""))[1] == "nrt":
            decref = declare(self.module, "NRT_decref", T.FunctionType(T.VOID, (T.PTR,)))
            b.call(decref, [self.lookup(inst, rblock)])
            if shadowed:
                b.call(decref, [self.shadow_lookup(inst, rblock)])
            return
        if inst in self.primal_freed:
            b.call(self.primal_freed[inst], [self.lookup(inst, rblock)])
        if shadowed and (inst in self.shadow_freed or inst.callee.name == "realloc") and \
                KNOWN_ALLOCATORS.get(inst.callee.name, (0, ""))[1] != "nrt":
            b.call(self.runtime.shadow_free(), [self.shadow_lookup(inst, rblock)])

    def _float_kind_of(self, pointer):
        kinds = {ct.float_kind for path, ct in self.types.pointee(pointer).items()
                 if len(path) == 1 and ct.is_float}
        return kinds.pop() if len(kinds) == 1 else None

    def libc(self, name, fnty):
        return declare(self.module, name, fnty)

    def tape_reserve(self):
        return self.runtime.tape_reserve()

    # control flow of the reverse sweep -------------------------------------------------------
    def _transition(self, block, rblock):
        """Branch from the reverse of ``block`` to the reverse of the predecessor that the
        forward sweep came from, moving phi adjoints along the edge."""
        b = Builder(rblock)
        phi_adjoints = [(phi, self.take_adjoint(b, phi)) for phi in block.phis
                        if self._is_active(phi)]
        if block is self.fn.entry:
            b.br(self.exit)
            return
        loop = self.cfg.loop_of.get(block)
        preds = self.cfg.preds[block]
        if loop is not None and loop.header is block:
            inside = [p for p in preds if p in loop.blocks]
            outside = [p for p in preds if p not in loop.blocks]
            index = self.tape.iteration(loop, rblock)
            choose_in = self._pred_chooser(block, inside, rblock) if len(inside) > 1 else None
            choose_out = self._pred_chooser(block, outside, rblock) if len(outside) > 1 \
                else None
            leave = self._edge_group(block, outside, choose_out, phi_adjoints, rblock,
                                     leaving=loop)
            back = self._edge_group(block, inside, choose_in, phi_adjoints, rblock,
                                    step_back=loop)
            b = Builder(rblock)
            b.cond_br(b.icmp("eq", index, 0), leave, back)
            return
        chooser = self._pred_chooser(block, preds, rblock) if len(preds) > 1 else None
        target = self._edge_group(block, preds, chooser, phi_adjoints, rblock)
        Builder(rblock).br(target)

    def _pred_chooser(self, block, preds, rblock):
        """The number of the predecessor (among ``preds``) the forward sweep came from."""
        fblock = self.fwd_blocks[block]
        phi = Instruction("phi", T.I32, name="pred")
        fblock.insert(0, phi)
        for p in block.predecessors:          # one entry per edge (switches may repeat one)
            number = preds.index(p) if p in preds else 0
            phi.add_incoming(ConstantInt(T.I32, number), self.fwd_blocks[p])
        return self.tape.load_cached(phi, block, rblock)

    def _edge_group(self, block, preds, chooser, phi_adjoints, rblock, leaving=None,
                    step_back=None):
        """A block that dispatches to the edge blocks of ``preds``; returns its entry."""
        head = Block(None, self.rfn)
        self.rfn.blocks.append(head)
        self.rblock_loops[head] = self.rblock_loops[rblock]
        b = Builder(head)
        if step_back is not None:
            counter = self.reverse_counter(step_back)
            b.store(b.sub(self.tape.iteration(step_back, rblock), 1), counter)
        if leaving is not None:
            self.leaving.append((leaving, head))
        edges = [self._edge(block, p, phi_adjoints, head) for p in preds]
        if chooser is None:
            b.br(edges[0])
        else:
            b.switch(chooser, edges[0], [(k, e) for k, e in enumerate(edges) if k])
        return head

    def _edge(self, block, pred, phi_adjoints, from_block):
        edge = Block(None, self.rfn)
        self.rfn.blocks.append(edge)
        common = [l for l in self.cfg.loop_nest(block) if l.contains(pred)]
        self.rblock_loops[edge] = common
        b = Builder(edge)
        for phi, adjoint in phi_adjoints:
            for value, incoming in phi.incoming:
                if incoming is pred:
                    if self._is_active(value):
                        self.add_adjoint(b, value, adjoint)
                    break
        entered = []
        for loop in self.cfg.loop_nest(pred):
            if loop not in common:
                count = self.tape.load_field(self.tape.context(loop).count_field,
                                             self.tape.context(loop.parent), edge)
                b = Builder(edge)
                b.store(b.sub(count, 1), self.reverse_counter(loop))
                common = common + [loop]
                entered.append(loop)
                self.rblock_loops[edge] = common
                self.tape.env_memo = {k: v for k, v in self.tape.env_memo.items()
                                      if k[1] is not edge}
        # the loop whose reverse this edge goes into (or around, for a back edge)
        loop = self.cfg.loop_of.get(block)
        back = loop is not None and loop.header is block and pred in loop.blocks
        via = loop if back else (entered[0] if entered else None)
        b = Builder(edge)
        if via is None:
            b.br(self._rev_block(pred))
            return edge
        for outer in dict.fromkeys([via] + entered):
            if self._needs_dispatch(outer):
                b.store(ConstantInt(T.I32, self._dispatch_index(outer, pred)),
                        self._selector(outer))
        b.br(self._entry_of(via))
        return edge

    # loops with several ways into their reverse ----------------------------------------------
    def _target_at(self, loop, block):
        """Where the reverse of ``loop`` goes to reach ``block``: the block itself, or the
        child loop that contains it."""
        inner = self.cfg.loop_of.get(block)
        while inner is not None and inner.parent is not loop and inner is not loop:
            inner = inner.parent
        return block if inner is loop else inner

    def _needs_dispatch(self, loop):
        """True when the reverse of ``loop`` can be entered at more than one place (several
        exits, exits from inner loops): all ways in then go through one dispatch block,
        which keeps the reverse control flow reducible."""
        cached = self.dispatch_targets.get(loop)
        if cached is None:
            targets = []
            for latch in loop.latches:
                targets.append(self._target_at(loop, latch))
            for b in loop.blocks:
                for succ in self.cfg.succs[b]:
                    if succ not in loop.blocks and b in self.live:
                        targets.append(self._target_at(loop, b))
            cached = self.dispatch_targets[loop] = list(dict.fromkeys(targets))
        return len(cached) > 1

    def _dispatch_index(self, loop, block):
        return self.dispatch_targets[loop].index(self._target_at(loop, block))

    def _selector(self, loop):
        selector = self.selectors.get(loop)
        if selector is None:
            selector = self.selectors[loop] = self.rentry_builder.alloca(T.I32, name="sel")
        return selector

    def _entry_of(self, loop):
        """The reverse block through which the reverse of ``loop`` is entered: its dispatch
        block, or the one place it can be entered."""
        if not self._needs_dispatch(loop):
            target = self.dispatch_targets[loop][0]
            return self._rev_block(target) if isinstance(target, Block) else \
                self._entry_of(target)
        dispatch = self.dispatch_blocks.get(loop)
        if dispatch is None:
            dispatch = self.dispatch_blocks[loop] = Block(None, self.rfn)
            self.rfn.blocks.append(dispatch)
            self.rblock_loops[dispatch] = self.cfg.loop_nest(loop.header)
            b = Builder(dispatch)
            selector = b.load(T.I32, self._selector(loop))
            targets = [self._rev_block(t) if isinstance(t, Block) else self._entry_of(t)
                       for t in self.dispatch_targets[loop]]
            b.switch(selector, targets[0], [(k, t) for k, t in enumerate(targets) if k])
        return dispatch

    def _finish_exit(self):
        b = Builder(self.exit)
        self.rblock_loops[self.exit] = []
        for free, lst in self.deferred_lists.items():
            b = self.builder_at(self.exit)
            b.call(self.runtime.deferred_release(free),
                   [self.tape.load_cached(lst, self.fn.blocks[0], self.exit)])
        for inst in self.deferred_frees:
            if self._needs_deferred_list(inst):
                continue
            ptr = self.lookup(inst.args[0], self.exit)
            b = self.builder_at(self.exit)
            if inst.callee.name == "NRT_decref":
                b.call(inst.callee, [ptr])
                if self._needs_shadow(inst.args[0]):
                    b.call(inst.callee, [self.shadow_lookup(inst.args[0], self.exit)])
            else:
                b.call(inst.callee, [ptr])
        b = Builder(self.exit)
        if self.split:
            b.call(self.libc("free", T.FunctionType(T.VOID, (T.PTR,))), [self.rframe])
        results = []
        if self.return_primal:
            results.append(self.primal_result)
        for arg, act in zip(self.fn.args, self.activities):
            if act is ArgActivity.ACTIVE:
                adjoint = self.take_adjoint(b, arg) if self._is_active(arg) \
                    else _zero(arg.type)
                results.append(_add(b, arg.type, adjoint, _positive_zero(arg.type)))
        if not results:
            b.ret()
            return
        agg = Poison(self.rfn.return_type)
        for index, value in enumerate(results):
            agg = b.insertvalue(agg, value, [index])
        b.ret(agg)

    def _where(self, inst, what, how=None):
        text = print_instruction(inst).strip()
        line = _debug_line(self.module, inst)
        where = f" (source line {line})" if line else ""
        how = how or ("this operation carries a derivative but enzpy has no rule for it; "
                      "make it inactive or provide a custom rule")
        return f"@{self.fn.name}{where}: {what}\n    {text}\n{how}"


_READ_ONLY_CALLS = ("llvm.lifetime", "llvm.dbg", "llvm.assume", "llvm.experimental.noalias",
                    "llvm.invariant", "llvm.prefetch", "llvm.expect")
_READ_ONLY_NAMES = frozenset(("printf", "puts", "fflush", "NRT_incref", "NRT_decref",
                              "NRT_MemInfo_data_fast", "malloc", "calloc", "free"))


def _external(origin):
    """Origins that another origin may alias: arguments, globals, loaded pointers, results
    of calls (fresh allocations and allocas alias nothing else)."""
    return not (isinstance(origin, tuple) and origin[0] in ("alloca", "heap"))


def _debug_line(module, inst):
    ref = inst.get_metadata("dbg")
    if ref is None:
        return None
    for line in module.metadata:
        if line.startswith(ref + " = ") and "DILocation(line: " in line:
            return int(line.split("DILocation(line: ", 1)[1].split(",")[0].split(")")[0])
    return None


def _float_like(ty):
    if isinstance(ty.scalar, T.FloatType):
        return True
    if isinstance(ty, T.StructType):
        return all(_float_like(e) for e in ty.elements)
    if isinstance(ty, T.ArrayType):
        return _float_like(ty.element)
    return False


def _zero(ty):
    """The additive identity used for adjoints: -0.0, so that LLVM folds ``-0.0 + x`` to x
    (``0.0 + x`` is not x for x = -0.0); results are normalised with ``+ 0.0`` on return."""
    if isinstance(ty, T.FloatType):
        return const(ty, -0.0)
    if isinstance(ty, T.IntType):
        return ConstantInt(ty, 0)
    if isinstance(ty, T.PointerType):
        return ConstantNull(ty)
    if isinstance(ty, T.VectorType) and isinstance(ty.element, T.FloatType):
        from ..ir.values import Splat
        return Splat(ty, const(ty.element, -0.0))
    if isinstance(ty, (T.StructType, T.ArrayType)) and _float_like(ty):
        from ..ir.values import ConstantAggregate
        elements = ty.elements if isinstance(ty, T.StructType) else [ty.element] * ty.count
        return ConstantAggregate(ty, [_zero(e) for e in elements])
    return ZeroInitializer(ty)


def _positive_zero(ty):
    if isinstance(ty, T.FloatType):
        return const(ty, 0.0)
    if isinstance(ty, T.VectorType):
        from ..ir.values import Splat
        return Splat(ty, const(ty.element, 0.0))
    if isinstance(ty, T.StructType):
        from ..ir.values import ConstantAggregate
        return ConstantAggregate(ty, [_positive_zero(e) for e in ty.elements])
    if isinstance(ty, T.ArrayType):
        from ..ir.values import ConstantAggregate
        return ConstantAggregate(ty, [_positive_zero(ty.element)] * ty.count)
    return _zero(ty)


def _add(b, ty, x, y):
    """Element-wise float addition of scalars, vectors and aggregates of floats."""
    if isinstance(ty.scalar, T.FloatType):
        return b.fadd(x, y)
    if isinstance(ty, (T.StructType, T.ArrayType)):
        elements = ty.elements if isinstance(ty, T.StructType) else [ty.element] * ty.count
        out = x
        for index, element in enumerate(elements):
            if _float_like(element):
                xe = b.extractvalue(x, [index], result_type=element)
                ye = b.extractvalue(y, [index], result_type=element)
                out = b.insertvalue(out, _add(b, element, xe, ye), [index])
        return out
    raise EnzpyError(f"internal: cannot add adjoints of type {ty}")


def _mask_lanes(mask):
    from ..ir.values import ConstantAggregate, Splat
    if isinstance(mask, ZeroInitializer):
        return [0] * mask.type.count
    if isinstance(mask, Splat):
        return [mask.element.value] * mask.type.count
    if isinstance(mask, ConstantAggregate):
        return [e.value if isinstance(e, ConstantInt) else None for e in mask.elements]
    return [None] * mask.type.count


def _suffix(value, suffix):
    return (value.name + suffix) if value.name else None


def _clone(inst):
    clone = Instruction(inst.opcode, inst.type, list(inst.operands), inst.name, inst.flags,
                        _copy_attrs(inst.attrs),
                        [(k, v) for k, v in inst.metadata if k not in ("dbg",)])
    return clone


def _clone_metadata(op, mapping):
    parts, values = [], iter(op.operands)
    for part in op.parts:
        if part is None:
            value = next(values)
            parts.append(mapping.get(value, value))
        else:
            parts.append(part)
    return MetadataOperand(op.type, parts)
