; ModuleID = 'enzyme_dup_array.c'
source_filename = "enzyme_dup_array.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.x = private unnamed_addr constant [3 x double] [double 5.000000e-01, double -1.000000e+00, double 2.000000e+00], align 16
@__const.main.dy = private unnamed_addr constant [3 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00], align 16
@enzyme_dup = external global i32, align 4
@.str = private unnamed_addr constant [16 x i8] c"dx[%d] = %.17g\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1, !dbg !7
@.str.2 = private unnamed_addr constant [5 x i8] c"y[1]\00", align 1, !dbg !12
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @tanh_mix(ptr noundef %0, ptr noundef %1, i32 noundef %2) #0 !dbg !29 {
  %4 = alloca ptr, align 8
  %5 = alloca ptr, align 8
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  store ptr %0, ptr %4, align 8
    #dbg_declare(ptr %4, !38, !DIExpression(), !39)
  store ptr %1, ptr %5, align 8
    #dbg_declare(ptr %5, !40, !DIExpression(), !41)
  store i32 %2, ptr %6, align 4
    #dbg_declare(ptr %6, !42, !DIExpression(), !43)
    #dbg_declare(ptr %7, !44, !DIExpression(), !46)
  store i32 0, ptr %7, align 4, !dbg !46
  br label %8, !dbg !47

8:                                                ; preds = %32, %3
  %9 = load i32, ptr %7, align 4, !dbg !48
  %10 = load i32, ptr %6, align 4, !dbg !50
  %11 = icmp slt i32 %9, %10, !dbg !51
  br i1 %11, label %12, label %35, !dbg !52

12:                                               ; preds = %8
  %13 = load ptr, ptr %4, align 8, !dbg !53
  %14 = load i32, ptr %7, align 4, !dbg !54
  %15 = sext i32 %14 to i64, !dbg !53
  %16 = getelementptr inbounds double, ptr %13, i64 %15, !dbg !53
  %17 = load double, ptr %16, align 8, !dbg !53
  %18 = call double @tanh(double noundef %17) #5, !dbg !55
  %19 = load ptr, ptr %4, align 8, !dbg !56
  %20 = load i32, ptr %7, align 4, !dbg !57
  %21 = add nsw i32 %20, 1, !dbg !58
  %22 = load i32, ptr %6, align 4, !dbg !59
  %23 = srem i32 %21, %22, !dbg !60
  %24 = sext i32 %23 to i64, !dbg !56
  %25 = getelementptr inbounds double, ptr %19, i64 %24, !dbg !56
  %26 = load double, ptr %25, align 8, !dbg !56
  %27 = fmul double %18, %26, !dbg !61
  %28 = load ptr, ptr %5, align 8, !dbg !62
  %29 = load i32, ptr %7, align 4, !dbg !63
  %30 = sext i32 %29 to i64, !dbg !62
  %31 = getelementptr inbounds double, ptr %28, i64 %30, !dbg !62
  store double %27, ptr %31, align 8, !dbg !64
  br label %32, !dbg !62

32:                                               ; preds = %12
  %33 = load i32, ptr %7, align 4, !dbg !65
  %34 = add nsw i32 %33, 1, !dbg !65
  store i32 %34, ptr %7, align 4, !dbg !65
  br label %8, !dbg !66, !llvm.loop !67

35:                                               ; preds = %8
  ret void, !dbg !70
}

; Function Attrs: nounwind
declare double @tanh(double noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !71 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [3 x double], align 16
  %4 = alloca [3 x double], align 16
  %5 = alloca [3 x double], align 16
  %6 = alloca i32, align 4
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !74, !DIExpression(), !78)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.x, i64 24, i1 false), !dbg !78
    #dbg_declare(ptr %3, !79, !DIExpression(), !80)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 24, i1 false), !dbg !80
    #dbg_declare(ptr %4, !81, !DIExpression(), !82)
    #dbg_declare(ptr %5, !83, !DIExpression(), !84)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.dy, i64 24, i1 false), !dbg !84
  %7 = load i32, ptr @enzyme_dup, align 4, !dbg !85
  %8 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0, !dbg !86
  %9 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 0, !dbg !87
  %10 = load i32, ptr @enzyme_dup, align 4, !dbg !88
  %11 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 0, !dbg !89
  %12 = getelementptr inbounds [3 x double], ptr %5, i64 0, i64 0, !dbg !90
  call void (ptr, ...) @__enzyme_autodiff(ptr noundef @tanh_mix, i32 noundef %7, ptr noundef %8, ptr noundef %9, i32 noundef %10, ptr noundef %11, ptr noundef %12, i32 noundef 3), !dbg !91
    #dbg_declare(ptr %6, !92, !DIExpression(), !94)
  store i32 0, ptr %6, align 4, !dbg !94
  br label %13, !dbg !95

13:                                               ; preds = %23, %0
  %14 = load i32, ptr %6, align 4, !dbg !96
  %15 = icmp slt i32 %14, 3, !dbg !98
  br i1 %15, label %16, label %26, !dbg !99

16:                                               ; preds = %13
  %17 = load i32, ptr %6, align 4, !dbg !100
  %18 = load i32, ptr %6, align 4, !dbg !101
  %19 = sext i32 %18 to i64, !dbg !102
  %20 = getelementptr inbounds [3 x double], ptr %3, i64 0, i64 %19, !dbg !102
  %21 = load double, ptr %20, align 8, !dbg !102
  %22 = call i32 (ptr, ...) @printf(ptr noundef @.str, i32 noundef %17, double noundef %21), !dbg !103
  br label %23, !dbg !103

23:                                               ; preds = %16
  %24 = load i32, ptr %6, align 4, !dbg !104
  %25 = add nsw i32 %24, 1, !dbg !104
  store i32 %25, ptr %6, align 4, !dbg !104
  br label %13, !dbg !105, !llvm.loop !106

26:                                               ; preds = %13
  %27 = getelementptr inbounds [3 x double], ptr %4, i64 0, i64 1, !dbg !108
  %28 = load double, ptr %27, align 8, !dbg !108
  %29 = call i32 (ptr, ...) @printf(ptr noundef @.str.1, ptr noundef @.str.2, double noundef %28), !dbg !109
  %30 = load ptr, ptr @stdout, align 8, !dbg !110
  %31 = call i32 @fflush(ptr noundef %30), !dbg !111
  ret i32 0, !dbg !112
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #3

declare void @__enzyme_autodiff(ptr noundef, ...) #4

declare i32 @printf(ptr noundef, ...) #4

declare i32 @fflush(ptr noundef) #4

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

!llvm.dbg.cu = !{!17}
!llvm.module.flags = !{!21, !22, !23, !24, !25, !26, !27}
!llvm.ident = !{!28}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 24, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "enzyme_dup_array.c", directory: ".", checksumkind: CSK_MD5, checksum: "c1cb4554caf50e40319cd9cbcbeb3165")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 128, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 16)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 12)
!12 = !DIGlobalVariableExpression(var: !13, expr: !DIExpression())
!13 = distinct !DIGlobalVariable(scope: null, file: !2, line: 25, type: !14, isLocal: true, isDefinition: true)
!14 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 40, elements: !15)
!15 = !{!16}
!16 = !DISubrange(count: 5)
!17 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, retainedTypes: !18, globals: !20, splitDebugInlining: false, nameTableKind: None)
!18 = !{!19}
!19 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64)
!20 = !{!0, !7, !12}
!21 = !{i32 7, !"Dwarf Version", i32 5}
!22 = !{i32 2, !"Debug Info Version", i32 3}
!23 = !{i32 1, !"wchar_size", i32 4}
!24 = !{i32 8, !"PIC Level", i32 2}
!25 = !{i32 7, !"PIE Level", i32 2}
!26 = !{i32 7, !"uwtable", i32 2}
!27 = !{i32 7, !"frame-pointer", i32 2}
!28 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!29 = distinct !DISubprogram(name: "tanh_mix", scope: !2, file: !2, line: 14, type: !30, scopeLine: 14, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !17, retainedNodes: !37)
!30 = !DISubroutineType(types: !31)
!31 = !{null, !32, !35, !36}
!32 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !33, size: 64)
!33 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !34)
!34 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!35 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !34, size: 64)
!36 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!37 = !{}
!38 = !DILocalVariable(name: "x", arg: 1, scope: !29, file: !2, line: 14, type: !32)
!39 = !DILocation(line: 14, column: 29, scope: !29)
!40 = !DILocalVariable(name: "y", arg: 2, scope: !29, file: !2, line: 14, type: !35)
!41 = !DILocation(line: 14, column: 40, scope: !29)
!42 = !DILocalVariable(name: "n", arg: 3, scope: !29, file: !2, line: 14, type: !36)
!43 = !DILocation(line: 14, column: 47, scope: !29)
!44 = !DILocalVariable(name: "i", scope: !45, file: !2, line: 15, type: !36)
!45 = distinct !DILexicalBlock(scope: !29, file: !2, line: 15, column: 5)
!46 = !DILocation(line: 15, column: 14, scope: !45)
!47 = !DILocation(line: 15, column: 10, scope: !45)
!48 = !DILocation(line: 15, column: 21, scope: !49)
!49 = distinct !DILexicalBlock(scope: !45, file: !2, line: 15, column: 5)
!50 = !DILocation(line: 15, column: 25, scope: !49)
!51 = !DILocation(line: 15, column: 23, scope: !49)
!52 = !DILocation(line: 15, column: 5, scope: !45)
!53 = !DILocation(line: 15, column: 45, scope: !49)
!54 = !DILocation(line: 15, column: 47, scope: !49)
!55 = !DILocation(line: 15, column: 40, scope: !49)
!56 = !DILocation(line: 15, column: 53, scope: !49)
!57 = !DILocation(line: 15, column: 56, scope: !49)
!58 = !DILocation(line: 15, column: 58, scope: !49)
!59 = !DILocation(line: 15, column: 65, scope: !49)
!60 = !DILocation(line: 15, column: 63, scope: !49)
!61 = !DILocation(line: 15, column: 51, scope: !49)
!62 = !DILocation(line: 15, column: 33, scope: !49)
!63 = !DILocation(line: 15, column: 35, scope: !49)
!64 = !DILocation(line: 15, column: 38, scope: !49)
!65 = !DILocation(line: 15, column: 29, scope: !49)
!66 = !DILocation(line: 15, column: 5, scope: !49)
!67 = distinct !{!67, !52, !68, !69}
!68 = !DILocation(line: 15, column: 66, scope: !45)
!69 = !{!"llvm.loop.mustprogress"}
!70 = !DILocation(line: 16, column: 1, scope: !29)
!71 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 18, type: !72, scopeLine: 18, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !17, retainedNodes: !37)
!72 = !DISubroutineType(types: !73)
!73 = !{!36}
!74 = !DILocalVariable(name: "x", scope: !71, file: !2, line: 19, type: !75)
!75 = !DICompositeType(tag: DW_TAG_array_type, baseType: !34, size: 192, elements: !76)
!76 = !{!77}
!77 = !DISubrange(count: 3)
!78 = !DILocation(line: 19, column: 12, scope: !71)
!79 = !DILocalVariable(name: "dx", scope: !71, file: !2, line: 20, type: !75)
!80 = !DILocation(line: 20, column: 12, scope: !71)
!81 = !DILocalVariable(name: "y", scope: !71, file: !2, line: 21, type: !75)
!82 = !DILocation(line: 21, column: 12, scope: !71)
!83 = !DILocalVariable(name: "dy", scope: !71, file: !2, line: 22, type: !75)
!84 = !DILocation(line: 22, column: 12, scope: !71)
!85 = !DILocation(line: 23, column: 41, scope: !71)
!86 = !DILocation(line: 23, column: 53, scope: !71)
!87 = !DILocation(line: 23, column: 56, scope: !71)
!88 = !DILocation(line: 23, column: 60, scope: !71)
!89 = !DILocation(line: 23, column: 72, scope: !71)
!90 = !DILocation(line: 23, column: 75, scope: !71)
!91 = !DILocation(line: 23, column: 5, scope: !71)
!92 = !DILocalVariable(name: "i", scope: !93, file: !2, line: 24, type: !36)
!93 = distinct !DILexicalBlock(scope: !71, file: !2, line: 24, column: 5)
!94 = !DILocation(line: 24, column: 14, scope: !93)
!95 = !DILocation(line: 24, column: 10, scope: !93)
!96 = !DILocation(line: 24, column: 21, scope: !97)
!97 = distinct !DILexicalBlock(scope: !93, file: !2, line: 24, column: 5)
!98 = !DILocation(line: 24, column: 23, scope: !97)
!99 = !DILocation(line: 24, column: 5, scope: !93)
!100 = !DILocation(line: 24, column: 60, scope: !97)
!101 = !DILocation(line: 24, column: 66, scope: !97)
!102 = !DILocation(line: 24, column: 63, scope: !97)
!103 = !DILocation(line: 24, column: 33, scope: !97)
!104 = !DILocation(line: 24, column: 29, scope: !97)
!105 = !DILocation(line: 24, column: 5, scope: !97)
!106 = distinct !{!106, !99, !107, !69}
!107 = !DILocation(line: 24, column: 68, scope: !93)
!108 = !DILocation(line: 25, column: 36, scope: !71)
!109 = !DILocation(line: 25, column: 5, scope: !71)
!110 = !DILocation(line: 26, column: 12, scope: !71)
!111 = !DILocation(line: 26, column: 5, scope: !71)
!112 = !DILocation(line: 27, column: 5, scope: !71)
