; ModuleID = 'gmm_objective.c'
source_filename = "gmm_objective.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.alphas = private unnamed_addr constant [3 x double] [double 1.000000e-01, double -4.000000e-01, double 3.000000e-01], align 16
@__const.main.x = private unnamed_addr constant [8 x double] [double 2.000000e-01, double 4.000000e-01, double -8.000000e-01, double 1.100000e+00, double 1.900000e+00, double -3.000000e-01, double 5.000000e-01, double 5.000000e-01], align 16
@.str = private unnamed_addr constant [12 x i8] c"%s = %.17g\0A\00", align 1, !dbg !0
@.str.1 = private unnamed_addr constant [14 x i8] c"gmm_objective\00", align 1, !dbg !7
@stdout = external global ptr, align 8

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @gmm_objective(i32 noundef %0, i32 noundef %1, i32 noundef %2, ptr noundef %3, ptr noundef %4, ptr noundef %5, ptr noundef %6) #0 !dbg !34 {
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca ptr, align 8
  %12 = alloca ptr, align 8
  %13 = alloca ptr, align 8
  %14 = alloca ptr, align 8
  %15 = alloca double, align 8
  %16 = alloca [16 x double], align 16
  %17 = alloca double, align 8
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca double, align 8
  %21 = alloca double, align 8
  %22 = alloca i32, align 4
  %23 = alloca double, align 8
  %24 = alloca double, align 8
  store i32 %0, ptr %8, align 4
    #dbg_declare(ptr %8, !40, !DIExpression(), !41)
  store i32 %1, ptr %9, align 4
    #dbg_declare(ptr %9, !42, !DIExpression(), !43)
  store i32 %2, ptr %10, align 4
    #dbg_declare(ptr %10, !44, !DIExpression(), !45)
  store ptr %3, ptr %11, align 8
    #dbg_declare(ptr %11, !46, !DIExpression(), !47)
  store ptr %4, ptr %12, align 8
    #dbg_declare(ptr %12, !48, !DIExpression(), !49)
  store ptr %5, ptr %13, align 8
    #dbg_declare(ptr %13, !50, !DIExpression(), !51)
  store ptr %6, ptr %14, align 8
    #dbg_declare(ptr %14, !52, !DIExpression(), !53)
    #dbg_declare(ptr %15, !54, !DIExpression(), !55)
  %25 = load i32, ptr %8, align 4, !dbg !56
  %26 = sitofp i32 %25 to double, !dbg !56
  %27 = fmul double -5.000000e-01, %26, !dbg !57
  %28 = call double @log(double noundef 0x401921FB54442D18) #6, !dbg !58
  %29 = fmul double %27, %28, !dbg !59
  store double %29, ptr %15, align 8, !dbg !55
    #dbg_declare(ptr %16, !60, !DIExpression(), !64)
    #dbg_declare(ptr %17, !65, !DIExpression(), !66)
  store double 0.000000e+00, ptr %17, align 8, !dbg !66
    #dbg_declare(ptr %18, !67, !DIExpression(), !69)
  store i32 0, ptr %18, align 4, !dbg !69
  br label %30, !dbg !70

30:                                               ; preds = %116, %7
  %31 = load i32, ptr %18, align 4, !dbg !71
  %32 = load i32, ptr %10, align 4, !dbg !73
  %33 = icmp slt i32 %31, %32, !dbg !74
  br i1 %33, label %34, label %119, !dbg !75

34:                                               ; preds = %30
    #dbg_declare(ptr %19, !76, !DIExpression(), !79)
  store i32 0, ptr %19, align 4, !dbg !79
  br label %35, !dbg !80

35:                                               ; preds = %107, %34
  %36 = load i32, ptr %19, align 4, !dbg !81
  %37 = load i32, ptr %9, align 4, !dbg !83
  %38 = icmp slt i32 %36, %37, !dbg !84
  br i1 %38, label %39, label %110, !dbg !85

39:                                               ; preds = %35
    #dbg_declare(ptr %20, !86, !DIExpression(), !88)
  store double 0.000000e+00, ptr %20, align 8, !dbg !88
    #dbg_declare(ptr %21, !89, !DIExpression(), !90)
  store double 0.000000e+00, ptr %21, align 8, !dbg !90
    #dbg_declare(ptr %22, !91, !DIExpression(), !93)
  store i32 0, ptr %22, align 4, !dbg !93
  br label %40, !dbg !94

40:                                               ; preds = %91, %39
  %41 = load i32, ptr %22, align 4, !dbg !95
  %42 = load i32, ptr %8, align 4, !dbg !97
  %43 = icmp slt i32 %41, %42, !dbg !98
  br i1 %43, label %44, label %94, !dbg !99

44:                                               ; preds = %40
    #dbg_declare(ptr %23, !100, !DIExpression(), !102)
  %45 = load ptr, ptr %13, align 8, !dbg !103
  %46 = load i32, ptr %19, align 4, !dbg !104
  %47 = load i32, ptr %8, align 4, !dbg !105
  %48 = mul nsw i32 %46, %47, !dbg !106
  %49 = load i32, ptr %22, align 4, !dbg !107
  %50 = add nsw i32 %48, %49, !dbg !108
  %51 = sext i32 %50 to i64, !dbg !103
  %52 = getelementptr inbounds double, ptr %45, i64 %51, !dbg !103
  %53 = load double, ptr %52, align 8, !dbg !103
  %54 = call double @exp(double noundef %53) #6, !dbg !109
  store double %54, ptr %23, align 8, !dbg !102
    #dbg_declare(ptr %24, !110, !DIExpression(), !111)
  %55 = load ptr, ptr %14, align 8, !dbg !112
  %56 = load i32, ptr %18, align 4, !dbg !113
  %57 = load i32, ptr %8, align 4, !dbg !114
  %58 = mul nsw i32 %56, %57, !dbg !115
  %59 = load i32, ptr %22, align 4, !dbg !116
  %60 = add nsw i32 %58, %59, !dbg !117
  %61 = sext i32 %60 to i64, !dbg !112
  %62 = getelementptr inbounds double, ptr %55, i64 %61, !dbg !112
  %63 = load double, ptr %62, align 8, !dbg !112
  %64 = load ptr, ptr %12, align 8, !dbg !118
  %65 = load i32, ptr %19, align 4, !dbg !119
  %66 = load i32, ptr %8, align 4, !dbg !120
  %67 = mul nsw i32 %65, %66, !dbg !121
  %68 = load i32, ptr %22, align 4, !dbg !122
  %69 = add nsw i32 %67, %68, !dbg !123
  %70 = sext i32 %69 to i64, !dbg !118
  %71 = getelementptr inbounds double, ptr %64, i64 %70, !dbg !118
  %72 = load double, ptr %71, align 8, !dbg !118
  %73 = fsub double %63, %72, !dbg !124
  %74 = load double, ptr %23, align 8, !dbg !125
  %75 = fmul double %73, %74, !dbg !126
  store double %75, ptr %24, align 8, !dbg !111
  %76 = load ptr, ptr %13, align 8, !dbg !127
  %77 = load i32, ptr %19, align 4, !dbg !128
  %78 = load i32, ptr %8, align 4, !dbg !129
  %79 = mul nsw i32 %77, %78, !dbg !130
  %80 = load i32, ptr %22, align 4, !dbg !131
  %81 = add nsw i32 %79, %80, !dbg !132
  %82 = sext i32 %81 to i64, !dbg !127
  %83 = getelementptr inbounds double, ptr %76, i64 %82, !dbg !127
  %84 = load double, ptr %83, align 8, !dbg !127
  %85 = load double, ptr %20, align 8, !dbg !133
  %86 = fadd double %85, %84, !dbg !133
  store double %86, ptr %20, align 8, !dbg !133
  %87 = load double, ptr %24, align 8, !dbg !134
  %88 = load double, ptr %24, align 8, !dbg !135
  %89 = load double, ptr %21, align 8, !dbg !136
  %90 = call double @llvm.fmuladd.f64(double %87, double %88, double %89), !dbg !136
  store double %90, ptr %21, align 8, !dbg !136
  br label %91, !dbg !137

91:                                               ; preds = %44
  %92 = load i32, ptr %22, align 4, !dbg !138
  %93 = add nsw i32 %92, 1, !dbg !138
  store i32 %93, ptr %22, align 4, !dbg !138
  br label %40, !dbg !139, !llvm.loop !140

94:                                               ; preds = %40
  %95 = load ptr, ptr %11, align 8, !dbg !143
  %96 = load i32, ptr %19, align 4, !dbg !144
  %97 = sext i32 %96 to i64, !dbg !143
  %98 = getelementptr inbounds double, ptr %95, i64 %97, !dbg !143
  %99 = load double, ptr %98, align 8, !dbg !143
  %100 = load double, ptr %20, align 8, !dbg !145
  %101 = fadd double %99, %100, !dbg !146
  %102 = load double, ptr %21, align 8, !dbg !147
  %103 = call double @llvm.fmuladd.f64(double -5.000000e-01, double %102, double %101), !dbg !148
  %104 = load i32, ptr %19, align 4, !dbg !149
  %105 = sext i32 %104 to i64, !dbg !150
  %106 = getelementptr inbounds [16 x double], ptr %16, i64 0, i64 %105, !dbg !150
  store double %103, ptr %106, align 8, !dbg !151
  br label %107, !dbg !152

107:                                              ; preds = %94
  %108 = load i32, ptr %19, align 4, !dbg !153
  %109 = add nsw i32 %108, 1, !dbg !153
  store i32 %109, ptr %19, align 4, !dbg !153
  br label %35, !dbg !154, !llvm.loop !155

110:                                              ; preds = %35
  %111 = getelementptr inbounds [16 x double], ptr %16, i64 0, i64 0, !dbg !157
  %112 = load i32, ptr %9, align 4, !dbg !158
  %113 = call double @logsumexp(ptr noundef %111, i32 noundef %112), !dbg !159
  %114 = load double, ptr %17, align 8, !dbg !160
  %115 = fadd double %114, %113, !dbg !160
  store double %115, ptr %17, align 8, !dbg !160
  br label %116, !dbg !161

116:                                              ; preds = %110
  %117 = load i32, ptr %18, align 4, !dbg !162
  %118 = add nsw i32 %117, 1, !dbg !162
  store i32 %118, ptr %18, align 4, !dbg !162
  br label %30, !dbg !163, !llvm.loop !164

119:                                              ; preds = %30
  %120 = load double, ptr %15, align 8, !dbg !166
  %121 = load i32, ptr %10, align 4, !dbg !167
  %122 = sitofp i32 %121 to double, !dbg !167
  %123 = load double, ptr %17, align 8, !dbg !168
  %124 = call double @llvm.fmuladd.f64(double %120, double %122, double %123), !dbg !169
  %125 = load i32, ptr %10, align 4, !dbg !170
  %126 = sitofp i32 %125 to double, !dbg !170
  %127 = load ptr, ptr %11, align 8, !dbg !171
  %128 = load i32, ptr %9, align 4, !dbg !172
  %129 = call double @logsumexp(ptr noundef %127, i32 noundef %128), !dbg !173
  %130 = fneg double %126, !dbg !174
  %131 = call double @llvm.fmuladd.f64(double %130, double %129, double %124), !dbg !174
  ret double %131, !dbg !175
}

; Function Attrs: nounwind
declare double @log(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: noinline nounwind optnone uwtable
define internal double @logsumexp(ptr noundef %0, i32 noundef %1) #0 !dbg !176 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca double, align 8
  %6 = alloca i32, align 4
  %7 = alloca double, align 8
  %8 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
    #dbg_declare(ptr %3, !179, !DIExpression(), !180)
  store i32 %1, ptr %4, align 4
    #dbg_declare(ptr %4, !181, !DIExpression(), !182)
    #dbg_declare(ptr %5, !183, !DIExpression(), !184)
  %9 = load ptr, ptr %3, align 8, !dbg !185
  %10 = getelementptr inbounds double, ptr %9, i64 0, !dbg !185
  %11 = load double, ptr %10, align 8, !dbg !185
  store double %11, ptr %5, align 8, !dbg !184
    #dbg_declare(ptr %6, !186, !DIExpression(), !188)
  store i32 1, ptr %6, align 4, !dbg !188
  br label %12, !dbg !189

12:                                               ; preds = %31, %2
  %13 = load i32, ptr %6, align 4, !dbg !190
  %14 = load i32, ptr %4, align 4, !dbg !192
  %15 = icmp slt i32 %13, %14, !dbg !193
  br i1 %15, label %16, label %34, !dbg !194

16:                                               ; preds = %12
  %17 = load ptr, ptr %3, align 8, !dbg !195
  %18 = load i32, ptr %6, align 4, !dbg !197
  %19 = sext i32 %18 to i64, !dbg !195
  %20 = getelementptr inbounds double, ptr %17, i64 %19, !dbg !195
  %21 = load double, ptr %20, align 8, !dbg !195
  %22 = load double, ptr %5, align 8, !dbg !198
  %23 = fcmp ogt double %21, %22, !dbg !199
  br i1 %23, label %24, label %30, !dbg !199

24:                                               ; preds = %16
  %25 = load ptr, ptr %3, align 8, !dbg !200
  %26 = load i32, ptr %6, align 4, !dbg !201
  %27 = sext i32 %26 to i64, !dbg !200
  %28 = getelementptr inbounds double, ptr %25, i64 %27, !dbg !200
  %29 = load double, ptr %28, align 8, !dbg !200
  store double %29, ptr %5, align 8, !dbg !202
  br label %30, !dbg !203

30:                                               ; preds = %24, %16
  br label %31, !dbg !198

31:                                               ; preds = %30
  %32 = load i32, ptr %6, align 4, !dbg !204
  %33 = add nsw i32 %32, 1, !dbg !204
  store i32 %33, ptr %6, align 4, !dbg !204
  br label %12, !dbg !205, !llvm.loop !206

34:                                               ; preds = %12
    #dbg_declare(ptr %7, !208, !DIExpression(), !209)
  store double 0.000000e+00, ptr %7, align 8, !dbg !209
    #dbg_declare(ptr %8, !210, !DIExpression(), !212)
  store i32 0, ptr %8, align 4, !dbg !212
  br label %35, !dbg !213

35:                                               ; preds = %50, %34
  %36 = load i32, ptr %8, align 4, !dbg !214
  %37 = load i32, ptr %4, align 4, !dbg !216
  %38 = icmp slt i32 %36, %37, !dbg !217
  br i1 %38, label %39, label %53, !dbg !218

39:                                               ; preds = %35
  %40 = load ptr, ptr %3, align 8, !dbg !219
  %41 = load i32, ptr %8, align 4, !dbg !220
  %42 = sext i32 %41 to i64, !dbg !219
  %43 = getelementptr inbounds double, ptr %40, i64 %42, !dbg !219
  %44 = load double, ptr %43, align 8, !dbg !219
  %45 = load double, ptr %5, align 8, !dbg !221
  %46 = fsub double %44, %45, !dbg !222
  %47 = call double @exp(double noundef %46) #6, !dbg !223
  %48 = load double, ptr %7, align 8, !dbg !224
  %49 = fadd double %48, %47, !dbg !224
  store double %49, ptr %7, align 8, !dbg !224
  br label %50, !dbg !225

50:                                               ; preds = %39
  %51 = load i32, ptr %8, align 4, !dbg !226
  %52 = add nsw i32 %51, 1, !dbg !226
  store i32 %52, ptr %8, align 4, !dbg !226
  br label %35, !dbg !227, !llvm.loop !228

53:                                               ; preds = %35
  %54 = load double, ptr %7, align 8, !dbg !230
  %55 = call double @log(double noundef %54) #6, !dbg !231
  %56 = load double, ptr %5, align 8, !dbg !232
  %57 = fadd double %55, %56, !dbg !233
  ret double %57, !dbg !234
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 !dbg !15 {
  %1 = alloca i32, align 4
  %2 = alloca [3 x double], align 16
  %3 = alloca [6 x double], align 16
  %4 = alloca [6 x double], align 16
  %5 = alloca [8 x double], align 16
  store i32 0, ptr %1, align 4
    #dbg_declare(ptr %2, !235, !DIExpression(), !239)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %2, ptr align 16 @__const.main.alphas, i64 24, i1 false), !dbg !239
    #dbg_declare(ptr %3, !240, !DIExpression(), !244)
  call void @llvm.memset.p0.i64(ptr align 16 %3, i8 0, i64 48, i1 false), !dbg !244
  %6 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 1, !dbg !244
  store double 5.000000e-01, ptr %6, align 8, !dbg !244
  %7 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 2, !dbg !244
  store double -1.000000e+00, ptr %7, align 16, !dbg !244
  %8 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 3, !dbg !244
  store double 1.500000e+00, ptr %8, align 8, !dbg !244
  %9 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 4, !dbg !244
  store double 2.000000e+00, ptr %9, align 16, !dbg !244
  %10 = getelementptr inbounds [6 x double], ptr %3, i32 0, i32 5, !dbg !244
  store double -5.000000e-01, ptr %10, align 8, !dbg !244
    #dbg_declare(ptr %4, !245, !DIExpression(), !246)
  call void @llvm.memset.p0.i64(ptr align 16 %4, i8 0, i64 48, i1 false), !dbg !246
  %11 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 0, !dbg !246
  store double 1.000000e-01, ptr %11, align 16, !dbg !246
  %12 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 1, !dbg !246
  store double -2.000000e-01, ptr %12, align 8, !dbg !246
  %13 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 2, !dbg !246
  store double 5.000000e-02, ptr %13, align 16, !dbg !246
  %14 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 3, !dbg !246
  store double 3.000000e-01, ptr %14, align 8, !dbg !246
  %15 = getelementptr inbounds [6 x double], ptr %4, i32 0, i32 4, !dbg !246
  store double -1.000000e-01, ptr %15, align 16, !dbg !246
    #dbg_declare(ptr %5, !247, !DIExpression(), !251)
  call void @llvm.memcpy.p0.p0.i64(ptr align 16 %5, ptr align 16 @__const.main.x, i64 64, i1 false), !dbg !251
  %16 = getelementptr inbounds [3 x double], ptr %2, i64 0, i64 0, !dbg !252
  %17 = getelementptr inbounds [6 x double], ptr %3, i64 0, i64 0, !dbg !253
  %18 = getelementptr inbounds [6 x double], ptr %4, i64 0, i64 0, !dbg !254
  %19 = getelementptr inbounds [8 x double], ptr %5, i64 0, i64 0, !dbg !255
  %20 = call double @gmm_objective(i32 noundef 2, i32 noundef 3, i32 noundef 4, ptr noundef %16, ptr noundef %17, ptr noundef %18, ptr noundef %19), !dbg !256
  %21 = call i32 (ptr, ...) @printf(ptr noundef @.str, ptr noundef @.str.1, double noundef %20), !dbg !257
  %22 = load ptr, ptr @stdout, align 8, !dbg !258
  %23 = call i32 @fflush(ptr noundef %22), !dbg !259
  ret i32 0, !dbg !260
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly captures(none), ptr noalias readonly captures(none), i64, i1 immarg) #3

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr writeonly captures(none), i8, i64, i1 immarg) #4

declare i32 @printf(ptr noundef, ...) #5

declare i32 @fflush(ptr noundef) #5

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #6 = { nounwind }

!llvm.dbg.cu = !{!12}
!llvm.module.flags = !{!26, !27, !28, !29, !30, !31, !32}
!llvm.ident = !{!33}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !3, isLocal: true, isDefinition: true)
!2 = !DIFile(filename: "gmm_objective.c", directory: ".", checksumkind: CSK_MD5, checksum: "be0e5be3ac5cad3ace9ea994452b7add")
!3 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 96, elements: !5)
!4 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!5 = !{!6}
!6 = !DISubrange(count: 12)
!7 = !DIGlobalVariableExpression(var: !8, expr: !DIExpression())
!8 = distinct !DIGlobalVariable(scope: null, file: !2, line: 42, type: !9, isLocal: true, isDefinition: true)
!9 = !DICompositeType(tag: DW_TAG_array_type, baseType: !4, size: 112, elements: !10)
!10 = !{!11}
!11 = !DISubrange(count: 14)
!12 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "Debian clang version 22.1.8 (1~deb12u1)", isOptimized: false, runtimeVersion: 0, emissionKind: FullDebug, enums: !13, globals: !25, splitDebugInlining: false, nameTableKind: None)
!13 = !{!14}
!14 = !DICompositeType(tag: DW_TAG_enumeration_type, scope: !15, file: !2, line: 37, baseType: !20, size: 32, elements: !21)
!15 = distinct !DISubprogram(name: "main", scope: !2, file: !2, line: 36, type: !16, scopeLine: 36, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !19)
!16 = !DISubroutineType(types: !17)
!17 = !{!18}
!18 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!19 = !{}
!20 = !DIBasicType(name: "unsigned int", size: 32, encoding: DW_ATE_unsigned)
!21 = !{!22, !23, !24}
!22 = !DIEnumerator(name: "D", value: 2)
!23 = !DIEnumerator(name: "K", value: 3)
!24 = !DIEnumerator(name: "N", value: 4)
!25 = !{!0, !7}
!26 = !{i32 7, !"Dwarf Version", i32 5}
!27 = !{i32 2, !"Debug Info Version", i32 3}
!28 = !{i32 1, !"wchar_size", i32 4}
!29 = !{i32 8, !"PIC Level", i32 2}
!30 = !{i32 7, !"PIE Level", i32 2}
!31 = !{i32 7, !"uwtable", i32 2}
!32 = !{i32 7, !"frame-pointer", i32 2}
!33 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!34 = distinct !DISubprogram(name: "gmm_objective", scope: !2, file: !2, line: 15, type: !35, scopeLine: 16, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !12, retainedNodes: !19)
!35 = !DISubroutineType(types: !36)
!36 = !{!37, !18, !18, !18, !38, !38, !38, !38}
!37 = !DIBasicType(name: "double", size: 64, encoding: DW_ATE_float)
!38 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !39, size: 64)
!39 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !37)
!40 = !DILocalVariable(name: "d", arg: 1, scope: !34, file: !2, line: 15, type: !18)
!41 = !DILocation(line: 15, column: 26, scope: !34)
!42 = !DILocalVariable(name: "k", arg: 2, scope: !34, file: !2, line: 15, type: !18)
!43 = !DILocation(line: 15, column: 33, scope: !34)
!44 = !DILocalVariable(name: "n", arg: 3, scope: !34, file: !2, line: 15, type: !18)
!45 = !DILocation(line: 15, column: 40, scope: !34)
!46 = !DILocalVariable(name: "alphas", arg: 4, scope: !34, file: !2, line: 15, type: !38)
!47 = !DILocation(line: 15, column: 57, scope: !34)
!48 = !DILocalVariable(name: "means", arg: 5, scope: !34, file: !2, line: 15, type: !38)
!49 = !DILocation(line: 15, column: 79, scope: !34)
!50 = !DILocalVariable(name: "log_inv_sigmas", arg: 6, scope: !34, file: !2, line: 16, type: !38)
!51 = !DILocation(line: 16, column: 36, scope: !34)
!52 = !DILocalVariable(name: "x", arg: 7, scope: !34, file: !2, line: 16, type: !38)
!53 = !DILocation(line: 16, column: 66, scope: !34)
!54 = !DILocalVariable(name: "CONSTANT", scope: !34, file: !2, line: 17, type: !39)
!55 = !DILocation(line: 17, column: 18, scope: !34)
!56 = !DILocation(line: 17, column: 36, scope: !34)
!57 = !DILocation(line: 17, column: 34, scope: !34)
!58 = !DILocation(line: 17, column: 40, scope: !34)
!59 = !DILocation(line: 17, column: 38, scope: !34)
!60 = !DILocalVariable(name: "lse", scope: !34, file: !2, line: 18, type: !61)
!61 = !DICompositeType(tag: DW_TAG_array_type, baseType: !37, size: 1024, elements: !62)
!62 = !{!63}
!63 = !DISubrange(count: 16)
!64 = !DILocation(line: 18, column: 12, scope: !34)
!65 = !DILocalVariable(name: "total", scope: !34, file: !2, line: 19, type: !37)
!66 = !DILocation(line: 19, column: 12, scope: !34)
!67 = !DILocalVariable(name: "i", scope: !68, file: !2, line: 20, type: !18)
!68 = distinct !DILexicalBlock(scope: !34, file: !2, line: 20, column: 5)
!69 = !DILocation(line: 20, column: 14, scope: !68)
!70 = !DILocation(line: 20, column: 10, scope: !68)
!71 = !DILocation(line: 20, column: 21, scope: !72)
!72 = distinct !DILexicalBlock(scope: !68, file: !2, line: 20, column: 5)
!73 = !DILocation(line: 20, column: 25, scope: !72)
!74 = !DILocation(line: 20, column: 23, scope: !72)
!75 = !DILocation(line: 20, column: 5, scope: !68)
!76 = !DILocalVariable(name: "c", scope: !77, file: !2, line: 21, type: !18)
!77 = distinct !DILexicalBlock(scope: !78, file: !2, line: 21, column: 9)
!78 = distinct !DILexicalBlock(scope: !72, file: !2, line: 20, column: 33)
!79 = !DILocation(line: 21, column: 18, scope: !77)
!80 = !DILocation(line: 21, column: 14, scope: !77)
!81 = !DILocation(line: 21, column: 25, scope: !82)
!82 = distinct !DILexicalBlock(scope: !77, file: !2, line: 21, column: 9)
!83 = !DILocation(line: 21, column: 29, scope: !82)
!84 = !DILocation(line: 21, column: 27, scope: !82)
!85 = !DILocation(line: 21, column: 9, scope: !77)
!86 = !DILocalVariable(name: "sum_log", scope: !87, file: !2, line: 22, type: !37)
!87 = distinct !DILexicalBlock(scope: !82, file: !2, line: 21, column: 37)
!88 = !DILocation(line: 22, column: 20, scope: !87)
!89 = !DILocalVariable(name: "sq", scope: !87, file: !2, line: 22, type: !37)
!90 = !DILocation(line: 22, column: 35, scope: !87)
!91 = !DILocalVariable(name: "j", scope: !92, file: !2, line: 23, type: !18)
!92 = distinct !DILexicalBlock(scope: !87, file: !2, line: 23, column: 13)
!93 = !DILocation(line: 23, column: 22, scope: !92)
!94 = !DILocation(line: 23, column: 18, scope: !92)
!95 = !DILocation(line: 23, column: 29, scope: !96)
!96 = distinct !DILexicalBlock(scope: !92, file: !2, line: 23, column: 13)
!97 = !DILocation(line: 23, column: 33, scope: !96)
!98 = !DILocation(line: 23, column: 31, scope: !96)
!99 = !DILocation(line: 23, column: 13, scope: !92)
!100 = !DILocalVariable(name: "inv_sigma", scope: !101, file: !2, line: 24, type: !37)
!101 = distinct !DILexicalBlock(scope: !96, file: !2, line: 23, column: 41)
!102 = !DILocation(line: 24, column: 24, scope: !101)
!103 = !DILocation(line: 24, column: 40, scope: !101)
!104 = !DILocation(line: 24, column: 55, scope: !101)
!105 = !DILocation(line: 24, column: 59, scope: !101)
!106 = !DILocation(line: 24, column: 57, scope: !101)
!107 = !DILocation(line: 24, column: 63, scope: !101)
!108 = !DILocation(line: 24, column: 61, scope: !101)
!109 = !DILocation(line: 24, column: 36, scope: !101)
!110 = !DILocalVariable(name: "z", scope: !101, file: !2, line: 25, type: !37)
!111 = !DILocation(line: 25, column: 24, scope: !101)
!112 = !DILocation(line: 25, column: 29, scope: !101)
!113 = !DILocation(line: 25, column: 31, scope: !101)
!114 = !DILocation(line: 25, column: 35, scope: !101)
!115 = !DILocation(line: 25, column: 33, scope: !101)
!116 = !DILocation(line: 25, column: 39, scope: !101)
!117 = !DILocation(line: 25, column: 37, scope: !101)
!118 = !DILocation(line: 25, column: 44, scope: !101)
!119 = !DILocation(line: 25, column: 50, scope: !101)
!120 = !DILocation(line: 25, column: 54, scope: !101)
!121 = !DILocation(line: 25, column: 52, scope: !101)
!122 = !DILocation(line: 25, column: 58, scope: !101)
!123 = !DILocation(line: 25, column: 56, scope: !101)
!124 = !DILocation(line: 25, column: 42, scope: !101)
!125 = !DILocation(line: 25, column: 64, scope: !101)
!126 = !DILocation(line: 25, column: 62, scope: !101)
!127 = !DILocation(line: 26, column: 28, scope: !101)
!128 = !DILocation(line: 26, column: 43, scope: !101)
!129 = !DILocation(line: 26, column: 47, scope: !101)
!130 = !DILocation(line: 26, column: 45, scope: !101)
!131 = !DILocation(line: 26, column: 51, scope: !101)
!132 = !DILocation(line: 26, column: 49, scope: !101)
!133 = !DILocation(line: 26, column: 25, scope: !101)
!134 = !DILocation(line: 27, column: 23, scope: !101)
!135 = !DILocation(line: 27, column: 27, scope: !101)
!136 = !DILocation(line: 27, column: 20, scope: !101)
!137 = !DILocation(line: 28, column: 13, scope: !101)
!138 = !DILocation(line: 23, column: 37, scope: !96)
!139 = !DILocation(line: 23, column: 13, scope: !96)
!140 = distinct !{!140, !99, !141, !142}
!141 = !DILocation(line: 28, column: 13, scope: !92)
!142 = !{!"llvm.loop.mustprogress"}
!143 = !DILocation(line: 29, column: 22, scope: !87)
!144 = !DILocation(line: 29, column: 29, scope: !87)
!145 = !DILocation(line: 29, column: 34, scope: !87)
!146 = !DILocation(line: 29, column: 32, scope: !87)
!147 = !DILocation(line: 29, column: 50, scope: !87)
!148 = !DILocation(line: 29, column: 42, scope: !87)
!149 = !DILocation(line: 29, column: 17, scope: !87)
!150 = !DILocation(line: 29, column: 13, scope: !87)
!151 = !DILocation(line: 29, column: 20, scope: !87)
!152 = !DILocation(line: 30, column: 9, scope: !87)
!153 = !DILocation(line: 21, column: 33, scope: !82)
!154 = !DILocation(line: 21, column: 9, scope: !82)
!155 = distinct !{!155, !85, !156, !142}
!156 = !DILocation(line: 30, column: 9, scope: !77)
!157 = !DILocation(line: 31, column: 28, scope: !78)
!158 = !DILocation(line: 31, column: 33, scope: !78)
!159 = !DILocation(line: 31, column: 18, scope: !78)
!160 = !DILocation(line: 31, column: 15, scope: !78)
!161 = !DILocation(line: 32, column: 5, scope: !78)
!162 = !DILocation(line: 20, column: 29, scope: !72)
!163 = !DILocation(line: 20, column: 5, scope: !72)
!164 = distinct !{!164, !75, !165, !142}
!165 = !DILocation(line: 32, column: 5, scope: !68)
!166 = !DILocation(line: 33, column: 12, scope: !34)
!167 = !DILocation(line: 33, column: 23, scope: !34)
!168 = !DILocation(line: 33, column: 27, scope: !34)
!169 = !DILocation(line: 33, column: 25, scope: !34)
!170 = !DILocation(line: 33, column: 35, scope: !34)
!171 = !DILocation(line: 33, column: 49, scope: !34)
!172 = !DILocation(line: 33, column: 57, scope: !34)
!173 = !DILocation(line: 33, column: 39, scope: !34)
!174 = !DILocation(line: 33, column: 33, scope: !34)
!175 = !DILocation(line: 33, column: 5, scope: !34)
!176 = distinct !DISubprogram(name: "logsumexp", scope: !2, file: !2, line: 6, type: !177, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagLocalToUnit | DISPFlagDefinition, unit: !12, retainedNodes: !19)
!177 = !DISubroutineType(types: !178)
!178 = !{!37, !38, !18}
!179 = !DILocalVariable(name: "v", arg: 1, scope: !176, file: !2, line: 6, type: !38)
!180 = !DILocation(line: 6, column: 39, scope: !176)
!181 = !DILocalVariable(name: "n", arg: 2, scope: !176, file: !2, line: 6, type: !18)
!182 = !DILocation(line: 6, column: 46, scope: !176)
!183 = !DILocalVariable(name: "mx", scope: !176, file: !2, line: 7, type: !37)
!184 = !DILocation(line: 7, column: 12, scope: !176)
!185 = !DILocation(line: 7, column: 17, scope: !176)
!186 = !DILocalVariable(name: "i", scope: !187, file: !2, line: 8, type: !18)
!187 = distinct !DILexicalBlock(scope: !176, file: !2, line: 8, column: 5)
!188 = !DILocation(line: 8, column: 14, scope: !187)
!189 = !DILocation(line: 8, column: 10, scope: !187)
!190 = !DILocation(line: 8, column: 21, scope: !191)
!191 = distinct !DILexicalBlock(scope: !187, file: !2, line: 8, column: 5)
!192 = !DILocation(line: 8, column: 25, scope: !191)
!193 = !DILocation(line: 8, column: 23, scope: !191)
!194 = !DILocation(line: 8, column: 5, scope: !187)
!195 = !DILocation(line: 8, column: 37, scope: !196)
!196 = distinct !DILexicalBlock(scope: !191, file: !2, line: 8, column: 37)
!197 = !DILocation(line: 8, column: 39, scope: !196)
!198 = !DILocation(line: 8, column: 44, scope: !196)
!199 = !DILocation(line: 8, column: 42, scope: !196)
!200 = !DILocation(line: 8, column: 53, scope: !196)
!201 = !DILocation(line: 8, column: 55, scope: !196)
!202 = !DILocation(line: 8, column: 51, scope: !196)
!203 = !DILocation(line: 8, column: 48, scope: !196)
!204 = !DILocation(line: 8, column: 29, scope: !191)
!205 = !DILocation(line: 8, column: 5, scope: !191)
!206 = distinct !{!206, !194, !207, !142}
!207 = !DILocation(line: 8, column: 56, scope: !187)
!208 = !DILocalVariable(name: "s", scope: !176, file: !2, line: 9, type: !37)
!209 = !DILocation(line: 9, column: 12, scope: !176)
!210 = !DILocalVariable(name: "i", scope: !211, file: !2, line: 10, type: !18)
!211 = distinct !DILexicalBlock(scope: !176, file: !2, line: 10, column: 5)
!212 = !DILocation(line: 10, column: 14, scope: !211)
!213 = !DILocation(line: 10, column: 10, scope: !211)
!214 = !DILocation(line: 10, column: 21, scope: !215)
!215 = distinct !DILexicalBlock(scope: !211, file: !2, line: 10, column: 5)
!216 = !DILocation(line: 10, column: 25, scope: !215)
!217 = !DILocation(line: 10, column: 23, scope: !215)
!218 = !DILocation(line: 10, column: 5, scope: !211)
!219 = !DILocation(line: 10, column: 42, scope: !215)
!220 = !DILocation(line: 10, column: 44, scope: !215)
!221 = !DILocation(line: 10, column: 49, scope: !215)
!222 = !DILocation(line: 10, column: 47, scope: !215)
!223 = !DILocation(line: 10, column: 38, scope: !215)
!224 = !DILocation(line: 10, column: 35, scope: !215)
!225 = !DILocation(line: 10, column: 33, scope: !215)
!226 = !DILocation(line: 10, column: 29, scope: !215)
!227 = !DILocation(line: 10, column: 5, scope: !215)
!228 = distinct !{!228, !218, !229, !142}
!229 = !DILocation(line: 10, column: 51, scope: !211)
!230 = !DILocation(line: 11, column: 16, scope: !176)
!231 = !DILocation(line: 11, column: 12, scope: !176)
!232 = !DILocation(line: 11, column: 21, scope: !176)
!233 = !DILocation(line: 11, column: 19, scope: !176)
!234 = !DILocation(line: 11, column: 5, scope: !176)
!235 = !DILocalVariable(name: "alphas", scope: !15, file: !2, line: 38, type: !236)
!236 = !DICompositeType(tag: DW_TAG_array_type, baseType: !37, size: 192, elements: !237)
!237 = !{!238}
!238 = !DISubrange(count: 3)
!239 = !DILocation(line: 38, column: 12, scope: !15)
!240 = !DILocalVariable(name: "means", scope: !15, file: !2, line: 39, type: !241)
!241 = !DICompositeType(tag: DW_TAG_array_type, baseType: !37, size: 384, elements: !242)
!242 = !{!243}
!243 = !DISubrange(count: 6)
!244 = !DILocation(line: 39, column: 12, scope: !15)
!245 = !DILocalVariable(name: "lis", scope: !15, file: !2, line: 40, type: !241)
!246 = !DILocation(line: 40, column: 12, scope: !15)
!247 = !DILocalVariable(name: "x", scope: !15, file: !2, line: 41, type: !248)
!248 = !DICompositeType(tag: DW_TAG_array_type, baseType: !37, size: 512, elements: !249)
!249 = !{!250}
!250 = !DISubrange(count: 8)
!251 = !DILocation(line: 41, column: 12, scope: !15)
!252 = !DILocation(line: 42, column: 68, scope: !15)
!253 = !DILocation(line: 42, column: 76, scope: !15)
!254 = !DILocation(line: 42, column: 83, scope: !15)
!255 = !DILocation(line: 42, column: 88, scope: !15)
!256 = !DILocation(line: 42, column: 45, scope: !15)
!257 = !DILocation(line: 42, column: 5, scope: !15)
!258 = !DILocation(line: 43, column: 12, scope: !15)
!259 = !DILocation(line: 43, column: 5, scope: !15)
!260 = !DILocation(line: 44, column: 5, scope: !15)
