; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }
@numba.dynamic.globals.7f86790b2030 = linkonce global ptr inttoptr (i64 140215533117488 to ptr)

define i32 @_ZN8__main__10calls_njitB3v12B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.a.0, ptr %arg.a.1, i64 %arg.a.2, i64 %arg.a.3, ptr %arg.a.4, i64 %arg.a.5.0, i64 %arg.a.6.0, double %arg.b) {
entry:
  call void @NRT_incref(ptr %arg.a.0)
  %.11674.not = icmp slt i64 %arg.a.5.0, 1
  br i1 %.11674.not, label %B120, label %B60.if

B120:                                             ; preds = %B60.if, %entry
  %s.2.0.lcssa = phi double [ 0.000000e+00, %entry ], [ %.212, %B60.if ]
  call void @NRT_decref(ptr %arg.a.0)
  store double %s.2.0.lcssa, ptr %retptr, align 8
  ret i32 0

B60.if:                                           ; preds = %B60.if, %entry
  %.58.0 = phi i64 [ %.129, %B60.if ], [ 0, %entry ]
  %.11576 = phi i64 [ %.125, %B60.if ], [ %arg.a.5.0, %entry ]
  %s.2.075 = phi double [ %.212, %B60.if ], [ 0.000000e+00, %entry ]
  %.125 = add nsw i64 %.11576, -1
  %.129 = add i64 %.58.0, 1
  %.168 = icmp slt i64 %.58.0, 0
  %.169 = select i1 %.168, i64 %arg.a.5.0, i64 0
  %0 = getelementptr double, ptr %arg.a.4, i64 %.58.0
  %.183 = getelementptr double, ptr %0, i64 %.169
  %.184 = load double, ptr %.183, align 8
  %.186 = fmul double %.184, %arg.b
  %.5.i = call double @llvm.fabs.f64(double %.186)
  %.6.i = fneg double %.5.i
  %.7.i = call double @llvm.exp.f64(double %.6.i)
  %.8.i = call double @log1p(double %.7.i), !noalias !0
  %.12.i = fcmp olt double %.186, 0.000000e+00
  %.13.i = select i1 %.12.i, double 0.000000e+00, double %.186
  %.39.i = fadd double %.8.i, %.13.i
  %.212 = fadd double %s.2.075, %.39.i
  %.116 = icmp sgt i64 %.11576, 1
  br i1 %.116, label %B60.if, label %B120
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #0

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #0

; Function Attrs: nounwind memory(read)
declare double @log1p(double) #1

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite)
declare void @llvm.experimental.noalias.scope.decl(metadata) #2

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #3

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #3

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.smax.i64(i64, i64) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { nounwind memory(read) }
attributes #2 = { nocallback nofree nosync nounwind willreturn memory(inaccessiblemem: readwrite) }
attributes #3 = { nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }

!0 = !{!1, !3}
!1 = distinct !{!1, !2, !"_ZN8__main__9_softplusB3v10B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd: %retptr"}
!2 = distinct !{!2, !"_ZN8__main__9_softplusB3v10B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd"}
!3 = distinct !{!3, !2, !"_ZN8__main__9_softplusB3v10B38c8tJTIeFIjxB2IKSgI4CrvQClQZ6FczSBAA_3dEd: %excinfo"}
