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
  %x = alloca double, align 8
  store double 0.000000e+00, ptr %x, align 8
  %.31 = alloca double, align 8
  store double 0.000000e+00, ptr %.31, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  store double %arg.x, ptr %x, align 8
  %.7 = load double, ptr %x, align 8
  %.8 = fcmp olt double %.7, -1.000000e+00
  br i1 %.8, label %B16, label %B28

B16:                                              ; preds = %B0
  %.10 = load double, ptr %x, align 8
  %.11 = fsub double -0.000000e+00, %.10
  %.12 = load double, ptr %x, align 8
  %.13 = fmul double %.11, %.12
  %.14 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  store double %.13, ptr %retptr, align 8
  ret i32 0

B28:                                              ; preds = %B0
  %.18 = load double, ptr %x, align 8
  %.19 = fcmp olt double %.18, 0.000000e+00
  br i1 %.19, label %B40, label %B80

B40:                                              ; preds = %B28
  %.21 = load double, ptr %x, align 8
  %.22 = call double @llvm.sin.f64(double %.21)
  %.23 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  store double %.22, ptr %retptr, align 8
  ret i32 0

B80:                                              ; preds = %B28
  %.27 = load double, ptr %x, align 8
  %.28 = fcmp olt double %.27, 2.000000e+00
  br i1 %.28, label %B92, label %B102

B92:                                              ; preds = %B80
  %.30 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %.31, align 8
  %.35 = call i32 @_ZN5numba7cpython7numbers14int_power_impl12_3clocals_3e9int_powerB3v42B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdx(ptr %.31, ptr %excinfo.1, double %.30, i64 3)
  %.36 = load ptr, ptr %excinfo.1, align 8
  %.37 = icmp eq i32 %.35, 0
  %.38 = icmp eq i32 %.35, -2
  %.39 = icmp eq i32 %.35, -1
  %.40 = icmp eq i32 %.35, -3
  %.41 = or i1 %.37, %.38
  %.42 = xor i1 %.41, true
  %.43 = icmp sge i32 %.35, 1
  %.44 = select i1 %.43, ptr %.36, ptr undef
  %.45 = load double, ptr %.31, align 8
  br i1 %.42, label %B92.if, label %B92.endif, !prof !0

B102:                                             ; preds = %B80
  %.61 = load double, ptr %x, align 8
  %.62 = fsub double %.61, 2.000000e+00
  %.63 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  %.65 = fmul double 1.200000e+01, %.62
  %.66 = fadd double 8.000000e+00, %.65
  store double %.66, ptr %retptr, align 8
  ret i32 0

B92.if:                                           ; preds = %B92
  store i64 0, ptr %try_state, align 8
  %.49 = load i64, ptr %try_state, align 8
  %.50 = icmp ugt i64 %.49, 0
  %.51 = load ptr, ptr %excinfo, align 8
  store ptr %.44, ptr %excinfo, align 8
  %.53 = xor i1 %.50, true
  br i1 %.53, label %B92.if.if, label %B92.if.endif

B92.endif:                                        ; preds = %B92.if.endif, %B92
  %.57 = load double, ptr %x, align 8
  store double 0.000000e+00, ptr %x, align 8
  store double %.45, ptr %retptr, align 8
  ret i32 0

B92.if.if:                                        ; preds = %B92.if
  ret i32 %.35

B92.if.endif:                                     ; preds = %B92.if
  br label %B92.endif
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sin.f64(double) #0

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba7cpython7numbers14int_power_impl12_3clocals_3e9int_powerB3v42B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdx(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.a, i64 %arg.b) #1 {
entry:
  %b = alloca i64, align 8
  store i64 0, ptr %b, align 8
  %r = alloca double, align 8
  store double 0.000000e+00, ptr %r, align 8
  %a.1 = alloca double, align 8
  store double 0.000000e+00, ptr %a.1, align 8
  %invert = alloca i1, align 1
  store i1 false, ptr %invert, align 1
  %exp = alloca i64, align 8
  store i64 0, ptr %exp, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %invert.2 = alloca i1, align 1
  store i1 false, ptr %invert.2, align 1
  %exp.3 = alloca i64, align 8
  store i64 0, ptr %exp.3, align 8
  %r.4 = alloca double, align 8
  store double 0.000000e+00, ptr %r.4, align 8
  %r.2 = alloca double, align 8
  store double 0.000000e+00, ptr %r.2, align 8
  %a.1.2 = alloca double, align 8
  store double 0.000000e+00, ptr %a.1.2, align 8
  %exp.4 = alloca i64, align 8
  store i64 0, ptr %exp.4, align 8
  %"$332pred" = alloca i1, align 1
  store i1 false, ptr %"$332pred", align 1
  %r.3 = alloca double, align 8
  store double 0.000000e+00, ptr %r.3, align 8
  br label %B0

B0:                                               ; preds = %entry
  store i64 %arg.b, ptr %b, align 8
  %.8 = sitofp i64 1 to double
  %.10 = load double, ptr %r, align 8
  store double %.8, ptr %r, align 8
  %.13 = load double, ptr %a.1, align 8
  store double %arg.a, ptr %a.1, align 8
  %.15 = load i64, ptr %b, align 8
  %.16 = icmp slt i64 %.15, 0
  br i1 %.16, label %B62, label %B182

B62:                                              ; preds = %B0
  %.19 = load i1, ptr %invert, align 1
  store i1 true, ptr %invert, align 1
  %.21 = load i64, ptr %b, align 8
  %.22 = sub i64 0, %.21
  %.24 = load i64, ptr %exp, align 8
  store i64 %.22, ptr %exp, align 8
  %.26 = load i64, ptr %exp, align 8
  %.27 = icmp slt i64 %.26, 0
  br i1 %.27, label %B84, label %B98

B84:                                              ; preds = %B62
  %.29 = load double, ptr %r, align 8
  store double 0.000000e+00, ptr %r, align 8
  %.31 = load i1, ptr %invert, align 1
  store i1 false, ptr %invert, align 1
  %.33 = load i64, ptr %exp, align 8
  store i64 0, ptr %exp, align 8
  %.35 = load i64, ptr %b, align 8
  store i64 0, ptr %b, align 8
  %.37 = load double, ptr %a.1, align 8
  store double 0.000000e+00, ptr %a.1, align 8
  store ptr @.const.picklebuf.d413418bb64df044d78b74de6964ffe0952cb6e3, ptr %excinfo, align 8, !numba_exception_output !1
  store i64 0, ptr %try_state, align 8
  %.42 = load i64, ptr %try_state, align 8
  %.43 = icmp ugt i64 %.42, 0
  %.44 = load ptr, ptr %excinfo, align 8
  ret i32 1

B98:                                              ; preds = %B62
  br label %B180

B180:                                             ; preds = %B98
  %.47 = load i1, ptr %invert, align 1
  %.49 = load i1, ptr %invert.2, align 1
  store i1 true, ptr %invert.2, align 1
  %.51 = load i1, ptr %invert, align 1
  store i1 false, ptr %invert, align 1
  %.53 = load i64, ptr %exp, align 8
  %.55 = load i64, ptr %exp.3, align 8
  store i64 %.53, ptr %exp.3, align 8
  %.57 = load i64, ptr %exp, align 8
  store i64 0, ptr %exp, align 8
  br label %B190

B182:                                             ; preds = %B0
  %.60 = load i1, ptr %invert.2, align 1
  store i1 false, ptr %invert.2, align 1
  %.62 = load i64, ptr %b, align 8
  %.63 = load i64, ptr %exp.3, align 8
  store i64 %.62, ptr %exp.3, align 8
  br label %B190

B190:                                             ; preds = %B182, %B180
  %.66 = load i64, ptr %exp.3, align 8
  %.67 = icmp sgt i64 %.66, 65536
  br i1 %.67, label %B202, label %B270

B202:                                             ; preds = %B190
  %.69 = load double, ptr %r, align 8
  store double 0.000000e+00, ptr %r, align 8
  %.71 = load i1, ptr %invert.2, align 1
  store i1 false, ptr %invert.2, align 1
  %.73 = load i64, ptr %exp.3, align 8
  store i64 0, ptr %exp.3, align 8
  %.75 = load i64, ptr %b, align 8
  %.76 = sitofp i64 %.75 to double
  %.77 = load i64, ptr %b, align 8
  store i64 0, ptr %b, align 8
  %.79 = load double, ptr %a.1, align 8
  %.80 = call double @llvm.pow.f64(double %.79, double %.76)
  %.81 = load double, ptr %a.1, align 8
  store double 0.000000e+00, ptr %a.1, align 8
  store double %.80, ptr %retptr, align 8
  ret i32 0

B270:                                             ; preds = %B190
  %.85 = load i64, ptr %b, align 8
  store i64 0, ptr %b, align 8
  %.87 = load double, ptr %r, align 8
  %.89 = load double, ptr %r.4, align 8
  store double %.87, ptr %r.4, align 8
  %.91 = load double, ptr %r, align 8
  %.93 = load double, ptr %r.2, align 8
  store double %.91, ptr %r.2, align 8
  %.95 = load double, ptr %r, align 8
  store double 0.000000e+00, ptr %r, align 8
  %.97 = load double, ptr %a.1, align 8
  %.99 = load double, ptr %a.1.2, align 8
  store double %.97, ptr %a.1.2, align 8
  %.101 = load double, ptr %a.1, align 8
  store double 0.000000e+00, ptr %a.1, align 8
  %.103 = load i64, ptr %exp.3, align 8
  %.105 = load i64, ptr %exp.4, align 8
  store i64 %.103, ptr %exp.4, align 8
  %.107 = load i64, ptr %exp.3, align 8
  %.108 = icmp ne i64 %.107, 0
  %.109 = load i64, ptr %exp.3, align 8
  store i64 0, ptr %exp.3, align 8
  br i1 %.108, label %B282, label %B334

B282:                                             ; preds = %B302, %B270
  %.112 = load double, ptr %r.4, align 8
  store double 0.000000e+00, ptr %r.4, align 8
  %.115 = load i1, ptr %"$332pred", align 1
  store i1 false, ptr %"$332pred", align 1
  %.117 = load double, ptr %r.2, align 8
  %.119 = load double, ptr %r.3, align 8
  store double %.117, ptr %r.3, align 8
  %.121 = load i64, ptr %exp.4, align 8
  %.122 = and i64 %.121, 1
  %.123 = icmp ne i64 %.122, 0
  br i1 %.123, label %B292, label %B302

B292:                                             ; preds = %B282
  %.125 = load double, ptr %r.2, align 8
  %.126 = load double, ptr %a.1.2, align 8
  %.127 = fmul double %.125, %.126
  %.128 = load double, ptr %r.2, align 8
  store double 0.000000e+00, ptr %r.2, align 8
  %.130 = load double, ptr %r.3, align 8
  store double %.127, ptr %r.3, align 8
  br label %B302

B302:                                             ; preds = %B292, %B282
  %.133 = load double, ptr %r.3, align 8
  %.134 = load double, ptr %r.4, align 8
  store double %.133, ptr %r.4, align 8
  %.136 = load double, ptr %r.3, align 8
  %.137 = load double, ptr %r.2, align 8
  store double %.136, ptr %r.2, align 8
  %.139 = load double, ptr %r.3, align 8
  store double 0.000000e+00, ptr %r.3, align 8
  %.141 = load i64, ptr %exp.4, align 8
  %.142 = ashr i64 %.141, 1
  %.143 = load i64, ptr %exp.4, align 8
  store i64 %.142, ptr %exp.4, align 8
  %.145 = load double, ptr %a.1.2, align 8
  %.146 = load double, ptr %a.1.2, align 8
  %.147 = fmul double %.145, %.146
  %.148 = load double, ptr %a.1.2, align 8
  store double %.147, ptr %a.1.2, align 8
  %.150 = icmp ne i64 %.142, 0
  %.151 = load i1, ptr %"$332pred", align 1
  store i1 %.150, ptr %"$332pred", align 1
  %.153 = load i1, ptr %"$332pred", align 1
  br i1 %.153, label %B282, label %B334

B334:                                             ; preds = %B302, %B270
  %.155 = load double, ptr %r.2, align 8
  store double 0.000000e+00, ptr %r.2, align 8
  %.157 = load i64, ptr %exp.4, align 8
  store i64 0, ptr %exp.4, align 8
  %.159 = load double, ptr %a.1.2, align 8
  store double 0.000000e+00, ptr %a.1.2, align 8
  %.161 = load i1, ptr %"$332pred", align 1
  store i1 false, ptr %"$332pred", align 1
  %.163 = load i1, ptr %invert.2, align 1
  %.164 = load i1, ptr %invert.2, align 1
  store i1 false, ptr %invert.2, align 1
  br i1 %.163, label %B338, label %B348

B338:                                             ; preds = %B334
  %.167 = load double, ptr %r.4, align 8
  %.168 = fcmp oeq double %.167, 0.000000e+00
  br i1 %.168, label %B338.if, label %B338.endif, !prof !0

B348:                                             ; preds = %B334
  %.180 = load double, ptr %r.4, align 8
  %.181 = load double, ptr %r.4, align 8
  store double 0.000000e+00, ptr %r.4, align 8
  store double %.180, ptr %retptr, align 8
  ret i32 0

B338.if:                                          ; preds = %B338
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !1
  %.171 = load i64, ptr %try_state, align 8
  %.172 = icmp ugt i64 %.171, 0
  %.173 = load ptr, ptr %excinfo, align 8
  ret i32 1

B338.endif:                                       ; preds = %B338
  %.175 = fdiv double 1.000000e+00, %.167
  %.176 = load double, ptr %r.4, align 8
  store double 0.000000e+00, ptr %r.4, align 8
  store double %.175, ptr %retptr, align 8
  ret i32 0
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.pow.f64(double, double) #0

attributes #0 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #1 = { alwaysinline }

!0 = !{!"branch_weights", i32 1, i32 99}
!1 = !{i1 true}
