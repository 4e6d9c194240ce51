"""Activity analysis: which values and instructions carry derivatives.

Golden blocks list the arguments (``active``: an active float; ``shadow``: a pointer the
derivative needs a shadow of; ``-``: inactive) and each instruction with its mark (``active``:
needs derivative code; ``shadow``: a pointer value the derivative mirrors).  The last tests run
the analyses over every function of ``ir_samples/`` and check float paths with a def-use walk.
"""

import json
import pathlib
import textwrap

import pytest

from enzpy.analysis.activity import ActivityAnalysis, ArgActivity
from enzpy.analysis.typeanalysis import TypeAnalysis
from enzpy.analysis.typetree import INTEGER, TypeTree
from enzpy.errors import ActivityError, TypeAnalysisError
from enzpy.explain import parse_arg_types
from enzpy.ir import parse, print_instruction
from enzpy.ir import types as T
from enzpy.ir.printer import _Namer

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "ir_samples"
LAYOUT = ('target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-'
          'f80:128-n8:16:32:64-S128"\n')


def run(ir, activities, ret=True, fn="f", arg_types=None):
    module = parse(LAYOUT + ir) if isinstance(ir, str) else ir
    function = module.get_function(fn)
    trees = {i: TypeTree.of(INTEGER) for i, a in enumerate(function.args)
             if isinstance(a.type, T.IntType)}
    trees.update(parse_arg_types(arg_types, function))
    types = TypeAnalysis(module).analyze(function, trees)
    acts = [ArgActivity.parse(a) for a in activities.split(",")] if activities else []
    return function, ActivityAnalysis(function, acts, ret, types).run()


def activity(ir, activities, ret=True, fn="f", arg_types=None):
    function, result = run(ir, activities, ret, fn, arg_types)
    namer = _Namer(function.parent)
    namer.number_function(function)

    def arg_mark(arg):
        if result.needs_shadow(arg):
            return "shadow"
        return "active" if result.is_active_value(arg) else "-"

    lines = ["args: " + " ".join(f"{namer(a)}={arg_mark(a)}" for a in function.args)]
    for inst in function.instructions():
        if result.is_active_instruction(inst):
            mark = "active"
        elif inst.type != T.VOID and result.needs_shadow(inst):
            mark = "shadow"
        else:
            mark = ""
        lines.append(f"{mark:6}  {print_instruction(inst, namer).strip()}".rstrip())
    return "\n".join(lines)


def expect(text):
    return textwrap.dedent(text).strip("\n")


# ------------------------------------------------------------------------------------------
# What must be inactive

def test_constant_table_is_inactive():
    """A global constant table read inside: its address, loads and products are inactive."""
    assert activity('''
@coef = private unnamed_addr constant [4 x double] [double 1.0, double 0.5, double 0.25, double 0.125]

define double @f(double %x, i64 %k) {
  %j = and i64 %k, 3
  %e = getelementptr inbounds [4 x double], ptr @coef, i64 0, i64 %j
  %c = load double, ptr %e, align 8
  %c2 = fmul double %c, %c
  %y = fmul double %x, %c2
  ret double %y
}''', "active,const") == expect('''
        args: %x=active %k=-
                %j = and i64 %k, 3
                %e = getelementptr inbounds [4 x double], ptr @coef, i64 0, i64 %j
                %c = load double, ptr %e, align 8
                %c2 = fmul double %c, %c
        active  %y = fmul double %x, %c2
        active  ret double %y''')


def test_integer_index_math_is_inactive():
    assert activity('''
define double @f(ptr %a, i32 %n, i32 %stride) {
  %m = mul i32 %n, %stride
  %k = sext i32 %m to i64
  %k1 = add nsw i64 %k, 1
  %e = getelementptr inbounds double, ptr %a, i64 %k1
  %x = load double, ptr %e
  %i = sitofp i32 %n to double
  %y = fmul double %x, %i
  ret double %y
}''', "dup,const,const") == expect('''
        args: %a=shadow %n=- %stride=-
                %m = mul i32 %n, %stride
                %k = sext i32 %m to i64
                %k1 = add nsw i64 %k, 1
        shadow  %e = getelementptr inbounds double, ptr %a, i64 %k1
        active  %x = load double, ptr %e, align 8
                %i = sitofp i32 %n to double
        active  %y = fmul double %x, %i
        active  ret double %y''')


def test_refcount_and_nrt_calls_are_inactive():
    """NRT_incref/decref are inactive; the MemInfo and its data, which hold an active value,
    need shadows (the derivative allocates a shadow array)."""
    assert activity('''
declare ptr @NRT_MemInfo_alloc_aligned(i64, i32)
declare ptr @NRT_MemInfo_data_fast(ptr)
declare void @NRT_incref(ptr)
declare void @NRT_decref(ptr)

define void @f(ptr %out, double %x, i64 %n) {
  %bytes = shl i64 %n, 3
  %mi = call ptr @NRT_MemInfo_alloc_aligned(i64 %bytes, i32 32)
  call void @NRT_incref(ptr %mi)
  %data = call ptr @NRT_MemInfo_data_fast(ptr %mi)
  %sq = fmul double %x, %x
  store double %sq, ptr %data
  %back = load double, ptr %data
  store double %back, ptr %out
  call void @NRT_decref(ptr %mi)
  ret void
}''', "dup,active,const", ret=False) == expect('''
        args: %out=shadow %x=active %n=-
                %bytes = shl i64 %n, 3
        shadow  %mi = call ptr @NRT_MemInfo_alloc_aligned(i64 %bytes, i32 32)
                call void @NRT_incref(ptr %mi)
        shadow  %data = call ptr @NRT_MemInfo_data_fast(ptr %mi)
        active  %sq = fmul double %x, %x
        active  store double %sq, ptr %data, align 8
        active  %back = load double, ptr %data, align 8
        active  store double %back, ptr %out, align 8
                call void @NRT_decref(ptr %mi)
                ret void''')


def test_printf_and_allocation_calls_are_inactive():
    assert activity('''
@fmt = private constant [4 x i8] c"%d\\0A\\00"
declare i32 @printf(ptr, ...)
declare ptr @malloc(i64)
declare void @free(ptr)

define double @f(double %x, i32 %n) {
  %buf = call ptr @malloc(i64 16)
  store i32 %n, ptr %buf
  %v = load i32, ptr %buf
  %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %v)
  call void @free(ptr %buf)
  %y = fmul double %x, 3.0
  ret double %y
}''', "active,const") == expect('''
        args: %x=active %n=-
                %buf = call ptr @malloc(i64 16)
                store i32 %n, ptr %buf, align 4
                %v = load i32, ptr %buf, align 4
                %r = call i32 (ptr, ...) @printf(ptr @fmt, i32 %v)
                call void @free(ptr %buf)
        active  %y = fmul double %x, 3.000000e+00
        active  ret double %y''')


def test_loads_from_a_const_pointer_are_inactive():
    assert activity('''
define double @f(ptr %w, ptr %x) {
  %a = load double, ptr %w
  %b = load double, ptr %x
  %c = fmul double %a, %b
  ret double %c
}''', "const,dup") == expect('''
        args: %w=- %x=shadow
                %a = load double, ptr %w, align 8
        active  %b = load double, ptr %x, align 8
        active  %c = fmul double %a, %b
        active  ret double %c''')


def test_everything_const_is_inactive():
    assert activity('''
define double @f(ptr %a, double %x) {
  %v = load double, ptr %a
  %y = fmul double %v, %x
  ret double %y
}''', "const,const") == expect('''
        args: %a=- %x=-
                %v = load double, ptr %a, align 8
                %y = fmul double %v, %x
                ret double %y''')


def test_values_that_cannot_reach_the_output_are_inactive():
    """A float compared and turned into an integer result: varied, but useless."""
    assert activity('''
define i32 @f(ptr %a, double %x) {
  %y = fmul double %x, %x
  store double %y, ptr %a
  %z = fmul double %x, 3.0
  %c = fcmp olt double %z, 1.0
  %r = zext i1 %c to i32
  ret i32 %r
}''', "dup,active") == expect('''
        args: %a=shadow %x=active
        active  %y = fmul double %x, %x
        active  store double %y, ptr %a, align 8
                %z = fmul double %x, 3.000000e+00
                %c = fcmp olt double %z, 1.000000e+00
                %r = zext i1 %c to i32
                ret i32 %r''')


# ------------------------------------------------------------------------------------------
# What must be active

def test_duplicated_output_written_from_an_active_scalar():
    assert activity('''
define void @f(ptr %out, double %a, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %fi = sitofp i64 %i to double
  %v = fmul double %a, %fi
  %e = getelementptr inbounds double, ptr %out, i64 %i
  store double %v, ptr %e
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}''', "dup,active,const", ret=False) == expect('''
        args: %out=shadow %a=active %n=-
                br label %loop
                %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
                %fi = sitofp i64 %i to double
        active  %v = fmul double %a, %fi
        shadow  %e = getelementptr inbounds double, ptr %out, i64 %i
        active  store double %v, ptr %e, align 8
                %i.next = add nuw i64 %i, 1
                %done = icmp eq i64 %i.next, %n
                br i1 %done, label %exit, label %loop
                ret void''')


def test_store_of_a_constant_into_active_memory_is_active():
    """Its shadow must be zeroed in reverse mode."""
    assert activity('''
define void @f(ptr %x, ptr %y) {
  %v = load double, ptr %x
  %w = fmul double %v, %v
  store double %w, ptr %y
  store double 0.0, ptr %x
  ret void
}''', "dup,dup", ret=False) == expect('''
        args: %x=shadow %y=shadow
        active  %v = load double, ptr %x, align 8
        active  %w = fmul double %v, %v
        active  store double %w, ptr %y, align 8
        active  store double 0.000000e+00, ptr %x, align 8
                ret void''')


def test_O0_alloca_accumulator_is_active_memory():
    """-O0 code: the argument pointer kept in an alloca, the sum in another; both allocas
    need shadows, the integer counter's does not."""
    assert activity('''
define double @f(ptr %x, i32 %n) {
entry:
  %x.addr = alloca ptr, align 8
  %s = alloca double, align 8
  %i = alloca i32, align 4
  store ptr %x, ptr %x.addr, align 8
  store double 0.0, ptr %s, align 8
  store i32 0, ptr %i, align 4
  br label %cond
cond:
  %iv = load i32, ptr %i, align 4
  %more = icmp slt i32 %iv, %n
  br i1 %more, label %body, label %exit
body:
  %xp = load ptr, ptr %x.addr, align 8
  %idx = sext i32 %iv to i64
  %e = getelementptr inbounds double, ptr %xp, i64 %idx
  %xe = load double, ptr %e, align 8
  %acc = load double, ptr %s, align 8
  %add = fadd double %acc, %xe
  store double %add, ptr %s, align 8
  %inc = add nsw i32 %iv, 1
  store i32 %inc, ptr %i, align 4
  br label %cond
exit:
  %r = load double, ptr %s, align 8
  ret double %r
}''', "dup,const") == expect('''
        args: %x=shadow %n=-
        shadow  %x.addr = alloca ptr, align 8
        shadow  %s = alloca double, align 8
                %i = alloca i32, align 4
        active  store ptr %x, ptr %x.addr, align 8
        active  store double 0.000000e+00, ptr %s, align 8
                store i32 0, ptr %i, align 4
                br label %cond
                %iv = load i32, ptr %i, align 4
                %more = icmp slt i32 %iv, %n
                br i1 %more, label %body, label %exit
        shadow  %xp = load ptr, ptr %x.addr, align 8
                %idx = sext i32 %iv to i64
        shadow  %e = getelementptr inbounds double, ptr %xp, i64 %idx
        active  %xe = load double, ptr %e, align 8
        active  %acc = load double, ptr %s, align 8
        active  %add = fadd double %acc, %xe
        active  store double %add, ptr %s, align 8
                %inc = add nsw i32 %iv, 1
                store i32 %inc, ptr %i, align 4
                br label %cond
        active  %r = load double, ptr %s, align 8
        active  ret double %r''')


def test_malloc_holding_active_data_needs_a_shadow():
    """The allocation call itself carries no derivative (``shadow``); freeing it must free
    the shadow too (``active``)."""
    assert activity('''
declare ptr @malloc(i64)
declare void @free(ptr)

define double @f(double %x) {
  %buf = call ptr @malloc(i64 16)
  %sq = fmul double %x, %x
  store double %sq, ptr %buf
  %v = load double, ptr %buf
  call void @free(ptr %buf)
  ret double %v
}''', "active") == expect('''
        args: %x=active
        shadow  %buf = call ptr @malloc(i64 16)
        active  %sq = fmul double %x, %x
        active  store double %sq, ptr %buf, align 8
        active  %v = load double, ptr %buf, align 8
        active  call void @free(ptr %buf)
        active  ret double %v''')


def test_calls_into_defined_functions_are_conservative():
    """The callee may read and write everything its pointer arguments reach."""
    assert activity('''
define internal void @scale(ptr %v, double %s) {
  %x = load double, ptr %v
  %y = fmul double %x, %s
  store double %y, ptr %v
  ret void
}

define double @f(ptr %a, double %s) {
  %buf = alloca double
  %x = load double, ptr %a
  store double %x, ptr %buf
  call void @scale(ptr %buf, double %s)
  %r = load double, ptr %buf
  ret double %r
}''', "dup,active") == expect('''
        args: %a=shadow %s=active
        shadow  %buf = alloca double, align 8
        active  %x = load double, ptr %a, align 8
        active  store double %x, ptr %buf, align 8
        active  call void @scale(ptr %buf, double %s)
        active  %r = load double, ptr %buf, align 8
        active  ret double %r''')


def test_memcpy_and_memset():
    """memcpy out of active memory makes the copy active; memset of active memory is active
    (the shadow is zeroed), of const memory inactive."""
    assert activity('''
declare void @llvm.memcpy.p0.p0.i64(ptr, ptr, i64, i1)
declare void @llvm.memset.p0.i64(ptr, i8, i64, i1)

define double @f(ptr %a, ptr %scratch) {
  %tmp = alloca [4 x double]
  call void @llvm.memcpy.p0.p0.i64(ptr %tmp, ptr %a, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 32, i1 false)
  call void @llvm.memset.p0.i64(ptr %scratch, i8 0, i64 32, i1 false)
  %e = getelementptr inbounds i8, ptr %tmp, i64 8
  %x = load double, ptr %e
  ret double %x
}''', "dup,const") == expect('''
        args: %a=shadow %scratch=-
        shadow  %tmp = alloca [4 x double], align 8
        active  call void @llvm.memcpy.p0.p0.i64(ptr %tmp, ptr %a, i64 32, i1 false)
        active  call void @llvm.memset.p0.i64(ptr %a, i8 0, i64 32, i1 false)
                call void @llvm.memset.p0.i64(ptr %scratch, i8 0, i64 32, i1 false)
        shadow  %e = getelementptr inbounds i8, ptr %tmp, i64 8
        active  %x = load double, ptr %e, align 8
        active  ret double %x''')


def test_linked_list_walk():
    """Pointers loaded from active memory point into it (a Duplicated list)."""
    assert activity('''
%Node = type { double, ptr }

define double @f(ptr %head) {
entry:
  br label %loop
loop:
  %n = phi ptr [ %head, %entry ], [ %next, %body ]
  %s = phi double [ 0.0, %entry ], [ %s1, %body ]
  %end = icmp eq ptr %n, null
  br i1 %end, label %exit, label %body
body:
  %v = load double, ptr %n
  %s1 = fadd double %s, %v
  %np = getelementptr inbounds %Node, ptr %n, i64 0, i32 1
  %next = load ptr, ptr %np
  br label %loop
exit:
  ret double %s
}''', "dup") == expect('''
        args: %head=shadow
                br label %loop
        shadow  %n = phi ptr [ %head, %entry ], [ %next, %body ]
        active  %s = phi double [ 0.000000e+00, %entry ], [ %s1, %body ]
                %end = icmp eq ptr %n, null
                br i1 %end, label %exit, label %body
        active  %v = load double, ptr %n, align 8
        active  %s1 = fadd double %s, %v
        shadow  %np = getelementptr inbounds %Node, ptr %n, i64 0, i32 1
        shadow  %next = load ptr, ptr %np, align 8
                br label %loop
        active  ret double %s''')


def test_integer_copy_of_typed_memory_is_active():
    """An i64 copy between Duplicated arrays of doubles moves derivatives."""
    assert activity('''
define void @f(ptr %dst, ptr %src) {
  %v = load i64, ptr %src, align 8
  store i64 %v, ptr %dst, align 8
  ret void
}''', "dup,dup", ret=False, arg_types="src=ptr:double") == expect('''
        args: %dst=shadow %src=shadow
        active  %v = load i64, ptr %src, align 8
        active  store i64 %v, ptr %dst, align 8
                ret void''')


# ------------------------------------------------------------------------------------------
# Errors and warnings

def test_integer_copy_of_untyped_memory_is_an_error():
    with pytest.raises(TypeAnalysisError) as info:
        activity('''
define void @f(ptr %dst, ptr %src) {
  %v = load i64, ptr %src, align 8
  store i64 %v, ptr %dst, align 8
  ret void
}''', "dup,dup", ret=False)
    message = str(info.value)
    assert message.splitlines()[0] == ("type analysis of @f: cannot decide whether the i64 %v "
                                       "holds a float, an integer or a pointer:")
    assert "%v = load i64, ptr %src, align 8" in message and "--arg-types" in message


def test_active_value_through_const_memory_is_an_error():
    with pytest.raises(ActivityError) as info:
        activity('''
define double @f(ptr %tmp, double %x) {
  %sq = fmul double %x, %x
  store double %sq, ptr %tmp
  %back = load double, ptr %tmp
  ret double %back
}''', "const,active")
    message = str(info.value)
    assert message.startswith("@f: argument %tmp is const, but a value that carries a "
                              "derivative is stored into the memory it points to")
    assert "store double %sq, ptr %tmp" in message and "pass the argument as dup" in message


def test_active_value_stored_into_const_memory_and_not_read_back_is_fine():
    assert activity('''
define double @f(ptr %tmp, double %x) {
  %sq = fmul double %x, %x
  store double %sq, ptr %tmp
  ret double %sq
}''', "const,active").splitlines()[2] == "        store double %sq, ptr %tmp, align 8"


@pytest.mark.parametrize("activities,message", [
    ("active", "argument %a (ptr) is a pointer, so it cannot be active; pass it as dup"),
    ("dup,dup", "@f takes 1 arguments, 2 activities given"),
])
def test_bad_activities(activities, message):
    module = parse(LAYOUT + "define double @f(ptr %a) {\n  %v = load double, ptr %a\n"
                   "  ret double %v\n}")
    fn = module.get_function("f")
    types = TypeAnalysis(module).analyze(fn)
    with pytest.raises(ActivityError, match=message.replace("(", r"\(").replace(")", r"\)")):
        ActivityAnalysis(fn, [ArgActivity.parse(a) for a in activities.split(",")], True,
                         types).run()


def test_integer_argument_cannot_be_active():
    module = parse(LAYOUT + "define i64 @f(i64 %n) {\n  ret i64 %n\n}")
    fn = module.get_function("f")
    types = TypeAnalysis(module).analyze(fn, {0: TypeTree.of(INTEGER)})
    with pytest.raises(ActivityError, match="is an integer, so it cannot be active"):
        ActivityAnalysis(fn, ["active"], False, types).run()


def test_mutable_global_gets_a_warning():
    """Globals have no shadow: a derivative stored into one is dropped, with a warning."""
    function, result = run('''
@acc = global double 0.0

define void @f(double %x) {
  %old = load double, ptr @acc
  %new = fadd double %old, %x
  store double %new, ptr @acc
  ret void
}''', "active", ret=False)
    assert result.warnings == [
        "@acc receives a value that carries a derivative at 'store double %new, ptr @acc, "
        "align 8', but globals have no shadow: that derivative is dropped"]
    assert not any(result.is_active_instruction(i) for i in function.instructions())


def test_activity_parse_spellings():
    assert ArgActivity.parse("enzyme_dup") is ArgActivity.DUP
    assert ArgActivity.parse(" Out ") is ArgActivity.ACTIVE
    assert ArgActivity.parse("duplicatednoneed") is ArgActivity.DUP_NONEED
    with pytest.raises(ValueError, match="use const, active, dup or dupnoneed"):
        ArgActivity.parse("shadow")


# ------------------------------------------------------------------------------------------
# Real inputs

def _defaults(fn):
    out = []
    for arg in fn.args:
        if arg.type.scalar.is_pointer:
            out.append(ArgActivity.DUP)
        elif isinstance(arg.type.scalar, T.FloatType):
            out.append(ArgActivity.ACTIVE)
        else:
            out.append(ArgActivity.CONST)
    return out


def _sample_files():
    return sorted((SAMPLES / "c").glob("*.ll")) + sorted((SAMPLES / "numba").glob("*.ll"))


def _analyse(module, fn):
    trees = {i: TypeTree.of(INTEGER) for i, a in enumerate(fn.args)
             if isinstance(a.type, T.IntType)}
    types = TypeAnalysis(module).analyze(fn, trees)
    acts = _defaults(fn)
    returns_float = isinstance(fn.return_type.scalar, T.FloatType)
    return acts, ActivityAnalysis(fn, acts, returns_float, types).run()


def test_every_sample_function():
    """Default activities (pointer dup, float active, integer const) on every defined
    function of ir_samples: no exception, and a float function's returned value is active
    when any input is."""
    checked = 0
    for path in _sample_files():
        module = parse(path.read_text(), path.name)
        for fn in module.functions:
            if fn.is_declaration:
                continue
            acts, result = _analyse(module, fn)
            checked += 1
            if not isinstance(fn.return_type.scalar, T.FloatType) or \
                    all(a is ArgActivity.CONST for a in acts):
                continue
            for inst in fn.instructions():
                if inst.opcode == "ret" and hasattr(inst.operands[0], "uses") and \
                        not hasattr(inst.operands[0], "value"):
                    assert result.is_active_value(inst.operands[0]), \
                        f"{path.name} @{fn.name}: {print_instruction(inst)} inactive"
    assert checked > 150


_THROUGH = {"fadd", "fsub", "fmul", "fdiv", "frem", "fneg", "phi", "select", "fpext",
            "fptrunc", "call", "bitcast", "extractvalue", "insertvalue"}


def _float_paths(fn, acts):
    """Values on a def-use path of float values from an active input (an active float
    argument, or a float loaded through a Duplicated pointer) to the returned value."""
    def based_on_dup(pointer, seen=()):
        if pointer in seen:
            return False
        if pointer in fn.args:
            return acts[fn.args.index(pointer)] is ArgActivity.DUP
        op = getattr(pointer, "opcode", None)
        if op in ("getelementptr", "bitcast"):
            return based_on_dup(pointer.operands[0], seen + (pointer,))
        if op in ("phi", "select"):
            values = [v for v, _ in pointer.incoming] if op == "phi" else pointer.operands[1:]
            return any(based_on_dup(v, seen + (pointer,)) for v in values)
        return False

    is_float = lambda v: isinstance(v.type.scalar, T.FloatType)  # noqa: E731
    roots = [a for a, act in zip(fn.args, acts) if act is ArgActivity.ACTIVE and is_float(a)]
    roots += [i for i in fn.instructions() if i.opcode == "load" and is_float(i) and
              based_on_dup(i.operands[0])]
    forward, stack = set(roots), list(roots)
    while stack:
        for user, _ in stack.pop().uses:
            if getattr(user, "opcode", None) in _THROUGH and user.type != T.VOID and \
                    is_float(user) and user not in forward and not _inactive_call(user):
                forward.add(user)
                stack.append(user)
    backward = set()
    stack = [i.operands[0] for i in fn.instructions() if i.opcode == "ret" and i.operands]
    while stack:
        value = stack.pop()
        if value in backward or not is_float(value):
            continue
        backward.add(value)
        if getattr(value, "opcode", None) in _THROUGH:
            operands = value.args if value.opcode == "call" else value.operands
            if value.opcode == "phi":
                operands = [v for v, _ in value.incoming]
            stack.extend(o for o in operands if hasattr(o, "uses"))
    return forward & backward


def _inactive_call(inst):
    """Calls the module marks inactive (``__enzyme_inactivefn``) carry no derivative."""
    from enzpy.rules.custom import custom_rules_of
    return inst.opcode == "call" and \
        custom_rules_of(inst.function.parent).is_inactive(inst.callee)


def test_values_on_float_paths_are_active():
    """A def-use walk over every -O2 C sample: every float value on a path from an active
    input to the returned value is active (and so is its instruction)."""
    walked = 0
    for path in sorted((SAMPLES / "c").glob("*.O2.ll")):
        module = parse(path.read_text(), path.name)
        for fn in module.functions:
            if fn.is_declaration or fn.name == "main" or \
                    not isinstance(fn.return_type.scalar, T.FloatType):
                continue
            acts, result = _analyse(module, fn)
            for value in _float_paths(fn, acts):
                walked += 1
                assert result.is_active_value(value), \
                    f"{path.name} @{fn.name}: {value!r} is inactive"
                if hasattr(value, "opcode"):
                    assert result.is_active_instruction(value)
    assert walked > 300


def test_numba_ode_step():
    """Numba's np.empty inside the function: the MemInfo and data of the temporary array
    need shadows; refcount calls stay inactive; the array argument's data pointer is dup."""
    info = json.loads((SAMPLES / "numba" / "ode_step.json").read_text())
    module = parse((SAMPLES / "numba" / "ode_step.clean.ll").read_text())
    fn = module.get_function(info["entry"])
    acts = ["dupnoneed", "const"] + ["const"] * 9
    data = info["args"][0]["positions"][info["args"][0]["fields"].index("data")]
    acts[data] = "dup"
    acts[-2:] = ["active", "active"]
    arg_types = {data: "ptr:double"}
    arg_types.update({p: "int" for p in (4, 5, 7, 8)})
    function, result = run(module, ",".join(acts), ret=False, fn=info["entry"],
                           arg_types=arg_types)
    calls = [i for i in function.instructions() if i.opcode == "call"]
    names = {c: c.callee.name for c in calls}
    assert all(not result.is_active_instruction(c) for c in calls
               if names[c] in ("NRT_incref", "NRT_decref"))
    allocs = [c for c in calls if names[c] == "NRT_MemInfo_alloc_aligned"]
    datas = [c for c in calls if names[c] == "NRT_MemInfo_data_fast"]
    assert allocs and datas
    assert all(result.needs_shadow(c) and not result.is_active_instruction(c)
               for c in allocs + datas)
    assert [a.name for a in result.shadow_arguments] == ["retptr", "arg.y.4"]
    stores = [i for i in function.instructions() if i.opcode == "store"
              and isinstance(i.operands[0].type, T.FloatType)]
    assert stores and all(result.is_active_instruction(s) for s in stores)
