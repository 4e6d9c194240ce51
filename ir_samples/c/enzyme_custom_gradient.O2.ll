; ModuleID = 'enzyme_custom_gradient.c'
source_filename = "enzyme_custom_gradient.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@log1p_rule_calls = dso_local local_unnamed_addr global i32 0, align 4
@__enzyme_register_gradient_my_log1p = dso_local local_unnamed_addr global [3 x ptr] [ptr @my_log1p, ptr @my_log1p_augmented, ptr @my_log1p_reverse], align 16
@square_reverse_calls = dso_local local_unnamed_addr global i32 0, align 4
@__enzyme_register_gradient_square = dso_local local_unnamed_addr global [3 x ptr] [ptr @square_, ptr @square_augmented, ptr @square_reverse], align 16
@__enzyme_register_gradient_hypot = dso_local local_unnamed_addr global [3 x ptr] [ptr @my_hypot, ptr @my_hypot_augmented, ptr @my_hypot_reverse], align 16
@enzyme_out = external local_unnamed_addr global i32, align 4
@enzyme_const = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [17 x i8] c"dscaled_log1p_dx\00", align 1
@.str.2 = private unnamed_addr constant [17 x i8] c"dscaled_log1p_dw\00", align 1
@.str.3 = private unnamed_addr constant [9 x i8] c"%s = %d\0A\00", align 1
@.str.4 = private unnamed_addr constant [17 x i8] c"log1p_rule_calls\00", align 1
@__const.main.x = private unnamed_addr constant [3 x double] [double 1.000000e+00, double -2.000000e+00, double 5.000000e-01], align 16
@enzyme_dup = external local_unnamed_addr global i32, align 4
@.str.5 = private unnamed_addr constant [30 x i8] c"dsquare_in_place[%d] = %.17g\0A\00", align 1
@.str.6 = private unnamed_addr constant [21 x i8] c"square_reverse_calls\00", align 1
@.str.7 = private unnamed_addr constant [10 x i8] c"dradii_da\00", align 1
@.str.8 = private unnamed_addr constant [10 x i8] c"dradii_db\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree noinline norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @my_log1p(double noundef %0) #0 {
  %2 = tail call double @log1p(double noundef %0) #22, !tbaa !5
  ret double %2
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @log1p(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @my_log1p_augmented(double noundef %0) #2 {
  %2 = tail call double @log1p(double noundef %0) #22, !tbaa !5
  ret double %2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable
define dso_local noundef double @my_log1p_reverse(double noundef %0, double noundef %1) #3 {
  %3 = load i32, ptr @log1p_rule_calls, align 4, !tbaa !5
  %4 = add nsw i32 %3, 1
  store i32 %4, ptr @log1p_rule_calls, align 4, !tbaa !5
  %5 = fadd double %0, 1.000000e+00
  %6 = fdiv double %1, %5
  ret double %6
}

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @scaled_log1p(double noundef %0, double noundef %1) #2 {
  %3 = fmul double %0, %0
  %4 = tail call double @my_log1p(double noundef %3)
  %5 = fmul double %1, %4
  ret double %5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable
define dso_local void @square_(ptr noundef readonly captures(none) %0, ptr noundef writeonly captures(none) initializes((0, 8)) %1) #4 {
  %3 = load double, ptr %0, align 8, !tbaa !9
  %4 = fmul double %3, %3
  store double %4, ptr %1, align 8, !tbaa !9
  ret void
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local noalias noundef ptr @square_augmented(ptr noundef readonly captures(none) %0, ptr readnone captures(none) %1, ptr noundef writeonly captures(none) initializes((0, 8)) %2, ptr readnone captures(none) %3) #5 {
  %5 = tail call noalias dereferenceable_or_null(8) ptr @malloc(i64 noundef 8) #23
  %6 = load double, ptr %0, align 8, !tbaa !9
  store double %6, ptr %5, align 8, !tbaa !9
  %7 = fmul double %6, %6
  store double %7, ptr %2, align 8, !tbaa !9
  ret ptr %5
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #6

; Function Attrs: mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite)
declare noalias noundef ptr @malloc(i64 noundef) local_unnamed_addr #7

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #6

; Function Attrs: mustprogress nounwind willreturn memory(readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local void @square_reverse(ptr readnone captures(none) %0, ptr noundef captures(none) %1, ptr readnone captures(none) %2, ptr noundef captures(none) %3, ptr noundef captures(none) %4) #8 {
  %6 = load double, ptr %4, align 8, !tbaa !9
  tail call void @free(ptr noundef %4) #22
  %7 = fmul double %6, 2.000000e+00
  %8 = load double, ptr %3, align 8, !tbaa !9
  %9 = load double, ptr %1, align 8, !tbaa !9
  %10 = tail call double @llvm.fmuladd.f64(double %7, double %8, double %9)
  store double %10, ptr %1, align 8, !tbaa !9
  store double 0.000000e+00, ptr %3, align 8, !tbaa !9
  %11 = load i32, ptr @square_reverse_calls, align 4, !tbaa !5
  %12 = add nsw i32 %11, 1
  store i32 %12, ptr @square_reverse_calls, align 4, !tbaa !5
  ret void
}

; Function Attrs: mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite)
declare void @free(ptr allocptr noundef captures(none)) local_unnamed_addr #9

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #10

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable
define dso_local double @square_in_place(ptr noundef captures(none) %0, i32 noundef %1) #11 {
  %3 = alloca double, align 8
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %7

5:                                                ; preds = %2
  %6 = zext nneg i32 %1 to i64
  br label %9

7:                                                ; preds = %9, %2
  %8 = phi double [ 0.000000e+00, %2 ], [ %14, %9 ]
  ret double %8

9:                                                ; preds = %5, %9
  %10 = phi i64 [ 0, %5 ], [ %15, %9 ]
  %11 = phi double [ 0.000000e+00, %5 ], [ %14, %9 ]
  call void @llvm.lifetime.start.p0(ptr nonnull %3) #22
  %12 = getelementptr inbounds nuw double, ptr %0, i64 %10
  call void @square_(ptr noundef %12, ptr noundef nonnull %3)
  %13 = load double, ptr %3, align 8, !tbaa !9
  store double %13, ptr %12, align 8, !tbaa !9
  %14 = fadd double %11, %13
  call void @llvm.lifetime.end.p0(ptr nonnull %3) #22
  %15 = add nuw nsw i64 %10, 1
  %16 = icmp eq i64 %15, %6
  br i1 %16, label %7, label %9, !llvm.loop !11
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @my_hypot(double noundef %0, double noundef %1) #12 {
  %3 = fmul double %1, %1
  %4 = tail call double @llvm.fmuladd.f64(double %0, double %0, double %3)
  %5 = tail call double @llvm.sqrt.f64(double %4)
  ret double %5
}

; Function Attrs: mustprogress nofree nounwind willreturn memory(write, argmem: none, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable
define dso_local { ptr, double } @my_hypot_augmented(double noundef %0, double noundef %1) #13 {
  %3 = tail call noalias dereferenceable_or_null(8) ptr @malloc(i64 noundef 8) #23
  %4 = fmul double %1, %1
  %5 = tail call double @llvm.fmuladd.f64(double %0, double %0, double %4)
  %6 = tail call double @llvm.sqrt.f64(double %5)
  store double %6, ptr %3, align 8, !tbaa !9
  %7 = insertvalue { ptr, double } poison, ptr %3, 0
  %8 = insertvalue { ptr, double } %7, double %6, 1
  ret { ptr, double } %8
}

; Function Attrs: mustprogress nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable
define dso_local { double, double } @my_hypot_reverse(double noundef %0, double noundef %1, double noundef %2, ptr noundef captures(none) %3) #14 {
  %5 = load double, ptr %3, align 8, !tbaa !9
  tail call void @free(ptr noundef %3) #22
  %6 = fmul double %0, %2
  %7 = fdiv double %6, %5
  %8 = fmul double %1, %2
  %9 = fdiv double %8, %5
  %10 = insertvalue { double, double } poison, double %7, 0
  %11 = insertvalue { double, double } %10, double %9, 1
  ret { double, double } %11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable
define dso_local noundef double @radii(double noundef %0, double noundef %1) #15 {
  %3 = tail call double @my_hypot(double noundef %0, double noundef %1)
  %4 = fmul double %0, 2.000000e+00
  %5 = tail call double @my_hypot(double noundef %1, double noundef %4)
  %6 = fadd double %3, %5
  ret double %6
}

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #16 {
  %1 = alloca [3 x double], align 16
  %2 = alloca [3 x double], align 16
  %3 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %4 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %5 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @scaled_log1p, i32 noundef %3, double noundef 5.000000e-01, i32 noundef %4, double noundef 3.000000e+00) #22
  %6 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %7 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %8 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @scaled_log1p, i32 noundef %6, double noundef 5.000000e-01, i32 noundef %7, double noundef 3.000000e+00) #22
  %9 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %5)
  %10 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %8)
  %11 = load i32, ptr @log1p_rule_calls, align 4, !tbaa !5
  %12 = tail call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef nonnull @.str.4, i32 noundef %11)
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #22
  call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %1, ptr noundef nonnull align 16 dereferenceable(24) @__const.main.x, i64 24, i1 false)
  call void @llvm.lifetime.start.p0(ptr nonnull %2) #22
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(24) %2, i8 0, i64 24, i1 false)
  %13 = load i32, ptr @enzyme_dup, align 4, !tbaa !5
  %14 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %15 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @square_in_place, i32 noundef %13, ptr noundef nonnull %1, ptr noundef nonnull %2, i32 noundef %14, i32 noundef 3) #22
  br label %29

16:                                               ; preds = %29
  %17 = load i32, ptr @square_reverse_calls, align 4, !tbaa !5
  %18 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.3, ptr noundef nonnull @.str.6, i32 noundef %17)
  %19 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %20 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %21 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @radii, i32 noundef %19, double noundef 3.000000e+00, i32 noundef %20, double noundef 4.000000e+00) #22
  %22 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %23 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %24 = call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @radii, i32 noundef %22, double noundef 3.000000e+00, i32 noundef %23, double noundef 4.000000e+00) #22
  %25 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %21)
  %26 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.8, double noundef %24)
  %27 = load ptr, ptr @stdout, align 8, !tbaa !14
  %28 = call i32 @fflush(ptr noundef %27)
  call void @llvm.lifetime.end.p0(ptr nonnull %2) #22
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #22
  ret i32 0

29:                                               ; preds = %0, %29
  %30 = phi i64 [ 0, %0 ], [ %35, %29 ]
  %31 = getelementptr inbounds nuw double, ptr %2, i64 %30
  %32 = load double, ptr %31, align 8, !tbaa !9
  %33 = trunc nuw nsw i64 %30 to i32
  %34 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str.5, i32 noundef %33, double noundef %32)
  %35 = add nuw nsw i64 %30, 1
  %36 = icmp eq i64 %35, 3
  br i1 %36, label %16, label %29, !llvm.loop !17
}

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #17

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #18

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #19

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #20

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #18

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #21

attributes #0 = { mustprogress nofree noinline norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { mustprogress nofree nounwind willreturn memory(write, argmem: readwrite, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { mustprogress nofree nounwind willreturn allockind("alloc,uninitialized") allocsize(0) memory(inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #8 = { mustprogress nounwind willreturn memory(readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #9 = { mustprogress nounwind willreturn allockind("free") memory(argmem: readwrite, inaccessiblemem: readwrite) "alloc-family"="malloc" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #10 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #11 = { nofree norecurse nosync nounwind memory(argmem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #12 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #13 = { mustprogress nofree nounwind willreturn memory(write, argmem: none, inaccessiblemem: readwrite, target_mem0: none, target_mem1: none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #14 = { mustprogress nounwind willreturn memory(argmem: readwrite, inaccessiblemem: readwrite) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #15 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #16 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #17 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #18 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #19 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #20 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #21 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #22 = { nounwind }
attributes #23 = { nounwind allocsize(0) }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}
!llvm.errno.tbaa = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !7, i64 0}
!11 = distinct !{!11, !12, !13}
!12 = !{!"llvm.loop.mustprogress"}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = !{!15, !15, i64 0}
!15 = !{!"p1 _ZTS8_IO_FILE", !16, i64 0}
!16 = !{!"any pointer", !7, i64 0}
!17 = distinct !{!17, !12, !13}
