; Hand-written module exercising constructs clang rarely emits.
target triple = "x86_64-pc-linux-gnu"

%pair = type { double, i32 }
%opaque.t = type opaque
%packed = type <{ i8, i32 }>

@0 = private constant [2 x double] [double 1.0, double 0x3FB999999999999A]
@g.vec = global <4 x float> <float 1.0, float 2.0, float 3.0, float 4.0>, align 16
@g.splat = global <2 x double> <double 1.5, double 1.5>
@g.half = global half 0xH3C00
@g.fp80 = global x86_fp80 0xK3FFF8000000000000000
@g.packed = global %packed <{ i8 1, i32 2 }>
@g.expr = global i64 add (i64 ptrtoint (ptr @0 to i64), i64 8)
@g.gep = global ptr getelementptr inbounds (%pair, ptr @g.pairs, i64 1, i32 1)
@g.pairs = global [2 x %pair] zeroinitializer
@"quoted name" = global i32 7
@g.ext = external global double
@g.tls = thread_local global i32 0
@g.str = constant [5 x i8] c"a\\b\22\00"
@g.ba = global ptr blockaddress(@indirect, %target)
@g.equiv = global ptr dso_local_equivalent @callee
@al = alias i32, ptr @"quoted name"
@ifn = ifunc void (), ptr @resolver

declare void @callee(i32)
declare i32 @printf(ptr, ...)
declare double @llvm.experimental.constrained.fadd.f64(double, double, metadata, metadata)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare i32 @__gxx_personality_v0(...)
declare void @thrower()

define ptr @resolver() {
  ret ptr @callee
}

define fastcc <4 x float> @vectors(<4 x float> %a, <4 x float> %b, float %s) {
entry:
  %ins = insertelement <4 x float> poison, float %s, i64 0
  %splat = shufflevector <4 x float> %ins, <4 x float> poison, <4 x i32> zeroinitializer
  %m = fmul fast <4 x float> %a, %splat
  %n = fneg nnan <4 x float> %m
  %f = call reassoc nsz <4 x float> @llvm.fma.v4f32(<4 x float> %n, <4 x float> %b, <4 x float> <float 1.0, float 1.0, float 1.0, float 1.0>)
  %e = extractelement <4 x float> %f, i32 2
  %c = fcmp olt <4 x float> %a, %b
  %sel = select <4 x i1> %c, <4 x float> %a, <4 x float> %f
  %sh = shufflevector <4 x float> %sel, <4 x float> %a, <4 x i32> <i32 0, i32 5, i32 poison, i32 3>
  %r = insertelement <4 x float> %sh, float %e, i32 1
  ret <4 x float> %r
}

define { double, i32 } @aggregates(%pair %p, [2 x [3 x double]] %arr) {
  %x = extractvalue %pair %p, 0
  %y = extractvalue [2 x [3 x double]] %arr, 1, 2
  %s = fadd double %x, %y
  %q = insertvalue { double, i32 } undef, double %s, 0
  %fr = freeze i32 7
  %q2 = insertvalue { double, i32 } %q, i32 %fr, 1
  ret { double, i32 } %q2
}

define i32 @memory(ptr %p, i64 %n) {
  %a = alloca i8, i64 %n, align 16
  %b = alloca [4 x double], align 8, addrspace(0)
  %v = load atomic volatile i32, ptr %p syncscope("singlethread") acquire, align 4
  store volatile i32 %v, ptr %a, align 1
  store atomic i32 %v, ptr %p seq_cst, align 4
  fence syncscope("singlethread") release
  %old = cmpxchg weak volatile ptr %p, i32 0, i32 %v acq_rel monotonic, align 4
  %ok = extractvalue { i32, i1 } %old, 1
  %rmw = atomicrmw volatile fadd ptr %b, double 1.0 seq_cst, align 8
  %rmw2 = atomicrmw xchg ptr %p, i32 3 monotonic
  %gep = getelementptr inbounds nuw [4 x double], ptr %b, i64 0, i64 %n
  %vgep = getelementptr double, ptr %b, <2 x i64> <i64 0, i64 1>
  %pi = ptrtoint ptr %gep to i64
  %ip = inttoptr i64 %pi to ptr
  %z = zext i1 %ok to i32
  %t = trunc nuw nsw i64 %n to i32
  %s = add nuw nsw i32 %z, %t
  %d = udiv exact i32 %s, 2
  %o = or disjoint i32 %d, 1
  %cmp = icmp samesign ult i32 %o, 10
  %res = select i1 %cmp, i32 %o, i32 %rmw2
  ret i32 %res
}

define double @"quoted fn"(double %x, ...) {
"entry block":
  %ap = alloca ptr, align 8
  %va = va_arg ptr %ap, i32
  %k = call double @llvm.experimental.constrained.fadd.f64(double %x, double 1.0, metadata !"round.dynamic", metadata !"fpexcept.strict") #0
  %h = fptrunc double %k to half
  %hh = fpext half %h to double
  %u = call i32 (ptr, ...) @printf(ptr @g.str, double %hh)
  %w = musttail call double (double, ...) @"quoted fn"(double %hh, ...)
  ret double %w
}

define i32 @control(i32 %x) personality ptr @__gxx_personality_v0 {
  switch i32 %x, label %def [
    i32 0, label %a
    i32 1, label %b
    i32 2, label %a
  ]
a:
  invoke void @thrower() to label %b unwind label %lp
b:
  %phi = phi i32 [ 1, %a ], [ 2, %0 ]
  switch i32 %phi, label %def [
  ]
lp:
  %l = landingpad { ptr, i32 } cleanup catch ptr null filter [1 x ptr] [ptr null]
  resume { ptr, i32 } %l
def:
  call void asm sideeffect "nop", "~{memory}"()
  call void @callee(i32 1) [ "deopt"(i32 %x) ]
  unreachable
}

define void @indirect(ptr %dest) {
  indirectbr ptr %dest, [label %target, label %other]
target:
  ret void
other:
  tail call void @callee(i32 2) #0
  ret void
}

attributes #0 = { strictfp }
