; ModuleID = 'enzyme_multivar.c'
source_filename = "enzyme_multivar.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Grad4 = type { double, double, double, double }

@enzyme_const = external local_unnamed_addr global i32, align 4
@enzyme_out = external local_unnamed_addr global i32, align 4
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"dd\00", align 1
@.str.2 = private unnamed_addr constant [6 x i8] c"ac.da\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"ac.dc\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"g.da\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"g.db\00", align 1
@.str.6 = private unnamed_addr constant [5 x i8] c"g.dc\00", align 1
@.str.7 = private unnamed_addr constant [5 x i8] c"g.dd\00", align 1
@stdout = external local_unnamed_addr global ptr, align 8

; Function Attrs: mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable
define dso_local double @energy(double noundef %0, double noundef %1, double noundef %2, double noundef %3) #0 {
  %5 = fmul double %0, %1
  %6 = fsub double %0, %3
  %7 = tail call double @exp(double noundef %6) #7, !tbaa !5
  %8 = fmul double %1, %2
  %9 = tail call double @sin(double noundef %8) #7, !tbaa !5
  %10 = fmul double %7, %9
  %11 = tail call double @llvm.fmuladd.f64(double %5, double %2, double %10)
  %12 = fmul double %3, %3
  %13 = tail call double @llvm.fmuladd.f64(double %0, double %0, double 1.000000e+00)
  %14 = fdiv double %12, %13
  %15 = fadd double %14, %11
  ret double %15
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @exp(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(errnomem: write)
declare double @sin(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind uwtable
define dso_local noundef i32 @main() local_unnamed_addr #3 {
  %1 = alloca %struct.Grad4, align 8
  %2 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %3 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %4 = tail call double (ptr, ...) @__enzyme_autodiff(ptr noundef nonnull @energy, i32 noundef %2, double noundef 0x3FE6666666666666, i32 noundef %2, double noundef -1.300000e+00, i32 noundef %2, double noundef 4.000000e-01, i32 noundef %3, double noundef 2.100000e+00) #7
  %5 = load i32, ptr @enzyme_out, align 4, !tbaa !5
  %6 = load i32, ptr @enzyme_const, align 4, !tbaa !5
  %7 = tail call { double, double } (ptr, ...) @__enzyme_autodiff_ac(ptr noundef nonnull @energy, i32 noundef %5, double noundef 0x3FE6666666666666, i32 noundef %6, double noundef -1.300000e+00, double noundef 4.000000e-01, i32 noundef %6, double noundef 2.100000e+00) #7
  %8 = extractvalue { double, double } %7, 0
  %9 = extractvalue { double, double } %7, 1
  call void @llvm.lifetime.start.p0(ptr nonnull %1) #7
  call void (ptr, ptr, ...) @__enzyme_autodiff_all(ptr dead_on_unwind nonnull writable sret(%struct.Grad4) align 8 %1, ptr noundef nonnull @energy, double noundef 0x3FE6666666666666, double noundef -1.300000e+00, double noundef 4.000000e-01, double noundef 2.100000e+00) #7
  %10 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.1, double noundef %4)
  %11 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.2, double noundef %8)
  %12 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.3, double noundef %9)
  %13 = load double, ptr %1, align 8, !tbaa !9
  %14 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.4, double noundef %13)
  %15 = getelementptr inbounds nuw i8, ptr %1, i64 8
  %16 = load double, ptr %15, align 8, !tbaa !12
  %17 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.5, double noundef %16)
  %18 = getelementptr inbounds nuw i8, ptr %1, i64 16
  %19 = load double, ptr %18, align 8, !tbaa !13
  %20 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.6, double noundef %19)
  %21 = getelementptr inbounds nuw i8, ptr %1, i64 24
  %22 = load double, ptr %21, align 8, !tbaa !14
  %23 = call i32 (ptr, ...) @printf(ptr noundef nonnull dereferenceable(1) @.str, ptr noundef nonnull @.str.7, double noundef %22)
  %24 = load ptr, ptr @stdout, align 8, !tbaa !15
  %25 = call i32 @fflush(ptr noundef %24)
  call void @llvm.lifetime.end.p0(ptr nonnull %1) #7
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(ptr captures(none)) #4

declare double @__enzyme_autodiff(ptr noundef, ...) local_unnamed_addr #5

declare { double, double } @__enzyme_autodiff_ac(ptr noundef, ...) local_unnamed_addr #5

declare void @__enzyme_autodiff_all(ptr dead_on_unwind writable sret(%struct.Grad4) align 8, ptr noundef, ...) local_unnamed_addr #5

; Function Attrs: nofree nounwind
declare noundef i32 @printf(ptr noundef readonly captures(none), ...) local_unnamed_addr #6

; Function Attrs: nofree nounwind
declare noundef i32 @fflush(ptr noundef captures(none)) local_unnamed_addr #6

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(ptr captures(none)) #4

attributes #0 = { mustprogress nofree norecurse nounwind willreturn memory(errnomem: write) uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(errnomem: write) "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { mustprogress nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind uwtable "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nofree nounwind "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #7 = { nounwind }

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
!9 = !{!10, !11, i64 0}
!10 = !{!"", !11, i64 0, !11, i64 8, !11, i64 16, !11, i64 24}
!11 = !{!"double", !7, i64 0}
!12 = !{!10, !11, i64 8}
!13 = !{!10, !11, i64 16}
!14 = !{!10, !11, i64 24}
!15 = !{!16, !16, i64 0}
!16 = !{!"p1 _ZTS8_IO_FILE", !17, i64 0}
!17 = !{!"any pointer", !7, i64 0}
