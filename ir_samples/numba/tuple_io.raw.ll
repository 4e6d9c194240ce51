; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__8tuple_ioB3v37B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE8UniTupleIdLi2EEd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.p.0, double %arg.p.1, double %arg.scale) {
entry:
  %.7 = insertvalue [2 x double] undef, double %arg.p.0, 0
  %.8 = insertvalue [2 x double] %.7, double %arg.p.1, 1
  %.19 = alloca double, align 8
  store double 0.000000e+00, ptr %.19, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  %.9 = extractvalue [2 x double] %.8, 0
  %.10 = extractvalue [2 x double] %.8, 1
  %.11 = extractvalue [2 x double] %.8, 0
  %.12 = extractvalue [2 x double] %.8, 1
  %.13 = extractvalue [2 x double] %.8, 0
  %.14 = extractvalue [2 x double] %.8, 1
  %.15 = extractvalue [2 x double] %.8, 0
  %.16 = extractvalue [2 x double] %.8, 1
  %.17 = extractvalue [2 x double] %.8, 0
  %.18 = extractvalue [2 x double] %.8, 1
  store double 0.000000e+00, ptr %.19, align 8
  %.23 = call i32 @_ZN5numba7cpython8mathimpl16hypot_float_impl12_3clocals_3e10hypot_implB3v38B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdd(ptr %.19, ptr %excinfo.1, double %.15, double %.16)
  %.24 = load ptr, ptr %excinfo.1, align 8
  %.25 = icmp eq i32 %.23, 0
  %.26 = icmp eq i32 %.23, -2
  %.27 = icmp eq i32 %.23, -1
  %.28 = icmp eq i32 %.23, -3
  %.29 = or i1 %.25, %.26
  %.30 = xor i1 %.29, true
  %.31 = icmp sge i32 %.23, 1
  %.32 = select i1 %.31, ptr %.24, ptr undef
  %.33 = load double, ptr %.19, align 8
  br i1 %.30, label %B0.if, label %B0.endif, !prof !0

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.37 = load i64, ptr %try_state, align 8
  %.38 = icmp ugt i64 %.37, 0
  %.39 = load ptr, ptr %excinfo, align 8
  store ptr %.32, ptr %excinfo, align 8
  %.41 = xor i1 %.38, true
  br i1 %.41, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  %.45 = fmul double %.15, %arg.scale
  %.46 = fcmp oeq double %.33, 0.000000e+00
  br i1 %.46, label %B0.endif.if, label %B0.endif.endif, !prof !0

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.23

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif

B0.endif.if:                                      ; preds = %B0.endif
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  %.49 = load i64, ptr %try_state, align 8
  %.50 = icmp ugt i64 %.49, 0
  %.51 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif:                                   ; preds = %B0.endif
  %.53 = fdiv double %.45, %.33
  %.54 = fmul double %.16, %arg.scale
  %.55 = fcmp oeq double %.33, 0.000000e+00
  br i1 %.55, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !0

B0.endif.endif.if:                                ; preds = %B0.endif.endif
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  %.58 = load i64, ptr %try_state, align 8
  %.59 = icmp ugt i64 %.58, 0
  %.60 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif.endif:                             ; preds = %B0.endif.endif
  %.62 = fdiv double %.54, %.33
  %.63 = insertvalue [2 x double] undef, double %.53, 0
  %.64 = insertvalue [2 x double] %.63, double %.62, 1
  %.65 = extractvalue [2 x double] %.64, 0
  %.66 = extractvalue [2 x double] %.64, 1
  %.67 = extractvalue [2 x double] %.64, 0
  %.68 = extractvalue [2 x double] %.64, 1
  %.69 = extractvalue [2 x double] %.64, 0
  %.70 = extractvalue [2 x double] %.64, 1
  store [2 x double] %.64, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba7cpython8mathimpl16hypot_float_impl12_3clocals_3e10hypot_implB3v38B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.x, double %arg.y) #0 {
entry:
  br label %B0

B0:                                               ; preds = %entry
  %.6 = call double @hypot(double %arg.x, double %arg.y)
  store double %.6, ptr %retptr, align 8
  ret i32 0
}

declare double @hypot(double, double)

attributes #0 = { alwaysinline }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
