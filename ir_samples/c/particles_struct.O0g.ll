; ModuleID = 'particles_struct.c'
source_filename = "particles_struct.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.Particle = type { double, double, double, i32 }

@__const.main.p = private unnamed_addr constant [4 x { double, double, double, i32, [4 x i8] }] [{ double, double, double, i32, [4 x i8] } { double 0.000000e+00, double 0.000000e+00, double 1.000000e+00, i32 1, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 1.100000e+00, double -2.000000e-01, double 5.000000e-01, i32 0, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 2.000000e+00, double -1.000000e-01, double 7.500000e-01, i32 0, [4 x i8] zeroinitializer }, { double, double, double, i32, [4 x i8] } { double 3.200000e+00, double 3.000000e-01, double 1.250000e+00, i32 0, [4 x i8] zeroinitializer }], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [14 x i8] c"spring_energy\00", align 1, !dbg !7
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @spring_energy(ptr noundef %0, i32 noundef %1, double noundef %2, double noundef %3) #0 !dbg !22 {
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca double, align 8
  %9 = alloca double, align 8
  %10 = alloca i32, align 4
  %11 = alloca double, align 8
  %12 = alloca double, align 8
  %13 = alloca double, align 8
  %14 = alloca i32, align 4
  store ptr %0, ptr %5, align 8
    #dbg_declare(ptr %5, !37, !DIExpression(), !38)
  store i32 %1, ptr %6, align 4
    #dbg_declare(ptr %6, !39, !DIExpression(), !40)
  store double %2, ptr %7, align 8
    #dbg_declare(ptr %7, !41, !DIExpression(), !42)
  store double %3, ptr %8, align 8
    #dbg_declare(ptr %8, !43, !DIExpression(), !44)
    #dbg_declare(ptr %9, !45, !DIExpression(), !46)
  store double 0.000000e+00, ptr %9, align 8, !dbg !46
    #dbg_declare(ptr %10, !47, !DIExpression(), !49)
  store i32 0, ptr %10, align 4, !dbg !49
  br label %15, !dbg !50

15:                                               ; preds = %67, %4
  %16 = load i32, ptr %10, align 4, !dbg !51
  %17 = add nsw i32 %16, 1, !dbg !53
  %18 = load i32, ptr %6, align 4, !dbg !54
  %19 = icmp slt i32 %17, %18, !dbg !55
  br i1 %19, label %20, label %70, !dbg !56

20:                                               ; preds = %15
    #dbg_declare(ptr %11, !57, !DIExpression(), !59)
  %21 = load ptr, ptr %5, align 8, !dbg !60
  %22 = load i32, ptr %10, align 4, !dbg !61
  %23 = add nsw i32 %22, 1, !dbg !62
  %24 = sext i32 %23 to i64, !dbg !60
  %25 = getelementptr inbounds %struct.Particle, ptr %21, i64 %24, !dbg !60
  %26 = getelementptr inbounds nuw %struct.Particle, ptr %25, i32 0, i32 0, !dbg !63
  %27 = load double, ptr %26, align 8, !dbg !63
  %28 = load ptr, ptr %5, align 8, !dbg !64
  %29 = load i32, ptr %10, align 4, !dbg !65
  %30 = sext i32 %29 to i64, !dbg !64
  %31 = getelementptr inbounds %struct.Particle, ptr %28, i64 %30, !dbg !64
  %32 = getelementptr inbounds nuw %struct.Particle, ptr %31, i32 0, i32 0, !dbg !66
  %33 = load double, ptr %32, align 8, !dbg !66
  %34 = fsub double %27, %33, !dbg !67
  store double %34, ptr %11, align 8, !dbg !59
    #dbg_declare(ptr %12, !68, !DIExpression(), !69)
  %35 = load ptr, ptr %5, align 8, !dbg !70
  %36 = load i32, ptr %10, align 4, !dbg !71
  %37 = add nsw i32 %36, 1, !dbg !72
  %38 = sext i32 %37 to i64, !dbg !70
  %39 = getelementptr inbounds %struct.Particle, ptr %35, i64 %38, !dbg !70
  %40 = getelementptr inbounds nuw %struct.Particle, ptr %39, i32 0, i32 1, !dbg !73
  %41 = load double, ptr %40, align 8, !dbg !73
  %42 = load ptr, ptr %5, align 8, !dbg !74
  %43 = load i32, ptr %10, align 4, !dbg !75
  %44 = sext i32 %43 to i64, !dbg !74
  %45 = getelementptr inbounds %struct.Particle, ptr %42, i64 %44, !dbg !74
  %46 = getelementptr inbounds nuw %struct.Particle, ptr %45, i32 0, i32 1, !dbg !76
  %47 = load double, ptr %46, align 8, !dbg !76
  %48 = fsub double %41, %47, !dbg !77
  store double %48, ptr %12, align 8, !dbg !69
    #dbg_declare(ptr %13, !78, !DIExpression(), !79)
  %49 = load double, ptr %11, align 8, !dbg !80
  %50 = load double, ptr %11, align 8, !dbg !81
  %51 = load double, ptr %12, align 8, !dbg !82
  %52 = load double, ptr %12, align 8, !dbg !83
  %53 = fmul double %51, %52, !dbg !84
  %54 = call double @llvm.fmuladd.f64(double %49, double %50, double %53), !dbg !85
  %55 = call double @sqrt(double noundef %54) #5, !dbg !86
  store double %55, ptr %13, align 8, !dbg !79
  %56 = load double, ptr %7, align 8, !dbg !87
  %57 = fmul double 5.000000e-01, %56, !dbg !88
  %58 = load double, ptr %13, align 8, !dbg !89
  %59 = load double, ptr %8, align 8, !dbg !90
  %60 = fsub double %58, %59, !dbg !91
  %61 = fmul double %57, %60, !dbg !92
  %62 = load double, ptr %13, align 8, !dbg !93
  %63 = load double, ptr %8, align 8, !dbg !94
  %64 = fsub double %62, %63, !dbg !95
  %65 = load double, ptr %9, align 8, !dbg !96
  %66 = call double @llvm.fmuladd.f64(double %61, double %64, double %65), !dbg !96
  store double %66, ptr %9, align 8, !dbg !96
  br label %67, !dbg !97

67:                                               ; preds = %20
  %68 = load i32, ptr %10, align 4, !dbg !98
  %69 = add nsw i32 %68, 1, !dbg !98
  store i32 %69, ptr %10, align 4, !dbg !98
  br label %15, !dbg !99, !llvm.loop !100

70:                                               ; preds = %15
    #dbg_declare(ptr %14, !103, !DIExpression(), !105)
  store i32 0, ptr %14, align 4, !dbg !105
  br label %71, !dbg !106

71:                                               ; preds = %100, %70
  %72 = load i32, ptr %14, align 4, !dbg !107
  %73 = load i32, ptr %6, align 4, !dbg !109
  %74 = icmp slt i32 %72, %73, !dbg !110
  br i1 %74, label %75, label %103, !dbg !111

75:                                               ; preds = %71
  %76 = load ptr, ptr %5, align 8, !dbg !112
  %77 = load i32, ptr %14, align 4, !dbg !115
  %78 = sext i32 %77 to i64, !dbg !112
  %79 = getelementptr inbounds %struct.Particle, ptr %76, i64 %78, !dbg !112
  %80 = getelementptr inbounds nuw %struct.Particle, ptr %79, i32 0, i32 3, !dbg !116
  %81 = load i32, ptr %80, align 8, !dbg !116
  %82 = icmp ne i32 %81, 0, !dbg !112
  br i1 %82, label %99, label %83, !dbg !117

83:                                               ; preds = %75
  %84 = load ptr, ptr %5, align 8, !dbg !118
  %85 = load i32, ptr %14, align 4, !dbg !119
  %86 = sext i32 %85 to i64, !dbg !118
  %87 = getelementptr inbounds %struct.Particle, ptr %84, i64 %86, !dbg !118
  %88 = getelementptr inbounds nuw %struct.Particle, ptr %87, i32 0, i32 2, !dbg !120
  %89 = load double, ptr %88, align 8, !dbg !120
  %90 = fmul double 9.810000e+00, %89, !dbg !121
  %91 = load ptr, ptr %5, align 8, !dbg !122
  %92 = load i32, ptr %14, align 4, !dbg !123
  %93 = sext i32 %92 to i64, !dbg !122
  %94 = getelementptr inbounds %struct.Particle, ptr %91, i64 %93, !dbg !122
  %95 = getelementptr inbounds nuw %struct.Particle, ptr %94, i32 0, i32 1, !dbg !124
  %96 = load double, ptr %95, align 8, !dbg !124
  %97 = load double, ptr %9, align 8, !dbg !125
  %98 = call double @llvm.fmuladd.f64(double %90, double %96, double %97), !dbg !125
  store double %98, ptr %9, align 8, !dbg !125
  br label %99, !dbg !126

99:                                               ; preds = %83, %75
  br label %100, !dbg !127

100:                                              ; preds = %99
  %101 = load i32, ptr %14, align 4, !dbg !128
  %102 = add nsw i32 %101, 1, !dbg !128
  store i32 %102, ptr %14, align 4, !dbg !128
  br label %71, !dbg !129, !llvm.loop !130

103:                                              ; preds = %71
  %104 = load double, ptr %9, align 8, !dbg !132
  ret double %104, !dbg !133
}

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !134 {
  %1 = alloca i32, align 4
  %2 = alloca [4 x %struct.Particle], align 16
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !137, !DIExpression(), !141)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.p, i64 128, i1 false), !dbg !141
  %3 = getelementptr inbounds [4 x %struct.Particle], ptr %2, i64 0, i64 0, !dbg !142
  %4 = call double @spring_energy(ptr noundef %3, i32 noundef 4, double noundef 1.200000e+01, double noundef 1.000000e+00), !dbg !143
  %5 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %4), !dbg !144
  %6 = load ptr, ptr @stdout, align 8, !dbg !145
  %7 = call i32 @fflush(ptr noundef %6), !dbg !146
  ret i32 0, !dbg !147
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!14, !15, !16, !17, !18, !19, !20}
!llvm.ident = !{!21}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "particles_struct.c", directory: ".", checksumkind: CSK_MD5, checksum: "b96d11184fc838ff25cbf57964351cce")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 12)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 28, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 14)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, globals: !13, splitDebugInlining: false, nameTableKind: None)
!13 = !{!0, !7}
!14 = !{i32 7, !"Dwarf Version", i32 5}
!15 = !{i32 2, !"Debug Info Version", i32 3}
!16 = !{i32 1, !"wchar_size", i32 4}
!17 = !{i32 8, !"PIC Level", i32 2}
!18 = !{i32 7, !"PIE Level", i32 2}
!19 = !{i32 7, !"uwtable", i32 2}
!20 = !{i32 7, !"frame-pointer", i32 2}
!21 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!22 = distinct !DISubprogram(name: "spring_energy", scope: !2, file: !2, line: 11, type: !23, scopeLine: 11, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !36)
!23 = !DISubroutineType(types: !24)
!24 = !{!25, !26, !35, !25, !25}
!25 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!26 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !27, size: 64)
!27 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !28)
!28 = !DIDerivedType(tag: DW_TAG_typedef, name: "Particle", file: !2, line: 9, baseType: !29)
!29 = distinct !DICompositeType(tag: DW_TAG_structure_type, file: !2, line: 5, size: 256, elements: !30)
!30 = !{!31, !32, !33, !34}
!31 = !DIDerivedType(tag: DW_TAG_member, name: "x", scope: !29, file: !2, line: 6, baseType: !25, size: 64)
!32 = !DIDerivedType(tag: DW_TAG_member, name: "y", scope: !29, file: !2, line: 6, baseType: !25, size: 64, offset: 64)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "mass", scope: !29, file: !2, line: 7, baseType: !25, size: 64, offset: 128)
!34 = !DIDerivedType(tag: DW_TAG_member, name: "fixed", scope: !29, file: !2, line: 8, baseType: !35, size: 32, offset: 192)
!35 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!36 = !{}
!37 = !DILocalVariable(name: "p", arg: 1, scope: !22, file: !2, line: 11, type: !26)
!38 = !DILocation(line: 11, column: 38, scope: !22)
!39 = !DILocalVariable(name: "n", arg: 2, scope: !22, file: !2, line: 11, type: !35)
!40 = !DILocation(line: 11, column: 45, scope: !22)
!41 = !DILocalVariable(name: "k", arg: 3, scope: !22, file: !2, line: 11, type: !25)
!42 = !DILocation(line: 11, column: 55, scope: !22)
!43 = !DILocalVariable(name: "rest", arg: 4, scope: !22, file: !2, line: 11, type: !25)
!44 = !DILocation(line: 11, column: 65, scope: !22)
!45 = !DILocalVariable(name: "e", scope: !22, file: !2, line: 12, type: !25)
!46 = !DILocation(line: 12, column: 12, scope: !22)
!47 = !DILocalVariable(name: "i", scope: !48, file: !2, line: 13, type: !35)
!48 = distinct !DILexicalBlock(scope: !22, file: !2, line: 13, column: 5)
!49 = !DILocation(line: 13, column: 14, scope: !48)
!50 = !DILocation(line: 13, column: 10, scope: !48)
!51 = !DILocation(line: 13, column: 21, scope: !52)
!52 = distinct !DILexicalBlock(scope: !48, file: !2, line: 13, column: 5)
!53 = !DILocation(line: 13, column: 23, scope: !52)
!54 = !DILocation(line: 13, column: 29, scope: !52)
!55 = !DILocation(line: 13, column: 27, scope: !52)
!56 = !DILocation(line: 13, column: 5, scope: !48)
!57 = !DILocalVariable(name: "dx", scope: !58, file: !2, line: 14, type: !25)
!58 = distinct !DILexicalBlock(scope: !52, file: !2, line: 13, column: 37)
!59 = !DILocation(line: 14, column: 16, scope: !58)
!60 = !DILocation(line: 14, column: 21, scope: !58)
!61 = !DILocation(line: 14, column: 23, scope: !58)
!62 = !DILocation(line: 14, column: 25, scope: !58)
!63 = !DILocation(line: 14, column: 30, scope: !58)
!64 = !DILocation(line: 14, column: 34, scope: !58)
!65 = !DILocation(line: 14, column: 36, scope: !58)
!66 = !DILocation(line: 14, column: 39, scope: !58)
!67 = !DILocation(line: 14, column: 32, scope: !58)
!68 = !DILocalVariable(name: "dy", scope: !58, file: !2, line: 15, type: !25)
!69 = !DILocation(line: 15, column: 16, scope: !58)
!70 = !DILocation(line: 15, column: 21, scope: !58)
!71 = !DILocation(line: 15, column: 23, scope: !58)
!72 = !DILocation(line: 15, column: 25, scope: !58)
!73 = !DILocation(line: 15, column: 30, scope: !58)
!74 = !DILocation(line: 15, column: 34, scope: !58)
!75 = !DILocation(line: 15, column: 36, scope: !58)
!76 = !DILocation(line: 15, column: 39, scope: !58)
!77 = !DILocation(line: 15, column: 32, scope: !58)
!78 = !DILocalVariable(name: "len", scope: !58, file: !2, line: 16, type: !25)
!79 = !DILocation(line: 16, column: 16, scope: !58)
!80 = !DILocation(line: 16, column: 27, scope: !58)
!81 = !DILocation(line: 16, column: 32, scope: !58)
!82 = !DILocation(line: 16, column: 37, scope: !58)
!83 = !DILocation(line: 16, column: 42, scope: !58)
!84 = !DILocation(line: 16, column: 40, scope: !58)
!85 = !DILocation(line: 16, column: 35, scope: !58)
!86 = !DILocation(line: 16, column: 22, scope: !58)
!87 = !DILocation(line: 17, column: 20, scope: !58)
!88 = !DILocation(line: 17, column: 18, scope: !58)
!89 = !DILocation(line: 17, column: 25, scope: !58)
!90 = !DILocation(line: 17, column: 31, scope: !58)
!91 = !DILocation(line: 17, column: 29, scope: !58)
!92 = !DILocation(line: 17, column: 22, scope: !58)
!93 = !DILocation(line: 17, column: 40, scope: !58)
!94 = !DILocation(line: 17, column: 46, scope: !58)
!95 = !DILocation(line: 17, column: 44, scope: !58)
!96 = !DILocation(line: 17, column: 11, scope: !58)
!97 = !DILocation(line: 18, column: 5, scope: !58)
!98 = !DILocation(line: 13, column: 33, scope: !52)
!99 = !DILocation(line: 13, column: 5, scope: !52)
!100 = distinct !{!100, !56, !101, !102}
!101 = !DILocation(line: 18, column: 5, scope: !48)
!102 = !{!"llvm.loop.mustprogress"}
!103 = !DILocalVariable(name: "i", scope: !104, file: !2, line: 19, type: !35)
!104 = distinct !DILexicalBlock(scope: !22, file: !2, line: 19, column: 5)
!105 = !DILocation(line: 19, column: 14, scope: !104)
!106 = !DILocation(line: 19, column: 10, scope: !104)
!107 = !DILocation(line: 19, column: 21, scope: !108)
!108 = distinct !DILexicalBlock(scope: !104, file: !2, line: 19, column: 5)
!109 = !DILocation(line: 19, column: 25, scope: !108)
!110 = !DILocation(line: 19, column: 23, scope: !108)
!111 = !DILocation(line: 19, column: 5, scope: !104)
!112 = !DILocation(line: 20, column: 14, scope: !113)
!113 = distinct !DILexicalBlock(scope: !114, file: !2, line: 20, column: 13)
!114 = distinct !DILexicalBlock(scope: !108, file: !2, line: 19, column: 33)
!115 = !DILocation(line: 20, column: 16, scope: !113)
!116 = !DILocation(line: 20, column: 19, scope: !113)
!117 = !DILocation(line: 20, column: 13, scope: !113)
!118 = !DILocation(line: 20, column: 38, scope: !113)
!119 = !DILocation(line: 20, column: 40, scope: !113)
!120 = !DILocation(line: 20, column: 43, scope: !113)
!121 = !DILocation(line: 20, column: 36, scope: !113)
!122 = !DILocation(line: 20, column: 50, scope: !113)
!123 = !DILocation(line: 20, column: 52, scope: !113)
!124 = !DILocation(line: 20, column: 55, scope: !113)
!125 = !DILocation(line: 20, column: 28, scope: !113)
!126 = !DILocation(line: 20, column: 26, scope: !113)
!127 = !DILocation(line: 21, column: 5, scope: !114)
!128 = !DILocation(line: 19, column: 29, scope: !108)
!129 = !DILocation(line: 19, column: 5, scope: !108)
!130 = distinct !{!130, !111, !131, !102}
!131 = !DILocation(line: 21, column: 5, scope: !104)
!132 = !DILocation(line: 22, column: 12, scope: !22)
!133 = !DILocation(line: 22, column: 5, scope: !22)
!134 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 25, type: !135, scopeLine: 25, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !36)
!135 = !DISubroutineType(types: !136)
!136 = !{!35}
!137 = !DILocalVariable(name: "p", scope: !134, file: !2, line: 26, type: !138)
!138 = !DICompositeType(tag: DW_TAG_array_type, baseType: !28, size: 1024, elements: !139)
!139 = !{!140}
!140 = !DISubrange(count: 4)
!141 = !DILocation(line: 26, column: 14, scope: !134)
!142 = !DILocation(line: 28, column: 59, scope: !134)
!143 = !DILocation(line: 28, column: 45, scope: !134)
!144 = !DILocation(line: 28, column: 5, scope: !134)
!145 = !DILocation(line: 29, column: 12, scope: !134)
!146 = !DILocation(line: 29, column: 5, scope: !134)
!147 = !DILocation(line: 30, column: 5, scope: !134)
