"""The IR model as a library: use lists, RAUW, erase, building code, constants as LLVM prints."""

import math
import random
import struct

import pytest
from hypothesis import given, settings, strategies as st

from enzpy.canonical import canonicalize, parse_llvm
from enzpy.errors import IRParseError
from enzpy.ir import (DOUBLE, FLOAT, I1, I32, I64, PTR, Builder, ConstantFP, Function,
                      FunctionType, Module, PointerType, StructType, VectorType, const, declare,
                      parse)
from enzpy.ir.values import format_float

SQUARE_SUM = """
define double @f(ptr %x, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %acc = phi double [ 0.0, %entry ], [ %acc.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p, align 8
  %sq = fmul double %v, %v
  %acc.next = fadd double %acc, %sq
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %acc.next
}
"""


def test_types_compare_by_value_nodes_by_identity():
    assert PointerType(0) == PTR and hash(PointerType(0)) == hash(PTR)
    assert StructType((DOUBLE, I32)) == StructType((DOUBLE, I32))
    assert VectorType(4, FLOAT) != VectorType(2, FLOAT)
    a, b = parse(SQUARE_SUM), parse(SQUARE_SUM)
    fa, fb = a.get_function("f"), b.get_function("f")
    assert fa.function_type == fb.function_type
    assert fa is not fb and fa != fb


def test_use_lists_are_exact():
    fn = parse(SQUARE_SUM).get_function("f")
    for inst in fn.instructions():
        for index, operand in enumerate(inst.operands):
            assert (inst, index) in operand.uses
    v = next(i for i in fn.instructions() if i.name == "v")
    sq = next(i for i in fn.instructions() if i.name == "sq")
    assert v.uses == [(sq, 0), (sq, 1)]
    assert v.users == [sq]
    loop = fn.blocks[1]
    assert [b.name for b in loop.predecessors] == ["loop", "entry"]
    assert [b.name for b in loop.successors] == ["exit", "loop"]


def test_replace_all_uses_and_erase():
    module = parse(SQUARE_SUM)
    fn = module.get_function("f")
    insts = {i.name: i for i in fn.instructions() if i.name}
    sq = insts["sq"]
    with pytest.raises(ValueError, match="use"):
        sq.erase()
    builder = Builder(before=sq)
    cube = builder.fmul(builder.fmul(insts["v"], insts["v"]), insts["v"], name="cube")
    sq.replace_all_uses_with(cube)
    assert sq.uses == []
    sq.erase()
    assert sq not in fn.entry.instructions and len(insts["v"].uses) == 3
    text = str(module)
    assert "%cube = fmul" in text and "%sq" not in text
    assert str(parse_llvm(text)) == text


def test_build_function_from_scratch_verifies():
    module = Module()
    fnty = FunctionType(DOUBLE, (DOUBLE, I64))
    fn = module.add_function(Function("poly", fnty, ["x", "n"]))
    sin = declare(module, "llvm.sin.f64", FunctionType(DOUBLE, (DOUBLE,)))
    entry, loop, done = fn.append_block("entry"), fn.append_block("loop"), fn.append_block()
    b = Builder(entry)
    b.br(loop)
    b.position_at_end(loop)
    i = b.phi(I64, name="i")
    acc = b.phi(DOUBLE, name="acc")
    s = b.call(sin, [b.fmul(acc, fn.args[0])])
    acc_next = b.fadd(s, 1.0, name="acc.next")
    i_next = b.add(i, 1, flags=("nuw",))
    b.cond_br(b.icmp("slt", i_next, fn.args[1]), loop, done)
    i.add_incoming(const(I64, 0), entry)
    i.add_incoming(i_next, loop)
    acc.add_incoming(const(DOUBLE, 0.5), entry)
    acc.add_incoming(acc_next, loop)
    b.position_at_end(done)
    b.ret(acc_next)
    text = str(module)
    body = text[text.index("define"):text.index("}\n") + 2]
    assert body in canonicalize(text)  # generated code is already in LLVM's canonical form
    assert "%3 = icmp slt i64 %2, %n" in text and "\n4:" in text  # numbered like LLVM


def _llvm_bits(ty, text):
    """The bits LLVM reads from a constant spelling, via its own hex printing."""
    bits = struct.unpack("<Q", struct.pack("<d", ConstantFP(ty, spelling=text).value))[0]
    printed = canonicalize(f"@g = global {ty} {text}\n").splitlines()[-1].split()[-1]
    return printed, bits


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=True, width=64))
def test_double_constants_are_exact_and_read_back_by_llvm(value):
    """Generated constants are exact; LLVM's own spelling may differ (it prints hex for
    some values that six digits would hold) but reads to the same double."""
    text = format_float(DOUBLE, value)
    printed, _ = _llvm_bits(DOUBLE, text)
    assert ConstantFP(DOUBLE, spelling=printed).value == value
    assert ConstantFP(DOUBLE, spelling=text).value == value


@settings(max_examples=200, deadline=None)
@given(st.floats(allow_nan=False, width=32))
def test_float_constants_are_exact_and_read_back_by_llvm(value):
    text = format_float(FLOAT, value)
    printed = canonicalize(f"@g = global float {text}\n").splitlines()[-1].split()[-1]
    for spelling in (text, printed):
        assert struct.pack("<f", ConstantFP(FLOAT, spelling=spelling).value) == \
            struct.pack("<f", value)


def _mutations(text, count, seed):
    rng = random.Random(seed)
    lines = text.split("\n")
    for _ in range(count):
        k = rng.randrange(len(lines))
        words = lines[k].split(" ")
        if len(words) < 2:
            continue
        j = rng.randrange(len(words))
        choice = rng.random()
        if choice < 0.4:
            del words[j]
        elif choice < 0.7:
            words[j] = rng.choice(["%zz", "i32", ",", "double", "label", "(", "}", "0x1", "@nope"])
        else:
            words.insert(j, rng.choice(["nuw", "fast", "align", "!", "[", "undef"]))
        yield "\n".join(lines[:k] + [" ".join(words)] + lines[k + 1:])


def test_mutated_modules_parse_or_raise_parse_errors():
    """Random single-token damage to real modules: a module or an IRParseError, nothing else."""
    from pathlib import Path
    root = Path(__file__).resolve().parent.parent / "ir_samples" / "c"
    accepted = rejected = 0
    for seed, name in enumerate(["gmm_objective.O2.ll", "matmul.O0.ll", "tree_sum.O2.ll"]):
        for text in _mutations((root / name).read_text(), 60, seed):
            try:
                module = parse(text)
            except IRParseError:
                rejected += 1
            else:
                accepted += 1
                assert str(parse_llvm(str(module))) == str(module)
    assert rejected > 50


def test_small_constants():
    assert const(I1, 1).text(None) == "true"
    assert const(I32, -1).value == -1 and const(I32, 2**32 - 1).value == -1



def test_parsed_modules_in_cyclic_garbage_are_freed_safely():
    """parse_llvm gives each module its own LLVM context.  A module that only cyclic garbage
    reaches (an exception's frames, an object referring to itself) used to be finalised in
    an arbitrary order with its context; disposing the context first crashed the process
    (the intermittent SIGSEGV of long test runs).  Run in a child: a crash must not take the
    test session with it."""
    import subprocess
    import sys
    script = (
        "import gc\n"
        "from enzpy.canonical import parse_llvm, dispose\n"
        "class Holder:\n"
        "    pass\n"
        "for i in range(3000):\n"
        "    h = Holder()\n"
        "    h.cycle = h\n"
        "    h.module = parse_llvm('define i32 @f() {\\n  ret i32 1\\n}\\n')\n"
        "    h.context = h.module._context\n"
        "    if i % 3 == 0:\n"
        "        dispose(h.module)\n"
        "    del h\n"
        "gc.collect()\n"
        "print('ok')\n")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", \
        (result.returncode, result.stderr[-2000:])
