"""The tape: how the reverse sweep gets the primal values it needs.

``Tape.lookup(value, rblock)`` returns, in reverse block ``rblock``, the value a primal value had
in the forward iteration being reversed.  In order of preference it is

* available as is (constants, globals, arguments),
* recomputed from other looked-up values (arithmetic, casts, GEPs, pure math calls, and loop
  induction variables ``start + step * iteration``),
* re-loaded from memory the function never writes,
* or cached: stored by the forward sweep into a *record* and loaded back.

Records: the function has one record (``alloca``'d in combined mode); each loop instance has an
array of records, one per iteration, grown by doubling (``__enzpy_tape_reserve``) and freed
when the reverse sweep leaves the loop.  A loop's record array pointer, capacity and iteration
count are fields of its parent's record.  Field offsets are fixed when a field is created;
record sizes are patched into the code once all fields are known.
"""

from ..errors import EnzpyError
from ..ir import types as T
from ..ir.builder import Builder
from ..ir.nodes import Function, Instruction
from ..ir.values import Argument, Constant, ConstantInt, ConstantNull
from ..rules.registry import lookup as lookup_rule

__all__ = ["Tape", "Context"]

# how many enclosing loops may share one record array: deeper sharing saves allocations but
# measured slower on an RK4 N-body kernel (benchmarks/results/reverse.md)
MAX_HOIST = 1

_RECOMPUTABLE = frozenset(
    ("add", "sub", "mul", "udiv", "sdiv", "urem", "srem", "shl", "lshr", "ashr", "and", "or",
     "xor", "fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "trunc", "zext", "sext", "fptrunc",
     "fpext", "fptoui", "fptosi", "uitofp", "sitofp", "ptrtoint", "inttoptr", "bitcast",
     "addrspacecast", "icmp", "fcmp", "select", "getelementptr", "extractvalue",
     "insertvalue", "extractelement", "insertelement", "shufflevector", "freeze"))
# integer division can trap: only recompute it with a constant non-zero divisor
_TRAPPING = frozenset(("udiv", "sdiv", "urem", "srem"))


class Context:
    """A record layout: the function's (``loop`` None) or one loop's per-iteration record."""

    def __init__(self, loop, parent):
        self.loop = loop
        self.parent = parent
        self.fields = []            # (forward value, offset, type)
        self.size = 0
        self.strides = []           # ConstantInt placeholders patched with the final size
        self.final_size = None
        self.max_align = 8
        self.frame_field = None     # in the parent: pointer to this loop's record array
        self.cap_field = None       # in the parent: capacity of the record array
        self.count_field = None     # in the parent: iterations of the current instance
        self.hoist_chain = []       # outer loops whose instances share this loop's array
        self.hoisted = False        # records of all instances in one array (see Tape.context)
        self.frame_owner = parent   # the context whose record holds frame_field/cap_field

    def add(self, value, ty, layout):
        align = layout.align(ty)
        self.max_align = max(self.max_align, align)
        offset = (self.size + align - 1) // align * align
        self.size = offset + layout.size(ty)
        field = (value, offset, ty)
        self.fields.append(field)
        return field

    def stride(self):
        """The record size as a constant (patched when the layout is final)."""
        placeholder = ConstantInt(T.I64, self.final_size or 0)
        self.strides.append(placeholder)
        return placeholder

    def finish(self):
        align = self.max_align
        size = self.final_size = max(align, (self.size + align - 1) // align * align)
        for placeholder in self.strides:
            placeholder.value = size
        return size


class Tape:
    """Decides recompute / reload / cache for every value the reverse sweep needs, and emits
    the loads (reverse) and stores (forward) that caching takes."""

    def __init__(self, gen):
        self.gen = gen
        self.layout = gen.layout
        self.cfg = gen.cfg
        self.top = Context(None, None)
        self.contexts = {None: self.top}
        self.cached = {}        # forward value -> (context, offset, type)
        self.memo = {}          # (value, rblock) -> looked-up value
        self.env_memo = {}      # (loop, rblock) -> iteration index value
        self.records = {}       # (context, rblock) -> record pointer in the reverse
        self.header_record = {}  # forward loop header -> its record pointer instruction
        self.cost_memo = {}     # (value, loop) -> fields its recomputation would cache

    # contexts ------------------------------------------------------------------------------
    def context(self, loop):
        """The record layout of ``loop`` (None: the function's).  A counted loop nested in a
        counted loop, with a trip count that does not change inside the outer loop, keeps
        the records of all its instances in one array allocated when the outer loop starts
        (index ``outer * trips + inner``) instead of one array per outer iteration."""
        ctx = self.contexts.get(loop)
        if ctx is None:
            parent = self.context(loop.parent)
            ctx = self.contexts[loop] = Context(loop, parent)
            chain = self._hoist_chain(loop)
            if chain:
                ctx.hoisted, ctx.hoist_chain = True, chain
                ctx.frame_owner = self.context(chain[0].parent)
            ctx.frame_field = ctx.frame_owner.add(None, T.PTR, self.layout)
            ctx.cap_field = ctx.frame_owner.add(None, T.I64, self.layout)
            ctx.count_field = parent.add(None, T.I64, self.layout)
        return ctx

    def _hoist_chain(self, loop):
        """The counted loops around counted ``loop``, outermost first, whose trip counts (and
        ``loop``'s) are fixed before the outermost starts: then all instances of ``loop`` in
        one run of the outermost share one record array, indexed
        ``((i_outer * t_next + i_next) * ...) * t_loop + i_loop``."""
        chain, members = [], [loop]
        if self.cfg.trip_count(loop) is None:
            return chain
        outer = loop.parent
        while outer is not None and self.cfg.trip_count(outer) is not None and \
                len(chain) < MAX_HOIST:
            counts = [self.cfg.trip_count(m) for m in members]
            if any(isinstance(v, Instruction) and v.parent in outer.blocks
                   for c in counts for v in c[:2]):
                break
            chain.insert(0, outer)
            members.append(outer)
            outer = outer.parent
        return chain

    def _trips(self, loop, b, value):
        """max(bound - start, 1) of a counted loop, as i64; ``value`` maps primal values."""
        bound, start, signed = self.cfg.trip_count(loop)
        ext = "sext" if signed else "zext"
        bound, start = value(bound), value(start)
        if bound.type != T.I64:
            bound = b.cast(ext, bound, T.I64)
        if start.type != T.I64:
            start = b.cast(ext, start, T.I64)
        trips = b.sub(bound, start, name="trips")
        return b.select(b.icmp("slt", trips, 1), ConstantInt(T.I64, 1), trips)

    def context_of(self, block):
        return self.context(self.cfg.loop_of.get(block))

    # reverse side ----------------------------------------------------------------------------
    def rblock_nest(self, rblock):
        return self.gen.rblock_loops.get(rblock, [])

    def iteration(self, loop, rblock):
        """The iteration of ``loop`` that the reverse code in ``rblock`` stands for: the
        reverse counter inside the loop, the last iteration outside it."""
        key = (loop, rblock)
        index = self.env_memo.get(key)
        if index is None:
            b = self.gen.builder_at(rblock)
            if loop in self.rblock_nest(rblock):
                index = b.load(T.I64, self.gen.reverse_counter(loop), name="iter")
            else:
                count = self.load_field(self.context(loop).count_field,
                                        self.context(loop.parent), rblock)
                index = b.sub(count, 1, name="last")
            self.env_memo[key] = index
        return index

    def record(self, ctx, rblock):
        """Pointer to the record of context ``ctx`` for the iteration reversed in ``rblock``."""
        key = (ctx, rblock)
        ptr = self.records.get(key)
        if ptr is None:
            if ctx.loop is None:
                ptr = self.gen.rframe
            else:
                base = self.load_field(ctx.frame_field, ctx.frame_owner, rblock)
                index = self.iteration(ctx.loop, rblock)
                if ctx.hoisted:
                    chain = ctx.hoist_chain
                    index = self.iteration(chain[0], rblock)
                    for inner in chain[1:] + [ctx.loop]:
                        i = self.iteration(inner, rblock)
                        b = self.gen.builder_at(rblock)
                        trips = self._trips(inner, b, lambda v: self.lookup(v, rblock))
                        b = self.gen.builder_at(rblock)
                        index = b.add(b.mul(index, trips), i)
                b = self.gen.builder_at(rblock)
                offset = b.mul(index, ctx.stride())
                ptr = b.gep(T.I8, base, [offset], name="record")
            self.records[key] = ptr
        return ptr

    def load_field(self, field, ctx, rblock):
        _, offset, ty = field
        record = self.record(ctx, rblock)
        b = self.gen.builder_at(rblock)
        addr = b.gep(T.I8, record, [offset]) if offset else record
        return b.load(ty, addr, align=_record_align(self.layout, ty))

    def lookup(self, value, rblock):
        """``value`` (a primal value) as seen by the reverse code in ``rblock``."""
        if isinstance(value, (Constant, Function)) or not isinstance(value, (Instruction,
                                                                             Argument)):
            if isinstance(value, Constant) and not isinstance(value, Function):
                return self.gen.map_constant(value)
            return self.gen.forward_value(value)
        if isinstance(value, Argument):
            return self.gen.reverse_arg(value)
        key = (value, rblock)
        found = self.memo.get(key)
        if found is not None:
            return found
        found = self._materialize(value, rblock)
        self.memo[key] = found
        return found

    def _materialize(self, value, rblock):
        gen = self.gen
        op = value.opcode
        if op == "phi":
            affine = self.cfg.affine_induction(value)
            if affine is not None:
                loop, start, step = affine
                start_r = self.lookup(start, rblock)
                index = self.iteration(loop, rblock)
                b = gen.builder_at(rblock)
                if value.type.bits < 64:
                    index = b.cast("trunc", index, value.type)
                elif value.type.bits > 64:
                    index = b.cast("zext", index, value.type)
                return b.add(start_r, b.mul(index, step))
        elif self._recomputable(value) and self._cache_cost(value, value.parent) <= 2:
            return self._recompute(value, rblock)
        elif op == "load" and gen.reloadable(value):
            b = gen.builder_at(rblock)
            ptr = self.lookup(value.operands[0], rblock)
            attrs = {k: v for k, v in value.attrs.items() if k == "align"}
            return b.insert(Instruction("load", value.type, [ptr], attrs=attrs))
        return self.load_cached(gen.forward_value(value), value.parent, rblock)

    def _cache_cost(self, value, home, depth=0):
        """How many new tape fields recomputing ``value`` would take (values of its own loop
        iteration that can be neither recomputed nor re-loaded).  Recomputing is preferred
        up to two fields: above that, caching the value itself is cheaper."""
        if not isinstance(value, Instruction) or depth > 12:
            return 0
        if self.gen.forward_value(value) in self.cached:
            return 0
        key = (value, self.cfg.loop_of.get(home))
        if key not in self.cost_memo:      # shared subexpressions are walked once
            self.cost_memo[key] = self._uncached_cost(value, home, depth)
        return self.cost_memo[key]

    def _uncached_cost(self, value, home, depth):
        if value.opcode == "phi" and self.cfg.affine_induction(value) is not None:
            return 0
        if value.opcode == "load" and self.gen.reloadable(value):
            return sum(self._cache_cost(op, home, depth + 1) for op in value.operands)
        if not self._recomputable(value):
            same_loop = self.cfg.loop_of.get(value.parent) is self.cfg.loop_of.get(home)
            return 1 if same_loop else 0
        return sum(self._cache_cost(op, home, depth + 1) for op in value.operands)

    def load_cached(self, fvalue, home_block, rblock):
        """Cache forward value ``fvalue`` (defined in primal block ``home_block``) and load it."""
        entry = self.cached.get(fvalue)
        if entry is None:
            ctx = self.context_of(home_block)
            field = ctx.add(fvalue, fvalue.type, self.layout)
            entry = self.cached[fvalue] = (ctx, field)
        ctx, field = entry
        return self.load_field(field, ctx, rblock)

    def _recomputable(self, value):
        op = value.opcode
        if op in _RECOMPUTABLE:
            if op in _TRAPPING:
                divisor = value.operands[1]
                return isinstance(divisor, ConstantInt) and divisor.value != 0
            return True
        if op == "call":        # a function of the rule table, unless it writes memory (frexp)
            callee = value.callee
            return isinstance(callee, Function) and lookup_rule(callee.name or "") is not None \
                and not any(arg.type.is_pointer for arg in value.args)
        return False

    def _recompute(self, value, rblock):
        operands = [self.lookup(op, rblock) for op in value.operands]
        clone = Instruction(value.opcode, value.type, operands, None, value.flags,
                            _copy_attrs(value.attrs))
        return self.gen.builder_at(rblock).insert(clone)

    # forward side -----------------------------------------------------------------------------
    def instrument_forward(self):
        """Emit the forward sweep's loop counters, record arrays and stores into records."""
        records = {None: self.gen.frame}
        for ctx in self.contexts.values():
            ctx.finish()
        loops = sorted((c.loop for c in self.contexts.values() if c.loop is not None),
                       key=lambda l: l.depth)
        self.forward_iv = {}
        for loop in loops:
            records[loop] = self._instrument_loop(loop, records)
        for ctx in self.contexts.values():
            for fvalue, offset, ty in ctx.fields:
                if fvalue is not None:
                    self._store_after(fvalue, offset, records[ctx.loop])

    def _instrument_loop(self, loop, records):
        """Counter, iteration count and (if the loop caches anything) the record array."""
        gen = self.gen
        ctx = self.contexts[loop]
        parent_record = records[loop.parent]
        header = gen.fwd_blocks[loop.header]
        iv = Instruction("phi", T.I64, name="iv")
        header.insert(0, iv)
        self.forward_iv[loop] = iv
        b = Builder(before=_first_non_phi(header))
        iv_next = b.add(iv, 1, name="iv.next", flags=("nuw", "nsw"))
        for pred in loop.header.predecessors:   # one entry per edge
            iv.add_incoming(iv_next if pred in loop.blocks else ConstantInt(T.I64, 0),
                            gen.fwd_blocks[pred])
        b.store(iv_next, _field_addr(b, parent_record, ctx.count_field[1]))
        if not ctx.fields:
            return None
        stride = ctx.stride()
        count = self.cfg.trip_count(loop)
        if ctx.hoisted:
            chain = ctx.hoist_chain
            owner_record = records[chain[0].parent]
            pre = Builder(before=gen.fwd_blocks[chain[0].preheader].terminator)
            self._reset_records(pre, owner_record, ctx)
            trips = {m: self._trips(m, pre, gen.forward_value) for m in chain + [loop]}
            total = trips[chain[0]]
            for m in chain[1:] + [loop]:
                total = pre.mul(total, trips[m])
            base = pre.call(gen.tape_reserve(), [
                _field_addr(pre, owner_record, ctx.frame_field[1]),
                _field_addr(pre, owner_record, ctx.cap_field[1]), pre.sub(total, 1), stride],
                name="records")
            index = self.forward_iv[chain[0]]
            for m in chain[1:]:
                index = b.add(b.mul(index, trips[m]), self.forward_iv[m])
            index = b.add(b.mul(index, trips[loop]), iv)
            record = b.gep(T.I8, base, [b.mul(index, stride)], name="record")
            self.header_record[header] = record
            return record
        if count is not None:
            # the number of iterations is known on entry: one allocation, no checks inside
            pre = Builder(before=gen.fwd_blocks[loop.preheader].terminator)
            self._reset_records(pre, parent_record, ctx)
            bound, start = gen.forward_value(count[0]), gen.forward_value(count[1])
            ext = "sext" if count[2] else "zext"
            if bound.type != T.I64:
                bound = pre.cast(ext, bound, T.I64)
            if start.type != T.I64:
                start = pre.cast(ext, start, T.I64)
            trips = pre.sub(bound, start, name="trips")
            last = pre.select(pre.icmp("slt", trips, 1), ConstantInt(T.I64, 0),
                              pre.sub(trips, 1))
            base = pre.call(gen.tape_reserve(), [
                _field_addr(pre, parent_record, ctx.frame_field[1]),
                _field_addr(pre, parent_record, ctx.cap_field[1]), last, stride],
                name="records")
        else:
            frame_addr = _field_addr(b, parent_record, ctx.frame_field[1])
            cap_addr = _field_addr(b, parent_record, ctx.cap_field[1])
            base = b.call(gen.tape_reserve(), [frame_addr, cap_addr, iv, stride],
                          name="records")
            for pred in self.cfg.preds[loop.header]:
                if pred not in loop.blocks:
                    self._reset_records(Builder(before=gen.fwd_blocks[pred].terminator),
                                        parent_record, ctx)
        record = b.gep(T.I8, base, [b.mul(iv, stride)], name="record")
        self.header_record[header] = record
        return record

    @staticmethod
    def _reset_records(b, parent_record, ctx):
        """Each instance of a loop starts with an empty record array."""
        b.store(ConstantInt(T.I64, 0), _field_addr(b, parent_record, ctx.cap_field[1]))
        b.store(ConstantNull(T.PTR), _field_addr(b, parent_record, ctx.frame_field[1]))

    def _store_after(self, fvalue, offset, record):
        block = fvalue.parent
        if fvalue.opcode == "phi":
            anchor = _first_non_phi(block)
            if block in self.header_record:
                record_inst = self.header_record[block]
                anchor = block.instructions[block.index(record_inst) + 1]
        else:
            index = block.index(fvalue)
            anchor = block.instructions[index + 1]
        b = Builder(before=anchor)
        b.store(fvalue, _field_addr(b, record, offset),
                align=_record_align(self.layout, fvalue.type))

    def free_loop_records(self, loop, builder, rblock):
        """Free the record arrays of the loop instance the reverse sweep leaves: its own, and
        those of inner loops whose instances share one array."""
        free = self.gen.libc("free", T.FunctionType(T.VOID, (T.PTR,)))
        ctx = self.contexts[loop]
        if ctx.fields and not ctx.hoisted:
            builder.call(free, [self.load_field(ctx.frame_field, ctx.frame_owner, rblock)])
        for inner in self.contexts.values():
            if inner.hoisted and inner.hoist_chain[0] is loop and inner.fields:
                builder.call(free, [self.load_field(inner.frame_field, inner.frame_owner,
                                                    rblock)])


def _record_align(layout, ty):
    """The alignment tape accesses may assume: records start 16-byte aligned (malloc, the
    frame alloca), so a field of a wider-aligned type (``<4 x double>``) is only that."""
    return min(layout.align(ty), 16)


def _field_addr(builder, record, offset):
    return builder.gep(T.I8, record, [offset]) if offset else record


def _first_non_phi(block):
    for inst in block.instructions:
        if inst.opcode != "phi":
            return inst
    raise EnzpyError("a block without a terminator")


def _copy_attrs(attrs):
    out = {}
    for key, value in attrs.items():
        out[key] = list(value) if isinstance(value, list) else value
    return out

