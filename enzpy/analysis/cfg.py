"""Control-flow graph facts: reverse post-order, dominators, natural loops and the loop nest,
and simple affine induction variables."""

from ..ir.nodes import Instruction
from ..ir.values import ConstantInt

__all__ = ["CFG", "Loop", "IrreducibleControlFlow"]


class IrreducibleControlFlow(Exception):
    """A cycle with more than one entry (no single loop header dominates it)."""


class Loop:
    """A natural loop: ``header``, its ``blocks`` (set, sub-loops included), ``latches``,
    ``parent`` and ``children`` in the nest, and ``preheader`` (the single block outside the
    loop that branches only to the header; None when absent)."""

    def __init__(self, header):
        self.header = header
        self.blocks = {header}
        self.latches = []
        self.parent = None
        self.children = []
        self.preheader = None

    @property
    def depth(self):
        depth, loop = 1, self.parent
        while loop is not None:
            depth, loop = depth + 1, loop.parent
        return depth

    def contains(self, block):
        return block in self.blocks

    def ancestors(self):
        """This loop and its parents, innermost first."""
        loop = self
        while loop is not None:
            yield loop
            loop = loop.parent

    def __repr__(self):
        return f"<Loop header={self.header.name or '?'} blocks={len(self.blocks)}>"


_NEGATED = {"eq": "ne", "ne": "eq", "slt": "sge", "sge": "slt", "sgt": "sle", "sle": "sgt",
            "ult": "uge", "uge": "ult", "ugt": "ule", "ule": "ugt"}
_SWAPPED = {"eq": "eq", "ne": "ne", "slt": "sgt", "sgt": "slt", "sle": "sge", "sge": "sle",
            "ult": "ugt", "ugt": "ult", "ule": "uge", "uge": "ule"}


def _plus(value, c):
    """``value + c`` for a constant ``c``; only constants can be adjusted (None otherwise)."""
    if c == 0:
        return value
    if isinstance(value, ConstantInt):
        return ConstantInt(value.type, value.value + c)
    return None


class CFG:
    """The CFG of a function with dominators and loops (computed on construction)."""

    def __init__(self, fn):
        self.fn = fn
        self.blocks = list(fn.blocks)
        self.succs = {b: list(dict.fromkeys(b.successors)) for b in self.blocks}
        self.preds = {b: [] for b in self.blocks}
        for b in self.blocks:
            for s in self.succs[b]:
                self.preds[s].append(b)
        self.rpo = self._reverse_post_order()
        self.reachable = set(self.rpo)
        self.idom = self._dominators()
        self.loops = []
        self.loop_of = {}
        self._find_loops()

    def _reverse_post_order(self):
        entry = self.blocks[0]
        order, seen, stack = [], {entry}, [(entry, iter(self.succs[entry]))]
        while stack:
            block, it = stack[-1]
            for succ in it:
                if succ not in seen:
                    seen.add(succ)
                    stack.append((succ, iter(self.succs[succ])))
                    break
            else:
                stack.pop()
                order.append(block)
        order.reverse()
        return order

    def _dominators(self):
        """Cooper, Harvey and Kennedy's iterative algorithm over reverse post-order."""
        index = {b: i for i, b in enumerate(self.rpo)}
        entry = self.rpo[0]
        idom = {entry: entry}
        changed = True
        while changed:
            changed = False
            for b in self.rpo[1:]:
                new = None
                for p in self.preds[b]:
                    if p in idom:
                        new = p if new is None else self._intersect(p, new, idom, index)
                if idom.get(b) is not new:
                    idom[b] = new
                    changed = True
        return idom

    @staticmethod
    def _intersect(a, b, idom, index):
        while a is not b:
            while index[a] > index[b]:
                a = idom[a]
            while index[b] > index[a]:
                b = idom[b]
        return a

    def dominates(self, a, b):
        """True when block ``a`` dominates block ``b``."""
        entry = self.rpo[0]
        while True:
            if b is a:
                return True
            if b is entry or b not in self.idom:
                return False
            b = self.idom[b]

    def _find_loops(self):
        by_header = {}
        index = {b: i for i, b in enumerate(self.rpo)}
        for b in self.rpo:
            for s in self.succs[b]:
                if s in index and index[s] <= index[b]:       # a retreating edge
                    if not self.dominates(s, b):
                        raise IrreducibleControlFlow(
                            f"the cycle through blocks %{s.name or '?'} and %{b.name or '?'} "
                            "has more than one entry")
                    loop = by_header.get(s)
                    if loop is None:
                        loop = by_header[s] = Loop(s)
                    loop.latches.append(b)
                    work = [b]
                    while work:
                        x = work.pop()
                        if x not in loop.blocks:
                            loop.blocks.add(x)
                            work.extend(p for p in self.preds[x] if p in self.reachable)
        loops = sorted(by_header.values(), key=lambda l: len(l.blocks))
        for i, loop in enumerate(loops):
            for outer in loops[i + 1:]:
                if loop.header in outer.blocks and outer is not loop:
                    loop.parent = outer
                    outer.children.append(loop)
                    break
        for loop in reversed(loops):           # outermost first: inner loops overwrite
            for b in loop.blocks:
                self.loop_of[b] = loop
            outside = [p for p in self.preds[loop.header] if p not in loop.blocks]
            if len(outside) == 1 and self.succs[outside[0]] == [loop.header]:
                loop.preheader = outside[0]
        self.loops = [l for l in loops if l.parent is None]

    def loop_nest(self, block):
        """The loops containing ``block``, outermost first."""
        loop = self.loop_of.get(block)
        return list(reversed(list(loop.ancestors()))) if loop is not None else []

    def affine_induction(self, phi):
        """For a header phi ``i = phi [start, preheader], [i + step, latch]`` with loop-
        invariant ``start`` and constant ``step``: (loop, start, step); else None."""
        block = phi.parent
        loop = self.loop_of.get(block)
        if loop is None or loop.header is not block or len(loop.latches) != 1:
            return None
        if len(phi.incoming) != 2:
            return None
        start = step = None
        for value, pred in phi.incoming:
            if pred in loop.blocks:
                if isinstance(value, Instruction) and value.opcode == "add" and \
                        value.operands[0] is phi and isinstance(value.operands[1], ConstantInt):
                    step = value.operands[1].value
                else:
                    return None
            else:
                start = value
        if start is None or step is None:
            return None
        if isinstance(start, Instruction) and start.parent in loop.blocks:
            return None
        return loop, start, step

    def trip_count(self, loop):
        """For a loop that exits when its affine induction variable (step 1 or -1), compared
        at the latch before or after a constant offset, reaches a loop-invariant bound,
        ``(bound, start, signed)`` with ``bound - start`` its number of iterations (a loop
        that runs at least once: callers clamp to 1); None when the count is not known at
        loop entry.  Numba's ``range`` loops count down: ``c > 1`` with ``c -= 1``."""
        if len(loop.latches) != 1 or loop.preheader is None:
            return None
        term = loop.latches[0].terminator
        if term is None or term.opcode != "br" or len(term.operands) != 3:
            return None
        cond, if_true, if_false = term.operands
        if not isinstance(cond, Instruction) or cond.opcode != "icmp":
            return None
        if (if_true is loop.header) == (if_false is loop.header):
            return None
        predicate = cond.attrs["predicate"]
        if if_true is not loop.header:           # the predicate under which the loop goes on
            predicate = _NEGATED[predicate]
        compared, bound = cond.operands
        if isinstance(bound, Instruction) and bound.parent in loop.blocks:
            compared, bound = bound, compared
            predicate = _SWAPPED[predicate]
        if isinstance(bound, Instruction) and bound.parent in loop.blocks:
            return None
        offset, phi = 0, compared
        if isinstance(compared, Instruction) and compared.opcode == "add" and \
                isinstance(compared.operands[1], ConstantInt):
            offset, phi = compared.operands[1].value, compared.operands[0]
        if not isinstance(phi, Instruction) or phi.opcode != "phi" or \
                phi.parent is not loop.header:
            return None
        affine = self.affine_induction(phi)
        if affine is None or affine[2] not in (1, -1):
            return None
        start, step = affine[1], affine[2]
        # iteration k (from 0) compares start + step k + offset with the bound
        extra = {"ne": 1, "slt": 1, "ult": 1, "sle": 2, "ule": 2} if step == 1 else \
            {"ne": 1, "sgt": 1, "ugt": 1, "sge": 2, "uge": 2}
        if predicate not in extra:
            return None
        signed = not predicate.startswith("u")
        adjust = extra[predicate] - offset * step    # iterations = step (bound - start) + adjust
        if step == 1:                                 # (bound + adjust) - start
            end = _plus(bound, adjust)
            return (end, start, signed) if end is not None else None
        if not isinstance(bound, ConstantInt):        # start - (bound - adjust)
            return None
        return start, ConstantInt(bound.type, bound.value - adjust), signed
