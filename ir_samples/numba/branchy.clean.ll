; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3 = internal constant [145 x i8] c"\80\04\95\86\00\00\00\00\00\00\00\8C\08builtins\94\8C\0DOverflowError\94\93\94)\8C\09int_power\94\8CR/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numba/cpython/numbers.py\94K\DE\87\94\87\94."
@.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3.sha1 = internal constant [20 x i8] c"\D4\13A\8B\B6M\F0D\D7\8Bt\DEid\FF\E0\95,\B6\E3"
@.const.picklebuf.d413418bb64df044d78b74de6964ffe0952cb6e3 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3, i32 145, ptr @.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3.sha1, ptr null, i32 0 }
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__7branchyB3v41B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x) {
entry:
  %.8 = fcmp olt double %arg.x, -1.000000e+00
  br i1 %.8, label %B16, label %B28

common.ret:                                       ; preds = %B92.endif, %B102, %B40, %B16
  ret i32 0

B16:                                              ; preds = %entry
  %.11 = fneg double %arg.x
  %.13 = fmul double %arg.x, %.11
  store double %.13, ptr %retptr, align 8
  br label %common.ret

B28:                                              ; preds = %entry
  %.19 = fcmp olt double %arg.x, 0.000000e+00
  br i1 %.19, label %B40, label %B80

B40:                                              ; preds = %B28
  %.22 = call double @llvm.sin.f64(double %arg.x)
  store double %.22, ptr %retptr, align 8
  br label %common.ret

B80:                                              ; preds = %B28
  %.28 = fcmp olt double %arg.x, 2.000000e+00
  br i1 %.28, label %B282.i, label %B102

B282.i:                                           ; preds = %B282.i, %B80
  %r.2.i.1 = phi double [ %spec.select, %B282.i ], [ 1.000000e+00, %B80 ]
  %a.1.2.i.1 = phi double [ %.147.i, %B282.i ], [ %arg.x, %B80 ]
  %exp.4.i.1 = phi i64 [ %.142.i, %B282.i ], [ 3, %B80 ]
  %.122.i = and i64 %exp.4.i.1, 1
  %.123.i.not = icmp eq i64 %.122.i, 0
  %.127.i = fmul double %r.2.i.1, %a.1.2.i.1
  %spec.select = select i1 %.123.i.not, double %r.2.i.1, double %.127.i
  %.142.i = lshr i64 %exp.4.i.1, 1
  %.147.i = fmul double %a.1.2.i.1, %a.1.2.i.1
  %.150.i.not = icmp eq i64 %.142.i, 0
  br i1 %.150.i.not, label %B92.endif, label %B282.i

B102:                                             ; preds = %B80
  %.62 = fadd double %arg.x, -2.000000e+00
  %.65 = fmul double %.62, 1.200000e+01
  %.66 = fadd double %.65, 8.000000e+00
  store double %.66, ptr %retptr, align 8
  br label %common.ret

B92.endif:                                        ; preds = %B282.i
  %spec.select.lcssa = phi double [ %spec.select, %B282.i ]
  store double %spec.select.lcssa, ptr %retptr, align 8
  br label %common.ret
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #0

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #0

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #2

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
