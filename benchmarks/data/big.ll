; ModuleID = 'big.c'
source_filename = "big.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

%struct.P = type { double, [3 x double], i32 }

@tab = internal constant [8 x double] [double 1.000000e+00, double 2.000000e+00, double 3.000000e+00, double 4.000000e+00, double 5.000000e+00, double 6.000000e+00, double 7.000000e+00, double 8.000000e+00], align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local double @big(ptr noundef %x, ptr noundef %y, ptr noundef %p, i32 noundef %n, i32 noundef %m, double noundef %a, double noundef %b) #0 {
entry:
  %x.addr = alloca ptr, align 8
  %y.addr = alloca ptr, align 8
  %p.addr = alloca ptr, align 8
  %n.addr = alloca i32, align 4
  %m.addr = alloca i32, align 4
  %a.addr = alloca double, align 8
  %b.addr = alloca double, align 8
  %s = alloca double, align 8
  %t = alloca double, align 8
  %count = alloca i64, align 8
  %i = alloca i32, align 4
  %i48 = alloca i32, align 4
  %i103 = alloca i32, align 4
  %i164 = alloca i32, align 4
  %i227 = alloca i32, align 4
  %i314 = alloca i32, align 4
  %i390 = alloca i32, align 4
  %i458 = alloca i32, align 4
  %i528 = alloca i32, align 4
  %i601 = alloca i32, align 4
  %i683 = alloca i32, align 4
  %i760 = alloca i32, align 4
  %i834 = alloca i32, align 4
  %i903 = alloca i32, align 4
  %i960 = alloca i32, align 4
  %i1042 = alloca i32, align 4
  %i1122 = alloca i32, align 4
  %i1175 = alloca i32, align 4
  %i1243 = alloca i32, align 4
  %i1323 = alloca i32, align 4
  %i1406 = alloca i32, align 4
  %i1468 = alloca i32, align 4
  %i1533 = alloca i32, align 4
  %i1593 = alloca i32, align 4
  %i1661 = alloca i32, align 4
  %i1727 = alloca i32, align 4
  %i1803 = alloca i32, align 4
  %i1871 = alloca i32, align 4
  %i1954 = alloca i32, align 4
  %i2007 = alloca i32, align 4
  %i2056 = alloca i32, align 4
  %i2136 = alloca i32, align 4
  %i2219 = alloca i32, align 4
  %i2285 = alloca i32, align 4
  %i2361 = alloca i32, align 4
  %i2414 = alloca i32, align 4
  %i2477 = alloca i32, align 4
  %i2535 = alloca i32, align 4
  %i2593 = alloca i32, align 4
  %i2661 = alloca i32, align 4
  %i2732 = alloca i32, align 4
  %i2788 = alloca i32, align 4
  %i2846 = alloca i32, align 4
  %i2902 = alloca i32, align 4
  %i2970 = alloca i32, align 4
  %i3035 = alloca i32, align 4
  %i3103 = alloca i32, align 4
  %i3153 = alloca i32, align 4
  %i3209 = alloca i32, align 4
  %i3291 = alloca i32, align 4
  %i3359 = alloca i32, align 4
  %i3438 = alloca i32, align 4
  %i3506 = alloca i32, align 4
  %i3573 = alloca i32, align 4
  %i3652 = alloca i32, align 4
  %i3716 = alloca i32, align 4
  %i3778 = alloca i32, align 4
  %i3842 = alloca i32, align 4
  %i3912 = alloca i32, align 4
  %i3978 = alloca i32, align 4
  %i4034 = alloca i32, align 4
  %i4108 = alloca i32, align 4
  %i4174 = alloca i32, align 4
  %i4269 = alloca i32, align 4
  %i4335 = alloca i32, align 4
  %i4403 = alloca i32, align 4
  %i4469 = alloca i32, align 4
  %i4545 = alloca i32, align 4
  %i4617 = alloca i32, align 4
  %i4673 = alloca i32, align 4
  %i4751 = alloca i32, align 4
  %i4834 = alloca i32, align 4
  %i4903 = alloca i32, align 4
  %i4995 = alloca i32, align 4
  %i5072 = alloca i32, align 4
  %i5140 = alloca i32, align 4
  %i5212 = alloca i32, align 4
  %i5269 = alloca i32, align 4
  %i5343 = alloca i32, align 4
  %i5414 = alloca i32, align 4
  store ptr %x, ptr %x.addr, align 8
  store ptr %y, ptr %y.addr, align 8
  store ptr %p, ptr %p.addr, align 8
  store i32 %n, ptr %n.addr, align 4
  store i32 %m, ptr %m.addr, align 4
  store double %a, ptr %a.addr, align 8
  store double %b, ptr %b.addr, align 8
  store double 0.000000e+00, ptr %s, align 8
  store double 1.000000e+00, ptr %t, align 8
  store i64 0, ptr %count, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %p.addr, align 8
  %3 = load i32, ptr %i, align 4
  %4 = load i32, ptr %m.addr, align 4
  %rem = srem i32 %3, %4
  %idxprom = sext i32 %rem to i64
  %arrayidx = getelementptr inbounds %struct.P, ptr %2, i64 %idxprom
  %w = getelementptr inbounds nuw %struct.P, ptr %arrayidx, i32 0, i32 0
  %5 = load double, ptr %w, align 8
  %sub = fsub double 1.500000e+00, %5
  %6 = load ptr, ptr %p.addr, align 8
  %7 = load i32, ptr %i, align 4
  %8 = load i32, ptr %m.addr, align 4
  %rem1 = srem i32 %7, %8
  %idxprom2 = sext i32 %rem1 to i64
  %arrayidx3 = getelementptr inbounds %struct.P, ptr %6, i64 %idxprom2
  %w4 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3, i32 0, i32 0
  %9 = load double, ptr %w4, align 8
  %10 = call double @llvm.fabs.f64(double %9)
  %call = call double @atan(double noundef %10) #3
  %11 = load ptr, ptr %y.addr, align 8
  %12 = load i32, ptr %i, align 4
  %idxprom5 = sext i32 %12 to i64
  %arrayidx6 = getelementptr inbounds double, ptr %11, i64 %idxprom5
  %13 = load double, ptr %arrayidx6, align 8
  %14 = load double, ptr %s, align 8
  %sub7 = fsub double %13, %14
  %15 = load i32, ptr %i, align 4
  %and = and i32 %15, 7
  %idxprom8 = sext i32 %and to i64
  %arrayidx9 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom8
  %16 = load double, ptr %arrayidx9, align 8
  %17 = call double @llvm.fabs.f64(double %16)
  %call10 = call double @atan(double noundef %17) #3
  %add = fadd double %sub7, %call10
  %neg = fneg double %add
  %18 = call double @llvm.fmuladd.f64(double %sub, double %call, double %neg)
  %19 = load double, ptr %s, align 8
  %add11 = fadd double %19, %18
  store double %add11, ptr %s, align 8
  %20 = load ptr, ptr %p.addr, align 8
  %21 = load i32, ptr %i, align 4
  %22 = load i32, ptr %m.addr, align 4
  %rem12 = srem i32 %21, %22
  %idxprom13 = sext i32 %rem12 to i64
  %arrayidx14 = getelementptr inbounds %struct.P, ptr %20, i64 %idxprom13
  %v = getelementptr inbounds nuw %struct.P, ptr %arrayidx14, i32 0, i32 1
  %arrayidx15 = getelementptr inbounds [3 x double], ptr %v, i64 0, i64 1
  %23 = load double, ptr %arrayidx15, align 8
  %24 = load double, ptr %a.addr, align 8
  %mul = fmul double %23, %24
  %25 = load ptr, ptr %y.addr, align 8
  %26 = load i32, ptr %i, align 4
  %idxprom16 = sext i32 %26 to i64
  %arrayidx17 = getelementptr inbounds double, ptr %25, i64 %idxprom16
  %27 = load double, ptr %arrayidx17, align 8
  %28 = call double @llvm.fabs.f64(double %27)
  %call18 = call double @sqrt(double noundef %28) #3
  %mul19 = fmul double %mul, %call18
  %29 = call double @llvm.fabs.f64(double %mul19)
  %call20 = call double @log1p(double noundef %29) #3
  %30 = load double, ptr %s, align 8
  %add21 = fadd double %30, %call20
  store double %add21, ptr %s, align 8
  %31 = load ptr, ptr %p.addr, align 8
  %32 = load i32, ptr %i, align 4
  %33 = load i32, ptr %m.addr, align 4
  %rem22 = srem i32 %32, %33
  %idxprom23 = sext i32 %rem22 to i64
  %arrayidx24 = getelementptr inbounds %struct.P, ptr %31, i64 %idxprom23
  %w25 = getelementptr inbounds nuw %struct.P, ptr %arrayidx24, i32 0, i32 0
  %34 = load double, ptr %w25, align 8
  %35 = load i32, ptr %i, align 4
  %and26 = and i32 %35, 7
  %idxprom27 = sext i32 %and26 to i64
  %arrayidx28 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom27
  %36 = load double, ptr %arrayidx28, align 8
  %add29 = fadd double %34, %36
  %mul30 = fmul double 0.000000e+00, %add29
  %37 = call double @llvm.fabs.f64(double %mul30)
  %call31 = call double @cos(double noundef %37) #3
  %38 = load double, ptr %s, align 8
  %add32 = fadd double %38, %call31
  store double %add32, ptr %s, align 8
  %39 = load double, ptr %t, align 8
  %40 = load double, ptr %s, align 8
  %mul34 = fmul double %40, 1.000000e-03
  %41 = call double @llvm.fmuladd.f64(double %39, double 5.000000e-01, double %mul34)
  store double %41, ptr %t, align 8
  %42 = load double, ptr %s, align 8
  %cmp35 = fcmp ogt double %42, 1.000000e+06
  br i1 %cmp35, label %if.then, label %if.else

if.then:                                          ; preds = %for.body
  %43 = load double, ptr %s, align 8
  %mul36 = fmul double %43, 5.000000e-01
  store double %mul36, ptr %s, align 8
  br label %if.end

if.else:                                          ; preds = %for.body
  %44 = load double, ptr %s, align 8
  %45 = load ptr, ptr %y.addr, align 8
  %46 = load i32, ptr %i, align 4
  %idxprom37 = sext i32 %46 to i64
  %arrayidx38 = getelementptr inbounds double, ptr %45, i64 %idxprom37
  store double %44, ptr %arrayidx38, align 8
  br label %if.end

if.end:                                           ; preds = %if.else, %if.then
  %47 = load double, ptr %t, align 8
  %48 = load ptr, ptr %p.addr, align 8
  %49 = load i32, ptr %i, align 4
  %50 = load i32, ptr %m.addr, align 4
  %rem39 = srem i32 %49, %50
  %idxprom40 = sext i32 %rem39 to i64
  %arrayidx41 = getelementptr inbounds %struct.P, ptr %48, i64 %idxprom40
  %w42 = getelementptr inbounds nuw %struct.P, ptr %arrayidx41, i32 0, i32 0
  %51 = load double, ptr %w42, align 8
  %add43 = fadd double %51, %47
  store double %add43, ptr %w42, align 8
  %52 = load i32, ptr %i, align 4
  %and44 = and i32 %52, 3
  %cmp45 = icmp eq i32 %and44, 0
  %conv = zext i1 %cmp45 to i32
  %conv46 = sext i32 %conv to i64
  %53 = load i64, ptr %count, align 8
  %add47 = add nsw i64 %53, %conv46
  store i64 %add47, ptr %count, align 8
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %54 = load i32, ptr %i, align 4
  %inc = add nsw i32 %54, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i48, align 4
  br label %for.cond49

for.cond49:                                       ; preds = %for.inc100, %for.end
  %55 = load i32, ptr %i48, align 4
  %56 = load i32, ptr %n.addr, align 4
  %cmp50 = icmp slt i32 %55, %56
  br i1 %cmp50, label %for.body52, label %for.end102

for.body52:                                       ; preds = %for.cond49
  %57 = load double, ptr %s, align 8
  %58 = load ptr, ptr %p.addr, align 8
  %59 = load i32, ptr %i48, align 4
  %60 = load i32, ptr %m.addr, align 4
  %rem53 = srem i32 %59, %60
  %idxprom54 = sext i32 %rem53 to i64
  %arrayidx55 = getelementptr inbounds %struct.P, ptr %58, i64 %idxprom54
  %w56 = getelementptr inbounds nuw %struct.P, ptr %arrayidx55, i32 0, i32 0
  %61 = load double, ptr %w56, align 8
  %sub57 = fsub double %57, %61
  %62 = load double, ptr %t, align 8
  %63 = load ptr, ptr %p.addr, align 8
  %64 = load i32, ptr %i48, align 4
  %65 = load i32, ptr %m.addr, align 4
  %rem58 = srem i32 %64, %65
  %idxprom59 = sext i32 %rem58 to i64
  %arrayidx60 = getelementptr inbounds %struct.P, ptr %63, i64 %idxprom59
  %w61 = getelementptr inbounds nuw %struct.P, ptr %arrayidx60, i32 0, i32 0
  %66 = load double, ptr %w61, align 8
  %add62 = fadd double %62, %66
  %add63 = fadd double %sub57, %add62
  %67 = call double @llvm.fabs.f64(double %add63)
  %call64 = call double @sin(double noundef %67) #3
  %68 = load double, ptr %s, align 8
  %add65 = fadd double %68, %call64
  store double %add65, ptr %s, align 8
  %69 = load double, ptr %s, align 8
  %70 = call double @llvm.fabs.f64(double %69)
  %call66 = call double @sin(double noundef %70) #3
  %71 = load i32, ptr %i48, align 4
  %and67 = and i32 %71, 7
  %idxprom68 = sext i32 %and67 to i64
  %arrayidx69 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom68
  %72 = load double, ptr %arrayidx69, align 8
  %73 = call double @llvm.fabs.f64(double %72)
  %call70 = call double @sin(double noundef %73) #3
  %sub71 = fsub double %call66, %call70
  %74 = call double @llvm.fabs.f64(double %sub71)
  %call72 = call double @sin(double noundef %74) #3
  %75 = load double, ptr %s, align 8
  %add73 = fadd double %75, %call72
  store double %add73, ptr %s, align 8
  %76 = load i32, ptr %i48, align 4
  %conv74 = sitofp i32 %76 to double
  %77 = call double @llvm.fabs.f64(double %conv74)
  %call75 = call double @log1p(double noundef %77) #3
  %78 = load double, ptr %b.addr, align 8
  %79 = call double @llvm.fabs.f64(double %78)
  %call76 = call double @tanh(double noundef %79) #3
  %sub77 = fsub double %call75, %call76
  %80 = call double @llvm.fabs.f64(double %sub77)
  %call78 = call double @cos(double noundef %80) #3
  %81 = load double, ptr %s, align 8
  %add79 = fadd double %81, %call78
  store double %add79, ptr %s, align 8
  %82 = load double, ptr %t, align 8
  %83 = load double, ptr %s, align 8
  %mul81 = fmul double %83, 2.000000e-03
  %84 = call double @llvm.fmuladd.f64(double %82, double 5.000000e-01, double %mul81)
  store double %84, ptr %t, align 8
  %85 = load double, ptr %s, align 8
  %cmp82 = fcmp ogt double %85, 1.000000e+06
  br i1 %cmp82, label %if.then84, label %if.else86

if.then84:                                        ; preds = %for.body52
  %86 = load double, ptr %s, align 8
  %mul85 = fmul double %86, 5.000000e-01
  store double %mul85, ptr %s, align 8
  br label %if.end89

if.else86:                                        ; preds = %for.body52
  %87 = load double, ptr %s, align 8
  %88 = load ptr, ptr %y.addr, align 8
  %89 = load i32, ptr %i48, align 4
  %idxprom87 = sext i32 %89 to i64
  %arrayidx88 = getelementptr inbounds double, ptr %88, i64 %idxprom87
  store double %87, ptr %arrayidx88, align 8
  br label %if.end89

if.end89:                                         ; preds = %if.else86, %if.then84
  %90 = load double, ptr %t, align 8
  %91 = load ptr, ptr %p.addr, align 8
  %92 = load i32, ptr %i48, align 4
  %93 = load i32, ptr %m.addr, align 4
  %rem90 = srem i32 %92, %93
  %idxprom91 = sext i32 %rem90 to i64
  %arrayidx92 = getelementptr inbounds %struct.P, ptr %91, i64 %idxprom91
  %w93 = getelementptr inbounds nuw %struct.P, ptr %arrayidx92, i32 0, i32 0
  %94 = load double, ptr %w93, align 8
  %add94 = fadd double %94, %90
  store double %add94, ptr %w93, align 8
  %95 = load i32, ptr %i48, align 4
  %and95 = and i32 %95, 3
  %cmp96 = icmp eq i32 %and95, 0
  %conv97 = zext i1 %cmp96 to i32
  %conv98 = sext i32 %conv97 to i64
  %96 = load i64, ptr %count, align 8
  %add99 = add nsw i64 %96, %conv98
  store i64 %add99, ptr %count, align 8
  br label %for.inc100

for.inc100:                                       ; preds = %if.end89
  %97 = load i32, ptr %i48, align 4
  %inc101 = add nsw i32 %97, 1
  store i32 %inc101, ptr %i48, align 4
  br label %for.cond49, !llvm.loop !8

for.end102:                                       ; preds = %for.cond49
  store i32 0, ptr %i103, align 4
  br label %for.cond104

for.cond104:                                      ; preds = %for.inc161, %for.end102
  %98 = load i32, ptr %i103, align 4
  %99 = load i32, ptr %n.addr, align 4
  %cmp105 = icmp slt i32 %98, %99
  br i1 %cmp105, label %for.body107, label %for.end163

for.body107:                                      ; preds = %for.cond104
  %100 = load ptr, ptr %x.addr, align 8
  %101 = load i32, ptr %i103, align 4
  %idxprom108 = sext i32 %101 to i64
  %arrayidx109 = getelementptr inbounds double, ptr %100, i64 %idxprom108
  %102 = load double, ptr %arrayidx109, align 8
  %103 = load ptr, ptr %y.addr, align 8
  %104 = load i32, ptr %i103, align 4
  %idxprom110 = sext i32 %104 to i64
  %arrayidx111 = getelementptr inbounds double, ptr %103, i64 %idxprom110
  %105 = load double, ptr %arrayidx111, align 8
  %sub112 = fsub double %102, %105
  %106 = call double @llvm.fabs.f64(double %sub112)
  %call113 = call double @sin(double noundef %106) #3
  %107 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call114 = call double @log1p(double noundef %107) #3
  %108 = call double @llvm.fabs.f64(double %call114)
  %call115 = call double @sin(double noundef %108) #3
  %add116 = fadd double %call113, %call115
  %109 = load double, ptr %s, align 8
  %add117 = fadd double %109, %add116
  store double %add117, ptr %s, align 8
  %110 = load double, ptr %a.addr, align 8
  %111 = call double @llvm.fabs.f64(double %110)
  %call118 = call double @tanh(double noundef %111) #3
  %112 = call double @llvm.fabs.f64(double %call118)
  %call119 = call double @sqrt(double noundef %112) #3
  %113 = call double @llvm.fabs.f64(double %call119)
  %call120 = call double @sqrt(double noundef %113) #3
  %114 = load double, ptr %s, align 8
  %add121 = fadd double %114, %call120
  store double %add121, ptr %s, align 8
  %115 = load double, ptr %b.addr, align 8
  %116 = load double, ptr %s, align 8
  %add122 = fadd double %115, %116
  %117 = load ptr, ptr %x.addr, align 8
  %118 = load i32, ptr %i103, align 4
  %idxprom123 = sext i32 %118 to i64
  %arrayidx124 = getelementptr inbounds double, ptr %117, i64 %idxprom123
  %119 = load double, ptr %arrayidx124, align 8
  %120 = load double, ptr %a.addr, align 8
  %add125 = fadd double %119, %120
  %121 = load ptr, ptr %p.addr, align 8
  %122 = load i32, ptr %i103, align 4
  %123 = load i32, ptr %m.addr, align 4
  %rem127 = srem i32 %122, %123
  %idxprom128 = sext i32 %rem127 to i64
  %arrayidx129 = getelementptr inbounds %struct.P, ptr %121, i64 %idxprom128
  %v130 = getelementptr inbounds nuw %struct.P, ptr %arrayidx129, i32 0, i32 1
  %arrayidx131 = getelementptr inbounds [3 x double], ptr %v130, i64 0, i64 1
  %124 = load double, ptr %arrayidx131, align 8
  %125 = load ptr, ptr %x.addr, align 8
  %126 = load i32, ptr %i103, align 4
  %idxprom132 = sext i32 %126 to i64
  %arrayidx133 = getelementptr inbounds double, ptr %125, i64 %idxprom132
  %127 = load double, ptr %arrayidx133, align 8
  %add134 = fadd double %124, %127
  %128 = load ptr, ptr %x.addr, align 8
  %129 = load i32, ptr %i103, align 4
  %idxprom135 = sext i32 %129 to i64
  %arrayidx136 = getelementptr inbounds double, ptr %128, i64 %idxprom135
  %130 = load double, ptr %arrayidx136, align 8
  %131 = call double @llvm.fabs.f64(double %130)
  %call137 = call double @exp(double noundef %131) #3
  %add138 = fadd double %add134, %call137
  %neg139 = fneg double %add138
  %132 = call double @llvm.fmuladd.f64(double %add122, double %add125, double %neg139)
  %133 = load double, ptr %s, align 8
  %add140 = fadd double %133, %132
  store double %add140, ptr %s, align 8
  %134 = load double, ptr %t, align 8
  %135 = load double, ptr %s, align 8
  %mul142 = fmul double %135, 3.000000e-03
  %136 = call double @llvm.fmuladd.f64(double %134, double 5.000000e-01, double %mul142)
  store double %136, ptr %t, align 8
  %137 = load double, ptr %s, align 8
  %cmp143 = fcmp ogt double %137, 1.000000e+06
  br i1 %cmp143, label %if.then145, label %if.else147

if.then145:                                       ; preds = %for.body107
  %138 = load double, ptr %s, align 8
  %mul146 = fmul double %138, 5.000000e-01
  store double %mul146, ptr %s, align 8
  br label %if.end150

if.else147:                                       ; preds = %for.body107
  %139 = load double, ptr %s, align 8
  %140 = load ptr, ptr %y.addr, align 8
  %141 = load i32, ptr %i103, align 4
  %idxprom148 = sext i32 %141 to i64
  %arrayidx149 = getelementptr inbounds double, ptr %140, i64 %idxprom148
  store double %139, ptr %arrayidx149, align 8
  br label %if.end150

if.end150:                                        ; preds = %if.else147, %if.then145
  %142 = load double, ptr %t, align 8
  %143 = load ptr, ptr %p.addr, align 8
  %144 = load i32, ptr %i103, align 4
  %145 = load i32, ptr %m.addr, align 4
  %rem151 = srem i32 %144, %145
  %idxprom152 = sext i32 %rem151 to i64
  %arrayidx153 = getelementptr inbounds %struct.P, ptr %143, i64 %idxprom152
  %w154 = getelementptr inbounds nuw %struct.P, ptr %arrayidx153, i32 0, i32 0
  %146 = load double, ptr %w154, align 8
  %add155 = fadd double %146, %142
  store double %add155, ptr %w154, align 8
  %147 = load i32, ptr %i103, align 4
  %and156 = and i32 %147, 3
  %cmp157 = icmp eq i32 %and156, 0
  %conv158 = zext i1 %cmp157 to i32
  %conv159 = sext i32 %conv158 to i64
  %148 = load i64, ptr %count, align 8
  %add160 = add nsw i64 %148, %conv159
  store i64 %add160, ptr %count, align 8
  br label %for.inc161

for.inc161:                                       ; preds = %if.end150
  %149 = load i32, ptr %i103, align 4
  %inc162 = add nsw i32 %149, 1
  store i32 %inc162, ptr %i103, align 4
  br label %for.cond104, !llvm.loop !9

for.end163:                                       ; preds = %for.cond104
  store i32 0, ptr %i164, align 4
  br label %for.cond165

for.cond165:                                      ; preds = %for.inc224, %for.end163
  %150 = load i32, ptr %i164, align 4
  %151 = load i32, ptr %n.addr, align 4
  %cmp166 = icmp slt i32 %150, %151
  br i1 %cmp166, label %for.body168, label %for.end226

for.body168:                                      ; preds = %for.cond165
  %152 = load ptr, ptr %y.addr, align 8
  %153 = load i32, ptr %i164, align 4
  %idxprom169 = sext i32 %153 to i64
  %arrayidx170 = getelementptr inbounds double, ptr %152, i64 %idxprom169
  %154 = load double, ptr %arrayidx170, align 8
  %155 = call double @llvm.fabs.f64(double %154)
  %call171 = call double @sin(double noundef %155) #3
  %156 = load double, ptr %b.addr, align 8
  %157 = call double @llvm.fabs.f64(double %156)
  %call172 = call double @tanh(double noundef %157) #3
  %add173 = fadd double %call171, %call172
  %158 = load ptr, ptr %p.addr, align 8
  %159 = load i32, ptr %i164, align 4
  %160 = load i32, ptr %m.addr, align 4
  %rem174 = srem i32 %159, %160
  %idxprom175 = sext i32 %rem174 to i64
  %arrayidx176 = getelementptr inbounds %struct.P, ptr %158, i64 %idxprom175
  %v177 = getelementptr inbounds nuw %struct.P, ptr %arrayidx176, i32 0, i32 1
  %arrayidx178 = getelementptr inbounds [3 x double], ptr %v177, i64 0, i64 1
  %161 = load double, ptr %arrayidx178, align 8
  %add179 = fadd double 1.500000e+00, %161
  %162 = load double, ptr %a.addr, align 8
  %163 = load double, ptr %a.addr, align 8
  %sub180 = fsub double %162, %163
  %sub181 = fsub double %add179, %sub180
  %add182 = fadd double %add173, %sub181
  %164 = load double, ptr %s, align 8
  %add183 = fadd double %164, %add182
  store double %add183, ptr %s, align 8
  %165 = load double, ptr %b.addr, align 8
  %166 = call double @llvm.fabs.f64(double %165)
  %call184 = call double @sqrt(double noundef %166) #3
  %167 = load i32, ptr %i164, align 4
  %and185 = and i32 %167, 7
  %idxprom186 = sext i32 %and185 to i64
  %arrayidx187 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom186
  %168 = load double, ptr %arrayidx187, align 8
  %169 = call double @llvm.fabs.f64(double %168)
  %call188 = call double @tanh(double noundef %169) #3
  %mul189 = fmul double %call184, %call188
  %170 = load ptr, ptr %p.addr, align 8
  %171 = load i32, ptr %i164, align 4
  %172 = load i32, ptr %m.addr, align 4
  %rem190 = srem i32 %171, %172
  %idxprom191 = sext i32 %rem190 to i64
  %arrayidx192 = getelementptr inbounds %struct.P, ptr %170, i64 %idxprom191
  %v193 = getelementptr inbounds nuw %struct.P, ptr %arrayidx192, i32 0, i32 1
  %arrayidx194 = getelementptr inbounds [3 x double], ptr %v193, i64 0, i64 1
  %173 = load double, ptr %arrayidx194, align 8
  %174 = load i32, ptr %i164, align 4
  %conv195 = sitofp i32 %174 to double
  %add196 = fadd double %173, %conv195
  %175 = call double @llvm.fabs.f64(double %add196)
  %call197 = call double @log1p(double noundef %175) #3
  %176 = load double, ptr %s, align 8
  %177 = call double @llvm.fmuladd.f64(double %mul189, double %call197, double %176)
  store double %177, ptr %s, align 8
  %178 = load i32, ptr %i164, align 4
  %conv199 = sitofp i32 %178 to double
  %179 = call double @llvm.fabs.f64(double %conv199)
  %call200 = call double @tanh(double noundef %179) #3
  %180 = call double @llvm.fabs.f64(double %call200)
  %call201 = call double @exp(double noundef %180) #3
  %181 = call double @llvm.fabs.f64(double %call201)
  %call202 = call double @sin(double noundef %181) #3
  %182 = load double, ptr %s, align 8
  %add203 = fadd double %182, %call202
  store double %add203, ptr %s, align 8
  %183 = load double, ptr %t, align 8
  %184 = load double, ptr %s, align 8
  %mul205 = fmul double %184, 4.000000e-03
  %185 = call double @llvm.fmuladd.f64(double %183, double 5.000000e-01, double %mul205)
  store double %185, ptr %t, align 8
  %186 = load double, ptr %s, align 8
  %cmp206 = fcmp ogt double %186, 1.000000e+06
  br i1 %cmp206, label %if.then208, label %if.else210

if.then208:                                       ; preds = %for.body168
  %187 = load double, ptr %s, align 8
  %mul209 = fmul double %187, 5.000000e-01
  store double %mul209, ptr %s, align 8
  br label %if.end213

if.else210:                                       ; preds = %for.body168
  %188 = load double, ptr %s, align 8
  %189 = load ptr, ptr %y.addr, align 8
  %190 = load i32, ptr %i164, align 4
  %idxprom211 = sext i32 %190 to i64
  %arrayidx212 = getelementptr inbounds double, ptr %189, i64 %idxprom211
  store double %188, ptr %arrayidx212, align 8
  br label %if.end213

if.end213:                                        ; preds = %if.else210, %if.then208
  %191 = load double, ptr %t, align 8
  %192 = load ptr, ptr %p.addr, align 8
  %193 = load i32, ptr %i164, align 4
  %194 = load i32, ptr %m.addr, align 4
  %rem214 = srem i32 %193, %194
  %idxprom215 = sext i32 %rem214 to i64
  %arrayidx216 = getelementptr inbounds %struct.P, ptr %192, i64 %idxprom215
  %w217 = getelementptr inbounds nuw %struct.P, ptr %arrayidx216, i32 0, i32 0
  %195 = load double, ptr %w217, align 8
  %add218 = fadd double %195, %191
  store double %add218, ptr %w217, align 8
  %196 = load i32, ptr %i164, align 4
  %and219 = and i32 %196, 3
  %cmp220 = icmp eq i32 %and219, 0
  %conv221 = zext i1 %cmp220 to i32
  %conv222 = sext i32 %conv221 to i64
  %197 = load i64, ptr %count, align 8
  %add223 = add nsw i64 %197, %conv222
  store i64 %add223, ptr %count, align 8
  br label %for.inc224

for.inc224:                                       ; preds = %if.end213
  %198 = load i32, ptr %i164, align 4
  %inc225 = add nsw i32 %198, 1
  store i32 %inc225, ptr %i164, align 4
  br label %for.cond165, !llvm.loop !10

for.end226:                                       ; preds = %for.cond165
  store i32 0, ptr %i227, align 4
  br label %for.cond228

for.cond228:                                      ; preds = %for.inc311, %for.end226
  %199 = load i32, ptr %i227, align 4
  %200 = load i32, ptr %n.addr, align 4
  %cmp229 = icmp slt i32 %199, %200
  br i1 %cmp229, label %for.body231, label %for.end313

for.body231:                                      ; preds = %for.cond228
  %201 = load ptr, ptr %p.addr, align 8
  %202 = load i32, ptr %i227, align 4
  %203 = load i32, ptr %m.addr, align 4
  %rem232 = srem i32 %202, %203
  %idxprom233 = sext i32 %rem232 to i64
  %arrayidx234 = getelementptr inbounds %struct.P, ptr %201, i64 %idxprom233
  %w235 = getelementptr inbounds nuw %struct.P, ptr %arrayidx234, i32 0, i32 0
  %204 = load double, ptr %w235, align 8
  %205 = load ptr, ptr %y.addr, align 8
  %206 = load i32, ptr %i227, align 4
  %idxprom236 = sext i32 %206 to i64
  %arrayidx237 = getelementptr inbounds double, ptr %205, i64 %idxprom236
  %207 = load double, ptr %arrayidx237, align 8
  %add238 = fadd double %204, %207
  %208 = load i32, ptr %i227, align 4
  %and239 = and i32 %208, 7
  %idxprom240 = sext i32 %and239 to i64
  %arrayidx241 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom240
  %209 = load double, ptr %arrayidx241, align 8
  %210 = call double @llvm.fabs.f64(double %209)
  %call242 = call double @sqrt(double noundef %210) #3
  %add243 = fadd double %add238, %call242
  %211 = call double @llvm.fabs.f64(double %add243)
  %call244 = call double @atan(double noundef %211) #3
  %212 = load double, ptr %s, align 8
  %add245 = fadd double %212, %call244
  store double %add245, ptr %s, align 8
  %213 = load ptr, ptr %x.addr, align 8
  %214 = load i32, ptr %i227, align 4
  %idxprom246 = sext i32 %214 to i64
  %arrayidx247 = getelementptr inbounds double, ptr %213, i64 %idxprom246
  %215 = load double, ptr %arrayidx247, align 8
  %216 = call double @llvm.fabs.f64(double %215)
  %call248 = call double @cos(double noundef %216) #3
  %217 = load double, ptr %b.addr, align 8
  %218 = call double @llvm.fabs.f64(double %217)
  %call249 = call double @log1p(double noundef %218) #3
  %add250 = fadd double %call248, %call249
  %219 = load ptr, ptr %p.addr, align 8
  %220 = load i32, ptr %i227, align 4
  %221 = load i32, ptr %m.addr, align 4
  %rem251 = srem i32 %220, %221
  %idxprom252 = sext i32 %rem251 to i64
  %arrayidx253 = getelementptr inbounds %struct.P, ptr %219, i64 %idxprom252
  %v254 = getelementptr inbounds nuw %struct.P, ptr %arrayidx253, i32 0, i32 1
  %arrayidx255 = getelementptr inbounds [3 x double], ptr %v254, i64 0, i64 1
  %222 = load double, ptr %arrayidx255, align 8
  %223 = load ptr, ptr %y.addr, align 8
  %224 = load i32, ptr %i227, align 4
  %idxprom256 = sext i32 %224 to i64
  %arrayidx257 = getelementptr inbounds double, ptr %223, i64 %idxprom256
  %225 = load double, ptr %arrayidx257, align 8
  %add258 = fadd double %222, %225
  %226 = call double @llvm.fabs.f64(double %add258)
  %call259 = call double @exp(double noundef %226) #3
  %add260 = fadd double %add250, %call259
  %227 = load double, ptr %s, align 8
  %add261 = fadd double %227, %add260
  store double %add261, ptr %s, align 8
  %228 = load i32, ptr %i227, align 4
  %and262 = and i32 %228, 7
  %idxprom263 = sext i32 %and262 to i64
  %arrayidx264 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom263
  %229 = load double, ptr %arrayidx264, align 8
  %230 = load ptr, ptr %p.addr, align 8
  %231 = load i32, ptr %i227, align 4
  %232 = load i32, ptr %m.addr, align 4
  %rem265 = srem i32 %231, %232
  %idxprom266 = sext i32 %rem265 to i64
  %arrayidx267 = getelementptr inbounds %struct.P, ptr %230, i64 %idxprom266
  %w268 = getelementptr inbounds nuw %struct.P, ptr %arrayidx267, i32 0, i32 0
  %233 = load double, ptr %w268, align 8
  %mul269 = fmul double %229, %233
  %234 = load ptr, ptr %p.addr, align 8
  %235 = load i32, ptr %i227, align 4
  %236 = load i32, ptr %m.addr, align 4
  %rem270 = srem i32 %235, %236
  %idxprom271 = sext i32 %rem270 to i64
  %arrayidx272 = getelementptr inbounds %struct.P, ptr %234, i64 %idxprom271
  %v273 = getelementptr inbounds nuw %struct.P, ptr %arrayidx272, i32 0, i32 1
  %arrayidx274 = getelementptr inbounds [3 x double], ptr %v273, i64 0, i64 1
  %237 = load double, ptr %arrayidx274, align 8
  %238 = load ptr, ptr %x.addr, align 8
  %239 = load i32, ptr %i227, align 4
  %idxprom275 = sext i32 %239 to i64
  %arrayidx276 = getelementptr inbounds double, ptr %238, i64 %idxprom275
  %240 = load double, ptr %arrayidx276, align 8
  %add277 = fadd double %237, %240
  %241 = load ptr, ptr %x.addr, align 8
  %242 = load i32, ptr %i227, align 4
  %idxprom279 = sext i32 %242 to i64
  %arrayidx280 = getelementptr inbounds double, ptr %241, i64 %idxprom279
  %243 = load double, ptr %arrayidx280, align 8
  %244 = load ptr, ptr %p.addr, align 8
  %245 = load i32, ptr %i227, align 4
  %246 = load i32, ptr %m.addr, align 4
  %rem281 = srem i32 %245, %246
  %idxprom282 = sext i32 %rem281 to i64
  %arrayidx283 = getelementptr inbounds %struct.P, ptr %244, i64 %idxprom282
  %v284 = getelementptr inbounds nuw %struct.P, ptr %arrayidx283, i32 0, i32 1
  %arrayidx285 = getelementptr inbounds [3 x double], ptr %v284, i64 0, i64 1
  %247 = load double, ptr %arrayidx285, align 8
  %add286 = fadd double %243, %247
  %248 = load double, ptr %s, align 8
  %249 = call double @llvm.fabs.f64(double %248)
  %call287 = call double @sin(double noundef %249) #3
  %mul288 = fmul double %add286, %call287
  %neg289 = fneg double %mul288
  %250 = call double @llvm.fmuladd.f64(double %mul269, double %add277, double %neg289)
  %251 = load double, ptr %s, align 8
  %add290 = fadd double %251, %250
  store double %add290, ptr %s, align 8
  %252 = load double, ptr %t, align 8
  %253 = load double, ptr %s, align 8
  %mul292 = fmul double %253, 5.000000e-03
  %254 = call double @llvm.fmuladd.f64(double %252, double 5.000000e-01, double %mul292)
  store double %254, ptr %t, align 8
  %255 = load double, ptr %s, align 8
  %cmp293 = fcmp ogt double %255, 1.000000e+06
  br i1 %cmp293, label %if.then295, label %if.else297

if.then295:                                       ; preds = %for.body231
  %256 = load double, ptr %s, align 8
  %mul296 = fmul double %256, 5.000000e-01
  store double %mul296, ptr %s, align 8
  br label %if.end300

if.else297:                                       ; preds = %for.body231
  %257 = load double, ptr %s, align 8
  %258 = load ptr, ptr %y.addr, align 8
  %259 = load i32, ptr %i227, align 4
  %idxprom298 = sext i32 %259 to i64
  %arrayidx299 = getelementptr inbounds double, ptr %258, i64 %idxprom298
  store double %257, ptr %arrayidx299, align 8
  br label %if.end300

if.end300:                                        ; preds = %if.else297, %if.then295
  %260 = load double, ptr %t, align 8
  %261 = load ptr, ptr %p.addr, align 8
  %262 = load i32, ptr %i227, align 4
  %263 = load i32, ptr %m.addr, align 4
  %rem301 = srem i32 %262, %263
  %idxprom302 = sext i32 %rem301 to i64
  %arrayidx303 = getelementptr inbounds %struct.P, ptr %261, i64 %idxprom302
  %w304 = getelementptr inbounds nuw %struct.P, ptr %arrayidx303, i32 0, i32 0
  %264 = load double, ptr %w304, align 8
  %add305 = fadd double %264, %260
  store double %add305, ptr %w304, align 8
  %265 = load i32, ptr %i227, align 4
  %and306 = and i32 %265, 3
  %cmp307 = icmp eq i32 %and306, 0
  %conv308 = zext i1 %cmp307 to i32
  %conv309 = sext i32 %conv308 to i64
  %266 = load i64, ptr %count, align 8
  %add310 = add nsw i64 %266, %conv309
  store i64 %add310, ptr %count, align 8
  br label %for.inc311

for.inc311:                                       ; preds = %if.end300
  %267 = load i32, ptr %i227, align 4
  %inc312 = add nsw i32 %267, 1
  store i32 %inc312, ptr %i227, align 4
  br label %for.cond228, !llvm.loop !11

for.end313:                                       ; preds = %for.cond228
  store i32 0, ptr %i314, align 4
  br label %for.cond315

for.cond315:                                      ; preds = %for.inc387, %for.end313
  %268 = load i32, ptr %i314, align 4
  %269 = load i32, ptr %n.addr, align 4
  %cmp316 = icmp slt i32 %268, %269
  br i1 %cmp316, label %for.body318, label %for.end389

for.body318:                                      ; preds = %for.cond315
  %270 = load double, ptr %t, align 8
  %271 = call double @llvm.fabs.f64(double %270)
  %call319 = call double @sqrt(double noundef %271) #3
  %272 = load double, ptr %a.addr, align 8
  %273 = call double @llvm.fabs.f64(double %272)
  %call320 = call double @tanh(double noundef %273) #3
  %274 = load ptr, ptr %y.addr, align 8
  %275 = load i32, ptr %i314, align 4
  %idxprom322 = sext i32 %275 to i64
  %arrayidx323 = getelementptr inbounds double, ptr %274, i64 %idxprom322
  %276 = load double, ptr %arrayidx323, align 8
  %277 = load ptr, ptr %x.addr, align 8
  %278 = load i32, ptr %i314, align 4
  %idxprom324 = sext i32 %278 to i64
  %arrayidx325 = getelementptr inbounds double, ptr %277, i64 %idxprom324
  %279 = load double, ptr %arrayidx325, align 8
  %sub326 = fsub double %276, %279
  %280 = load ptr, ptr %p.addr, align 8
  %281 = load i32, ptr %i314, align 4
  %282 = load i32, ptr %m.addr, align 4
  %rem327 = srem i32 %281, %282
  %idxprom328 = sext i32 %rem327 to i64
  %arrayidx329 = getelementptr inbounds %struct.P, ptr %280, i64 %idxprom328
  %v330 = getelementptr inbounds nuw %struct.P, ptr %arrayidx329, i32 0, i32 1
  %arrayidx331 = getelementptr inbounds [3 x double], ptr %v330, i64 0, i64 1
  %283 = load double, ptr %arrayidx331, align 8
  %284 = load i32, ptr %i314, align 4
  %conv332 = sitofp i32 %284 to double
  %neg334 = fneg double %283
  %285 = call double @llvm.fmuladd.f64(double %neg334, double %conv332, double %sub326)
  %neg335 = fneg double %285
  %286 = call double @llvm.fmuladd.f64(double %call319, double %call320, double %neg335)
  %287 = load double, ptr %s, align 8
  %add336 = fadd double %287, %286
  store double %add336, ptr %s, align 8
  %288 = load ptr, ptr %y.addr, align 8
  %289 = load i32, ptr %i314, align 4
  %idxprom337 = sext i32 %289 to i64
  %arrayidx338 = getelementptr inbounds double, ptr %288, i64 %idxprom337
  %290 = load double, ptr %arrayidx338, align 8
  %291 = call double @llvm.fabs.f64(double %290)
  %call339 = call double @tanh(double noundef %291) #3
  %292 = call double @llvm.fabs.f64(double %call339)
  %call340 = call double @sin(double noundef %292) #3
  %293 = load i32, ptr %i314, align 4
  %conv341 = sitofp i32 %293 to double
  %294 = load ptr, ptr %p.addr, align 8
  %295 = load i32, ptr %i314, align 4
  %296 = load i32, ptr %m.addr, align 4
  %rem342 = srem i32 %295, %296
  %idxprom343 = sext i32 %rem342 to i64
  %arrayidx344 = getelementptr inbounds %struct.P, ptr %294, i64 %idxprom343
  %v345 = getelementptr inbounds nuw %struct.P, ptr %arrayidx344, i32 0, i32 1
  %arrayidx346 = getelementptr inbounds [3 x double], ptr %v345, i64 0, i64 1
  %297 = load double, ptr %arrayidx346, align 8
  %298 = load ptr, ptr %p.addr, align 8
  %299 = load i32, ptr %i314, align 4
  %300 = load i32, ptr %m.addr, align 4
  %rem348 = srem i32 %299, %300
  %idxprom349 = sext i32 %rem348 to i64
  %arrayidx350 = getelementptr inbounds %struct.P, ptr %298, i64 %idxprom349
  %w351 = getelementptr inbounds nuw %struct.P, ptr %arrayidx350, i32 0, i32 0
  %301 = load double, ptr %w351, align 8
  %302 = load ptr, ptr %p.addr, align 8
  %303 = load i32, ptr %i314, align 4
  %304 = load i32, ptr %m.addr, align 4
  %rem352 = srem i32 %303, %304
  %idxprom353 = sext i32 %rem352 to i64
  %arrayidx354 = getelementptr inbounds %struct.P, ptr %302, i64 %idxprom353
  %w355 = getelementptr inbounds nuw %struct.P, ptr %arrayidx354, i32 0, i32 0
  %305 = load double, ptr %w355, align 8
  %add356 = fadd double %301, %305
  %neg357 = fneg double %add356
  %306 = call double @llvm.fmuladd.f64(double %conv341, double %297, double %neg357)
  %sub358 = fsub double %call340, %306
  %307 = load double, ptr %s, align 8
  %add359 = fadd double %307, %sub358
  store double %add359, ptr %s, align 8
  %308 = load double, ptr %b.addr, align 8
  %309 = call double @llvm.fabs.f64(double %308)
  %call360 = call double @sin(double noundef %309) #3
  %310 = call double @llvm.fabs.f64(double %call360)
  %call361 = call double @sqrt(double noundef %310) #3
  %311 = load ptr, ptr %x.addr, align 8
  %312 = load i32, ptr %i314, align 4
  %idxprom362 = sext i32 %312 to i64
  %arrayidx363 = getelementptr inbounds double, ptr %311, i64 %idxprom362
  %313 = load double, ptr %arrayidx363, align 8
  %sub364 = fsub double 1.500000e+00, %313
  %314 = call double @llvm.fabs.f64(double %sub364)
  %call365 = call double @atan(double noundef %314) #3
  %315 = load double, ptr %s, align 8
  %316 = call double @llvm.fmuladd.f64(double %call361, double %call365, double %315)
  store double %316, ptr %s, align 8
  %317 = load double, ptr %t, align 8
  %318 = load double, ptr %s, align 8
  %mul368 = fmul double %318, 6.000000e-03
  %319 = call double @llvm.fmuladd.f64(double %317, double 5.000000e-01, double %mul368)
  store double %319, ptr %t, align 8
  %320 = load double, ptr %s, align 8
  %cmp369 = fcmp ogt double %320, 1.000000e+06
  br i1 %cmp369, label %if.then371, label %if.else373

if.then371:                                       ; preds = %for.body318
  %321 = load double, ptr %s, align 8
  %mul372 = fmul double %321, 5.000000e-01
  store double %mul372, ptr %s, align 8
  br label %if.end376

if.else373:                                       ; preds = %for.body318
  %322 = load double, ptr %s, align 8
  %323 = load ptr, ptr %y.addr, align 8
  %324 = load i32, ptr %i314, align 4
  %idxprom374 = sext i32 %324 to i64
  %arrayidx375 = getelementptr inbounds double, ptr %323, i64 %idxprom374
  store double %322, ptr %arrayidx375, align 8
  br label %if.end376

if.end376:                                        ; preds = %if.else373, %if.then371
  %325 = load double, ptr %t, align 8
  %326 = load ptr, ptr %p.addr, align 8
  %327 = load i32, ptr %i314, align 4
  %328 = load i32, ptr %m.addr, align 4
  %rem377 = srem i32 %327, %328
  %idxprom378 = sext i32 %rem377 to i64
  %arrayidx379 = getelementptr inbounds %struct.P, ptr %326, i64 %idxprom378
  %w380 = getelementptr inbounds nuw %struct.P, ptr %arrayidx379, i32 0, i32 0
  %329 = load double, ptr %w380, align 8
  %add381 = fadd double %329, %325
  store double %add381, ptr %w380, align 8
  %330 = load i32, ptr %i314, align 4
  %and382 = and i32 %330, 3
  %cmp383 = icmp eq i32 %and382, 0
  %conv384 = zext i1 %cmp383 to i32
  %conv385 = sext i32 %conv384 to i64
  %331 = load i64, ptr %count, align 8
  %add386 = add nsw i64 %331, %conv385
  store i64 %add386, ptr %count, align 8
  br label %for.inc387

for.inc387:                                       ; preds = %if.end376
  %332 = load i32, ptr %i314, align 4
  %inc388 = add nsw i32 %332, 1
  store i32 %inc388, ptr %i314, align 4
  br label %for.cond315, !llvm.loop !12

for.end389:                                       ; preds = %for.cond315
  store i32 0, ptr %i390, align 4
  br label %for.cond391

for.cond391:                                      ; preds = %for.inc455, %for.end389
  %333 = load i32, ptr %i390, align 4
  %334 = load i32, ptr %n.addr, align 4
  %cmp392 = icmp slt i32 %333, %334
  br i1 %cmp392, label %for.body394, label %for.end457

for.body394:                                      ; preds = %for.cond391
  %335 = load double, ptr %t, align 8
  %336 = call double @llvm.fabs.f64(double %335)
  %call395 = call double @cos(double noundef %336) #3
  %337 = call double @llvm.fabs.f64(double %call395)
  %call396 = call double @sqrt(double noundef %337) #3
  %338 = load double, ptr %b.addr, align 8
  %339 = load i32, ptr %i390, align 4
  %conv397 = sitofp i32 %339 to double
  %sub398 = fsub double %338, %conv397
  %340 = load i32, ptr %i390, align 4
  %conv399 = sitofp i32 %340 to double
  %341 = call double @llvm.fabs.f64(double %conv399)
  %call400 = call double @tanh(double noundef %341) #3
  %mul401 = fmul double %sub398, %call400
  %342 = load double, ptr %s, align 8
  %343 = call double @llvm.fmuladd.f64(double %call396, double %mul401, double %342)
  store double %343, ptr %s, align 8
  %344 = load i32, ptr %i390, align 4
  %conv403 = sitofp i32 %344 to double
  %345 = call double @llvm.fabs.f64(double %conv403)
  %call404 = call double @cos(double noundef %345) #3
  %346 = load double, ptr %t, align 8
  %347 = load double, ptr %a.addr, align 8
  %add405 = fadd double %346, %347
  %add406 = fadd double %call404, %add405
  %348 = load ptr, ptr %x.addr, align 8
  %349 = load i32, ptr %i390, align 4
  %idxprom407 = sext i32 %349 to i64
  %arrayidx408 = getelementptr inbounds double, ptr %348, i64 %idxprom407
  %350 = load double, ptr %arrayidx408, align 8
  %351 = load ptr, ptr %y.addr, align 8
  %352 = load i32, ptr %i390, align 4
  %idxprom409 = sext i32 %352 to i64
  %arrayidx410 = getelementptr inbounds double, ptr %351, i64 %idxprom409
  %353 = load double, ptr %arrayidx410, align 8
  %354 = load ptr, ptr %y.addr, align 8
  %355 = load i32, ptr %i390, align 4
  %idxprom412 = sext i32 %355 to i64
  %arrayidx413 = getelementptr inbounds double, ptr %354, i64 %idxprom412
  %356 = load double, ptr %arrayidx413, align 8
  %sub414 = fsub double %356, 1.500000e+00
  %neg415 = fneg double %sub414
  %357 = call double @llvm.fmuladd.f64(double %350, double %353, double %neg415)
  %add416 = fadd double %add406, %357
  %358 = load double, ptr %s, align 8
  %add417 = fadd double %358, %add416
  store double %add417, ptr %s, align 8
  %359 = load ptr, ptr %p.addr, align 8
  %360 = load i32, ptr %i390, align 4
  %361 = load i32, ptr %m.addr, align 4
  %rem418 = srem i32 %360, %361
  %idxprom419 = sext i32 %rem418 to i64
  %arrayidx420 = getelementptr inbounds %struct.P, ptr %359, i64 %idxprom419
  %w421 = getelementptr inbounds nuw %struct.P, ptr %arrayidx420, i32 0, i32 0
  %362 = load double, ptr %w421, align 8
  %363 = load i32, ptr %i390, align 4
  %and422 = and i32 %363, 7
  %idxprom423 = sext i32 %and422 to i64
  %arrayidx424 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom423
  %364 = load double, ptr %arrayidx424, align 8
  %sub425 = fsub double %362, %364
  %365 = load ptr, ptr %p.addr, align 8
  %366 = load i32, ptr %i390, align 4
  %367 = load i32, ptr %m.addr, align 4
  %rem426 = srem i32 %366, %367
  %idxprom427 = sext i32 %rem426 to i64
  %arrayidx428 = getelementptr inbounds %struct.P, ptr %365, i64 %idxprom427
  %v429 = getelementptr inbounds nuw %struct.P, ptr %arrayidx428, i32 0, i32 1
  %arrayidx430 = getelementptr inbounds [3 x double], ptr %v429, i64 0, i64 1
  %368 = load double, ptr %arrayidx430, align 8
  %369 = load double, ptr %t, align 8
  %sub431 = fsub double %368, %369
  %sub432 = fsub double %sub425, %sub431
  %370 = call double @llvm.fabs.f64(double %sub432)
  %call433 = call double @cos(double noundef %370) #3
  %371 = load double, ptr %s, align 8
  %add434 = fadd double %371, %call433
  store double %add434, ptr %s, align 8
  %372 = load double, ptr %t, align 8
  %373 = load double, ptr %s, align 8
  %mul436 = fmul double %373, 7.000000e-03
  %374 = call double @llvm.fmuladd.f64(double %372, double 5.000000e-01, double %mul436)
  store double %374, ptr %t, align 8
  %375 = load double, ptr %s, align 8
  %cmp437 = fcmp ogt double %375, 1.000000e+06
  br i1 %cmp437, label %if.then439, label %if.else441

if.then439:                                       ; preds = %for.body394
  %376 = load double, ptr %s, align 8
  %mul440 = fmul double %376, 5.000000e-01
  store double %mul440, ptr %s, align 8
  br label %if.end444

if.else441:                                       ; preds = %for.body394
  %377 = load double, ptr %s, align 8
  %378 = load ptr, ptr %y.addr, align 8
  %379 = load i32, ptr %i390, align 4
  %idxprom442 = sext i32 %379 to i64
  %arrayidx443 = getelementptr inbounds double, ptr %378, i64 %idxprom442
  store double %377, ptr %arrayidx443, align 8
  br label %if.end444

if.end444:                                        ; preds = %if.else441, %if.then439
  %380 = load double, ptr %t, align 8
  %381 = load ptr, ptr %p.addr, align 8
  %382 = load i32, ptr %i390, align 4
  %383 = load i32, ptr %m.addr, align 4
  %rem445 = srem i32 %382, %383
  %idxprom446 = sext i32 %rem445 to i64
  %arrayidx447 = getelementptr inbounds %struct.P, ptr %381, i64 %idxprom446
  %w448 = getelementptr inbounds nuw %struct.P, ptr %arrayidx447, i32 0, i32 0
  %384 = load double, ptr %w448, align 8
  %add449 = fadd double %384, %380
  store double %add449, ptr %w448, align 8
  %385 = load i32, ptr %i390, align 4
  %and450 = and i32 %385, 3
  %cmp451 = icmp eq i32 %and450, 0
  %conv452 = zext i1 %cmp451 to i32
  %conv453 = sext i32 %conv452 to i64
  %386 = load i64, ptr %count, align 8
  %add454 = add nsw i64 %386, %conv453
  store i64 %add454, ptr %count, align 8
  br label %for.inc455

for.inc455:                                       ; preds = %if.end444
  %387 = load i32, ptr %i390, align 4
  %inc456 = add nsw i32 %387, 1
  store i32 %inc456, ptr %i390, align 4
  br label %for.cond391, !llvm.loop !13

for.end457:                                       ; preds = %for.cond391
  store i32 0, ptr %i458, align 4
  br label %for.cond459

for.cond459:                                      ; preds = %for.inc525, %for.end457
  %388 = load i32, ptr %i458, align 4
  %389 = load i32, ptr %n.addr, align 4
  %cmp460 = icmp slt i32 %388, %389
  br i1 %cmp460, label %for.body462, label %for.end527

for.body462:                                      ; preds = %for.cond459
  %390 = load double, ptr %s, align 8
  %391 = call double @llvm.fabs.f64(double %390)
  %call463 = call double @tanh(double noundef %391) #3
  %392 = call double @llvm.fabs.f64(double %call463)
  %call464 = call double @sqrt(double noundef %392) #3
  %393 = call double @llvm.fabs.f64(double %call464)
  %call465 = call double @sin(double noundef %393) #3
  %394 = load double, ptr %s, align 8
  %add466 = fadd double %394, %call465
  store double %add466, ptr %s, align 8
  %395 = load ptr, ptr %x.addr, align 8
  %396 = load i32, ptr %i458, align 4
  %idxprom467 = sext i32 %396 to i64
  %arrayidx468 = getelementptr inbounds double, ptr %395, i64 %idxprom467
  %397 = load double, ptr %arrayidx468, align 8
  %398 = load double, ptr %a.addr, align 8
  %399 = load ptr, ptr %x.addr, align 8
  %400 = load i32, ptr %i458, align 4
  %idxprom470 = sext i32 %400 to i64
  %arrayidx471 = getelementptr inbounds double, ptr %399, i64 %idxprom470
  %401 = load double, ptr %arrayidx471, align 8
  %402 = load double, ptr %b.addr, align 8
  %sub472 = fsub double %401, %402
  %neg473 = fneg double %sub472
  %403 = call double @llvm.fmuladd.f64(double %397, double %398, double %neg473)
  %404 = load ptr, ptr %y.addr, align 8
  %405 = load i32, ptr %i458, align 4
  %idxprom474 = sext i32 %405 to i64
  %arrayidx475 = getelementptr inbounds double, ptr %404, i64 %idxprom474
  %406 = load double, ptr %arrayidx475, align 8
  %407 = load ptr, ptr %y.addr, align 8
  %408 = load i32, ptr %i458, align 4
  %idxprom476 = sext i32 %408 to i64
  %arrayidx477 = getelementptr inbounds double, ptr %407, i64 %idxprom476
  %409 = load double, ptr %arrayidx477, align 8
  %sub478 = fsub double %406, %409
  %410 = load i32, ptr %i458, align 4
  %and479 = and i32 %410, 7
  %idxprom480 = sext i32 %and479 to i64
  %arrayidx481 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom480
  %411 = load double, ptr %arrayidx481, align 8
  %412 = load ptr, ptr %y.addr, align 8
  %413 = load i32, ptr %i458, align 4
  %idxprom482 = sext i32 %413 to i64
  %arrayidx483 = getelementptr inbounds double, ptr %412, i64 %idxprom482
  %414 = load double, ptr %arrayidx483, align 8
  %sub484 = fsub double %411, %414
  %415 = call double @llvm.fmuladd.f64(double %sub478, double %sub484, double %403)
  %416 = load double, ptr %s, align 8
  %add486 = fadd double %416, %415
  store double %add486, ptr %s, align 8
  %417 = load ptr, ptr %x.addr, align 8
  %418 = load i32, ptr %i458, align 4
  %idxprom487 = sext i32 %418 to i64
  %arrayidx488 = getelementptr inbounds double, ptr %417, i64 %idxprom487
  %419 = load double, ptr %arrayidx488, align 8
  %420 = call double @llvm.fabs.f64(double %419)
  %call489 = call double @tanh(double noundef %420) #3
  %421 = call double @llvm.fabs.f64(double %call489)
  %call490 = call double @log1p(double noundef %421) #3
  %422 = load double, ptr %s, align 8
  %423 = call double @llvm.fabs.f64(double %422)
  %call491 = call double @cos(double noundef %423) #3
  %424 = load ptr, ptr %p.addr, align 8
  %425 = load i32, ptr %i458, align 4
  %426 = load i32, ptr %m.addr, align 4
  %rem492 = srem i32 %425, %426
  %idxprom493 = sext i32 %rem492 to i64
  %arrayidx494 = getelementptr inbounds %struct.P, ptr %424, i64 %idxprom493
  %w495 = getelementptr inbounds nuw %struct.P, ptr %arrayidx494, i32 0, i32 0
  %427 = load double, ptr %w495, align 8
  %428 = load ptr, ptr %p.addr, align 8
  %429 = load i32, ptr %i458, align 4
  %430 = load i32, ptr %m.addr, align 4
  %rem496 = srem i32 %429, %430
  %idxprom497 = sext i32 %rem496 to i64
  %arrayidx498 = getelementptr inbounds %struct.P, ptr %428, i64 %idxprom497
  %v499 = getelementptr inbounds nuw %struct.P, ptr %arrayidx498, i32 0, i32 1
  %arrayidx500 = getelementptr inbounds [3 x double], ptr %v499, i64 0, i64 1
  %431 = load double, ptr %arrayidx500, align 8
  %neg502 = fneg double %427
  %432 = call double @llvm.fmuladd.f64(double %neg502, double %431, double %call491)
  %sub503 = fsub double %call490, %432
  %433 = load double, ptr %s, align 8
  %add504 = fadd double %433, %sub503
  store double %add504, ptr %s, align 8
  %434 = load double, ptr %t, align 8
  %435 = load double, ptr %s, align 8
  %mul506 = fmul double %435, 8.000000e-03
  %436 = call double @llvm.fmuladd.f64(double %434, double 5.000000e-01, double %mul506)
  store double %436, ptr %t, align 8
  %437 = load double, ptr %s, align 8
  %cmp507 = fcmp ogt double %437, 1.000000e+06
  br i1 %cmp507, label %if.then509, label %if.else511

if.then509:                                       ; preds = %for.body462
  %438 = load double, ptr %s, align 8
  %mul510 = fmul double %438, 5.000000e-01
  store double %mul510, ptr %s, align 8
  br label %if.end514

if.else511:                                       ; preds = %for.body462
  %439 = load double, ptr %s, align 8
  %440 = load ptr, ptr %y.addr, align 8
  %441 = load i32, ptr %i458, align 4
  %idxprom512 = sext i32 %441 to i64
  %arrayidx513 = getelementptr inbounds double, ptr %440, i64 %idxprom512
  store double %439, ptr %arrayidx513, align 8
  br label %if.end514

if.end514:                                        ; preds = %if.else511, %if.then509
  %442 = load double, ptr %t, align 8
  %443 = load ptr, ptr %p.addr, align 8
  %444 = load i32, ptr %i458, align 4
  %445 = load i32, ptr %m.addr, align 4
  %rem515 = srem i32 %444, %445
  %idxprom516 = sext i32 %rem515 to i64
  %arrayidx517 = getelementptr inbounds %struct.P, ptr %443, i64 %idxprom516
  %w518 = getelementptr inbounds nuw %struct.P, ptr %arrayidx517, i32 0, i32 0
  %446 = load double, ptr %w518, align 8
  %add519 = fadd double %446, %442
  store double %add519, ptr %w518, align 8
  %447 = load i32, ptr %i458, align 4
  %and520 = and i32 %447, 3
  %cmp521 = icmp eq i32 %and520, 0
  %conv522 = zext i1 %cmp521 to i32
  %conv523 = sext i32 %conv522 to i64
  %448 = load i64, ptr %count, align 8
  %add524 = add nsw i64 %448, %conv523
  store i64 %add524, ptr %count, align 8
  br label %for.inc525

for.inc525:                                       ; preds = %if.end514
  %449 = load i32, ptr %i458, align 4
  %inc526 = add nsw i32 %449, 1
  store i32 %inc526, ptr %i458, align 4
  br label %for.cond459, !llvm.loop !14

for.end527:                                       ; preds = %for.cond459
  store i32 0, ptr %i528, align 4
  br label %for.cond529

for.cond529:                                      ; preds = %for.inc598, %for.end527
  %450 = load i32, ptr %i528, align 4
  %451 = load i32, ptr %n.addr, align 4
  %cmp530 = icmp slt i32 %450, %451
  br i1 %cmp530, label %for.body532, label %for.end600

for.body532:                                      ; preds = %for.cond529
  %452 = load double, ptr %b.addr, align 8
  %453 = load i32, ptr %i528, align 4
  %conv533 = sitofp i32 %453 to double
  %add534 = fadd double %452, %conv533
  %454 = call double @llvm.fabs.f64(double %add534)
  %call535 = call double @atan(double noundef %454) #3
  %455 = load double, ptr %b.addr, align 8
  %456 = load ptr, ptr %x.addr, align 8
  %457 = load i32, ptr %i528, align 4
  %idxprom536 = sext i32 %457 to i64
  %arrayidx537 = getelementptr inbounds double, ptr %456, i64 %idxprom536
  %458 = load double, ptr %arrayidx537, align 8
  %459 = load i32, ptr %i528, align 4
  %and539 = and i32 %459, 7
  %idxprom540 = sext i32 %and539 to i64
  %arrayidx541 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom540
  %460 = load double, ptr %arrayidx541, align 8
  %461 = load double, ptr %t, align 8
  %mul542 = fmul double %460, %461
  %neg543 = fneg double %mul542
  %462 = call double @llvm.fmuladd.f64(double %455, double %458, double %neg543)
  %463 = load double, ptr %s, align 8
  %464 = call double @llvm.fmuladd.f64(double %call535, double %462, double %463)
  store double %464, ptr %s, align 8
  %465 = load i32, ptr %i528, align 4
  %and545 = and i32 %465, 7
  %idxprom546 = sext i32 %and545 to i64
  %arrayidx547 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom546
  %466 = load double, ptr %arrayidx547, align 8
  %467 = call double @llvm.fabs.f64(double %466)
  %call548 = call double @tanh(double noundef %467) #3
  %468 = load i32, ptr %i528, align 4
  %conv549 = sitofp i32 %468 to double
  %469 = call double @llvm.fabs.f64(double %conv549)
  %call550 = call double @cos(double noundef %469) #3
  %470 = load double, ptr %t, align 8
  %471 = load ptr, ptr %x.addr, align 8
  %472 = load i32, ptr %i528, align 4
  %idxprom552 = sext i32 %472 to i64
  %arrayidx553 = getelementptr inbounds double, ptr %471, i64 %idxprom552
  %473 = load double, ptr %arrayidx553, align 8
  %sub554 = fsub double %470, %473
  %474 = load ptr, ptr %x.addr, align 8
  %475 = load i32, ptr %i528, align 4
  %idxprom555 = sext i32 %475 to i64
  %arrayidx556 = getelementptr inbounds double, ptr %474, i64 %idxprom555
  %476 = load double, ptr %arrayidx556, align 8
  %477 = load double, ptr %t, align 8
  %sub557 = fsub double %476, %477
  %sub558 = fsub double %sub554, %sub557
  %478 = call double @llvm.fmuladd.f64(double %call548, double %call550, double %sub558)
  %479 = load double, ptr %s, align 8
  %add559 = fadd double %479, %478
  store double %add559, ptr %s, align 8
  %480 = load ptr, ptr %x.addr, align 8
  %481 = load i32, ptr %i528, align 4
  %idxprom560 = sext i32 %481 to i64
  %arrayidx561 = getelementptr inbounds double, ptr %480, i64 %idxprom560
  %482 = load double, ptr %arrayidx561, align 8
  %483 = load ptr, ptr %y.addr, align 8
  %484 = load i32, ptr %i528, align 4
  %idxprom562 = sext i32 %484 to i64
  %arrayidx563 = getelementptr inbounds double, ptr %483, i64 %idxprom562
  %485 = load double, ptr %arrayidx563, align 8
  %add564 = fadd double %482, %485
  %486 = load double, ptr %a.addr, align 8
  %487 = load double, ptr %t, align 8
  %neg566 = fneg double %486
  %488 = call double @llvm.fmuladd.f64(double %neg566, double %487, double %add564)
  %489 = load ptr, ptr %p.addr, align 8
  %490 = load i32, ptr %i528, align 4
  %491 = load i32, ptr %m.addr, align 4
  %rem567 = srem i32 %490, %491
  %idxprom568 = sext i32 %rem567 to i64
  %arrayidx569 = getelementptr inbounds %struct.P, ptr %489, i64 %idxprom568
  %w570 = getelementptr inbounds nuw %struct.P, ptr %arrayidx569, i32 0, i32 0
  %492 = load double, ptr %w570, align 8
  %493 = call double @llvm.fabs.f64(double %492)
  %call571 = call double @cos(double noundef %493) #3
  %494 = load i32, ptr %i528, align 4
  %and572 = and i32 %494, 7
  %idxprom573 = sext i32 %and572 to i64
  %arrayidx574 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom573
  %495 = load double, ptr %arrayidx574, align 8
  %mul575 = fmul double %495, 1.500000e+00
  %mul576 = fmul double %call571, %mul575
  %496 = load double, ptr %s, align 8
  %497 = call double @llvm.fmuladd.f64(double %488, double %mul576, double %496)
  store double %497, ptr %s, align 8
  %498 = load double, ptr %t, align 8
  %499 = load double, ptr %s, align 8
  %mul579 = fmul double %499, 0x3F826E978D4FDF3B
  %500 = call double @llvm.fmuladd.f64(double %498, double 5.000000e-01, double %mul579)
  store double %500, ptr %t, align 8
  %501 = load double, ptr %s, align 8
  %cmp580 = fcmp ogt double %501, 1.000000e+06
  br i1 %cmp580, label %if.then582, label %if.else584

if.then582:                                       ; preds = %for.body532
  %502 = load double, ptr %s, align 8
  %mul583 = fmul double %502, 5.000000e-01
  store double %mul583, ptr %s, align 8
  br label %if.end587

if.else584:                                       ; preds = %for.body532
  %503 = load double, ptr %s, align 8
  %504 = load ptr, ptr %y.addr, align 8
  %505 = load i32, ptr %i528, align 4
  %idxprom585 = sext i32 %505 to i64
  %arrayidx586 = getelementptr inbounds double, ptr %504, i64 %idxprom585
  store double %503, ptr %arrayidx586, align 8
  br label %if.end587

if.end587:                                        ; preds = %if.else584, %if.then582
  %506 = load double, ptr %t, align 8
  %507 = load ptr, ptr %p.addr, align 8
  %508 = load i32, ptr %i528, align 4
  %509 = load i32, ptr %m.addr, align 4
  %rem588 = srem i32 %508, %509
  %idxprom589 = sext i32 %rem588 to i64
  %arrayidx590 = getelementptr inbounds %struct.P, ptr %507, i64 %idxprom589
  %w591 = getelementptr inbounds nuw %struct.P, ptr %arrayidx590, i32 0, i32 0
  %510 = load double, ptr %w591, align 8
  %add592 = fadd double %510, %506
  store double %add592, ptr %w591, align 8
  %511 = load i32, ptr %i528, align 4
  %and593 = and i32 %511, 3
  %cmp594 = icmp eq i32 %and593, 0
  %conv595 = zext i1 %cmp594 to i32
  %conv596 = sext i32 %conv595 to i64
  %512 = load i64, ptr %count, align 8
  %add597 = add nsw i64 %512, %conv596
  store i64 %add597, ptr %count, align 8
  br label %for.inc598

for.inc598:                                       ; preds = %if.end587
  %513 = load i32, ptr %i528, align 4
  %inc599 = add nsw i32 %513, 1
  store i32 %inc599, ptr %i528, align 4
  br label %for.cond529, !llvm.loop !15

for.end600:                                       ; preds = %for.cond529
  store i32 0, ptr %i601, align 4
  br label %for.cond602

for.cond602:                                      ; preds = %for.inc680, %for.end600
  %514 = load i32, ptr %i601, align 4
  %515 = load i32, ptr %n.addr, align 4
  %cmp603 = icmp slt i32 %514, %515
  br i1 %cmp603, label %for.body605, label %for.end682

for.body605:                                      ; preds = %for.cond602
  %516 = load ptr, ptr %y.addr, align 8
  %517 = load i32, ptr %i601, align 4
  %idxprom606 = sext i32 %517 to i64
  %arrayidx607 = getelementptr inbounds double, ptr %516, i64 %idxprom606
  %518 = load double, ptr %arrayidx607, align 8
  %add608 = fadd double %518, 1.500000e+00
  %519 = load ptr, ptr %p.addr, align 8
  %520 = load i32, ptr %i601, align 4
  %521 = load i32, ptr %m.addr, align 4
  %rem609 = srem i32 %520, %521
  %idxprom610 = sext i32 %rem609 to i64
  %arrayidx611 = getelementptr inbounds %struct.P, ptr %519, i64 %idxprom610
  %w612 = getelementptr inbounds nuw %struct.P, ptr %arrayidx611, i32 0, i32 0
  %522 = load double, ptr %w612, align 8
  %523 = load double, ptr %a.addr, align 8
  %mul613 = fmul double %522, %523
  %mul614 = fmul double %add608, %mul613
  %524 = load double, ptr %s, align 8
  %525 = load i32, ptr %i601, align 4
  %and615 = and i32 %525, 7
  %idxprom616 = sext i32 %and615 to i64
  %arrayidx617 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom616
  %526 = load double, ptr %arrayidx617, align 8
  %sub618 = fsub double %524, %526
  %527 = load ptr, ptr %p.addr, align 8
  %528 = load i32, ptr %i601, align 4
  %529 = load i32, ptr %m.addr, align 4
  %rem619 = srem i32 %528, %529
  %idxprom620 = sext i32 %rem619 to i64
  %arrayidx621 = getelementptr inbounds %struct.P, ptr %527, i64 %idxprom620
  %v622 = getelementptr inbounds nuw %struct.P, ptr %arrayidx621, i32 0, i32 1
  %arrayidx623 = getelementptr inbounds [3 x double], ptr %v622, i64 0, i64 1
  %530 = load double, ptr %arrayidx623, align 8
  %531 = load double, ptr %s, align 8
  %add624 = fadd double %530, %531
  %sub625 = fsub double %sub618, %add624
  %532 = load double, ptr %s, align 8
  %533 = call double @llvm.fmuladd.f64(double %mul614, double %sub625, double %532)
  store double %533, ptr %s, align 8
  %534 = load ptr, ptr %p.addr, align 8
  %535 = load i32, ptr %i601, align 4
  %536 = load i32, ptr %m.addr, align 4
  %rem627 = srem i32 %535, %536
  %idxprom628 = sext i32 %rem627 to i64
  %arrayidx629 = getelementptr inbounds %struct.P, ptr %534, i64 %idxprom628
  %v630 = getelementptr inbounds nuw %struct.P, ptr %arrayidx629, i32 0, i32 1
  %arrayidx631 = getelementptr inbounds [3 x double], ptr %v630, i64 0, i64 1
  %537 = load double, ptr %arrayidx631, align 8
  %538 = load double, ptr %b.addr, align 8
  %sub632 = fsub double %537, %538
  %539 = load ptr, ptr %p.addr, align 8
  %540 = load i32, ptr %i601, align 4
  %541 = load i32, ptr %m.addr, align 4
  %rem633 = srem i32 %540, %541
  %idxprom634 = sext i32 %rem633 to i64
  %arrayidx635 = getelementptr inbounds %struct.P, ptr %539, i64 %idxprom634
  %w636 = getelementptr inbounds nuw %struct.P, ptr %arrayidx635, i32 0, i32 0
  %542 = load double, ptr %w636, align 8
  %543 = load ptr, ptr %p.addr, align 8
  %544 = load i32, ptr %i601, align 4
  %545 = load i32, ptr %m.addr, align 4
  %rem637 = srem i32 %544, %545
  %idxprom638 = sext i32 %rem637 to i64
  %arrayidx639 = getelementptr inbounds %struct.P, ptr %543, i64 %idxprom638
  %v640 = getelementptr inbounds nuw %struct.P, ptr %arrayidx639, i32 0, i32 1
  %arrayidx641 = getelementptr inbounds [3 x double], ptr %v640, i64 0, i64 1
  %546 = load double, ptr %arrayidx641, align 8
  %add642 = fadd double %542, %546
  %sub643 = fsub double %sub632, %add642
  %547 = load i32, ptr %i601, align 4
  %conv644 = sitofp i32 %547 to double
  %548 = load ptr, ptr %p.addr, align 8
  %549 = load i32, ptr %i601, align 4
  %550 = load i32, ptr %m.addr, align 4
  %rem645 = srem i32 %549, %550
  %idxprom646 = sext i32 %rem645 to i64
  %arrayidx647 = getelementptr inbounds %struct.P, ptr %548, i64 %idxprom646
  %v648 = getelementptr inbounds nuw %struct.P, ptr %arrayidx647, i32 0, i32 1
  %arrayidx649 = getelementptr inbounds [3 x double], ptr %v648, i64 0, i64 1
  %551 = load double, ptr %arrayidx649, align 8
  %mul650 = fmul double %conv644, %551
  %552 = call double @llvm.fabs.f64(double %mul650)
  %call651 = call double @sin(double noundef %552) #3
  %sub652 = fsub double %sub643, %call651
  %553 = load double, ptr %s, align 8
  %add653 = fadd double %553, %sub652
  store double %add653, ptr %s, align 8
  %554 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call654 = call double @sqrt(double noundef %554) #3
  %555 = load i32, ptr %i601, align 4
  %conv655 = sitofp i32 %555 to double
  %556 = load double, ptr %b.addr, align 8
  %sub656 = fsub double %conv655, %556
  %sub657 = fsub double %call654, %sub656
  %557 = call double @llvm.fabs.f64(double %sub657)
  %call658 = call double @sin(double noundef %557) #3
  %558 = load double, ptr %s, align 8
  %add659 = fadd double %558, %call658
  store double %add659, ptr %s, align 8
  %559 = load double, ptr %t, align 8
  %560 = load double, ptr %s, align 8
  %mul661 = fmul double %560, 1.000000e-02
  %561 = call double @llvm.fmuladd.f64(double %559, double 5.000000e-01, double %mul661)
  store double %561, ptr %t, align 8
  %562 = load double, ptr %s, align 8
  %cmp662 = fcmp ogt double %562, 1.000000e+06
  br i1 %cmp662, label %if.then664, label %if.else666

if.then664:                                       ; preds = %for.body605
  %563 = load double, ptr %s, align 8
  %mul665 = fmul double %563, 5.000000e-01
  store double %mul665, ptr %s, align 8
  br label %if.end669

if.else666:                                       ; preds = %for.body605
  %564 = load double, ptr %s, align 8
  %565 = load ptr, ptr %y.addr, align 8
  %566 = load i32, ptr %i601, align 4
  %idxprom667 = sext i32 %566 to i64
  %arrayidx668 = getelementptr inbounds double, ptr %565, i64 %idxprom667
  store double %564, ptr %arrayidx668, align 8
  br label %if.end669

if.end669:                                        ; preds = %if.else666, %if.then664
  %567 = load double, ptr %t, align 8
  %568 = load ptr, ptr %p.addr, align 8
  %569 = load i32, ptr %i601, align 4
  %570 = load i32, ptr %m.addr, align 4
  %rem670 = srem i32 %569, %570
  %idxprom671 = sext i32 %rem670 to i64
  %arrayidx672 = getelementptr inbounds %struct.P, ptr %568, i64 %idxprom671
  %w673 = getelementptr inbounds nuw %struct.P, ptr %arrayidx672, i32 0, i32 0
  %571 = load double, ptr %w673, align 8
  %add674 = fadd double %571, %567
  store double %add674, ptr %w673, align 8
  %572 = load i32, ptr %i601, align 4
  %and675 = and i32 %572, 3
  %cmp676 = icmp eq i32 %and675, 0
  %conv677 = zext i1 %cmp676 to i32
  %conv678 = sext i32 %conv677 to i64
  %573 = load i64, ptr %count, align 8
  %add679 = add nsw i64 %573, %conv678
  store i64 %add679, ptr %count, align 8
  br label %for.inc680

for.inc680:                                       ; preds = %if.end669
  %574 = load i32, ptr %i601, align 4
  %inc681 = add nsw i32 %574, 1
  store i32 %inc681, ptr %i601, align 4
  br label %for.cond602, !llvm.loop !16

for.end682:                                       ; preds = %for.cond602
  store i32 0, ptr %i683, align 4
  br label %for.cond684

for.cond684:                                      ; preds = %for.inc757, %for.end682
  %575 = load i32, ptr %i683, align 4
  %576 = load i32, ptr %n.addr, align 4
  %cmp685 = icmp slt i32 %575, %576
  br i1 %cmp685, label %for.body687, label %for.end759

for.body687:                                      ; preds = %for.cond684
  %577 = load double, ptr %t, align 8
  %mul688 = fmul double 1.500000e+00, %577
  %578 = call double @llvm.fabs.f64(double %mul688)
  %call689 = call double @log1p(double noundef %578) #3
  %579 = load double, ptr %a.addr, align 8
  %580 = call double @llvm.fabs.f64(double %579)
  %call690 = call double @exp(double noundef %580) #3
  %581 = call double @llvm.fabs.f64(double %call690)
  %call691 = call double @sqrt(double noundef %581) #3
  %add692 = fadd double %call689, %call691
  %582 = load double, ptr %s, align 8
  %add693 = fadd double %582, %add692
  store double %add693, ptr %s, align 8
  %583 = load double, ptr %b.addr, align 8
  %584 = call double @llvm.fabs.f64(double %583)
  %call694 = call double @cos(double noundef %584) #3
  %585 = load double, ptr %t, align 8
  %586 = load double, ptr %t, align 8
  %587 = call double @llvm.fmuladd.f64(double %585, double %586, double %call694)
  %588 = load ptr, ptr %p.addr, align 8
  %589 = load i32, ptr %i683, align 4
  %590 = load i32, ptr %m.addr, align 4
  %rem696 = srem i32 %589, %590
  %idxprom697 = sext i32 %rem696 to i64
  %arrayidx698 = getelementptr inbounds %struct.P, ptr %588, i64 %idxprom697
  %v699 = getelementptr inbounds nuw %struct.P, ptr %arrayidx698, i32 0, i32 1
  %arrayidx700 = getelementptr inbounds [3 x double], ptr %v699, i64 0, i64 1
  %591 = load double, ptr %arrayidx700, align 8
  %592 = call double @llvm.fabs.f64(double %591)
  %call701 = call double @tanh(double noundef %592) #3
  %593 = load ptr, ptr %p.addr, align 8
  %594 = load i32, ptr %i683, align 4
  %595 = load i32, ptr %m.addr, align 4
  %rem702 = srem i32 %594, %595
  %idxprom703 = sext i32 %rem702 to i64
  %arrayidx704 = getelementptr inbounds %struct.P, ptr %593, i64 %idxprom703
  %v705 = getelementptr inbounds nuw %struct.P, ptr %arrayidx704, i32 0, i32 1
  %arrayidx706 = getelementptr inbounds [3 x double], ptr %v705, i64 0, i64 1
  %596 = load double, ptr %arrayidx706, align 8
  %597 = load double, ptr %b.addr, align 8
  %sub707 = fsub double %596, %597
  %add708 = fadd double %call701, %sub707
  %add709 = fadd double %587, %add708
  %598 = load double, ptr %s, align 8
  %add710 = fadd double %598, %add709
  store double %add710, ptr %s, align 8
  %599 = load i32, ptr %i683, align 4
  %conv711 = sitofp i32 %599 to double
  %600 = call double @llvm.fabs.f64(double %conv711)
  %call712 = call double @tanh(double noundef %600) #3
  %601 = load ptr, ptr %p.addr, align 8
  %602 = load i32, ptr %i683, align 4
  %603 = load i32, ptr %m.addr, align 4
  %rem713 = srem i32 %602, %603
  %idxprom714 = sext i32 %rem713 to i64
  %arrayidx715 = getelementptr inbounds %struct.P, ptr %601, i64 %idxprom714
  %w716 = getelementptr inbounds nuw %struct.P, ptr %arrayidx715, i32 0, i32 0
  %604 = load double, ptr %w716, align 8
  %605 = load i32, ptr %i683, align 4
  %and717 = and i32 %605, 7
  %idxprom718 = sext i32 %and717 to i64
  %arrayidx719 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom718
  %606 = load double, ptr %arrayidx719, align 8
  %add720 = fadd double %604, %606
  %mul721 = fmul double %call712, %add720
  %607 = load ptr, ptr %p.addr, align 8
  %608 = load i32, ptr %i683, align 4
  %609 = load i32, ptr %m.addr, align 4
  %rem722 = srem i32 %608, %609
  %idxprom723 = sext i32 %rem722 to i64
  %arrayidx724 = getelementptr inbounds %struct.P, ptr %607, i64 %idxprom723
  %w725 = getelementptr inbounds nuw %struct.P, ptr %arrayidx724, i32 0, i32 0
  %610 = load double, ptr %w725, align 8
  %611 = load ptr, ptr %p.addr, align 8
  %612 = load i32, ptr %i683, align 4
  %613 = load i32, ptr %m.addr, align 4
  %rem726 = srem i32 %612, %613
  %idxprom727 = sext i32 %rem726 to i64
  %arrayidx728 = getelementptr inbounds %struct.P, ptr %611, i64 %idxprom727
  %v729 = getelementptr inbounds nuw %struct.P, ptr %arrayidx728, i32 0, i32 1
  %arrayidx730 = getelementptr inbounds [3 x double], ptr %v729, i64 0, i64 1
  %614 = load double, ptr %arrayidx730, align 8
  %615 = load i32, ptr %i683, align 4
  %and732 = and i32 %615, 7
  %idxprom733 = sext i32 %and732 to i64
  %arrayidx734 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom733
  %616 = load double, ptr %arrayidx734, align 8
  %617 = call double @llvm.fabs.f64(double %616)
  %call735 = call double @tanh(double noundef %617) #3
  %618 = call double @llvm.fmuladd.f64(double %610, double %614, double %call735)
  %619 = load double, ptr %s, align 8
  %620 = call double @llvm.fmuladd.f64(double %mul721, double %618, double %619)
  store double %620, ptr %s, align 8
  %621 = load double, ptr %t, align 8
  %622 = load double, ptr %s, align 8
  %mul738 = fmul double %622, 1.100000e-02
  %623 = call double @llvm.fmuladd.f64(double %621, double 5.000000e-01, double %mul738)
  store double %623, ptr %t, align 8
  %624 = load double, ptr %s, align 8
  %cmp739 = fcmp ogt double %624, 1.000000e+06
  br i1 %cmp739, label %if.then741, label %if.else743

if.then741:                                       ; preds = %for.body687
  %625 = load double, ptr %s, align 8
  %mul742 = fmul double %625, 5.000000e-01
  store double %mul742, ptr %s, align 8
  br label %if.end746

if.else743:                                       ; preds = %for.body687
  %626 = load double, ptr %s, align 8
  %627 = load ptr, ptr %y.addr, align 8
  %628 = load i32, ptr %i683, align 4
  %idxprom744 = sext i32 %628 to i64
  %arrayidx745 = getelementptr inbounds double, ptr %627, i64 %idxprom744
  store double %626, ptr %arrayidx745, align 8
  br label %if.end746

if.end746:                                        ; preds = %if.else743, %if.then741
  %629 = load double, ptr %t, align 8
  %630 = load ptr, ptr %p.addr, align 8
  %631 = load i32, ptr %i683, align 4
  %632 = load i32, ptr %m.addr, align 4
  %rem747 = srem i32 %631, %632
  %idxprom748 = sext i32 %rem747 to i64
  %arrayidx749 = getelementptr inbounds %struct.P, ptr %630, i64 %idxprom748
  %w750 = getelementptr inbounds nuw %struct.P, ptr %arrayidx749, i32 0, i32 0
  %633 = load double, ptr %w750, align 8
  %add751 = fadd double %633, %629
  store double %add751, ptr %w750, align 8
  %634 = load i32, ptr %i683, align 4
  %and752 = and i32 %634, 3
  %cmp753 = icmp eq i32 %and752, 0
  %conv754 = zext i1 %cmp753 to i32
  %conv755 = sext i32 %conv754 to i64
  %635 = load i64, ptr %count, align 8
  %add756 = add nsw i64 %635, %conv755
  store i64 %add756, ptr %count, align 8
  br label %for.inc757

for.inc757:                                       ; preds = %if.end746
  %636 = load i32, ptr %i683, align 4
  %inc758 = add nsw i32 %636, 1
  store i32 %inc758, ptr %i683, align 4
  br label %for.cond684, !llvm.loop !17

for.end759:                                       ; preds = %for.cond684
  store i32 0, ptr %i760, align 4
  br label %for.cond761

for.cond761:                                      ; preds = %for.inc831, %for.end759
  %637 = load i32, ptr %i760, align 4
  %638 = load i32, ptr %n.addr, align 4
  %cmp762 = icmp slt i32 %637, %638
  br i1 %cmp762, label %for.body764, label %for.end833

for.body764:                                      ; preds = %for.cond761
  %639 = load double, ptr %t, align 8
  %640 = load double, ptr %b.addr, align 8
  %add765 = fadd double %639, %640
  %641 = load double, ptr %a.addr, align 8
  %642 = load double, ptr %a.addr, align 8
  %add766 = fadd double %641, %642
  %add767 = fadd double %add765, %add766
  %643 = load i32, ptr %i760, align 4
  %conv768 = sitofp i32 %643 to double
  %644 = call double @llvm.fabs.f64(double %conv768)
  %call769 = call double @atan(double noundef %644) #3
  %645 = call double @llvm.fabs.f64(double %call769)
  %call770 = call double @log1p(double noundef %645) #3
  %646 = load double, ptr %s, align 8
  %647 = call double @llvm.fmuladd.f64(double %add767, double %call770, double %646)
  store double %647, ptr %s, align 8
  %648 = load i32, ptr %i760, align 4
  %and772 = and i32 %648, 7
  %idxprom773 = sext i32 %and772 to i64
  %arrayidx774 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom773
  %649 = load double, ptr %arrayidx774, align 8
  %650 = call double @llvm.fabs.f64(double %649)
  %call775 = call double @tanh(double noundef %650) #3
  %651 = load i32, ptr %i760, align 4
  %and776 = and i32 %651, 7
  %idxprom777 = sext i32 %and776 to i64
  %arrayidx778 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom777
  %652 = load double, ptr %arrayidx778, align 8
  %653 = call double @llvm.fabs.f64(double %652)
  %call779 = call double @sqrt(double noundef %653) #3
  %add780 = fadd double %call775, %call779
  %654 = load ptr, ptr %y.addr, align 8
  %655 = load i32, ptr %i760, align 4
  %idxprom781 = sext i32 %655 to i64
  %arrayidx782 = getelementptr inbounds double, ptr %654, i64 %idxprom781
  %656 = load double, ptr %arrayidx782, align 8
  %657 = load ptr, ptr %p.addr, align 8
  %658 = load i32, ptr %i760, align 4
  %659 = load i32, ptr %m.addr, align 4
  %rem783 = srem i32 %658, %659
  %idxprom784 = sext i32 %rem783 to i64
  %arrayidx785 = getelementptr inbounds %struct.P, ptr %657, i64 %idxprom784
  %w786 = getelementptr inbounds nuw %struct.P, ptr %arrayidx785, i32 0, i32 0
  %660 = load double, ptr %w786, align 8
  %mul787 = fmul double %656, %660
  %661 = load ptr, ptr %p.addr, align 8
  %662 = load i32, ptr %i760, align 4
  %663 = load i32, ptr %m.addr, align 4
  %rem788 = srem i32 %662, %663
  %idxprom789 = sext i32 %rem788 to i64
  %arrayidx790 = getelementptr inbounds %struct.P, ptr %661, i64 %idxprom789
  %w791 = getelementptr inbounds nuw %struct.P, ptr %arrayidx790, i32 0, i32 0
  %664 = load double, ptr %w791, align 8
  %665 = load double, ptr %b.addr, align 8
  %mul792 = fmul double %664, %665
  %neg794 = fneg double %mul787
  %666 = call double @llvm.fmuladd.f64(double %neg794, double %mul792, double %add780)
  %667 = load double, ptr %s, align 8
  %add795 = fadd double %667, %666
  store double %add795, ptr %s, align 8
  %668 = load ptr, ptr %p.addr, align 8
  %669 = load i32, ptr %i760, align 4
  %670 = load i32, ptr %m.addr, align 4
  %rem796 = srem i32 %669, %670
  %idxprom797 = sext i32 %rem796 to i64
  %arrayidx798 = getelementptr inbounds %struct.P, ptr %668, i64 %idxprom797
  %w799 = getelementptr inbounds nuw %struct.P, ptr %arrayidx798, i32 0, i32 0
  %671 = load double, ptr %w799, align 8
  %672 = call double @llvm.fabs.f64(double %671)
  %call800 = call double @atan(double noundef %672) #3
  %673 = load ptr, ptr %p.addr, align 8
  %674 = load i32, ptr %i760, align 4
  %675 = load i32, ptr %m.addr, align 4
  %rem801 = srem i32 %674, %675
  %idxprom802 = sext i32 %rem801 to i64
  %arrayidx803 = getelementptr inbounds %struct.P, ptr %673, i64 %idxprom802
  %v804 = getelementptr inbounds nuw %struct.P, ptr %arrayidx803, i32 0, i32 1
  %arrayidx805 = getelementptr inbounds [3 x double], ptr %v804, i64 0, i64 1
  %676 = load double, ptr %arrayidx805, align 8
  %677 = load double, ptr %a.addr, align 8
  %sub806 = fsub double %676, %677
  %678 = load double, ptr %s, align 8
  %679 = call double @llvm.fabs.f64(double %678)
  %call808 = call double @cos(double noundef %679) #3
  %680 = call double @llvm.fabs.f64(double %call808)
  %call809 = call double @cos(double noundef %680) #3
  %681 = call double @llvm.fmuladd.f64(double %call800, double %sub806, double %call809)
  %682 = load double, ptr %s, align 8
  %add810 = fadd double %682, %681
  store double %add810, ptr %s, align 8
  %683 = load double, ptr %t, align 8
  %684 = load double, ptr %s, align 8
  %mul812 = fmul double %684, 1.200000e-02
  %685 = call double @llvm.fmuladd.f64(double %683, double 5.000000e-01, double %mul812)
  store double %685, ptr %t, align 8
  %686 = load double, ptr %s, align 8
  %cmp813 = fcmp ogt double %686, 1.000000e+06
  br i1 %cmp813, label %if.then815, label %if.else817

if.then815:                                       ; preds = %for.body764
  %687 = load double, ptr %s, align 8
  %mul816 = fmul double %687, 5.000000e-01
  store double %mul816, ptr %s, align 8
  br label %if.end820

if.else817:                                       ; preds = %for.body764
  %688 = load double, ptr %s, align 8
  %689 = load ptr, ptr %y.addr, align 8
  %690 = load i32, ptr %i760, align 4
  %idxprom818 = sext i32 %690 to i64
  %arrayidx819 = getelementptr inbounds double, ptr %689, i64 %idxprom818
  store double %688, ptr %arrayidx819, align 8
  br label %if.end820

if.end820:                                        ; preds = %if.else817, %if.then815
  %691 = load double, ptr %t, align 8
  %692 = load ptr, ptr %p.addr, align 8
  %693 = load i32, ptr %i760, align 4
  %694 = load i32, ptr %m.addr, align 4
  %rem821 = srem i32 %693, %694
  %idxprom822 = sext i32 %rem821 to i64
  %arrayidx823 = getelementptr inbounds %struct.P, ptr %692, i64 %idxprom822
  %w824 = getelementptr inbounds nuw %struct.P, ptr %arrayidx823, i32 0, i32 0
  %695 = load double, ptr %w824, align 8
  %add825 = fadd double %695, %691
  store double %add825, ptr %w824, align 8
  %696 = load i32, ptr %i760, align 4
  %and826 = and i32 %696, 3
  %cmp827 = icmp eq i32 %and826, 0
  %conv828 = zext i1 %cmp827 to i32
  %conv829 = sext i32 %conv828 to i64
  %697 = load i64, ptr %count, align 8
  %add830 = add nsw i64 %697, %conv829
  store i64 %add830, ptr %count, align 8
  br label %for.inc831

for.inc831:                                       ; preds = %if.end820
  %698 = load i32, ptr %i760, align 4
  %inc832 = add nsw i32 %698, 1
  store i32 %inc832, ptr %i760, align 4
  br label %for.cond761, !llvm.loop !18

for.end833:                                       ; preds = %for.cond761
  store i32 0, ptr %i834, align 4
  br label %for.cond835

for.cond835:                                      ; preds = %for.inc900, %for.end833
  %699 = load i32, ptr %i834, align 4
  %700 = load i32, ptr %n.addr, align 4
  %cmp836 = icmp slt i32 %699, %700
  br i1 %cmp836, label %for.body838, label %for.end902

for.body838:                                      ; preds = %for.cond835
  %701 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call839 = call double @tanh(double noundef %701) #3
  %702 = call double @llvm.fabs.f64(double %call839)
  %call840 = call double @sin(double noundef %702) #3
  %703 = load ptr, ptr %p.addr, align 8
  %704 = load i32, ptr %i834, align 4
  %705 = load i32, ptr %m.addr, align 4
  %rem841 = srem i32 %704, %705
  %idxprom842 = sext i32 %rem841 to i64
  %arrayidx843 = getelementptr inbounds %struct.P, ptr %703, i64 %idxprom842
  %w844 = getelementptr inbounds nuw %struct.P, ptr %arrayidx843, i32 0, i32 0
  %706 = load double, ptr %w844, align 8
  %sub845 = fsub double 1.500000e+00, %706
  %707 = load ptr, ptr %p.addr, align 8
  %708 = load i32, ptr %i834, align 4
  %709 = load i32, ptr %m.addr, align 4
  %rem846 = srem i32 %708, %709
  %idxprom847 = sext i32 %rem846 to i64
  %arrayidx848 = getelementptr inbounds %struct.P, ptr %707, i64 %idxprom847
  %v849 = getelementptr inbounds nuw %struct.P, ptr %arrayidx848, i32 0, i32 1
  %arrayidx850 = getelementptr inbounds [3 x double], ptr %v849, i64 0, i64 1
  %710 = load double, ptr %arrayidx850, align 8
  %711 = load ptr, ptr %x.addr, align 8
  %712 = load i32, ptr %i834, align 4
  %idxprom851 = sext i32 %712 to i64
  %arrayidx852 = getelementptr inbounds double, ptr %711, i64 %idxprom851
  %713 = load double, ptr %arrayidx852, align 8
  %sub853 = fsub double %710, %713
  %sub854 = fsub double %sub845, %sub853
  %add855 = fadd double %call840, %sub854
  %714 = load double, ptr %s, align 8
  %add856 = fadd double %714, %add855
  store double %add856, ptr %s, align 8
  %715 = load double, ptr %t, align 8
  %716 = call double @llvm.fabs.f64(double %715)
  %call857 = call double @log1p(double noundef %716) #3
  %717 = call double @llvm.fabs.f64(double %call857)
  %call858 = call double @cos(double noundef %717) #3
  %718 = load ptr, ptr %p.addr, align 8
  %719 = load i32, ptr %i834, align 4
  %720 = load i32, ptr %m.addr, align 4
  %rem859 = srem i32 %719, %720
  %idxprom860 = sext i32 %rem859 to i64
  %arrayidx861 = getelementptr inbounds %struct.P, ptr %718, i64 %idxprom860
  %v862 = getelementptr inbounds nuw %struct.P, ptr %arrayidx861, i32 0, i32 1
  %arrayidx863 = getelementptr inbounds [3 x double], ptr %v862, i64 0, i64 1
  %721 = load double, ptr %arrayidx863, align 8
  %722 = load ptr, ptr %y.addr, align 8
  %723 = load i32, ptr %i834, align 4
  %idxprom864 = sext i32 %723 to i64
  %arrayidx865 = getelementptr inbounds double, ptr %722, i64 %idxprom864
  %724 = load double, ptr %arrayidx865, align 8
  %add866 = fadd double %721, %724
  %725 = load double, ptr %t, align 8
  %726 = load i32, ptr %i834, align 4
  %and867 = and i32 %726, 7
  %idxprom868 = sext i32 %and867 to i64
  %arrayidx869 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom868
  %727 = load double, ptr %arrayidx869, align 8
  %add870 = fadd double %725, %727
  %mul871 = fmul double %add866, %add870
  %728 = load double, ptr %s, align 8
  %729 = call double @llvm.fmuladd.f64(double %call858, double %mul871, double %728)
  store double %729, ptr %s, align 8
  %730 = load double, ptr %t, align 8
  %731 = call double @llvm.fabs.f64(double %730)
  %call873 = call double @sqrt(double noundef %731) #3
  %732 = load double, ptr %a.addr, align 8
  %733 = call double @llvm.fabs.f64(double %732)
  %call874 = call double @sin(double noundef %733) #3
  %sub875 = fsub double %call873, %call874
  %734 = load double, ptr %t, align 8
  %735 = load double, ptr %a.addr, align 8
  %sub876 = fsub double %734, %735
  %736 = call double @llvm.fabs.f64(double %sub876)
  %call877 = call double @exp(double noundef %736) #3
  %sub878 = fsub double %sub875, %call877
  %737 = load double, ptr %s, align 8
  %add879 = fadd double %737, %sub878
  store double %add879, ptr %s, align 8
  %738 = load double, ptr %t, align 8
  %739 = load double, ptr %s, align 8
  %mul881 = fmul double %739, 1.300000e-02
  %740 = call double @llvm.fmuladd.f64(double %738, double 5.000000e-01, double %mul881)
  store double %740, ptr %t, align 8
  %741 = load double, ptr %s, align 8
  %cmp882 = fcmp ogt double %741, 1.000000e+06
  br i1 %cmp882, label %if.then884, label %if.else886

if.then884:                                       ; preds = %for.body838
  %742 = load double, ptr %s, align 8
  %mul885 = fmul double %742, 5.000000e-01
  store double %mul885, ptr %s, align 8
  br label %if.end889

if.else886:                                       ; preds = %for.body838
  %743 = load double, ptr %s, align 8
  %744 = load ptr, ptr %y.addr, align 8
  %745 = load i32, ptr %i834, align 4
  %idxprom887 = sext i32 %745 to i64
  %arrayidx888 = getelementptr inbounds double, ptr %744, i64 %idxprom887
  store double %743, ptr %arrayidx888, align 8
  br label %if.end889

if.end889:                                        ; preds = %if.else886, %if.then884
  %746 = load double, ptr %t, align 8
  %747 = load ptr, ptr %p.addr, align 8
  %748 = load i32, ptr %i834, align 4
  %749 = load i32, ptr %m.addr, align 4
  %rem890 = srem i32 %748, %749
  %idxprom891 = sext i32 %rem890 to i64
  %arrayidx892 = getelementptr inbounds %struct.P, ptr %747, i64 %idxprom891
  %w893 = getelementptr inbounds nuw %struct.P, ptr %arrayidx892, i32 0, i32 0
  %750 = load double, ptr %w893, align 8
  %add894 = fadd double %750, %746
  store double %add894, ptr %w893, align 8
  %751 = load i32, ptr %i834, align 4
  %and895 = and i32 %751, 3
  %cmp896 = icmp eq i32 %and895, 0
  %conv897 = zext i1 %cmp896 to i32
  %conv898 = sext i32 %conv897 to i64
  %752 = load i64, ptr %count, align 8
  %add899 = add nsw i64 %752, %conv898
  store i64 %add899, ptr %count, align 8
  br label %for.inc900

for.inc900:                                       ; preds = %if.end889
  %753 = load i32, ptr %i834, align 4
  %inc901 = add nsw i32 %753, 1
  store i32 %inc901, ptr %i834, align 4
  br label %for.cond835, !llvm.loop !19

for.end902:                                       ; preds = %for.cond835
  store i32 0, ptr %i903, align 4
  br label %for.cond904

for.cond904:                                      ; preds = %for.inc957, %for.end902
  %754 = load i32, ptr %i903, align 4
  %755 = load i32, ptr %n.addr, align 4
  %cmp905 = icmp slt i32 %754, %755
  br i1 %cmp905, label %for.body907, label %for.end959

for.body907:                                      ; preds = %for.cond904
  %756 = load double, ptr %s, align 8
  %757 = call double @llvm.fabs.f64(double %756)
  %call908 = call double @exp(double noundef %757) #3
  %758 = load i32, ptr %i903, align 4
  %and909 = and i32 %758, 7
  %idxprom910 = sext i32 %and909 to i64
  %arrayidx911 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom910
  %759 = load double, ptr %arrayidx911, align 8
  %760 = call double @llvm.fabs.f64(double %759)
  %call912 = call double @exp(double noundef %760) #3
  %sub913 = fsub double %call908, %call912
  %761 = load i32, ptr %i903, align 4
  %and914 = and i32 %761, 7
  %idxprom915 = sext i32 %and914 to i64
  %arrayidx916 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom915
  %762 = load double, ptr %arrayidx916, align 8
  %763 = load double, ptr %t, align 8
  %sub917 = fsub double %762, %763
  %764 = call double @llvm.fabs.f64(double %sub917)
  %call918 = call double @exp(double noundef %764) #3
  %765 = load double, ptr %s, align 8
  %766 = call double @llvm.fmuladd.f64(double %sub913, double %call918, double %765)
  store double %766, ptr %s, align 8
  %767 = load i32, ptr %i903, align 4
  %conv920 = sitofp i32 %767 to double
  %mul921 = fmul double %conv920, 1.500000e+00
  %768 = load i32, ptr %i903, align 4
  %conv922 = sitofp i32 %768 to double
  %769 = call double @llvm.fabs.f64(double %conv922)
  %call923 = call double @sin(double noundef %769) #3
  %mul924 = fmul double %mul921, %call923
  %770 = call double @llvm.fabs.f64(double %mul924)
  %call925 = call double @log1p(double noundef %770) #3
  %771 = load double, ptr %s, align 8
  %add926 = fadd double %771, %call925
  store double %add926, ptr %s, align 8
  %772 = load double, ptr %s, align 8
  %773 = call double @llvm.fabs.f64(double %772)
  %call927 = call double @cos(double noundef %773) #3
  %774 = call double @llvm.fabs.f64(double %call927)
  %call928 = call double @sqrt(double noundef %774) #3
  %775 = load i32, ptr %i903, align 4
  %and929 = and i32 %775, 7
  %idxprom930 = sext i32 %and929 to i64
  %arrayidx931 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom930
  %776 = load double, ptr %arrayidx931, align 8
  %777 = call double @llvm.fabs.f64(double %776)
  %call932 = call double @cos(double noundef %777) #3
  %778 = load double, ptr %s, align 8
  %779 = call double @llvm.fabs.f64(double %778)
  %call933 = call double @exp(double noundef %779) #3
  %sub934 = fsub double %call932, %call933
  %sub935 = fsub double %call928, %sub934
  %780 = load double, ptr %s, align 8
  %add936 = fadd double %780, %sub935
  store double %add936, ptr %s, align 8
  %781 = load double, ptr %t, align 8
  %782 = load double, ptr %s, align 8
  %mul938 = fmul double %782, 1.400000e-02
  %783 = call double @llvm.fmuladd.f64(double %781, double 5.000000e-01, double %mul938)
  store double %783, ptr %t, align 8
  %784 = load double, ptr %s, align 8
  %cmp939 = fcmp ogt double %784, 1.000000e+06
  br i1 %cmp939, label %if.then941, label %if.else943

if.then941:                                       ; preds = %for.body907
  %785 = load double, ptr %s, align 8
  %mul942 = fmul double %785, 5.000000e-01
  store double %mul942, ptr %s, align 8
  br label %if.end946

if.else943:                                       ; preds = %for.body907
  %786 = load double, ptr %s, align 8
  %787 = load ptr, ptr %y.addr, align 8
  %788 = load i32, ptr %i903, align 4
  %idxprom944 = sext i32 %788 to i64
  %arrayidx945 = getelementptr inbounds double, ptr %787, i64 %idxprom944
  store double %786, ptr %arrayidx945, align 8
  br label %if.end946

if.end946:                                        ; preds = %if.else943, %if.then941
  %789 = load double, ptr %t, align 8
  %790 = load ptr, ptr %p.addr, align 8
  %791 = load i32, ptr %i903, align 4
  %792 = load i32, ptr %m.addr, align 4
  %rem947 = srem i32 %791, %792
  %idxprom948 = sext i32 %rem947 to i64
  %arrayidx949 = getelementptr inbounds %struct.P, ptr %790, i64 %idxprom948
  %w950 = getelementptr inbounds nuw %struct.P, ptr %arrayidx949, i32 0, i32 0
  %793 = load double, ptr %w950, align 8
  %add951 = fadd double %793, %789
  store double %add951, ptr %w950, align 8
  %794 = load i32, ptr %i903, align 4
  %and952 = and i32 %794, 3
  %cmp953 = icmp eq i32 %and952, 0
  %conv954 = zext i1 %cmp953 to i32
  %conv955 = sext i32 %conv954 to i64
  %795 = load i64, ptr %count, align 8
  %add956 = add nsw i64 %795, %conv955
  store i64 %add956, ptr %count, align 8
  br label %for.inc957

for.inc957:                                       ; preds = %if.end946
  %796 = load i32, ptr %i903, align 4
  %inc958 = add nsw i32 %796, 1
  store i32 %inc958, ptr %i903, align 4
  br label %for.cond904, !llvm.loop !20

for.end959:                                       ; preds = %for.cond904
  store i32 0, ptr %i960, align 4
  br label %for.cond961

for.cond961:                                      ; preds = %for.inc1039, %for.end959
  %797 = load i32, ptr %i960, align 4
  %798 = load i32, ptr %n.addr, align 4
  %cmp962 = icmp slt i32 %797, %798
  br i1 %cmp962, label %for.body964, label %for.end1041

for.body964:                                      ; preds = %for.cond961
  %799 = load ptr, ptr %p.addr, align 8
  %800 = load i32, ptr %i960, align 4
  %801 = load i32, ptr %m.addr, align 4
  %rem965 = srem i32 %800, %801
  %idxprom966 = sext i32 %rem965 to i64
  %arrayidx967 = getelementptr inbounds %struct.P, ptr %799, i64 %idxprom966
  %w968 = getelementptr inbounds nuw %struct.P, ptr %arrayidx967, i32 0, i32 0
  %802 = load double, ptr %w968, align 8
  %803 = load ptr, ptr %y.addr, align 8
  %804 = load i32, ptr %i960, align 4
  %idxprom969 = sext i32 %804 to i64
  %arrayidx970 = getelementptr inbounds double, ptr %803, i64 %idxprom969
  %805 = load double, ptr %arrayidx970, align 8
  %mul971 = fmul double %802, %805
  %806 = load i32, ptr %i960, align 4
  %and972 = and i32 %806, 7
  %idxprom973 = sext i32 %and972 to i64
  %arrayidx974 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom973
  %807 = load double, ptr %arrayidx974, align 8
  %808 = load ptr, ptr %p.addr, align 8
  %809 = load i32, ptr %i960, align 4
  %810 = load i32, ptr %m.addr, align 4
  %rem975 = srem i32 %809, %810
  %idxprom976 = sext i32 %rem975 to i64
  %arrayidx977 = getelementptr inbounds %struct.P, ptr %808, i64 %idxprom976
  %w978 = getelementptr inbounds nuw %struct.P, ptr %arrayidx977, i32 0, i32 0
  %811 = load double, ptr %w978, align 8
  %add979 = fadd double %807, %811
  %mul980 = fmul double %mul971, %add979
  %812 = call double @llvm.fabs.f64(double %mul980)
  %call981 = call double @exp(double noundef %812) #3
  %813 = load double, ptr %s, align 8
  %add982 = fadd double %813, %call981
  store double %add982, ptr %s, align 8
  %814 = load i32, ptr %i960, align 4
  %conv983 = sitofp i32 %814 to double
  %815 = call double @llvm.fabs.f64(double %conv983)
  %call984 = call double @cos(double noundef %815) #3
  %816 = load ptr, ptr %p.addr, align 8
  %817 = load i32, ptr %i960, align 4
  %818 = load i32, ptr %m.addr, align 4
  %rem985 = srem i32 %817, %818
  %idxprom986 = sext i32 %rem985 to i64
  %arrayidx987 = getelementptr inbounds %struct.P, ptr %816, i64 %idxprom986
  %v988 = getelementptr inbounds nuw %struct.P, ptr %arrayidx987, i32 0, i32 1
  %arrayidx989 = getelementptr inbounds [3 x double], ptr %v988, i64 0, i64 1
  %819 = load double, ptr %arrayidx989, align 8
  %820 = call double @llvm.fmuladd.f64(double -1.500000e+00, double %819, double %call984)
  %821 = load ptr, ptr %p.addr, align 8
  %822 = load i32, ptr %i960, align 4
  %823 = load i32, ptr %m.addr, align 4
  %rem991 = srem i32 %822, %823
  %idxprom992 = sext i32 %rem991 to i64
  %arrayidx993 = getelementptr inbounds %struct.P, ptr %821, i64 %idxprom992
  %w994 = getelementptr inbounds nuw %struct.P, ptr %arrayidx993, i32 0, i32 0
  %824 = load double, ptr %w994, align 8
  %825 = load ptr, ptr %p.addr, align 8
  %826 = load i32, ptr %i960, align 4
  %827 = load i32, ptr %m.addr, align 4
  %rem995 = srem i32 %826, %827
  %idxprom996 = sext i32 %rem995 to i64
  %arrayidx997 = getelementptr inbounds %struct.P, ptr %825, i64 %idxprom996
  %v998 = getelementptr inbounds nuw %struct.P, ptr %arrayidx997, i32 0, i32 1
  %arrayidx999 = getelementptr inbounds [3 x double], ptr %v998, i64 0, i64 1
  %828 = load double, ptr %arrayidx999, align 8
  %sub1000 = fsub double %824, %828
  %829 = call double @llvm.fabs.f64(double %sub1000)
  %call1001 = call double @log1p(double noundef %829) #3
  %830 = load double, ptr %s, align 8
  %831 = call double @llvm.fmuladd.f64(double %820, double %call1001, double %830)
  store double %831, ptr %s, align 8
  %832 = load double, ptr %s, align 8
  %833 = load double, ptr %s, align 8
  %mul1003 = fmul double %832, %833
  %834 = load double, ptr %s, align 8
  %835 = load ptr, ptr %x.addr, align 8
  %836 = load i32, ptr %i960, align 4
  %idxprom1004 = sext i32 %836 to i64
  %arrayidx1005 = getelementptr inbounds double, ptr %835, i64 %idxprom1004
  %837 = load double, ptr %arrayidx1005, align 8
  %add1006 = fadd double %834, %837
  %838 = load i32, ptr %i960, align 4
  %conv1008 = sitofp i32 %838 to double
  %839 = load i32, ptr %i960, align 4
  %conv1009 = sitofp i32 %839 to double
  %840 = load i32, ptr %i960, align 4
  %conv1011 = sitofp i32 %840 to double
  %841 = load ptr, ptr %p.addr, align 8
  %842 = load i32, ptr %i960, align 4
  %843 = load i32, ptr %m.addr, align 4
  %rem1012 = srem i32 %842, %843
  %idxprom1013 = sext i32 %rem1012 to i64
  %arrayidx1014 = getelementptr inbounds %struct.P, ptr %841, i64 %idxprom1013
  %v1015 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1014, i32 0, i32 1
  %arrayidx1016 = getelementptr inbounds [3 x double], ptr %v1015, i64 0, i64 1
  %844 = load double, ptr %arrayidx1016, align 8
  %add1017 = fadd double %conv1011, %844
  %845 = call double @llvm.fmuladd.f64(double %conv1008, double %conv1009, double %add1017)
  %846 = call double @llvm.fmuladd.f64(double %mul1003, double %add1006, double %845)
  %847 = load double, ptr %s, align 8
  %add1018 = fadd double %847, %846
  store double %add1018, ptr %s, align 8
  %848 = load double, ptr %t, align 8
  %849 = load double, ptr %s, align 8
  %mul1020 = fmul double %849, 1.500000e-02
  %850 = call double @llvm.fmuladd.f64(double %848, double 5.000000e-01, double %mul1020)
  store double %850, ptr %t, align 8
  %851 = load double, ptr %s, align 8
  %cmp1021 = fcmp ogt double %851, 1.000000e+06
  br i1 %cmp1021, label %if.then1023, label %if.else1025

if.then1023:                                      ; preds = %for.body964
  %852 = load double, ptr %s, align 8
  %mul1024 = fmul double %852, 5.000000e-01
  store double %mul1024, ptr %s, align 8
  br label %if.end1028

if.else1025:                                      ; preds = %for.body964
  %853 = load double, ptr %s, align 8
  %854 = load ptr, ptr %y.addr, align 8
  %855 = load i32, ptr %i960, align 4
  %idxprom1026 = sext i32 %855 to i64
  %arrayidx1027 = getelementptr inbounds double, ptr %854, i64 %idxprom1026
  store double %853, ptr %arrayidx1027, align 8
  br label %if.end1028

if.end1028:                                       ; preds = %if.else1025, %if.then1023
  %856 = load double, ptr %t, align 8
  %857 = load ptr, ptr %p.addr, align 8
  %858 = load i32, ptr %i960, align 4
  %859 = load i32, ptr %m.addr, align 4
  %rem1029 = srem i32 %858, %859
  %idxprom1030 = sext i32 %rem1029 to i64
  %arrayidx1031 = getelementptr inbounds %struct.P, ptr %857, i64 %idxprom1030
  %w1032 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1031, i32 0, i32 0
  %860 = load double, ptr %w1032, align 8
  %add1033 = fadd double %860, %856
  store double %add1033, ptr %w1032, align 8
  %861 = load i32, ptr %i960, align 4
  %and1034 = and i32 %861, 3
  %cmp1035 = icmp eq i32 %and1034, 0
  %conv1036 = zext i1 %cmp1035 to i32
  %conv1037 = sext i32 %conv1036 to i64
  %862 = load i64, ptr %count, align 8
  %add1038 = add nsw i64 %862, %conv1037
  store i64 %add1038, ptr %count, align 8
  br label %for.inc1039

for.inc1039:                                      ; preds = %if.end1028
  %863 = load i32, ptr %i960, align 4
  %inc1040 = add nsw i32 %863, 1
  store i32 %inc1040, ptr %i960, align 4
  br label %for.cond961, !llvm.loop !21

for.end1041:                                      ; preds = %for.cond961
  store i32 0, ptr %i1042, align 4
  br label %for.cond1043

for.cond1043:                                     ; preds = %for.inc1119, %for.end1041
  %864 = load i32, ptr %i1042, align 4
  %865 = load i32, ptr %n.addr, align 4
  %cmp1044 = icmp slt i32 %864, %865
  br i1 %cmp1044, label %for.body1046, label %for.end1121

for.body1046:                                     ; preds = %for.cond1043
  %866 = load i32, ptr %i1042, align 4
  %conv1047 = sitofp i32 %866 to double
  %867 = call double @llvm.fabs.f64(double %conv1047)
  %call1048 = call double @cos(double noundef %867) #3
  %868 = load double, ptr %b.addr, align 8
  %869 = load ptr, ptr %p.addr, align 8
  %870 = load i32, ptr %i1042, align 4
  %871 = load i32, ptr %m.addr, align 4
  %rem1049 = srem i32 %870, %871
  %idxprom1050 = sext i32 %rem1049 to i64
  %arrayidx1051 = getelementptr inbounds %struct.P, ptr %869, i64 %idxprom1050
  %w1052 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1051, i32 0, i32 0
  %872 = load double, ptr %w1052, align 8
  %add1053 = fadd double %868, %872
  %873 = load double, ptr %b.addr, align 8
  %add1055 = fadd double 1.500000e+00, %873
  %874 = load ptr, ptr %x.addr, align 8
  %875 = load i32, ptr %i1042, align 4
  %idxprom1056 = sext i32 %875 to i64
  %arrayidx1057 = getelementptr inbounds double, ptr %874, i64 %idxprom1056
  %876 = load double, ptr %arrayidx1057, align 8
  %877 = load i32, ptr %i1042, align 4
  %conv1058 = sitofp i32 %877 to double
  %mul1059 = fmul double %876, %conv1058
  %mul1060 = fmul double %add1055, %mul1059
  %878 = call double @llvm.fmuladd.f64(double %call1048, double %add1053, double %mul1060)
  %879 = load double, ptr %s, align 8
  %add1061 = fadd double %879, %878
  store double %add1061, ptr %s, align 8
  %880 = load double, ptr %a.addr, align 8
  %881 = load double, ptr %t, align 8
  %add1062 = fadd double %880, %881
  %882 = call double @llvm.fabs.f64(double %add1062)
  %call1063 = call double @sin(double noundef %882) #3
  %883 = load double, ptr %s, align 8
  %884 = load ptr, ptr %p.addr, align 8
  %885 = load i32, ptr %i1042, align 4
  %886 = load i32, ptr %m.addr, align 4
  %rem1064 = srem i32 %885, %886
  %idxprom1065 = sext i32 %rem1064 to i64
  %arrayidx1066 = getelementptr inbounds %struct.P, ptr %884, i64 %idxprom1065
  %v1067 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1066, i32 0, i32 1
  %arrayidx1068 = getelementptr inbounds [3 x double], ptr %v1067, i64 0, i64 1
  %887 = load double, ptr %arrayidx1068, align 8
  %mul1069 = fmul double %883, %887
  %888 = call double @llvm.fabs.f64(double %mul1069)
  %call1070 = call double @log1p(double noundef %888) #3
  %sub1071 = fsub double %call1063, %call1070
  %889 = load double, ptr %s, align 8
  %add1072 = fadd double %889, %sub1071
  store double %add1072, ptr %s, align 8
  %890 = load double, ptr %a.addr, align 8
  %891 = load double, ptr %a.addr, align 8
  %sub1073 = fsub double %890, %891
  %892 = load ptr, ptr %p.addr, align 8
  %893 = load i32, ptr %i1042, align 4
  %894 = load i32, ptr %m.addr, align 4
  %rem1074 = srem i32 %893, %894
  %idxprom1075 = sext i32 %rem1074 to i64
  %arrayidx1076 = getelementptr inbounds %struct.P, ptr %892, i64 %idxprom1075
  %w1077 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1076, i32 0, i32 0
  %895 = load double, ptr %w1077, align 8
  %896 = load ptr, ptr %p.addr, align 8
  %897 = load i32, ptr %i1042, align 4
  %898 = load i32, ptr %m.addr, align 4
  %rem1078 = srem i32 %897, %898
  %idxprom1079 = sext i32 %rem1078 to i64
  %arrayidx1080 = getelementptr inbounds %struct.P, ptr %896, i64 %idxprom1079
  %w1081 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1080, i32 0, i32 0
  %899 = load double, ptr %w1081, align 8
  %sub1082 = fsub double %895, %899
  %add1083 = fadd double %sub1073, %sub1082
  %900 = load i32, ptr %i1042, align 4
  %and1084 = and i32 %900, 7
  %idxprom1085 = sext i32 %and1084 to i64
  %arrayidx1086 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1085
  %901 = load double, ptr %arrayidx1086, align 8
  %902 = call double @llvm.fabs.f64(double %901)
  %call1087 = call double @sqrt(double noundef %902) #3
  %903 = load ptr, ptr %p.addr, align 8
  %904 = load i32, ptr %i1042, align 4
  %905 = load i32, ptr %m.addr, align 4
  %rem1088 = srem i32 %904, %905
  %idxprom1089 = sext i32 %rem1088 to i64
  %arrayidx1090 = getelementptr inbounds %struct.P, ptr %903, i64 %idxprom1089
  %v1091 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1090, i32 0, i32 1
  %arrayidx1092 = getelementptr inbounds [3 x double], ptr %v1091, i64 0, i64 1
  %906 = load double, ptr %arrayidx1092, align 8
  %907 = load i32, ptr %i1042, align 4
  %and1093 = and i32 %907, 7
  %idxprom1094 = sext i32 %and1093 to i64
  %arrayidx1095 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1094
  %908 = load double, ptr %arrayidx1095, align 8
  %add1096 = fadd double %906, %908
  %mul1097 = fmul double %call1087, %add1096
  %909 = load double, ptr %s, align 8
  %910 = call double @llvm.fmuladd.f64(double %add1083, double %mul1097, double %909)
  store double %910, ptr %s, align 8
  %911 = load double, ptr %t, align 8
  %912 = load double, ptr %s, align 8
  %mul1100 = fmul double %912, 1.600000e-02
  %913 = call double @llvm.fmuladd.f64(double %911, double 5.000000e-01, double %mul1100)
  store double %913, ptr %t, align 8
  %914 = load double, ptr %s, align 8
  %cmp1101 = fcmp ogt double %914, 1.000000e+06
  br i1 %cmp1101, label %if.then1103, label %if.else1105

if.then1103:                                      ; preds = %for.body1046
  %915 = load double, ptr %s, align 8
  %mul1104 = fmul double %915, 5.000000e-01
  store double %mul1104, ptr %s, align 8
  br label %if.end1108

if.else1105:                                      ; preds = %for.body1046
  %916 = load double, ptr %s, align 8
  %917 = load ptr, ptr %y.addr, align 8
  %918 = load i32, ptr %i1042, align 4
  %idxprom1106 = sext i32 %918 to i64
  %arrayidx1107 = getelementptr inbounds double, ptr %917, i64 %idxprom1106
  store double %916, ptr %arrayidx1107, align 8
  br label %if.end1108

if.end1108:                                       ; preds = %if.else1105, %if.then1103
  %919 = load double, ptr %t, align 8
  %920 = load ptr, ptr %p.addr, align 8
  %921 = load i32, ptr %i1042, align 4
  %922 = load i32, ptr %m.addr, align 4
  %rem1109 = srem i32 %921, %922
  %idxprom1110 = sext i32 %rem1109 to i64
  %arrayidx1111 = getelementptr inbounds %struct.P, ptr %920, i64 %idxprom1110
  %w1112 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1111, i32 0, i32 0
  %923 = load double, ptr %w1112, align 8
  %add1113 = fadd double %923, %919
  store double %add1113, ptr %w1112, align 8
  %924 = load i32, ptr %i1042, align 4
  %and1114 = and i32 %924, 3
  %cmp1115 = icmp eq i32 %and1114, 0
  %conv1116 = zext i1 %cmp1115 to i32
  %conv1117 = sext i32 %conv1116 to i64
  %925 = load i64, ptr %count, align 8
  %add1118 = add nsw i64 %925, %conv1117
  store i64 %add1118, ptr %count, align 8
  br label %for.inc1119

for.inc1119:                                      ; preds = %if.end1108
  %926 = load i32, ptr %i1042, align 4
  %inc1120 = add nsw i32 %926, 1
  store i32 %inc1120, ptr %i1042, align 4
  br label %for.cond1043, !llvm.loop !22

for.end1121:                                      ; preds = %for.cond1043
  store i32 0, ptr %i1122, align 4
  br label %for.cond1123

for.cond1123:                                     ; preds = %for.inc1172, %for.end1121
  %927 = load i32, ptr %i1122, align 4
  %928 = load i32, ptr %n.addr, align 4
  %cmp1124 = icmp slt i32 %927, %928
  br i1 %cmp1124, label %for.body1126, label %for.end1174

for.body1126:                                     ; preds = %for.cond1123
  %929 = load i32, ptr %i1122, align 4
  %and1127 = and i32 %929, 7
  %idxprom1128 = sext i32 %and1127 to i64
  %arrayidx1129 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1128
  %930 = load double, ptr %arrayidx1129, align 8
  %931 = load i32, ptr %i1122, align 4
  %and1130 = and i32 %931, 7
  %idxprom1131 = sext i32 %and1130 to i64
  %arrayidx1132 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1131
  %932 = load double, ptr %arrayidx1132, align 8
  %add1133 = fadd double %930, %932
  %933 = call double @llvm.fabs.f64(double %add1133)
  %call1134 = call double @cos(double noundef %933) #3
  %934 = call double @llvm.fabs.f64(double %call1134)
  %call1135 = call double @cos(double noundef %934) #3
  %935 = load double, ptr %s, align 8
  %add1136 = fadd double %935, %call1135
  store double %add1136, ptr %s, align 8
  %936 = load ptr, ptr %p.addr, align 8
  %937 = load i32, ptr %i1122, align 4
  %938 = load i32, ptr %m.addr, align 4
  %rem1137 = srem i32 %937, %938
  %idxprom1138 = sext i32 %rem1137 to i64
  %arrayidx1139 = getelementptr inbounds %struct.P, ptr %936, i64 %idxprom1138
  %v1140 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1139, i32 0, i32 1
  %arrayidx1141 = getelementptr inbounds [3 x double], ptr %v1140, i64 0, i64 1
  %939 = load double, ptr %arrayidx1141, align 8
  %940 = load ptr, ptr %y.addr, align 8
  %941 = load i32, ptr %i1122, align 4
  %idxprom1142 = sext i32 %941 to i64
  %arrayidx1143 = getelementptr inbounds double, ptr %940, i64 %idxprom1142
  %942 = load double, ptr %arrayidx1143, align 8
  %add1144 = fadd double %939, %942
  %943 = call double @llvm.fabs.f64(double %add1144)
  %call1145 = call double @exp(double noundef %943) #3
  %944 = call double @llvm.fabs.f64(double %call1145)
  %call1146 = call double @sin(double noundef %944) #3
  %945 = load double, ptr %s, align 8
  %add1147 = fadd double %945, %call1146
  store double %add1147, ptr %s, align 8
  %946 = load double, ptr %a.addr, align 8
  %947 = load double, ptr %b.addr, align 8
  %mul1148 = fmul double %946, %947
  %948 = call double @llvm.fabs.f64(double %mul1148)
  %call1149 = call double @sin(double noundef %948) #3
  %949 = call double @llvm.fabs.f64(double %call1149)
  %call1150 = call double @exp(double noundef %949) #3
  %950 = load double, ptr %s, align 8
  %add1151 = fadd double %950, %call1150
  store double %add1151, ptr %s, align 8
  %951 = load double, ptr %t, align 8
  %952 = load double, ptr %s, align 8
  %mul1153 = fmul double %952, 1.700000e-02
  %953 = call double @llvm.fmuladd.f64(double %951, double 5.000000e-01, double %mul1153)
  store double %953, ptr %t, align 8
  %954 = load double, ptr %s, align 8
  %cmp1154 = fcmp ogt double %954, 1.000000e+06
  br i1 %cmp1154, label %if.then1156, label %if.else1158

if.then1156:                                      ; preds = %for.body1126
  %955 = load double, ptr %s, align 8
  %mul1157 = fmul double %955, 5.000000e-01
  store double %mul1157, ptr %s, align 8
  br label %if.end1161

if.else1158:                                      ; preds = %for.body1126
  %956 = load double, ptr %s, align 8
  %957 = load ptr, ptr %y.addr, align 8
  %958 = load i32, ptr %i1122, align 4
  %idxprom1159 = sext i32 %958 to i64
  %arrayidx1160 = getelementptr inbounds double, ptr %957, i64 %idxprom1159
  store double %956, ptr %arrayidx1160, align 8
  br label %if.end1161

if.end1161:                                       ; preds = %if.else1158, %if.then1156
  %959 = load double, ptr %t, align 8
  %960 = load ptr, ptr %p.addr, align 8
  %961 = load i32, ptr %i1122, align 4
  %962 = load i32, ptr %m.addr, align 4
  %rem1162 = srem i32 %961, %962
  %idxprom1163 = sext i32 %rem1162 to i64
  %arrayidx1164 = getelementptr inbounds %struct.P, ptr %960, i64 %idxprom1163
  %w1165 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1164, i32 0, i32 0
  %963 = load double, ptr %w1165, align 8
  %add1166 = fadd double %963, %959
  store double %add1166, ptr %w1165, align 8
  %964 = load i32, ptr %i1122, align 4
  %and1167 = and i32 %964, 3
  %cmp1168 = icmp eq i32 %and1167, 0
  %conv1169 = zext i1 %cmp1168 to i32
  %conv1170 = sext i32 %conv1169 to i64
  %965 = load i64, ptr %count, align 8
  %add1171 = add nsw i64 %965, %conv1170
  store i64 %add1171, ptr %count, align 8
  br label %for.inc1172

for.inc1172:                                      ; preds = %if.end1161
  %966 = load i32, ptr %i1122, align 4
  %inc1173 = add nsw i32 %966, 1
  store i32 %inc1173, ptr %i1122, align 4
  br label %for.cond1123, !llvm.loop !23

for.end1174:                                      ; preds = %for.cond1123
  store i32 0, ptr %i1175, align 4
  br label %for.cond1176

for.cond1176:                                     ; preds = %for.inc1240, %for.end1174
  %967 = load i32, ptr %i1175, align 4
  %968 = load i32, ptr %n.addr, align 4
  %cmp1177 = icmp slt i32 %967, %968
  br i1 %cmp1177, label %for.body1179, label %for.end1242

for.body1179:                                     ; preds = %for.cond1176
  %969 = load double, ptr %b.addr, align 8
  %970 = load double, ptr %t, align 8
  %sub1180 = fsub double %969, %970
  %971 = load ptr, ptr %y.addr, align 8
  %972 = load i32, ptr %i1175, align 4
  %idxprom1181 = sext i32 %972 to i64
  %arrayidx1182 = getelementptr inbounds double, ptr %971, i64 %idxprom1181
  %973 = load double, ptr %arrayidx1182, align 8
  %add1183 = fadd double %973, 1.500000e+00
  %sub1184 = fsub double %sub1180, %add1183
  %974 = load double, ptr %s, align 8
  %sub1185 = fsub double 1.500000e+00, %974
  %975 = load double, ptr %t, align 8
  %976 = load i32, ptr %i1175, align 4
  %and1186 = and i32 %976, 7
  %idxprom1187 = sext i32 %and1186 to i64
  %arrayidx1188 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1187
  %977 = load double, ptr %arrayidx1188, align 8
  %add1189 = fadd double %975, %977
  %sub1190 = fsub double %sub1185, %add1189
  %978 = load double, ptr %s, align 8
  %979 = call double @llvm.fmuladd.f64(double %sub1184, double %sub1190, double %978)
  store double %979, ptr %s, align 8
  %980 = load double, ptr %a.addr, align 8
  %981 = call double @llvm.fabs.f64(double %980)
  %call1192 = call double @atan(double noundef %981) #3
  %982 = load ptr, ptr %p.addr, align 8
  %983 = load i32, ptr %i1175, align 4
  %984 = load i32, ptr %m.addr, align 4
  %rem1193 = srem i32 %983, %984
  %idxprom1194 = sext i32 %rem1193 to i64
  %arrayidx1195 = getelementptr inbounds %struct.P, ptr %982, i64 %idxprom1194
  %v1196 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1195, i32 0, i32 1
  %arrayidx1197 = getelementptr inbounds [3 x double], ptr %v1196, i64 0, i64 1
  %985 = load double, ptr %arrayidx1197, align 8
  %add1198 = fadd double %985, 1.500000e+00
  %sub1199 = fsub double %call1192, %add1198
  %986 = load ptr, ptr %p.addr, align 8
  %987 = load i32, ptr %i1175, align 4
  %988 = load i32, ptr %m.addr, align 4
  %rem1200 = srem i32 %987, %988
  %idxprom1201 = sext i32 %rem1200 to i64
  %arrayidx1202 = getelementptr inbounds %struct.P, ptr %986, i64 %idxprom1201
  %v1203 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1202, i32 0, i32 1
  %arrayidx1204 = getelementptr inbounds [3 x double], ptr %v1203, i64 0, i64 1
  %989 = load double, ptr %arrayidx1204, align 8
  %990 = load i32, ptr %i1175, align 4
  %and1205 = and i32 %990, 7
  %idxprom1206 = sext i32 %and1205 to i64
  %arrayidx1207 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1206
  %991 = load double, ptr %arrayidx1207, align 8
  %sub1208 = fsub double %989, %991
  %992 = call double @llvm.fabs.f64(double %sub1208)
  %call1209 = call double @sin(double noundef %992) #3
  %sub1210 = fsub double %sub1199, %call1209
  %993 = load double, ptr %s, align 8
  %add1211 = fadd double %993, %sub1210
  store double %add1211, ptr %s, align 8
  %994 = load double, ptr %b.addr, align 8
  %995 = call double @llvm.fabs.f64(double %994)
  %call1212 = call double @exp(double noundef %995) #3
  %996 = load double, ptr %s, align 8
  %997 = load double, ptr %t, align 8
  %sub1213 = fsub double %996, %997
  %998 = load double, ptr %t, align 8
  %999 = call double @llvm.fabs.f64(double %998)
  %call1215 = call double @tanh(double noundef %999) #3
  %1000 = load double, ptr %t, align 8
  %neg1217 = fneg double %1000
  %1001 = call double @llvm.fmuladd.f64(double %neg1217, double 1.500000e+00, double %call1215)
  %neg1218 = fneg double %1001
  %1002 = call double @llvm.fmuladd.f64(double %call1212, double %sub1213, double %neg1218)
  %1003 = load double, ptr %s, align 8
  %add1219 = fadd double %1003, %1002
  store double %add1219, ptr %s, align 8
  %1004 = load double, ptr %t, align 8
  %1005 = load double, ptr %s, align 8
  %mul1221 = fmul double %1005, 1.800000e-02
  %1006 = call double @llvm.fmuladd.f64(double %1004, double 5.000000e-01, double %mul1221)
  store double %1006, ptr %t, align 8
  %1007 = load double, ptr %s, align 8
  %cmp1222 = fcmp ogt double %1007, 1.000000e+06
  br i1 %cmp1222, label %if.then1224, label %if.else1226

if.then1224:                                      ; preds = %for.body1179
  %1008 = load double, ptr %s, align 8
  %mul1225 = fmul double %1008, 5.000000e-01
  store double %mul1225, ptr %s, align 8
  br label %if.end1229

if.else1226:                                      ; preds = %for.body1179
  %1009 = load double, ptr %s, align 8
  %1010 = load ptr, ptr %y.addr, align 8
  %1011 = load i32, ptr %i1175, align 4
  %idxprom1227 = sext i32 %1011 to i64
  %arrayidx1228 = getelementptr inbounds double, ptr %1010, i64 %idxprom1227
  store double %1009, ptr %arrayidx1228, align 8
  br label %if.end1229

if.end1229:                                       ; preds = %if.else1226, %if.then1224
  %1012 = load double, ptr %t, align 8
  %1013 = load ptr, ptr %p.addr, align 8
  %1014 = load i32, ptr %i1175, align 4
  %1015 = load i32, ptr %m.addr, align 4
  %rem1230 = srem i32 %1014, %1015
  %idxprom1231 = sext i32 %rem1230 to i64
  %arrayidx1232 = getelementptr inbounds %struct.P, ptr %1013, i64 %idxprom1231
  %w1233 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1232, i32 0, i32 0
  %1016 = load double, ptr %w1233, align 8
  %add1234 = fadd double %1016, %1012
  store double %add1234, ptr %w1233, align 8
  %1017 = load i32, ptr %i1175, align 4
  %and1235 = and i32 %1017, 3
  %cmp1236 = icmp eq i32 %and1235, 0
  %conv1237 = zext i1 %cmp1236 to i32
  %conv1238 = sext i32 %conv1237 to i64
  %1018 = load i64, ptr %count, align 8
  %add1239 = add nsw i64 %1018, %conv1238
  store i64 %add1239, ptr %count, align 8
  br label %for.inc1240

for.inc1240:                                      ; preds = %if.end1229
  %1019 = load i32, ptr %i1175, align 4
  %inc1241 = add nsw i32 %1019, 1
  store i32 %inc1241, ptr %i1175, align 4
  br label %for.cond1176, !llvm.loop !24

for.end1242:                                      ; preds = %for.cond1176
  store i32 0, ptr %i1243, align 4
  br label %for.cond1244

for.cond1244:                                     ; preds = %for.inc1320, %for.end1242
  %1020 = load i32, ptr %i1243, align 4
  %1021 = load i32, ptr %n.addr, align 4
  %cmp1245 = icmp slt i32 %1020, %1021
  br i1 %cmp1245, label %for.body1247, label %for.end1322

for.body1247:                                     ; preds = %for.cond1244
  %1022 = load double, ptr %s, align 8
  %1023 = load ptr, ptr %p.addr, align 8
  %1024 = load i32, ptr %i1243, align 4
  %1025 = load i32, ptr %m.addr, align 4
  %rem1248 = srem i32 %1024, %1025
  %idxprom1249 = sext i32 %rem1248 to i64
  %arrayidx1250 = getelementptr inbounds %struct.P, ptr %1023, i64 %idxprom1249
  %w1251 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1250, i32 0, i32 0
  %1026 = load double, ptr %w1251, align 8
  %sub1252 = fsub double %1022, %1026
  %1027 = load double, ptr %b.addr, align 8
  %1028 = load ptr, ptr %p.addr, align 8
  %1029 = load i32, ptr %i1243, align 4
  %1030 = load i32, ptr %m.addr, align 4
  %rem1253 = srem i32 %1029, %1030
  %idxprom1254 = sext i32 %rem1253 to i64
  %arrayidx1255 = getelementptr inbounds %struct.P, ptr %1028, i64 %idxprom1254
  %w1256 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1255, i32 0, i32 0
  %1031 = load double, ptr %w1256, align 8
  %sub1257 = fsub double %1027, %1031
  %sub1258 = fsub double %sub1252, %sub1257
  %1032 = load double, ptr %t, align 8
  %1033 = load i32, ptr %i1243, align 4
  %conv1259 = sitofp i32 %1033 to double
  %mul1260 = fmul double %1032, %conv1259
  %1034 = call double @llvm.fabs.f64(double %mul1260)
  %call1261 = call double @atan(double noundef %1034) #3
  %add1262 = fadd double %sub1258, %call1261
  %1035 = load double, ptr %s, align 8
  %add1263 = fadd double %1035, %add1262
  store double %add1263, ptr %s, align 8
  %1036 = load double, ptr %t, align 8
  %1037 = load ptr, ptr %p.addr, align 8
  %1038 = load i32, ptr %i1243, align 4
  %1039 = load i32, ptr %m.addr, align 4
  %rem1264 = srem i32 %1038, %1039
  %idxprom1265 = sext i32 %rem1264 to i64
  %arrayidx1266 = getelementptr inbounds %struct.P, ptr %1037, i64 %idxprom1265
  %w1267 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1266, i32 0, i32 0
  %1040 = load double, ptr %w1267, align 8
  %sub1268 = fsub double %1036, %1040
  %1041 = load ptr, ptr %p.addr, align 8
  %1042 = load i32, ptr %i1243, align 4
  %1043 = load i32, ptr %m.addr, align 4
  %rem1269 = srem i32 %1042, %1043
  %idxprom1270 = sext i32 %rem1269 to i64
  %arrayidx1271 = getelementptr inbounds %struct.P, ptr %1041, i64 %idxprom1270
  %v1272 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1271, i32 0, i32 1
  %arrayidx1273 = getelementptr inbounds [3 x double], ptr %v1272, i64 0, i64 1
  %1044 = load double, ptr %arrayidx1273, align 8
  %1045 = load double, ptr %a.addr, align 8
  %add1274 = fadd double %1044, %1045
  %add1275 = fadd double %sub1268, %add1274
  %1046 = load double, ptr %s, align 8
  %1047 = load double, ptr %b.addr, align 8
  %add1276 = fadd double %1046, %1047
  %1048 = load ptr, ptr %p.addr, align 8
  %1049 = load i32, ptr %i1243, align 4
  %1050 = load i32, ptr %m.addr, align 4
  %rem1277 = srem i32 %1049, %1050
  %idxprom1278 = sext i32 %rem1277 to i64
  %arrayidx1279 = getelementptr inbounds %struct.P, ptr %1048, i64 %idxprom1278
  %v1280 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1279, i32 0, i32 1
  %arrayidx1281 = getelementptr inbounds [3 x double], ptr %v1280, i64 0, i64 1
  %1051 = load double, ptr %arrayidx1281, align 8
  %1052 = call double @llvm.fabs.f64(double %1051)
  %call1282 = call double @cos(double noundef %1052) #3
  %1053 = call double @llvm.fmuladd.f64(double %add1276, double %call1282, double %add1275)
  %1054 = load double, ptr %s, align 8
  %add1284 = fadd double %1054, %1053
  store double %add1284, ptr %s, align 8
  %1055 = load ptr, ptr %y.addr, align 8
  %1056 = load i32, ptr %i1243, align 4
  %idxprom1285 = sext i32 %1056 to i64
  %arrayidx1286 = getelementptr inbounds double, ptr %1055, i64 %idxprom1285
  %1057 = load double, ptr %arrayidx1286, align 8
  %1058 = load ptr, ptr %p.addr, align 8
  %1059 = load i32, ptr %i1243, align 4
  %1060 = load i32, ptr %m.addr, align 4
  %rem1287 = srem i32 %1059, %1060
  %idxprom1288 = sext i32 %rem1287 to i64
  %arrayidx1289 = getelementptr inbounds %struct.P, ptr %1058, i64 %idxprom1288
  %w1290 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1289, i32 0, i32 0
  %1061 = load double, ptr %w1290, align 8
  %1062 = load ptr, ptr %y.addr, align 8
  %1063 = load i32, ptr %i1243, align 4
  %idxprom1292 = sext i32 %1063 to i64
  %arrayidx1293 = getelementptr inbounds double, ptr %1062, i64 %idxprom1292
  %1064 = load double, ptr %arrayidx1293, align 8
  %1065 = load ptr, ptr %y.addr, align 8
  %1066 = load i32, ptr %i1243, align 4
  %idxprom1294 = sext i32 %1066 to i64
  %arrayidx1295 = getelementptr inbounds double, ptr %1065, i64 %idxprom1294
  %1067 = load double, ptr %arrayidx1295, align 8
  %sub1296 = fsub double %1064, %1067
  %neg1297 = fneg double %sub1296
  %1068 = call double @llvm.fmuladd.f64(double %1057, double %1061, double %neg1297)
  %1069 = call double @llvm.fabs.f64(double %1068)
  %call1298 = call double @sin(double noundef %1069) #3
  %1070 = load double, ptr %s, align 8
  %add1299 = fadd double %1070, %call1298
  store double %add1299, ptr %s, align 8
  %1071 = load double, ptr %t, align 8
  %1072 = load double, ptr %s, align 8
  %mul1301 = fmul double %1072, 1.900000e-02
  %1073 = call double @llvm.fmuladd.f64(double %1071, double 5.000000e-01, double %mul1301)
  store double %1073, ptr %t, align 8
  %1074 = load double, ptr %s, align 8
  %cmp1302 = fcmp ogt double %1074, 1.000000e+06
  br i1 %cmp1302, label %if.then1304, label %if.else1306

if.then1304:                                      ; preds = %for.body1247
  %1075 = load double, ptr %s, align 8
  %mul1305 = fmul double %1075, 5.000000e-01
  store double %mul1305, ptr %s, align 8
  br label %if.end1309

if.else1306:                                      ; preds = %for.body1247
  %1076 = load double, ptr %s, align 8
  %1077 = load ptr, ptr %y.addr, align 8
  %1078 = load i32, ptr %i1243, align 4
  %idxprom1307 = sext i32 %1078 to i64
  %arrayidx1308 = getelementptr inbounds double, ptr %1077, i64 %idxprom1307
  store double %1076, ptr %arrayidx1308, align 8
  br label %if.end1309

if.end1309:                                       ; preds = %if.else1306, %if.then1304
  %1079 = load double, ptr %t, align 8
  %1080 = load ptr, ptr %p.addr, align 8
  %1081 = load i32, ptr %i1243, align 4
  %1082 = load i32, ptr %m.addr, align 4
  %rem1310 = srem i32 %1081, %1082
  %idxprom1311 = sext i32 %rem1310 to i64
  %arrayidx1312 = getelementptr inbounds %struct.P, ptr %1080, i64 %idxprom1311
  %w1313 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1312, i32 0, i32 0
  %1083 = load double, ptr %w1313, align 8
  %add1314 = fadd double %1083, %1079
  store double %add1314, ptr %w1313, align 8
  %1084 = load i32, ptr %i1243, align 4
  %and1315 = and i32 %1084, 3
  %cmp1316 = icmp eq i32 %and1315, 0
  %conv1317 = zext i1 %cmp1316 to i32
  %conv1318 = sext i32 %conv1317 to i64
  %1085 = load i64, ptr %count, align 8
  %add1319 = add nsw i64 %1085, %conv1318
  store i64 %add1319, ptr %count, align 8
  br label %for.inc1320

for.inc1320:                                      ; preds = %if.end1309
  %1086 = load i32, ptr %i1243, align 4
  %inc1321 = add nsw i32 %1086, 1
  store i32 %inc1321, ptr %i1243, align 4
  br label %for.cond1244, !llvm.loop !25

for.end1322:                                      ; preds = %for.cond1244
  store i32 0, ptr %i1323, align 4
  br label %for.cond1324

for.cond1324:                                     ; preds = %for.inc1403, %for.end1322
  %1087 = load i32, ptr %i1323, align 4
  %1088 = load i32, ptr %n.addr, align 4
  %cmp1325 = icmp slt i32 %1087, %1088
  br i1 %cmp1325, label %for.body1327, label %for.end1405

for.body1327:                                     ; preds = %for.cond1324
  %1089 = load i32, ptr %i1323, align 4
  %and1328 = and i32 %1089, 7
  %idxprom1329 = sext i32 %and1328 to i64
  %arrayidx1330 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1329
  %1090 = load double, ptr %arrayidx1330, align 8
  %1091 = call double @llvm.fabs.f64(double %1090)
  %call1331 = call double @tanh(double noundef %1091) #3
  %1092 = load i32, ptr %i1323, align 4
  %and1332 = and i32 %1092, 7
  %idxprom1333 = sext i32 %and1332 to i64
  %arrayidx1334 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1333
  %1093 = load double, ptr %arrayidx1334, align 8
  %1094 = call double @llvm.fabs.f64(double %1093)
  %call1335 = call double @atan(double noundef %1094) #3
  %add1336 = fadd double %call1331, %call1335
  %1095 = call double @llvm.fabs.f64(double %add1336)
  %call1337 = call double @sin(double noundef %1095) #3
  %1096 = load double, ptr %s, align 8
  %add1338 = fadd double %1096, %call1337
  store double %add1338, ptr %s, align 8
  %1097 = load ptr, ptr %p.addr, align 8
  %1098 = load i32, ptr %i1323, align 4
  %1099 = load i32, ptr %m.addr, align 4
  %rem1339 = srem i32 %1098, %1099
  %idxprom1340 = sext i32 %rem1339 to i64
  %arrayidx1341 = getelementptr inbounds %struct.P, ptr %1097, i64 %idxprom1340
  %w1342 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1341, i32 0, i32 0
  %1100 = load double, ptr %w1342, align 8
  %sub1343 = fsub double %1100, 1.500000e+00
  %1101 = load double, ptr %t, align 8
  %1102 = load double, ptr %a.addr, align 8
  %neg1345 = fneg double %1101
  %1103 = call double @llvm.fmuladd.f64(double %neg1345, double %1102, double %sub1343)
  %1104 = load ptr, ptr %y.addr, align 8
  %1105 = load i32, ptr %i1323, align 4
  %idxprom1346 = sext i32 %1105 to i64
  %arrayidx1347 = getelementptr inbounds double, ptr %1104, i64 %idxprom1346
  %1106 = load double, ptr %arrayidx1347, align 8
  %1107 = load ptr, ptr %p.addr, align 8
  %1108 = load i32, ptr %i1323, align 4
  %1109 = load i32, ptr %m.addr, align 4
  %rem1348 = srem i32 %1108, %1109
  %idxprom1349 = sext i32 %rem1348 to i64
  %arrayidx1350 = getelementptr inbounds %struct.P, ptr %1107, i64 %idxprom1349
  %v1351 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1350, i32 0, i32 1
  %arrayidx1352 = getelementptr inbounds [3 x double], ptr %v1351, i64 0, i64 1
  %1110 = load double, ptr %arrayidx1352, align 8
  %1111 = load i32, ptr %i1323, align 4
  %and1354 = and i32 %1111, 7
  %idxprom1355 = sext i32 %and1354 to i64
  %arrayidx1356 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1355
  %1112 = load double, ptr %arrayidx1356, align 8
  %1113 = load ptr, ptr %x.addr, align 8
  %1114 = load i32, ptr %i1323, align 4
  %idxprom1357 = sext i32 %1114 to i64
  %arrayidx1358 = getelementptr inbounds double, ptr %1113, i64 %idxprom1357
  %1115 = load double, ptr %arrayidx1358, align 8
  %sub1359 = fsub double %1112, %1115
  %1116 = call double @llvm.fmuladd.f64(double %1106, double %1110, double %sub1359)
  %sub1360 = fsub double %1103, %1116
  %1117 = load double, ptr %s, align 8
  %add1361 = fadd double %1117, %sub1360
  store double %add1361, ptr %s, align 8
  %1118 = load ptr, ptr %p.addr, align 8
  %1119 = load i32, ptr %i1323, align 4
  %1120 = load i32, ptr %m.addr, align 4
  %rem1362 = srem i32 %1119, %1120
  %idxprom1363 = sext i32 %rem1362 to i64
  %arrayidx1364 = getelementptr inbounds %struct.P, ptr %1118, i64 %idxprom1363
  %w1365 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1364, i32 0, i32 0
  %1121 = load double, ptr %w1365, align 8
  %1122 = load ptr, ptr %x.addr, align 8
  %1123 = load i32, ptr %i1323, align 4
  %idxprom1366 = sext i32 %1123 to i64
  %arrayidx1367 = getelementptr inbounds double, ptr %1122, i64 %idxprom1366
  %1124 = load double, ptr %arrayidx1367, align 8
  %mul1368 = fmul double %1121, %1124
  %1125 = load ptr, ptr %x.addr, align 8
  %1126 = load i32, ptr %i1323, align 4
  %idxprom1369 = sext i32 %1126 to i64
  %arrayidx1370 = getelementptr inbounds double, ptr %1125, i64 %idxprom1369
  %1127 = load double, ptr %arrayidx1370, align 8
  %1128 = load i32, ptr %i1323, align 4
  %conv1371 = sitofp i32 %1128 to double
  %add1372 = fadd double %1127, %conv1371
  %1129 = load i32, ptr %i1323, align 4
  %and1374 = and i32 %1129, 7
  %idxprom1375 = sext i32 %and1374 to i64
  %arrayidx1376 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1375
  %1130 = load double, ptr %arrayidx1376, align 8
  %1131 = call double @llvm.fabs.f64(double %1130)
  %call1377 = call double @cos(double noundef %1131) #3
  %1132 = load double, ptr %t, align 8
  %1133 = load i32, ptr %i1323, align 4
  %conv1378 = sitofp i32 %1133 to double
  %add1379 = fadd double %1132, %conv1378
  %sub1380 = fsub double %call1377, %add1379
  %neg1381 = fneg double %sub1380
  %1134 = call double @llvm.fmuladd.f64(double %mul1368, double %add1372, double %neg1381)
  %1135 = load double, ptr %s, align 8
  %add1382 = fadd double %1135, %1134
  store double %add1382, ptr %s, align 8
  %1136 = load double, ptr %t, align 8
  %1137 = load double, ptr %s, align 8
  %mul1384 = fmul double %1137, 2.000000e-02
  %1138 = call double @llvm.fmuladd.f64(double %1136, double 5.000000e-01, double %mul1384)
  store double %1138, ptr %t, align 8
  %1139 = load double, ptr %s, align 8
  %cmp1385 = fcmp ogt double %1139, 1.000000e+06
  br i1 %cmp1385, label %if.then1387, label %if.else1389

if.then1387:                                      ; preds = %for.body1327
  %1140 = load double, ptr %s, align 8
  %mul1388 = fmul double %1140, 5.000000e-01
  store double %mul1388, ptr %s, align 8
  br label %if.end1392

if.else1389:                                      ; preds = %for.body1327
  %1141 = load double, ptr %s, align 8
  %1142 = load ptr, ptr %y.addr, align 8
  %1143 = load i32, ptr %i1323, align 4
  %idxprom1390 = sext i32 %1143 to i64
  %arrayidx1391 = getelementptr inbounds double, ptr %1142, i64 %idxprom1390
  store double %1141, ptr %arrayidx1391, align 8
  br label %if.end1392

if.end1392:                                       ; preds = %if.else1389, %if.then1387
  %1144 = load double, ptr %t, align 8
  %1145 = load ptr, ptr %p.addr, align 8
  %1146 = load i32, ptr %i1323, align 4
  %1147 = load i32, ptr %m.addr, align 4
  %rem1393 = srem i32 %1146, %1147
  %idxprom1394 = sext i32 %rem1393 to i64
  %arrayidx1395 = getelementptr inbounds %struct.P, ptr %1145, i64 %idxprom1394
  %w1396 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1395, i32 0, i32 0
  %1148 = load double, ptr %w1396, align 8
  %add1397 = fadd double %1148, %1144
  store double %add1397, ptr %w1396, align 8
  %1149 = load i32, ptr %i1323, align 4
  %and1398 = and i32 %1149, 3
  %cmp1399 = icmp eq i32 %and1398, 0
  %conv1400 = zext i1 %cmp1399 to i32
  %conv1401 = sext i32 %conv1400 to i64
  %1150 = load i64, ptr %count, align 8
  %add1402 = add nsw i64 %1150, %conv1401
  store i64 %add1402, ptr %count, align 8
  br label %for.inc1403

for.inc1403:                                      ; preds = %if.end1392
  %1151 = load i32, ptr %i1323, align 4
  %inc1404 = add nsw i32 %1151, 1
  store i32 %inc1404, ptr %i1323, align 4
  br label %for.cond1324, !llvm.loop !26

for.end1405:                                      ; preds = %for.cond1324
  store i32 0, ptr %i1406, align 4
  br label %for.cond1407

for.cond1407:                                     ; preds = %for.inc1465, %for.end1405
  %1152 = load i32, ptr %i1406, align 4
  %1153 = load i32, ptr %n.addr, align 4
  %cmp1408 = icmp slt i32 %1152, %1153
  br i1 %cmp1408, label %for.body1410, label %for.end1467

for.body1410:                                     ; preds = %for.cond1407
  %1154 = load ptr, ptr %y.addr, align 8
  %1155 = load i32, ptr %i1406, align 4
  %idxprom1411 = sext i32 %1155 to i64
  %arrayidx1412 = getelementptr inbounds double, ptr %1154, i64 %idxprom1411
  %1156 = load double, ptr %arrayidx1412, align 8
  %1157 = load i32, ptr %i1406, align 4
  %and1413 = and i32 %1157, 7
  %idxprom1414 = sext i32 %and1413 to i64
  %arrayidx1415 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1414
  %1158 = load double, ptr %arrayidx1415, align 8
  %sub1416 = fsub double %1156, %1158
  %1159 = call double @llvm.fabs.f64(double %sub1416)
  %call1417 = call double @sin(double noundef %1159) #3
  %1160 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call1418 = call double @sin(double noundef %1160) #3
  %1161 = load ptr, ptr %x.addr, align 8
  %1162 = load i32, ptr %i1406, align 4
  %idxprom1419 = sext i32 %1162 to i64
  %arrayidx1420 = getelementptr inbounds double, ptr %1161, i64 %idxprom1419
  %1163 = load double, ptr %arrayidx1420, align 8
  %1164 = load ptr, ptr %y.addr, align 8
  %1165 = load i32, ptr %i1406, align 4
  %idxprom1421 = sext i32 %1165 to i64
  %arrayidx1422 = getelementptr inbounds double, ptr %1164, i64 %idxprom1421
  %1166 = load double, ptr %arrayidx1422, align 8
  %sub1423 = fsub double %1163, %1166
  %add1424 = fadd double %call1418, %sub1423
  %add1425 = fadd double %call1417, %add1424
  %1167 = load double, ptr %s, align 8
  %add1426 = fadd double %1167, %add1425
  store double %add1426, ptr %s, align 8
  %1168 = load ptr, ptr %p.addr, align 8
  %1169 = load i32, ptr %i1406, align 4
  %1170 = load i32, ptr %m.addr, align 4
  %rem1427 = srem i32 %1169, %1170
  %idxprom1428 = sext i32 %rem1427 to i64
  %arrayidx1429 = getelementptr inbounds %struct.P, ptr %1168, i64 %idxprom1428
  %w1430 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1429, i32 0, i32 0
  %1171 = load double, ptr %w1430, align 8
  %mul1431 = fmul double 1.500000e+00, %1171
  %1172 = call double @llvm.fabs.f64(double %mul1431)
  %call1432 = call double @cos(double noundef %1172) #3
  %1173 = call double @llvm.fabs.f64(double %call1432)
  %call1433 = call double @exp(double noundef %1173) #3
  %1174 = load double, ptr %s, align 8
  %add1434 = fadd double %1174, %call1433
  store double %add1434, ptr %s, align 8
  %1175 = load double, ptr %s, align 8
  %1176 = load ptr, ptr %p.addr, align 8
  %1177 = load i32, ptr %i1406, align 4
  %1178 = load i32, ptr %m.addr, align 4
  %rem1435 = srem i32 %1177, %1178
  %idxprom1436 = sext i32 %rem1435 to i64
  %arrayidx1437 = getelementptr inbounds %struct.P, ptr %1176, i64 %idxprom1436
  %w1438 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1437, i32 0, i32 0
  %1179 = load double, ptr %w1438, align 8
  %mul1439 = fmul double %1175, %1179
  %1180 = load double, ptr %s, align 8
  %1181 = load i32, ptr %i1406, align 4
  %conv1440 = sitofp i32 %1181 to double
  %sub1441 = fsub double %1180, %conv1440
  %mul1442 = fmul double %mul1439, %sub1441
  %1182 = call double @llvm.fabs.f64(double %mul1442)
  %call1443 = call double @cos(double noundef %1182) #3
  %1183 = load double, ptr %s, align 8
  %add1444 = fadd double %1183, %call1443
  store double %add1444, ptr %s, align 8
  %1184 = load double, ptr %t, align 8
  %1185 = load double, ptr %s, align 8
  %mul1446 = fmul double %1185, 2.100000e-02
  %1186 = call double @llvm.fmuladd.f64(double %1184, double 5.000000e-01, double %mul1446)
  store double %1186, ptr %t, align 8
  %1187 = load double, ptr %s, align 8
  %cmp1447 = fcmp ogt double %1187, 1.000000e+06
  br i1 %cmp1447, label %if.then1449, label %if.else1451

if.then1449:                                      ; preds = %for.body1410
  %1188 = load double, ptr %s, align 8
  %mul1450 = fmul double %1188, 5.000000e-01
  store double %mul1450, ptr %s, align 8
  br label %if.end1454

if.else1451:                                      ; preds = %for.body1410
  %1189 = load double, ptr %s, align 8
  %1190 = load ptr, ptr %y.addr, align 8
  %1191 = load i32, ptr %i1406, align 4
  %idxprom1452 = sext i32 %1191 to i64
  %arrayidx1453 = getelementptr inbounds double, ptr %1190, i64 %idxprom1452
  store double %1189, ptr %arrayidx1453, align 8
  br label %if.end1454

if.end1454:                                       ; preds = %if.else1451, %if.then1449
  %1192 = load double, ptr %t, align 8
  %1193 = load ptr, ptr %p.addr, align 8
  %1194 = load i32, ptr %i1406, align 4
  %1195 = load i32, ptr %m.addr, align 4
  %rem1455 = srem i32 %1194, %1195
  %idxprom1456 = sext i32 %rem1455 to i64
  %arrayidx1457 = getelementptr inbounds %struct.P, ptr %1193, i64 %idxprom1456
  %w1458 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1457, i32 0, i32 0
  %1196 = load double, ptr %w1458, align 8
  %add1459 = fadd double %1196, %1192
  store double %add1459, ptr %w1458, align 8
  %1197 = load i32, ptr %i1406, align 4
  %and1460 = and i32 %1197, 3
  %cmp1461 = icmp eq i32 %and1460, 0
  %conv1462 = zext i1 %cmp1461 to i32
  %conv1463 = sext i32 %conv1462 to i64
  %1198 = load i64, ptr %count, align 8
  %add1464 = add nsw i64 %1198, %conv1463
  store i64 %add1464, ptr %count, align 8
  br label %for.inc1465

for.inc1465:                                      ; preds = %if.end1454
  %1199 = load i32, ptr %i1406, align 4
  %inc1466 = add nsw i32 %1199, 1
  store i32 %inc1466, ptr %i1406, align 4
  br label %for.cond1407, !llvm.loop !27

for.end1467:                                      ; preds = %for.cond1407
  store i32 0, ptr %i1468, align 4
  br label %for.cond1469

for.cond1469:                                     ; preds = %for.inc1530, %for.end1467
  %1200 = load i32, ptr %i1468, align 4
  %1201 = load i32, ptr %n.addr, align 4
  %cmp1470 = icmp slt i32 %1200, %1201
  br i1 %cmp1470, label %for.body1472, label %for.end1532

for.body1472:                                     ; preds = %for.cond1469
  %1202 = load ptr, ptr %y.addr, align 8
  %1203 = load i32, ptr %i1468, align 4
  %idxprom1473 = sext i32 %1203 to i64
  %arrayidx1474 = getelementptr inbounds double, ptr %1202, i64 %idxprom1473
  %1204 = load double, ptr %arrayidx1474, align 8
  %1205 = load double, ptr %b.addr, align 8
  %sub1475 = fsub double %1204, %1205
  %1206 = load i32, ptr %i1468, align 4
  %conv1476 = sitofp i32 %1206 to double
  %1207 = call double @llvm.fabs.f64(double %conv1476)
  %call1477 = call double @cos(double noundef %1207) #3
  %sub1478 = fsub double %sub1475, %call1477
  %1208 = load ptr, ptr %x.addr, align 8
  %1209 = load i32, ptr %i1468, align 4
  %idxprom1479 = sext i32 %1209 to i64
  %arrayidx1480 = getelementptr inbounds double, ptr %1208, i64 %idxprom1479
  %1210 = load double, ptr %arrayidx1480, align 8
  %1211 = load double, ptr %b.addr, align 8
  %1212 = load double, ptr %t, align 8
  %1213 = load double, ptr %b.addr, align 8
  %sub1482 = fsub double %1212, %1213
  %1214 = call double @llvm.fmuladd.f64(double %1210, double %1211, double %sub1482)
  %1215 = load double, ptr %s, align 8
  %1216 = call double @llvm.fmuladd.f64(double %sub1478, double %1214, double %1215)
  store double %1216, ptr %s, align 8
  %1217 = load double, ptr %t, align 8
  %1218 = call double @llvm.fabs.f64(double %1217)
  %call1484 = call double @cos(double noundef %1218) #3
  %1219 = load ptr, ptr %p.addr, align 8
  %1220 = load i32, ptr %i1468, align 4
  %1221 = load i32, ptr %m.addr, align 4
  %rem1485 = srem i32 %1220, %1221
  %idxprom1486 = sext i32 %rem1485 to i64
  %arrayidx1487 = getelementptr inbounds %struct.P, ptr %1219, i64 %idxprom1486
  %w1488 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1487, i32 0, i32 0
  %1222 = load double, ptr %w1488, align 8
  %1223 = call double @llvm.fabs.f64(double %1222)
  %call1489 = call double @atan(double noundef %1223) #3
  %add1490 = fadd double %call1484, %call1489
  %1224 = load double, ptr %s, align 8
  %1225 = load ptr, ptr %p.addr, align 8
  %1226 = load i32, ptr %i1468, align 4
  %1227 = load i32, ptr %m.addr, align 4
  %rem1491 = srem i32 %1226, %1227
  %idxprom1492 = sext i32 %rem1491 to i64
  %arrayidx1493 = getelementptr inbounds %struct.P, ptr %1225, i64 %idxprom1492
  %w1494 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1493, i32 0, i32 0
  %1228 = load double, ptr %w1494, align 8
  %1229 = load double, ptr %a.addr, align 8
  %1230 = call double @llvm.fabs.f64(double %1229)
  %call1496 = call double @atan(double noundef %1230) #3
  %1231 = call double @llvm.fmuladd.f64(double %1224, double %1228, double %call1496)
  %add1497 = fadd double %add1490, %1231
  %1232 = load double, ptr %s, align 8
  %add1498 = fadd double %1232, %add1497
  store double %add1498, ptr %s, align 8
  %1233 = load ptr, ptr %y.addr, align 8
  %1234 = load i32, ptr %i1468, align 4
  %idxprom1499 = sext i32 %1234 to i64
  %arrayidx1500 = getelementptr inbounds double, ptr %1233, i64 %idxprom1499
  %1235 = load double, ptr %arrayidx1500, align 8
  %1236 = call double @llvm.fabs.f64(double %1235)
  %call1501 = call double @cos(double noundef %1236) #3
  %1237 = load ptr, ptr %p.addr, align 8
  %1238 = load i32, ptr %i1468, align 4
  %1239 = load i32, ptr %m.addr, align 4
  %rem1502 = srem i32 %1238, %1239
  %idxprom1503 = sext i32 %rem1502 to i64
  %arrayidx1504 = getelementptr inbounds %struct.P, ptr %1237, i64 %idxprom1503
  %w1505 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1504, i32 0, i32 0
  %1240 = load double, ptr %w1505, align 8
  %1241 = call double @llvm.fabs.f64(double %1240)
  %call1506 = call double @tanh(double noundef %1241) #3
  %sub1507 = fsub double %call1501, %call1506
  %1242 = call double @llvm.fabs.f64(double %sub1507)
  %call1508 = call double @atan(double noundef %1242) #3
  %1243 = load double, ptr %s, align 8
  %add1509 = fadd double %1243, %call1508
  store double %add1509, ptr %s, align 8
  %1244 = load double, ptr %t, align 8
  %1245 = load double, ptr %s, align 8
  %mul1511 = fmul double %1245, 2.200000e-02
  %1246 = call double @llvm.fmuladd.f64(double %1244, double 5.000000e-01, double %mul1511)
  store double %1246, ptr %t, align 8
  %1247 = load double, ptr %s, align 8
  %cmp1512 = fcmp ogt double %1247, 1.000000e+06
  br i1 %cmp1512, label %if.then1514, label %if.else1516

if.then1514:                                      ; preds = %for.body1472
  %1248 = load double, ptr %s, align 8
  %mul1515 = fmul double %1248, 5.000000e-01
  store double %mul1515, ptr %s, align 8
  br label %if.end1519

if.else1516:                                      ; preds = %for.body1472
  %1249 = load double, ptr %s, align 8
  %1250 = load ptr, ptr %y.addr, align 8
  %1251 = load i32, ptr %i1468, align 4
  %idxprom1517 = sext i32 %1251 to i64
  %arrayidx1518 = getelementptr inbounds double, ptr %1250, i64 %idxprom1517
  store double %1249, ptr %arrayidx1518, align 8
  br label %if.end1519

if.end1519:                                       ; preds = %if.else1516, %if.then1514
  %1252 = load double, ptr %t, align 8
  %1253 = load ptr, ptr %p.addr, align 8
  %1254 = load i32, ptr %i1468, align 4
  %1255 = load i32, ptr %m.addr, align 4
  %rem1520 = srem i32 %1254, %1255
  %idxprom1521 = sext i32 %rem1520 to i64
  %arrayidx1522 = getelementptr inbounds %struct.P, ptr %1253, i64 %idxprom1521
  %w1523 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1522, i32 0, i32 0
  %1256 = load double, ptr %w1523, align 8
  %add1524 = fadd double %1256, %1252
  store double %add1524, ptr %w1523, align 8
  %1257 = load i32, ptr %i1468, align 4
  %and1525 = and i32 %1257, 3
  %cmp1526 = icmp eq i32 %and1525, 0
  %conv1527 = zext i1 %cmp1526 to i32
  %conv1528 = sext i32 %conv1527 to i64
  %1258 = load i64, ptr %count, align 8
  %add1529 = add nsw i64 %1258, %conv1528
  store i64 %add1529, ptr %count, align 8
  br label %for.inc1530

for.inc1530:                                      ; preds = %if.end1519
  %1259 = load i32, ptr %i1468, align 4
  %inc1531 = add nsw i32 %1259, 1
  store i32 %inc1531, ptr %i1468, align 4
  br label %for.cond1469, !llvm.loop !28

for.end1532:                                      ; preds = %for.cond1469
  store i32 0, ptr %i1533, align 4
  br label %for.cond1534

for.cond1534:                                     ; preds = %for.inc1590, %for.end1532
  %1260 = load i32, ptr %i1533, align 4
  %1261 = load i32, ptr %n.addr, align 4
  %cmp1535 = icmp slt i32 %1260, %1261
  br i1 %cmp1535, label %for.body1537, label %for.end1592

for.body1537:                                     ; preds = %for.cond1534
  %1262 = load ptr, ptr %p.addr, align 8
  %1263 = load i32, ptr %i1533, align 4
  %1264 = load i32, ptr %m.addr, align 4
  %rem1538 = srem i32 %1263, %1264
  %idxprom1539 = sext i32 %rem1538 to i64
  %arrayidx1540 = getelementptr inbounds %struct.P, ptr %1262, i64 %idxprom1539
  %v1541 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1540, i32 0, i32 1
  %arrayidx1542 = getelementptr inbounds [3 x double], ptr %v1541, i64 0, i64 1
  %1265 = load double, ptr %arrayidx1542, align 8
  %1266 = call double @llvm.fabs.f64(double %1265)
  %call1543 = call double @tanh(double noundef %1266) #3
  %1267 = load double, ptr %s, align 8
  %1268 = load double, ptr %b.addr, align 8
  %add1544 = fadd double %1267, %1268
  %mul1545 = fmul double %call1543, %add1544
  %1269 = call double @llvm.fabs.f64(double %mul1545)
  %call1546 = call double @log1p(double noundef %1269) #3
  %1270 = load double, ptr %s, align 8
  %add1547 = fadd double %1270, %call1546
  store double %add1547, ptr %s, align 8
  %1271 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call1548 = call double @atan(double noundef %1271) #3
  %1272 = load ptr, ptr %p.addr, align 8
  %1273 = load i32, ptr %i1533, align 4
  %1274 = load i32, ptr %m.addr, align 4
  %rem1549 = srem i32 %1273, %1274
  %idxprom1550 = sext i32 %rem1549 to i64
  %arrayidx1551 = getelementptr inbounds %struct.P, ptr %1272, i64 %idxprom1550
  %w1552 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1551, i32 0, i32 0
  %1275 = load double, ptr %w1552, align 8
  %1276 = call double @llvm.fabs.f64(double %1275)
  %call1553 = call double @log1p(double noundef %1276) #3
  %add1554 = fadd double %call1548, %call1553
  %1277 = load double, ptr %t, align 8
  %1278 = load i32, ptr %i1533, align 4
  %conv1555 = sitofp i32 %1278 to double
  %sub1556 = fsub double %1277, %conv1555
  %1279 = call double @llvm.fabs.f64(double %sub1556)
  %call1557 = call double @atan(double noundef %1279) #3
  %sub1558 = fsub double %add1554, %call1557
  %1280 = load double, ptr %s, align 8
  %add1559 = fadd double %1280, %sub1558
  store double %add1559, ptr %s, align 8
  %1281 = load ptr, ptr %y.addr, align 8
  %1282 = load i32, ptr %i1533, align 4
  %idxprom1560 = sext i32 %1282 to i64
  %arrayidx1561 = getelementptr inbounds double, ptr %1281, i64 %idxprom1560
  %1283 = load double, ptr %arrayidx1561, align 8
  %1284 = load ptr, ptr %y.addr, align 8
  %1285 = load i32, ptr %i1533, align 4
  %idxprom1562 = sext i32 %1285 to i64
  %arrayidx1563 = getelementptr inbounds double, ptr %1284, i64 %idxprom1562
  %1286 = load double, ptr %arrayidx1563, align 8
  %sub1564 = fsub double %1283, %1286
  %1287 = load i32, ptr %i1533, align 4
  %conv1565 = sitofp i32 %1287 to double
  %1288 = call double @llvm.fabs.f64(double %conv1565)
  %call1566 = call double @tanh(double noundef %1288) #3
  %mul1567 = fmul double %sub1564, %call1566
  %1289 = call double @llvm.fabs.f64(double %mul1567)
  %call1568 = call double @exp(double noundef %1289) #3
  %1290 = load double, ptr %s, align 8
  %add1569 = fadd double %1290, %call1568
  store double %add1569, ptr %s, align 8
  %1291 = load double, ptr %t, align 8
  %1292 = load double, ptr %s, align 8
  %mul1571 = fmul double %1292, 2.300000e-02
  %1293 = call double @llvm.fmuladd.f64(double %1291, double 5.000000e-01, double %mul1571)
  store double %1293, ptr %t, align 8
  %1294 = load double, ptr %s, align 8
  %cmp1572 = fcmp ogt double %1294, 1.000000e+06
  br i1 %cmp1572, label %if.then1574, label %if.else1576

if.then1574:                                      ; preds = %for.body1537
  %1295 = load double, ptr %s, align 8
  %mul1575 = fmul double %1295, 5.000000e-01
  store double %mul1575, ptr %s, align 8
  br label %if.end1579

if.else1576:                                      ; preds = %for.body1537
  %1296 = load double, ptr %s, align 8
  %1297 = load ptr, ptr %y.addr, align 8
  %1298 = load i32, ptr %i1533, align 4
  %idxprom1577 = sext i32 %1298 to i64
  %arrayidx1578 = getelementptr inbounds double, ptr %1297, i64 %idxprom1577
  store double %1296, ptr %arrayidx1578, align 8
  br label %if.end1579

if.end1579:                                       ; preds = %if.else1576, %if.then1574
  %1299 = load double, ptr %t, align 8
  %1300 = load ptr, ptr %p.addr, align 8
  %1301 = load i32, ptr %i1533, align 4
  %1302 = load i32, ptr %m.addr, align 4
  %rem1580 = srem i32 %1301, %1302
  %idxprom1581 = sext i32 %rem1580 to i64
  %arrayidx1582 = getelementptr inbounds %struct.P, ptr %1300, i64 %idxprom1581
  %w1583 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1582, i32 0, i32 0
  %1303 = load double, ptr %w1583, align 8
  %add1584 = fadd double %1303, %1299
  store double %add1584, ptr %w1583, align 8
  %1304 = load i32, ptr %i1533, align 4
  %and1585 = and i32 %1304, 3
  %cmp1586 = icmp eq i32 %and1585, 0
  %conv1587 = zext i1 %cmp1586 to i32
  %conv1588 = sext i32 %conv1587 to i64
  %1305 = load i64, ptr %count, align 8
  %add1589 = add nsw i64 %1305, %conv1588
  store i64 %add1589, ptr %count, align 8
  br label %for.inc1590

for.inc1590:                                      ; preds = %if.end1579
  %1306 = load i32, ptr %i1533, align 4
  %inc1591 = add nsw i32 %1306, 1
  store i32 %inc1591, ptr %i1533, align 4
  br label %for.cond1534, !llvm.loop !29

for.end1592:                                      ; preds = %for.cond1534
  store i32 0, ptr %i1593, align 4
  br label %for.cond1594

for.cond1594:                                     ; preds = %for.inc1658, %for.end1592
  %1307 = load i32, ptr %i1593, align 4
  %1308 = load i32, ptr %n.addr, align 4
  %cmp1595 = icmp slt i32 %1307, %1308
  br i1 %cmp1595, label %for.body1597, label %for.end1660

for.body1597:                                     ; preds = %for.cond1594
  %1309 = load ptr, ptr %y.addr, align 8
  %1310 = load i32, ptr %i1593, align 4
  %idxprom1598 = sext i32 %1310 to i64
  %arrayidx1599 = getelementptr inbounds double, ptr %1309, i64 %idxprom1598
  %1311 = load double, ptr %arrayidx1599, align 8
  %1312 = load double, ptr %s, align 8
  %add1601 = fadd double 1.500000e+00, %1312
  %1313 = call double @llvm.fmuladd.f64(double %1311, double 1.500000e+00, double %add1601)
  %1314 = load double, ptr %b.addr, align 8
  %1315 = call double @llvm.fabs.f64(double %1314)
  %call1602 = call double @atan(double noundef %1315) #3
  %1316 = call double @llvm.fabs.f64(double %call1602)
  %call1603 = call double @atan(double noundef %1316) #3
  %1317 = load double, ptr %s, align 8
  %1318 = call double @llvm.fmuladd.f64(double %1313, double %call1603, double %1317)
  store double %1318, ptr %s, align 8
  %1319 = load ptr, ptr %p.addr, align 8
  %1320 = load i32, ptr %i1593, align 4
  %1321 = load i32, ptr %m.addr, align 4
  %rem1605 = srem i32 %1320, %1321
  %idxprom1606 = sext i32 %rem1605 to i64
  %arrayidx1607 = getelementptr inbounds %struct.P, ptr %1319, i64 %idxprom1606
  %w1608 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1607, i32 0, i32 0
  %1322 = load double, ptr %w1608, align 8
  %1323 = load double, ptr %s, align 8
  %mul1609 = fmul double %1322, %1323
  %1324 = call double @llvm.fabs.f64(double %mul1609)
  %call1610 = call double @tanh(double noundef %1324) #3
  %1325 = load ptr, ptr %y.addr, align 8
  %1326 = load i32, ptr %i1593, align 4
  %idxprom1611 = sext i32 %1326 to i64
  %arrayidx1612 = getelementptr inbounds double, ptr %1325, i64 %idxprom1611
  %1327 = load double, ptr %arrayidx1612, align 8
  %1328 = load double, ptr %b.addr, align 8
  %sub1613 = fsub double %1327, %1328
  %1329 = load ptr, ptr %y.addr, align 8
  %1330 = load i32, ptr %i1593, align 4
  %idxprom1614 = sext i32 %1330 to i64
  %arrayidx1615 = getelementptr inbounds double, ptr %1329, i64 %idxprom1614
  %1331 = load double, ptr %arrayidx1615, align 8
  %1332 = load double, ptr %s, align 8
  %sub1616 = fsub double %1331, %1332
  %add1617 = fadd double %sub1613, %sub1616
  %sub1618 = fsub double %call1610, %add1617
  %1333 = load double, ptr %s, align 8
  %add1619 = fadd double %1333, %sub1618
  store double %add1619, ptr %s, align 8
  %1334 = load double, ptr %t, align 8
  %1335 = load i32, ptr %i1593, align 4
  %conv1620 = sitofp i32 %1335 to double
  %sub1621 = fsub double %1334, %conv1620
  %1336 = load ptr, ptr %y.addr, align 8
  %1337 = load i32, ptr %i1593, align 4
  %idxprom1622 = sext i32 %1337 to i64
  %arrayidx1623 = getelementptr inbounds double, ptr %1336, i64 %idxprom1622
  %1338 = load double, ptr %arrayidx1623, align 8
  %1339 = call double @llvm.fabs.f64(double %1338)
  %call1624 = call double @sqrt(double noundef %1339) #3
  %add1625 = fadd double %sub1621, %call1624
  %1340 = load double, ptr %a.addr, align 8
  %1341 = load i32, ptr %i1593, align 4
  %conv1626 = sitofp i32 %1341 to double
  %add1627 = fadd double %1340, %conv1626
  %1342 = load ptr, ptr %p.addr, align 8
  %1343 = load i32, ptr %i1593, align 4
  %1344 = load i32, ptr %m.addr, align 4
  %rem1628 = srem i32 %1343, %1344
  %idxprom1629 = sext i32 %rem1628 to i64
  %arrayidx1630 = getelementptr inbounds %struct.P, ptr %1342, i64 %idxprom1629
  %v1631 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1630, i32 0, i32 1
  %arrayidx1632 = getelementptr inbounds [3 x double], ptr %v1631, i64 0, i64 1
  %1345 = load double, ptr %arrayidx1632, align 8
  %1346 = load ptr, ptr %y.addr, align 8
  %1347 = load i32, ptr %i1593, align 4
  %idxprom1633 = sext i32 %1347 to i64
  %arrayidx1634 = getelementptr inbounds double, ptr %1346, i64 %idxprom1633
  %1348 = load double, ptr %arrayidx1634, align 8
  %1349 = call double @llvm.fmuladd.f64(double %1345, double %1348, double %add1627)
  %add1636 = fadd double %add1625, %1349
  %1350 = load double, ptr %s, align 8
  %add1637 = fadd double %1350, %add1636
  store double %add1637, ptr %s, align 8
  %1351 = load double, ptr %t, align 8
  %1352 = load double, ptr %s, align 8
  %mul1639 = fmul double %1352, 2.400000e-02
  %1353 = call double @llvm.fmuladd.f64(double %1351, double 5.000000e-01, double %mul1639)
  store double %1353, ptr %t, align 8
  %1354 = load double, ptr %s, align 8
  %cmp1640 = fcmp ogt double %1354, 1.000000e+06
  br i1 %cmp1640, label %if.then1642, label %if.else1644

if.then1642:                                      ; preds = %for.body1597
  %1355 = load double, ptr %s, align 8
  %mul1643 = fmul double %1355, 5.000000e-01
  store double %mul1643, ptr %s, align 8
  br label %if.end1647

if.else1644:                                      ; preds = %for.body1597
  %1356 = load double, ptr %s, align 8
  %1357 = load ptr, ptr %y.addr, align 8
  %1358 = load i32, ptr %i1593, align 4
  %idxprom1645 = sext i32 %1358 to i64
  %arrayidx1646 = getelementptr inbounds double, ptr %1357, i64 %idxprom1645
  store double %1356, ptr %arrayidx1646, align 8
  br label %if.end1647

if.end1647:                                       ; preds = %if.else1644, %if.then1642
  %1359 = load double, ptr %t, align 8
  %1360 = load ptr, ptr %p.addr, align 8
  %1361 = load i32, ptr %i1593, align 4
  %1362 = load i32, ptr %m.addr, align 4
  %rem1648 = srem i32 %1361, %1362
  %idxprom1649 = sext i32 %rem1648 to i64
  %arrayidx1650 = getelementptr inbounds %struct.P, ptr %1360, i64 %idxprom1649
  %w1651 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1650, i32 0, i32 0
  %1363 = load double, ptr %w1651, align 8
  %add1652 = fadd double %1363, %1359
  store double %add1652, ptr %w1651, align 8
  %1364 = load i32, ptr %i1593, align 4
  %and1653 = and i32 %1364, 3
  %cmp1654 = icmp eq i32 %and1653, 0
  %conv1655 = zext i1 %cmp1654 to i32
  %conv1656 = sext i32 %conv1655 to i64
  %1365 = load i64, ptr %count, align 8
  %add1657 = add nsw i64 %1365, %conv1656
  store i64 %add1657, ptr %count, align 8
  br label %for.inc1658

for.inc1658:                                      ; preds = %if.end1647
  %1366 = load i32, ptr %i1593, align 4
  %inc1659 = add nsw i32 %1366, 1
  store i32 %inc1659, ptr %i1593, align 4
  br label %for.cond1594, !llvm.loop !30

for.end1660:                                      ; preds = %for.cond1594
  store i32 0, ptr %i1661, align 4
  br label %for.cond1662

for.cond1662:                                     ; preds = %for.inc1724, %for.end1660
  %1367 = load i32, ptr %i1661, align 4
  %1368 = load i32, ptr %n.addr, align 4
  %cmp1663 = icmp slt i32 %1367, %1368
  br i1 %cmp1663, label %for.body1665, label %for.end1726

for.body1665:                                     ; preds = %for.cond1662
  %1369 = load ptr, ptr %y.addr, align 8
  %1370 = load i32, ptr %i1661, align 4
  %idxprom1666 = sext i32 %1370 to i64
  %arrayidx1667 = getelementptr inbounds double, ptr %1369, i64 %idxprom1666
  %1371 = load double, ptr %arrayidx1667, align 8
  %1372 = load i32, ptr %i1661, align 4
  %conv1668 = sitofp i32 %1372 to double
  %sub1669 = fsub double %1371, %conv1668
  %1373 = call double @llvm.fabs.f64(double %sub1669)
  %call1670 = call double @sin(double noundef %1373) #3
  %1374 = call double @llvm.fabs.f64(double %call1670)
  %call1671 = call double @sin(double noundef %1374) #3
  %1375 = load double, ptr %s, align 8
  %add1672 = fadd double %1375, %call1671
  store double %add1672, ptr %s, align 8
  %1376 = load i32, ptr %i1661, align 4
  %conv1673 = sitofp i32 %1376 to double
  %1377 = load double, ptr %t, align 8
  %sub1674 = fsub double %conv1673, %1377
  %1378 = call double @llvm.fabs.f64(double %sub1674)
  %call1675 = call double @cos(double noundef %1378) #3
  %1379 = load ptr, ptr %p.addr, align 8
  %1380 = load i32, ptr %i1661, align 4
  %1381 = load i32, ptr %m.addr, align 4
  %rem1676 = srem i32 %1380, %1381
  %idxprom1677 = sext i32 %rem1676 to i64
  %arrayidx1678 = getelementptr inbounds %struct.P, ptr %1379, i64 %idxprom1677
  %v1679 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1678, i32 0, i32 1
  %arrayidx1680 = getelementptr inbounds [3 x double], ptr %v1679, i64 0, i64 1
  %1382 = load double, ptr %arrayidx1680, align 8
  %1383 = load double, ptr %t, align 8
  %1384 = load ptr, ptr %p.addr, align 8
  %1385 = load i32, ptr %i1661, align 4
  %1386 = load i32, ptr %m.addr, align 4
  %rem1682 = srem i32 %1385, %1386
  %idxprom1683 = sext i32 %rem1682 to i64
  %arrayidx1684 = getelementptr inbounds %struct.P, ptr %1384, i64 %idxprom1683
  %v1685 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1684, i32 0, i32 1
  %arrayidx1686 = getelementptr inbounds [3 x double], ptr %v1685, i64 0, i64 1
  %1387 = load double, ptr %arrayidx1686, align 8
  %1388 = load ptr, ptr %x.addr, align 8
  %1389 = load i32, ptr %i1661, align 4
  %idxprom1687 = sext i32 %1389 to i64
  %arrayidx1688 = getelementptr inbounds double, ptr %1388, i64 %idxprom1687
  %1390 = load double, ptr %arrayidx1688, align 8
  %mul1689 = fmul double %1387, %1390
  %1391 = call double @llvm.fmuladd.f64(double %1382, double %1383, double %mul1689)
  %sub1690 = fsub double %call1675, %1391
  %1392 = load double, ptr %s, align 8
  %add1691 = fadd double %1392, %sub1690
  store double %add1691, ptr %s, align 8
  %1393 = load ptr, ptr %y.addr, align 8
  %1394 = load i32, ptr %i1661, align 4
  %idxprom1692 = sext i32 %1394 to i64
  %arrayidx1693 = getelementptr inbounds double, ptr %1393, i64 %idxprom1692
  %1395 = load double, ptr %arrayidx1693, align 8
  %1396 = load i32, ptr %i1661, align 4
  %conv1694 = sitofp i32 %1396 to double
  %1397 = load double, ptr %s, align 8
  %1398 = load ptr, ptr %p.addr, align 8
  %1399 = load i32, ptr %i1661, align 4
  %1400 = load i32, ptr %m.addr, align 4
  %rem1696 = srem i32 %1399, %1400
  %idxprom1697 = sext i32 %rem1696 to i64
  %arrayidx1698 = getelementptr inbounds %struct.P, ptr %1398, i64 %idxprom1697
  %v1699 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1698, i32 0, i32 1
  %arrayidx1700 = getelementptr inbounds [3 x double], ptr %v1699, i64 0, i64 1
  %1401 = load double, ptr %arrayidx1700, align 8
  %add1701 = fadd double %1397, %1401
  %1402 = call double @llvm.fmuladd.f64(double %1395, double %conv1694, double %add1701)
  %1403 = call double @llvm.fabs.f64(double %1402)
  %call1702 = call double @cos(double noundef %1403) #3
  %1404 = load double, ptr %s, align 8
  %add1703 = fadd double %1404, %call1702
  store double %add1703, ptr %s, align 8
  %1405 = load double, ptr %t, align 8
  %1406 = load double, ptr %s, align 8
  %mul1705 = fmul double %1406, 2.500000e-02
  %1407 = call double @llvm.fmuladd.f64(double %1405, double 5.000000e-01, double %mul1705)
  store double %1407, ptr %t, align 8
  %1408 = load double, ptr %s, align 8
  %cmp1706 = fcmp ogt double %1408, 1.000000e+06
  br i1 %cmp1706, label %if.then1708, label %if.else1710

if.then1708:                                      ; preds = %for.body1665
  %1409 = load double, ptr %s, align 8
  %mul1709 = fmul double %1409, 5.000000e-01
  store double %mul1709, ptr %s, align 8
  br label %if.end1713

if.else1710:                                      ; preds = %for.body1665
  %1410 = load double, ptr %s, align 8
  %1411 = load ptr, ptr %y.addr, align 8
  %1412 = load i32, ptr %i1661, align 4
  %idxprom1711 = sext i32 %1412 to i64
  %arrayidx1712 = getelementptr inbounds double, ptr %1411, i64 %idxprom1711
  store double %1410, ptr %arrayidx1712, align 8
  br label %if.end1713

if.end1713:                                       ; preds = %if.else1710, %if.then1708
  %1413 = load double, ptr %t, align 8
  %1414 = load ptr, ptr %p.addr, align 8
  %1415 = load i32, ptr %i1661, align 4
  %1416 = load i32, ptr %m.addr, align 4
  %rem1714 = srem i32 %1415, %1416
  %idxprom1715 = sext i32 %rem1714 to i64
  %arrayidx1716 = getelementptr inbounds %struct.P, ptr %1414, i64 %idxprom1715
  %w1717 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1716, i32 0, i32 0
  %1417 = load double, ptr %w1717, align 8
  %add1718 = fadd double %1417, %1413
  store double %add1718, ptr %w1717, align 8
  %1418 = load i32, ptr %i1661, align 4
  %and1719 = and i32 %1418, 3
  %cmp1720 = icmp eq i32 %and1719, 0
  %conv1721 = zext i1 %cmp1720 to i32
  %conv1722 = sext i32 %conv1721 to i64
  %1419 = load i64, ptr %count, align 8
  %add1723 = add nsw i64 %1419, %conv1722
  store i64 %add1723, ptr %count, align 8
  br label %for.inc1724

for.inc1724:                                      ; preds = %if.end1713
  %1420 = load i32, ptr %i1661, align 4
  %inc1725 = add nsw i32 %1420, 1
  store i32 %inc1725, ptr %i1661, align 4
  br label %for.cond1662, !llvm.loop !31

for.end1726:                                      ; preds = %for.cond1662
  store i32 0, ptr %i1727, align 4
  br label %for.cond1728

for.cond1728:                                     ; preds = %for.inc1800, %for.end1726
  %1421 = load i32, ptr %i1727, align 4
  %1422 = load i32, ptr %n.addr, align 4
  %cmp1729 = icmp slt i32 %1421, %1422
  br i1 %cmp1729, label %for.body1731, label %for.end1802

for.body1731:                                     ; preds = %for.cond1728
  %1423 = load ptr, ptr %p.addr, align 8
  %1424 = load i32, ptr %i1727, align 4
  %1425 = load i32, ptr %m.addr, align 4
  %rem1732 = srem i32 %1424, %1425
  %idxprom1733 = sext i32 %rem1732 to i64
  %arrayidx1734 = getelementptr inbounds %struct.P, ptr %1423, i64 %idxprom1733
  %w1735 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1734, i32 0, i32 0
  %1426 = load double, ptr %w1735, align 8
  %1427 = load double, ptr %t, align 8
  %add1736 = fadd double %1426, %1427
  %1428 = call double @llvm.fabs.f64(double %add1736)
  %call1737 = call double @sqrt(double noundef %1428) #3
  %1429 = load double, ptr %b.addr, align 8
  %1430 = call double @llvm.fabs.f64(double %1429)
  %call1738 = call double @tanh(double noundef %1430) #3
  %1431 = load double, ptr %b.addr, align 8
  %1432 = load ptr, ptr %x.addr, align 8
  %1433 = load i32, ptr %i1727, align 4
  %idxprom1739 = sext i32 %1433 to i64
  %arrayidx1740 = getelementptr inbounds double, ptr %1432, i64 %idxprom1739
  %1434 = load double, ptr %arrayidx1740, align 8
  %mul1741 = fmul double %1431, %1434
  %mul1742 = fmul double %call1738, %mul1741
  %1435 = load double, ptr %s, align 8
  %1436 = call double @llvm.fmuladd.f64(double %call1737, double %mul1742, double %1435)
  store double %1436, ptr %s, align 8
  %1437 = load ptr, ptr %p.addr, align 8
  %1438 = load i32, ptr %i1727, align 4
  %1439 = load i32, ptr %m.addr, align 4
  %rem1744 = srem i32 %1438, %1439
  %idxprom1745 = sext i32 %rem1744 to i64
  %arrayidx1746 = getelementptr inbounds %struct.P, ptr %1437, i64 %idxprom1745
  %v1747 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1746, i32 0, i32 1
  %arrayidx1748 = getelementptr inbounds [3 x double], ptr %v1747, i64 0, i64 1
  %1440 = load double, ptr %arrayidx1748, align 8
  %1441 = call double @llvm.fabs.f64(double %1440)
  %call1749 = call double @log1p(double noundef %1441) #3
  %1442 = call double @llvm.fabs.f64(double %call1749)
  %call1750 = call double @sin(double noundef %1442) #3
  %1443 = load double, ptr %t, align 8
  %sub1751 = fsub double %1443, 1.500000e+00
  %1444 = load double, ptr %a.addr, align 8
  %1445 = load ptr, ptr %p.addr, align 8
  %1446 = load i32, ptr %i1727, align 4
  %1447 = load i32, ptr %m.addr, align 4
  %rem1752 = srem i32 %1446, %1447
  %idxprom1753 = sext i32 %rem1752 to i64
  %arrayidx1754 = getelementptr inbounds %struct.P, ptr %1445, i64 %idxprom1753
  %v1755 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1754, i32 0, i32 1
  %arrayidx1756 = getelementptr inbounds [3 x double], ptr %v1755, i64 0, i64 1
  %1448 = load double, ptr %arrayidx1756, align 8
  %add1757 = fadd double %1444, %1448
  %add1758 = fadd double %sub1751, %add1757
  %sub1759 = fsub double %call1750, %add1758
  %1449 = load double, ptr %s, align 8
  %add1760 = fadd double %1449, %sub1759
  store double %add1760, ptr %s, align 8
  %1450 = load double, ptr %s, align 8
  %1451 = load double, ptr %t, align 8
  %add1761 = fadd double %1450, %1451
  %1452 = load ptr, ptr %x.addr, align 8
  %1453 = load i32, ptr %i1727, align 4
  %idxprom1762 = sext i32 %1453 to i64
  %arrayidx1763 = getelementptr inbounds double, ptr %1452, i64 %idxprom1762
  %1454 = load double, ptr %arrayidx1763, align 8
  %1455 = call double @llvm.fabs.f64(double %1454)
  %call1764 = call double @atan(double noundef %1455) #3
  %1456 = load ptr, ptr %p.addr, align 8
  %1457 = load i32, ptr %i1727, align 4
  %1458 = load i32, ptr %m.addr, align 4
  %rem1766 = srem i32 %1457, %1458
  %idxprom1767 = sext i32 %rem1766 to i64
  %arrayidx1768 = getelementptr inbounds %struct.P, ptr %1456, i64 %idxprom1767
  %v1769 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1768, i32 0, i32 1
  %arrayidx1770 = getelementptr inbounds [3 x double], ptr %v1769, i64 0, i64 1
  %1459 = load double, ptr %arrayidx1770, align 8
  %1460 = load double, ptr %a.addr, align 8
  %sub1771 = fsub double %1459, %1460
  %1461 = load ptr, ptr %y.addr, align 8
  %1462 = load i32, ptr %i1727, align 4
  %idxprom1772 = sext i32 %1462 to i64
  %arrayidx1773 = getelementptr inbounds double, ptr %1461, i64 %idxprom1772
  %1463 = load double, ptr %arrayidx1773, align 8
  %1464 = load ptr, ptr %x.addr, align 8
  %1465 = load i32, ptr %i1727, align 4
  %idxprom1774 = sext i32 %1465 to i64
  %arrayidx1775 = getelementptr inbounds double, ptr %1464, i64 %idxprom1774
  %1466 = load double, ptr %arrayidx1775, align 8
  %sub1776 = fsub double %1463, %1466
  %add1777 = fadd double %sub1771, %sub1776
  %neg1778 = fneg double %add1777
  %1467 = call double @llvm.fmuladd.f64(double %add1761, double %call1764, double %neg1778)
  %1468 = load double, ptr %s, align 8
  %add1779 = fadd double %1468, %1467
  store double %add1779, ptr %s, align 8
  %1469 = load double, ptr %t, align 8
  %1470 = load double, ptr %s, align 8
  %mul1781 = fmul double %1470, 2.600000e-02
  %1471 = call double @llvm.fmuladd.f64(double %1469, double 5.000000e-01, double %mul1781)
  store double %1471, ptr %t, align 8
  %1472 = load double, ptr %s, align 8
  %cmp1782 = fcmp ogt double %1472, 1.000000e+06
  br i1 %cmp1782, label %if.then1784, label %if.else1786

if.then1784:                                      ; preds = %for.body1731
  %1473 = load double, ptr %s, align 8
  %mul1785 = fmul double %1473, 5.000000e-01
  store double %mul1785, ptr %s, align 8
  br label %if.end1789

if.else1786:                                      ; preds = %for.body1731
  %1474 = load double, ptr %s, align 8
  %1475 = load ptr, ptr %y.addr, align 8
  %1476 = load i32, ptr %i1727, align 4
  %idxprom1787 = sext i32 %1476 to i64
  %arrayidx1788 = getelementptr inbounds double, ptr %1475, i64 %idxprom1787
  store double %1474, ptr %arrayidx1788, align 8
  br label %if.end1789

if.end1789:                                       ; preds = %if.else1786, %if.then1784
  %1477 = load double, ptr %t, align 8
  %1478 = load ptr, ptr %p.addr, align 8
  %1479 = load i32, ptr %i1727, align 4
  %1480 = load i32, ptr %m.addr, align 4
  %rem1790 = srem i32 %1479, %1480
  %idxprom1791 = sext i32 %rem1790 to i64
  %arrayidx1792 = getelementptr inbounds %struct.P, ptr %1478, i64 %idxprom1791
  %w1793 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1792, i32 0, i32 0
  %1481 = load double, ptr %w1793, align 8
  %add1794 = fadd double %1481, %1477
  store double %add1794, ptr %w1793, align 8
  %1482 = load i32, ptr %i1727, align 4
  %and1795 = and i32 %1482, 3
  %cmp1796 = icmp eq i32 %and1795, 0
  %conv1797 = zext i1 %cmp1796 to i32
  %conv1798 = sext i32 %conv1797 to i64
  %1483 = load i64, ptr %count, align 8
  %add1799 = add nsw i64 %1483, %conv1798
  store i64 %add1799, ptr %count, align 8
  br label %for.inc1800

for.inc1800:                                      ; preds = %if.end1789
  %1484 = load i32, ptr %i1727, align 4
  %inc1801 = add nsw i32 %1484, 1
  store i32 %inc1801, ptr %i1727, align 4
  br label %for.cond1728, !llvm.loop !32

for.end1802:                                      ; preds = %for.cond1728
  store i32 0, ptr %i1803, align 4
  br label %for.cond1804

for.cond1804:                                     ; preds = %for.inc1868, %for.end1802
  %1485 = load i32, ptr %i1803, align 4
  %1486 = load i32, ptr %n.addr, align 4
  %cmp1805 = icmp slt i32 %1485, %1486
  br i1 %cmp1805, label %for.body1807, label %for.end1870

for.body1807:                                     ; preds = %for.cond1804
  %1487 = load i32, ptr %i1803, align 4
  %and1808 = and i32 %1487, 7
  %idxprom1809 = sext i32 %and1808 to i64
  %arrayidx1810 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1809
  %1488 = load double, ptr %arrayidx1810, align 8
  %1489 = load double, ptr %s, align 8
  %add1811 = fadd double %1488, %1489
  %1490 = load i32, ptr %i1803, align 4
  %conv1812 = sitofp i32 %1490 to double
  %1491 = load ptr, ptr %p.addr, align 8
  %1492 = load i32, ptr %i1803, align 4
  %1493 = load i32, ptr %m.addr, align 4
  %rem1813 = srem i32 %1492, %1493
  %idxprom1814 = sext i32 %rem1813 to i64
  %arrayidx1815 = getelementptr inbounds %struct.P, ptr %1491, i64 %idxprom1814
  %v1816 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1815, i32 0, i32 1
  %arrayidx1817 = getelementptr inbounds [3 x double], ptr %v1816, i64 0, i64 1
  %1494 = load double, ptr %arrayidx1817, align 8
  %mul1818 = fmul double %conv1812, %1494
  %mul1819 = fmul double %add1811, %mul1818
  %1495 = load i32, ptr %i1803, align 4
  %conv1820 = sitofp i32 %1495 to double
  %1496 = call double @llvm.fabs.f64(double %conv1820)
  %call1821 = call double @cos(double noundef %1496) #3
  %1497 = load i32, ptr %i1803, align 4
  %conv1822 = sitofp i32 %1497 to double
  %1498 = call double @llvm.fabs.f64(double %conv1822)
  %call1823 = call double @sqrt(double noundef %1498) #3
  %sub1824 = fsub double %call1821, %call1823
  %1499 = load double, ptr %s, align 8
  %1500 = call double @llvm.fmuladd.f64(double %mul1819, double %sub1824, double %1499)
  store double %1500, ptr %s, align 8
  %1501 = load ptr, ptr %p.addr, align 8
  %1502 = load i32, ptr %i1803, align 4
  %1503 = load i32, ptr %m.addr, align 4
  %rem1826 = srem i32 %1502, %1503
  %idxprom1827 = sext i32 %rem1826 to i64
  %arrayidx1828 = getelementptr inbounds %struct.P, ptr %1501, i64 %idxprom1827
  %v1829 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1828, i32 0, i32 1
  %arrayidx1830 = getelementptr inbounds [3 x double], ptr %v1829, i64 0, i64 1
  %1504 = load double, ptr %arrayidx1830, align 8
  %1505 = call double @llvm.fabs.f64(double %1504)
  %call1831 = call double @cos(double noundef %1505) #3
  %1506 = call double @llvm.fabs.f64(double %call1831)
  %call1832 = call double @sqrt(double noundef %1506) #3
  %1507 = call double @llvm.fabs.f64(double %call1832)
  %call1833 = call double @log1p(double noundef %1507) #3
  %1508 = load double, ptr %s, align 8
  %add1834 = fadd double %1508, %call1833
  store double %add1834, ptr %s, align 8
  %1509 = load double, ptr %a.addr, align 8
  %1510 = call double @llvm.fabs.f64(double %1509)
  %call1835 = call double @tanh(double noundef %1510) #3
  %1511 = call double @llvm.fabs.f64(double %call1835)
  %call1836 = call double @atan(double noundef %1511) #3
  %1512 = load i32, ptr %i1803, align 4
  %conv1837 = sitofp i32 %1512 to double
  %sub1838 = fsub double 1.500000e+00, %conv1837
  %1513 = load ptr, ptr %p.addr, align 8
  %1514 = load i32, ptr %i1803, align 4
  %1515 = load i32, ptr %m.addr, align 4
  %rem1839 = srem i32 %1514, %1515
  %idxprom1840 = sext i32 %rem1839 to i64
  %arrayidx1841 = getelementptr inbounds %struct.P, ptr %1513, i64 %idxprom1840
  %v1842 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1841, i32 0, i32 1
  %arrayidx1843 = getelementptr inbounds [3 x double], ptr %v1842, i64 0, i64 1
  %1516 = load double, ptr %arrayidx1843, align 8
  %1517 = load double, ptr %s, align 8
  %sub1844 = fsub double %1516, %1517
  %neg1846 = fneg double %sub1838
  %1518 = call double @llvm.fmuladd.f64(double %neg1846, double %sub1844, double %call1836)
  %1519 = load double, ptr %s, align 8
  %add1847 = fadd double %1519, %1518
  store double %add1847, ptr %s, align 8
  %1520 = load double, ptr %t, align 8
  %1521 = load double, ptr %s, align 8
  %mul1849 = fmul double %1521, 2.700000e-02
  %1522 = call double @llvm.fmuladd.f64(double %1520, double 5.000000e-01, double %mul1849)
  store double %1522, ptr %t, align 8
  %1523 = load double, ptr %s, align 8
  %cmp1850 = fcmp ogt double %1523, 1.000000e+06
  br i1 %cmp1850, label %if.then1852, label %if.else1854

if.then1852:                                      ; preds = %for.body1807
  %1524 = load double, ptr %s, align 8
  %mul1853 = fmul double %1524, 5.000000e-01
  store double %mul1853, ptr %s, align 8
  br label %if.end1857

if.else1854:                                      ; preds = %for.body1807
  %1525 = load double, ptr %s, align 8
  %1526 = load ptr, ptr %y.addr, align 8
  %1527 = load i32, ptr %i1803, align 4
  %idxprom1855 = sext i32 %1527 to i64
  %arrayidx1856 = getelementptr inbounds double, ptr %1526, i64 %idxprom1855
  store double %1525, ptr %arrayidx1856, align 8
  br label %if.end1857

if.end1857:                                       ; preds = %if.else1854, %if.then1852
  %1528 = load double, ptr %t, align 8
  %1529 = load ptr, ptr %p.addr, align 8
  %1530 = load i32, ptr %i1803, align 4
  %1531 = load i32, ptr %m.addr, align 4
  %rem1858 = srem i32 %1530, %1531
  %idxprom1859 = sext i32 %rem1858 to i64
  %arrayidx1860 = getelementptr inbounds %struct.P, ptr %1529, i64 %idxprom1859
  %w1861 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1860, i32 0, i32 0
  %1532 = load double, ptr %w1861, align 8
  %add1862 = fadd double %1532, %1528
  store double %add1862, ptr %w1861, align 8
  %1533 = load i32, ptr %i1803, align 4
  %and1863 = and i32 %1533, 3
  %cmp1864 = icmp eq i32 %and1863, 0
  %conv1865 = zext i1 %cmp1864 to i32
  %conv1866 = sext i32 %conv1865 to i64
  %1534 = load i64, ptr %count, align 8
  %add1867 = add nsw i64 %1534, %conv1866
  store i64 %add1867, ptr %count, align 8
  br label %for.inc1868

for.inc1868:                                      ; preds = %if.end1857
  %1535 = load i32, ptr %i1803, align 4
  %inc1869 = add nsw i32 %1535, 1
  store i32 %inc1869, ptr %i1803, align 4
  br label %for.cond1804, !llvm.loop !33

for.end1870:                                      ; preds = %for.cond1804
  store i32 0, ptr %i1871, align 4
  br label %for.cond1872

for.cond1872:                                     ; preds = %for.inc1951, %for.end1870
  %1536 = load i32, ptr %i1871, align 4
  %1537 = load i32, ptr %n.addr, align 4
  %cmp1873 = icmp slt i32 %1536, %1537
  br i1 %cmp1873, label %for.body1875, label %for.end1953

for.body1875:                                     ; preds = %for.cond1872
  %1538 = load i32, ptr %i1871, align 4
  %conv1876 = sitofp i32 %1538 to double
  %1539 = load ptr, ptr %y.addr, align 8
  %1540 = load i32, ptr %i1871, align 4
  %idxprom1877 = sext i32 %1540 to i64
  %arrayidx1878 = getelementptr inbounds double, ptr %1539, i64 %idxprom1877
  %1541 = load double, ptr %arrayidx1878, align 8
  %sub1879 = fsub double %conv1876, %1541
  %1542 = load double, ptr %t, align 8
  %1543 = call double @llvm.fabs.f64(double %1542)
  %call1880 = call double @sqrt(double noundef %1543) #3
  %mul1881 = fmul double %sub1879, %call1880
  %1544 = load ptr, ptr %x.addr, align 8
  %1545 = load i32, ptr %i1871, align 4
  %idxprom1882 = sext i32 %1545 to i64
  %arrayidx1883 = getelementptr inbounds double, ptr %1544, i64 %idxprom1882
  %1546 = load double, ptr %arrayidx1883, align 8
  %1547 = load ptr, ptr %x.addr, align 8
  %1548 = load i32, ptr %i1871, align 4
  %idxprom1884 = sext i32 %1548 to i64
  %arrayidx1885 = getelementptr inbounds double, ptr %1547, i64 %idxprom1884
  %1549 = load double, ptr %arrayidx1885, align 8
  %sub1886 = fsub double %1546, %1549
  %1550 = load i32, ptr %i1871, align 4
  %conv1887 = sitofp i32 %1550 to double
  %1551 = load i32, ptr %i1871, align 4
  %conv1888 = sitofp i32 %1551 to double
  %neg1890 = fneg double %conv1887
  %1552 = call double @llvm.fmuladd.f64(double %neg1890, double %conv1888, double %sub1886)
  %1553 = load double, ptr %s, align 8
  %1554 = call double @llvm.fmuladd.f64(double %mul1881, double %1552, double %1553)
  store double %1554, ptr %s, align 8
  %1555 = load ptr, ptr %p.addr, align 8
  %1556 = load i32, ptr %i1871, align 4
  %1557 = load i32, ptr %m.addr, align 4
  %rem1892 = srem i32 %1556, %1557
  %idxprom1893 = sext i32 %rem1892 to i64
  %arrayidx1894 = getelementptr inbounds %struct.P, ptr %1555, i64 %idxprom1893
  %v1895 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1894, i32 0, i32 1
  %arrayidx1896 = getelementptr inbounds [3 x double], ptr %v1895, i64 0, i64 1
  %1558 = load double, ptr %arrayidx1896, align 8
  %1559 = load double, ptr %b.addr, align 8
  %add1897 = fadd double %1558, %1559
  %1560 = load double, ptr %b.addr, align 8
  %1561 = load i32, ptr %i1871, align 4
  %conv1898 = sitofp i32 %1561 to double
  %1562 = call double @llvm.fmuladd.f64(double %1560, double %conv1898, double %add1897)
  %1563 = load ptr, ptr %p.addr, align 8
  %1564 = load i32, ptr %i1871, align 4
  %1565 = load i32, ptr %m.addr, align 4
  %rem1900 = srem i32 %1564, %1565
  %idxprom1901 = sext i32 %rem1900 to i64
  %arrayidx1902 = getelementptr inbounds %struct.P, ptr %1563, i64 %idxprom1901
  %w1903 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1902, i32 0, i32 0
  %1566 = load double, ptr %w1903, align 8
  %1567 = call double @llvm.fabs.f64(double %1566)
  %call1904 = call double @cos(double noundef %1567) #3
  %1568 = load double, ptr %b.addr, align 8
  %1569 = load i32, ptr %i1871, align 4
  %and1905 = and i32 %1569, 7
  %idxprom1906 = sext i32 %and1905 to i64
  %arrayidx1907 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1906
  %1570 = load double, ptr %arrayidx1907, align 8
  %add1908 = fadd double %1568, %1570
  %sub1909 = fsub double %call1904, %add1908
  %add1910 = fadd double %1562, %sub1909
  %1571 = load double, ptr %s, align 8
  %add1911 = fadd double %1571, %add1910
  store double %add1911, ptr %s, align 8
  %1572 = load double, ptr %a.addr, align 8
  %1573 = load i32, ptr %i1871, align 4
  %and1912 = and i32 %1573, 7
  %idxprom1913 = sext i32 %and1912 to i64
  %arrayidx1914 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom1913
  %1574 = load double, ptr %arrayidx1914, align 8
  %add1915 = fadd double %1572, %1574
  %1575 = load ptr, ptr %y.addr, align 8
  %1576 = load i32, ptr %i1871, align 4
  %idxprom1916 = sext i32 %1576 to i64
  %arrayidx1917 = getelementptr inbounds double, ptr %1575, i64 %idxprom1916
  %1577 = load double, ptr %arrayidx1917, align 8
  %1578 = load ptr, ptr %y.addr, align 8
  %1579 = load i32, ptr %i1871, align 4
  %idxprom1918 = sext i32 %1579 to i64
  %arrayidx1919 = getelementptr inbounds double, ptr %1578, i64 %idxprom1918
  %1580 = load double, ptr %arrayidx1919, align 8
  %add1920 = fadd double %1577, %1580
  %mul1921 = fmul double %add1915, %add1920
  %1581 = load ptr, ptr %p.addr, align 8
  %1582 = load i32, ptr %i1871, align 4
  %1583 = load i32, ptr %m.addr, align 4
  %rem1922 = srem i32 %1582, %1583
  %idxprom1923 = sext i32 %rem1922 to i64
  %arrayidx1924 = getelementptr inbounds %struct.P, ptr %1581, i64 %idxprom1923
  %v1925 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1924, i32 0, i32 1
  %arrayidx1926 = getelementptr inbounds [3 x double], ptr %v1925, i64 0, i64 1
  %1584 = load double, ptr %arrayidx1926, align 8
  %1585 = call double @llvm.fabs.f64(double %1584)
  %call1927 = call double @sqrt(double noundef %1585) #3
  %1586 = load double, ptr %s, align 8
  %1587 = call double @llvm.fabs.f64(double %1586)
  %call1928 = call double @cos(double noundef %1587) #3
  %sub1929 = fsub double %call1927, %call1928
  %1588 = load double, ptr %s, align 8
  %1589 = call double @llvm.fmuladd.f64(double %mul1921, double %sub1929, double %1588)
  store double %1589, ptr %s, align 8
  %1590 = load double, ptr %t, align 8
  %1591 = load double, ptr %s, align 8
  %mul1932 = fmul double %1591, 2.800000e-02
  %1592 = call double @llvm.fmuladd.f64(double %1590, double 5.000000e-01, double %mul1932)
  store double %1592, ptr %t, align 8
  %1593 = load double, ptr %s, align 8
  %cmp1933 = fcmp ogt double %1593, 1.000000e+06
  br i1 %cmp1933, label %if.then1935, label %if.else1937

if.then1935:                                      ; preds = %for.body1875
  %1594 = load double, ptr %s, align 8
  %mul1936 = fmul double %1594, 5.000000e-01
  store double %mul1936, ptr %s, align 8
  br label %if.end1940

if.else1937:                                      ; preds = %for.body1875
  %1595 = load double, ptr %s, align 8
  %1596 = load ptr, ptr %y.addr, align 8
  %1597 = load i32, ptr %i1871, align 4
  %idxprom1938 = sext i32 %1597 to i64
  %arrayidx1939 = getelementptr inbounds double, ptr %1596, i64 %idxprom1938
  store double %1595, ptr %arrayidx1939, align 8
  br label %if.end1940

if.end1940:                                       ; preds = %if.else1937, %if.then1935
  %1598 = load double, ptr %t, align 8
  %1599 = load ptr, ptr %p.addr, align 8
  %1600 = load i32, ptr %i1871, align 4
  %1601 = load i32, ptr %m.addr, align 4
  %rem1941 = srem i32 %1600, %1601
  %idxprom1942 = sext i32 %rem1941 to i64
  %arrayidx1943 = getelementptr inbounds %struct.P, ptr %1599, i64 %idxprom1942
  %w1944 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1943, i32 0, i32 0
  %1602 = load double, ptr %w1944, align 8
  %add1945 = fadd double %1602, %1598
  store double %add1945, ptr %w1944, align 8
  %1603 = load i32, ptr %i1871, align 4
  %and1946 = and i32 %1603, 3
  %cmp1947 = icmp eq i32 %and1946, 0
  %conv1948 = zext i1 %cmp1947 to i32
  %conv1949 = sext i32 %conv1948 to i64
  %1604 = load i64, ptr %count, align 8
  %add1950 = add nsw i64 %1604, %conv1949
  store i64 %add1950, ptr %count, align 8
  br label %for.inc1951

for.inc1951:                                      ; preds = %if.end1940
  %1605 = load i32, ptr %i1871, align 4
  %inc1952 = add nsw i32 %1605, 1
  store i32 %inc1952, ptr %i1871, align 4
  br label %for.cond1872, !llvm.loop !34

for.end1953:                                      ; preds = %for.cond1872
  store i32 0, ptr %i1954, align 4
  br label %for.cond1955

for.cond1955:                                     ; preds = %for.inc2004, %for.end1953
  %1606 = load i32, ptr %i1954, align 4
  %1607 = load i32, ptr %n.addr, align 4
  %cmp1956 = icmp slt i32 %1606, %1607
  br i1 %cmp1956, label %for.body1958, label %for.end2006

for.body1958:                                     ; preds = %for.cond1955
  %1608 = load i32, ptr %i1954, align 4
  %conv1959 = sitofp i32 %1608 to double
  %1609 = load double, ptr %t, align 8
  %add1960 = fadd double %conv1959, %1609
  %1610 = call double @llvm.fabs.f64(double %add1960)
  %call1961 = call double @log1p(double noundef %1610) #3
  %1611 = call double @llvm.fabs.f64(double %call1961)
  %call1962 = call double @cos(double noundef %1611) #3
  %1612 = load double, ptr %s, align 8
  %add1963 = fadd double %1612, %call1962
  store double %add1963, ptr %s, align 8
  %1613 = load double, ptr %s, align 8
  %1614 = call double @llvm.fabs.f64(double %1613)
  %call1964 = call double @exp(double noundef %1614) #3
  %1615 = call double @llvm.fabs.f64(double %call1964)
  %call1965 = call double @exp(double noundef %1615) #3
  %1616 = load double, ptr %b.addr, align 8
  %add1966 = fadd double 1.500000e+00, %1616
  %1617 = load ptr, ptr %x.addr, align 8
  %1618 = load i32, ptr %i1954, align 4
  %idxprom1967 = sext i32 %1618 to i64
  %arrayidx1968 = getelementptr inbounds double, ptr %1617, i64 %idxprom1967
  %1619 = load double, ptr %arrayidx1968, align 8
  %1620 = load double, ptr %t, align 8
  %add1969 = fadd double %1619, %1620
  %sub1970 = fsub double %add1966, %add1969
  %sub1971 = fsub double %call1965, %sub1970
  %1621 = load double, ptr %s, align 8
  %add1972 = fadd double %1621, %sub1971
  store double %add1972, ptr %s, align 8
  %1622 = load double, ptr %a.addr, align 8
  %1623 = load ptr, ptr %p.addr, align 8
  %1624 = load i32, ptr %i1954, align 4
  %1625 = load i32, ptr %m.addr, align 4
  %rem1973 = srem i32 %1624, %1625
  %idxprom1974 = sext i32 %rem1973 to i64
  %arrayidx1975 = getelementptr inbounds %struct.P, ptr %1623, i64 %idxprom1974
  %w1976 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1975, i32 0, i32 0
  %1626 = load double, ptr %w1976, align 8
  %1627 = load double, ptr %b.addr, align 8
  %1628 = load ptr, ptr %x.addr, align 8
  %1629 = load i32, ptr %i1954, align 4
  %idxprom1978 = sext i32 %1629 to i64
  %arrayidx1979 = getelementptr inbounds double, ptr %1628, i64 %idxprom1978
  %1630 = load double, ptr %arrayidx1979, align 8
  %add1980 = fadd double %1627, %1630
  %1631 = call double @llvm.fmuladd.f64(double %1622, double %1626, double %add1980)
  %1632 = load double, ptr %s, align 8
  %1633 = load double, ptr %a.addr, align 8
  %sub1981 = fsub double %1632, %1633
  %1634 = call double @llvm.fabs.f64(double %sub1981)
  %call1982 = call double @tanh(double noundef %1634) #3
  %1635 = load double, ptr %s, align 8
  %1636 = call double @llvm.fmuladd.f64(double %1631, double %call1982, double %1635)
  store double %1636, ptr %s, align 8
  %1637 = load double, ptr %t, align 8
  %1638 = load double, ptr %s, align 8
  %mul1985 = fmul double %1638, 2.900000e-02
  %1639 = call double @llvm.fmuladd.f64(double %1637, double 5.000000e-01, double %mul1985)
  store double %1639, ptr %t, align 8
  %1640 = load double, ptr %s, align 8
  %cmp1986 = fcmp ogt double %1640, 1.000000e+06
  br i1 %cmp1986, label %if.then1988, label %if.else1990

if.then1988:                                      ; preds = %for.body1958
  %1641 = load double, ptr %s, align 8
  %mul1989 = fmul double %1641, 5.000000e-01
  store double %mul1989, ptr %s, align 8
  br label %if.end1993

if.else1990:                                      ; preds = %for.body1958
  %1642 = load double, ptr %s, align 8
  %1643 = load ptr, ptr %y.addr, align 8
  %1644 = load i32, ptr %i1954, align 4
  %idxprom1991 = sext i32 %1644 to i64
  %arrayidx1992 = getelementptr inbounds double, ptr %1643, i64 %idxprom1991
  store double %1642, ptr %arrayidx1992, align 8
  br label %if.end1993

if.end1993:                                       ; preds = %if.else1990, %if.then1988
  %1645 = load double, ptr %t, align 8
  %1646 = load ptr, ptr %p.addr, align 8
  %1647 = load i32, ptr %i1954, align 4
  %1648 = load i32, ptr %m.addr, align 4
  %rem1994 = srem i32 %1647, %1648
  %idxprom1995 = sext i32 %rem1994 to i64
  %arrayidx1996 = getelementptr inbounds %struct.P, ptr %1646, i64 %idxprom1995
  %w1997 = getelementptr inbounds nuw %struct.P, ptr %arrayidx1996, i32 0, i32 0
  %1649 = load double, ptr %w1997, align 8
  %add1998 = fadd double %1649, %1645
  store double %add1998, ptr %w1997, align 8
  %1650 = load i32, ptr %i1954, align 4
  %and1999 = and i32 %1650, 3
  %cmp2000 = icmp eq i32 %and1999, 0
  %conv2001 = zext i1 %cmp2000 to i32
  %conv2002 = sext i32 %conv2001 to i64
  %1651 = load i64, ptr %count, align 8
  %add2003 = add nsw i64 %1651, %conv2002
  store i64 %add2003, ptr %count, align 8
  br label %for.inc2004

for.inc2004:                                      ; preds = %if.end1993
  %1652 = load i32, ptr %i1954, align 4
  %inc2005 = add nsw i32 %1652, 1
  store i32 %inc2005, ptr %i1954, align 4
  br label %for.cond1955, !llvm.loop !35

for.end2006:                                      ; preds = %for.cond1955
  store i32 0, ptr %i2007, align 4
  br label %for.cond2008

for.cond2008:                                     ; preds = %for.inc2053, %for.end2006
  %1653 = load i32, ptr %i2007, align 4
  %1654 = load i32, ptr %n.addr, align 4
  %cmp2009 = icmp slt i32 %1653, %1654
  br i1 %cmp2009, label %for.body2011, label %for.end2055

for.body2011:                                     ; preds = %for.cond2008
  %1655 = load i32, ptr %i2007, align 4
  %conv2012 = sitofp i32 %1655 to double
  %1656 = load double, ptr %a.addr, align 8
  %add2013 = fadd double %conv2012, %1656
  %1657 = load ptr, ptr %y.addr, align 8
  %1658 = load i32, ptr %i2007, align 4
  %idxprom2014 = sext i32 %1658 to i64
  %arrayidx2015 = getelementptr inbounds double, ptr %1657, i64 %idxprom2014
  %1659 = load double, ptr %arrayidx2015, align 8
  %1660 = load double, ptr %b.addr, align 8
  %1661 = call double @llvm.fmuladd.f64(double %1659, double %1660, double %add2013)
  %1662 = load double, ptr %s, align 8
  %1663 = load double, ptr %t, align 8
  %sub2017 = fsub double %1662, %1663
  %1664 = call double @llvm.fabs.f64(double %sub2017)
  %call2018 = call double @cos(double noundef %1664) #3
  %sub2019 = fsub double %1661, %call2018
  %1665 = load double, ptr %s, align 8
  %add2020 = fadd double %1665, %sub2019
  store double %add2020, ptr %s, align 8
  %1666 = load double, ptr %b.addr, align 8
  %1667 = call double @llvm.fabs.f64(double %1666)
  %call2021 = call double @sqrt(double noundef %1667) #3
  %1668 = load double, ptr %a.addr, align 8
  %1669 = load double, ptr %b.addr, align 8
  %neg2023 = fneg double %1668
  %1670 = call double @llvm.fmuladd.f64(double %neg2023, double %1669, double %call2021)
  %1671 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call2024 = call double @sin(double noundef %1671) #3
  %1672 = call double @llvm.fabs.f64(double %call2024)
  %call2025 = call double @tanh(double noundef %1672) #3
  %sub2026 = fsub double %1670, %call2025
  %1673 = load double, ptr %s, align 8
  %add2027 = fadd double %1673, %sub2026
  store double %add2027, ptr %s, align 8
  %1674 = load double, ptr %s, align 8
  %1675 = call double @llvm.fabs.f64(double %1674)
  %call2028 = call double @sqrt(double noundef %1675) #3
  %1676 = call double @llvm.fabs.f64(double %call2028)
  %call2029 = call double @sin(double noundef %1676) #3
  %1677 = load double, ptr %a.addr, align 8
  %1678 = load double, ptr %b.addr, align 8
  %sub2030 = fsub double %1677, %1678
  %1679 = call double @llvm.fabs.f64(double %sub2030)
  %call2031 = call double @atan(double noundef %1679) #3
  %1680 = load double, ptr %s, align 8
  %1681 = call double @llvm.fmuladd.f64(double %call2029, double %call2031, double %1680)
  store double %1681, ptr %s, align 8
  %1682 = load double, ptr %t, align 8
  %1683 = load double, ptr %s, align 8
  %mul2034 = fmul double %1683, 3.000000e-02
  %1684 = call double @llvm.fmuladd.f64(double %1682, double 5.000000e-01, double %mul2034)
  store double %1684, ptr %t, align 8
  %1685 = load double, ptr %s, align 8
  %cmp2035 = fcmp ogt double %1685, 1.000000e+06
  br i1 %cmp2035, label %if.then2037, label %if.else2039

if.then2037:                                      ; preds = %for.body2011
  %1686 = load double, ptr %s, align 8
  %mul2038 = fmul double %1686, 5.000000e-01
  store double %mul2038, ptr %s, align 8
  br label %if.end2042

if.else2039:                                      ; preds = %for.body2011
  %1687 = load double, ptr %s, align 8
  %1688 = load ptr, ptr %y.addr, align 8
  %1689 = load i32, ptr %i2007, align 4
  %idxprom2040 = sext i32 %1689 to i64
  %arrayidx2041 = getelementptr inbounds double, ptr %1688, i64 %idxprom2040
  store double %1687, ptr %arrayidx2041, align 8
  br label %if.end2042

if.end2042:                                       ; preds = %if.else2039, %if.then2037
  %1690 = load double, ptr %t, align 8
  %1691 = load ptr, ptr %p.addr, align 8
  %1692 = load i32, ptr %i2007, align 4
  %1693 = load i32, ptr %m.addr, align 4
  %rem2043 = srem i32 %1692, %1693
  %idxprom2044 = sext i32 %rem2043 to i64
  %arrayidx2045 = getelementptr inbounds %struct.P, ptr %1691, i64 %idxprom2044
  %w2046 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2045, i32 0, i32 0
  %1694 = load double, ptr %w2046, align 8
  %add2047 = fadd double %1694, %1690
  store double %add2047, ptr %w2046, align 8
  %1695 = load i32, ptr %i2007, align 4
  %and2048 = and i32 %1695, 3
  %cmp2049 = icmp eq i32 %and2048, 0
  %conv2050 = zext i1 %cmp2049 to i32
  %conv2051 = sext i32 %conv2050 to i64
  %1696 = load i64, ptr %count, align 8
  %add2052 = add nsw i64 %1696, %conv2051
  store i64 %add2052, ptr %count, align 8
  br label %for.inc2053

for.inc2053:                                      ; preds = %if.end2042
  %1697 = load i32, ptr %i2007, align 4
  %inc2054 = add nsw i32 %1697, 1
  store i32 %inc2054, ptr %i2007, align 4
  br label %for.cond2008, !llvm.loop !36

for.end2055:                                      ; preds = %for.cond2008
  store i32 0, ptr %i2056, align 4
  br label %for.cond2057

for.cond2057:                                     ; preds = %for.inc2133, %for.end2055
  %1698 = load i32, ptr %i2056, align 4
  %1699 = load i32, ptr %n.addr, align 4
  %cmp2058 = icmp slt i32 %1698, %1699
  br i1 %cmp2058, label %for.body2060, label %for.end2135

for.body2060:                                     ; preds = %for.cond2057
  %1700 = load double, ptr %a.addr, align 8
  %1701 = call double @llvm.fabs.f64(double %1700)
  %call2061 = call double @atan(double noundef %1701) #3
  %1702 = load ptr, ptr %p.addr, align 8
  %1703 = load i32, ptr %i2056, align 4
  %1704 = load i32, ptr %m.addr, align 4
  %rem2062 = srem i32 %1703, %1704
  %idxprom2063 = sext i32 %rem2062 to i64
  %arrayidx2064 = getelementptr inbounds %struct.P, ptr %1702, i64 %idxprom2063
  %v2065 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2064, i32 0, i32 1
  %arrayidx2066 = getelementptr inbounds [3 x double], ptr %v2065, i64 0, i64 1
  %1705 = load double, ptr %arrayidx2066, align 8
  %1706 = load ptr, ptr %x.addr, align 8
  %1707 = load i32, ptr %i2056, align 4
  %idxprom2067 = sext i32 %1707 to i64
  %arrayidx2068 = getelementptr inbounds double, ptr %1706, i64 %idxprom2067
  %1708 = load double, ptr %arrayidx2068, align 8
  %sub2069 = fsub double %1705, %1708
  %add2070 = fadd double %call2061, %sub2069
  %1709 = call double @llvm.fabs.f64(double %add2070)
  %call2071 = call double @exp(double noundef %1709) #3
  %1710 = load double, ptr %s, align 8
  %add2072 = fadd double %1710, %call2071
  store double %add2072, ptr %s, align 8
  %1711 = load i32, ptr %i2056, align 4
  %and2073 = and i32 %1711, 7
  %idxprom2074 = sext i32 %and2073 to i64
  %arrayidx2075 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2074
  %1712 = load double, ptr %arrayidx2075, align 8
  %1713 = call double @llvm.fabs.f64(double %1712)
  %call2076 = call double @sqrt(double noundef %1713) #3
  %1714 = load ptr, ptr %p.addr, align 8
  %1715 = load i32, ptr %i2056, align 4
  %1716 = load i32, ptr %m.addr, align 4
  %rem2077 = srem i32 %1715, %1716
  %idxprom2078 = sext i32 %rem2077 to i64
  %arrayidx2079 = getelementptr inbounds %struct.P, ptr %1714, i64 %idxprom2078
  %w2080 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2079, i32 0, i32 0
  %1717 = load double, ptr %w2080, align 8
  %add2081 = fadd double 1.500000e+00, %1717
  %sub2082 = fsub double %call2076, %add2081
  %1718 = load i32, ptr %i2056, align 4
  %and2083 = and i32 %1718, 7
  %idxprom2084 = sext i32 %and2083 to i64
  %arrayidx2085 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2084
  %1719 = load double, ptr %arrayidx2085, align 8
  %1720 = load ptr, ptr %p.addr, align 8
  %1721 = load i32, ptr %i2056, align 4
  %1722 = load i32, ptr %m.addr, align 4
  %rem2086 = srem i32 %1721, %1722
  %idxprom2087 = sext i32 %rem2086 to i64
  %arrayidx2088 = getelementptr inbounds %struct.P, ptr %1720, i64 %idxprom2087
  %w2089 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2088, i32 0, i32 0
  %1723 = load double, ptr %w2089, align 8
  %1724 = load double, ptr %a.addr, align 8
  %1725 = load ptr, ptr %p.addr, align 8
  %1726 = load i32, ptr %i2056, align 4
  %1727 = load i32, ptr %m.addr, align 4
  %rem2091 = srem i32 %1726, %1727
  %idxprom2092 = sext i32 %rem2091 to i64
  %arrayidx2093 = getelementptr inbounds %struct.P, ptr %1725, i64 %idxprom2092
  %v2094 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2093, i32 0, i32 1
  %arrayidx2095 = getelementptr inbounds [3 x double], ptr %v2094, i64 0, i64 1
  %1728 = load double, ptr %arrayidx2095, align 8
  %add2096 = fadd double %1724, %1728
  %1729 = call double @llvm.fmuladd.f64(double %1719, double %1723, double %add2096)
  %sub2097 = fsub double %sub2082, %1729
  %1730 = load double, ptr %s, align 8
  %add2098 = fadd double %1730, %sub2097
  store double %add2098, ptr %s, align 8
  %1731 = load double, ptr %s, align 8
  %1732 = load double, ptr %b.addr, align 8
  %1733 = load double, ptr %b.addr, align 8
  %1734 = load ptr, ptr %p.addr, align 8
  %1735 = load i32, ptr %i2056, align 4
  %1736 = load i32, ptr %m.addr, align 4
  %rem2100 = srem i32 %1735, %1736
  %idxprom2101 = sext i32 %rem2100 to i64
  %arrayidx2102 = getelementptr inbounds %struct.P, ptr %1734, i64 %idxprom2101
  %v2103 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2102, i32 0, i32 1
  %arrayidx2104 = getelementptr inbounds [3 x double], ptr %v2103, i64 0, i64 1
  %1737 = load double, ptr %arrayidx2104, align 8
  %mul2105 = fmul double %1733, %1737
  %neg2106 = fneg double %mul2105
  %1738 = call double @llvm.fmuladd.f64(double %1731, double %1732, double %neg2106)
  %1739 = load ptr, ptr %x.addr, align 8
  %1740 = load i32, ptr %i2056, align 4
  %idxprom2107 = sext i32 %1740 to i64
  %arrayidx2108 = getelementptr inbounds double, ptr %1739, i64 %idxprom2107
  %1741 = load double, ptr %arrayidx2108, align 8
  %mul2109 = fmul double %1741, 1.500000e+00
  %1742 = call double @llvm.fabs.f64(double %mul2109)
  %call2110 = call double @cos(double noundef %1742) #3
  %sub2111 = fsub double %1738, %call2110
  %1743 = load double, ptr %s, align 8
  %add2112 = fadd double %1743, %sub2111
  store double %add2112, ptr %s, align 8
  %1744 = load double, ptr %t, align 8
  %1745 = load double, ptr %s, align 8
  %mul2114 = fmul double %1745, 3.100000e-02
  %1746 = call double @llvm.fmuladd.f64(double %1744, double 5.000000e-01, double %mul2114)
  store double %1746, ptr %t, align 8
  %1747 = load double, ptr %s, align 8
  %cmp2115 = fcmp ogt double %1747, 1.000000e+06
  br i1 %cmp2115, label %if.then2117, label %if.else2119

if.then2117:                                      ; preds = %for.body2060
  %1748 = load double, ptr %s, align 8
  %mul2118 = fmul double %1748, 5.000000e-01
  store double %mul2118, ptr %s, align 8
  br label %if.end2122

if.else2119:                                      ; preds = %for.body2060
  %1749 = load double, ptr %s, align 8
  %1750 = load ptr, ptr %y.addr, align 8
  %1751 = load i32, ptr %i2056, align 4
  %idxprom2120 = sext i32 %1751 to i64
  %arrayidx2121 = getelementptr inbounds double, ptr %1750, i64 %idxprom2120
  store double %1749, ptr %arrayidx2121, align 8
  br label %if.end2122

if.end2122:                                       ; preds = %if.else2119, %if.then2117
  %1752 = load double, ptr %t, align 8
  %1753 = load ptr, ptr %p.addr, align 8
  %1754 = load i32, ptr %i2056, align 4
  %1755 = load i32, ptr %m.addr, align 4
  %rem2123 = srem i32 %1754, %1755
  %idxprom2124 = sext i32 %rem2123 to i64
  %arrayidx2125 = getelementptr inbounds %struct.P, ptr %1753, i64 %idxprom2124
  %w2126 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2125, i32 0, i32 0
  %1756 = load double, ptr %w2126, align 8
  %add2127 = fadd double %1756, %1752
  store double %add2127, ptr %w2126, align 8
  %1757 = load i32, ptr %i2056, align 4
  %and2128 = and i32 %1757, 3
  %cmp2129 = icmp eq i32 %and2128, 0
  %conv2130 = zext i1 %cmp2129 to i32
  %conv2131 = sext i32 %conv2130 to i64
  %1758 = load i64, ptr %count, align 8
  %add2132 = add nsw i64 %1758, %conv2131
  store i64 %add2132, ptr %count, align 8
  br label %for.inc2133

for.inc2133:                                      ; preds = %if.end2122
  %1759 = load i32, ptr %i2056, align 4
  %inc2134 = add nsw i32 %1759, 1
  store i32 %inc2134, ptr %i2056, align 4
  br label %for.cond2057, !llvm.loop !37

for.end2135:                                      ; preds = %for.cond2057
  store i32 0, ptr %i2136, align 4
  br label %for.cond2137

for.cond2137:                                     ; preds = %for.inc2216, %for.end2135
  %1760 = load i32, ptr %i2136, align 4
  %1761 = load i32, ptr %n.addr, align 4
  %cmp2138 = icmp slt i32 %1760, %1761
  br i1 %cmp2138, label %for.body2140, label %for.end2218

for.body2140:                                     ; preds = %for.cond2137
  %1762 = load ptr, ptr %p.addr, align 8
  %1763 = load i32, ptr %i2136, align 4
  %1764 = load i32, ptr %m.addr, align 4
  %rem2141 = srem i32 %1763, %1764
  %idxprom2142 = sext i32 %rem2141 to i64
  %arrayidx2143 = getelementptr inbounds %struct.P, ptr %1762, i64 %idxprom2142
  %v2144 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2143, i32 0, i32 1
  %arrayidx2145 = getelementptr inbounds [3 x double], ptr %v2144, i64 0, i64 1
  %1765 = load double, ptr %arrayidx2145, align 8
  %1766 = load i32, ptr %i2136, align 4
  %conv2146 = sitofp i32 %1766 to double
  %sub2147 = fsub double %1765, %conv2146
  %1767 = call double @llvm.fabs.f64(double %sub2147)
  %call2148 = call double @cos(double noundef %1767) #3
  %1768 = load ptr, ptr %x.addr, align 8
  %1769 = load i32, ptr %i2136, align 4
  %idxprom2149 = sext i32 %1769 to i64
  %arrayidx2150 = getelementptr inbounds double, ptr %1768, i64 %idxprom2149
  %1770 = load double, ptr %arrayidx2150, align 8
  %1771 = call double @llvm.fabs.f64(double %1770)
  %call2151 = call double @atan(double noundef %1771) #3
  %1772 = load ptr, ptr %p.addr, align 8
  %1773 = load i32, ptr %i2136, align 4
  %1774 = load i32, ptr %m.addr, align 4
  %rem2152 = srem i32 %1773, %1774
  %idxprom2153 = sext i32 %rem2152 to i64
  %arrayidx2154 = getelementptr inbounds %struct.P, ptr %1772, i64 %idxprom2153
  %v2155 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2154, i32 0, i32 1
  %arrayidx2156 = getelementptr inbounds [3 x double], ptr %v2155, i64 0, i64 1
  %1775 = load double, ptr %arrayidx2156, align 8
  %1776 = call double @llvm.fabs.f64(double %1775)
  %call2157 = call double @cos(double noundef %1776) #3
  %add2158 = fadd double %call2151, %call2157
  %1777 = load double, ptr %s, align 8
  %1778 = call double @llvm.fmuladd.f64(double %call2148, double %add2158, double %1777)
  store double %1778, ptr %s, align 8
  %1779 = load ptr, ptr %p.addr, align 8
  %1780 = load i32, ptr %i2136, align 4
  %1781 = load i32, ptr %m.addr, align 4
  %rem2160 = srem i32 %1780, %1781
  %idxprom2161 = sext i32 %rem2160 to i64
  %arrayidx2162 = getelementptr inbounds %struct.P, ptr %1779, i64 %idxprom2161
  %v2163 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2162, i32 0, i32 1
  %arrayidx2164 = getelementptr inbounds [3 x double], ptr %v2163, i64 0, i64 1
  %1782 = load double, ptr %arrayidx2164, align 8
  %1783 = load ptr, ptr %x.addr, align 8
  %1784 = load i32, ptr %i2136, align 4
  %idxprom2165 = sext i32 %1784 to i64
  %arrayidx2166 = getelementptr inbounds double, ptr %1783, i64 %idxprom2165
  %1785 = load double, ptr %arrayidx2166, align 8
  %add2167 = fadd double %1782, %1785
  %1786 = load double, ptr %t, align 8
  %1787 = load ptr, ptr %p.addr, align 8
  %1788 = load i32, ptr %i2136, align 4
  %1789 = load i32, ptr %m.addr, align 4
  %rem2168 = srem i32 %1788, %1789
  %idxprom2169 = sext i32 %rem2168 to i64
  %arrayidx2170 = getelementptr inbounds %struct.P, ptr %1787, i64 %idxprom2169
  %w2171 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2170, i32 0, i32 0
  %1790 = load double, ptr %w2171, align 8
  %neg2173 = fneg double %1786
  %1791 = call double @llvm.fmuladd.f64(double %neg2173, double %1790, double %add2167)
  %1792 = load i32, ptr %i2136, align 4
  %and2174 = and i32 %1792, 7
  %idxprom2175 = sext i32 %and2174 to i64
  %arrayidx2176 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2175
  %1793 = load double, ptr %arrayidx2176, align 8
  %1794 = load double, ptr %a.addr, align 8
  %1795 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call2178 = call double @cos(double noundef %1795) #3
  %neg2179 = fneg double %call2178
  %1796 = call double @llvm.fmuladd.f64(double %1793, double %1794, double %neg2179)
  %sub2180 = fsub double %1791, %1796
  %1797 = load double, ptr %s, align 8
  %add2181 = fadd double %1797, %sub2180
  store double %add2181, ptr %s, align 8
  %1798 = load ptr, ptr %x.addr, align 8
  %1799 = load i32, ptr %i2136, align 4
  %idxprom2182 = sext i32 %1799 to i64
  %arrayidx2183 = getelementptr inbounds double, ptr %1798, i64 %idxprom2182
  %1800 = load double, ptr %arrayidx2183, align 8
  %1801 = load i32, ptr %i2136, align 4
  %conv2184 = sitofp i32 %1801 to double
  %sub2185 = fsub double %1800, %conv2184
  %1802 = load double, ptr %b.addr, align 8
  %1803 = load ptr, ptr %x.addr, align 8
  %1804 = load i32, ptr %i2136, align 4
  %idxprom2186 = sext i32 %1804 to i64
  %arrayidx2187 = getelementptr inbounds double, ptr %1803, i64 %idxprom2186
  %1805 = load double, ptr %arrayidx2187, align 8
  %neg2189 = fneg double %1802
  %1806 = call double @llvm.fmuladd.f64(double %neg2189, double %1805, double %sub2185)
  %1807 = load double, ptr %a.addr, align 8
  %add2190 = fadd double %1807, 1.500000e+00
  %1808 = load ptr, ptr %x.addr, align 8
  %1809 = load i32, ptr %i2136, align 4
  %idxprom2191 = sext i32 %1809 to i64
  %arrayidx2192 = getelementptr inbounds double, ptr %1808, i64 %idxprom2191
  %1810 = load double, ptr %arrayidx2192, align 8
  %1811 = load double, ptr %b.addr, align 8
  %add2193 = fadd double %1810, %1811
  %1812 = call double @llvm.fmuladd.f64(double %add2190, double %add2193, double %1806)
  %1813 = load double, ptr %s, align 8
  %add2195 = fadd double %1813, %1812
  store double %add2195, ptr %s, align 8
  %1814 = load double, ptr %t, align 8
  %1815 = load double, ptr %s, align 8
  %mul2197 = fmul double %1815, 3.200000e-02
  %1816 = call double @llvm.fmuladd.f64(double %1814, double 5.000000e-01, double %mul2197)
  store double %1816, ptr %t, align 8
  %1817 = load double, ptr %s, align 8
  %cmp2198 = fcmp ogt double %1817, 1.000000e+06
  br i1 %cmp2198, label %if.then2200, label %if.else2202

if.then2200:                                      ; preds = %for.body2140
  %1818 = load double, ptr %s, align 8
  %mul2201 = fmul double %1818, 5.000000e-01
  store double %mul2201, ptr %s, align 8
  br label %if.end2205

if.else2202:                                      ; preds = %for.body2140
  %1819 = load double, ptr %s, align 8
  %1820 = load ptr, ptr %y.addr, align 8
  %1821 = load i32, ptr %i2136, align 4
  %idxprom2203 = sext i32 %1821 to i64
  %arrayidx2204 = getelementptr inbounds double, ptr %1820, i64 %idxprom2203
  store double %1819, ptr %arrayidx2204, align 8
  br label %if.end2205

if.end2205:                                       ; preds = %if.else2202, %if.then2200
  %1822 = load double, ptr %t, align 8
  %1823 = load ptr, ptr %p.addr, align 8
  %1824 = load i32, ptr %i2136, align 4
  %1825 = load i32, ptr %m.addr, align 4
  %rem2206 = srem i32 %1824, %1825
  %idxprom2207 = sext i32 %rem2206 to i64
  %arrayidx2208 = getelementptr inbounds %struct.P, ptr %1823, i64 %idxprom2207
  %w2209 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2208, i32 0, i32 0
  %1826 = load double, ptr %w2209, align 8
  %add2210 = fadd double %1826, %1822
  store double %add2210, ptr %w2209, align 8
  %1827 = load i32, ptr %i2136, align 4
  %and2211 = and i32 %1827, 3
  %cmp2212 = icmp eq i32 %and2211, 0
  %conv2213 = zext i1 %cmp2212 to i32
  %conv2214 = sext i32 %conv2213 to i64
  %1828 = load i64, ptr %count, align 8
  %add2215 = add nsw i64 %1828, %conv2214
  store i64 %add2215, ptr %count, align 8
  br label %for.inc2216

for.inc2216:                                      ; preds = %if.end2205
  %1829 = load i32, ptr %i2136, align 4
  %inc2217 = add nsw i32 %1829, 1
  store i32 %inc2217, ptr %i2136, align 4
  br label %for.cond2137, !llvm.loop !38

for.end2218:                                      ; preds = %for.cond2137
  store i32 0, ptr %i2219, align 4
  br label %for.cond2220

for.cond2220:                                     ; preds = %for.inc2282, %for.end2218
  %1830 = load i32, ptr %i2219, align 4
  %1831 = load i32, ptr %n.addr, align 4
  %cmp2221 = icmp slt i32 %1830, %1831
  br i1 %cmp2221, label %for.body2223, label %for.end2284

for.body2223:                                     ; preds = %for.cond2220
  %1832 = load double, ptr %s, align 8
  %1833 = call double @llvm.fabs.f64(double %1832)
  %call2224 = call double @sqrt(double noundef %1833) #3
  %1834 = load ptr, ptr %y.addr, align 8
  %1835 = load i32, ptr %i2219, align 4
  %idxprom2225 = sext i32 %1835 to i64
  %arrayidx2226 = getelementptr inbounds double, ptr %1834, i64 %idxprom2225
  %1836 = load double, ptr %arrayidx2226, align 8
  %1837 = load i32, ptr %i2219, align 4
  %and2227 = and i32 %1837, 7
  %idxprom2228 = sext i32 %and2227 to i64
  %arrayidx2229 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2228
  %1838 = load double, ptr %arrayidx2229, align 8
  %add2230 = fadd double %1836, %1838
  %sub2231 = fsub double %call2224, %add2230
  %1839 = load double, ptr %b.addr, align 8
  %1840 = load double, ptr %s, align 8
  %sub2232 = fsub double %1839, %1840
  %1841 = load double, ptr %b.addr, align 8
  %sub2233 = fsub double %1841, 1.500000e+00
  %add2234 = fadd double %sub2232, %sub2233
  %1842 = load double, ptr %s, align 8
  %1843 = call double @llvm.fmuladd.f64(double %sub2231, double %add2234, double %1842)
  store double %1843, ptr %s, align 8
  %1844 = load ptr, ptr %p.addr, align 8
  %1845 = load i32, ptr %i2219, align 4
  %1846 = load i32, ptr %m.addr, align 4
  %rem2236 = srem i32 %1845, %1846
  %idxprom2237 = sext i32 %rem2236 to i64
  %arrayidx2238 = getelementptr inbounds %struct.P, ptr %1844, i64 %idxprom2237
  %v2239 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2238, i32 0, i32 1
  %arrayidx2240 = getelementptr inbounds [3 x double], ptr %v2239, i64 0, i64 1
  %1847 = load double, ptr %arrayidx2240, align 8
  %1848 = load ptr, ptr %x.addr, align 8
  %1849 = load i32, ptr %i2219, align 4
  %idxprom2241 = sext i32 %1849 to i64
  %arrayidx2242 = getelementptr inbounds double, ptr %1848, i64 %idxprom2241
  %1850 = load double, ptr %arrayidx2242, align 8
  %add2243 = fadd double %1847, %1850
  %1851 = load i32, ptr %i2219, align 4
  %and2244 = and i32 %1851, 7
  %idxprom2245 = sext i32 %and2244 to i64
  %arrayidx2246 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2245
  %1852 = load double, ptr %arrayidx2246, align 8
  %1853 = load double, ptr %t, align 8
  %add2247 = fadd double %1852, %1853
  %add2248 = fadd double %add2243, %add2247
  %1854 = call double @llvm.fabs.f64(double %add2248)
  %call2249 = call double @cos(double noundef %1854) #3
  %1855 = load double, ptr %s, align 8
  %add2250 = fadd double %1855, %call2249
  store double %add2250, ptr %s, align 8
  %1856 = load double, ptr %a.addr, align 8
  %1857 = load i32, ptr %i2219, align 4
  %conv2251 = sitofp i32 %1857 to double
  %sub2252 = fsub double %1856, %conv2251
  %1858 = load ptr, ptr %x.addr, align 8
  %1859 = load i32, ptr %i2219, align 4
  %idxprom2253 = sext i32 %1859 to i64
  %arrayidx2254 = getelementptr inbounds double, ptr %1858, i64 %idxprom2253
  %1860 = load double, ptr %arrayidx2254, align 8
  %1861 = load i32, ptr %i2219, align 4
  %conv2255 = sitofp i32 %1861 to double
  %add2256 = fadd double %1860, %conv2255
  %add2257 = fadd double %sub2252, %add2256
  %1862 = load double, ptr %a.addr, align 8
  %1863 = load double, ptr %b.addr, align 8
  %sub2258 = fsub double %1862, %1863
  %1864 = call double @llvm.fabs.f64(double %sub2258)
  %call2259 = call double @atan(double noundef %1864) #3
  %sub2260 = fsub double %add2257, %call2259
  %1865 = load double, ptr %s, align 8
  %add2261 = fadd double %1865, %sub2260
  store double %add2261, ptr %s, align 8
  %1866 = load double, ptr %t, align 8
  %1867 = load double, ptr %s, align 8
  %mul2263 = fmul double %1867, 3.300000e-02
  %1868 = call double @llvm.fmuladd.f64(double %1866, double 5.000000e-01, double %mul2263)
  store double %1868, ptr %t, align 8
  %1869 = load double, ptr %s, align 8
  %cmp2264 = fcmp ogt double %1869, 1.000000e+06
  br i1 %cmp2264, label %if.then2266, label %if.else2268

if.then2266:                                      ; preds = %for.body2223
  %1870 = load double, ptr %s, align 8
  %mul2267 = fmul double %1870, 5.000000e-01
  store double %mul2267, ptr %s, align 8
  br label %if.end2271

if.else2268:                                      ; preds = %for.body2223
  %1871 = load double, ptr %s, align 8
  %1872 = load ptr, ptr %y.addr, align 8
  %1873 = load i32, ptr %i2219, align 4
  %idxprom2269 = sext i32 %1873 to i64
  %arrayidx2270 = getelementptr inbounds double, ptr %1872, i64 %idxprom2269
  store double %1871, ptr %arrayidx2270, align 8
  br label %if.end2271

if.end2271:                                       ; preds = %if.else2268, %if.then2266
  %1874 = load double, ptr %t, align 8
  %1875 = load ptr, ptr %p.addr, align 8
  %1876 = load i32, ptr %i2219, align 4
  %1877 = load i32, ptr %m.addr, align 4
  %rem2272 = srem i32 %1876, %1877
  %idxprom2273 = sext i32 %rem2272 to i64
  %arrayidx2274 = getelementptr inbounds %struct.P, ptr %1875, i64 %idxprom2273
  %w2275 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2274, i32 0, i32 0
  %1878 = load double, ptr %w2275, align 8
  %add2276 = fadd double %1878, %1874
  store double %add2276, ptr %w2275, align 8
  %1879 = load i32, ptr %i2219, align 4
  %and2277 = and i32 %1879, 3
  %cmp2278 = icmp eq i32 %and2277, 0
  %conv2279 = zext i1 %cmp2278 to i32
  %conv2280 = sext i32 %conv2279 to i64
  %1880 = load i64, ptr %count, align 8
  %add2281 = add nsw i64 %1880, %conv2280
  store i64 %add2281, ptr %count, align 8
  br label %for.inc2282

for.inc2282:                                      ; preds = %if.end2271
  %1881 = load i32, ptr %i2219, align 4
  %inc2283 = add nsw i32 %1881, 1
  store i32 %inc2283, ptr %i2219, align 4
  br label %for.cond2220, !llvm.loop !39

for.end2284:                                      ; preds = %for.cond2220
  store i32 0, ptr %i2285, align 4
  br label %for.cond2286

for.cond2286:                                     ; preds = %for.inc2358, %for.end2284
  %1882 = load i32, ptr %i2285, align 4
  %1883 = load i32, ptr %n.addr, align 4
  %cmp2287 = icmp slt i32 %1882, %1883
  br i1 %cmp2287, label %for.body2289, label %for.end2360

for.body2289:                                     ; preds = %for.cond2286
  %1884 = load ptr, ptr %p.addr, align 8
  %1885 = load i32, ptr %i2285, align 4
  %1886 = load i32, ptr %m.addr, align 4
  %rem2290 = srem i32 %1885, %1886
  %idxprom2291 = sext i32 %rem2290 to i64
  %arrayidx2292 = getelementptr inbounds %struct.P, ptr %1884, i64 %idxprom2291
  %w2293 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2292, i32 0, i32 0
  %1887 = load double, ptr %w2293, align 8
  %add2294 = fadd double 1.500000e+00, %1887
  %1888 = load double, ptr %t, align 8
  %1889 = call double @llvm.fabs.f64(double %1888)
  %call2296 = call double @exp(double noundef %1889) #3
  %1890 = load ptr, ptr %p.addr, align 8
  %1891 = load i32, ptr %i2285, align 4
  %1892 = load i32, ptr %m.addr, align 4
  %rem2297 = srem i32 %1891, %1892
  %idxprom2298 = sext i32 %rem2297 to i64
  %arrayidx2299 = getelementptr inbounds %struct.P, ptr %1890, i64 %idxprom2298
  %w2300 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2299, i32 0, i32 0
  %1893 = load double, ptr %w2300, align 8
  %1894 = load double, ptr %s, align 8
  %add2301 = fadd double %1893, %1894
  %sub2302 = fsub double %call2296, %add2301
  %neg2303 = fneg double %sub2302
  %1895 = call double @llvm.fmuladd.f64(double 0.000000e+00, double %add2294, double %neg2303)
  %1896 = load double, ptr %s, align 8
  %add2304 = fadd double %1896, %1895
  store double %add2304, ptr %s, align 8
  %1897 = load double, ptr %b.addr, align 8
  %1898 = load ptr, ptr %y.addr, align 8
  %1899 = load i32, ptr %i2285, align 4
  %idxprom2305 = sext i32 %1899 to i64
  %arrayidx2306 = getelementptr inbounds double, ptr %1898, i64 %idxprom2305
  %1900 = load double, ptr %arrayidx2306, align 8
  %sub2307 = fsub double %1897, %1900
  %1901 = load double, ptr %t, align 8
  %1902 = call double @llvm.fabs.f64(double %1901)
  %call2308 = call double @tanh(double noundef %1902) #3
  %sub2309 = fsub double %sub2307, %call2308
  %1903 = load ptr, ptr %y.addr, align 8
  %1904 = load i32, ptr %i2285, align 4
  %idxprom2310 = sext i32 %1904 to i64
  %arrayidx2311 = getelementptr inbounds double, ptr %1903, i64 %idxprom2310
  %1905 = load double, ptr %arrayidx2311, align 8
  %1906 = load double, ptr %t, align 8
  %add2312 = fadd double %1905, %1906
  %1907 = load i32, ptr %i2285, align 4
  %conv2313 = sitofp i32 %1907 to double
  %1908 = load double, ptr %s, align 8
  %sub2314 = fsub double %conv2313, %1908
  %sub2315 = fsub double %add2312, %sub2314
  %add2316 = fadd double %sub2309, %sub2315
  %1909 = load double, ptr %s, align 8
  %add2317 = fadd double %1909, %add2316
  store double %add2317, ptr %s, align 8
  %1910 = load ptr, ptr %p.addr, align 8
  %1911 = load i32, ptr %i2285, align 4
  %1912 = load i32, ptr %m.addr, align 4
  %rem2318 = srem i32 %1911, %1912
  %idxprom2319 = sext i32 %rem2318 to i64
  %arrayidx2320 = getelementptr inbounds %struct.P, ptr %1910, i64 %idxprom2319
  %v2321 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2320, i32 0, i32 1
  %arrayidx2322 = getelementptr inbounds [3 x double], ptr %v2321, i64 0, i64 1
  %1913 = load double, ptr %arrayidx2322, align 8
  %1914 = call double @llvm.fabs.f64(double %1913)
  %call2323 = call double @log1p(double noundef %1914) #3
  %1915 = load double, ptr %b.addr, align 8
  %1916 = load ptr, ptr %p.addr, align 8
  %1917 = load i32, ptr %i2285, align 4
  %1918 = load i32, ptr %m.addr, align 4
  %rem2324 = srem i32 %1917, %1918
  %idxprom2325 = sext i32 %rem2324 to i64
  %arrayidx2326 = getelementptr inbounds %struct.P, ptr %1916, i64 %idxprom2325
  %w2327 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2326, i32 0, i32 0
  %1919 = load double, ptr %w2327, align 8
  %add2328 = fadd double %1915, %1919
  %add2329 = fadd double %call2323, %add2328
  %1920 = load i32, ptr %i2285, align 4
  %conv2330 = sitofp i32 %1920 to double
  %1921 = load ptr, ptr %p.addr, align 8
  %1922 = load i32, ptr %i2285, align 4
  %1923 = load i32, ptr %m.addr, align 4
  %rem2331 = srem i32 %1922, %1923
  %idxprom2332 = sext i32 %rem2331 to i64
  %arrayidx2333 = getelementptr inbounds %struct.P, ptr %1921, i64 %idxprom2332
  %w2334 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2333, i32 0, i32 0
  %1924 = load double, ptr %w2334, align 8
  %sub2335 = fsub double %conv2330, %1924
  %1925 = call double @llvm.fabs.f64(double %sub2335)
  %call2336 = call double @cos(double noundef %1925) #3
  %1926 = load double, ptr %s, align 8
  %1927 = call double @llvm.fmuladd.f64(double %add2329, double %call2336, double %1926)
  store double %1927, ptr %s, align 8
  %1928 = load double, ptr %t, align 8
  %1929 = load double, ptr %s, align 8
  %mul2339 = fmul double %1929, 3.400000e-02
  %1930 = call double @llvm.fmuladd.f64(double %1928, double 5.000000e-01, double %mul2339)
  store double %1930, ptr %t, align 8
  %1931 = load double, ptr %s, align 8
  %cmp2340 = fcmp ogt double %1931, 1.000000e+06
  br i1 %cmp2340, label %if.then2342, label %if.else2344

if.then2342:                                      ; preds = %for.body2289
  %1932 = load double, ptr %s, align 8
  %mul2343 = fmul double %1932, 5.000000e-01
  store double %mul2343, ptr %s, align 8
  br label %if.end2347

if.else2344:                                      ; preds = %for.body2289
  %1933 = load double, ptr %s, align 8
  %1934 = load ptr, ptr %y.addr, align 8
  %1935 = load i32, ptr %i2285, align 4
  %idxprom2345 = sext i32 %1935 to i64
  %arrayidx2346 = getelementptr inbounds double, ptr %1934, i64 %idxprom2345
  store double %1933, ptr %arrayidx2346, align 8
  br label %if.end2347

if.end2347:                                       ; preds = %if.else2344, %if.then2342
  %1936 = load double, ptr %t, align 8
  %1937 = load ptr, ptr %p.addr, align 8
  %1938 = load i32, ptr %i2285, align 4
  %1939 = load i32, ptr %m.addr, align 4
  %rem2348 = srem i32 %1938, %1939
  %idxprom2349 = sext i32 %rem2348 to i64
  %arrayidx2350 = getelementptr inbounds %struct.P, ptr %1937, i64 %idxprom2349
  %w2351 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2350, i32 0, i32 0
  %1940 = load double, ptr %w2351, align 8
  %add2352 = fadd double %1940, %1936
  store double %add2352, ptr %w2351, align 8
  %1941 = load i32, ptr %i2285, align 4
  %and2353 = and i32 %1941, 3
  %cmp2354 = icmp eq i32 %and2353, 0
  %conv2355 = zext i1 %cmp2354 to i32
  %conv2356 = sext i32 %conv2355 to i64
  %1942 = load i64, ptr %count, align 8
  %add2357 = add nsw i64 %1942, %conv2356
  store i64 %add2357, ptr %count, align 8
  br label %for.inc2358

for.inc2358:                                      ; preds = %if.end2347
  %1943 = load i32, ptr %i2285, align 4
  %inc2359 = add nsw i32 %1943, 1
  store i32 %inc2359, ptr %i2285, align 4
  br label %for.cond2286, !llvm.loop !40

for.end2360:                                      ; preds = %for.cond2286
  store i32 0, ptr %i2361, align 4
  br label %for.cond2362

for.cond2362:                                     ; preds = %for.inc2411, %for.end2360
  %1944 = load i32, ptr %i2361, align 4
  %1945 = load i32, ptr %n.addr, align 4
  %cmp2363 = icmp slt i32 %1944, %1945
  br i1 %cmp2363, label %for.body2365, label %for.end2413

for.body2365:                                     ; preds = %for.cond2362
  %1946 = load double, ptr %t, align 8
  %mul2366 = fmul double %1946, 1.500000e+00
  %1947 = load double, ptr %b.addr, align 8
  %1948 = load ptr, ptr %p.addr, align 8
  %1949 = load i32, ptr %i2361, align 4
  %1950 = load i32, ptr %m.addr, align 4
  %rem2367 = srem i32 %1949, %1950
  %idxprom2368 = sext i32 %rem2367 to i64
  %arrayidx2369 = getelementptr inbounds %struct.P, ptr %1948, i64 %idxprom2368
  %w2370 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2369, i32 0, i32 0
  %1951 = load double, ptr %w2370, align 8
  %sub2371 = fsub double %1947, %1951
  %mul2372 = fmul double %mul2366, %sub2371
  %1952 = load double, ptr %t, align 8
  %1953 = call double @llvm.fabs.f64(double %1952)
  %call2373 = call double @sqrt(double noundef %1953) #3
  %1954 = load double, ptr %t, align 8
  %1955 = call double @llvm.fabs.f64(double %1954)
  %call2374 = call double @exp(double noundef %1955) #3
  %add2375 = fadd double %call2373, %call2374
  %1956 = load double, ptr %s, align 8
  %1957 = call double @llvm.fmuladd.f64(double %mul2372, double %add2375, double %1956)
  store double %1957, ptr %s, align 8
  %1958 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call2377 = call double @tanh(double noundef %1958) #3
  %1959 = call double @llvm.fabs.f64(double %call2377)
  %call2378 = call double @atan(double noundef %1959) #3
  %1960 = load double, ptr %s, align 8
  %1961 = load i32, ptr %i2361, align 4
  %and2379 = and i32 %1961, 7
  %idxprom2380 = sext i32 %and2379 to i64
  %arrayidx2381 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2380
  %1962 = load double, ptr %arrayidx2381, align 8
  %mul2382 = fmul double %1960, %1962
  %1963 = call double @llvm.fabs.f64(double %mul2382)
  %call2383 = call double @atan(double noundef %1963) #3
  %1964 = load double, ptr %s, align 8
  %1965 = call double @llvm.fmuladd.f64(double %call2378, double %call2383, double %1964)
  store double %1965, ptr %s, align 8
  %1966 = load ptr, ptr %y.addr, align 8
  %1967 = load i32, ptr %i2361, align 4
  %idxprom2385 = sext i32 %1967 to i64
  %arrayidx2386 = getelementptr inbounds double, ptr %1966, i64 %idxprom2385
  %1968 = load double, ptr %arrayidx2386, align 8
  %1969 = load double, ptr %b.addr, align 8
  %sub2387 = fsub double %1968, %1969
  %1970 = call double @llvm.fabs.f64(double %sub2387)
  %call2388 = call double @tanh(double noundef %1970) #3
  %1971 = call double @llvm.fabs.f64(double %call2388)
  %call2389 = call double @atan(double noundef %1971) #3
  %1972 = load double, ptr %s, align 8
  %add2390 = fadd double %1972, %call2389
  store double %add2390, ptr %s, align 8
  %1973 = load double, ptr %t, align 8
  %1974 = load double, ptr %s, align 8
  %mul2392 = fmul double %1974, 3.500000e-02
  %1975 = call double @llvm.fmuladd.f64(double %1973, double 5.000000e-01, double %mul2392)
  store double %1975, ptr %t, align 8
  %1976 = load double, ptr %s, align 8
  %cmp2393 = fcmp ogt double %1976, 1.000000e+06
  br i1 %cmp2393, label %if.then2395, label %if.else2397

if.then2395:                                      ; preds = %for.body2365
  %1977 = load double, ptr %s, align 8
  %mul2396 = fmul double %1977, 5.000000e-01
  store double %mul2396, ptr %s, align 8
  br label %if.end2400

if.else2397:                                      ; preds = %for.body2365
  %1978 = load double, ptr %s, align 8
  %1979 = load ptr, ptr %y.addr, align 8
  %1980 = load i32, ptr %i2361, align 4
  %idxprom2398 = sext i32 %1980 to i64
  %arrayidx2399 = getelementptr inbounds double, ptr %1979, i64 %idxprom2398
  store double %1978, ptr %arrayidx2399, align 8
  br label %if.end2400

if.end2400:                                       ; preds = %if.else2397, %if.then2395
  %1981 = load double, ptr %t, align 8
  %1982 = load ptr, ptr %p.addr, align 8
  %1983 = load i32, ptr %i2361, align 4
  %1984 = load i32, ptr %m.addr, align 4
  %rem2401 = srem i32 %1983, %1984
  %idxprom2402 = sext i32 %rem2401 to i64
  %arrayidx2403 = getelementptr inbounds %struct.P, ptr %1982, i64 %idxprom2402
  %w2404 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2403, i32 0, i32 0
  %1985 = load double, ptr %w2404, align 8
  %add2405 = fadd double %1985, %1981
  store double %add2405, ptr %w2404, align 8
  %1986 = load i32, ptr %i2361, align 4
  %and2406 = and i32 %1986, 3
  %cmp2407 = icmp eq i32 %and2406, 0
  %conv2408 = zext i1 %cmp2407 to i32
  %conv2409 = sext i32 %conv2408 to i64
  %1987 = load i64, ptr %count, align 8
  %add2410 = add nsw i64 %1987, %conv2409
  store i64 %add2410, ptr %count, align 8
  br label %for.inc2411

for.inc2411:                                      ; preds = %if.end2400
  %1988 = load i32, ptr %i2361, align 4
  %inc2412 = add nsw i32 %1988, 1
  store i32 %inc2412, ptr %i2361, align 4
  br label %for.cond2362, !llvm.loop !41

for.end2413:                                      ; preds = %for.cond2362
  store i32 0, ptr %i2414, align 4
  br label %for.cond2415

for.cond2415:                                     ; preds = %for.inc2474, %for.end2413
  %1989 = load i32, ptr %i2414, align 4
  %1990 = load i32, ptr %n.addr, align 4
  %cmp2416 = icmp slt i32 %1989, %1990
  br i1 %cmp2416, label %for.body2418, label %for.end2476

for.body2418:                                     ; preds = %for.cond2415
  %1991 = load i32, ptr %i2414, align 4
  %conv2419 = sitofp i32 %1991 to double
  %1992 = load ptr, ptr %x.addr, align 8
  %1993 = load i32, ptr %i2414, align 4
  %idxprom2420 = sext i32 %1993 to i64
  %arrayidx2421 = getelementptr inbounds double, ptr %1992, i64 %idxprom2420
  %1994 = load double, ptr %arrayidx2421, align 8
  %sub2422 = fsub double %conv2419, %1994
  %1995 = call double @llvm.fabs.f64(double %sub2422)
  %call2423 = call double @atan(double noundef %1995) #3
  %1996 = load double, ptr %s, align 8
  %1997 = load double, ptr %b.addr, align 8
  %1998 = call double @llvm.fabs.f64(double %1997)
  %call2425 = call double @log1p(double noundef %1998) #3
  %1999 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %1996, double %call2425)
  %sub2426 = fsub double %call2423, %1999
  %2000 = load double, ptr %s, align 8
  %add2427 = fadd double %2000, %sub2426
  store double %add2427, ptr %s, align 8
  %2001 = load ptr, ptr %p.addr, align 8
  %2002 = load i32, ptr %i2414, align 4
  %2003 = load i32, ptr %m.addr, align 4
  %rem2428 = srem i32 %2002, %2003
  %idxprom2429 = sext i32 %rem2428 to i64
  %arrayidx2430 = getelementptr inbounds %struct.P, ptr %2001, i64 %idxprom2429
  %w2431 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2430, i32 0, i32 0
  %2004 = load double, ptr %w2431, align 8
  %2005 = load double, ptr %t, align 8
  %add2432 = fadd double %2004, %2005
  %2006 = call double @llvm.fabs.f64(double %add2432)
  %call2433 = call double @tanh(double noundef %2006) #3
  %2007 = load double, ptr %s, align 8
  %2008 = load ptr, ptr %p.addr, align 8
  %2009 = load i32, ptr %i2414, align 4
  %2010 = load i32, ptr %m.addr, align 4
  %rem2434 = srem i32 %2009, %2010
  %idxprom2435 = sext i32 %rem2434 to i64
  %arrayidx2436 = getelementptr inbounds %struct.P, ptr %2008, i64 %idxprom2435
  %w2437 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2436, i32 0, i32 0
  %2011 = load double, ptr %w2437, align 8
  %2012 = load ptr, ptr %x.addr, align 8
  %2013 = load i32, ptr %i2414, align 4
  %idxprom2439 = sext i32 %2013 to i64
  %arrayidx2440 = getelementptr inbounds double, ptr %2012, i64 %idxprom2439
  %2014 = load double, ptr %arrayidx2440, align 8
  %2015 = load ptr, ptr %y.addr, align 8
  %2016 = load i32, ptr %i2414, align 4
  %idxprom2441 = sext i32 %2016 to i64
  %arrayidx2442 = getelementptr inbounds double, ptr %2015, i64 %idxprom2441
  %2017 = load double, ptr %arrayidx2442, align 8
  %sub2443 = fsub double %2014, %2017
  %neg2444 = fneg double %sub2443
  %2018 = call double @llvm.fmuladd.f64(double %2007, double %2011, double %neg2444)
  %sub2445 = fsub double %call2433, %2018
  %2019 = load double, ptr %s, align 8
  %add2446 = fadd double %2019, %sub2445
  store double %add2446, ptr %s, align 8
  %2020 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call2447 = call double @log1p(double noundef %2020) #3
  %2021 = call double @llvm.fabs.f64(double %call2447)
  %call2448 = call double @log1p(double noundef %2021) #3
  %2022 = load double, ptr %s, align 8
  %2023 = load ptr, ptr %x.addr, align 8
  %2024 = load i32, ptr %i2414, align 4
  %idxprom2449 = sext i32 %2024 to i64
  %arrayidx2450 = getelementptr inbounds double, ptr %2023, i64 %idxprom2449
  %2025 = load double, ptr %arrayidx2450, align 8
  %add2451 = fadd double %2022, %2025
  %2026 = call double @llvm.fabs.f64(double %add2451)
  %call2452 = call double @tanh(double noundef %2026) #3
  %2027 = load double, ptr %s, align 8
  %2028 = call double @llvm.fmuladd.f64(double %call2448, double %call2452, double %2027)
  store double %2028, ptr %s, align 8
  %2029 = load double, ptr %t, align 8
  %2030 = load double, ptr %s, align 8
  %mul2455 = fmul double %2030, 3.600000e-02
  %2031 = call double @llvm.fmuladd.f64(double %2029, double 5.000000e-01, double %mul2455)
  store double %2031, ptr %t, align 8
  %2032 = load double, ptr %s, align 8
  %cmp2456 = fcmp ogt double %2032, 1.000000e+06
  br i1 %cmp2456, label %if.then2458, label %if.else2460

if.then2458:                                      ; preds = %for.body2418
  %2033 = load double, ptr %s, align 8
  %mul2459 = fmul double %2033, 5.000000e-01
  store double %mul2459, ptr %s, align 8
  br label %if.end2463

if.else2460:                                      ; preds = %for.body2418
  %2034 = load double, ptr %s, align 8
  %2035 = load ptr, ptr %y.addr, align 8
  %2036 = load i32, ptr %i2414, align 4
  %idxprom2461 = sext i32 %2036 to i64
  %arrayidx2462 = getelementptr inbounds double, ptr %2035, i64 %idxprom2461
  store double %2034, ptr %arrayidx2462, align 8
  br label %if.end2463

if.end2463:                                       ; preds = %if.else2460, %if.then2458
  %2037 = load double, ptr %t, align 8
  %2038 = load ptr, ptr %p.addr, align 8
  %2039 = load i32, ptr %i2414, align 4
  %2040 = load i32, ptr %m.addr, align 4
  %rem2464 = srem i32 %2039, %2040
  %idxprom2465 = sext i32 %rem2464 to i64
  %arrayidx2466 = getelementptr inbounds %struct.P, ptr %2038, i64 %idxprom2465
  %w2467 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2466, i32 0, i32 0
  %2041 = load double, ptr %w2467, align 8
  %add2468 = fadd double %2041, %2037
  store double %add2468, ptr %w2467, align 8
  %2042 = load i32, ptr %i2414, align 4
  %and2469 = and i32 %2042, 3
  %cmp2470 = icmp eq i32 %and2469, 0
  %conv2471 = zext i1 %cmp2470 to i32
  %conv2472 = sext i32 %conv2471 to i64
  %2043 = load i64, ptr %count, align 8
  %add2473 = add nsw i64 %2043, %conv2472
  store i64 %add2473, ptr %count, align 8
  br label %for.inc2474

for.inc2474:                                      ; preds = %if.end2463
  %2044 = load i32, ptr %i2414, align 4
  %inc2475 = add nsw i32 %2044, 1
  store i32 %inc2475, ptr %i2414, align 4
  br label %for.cond2415, !llvm.loop !42

for.end2476:                                      ; preds = %for.cond2415
  store i32 0, ptr %i2477, align 4
  br label %for.cond2478

for.cond2478:                                     ; preds = %for.inc2532, %for.end2476
  %2045 = load i32, ptr %i2477, align 4
  %2046 = load i32, ptr %n.addr, align 4
  %cmp2479 = icmp slt i32 %2045, %2046
  br i1 %cmp2479, label %for.body2481, label %for.end2534

for.body2481:                                     ; preds = %for.cond2478
  %2047 = load double, ptr %s, align 8
  %2048 = load double, ptr %a.addr, align 8
  %mul2482 = fmul double %2047, %2048
  %2049 = load ptr, ptr %p.addr, align 8
  %2050 = load i32, ptr %i2477, align 4
  %2051 = load i32, ptr %m.addr, align 4
  %rem2483 = srem i32 %2050, %2051
  %idxprom2484 = sext i32 %rem2483 to i64
  %arrayidx2485 = getelementptr inbounds %struct.P, ptr %2049, i64 %idxprom2484
  %v2486 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2485, i32 0, i32 1
  %arrayidx2487 = getelementptr inbounds [3 x double], ptr %v2486, i64 0, i64 1
  %2052 = load double, ptr %arrayidx2487, align 8
  %2053 = load double, ptr %t, align 8
  %sub2488 = fsub double %2052, %2053
  %mul2489 = fmul double %mul2482, %sub2488
  %2054 = call double @llvm.fabs.f64(double %mul2489)
  %call2490 = call double @exp(double noundef %2054) #3
  %2055 = load double, ptr %s, align 8
  %add2491 = fadd double %2055, %call2490
  store double %add2491, ptr %s, align 8
  %2056 = load i32, ptr %i2477, align 4
  %and2492 = and i32 %2056, 7
  %idxprom2493 = sext i32 %and2492 to i64
  %arrayidx2494 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2493
  %2057 = load double, ptr %arrayidx2494, align 8
  %2058 = load ptr, ptr %p.addr, align 8
  %2059 = load i32, ptr %i2477, align 4
  %2060 = load i32, ptr %m.addr, align 4
  %rem2495 = srem i32 %2059, %2060
  %idxprom2496 = sext i32 %rem2495 to i64
  %arrayidx2497 = getelementptr inbounds %struct.P, ptr %2058, i64 %idxprom2496
  %v2498 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2497, i32 0, i32 1
  %arrayidx2499 = getelementptr inbounds [3 x double], ptr %v2498, i64 0, i64 1
  %2061 = load double, ptr %arrayidx2499, align 8
  %add2500 = fadd double %2057, %2061
  %2062 = load i32, ptr %i2477, align 4
  %conv2501 = sitofp i32 %2062 to double
  %2063 = load double, ptr %s, align 8
  %add2502 = fadd double %conv2501, %2063
  %mul2503 = fmul double %add2500, %add2502
  %2064 = call double @llvm.fabs.f64(double %mul2503)
  %call2504 = call double @tanh(double noundef %2064) #3
  %2065 = load double, ptr %s, align 8
  %add2505 = fadd double %2065, %call2504
  store double %add2505, ptr %s, align 8
  %2066 = load i32, ptr %i2477, align 4
  %conv2506 = sitofp i32 %2066 to double
  %2067 = load double, ptr %a.addr, align 8
  %add2507 = fadd double %conv2506, %2067
  %2068 = load double, ptr %s, align 8
  %2069 = load double, ptr %t, align 8
  %sub2508 = fsub double %2068, %2069
  %mul2509 = fmul double %add2507, %sub2508
  %2070 = call double @llvm.fabs.f64(double %mul2509)
  %call2510 = call double @log1p(double noundef %2070) #3
  %2071 = load double, ptr %s, align 8
  %add2511 = fadd double %2071, %call2510
  store double %add2511, ptr %s, align 8
  %2072 = load double, ptr %t, align 8
  %2073 = load double, ptr %s, align 8
  %mul2513 = fmul double %2073, 3.700000e-02
  %2074 = call double @llvm.fmuladd.f64(double %2072, double 5.000000e-01, double %mul2513)
  store double %2074, ptr %t, align 8
  %2075 = load double, ptr %s, align 8
  %cmp2514 = fcmp ogt double %2075, 1.000000e+06
  br i1 %cmp2514, label %if.then2516, label %if.else2518

if.then2516:                                      ; preds = %for.body2481
  %2076 = load double, ptr %s, align 8
  %mul2517 = fmul double %2076, 5.000000e-01
  store double %mul2517, ptr %s, align 8
  br label %if.end2521

if.else2518:                                      ; preds = %for.body2481
  %2077 = load double, ptr %s, align 8
  %2078 = load ptr, ptr %y.addr, align 8
  %2079 = load i32, ptr %i2477, align 4
  %idxprom2519 = sext i32 %2079 to i64
  %arrayidx2520 = getelementptr inbounds double, ptr %2078, i64 %idxprom2519
  store double %2077, ptr %arrayidx2520, align 8
  br label %if.end2521

if.end2521:                                       ; preds = %if.else2518, %if.then2516
  %2080 = load double, ptr %t, align 8
  %2081 = load ptr, ptr %p.addr, align 8
  %2082 = load i32, ptr %i2477, align 4
  %2083 = load i32, ptr %m.addr, align 4
  %rem2522 = srem i32 %2082, %2083
  %idxprom2523 = sext i32 %rem2522 to i64
  %arrayidx2524 = getelementptr inbounds %struct.P, ptr %2081, i64 %idxprom2523
  %w2525 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2524, i32 0, i32 0
  %2084 = load double, ptr %w2525, align 8
  %add2526 = fadd double %2084, %2080
  store double %add2526, ptr %w2525, align 8
  %2085 = load i32, ptr %i2477, align 4
  %and2527 = and i32 %2085, 3
  %cmp2528 = icmp eq i32 %and2527, 0
  %conv2529 = zext i1 %cmp2528 to i32
  %conv2530 = sext i32 %conv2529 to i64
  %2086 = load i64, ptr %count, align 8
  %add2531 = add nsw i64 %2086, %conv2530
  store i64 %add2531, ptr %count, align 8
  br label %for.inc2532

for.inc2532:                                      ; preds = %if.end2521
  %2087 = load i32, ptr %i2477, align 4
  %inc2533 = add nsw i32 %2087, 1
  store i32 %inc2533, ptr %i2477, align 4
  br label %for.cond2478, !llvm.loop !43

for.end2534:                                      ; preds = %for.cond2478
  store i32 0, ptr %i2535, align 4
  br label %for.cond2536

for.cond2536:                                     ; preds = %for.inc2590, %for.end2534
  %2088 = load i32, ptr %i2535, align 4
  %2089 = load i32, ptr %n.addr, align 4
  %cmp2537 = icmp slt i32 %2088, %2089
  br i1 %cmp2537, label %for.body2539, label %for.end2592

for.body2539:                                     ; preds = %for.cond2536
  %2090 = load double, ptr %s, align 8
  %2091 = call double @llvm.fabs.f64(double %2090)
  %call2540 = call double @cos(double noundef %2091) #3
  %2092 = call double @llvm.fabs.f64(double %call2540)
  %call2541 = call double @sqrt(double noundef %2092) #3
  %2093 = load i32, ptr %i2535, align 4
  %conv2542 = sitofp i32 %2093 to double
  %2094 = call double @llvm.fabs.f64(double %conv2542)
  %call2543 = call double @sqrt(double noundef %2094) #3
  %2095 = call double @llvm.fabs.f64(double %call2543)
  %call2544 = call double @sqrt(double noundef %2095) #3
  %2096 = load double, ptr %s, align 8
  %2097 = call double @llvm.fmuladd.f64(double %call2541, double %call2544, double %2096)
  store double %2097, ptr %s, align 8
  %2098 = load ptr, ptr %p.addr, align 8
  %2099 = load i32, ptr %i2535, align 4
  %2100 = load i32, ptr %m.addr, align 4
  %rem2546 = srem i32 %2099, %2100
  %idxprom2547 = sext i32 %rem2546 to i64
  %arrayidx2548 = getelementptr inbounds %struct.P, ptr %2098, i64 %idxprom2547
  %w2549 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2548, i32 0, i32 0
  %2101 = load double, ptr %w2549, align 8
  %2102 = load ptr, ptr %p.addr, align 8
  %2103 = load i32, ptr %i2535, align 4
  %2104 = load i32, ptr %m.addr, align 4
  %rem2550 = srem i32 %2103, %2104
  %idxprom2551 = sext i32 %rem2550 to i64
  %arrayidx2552 = getelementptr inbounds %struct.P, ptr %2102, i64 %idxprom2551
  %v2553 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2552, i32 0, i32 1
  %arrayidx2554 = getelementptr inbounds [3 x double], ptr %v2553, i64 0, i64 1
  %2105 = load double, ptr %arrayidx2554, align 8
  %add2555 = fadd double %2101, %2105
  %2106 = load double, ptr %t, align 8
  %2107 = load double, ptr %t, align 8
  %sub2556 = fsub double %2106, %2107
  %mul2557 = fmul double %add2555, %sub2556
  %2108 = call double @llvm.fabs.f64(double %mul2557)
  %call2558 = call double @sqrt(double noundef %2108) #3
  %2109 = load double, ptr %s, align 8
  %add2559 = fadd double %2109, %call2558
  store double %add2559, ptr %s, align 8
  %2110 = load i32, ptr %i2535, align 4
  %conv2560 = sitofp i32 %2110 to double
  %2111 = load double, ptr %a.addr, align 8
  %2112 = load double, ptr %a.addr, align 8
  %2113 = load ptr, ptr %p.addr, align 8
  %2114 = load i32, ptr %i2535, align 4
  %2115 = load i32, ptr %m.addr, align 4
  %rem2562 = srem i32 %2114, %2115
  %idxprom2563 = sext i32 %rem2562 to i64
  %arrayidx2564 = getelementptr inbounds %struct.P, ptr %2113, i64 %idxprom2563
  %v2565 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2564, i32 0, i32 1
  %arrayidx2566 = getelementptr inbounds [3 x double], ptr %v2565, i64 0, i64 1
  %2116 = load double, ptr %arrayidx2566, align 8
  %sub2567 = fsub double %2112, %2116
  %2117 = call double @llvm.fmuladd.f64(double %conv2560, double %2111, double %sub2567)
  %2118 = call double @llvm.fabs.f64(double %2117)
  %call2568 = call double @sin(double noundef %2118) #3
  %2119 = load double, ptr %s, align 8
  %add2569 = fadd double %2119, %call2568
  store double %add2569, ptr %s, align 8
  %2120 = load double, ptr %t, align 8
  %2121 = load double, ptr %s, align 8
  %mul2571 = fmul double %2121, 3.800000e-02
  %2122 = call double @llvm.fmuladd.f64(double %2120, double 5.000000e-01, double %mul2571)
  store double %2122, ptr %t, align 8
  %2123 = load double, ptr %s, align 8
  %cmp2572 = fcmp ogt double %2123, 1.000000e+06
  br i1 %cmp2572, label %if.then2574, label %if.else2576

if.then2574:                                      ; preds = %for.body2539
  %2124 = load double, ptr %s, align 8
  %mul2575 = fmul double %2124, 5.000000e-01
  store double %mul2575, ptr %s, align 8
  br label %if.end2579

if.else2576:                                      ; preds = %for.body2539
  %2125 = load double, ptr %s, align 8
  %2126 = load ptr, ptr %y.addr, align 8
  %2127 = load i32, ptr %i2535, align 4
  %idxprom2577 = sext i32 %2127 to i64
  %arrayidx2578 = getelementptr inbounds double, ptr %2126, i64 %idxprom2577
  store double %2125, ptr %arrayidx2578, align 8
  br label %if.end2579

if.end2579:                                       ; preds = %if.else2576, %if.then2574
  %2128 = load double, ptr %t, align 8
  %2129 = load ptr, ptr %p.addr, align 8
  %2130 = load i32, ptr %i2535, align 4
  %2131 = load i32, ptr %m.addr, align 4
  %rem2580 = srem i32 %2130, %2131
  %idxprom2581 = sext i32 %rem2580 to i64
  %arrayidx2582 = getelementptr inbounds %struct.P, ptr %2129, i64 %idxprom2581
  %w2583 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2582, i32 0, i32 0
  %2132 = load double, ptr %w2583, align 8
  %add2584 = fadd double %2132, %2128
  store double %add2584, ptr %w2583, align 8
  %2133 = load i32, ptr %i2535, align 4
  %and2585 = and i32 %2133, 3
  %cmp2586 = icmp eq i32 %and2585, 0
  %conv2587 = zext i1 %cmp2586 to i32
  %conv2588 = sext i32 %conv2587 to i64
  %2134 = load i64, ptr %count, align 8
  %add2589 = add nsw i64 %2134, %conv2588
  store i64 %add2589, ptr %count, align 8
  br label %for.inc2590

for.inc2590:                                      ; preds = %if.end2579
  %2135 = load i32, ptr %i2535, align 4
  %inc2591 = add nsw i32 %2135, 1
  store i32 %inc2591, ptr %i2535, align 4
  br label %for.cond2536, !llvm.loop !44

for.end2592:                                      ; preds = %for.cond2536
  store i32 0, ptr %i2593, align 4
  br label %for.cond2594

for.cond2594:                                     ; preds = %for.inc2658, %for.end2592
  %2136 = load i32, ptr %i2593, align 4
  %2137 = load i32, ptr %n.addr, align 4
  %cmp2595 = icmp slt i32 %2136, %2137
  br i1 %cmp2595, label %for.body2597, label %for.end2660

for.body2597:                                     ; preds = %for.cond2594
  %2138 = load double, ptr %s, align 8
  %2139 = call double @llvm.fabs.f64(double %2138)
  %call2598 = call double @log1p(double noundef %2139) #3
  %2140 = load ptr, ptr %p.addr, align 8
  %2141 = load i32, ptr %i2593, align 4
  %2142 = load i32, ptr %m.addr, align 4
  %rem2599 = srem i32 %2141, %2142
  %idxprom2600 = sext i32 %rem2599 to i64
  %arrayidx2601 = getelementptr inbounds %struct.P, ptr %2140, i64 %idxprom2600
  %w2602 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2601, i32 0, i32 0
  %2143 = load double, ptr %w2602, align 8
  %2144 = load double, ptr %b.addr, align 8
  %sub2603 = fsub double %2143, %2144
  %sub2604 = fsub double %call2598, %sub2603
  %2145 = load ptr, ptr %p.addr, align 8
  %2146 = load i32, ptr %i2593, align 4
  %2147 = load i32, ptr %m.addr, align 4
  %rem2605 = srem i32 %2146, %2147
  %idxprom2606 = sext i32 %rem2605 to i64
  %arrayidx2607 = getelementptr inbounds %struct.P, ptr %2145, i64 %idxprom2606
  %w2608 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2607, i32 0, i32 0
  %2148 = load double, ptr %w2608, align 8
  %2149 = load double, ptr %a.addr, align 8
  %mul2609 = fmul double %2148, %2149
  %2150 = call double @llvm.fabs.f64(double %mul2609)
  %call2610 = call double @exp(double noundef %2150) #3
  %2151 = load double, ptr %s, align 8
  %2152 = call double @llvm.fmuladd.f64(double %sub2604, double %call2610, double %2151)
  store double %2152, ptr %s, align 8
  %2153 = load double, ptr %s, align 8
  %add2612 = fadd double %2153, 1.500000e+00
  %2154 = load double, ptr %a.addr, align 8
  %add2613 = fadd double 1.500000e+00, %2154
  %mul2614 = fmul double %add2612, %add2613
  %2155 = load ptr, ptr %x.addr, align 8
  %2156 = load i32, ptr %i2593, align 4
  %idxprom2615 = sext i32 %2156 to i64
  %arrayidx2616 = getelementptr inbounds double, ptr %2155, i64 %idxprom2615
  %2157 = load double, ptr %arrayidx2616, align 8
  %2158 = load double, ptr %s, align 8
  %sub2617 = fsub double %2157, %2158
  %2159 = load i32, ptr %i2593, align 4
  %conv2618 = sitofp i32 %2159 to double
  %2160 = load i32, ptr %i2593, align 4
  %and2619 = and i32 %2160, 7
  %idxprom2620 = sext i32 %and2619 to i64
  %arrayidx2621 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2620
  %2161 = load double, ptr %arrayidx2621, align 8
  %sub2622 = fsub double %conv2618, %2161
  %sub2623 = fsub double %sub2617, %sub2622
  %2162 = load double, ptr %s, align 8
  %2163 = call double @llvm.fmuladd.f64(double %mul2614, double %sub2623, double %2162)
  store double %2163, ptr %s, align 8
  %2164 = load double, ptr %b.addr, align 8
  %2165 = call double @llvm.fabs.f64(double %2164)
  %call2625 = call double @atan(double noundef %2165) #3
  %2166 = load ptr, ptr %p.addr, align 8
  %2167 = load i32, ptr %i2593, align 4
  %2168 = load i32, ptr %m.addr, align 4
  %rem2626 = srem i32 %2167, %2168
  %idxprom2627 = sext i32 %rem2626 to i64
  %arrayidx2628 = getelementptr inbounds %struct.P, ptr %2166, i64 %idxprom2627
  %v2629 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2628, i32 0, i32 1
  %arrayidx2630 = getelementptr inbounds [3 x double], ptr %v2629, i64 0, i64 1
  %2169 = load double, ptr %arrayidx2630, align 8
  %2170 = load i32, ptr %i2593, align 4
  %and2631 = and i32 %2170, 7
  %idxprom2632 = sext i32 %and2631 to i64
  %arrayidx2633 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2632
  %2171 = load double, ptr %arrayidx2633, align 8
  %sub2634 = fsub double %2169, %2171
  %mul2635 = fmul double %call2625, %sub2634
  %2172 = call double @llvm.fabs.f64(double %mul2635)
  %call2636 = call double @tanh(double noundef %2172) #3
  %2173 = load double, ptr %s, align 8
  %add2637 = fadd double %2173, %call2636
  store double %add2637, ptr %s, align 8
  %2174 = load double, ptr %t, align 8
  %2175 = load double, ptr %s, align 8
  %mul2639 = fmul double %2175, 3.900000e-02
  %2176 = call double @llvm.fmuladd.f64(double %2174, double 5.000000e-01, double %mul2639)
  store double %2176, ptr %t, align 8
  %2177 = load double, ptr %s, align 8
  %cmp2640 = fcmp ogt double %2177, 1.000000e+06
  br i1 %cmp2640, label %if.then2642, label %if.else2644

if.then2642:                                      ; preds = %for.body2597
  %2178 = load double, ptr %s, align 8
  %mul2643 = fmul double %2178, 5.000000e-01
  store double %mul2643, ptr %s, align 8
  br label %if.end2647

if.else2644:                                      ; preds = %for.body2597
  %2179 = load double, ptr %s, align 8
  %2180 = load ptr, ptr %y.addr, align 8
  %2181 = load i32, ptr %i2593, align 4
  %idxprom2645 = sext i32 %2181 to i64
  %arrayidx2646 = getelementptr inbounds double, ptr %2180, i64 %idxprom2645
  store double %2179, ptr %arrayidx2646, align 8
  br label %if.end2647

if.end2647:                                       ; preds = %if.else2644, %if.then2642
  %2182 = load double, ptr %t, align 8
  %2183 = load ptr, ptr %p.addr, align 8
  %2184 = load i32, ptr %i2593, align 4
  %2185 = load i32, ptr %m.addr, align 4
  %rem2648 = srem i32 %2184, %2185
  %idxprom2649 = sext i32 %rem2648 to i64
  %arrayidx2650 = getelementptr inbounds %struct.P, ptr %2183, i64 %idxprom2649
  %w2651 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2650, i32 0, i32 0
  %2186 = load double, ptr %w2651, align 8
  %add2652 = fadd double %2186, %2182
  store double %add2652, ptr %w2651, align 8
  %2187 = load i32, ptr %i2593, align 4
  %and2653 = and i32 %2187, 3
  %cmp2654 = icmp eq i32 %and2653, 0
  %conv2655 = zext i1 %cmp2654 to i32
  %conv2656 = sext i32 %conv2655 to i64
  %2188 = load i64, ptr %count, align 8
  %add2657 = add nsw i64 %2188, %conv2656
  store i64 %add2657, ptr %count, align 8
  br label %for.inc2658

for.inc2658:                                      ; preds = %if.end2647
  %2189 = load i32, ptr %i2593, align 4
  %inc2659 = add nsw i32 %2189, 1
  store i32 %inc2659, ptr %i2593, align 4
  br label %for.cond2594, !llvm.loop !45

for.end2660:                                      ; preds = %for.cond2594
  store i32 0, ptr %i2661, align 4
  br label %for.cond2662

for.cond2662:                                     ; preds = %for.inc2729, %for.end2660
  %2190 = load i32, ptr %i2661, align 4
  %2191 = load i32, ptr %n.addr, align 4
  %cmp2663 = icmp slt i32 %2190, %2191
  br i1 %cmp2663, label %for.body2665, label %for.end2731

for.body2665:                                     ; preds = %for.cond2662
  %2192 = load double, ptr %a.addr, align 8
  %2193 = load double, ptr %b.addr, align 8
  %add2666 = fadd double %2192, %2193
  %2194 = load double, ptr %s, align 8
  %2195 = load i32, ptr %i2661, align 4
  %and2667 = and i32 %2195, 7
  %idxprom2668 = sext i32 %and2667 to i64
  %arrayidx2669 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2668
  %2196 = load double, ptr %arrayidx2669, align 8
  %add2670 = fadd double %2194, %2196
  %sub2671 = fsub double %add2666, %add2670
  %2197 = load double, ptr %a.addr, align 8
  %2198 = load double, ptr %s, align 8
  %sub2672 = fsub double %2197, %2198
  %2199 = load i32, ptr %i2661, align 4
  %conv2673 = sitofp i32 %2199 to double
  %2200 = call double @llvm.fabs.f64(double %conv2673)
  %call2674 = call double @tanh(double noundef %2200) #3
  %sub2675 = fsub double %sub2672, %call2674
  %add2676 = fadd double %sub2671, %sub2675
  %2201 = load double, ptr %s, align 8
  %add2677 = fadd double %2201, %add2676
  store double %add2677, ptr %s, align 8
  %2202 = load ptr, ptr %y.addr, align 8
  %2203 = load i32, ptr %i2661, align 4
  %idxprom2678 = sext i32 %2203 to i64
  %arrayidx2679 = getelementptr inbounds double, ptr %2202, i64 %idxprom2678
  %2204 = load double, ptr %arrayidx2679, align 8
  %2205 = call double @llvm.fabs.f64(double %2204)
  %call2680 = call double @cos(double noundef %2205) #3
  %2206 = load ptr, ptr %p.addr, align 8
  %2207 = load i32, ptr %i2661, align 4
  %2208 = load i32, ptr %m.addr, align 4
  %rem2681 = srem i32 %2207, %2208
  %idxprom2682 = sext i32 %rem2681 to i64
  %arrayidx2683 = getelementptr inbounds %struct.P, ptr %2206, i64 %idxprom2682
  %w2684 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2683, i32 0, i32 0
  %2209 = load double, ptr %w2684, align 8
  %2210 = call double @llvm.fabs.f64(double %2209)
  %call2685 = call double @exp(double noundef %2210) #3
  %add2686 = fadd double %call2680, %call2685
  %2211 = load ptr, ptr %p.addr, align 8
  %2212 = load i32, ptr %i2661, align 4
  %2213 = load i32, ptr %m.addr, align 4
  %rem2687 = srem i32 %2212, %2213
  %idxprom2688 = sext i32 %rem2687 to i64
  %arrayidx2689 = getelementptr inbounds %struct.P, ptr %2211, i64 %idxprom2688
  %w2690 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2689, i32 0, i32 0
  %2214 = load double, ptr %w2690, align 8
  %2215 = load double, ptr %a.addr, align 8
  %sub2691 = fsub double %2214, %2215
  %2216 = load i32, ptr %i2661, align 4
  %and2692 = and i32 %2216, 7
  %idxprom2693 = sext i32 %and2692 to i64
  %arrayidx2694 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2693
  %2217 = load double, ptr %arrayidx2694, align 8
  %2218 = call double @llvm.fabs.f64(double %2217)
  %call2695 = call double @log1p(double noundef %2218) #3
  %sub2696 = fsub double %sub2691, %call2695
  %add2697 = fadd double %add2686, %sub2696
  %2219 = load double, ptr %s, align 8
  %add2698 = fadd double %2219, %add2697
  store double %add2698, ptr %s, align 8
  %2220 = load double, ptr %a.addr, align 8
  %2221 = load i32, ptr %i2661, align 4
  %conv2699 = sitofp i32 %2221 to double
  %mul2700 = fmul double %2220, %conv2699
  %2222 = load ptr, ptr %p.addr, align 8
  %2223 = load i32, ptr %i2661, align 4
  %2224 = load i32, ptr %m.addr, align 4
  %rem2701 = srem i32 %2223, %2224
  %idxprom2702 = sext i32 %rem2701 to i64
  %arrayidx2703 = getelementptr inbounds %struct.P, ptr %2222, i64 %idxprom2702
  %w2704 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2703, i32 0, i32 0
  %2225 = load double, ptr %w2704, align 8
  %2226 = load double, ptr %a.addr, align 8
  %sub2705 = fsub double %2225, %2226
  %mul2706 = fmul double %mul2700, %sub2705
  %2227 = call double @llvm.fabs.f64(double %mul2706)
  %call2707 = call double @log1p(double noundef %2227) #3
  %2228 = load double, ptr %s, align 8
  %add2708 = fadd double %2228, %call2707
  store double %add2708, ptr %s, align 8
  %2229 = load double, ptr %t, align 8
  %2230 = load double, ptr %s, align 8
  %mul2710 = fmul double %2230, 4.000000e-02
  %2231 = call double @llvm.fmuladd.f64(double %2229, double 5.000000e-01, double %mul2710)
  store double %2231, ptr %t, align 8
  %2232 = load double, ptr %s, align 8
  %cmp2711 = fcmp ogt double %2232, 1.000000e+06
  br i1 %cmp2711, label %if.then2713, label %if.else2715

if.then2713:                                      ; preds = %for.body2665
  %2233 = load double, ptr %s, align 8
  %mul2714 = fmul double %2233, 5.000000e-01
  store double %mul2714, ptr %s, align 8
  br label %if.end2718

if.else2715:                                      ; preds = %for.body2665
  %2234 = load double, ptr %s, align 8
  %2235 = load ptr, ptr %y.addr, align 8
  %2236 = load i32, ptr %i2661, align 4
  %idxprom2716 = sext i32 %2236 to i64
  %arrayidx2717 = getelementptr inbounds double, ptr %2235, i64 %idxprom2716
  store double %2234, ptr %arrayidx2717, align 8
  br label %if.end2718

if.end2718:                                       ; preds = %if.else2715, %if.then2713
  %2237 = load double, ptr %t, align 8
  %2238 = load ptr, ptr %p.addr, align 8
  %2239 = load i32, ptr %i2661, align 4
  %2240 = load i32, ptr %m.addr, align 4
  %rem2719 = srem i32 %2239, %2240
  %idxprom2720 = sext i32 %rem2719 to i64
  %arrayidx2721 = getelementptr inbounds %struct.P, ptr %2238, i64 %idxprom2720
  %w2722 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2721, i32 0, i32 0
  %2241 = load double, ptr %w2722, align 8
  %add2723 = fadd double %2241, %2237
  store double %add2723, ptr %w2722, align 8
  %2242 = load i32, ptr %i2661, align 4
  %and2724 = and i32 %2242, 3
  %cmp2725 = icmp eq i32 %and2724, 0
  %conv2726 = zext i1 %cmp2725 to i32
  %conv2727 = sext i32 %conv2726 to i64
  %2243 = load i64, ptr %count, align 8
  %add2728 = add nsw i64 %2243, %conv2727
  store i64 %add2728, ptr %count, align 8
  br label %for.inc2729

for.inc2729:                                      ; preds = %if.end2718
  %2244 = load i32, ptr %i2661, align 4
  %inc2730 = add nsw i32 %2244, 1
  store i32 %inc2730, ptr %i2661, align 4
  br label %for.cond2662, !llvm.loop !46

for.end2731:                                      ; preds = %for.cond2662
  store i32 0, ptr %i2732, align 4
  br label %for.cond2733

for.cond2733:                                     ; preds = %for.inc2785, %for.end2731
  %2245 = load i32, ptr %i2732, align 4
  %2246 = load i32, ptr %n.addr, align 4
  %cmp2734 = icmp slt i32 %2245, %2246
  br i1 %cmp2734, label %for.body2736, label %for.end2787

for.body2736:                                     ; preds = %for.cond2733
  %2247 = load double, ptr %s, align 8
  %2248 = load i32, ptr %i2732, align 4
  %conv2737 = sitofp i32 %2248 to double
  %sub2738 = fsub double %2247, %conv2737
  %2249 = load double, ptr %s, align 8
  %2250 = call double @llvm.fabs.f64(double %2249)
  %call2739 = call double @sin(double noundef %2250) #3
  %add2740 = fadd double %sub2738, %call2739
  %2251 = load double, ptr %s, align 8
  %2252 = call double @llvm.fabs.f64(double %2251)
  %call2741 = call double @log1p(double noundef %2252) #3
  %2253 = load double, ptr %b.addr, align 8
  %2254 = call double @llvm.fabs.f64(double %2253)
  %call2742 = call double @log1p(double noundef %2254) #3
  %sub2743 = fsub double %call2741, %call2742
  %2255 = load double, ptr %s, align 8
  %2256 = call double @llvm.fmuladd.f64(double %add2740, double %sub2743, double %2255)
  store double %2256, ptr %s, align 8
  %2257 = load double, ptr %s, align 8
  %2258 = call double @llvm.fabs.f64(double %2257)
  %call2745 = call double @sin(double noundef %2258) #3
  %2259 = call double @llvm.fabs.f64(double %call2745)
  %call2746 = call double @sin(double noundef %2259) #3
  %2260 = load double, ptr %a.addr, align 8
  %2261 = load i32, ptr %i2732, align 4
  %conv2747 = sitofp i32 %2261 to double
  %add2748 = fadd double %2260, %conv2747
  %2262 = call double @llvm.fabs.f64(double %add2748)
  %call2749 = call double @cos(double noundef %2262) #3
  %2263 = load double, ptr %s, align 8
  %2264 = call double @llvm.fmuladd.f64(double %call2746, double %call2749, double %2263)
  store double %2264, ptr %s, align 8
  %2265 = load i32, ptr %i2732, align 4
  %conv2751 = sitofp i32 %2265 to double
  %2266 = load ptr, ptr %x.addr, align 8
  %2267 = load i32, ptr %i2732, align 4
  %idxprom2752 = sext i32 %2267 to i64
  %arrayidx2753 = getelementptr inbounds double, ptr %2266, i64 %idxprom2752
  %2268 = load double, ptr %arrayidx2753, align 8
  %2269 = load i32, ptr %i2732, align 4
  %and2755 = and i32 %2269, 7
  %idxprom2756 = sext i32 %and2755 to i64
  %arrayidx2757 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2756
  %2270 = load double, ptr %arrayidx2757, align 8
  %2271 = load double, ptr %s, align 8
  %mul2758 = fmul double %2270, %2271
  %2272 = call double @llvm.fmuladd.f64(double %conv2751, double %2268, double %mul2758)
  %2273 = load ptr, ptr %x.addr, align 8
  %2274 = load i32, ptr %i2732, align 4
  %idxprom2759 = sext i32 %2274 to i64
  %arrayidx2760 = getelementptr inbounds double, ptr %2273, i64 %idxprom2759
  %2275 = load double, ptr %arrayidx2760, align 8
  %mul2761 = fmul double 1.500000e+00, %2275
  %2276 = call double @llvm.fabs.f64(double %mul2761)
  %call2762 = call double @exp(double noundef %2276) #3
  %sub2763 = fsub double %2272, %call2762
  %2277 = load double, ptr %s, align 8
  %add2764 = fadd double %2277, %sub2763
  store double %add2764, ptr %s, align 8
  %2278 = load double, ptr %t, align 8
  %2279 = load double, ptr %s, align 8
  %mul2766 = fmul double %2279, 4.100000e-02
  %2280 = call double @llvm.fmuladd.f64(double %2278, double 5.000000e-01, double %mul2766)
  store double %2280, ptr %t, align 8
  %2281 = load double, ptr %s, align 8
  %cmp2767 = fcmp ogt double %2281, 1.000000e+06
  br i1 %cmp2767, label %if.then2769, label %if.else2771

if.then2769:                                      ; preds = %for.body2736
  %2282 = load double, ptr %s, align 8
  %mul2770 = fmul double %2282, 5.000000e-01
  store double %mul2770, ptr %s, align 8
  br label %if.end2774

if.else2771:                                      ; preds = %for.body2736
  %2283 = load double, ptr %s, align 8
  %2284 = load ptr, ptr %y.addr, align 8
  %2285 = load i32, ptr %i2732, align 4
  %idxprom2772 = sext i32 %2285 to i64
  %arrayidx2773 = getelementptr inbounds double, ptr %2284, i64 %idxprom2772
  store double %2283, ptr %arrayidx2773, align 8
  br label %if.end2774

if.end2774:                                       ; preds = %if.else2771, %if.then2769
  %2286 = load double, ptr %t, align 8
  %2287 = load ptr, ptr %p.addr, align 8
  %2288 = load i32, ptr %i2732, align 4
  %2289 = load i32, ptr %m.addr, align 4
  %rem2775 = srem i32 %2288, %2289
  %idxprom2776 = sext i32 %rem2775 to i64
  %arrayidx2777 = getelementptr inbounds %struct.P, ptr %2287, i64 %idxprom2776
  %w2778 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2777, i32 0, i32 0
  %2290 = load double, ptr %w2778, align 8
  %add2779 = fadd double %2290, %2286
  store double %add2779, ptr %w2778, align 8
  %2291 = load i32, ptr %i2732, align 4
  %and2780 = and i32 %2291, 3
  %cmp2781 = icmp eq i32 %and2780, 0
  %conv2782 = zext i1 %cmp2781 to i32
  %conv2783 = sext i32 %conv2782 to i64
  %2292 = load i64, ptr %count, align 8
  %add2784 = add nsw i64 %2292, %conv2783
  store i64 %add2784, ptr %count, align 8
  br label %for.inc2785

for.inc2785:                                      ; preds = %if.end2774
  %2293 = load i32, ptr %i2732, align 4
  %inc2786 = add nsw i32 %2293, 1
  store i32 %inc2786, ptr %i2732, align 4
  br label %for.cond2733, !llvm.loop !47

for.end2787:                                      ; preds = %for.cond2733
  store i32 0, ptr %i2788, align 4
  br label %for.cond2789

for.cond2789:                                     ; preds = %for.inc2843, %for.end2787
  %2294 = load i32, ptr %i2788, align 4
  %2295 = load i32, ptr %n.addr, align 4
  %cmp2790 = icmp slt i32 %2294, %2295
  br i1 %cmp2790, label %for.body2792, label %for.end2845

for.body2792:                                     ; preds = %for.cond2789
  %2296 = load i32, ptr %i2788, align 4
  %and2793 = and i32 %2296, 7
  %idxprom2794 = sext i32 %and2793 to i64
  %arrayidx2795 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2794
  %2297 = load double, ptr %arrayidx2795, align 8
  %2298 = load double, ptr %s, align 8
  %add2796 = fadd double %2297, %2298
  %2299 = load double, ptr %s, align 8
  %2300 = call double @llvm.fabs.f64(double %2299)
  %call2797 = call double @sqrt(double noundef %2300) #3
  %sub2798 = fsub double %add2796, %call2797
  %2301 = call double @llvm.fabs.f64(double %sub2798)
  %call2799 = call double @sin(double noundef %2301) #3
  %2302 = load double, ptr %s, align 8
  %add2800 = fadd double %2302, %call2799
  store double %add2800, ptr %s, align 8
  %2303 = load ptr, ptr %x.addr, align 8
  %2304 = load i32, ptr %i2788, align 4
  %idxprom2801 = sext i32 %2304 to i64
  %arrayidx2802 = getelementptr inbounds double, ptr %2303, i64 %idxprom2801
  %2305 = load double, ptr %arrayidx2802, align 8
  %2306 = call double @llvm.fabs.f64(double %2305)
  %call2803 = call double @exp(double noundef %2306) #3
  %2307 = call double @llvm.fabs.f64(double %call2803)
  %call2804 = call double @cos(double noundef %2307) #3
  %2308 = call double @llvm.fabs.f64(double %call2804)
  %call2805 = call double @log1p(double noundef %2308) #3
  %2309 = load double, ptr %s, align 8
  %add2806 = fadd double %2309, %call2805
  store double %add2806, ptr %s, align 8
  %2310 = load double, ptr %s, align 8
  %sub2807 = fsub double 1.500000e+00, %2310
  %2311 = call double @llvm.fabs.f64(double %sub2807)
  %call2808 = call double @cos(double noundef %2311) #3
  %2312 = load ptr, ptr %y.addr, align 8
  %2313 = load i32, ptr %i2788, align 4
  %idxprom2809 = sext i32 %2313 to i64
  %arrayidx2810 = getelementptr inbounds double, ptr %2312, i64 %idxprom2809
  %2314 = load double, ptr %arrayidx2810, align 8
  %2315 = load i32, ptr %i2788, align 4
  %conv2811 = sitofp i32 %2315 to double
  %sub2812 = fsub double %2314, %conv2811
  %2316 = load ptr, ptr %p.addr, align 8
  %2317 = load i32, ptr %i2788, align 4
  %2318 = load i32, ptr %m.addr, align 4
  %rem2813 = srem i32 %2317, %2318
  %idxprom2814 = sext i32 %rem2813 to i64
  %arrayidx2815 = getelementptr inbounds %struct.P, ptr %2316, i64 %idxprom2814
  %v2816 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2815, i32 0, i32 1
  %arrayidx2817 = getelementptr inbounds [3 x double], ptr %v2816, i64 0, i64 1
  %2319 = load double, ptr %arrayidx2817, align 8
  %2320 = load ptr, ptr %x.addr, align 8
  %2321 = load i32, ptr %i2788, align 4
  %idxprom2818 = sext i32 %2321 to i64
  %arrayidx2819 = getelementptr inbounds double, ptr %2320, i64 %idxprom2818
  %2322 = load double, ptr %arrayidx2819, align 8
  %add2820 = fadd double %2319, %2322
  %mul2821 = fmul double %sub2812, %add2820
  %2323 = load double, ptr %s, align 8
  %2324 = call double @llvm.fmuladd.f64(double %call2808, double %mul2821, double %2323)
  store double %2324, ptr %s, align 8
  %2325 = load double, ptr %t, align 8
  %2326 = load double, ptr %s, align 8
  %mul2824 = fmul double %2326, 4.200000e-02
  %2327 = call double @llvm.fmuladd.f64(double %2325, double 5.000000e-01, double %mul2824)
  store double %2327, ptr %t, align 8
  %2328 = load double, ptr %s, align 8
  %cmp2825 = fcmp ogt double %2328, 1.000000e+06
  br i1 %cmp2825, label %if.then2827, label %if.else2829

if.then2827:                                      ; preds = %for.body2792
  %2329 = load double, ptr %s, align 8
  %mul2828 = fmul double %2329, 5.000000e-01
  store double %mul2828, ptr %s, align 8
  br label %if.end2832

if.else2829:                                      ; preds = %for.body2792
  %2330 = load double, ptr %s, align 8
  %2331 = load ptr, ptr %y.addr, align 8
  %2332 = load i32, ptr %i2788, align 4
  %idxprom2830 = sext i32 %2332 to i64
  %arrayidx2831 = getelementptr inbounds double, ptr %2331, i64 %idxprom2830
  store double %2330, ptr %arrayidx2831, align 8
  br label %if.end2832

if.end2832:                                       ; preds = %if.else2829, %if.then2827
  %2333 = load double, ptr %t, align 8
  %2334 = load ptr, ptr %p.addr, align 8
  %2335 = load i32, ptr %i2788, align 4
  %2336 = load i32, ptr %m.addr, align 4
  %rem2833 = srem i32 %2335, %2336
  %idxprom2834 = sext i32 %rem2833 to i64
  %arrayidx2835 = getelementptr inbounds %struct.P, ptr %2334, i64 %idxprom2834
  %w2836 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2835, i32 0, i32 0
  %2337 = load double, ptr %w2836, align 8
  %add2837 = fadd double %2337, %2333
  store double %add2837, ptr %w2836, align 8
  %2338 = load i32, ptr %i2788, align 4
  %and2838 = and i32 %2338, 3
  %cmp2839 = icmp eq i32 %and2838, 0
  %conv2840 = zext i1 %cmp2839 to i32
  %conv2841 = sext i32 %conv2840 to i64
  %2339 = load i64, ptr %count, align 8
  %add2842 = add nsw i64 %2339, %conv2841
  store i64 %add2842, ptr %count, align 8
  br label %for.inc2843

for.inc2843:                                      ; preds = %if.end2832
  %2340 = load i32, ptr %i2788, align 4
  %inc2844 = add nsw i32 %2340, 1
  store i32 %inc2844, ptr %i2788, align 4
  br label %for.cond2789, !llvm.loop !48

for.end2845:                                      ; preds = %for.cond2789
  store i32 0, ptr %i2846, align 4
  br label %for.cond2847

for.cond2847:                                     ; preds = %for.inc2899, %for.end2845
  %2341 = load i32, ptr %i2846, align 4
  %2342 = load i32, ptr %n.addr, align 4
  %cmp2848 = icmp slt i32 %2341, %2342
  br i1 %cmp2848, label %for.body2850, label %for.end2901

for.body2850:                                     ; preds = %for.cond2847
  %2343 = load ptr, ptr %p.addr, align 8
  %2344 = load i32, ptr %i2846, align 4
  %2345 = load i32, ptr %m.addr, align 4
  %rem2851 = srem i32 %2344, %2345
  %idxprom2852 = sext i32 %rem2851 to i64
  %arrayidx2853 = getelementptr inbounds %struct.P, ptr %2343, i64 %idxprom2852
  %w2854 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2853, i32 0, i32 0
  %2346 = load double, ptr %w2854, align 8
  %2347 = load double, ptr %s, align 8
  %mul2855 = fmul double %2346, %2347
  %2348 = call double @llvm.fabs.f64(double %mul2855)
  %call2856 = call double @log1p(double noundef %2348) #3
  %2349 = load double, ptr %s, align 8
  %2350 = load ptr, ptr %y.addr, align 8
  %2351 = load i32, ptr %i2846, align 4
  %idxprom2857 = sext i32 %2351 to i64
  %arrayidx2858 = getelementptr inbounds double, ptr %2350, i64 %idxprom2857
  %2352 = load double, ptr %arrayidx2858, align 8
  %sub2859 = fsub double %2349, %2352
  %2353 = load ptr, ptr %y.addr, align 8
  %2354 = load i32, ptr %i2846, align 4
  %idxprom2860 = sext i32 %2354 to i64
  %arrayidx2861 = getelementptr inbounds double, ptr %2353, i64 %idxprom2860
  %2355 = load double, ptr %arrayidx2861, align 8
  %2356 = load double, ptr %t, align 8
  %sub2862 = fsub double %2355, %2356
  %neg2864 = fneg double %sub2859
  %2357 = call double @llvm.fmuladd.f64(double %neg2864, double %sub2862, double %call2856)
  %2358 = load double, ptr %s, align 8
  %add2865 = fadd double %2358, %2357
  store double %add2865, ptr %s, align 8
  %2359 = load i32, ptr %i2846, align 4
  %and2866 = and i32 %2359, 7
  %idxprom2867 = sext i32 %and2866 to i64
  %arrayidx2868 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2867
  %2360 = load double, ptr %arrayidx2868, align 8
  %2361 = call double @llvm.fabs.f64(double %2360)
  %call2869 = call double @exp(double noundef %2361) #3
  %2362 = call double @llvm.fabs.f64(double %call2869)
  %call2870 = call double @tanh(double noundef %2362) #3
  %2363 = call double @llvm.fabs.f64(double %call2870)
  %call2871 = call double @cos(double noundef %2363) #3
  %2364 = load double, ptr %s, align 8
  %add2872 = fadd double %2364, %call2871
  store double %add2872, ptr %s, align 8
  %2365 = load double, ptr %a.addr, align 8
  %2366 = load ptr, ptr %x.addr, align 8
  %2367 = load i32, ptr %i2846, align 4
  %idxprom2873 = sext i32 %2367 to i64
  %arrayidx2874 = getelementptr inbounds double, ptr %2366, i64 %idxprom2873
  %2368 = load double, ptr %arrayidx2874, align 8
  %sub2875 = fsub double %2365, %2368
  %2369 = call double @llvm.fabs.f64(double %sub2875)
  %call2876 = call double @cos(double noundef %2369) #3
  %2370 = call double @llvm.fabs.f64(double %call2876)
  %call2877 = call double @exp(double noundef %2370) #3
  %2371 = load double, ptr %s, align 8
  %add2878 = fadd double %2371, %call2877
  store double %add2878, ptr %s, align 8
  %2372 = load double, ptr %t, align 8
  %2373 = load double, ptr %s, align 8
  %mul2880 = fmul double %2373, 4.300000e-02
  %2374 = call double @llvm.fmuladd.f64(double %2372, double 5.000000e-01, double %mul2880)
  store double %2374, ptr %t, align 8
  %2375 = load double, ptr %s, align 8
  %cmp2881 = fcmp ogt double %2375, 1.000000e+06
  br i1 %cmp2881, label %if.then2883, label %if.else2885

if.then2883:                                      ; preds = %for.body2850
  %2376 = load double, ptr %s, align 8
  %mul2884 = fmul double %2376, 5.000000e-01
  store double %mul2884, ptr %s, align 8
  br label %if.end2888

if.else2885:                                      ; preds = %for.body2850
  %2377 = load double, ptr %s, align 8
  %2378 = load ptr, ptr %y.addr, align 8
  %2379 = load i32, ptr %i2846, align 4
  %idxprom2886 = sext i32 %2379 to i64
  %arrayidx2887 = getelementptr inbounds double, ptr %2378, i64 %idxprom2886
  store double %2377, ptr %arrayidx2887, align 8
  br label %if.end2888

if.end2888:                                       ; preds = %if.else2885, %if.then2883
  %2380 = load double, ptr %t, align 8
  %2381 = load ptr, ptr %p.addr, align 8
  %2382 = load i32, ptr %i2846, align 4
  %2383 = load i32, ptr %m.addr, align 4
  %rem2889 = srem i32 %2382, %2383
  %idxprom2890 = sext i32 %rem2889 to i64
  %arrayidx2891 = getelementptr inbounds %struct.P, ptr %2381, i64 %idxprom2890
  %w2892 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2891, i32 0, i32 0
  %2384 = load double, ptr %w2892, align 8
  %add2893 = fadd double %2384, %2380
  store double %add2893, ptr %w2892, align 8
  %2385 = load i32, ptr %i2846, align 4
  %and2894 = and i32 %2385, 3
  %cmp2895 = icmp eq i32 %and2894, 0
  %conv2896 = zext i1 %cmp2895 to i32
  %conv2897 = sext i32 %conv2896 to i64
  %2386 = load i64, ptr %count, align 8
  %add2898 = add nsw i64 %2386, %conv2897
  store i64 %add2898, ptr %count, align 8
  br label %for.inc2899

for.inc2899:                                      ; preds = %if.end2888
  %2387 = load i32, ptr %i2846, align 4
  %inc2900 = add nsw i32 %2387, 1
  store i32 %inc2900, ptr %i2846, align 4
  br label %for.cond2847, !llvm.loop !49

for.end2901:                                      ; preds = %for.cond2847
  store i32 0, ptr %i2902, align 4
  br label %for.cond2903

for.cond2903:                                     ; preds = %for.inc2967, %for.end2901
  %2388 = load i32, ptr %i2902, align 4
  %2389 = load i32, ptr %n.addr, align 4
  %cmp2904 = icmp slt i32 %2388, %2389
  br i1 %cmp2904, label %for.body2906, label %for.end2969

for.body2906:                                     ; preds = %for.cond2903
  %2390 = load ptr, ptr %p.addr, align 8
  %2391 = load i32, ptr %i2902, align 4
  %2392 = load i32, ptr %m.addr, align 4
  %rem2907 = srem i32 %2391, %2392
  %idxprom2908 = sext i32 %rem2907 to i64
  %arrayidx2909 = getelementptr inbounds %struct.P, ptr %2390, i64 %idxprom2908
  %w2910 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2909, i32 0, i32 0
  %2393 = load double, ptr %w2910, align 8
  %2394 = load ptr, ptr %x.addr, align 8
  %2395 = load i32, ptr %i2902, align 4
  %idxprom2911 = sext i32 %2395 to i64
  %arrayidx2912 = getelementptr inbounds double, ptr %2394, i64 %idxprom2911
  %2396 = load double, ptr %arrayidx2912, align 8
  %add2913 = fadd double %2393, %2396
  %2397 = call double @llvm.fabs.f64(double %add2913)
  %call2914 = call double @sin(double noundef %2397) #3
  %2398 = call double @llvm.fabs.f64(double %call2914)
  %call2915 = call double @sqrt(double noundef %2398) #3
  %2399 = load double, ptr %s, align 8
  %add2916 = fadd double %2399, %call2915
  store double %add2916, ptr %s, align 8
  %2400 = load ptr, ptr %y.addr, align 8
  %2401 = load i32, ptr %i2902, align 4
  %idxprom2917 = sext i32 %2401 to i64
  %arrayidx2918 = getelementptr inbounds double, ptr %2400, i64 %idxprom2917
  %2402 = load double, ptr %arrayidx2918, align 8
  %2403 = load double, ptr %t, align 8
  %2404 = load double, ptr %b.addr, align 8
  %2405 = load i32, ptr %i2902, align 4
  %conv2920 = sitofp i32 %2405 to double
  %sub2921 = fsub double %2404, %conv2920
  %neg2922 = fneg double %sub2921
  %2406 = call double @llvm.fmuladd.f64(double %2402, double %2403, double %neg2922)
  %2407 = load ptr, ptr %y.addr, align 8
  %2408 = load i32, ptr %i2902, align 4
  %idxprom2923 = sext i32 %2408 to i64
  %arrayidx2924 = getelementptr inbounds double, ptr %2407, i64 %idxprom2923
  %2409 = load double, ptr %arrayidx2924, align 8
  %2410 = load i32, ptr %i2902, align 4
  %conv2925 = sitofp i32 %2410 to double
  %2411 = load double, ptr %t, align 8
  %2412 = load ptr, ptr %x.addr, align 8
  %2413 = load i32, ptr %i2902, align 4
  %idxprom2927 = sext i32 %2413 to i64
  %arrayidx2928 = getelementptr inbounds double, ptr %2412, i64 %idxprom2927
  %2414 = load double, ptr %arrayidx2928, align 8
  %mul2929 = fmul double %2411, %2414
  %neg2930 = fneg double %mul2929
  %2415 = call double @llvm.fmuladd.f64(double %2409, double %conv2925, double %neg2930)
  %2416 = load double, ptr %s, align 8
  %2417 = call double @llvm.fmuladd.f64(double %2406, double %2415, double %2416)
  store double %2417, ptr %s, align 8
  %2418 = load ptr, ptr %x.addr, align 8
  %2419 = load i32, ptr %i2902, align 4
  %idxprom2932 = sext i32 %2419 to i64
  %arrayidx2933 = getelementptr inbounds double, ptr %2418, i64 %idxprom2932
  %2420 = load double, ptr %arrayidx2933, align 8
  %2421 = load ptr, ptr %p.addr, align 8
  %2422 = load i32, ptr %i2902, align 4
  %2423 = load i32, ptr %m.addr, align 4
  %rem2934 = srem i32 %2422, %2423
  %idxprom2935 = sext i32 %rem2934 to i64
  %arrayidx2936 = getelementptr inbounds %struct.P, ptr %2421, i64 %idxprom2935
  %v2937 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2936, i32 0, i32 1
  %arrayidx2938 = getelementptr inbounds [3 x double], ptr %v2937, i64 0, i64 1
  %2424 = load double, ptr %arrayidx2938, align 8
  %add2939 = fadd double %2420, %2424
  %2425 = load i32, ptr %i2902, align 4
  %and2940 = and i32 %2425, 7
  %idxprom2941 = sext i32 %and2940 to i64
  %arrayidx2942 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom2941
  %2426 = load double, ptr %arrayidx2942, align 8
  %mul2943 = fmul double 1.500000e+00, %2426
  %mul2944 = fmul double %add2939, %mul2943
  %2427 = call double @llvm.fabs.f64(double %mul2944)
  %call2945 = call double @tanh(double noundef %2427) #3
  %2428 = load double, ptr %s, align 8
  %add2946 = fadd double %2428, %call2945
  store double %add2946, ptr %s, align 8
  %2429 = load double, ptr %t, align 8
  %2430 = load double, ptr %s, align 8
  %mul2948 = fmul double %2430, 4.400000e-02
  %2431 = call double @llvm.fmuladd.f64(double %2429, double 5.000000e-01, double %mul2948)
  store double %2431, ptr %t, align 8
  %2432 = load double, ptr %s, align 8
  %cmp2949 = fcmp ogt double %2432, 1.000000e+06
  br i1 %cmp2949, label %if.then2951, label %if.else2953

if.then2951:                                      ; preds = %for.body2906
  %2433 = load double, ptr %s, align 8
  %mul2952 = fmul double %2433, 5.000000e-01
  store double %mul2952, ptr %s, align 8
  br label %if.end2956

if.else2953:                                      ; preds = %for.body2906
  %2434 = load double, ptr %s, align 8
  %2435 = load ptr, ptr %y.addr, align 8
  %2436 = load i32, ptr %i2902, align 4
  %idxprom2954 = sext i32 %2436 to i64
  %arrayidx2955 = getelementptr inbounds double, ptr %2435, i64 %idxprom2954
  store double %2434, ptr %arrayidx2955, align 8
  br label %if.end2956

if.end2956:                                       ; preds = %if.else2953, %if.then2951
  %2437 = load double, ptr %t, align 8
  %2438 = load ptr, ptr %p.addr, align 8
  %2439 = load i32, ptr %i2902, align 4
  %2440 = load i32, ptr %m.addr, align 4
  %rem2957 = srem i32 %2439, %2440
  %idxprom2958 = sext i32 %rem2957 to i64
  %arrayidx2959 = getelementptr inbounds %struct.P, ptr %2438, i64 %idxprom2958
  %w2960 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2959, i32 0, i32 0
  %2441 = load double, ptr %w2960, align 8
  %add2961 = fadd double %2441, %2437
  store double %add2961, ptr %w2960, align 8
  %2442 = load i32, ptr %i2902, align 4
  %and2962 = and i32 %2442, 3
  %cmp2963 = icmp eq i32 %and2962, 0
  %conv2964 = zext i1 %cmp2963 to i32
  %conv2965 = sext i32 %conv2964 to i64
  %2443 = load i64, ptr %count, align 8
  %add2966 = add nsw i64 %2443, %conv2965
  store i64 %add2966, ptr %count, align 8
  br label %for.inc2967

for.inc2967:                                      ; preds = %if.end2956
  %2444 = load i32, ptr %i2902, align 4
  %inc2968 = add nsw i32 %2444, 1
  store i32 %inc2968, ptr %i2902, align 4
  br label %for.cond2903, !llvm.loop !50

for.end2969:                                      ; preds = %for.cond2903
  store i32 0, ptr %i2970, align 4
  br label %for.cond2971

for.cond2971:                                     ; preds = %for.inc3032, %for.end2969
  %2445 = load i32, ptr %i2970, align 4
  %2446 = load i32, ptr %n.addr, align 4
  %cmp2972 = icmp slt i32 %2445, %2446
  br i1 %cmp2972, label %for.body2974, label %for.end3034

for.body2974:                                     ; preds = %for.cond2971
  %2447 = load ptr, ptr %y.addr, align 8
  %2448 = load i32, ptr %i2970, align 4
  %idxprom2975 = sext i32 %2448 to i64
  %arrayidx2976 = getelementptr inbounds double, ptr %2447, i64 %idxprom2975
  %2449 = load double, ptr %arrayidx2976, align 8
  %2450 = load i32, ptr %i2970, align 4
  %conv2978 = sitofp i32 %2450 to double
  %2451 = load ptr, ptr %p.addr, align 8
  %2452 = load i32, ptr %i2970, align 4
  %2453 = load i32, ptr %m.addr, align 4
  %rem2979 = srem i32 %2452, %2453
  %idxprom2980 = sext i32 %rem2979 to i64
  %arrayidx2981 = getelementptr inbounds %struct.P, ptr %2451, i64 %idxprom2980
  %w2982 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2981, i32 0, i32 0
  %2454 = load double, ptr %w2982, align 8
  %sub2983 = fsub double %conv2978, %2454
  %neg2984 = fneg double %sub2983
  %2455 = call double @llvm.fmuladd.f64(double %2449, double 1.500000e+00, double %neg2984)
  %2456 = load ptr, ptr %x.addr, align 8
  %2457 = load i32, ptr %i2970, align 4
  %idxprom2985 = sext i32 %2457 to i64
  %arrayidx2986 = getelementptr inbounds double, ptr %2456, i64 %idxprom2985
  %2458 = load double, ptr %arrayidx2986, align 8
  %2459 = load ptr, ptr %x.addr, align 8
  %2460 = load i32, ptr %i2970, align 4
  %idxprom2987 = sext i32 %2460 to i64
  %arrayidx2988 = getelementptr inbounds double, ptr %2459, i64 %idxprom2987
  %2461 = load double, ptr %arrayidx2988, align 8
  %mul2989 = fmul double %2458, %2461
  %2462 = load ptr, ptr %p.addr, align 8
  %2463 = load i32, ptr %i2970, align 4
  %2464 = load i32, ptr %m.addr, align 4
  %rem2990 = srem i32 %2463, %2464
  %idxprom2991 = sext i32 %rem2990 to i64
  %arrayidx2992 = getelementptr inbounds %struct.P, ptr %2462, i64 %idxprom2991
  %v2993 = getelementptr inbounds nuw %struct.P, ptr %arrayidx2992, i32 0, i32 1
  %arrayidx2994 = getelementptr inbounds [3 x double], ptr %v2993, i64 0, i64 1
  %2465 = load double, ptr %arrayidx2994, align 8
  %sub2995 = fsub double 1.500000e+00, %2465
  %2466 = call double @llvm.fmuladd.f64(double %mul2989, double %sub2995, double %2455)
  %2467 = load double, ptr %s, align 8
  %add2997 = fadd double %2467, %2466
  store double %add2997, ptr %s, align 8
  %2468 = load double, ptr %t, align 8
  %2469 = call double @llvm.fabs.f64(double %2468)
  %call2998 = call double @log1p(double noundef %2469) #3
  %2470 = load double, ptr %t, align 8
  %add2999 = fadd double %2470, 1.500000e+00
  %sub3000 = fsub double %call2998, %add2999
  %2471 = call double @llvm.fabs.f64(double %sub3000)
  %call3001 = call double @sin(double noundef %2471) #3
  %2472 = load double, ptr %s, align 8
  %add3002 = fadd double %2472, %call3001
  store double %add3002, ptr %s, align 8
  %2473 = load double, ptr %a.addr, align 8
  %2474 = load ptr, ptr %y.addr, align 8
  %2475 = load i32, ptr %i2970, align 4
  %idxprom3003 = sext i32 %2475 to i64
  %arrayidx3004 = getelementptr inbounds double, ptr %2474, i64 %idxprom3003
  %2476 = load double, ptr %arrayidx3004, align 8
  %sub3005 = fsub double %2473, %2476
  %2477 = load double, ptr %a.addr, align 8
  %2478 = call double @llvm.fabs.f64(double %2477)
  %call3006 = call double @tanh(double noundef %2478) #3
  %add3007 = fadd double %sub3005, %call3006
  %2479 = load double, ptr %s, align 8
  %2480 = load double, ptr %a.addr, align 8
  %add3008 = fadd double %2479, %2480
  %2481 = load double, ptr %s, align 8
  %2482 = load double, ptr %t, align 8
  %2483 = call double @llvm.fmuladd.f64(double %2481, double %2482, double %add3008)
  %add3010 = fadd double %add3007, %2483
  %2484 = load double, ptr %s, align 8
  %add3011 = fadd double %2484, %add3010
  store double %add3011, ptr %s, align 8
  %2485 = load double, ptr %t, align 8
  %2486 = load double, ptr %s, align 8
  %mul3013 = fmul double %2486, 4.500000e-02
  %2487 = call double @llvm.fmuladd.f64(double %2485, double 5.000000e-01, double %mul3013)
  store double %2487, ptr %t, align 8
  %2488 = load double, ptr %s, align 8
  %cmp3014 = fcmp ogt double %2488, 1.000000e+06
  br i1 %cmp3014, label %if.then3016, label %if.else3018

if.then3016:                                      ; preds = %for.body2974
  %2489 = load double, ptr %s, align 8
  %mul3017 = fmul double %2489, 5.000000e-01
  store double %mul3017, ptr %s, align 8
  br label %if.end3021

if.else3018:                                      ; preds = %for.body2974
  %2490 = load double, ptr %s, align 8
  %2491 = load ptr, ptr %y.addr, align 8
  %2492 = load i32, ptr %i2970, align 4
  %idxprom3019 = sext i32 %2492 to i64
  %arrayidx3020 = getelementptr inbounds double, ptr %2491, i64 %idxprom3019
  store double %2490, ptr %arrayidx3020, align 8
  br label %if.end3021

if.end3021:                                       ; preds = %if.else3018, %if.then3016
  %2493 = load double, ptr %t, align 8
  %2494 = load ptr, ptr %p.addr, align 8
  %2495 = load i32, ptr %i2970, align 4
  %2496 = load i32, ptr %m.addr, align 4
  %rem3022 = srem i32 %2495, %2496
  %idxprom3023 = sext i32 %rem3022 to i64
  %arrayidx3024 = getelementptr inbounds %struct.P, ptr %2494, i64 %idxprom3023
  %w3025 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3024, i32 0, i32 0
  %2497 = load double, ptr %w3025, align 8
  %add3026 = fadd double %2497, %2493
  store double %add3026, ptr %w3025, align 8
  %2498 = load i32, ptr %i2970, align 4
  %and3027 = and i32 %2498, 3
  %cmp3028 = icmp eq i32 %and3027, 0
  %conv3029 = zext i1 %cmp3028 to i32
  %conv3030 = sext i32 %conv3029 to i64
  %2499 = load i64, ptr %count, align 8
  %add3031 = add nsw i64 %2499, %conv3030
  store i64 %add3031, ptr %count, align 8
  br label %for.inc3032

for.inc3032:                                      ; preds = %if.end3021
  %2500 = load i32, ptr %i2970, align 4
  %inc3033 = add nsw i32 %2500, 1
  store i32 %inc3033, ptr %i2970, align 4
  br label %for.cond2971, !llvm.loop !51

for.end3034:                                      ; preds = %for.cond2971
  store i32 0, ptr %i3035, align 4
  br label %for.cond3036

for.cond3036:                                     ; preds = %for.inc3100, %for.end3034
  %2501 = load i32, ptr %i3035, align 4
  %2502 = load i32, ptr %n.addr, align 4
  %cmp3037 = icmp slt i32 %2501, %2502
  br i1 %cmp3037, label %for.body3039, label %for.end3102

for.body3039:                                     ; preds = %for.cond3036
  %2503 = load double, ptr %b.addr, align 8
  %2504 = load double, ptr %s, align 8
  %sub3040 = fsub double %2503, %2504
  %2505 = load ptr, ptr %p.addr, align 8
  %2506 = load i32, ptr %i3035, align 4
  %2507 = load i32, ptr %m.addr, align 4
  %rem3041 = srem i32 %2506, %2507
  %idxprom3042 = sext i32 %rem3041 to i64
  %arrayidx3043 = getelementptr inbounds %struct.P, ptr %2505, i64 %idxprom3042
  %w3044 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3043, i32 0, i32 0
  %2508 = load double, ptr %w3044, align 8
  %2509 = call double @llvm.fabs.f64(double %2508)
  %call3045 = call double @sin(double noundef %2509) #3
  %2510 = load double, ptr %b.addr, align 8
  %add3047 = fadd double %2510, 1.500000e+00
  %2511 = load ptr, ptr %p.addr, align 8
  %2512 = load i32, ptr %i3035, align 4
  %2513 = load i32, ptr %m.addr, align 4
  %rem3048 = srem i32 %2512, %2513
  %idxprom3049 = sext i32 %rem3048 to i64
  %arrayidx3050 = getelementptr inbounds %struct.P, ptr %2511, i64 %idxprom3049
  %w3051 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3050, i32 0, i32 0
  %2514 = load double, ptr %w3051, align 8
  %2515 = load double, ptr %a.addr, align 8
  %add3052 = fadd double %2514, %2515
  %add3053 = fadd double %add3047, %add3052
  %neg3054 = fneg double %add3053
  %2516 = call double @llvm.fmuladd.f64(double %sub3040, double %call3045, double %neg3054)
  %2517 = load double, ptr %s, align 8
  %add3055 = fadd double %2517, %2516
  store double %add3055, ptr %s, align 8
  %2518 = load double, ptr %b.addr, align 8
  %2519 = call double @llvm.fabs.f64(double %2518)
  %call3056 = call double @exp(double noundef %2519) #3
  %2520 = call double @llvm.fabs.f64(double %call3056)
  %call3057 = call double @exp(double noundef %2520) #3
  %2521 = load ptr, ptr %x.addr, align 8
  %2522 = load i32, ptr %i3035, align 4
  %idxprom3058 = sext i32 %2522 to i64
  %arrayidx3059 = getelementptr inbounds double, ptr %2521, i64 %idxprom3058
  %2523 = load double, ptr %arrayidx3059, align 8
  %2524 = load ptr, ptr %p.addr, align 8
  %2525 = load i32, ptr %i3035, align 4
  %2526 = load i32, ptr %m.addr, align 4
  %rem3060 = srem i32 %2525, %2526
  %idxprom3061 = sext i32 %rem3060 to i64
  %arrayidx3062 = getelementptr inbounds %struct.P, ptr %2524, i64 %idxprom3061
  %v3063 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3062, i32 0, i32 1
  %arrayidx3064 = getelementptr inbounds [3 x double], ptr %v3063, i64 0, i64 1
  %2527 = load double, ptr %arrayidx3064, align 8
  %mul3065 = fmul double %2523, %2527
  %2528 = call double @llvm.fabs.f64(double %mul3065)
  %call3066 = call double @cos(double noundef %2528) #3
  %sub3067 = fsub double %call3057, %call3066
  %2529 = load double, ptr %s, align 8
  %add3068 = fadd double %2529, %sub3067
  store double %add3068, ptr %s, align 8
  %2530 = load double, ptr %b.addr, align 8
  %2531 = call double @llvm.fabs.f64(double %2530)
  %call3069 = call double @tanh(double noundef %2531) #3
  %2532 = load double, ptr %b.addr, align 8
  %2533 = load i32, ptr %i3035, align 4
  %and3070 = and i32 %2533, 7
  %idxprom3071 = sext i32 %and3070 to i64
  %arrayidx3072 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3071
  %2534 = load double, ptr %arrayidx3072, align 8
  %mul3073 = fmul double %2532, %2534
  %2535 = load double, ptr %t, align 8
  %2536 = load double, ptr %s, align 8
  %mul3075 = fmul double %2535, %2536
  %2537 = load double, ptr %b.addr, align 8
  %2538 = load double, ptr %a.addr, align 8
  %add3076 = fadd double %2537, %2538
  %mul3077 = fmul double %mul3075, %add3076
  %neg3078 = fneg double %mul3077
  %2539 = call double @llvm.fmuladd.f64(double %call3069, double %mul3073, double %neg3078)
  %2540 = load double, ptr %s, align 8
  %add3079 = fadd double %2540, %2539
  store double %add3079, ptr %s, align 8
  %2541 = load double, ptr %t, align 8
  %2542 = load double, ptr %s, align 8
  %mul3081 = fmul double %2542, 4.600000e-02
  %2543 = call double @llvm.fmuladd.f64(double %2541, double 5.000000e-01, double %mul3081)
  store double %2543, ptr %t, align 8
  %2544 = load double, ptr %s, align 8
  %cmp3082 = fcmp ogt double %2544, 1.000000e+06
  br i1 %cmp3082, label %if.then3084, label %if.else3086

if.then3084:                                      ; preds = %for.body3039
  %2545 = load double, ptr %s, align 8
  %mul3085 = fmul double %2545, 5.000000e-01
  store double %mul3085, ptr %s, align 8
  br label %if.end3089

if.else3086:                                      ; preds = %for.body3039
  %2546 = load double, ptr %s, align 8
  %2547 = load ptr, ptr %y.addr, align 8
  %2548 = load i32, ptr %i3035, align 4
  %idxprom3087 = sext i32 %2548 to i64
  %arrayidx3088 = getelementptr inbounds double, ptr %2547, i64 %idxprom3087
  store double %2546, ptr %arrayidx3088, align 8
  br label %if.end3089

if.end3089:                                       ; preds = %if.else3086, %if.then3084
  %2549 = load double, ptr %t, align 8
  %2550 = load ptr, ptr %p.addr, align 8
  %2551 = load i32, ptr %i3035, align 4
  %2552 = load i32, ptr %m.addr, align 4
  %rem3090 = srem i32 %2551, %2552
  %idxprom3091 = sext i32 %rem3090 to i64
  %arrayidx3092 = getelementptr inbounds %struct.P, ptr %2550, i64 %idxprom3091
  %w3093 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3092, i32 0, i32 0
  %2553 = load double, ptr %w3093, align 8
  %add3094 = fadd double %2553, %2549
  store double %add3094, ptr %w3093, align 8
  %2554 = load i32, ptr %i3035, align 4
  %and3095 = and i32 %2554, 3
  %cmp3096 = icmp eq i32 %and3095, 0
  %conv3097 = zext i1 %cmp3096 to i32
  %conv3098 = sext i32 %conv3097 to i64
  %2555 = load i64, ptr %count, align 8
  %add3099 = add nsw i64 %2555, %conv3098
  store i64 %add3099, ptr %count, align 8
  br label %for.inc3100

for.inc3100:                                      ; preds = %if.end3089
  %2556 = load i32, ptr %i3035, align 4
  %inc3101 = add nsw i32 %2556, 1
  store i32 %inc3101, ptr %i3035, align 4
  br label %for.cond3036, !llvm.loop !52

for.end3102:                                      ; preds = %for.cond3036
  store i32 0, ptr %i3103, align 4
  br label %for.cond3104

for.cond3104:                                     ; preds = %for.inc3150, %for.end3102
  %2557 = load i32, ptr %i3103, align 4
  %2558 = load i32, ptr %n.addr, align 4
  %cmp3105 = icmp slt i32 %2557, %2558
  br i1 %cmp3105, label %for.body3107, label %for.end3152

for.body3107:                                     ; preds = %for.cond3104
  %2559 = load double, ptr %s, align 8
  %2560 = call double @llvm.fabs.f64(double %2559)
  %call3108 = call double @sin(double noundef %2560) #3
  %2561 = load double, ptr %t, align 8
  %2562 = load double, ptr %b.addr, align 8
  %sub3109 = fsub double %2561, %2562
  %sub3110 = fsub double %call3108, %sub3109
  %2563 = call double @llvm.fabs.f64(double %sub3110)
  %call3111 = call double @sqrt(double noundef %2563) #3
  %2564 = load double, ptr %s, align 8
  %add3112 = fadd double %2564, %call3111
  store double %add3112, ptr %s, align 8
  %2565 = load double, ptr %t, align 8
  %2566 = load i32, ptr %i3103, align 4
  %conv3113 = sitofp i32 %2566 to double
  %sub3114 = fsub double %2565, %conv3113
  %2567 = load double, ptr %s, align 8
  %2568 = call double @llvm.fabs.f64(double %2567)
  %call3115 = call double @tanh(double noundef %2568) #3
  %add3116 = fadd double %sub3114, %call3115
  %2569 = call double @llvm.fabs.f64(double %add3116)
  %call3117 = call double @sin(double noundef %2569) #3
  %2570 = load double, ptr %s, align 8
  %add3118 = fadd double %2570, %call3117
  store double %add3118, ptr %s, align 8
  %2571 = load ptr, ptr %p.addr, align 8
  %2572 = load i32, ptr %i3103, align 4
  %2573 = load i32, ptr %m.addr, align 4
  %rem3119 = srem i32 %2572, %2573
  %idxprom3120 = sext i32 %rem3119 to i64
  %arrayidx3121 = getelementptr inbounds %struct.P, ptr %2571, i64 %idxprom3120
  %w3122 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3121, i32 0, i32 0
  %2574 = load double, ptr %w3122, align 8
  %add3123 = fadd double 1.500000e+00, %2574
  %2575 = load double, ptr %t, align 8
  %2576 = load i32, ptr %i3103, align 4
  %conv3124 = sitofp i32 %2576 to double
  %2577 = call double @llvm.fmuladd.f64(double %2575, double %conv3124, double %add3123)
  %2578 = load double, ptr %s, align 8
  %2579 = call double @llvm.fabs.f64(double %2578)
  %call3126 = call double @sin(double noundef %2579) #3
  %add3127 = fadd double %call3126, 3.000000e+00
  %add3128 = fadd double %2577, %add3127
  %2580 = load double, ptr %s, align 8
  %add3129 = fadd double %2580, %add3128
  store double %add3129, ptr %s, align 8
  %2581 = load double, ptr %t, align 8
  %2582 = load double, ptr %s, align 8
  %mul3131 = fmul double %2582, 4.700000e-02
  %2583 = call double @llvm.fmuladd.f64(double %2581, double 5.000000e-01, double %mul3131)
  store double %2583, ptr %t, align 8
  %2584 = load double, ptr %s, align 8
  %cmp3132 = fcmp ogt double %2584, 1.000000e+06
  br i1 %cmp3132, label %if.then3134, label %if.else3136

if.then3134:                                      ; preds = %for.body3107
  %2585 = load double, ptr %s, align 8
  %mul3135 = fmul double %2585, 5.000000e-01
  store double %mul3135, ptr %s, align 8
  br label %if.end3139

if.else3136:                                      ; preds = %for.body3107
  %2586 = load double, ptr %s, align 8
  %2587 = load ptr, ptr %y.addr, align 8
  %2588 = load i32, ptr %i3103, align 4
  %idxprom3137 = sext i32 %2588 to i64
  %arrayidx3138 = getelementptr inbounds double, ptr %2587, i64 %idxprom3137
  store double %2586, ptr %arrayidx3138, align 8
  br label %if.end3139

if.end3139:                                       ; preds = %if.else3136, %if.then3134
  %2589 = load double, ptr %t, align 8
  %2590 = load ptr, ptr %p.addr, align 8
  %2591 = load i32, ptr %i3103, align 4
  %2592 = load i32, ptr %m.addr, align 4
  %rem3140 = srem i32 %2591, %2592
  %idxprom3141 = sext i32 %rem3140 to i64
  %arrayidx3142 = getelementptr inbounds %struct.P, ptr %2590, i64 %idxprom3141
  %w3143 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3142, i32 0, i32 0
  %2593 = load double, ptr %w3143, align 8
  %add3144 = fadd double %2593, %2589
  store double %add3144, ptr %w3143, align 8
  %2594 = load i32, ptr %i3103, align 4
  %and3145 = and i32 %2594, 3
  %cmp3146 = icmp eq i32 %and3145, 0
  %conv3147 = zext i1 %cmp3146 to i32
  %conv3148 = sext i32 %conv3147 to i64
  %2595 = load i64, ptr %count, align 8
  %add3149 = add nsw i64 %2595, %conv3148
  store i64 %add3149, ptr %count, align 8
  br label %for.inc3150

for.inc3150:                                      ; preds = %if.end3139
  %2596 = load i32, ptr %i3103, align 4
  %inc3151 = add nsw i32 %2596, 1
  store i32 %inc3151, ptr %i3103, align 4
  br label %for.cond3104, !llvm.loop !53

for.end3152:                                      ; preds = %for.cond3104
  store i32 0, ptr %i3153, align 4
  br label %for.cond3154

for.cond3154:                                     ; preds = %for.inc3206, %for.end3152
  %2597 = load i32, ptr %i3153, align 4
  %2598 = load i32, ptr %n.addr, align 4
  %cmp3155 = icmp slt i32 %2597, %2598
  br i1 %cmp3155, label %for.body3157, label %for.end3208

for.body3157:                                     ; preds = %for.cond3154
  %2599 = load ptr, ptr %y.addr, align 8
  %2600 = load i32, ptr %i3153, align 4
  %idxprom3158 = sext i32 %2600 to i64
  %arrayidx3159 = getelementptr inbounds double, ptr %2599, i64 %idxprom3158
  %2601 = load double, ptr %arrayidx3159, align 8
  %2602 = load double, ptr %s, align 8
  %mul3161 = fmul double %2602, 1.500000e+00
  %neg3162 = fneg double %mul3161
  %2603 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %2601, double %neg3162)
  %2604 = load ptr, ptr %x.addr, align 8
  %2605 = load i32, ptr %i3153, align 4
  %idxprom3163 = sext i32 %2605 to i64
  %arrayidx3164 = getelementptr inbounds double, ptr %2604, i64 %idxprom3163
  %2606 = load double, ptr %arrayidx3164, align 8
  %2607 = call double @llvm.fabs.f64(double %2606)
  %call3165 = call double @tanh(double noundef %2607) #3
  %2608 = load ptr, ptr %x.addr, align 8
  %2609 = load i32, ptr %i3153, align 4
  %idxprom3166 = sext i32 %2609 to i64
  %arrayidx3167 = getelementptr inbounds double, ptr %2608, i64 %idxprom3166
  %2610 = load double, ptr %arrayidx3167, align 8
  %2611 = load double, ptr %t, align 8
  %sub3168 = fsub double %2610, %2611
  %mul3169 = fmul double %call3165, %sub3168
  %2612 = load double, ptr %s, align 8
  %2613 = call double @llvm.fmuladd.f64(double %2603, double %mul3169, double %2612)
  store double %2613, ptr %s, align 8
  %2614 = load ptr, ptr %p.addr, align 8
  %2615 = load i32, ptr %i3153, align 4
  %2616 = load i32, ptr %m.addr, align 4
  %rem3171 = srem i32 %2615, %2616
  %idxprom3172 = sext i32 %rem3171 to i64
  %arrayidx3173 = getelementptr inbounds %struct.P, ptr %2614, i64 %idxprom3172
  %v3174 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3173, i32 0, i32 1
  %arrayidx3175 = getelementptr inbounds [3 x double], ptr %v3174, i64 0, i64 1
  %2617 = load double, ptr %arrayidx3175, align 8
  %2618 = call double @llvm.fabs.f64(double %2617)
  %call3176 = call double @sin(double noundef %2618) #3
  %2619 = call double @llvm.fabs.f64(double %call3176)
  %call3177 = call double @log1p(double noundef %2619) #3
  %2620 = call double @llvm.fabs.f64(double %call3177)
  %call3178 = call double @atan(double noundef %2620) #3
  %2621 = load double, ptr %s, align 8
  %add3179 = fadd double %2621, %call3178
  store double %add3179, ptr %s, align 8
  %2622 = load ptr, ptr %x.addr, align 8
  %2623 = load i32, ptr %i3153, align 4
  %idxprom3180 = sext i32 %2623 to i64
  %arrayidx3181 = getelementptr inbounds double, ptr %2622, i64 %idxprom3180
  %2624 = load double, ptr %arrayidx3181, align 8
  %2625 = call double @llvm.fabs.f64(double %2624)
  %call3182 = call double @exp(double noundef %2625) #3
  %2626 = call double @llvm.fabs.f64(double %call3182)
  %call3183 = call double @cos(double noundef %2626) #3
  %2627 = call double @llvm.fabs.f64(double %call3183)
  %call3184 = call double @tanh(double noundef %2627) #3
  %2628 = load double, ptr %s, align 8
  %add3185 = fadd double %2628, %call3184
  store double %add3185, ptr %s, align 8
  %2629 = load double, ptr %t, align 8
  %2630 = load double, ptr %s, align 8
  %mul3187 = fmul double %2630, 4.800000e-02
  %2631 = call double @llvm.fmuladd.f64(double %2629, double 5.000000e-01, double %mul3187)
  store double %2631, ptr %t, align 8
  %2632 = load double, ptr %s, align 8
  %cmp3188 = fcmp ogt double %2632, 1.000000e+06
  br i1 %cmp3188, label %if.then3190, label %if.else3192

if.then3190:                                      ; preds = %for.body3157
  %2633 = load double, ptr %s, align 8
  %mul3191 = fmul double %2633, 5.000000e-01
  store double %mul3191, ptr %s, align 8
  br label %if.end3195

if.else3192:                                      ; preds = %for.body3157
  %2634 = load double, ptr %s, align 8
  %2635 = load ptr, ptr %y.addr, align 8
  %2636 = load i32, ptr %i3153, align 4
  %idxprom3193 = sext i32 %2636 to i64
  %arrayidx3194 = getelementptr inbounds double, ptr %2635, i64 %idxprom3193
  store double %2634, ptr %arrayidx3194, align 8
  br label %if.end3195

if.end3195:                                       ; preds = %if.else3192, %if.then3190
  %2637 = load double, ptr %t, align 8
  %2638 = load ptr, ptr %p.addr, align 8
  %2639 = load i32, ptr %i3153, align 4
  %2640 = load i32, ptr %m.addr, align 4
  %rem3196 = srem i32 %2639, %2640
  %idxprom3197 = sext i32 %rem3196 to i64
  %arrayidx3198 = getelementptr inbounds %struct.P, ptr %2638, i64 %idxprom3197
  %w3199 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3198, i32 0, i32 0
  %2641 = load double, ptr %w3199, align 8
  %add3200 = fadd double %2641, %2637
  store double %add3200, ptr %w3199, align 8
  %2642 = load i32, ptr %i3153, align 4
  %and3201 = and i32 %2642, 3
  %cmp3202 = icmp eq i32 %and3201, 0
  %conv3203 = zext i1 %cmp3202 to i32
  %conv3204 = sext i32 %conv3203 to i64
  %2643 = load i64, ptr %count, align 8
  %add3205 = add nsw i64 %2643, %conv3204
  store i64 %add3205, ptr %count, align 8
  br label %for.inc3206

for.inc3206:                                      ; preds = %if.end3195
  %2644 = load i32, ptr %i3153, align 4
  %inc3207 = add nsw i32 %2644, 1
  store i32 %inc3207, ptr %i3153, align 4
  br label %for.cond3154, !llvm.loop !54

for.end3208:                                      ; preds = %for.cond3154
  store i32 0, ptr %i3209, align 4
  br label %for.cond3210

for.cond3210:                                     ; preds = %for.inc3288, %for.end3208
  %2645 = load i32, ptr %i3209, align 4
  %2646 = load i32, ptr %n.addr, align 4
  %cmp3211 = icmp slt i32 %2645, %2646
  br i1 %cmp3211, label %for.body3213, label %for.end3290

for.body3213:                                     ; preds = %for.cond3210
  %2647 = load double, ptr %t, align 8
  %2648 = load i32, ptr %i3209, align 4
  %and3214 = and i32 %2648, 7
  %idxprom3215 = sext i32 %and3214 to i64
  %arrayidx3216 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3215
  %2649 = load double, ptr %arrayidx3216, align 8
  %add3217 = fadd double %2647, %2649
  %2650 = load double, ptr %t, align 8
  %2651 = call double @llvm.fabs.f64(double %2650)
  %call3218 = call double @sin(double noundef %2651) #3
  %2652 = load i32, ptr %i3209, align 4
  %and3220 = and i32 %2652, 7
  %idxprom3221 = sext i32 %and3220 to i64
  %arrayidx3222 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3221
  %2653 = load double, ptr %arrayidx3222, align 8
  %2654 = load ptr, ptr %p.addr, align 8
  %2655 = load i32, ptr %i3209, align 4
  %2656 = load i32, ptr %m.addr, align 4
  %rem3223 = srem i32 %2655, %2656
  %idxprom3224 = sext i32 %rem3223 to i64
  %arrayidx3225 = getelementptr inbounds %struct.P, ptr %2654, i64 %idxprom3224
  %v3226 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3225, i32 0, i32 1
  %arrayidx3227 = getelementptr inbounds [3 x double], ptr %v3226, i64 0, i64 1
  %2657 = load double, ptr %arrayidx3227, align 8
  %2658 = load ptr, ptr %x.addr, align 8
  %2659 = load i32, ptr %i3209, align 4
  %idxprom3229 = sext i32 %2659 to i64
  %arrayidx3230 = getelementptr inbounds double, ptr %2658, i64 %idxprom3229
  %2660 = load double, ptr %arrayidx3230, align 8
  %2661 = load i32, ptr %i3209, align 4
  %conv3231 = sitofp i32 %2661 to double
  %sub3232 = fsub double %2660, %conv3231
  %2662 = call double @llvm.fmuladd.f64(double %2653, double %2657, double %sub3232)
  %2663 = call double @llvm.fmuladd.f64(double %add3217, double %call3218, double %2662)
  %2664 = load double, ptr %s, align 8
  %add3233 = fadd double %2664, %2663
  store double %add3233, ptr %s, align 8
  %2665 = load ptr, ptr %x.addr, align 8
  %2666 = load i32, ptr %i3209, align 4
  %idxprom3234 = sext i32 %2666 to i64
  %arrayidx3235 = getelementptr inbounds double, ptr %2665, i64 %idxprom3234
  %2667 = load double, ptr %arrayidx3235, align 8
  %add3236 = fadd double %2667, 1.500000e+00
  %2668 = load i32, ptr %i3209, align 4
  %and3237 = and i32 %2668, 7
  %idxprom3238 = sext i32 %and3237 to i64
  %arrayidx3239 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3238
  %2669 = load double, ptr %arrayidx3239, align 8
  %2670 = load ptr, ptr %p.addr, align 8
  %2671 = load i32, ptr %i3209, align 4
  %2672 = load i32, ptr %m.addr, align 4
  %rem3240 = srem i32 %2671, %2672
  %idxprom3241 = sext i32 %rem3240 to i64
  %arrayidx3242 = getelementptr inbounds %struct.P, ptr %2670, i64 %idxprom3241
  %w3243 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3242, i32 0, i32 0
  %2673 = load double, ptr %w3243, align 8
  %add3244 = fadd double %2669, %2673
  %mul3245 = fmul double %add3236, %add3244
  %2674 = load ptr, ptr %p.addr, align 8
  %2675 = load i32, ptr %i3209, align 4
  %2676 = load i32, ptr %m.addr, align 4
  %rem3246 = srem i32 %2675, %2676
  %idxprom3247 = sext i32 %rem3246 to i64
  %arrayidx3248 = getelementptr inbounds %struct.P, ptr %2674, i64 %idxprom3247
  %w3249 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3248, i32 0, i32 0
  %2677 = load double, ptr %w3249, align 8
  %2678 = load ptr, ptr %y.addr, align 8
  %2679 = load i32, ptr %i3209, align 4
  %idxprom3250 = sext i32 %2679 to i64
  %arrayidx3251 = getelementptr inbounds double, ptr %2678, i64 %idxprom3250
  %2680 = load double, ptr %arrayidx3251, align 8
  %sub3252 = fsub double %2677, %2680
  %2681 = call double @llvm.fabs.f64(double %sub3252)
  %call3253 = call double @exp(double noundef %2681) #3
  %2682 = load double, ptr %s, align 8
  %2683 = call double @llvm.fmuladd.f64(double %mul3245, double %call3253, double %2682)
  store double %2683, ptr %s, align 8
  %2684 = load ptr, ptr %p.addr, align 8
  %2685 = load i32, ptr %i3209, align 4
  %2686 = load i32, ptr %m.addr, align 4
  %rem3255 = srem i32 %2685, %2686
  %idxprom3256 = sext i32 %rem3255 to i64
  %arrayidx3257 = getelementptr inbounds %struct.P, ptr %2684, i64 %idxprom3256
  %v3258 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3257, i32 0, i32 1
  %arrayidx3259 = getelementptr inbounds [3 x double], ptr %v3258, i64 0, i64 1
  %2687 = load double, ptr %arrayidx3259, align 8
  %2688 = load double, ptr %s, align 8
  %mul3260 = fmul double %2687, %2688
  %2689 = call double @llvm.fabs.f64(double %mul3260)
  %call3261 = call double @cos(double noundef %2689) #3
  %2690 = load ptr, ptr %y.addr, align 8
  %2691 = load i32, ptr %i3209, align 4
  %idxprom3262 = sext i32 %2691 to i64
  %arrayidx3263 = getelementptr inbounds double, ptr %2690, i64 %idxprom3262
  %2692 = load double, ptr %arrayidx3263, align 8
  %sub3264 = fsub double %2692, 1.500000e+00
  %2693 = load double, ptr %t, align 8
  %2694 = call double @llvm.fabs.f64(double %2693)
  %call3265 = call double @atan(double noundef %2694) #3
  %add3266 = fadd double %sub3264, %call3265
  %2695 = load double, ptr %s, align 8
  %2696 = call double @llvm.fmuladd.f64(double %call3261, double %add3266, double %2695)
  store double %2696, ptr %s, align 8
  %2697 = load double, ptr %t, align 8
  %2698 = load double, ptr %s, align 8
  %mul3269 = fmul double %2698, 4.900000e-02
  %2699 = call double @llvm.fmuladd.f64(double %2697, double 5.000000e-01, double %mul3269)
  store double %2699, ptr %t, align 8
  %2700 = load double, ptr %s, align 8
  %cmp3270 = fcmp ogt double %2700, 1.000000e+06
  br i1 %cmp3270, label %if.then3272, label %if.else3274

if.then3272:                                      ; preds = %for.body3213
  %2701 = load double, ptr %s, align 8
  %mul3273 = fmul double %2701, 5.000000e-01
  store double %mul3273, ptr %s, align 8
  br label %if.end3277

if.else3274:                                      ; preds = %for.body3213
  %2702 = load double, ptr %s, align 8
  %2703 = load ptr, ptr %y.addr, align 8
  %2704 = load i32, ptr %i3209, align 4
  %idxprom3275 = sext i32 %2704 to i64
  %arrayidx3276 = getelementptr inbounds double, ptr %2703, i64 %idxprom3275
  store double %2702, ptr %arrayidx3276, align 8
  br label %if.end3277

if.end3277:                                       ; preds = %if.else3274, %if.then3272
  %2705 = load double, ptr %t, align 8
  %2706 = load ptr, ptr %p.addr, align 8
  %2707 = load i32, ptr %i3209, align 4
  %2708 = load i32, ptr %m.addr, align 4
  %rem3278 = srem i32 %2707, %2708
  %idxprom3279 = sext i32 %rem3278 to i64
  %arrayidx3280 = getelementptr inbounds %struct.P, ptr %2706, i64 %idxprom3279
  %w3281 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3280, i32 0, i32 0
  %2709 = load double, ptr %w3281, align 8
  %add3282 = fadd double %2709, %2705
  store double %add3282, ptr %w3281, align 8
  %2710 = load i32, ptr %i3209, align 4
  %and3283 = and i32 %2710, 3
  %cmp3284 = icmp eq i32 %and3283, 0
  %conv3285 = zext i1 %cmp3284 to i32
  %conv3286 = sext i32 %conv3285 to i64
  %2711 = load i64, ptr %count, align 8
  %add3287 = add nsw i64 %2711, %conv3286
  store i64 %add3287, ptr %count, align 8
  br label %for.inc3288

for.inc3288:                                      ; preds = %if.end3277
  %2712 = load i32, ptr %i3209, align 4
  %inc3289 = add nsw i32 %2712, 1
  store i32 %inc3289, ptr %i3209, align 4
  br label %for.cond3210, !llvm.loop !55

for.end3290:                                      ; preds = %for.cond3210
  store i32 0, ptr %i3291, align 4
  br label %for.cond3292

for.cond3292:                                     ; preds = %for.inc3356, %for.end3290
  %2713 = load i32, ptr %i3291, align 4
  %2714 = load i32, ptr %n.addr, align 4
  %cmp3293 = icmp slt i32 %2713, %2714
  br i1 %cmp3293, label %for.body3295, label %for.end3358

for.body3295:                                     ; preds = %for.cond3292
  %2715 = load i32, ptr %i3291, align 4
  %conv3296 = sitofp i32 %2715 to double
  %2716 = call double @llvm.fabs.f64(double %conv3296)
  %call3297 = call double @exp(double noundef %2716) #3
  %2717 = load ptr, ptr %y.addr, align 8
  %2718 = load i32, ptr %i3291, align 4
  %idxprom3298 = sext i32 %2718 to i64
  %arrayidx3299 = getelementptr inbounds double, ptr %2717, i64 %idxprom3298
  %2719 = load double, ptr %arrayidx3299, align 8
  %2720 = load double, ptr %s, align 8
  %add3300 = fadd double %2719, %2720
  %mul3301 = fmul double %call3297, %add3300
  %2721 = load double, ptr %a.addr, align 8
  %2722 = call double @llvm.fabs.f64(double %2721)
  %call3302 = call double @cos(double noundef %2722) #3
  %2723 = load double, ptr %s, align 8
  %2724 = call double @llvm.fabs.f64(double %2723)
  %call3303 = call double @sqrt(double noundef %2724) #3
  %mul3304 = fmul double %call3302, %call3303
  %2725 = load double, ptr %s, align 8
  %2726 = call double @llvm.fmuladd.f64(double %mul3301, double %mul3304, double %2725)
  store double %2726, ptr %s, align 8
  %2727 = load ptr, ptr %x.addr, align 8
  %2728 = load i32, ptr %i3291, align 4
  %idxprom3306 = sext i32 %2728 to i64
  %arrayidx3307 = getelementptr inbounds double, ptr %2727, i64 %idxprom3306
  %2729 = load double, ptr %arrayidx3307, align 8
  %2730 = load ptr, ptr %p.addr, align 8
  %2731 = load i32, ptr %i3291, align 4
  %2732 = load i32, ptr %m.addr, align 4
  %rem3308 = srem i32 %2731, %2732
  %idxprom3309 = sext i32 %rem3308 to i64
  %arrayidx3310 = getelementptr inbounds %struct.P, ptr %2730, i64 %idxprom3309
  %v3311 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3310, i32 0, i32 1
  %arrayidx3312 = getelementptr inbounds [3 x double], ptr %v3311, i64 0, i64 1
  %2733 = load double, ptr %arrayidx3312, align 8
  %add3313 = fadd double %2729, %2733
  %2734 = call double @llvm.fabs.f64(double %add3313)
  %call3314 = call double @sqrt(double noundef %2734) #3
  %2735 = call double @llvm.fabs.f64(double %call3314)
  %call3315 = call double @atan(double noundef %2735) #3
  %2736 = load double, ptr %s, align 8
  %add3316 = fadd double %2736, %call3315
  store double %add3316, ptr %s, align 8
  %2737 = load ptr, ptr %y.addr, align 8
  %2738 = load i32, ptr %i3291, align 4
  %idxprom3317 = sext i32 %2738 to i64
  %arrayidx3318 = getelementptr inbounds double, ptr %2737, i64 %idxprom3317
  %2739 = load double, ptr %arrayidx3318, align 8
  %2740 = load double, ptr %a.addr, align 8
  %2741 = load ptr, ptr %p.addr, align 8
  %2742 = load i32, ptr %i3291, align 4
  %2743 = load i32, ptr %m.addr, align 4
  %rem3320 = srem i32 %2742, %2743
  %idxprom3321 = sext i32 %rem3320 to i64
  %arrayidx3322 = getelementptr inbounds %struct.P, ptr %2741, i64 %idxprom3321
  %w3323 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3322, i32 0, i32 0
  %2744 = load double, ptr %w3323, align 8
  %2745 = load i32, ptr %i3291, align 4
  %conv3324 = sitofp i32 %2745 to double
  %add3325 = fadd double %2744, %conv3324
  %2746 = call double @llvm.fmuladd.f64(double %2739, double %2740, double %add3325)
  %2747 = load ptr, ptr %y.addr, align 8
  %2748 = load i32, ptr %i3291, align 4
  %idxprom3326 = sext i32 %2748 to i64
  %arrayidx3327 = getelementptr inbounds double, ptr %2747, i64 %idxprom3326
  %2749 = load double, ptr %arrayidx3327, align 8
  %2750 = load ptr, ptr %x.addr, align 8
  %2751 = load i32, ptr %i3291, align 4
  %idxprom3328 = sext i32 %2751 to i64
  %arrayidx3329 = getelementptr inbounds double, ptr %2750, i64 %idxprom3328
  %2752 = load double, ptr %arrayidx3329, align 8
  %sub3330 = fsub double %2749, %2752
  %2753 = load ptr, ptr %y.addr, align 8
  %2754 = load i32, ptr %i3291, align 4
  %idxprom3331 = sext i32 %2754 to i64
  %arrayidx3332 = getelementptr inbounds double, ptr %2753, i64 %idxprom3331
  %2755 = load double, ptr %arrayidx3332, align 8
  %2756 = call double @llvm.fabs.f64(double %2755)
  %call3333 = call double @atan(double noundef %2756) #3
  %add3334 = fadd double %sub3330, %call3333
  %2757 = load double, ptr %s, align 8
  %2758 = call double @llvm.fmuladd.f64(double %2746, double %add3334, double %2757)
  store double %2758, ptr %s, align 8
  %2759 = load double, ptr %t, align 8
  %2760 = load double, ptr %s, align 8
  %mul3337 = fmul double %2760, 5.000000e-02
  %2761 = call double @llvm.fmuladd.f64(double %2759, double 5.000000e-01, double %mul3337)
  store double %2761, ptr %t, align 8
  %2762 = load double, ptr %s, align 8
  %cmp3338 = fcmp ogt double %2762, 1.000000e+06
  br i1 %cmp3338, label %if.then3340, label %if.else3342

if.then3340:                                      ; preds = %for.body3295
  %2763 = load double, ptr %s, align 8
  %mul3341 = fmul double %2763, 5.000000e-01
  store double %mul3341, ptr %s, align 8
  br label %if.end3345

if.else3342:                                      ; preds = %for.body3295
  %2764 = load double, ptr %s, align 8
  %2765 = load ptr, ptr %y.addr, align 8
  %2766 = load i32, ptr %i3291, align 4
  %idxprom3343 = sext i32 %2766 to i64
  %arrayidx3344 = getelementptr inbounds double, ptr %2765, i64 %idxprom3343
  store double %2764, ptr %arrayidx3344, align 8
  br label %if.end3345

if.end3345:                                       ; preds = %if.else3342, %if.then3340
  %2767 = load double, ptr %t, align 8
  %2768 = load ptr, ptr %p.addr, align 8
  %2769 = load i32, ptr %i3291, align 4
  %2770 = load i32, ptr %m.addr, align 4
  %rem3346 = srem i32 %2769, %2770
  %idxprom3347 = sext i32 %rem3346 to i64
  %arrayidx3348 = getelementptr inbounds %struct.P, ptr %2768, i64 %idxprom3347
  %w3349 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3348, i32 0, i32 0
  %2771 = load double, ptr %w3349, align 8
  %add3350 = fadd double %2771, %2767
  store double %add3350, ptr %w3349, align 8
  %2772 = load i32, ptr %i3291, align 4
  %and3351 = and i32 %2772, 3
  %cmp3352 = icmp eq i32 %and3351, 0
  %conv3353 = zext i1 %cmp3352 to i32
  %conv3354 = sext i32 %conv3353 to i64
  %2773 = load i64, ptr %count, align 8
  %add3355 = add nsw i64 %2773, %conv3354
  store i64 %add3355, ptr %count, align 8
  br label %for.inc3356

for.inc3356:                                      ; preds = %if.end3345
  %2774 = load i32, ptr %i3291, align 4
  %inc3357 = add nsw i32 %2774, 1
  store i32 %inc3357, ptr %i3291, align 4
  br label %for.cond3292, !llvm.loop !56

for.end3358:                                      ; preds = %for.cond3292
  store i32 0, ptr %i3359, align 4
  br label %for.cond3360

for.cond3360:                                     ; preds = %for.inc3435, %for.end3358
  %2775 = load i32, ptr %i3359, align 4
  %2776 = load i32, ptr %n.addr, align 4
  %cmp3361 = icmp slt i32 %2775, %2776
  br i1 %cmp3361, label %for.body3363, label %for.end3437

for.body3363:                                     ; preds = %for.cond3360
  %2777 = load ptr, ptr %p.addr, align 8
  %2778 = load i32, ptr %i3359, align 4
  %2779 = load i32, ptr %m.addr, align 4
  %rem3364 = srem i32 %2778, %2779
  %idxprom3365 = sext i32 %rem3364 to i64
  %arrayidx3366 = getelementptr inbounds %struct.P, ptr %2777, i64 %idxprom3365
  %v3367 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3366, i32 0, i32 1
  %arrayidx3368 = getelementptr inbounds [3 x double], ptr %v3367, i64 0, i64 1
  %2780 = load double, ptr %arrayidx3368, align 8
  %2781 = call double @llvm.fabs.f64(double %2780)
  %call3369 = call double @sqrt(double noundef %2781) #3
  %2782 = load ptr, ptr %p.addr, align 8
  %2783 = load i32, ptr %i3359, align 4
  %2784 = load i32, ptr %m.addr, align 4
  %rem3370 = srem i32 %2783, %2784
  %idxprom3371 = sext i32 %rem3370 to i64
  %arrayidx3372 = getelementptr inbounds %struct.P, ptr %2782, i64 %idxprom3371
  %w3373 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3372, i32 0, i32 0
  %2785 = load double, ptr %w3373, align 8
  %sub3374 = fsub double 1.500000e+00, %2785
  %add3375 = fadd double %call3369, %sub3374
  %2786 = load i32, ptr %i3359, align 4
  %conv3376 = sitofp i32 %2786 to double
  %2787 = load double, ptr %s, align 8
  %sub3377 = fsub double %conv3376, %2787
  %2788 = load ptr, ptr %y.addr, align 8
  %2789 = load i32, ptr %i3359, align 4
  %idxprom3378 = sext i32 %2789 to i64
  %arrayidx3379 = getelementptr inbounds double, ptr %2788, i64 %idxprom3378
  %2790 = load double, ptr %arrayidx3379, align 8
  %2791 = call double @llvm.fabs.f64(double %2790)
  %call3380 = call double @sqrt(double noundef %2791) #3
  %add3381 = fadd double %sub3377, %call3380
  %2792 = load double, ptr %s, align 8
  %2793 = call double @llvm.fmuladd.f64(double %add3375, double %add3381, double %2792)
  store double %2793, ptr %s, align 8
  %2794 = load double, ptr %b.addr, align 8
  %2795 = load ptr, ptr %p.addr, align 8
  %2796 = load i32, ptr %i3359, align 4
  %2797 = load i32, ptr %m.addr, align 4
  %rem3383 = srem i32 %2796, %2797
  %idxprom3384 = sext i32 %rem3383 to i64
  %arrayidx3385 = getelementptr inbounds %struct.P, ptr %2795, i64 %idxprom3384
  %w3386 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3385, i32 0, i32 0
  %2798 = load double, ptr %w3386, align 8
  %2799 = load ptr, ptr %p.addr, align 8
  %2800 = load i32, ptr %i3359, align 4
  %2801 = load i32, ptr %m.addr, align 4
  %rem3388 = srem i32 %2800, %2801
  %idxprom3389 = sext i32 %rem3388 to i64
  %arrayidx3390 = getelementptr inbounds %struct.P, ptr %2799, i64 %idxprom3389
  %w3391 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3390, i32 0, i32 0
  %2802 = load double, ptr %w3391, align 8
  %2803 = load i32, ptr %i3359, align 4
  %conv3392 = sitofp i32 %2803 to double
  %add3393 = fadd double %2802, %conv3392
  %2804 = call double @llvm.fmuladd.f64(double %2794, double %2798, double %add3393)
  %2805 = load double, ptr %b.addr, align 8
  %2806 = load ptr, ptr %y.addr, align 8
  %2807 = load i32, ptr %i3359, align 4
  %idxprom3394 = sext i32 %2807 to i64
  %arrayidx3395 = getelementptr inbounds double, ptr %2806, i64 %idxprom3394
  %2808 = load double, ptr %arrayidx3395, align 8
  %sub3396 = fsub double %2805, %2808
  %2809 = call double @llvm.fabs.f64(double %sub3396)
  %call3397 = call double @tanh(double noundef %2809) #3
  %2810 = load double, ptr %s, align 8
  %2811 = call double @llvm.fmuladd.f64(double %2804, double %call3397, double %2810)
  store double %2811, ptr %s, align 8
  %2812 = load i32, ptr %i3359, align 4
  %conv3399 = sitofp i32 %2812 to double
  %sub3400 = fsub double %conv3399, 1.500000e+00
  %2813 = load ptr, ptr %p.addr, align 8
  %2814 = load i32, ptr %i3359, align 4
  %2815 = load i32, ptr %m.addr, align 4
  %rem3401 = srem i32 %2814, %2815
  %idxprom3402 = sext i32 %rem3401 to i64
  %arrayidx3403 = getelementptr inbounds %struct.P, ptr %2813, i64 %idxprom3402
  %w3404 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3403, i32 0, i32 0
  %2816 = load double, ptr %w3404, align 8
  %2817 = call double @llvm.fabs.f64(double %2816)
  %call3405 = call double @atan(double noundef %2817) #3
  %add3406 = fadd double %sub3400, %call3405
  %2818 = load i32, ptr %i3359, align 4
  %conv3407 = sitofp i32 %2818 to double
  %2819 = load i32, ptr %i3359, align 4
  %and3408 = and i32 %2819, 7
  %idxprom3409 = sext i32 %and3408 to i64
  %arrayidx3410 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3409
  %2820 = load double, ptr %arrayidx3410, align 8
  %add3411 = fadd double %conv3407, %2820
  %2821 = call double @llvm.fabs.f64(double %add3411)
  %call3412 = call double @log1p(double noundef %2821) #3
  %add3413 = fadd double %add3406, %call3412
  %2822 = load double, ptr %s, align 8
  %add3414 = fadd double %2822, %add3413
  store double %add3414, ptr %s, align 8
  %2823 = load double, ptr %t, align 8
  %2824 = load double, ptr %s, align 8
  %mul3416 = fmul double %2824, 5.100000e-02
  %2825 = call double @llvm.fmuladd.f64(double %2823, double 5.000000e-01, double %mul3416)
  store double %2825, ptr %t, align 8
  %2826 = load double, ptr %s, align 8
  %cmp3417 = fcmp ogt double %2826, 1.000000e+06
  br i1 %cmp3417, label %if.then3419, label %if.else3421

if.then3419:                                      ; preds = %for.body3363
  %2827 = load double, ptr %s, align 8
  %mul3420 = fmul double %2827, 5.000000e-01
  store double %mul3420, ptr %s, align 8
  br label %if.end3424

if.else3421:                                      ; preds = %for.body3363
  %2828 = load double, ptr %s, align 8
  %2829 = load ptr, ptr %y.addr, align 8
  %2830 = load i32, ptr %i3359, align 4
  %idxprom3422 = sext i32 %2830 to i64
  %arrayidx3423 = getelementptr inbounds double, ptr %2829, i64 %idxprom3422
  store double %2828, ptr %arrayidx3423, align 8
  br label %if.end3424

if.end3424:                                       ; preds = %if.else3421, %if.then3419
  %2831 = load double, ptr %t, align 8
  %2832 = load ptr, ptr %p.addr, align 8
  %2833 = load i32, ptr %i3359, align 4
  %2834 = load i32, ptr %m.addr, align 4
  %rem3425 = srem i32 %2833, %2834
  %idxprom3426 = sext i32 %rem3425 to i64
  %arrayidx3427 = getelementptr inbounds %struct.P, ptr %2832, i64 %idxprom3426
  %w3428 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3427, i32 0, i32 0
  %2835 = load double, ptr %w3428, align 8
  %add3429 = fadd double %2835, %2831
  store double %add3429, ptr %w3428, align 8
  %2836 = load i32, ptr %i3359, align 4
  %and3430 = and i32 %2836, 3
  %cmp3431 = icmp eq i32 %and3430, 0
  %conv3432 = zext i1 %cmp3431 to i32
  %conv3433 = sext i32 %conv3432 to i64
  %2837 = load i64, ptr %count, align 8
  %add3434 = add nsw i64 %2837, %conv3433
  store i64 %add3434, ptr %count, align 8
  br label %for.inc3435

for.inc3435:                                      ; preds = %if.end3424
  %2838 = load i32, ptr %i3359, align 4
  %inc3436 = add nsw i32 %2838, 1
  store i32 %inc3436, ptr %i3359, align 4
  br label %for.cond3360, !llvm.loop !57

for.end3437:                                      ; preds = %for.cond3360
  store i32 0, ptr %i3438, align 4
  br label %for.cond3439

for.cond3439:                                     ; preds = %for.inc3503, %for.end3437
  %2839 = load i32, ptr %i3438, align 4
  %2840 = load i32, ptr %n.addr, align 4
  %cmp3440 = icmp slt i32 %2839, %2840
  br i1 %cmp3440, label %for.body3442, label %for.end3505

for.body3442:                                     ; preds = %for.cond3439
  %2841 = load double, ptr %b.addr, align 8
  %2842 = load ptr, ptr %p.addr, align 8
  %2843 = load i32, ptr %i3438, align 4
  %2844 = load i32, ptr %m.addr, align 4
  %rem3443 = srem i32 %2843, %2844
  %idxprom3444 = sext i32 %rem3443 to i64
  %arrayidx3445 = getelementptr inbounds %struct.P, ptr %2842, i64 %idxprom3444
  %w3446 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3445, i32 0, i32 0
  %2845 = load double, ptr %w3446, align 8
  %mul3447 = fmul double %2841, %2845
  %2846 = call double @llvm.fabs.f64(double %mul3447)
  %call3448 = call double @exp(double noundef %2846) #3
  %2847 = call double @llvm.fabs.f64(double %call3448)
  %call3449 = call double @exp(double noundef %2847) #3
  %2848 = load double, ptr %s, align 8
  %add3450 = fadd double %2848, %call3449
  store double %add3450, ptr %s, align 8
  %2849 = load ptr, ptr %y.addr, align 8
  %2850 = load i32, ptr %i3438, align 4
  %idxprom3451 = sext i32 %2850 to i64
  %arrayidx3452 = getelementptr inbounds double, ptr %2849, i64 %idxprom3451
  %2851 = load double, ptr %arrayidx3452, align 8
  %2852 = load ptr, ptr %p.addr, align 8
  %2853 = load i32, ptr %i3438, align 4
  %2854 = load i32, ptr %m.addr, align 4
  %rem3453 = srem i32 %2853, %2854
  %idxprom3454 = sext i32 %rem3453 to i64
  %arrayidx3455 = getelementptr inbounds %struct.P, ptr %2852, i64 %idxprom3454
  %v3456 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3455, i32 0, i32 1
  %arrayidx3457 = getelementptr inbounds [3 x double], ptr %v3456, i64 0, i64 1
  %2855 = load double, ptr %arrayidx3457, align 8
  %add3458 = fadd double %2851, %2855
  %2856 = call double @llvm.fabs.f64(double %add3458)
  %call3459 = call double @log1p(double noundef %2856) #3
  %2857 = load ptr, ptr %p.addr, align 8
  %2858 = load i32, ptr %i3438, align 4
  %2859 = load i32, ptr %m.addr, align 4
  %rem3460 = srem i32 %2858, %2859
  %idxprom3461 = sext i32 %rem3460 to i64
  %arrayidx3462 = getelementptr inbounds %struct.P, ptr %2857, i64 %idxprom3461
  %v3463 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3462, i32 0, i32 1
  %arrayidx3464 = getelementptr inbounds [3 x double], ptr %v3463, i64 0, i64 1
  %2860 = load double, ptr %arrayidx3464, align 8
  %2861 = load double, ptr %t, align 8
  %2862 = load ptr, ptr %p.addr, align 8
  %2863 = load i32, ptr %i3438, align 4
  %2864 = load i32, ptr %m.addr, align 4
  %rem3466 = srem i32 %2863, %2864
  %idxprom3467 = sext i32 %rem3466 to i64
  %arrayidx3468 = getelementptr inbounds %struct.P, ptr %2862, i64 %idxprom3467
  %v3469 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3468, i32 0, i32 1
  %arrayidx3470 = getelementptr inbounds [3 x double], ptr %v3469, i64 0, i64 1
  %2865 = load double, ptr %arrayidx3470, align 8
  %2866 = call double @llvm.fabs.f64(double %2865)
  %call3471 = call double @atan(double noundef %2866) #3
  %neg3472 = fneg double %call3471
  %2867 = call double @llvm.fmuladd.f64(double %2860, double %2861, double %neg3472)
  %sub3473 = fsub double %call3459, %2867
  %2868 = load double, ptr %s, align 8
  %add3474 = fadd double %2868, %sub3473
  store double %add3474, ptr %s, align 8
  %2869 = load double, ptr %t, align 8
  %2870 = load ptr, ptr %y.addr, align 8
  %2871 = load i32, ptr %i3438, align 4
  %idxprom3475 = sext i32 %2871 to i64
  %arrayidx3476 = getelementptr inbounds double, ptr %2870, i64 %idxprom3475
  %2872 = load double, ptr %arrayidx3476, align 8
  %add3477 = fadd double %2869, %2872
  %2873 = load i32, ptr %i3438, align 4
  %conv3478 = sitofp i32 %2873 to double
  %2874 = call double @llvm.fabs.f64(double %conv3478)
  %call3479 = call double @exp(double noundef %2874) #3
  %add3480 = fadd double %add3477, %call3479
  %2875 = call double @llvm.fabs.f64(double %add3480)
  %call3481 = call double @cos(double noundef %2875) #3
  %2876 = load double, ptr %s, align 8
  %add3482 = fadd double %2876, %call3481
  store double %add3482, ptr %s, align 8
  %2877 = load double, ptr %t, align 8
  %2878 = load double, ptr %s, align 8
  %mul3484 = fmul double %2878, 5.200000e-02
  %2879 = call double @llvm.fmuladd.f64(double %2877, double 5.000000e-01, double %mul3484)
  store double %2879, ptr %t, align 8
  %2880 = load double, ptr %s, align 8
  %cmp3485 = fcmp ogt double %2880, 1.000000e+06
  br i1 %cmp3485, label %if.then3487, label %if.else3489

if.then3487:                                      ; preds = %for.body3442
  %2881 = load double, ptr %s, align 8
  %mul3488 = fmul double %2881, 5.000000e-01
  store double %mul3488, ptr %s, align 8
  br label %if.end3492

if.else3489:                                      ; preds = %for.body3442
  %2882 = load double, ptr %s, align 8
  %2883 = load ptr, ptr %y.addr, align 8
  %2884 = load i32, ptr %i3438, align 4
  %idxprom3490 = sext i32 %2884 to i64
  %arrayidx3491 = getelementptr inbounds double, ptr %2883, i64 %idxprom3490
  store double %2882, ptr %arrayidx3491, align 8
  br label %if.end3492

if.end3492:                                       ; preds = %if.else3489, %if.then3487
  %2885 = load double, ptr %t, align 8
  %2886 = load ptr, ptr %p.addr, align 8
  %2887 = load i32, ptr %i3438, align 4
  %2888 = load i32, ptr %m.addr, align 4
  %rem3493 = srem i32 %2887, %2888
  %idxprom3494 = sext i32 %rem3493 to i64
  %arrayidx3495 = getelementptr inbounds %struct.P, ptr %2886, i64 %idxprom3494
  %w3496 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3495, i32 0, i32 0
  %2889 = load double, ptr %w3496, align 8
  %add3497 = fadd double %2889, %2885
  store double %add3497, ptr %w3496, align 8
  %2890 = load i32, ptr %i3438, align 4
  %and3498 = and i32 %2890, 3
  %cmp3499 = icmp eq i32 %and3498, 0
  %conv3500 = zext i1 %cmp3499 to i32
  %conv3501 = sext i32 %conv3500 to i64
  %2891 = load i64, ptr %count, align 8
  %add3502 = add nsw i64 %2891, %conv3501
  store i64 %add3502, ptr %count, align 8
  br label %for.inc3503

for.inc3503:                                      ; preds = %if.end3492
  %2892 = load i32, ptr %i3438, align 4
  %inc3504 = add nsw i32 %2892, 1
  store i32 %inc3504, ptr %i3438, align 4
  br label %for.cond3439, !llvm.loop !58

for.end3505:                                      ; preds = %for.cond3439
  store i32 0, ptr %i3506, align 4
  br label %for.cond3507

for.cond3507:                                     ; preds = %for.inc3570, %for.end3505
  %2893 = load i32, ptr %i3506, align 4
  %2894 = load i32, ptr %n.addr, align 4
  %cmp3508 = icmp slt i32 %2893, %2894
  br i1 %cmp3508, label %for.body3510, label %for.end3572

for.body3510:                                     ; preds = %for.cond3507
  %2895 = load i32, ptr %i3506, align 4
  %and3511 = and i32 %2895, 7
  %idxprom3512 = sext i32 %and3511 to i64
  %arrayidx3513 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3512
  %2896 = load double, ptr %arrayidx3513, align 8
  %2897 = call double @llvm.fabs.f64(double %2896)
  %call3514 = call double @sqrt(double noundef %2897) #3
  %2898 = load double, ptr %s, align 8
  %2899 = call double @llvm.fabs.f64(double %2898)
  %call3515 = call double @cos(double noundef %2899) #3
  %add3516 = fadd double %call3514, %call3515
  %2900 = load double, ptr %s, align 8
  %2901 = load double, ptr %s, align 8
  %mul3517 = fmul double %2900, %2901
  %2902 = call double @llvm.fabs.f64(double %mul3517)
  %call3518 = call double @cos(double noundef %2902) #3
  %sub3519 = fsub double %add3516, %call3518
  %2903 = load double, ptr %s, align 8
  %add3520 = fadd double %2903, %sub3519
  store double %add3520, ptr %s, align 8
  %2904 = load ptr, ptr %y.addr, align 8
  %2905 = load i32, ptr %i3506, align 4
  %idxprom3521 = sext i32 %2905 to i64
  %arrayidx3522 = getelementptr inbounds double, ptr %2904, i64 %idxprom3521
  %2906 = load double, ptr %arrayidx3522, align 8
  %2907 = load double, ptr %a.addr, align 8
  %2908 = load ptr, ptr %x.addr, align 8
  %2909 = load i32, ptr %i3506, align 4
  %idxprom3524 = sext i32 %2909 to i64
  %arrayidx3525 = getelementptr inbounds double, ptr %2908, i64 %idxprom3524
  %2910 = load double, ptr %arrayidx3525, align 8
  %2911 = load i32, ptr %i3506, align 4
  %and3526 = and i32 %2911, 7
  %idxprom3527 = sext i32 %and3526 to i64
  %arrayidx3528 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3527
  %2912 = load double, ptr %arrayidx3528, align 8
  %mul3529 = fmul double %2910, %2912
  %neg3530 = fneg double %mul3529
  %2913 = call double @llvm.fmuladd.f64(double %2906, double %2907, double %neg3530)
  %2914 = call double @llvm.fabs.f64(double %2913)
  %call3531 = call double @atan(double noundef %2914) #3
  %2915 = load double, ptr %s, align 8
  %add3532 = fadd double %2915, %call3531
  store double %add3532, ptr %s, align 8
  %2916 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call3533 = call double @tanh(double noundef %2916) #3
  %2917 = load i32, ptr %i3506, align 4
  %and3534 = and i32 %2917, 7
  %idxprom3535 = sext i32 %and3534 to i64
  %arrayidx3536 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3535
  %2918 = load double, ptr %arrayidx3536, align 8
  %2919 = load double, ptr %a.addr, align 8
  %add3537 = fadd double %2918, %2919
  %sub3538 = fsub double %call3533, %add3537
  %2920 = load i32, ptr %i3506, align 4
  %conv3539 = sitofp i32 %2920 to double
  %2921 = load i32, ptr %i3506, align 4
  %and3540 = and i32 %2921, 7
  %idxprom3541 = sext i32 %and3540 to i64
  %arrayidx3542 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3541
  %2922 = load double, ptr %arrayidx3542, align 8
  %sub3543 = fsub double %conv3539, %2922
  %2923 = load ptr, ptr %y.addr, align 8
  %2924 = load i32, ptr %i3506, align 4
  %idxprom3544 = sext i32 %2924 to i64
  %arrayidx3545 = getelementptr inbounds double, ptr %2923, i64 %idxprom3544
  %2925 = load double, ptr %arrayidx3545, align 8
  %sub3546 = fsub double 1.500000e+00, %2925
  %sub3547 = fsub double %sub3543, %sub3546
  %add3548 = fadd double %sub3538, %sub3547
  %2926 = load double, ptr %s, align 8
  %add3549 = fadd double %2926, %add3548
  store double %add3549, ptr %s, align 8
  %2927 = load double, ptr %t, align 8
  %2928 = load double, ptr %s, align 8
  %mul3551 = fmul double %2928, 5.300000e-02
  %2929 = call double @llvm.fmuladd.f64(double %2927, double 5.000000e-01, double %mul3551)
  store double %2929, ptr %t, align 8
  %2930 = load double, ptr %s, align 8
  %cmp3552 = fcmp ogt double %2930, 1.000000e+06
  br i1 %cmp3552, label %if.then3554, label %if.else3556

if.then3554:                                      ; preds = %for.body3510
  %2931 = load double, ptr %s, align 8
  %mul3555 = fmul double %2931, 5.000000e-01
  store double %mul3555, ptr %s, align 8
  br label %if.end3559

if.else3556:                                      ; preds = %for.body3510
  %2932 = load double, ptr %s, align 8
  %2933 = load ptr, ptr %y.addr, align 8
  %2934 = load i32, ptr %i3506, align 4
  %idxprom3557 = sext i32 %2934 to i64
  %arrayidx3558 = getelementptr inbounds double, ptr %2933, i64 %idxprom3557
  store double %2932, ptr %arrayidx3558, align 8
  br label %if.end3559

if.end3559:                                       ; preds = %if.else3556, %if.then3554
  %2935 = load double, ptr %t, align 8
  %2936 = load ptr, ptr %p.addr, align 8
  %2937 = load i32, ptr %i3506, align 4
  %2938 = load i32, ptr %m.addr, align 4
  %rem3560 = srem i32 %2937, %2938
  %idxprom3561 = sext i32 %rem3560 to i64
  %arrayidx3562 = getelementptr inbounds %struct.P, ptr %2936, i64 %idxprom3561
  %w3563 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3562, i32 0, i32 0
  %2939 = load double, ptr %w3563, align 8
  %add3564 = fadd double %2939, %2935
  store double %add3564, ptr %w3563, align 8
  %2940 = load i32, ptr %i3506, align 4
  %and3565 = and i32 %2940, 3
  %cmp3566 = icmp eq i32 %and3565, 0
  %conv3567 = zext i1 %cmp3566 to i32
  %conv3568 = sext i32 %conv3567 to i64
  %2941 = load i64, ptr %count, align 8
  %add3569 = add nsw i64 %2941, %conv3568
  store i64 %add3569, ptr %count, align 8
  br label %for.inc3570

for.inc3570:                                      ; preds = %if.end3559
  %2942 = load i32, ptr %i3506, align 4
  %inc3571 = add nsw i32 %2942, 1
  store i32 %inc3571, ptr %i3506, align 4
  br label %for.cond3507, !llvm.loop !59

for.end3572:                                      ; preds = %for.cond3507
  store i32 0, ptr %i3573, align 4
  br label %for.cond3574

for.cond3574:                                     ; preds = %for.inc3649, %for.end3572
  %2943 = load i32, ptr %i3573, align 4
  %2944 = load i32, ptr %n.addr, align 4
  %cmp3575 = icmp slt i32 %2943, %2944
  br i1 %cmp3575, label %for.body3577, label %for.end3651

for.body3577:                                     ; preds = %for.cond3574
  %2945 = load ptr, ptr %p.addr, align 8
  %2946 = load i32, ptr %i3573, align 4
  %2947 = load i32, ptr %m.addr, align 4
  %rem3578 = srem i32 %2946, %2947
  %idxprom3579 = sext i32 %rem3578 to i64
  %arrayidx3580 = getelementptr inbounds %struct.P, ptr %2945, i64 %idxprom3579
  %w3581 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3580, i32 0, i32 0
  %2948 = load double, ptr %w3581, align 8
  %2949 = load ptr, ptr %y.addr, align 8
  %2950 = load i32, ptr %i3573, align 4
  %idxprom3582 = sext i32 %2950 to i64
  %arrayidx3583 = getelementptr inbounds double, ptr %2949, i64 %idxprom3582
  %2951 = load double, ptr %arrayidx3583, align 8
  %mul3584 = fmul double %2948, %2951
  %2952 = load i32, ptr %i3573, align 4
  %and3585 = and i32 %2952, 7
  %idxprom3586 = sext i32 %and3585 to i64
  %arrayidx3587 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3586
  %2953 = load double, ptr %arrayidx3587, align 8
  %2954 = call double @llvm.fabs.f64(double %2953)
  %call3588 = call double @exp(double noundef %2954) #3
  %mul3589 = fmul double %mul3584, %call3588
  %2955 = load double, ptr %t, align 8
  %2956 = call double @llvm.fabs.f64(double %2955)
  %call3590 = call double @log1p(double noundef %2956) #3
  %2957 = call double @llvm.fabs.f64(double %call3590)
  %call3591 = call double @atan(double noundef %2957) #3
  %2958 = load double, ptr %s, align 8
  %2959 = call double @llvm.fmuladd.f64(double %mul3589, double %call3591, double %2958)
  store double %2959, ptr %s, align 8
  %2960 = load double, ptr %s, align 8
  %2961 = call double @llvm.fabs.f64(double %2960)
  %call3593 = call double @atan(double noundef %2961) #3
  %2962 = load i32, ptr %i3573, align 4
  %conv3594 = sitofp i32 %2962 to double
  %2963 = load double, ptr %b.addr, align 8
  %sub3595 = fsub double %conv3594, %2963
  %sub3596 = fsub double %call3593, %sub3595
  %2964 = load i32, ptr %i3573, align 4
  %conv3597 = sitofp i32 %2964 to double
  %2965 = load i32, ptr %i3573, align 4
  %conv3598 = sitofp i32 %2965 to double
  %mul3599 = fmul double %conv3597, %conv3598
  %2966 = load ptr, ptr %y.addr, align 8
  %2967 = load i32, ptr %i3573, align 4
  %idxprom3600 = sext i32 %2967 to i64
  %arrayidx3601 = getelementptr inbounds double, ptr %2966, i64 %idxprom3600
  %2968 = load double, ptr %arrayidx3601, align 8
  %2969 = load double, ptr %a.addr, align 8
  %mul3602 = fmul double %2968, %2969
  %mul3603 = fmul double %mul3599, %mul3602
  %2970 = load double, ptr %s, align 8
  %2971 = call double @llvm.fmuladd.f64(double %sub3596, double %mul3603, double %2970)
  store double %2971, ptr %s, align 8
  %2972 = load double, ptr %a.addr, align 8
  %2973 = call double @llvm.fabs.f64(double %2972)
  %call3605 = call double @atan(double noundef %2973) #3
  %2974 = load ptr, ptr %p.addr, align 8
  %2975 = load i32, ptr %i3573, align 4
  %2976 = load i32, ptr %m.addr, align 4
  %rem3606 = srem i32 %2975, %2976
  %idxprom3607 = sext i32 %rem3606 to i64
  %arrayidx3608 = getelementptr inbounds %struct.P, ptr %2974, i64 %idxprom3607
  %v3609 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3608, i32 0, i32 1
  %arrayidx3610 = getelementptr inbounds [3 x double], ptr %v3609, i64 0, i64 1
  %2977 = load double, ptr %arrayidx3610, align 8
  %2978 = load i32, ptr %i3573, align 4
  %and3611 = and i32 %2978, 7
  %idxprom3612 = sext i32 %and3611 to i64
  %arrayidx3613 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3612
  %2979 = load double, ptr %arrayidx3613, align 8
  %mul3614 = fmul double %2977, %2979
  %2980 = load ptr, ptr %p.addr, align 8
  %2981 = load i32, ptr %i3573, align 4
  %2982 = load i32, ptr %m.addr, align 4
  %rem3616 = srem i32 %2981, %2982
  %idxprom3617 = sext i32 %rem3616 to i64
  %arrayidx3618 = getelementptr inbounds %struct.P, ptr %2980, i64 %idxprom3617
  %v3619 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3618, i32 0, i32 1
  %arrayidx3620 = getelementptr inbounds [3 x double], ptr %v3619, i64 0, i64 1
  %2983 = load double, ptr %arrayidx3620, align 8
  %sub3621 = fsub double 1.500000e+00, %2983
  %2984 = load i32, ptr %i3573, align 4
  %conv3622 = sitofp i32 %2984 to double
  %2985 = load ptr, ptr %y.addr, align 8
  %2986 = load i32, ptr %i3573, align 4
  %idxprom3623 = sext i32 %2986 to i64
  %arrayidx3624 = getelementptr inbounds double, ptr %2985, i64 %idxprom3623
  %2987 = load double, ptr %arrayidx3624, align 8
  %sub3625 = fsub double %conv3622, %2987
  %add3626 = fadd double %sub3621, %sub3625
  %neg3627 = fneg double %add3626
  %2988 = call double @llvm.fmuladd.f64(double %call3605, double %mul3614, double %neg3627)
  %2989 = load double, ptr %s, align 8
  %add3628 = fadd double %2989, %2988
  store double %add3628, ptr %s, align 8
  %2990 = load double, ptr %t, align 8
  %2991 = load double, ptr %s, align 8
  %mul3630 = fmul double %2991, 5.400000e-02
  %2992 = call double @llvm.fmuladd.f64(double %2990, double 5.000000e-01, double %mul3630)
  store double %2992, ptr %t, align 8
  %2993 = load double, ptr %s, align 8
  %cmp3631 = fcmp ogt double %2993, 1.000000e+06
  br i1 %cmp3631, label %if.then3633, label %if.else3635

if.then3633:                                      ; preds = %for.body3577
  %2994 = load double, ptr %s, align 8
  %mul3634 = fmul double %2994, 5.000000e-01
  store double %mul3634, ptr %s, align 8
  br label %if.end3638

if.else3635:                                      ; preds = %for.body3577
  %2995 = load double, ptr %s, align 8
  %2996 = load ptr, ptr %y.addr, align 8
  %2997 = load i32, ptr %i3573, align 4
  %idxprom3636 = sext i32 %2997 to i64
  %arrayidx3637 = getelementptr inbounds double, ptr %2996, i64 %idxprom3636
  store double %2995, ptr %arrayidx3637, align 8
  br label %if.end3638

if.end3638:                                       ; preds = %if.else3635, %if.then3633
  %2998 = load double, ptr %t, align 8
  %2999 = load ptr, ptr %p.addr, align 8
  %3000 = load i32, ptr %i3573, align 4
  %3001 = load i32, ptr %m.addr, align 4
  %rem3639 = srem i32 %3000, %3001
  %idxprom3640 = sext i32 %rem3639 to i64
  %arrayidx3641 = getelementptr inbounds %struct.P, ptr %2999, i64 %idxprom3640
  %w3642 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3641, i32 0, i32 0
  %3002 = load double, ptr %w3642, align 8
  %add3643 = fadd double %3002, %2998
  store double %add3643, ptr %w3642, align 8
  %3003 = load i32, ptr %i3573, align 4
  %and3644 = and i32 %3003, 3
  %cmp3645 = icmp eq i32 %and3644, 0
  %conv3646 = zext i1 %cmp3645 to i32
  %conv3647 = sext i32 %conv3646 to i64
  %3004 = load i64, ptr %count, align 8
  %add3648 = add nsw i64 %3004, %conv3647
  store i64 %add3648, ptr %count, align 8
  br label %for.inc3649

for.inc3649:                                      ; preds = %if.end3638
  %3005 = load i32, ptr %i3573, align 4
  %inc3650 = add nsw i32 %3005, 1
  store i32 %inc3650, ptr %i3573, align 4
  br label %for.cond3574, !llvm.loop !60

for.end3651:                                      ; preds = %for.cond3574
  store i32 0, ptr %i3652, align 4
  br label %for.cond3653

for.cond3653:                                     ; preds = %for.inc3713, %for.end3651
  %3006 = load i32, ptr %i3652, align 4
  %3007 = load i32, ptr %n.addr, align 4
  %cmp3654 = icmp slt i32 %3006, %3007
  br i1 %cmp3654, label %for.body3656, label %for.end3715

for.body3656:                                     ; preds = %for.cond3653
  %3008 = load i32, ptr %i3652, align 4
  %conv3657 = sitofp i32 %3008 to double
  %3009 = load ptr, ptr %x.addr, align 8
  %3010 = load i32, ptr %i3652, align 4
  %idxprom3658 = sext i32 %3010 to i64
  %arrayidx3659 = getelementptr inbounds double, ptr %3009, i64 %idxprom3658
  %3011 = load double, ptr %arrayidx3659, align 8
  %mul3660 = fmul double %conv3657, %3011
  %3012 = call double @llvm.fabs.f64(double %mul3660)
  %call3661 = call double @exp(double noundef %3012) #3
  %3013 = load double, ptr %s, align 8
  %3014 = load double, ptr %b.addr, align 8
  %sub3662 = fsub double %3013, %3014
  %3015 = load ptr, ptr %y.addr, align 8
  %3016 = load i32, ptr %i3652, align 4
  %idxprom3663 = sext i32 %3016 to i64
  %arrayidx3664 = getelementptr inbounds double, ptr %3015, i64 %idxprom3663
  %3017 = load double, ptr %arrayidx3664, align 8
  %3018 = call double @llvm.fabs.f64(double %3017)
  %call3665 = call double @sqrt(double noundef %3018) #3
  %neg3667 = fneg double %sub3662
  %3019 = call double @llvm.fmuladd.f64(double %neg3667, double %call3665, double %call3661)
  %3020 = load double, ptr %s, align 8
  %add3668 = fadd double %3020, %3019
  store double %add3668, ptr %s, align 8
  %3021 = load ptr, ptr %p.addr, align 8
  %3022 = load i32, ptr %i3652, align 4
  %3023 = load i32, ptr %m.addr, align 4
  %rem3669 = srem i32 %3022, %3023
  %idxprom3670 = sext i32 %rem3669 to i64
  %arrayidx3671 = getelementptr inbounds %struct.P, ptr %3021, i64 %idxprom3670
  %v3672 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3671, i32 0, i32 1
  %arrayidx3673 = getelementptr inbounds [3 x double], ptr %v3672, i64 0, i64 1
  %3024 = load double, ptr %arrayidx3673, align 8
  %3025 = call double @llvm.fabs.f64(double %3024)
  %call3674 = call double @atan(double noundef %3025) #3
  %add3675 = fadd double 0.000000e+00, %call3674
  %3026 = load double, ptr %a.addr, align 8
  %3027 = load double, ptr %t, align 8
  %add3676 = fadd double %3026, %3027
  %3028 = load double, ptr %t, align 8
  %3029 = call double @llvm.fabs.f64(double %3028)
  %call3677 = call double @log1p(double noundef %3029) #3
  %3030 = call double @llvm.fmuladd.f64(double %add3676, double %call3677, double %add3675)
  %3031 = load double, ptr %s, align 8
  %add3679 = fadd double %3031, %3030
  store double %add3679, ptr %s, align 8
  %3032 = load double, ptr %t, align 8
  %3033 = load ptr, ptr %y.addr, align 8
  %3034 = load i32, ptr %i3652, align 4
  %idxprom3680 = sext i32 %3034 to i64
  %arrayidx3681 = getelementptr inbounds double, ptr %3033, i64 %idxprom3680
  %3035 = load double, ptr %arrayidx3681, align 8
  %sub3682 = fsub double %3032, %3035
  %3036 = load double, ptr %b.addr, align 8
  %3037 = load ptr, ptr %p.addr, align 8
  %3038 = load i32, ptr %i3652, align 4
  %3039 = load i32, ptr %m.addr, align 4
  %rem3683 = srem i32 %3038, %3039
  %idxprom3684 = sext i32 %rem3683 to i64
  %arrayidx3685 = getelementptr inbounds %struct.P, ptr %3037, i64 %idxprom3684
  %w3686 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3685, i32 0, i32 0
  %3040 = load double, ptr %w3686, align 8
  %add3687 = fadd double %3036, %3040
  %add3688 = fadd double %sub3682, %add3687
  %3041 = load double, ptr %b.addr, align 8
  %3042 = call double @llvm.fabs.f64(double %3041)
  %call3689 = call double @atan(double noundef %3042) #3
  %3043 = load double, ptr %t, align 8
  %3044 = call double @llvm.fabs.f64(double %3043)
  %call3690 = call double @exp(double noundef %3044) #3
  %mul3691 = fmul double %call3689, %call3690
  %3045 = load double, ptr %s, align 8
  %3046 = call double @llvm.fmuladd.f64(double %add3688, double %mul3691, double %3045)
  store double %3046, ptr %s, align 8
  %3047 = load double, ptr %t, align 8
  %3048 = load double, ptr %s, align 8
  %mul3694 = fmul double %3048, 5.500000e-02
  %3049 = call double @llvm.fmuladd.f64(double %3047, double 5.000000e-01, double %mul3694)
  store double %3049, ptr %t, align 8
  %3050 = load double, ptr %s, align 8
  %cmp3695 = fcmp ogt double %3050, 1.000000e+06
  br i1 %cmp3695, label %if.then3697, label %if.else3699

if.then3697:                                      ; preds = %for.body3656
  %3051 = load double, ptr %s, align 8
  %mul3698 = fmul double %3051, 5.000000e-01
  store double %mul3698, ptr %s, align 8
  br label %if.end3702

if.else3699:                                      ; preds = %for.body3656
  %3052 = load double, ptr %s, align 8
  %3053 = load ptr, ptr %y.addr, align 8
  %3054 = load i32, ptr %i3652, align 4
  %idxprom3700 = sext i32 %3054 to i64
  %arrayidx3701 = getelementptr inbounds double, ptr %3053, i64 %idxprom3700
  store double %3052, ptr %arrayidx3701, align 8
  br label %if.end3702

if.end3702:                                       ; preds = %if.else3699, %if.then3697
  %3055 = load double, ptr %t, align 8
  %3056 = load ptr, ptr %p.addr, align 8
  %3057 = load i32, ptr %i3652, align 4
  %3058 = load i32, ptr %m.addr, align 4
  %rem3703 = srem i32 %3057, %3058
  %idxprom3704 = sext i32 %rem3703 to i64
  %arrayidx3705 = getelementptr inbounds %struct.P, ptr %3056, i64 %idxprom3704
  %w3706 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3705, i32 0, i32 0
  %3059 = load double, ptr %w3706, align 8
  %add3707 = fadd double %3059, %3055
  store double %add3707, ptr %w3706, align 8
  %3060 = load i32, ptr %i3652, align 4
  %and3708 = and i32 %3060, 3
  %cmp3709 = icmp eq i32 %and3708, 0
  %conv3710 = zext i1 %cmp3709 to i32
  %conv3711 = sext i32 %conv3710 to i64
  %3061 = load i64, ptr %count, align 8
  %add3712 = add nsw i64 %3061, %conv3711
  store i64 %add3712, ptr %count, align 8
  br label %for.inc3713

for.inc3713:                                      ; preds = %if.end3702
  %3062 = load i32, ptr %i3652, align 4
  %inc3714 = add nsw i32 %3062, 1
  store i32 %inc3714, ptr %i3652, align 4
  br label %for.cond3653, !llvm.loop !61

for.end3715:                                      ; preds = %for.cond3653
  store i32 0, ptr %i3716, align 4
  br label %for.cond3717

for.cond3717:                                     ; preds = %for.inc3775, %for.end3715
  %3063 = load i32, ptr %i3716, align 4
  %3064 = load i32, ptr %n.addr, align 4
  %cmp3718 = icmp slt i32 %3063, %3064
  br i1 %cmp3718, label %for.body3720, label %for.end3777

for.body3720:                                     ; preds = %for.cond3717
  %3065 = load double, ptr %s, align 8
  %3066 = load double, ptr %s, align 8
  %3067 = load double, ptr %a.addr, align 8
  %3068 = call double @llvm.fabs.f64(double %3067)
  %call3722 = call double @sin(double noundef %3068) #3
  %3069 = call double @llvm.fmuladd.f64(double %3065, double %3066, double %call3722)
  %3070 = load double, ptr %s, align 8
  %3071 = load ptr, ptr %p.addr, align 8
  %3072 = load i32, ptr %i3716, align 4
  %3073 = load i32, ptr %m.addr, align 4
  %rem3723 = srem i32 %3072, %3073
  %idxprom3724 = sext i32 %rem3723 to i64
  %arrayidx3725 = getelementptr inbounds %struct.P, ptr %3071, i64 %idxprom3724
  %w3726 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3725, i32 0, i32 0
  %3074 = load double, ptr %w3726, align 8
  %sub3727 = fsub double %3070, %3074
  %3075 = load double, ptr %s, align 8
  %3076 = call double @llvm.fabs.f64(double %3075)
  %call3728 = call double @sin(double noundef %3076) #3
  %add3729 = fadd double %sub3727, %call3728
  %3077 = load double, ptr %s, align 8
  %3078 = call double @llvm.fmuladd.f64(double %3069, double %add3729, double %3077)
  store double %3078, ptr %s, align 8
  %3079 = load double, ptr %a.addr, align 8
  %3080 = call double @llvm.fabs.f64(double %3079)
  %call3731 = call double @log1p(double noundef %3080) #3
  %3081 = call double @llvm.fabs.f64(double %call3731)
  %call3732 = call double @sqrt(double noundef %3081) #3
  %3082 = call double @llvm.fabs.f64(double %call3732)
  %call3733 = call double @atan(double noundef %3082) #3
  %3083 = load double, ptr %s, align 8
  %add3734 = fadd double %3083, %call3733
  store double %add3734, ptr %s, align 8
  %3084 = load ptr, ptr %p.addr, align 8
  %3085 = load i32, ptr %i3716, align 4
  %3086 = load i32, ptr %m.addr, align 4
  %rem3735 = srem i32 %3085, %3086
  %idxprom3736 = sext i32 %rem3735 to i64
  %arrayidx3737 = getelementptr inbounds %struct.P, ptr %3084, i64 %idxprom3736
  %w3738 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3737, i32 0, i32 0
  %3087 = load double, ptr %w3738, align 8
  %3088 = call double @llvm.fabs.f64(double %3087)
  %call3739 = call double @sin(double noundef %3088) #3
  %3089 = load i32, ptr %i3716, align 4
  %and3740 = and i32 %3089, 7
  %idxprom3741 = sext i32 %and3740 to i64
  %arrayidx3742 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3741
  %3090 = load double, ptr %arrayidx3742, align 8
  %3091 = call double @llvm.fabs.f64(double %3090)
  %call3743 = call double @atan(double noundef %3091) #3
  %mul3744 = fmul double %call3739, %call3743
  %3092 = load double, ptr %s, align 8
  %3093 = load ptr, ptr %x.addr, align 8
  %3094 = load i32, ptr %i3716, align 4
  %idxprom3745 = sext i32 %3094 to i64
  %arrayidx3746 = getelementptr inbounds double, ptr %3093, i64 %idxprom3745
  %3095 = load double, ptr %arrayidx3746, align 8
  %sub3747 = fsub double %3092, %3095
  %3096 = load double, ptr %t, align 8
  %3097 = load ptr, ptr %p.addr, align 8
  %3098 = load i32, ptr %i3716, align 4
  %3099 = load i32, ptr %m.addr, align 4
  %rem3748 = srem i32 %3098, %3099
  %idxprom3749 = sext i32 %rem3748 to i64
  %arrayidx3750 = getelementptr inbounds %struct.P, ptr %3097, i64 %idxprom3749
  %w3751 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3750, i32 0, i32 0
  %3100 = load double, ptr %w3751, align 8
  %neg3753 = fneg double %3096
  %3101 = call double @llvm.fmuladd.f64(double %neg3753, double %3100, double %sub3747)
  %3102 = load double, ptr %s, align 8
  %3103 = call double @llvm.fmuladd.f64(double %mul3744, double %3101, double %3102)
  store double %3103, ptr %s, align 8
  %3104 = load double, ptr %t, align 8
  %3105 = load double, ptr %s, align 8
  %mul3756 = fmul double %3105, 5.600000e-02
  %3106 = call double @llvm.fmuladd.f64(double %3104, double 5.000000e-01, double %mul3756)
  store double %3106, ptr %t, align 8
  %3107 = load double, ptr %s, align 8
  %cmp3757 = fcmp ogt double %3107, 1.000000e+06
  br i1 %cmp3757, label %if.then3759, label %if.else3761

if.then3759:                                      ; preds = %for.body3720
  %3108 = load double, ptr %s, align 8
  %mul3760 = fmul double %3108, 5.000000e-01
  store double %mul3760, ptr %s, align 8
  br label %if.end3764

if.else3761:                                      ; preds = %for.body3720
  %3109 = load double, ptr %s, align 8
  %3110 = load ptr, ptr %y.addr, align 8
  %3111 = load i32, ptr %i3716, align 4
  %idxprom3762 = sext i32 %3111 to i64
  %arrayidx3763 = getelementptr inbounds double, ptr %3110, i64 %idxprom3762
  store double %3109, ptr %arrayidx3763, align 8
  br label %if.end3764

if.end3764:                                       ; preds = %if.else3761, %if.then3759
  %3112 = load double, ptr %t, align 8
  %3113 = load ptr, ptr %p.addr, align 8
  %3114 = load i32, ptr %i3716, align 4
  %3115 = load i32, ptr %m.addr, align 4
  %rem3765 = srem i32 %3114, %3115
  %idxprom3766 = sext i32 %rem3765 to i64
  %arrayidx3767 = getelementptr inbounds %struct.P, ptr %3113, i64 %idxprom3766
  %w3768 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3767, i32 0, i32 0
  %3116 = load double, ptr %w3768, align 8
  %add3769 = fadd double %3116, %3112
  store double %add3769, ptr %w3768, align 8
  %3117 = load i32, ptr %i3716, align 4
  %and3770 = and i32 %3117, 3
  %cmp3771 = icmp eq i32 %and3770, 0
  %conv3772 = zext i1 %cmp3771 to i32
  %conv3773 = sext i32 %conv3772 to i64
  %3118 = load i64, ptr %count, align 8
  %add3774 = add nsw i64 %3118, %conv3773
  store i64 %add3774, ptr %count, align 8
  br label %for.inc3775

for.inc3775:                                      ; preds = %if.end3764
  %3119 = load i32, ptr %i3716, align 4
  %inc3776 = add nsw i32 %3119, 1
  store i32 %inc3776, ptr %i3716, align 4
  br label %for.cond3717, !llvm.loop !62

for.end3777:                                      ; preds = %for.cond3717
  store i32 0, ptr %i3778, align 4
  br label %for.cond3779

for.cond3779:                                     ; preds = %for.inc3839, %for.end3777
  %3120 = load i32, ptr %i3778, align 4
  %3121 = load i32, ptr %n.addr, align 4
  %cmp3780 = icmp slt i32 %3120, %3121
  br i1 %cmp3780, label %for.body3782, label %for.end3841

for.body3782:                                     ; preds = %for.cond3779
  %3122 = load double, ptr %b.addr, align 8
  %3123 = load ptr, ptr %p.addr, align 8
  %3124 = load i32, ptr %i3778, align 4
  %3125 = load i32, ptr %m.addr, align 4
  %rem3783 = srem i32 %3124, %3125
  %idxprom3784 = sext i32 %rem3783 to i64
  %arrayidx3785 = getelementptr inbounds %struct.P, ptr %3123, i64 %idxprom3784
  %w3786 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3785, i32 0, i32 0
  %3126 = load double, ptr %w3786, align 8
  %3127 = load double, ptr %t, align 8
  %3128 = load ptr, ptr %y.addr, align 8
  %3129 = load i32, ptr %i3778, align 4
  %idxprom3788 = sext i32 %3129 to i64
  %arrayidx3789 = getelementptr inbounds double, ptr %3128, i64 %idxprom3788
  %3130 = load double, ptr %arrayidx3789, align 8
  %add3790 = fadd double %3127, %3130
  %neg3791 = fneg double %add3790
  %3131 = call double @llvm.fmuladd.f64(double %3122, double %3126, double %neg3791)
  %3132 = call double @llvm.fabs.f64(double %3131)
  %call3792 = call double @log1p(double noundef %3132) #3
  %3133 = load double, ptr %s, align 8
  %add3793 = fadd double %3133, %call3792
  store double %add3793, ptr %s, align 8
  %3134 = load double, ptr %s, align 8
  %3135 = load ptr, ptr %y.addr, align 8
  %3136 = load i32, ptr %i3778, align 4
  %idxprom3794 = sext i32 %3136 to i64
  %arrayidx3795 = getelementptr inbounds double, ptr %3135, i64 %idxprom3794
  %3137 = load double, ptr %arrayidx3795, align 8
  %add3796 = fadd double %3134, %3137
  %3138 = call double @llvm.fabs.f64(double %add3796)
  %call3797 = call double @tanh(double noundef %3138) #3
  %3139 = load double, ptr %s, align 8
  %3140 = call double @llvm.fabs.f64(double %3139)
  %call3798 = call double @exp(double noundef %3140) #3
  %3141 = load ptr, ptr %x.addr, align 8
  %3142 = load i32, ptr %i3778, align 4
  %idxprom3799 = sext i32 %3142 to i64
  %arrayidx3800 = getelementptr inbounds double, ptr %3141, i64 %idxprom3799
  %3143 = load double, ptr %arrayidx3800, align 8
  %3144 = load i32, ptr %i3778, align 4
  %and3801 = and i32 %3144, 7
  %idxprom3802 = sext i32 %and3801 to i64
  %arrayidx3803 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3802
  %3145 = load double, ptr %arrayidx3803, align 8
  %neg3805 = fneg double %3143
  %3146 = call double @llvm.fmuladd.f64(double %neg3805, double %3145, double %call3798)
  %3147 = load double, ptr %s, align 8
  %3148 = call double @llvm.fmuladd.f64(double %call3797, double %3146, double %3147)
  store double %3148, ptr %s, align 8
  %3149 = load ptr, ptr %p.addr, align 8
  %3150 = load i32, ptr %i3778, align 4
  %3151 = load i32, ptr %m.addr, align 4
  %rem3807 = srem i32 %3150, %3151
  %idxprom3808 = sext i32 %rem3807 to i64
  %arrayidx3809 = getelementptr inbounds %struct.P, ptr %3149, i64 %idxprom3808
  %w3810 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3809, i32 0, i32 0
  %3152 = load double, ptr %w3810, align 8
  %3153 = call double @llvm.fabs.f64(double %3152)
  %call3811 = call double @tanh(double noundef %3153) #3
  %3154 = load i32, ptr %i3778, align 4
  %and3812 = and i32 %3154, 7
  %idxprom3813 = sext i32 %and3812 to i64
  %arrayidx3814 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3813
  %3155 = load double, ptr %arrayidx3814, align 8
  %3156 = call double @llvm.fabs.f64(double %3155)
  %call3815 = call double @sqrt(double noundef %3156) #3
  %mul3816 = fmul double %call3811, %call3815
  %3157 = call double @llvm.fabs.f64(double %mul3816)
  %call3817 = call double @sin(double noundef %3157) #3
  %3158 = load double, ptr %s, align 8
  %add3818 = fadd double %3158, %call3817
  store double %add3818, ptr %s, align 8
  %3159 = load double, ptr %t, align 8
  %3160 = load double, ptr %s, align 8
  %mul3820 = fmul double %3160, 5.700000e-02
  %3161 = call double @llvm.fmuladd.f64(double %3159, double 5.000000e-01, double %mul3820)
  store double %3161, ptr %t, align 8
  %3162 = load double, ptr %s, align 8
  %cmp3821 = fcmp ogt double %3162, 1.000000e+06
  br i1 %cmp3821, label %if.then3823, label %if.else3825

if.then3823:                                      ; preds = %for.body3782
  %3163 = load double, ptr %s, align 8
  %mul3824 = fmul double %3163, 5.000000e-01
  store double %mul3824, ptr %s, align 8
  br label %if.end3828

if.else3825:                                      ; preds = %for.body3782
  %3164 = load double, ptr %s, align 8
  %3165 = load ptr, ptr %y.addr, align 8
  %3166 = load i32, ptr %i3778, align 4
  %idxprom3826 = sext i32 %3166 to i64
  %arrayidx3827 = getelementptr inbounds double, ptr %3165, i64 %idxprom3826
  store double %3164, ptr %arrayidx3827, align 8
  br label %if.end3828

if.end3828:                                       ; preds = %if.else3825, %if.then3823
  %3167 = load double, ptr %t, align 8
  %3168 = load ptr, ptr %p.addr, align 8
  %3169 = load i32, ptr %i3778, align 4
  %3170 = load i32, ptr %m.addr, align 4
  %rem3829 = srem i32 %3169, %3170
  %idxprom3830 = sext i32 %rem3829 to i64
  %arrayidx3831 = getelementptr inbounds %struct.P, ptr %3168, i64 %idxprom3830
  %w3832 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3831, i32 0, i32 0
  %3171 = load double, ptr %w3832, align 8
  %add3833 = fadd double %3171, %3167
  store double %add3833, ptr %w3832, align 8
  %3172 = load i32, ptr %i3778, align 4
  %and3834 = and i32 %3172, 3
  %cmp3835 = icmp eq i32 %and3834, 0
  %conv3836 = zext i1 %cmp3835 to i32
  %conv3837 = sext i32 %conv3836 to i64
  %3173 = load i64, ptr %count, align 8
  %add3838 = add nsw i64 %3173, %conv3837
  store i64 %add3838, ptr %count, align 8
  br label %for.inc3839

for.inc3839:                                      ; preds = %if.end3828
  %3174 = load i32, ptr %i3778, align 4
  %inc3840 = add nsw i32 %3174, 1
  store i32 %inc3840, ptr %i3778, align 4
  br label %for.cond3779, !llvm.loop !63

for.end3841:                                      ; preds = %for.cond3779
  store i32 0, ptr %i3842, align 4
  br label %for.cond3843

for.cond3843:                                     ; preds = %for.inc3909, %for.end3841
  %3175 = load i32, ptr %i3842, align 4
  %3176 = load i32, ptr %n.addr, align 4
  %cmp3844 = icmp slt i32 %3175, %3176
  br i1 %cmp3844, label %for.body3846, label %for.end3911

for.body3846:                                     ; preds = %for.cond3843
  %3177 = load double, ptr %b.addr, align 8
  %3178 = load ptr, ptr %y.addr, align 8
  %3179 = load i32, ptr %i3842, align 4
  %idxprom3847 = sext i32 %3179 to i64
  %arrayidx3848 = getelementptr inbounds double, ptr %3178, i64 %idxprom3847
  %3180 = load double, ptr %arrayidx3848, align 8
  %3181 = load ptr, ptr %y.addr, align 8
  %3182 = load i32, ptr %i3842, align 4
  %idxprom3850 = sext i32 %3182 to i64
  %arrayidx3851 = getelementptr inbounds double, ptr %3181, i64 %idxprom3850
  %3183 = load double, ptr %arrayidx3851, align 8
  %3184 = call double @llvm.fabs.f64(double %3183)
  %call3852 = call double @cos(double noundef %3184) #3
  %neg3853 = fneg double %call3852
  %3185 = call double @llvm.fmuladd.f64(double %3177, double %3180, double %neg3853)
  %3186 = call double @llvm.fabs.f64(double %3185)
  %call3854 = call double @sqrt(double noundef %3186) #3
  %3187 = load double, ptr %s, align 8
  %add3855 = fadd double %3187, %call3854
  store double %add3855, ptr %s, align 8
  %3188 = load double, ptr %s, align 8
  %3189 = call double @llvm.fabs.f64(double %3188)
  %call3856 = call double @exp(double noundef %3189) #3
  %3190 = call double @llvm.fabs.f64(double %call3856)
  %call3857 = call double @sqrt(double noundef %3190) #3
  %3191 = load ptr, ptr %p.addr, align 8
  %3192 = load i32, ptr %i3842, align 4
  %3193 = load i32, ptr %m.addr, align 4
  %rem3858 = srem i32 %3192, %3193
  %idxprom3859 = sext i32 %rem3858 to i64
  %arrayidx3860 = getelementptr inbounds %struct.P, ptr %3191, i64 %idxprom3859
  %w3861 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3860, i32 0, i32 0
  %3194 = load double, ptr %w3861, align 8
  %3195 = load i32, ptr %i3842, align 4
  %conv3862 = sitofp i32 %3195 to double
  %add3863 = fadd double %3194, %conv3862
  %3196 = call double @llvm.fabs.f64(double %add3863)
  %call3864 = call double @exp(double noundef %3196) #3
  %sub3865 = fsub double %call3857, %call3864
  %3197 = load double, ptr %s, align 8
  %add3866 = fadd double %3197, %sub3865
  store double %add3866, ptr %s, align 8
  %3198 = load i32, ptr %i3842, align 4
  %and3867 = and i32 %3198, 7
  %idxprom3868 = sext i32 %and3867 to i64
  %arrayidx3869 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3868
  %3199 = load double, ptr %arrayidx3869, align 8
  %3200 = load ptr, ptr %p.addr, align 8
  %3201 = load i32, ptr %i3842, align 4
  %3202 = load i32, ptr %m.addr, align 4
  %rem3870 = srem i32 %3201, %3202
  %idxprom3871 = sext i32 %rem3870 to i64
  %arrayidx3872 = getelementptr inbounds %struct.P, ptr %3200, i64 %idxprom3871
  %v3873 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3872, i32 0, i32 1
  %arrayidx3874 = getelementptr inbounds [3 x double], ptr %v3873, i64 0, i64 1
  %3203 = load double, ptr %arrayidx3874, align 8
  %mul3875 = fmul double %3199, %3203
  %3204 = call double @llvm.fabs.f64(double %mul3875)
  %call3876 = call double @log1p(double noundef %3204) #3
  %3205 = load ptr, ptr %p.addr, align 8
  %3206 = load i32, ptr %i3842, align 4
  %3207 = load i32, ptr %m.addr, align 4
  %rem3877 = srem i32 %3206, %3207
  %idxprom3878 = sext i32 %rem3877 to i64
  %arrayidx3879 = getelementptr inbounds %struct.P, ptr %3205, i64 %idxprom3878
  %w3880 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3879, i32 0, i32 0
  %3208 = load double, ptr %w3880, align 8
  %3209 = call double @llvm.fabs.f64(double %3208)
  %call3881 = call double @atan(double noundef %3209) #3
  %3210 = load ptr, ptr %x.addr, align 8
  %3211 = load i32, ptr %i3842, align 4
  %idxprom3882 = sext i32 %3211 to i64
  %arrayidx3883 = getelementptr inbounds double, ptr %3210, i64 %idxprom3882
  %3212 = load double, ptr %arrayidx3883, align 8
  %3213 = load ptr, ptr %y.addr, align 8
  %3214 = load i32, ptr %i3842, align 4
  %idxprom3884 = sext i32 %3214 to i64
  %arrayidx3885 = getelementptr inbounds double, ptr %3213, i64 %idxprom3884
  %3215 = load double, ptr %arrayidx3885, align 8
  %add3886 = fadd double %3212, %3215
  %add3887 = fadd double %call3881, %add3886
  %3216 = load double, ptr %s, align 8
  %3217 = call double @llvm.fmuladd.f64(double %call3876, double %add3887, double %3216)
  store double %3217, ptr %s, align 8
  %3218 = load double, ptr %t, align 8
  %3219 = load double, ptr %s, align 8
  %mul3890 = fmul double %3219, 5.800000e-02
  %3220 = call double @llvm.fmuladd.f64(double %3218, double 5.000000e-01, double %mul3890)
  store double %3220, ptr %t, align 8
  %3221 = load double, ptr %s, align 8
  %cmp3891 = fcmp ogt double %3221, 1.000000e+06
  br i1 %cmp3891, label %if.then3893, label %if.else3895

if.then3893:                                      ; preds = %for.body3846
  %3222 = load double, ptr %s, align 8
  %mul3894 = fmul double %3222, 5.000000e-01
  store double %mul3894, ptr %s, align 8
  br label %if.end3898

if.else3895:                                      ; preds = %for.body3846
  %3223 = load double, ptr %s, align 8
  %3224 = load ptr, ptr %y.addr, align 8
  %3225 = load i32, ptr %i3842, align 4
  %idxprom3896 = sext i32 %3225 to i64
  %arrayidx3897 = getelementptr inbounds double, ptr %3224, i64 %idxprom3896
  store double %3223, ptr %arrayidx3897, align 8
  br label %if.end3898

if.end3898:                                       ; preds = %if.else3895, %if.then3893
  %3226 = load double, ptr %t, align 8
  %3227 = load ptr, ptr %p.addr, align 8
  %3228 = load i32, ptr %i3842, align 4
  %3229 = load i32, ptr %m.addr, align 4
  %rem3899 = srem i32 %3228, %3229
  %idxprom3900 = sext i32 %rem3899 to i64
  %arrayidx3901 = getelementptr inbounds %struct.P, ptr %3227, i64 %idxprom3900
  %w3902 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3901, i32 0, i32 0
  %3230 = load double, ptr %w3902, align 8
  %add3903 = fadd double %3230, %3226
  store double %add3903, ptr %w3902, align 8
  %3231 = load i32, ptr %i3842, align 4
  %and3904 = and i32 %3231, 3
  %cmp3905 = icmp eq i32 %and3904, 0
  %conv3906 = zext i1 %cmp3905 to i32
  %conv3907 = sext i32 %conv3906 to i64
  %3232 = load i64, ptr %count, align 8
  %add3908 = add nsw i64 %3232, %conv3907
  store i64 %add3908, ptr %count, align 8
  br label %for.inc3909

for.inc3909:                                      ; preds = %if.end3898
  %3233 = load i32, ptr %i3842, align 4
  %inc3910 = add nsw i32 %3233, 1
  store i32 %inc3910, ptr %i3842, align 4
  br label %for.cond3843, !llvm.loop !64

for.end3911:                                      ; preds = %for.cond3843
  store i32 0, ptr %i3912, align 4
  br label %for.cond3913

for.cond3913:                                     ; preds = %for.inc3975, %for.end3911
  %3234 = load i32, ptr %i3912, align 4
  %3235 = load i32, ptr %n.addr, align 4
  %cmp3914 = icmp slt i32 %3234, %3235
  br i1 %cmp3914, label %for.body3916, label %for.end3977

for.body3916:                                     ; preds = %for.cond3913
  %3236 = load double, ptr %a.addr, align 8
  %3237 = call double @llvm.fabs.f64(double %3236)
  %call3917 = call double @sin(double noundef %3237) #3
  %3238 = load ptr, ptr %p.addr, align 8
  %3239 = load i32, ptr %i3912, align 4
  %3240 = load i32, ptr %m.addr, align 4
  %rem3918 = srem i32 %3239, %3240
  %idxprom3919 = sext i32 %rem3918 to i64
  %arrayidx3920 = getelementptr inbounds %struct.P, ptr %3238, i64 %idxprom3919
  %w3921 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3920, i32 0, i32 0
  %3241 = load double, ptr %w3921, align 8
  %3242 = load i32, ptr %i3912, align 4
  %and3922 = and i32 %3242, 7
  %idxprom3923 = sext i32 %and3922 to i64
  %arrayidx3924 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom3923
  %3243 = load double, ptr %arrayidx3924, align 8
  %3244 = call double @llvm.fmuladd.f64(double %3241, double %3243, double %call3917)
  %3245 = call double @llvm.fabs.f64(double %3244)
  %call3926 = call double @exp(double noundef %3245) #3
  %3246 = load double, ptr %s, align 8
  %add3927 = fadd double %3246, %call3926
  store double %add3927, ptr %s, align 8
  %3247 = load double, ptr %b.addr, align 8
  %3248 = load double, ptr %b.addr, align 8
  %sub3928 = fsub double %3247, %3248
  %3249 = call double @llvm.fabs.f64(double %sub3928)
  %call3929 = call double @sin(double noundef %3249) #3
  %3250 = load ptr, ptr %x.addr, align 8
  %3251 = load i32, ptr %i3912, align 4
  %idxprom3930 = sext i32 %3251 to i64
  %arrayidx3931 = getelementptr inbounds double, ptr %3250, i64 %idxprom3930
  %3252 = load double, ptr %arrayidx3931, align 8
  %3253 = call double @llvm.fabs.f64(double %3252)
  %call3932 = call double @log1p(double noundef %3253) #3
  %3254 = load double, ptr %t, align 8
  %3255 = call double @llvm.fabs.f64(double %3254)
  %call3933 = call double @sqrt(double noundef %3255) #3
  %add3934 = fadd double %call3932, %call3933
  %sub3935 = fsub double %call3929, %add3934
  %3256 = load double, ptr %s, align 8
  %add3936 = fadd double %3256, %sub3935
  store double %add3936, ptr %s, align 8
  %3257 = load double, ptr %b.addr, align 8
  %3258 = load double, ptr %b.addr, align 8
  %3259 = call double @llvm.fabs.f64(double %3258)
  %call3938 = call double @cos(double noundef %3259) #3
  %neg3939 = fneg double %call3938
  %3260 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %3257, double %neg3939)
  %3261 = load double, ptr %a.addr, align 8
  %3262 = call double @llvm.fabs.f64(double %3261)
  %call3940 = call double @exp(double noundef %3262) #3
  %3263 = load ptr, ptr %p.addr, align 8
  %3264 = load i32, ptr %i3912, align 4
  %3265 = load i32, ptr %m.addr, align 4
  %rem3941 = srem i32 %3264, %3265
  %idxprom3942 = sext i32 %rem3941 to i64
  %arrayidx3943 = getelementptr inbounds %struct.P, ptr %3263, i64 %idxprom3942
  %v3944 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3943, i32 0, i32 1
  %arrayidx3945 = getelementptr inbounds [3 x double], ptr %v3944, i64 0, i64 1
  %3266 = load double, ptr %arrayidx3945, align 8
  %3267 = load ptr, ptr %p.addr, align 8
  %3268 = load i32, ptr %i3912, align 4
  %3269 = load i32, ptr %m.addr, align 4
  %rem3946 = srem i32 %3268, %3269
  %idxprom3947 = sext i32 %rem3946 to i64
  %arrayidx3948 = getelementptr inbounds %struct.P, ptr %3267, i64 %idxprom3947
  %v3949 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3948, i32 0, i32 1
  %arrayidx3950 = getelementptr inbounds [3 x double], ptr %v3949, i64 0, i64 1
  %3270 = load double, ptr %arrayidx3950, align 8
  %sub3951 = fsub double %3266, %3270
  %add3952 = fadd double %call3940, %sub3951
  %sub3953 = fsub double %3260, %add3952
  %3271 = load double, ptr %s, align 8
  %add3954 = fadd double %3271, %sub3953
  store double %add3954, ptr %s, align 8
  %3272 = load double, ptr %t, align 8
  %3273 = load double, ptr %s, align 8
  %mul3956 = fmul double %3273, 5.900000e-02
  %3274 = call double @llvm.fmuladd.f64(double %3272, double 5.000000e-01, double %mul3956)
  store double %3274, ptr %t, align 8
  %3275 = load double, ptr %s, align 8
  %cmp3957 = fcmp ogt double %3275, 1.000000e+06
  br i1 %cmp3957, label %if.then3959, label %if.else3961

if.then3959:                                      ; preds = %for.body3916
  %3276 = load double, ptr %s, align 8
  %mul3960 = fmul double %3276, 5.000000e-01
  store double %mul3960, ptr %s, align 8
  br label %if.end3964

if.else3961:                                      ; preds = %for.body3916
  %3277 = load double, ptr %s, align 8
  %3278 = load ptr, ptr %y.addr, align 8
  %3279 = load i32, ptr %i3912, align 4
  %idxprom3962 = sext i32 %3279 to i64
  %arrayidx3963 = getelementptr inbounds double, ptr %3278, i64 %idxprom3962
  store double %3277, ptr %arrayidx3963, align 8
  br label %if.end3964

if.end3964:                                       ; preds = %if.else3961, %if.then3959
  %3280 = load double, ptr %t, align 8
  %3281 = load ptr, ptr %p.addr, align 8
  %3282 = load i32, ptr %i3912, align 4
  %3283 = load i32, ptr %m.addr, align 4
  %rem3965 = srem i32 %3282, %3283
  %idxprom3966 = sext i32 %rem3965 to i64
  %arrayidx3967 = getelementptr inbounds %struct.P, ptr %3281, i64 %idxprom3966
  %w3968 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3967, i32 0, i32 0
  %3284 = load double, ptr %w3968, align 8
  %add3969 = fadd double %3284, %3280
  store double %add3969, ptr %w3968, align 8
  %3285 = load i32, ptr %i3912, align 4
  %and3970 = and i32 %3285, 3
  %cmp3971 = icmp eq i32 %and3970, 0
  %conv3972 = zext i1 %cmp3971 to i32
  %conv3973 = sext i32 %conv3972 to i64
  %3286 = load i64, ptr %count, align 8
  %add3974 = add nsw i64 %3286, %conv3973
  store i64 %add3974, ptr %count, align 8
  br label %for.inc3975

for.inc3975:                                      ; preds = %if.end3964
  %3287 = load i32, ptr %i3912, align 4
  %inc3976 = add nsw i32 %3287, 1
  store i32 %inc3976, ptr %i3912, align 4
  br label %for.cond3913, !llvm.loop !65

for.end3977:                                      ; preds = %for.cond3913
  store i32 0, ptr %i3978, align 4
  br label %for.cond3979

for.cond3979:                                     ; preds = %for.inc4031, %for.end3977
  %3288 = load i32, ptr %i3978, align 4
  %3289 = load i32, ptr %n.addr, align 4
  %cmp3980 = icmp slt i32 %3288, %3289
  br i1 %cmp3980, label %for.body3982, label %for.end4033

for.body3982:                                     ; preds = %for.cond3979
  %3290 = load ptr, ptr %y.addr, align 8
  %3291 = load i32, ptr %i3978, align 4
  %idxprom3983 = sext i32 %3291 to i64
  %arrayidx3984 = getelementptr inbounds double, ptr %3290, i64 %idxprom3983
  %3292 = load double, ptr %arrayidx3984, align 8
  %3293 = call double @llvm.fabs.f64(double %3292)
  %call3985 = call double @cos(double noundef %3293) #3
  %3294 = call double @llvm.fabs.f64(double %call3985)
  %call3986 = call double @sin(double noundef %3294) #3
  %3295 = load double, ptr %b.addr, align 8
  %3296 = load ptr, ptr %x.addr, align 8
  %3297 = load i32, ptr %i3978, align 4
  %idxprom3987 = sext i32 %3297 to i64
  %arrayidx3988 = getelementptr inbounds double, ptr %3296, i64 %idxprom3987
  %3298 = load double, ptr %arrayidx3988, align 8
  %3299 = load ptr, ptr %y.addr, align 8
  %3300 = load i32, ptr %i3978, align 4
  %idxprom3990 = sext i32 %3300 to i64
  %arrayidx3991 = getelementptr inbounds double, ptr %3299, i64 %idxprom3990
  %3301 = load double, ptr %arrayidx3991, align 8
  %3302 = load ptr, ptr %p.addr, align 8
  %3303 = load i32, ptr %i3978, align 4
  %3304 = load i32, ptr %m.addr, align 4
  %rem3992 = srem i32 %3303, %3304
  %idxprom3993 = sext i32 %rem3992 to i64
  %arrayidx3994 = getelementptr inbounds %struct.P, ptr %3302, i64 %idxprom3993
  %w3995 = getelementptr inbounds nuw %struct.P, ptr %arrayidx3994, i32 0, i32 0
  %3305 = load double, ptr %w3995, align 8
  %mul3996 = fmul double %3301, %3305
  %3306 = call double @llvm.fmuladd.f64(double %3295, double %3298, double %mul3996)
  %sub3997 = fsub double %call3986, %3306
  %3307 = load double, ptr %s, align 8
  %add3998 = fadd double %3307, %sub3997
  store double %add3998, ptr %s, align 8
  %3308 = load double, ptr %t, align 8
  %3309 = load double, ptr %t, align 8
  %mul3999 = fmul double %3308, %3309
  %3310 = call double @llvm.fabs.f64(double %mul3999)
  %call4000 = call double @sqrt(double noundef %3310) #3
  %3311 = call double @llvm.fabs.f64(double %call4000)
  %call4001 = call double @cos(double noundef %3311) #3
  %3312 = load double, ptr %s, align 8
  %add4002 = fadd double %3312, %call4001
  store double %add4002, ptr %s, align 8
  %3313 = load double, ptr %a.addr, align 8
  %3314 = load i32, ptr %i3978, align 4
  %and4003 = and i32 %3314, 7
  %idxprom4004 = sext i32 %and4003 to i64
  %arrayidx4005 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4004
  %3315 = load double, ptr %arrayidx4005, align 8
  %sub4006 = fsub double %3313, %3315
  %3316 = load double, ptr %b.addr, align 8
  %3317 = load double, ptr %s, align 8
  %sub4007 = fsub double %3316, %3317
  %add4008 = fadd double %sub4006, %sub4007
  %3318 = call double @llvm.fabs.f64(double %add4008)
  %call4009 = call double @sin(double noundef %3318) #3
  %3319 = load double, ptr %s, align 8
  %add4010 = fadd double %3319, %call4009
  store double %add4010, ptr %s, align 8
  %3320 = load double, ptr %t, align 8
  %3321 = load double, ptr %s, align 8
  %mul4012 = fmul double %3321, 6.000000e-02
  %3322 = call double @llvm.fmuladd.f64(double %3320, double 5.000000e-01, double %mul4012)
  store double %3322, ptr %t, align 8
  %3323 = load double, ptr %s, align 8
  %cmp4013 = fcmp ogt double %3323, 1.000000e+06
  br i1 %cmp4013, label %if.then4015, label %if.else4017

if.then4015:                                      ; preds = %for.body3982
  %3324 = load double, ptr %s, align 8
  %mul4016 = fmul double %3324, 5.000000e-01
  store double %mul4016, ptr %s, align 8
  br label %if.end4020

if.else4017:                                      ; preds = %for.body3982
  %3325 = load double, ptr %s, align 8
  %3326 = load ptr, ptr %y.addr, align 8
  %3327 = load i32, ptr %i3978, align 4
  %idxprom4018 = sext i32 %3327 to i64
  %arrayidx4019 = getelementptr inbounds double, ptr %3326, i64 %idxprom4018
  store double %3325, ptr %arrayidx4019, align 8
  br label %if.end4020

if.end4020:                                       ; preds = %if.else4017, %if.then4015
  %3328 = load double, ptr %t, align 8
  %3329 = load ptr, ptr %p.addr, align 8
  %3330 = load i32, ptr %i3978, align 4
  %3331 = load i32, ptr %m.addr, align 4
  %rem4021 = srem i32 %3330, %3331
  %idxprom4022 = sext i32 %rem4021 to i64
  %arrayidx4023 = getelementptr inbounds %struct.P, ptr %3329, i64 %idxprom4022
  %w4024 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4023, i32 0, i32 0
  %3332 = load double, ptr %w4024, align 8
  %add4025 = fadd double %3332, %3328
  store double %add4025, ptr %w4024, align 8
  %3333 = load i32, ptr %i3978, align 4
  %and4026 = and i32 %3333, 3
  %cmp4027 = icmp eq i32 %and4026, 0
  %conv4028 = zext i1 %cmp4027 to i32
  %conv4029 = sext i32 %conv4028 to i64
  %3334 = load i64, ptr %count, align 8
  %add4030 = add nsw i64 %3334, %conv4029
  store i64 %add4030, ptr %count, align 8
  br label %for.inc4031

for.inc4031:                                      ; preds = %if.end4020
  %3335 = load i32, ptr %i3978, align 4
  %inc4032 = add nsw i32 %3335, 1
  store i32 %inc4032, ptr %i3978, align 4
  br label %for.cond3979, !llvm.loop !66

for.end4033:                                      ; preds = %for.cond3979
  store i32 0, ptr %i4034, align 4
  br label %for.cond4035

for.cond4035:                                     ; preds = %for.inc4105, %for.end4033
  %3336 = load i32, ptr %i4034, align 4
  %3337 = load i32, ptr %n.addr, align 4
  %cmp4036 = icmp slt i32 %3336, %3337
  br i1 %cmp4036, label %for.body4038, label %for.end4107

for.body4038:                                     ; preds = %for.cond4035
  %3338 = load ptr, ptr %x.addr, align 8
  %3339 = load i32, ptr %i4034, align 4
  %idxprom4039 = sext i32 %3339 to i64
  %arrayidx4040 = getelementptr inbounds double, ptr %3338, i64 %idxprom4039
  %3340 = load double, ptr %arrayidx4040, align 8
  %3341 = call double @llvm.fabs.f64(double %3340)
  %call4041 = call double @atan(double noundef %3341) #3
  %3342 = load i32, ptr %i4034, align 4
  %conv4042 = sitofp i32 %3342 to double
  %3343 = load i32, ptr %i4034, align 4
  %conv4043 = sitofp i32 %3343 to double
  %add4044 = fadd double %conv4042, %conv4043
  %add4045 = fadd double %call4041, %add4044
  %3344 = load double, ptr %b.addr, align 8
  %3345 = call double @llvm.fabs.f64(double %3344)
  %call4046 = call double @log1p(double noundef %3345) #3
  %3346 = call double @llvm.fabs.f64(double %call4046)
  %call4047 = call double @cos(double noundef %3346) #3
  %add4048 = fadd double %add4045, %call4047
  %3347 = load double, ptr %s, align 8
  %add4049 = fadd double %3347, %add4048
  store double %add4049, ptr %s, align 8
  %3348 = load double, ptr %a.addr, align 8
  %3349 = load double, ptr %t, align 8
  %3350 = load i32, ptr %i4034, align 4
  %and4051 = and i32 %3350, 7
  %idxprom4052 = sext i32 %and4051 to i64
  %arrayidx4053 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4052
  %3351 = load double, ptr %arrayidx4053, align 8
  %3352 = call double @llvm.fabs.f64(double %3351)
  %call4054 = call double @cos(double noundef %3352) #3
  %3353 = call double @llvm.fmuladd.f64(double %3348, double %3349, double %call4054)
  %3354 = load i32, ptr %i4034, align 4
  %and4055 = and i32 %3354, 7
  %idxprom4056 = sext i32 %and4055 to i64
  %arrayidx4057 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4056
  %3355 = load double, ptr %arrayidx4057, align 8
  %3356 = load double, ptr %t, align 8
  %sub4058 = fsub double %3355, %3356
  %3357 = load double, ptr %s, align 8
  %3358 = load ptr, ptr %y.addr, align 8
  %3359 = load i32, ptr %i4034, align 4
  %idxprom4059 = sext i32 %3359 to i64
  %arrayidx4060 = getelementptr inbounds double, ptr %3358, i64 %idxprom4059
  %3360 = load double, ptr %arrayidx4060, align 8
  %add4061 = fadd double %3357, %3360
  %sub4062 = fsub double %sub4058, %add4061
  %add4063 = fadd double %3353, %sub4062
  %3361 = load double, ptr %s, align 8
  %add4064 = fadd double %3361, %add4063
  store double %add4064, ptr %s, align 8
  %3362 = load ptr, ptr %y.addr, align 8
  %3363 = load i32, ptr %i4034, align 4
  %idxprom4065 = sext i32 %3363 to i64
  %arrayidx4066 = getelementptr inbounds double, ptr %3362, i64 %idxprom4065
  %3364 = load double, ptr %arrayidx4066, align 8
  %3365 = load double, ptr %t, align 8
  %sub4067 = fsub double %3364, %3365
  %3366 = load double, ptr %s, align 8
  %3367 = load ptr, ptr %p.addr, align 8
  %3368 = load i32, ptr %i4034, align 4
  %3369 = load i32, ptr %m.addr, align 4
  %rem4068 = srem i32 %3368, %3369
  %idxprom4069 = sext i32 %rem4068 to i64
  %arrayidx4070 = getelementptr inbounds %struct.P, ptr %3367, i64 %idxprom4069
  %w4071 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4070, i32 0, i32 0
  %3370 = load double, ptr %w4071, align 8
  %3371 = call double @llvm.fmuladd.f64(double %3366, double %3370, double %sub4067)
  %3372 = load ptr, ptr %p.addr, align 8
  %3373 = load i32, ptr %i4034, align 4
  %3374 = load i32, ptr %m.addr, align 4
  %rem4073 = srem i32 %3373, %3374
  %idxprom4074 = sext i32 %rem4073 to i64
  %arrayidx4075 = getelementptr inbounds %struct.P, ptr %3372, i64 %idxprom4074
  %w4076 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4075, i32 0, i32 0
  %3375 = load double, ptr %w4076, align 8
  %3376 = load ptr, ptr %y.addr, align 8
  %3377 = load i32, ptr %i4034, align 4
  %idxprom4077 = sext i32 %3377 to i64
  %arrayidx4078 = getelementptr inbounds double, ptr %3376, i64 %idxprom4077
  %3378 = load double, ptr %arrayidx4078, align 8
  %sub4079 = fsub double %3375, %3378
  %3379 = load ptr, ptr %x.addr, align 8
  %3380 = load i32, ptr %i4034, align 4
  %idxprom4080 = sext i32 %3380 to i64
  %arrayidx4081 = getelementptr inbounds double, ptr %3379, i64 %idxprom4080
  %3381 = load double, ptr %arrayidx4081, align 8
  %3382 = load double, ptr %s, align 8
  %add4082 = fadd double %3381, %3382
  %add4083 = fadd double %sub4079, %add4082
  %3383 = load double, ptr %s, align 8
  %3384 = call double @llvm.fmuladd.f64(double %3371, double %add4083, double %3383)
  store double %3384, ptr %s, align 8
  %3385 = load double, ptr %t, align 8
  %3386 = load double, ptr %s, align 8
  %mul4086 = fmul double %3386, 6.100000e-02
  %3387 = call double @llvm.fmuladd.f64(double %3385, double 5.000000e-01, double %mul4086)
  store double %3387, ptr %t, align 8
  %3388 = load double, ptr %s, align 8
  %cmp4087 = fcmp ogt double %3388, 1.000000e+06
  br i1 %cmp4087, label %if.then4089, label %if.else4091

if.then4089:                                      ; preds = %for.body4038
  %3389 = load double, ptr %s, align 8
  %mul4090 = fmul double %3389, 5.000000e-01
  store double %mul4090, ptr %s, align 8
  br label %if.end4094

if.else4091:                                      ; preds = %for.body4038
  %3390 = load double, ptr %s, align 8
  %3391 = load ptr, ptr %y.addr, align 8
  %3392 = load i32, ptr %i4034, align 4
  %idxprom4092 = sext i32 %3392 to i64
  %arrayidx4093 = getelementptr inbounds double, ptr %3391, i64 %idxprom4092
  store double %3390, ptr %arrayidx4093, align 8
  br label %if.end4094

if.end4094:                                       ; preds = %if.else4091, %if.then4089
  %3393 = load double, ptr %t, align 8
  %3394 = load ptr, ptr %p.addr, align 8
  %3395 = load i32, ptr %i4034, align 4
  %3396 = load i32, ptr %m.addr, align 4
  %rem4095 = srem i32 %3395, %3396
  %idxprom4096 = sext i32 %rem4095 to i64
  %arrayidx4097 = getelementptr inbounds %struct.P, ptr %3394, i64 %idxprom4096
  %w4098 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4097, i32 0, i32 0
  %3397 = load double, ptr %w4098, align 8
  %add4099 = fadd double %3397, %3393
  store double %add4099, ptr %w4098, align 8
  %3398 = load i32, ptr %i4034, align 4
  %and4100 = and i32 %3398, 3
  %cmp4101 = icmp eq i32 %and4100, 0
  %conv4102 = zext i1 %cmp4101 to i32
  %conv4103 = sext i32 %conv4102 to i64
  %3399 = load i64, ptr %count, align 8
  %add4104 = add nsw i64 %3399, %conv4103
  store i64 %add4104, ptr %count, align 8
  br label %for.inc4105

for.inc4105:                                      ; preds = %if.end4094
  %3400 = load i32, ptr %i4034, align 4
  %inc4106 = add nsw i32 %3400, 1
  store i32 %inc4106, ptr %i4034, align 4
  br label %for.cond4035, !llvm.loop !67

for.end4107:                                      ; preds = %for.cond4035
  store i32 0, ptr %i4108, align 4
  br label %for.cond4109

for.cond4109:                                     ; preds = %for.inc4171, %for.end4107
  %3401 = load i32, ptr %i4108, align 4
  %3402 = load i32, ptr %n.addr, align 4
  %cmp4110 = icmp slt i32 %3401, %3402
  br i1 %cmp4110, label %for.body4112, label %for.end4173

for.body4112:                                     ; preds = %for.cond4109
  %3403 = load double, ptr %a.addr, align 8
  %3404 = load double, ptr %t, align 8
  %add4113 = fadd double %3403, %3404
  %3405 = load double, ptr %s, align 8
  %3406 = load ptr, ptr %p.addr, align 8
  %3407 = load i32, ptr %i4108, align 4
  %3408 = load i32, ptr %m.addr, align 4
  %rem4114 = srem i32 %3407, %3408
  %idxprom4115 = sext i32 %rem4114 to i64
  %arrayidx4116 = getelementptr inbounds %struct.P, ptr %3406, i64 %idxprom4115
  %v4117 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4116, i32 0, i32 1
  %arrayidx4118 = getelementptr inbounds [3 x double], ptr %v4117, i64 0, i64 1
  %3409 = load double, ptr %arrayidx4118, align 8
  %sub4119 = fsub double %3405, %3409
  %3410 = load ptr, ptr %x.addr, align 8
  %3411 = load i32, ptr %i4108, align 4
  %idxprom4121 = sext i32 %3411 to i64
  %arrayidx4122 = getelementptr inbounds double, ptr %3410, i64 %idxprom4121
  %3412 = load double, ptr %arrayidx4122, align 8
  %sub4123 = fsub double 1.500000e+00, %3412
  %3413 = load i32, ptr %i4108, align 4
  %and4124 = and i32 %3413, 7
  %idxprom4125 = sext i32 %and4124 to i64
  %arrayidx4126 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4125
  %3414 = load double, ptr %arrayidx4126, align 8
  %3415 = call double @llvm.fabs.f64(double %3414)
  %call4127 = call double @log1p(double noundef %3415) #3
  %add4128 = fadd double %sub4123, %call4127
  %neg4129 = fneg double %add4128
  %3416 = call double @llvm.fmuladd.f64(double %add4113, double %sub4119, double %neg4129)
  %3417 = load double, ptr %s, align 8
  %add4130 = fadd double %3417, %3416
  store double %add4130, ptr %s, align 8
  %3418 = load double, ptr %s, align 8
  %3419 = load ptr, ptr %x.addr, align 8
  %3420 = load i32, ptr %i4108, align 4
  %idxprom4131 = sext i32 %3420 to i64
  %arrayidx4132 = getelementptr inbounds double, ptr %3419, i64 %idxprom4131
  %3421 = load double, ptr %arrayidx4132, align 8
  %add4133 = fadd double %3418, %3421
  %3422 = load double, ptr %b.addr, align 8
  %3423 = load ptr, ptr %x.addr, align 8
  %3424 = load i32, ptr %i4108, align 4
  %idxprom4134 = sext i32 %3424 to i64
  %arrayidx4135 = getelementptr inbounds double, ptr %3423, i64 %idxprom4134
  %3425 = load double, ptr %arrayidx4135, align 8
  %add4136 = fadd double %3422, %3425
  %add4137 = fadd double %add4133, %add4136
  %3426 = call double @llvm.fabs.f64(double %add4137)
  %call4138 = call double @atan(double noundef %3426) #3
  %3427 = load double, ptr %s, align 8
  %add4139 = fadd double %3427, %call4138
  store double %add4139, ptr %s, align 8
  %3428 = load ptr, ptr %y.addr, align 8
  %3429 = load i32, ptr %i4108, align 4
  %idxprom4140 = sext i32 %3429 to i64
  %arrayidx4141 = getelementptr inbounds double, ptr %3428, i64 %idxprom4140
  %3430 = load double, ptr %arrayidx4141, align 8
  %3431 = load ptr, ptr %x.addr, align 8
  %3432 = load i32, ptr %i4108, align 4
  %idxprom4142 = sext i32 %3432 to i64
  %arrayidx4143 = getelementptr inbounds double, ptr %3431, i64 %idxprom4142
  %3433 = load double, ptr %arrayidx4143, align 8
  %sub4144 = fsub double %3430, %3433
  %3434 = load double, ptr %a.addr, align 8
  %3435 = load ptr, ptr %x.addr, align 8
  %3436 = load i32, ptr %i4108, align 4
  %idxprom4145 = sext i32 %3436 to i64
  %arrayidx4146 = getelementptr inbounds double, ptr %3435, i64 %idxprom4145
  %3437 = load double, ptr %arrayidx4146, align 8
  %sub4147 = fsub double %3434, %3437
  %add4148 = fadd double %sub4144, %sub4147
  %3438 = call double @llvm.fabs.f64(double %add4148)
  %call4149 = call double @atan(double noundef %3438) #3
  %3439 = load double, ptr %s, align 8
  %add4150 = fadd double %3439, %call4149
  store double %add4150, ptr %s, align 8
  %3440 = load double, ptr %t, align 8
  %3441 = load double, ptr %s, align 8
  %mul4152 = fmul double %3441, 6.200000e-02
  %3442 = call double @llvm.fmuladd.f64(double %3440, double 5.000000e-01, double %mul4152)
  store double %3442, ptr %t, align 8
  %3443 = load double, ptr %s, align 8
  %cmp4153 = fcmp ogt double %3443, 1.000000e+06
  br i1 %cmp4153, label %if.then4155, label %if.else4157

if.then4155:                                      ; preds = %for.body4112
  %3444 = load double, ptr %s, align 8
  %mul4156 = fmul double %3444, 5.000000e-01
  store double %mul4156, ptr %s, align 8
  br label %if.end4160

if.else4157:                                      ; preds = %for.body4112
  %3445 = load double, ptr %s, align 8
  %3446 = load ptr, ptr %y.addr, align 8
  %3447 = load i32, ptr %i4108, align 4
  %idxprom4158 = sext i32 %3447 to i64
  %arrayidx4159 = getelementptr inbounds double, ptr %3446, i64 %idxprom4158
  store double %3445, ptr %arrayidx4159, align 8
  br label %if.end4160

if.end4160:                                       ; preds = %if.else4157, %if.then4155
  %3448 = load double, ptr %t, align 8
  %3449 = load ptr, ptr %p.addr, align 8
  %3450 = load i32, ptr %i4108, align 4
  %3451 = load i32, ptr %m.addr, align 4
  %rem4161 = srem i32 %3450, %3451
  %idxprom4162 = sext i32 %rem4161 to i64
  %arrayidx4163 = getelementptr inbounds %struct.P, ptr %3449, i64 %idxprom4162
  %w4164 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4163, i32 0, i32 0
  %3452 = load double, ptr %w4164, align 8
  %add4165 = fadd double %3452, %3448
  store double %add4165, ptr %w4164, align 8
  %3453 = load i32, ptr %i4108, align 4
  %and4166 = and i32 %3453, 3
  %cmp4167 = icmp eq i32 %and4166, 0
  %conv4168 = zext i1 %cmp4167 to i32
  %conv4169 = sext i32 %conv4168 to i64
  %3454 = load i64, ptr %count, align 8
  %add4170 = add nsw i64 %3454, %conv4169
  store i64 %add4170, ptr %count, align 8
  br label %for.inc4171

for.inc4171:                                      ; preds = %if.end4160
  %3455 = load i32, ptr %i4108, align 4
  %inc4172 = add nsw i32 %3455, 1
  store i32 %inc4172, ptr %i4108, align 4
  br label %for.cond4109, !llvm.loop !68

for.end4173:                                      ; preds = %for.cond4109
  store i32 0, ptr %i4174, align 4
  br label %for.cond4175

for.cond4175:                                     ; preds = %for.inc4266, %for.end4173
  %3456 = load i32, ptr %i4174, align 4
  %3457 = load i32, ptr %n.addr, align 4
  %cmp4176 = icmp slt i32 %3456, %3457
  br i1 %cmp4176, label %for.body4178, label %for.end4268

for.body4178:                                     ; preds = %for.cond4175
  %3458 = load ptr, ptr %p.addr, align 8
  %3459 = load i32, ptr %i4174, align 4
  %3460 = load i32, ptr %m.addr, align 4
  %rem4179 = srem i32 %3459, %3460
  %idxprom4180 = sext i32 %rem4179 to i64
  %arrayidx4181 = getelementptr inbounds %struct.P, ptr %3458, i64 %idxprom4180
  %v4182 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4181, i32 0, i32 1
  %arrayidx4183 = getelementptr inbounds [3 x double], ptr %v4182, i64 0, i64 1
  %3461 = load double, ptr %arrayidx4183, align 8
  %sub4184 = fsub double 1.500000e+00, %3461
  %3462 = load double, ptr %t, align 8
  %3463 = load ptr, ptr %p.addr, align 8
  %3464 = load i32, ptr %i4174, align 4
  %3465 = load i32, ptr %m.addr, align 4
  %rem4185 = srem i32 %3464, %3465
  %idxprom4186 = sext i32 %rem4185 to i64
  %arrayidx4187 = getelementptr inbounds %struct.P, ptr %3463, i64 %idxprom4186
  %v4188 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4187, i32 0, i32 1
  %arrayidx4189 = getelementptr inbounds [3 x double], ptr %v4188, i64 0, i64 1
  %3466 = load double, ptr %arrayidx4189, align 8
  %add4190 = fadd double %3462, %3466
  %mul4191 = fmul double %sub4184, %add4190
  %3467 = load ptr, ptr %p.addr, align 8
  %3468 = load i32, ptr %i4174, align 4
  %3469 = load i32, ptr %m.addr, align 4
  %rem4192 = srem i32 %3468, %3469
  %idxprom4193 = sext i32 %rem4192 to i64
  %arrayidx4194 = getelementptr inbounds %struct.P, ptr %3467, i64 %idxprom4193
  %v4195 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4194, i32 0, i32 1
  %arrayidx4196 = getelementptr inbounds [3 x double], ptr %v4195, i64 0, i64 1
  %3470 = load double, ptr %arrayidx4196, align 8
  %3471 = load double, ptr %s, align 8
  %sub4197 = fsub double %3470, %3471
  %3472 = load i32, ptr %i4174, align 4
  %and4198 = and i32 %3472, 7
  %idxprom4199 = sext i32 %and4198 to i64
  %arrayidx4200 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4199
  %3473 = load double, ptr %arrayidx4200, align 8
  %add4201 = fadd double 1.500000e+00, %3473
  %sub4202 = fsub double %sub4197, %add4201
  %3474 = load double, ptr %s, align 8
  %3475 = call double @llvm.fmuladd.f64(double %mul4191, double %sub4202, double %3474)
  store double %3475, ptr %s, align 8
  %3476 = load double, ptr %a.addr, align 8
  %3477 = load ptr, ptr %p.addr, align 8
  %3478 = load i32, ptr %i4174, align 4
  %3479 = load i32, ptr %m.addr, align 4
  %rem4204 = srem i32 %3478, %3479
  %idxprom4205 = sext i32 %rem4204 to i64
  %arrayidx4206 = getelementptr inbounds %struct.P, ptr %3477, i64 %idxprom4205
  %w4207 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4206, i32 0, i32 0
  %3480 = load double, ptr %w4207, align 8
  %sub4208 = fsub double %3476, %3480
  %3481 = load double, ptr %s, align 8
  %3482 = load double, ptr %t, align 8
  %add4209 = fadd double %3481, %3482
  %3483 = load double, ptr %t, align 8
  %3484 = load i32, ptr %i4174, align 4
  %and4211 = and i32 %3484, 7
  %idxprom4212 = sext i32 %and4211 to i64
  %arrayidx4213 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4212
  %3485 = load double, ptr %arrayidx4213, align 8
  %sub4214 = fsub double %3483, %3485
  %3486 = load ptr, ptr %x.addr, align 8
  %3487 = load i32, ptr %i4174, align 4
  %idxprom4215 = sext i32 %3487 to i64
  %arrayidx4216 = getelementptr inbounds double, ptr %3486, i64 %idxprom4215
  %3488 = load double, ptr %arrayidx4216, align 8
  %sub4217 = fsub double %3488, 1.500000e+00
  %add4218 = fadd double %sub4214, %sub4217
  %3489 = call double @llvm.fmuladd.f64(double %sub4208, double %add4209, double %add4218)
  %3490 = load double, ptr %s, align 8
  %add4219 = fadd double %3490, %3489
  store double %add4219, ptr %s, align 8
  %3491 = load ptr, ptr %p.addr, align 8
  %3492 = load i32, ptr %i4174, align 4
  %3493 = load i32, ptr %m.addr, align 4
  %rem4220 = srem i32 %3492, %3493
  %idxprom4221 = sext i32 %rem4220 to i64
  %arrayidx4222 = getelementptr inbounds %struct.P, ptr %3491, i64 %idxprom4221
  %w4223 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4222, i32 0, i32 0
  %3494 = load double, ptr %w4223, align 8
  %3495 = load i32, ptr %i4174, align 4
  %conv4224 = sitofp i32 %3495 to double
  %mul4225 = fmul double %3494, %conv4224
  %3496 = load i32, ptr %i4174, align 4
  %conv4226 = sitofp i32 %3496 to double
  %3497 = call double @llvm.fabs.f64(double %conv4226)
  %call4227 = call double @log1p(double noundef %3497) #3
  %3498 = load ptr, ptr %p.addr, align 8
  %3499 = load i32, ptr %i4174, align 4
  %3500 = load i32, ptr %m.addr, align 4
  %rem4229 = srem i32 %3499, %3500
  %idxprom4230 = sext i32 %rem4229 to i64
  %arrayidx4231 = getelementptr inbounds %struct.P, ptr %3498, i64 %idxprom4230
  %v4232 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4231, i32 0, i32 1
  %arrayidx4233 = getelementptr inbounds [3 x double], ptr %v4232, i64 0, i64 1
  %3501 = load double, ptr %arrayidx4233, align 8
  %3502 = load ptr, ptr %x.addr, align 8
  %3503 = load i32, ptr %i4174, align 4
  %idxprom4234 = sext i32 %3503 to i64
  %arrayidx4235 = getelementptr inbounds double, ptr %3502, i64 %idxprom4234
  %3504 = load double, ptr %arrayidx4235, align 8
  %sub4236 = fsub double %3501, %3504
  %3505 = load i32, ptr %i4174, align 4
  %and4237 = and i32 %3505, 7
  %idxprom4238 = sext i32 %and4237 to i64
  %arrayidx4239 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4238
  %3506 = load double, ptr %arrayidx4239, align 8
  %3507 = load ptr, ptr %x.addr, align 8
  %3508 = load i32, ptr %i4174, align 4
  %idxprom4240 = sext i32 %3508 to i64
  %arrayidx4241 = getelementptr inbounds double, ptr %3507, i64 %idxprom4240
  %3509 = load double, ptr %arrayidx4241, align 8
  %sub4242 = fsub double %3506, %3509
  %add4243 = fadd double %sub4236, %sub4242
  %neg4244 = fneg double %add4243
  %3510 = call double @llvm.fmuladd.f64(double %mul4225, double %call4227, double %neg4244)
  %3511 = load double, ptr %s, align 8
  %add4245 = fadd double %3511, %3510
  store double %add4245, ptr %s, align 8
  %3512 = load double, ptr %t, align 8
  %3513 = load double, ptr %s, align 8
  %mul4247 = fmul double %3513, 6.300000e-02
  %3514 = call double @llvm.fmuladd.f64(double %3512, double 5.000000e-01, double %mul4247)
  store double %3514, ptr %t, align 8
  %3515 = load double, ptr %s, align 8
  %cmp4248 = fcmp ogt double %3515, 1.000000e+06
  br i1 %cmp4248, label %if.then4250, label %if.else4252

if.then4250:                                      ; preds = %for.body4178
  %3516 = load double, ptr %s, align 8
  %mul4251 = fmul double %3516, 5.000000e-01
  store double %mul4251, ptr %s, align 8
  br label %if.end4255

if.else4252:                                      ; preds = %for.body4178
  %3517 = load double, ptr %s, align 8
  %3518 = load ptr, ptr %y.addr, align 8
  %3519 = load i32, ptr %i4174, align 4
  %idxprom4253 = sext i32 %3519 to i64
  %arrayidx4254 = getelementptr inbounds double, ptr %3518, i64 %idxprom4253
  store double %3517, ptr %arrayidx4254, align 8
  br label %if.end4255

if.end4255:                                       ; preds = %if.else4252, %if.then4250
  %3520 = load double, ptr %t, align 8
  %3521 = load ptr, ptr %p.addr, align 8
  %3522 = load i32, ptr %i4174, align 4
  %3523 = load i32, ptr %m.addr, align 4
  %rem4256 = srem i32 %3522, %3523
  %idxprom4257 = sext i32 %rem4256 to i64
  %arrayidx4258 = getelementptr inbounds %struct.P, ptr %3521, i64 %idxprom4257
  %w4259 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4258, i32 0, i32 0
  %3524 = load double, ptr %w4259, align 8
  %add4260 = fadd double %3524, %3520
  store double %add4260, ptr %w4259, align 8
  %3525 = load i32, ptr %i4174, align 4
  %and4261 = and i32 %3525, 3
  %cmp4262 = icmp eq i32 %and4261, 0
  %conv4263 = zext i1 %cmp4262 to i32
  %conv4264 = sext i32 %conv4263 to i64
  %3526 = load i64, ptr %count, align 8
  %add4265 = add nsw i64 %3526, %conv4264
  store i64 %add4265, ptr %count, align 8
  br label %for.inc4266

for.inc4266:                                      ; preds = %if.end4255
  %3527 = load i32, ptr %i4174, align 4
  %inc4267 = add nsw i32 %3527, 1
  store i32 %inc4267, ptr %i4174, align 4
  br label %for.cond4175, !llvm.loop !69

for.end4268:                                      ; preds = %for.cond4175
  store i32 0, ptr %i4269, align 4
  br label %for.cond4270

for.cond4270:                                     ; preds = %for.inc4332, %for.end4268
  %3528 = load i32, ptr %i4269, align 4
  %3529 = load i32, ptr %n.addr, align 4
  %cmp4271 = icmp slt i32 %3528, %3529
  br i1 %cmp4271, label %for.body4273, label %for.end4334

for.body4273:                                     ; preds = %for.cond4270
  %3530 = load ptr, ptr %x.addr, align 8
  %3531 = load i32, ptr %i4269, align 4
  %idxprom4274 = sext i32 %3531 to i64
  %arrayidx4275 = getelementptr inbounds double, ptr %3530, i64 %idxprom4274
  %3532 = load double, ptr %arrayidx4275, align 8
  %3533 = call double @llvm.fabs.f64(double %3532)
  %call4276 = call double @log1p(double noundef %3533) #3
  %3534 = load double, ptr %b.addr, align 8
  %3535 = call double @llvm.fabs.f64(double %3534)
  %call4277 = call double @sin(double noundef %3535) #3
  %add4278 = fadd double %call4276, %call4277
  %3536 = load double, ptr %s, align 8
  %3537 = load i32, ptr %i4269, align 4
  %and4279 = and i32 %3537, 7
  %idxprom4280 = sext i32 %and4279 to i64
  %arrayidx4281 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4280
  %3538 = load double, ptr %arrayidx4281, align 8
  %add4282 = fadd double %3536, %3538
  %3539 = load ptr, ptr %p.addr, align 8
  %3540 = load i32, ptr %i4269, align 4
  %3541 = load i32, ptr %m.addr, align 4
  %rem4283 = srem i32 %3540, %3541
  %idxprom4284 = sext i32 %rem4283 to i64
  %arrayidx4285 = getelementptr inbounds %struct.P, ptr %3539, i64 %idxprom4284
  %w4286 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4285, i32 0, i32 0
  %3542 = load double, ptr %w4286, align 8
  %3543 = call double @llvm.fabs.f64(double %3542)
  %call4287 = call double @exp(double noundef %3543) #3
  %mul4288 = fmul double %add4282, %call4287
  %3544 = load double, ptr %s, align 8
  %3545 = call double @llvm.fmuladd.f64(double %add4278, double %mul4288, double %3544)
  store double %3545, ptr %s, align 8
  %3546 = load double, ptr %s, align 8
  %3547 = load i32, ptr %i4269, align 4
  %and4290 = and i32 %3547, 7
  %idxprom4291 = sext i32 %and4290 to i64
  %arrayidx4292 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4291
  %3548 = load double, ptr %arrayidx4292, align 8
  %sub4293 = fsub double %3546, %3548
  %3549 = load double, ptr %b.addr, align 8
  %3550 = load double, ptr %b.addr, align 8
  %mul4294 = fmul double %3549, %3550
  %mul4295 = fmul double %sub4293, %mul4294
  %3551 = call double @llvm.fabs.f64(double %mul4295)
  %call4296 = call double @sin(double noundef %3551) #3
  %3552 = load double, ptr %s, align 8
  %add4297 = fadd double %3552, %call4296
  store double %add4297, ptr %s, align 8
  %3553 = load double, ptr %a.addr, align 8
  %3554 = call double @llvm.fabs.f64(double %3553)
  %call4298 = call double @tanh(double noundef %3554) #3
  %3555 = load double, ptr %s, align 8
  %3556 = call double @llvm.fabs.f64(double %3555)
  %call4299 = call double @tanh(double noundef %3556) #3
  %3557 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call4301 = call double @atan(double noundef %3557) #3
  %3558 = load ptr, ptr %x.addr, align 8
  %3559 = load i32, ptr %i4269, align 4
  %idxprom4302 = sext i32 %3559 to i64
  %arrayidx4303 = getelementptr inbounds double, ptr %3558, i64 %idxprom4302
  %3560 = load double, ptr %arrayidx4303, align 8
  %3561 = load ptr, ptr %p.addr, align 8
  %3562 = load i32, ptr %i4269, align 4
  %3563 = load i32, ptr %m.addr, align 4
  %rem4304 = srem i32 %3562, %3563
  %idxprom4305 = sext i32 %rem4304 to i64
  %arrayidx4306 = getelementptr inbounds %struct.P, ptr %3561, i64 %idxprom4305
  %w4307 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4306, i32 0, i32 0
  %3564 = load double, ptr %w4307, align 8
  %add4308 = fadd double %3560, %3564
  %sub4309 = fsub double %call4301, %add4308
  %neg4310 = fneg double %sub4309
  %3565 = call double @llvm.fmuladd.f64(double %call4298, double %call4299, double %neg4310)
  %3566 = load double, ptr %s, align 8
  %add4311 = fadd double %3566, %3565
  store double %add4311, ptr %s, align 8
  %3567 = load double, ptr %t, align 8
  %3568 = load double, ptr %s, align 8
  %mul4313 = fmul double %3568, 6.400000e-02
  %3569 = call double @llvm.fmuladd.f64(double %3567, double 5.000000e-01, double %mul4313)
  store double %3569, ptr %t, align 8
  %3570 = load double, ptr %s, align 8
  %cmp4314 = fcmp ogt double %3570, 1.000000e+06
  br i1 %cmp4314, label %if.then4316, label %if.else4318

if.then4316:                                      ; preds = %for.body4273
  %3571 = load double, ptr %s, align 8
  %mul4317 = fmul double %3571, 5.000000e-01
  store double %mul4317, ptr %s, align 8
  br label %if.end4321

if.else4318:                                      ; preds = %for.body4273
  %3572 = load double, ptr %s, align 8
  %3573 = load ptr, ptr %y.addr, align 8
  %3574 = load i32, ptr %i4269, align 4
  %idxprom4319 = sext i32 %3574 to i64
  %arrayidx4320 = getelementptr inbounds double, ptr %3573, i64 %idxprom4319
  store double %3572, ptr %arrayidx4320, align 8
  br label %if.end4321

if.end4321:                                       ; preds = %if.else4318, %if.then4316
  %3575 = load double, ptr %t, align 8
  %3576 = load ptr, ptr %p.addr, align 8
  %3577 = load i32, ptr %i4269, align 4
  %3578 = load i32, ptr %m.addr, align 4
  %rem4322 = srem i32 %3577, %3578
  %idxprom4323 = sext i32 %rem4322 to i64
  %arrayidx4324 = getelementptr inbounds %struct.P, ptr %3576, i64 %idxprom4323
  %w4325 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4324, i32 0, i32 0
  %3579 = load double, ptr %w4325, align 8
  %add4326 = fadd double %3579, %3575
  store double %add4326, ptr %w4325, align 8
  %3580 = load i32, ptr %i4269, align 4
  %and4327 = and i32 %3580, 3
  %cmp4328 = icmp eq i32 %and4327, 0
  %conv4329 = zext i1 %cmp4328 to i32
  %conv4330 = sext i32 %conv4329 to i64
  %3581 = load i64, ptr %count, align 8
  %add4331 = add nsw i64 %3581, %conv4330
  store i64 %add4331, ptr %count, align 8
  br label %for.inc4332

for.inc4332:                                      ; preds = %if.end4321
  %3582 = load i32, ptr %i4269, align 4
  %inc4333 = add nsw i32 %3582, 1
  store i32 %inc4333, ptr %i4269, align 4
  br label %for.cond4270, !llvm.loop !70

for.end4334:                                      ; preds = %for.cond4270
  store i32 0, ptr %i4335, align 4
  br label %for.cond4336

for.cond4336:                                     ; preds = %for.inc4400, %for.end4334
  %3583 = load i32, ptr %i4335, align 4
  %3584 = load i32, ptr %n.addr, align 4
  %cmp4337 = icmp slt i32 %3583, %3584
  br i1 %cmp4337, label %for.body4339, label %for.end4402

for.body4339:                                     ; preds = %for.cond4336
  %3585 = load i32, ptr %i4335, align 4
  %and4340 = and i32 %3585, 7
  %idxprom4341 = sext i32 %and4340 to i64
  %arrayidx4342 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4341
  %3586 = load double, ptr %arrayidx4342, align 8
  %3587 = load i32, ptr %i4335, align 4
  %and4343 = and i32 %3587, 7
  %idxprom4344 = sext i32 %and4343 to i64
  %arrayidx4345 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4344
  %3588 = load double, ptr %arrayidx4345, align 8
  %sub4346 = fsub double %3586, %3588
  %3589 = load double, ptr %a.addr, align 8
  %3590 = load double, ptr %s, align 8
  %add4347 = fadd double %3589, %3590
  %add4348 = fadd double %sub4346, %add4347
  %3591 = load double, ptr %a.addr, align 8
  %3592 = load double, ptr %s, align 8
  %mul4349 = fmul double %3591, %3592
  %3593 = load double, ptr %a.addr, align 8
  %3594 = load i32, ptr %i4335, align 4
  %and4350 = and i32 %3594, 7
  %idxprom4351 = sext i32 %and4350 to i64
  %arrayidx4352 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4351
  %3595 = load double, ptr %arrayidx4352, align 8
  %mul4353 = fmul double %3593, %3595
  %neg4355 = fneg double %mul4349
  %3596 = call double @llvm.fmuladd.f64(double %neg4355, double %mul4353, double %add4348)
  %3597 = load double, ptr %s, align 8
  %add4356 = fadd double %3597, %3596
  store double %add4356, ptr %s, align 8
  %3598 = load ptr, ptr %x.addr, align 8
  %3599 = load i32, ptr %i4335, align 4
  %idxprom4357 = sext i32 %3599 to i64
  %arrayidx4358 = getelementptr inbounds double, ptr %3598, i64 %idxprom4357
  %3600 = load double, ptr %arrayidx4358, align 8
  %3601 = load double, ptr %s, align 8
  %3602 = load i32, ptr %i4335, align 4
  %conv4360 = sitofp i32 %3602 to double
  %add4361 = fadd double 1.500000e+00, %conv4360
  %neg4362 = fneg double %add4361
  %3603 = call double @llvm.fmuladd.f64(double %3600, double %3601, double %neg4362)
  %3604 = call double @llvm.fabs.f64(double %3603)
  %call4363 = call double @atan(double noundef %3604) #3
  %3605 = load double, ptr %s, align 8
  %add4364 = fadd double %3605, %call4363
  store double %add4364, ptr %s, align 8
  %3606 = load double, ptr %b.addr, align 8
  %3607 = load i32, ptr %i4335, align 4
  %and4365 = and i32 %3607, 7
  %idxprom4366 = sext i32 %and4365 to i64
  %arrayidx4367 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4366
  %3608 = load double, ptr %arrayidx4367, align 8
  %add4368 = fadd double %3606, %3608
  %3609 = call double @llvm.fabs.f64(double %add4368)
  %call4369 = call double @cos(double noundef %3609) #3
  %3610 = load ptr, ptr %p.addr, align 8
  %3611 = load i32, ptr %i4335, align 4
  %3612 = load i32, ptr %m.addr, align 4
  %rem4370 = srem i32 %3611, %3612
  %idxprom4371 = sext i32 %rem4370 to i64
  %arrayidx4372 = getelementptr inbounds %struct.P, ptr %3610, i64 %idxprom4371
  %w4373 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4372, i32 0, i32 0
  %3613 = load double, ptr %w4373, align 8
  %3614 = load double, ptr %t, align 8
  %sub4374 = fsub double %3613, %3614
  %3615 = load ptr, ptr %x.addr, align 8
  %3616 = load i32, ptr %i4335, align 4
  %idxprom4375 = sext i32 %3616 to i64
  %arrayidx4376 = getelementptr inbounds double, ptr %3615, i64 %idxprom4375
  %3617 = load double, ptr %arrayidx4376, align 8
  %3618 = call double @llvm.fabs.f64(double %3617)
  %call4377 = call double @cos(double noundef %3618) #3
  %sub4378 = fsub double %sub4374, %call4377
  %3619 = load double, ptr %s, align 8
  %3620 = call double @llvm.fmuladd.f64(double %call4369, double %sub4378, double %3619)
  store double %3620, ptr %s, align 8
  %3621 = load double, ptr %t, align 8
  %3622 = load double, ptr %s, align 8
  %mul4381 = fmul double %3622, 6.500000e-02
  %3623 = call double @llvm.fmuladd.f64(double %3621, double 5.000000e-01, double %mul4381)
  store double %3623, ptr %t, align 8
  %3624 = load double, ptr %s, align 8
  %cmp4382 = fcmp ogt double %3624, 1.000000e+06
  br i1 %cmp4382, label %if.then4384, label %if.else4386

if.then4384:                                      ; preds = %for.body4339
  %3625 = load double, ptr %s, align 8
  %mul4385 = fmul double %3625, 5.000000e-01
  store double %mul4385, ptr %s, align 8
  br label %if.end4389

if.else4386:                                      ; preds = %for.body4339
  %3626 = load double, ptr %s, align 8
  %3627 = load ptr, ptr %y.addr, align 8
  %3628 = load i32, ptr %i4335, align 4
  %idxprom4387 = sext i32 %3628 to i64
  %arrayidx4388 = getelementptr inbounds double, ptr %3627, i64 %idxprom4387
  store double %3626, ptr %arrayidx4388, align 8
  br label %if.end4389

if.end4389:                                       ; preds = %if.else4386, %if.then4384
  %3629 = load double, ptr %t, align 8
  %3630 = load ptr, ptr %p.addr, align 8
  %3631 = load i32, ptr %i4335, align 4
  %3632 = load i32, ptr %m.addr, align 4
  %rem4390 = srem i32 %3631, %3632
  %idxprom4391 = sext i32 %rem4390 to i64
  %arrayidx4392 = getelementptr inbounds %struct.P, ptr %3630, i64 %idxprom4391
  %w4393 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4392, i32 0, i32 0
  %3633 = load double, ptr %w4393, align 8
  %add4394 = fadd double %3633, %3629
  store double %add4394, ptr %w4393, align 8
  %3634 = load i32, ptr %i4335, align 4
  %and4395 = and i32 %3634, 3
  %cmp4396 = icmp eq i32 %and4395, 0
  %conv4397 = zext i1 %cmp4396 to i32
  %conv4398 = sext i32 %conv4397 to i64
  %3635 = load i64, ptr %count, align 8
  %add4399 = add nsw i64 %3635, %conv4398
  store i64 %add4399, ptr %count, align 8
  br label %for.inc4400

for.inc4400:                                      ; preds = %if.end4389
  %3636 = load i32, ptr %i4335, align 4
  %inc4401 = add nsw i32 %3636, 1
  store i32 %inc4401, ptr %i4335, align 4
  br label %for.cond4336, !llvm.loop !71

for.end4402:                                      ; preds = %for.cond4336
  store i32 0, ptr %i4403, align 4
  br label %for.cond4404

for.cond4404:                                     ; preds = %for.inc4466, %for.end4402
  %3637 = load i32, ptr %i4403, align 4
  %3638 = load i32, ptr %n.addr, align 4
  %cmp4405 = icmp slt i32 %3637, %3638
  br i1 %cmp4405, label %for.body4407, label %for.end4468

for.body4407:                                     ; preds = %for.cond4404
  %3639 = load double, ptr %t, align 8
  %3640 = load ptr, ptr %x.addr, align 8
  %3641 = load i32, ptr %i4403, align 4
  %idxprom4408 = sext i32 %3641 to i64
  %arrayidx4409 = getelementptr inbounds double, ptr %3640, i64 %idxprom4408
  %3642 = load double, ptr %arrayidx4409, align 8
  %sub4410 = fsub double %3639, %3642
  %3643 = load ptr, ptr %p.addr, align 8
  %3644 = load i32, ptr %i4403, align 4
  %3645 = load i32, ptr %m.addr, align 4
  %rem4411 = srem i32 %3644, %3645
  %idxprom4412 = sext i32 %rem4411 to i64
  %arrayidx4413 = getelementptr inbounds %struct.P, ptr %3643, i64 %idxprom4412
  %v4414 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4413, i32 0, i32 1
  %arrayidx4415 = getelementptr inbounds [3 x double], ptr %v4414, i64 0, i64 1
  %3646 = load double, ptr %arrayidx4415, align 8
  %3647 = call double @llvm.fabs.f64(double %3646)
  %call4416 = call double @sqrt(double noundef %3647) #3
  %add4417 = fadd double %sub4410, %call4416
  %3648 = load double, ptr %t, align 8
  %3649 = load double, ptr %s, align 8
  %add4418 = fadd double %3648, %3649
  %3650 = load ptr, ptr %x.addr, align 8
  %3651 = load i32, ptr %i4403, align 4
  %idxprom4419 = sext i32 %3651 to i64
  %arrayidx4420 = getelementptr inbounds double, ptr %3650, i64 %idxprom4419
  %3652 = load double, ptr %arrayidx4420, align 8
  %add4421 = fadd double 1.500000e+00, %3652
  %add4422 = fadd double %add4418, %add4421
  %sub4423 = fsub double %add4417, %add4422
  %3653 = load double, ptr %s, align 8
  %add4424 = fadd double %3653, %sub4423
  store double %add4424, ptr %s, align 8
  %3654 = load ptr, ptr %p.addr, align 8
  %3655 = load i32, ptr %i4403, align 4
  %3656 = load i32, ptr %m.addr, align 4
  %rem4425 = srem i32 %3655, %3656
  %idxprom4426 = sext i32 %rem4425 to i64
  %arrayidx4427 = getelementptr inbounds %struct.P, ptr %3654, i64 %idxprom4426
  %w4428 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4427, i32 0, i32 0
  %3657 = load double, ptr %w4428, align 8
  %3658 = load double, ptr %s, align 8
  %add4429 = fadd double %3657, %3658
  %3659 = load double, ptr %t, align 8
  %3660 = load i32, ptr %i4403, align 4
  %conv4430 = sitofp i32 %3660 to double
  %add4431 = fadd double %3659, %conv4430
  %add4432 = fadd double %add4429, %add4431
  %3661 = call double @llvm.fabs.f64(double %add4432)
  %call4433 = call double @tanh(double noundef %3661) #3
  %3662 = load double, ptr %s, align 8
  %add4434 = fadd double %3662, %call4433
  store double %add4434, ptr %s, align 8
  %3663 = load double, ptr %s, align 8
  %3664 = load i32, ptr %i4403, align 4
  %and4435 = and i32 %3664, 7
  %idxprom4436 = sext i32 %and4435 to i64
  %arrayidx4437 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4436
  %3665 = load double, ptr %arrayidx4437, align 8
  %mul4438 = fmul double %3663, %3665
  %3666 = call double @llvm.fabs.f64(double %mul4438)
  %call4439 = call double @sin(double noundef %3666) #3
  %3667 = load double, ptr %b.addr, align 8
  %3668 = load ptr, ptr %y.addr, align 8
  %3669 = load i32, ptr %i4403, align 4
  %idxprom4440 = sext i32 %3669 to i64
  %arrayidx4441 = getelementptr inbounds double, ptr %3668, i64 %idxprom4440
  %3670 = load double, ptr %arrayidx4441, align 8
  %sub4442 = fsub double %3667, %3670
  %3671 = load i32, ptr %i4403, align 4
  %conv4443 = sitofp i32 %3671 to double
  %3672 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %conv4443, double %sub4442)
  %3673 = load double, ptr %s, align 8
  %3674 = call double @llvm.fmuladd.f64(double %call4439, double %3672, double %3673)
  store double %3674, ptr %s, align 8
  %3675 = load double, ptr %t, align 8
  %3676 = load double, ptr %s, align 8
  %mul4447 = fmul double %3676, 6.600000e-02
  %3677 = call double @llvm.fmuladd.f64(double %3675, double 5.000000e-01, double %mul4447)
  store double %3677, ptr %t, align 8
  %3678 = load double, ptr %s, align 8
  %cmp4448 = fcmp ogt double %3678, 1.000000e+06
  br i1 %cmp4448, label %if.then4450, label %if.else4452

if.then4450:                                      ; preds = %for.body4407
  %3679 = load double, ptr %s, align 8
  %mul4451 = fmul double %3679, 5.000000e-01
  store double %mul4451, ptr %s, align 8
  br label %if.end4455

if.else4452:                                      ; preds = %for.body4407
  %3680 = load double, ptr %s, align 8
  %3681 = load ptr, ptr %y.addr, align 8
  %3682 = load i32, ptr %i4403, align 4
  %idxprom4453 = sext i32 %3682 to i64
  %arrayidx4454 = getelementptr inbounds double, ptr %3681, i64 %idxprom4453
  store double %3680, ptr %arrayidx4454, align 8
  br label %if.end4455

if.end4455:                                       ; preds = %if.else4452, %if.then4450
  %3683 = load double, ptr %t, align 8
  %3684 = load ptr, ptr %p.addr, align 8
  %3685 = load i32, ptr %i4403, align 4
  %3686 = load i32, ptr %m.addr, align 4
  %rem4456 = srem i32 %3685, %3686
  %idxprom4457 = sext i32 %rem4456 to i64
  %arrayidx4458 = getelementptr inbounds %struct.P, ptr %3684, i64 %idxprom4457
  %w4459 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4458, i32 0, i32 0
  %3687 = load double, ptr %w4459, align 8
  %add4460 = fadd double %3687, %3683
  store double %add4460, ptr %w4459, align 8
  %3688 = load i32, ptr %i4403, align 4
  %and4461 = and i32 %3688, 3
  %cmp4462 = icmp eq i32 %and4461, 0
  %conv4463 = zext i1 %cmp4462 to i32
  %conv4464 = sext i32 %conv4463 to i64
  %3689 = load i64, ptr %count, align 8
  %add4465 = add nsw i64 %3689, %conv4464
  store i64 %add4465, ptr %count, align 8
  br label %for.inc4466

for.inc4466:                                      ; preds = %if.end4455
  %3690 = load i32, ptr %i4403, align 4
  %inc4467 = add nsw i32 %3690, 1
  store i32 %inc4467, ptr %i4403, align 4
  br label %for.cond4404, !llvm.loop !72

for.end4468:                                      ; preds = %for.cond4404
  store i32 0, ptr %i4469, align 4
  br label %for.cond4470

for.cond4470:                                     ; preds = %for.inc4542, %for.end4468
  %3691 = load i32, ptr %i4469, align 4
  %3692 = load i32, ptr %n.addr, align 4
  %cmp4471 = icmp slt i32 %3691, %3692
  br i1 %cmp4471, label %for.body4473, label %for.end4544

for.body4473:                                     ; preds = %for.cond4470
  %3693 = load ptr, ptr %p.addr, align 8
  %3694 = load i32, ptr %i4469, align 4
  %3695 = load i32, ptr %m.addr, align 4
  %rem4474 = srem i32 %3694, %3695
  %idxprom4475 = sext i32 %rem4474 to i64
  %arrayidx4476 = getelementptr inbounds %struct.P, ptr %3693, i64 %idxprom4475
  %w4477 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4476, i32 0, i32 0
  %3696 = load double, ptr %w4477, align 8
  %3697 = load ptr, ptr %p.addr, align 8
  %3698 = load i32, ptr %i4469, align 4
  %3699 = load i32, ptr %m.addr, align 4
  %rem4478 = srem i32 %3698, %3699
  %idxprom4479 = sext i32 %rem4478 to i64
  %arrayidx4480 = getelementptr inbounds %struct.P, ptr %3697, i64 %idxprom4479
  %v4481 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4480, i32 0, i32 1
  %arrayidx4482 = getelementptr inbounds [3 x double], ptr %v4481, i64 0, i64 1
  %3700 = load double, ptr %arrayidx4482, align 8
  %sub4483 = fsub double %3696, %3700
  %3701 = load ptr, ptr %x.addr, align 8
  %3702 = load i32, ptr %i4469, align 4
  %idxprom4484 = sext i32 %3702 to i64
  %arrayidx4485 = getelementptr inbounds double, ptr %3701, i64 %idxprom4484
  %3703 = load double, ptr %arrayidx4485, align 8
  %3704 = load ptr, ptr %y.addr, align 8
  %3705 = load i32, ptr %i4469, align 4
  %idxprom4486 = sext i32 %3705 to i64
  %arrayidx4487 = getelementptr inbounds double, ptr %3704, i64 %idxprom4486
  %3706 = load double, ptr %arrayidx4487, align 8
  %mul4488 = fmul double %3703, %3706
  %3707 = load double, ptr %a.addr, align 8
  %3708 = load double, ptr %s, align 8
  %mul4490 = fmul double %3707, %3708
  %3709 = call double @llvm.fabs.f64(double %mul4490)
  %call4491 = call double @sin(double noundef %3709) #3
  %3710 = call double @llvm.fmuladd.f64(double %sub4483, double %mul4488, double %call4491)
  %3711 = load double, ptr %s, align 8
  %add4492 = fadd double %3711, %3710
  store double %add4492, ptr %s, align 8
  %3712 = load double, ptr %s, align 8
  %3713 = load ptr, ptr %x.addr, align 8
  %3714 = load i32, ptr %i4469, align 4
  %idxprom4493 = sext i32 %3714 to i64
  %arrayidx4494 = getelementptr inbounds double, ptr %3713, i64 %idxprom4493
  %3715 = load double, ptr %arrayidx4494, align 8
  %mul4495 = fmul double %3712, %3715
  %3716 = load i32, ptr %i4469, align 4
  %conv4496 = sitofp i32 %3716 to double
  %3717 = call double @llvm.fabs.f64(double %conv4496)
  %call4497 = call double @sin(double noundef %3717) #3
  %3718 = load ptr, ptr %x.addr, align 8
  %3719 = load i32, ptr %i4469, align 4
  %idxprom4499 = sext i32 %3719 to i64
  %arrayidx4500 = getelementptr inbounds double, ptr %3718, i64 %idxprom4499
  %3720 = load double, ptr %arrayidx4500, align 8
  %3721 = call double @llvm.fabs.f64(double %3720)
  %call4501 = call double @exp(double noundef %3721) #3
  %3722 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call4502 = call double @exp(double noundef %3722) #3
  %mul4503 = fmul double %call4501, %call4502
  %3723 = call double @llvm.fmuladd.f64(double %mul4495, double %call4497, double %mul4503)
  %3724 = load double, ptr %s, align 8
  %add4504 = fadd double %3724, %3723
  store double %add4504, ptr %s, align 8
  %3725 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call4505 = call double @log1p(double noundef %3725) #3
  %3726 = load double, ptr %b.addr, align 8
  %3727 = load i32, ptr %i4469, align 4
  %and4506 = and i32 %3727, 7
  %idxprom4507 = sext i32 %and4506 to i64
  %arrayidx4508 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4507
  %3728 = load double, ptr %arrayidx4508, align 8
  %sub4509 = fsub double %3726, %3728
  %3729 = load ptr, ptr %x.addr, align 8
  %3730 = load i32, ptr %i4469, align 4
  %idxprom4511 = sext i32 %3730 to i64
  %arrayidx4512 = getelementptr inbounds double, ptr %3729, i64 %idxprom4511
  %3731 = load double, ptr %arrayidx4512, align 8
  %3732 = load ptr, ptr %p.addr, align 8
  %3733 = load i32, ptr %i4469, align 4
  %3734 = load i32, ptr %m.addr, align 4
  %rem4513 = srem i32 %3733, %3734
  %idxprom4514 = sext i32 %rem4513 to i64
  %arrayidx4515 = getelementptr inbounds %struct.P, ptr %3732, i64 %idxprom4514
  %v4516 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4515, i32 0, i32 1
  %arrayidx4517 = getelementptr inbounds [3 x double], ptr %v4516, i64 0, i64 1
  %3735 = load double, ptr %arrayidx4517, align 8
  %add4518 = fadd double %3731, %3735
  %3736 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call4519 = call double @sqrt(double noundef %3736) #3
  %add4520 = fadd double %add4518, %call4519
  %3737 = call double @llvm.fmuladd.f64(double %call4505, double %sub4509, double %add4520)
  %3738 = load double, ptr %s, align 8
  %add4521 = fadd double %3738, %3737
  store double %add4521, ptr %s, align 8
  %3739 = load double, ptr %t, align 8
  %3740 = load double, ptr %s, align 8
  %mul4523 = fmul double %3740, 6.700000e-02
  %3741 = call double @llvm.fmuladd.f64(double %3739, double 5.000000e-01, double %mul4523)
  store double %3741, ptr %t, align 8
  %3742 = load double, ptr %s, align 8
  %cmp4524 = fcmp ogt double %3742, 1.000000e+06
  br i1 %cmp4524, label %if.then4526, label %if.else4528

if.then4526:                                      ; preds = %for.body4473
  %3743 = load double, ptr %s, align 8
  %mul4527 = fmul double %3743, 5.000000e-01
  store double %mul4527, ptr %s, align 8
  br label %if.end4531

if.else4528:                                      ; preds = %for.body4473
  %3744 = load double, ptr %s, align 8
  %3745 = load ptr, ptr %y.addr, align 8
  %3746 = load i32, ptr %i4469, align 4
  %idxprom4529 = sext i32 %3746 to i64
  %arrayidx4530 = getelementptr inbounds double, ptr %3745, i64 %idxprom4529
  store double %3744, ptr %arrayidx4530, align 8
  br label %if.end4531

if.end4531:                                       ; preds = %if.else4528, %if.then4526
  %3747 = load double, ptr %t, align 8
  %3748 = load ptr, ptr %p.addr, align 8
  %3749 = load i32, ptr %i4469, align 4
  %3750 = load i32, ptr %m.addr, align 4
  %rem4532 = srem i32 %3749, %3750
  %idxprom4533 = sext i32 %rem4532 to i64
  %arrayidx4534 = getelementptr inbounds %struct.P, ptr %3748, i64 %idxprom4533
  %w4535 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4534, i32 0, i32 0
  %3751 = load double, ptr %w4535, align 8
  %add4536 = fadd double %3751, %3747
  store double %add4536, ptr %w4535, align 8
  %3752 = load i32, ptr %i4469, align 4
  %and4537 = and i32 %3752, 3
  %cmp4538 = icmp eq i32 %and4537, 0
  %conv4539 = zext i1 %cmp4538 to i32
  %conv4540 = sext i32 %conv4539 to i64
  %3753 = load i64, ptr %count, align 8
  %add4541 = add nsw i64 %3753, %conv4540
  store i64 %add4541, ptr %count, align 8
  br label %for.inc4542

for.inc4542:                                      ; preds = %if.end4531
  %3754 = load i32, ptr %i4469, align 4
  %inc4543 = add nsw i32 %3754, 1
  store i32 %inc4543, ptr %i4469, align 4
  br label %for.cond4470, !llvm.loop !73

for.end4544:                                      ; preds = %for.cond4470
  store i32 0, ptr %i4545, align 4
  br label %for.cond4546

for.cond4546:                                     ; preds = %for.inc4614, %for.end4544
  %3755 = load i32, ptr %i4545, align 4
  %3756 = load i32, ptr %n.addr, align 4
  %cmp4547 = icmp slt i32 %3755, %3756
  br i1 %cmp4547, label %for.body4549, label %for.end4616

for.body4549:                                     ; preds = %for.cond4546
  %3757 = load ptr, ptr %y.addr, align 8
  %3758 = load i32, ptr %i4545, align 4
  %idxprom4550 = sext i32 %3758 to i64
  %arrayidx4551 = getelementptr inbounds double, ptr %3757, i64 %idxprom4550
  %3759 = load double, ptr %arrayidx4551, align 8
  %3760 = load double, ptr %t, align 8
  %mul4553 = fmul double 1.500000e+00, %3760
  %3761 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %3759, double %mul4553)
  %3762 = load ptr, ptr %p.addr, align 8
  %3763 = load i32, ptr %i4545, align 4
  %3764 = load i32, ptr %m.addr, align 4
  %rem4554 = srem i32 %3763, %3764
  %idxprom4555 = sext i32 %rem4554 to i64
  %arrayidx4556 = getelementptr inbounds %struct.P, ptr %3762, i64 %idxprom4555
  %w4557 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4556, i32 0, i32 0
  %3765 = load double, ptr %w4557, align 8
  %3766 = call double @llvm.fabs.f64(double %3765)
  %call4558 = call double @atan(double noundef %3766) #3
  %3767 = call double @llvm.fabs.f64(double %call4558)
  %call4559 = call double @exp(double noundef %3767) #3
  %3768 = load double, ptr %s, align 8
  %3769 = call double @llvm.fmuladd.f64(double %3761, double %call4559, double %3768)
  store double %3769, ptr %s, align 8
  %3770 = load double, ptr %b.addr, align 8
  %3771 = load ptr, ptr %x.addr, align 8
  %3772 = load i32, ptr %i4545, align 4
  %idxprom4561 = sext i32 %3772 to i64
  %arrayidx4562 = getelementptr inbounds double, ptr %3771, i64 %idxprom4561
  %3773 = load double, ptr %arrayidx4562, align 8
  %sub4563 = fsub double %3770, %3773
  %3774 = load double, ptr %t, align 8
  %add4564 = fadd double 1.500000e+00, %3774
  %add4565 = fadd double %sub4563, %add4564
  %3775 = load double, ptr %t, align 8
  %3776 = load ptr, ptr %p.addr, align 8
  %3777 = load i32, ptr %i4545, align 4
  %3778 = load i32, ptr %m.addr, align 4
  %rem4566 = srem i32 %3777, %3778
  %idxprom4567 = sext i32 %rem4566 to i64
  %arrayidx4568 = getelementptr inbounds %struct.P, ptr %3776, i64 %idxprom4567
  %v4569 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4568, i32 0, i32 1
  %arrayidx4570 = getelementptr inbounds [3 x double], ptr %v4569, i64 0, i64 1
  %3779 = load double, ptr %arrayidx4570, align 8
  %add4571 = fadd double %3775, %3779
  %3780 = load double, ptr %s, align 8
  %3781 = load ptr, ptr %y.addr, align 8
  %3782 = load i32, ptr %i4545, align 4
  %idxprom4572 = sext i32 %3782 to i64
  %arrayidx4573 = getelementptr inbounds double, ptr %3781, i64 %idxprom4572
  %3783 = load double, ptr %arrayidx4573, align 8
  %3784 = call double @llvm.fmuladd.f64(double %3780, double %3783, double %add4571)
  %3785 = load double, ptr %s, align 8
  %3786 = call double @llvm.fmuladd.f64(double %add4565, double %3784, double %3785)
  store double %3786, ptr %s, align 8
  %3787 = load i32, ptr %i4545, align 4
  %conv4576 = sitofp i32 %3787 to double
  %mul4577 = fmul double 1.500000e+00, %conv4576
  %3788 = load i32, ptr %i4545, align 4
  %conv4578 = sitofp i32 %3788 to double
  %3789 = load ptr, ptr %y.addr, align 8
  %3790 = load i32, ptr %i4545, align 4
  %idxprom4579 = sext i32 %3790 to i64
  %arrayidx4580 = getelementptr inbounds double, ptr %3789, i64 %idxprom4579
  %3791 = load double, ptr %arrayidx4580, align 8
  %mul4581 = fmul double %conv4578, %3791
  %mul4582 = fmul double %mul4577, %mul4581
  %3792 = load ptr, ptr %p.addr, align 8
  %3793 = load i32, ptr %i4545, align 4
  %3794 = load i32, ptr %m.addr, align 4
  %rem4583 = srem i32 %3793, %3794
  %idxprom4584 = sext i32 %rem4583 to i64
  %arrayidx4585 = getelementptr inbounds %struct.P, ptr %3792, i64 %idxprom4584
  %v4586 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4585, i32 0, i32 1
  %arrayidx4587 = getelementptr inbounds [3 x double], ptr %v4586, i64 0, i64 1
  %3795 = load double, ptr %arrayidx4587, align 8
  %3796 = load i32, ptr %i4545, align 4
  %and4588 = and i32 %3796, 7
  %idxprom4589 = sext i32 %and4588 to i64
  %arrayidx4590 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4589
  %3797 = load double, ptr %arrayidx4590, align 8
  %mul4591 = fmul double %3795, %3797
  %3798 = call double @llvm.fabs.f64(double %mul4591)
  %call4592 = call double @cos(double noundef %3798) #3
  %3799 = load double, ptr %s, align 8
  %3800 = call double @llvm.fmuladd.f64(double %mul4582, double %call4592, double %3799)
  store double %3800, ptr %s, align 8
  %3801 = load double, ptr %t, align 8
  %3802 = load double, ptr %s, align 8
  %mul4595 = fmul double %3802, 6.800000e-02
  %3803 = call double @llvm.fmuladd.f64(double %3801, double 5.000000e-01, double %mul4595)
  store double %3803, ptr %t, align 8
  %3804 = load double, ptr %s, align 8
  %cmp4596 = fcmp ogt double %3804, 1.000000e+06
  br i1 %cmp4596, label %if.then4598, label %if.else4600

if.then4598:                                      ; preds = %for.body4549
  %3805 = load double, ptr %s, align 8
  %mul4599 = fmul double %3805, 5.000000e-01
  store double %mul4599, ptr %s, align 8
  br label %if.end4603

if.else4600:                                      ; preds = %for.body4549
  %3806 = load double, ptr %s, align 8
  %3807 = load ptr, ptr %y.addr, align 8
  %3808 = load i32, ptr %i4545, align 4
  %idxprom4601 = sext i32 %3808 to i64
  %arrayidx4602 = getelementptr inbounds double, ptr %3807, i64 %idxprom4601
  store double %3806, ptr %arrayidx4602, align 8
  br label %if.end4603

if.end4603:                                       ; preds = %if.else4600, %if.then4598
  %3809 = load double, ptr %t, align 8
  %3810 = load ptr, ptr %p.addr, align 8
  %3811 = load i32, ptr %i4545, align 4
  %3812 = load i32, ptr %m.addr, align 4
  %rem4604 = srem i32 %3811, %3812
  %idxprom4605 = sext i32 %rem4604 to i64
  %arrayidx4606 = getelementptr inbounds %struct.P, ptr %3810, i64 %idxprom4605
  %w4607 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4606, i32 0, i32 0
  %3813 = load double, ptr %w4607, align 8
  %add4608 = fadd double %3813, %3809
  store double %add4608, ptr %w4607, align 8
  %3814 = load i32, ptr %i4545, align 4
  %and4609 = and i32 %3814, 3
  %cmp4610 = icmp eq i32 %and4609, 0
  %conv4611 = zext i1 %cmp4610 to i32
  %conv4612 = sext i32 %conv4611 to i64
  %3815 = load i64, ptr %count, align 8
  %add4613 = add nsw i64 %3815, %conv4612
  store i64 %add4613, ptr %count, align 8
  br label %for.inc4614

for.inc4614:                                      ; preds = %if.end4603
  %3816 = load i32, ptr %i4545, align 4
  %inc4615 = add nsw i32 %3816, 1
  store i32 %inc4615, ptr %i4545, align 4
  br label %for.cond4546, !llvm.loop !74

for.end4616:                                      ; preds = %for.cond4546
  store i32 0, ptr %i4617, align 4
  br label %for.cond4618

for.cond4618:                                     ; preds = %for.inc4670, %for.end4616
  %3817 = load i32, ptr %i4617, align 4
  %3818 = load i32, ptr %n.addr, align 4
  %cmp4619 = icmp slt i32 %3817, %3818
  br i1 %cmp4619, label %for.body4621, label %for.end4672

for.body4621:                                     ; preds = %for.cond4618
  %3819 = load ptr, ptr %y.addr, align 8
  %3820 = load i32, ptr %i4617, align 4
  %idxprom4622 = sext i32 %3820 to i64
  %arrayidx4623 = getelementptr inbounds double, ptr %3819, i64 %idxprom4622
  %3821 = load double, ptr %arrayidx4623, align 8
  %3822 = call double @llvm.fabs.f64(double %3821)
  %call4624 = call double @atan(double noundef %3822) #3
  %3823 = call double @llvm.fabs.f64(double %call4624)
  %call4625 = call double @exp(double noundef %3823) #3
  %3824 = load ptr, ptr %p.addr, align 8
  %3825 = load i32, ptr %i4617, align 4
  %3826 = load i32, ptr %m.addr, align 4
  %rem4626 = srem i32 %3825, %3826
  %idxprom4627 = sext i32 %rem4626 to i64
  %arrayidx4628 = getelementptr inbounds %struct.P, ptr %3824, i64 %idxprom4627
  %v4629 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4628, i32 0, i32 1
  %arrayidx4630 = getelementptr inbounds [3 x double], ptr %v4629, i64 0, i64 1
  %3827 = load double, ptr %arrayidx4630, align 8
  %3828 = load i32, ptr %i4617, align 4
  %conv4631 = sitofp i32 %3828 to double
  %3829 = load double, ptr %t, align 8
  %3830 = load double, ptr %s, align 8
  %sub4633 = fsub double %3829, %3830
  %3831 = call double @llvm.fmuladd.f64(double %3827, double %conv4631, double %sub4633)
  %3832 = load double, ptr %s, align 8
  %3833 = call double @llvm.fmuladd.f64(double %call4625, double %3831, double %3832)
  store double %3833, ptr %s, align 8
  %3834 = load i32, ptr %i4617, align 4
  %conv4635 = sitofp i32 %3834 to double
  %3835 = call double @llvm.fabs.f64(double %conv4635)
  %call4636 = call double @cos(double noundef %3835) #3
  %3836 = call double @llvm.fabs.f64(double %call4636)
  %call4637 = call double @log1p(double noundef %3836) #3
  %3837 = call double @llvm.fabs.f64(double %call4637)
  %call4638 = call double @log1p(double noundef %3837) #3
  %3838 = load double, ptr %s, align 8
  %add4639 = fadd double %3838, %call4638
  store double %add4639, ptr %s, align 8
  %3839 = load i32, ptr %i4617, align 4
  %conv4640 = sitofp i32 %3839 to double
  %3840 = load ptr, ptr %p.addr, align 8
  %3841 = load i32, ptr %i4617, align 4
  %3842 = load i32, ptr %m.addr, align 4
  %rem4641 = srem i32 %3841, %3842
  %idxprom4642 = sext i32 %rem4641 to i64
  %arrayidx4643 = getelementptr inbounds %struct.P, ptr %3840, i64 %idxprom4642
  %v4644 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4643, i32 0, i32 1
  %arrayidx4645 = getelementptr inbounds [3 x double], ptr %v4644, i64 0, i64 1
  %3843 = load double, ptr %arrayidx4645, align 8
  %add4646 = fadd double %conv4640, %3843
  %3844 = call double @llvm.fabs.f64(double %add4646)
  %call4647 = call double @cos(double noundef %3844) #3
  %3845 = call double @llvm.fabs.f64(double %call4647)
  %call4648 = call double @sqrt(double noundef %3845) #3
  %3846 = load double, ptr %s, align 8
  %add4649 = fadd double %3846, %call4648
  store double %add4649, ptr %s, align 8
  %3847 = load double, ptr %t, align 8
  %3848 = load double, ptr %s, align 8
  %mul4651 = fmul double %3848, 6.900000e-02
  %3849 = call double @llvm.fmuladd.f64(double %3847, double 5.000000e-01, double %mul4651)
  store double %3849, ptr %t, align 8
  %3850 = load double, ptr %s, align 8
  %cmp4652 = fcmp ogt double %3850, 1.000000e+06
  br i1 %cmp4652, label %if.then4654, label %if.else4656

if.then4654:                                      ; preds = %for.body4621
  %3851 = load double, ptr %s, align 8
  %mul4655 = fmul double %3851, 5.000000e-01
  store double %mul4655, ptr %s, align 8
  br label %if.end4659

if.else4656:                                      ; preds = %for.body4621
  %3852 = load double, ptr %s, align 8
  %3853 = load ptr, ptr %y.addr, align 8
  %3854 = load i32, ptr %i4617, align 4
  %idxprom4657 = sext i32 %3854 to i64
  %arrayidx4658 = getelementptr inbounds double, ptr %3853, i64 %idxprom4657
  store double %3852, ptr %arrayidx4658, align 8
  br label %if.end4659

if.end4659:                                       ; preds = %if.else4656, %if.then4654
  %3855 = load double, ptr %t, align 8
  %3856 = load ptr, ptr %p.addr, align 8
  %3857 = load i32, ptr %i4617, align 4
  %3858 = load i32, ptr %m.addr, align 4
  %rem4660 = srem i32 %3857, %3858
  %idxprom4661 = sext i32 %rem4660 to i64
  %arrayidx4662 = getelementptr inbounds %struct.P, ptr %3856, i64 %idxprom4661
  %w4663 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4662, i32 0, i32 0
  %3859 = load double, ptr %w4663, align 8
  %add4664 = fadd double %3859, %3855
  store double %add4664, ptr %w4663, align 8
  %3860 = load i32, ptr %i4617, align 4
  %and4665 = and i32 %3860, 3
  %cmp4666 = icmp eq i32 %and4665, 0
  %conv4667 = zext i1 %cmp4666 to i32
  %conv4668 = sext i32 %conv4667 to i64
  %3861 = load i64, ptr %count, align 8
  %add4669 = add nsw i64 %3861, %conv4668
  store i64 %add4669, ptr %count, align 8
  br label %for.inc4670

for.inc4670:                                      ; preds = %if.end4659
  %3862 = load i32, ptr %i4617, align 4
  %inc4671 = add nsw i32 %3862, 1
  store i32 %inc4671, ptr %i4617, align 4
  br label %for.cond4618, !llvm.loop !75

for.end4672:                                      ; preds = %for.cond4618
  store i32 0, ptr %i4673, align 4
  br label %for.cond4674

for.cond4674:                                     ; preds = %for.inc4748, %for.end4672
  %3863 = load i32, ptr %i4673, align 4
  %3864 = load i32, ptr %n.addr, align 4
  %cmp4675 = icmp slt i32 %3863, %3864
  br i1 %cmp4675, label %for.body4677, label %for.end4750

for.body4677:                                     ; preds = %for.cond4674
  %3865 = load double, ptr %t, align 8
  %3866 = load ptr, ptr %p.addr, align 8
  %3867 = load i32, ptr %i4673, align 4
  %3868 = load i32, ptr %m.addr, align 4
  %rem4679 = srem i32 %3867, %3868
  %idxprom4680 = sext i32 %rem4679 to i64
  %arrayidx4681 = getelementptr inbounds %struct.P, ptr %3866, i64 %idxprom4680
  %w4682 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4681, i32 0, i32 0
  %3869 = load double, ptr %w4682, align 8
  %3870 = call double @llvm.fabs.f64(double %3869)
  %call4683 = call double @tanh(double noundef %3870) #3
  %neg4684 = fneg double %call4683
  %3871 = call double @llvm.fmuladd.f64(double %3865, double 1.500000e+00, double %neg4684)
  %3872 = load double, ptr %a.addr, align 8
  %3873 = load double, ptr %t, align 8
  %mul4685 = fmul double %3872, %3873
  %3874 = load ptr, ptr %x.addr, align 8
  %3875 = load i32, ptr %i4673, align 4
  %idxprom4686 = sext i32 %3875 to i64
  %arrayidx4687 = getelementptr inbounds double, ptr %3874, i64 %idxprom4686
  %3876 = load double, ptr %arrayidx4687, align 8
  %3877 = load ptr, ptr %p.addr, align 8
  %3878 = load i32, ptr %i4673, align 4
  %3879 = load i32, ptr %m.addr, align 4
  %rem4688 = srem i32 %3878, %3879
  %idxprom4689 = sext i32 %rem4688 to i64
  %arrayidx4690 = getelementptr inbounds %struct.P, ptr %3877, i64 %idxprom4689
  %v4691 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4690, i32 0, i32 1
  %arrayidx4692 = getelementptr inbounds [3 x double], ptr %v4691, i64 0, i64 1
  %3880 = load double, ptr %arrayidx4692, align 8
  %sub4693 = fsub double %3876, %3880
  %neg4695 = fneg double %mul4685
  %3881 = call double @llvm.fmuladd.f64(double %neg4695, double %sub4693, double %3871)
  %3882 = load double, ptr %s, align 8
  %add4696 = fadd double %3882, %3881
  store double %add4696, ptr %s, align 8
  %3883 = load i32, ptr %i4673, align 4
  %and4697 = and i32 %3883, 7
  %idxprom4698 = sext i32 %and4697 to i64
  %arrayidx4699 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4698
  %3884 = load double, ptr %arrayidx4699, align 8
  %3885 = load i32, ptr %i4673, align 4
  %and4700 = and i32 %3885, 7
  %idxprom4701 = sext i32 %and4700 to i64
  %arrayidx4702 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4701
  %3886 = load double, ptr %arrayidx4702, align 8
  %sub4703 = fsub double %3884, %3886
  %3887 = load i32, ptr %i4673, align 4
  %conv4704 = sitofp i32 %3887 to double
  %3888 = call double @llvm.fabs.f64(double %conv4704)
  %call4705 = call double @atan(double noundef %3888) #3
  %sub4706 = fsub double %sub4703, %call4705
  %3889 = load ptr, ptr %p.addr, align 8
  %3890 = load i32, ptr %i4673, align 4
  %3891 = load i32, ptr %m.addr, align 4
  %rem4707 = srem i32 %3890, %3891
  %idxprom4708 = sext i32 %rem4707 to i64
  %arrayidx4709 = getelementptr inbounds %struct.P, ptr %3889, i64 %idxprom4708
  %w4710 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4709, i32 0, i32 0
  %3892 = load double, ptr %w4710, align 8
  %3893 = call double @llvm.fabs.f64(double %3892)
  %call4711 = call double @log1p(double noundef %3893) #3
  %3894 = call double @llvm.fabs.f64(double %call4711)
  %call4712 = call double @sqrt(double noundef %3894) #3
  %3895 = load double, ptr %s, align 8
  %3896 = call double @llvm.fmuladd.f64(double %sub4706, double %call4712, double %3895)
  store double %3896, ptr %s, align 8
  %3897 = load double, ptr %t, align 8
  %3898 = call double @llvm.fabs.f64(double %3897)
  %call4714 = call double @exp(double noundef %3898) #3
  %3899 = load ptr, ptr %y.addr, align 8
  %3900 = load i32, ptr %i4673, align 4
  %idxprom4715 = sext i32 %3900 to i64
  %arrayidx4716 = getelementptr inbounds double, ptr %3899, i64 %idxprom4715
  %3901 = load double, ptr %arrayidx4716, align 8
  %3902 = load double, ptr %s, align 8
  %add4717 = fadd double %3901, %3902
  %sub4718 = fsub double %call4714, %add4717
  %3903 = load double, ptr %b.addr, align 8
  %3904 = load double, ptr %s, align 8
  %sub4719 = fsub double %3903, %3904
  %3905 = load ptr, ptr %p.addr, align 8
  %3906 = load i32, ptr %i4673, align 4
  %3907 = load i32, ptr %m.addr, align 4
  %rem4720 = srem i32 %3906, %3907
  %idxprom4721 = sext i32 %rem4720 to i64
  %arrayidx4722 = getelementptr inbounds %struct.P, ptr %3905, i64 %idxprom4721
  %w4723 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4722, i32 0, i32 0
  %3908 = load double, ptr %w4723, align 8
  %3909 = load ptr, ptr %x.addr, align 8
  %3910 = load i32, ptr %i4673, align 4
  %idxprom4724 = sext i32 %3910 to i64
  %arrayidx4725 = getelementptr inbounds double, ptr %3909, i64 %idxprom4724
  %3911 = load double, ptr %arrayidx4725, align 8
  %3912 = call double @llvm.fmuladd.f64(double %3908, double %3911, double %sub4719)
  %3913 = load double, ptr %s, align 8
  %3914 = call double @llvm.fmuladd.f64(double %sub4718, double %3912, double %3913)
  store double %3914, ptr %s, align 8
  %3915 = load double, ptr %t, align 8
  %3916 = load double, ptr %s, align 8
  %mul4729 = fmul double %3916, 7.000000e-02
  %3917 = call double @llvm.fmuladd.f64(double %3915, double 5.000000e-01, double %mul4729)
  store double %3917, ptr %t, align 8
  %3918 = load double, ptr %s, align 8
  %cmp4730 = fcmp ogt double %3918, 1.000000e+06
  br i1 %cmp4730, label %if.then4732, label %if.else4734

if.then4732:                                      ; preds = %for.body4677
  %3919 = load double, ptr %s, align 8
  %mul4733 = fmul double %3919, 5.000000e-01
  store double %mul4733, ptr %s, align 8
  br label %if.end4737

if.else4734:                                      ; preds = %for.body4677
  %3920 = load double, ptr %s, align 8
  %3921 = load ptr, ptr %y.addr, align 8
  %3922 = load i32, ptr %i4673, align 4
  %idxprom4735 = sext i32 %3922 to i64
  %arrayidx4736 = getelementptr inbounds double, ptr %3921, i64 %idxprom4735
  store double %3920, ptr %arrayidx4736, align 8
  br label %if.end4737

if.end4737:                                       ; preds = %if.else4734, %if.then4732
  %3923 = load double, ptr %t, align 8
  %3924 = load ptr, ptr %p.addr, align 8
  %3925 = load i32, ptr %i4673, align 4
  %3926 = load i32, ptr %m.addr, align 4
  %rem4738 = srem i32 %3925, %3926
  %idxprom4739 = sext i32 %rem4738 to i64
  %arrayidx4740 = getelementptr inbounds %struct.P, ptr %3924, i64 %idxprom4739
  %w4741 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4740, i32 0, i32 0
  %3927 = load double, ptr %w4741, align 8
  %add4742 = fadd double %3927, %3923
  store double %add4742, ptr %w4741, align 8
  %3928 = load i32, ptr %i4673, align 4
  %and4743 = and i32 %3928, 3
  %cmp4744 = icmp eq i32 %and4743, 0
  %conv4745 = zext i1 %cmp4744 to i32
  %conv4746 = sext i32 %conv4745 to i64
  %3929 = load i64, ptr %count, align 8
  %add4747 = add nsw i64 %3929, %conv4746
  store i64 %add4747, ptr %count, align 8
  br label %for.inc4748

for.inc4748:                                      ; preds = %if.end4737
  %3930 = load i32, ptr %i4673, align 4
  %inc4749 = add nsw i32 %3930, 1
  store i32 %inc4749, ptr %i4673, align 4
  br label %for.cond4674, !llvm.loop !76

for.end4750:                                      ; preds = %for.cond4674
  store i32 0, ptr %i4751, align 4
  br label %for.cond4752

for.cond4752:                                     ; preds = %for.inc4831, %for.end4750
  %3931 = load i32, ptr %i4751, align 4
  %3932 = load i32, ptr %n.addr, align 4
  %cmp4753 = icmp slt i32 %3931, %3932
  br i1 %cmp4753, label %for.body4755, label %for.end4833

for.body4755:                                     ; preds = %for.cond4752
  %3933 = load double, ptr %s, align 8
  %3934 = load ptr, ptr %p.addr, align 8
  %3935 = load i32, ptr %i4751, align 4
  %3936 = load i32, ptr %m.addr, align 4
  %rem4756 = srem i32 %3935, %3936
  %idxprom4757 = sext i32 %rem4756 to i64
  %arrayidx4758 = getelementptr inbounds %struct.P, ptr %3934, i64 %idxprom4757
  %v4759 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4758, i32 0, i32 1
  %arrayidx4760 = getelementptr inbounds [3 x double], ptr %v4759, i64 0, i64 1
  %3937 = load double, ptr %arrayidx4760, align 8
  %3938 = load ptr, ptr %y.addr, align 8
  %3939 = load i32, ptr %i4751, align 4
  %idxprom4762 = sext i32 %3939 to i64
  %arrayidx4763 = getelementptr inbounds double, ptr %3938, i64 %idxprom4762
  %3940 = load double, ptr %arrayidx4763, align 8
  %3941 = call double @llvm.fabs.f64(double %3940)
  %call4764 = call double @sin(double noundef %3941) #3
  %3942 = call double @llvm.fmuladd.f64(double %3933, double %3937, double %call4764)
  %3943 = load double, ptr %s, align 8
  %3944 = call double @llvm.fabs.f64(double %3943)
  %call4765 = call double @cos(double noundef %3944) #3
  %3945 = load ptr, ptr %p.addr, align 8
  %3946 = load i32, ptr %i4751, align 4
  %3947 = load i32, ptr %m.addr, align 4
  %rem4766 = srem i32 %3946, %3947
  %idxprom4767 = sext i32 %rem4766 to i64
  %arrayidx4768 = getelementptr inbounds %struct.P, ptr %3945, i64 %idxprom4767
  %v4769 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4768, i32 0, i32 1
  %arrayidx4770 = getelementptr inbounds [3 x double], ptr %v4769, i64 0, i64 1
  %3948 = load double, ptr %arrayidx4770, align 8
  %3949 = load i32, ptr %i4751, align 4
  %and4771 = and i32 %3949, 7
  %idxprom4772 = sext i32 %and4771 to i64
  %arrayidx4773 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4772
  %3950 = load double, ptr %arrayidx4773, align 8
  %add4774 = fadd double %3948, %3950
  %add4775 = fadd double %call4765, %add4774
  %add4776 = fadd double %3942, %add4775
  %3951 = load double, ptr %s, align 8
  %add4777 = fadd double %3951, %add4776
  store double %add4777, ptr %s, align 8
  %3952 = load double, ptr %t, align 8
  %3953 = call double @llvm.fabs.f64(double %3952)
  %call4778 = call double @tanh(double noundef %3953) #3
  %3954 = load double, ptr %b.addr, align 8
  %3955 = load double, ptr %t, align 8
  %sub4779 = fsub double %3954, %3955
  %3956 = load ptr, ptr %p.addr, align 8
  %3957 = load i32, ptr %i4751, align 4
  %3958 = load i32, ptr %m.addr, align 4
  %rem4781 = srem i32 %3957, %3958
  %idxprom4782 = sext i32 %rem4781 to i64
  %arrayidx4783 = getelementptr inbounds %struct.P, ptr %3956, i64 %idxprom4782
  %v4784 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4783, i32 0, i32 1
  %arrayidx4785 = getelementptr inbounds [3 x double], ptr %v4784, i64 0, i64 1
  %3959 = load double, ptr %arrayidx4785, align 8
  %3960 = load ptr, ptr %p.addr, align 8
  %3961 = load i32, ptr %i4751, align 4
  %3962 = load i32, ptr %m.addr, align 4
  %rem4786 = srem i32 %3961, %3962
  %idxprom4787 = sext i32 %rem4786 to i64
  %arrayidx4788 = getelementptr inbounds %struct.P, ptr %3960, i64 %idxprom4787
  %v4789 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4788, i32 0, i32 1
  %arrayidx4790 = getelementptr inbounds [3 x double], ptr %v4789, i64 0, i64 1
  %3963 = load double, ptr %arrayidx4790, align 8
  %sub4791 = fsub double %3959, %3963
  %3964 = load double, ptr %b.addr, align 8
  %3965 = load double, ptr %b.addr, align 8
  %mul4792 = fmul double %3964, %3965
  %mul4793 = fmul double %sub4791, %mul4792
  %3966 = call double @llvm.fmuladd.f64(double %call4778, double %sub4779, double %mul4793)
  %3967 = load double, ptr %s, align 8
  %add4794 = fadd double %3967, %3966
  store double %add4794, ptr %s, align 8
  %3968 = load double, ptr %t, align 8
  %3969 = load i32, ptr %i4751, align 4
  %conv4795 = sitofp i32 %3969 to double
  %sub4796 = fsub double %3968, %conv4795
  %3970 = load ptr, ptr %p.addr, align 8
  %3971 = load i32, ptr %i4751, align 4
  %3972 = load i32, ptr %m.addr, align 4
  %rem4797 = srem i32 %3971, %3972
  %idxprom4798 = sext i32 %rem4797 to i64
  %arrayidx4799 = getelementptr inbounds %struct.P, ptr %3970, i64 %idxprom4798
  %v4800 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4799, i32 0, i32 1
  %arrayidx4801 = getelementptr inbounds [3 x double], ptr %v4800, i64 0, i64 1
  %3973 = load double, ptr %arrayidx4801, align 8
  %3974 = load double, ptr %a.addr, align 8
  %3975 = call double @llvm.fmuladd.f64(double %3973, double %3974, double %sub4796)
  %3976 = load double, ptr %b.addr, align 8
  %3977 = load double, ptr %b.addr, align 8
  %sub4803 = fsub double %3976, %3977
  %3978 = load double, ptr %b.addr, align 8
  %3979 = load i32, ptr %i4751, align 4
  %and4804 = and i32 %3979, 7
  %idxprom4805 = sext i32 %and4804 to i64
  %arrayidx4806 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4805
  %3980 = load double, ptr %arrayidx4806, align 8
  %sub4807 = fsub double %3978, %3980
  %sub4808 = fsub double %sub4803, %sub4807
  %sub4809 = fsub double %3975, %sub4808
  %3981 = load double, ptr %s, align 8
  %add4810 = fadd double %3981, %sub4809
  store double %add4810, ptr %s, align 8
  %3982 = load double, ptr %t, align 8
  %3983 = load double, ptr %s, align 8
  %mul4812 = fmul double %3983, 0x3FB22D0E56041893
  %3984 = call double @llvm.fmuladd.f64(double %3982, double 5.000000e-01, double %mul4812)
  store double %3984, ptr %t, align 8
  %3985 = load double, ptr %s, align 8
  %cmp4813 = fcmp ogt double %3985, 1.000000e+06
  br i1 %cmp4813, label %if.then4815, label %if.else4817

if.then4815:                                      ; preds = %for.body4755
  %3986 = load double, ptr %s, align 8
  %mul4816 = fmul double %3986, 5.000000e-01
  store double %mul4816, ptr %s, align 8
  br label %if.end4820

if.else4817:                                      ; preds = %for.body4755
  %3987 = load double, ptr %s, align 8
  %3988 = load ptr, ptr %y.addr, align 8
  %3989 = load i32, ptr %i4751, align 4
  %idxprom4818 = sext i32 %3989 to i64
  %arrayidx4819 = getelementptr inbounds double, ptr %3988, i64 %idxprom4818
  store double %3987, ptr %arrayidx4819, align 8
  br label %if.end4820

if.end4820:                                       ; preds = %if.else4817, %if.then4815
  %3990 = load double, ptr %t, align 8
  %3991 = load ptr, ptr %p.addr, align 8
  %3992 = load i32, ptr %i4751, align 4
  %3993 = load i32, ptr %m.addr, align 4
  %rem4821 = srem i32 %3992, %3993
  %idxprom4822 = sext i32 %rem4821 to i64
  %arrayidx4823 = getelementptr inbounds %struct.P, ptr %3991, i64 %idxprom4822
  %w4824 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4823, i32 0, i32 0
  %3994 = load double, ptr %w4824, align 8
  %add4825 = fadd double %3994, %3990
  store double %add4825, ptr %w4824, align 8
  %3995 = load i32, ptr %i4751, align 4
  %and4826 = and i32 %3995, 3
  %cmp4827 = icmp eq i32 %and4826, 0
  %conv4828 = zext i1 %cmp4827 to i32
  %conv4829 = sext i32 %conv4828 to i64
  %3996 = load i64, ptr %count, align 8
  %add4830 = add nsw i64 %3996, %conv4829
  store i64 %add4830, ptr %count, align 8
  br label %for.inc4831

for.inc4831:                                      ; preds = %if.end4820
  %3997 = load i32, ptr %i4751, align 4
  %inc4832 = add nsw i32 %3997, 1
  store i32 %inc4832, ptr %i4751, align 4
  br label %for.cond4752, !llvm.loop !77

for.end4833:                                      ; preds = %for.cond4752
  store i32 0, ptr %i4834, align 4
  br label %for.cond4835

for.cond4835:                                     ; preds = %for.inc4900, %for.end4833
  %3998 = load i32, ptr %i4834, align 4
  %3999 = load i32, ptr %n.addr, align 4
  %cmp4836 = icmp slt i32 %3998, %3999
  br i1 %cmp4836, label %for.body4838, label %for.end4902

for.body4838:                                     ; preds = %for.cond4835
  %4000 = load i32, ptr %i4834, align 4
  %and4839 = and i32 %4000, 7
  %idxprom4840 = sext i32 %and4839 to i64
  %arrayidx4841 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4840
  %4001 = load double, ptr %arrayidx4841, align 8
  %4002 = load ptr, ptr %p.addr, align 8
  %4003 = load i32, ptr %i4834, align 4
  %4004 = load i32, ptr %m.addr, align 4
  %rem4842 = srem i32 %4003, %4004
  %idxprom4843 = sext i32 %rem4842 to i64
  %arrayidx4844 = getelementptr inbounds %struct.P, ptr %4002, i64 %idxprom4843
  %v4845 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4844, i32 0, i32 1
  %arrayidx4846 = getelementptr inbounds [3 x double], ptr %v4845, i64 0, i64 1
  %4005 = load double, ptr %arrayidx4846, align 8
  %4006 = load ptr, ptr %p.addr, align 8
  %4007 = load i32, ptr %i4834, align 4
  %4008 = load i32, ptr %m.addr, align 4
  %rem4848 = srem i32 %4007, %4008
  %idxprom4849 = sext i32 %rem4848 to i64
  %arrayidx4850 = getelementptr inbounds %struct.P, ptr %4006, i64 %idxprom4849
  %v4851 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4850, i32 0, i32 1
  %arrayidx4852 = getelementptr inbounds [3 x double], ptr %v4851, i64 0, i64 1
  %4009 = load double, ptr %arrayidx4852, align 8
  %4010 = call double @llvm.fabs.f64(double %4009)
  %call4853 = call double @sin(double noundef %4010) #3
  %4011 = call double @llvm.fmuladd.f64(double %4001, double %4005, double %call4853)
  %4012 = call double @llvm.fabs.f64(double %4011)
  %call4854 = call double @tanh(double noundef %4012) #3
  %4013 = load double, ptr %s, align 8
  %add4855 = fadd double %4013, %call4854
  store double %add4855, ptr %s, align 8
  %4014 = load i32, ptr %i4834, align 4
  %conv4856 = sitofp i32 %4014 to double
  %4015 = load ptr, ptr %y.addr, align 8
  %4016 = load i32, ptr %i4834, align 4
  %idxprom4857 = sext i32 %4016 to i64
  %arrayidx4858 = getelementptr inbounds double, ptr %4015, i64 %idxprom4857
  %4017 = load double, ptr %arrayidx4858, align 8
  %add4859 = fadd double %conv4856, %4017
  %4018 = load ptr, ptr %p.addr, align 8
  %4019 = load i32, ptr %i4834, align 4
  %4020 = load i32, ptr %m.addr, align 4
  %rem4860 = srem i32 %4019, %4020
  %idxprom4861 = sext i32 %rem4860 to i64
  %arrayidx4862 = getelementptr inbounds %struct.P, ptr %4018, i64 %idxprom4861
  %v4863 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4862, i32 0, i32 1
  %arrayidx4864 = getelementptr inbounds [3 x double], ptr %v4863, i64 0, i64 1
  %4021 = load double, ptr %arrayidx4864, align 8
  %4022 = call double @llvm.fabs.f64(double %4021)
  %call4865 = call double @tanh(double noundef %4022) #3
  %sub4866 = fsub double %add4859, %call4865
  %4023 = load i32, ptr %i4834, align 4
  %and4867 = and i32 %4023, 7
  %idxprom4868 = sext i32 %and4867 to i64
  %arrayidx4869 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom4868
  %4024 = load double, ptr %arrayidx4869, align 8
  %4025 = call double @llvm.fabs.f64(double %4024)
  %call4870 = call double @cos(double noundef %4025) #3
  %4026 = load double, ptr %s, align 8
  %4027 = call double @llvm.fabs.f64(double %4026)
  %call4871 = call double @atan(double noundef %4027) #3
  %sub4872 = fsub double %call4870, %call4871
  %add4873 = fadd double %sub4866, %sub4872
  %4028 = load double, ptr %s, align 8
  %add4874 = fadd double %4028, %add4873
  store double %add4874, ptr %s, align 8
  %4029 = load double, ptr %b.addr, align 8
  %4030 = load double, ptr %s, align 8
  %sub4875 = fsub double %4029, %4030
  %4031 = load double, ptr %s, align 8
  %4032 = call double @llvm.fabs.f64(double %4031)
  %call4876 = call double @exp(double noundef %4032) #3
  %sub4877 = fsub double %sub4875, %call4876
  %4033 = call double @llvm.fabs.f64(double %sub4877)
  %call4878 = call double @sin(double noundef %4033) #3
  %4034 = load double, ptr %s, align 8
  %add4879 = fadd double %4034, %call4878
  store double %add4879, ptr %s, align 8
  %4035 = load double, ptr %t, align 8
  %4036 = load double, ptr %s, align 8
  %mul4881 = fmul double %4036, 0x3FB26E978D4FDF3B
  %4037 = call double @llvm.fmuladd.f64(double %4035, double 5.000000e-01, double %mul4881)
  store double %4037, ptr %t, align 8
  %4038 = load double, ptr %s, align 8
  %cmp4882 = fcmp ogt double %4038, 1.000000e+06
  br i1 %cmp4882, label %if.then4884, label %if.else4886

if.then4884:                                      ; preds = %for.body4838
  %4039 = load double, ptr %s, align 8
  %mul4885 = fmul double %4039, 5.000000e-01
  store double %mul4885, ptr %s, align 8
  br label %if.end4889

if.else4886:                                      ; preds = %for.body4838
  %4040 = load double, ptr %s, align 8
  %4041 = load ptr, ptr %y.addr, align 8
  %4042 = load i32, ptr %i4834, align 4
  %idxprom4887 = sext i32 %4042 to i64
  %arrayidx4888 = getelementptr inbounds double, ptr %4041, i64 %idxprom4887
  store double %4040, ptr %arrayidx4888, align 8
  br label %if.end4889

if.end4889:                                       ; preds = %if.else4886, %if.then4884
  %4043 = load double, ptr %t, align 8
  %4044 = load ptr, ptr %p.addr, align 8
  %4045 = load i32, ptr %i4834, align 4
  %4046 = load i32, ptr %m.addr, align 4
  %rem4890 = srem i32 %4045, %4046
  %idxprom4891 = sext i32 %rem4890 to i64
  %arrayidx4892 = getelementptr inbounds %struct.P, ptr %4044, i64 %idxprom4891
  %w4893 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4892, i32 0, i32 0
  %4047 = load double, ptr %w4893, align 8
  %add4894 = fadd double %4047, %4043
  store double %add4894, ptr %w4893, align 8
  %4048 = load i32, ptr %i4834, align 4
  %and4895 = and i32 %4048, 3
  %cmp4896 = icmp eq i32 %and4895, 0
  %conv4897 = zext i1 %cmp4896 to i32
  %conv4898 = sext i32 %conv4897 to i64
  %4049 = load i64, ptr %count, align 8
  %add4899 = add nsw i64 %4049, %conv4898
  store i64 %add4899, ptr %count, align 8
  br label %for.inc4900

for.inc4900:                                      ; preds = %if.end4889
  %4050 = load i32, ptr %i4834, align 4
  %inc4901 = add nsw i32 %4050, 1
  store i32 %inc4901, ptr %i4834, align 4
  br label %for.cond4835, !llvm.loop !78

for.end4902:                                      ; preds = %for.cond4835
  store i32 0, ptr %i4903, align 4
  br label %for.cond4904

for.cond4904:                                     ; preds = %for.inc4992, %for.end4902
  %4051 = load i32, ptr %i4903, align 4
  %4052 = load i32, ptr %n.addr, align 4
  %cmp4905 = icmp slt i32 %4051, %4052
  br i1 %cmp4905, label %for.body4907, label %for.end4994

for.body4907:                                     ; preds = %for.cond4904
  %4053 = load ptr, ptr %y.addr, align 8
  %4054 = load i32, ptr %i4903, align 4
  %idxprom4908 = sext i32 %4054 to i64
  %arrayidx4909 = getelementptr inbounds double, ptr %4053, i64 %idxprom4908
  %4055 = load double, ptr %arrayidx4909, align 8
  %4056 = call double @llvm.fabs.f64(double %4055)
  %call4910 = call double @atan(double noundef %4056) #3
  %4057 = call double @llvm.fabs.f64(double %call4910)
  %call4911 = call double @cos(double noundef %4057) #3
  %4058 = load ptr, ptr %p.addr, align 8
  %4059 = load i32, ptr %i4903, align 4
  %4060 = load i32, ptr %m.addr, align 4
  %rem4912 = srem i32 %4059, %4060
  %idxprom4913 = sext i32 %rem4912 to i64
  %arrayidx4914 = getelementptr inbounds %struct.P, ptr %4058, i64 %idxprom4913
  %v4915 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4914, i32 0, i32 1
  %arrayidx4916 = getelementptr inbounds [3 x double], ptr %v4915, i64 0, i64 1
  %4061 = load double, ptr %arrayidx4916, align 8
  %4062 = call double @llvm.fabs.f64(double %4061)
  %call4917 = call double @sqrt(double noundef %4062) #3
  %4063 = load ptr, ptr %p.addr, align 8
  %4064 = load i32, ptr %i4903, align 4
  %4065 = load i32, ptr %m.addr, align 4
  %rem4918 = srem i32 %4064, %4065
  %idxprom4919 = sext i32 %rem4918 to i64
  %arrayidx4920 = getelementptr inbounds %struct.P, ptr %4063, i64 %idxprom4919
  %w4921 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4920, i32 0, i32 0
  %4066 = load double, ptr %w4921, align 8
  %4067 = load i32, ptr %i4903, align 4
  %conv4922 = sitofp i32 %4067 to double
  %add4923 = fadd double %4066, %conv4922
  %neg4925 = fneg double %call4917
  %4068 = call double @llvm.fmuladd.f64(double %neg4925, double %add4923, double %call4911)
  %4069 = load double, ptr %s, align 8
  %add4926 = fadd double %4069, %4068
  store double %add4926, ptr %s, align 8
  %4070 = load ptr, ptr %p.addr, align 8
  %4071 = load i32, ptr %i4903, align 4
  %4072 = load i32, ptr %m.addr, align 4
  %rem4927 = srem i32 %4071, %4072
  %idxprom4928 = sext i32 %rem4927 to i64
  %arrayidx4929 = getelementptr inbounds %struct.P, ptr %4070, i64 %idxprom4928
  %w4930 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4929, i32 0, i32 0
  %4073 = load double, ptr %w4930, align 8
  %4074 = call double @llvm.fabs.f64(double %4073)
  %call4931 = call double @log1p(double noundef %4074) #3
  %4075 = load double, ptr %b.addr, align 8
  %4076 = load ptr, ptr %x.addr, align 8
  %4077 = load i32, ptr %i4903, align 4
  %idxprom4932 = sext i32 %4077 to i64
  %arrayidx4933 = getelementptr inbounds double, ptr %4076, i64 %idxprom4932
  %4078 = load double, ptr %arrayidx4933, align 8
  %sub4934 = fsub double %4075, %4078
  %4079 = load ptr, ptr %x.addr, align 8
  %4080 = load i32, ptr %i4903, align 4
  %idxprom4936 = sext i32 %4080 to i64
  %arrayidx4937 = getelementptr inbounds double, ptr %4079, i64 %idxprom4936
  %4081 = load double, ptr %arrayidx4937, align 8
  %4082 = call double @llvm.fabs.f64(double %4081)
  %call4938 = call double @atan(double noundef %4082) #3
  %4083 = load ptr, ptr %p.addr, align 8
  %4084 = load i32, ptr %i4903, align 4
  %4085 = load i32, ptr %m.addr, align 4
  %rem4939 = srem i32 %4084, %4085
  %idxprom4940 = sext i32 %rem4939 to i64
  %arrayidx4941 = getelementptr inbounds %struct.P, ptr %4083, i64 %idxprom4940
  %w4942 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4941, i32 0, i32 0
  %4086 = load double, ptr %w4942, align 8
  %4087 = load double, ptr %t, align 8
  %add4943 = fadd double %4086, %4087
  %mul4944 = fmul double %call4938, %add4943
  %neg4945 = fneg double %mul4944
  %4088 = call double @llvm.fmuladd.f64(double %call4931, double %sub4934, double %neg4945)
  %4089 = load double, ptr %s, align 8
  %add4946 = fadd double %4089, %4088
  store double %add4946, ptr %s, align 8
  %4090 = load double, ptr %t, align 8
  %4091 = load ptr, ptr %p.addr, align 8
  %4092 = load i32, ptr %i4903, align 4
  %4093 = load i32, ptr %m.addr, align 4
  %rem4948 = srem i32 %4092, %4093
  %idxprom4949 = sext i32 %rem4948 to i64
  %arrayidx4950 = getelementptr inbounds %struct.P, ptr %4091, i64 %idxprom4949
  %w4951 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4950, i32 0, i32 0
  %4094 = load double, ptr %w4951, align 8
  %4095 = load ptr, ptr %p.addr, align 8
  %4096 = load i32, ptr %i4903, align 4
  %4097 = load i32, ptr %m.addr, align 4
  %rem4952 = srem i32 %4096, %4097
  %idxprom4953 = sext i32 %rem4952 to i64
  %arrayidx4954 = getelementptr inbounds %struct.P, ptr %4095, i64 %idxprom4953
  %v4955 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4954, i32 0, i32 1
  %arrayidx4956 = getelementptr inbounds [3 x double], ptr %v4955, i64 0, i64 1
  %4098 = load double, ptr %arrayidx4956, align 8
  %add4957 = fadd double %4094, %4098
  %4099 = call double @llvm.fmuladd.f64(double %4090, double 1.500000e+00, double %add4957)
  %4100 = load ptr, ptr %y.addr, align 8
  %4101 = load i32, ptr %i4903, align 4
  %idxprom4958 = sext i32 %4101 to i64
  %arrayidx4959 = getelementptr inbounds double, ptr %4100, i64 %idxprom4958
  %4102 = load double, ptr %arrayidx4959, align 8
  %4103 = load double, ptr %b.addr, align 8
  %add4960 = fadd double %4102, %4103
  %4104 = load ptr, ptr %p.addr, align 8
  %4105 = load i32, ptr %i4903, align 4
  %4106 = load i32, ptr %m.addr, align 4
  %rem4961 = srem i32 %4105, %4106
  %idxprom4962 = sext i32 %rem4961 to i64
  %arrayidx4963 = getelementptr inbounds %struct.P, ptr %4104, i64 %idxprom4962
  %w4964 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4963, i32 0, i32 0
  %4107 = load double, ptr %w4964, align 8
  %4108 = load ptr, ptr %p.addr, align 8
  %4109 = load i32, ptr %i4903, align 4
  %4110 = load i32, ptr %m.addr, align 4
  %rem4965 = srem i32 %4109, %4110
  %idxprom4966 = sext i32 %rem4965 to i64
  %arrayidx4967 = getelementptr inbounds %struct.P, ptr %4108, i64 %idxprom4966
  %w4968 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4967, i32 0, i32 0
  %4111 = load double, ptr %w4968, align 8
  %sub4969 = fsub double %4107, %4111
  %mul4970 = fmul double %add4960, %sub4969
  %4112 = load double, ptr %s, align 8
  %4113 = call double @llvm.fmuladd.f64(double %4099, double %mul4970, double %4112)
  store double %4113, ptr %s, align 8
  %4114 = load double, ptr %t, align 8
  %4115 = load double, ptr %s, align 8
  %mul4973 = fmul double %4115, 0x3FB2B020C49BA5E3
  %4116 = call double @llvm.fmuladd.f64(double %4114, double 5.000000e-01, double %mul4973)
  store double %4116, ptr %t, align 8
  %4117 = load double, ptr %s, align 8
  %cmp4974 = fcmp ogt double %4117, 1.000000e+06
  br i1 %cmp4974, label %if.then4976, label %if.else4978

if.then4976:                                      ; preds = %for.body4907
  %4118 = load double, ptr %s, align 8
  %mul4977 = fmul double %4118, 5.000000e-01
  store double %mul4977, ptr %s, align 8
  br label %if.end4981

if.else4978:                                      ; preds = %for.body4907
  %4119 = load double, ptr %s, align 8
  %4120 = load ptr, ptr %y.addr, align 8
  %4121 = load i32, ptr %i4903, align 4
  %idxprom4979 = sext i32 %4121 to i64
  %arrayidx4980 = getelementptr inbounds double, ptr %4120, i64 %idxprom4979
  store double %4119, ptr %arrayidx4980, align 8
  br label %if.end4981

if.end4981:                                       ; preds = %if.else4978, %if.then4976
  %4122 = load double, ptr %t, align 8
  %4123 = load ptr, ptr %p.addr, align 8
  %4124 = load i32, ptr %i4903, align 4
  %4125 = load i32, ptr %m.addr, align 4
  %rem4982 = srem i32 %4124, %4125
  %idxprom4983 = sext i32 %rem4982 to i64
  %arrayidx4984 = getelementptr inbounds %struct.P, ptr %4123, i64 %idxprom4983
  %w4985 = getelementptr inbounds nuw %struct.P, ptr %arrayidx4984, i32 0, i32 0
  %4126 = load double, ptr %w4985, align 8
  %add4986 = fadd double %4126, %4122
  store double %add4986, ptr %w4985, align 8
  %4127 = load i32, ptr %i4903, align 4
  %and4987 = and i32 %4127, 3
  %cmp4988 = icmp eq i32 %and4987, 0
  %conv4989 = zext i1 %cmp4988 to i32
  %conv4990 = sext i32 %conv4989 to i64
  %4128 = load i64, ptr %count, align 8
  %add4991 = add nsw i64 %4128, %conv4990
  store i64 %add4991, ptr %count, align 8
  br label %for.inc4992

for.inc4992:                                      ; preds = %if.end4981
  %4129 = load i32, ptr %i4903, align 4
  %inc4993 = add nsw i32 %4129, 1
  store i32 %inc4993, ptr %i4903, align 4
  br label %for.cond4904, !llvm.loop !79

for.end4994:                                      ; preds = %for.cond4904
  store i32 0, ptr %i4995, align 4
  br label %for.cond4996

for.cond4996:                                     ; preds = %for.inc5069, %for.end4994
  %4130 = load i32, ptr %i4995, align 4
  %4131 = load i32, ptr %n.addr, align 4
  %cmp4997 = icmp slt i32 %4130, %4131
  br i1 %cmp4997, label %for.body4999, label %for.end5071

for.body4999:                                     ; preds = %for.cond4996
  %4132 = load ptr, ptr %y.addr, align 8
  %4133 = load i32, ptr %i4995, align 4
  %idxprom5000 = sext i32 %4133 to i64
  %arrayidx5001 = getelementptr inbounds double, ptr %4132, i64 %idxprom5000
  %4134 = load double, ptr %arrayidx5001, align 8
  %4135 = load ptr, ptr %y.addr, align 8
  %4136 = load i32, ptr %i4995, align 4
  %idxprom5002 = sext i32 %4136 to i64
  %arrayidx5003 = getelementptr inbounds double, ptr %4135, i64 %idxprom5002
  %4137 = load double, ptr %arrayidx5003, align 8
  %mul5004 = fmul double %4134, %4137
  %4138 = call double @llvm.fabs.f64(double %mul5004)
  %call5005 = call double @exp(double noundef %4138) #3
  %4139 = load i32, ptr %i4995, align 4
  %and5006 = and i32 %4139, 7
  %idxprom5007 = sext i32 %and5006 to i64
  %arrayidx5008 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5007
  %4140 = load double, ptr %arrayidx5008, align 8
  %add5009 = fadd double %4140, 1.500000e+00
  %4141 = load i32, ptr %i4995, align 4
  %conv5010 = sitofp i32 %4141 to double
  %4142 = load ptr, ptr %p.addr, align 8
  %4143 = load i32, ptr %i4995, align 4
  %4144 = load i32, ptr %m.addr, align 4
  %rem5011 = srem i32 %4143, %4144
  %idxprom5012 = sext i32 %rem5011 to i64
  %arrayidx5013 = getelementptr inbounds %struct.P, ptr %4142, i64 %idxprom5012
  %w5014 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5013, i32 0, i32 0
  %4145 = load double, ptr %w5014, align 8
  %mul5015 = fmul double %conv5010, %4145
  %4146 = call double @llvm.fmuladd.f64(double %add5009, double %mul5015, double %call5005)
  %4147 = load double, ptr %s, align 8
  %add5017 = fadd double %4147, %4146
  store double %add5017, ptr %s, align 8
  %4148 = load double, ptr %b.addr, align 8
  %4149 = call double @llvm.fabs.f64(double %4148)
  %call5018 = call double @log1p(double noundef %4149) #3
  %4150 = load ptr, ptr %p.addr, align 8
  %4151 = load i32, ptr %i4995, align 4
  %4152 = load i32, ptr %m.addr, align 4
  %rem5019 = srem i32 %4151, %4152
  %idxprom5020 = sext i32 %rem5019 to i64
  %arrayidx5021 = getelementptr inbounds %struct.P, ptr %4150, i64 %idxprom5020
  %w5022 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5021, i32 0, i32 0
  %4153 = load double, ptr %w5022, align 8
  %mul5023 = fmul double 1.500000e+00, %4153
  %4154 = load ptr, ptr %p.addr, align 8
  %4155 = load i32, ptr %i4995, align 4
  %4156 = load i32, ptr %m.addr, align 4
  %rem5025 = srem i32 %4155, %4156
  %idxprom5026 = sext i32 %rem5025 to i64
  %arrayidx5027 = getelementptr inbounds %struct.P, ptr %4154, i64 %idxprom5026
  %v5028 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5027, i32 0, i32 1
  %arrayidx5029 = getelementptr inbounds [3 x double], ptr %v5028, i64 0, i64 1
  %4157 = load double, ptr %arrayidx5029, align 8
  %4158 = load ptr, ptr %x.addr, align 8
  %4159 = load i32, ptr %i4995, align 4
  %idxprom5030 = sext i32 %4159 to i64
  %arrayidx5031 = getelementptr inbounds double, ptr %4158, i64 %idxprom5030
  %4160 = load double, ptr %arrayidx5031, align 8
  %add5032 = fadd double %4157, %4160
  %4161 = load double, ptr %b.addr, align 8
  %4162 = load ptr, ptr %y.addr, align 8
  %4163 = load i32, ptr %i4995, align 4
  %idxprom5033 = sext i32 %4163 to i64
  %arrayidx5034 = getelementptr inbounds double, ptr %4162, i64 %idxprom5033
  %4164 = load double, ptr %arrayidx5034, align 8
  %4165 = call double @llvm.fmuladd.f64(double %4161, double %4164, double %add5032)
  %neg5036 = fneg double %4165
  %4166 = call double @llvm.fmuladd.f64(double %call5018, double %mul5023, double %neg5036)
  %4167 = load double, ptr %s, align 8
  %add5037 = fadd double %4167, %4166
  store double %add5037, ptr %s, align 8
  %4168 = load ptr, ptr %p.addr, align 8
  %4169 = load i32, ptr %i4995, align 4
  %4170 = load i32, ptr %m.addr, align 4
  %rem5038 = srem i32 %4169, %4170
  %idxprom5039 = sext i32 %rem5038 to i64
  %arrayidx5040 = getelementptr inbounds %struct.P, ptr %4168, i64 %idxprom5039
  %w5041 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5040, i32 0, i32 0
  %4171 = load double, ptr %w5041, align 8
  %4172 = load ptr, ptr %y.addr, align 8
  %4173 = load i32, ptr %i4995, align 4
  %idxprom5042 = sext i32 %4173 to i64
  %arrayidx5043 = getelementptr inbounds double, ptr %4172, i64 %idxprom5042
  %4174 = load double, ptr %arrayidx5043, align 8
  %mul5044 = fmul double %4171, %4174
  %4175 = load double, ptr %b.addr, align 8
  %4176 = call double @llvm.fabs.f64(double %4175)
  %call5045 = call double @cos(double noundef %4176) #3
  %mul5046 = fmul double %mul5044, %call5045
  %4177 = call double @llvm.fabs.f64(double %mul5046)
  %call5047 = call double @exp(double noundef %4177) #3
  %4178 = load double, ptr %s, align 8
  %add5048 = fadd double %4178, %call5047
  store double %add5048, ptr %s, align 8
  %4179 = load double, ptr %t, align 8
  %4180 = load double, ptr %s, align 8
  %mul5050 = fmul double %4180, 0x3FB2F1A9FBE76C8B
  %4181 = call double @llvm.fmuladd.f64(double %4179, double 5.000000e-01, double %mul5050)
  store double %4181, ptr %t, align 8
  %4182 = load double, ptr %s, align 8
  %cmp5051 = fcmp ogt double %4182, 1.000000e+06
  br i1 %cmp5051, label %if.then5053, label %if.else5055

if.then5053:                                      ; preds = %for.body4999
  %4183 = load double, ptr %s, align 8
  %mul5054 = fmul double %4183, 5.000000e-01
  store double %mul5054, ptr %s, align 8
  br label %if.end5058

if.else5055:                                      ; preds = %for.body4999
  %4184 = load double, ptr %s, align 8
  %4185 = load ptr, ptr %y.addr, align 8
  %4186 = load i32, ptr %i4995, align 4
  %idxprom5056 = sext i32 %4186 to i64
  %arrayidx5057 = getelementptr inbounds double, ptr %4185, i64 %idxprom5056
  store double %4184, ptr %arrayidx5057, align 8
  br label %if.end5058

if.end5058:                                       ; preds = %if.else5055, %if.then5053
  %4187 = load double, ptr %t, align 8
  %4188 = load ptr, ptr %p.addr, align 8
  %4189 = load i32, ptr %i4995, align 4
  %4190 = load i32, ptr %m.addr, align 4
  %rem5059 = srem i32 %4189, %4190
  %idxprom5060 = sext i32 %rem5059 to i64
  %arrayidx5061 = getelementptr inbounds %struct.P, ptr %4188, i64 %idxprom5060
  %w5062 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5061, i32 0, i32 0
  %4191 = load double, ptr %w5062, align 8
  %add5063 = fadd double %4191, %4187
  store double %add5063, ptr %w5062, align 8
  %4192 = load i32, ptr %i4995, align 4
  %and5064 = and i32 %4192, 3
  %cmp5065 = icmp eq i32 %and5064, 0
  %conv5066 = zext i1 %cmp5065 to i32
  %conv5067 = sext i32 %conv5066 to i64
  %4193 = load i64, ptr %count, align 8
  %add5068 = add nsw i64 %4193, %conv5067
  store i64 %add5068, ptr %count, align 8
  br label %for.inc5069

for.inc5069:                                      ; preds = %if.end5058
  %4194 = load i32, ptr %i4995, align 4
  %inc5070 = add nsw i32 %4194, 1
  store i32 %inc5070, ptr %i4995, align 4
  br label %for.cond4996, !llvm.loop !80

for.end5071:                                      ; preds = %for.cond4996
  store i32 0, ptr %i5072, align 4
  br label %for.cond5073

for.cond5073:                                     ; preds = %for.inc5137, %for.end5071
  %4195 = load i32, ptr %i5072, align 4
  %4196 = load i32, ptr %n.addr, align 4
  %cmp5074 = icmp slt i32 %4195, %4196
  br i1 %cmp5074, label %for.body5076, label %for.end5139

for.body5076:                                     ; preds = %for.cond5073
  %4197 = load double, ptr %a.addr, align 8
  %4198 = load i32, ptr %i5072, align 4
  %and5077 = and i32 %4198, 7
  %idxprom5078 = sext i32 %and5077 to i64
  %arrayidx5079 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5078
  %4199 = load double, ptr %arrayidx5079, align 8
  %add5080 = fadd double %4197, %4199
  %4200 = call double @llvm.fabs.f64(double %add5080)
  %call5081 = call double @sin(double noundef %4200) #3
  %4201 = load i32, ptr %i5072, align 4
  %and5082 = and i32 %4201, 7
  %idxprom5083 = sext i32 %and5082 to i64
  %arrayidx5084 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5083
  %4202 = load double, ptr %arrayidx5084, align 8
  %4203 = load double, ptr %s, align 8
  %sub5085 = fsub double %4202, %4203
  %4204 = load ptr, ptr %y.addr, align 8
  %4205 = load i32, ptr %i5072, align 4
  %idxprom5086 = sext i32 %4205 to i64
  %arrayidx5087 = getelementptr inbounds double, ptr %4204, i64 %idxprom5086
  %4206 = load double, ptr %arrayidx5087, align 8
  %4207 = call double @llvm.fabs.f64(double %4206)
  %call5088 = call double @tanh(double noundef %4207) #3
  %4208 = call double @llvm.fmuladd.f64(double %sub5085, double %call5088, double %call5081)
  %4209 = load double, ptr %s, align 8
  %add5090 = fadd double %4209, %4208
  store double %add5090, ptr %s, align 8
  %4210 = load double, ptr %s, align 8
  %4211 = call double @llvm.fabs.f64(double %4210)
  %call5091 = call double @sqrt(double noundef %4211) #3
  %4212 = load i32, ptr %i5072, align 4
  %and5092 = and i32 %4212, 7
  %idxprom5093 = sext i32 %and5092 to i64
  %arrayidx5094 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5093
  %4213 = load double, ptr %arrayidx5094, align 8
  %4214 = load i32, ptr %i5072, align 4
  %conv5095 = sitofp i32 %4214 to double
  %sub5096 = fsub double %4213, %conv5095
  %sub5097 = fsub double %call5091, %sub5096
  %4215 = load i32, ptr %i5072, align 4
  %and5098 = and i32 %4215, 7
  %idxprom5099 = sext i32 %and5098 to i64
  %arrayidx5100 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5099
  %4216 = load double, ptr %arrayidx5100, align 8
  %4217 = load double, ptr %b.addr, align 8
  %add5101 = fadd double %4216, %4217
  %4218 = load i32, ptr %i5072, align 4
  %and5102 = and i32 %4218, 7
  %idxprom5103 = sext i32 %and5102 to i64
  %arrayidx5104 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5103
  %4219 = load double, ptr %arrayidx5104, align 8
  %4220 = call double @llvm.fabs.f64(double %4219)
  %call5105 = call double @cos(double noundef %4220) #3
  %mul5106 = fmul double %add5101, %call5105
  %4221 = load double, ptr %s, align 8
  %4222 = call double @llvm.fmuladd.f64(double %sub5097, double %mul5106, double %4221)
  store double %4222, ptr %s, align 8
  %4223 = load i32, ptr %i5072, align 4
  %and5108 = and i32 %4223, 7
  %idxprom5109 = sext i32 %and5108 to i64
  %arrayidx5110 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5109
  %4224 = load double, ptr %arrayidx5110, align 8
  %4225 = load ptr, ptr %y.addr, align 8
  %4226 = load i32, ptr %i5072, align 4
  %idxprom5111 = sext i32 %4226 to i64
  %arrayidx5112 = getelementptr inbounds double, ptr %4225, i64 %idxprom5111
  %4227 = load double, ptr %arrayidx5112, align 8
  %mul5113 = fmul double %4224, %4227
  %4228 = call double @llvm.fabs.f64(double %mul5113)
  %call5114 = call double @cos(double noundef %4228) #3
  %4229 = call double @llvm.fabs.f64(double %call5114)
  %call5115 = call double @exp(double noundef %4229) #3
  %4230 = load double, ptr %s, align 8
  %add5116 = fadd double %4230, %call5115
  store double %add5116, ptr %s, align 8
  %4231 = load double, ptr %t, align 8
  %4232 = load double, ptr %s, align 8
  %mul5118 = fmul double %4232, 0x3FB3333333333333
  %4233 = call double @llvm.fmuladd.f64(double %4231, double 5.000000e-01, double %mul5118)
  store double %4233, ptr %t, align 8
  %4234 = load double, ptr %s, align 8
  %cmp5119 = fcmp ogt double %4234, 1.000000e+06
  br i1 %cmp5119, label %if.then5121, label %if.else5123

if.then5121:                                      ; preds = %for.body5076
  %4235 = load double, ptr %s, align 8
  %mul5122 = fmul double %4235, 5.000000e-01
  store double %mul5122, ptr %s, align 8
  br label %if.end5126

if.else5123:                                      ; preds = %for.body5076
  %4236 = load double, ptr %s, align 8
  %4237 = load ptr, ptr %y.addr, align 8
  %4238 = load i32, ptr %i5072, align 4
  %idxprom5124 = sext i32 %4238 to i64
  %arrayidx5125 = getelementptr inbounds double, ptr %4237, i64 %idxprom5124
  store double %4236, ptr %arrayidx5125, align 8
  br label %if.end5126

if.end5126:                                       ; preds = %if.else5123, %if.then5121
  %4239 = load double, ptr %t, align 8
  %4240 = load ptr, ptr %p.addr, align 8
  %4241 = load i32, ptr %i5072, align 4
  %4242 = load i32, ptr %m.addr, align 4
  %rem5127 = srem i32 %4241, %4242
  %idxprom5128 = sext i32 %rem5127 to i64
  %arrayidx5129 = getelementptr inbounds %struct.P, ptr %4240, i64 %idxprom5128
  %w5130 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5129, i32 0, i32 0
  %4243 = load double, ptr %w5130, align 8
  %add5131 = fadd double %4243, %4239
  store double %add5131, ptr %w5130, align 8
  %4244 = load i32, ptr %i5072, align 4
  %and5132 = and i32 %4244, 3
  %cmp5133 = icmp eq i32 %and5132, 0
  %conv5134 = zext i1 %cmp5133 to i32
  %conv5135 = sext i32 %conv5134 to i64
  %4245 = load i64, ptr %count, align 8
  %add5136 = add nsw i64 %4245, %conv5135
  store i64 %add5136, ptr %count, align 8
  br label %for.inc5137

for.inc5137:                                      ; preds = %if.end5126
  %4246 = load i32, ptr %i5072, align 4
  %inc5138 = add nsw i32 %4246, 1
  store i32 %inc5138, ptr %i5072, align 4
  br label %for.cond5073, !llvm.loop !81

for.end5139:                                      ; preds = %for.cond5073
  store i32 0, ptr %i5140, align 4
  br label %for.cond5141

for.cond5141:                                     ; preds = %for.inc5209, %for.end5139
  %4247 = load i32, ptr %i5140, align 4
  %4248 = load i32, ptr %n.addr, align 4
  %cmp5142 = icmp slt i32 %4247, %4248
  br i1 %cmp5142, label %for.body5144, label %for.end5211

for.body5144:                                     ; preds = %for.cond5141
  %4249 = load i32, ptr %i5140, align 4
  %conv5145 = sitofp i32 %4249 to double
  %4250 = load double, ptr %t, align 8
  %4251 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call5147 = call double @log1p(double noundef %4251) #3
  %neg5148 = fneg double %call5147
  %4252 = call double @llvm.fmuladd.f64(double %conv5145, double %4250, double %neg5148)
  %4253 = load ptr, ptr %x.addr, align 8
  %4254 = load i32, ptr %i5140, align 4
  %idxprom5149 = sext i32 %4254 to i64
  %arrayidx5150 = getelementptr inbounds double, ptr %4253, i64 %idxprom5149
  %4255 = load double, ptr %arrayidx5150, align 8
  %4256 = load ptr, ptr %x.addr, align 8
  %4257 = load i32, ptr %i5140, align 4
  %idxprom5151 = sext i32 %4257 to i64
  %arrayidx5152 = getelementptr inbounds double, ptr %4256, i64 %idxprom5151
  %4258 = load double, ptr %arrayidx5152, align 8
  %add5153 = fadd double %4255, %4258
  %4259 = load double, ptr %t, align 8
  %4260 = load double, ptr %t, align 8
  %neg5155 = fneg double %4259
  %4261 = call double @llvm.fmuladd.f64(double %neg5155, double %4260, double %add5153)
  %4262 = load double, ptr %s, align 8
  %4263 = call double @llvm.fmuladd.f64(double %4252, double %4261, double %4262)
  store double %4263, ptr %s, align 8
  %4264 = load ptr, ptr %p.addr, align 8
  %4265 = load i32, ptr %i5140, align 4
  %4266 = load i32, ptr %m.addr, align 4
  %rem5157 = srem i32 %4265, %4266
  %idxprom5158 = sext i32 %rem5157 to i64
  %arrayidx5159 = getelementptr inbounds %struct.P, ptr %4264, i64 %idxprom5158
  %v5160 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5159, i32 0, i32 1
  %arrayidx5161 = getelementptr inbounds [3 x double], ptr %v5160, i64 0, i64 1
  %4267 = load double, ptr %arrayidx5161, align 8
  %4268 = load double, ptr %b.addr, align 8
  %add5162 = fadd double %4267, %4268
  %4269 = load i32, ptr %i5140, align 4
  %and5163 = and i32 %4269, 7
  %idxprom5164 = sext i32 %and5163 to i64
  %arrayidx5165 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5164
  %4270 = load double, ptr %arrayidx5165, align 8
  %4271 = call double @llvm.fabs.f64(double %4270)
  %call5166 = call double @tanh(double noundef %4271) #3
  %mul5167 = fmul double %add5162, %call5166
  %4272 = load ptr, ptr %x.addr, align 8
  %4273 = load i32, ptr %i5140, align 4
  %idxprom5168 = sext i32 %4273 to i64
  %arrayidx5169 = getelementptr inbounds double, ptr %4272, i64 %idxprom5168
  %4274 = load double, ptr %arrayidx5169, align 8
  %4275 = load ptr, ptr %x.addr, align 8
  %4276 = load i32, ptr %i5140, align 4
  %idxprom5171 = sext i32 %4276 to i64
  %arrayidx5172 = getelementptr inbounds double, ptr %4275, i64 %idxprom5171
  %4277 = load double, ptr %arrayidx5172, align 8
  %4278 = load double, ptr %b.addr, align 8
  %add5173 = fadd double %4277, %4278
  %4279 = call double @llvm.fmuladd.f64(double 1.500000e+00, double %4274, double %add5173)
  %4280 = load double, ptr %s, align 8
  %4281 = call double @llvm.fmuladd.f64(double %mul5167, double %4279, double %4280)
  store double %4281, ptr %s, align 8
  %4282 = load double, ptr %a.addr, align 8
  %4283 = load ptr, ptr %x.addr, align 8
  %4284 = load i32, ptr %i5140, align 4
  %idxprom5175 = sext i32 %4284 to i64
  %arrayidx5176 = getelementptr inbounds double, ptr %4283, i64 %idxprom5175
  %4285 = load double, ptr %arrayidx5176, align 8
  %sub5177 = fsub double %4282, %4285
  %4286 = call double @llvm.fabs.f64(double %sub5177)
  %call5178 = call double @log1p(double noundef %4286) #3
  %4287 = load ptr, ptr %p.addr, align 8
  %4288 = load i32, ptr %i5140, align 4
  %4289 = load i32, ptr %m.addr, align 4
  %rem5179 = srem i32 %4288, %4289
  %idxprom5180 = sext i32 %rem5179 to i64
  %arrayidx5181 = getelementptr inbounds %struct.P, ptr %4287, i64 %idxprom5180
  %v5182 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5181, i32 0, i32 1
  %arrayidx5183 = getelementptr inbounds [3 x double], ptr %v5182, i64 0, i64 1
  %4290 = load double, ptr %arrayidx5183, align 8
  %4291 = call double @llvm.fabs.f64(double %4290)
  %call5184 = call double @cos(double noundef %4291) #3
  %4292 = load double, ptr %b.addr, align 8
  %4293 = load i32, ptr %i5140, align 4
  %conv5185 = sitofp i32 %4293 to double
  %4294 = call double @llvm.fmuladd.f64(double %4292, double %conv5185, double %call5184)
  %sub5187 = fsub double %call5178, %4294
  %4295 = load double, ptr %s, align 8
  %add5188 = fadd double %4295, %sub5187
  store double %add5188, ptr %s, align 8
  %4296 = load double, ptr %t, align 8
  %4297 = load double, ptr %s, align 8
  %mul5190 = fmul double %4297, 0x3FB374BC6A7EF9DB
  %4298 = call double @llvm.fmuladd.f64(double %4296, double 5.000000e-01, double %mul5190)
  store double %4298, ptr %t, align 8
  %4299 = load double, ptr %s, align 8
  %cmp5191 = fcmp ogt double %4299, 1.000000e+06
  br i1 %cmp5191, label %if.then5193, label %if.else5195

if.then5193:                                      ; preds = %for.body5144
  %4300 = load double, ptr %s, align 8
  %mul5194 = fmul double %4300, 5.000000e-01
  store double %mul5194, ptr %s, align 8
  br label %if.end5198

if.else5195:                                      ; preds = %for.body5144
  %4301 = load double, ptr %s, align 8
  %4302 = load ptr, ptr %y.addr, align 8
  %4303 = load i32, ptr %i5140, align 4
  %idxprom5196 = sext i32 %4303 to i64
  %arrayidx5197 = getelementptr inbounds double, ptr %4302, i64 %idxprom5196
  store double %4301, ptr %arrayidx5197, align 8
  br label %if.end5198

if.end5198:                                       ; preds = %if.else5195, %if.then5193
  %4304 = load double, ptr %t, align 8
  %4305 = load ptr, ptr %p.addr, align 8
  %4306 = load i32, ptr %i5140, align 4
  %4307 = load i32, ptr %m.addr, align 4
  %rem5199 = srem i32 %4306, %4307
  %idxprom5200 = sext i32 %rem5199 to i64
  %arrayidx5201 = getelementptr inbounds %struct.P, ptr %4305, i64 %idxprom5200
  %w5202 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5201, i32 0, i32 0
  %4308 = load double, ptr %w5202, align 8
  %add5203 = fadd double %4308, %4304
  store double %add5203, ptr %w5202, align 8
  %4309 = load i32, ptr %i5140, align 4
  %and5204 = and i32 %4309, 3
  %cmp5205 = icmp eq i32 %and5204, 0
  %conv5206 = zext i1 %cmp5205 to i32
  %conv5207 = sext i32 %conv5206 to i64
  %4310 = load i64, ptr %count, align 8
  %add5208 = add nsw i64 %4310, %conv5207
  store i64 %add5208, ptr %count, align 8
  br label %for.inc5209

for.inc5209:                                      ; preds = %if.end5198
  %4311 = load i32, ptr %i5140, align 4
  %inc5210 = add nsw i32 %4311, 1
  store i32 %inc5210, ptr %i5140, align 4
  br label %for.cond5141, !llvm.loop !82

for.end5211:                                      ; preds = %for.cond5141
  store i32 0, ptr %i5212, align 4
  br label %for.cond5213

for.cond5213:                                     ; preds = %for.inc5266, %for.end5211
  %4312 = load i32, ptr %i5212, align 4
  %4313 = load i32, ptr %n.addr, align 4
  %cmp5214 = icmp slt i32 %4312, %4313
  br i1 %cmp5214, label %for.body5216, label %for.end5268

for.body5216:                                     ; preds = %for.cond5213
  %4314 = load ptr, ptr %x.addr, align 8
  %4315 = load i32, ptr %i5212, align 4
  %idxprom5217 = sext i32 %4315 to i64
  %arrayidx5218 = getelementptr inbounds double, ptr %4314, i64 %idxprom5217
  %4316 = load double, ptr %arrayidx5218, align 8
  %4317 = load ptr, ptr %y.addr, align 8
  %4318 = load i32, ptr %i5212, align 4
  %idxprom5219 = sext i32 %4318 to i64
  %arrayidx5220 = getelementptr inbounds double, ptr %4317, i64 %idxprom5219
  %4319 = load double, ptr %arrayidx5220, align 8
  %mul5221 = fmul double %4316, %4319
  %4320 = call double @llvm.fabs.f64(double %mul5221)
  %call5222 = call double @atan(double noundef %4320) #3
  %4321 = call double @llvm.fabs.f64(double %call5222)
  %call5223 = call double @tanh(double noundef %4321) #3
  %4322 = load double, ptr %s, align 8
  %add5224 = fadd double %4322, %call5223
  store double %add5224, ptr %s, align 8
  %4323 = load ptr, ptr %y.addr, align 8
  %4324 = load i32, ptr %i5212, align 4
  %idxprom5225 = sext i32 %4324 to i64
  %arrayidx5226 = getelementptr inbounds double, ptr %4323, i64 %idxprom5225
  %4325 = load double, ptr %arrayidx5226, align 8
  %4326 = load ptr, ptr %p.addr, align 8
  %4327 = load i32, ptr %i5212, align 4
  %4328 = load i32, ptr %m.addr, align 4
  %rem5227 = srem i32 %4327, %4328
  %idxprom5228 = sext i32 %rem5227 to i64
  %arrayidx5229 = getelementptr inbounds %struct.P, ptr %4326, i64 %idxprom5228
  %w5230 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5229, i32 0, i32 0
  %4329 = load double, ptr %w5230, align 8
  %mul5231 = fmul double %4325, %4329
  %4330 = call double @llvm.fabs.f64(double %mul5231)
  %call5232 = call double @sin(double noundef %4330) #3
  %4331 = call double @llvm.fabs.f64(double %call5232)
  %call5233 = call double @cos(double noundef %4331) #3
  %4332 = load double, ptr %s, align 8
  %add5234 = fadd double %4332, %call5233
  store double %add5234, ptr %s, align 8
  %4333 = load i32, ptr %i5212, align 4
  %conv5235 = sitofp i32 %4333 to double
  %4334 = load i32, ptr %i5212, align 4
  %conv5236 = sitofp i32 %4334 to double
  %add5237 = fadd double %conv5235, %conv5236
  %4335 = load ptr, ptr %y.addr, align 8
  %4336 = load i32, ptr %i5212, align 4
  %idxprom5238 = sext i32 %4336 to i64
  %arrayidx5239 = getelementptr inbounds double, ptr %4335, i64 %idxprom5238
  %4337 = load double, ptr %arrayidx5239, align 8
  %4338 = load ptr, ptr %x.addr, align 8
  %4339 = load i32, ptr %i5212, align 4
  %idxprom5240 = sext i32 %4339 to i64
  %arrayidx5241 = getelementptr inbounds double, ptr %4338, i64 %idxprom5240
  %4340 = load double, ptr %arrayidx5241, align 8
  %sub5242 = fsub double %4337, %4340
  %mul5243 = fmul double %add5237, %sub5242
  %4341 = call double @llvm.fabs.f64(double %mul5243)
  %call5244 = call double @cos(double noundef %4341) #3
  %4342 = load double, ptr %s, align 8
  %add5245 = fadd double %4342, %call5244
  store double %add5245, ptr %s, align 8
  %4343 = load double, ptr %t, align 8
  %4344 = load double, ptr %s, align 8
  %mul5247 = fmul double %4344, 0x3FB3B645A1CAC083
  %4345 = call double @llvm.fmuladd.f64(double %4343, double 5.000000e-01, double %mul5247)
  store double %4345, ptr %t, align 8
  %4346 = load double, ptr %s, align 8
  %cmp5248 = fcmp ogt double %4346, 1.000000e+06
  br i1 %cmp5248, label %if.then5250, label %if.else5252

if.then5250:                                      ; preds = %for.body5216
  %4347 = load double, ptr %s, align 8
  %mul5251 = fmul double %4347, 5.000000e-01
  store double %mul5251, ptr %s, align 8
  br label %if.end5255

if.else5252:                                      ; preds = %for.body5216
  %4348 = load double, ptr %s, align 8
  %4349 = load ptr, ptr %y.addr, align 8
  %4350 = load i32, ptr %i5212, align 4
  %idxprom5253 = sext i32 %4350 to i64
  %arrayidx5254 = getelementptr inbounds double, ptr %4349, i64 %idxprom5253
  store double %4348, ptr %arrayidx5254, align 8
  br label %if.end5255

if.end5255:                                       ; preds = %if.else5252, %if.then5250
  %4351 = load double, ptr %t, align 8
  %4352 = load ptr, ptr %p.addr, align 8
  %4353 = load i32, ptr %i5212, align 4
  %4354 = load i32, ptr %m.addr, align 4
  %rem5256 = srem i32 %4353, %4354
  %idxprom5257 = sext i32 %rem5256 to i64
  %arrayidx5258 = getelementptr inbounds %struct.P, ptr %4352, i64 %idxprom5257
  %w5259 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5258, i32 0, i32 0
  %4355 = load double, ptr %w5259, align 8
  %add5260 = fadd double %4355, %4351
  store double %add5260, ptr %w5259, align 8
  %4356 = load i32, ptr %i5212, align 4
  %and5261 = and i32 %4356, 3
  %cmp5262 = icmp eq i32 %and5261, 0
  %conv5263 = zext i1 %cmp5262 to i32
  %conv5264 = sext i32 %conv5263 to i64
  %4357 = load i64, ptr %count, align 8
  %add5265 = add nsw i64 %4357, %conv5264
  store i64 %add5265, ptr %count, align 8
  br label %for.inc5266

for.inc5266:                                      ; preds = %if.end5255
  %4358 = load i32, ptr %i5212, align 4
  %inc5267 = add nsw i32 %4358, 1
  store i32 %inc5267, ptr %i5212, align 4
  br label %for.cond5213, !llvm.loop !83

for.end5268:                                      ; preds = %for.cond5213
  store i32 0, ptr %i5269, align 4
  br label %for.cond5270

for.cond5270:                                     ; preds = %for.inc5340, %for.end5268
  %4359 = load i32, ptr %i5269, align 4
  %4360 = load i32, ptr %n.addr, align 4
  %cmp5271 = icmp slt i32 %4359, %4360
  br i1 %cmp5271, label %for.body5273, label %for.end5342

for.body5273:                                     ; preds = %for.cond5270
  %4361 = load double, ptr %t, align 8
  %4362 = call double @llvm.fabs.f64(double %4361)
  %call5274 = call double @atan(double noundef %4362) #3
  %4363 = call double @llvm.fabs.f64(double %call5274)
  %call5275 = call double @sqrt(double noundef %4363) #3
  %4364 = load i32, ptr %i5269, align 4
  %conv5276 = sitofp i32 %4364 to double
  %4365 = load ptr, ptr %p.addr, align 8
  %4366 = load i32, ptr %i5269, align 4
  %4367 = load i32, ptr %m.addr, align 4
  %rem5277 = srem i32 %4366, %4367
  %idxprom5278 = sext i32 %rem5277 to i64
  %arrayidx5279 = getelementptr inbounds %struct.P, ptr %4365, i64 %idxprom5278
  %w5280 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5279, i32 0, i32 0
  %4368 = load double, ptr %w5280, align 8
  %sub5281 = fsub double %conv5276, %4368
  %4369 = load double, ptr %a.addr, align 8
  %4370 = load i32, ptr %i5269, align 4
  %conv5282 = sitofp i32 %4370 to double
  %add5283 = fadd double %4369, %conv5282
  %sub5284 = fsub double %sub5281, %add5283
  %add5285 = fadd double %call5275, %sub5284
  %4371 = load double, ptr %s, align 8
  %add5286 = fadd double %4371, %add5285
  store double %add5286, ptr %s, align 8
  %4372 = load ptr, ptr %y.addr, align 8
  %4373 = load i32, ptr %i5269, align 4
  %idxprom5287 = sext i32 %4373 to i64
  %arrayidx5288 = getelementptr inbounds double, ptr %4372, i64 %idxprom5287
  %4374 = load double, ptr %arrayidx5288, align 8
  %4375 = load ptr, ptr %x.addr, align 8
  %4376 = load i32, ptr %i5269, align 4
  %idxprom5289 = sext i32 %4376 to i64
  %arrayidx5290 = getelementptr inbounds double, ptr %4375, i64 %idxprom5289
  %4377 = load double, ptr %arrayidx5290, align 8
  %4378 = load double, ptr %b.addr, align 8
  %4379 = call double @llvm.fabs.f64(double %4378)
  %call5292 = call double @exp(double noundef %4379) #3
  %neg5293 = fneg double %call5292
  %4380 = call double @llvm.fmuladd.f64(double %4374, double %4377, double %neg5293)
  %4381 = load double, ptr %a.addr, align 8
  %4382 = load i32, ptr %i5269, align 4
  %conv5294 = sitofp i32 %4382 to double
  %4383 = load ptr, ptr %y.addr, align 8
  %4384 = load i32, ptr %i5269, align 4
  %idxprom5296 = sext i32 %4384 to i64
  %arrayidx5297 = getelementptr inbounds double, ptr %4383, i64 %idxprom5296
  %4385 = load double, ptr %arrayidx5297, align 8
  %4386 = load ptr, ptr %y.addr, align 8
  %4387 = load i32, ptr %i5269, align 4
  %idxprom5298 = sext i32 %4387 to i64
  %arrayidx5299 = getelementptr inbounds double, ptr %4386, i64 %idxprom5298
  %4388 = load double, ptr %arrayidx5299, align 8
  %mul5300 = fmul double %4385, %4388
  %neg5301 = fneg double %mul5300
  %4389 = call double @llvm.fmuladd.f64(double %4381, double %conv5294, double %neg5301)
  %add5302 = fadd double %4380, %4389
  %4390 = load double, ptr %s, align 8
  %add5303 = fadd double %4390, %add5302
  store double %add5303, ptr %s, align 8
  %4391 = load ptr, ptr %p.addr, align 8
  %4392 = load i32, ptr %i5269, align 4
  %4393 = load i32, ptr %m.addr, align 4
  %rem5304 = srem i32 %4392, %4393
  %idxprom5305 = sext i32 %rem5304 to i64
  %arrayidx5306 = getelementptr inbounds %struct.P, ptr %4391, i64 %idxprom5305
  %v5307 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5306, i32 0, i32 1
  %arrayidx5308 = getelementptr inbounds [3 x double], ptr %v5307, i64 0, i64 1
  %4394 = load double, ptr %arrayidx5308, align 8
  %4395 = load ptr, ptr %p.addr, align 8
  %4396 = load i32, ptr %i5269, align 4
  %4397 = load i32, ptr %m.addr, align 4
  %rem5309 = srem i32 %4396, %4397
  %idxprom5310 = sext i32 %rem5309 to i64
  %arrayidx5311 = getelementptr inbounds %struct.P, ptr %4395, i64 %idxprom5310
  %v5312 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5311, i32 0, i32 1
  %arrayidx5313 = getelementptr inbounds [3 x double], ptr %v5312, i64 0, i64 1
  %4398 = load double, ptr %arrayidx5313, align 8
  %mul5314 = fmul double %4394, %4398
  %4399 = load double, ptr %s, align 8
  %add5315 = fadd double %4399, 1.500000e+00
  %mul5316 = fmul double %mul5314, %add5315
  %4400 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call5317 = call double @log1p(double noundef %4400) #3
  %4401 = call double @llvm.fabs.f64(double %call5317)
  %call5318 = call double @sqrt(double noundef %4401) #3
  %4402 = load double, ptr %s, align 8
  %4403 = call double @llvm.fmuladd.f64(double %mul5316, double %call5318, double %4402)
  store double %4403, ptr %s, align 8
  %4404 = load double, ptr %t, align 8
  %4405 = load double, ptr %s, align 8
  %mul5321 = fmul double %4405, 0x3FB3F7CED916872B
  %4406 = call double @llvm.fmuladd.f64(double %4404, double 5.000000e-01, double %mul5321)
  store double %4406, ptr %t, align 8
  %4407 = load double, ptr %s, align 8
  %cmp5322 = fcmp ogt double %4407, 1.000000e+06
  br i1 %cmp5322, label %if.then5324, label %if.else5326

if.then5324:                                      ; preds = %for.body5273
  %4408 = load double, ptr %s, align 8
  %mul5325 = fmul double %4408, 5.000000e-01
  store double %mul5325, ptr %s, align 8
  br label %if.end5329

if.else5326:                                      ; preds = %for.body5273
  %4409 = load double, ptr %s, align 8
  %4410 = load ptr, ptr %y.addr, align 8
  %4411 = load i32, ptr %i5269, align 4
  %idxprom5327 = sext i32 %4411 to i64
  %arrayidx5328 = getelementptr inbounds double, ptr %4410, i64 %idxprom5327
  store double %4409, ptr %arrayidx5328, align 8
  br label %if.end5329

if.end5329:                                       ; preds = %if.else5326, %if.then5324
  %4412 = load double, ptr %t, align 8
  %4413 = load ptr, ptr %p.addr, align 8
  %4414 = load i32, ptr %i5269, align 4
  %4415 = load i32, ptr %m.addr, align 4
  %rem5330 = srem i32 %4414, %4415
  %idxprom5331 = sext i32 %rem5330 to i64
  %arrayidx5332 = getelementptr inbounds %struct.P, ptr %4413, i64 %idxprom5331
  %w5333 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5332, i32 0, i32 0
  %4416 = load double, ptr %w5333, align 8
  %add5334 = fadd double %4416, %4412
  store double %add5334, ptr %w5333, align 8
  %4417 = load i32, ptr %i5269, align 4
  %and5335 = and i32 %4417, 3
  %cmp5336 = icmp eq i32 %and5335, 0
  %conv5337 = zext i1 %cmp5336 to i32
  %conv5338 = sext i32 %conv5337 to i64
  %4418 = load i64, ptr %count, align 8
  %add5339 = add nsw i64 %4418, %conv5338
  store i64 %add5339, ptr %count, align 8
  br label %for.inc5340

for.inc5340:                                      ; preds = %if.end5329
  %4419 = load i32, ptr %i5269, align 4
  %inc5341 = add nsw i32 %4419, 1
  store i32 %inc5341, ptr %i5269, align 4
  br label %for.cond5270, !llvm.loop !84

for.end5342:                                      ; preds = %for.cond5270
  store i32 0, ptr %i5343, align 4
  br label %for.cond5344

for.cond5344:                                     ; preds = %for.inc5411, %for.end5342
  %4420 = load i32, ptr %i5343, align 4
  %4421 = load i32, ptr %n.addr, align 4
  %cmp5345 = icmp slt i32 %4420, %4421
  br i1 %cmp5345, label %for.body5347, label %for.end5413

for.body5347:                                     ; preds = %for.cond5344
  %4422 = load i32, ptr %i5343, align 4
  %conv5348 = sitofp i32 %4422 to double
  %4423 = load ptr, ptr %p.addr, align 8
  %4424 = load i32, ptr %i5343, align 4
  %4425 = load i32, ptr %m.addr, align 4
  %rem5349 = srem i32 %4424, %4425
  %idxprom5350 = sext i32 %rem5349 to i64
  %arrayidx5351 = getelementptr inbounds %struct.P, ptr %4423, i64 %idxprom5350
  %v5352 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5351, i32 0, i32 1
  %arrayidx5353 = getelementptr inbounds [3 x double], ptr %v5352, i64 0, i64 1
  %4426 = load double, ptr %arrayidx5353, align 8
  %mul5354 = fmul double %conv5348, %4426
  %4427 = call double @llvm.fabs.f64(double %mul5354)
  %call5355 = call double @atan(double noundef %4427) #3
  %4428 = load double, ptr %s, align 8
  %4429 = load i32, ptr %i5343, align 4
  %and5356 = and i32 %4429, 7
  %idxprom5357 = sext i32 %and5356 to i64
  %arrayidx5358 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5357
  %4430 = load double, ptr %arrayidx5358, align 8
  %sub5359 = fsub double %4428, %4430
  %4431 = call double @llvm.fabs.f64(double %sub5359)
  %call5360 = call double @sqrt(double noundef %4431) #3
  %sub5361 = fsub double %call5355, %call5360
  %4432 = load double, ptr %s, align 8
  %add5362 = fadd double %4432, %sub5361
  store double %add5362, ptr %s, align 8
  %4433 = load ptr, ptr %p.addr, align 8
  %4434 = load i32, ptr %i5343, align 4
  %4435 = load i32, ptr %m.addr, align 4
  %rem5363 = srem i32 %4434, %4435
  %idxprom5364 = sext i32 %rem5363 to i64
  %arrayidx5365 = getelementptr inbounds %struct.P, ptr %4433, i64 %idxprom5364
  %w5366 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5365, i32 0, i32 0
  %4436 = load double, ptr %w5366, align 8
  %4437 = call double @llvm.fabs.f64(double %4436)
  %call5367 = call double @exp(double noundef %4437) #3
  %4438 = load ptr, ptr %p.addr, align 8
  %4439 = load i32, ptr %i5343, align 4
  %4440 = load i32, ptr %m.addr, align 4
  %rem5368 = srem i32 %4439, %4440
  %idxprom5369 = sext i32 %rem5368 to i64
  %arrayidx5370 = getelementptr inbounds %struct.P, ptr %4438, i64 %idxprom5369
  %w5371 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5370, i32 0, i32 0
  %4441 = load double, ptr %w5371, align 8
  %4442 = load double, ptr %b.addr, align 8
  %sub5372 = fsub double %4441, %4442
  %4443 = load ptr, ptr %x.addr, align 8
  %4444 = load i32, ptr %i5343, align 4
  %idxprom5374 = sext i32 %4444 to i64
  %arrayidx5375 = getelementptr inbounds double, ptr %4443, i64 %idxprom5374
  %4445 = load double, ptr %arrayidx5375, align 8
  %4446 = load ptr, ptr %x.addr, align 8
  %4447 = load i32, ptr %i5343, align 4
  %idxprom5376 = sext i32 %4447 to i64
  %arrayidx5377 = getelementptr inbounds double, ptr %4446, i64 %idxprom5376
  %4448 = load double, ptr %arrayidx5377, align 8
  %add5378 = fadd double %4445, %4448
  %4449 = load i32, ptr %i5343, align 4
  %and5379 = and i32 %4449, 7
  %idxprom5380 = sext i32 %and5379 to i64
  %arrayidx5381 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5380
  %4450 = load double, ptr %arrayidx5381, align 8
  %4451 = call double @llvm.fabs.f64(double %4450)
  %call5382 = call double @exp(double noundef %4451) #3
  %mul5383 = fmul double %add5378, %call5382
  %neg5384 = fneg double %mul5383
  %4452 = call double @llvm.fmuladd.f64(double %call5367, double %sub5372, double %neg5384)
  %4453 = load double, ptr %s, align 8
  %add5385 = fadd double %4453, %4452
  store double %add5385, ptr %s, align 8
  %4454 = load double, ptr %b.addr, align 8
  %4455 = call double @llvm.fabs.f64(double %4454)
  %call5386 = call double @tanh(double noundef %4455) #3
  %4456 = call double @llvm.fabs.f64(double 1.500000e+00)
  %call5387 = call double @log1p(double noundef %4456) #3
  %sub5388 = fsub double %call5386, %call5387
  %4457 = call double @llvm.fabs.f64(double %sub5388)
  %call5389 = call double @sqrt(double noundef %4457) #3
  %4458 = load double, ptr %s, align 8
  %add5390 = fadd double %4458, %call5389
  store double %add5390, ptr %s, align 8
  %4459 = load double, ptr %t, align 8
  %4460 = load double, ptr %s, align 8
  %mul5392 = fmul double %4460, 7.900000e-02
  %4461 = call double @llvm.fmuladd.f64(double %4459, double 5.000000e-01, double %mul5392)
  store double %4461, ptr %t, align 8
  %4462 = load double, ptr %s, align 8
  %cmp5393 = fcmp ogt double %4462, 1.000000e+06
  br i1 %cmp5393, label %if.then5395, label %if.else5397

if.then5395:                                      ; preds = %for.body5347
  %4463 = load double, ptr %s, align 8
  %mul5396 = fmul double %4463, 5.000000e-01
  store double %mul5396, ptr %s, align 8
  br label %if.end5400

if.else5397:                                      ; preds = %for.body5347
  %4464 = load double, ptr %s, align 8
  %4465 = load ptr, ptr %y.addr, align 8
  %4466 = load i32, ptr %i5343, align 4
  %idxprom5398 = sext i32 %4466 to i64
  %arrayidx5399 = getelementptr inbounds double, ptr %4465, i64 %idxprom5398
  store double %4464, ptr %arrayidx5399, align 8
  br label %if.end5400

if.end5400:                                       ; preds = %if.else5397, %if.then5395
  %4467 = load double, ptr %t, align 8
  %4468 = load ptr, ptr %p.addr, align 8
  %4469 = load i32, ptr %i5343, align 4
  %4470 = load i32, ptr %m.addr, align 4
  %rem5401 = srem i32 %4469, %4470
  %idxprom5402 = sext i32 %rem5401 to i64
  %arrayidx5403 = getelementptr inbounds %struct.P, ptr %4468, i64 %idxprom5402
  %w5404 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5403, i32 0, i32 0
  %4471 = load double, ptr %w5404, align 8
  %add5405 = fadd double %4471, %4467
  store double %add5405, ptr %w5404, align 8
  %4472 = load i32, ptr %i5343, align 4
  %and5406 = and i32 %4472, 3
  %cmp5407 = icmp eq i32 %and5406, 0
  %conv5408 = zext i1 %cmp5407 to i32
  %conv5409 = sext i32 %conv5408 to i64
  %4473 = load i64, ptr %count, align 8
  %add5410 = add nsw i64 %4473, %conv5409
  store i64 %add5410, ptr %count, align 8
  br label %for.inc5411

for.inc5411:                                      ; preds = %if.end5400
  %4474 = load i32, ptr %i5343, align 4
  %inc5412 = add nsw i32 %4474, 1
  store i32 %inc5412, ptr %i5343, align 4
  br label %for.cond5344, !llvm.loop !85

for.end5413:                                      ; preds = %for.cond5344
  store i32 0, ptr %i5414, align 4
  br label %for.cond5415

for.cond5415:                                     ; preds = %for.inc5473, %for.end5413
  %4475 = load i32, ptr %i5414, align 4
  %4476 = load i32, ptr %n.addr, align 4
  %cmp5416 = icmp slt i32 %4475, %4476
  br i1 %cmp5416, label %for.body5418, label %for.end5475

for.body5418:                                     ; preds = %for.cond5415
  %4477 = load i32, ptr %i5414, align 4
  %conv5419 = sitofp i32 %4477 to double
  %4478 = load double, ptr %t, align 8
  %add5420 = fadd double %conv5419, %4478
  %4479 = load i32, ptr %i5414, align 4
  %and5421 = and i32 %4479, 7
  %idxprom5422 = sext i32 %and5421 to i64
  %arrayidx5423 = getelementptr inbounds [8 x double], ptr @tab, i64 0, i64 %idxprom5422
  %4480 = load double, ptr %arrayidx5423, align 8
  %mul5424 = fmul double 1.500000e+00, %4480
  %mul5425 = fmul double %add5420, %mul5424
  %4481 = load double, ptr %b.addr, align 8
  %4482 = load ptr, ptr %p.addr, align 8
  %4483 = load i32, ptr %i5414, align 4
  %4484 = load i32, ptr %m.addr, align 4
  %rem5426 = srem i32 %4483, %4484
  %idxprom5427 = sext i32 %rem5426 to i64
  %arrayidx5428 = getelementptr inbounds %struct.P, ptr %4482, i64 %idxprom5427
  %v5429 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5428, i32 0, i32 1
  %arrayidx5430 = getelementptr inbounds [3 x double], ptr %v5429, i64 0, i64 1
  %4485 = load double, ptr %arrayidx5430, align 8
  %add5431 = fadd double %4481, %4485
  %4486 = call double @llvm.fabs.f64(double %add5431)
  %call5432 = call double @atan(double noundef %4486) #3
  %4487 = load double, ptr %s, align 8
  %4488 = call double @llvm.fmuladd.f64(double %mul5425, double %call5432, double %4487)
  store double %4488, ptr %s, align 8
  %4489 = load double, ptr %a.addr, align 8
  %4490 = load double, ptr %b.addr, align 8
  %mul5434 = fmul double %4489, %4490
  %4491 = load double, ptr %t, align 8
  %4492 = load ptr, ptr %x.addr, align 8
  %4493 = load i32, ptr %i5414, align 4
  %idxprom5435 = sext i32 %4493 to i64
  %arrayidx5436 = getelementptr inbounds double, ptr %4492, i64 %idxprom5435
  %4494 = load double, ptr %arrayidx5436, align 8
  %mul5437 = fmul double %4491, %4494
  %4495 = load double, ptr %s, align 8
  %4496 = call double @llvm.fabs.f64(double %4495)
  %call5439 = call double @tanh(double noundef %4496) #3
  %4497 = call double @llvm.fabs.f64(double %call5439)
  %call5440 = call double @sin(double noundef %4497) #3
  %neg5441 = fneg double %call5440
  %4498 = call double @llvm.fmuladd.f64(double %mul5434, double %mul5437, double %neg5441)
  %4499 = load double, ptr %s, align 8
  %add5442 = fadd double %4499, %4498
  store double %add5442, ptr %s, align 8
  %4500 = load double, ptr %t, align 8
  %4501 = load ptr, ptr %x.addr, align 8
  %4502 = load i32, ptr %i5414, align 4
  %idxprom5443 = sext i32 %4502 to i64
  %arrayidx5444 = getelementptr inbounds double, ptr %4501, i64 %idxprom5443
  %4503 = load double, ptr %arrayidx5444, align 8
  %add5445 = fadd double %4500, %4503
  %4504 = load ptr, ptr %y.addr, align 8
  %4505 = load i32, ptr %i5414, align 4
  %idxprom5446 = sext i32 %4505 to i64
  %arrayidx5447 = getelementptr inbounds double, ptr %4504, i64 %idxprom5446
  %4506 = load double, ptr %arrayidx5447, align 8
  %add5448 = fadd double 1.500000e+00, %4506
  %4507 = load double, ptr %a.addr, align 8
  %4508 = load double, ptr %t, align 8
  %4509 = load double, ptr %t, align 8
  %4510 = call double @llvm.fabs.f64(double %4509)
  %call5451 = call double @tanh(double noundef %4510) #3
  %4511 = call double @llvm.fmuladd.f64(double %4507, double %4508, double %call5451)
  %4512 = call double @llvm.fmuladd.f64(double %add5445, double %add5448, double %4511)
  %4513 = load double, ptr %s, align 8
  %add5452 = fadd double %4513, %4512
  store double %add5452, ptr %s, align 8
  %4514 = load double, ptr %t, align 8
  %4515 = load double, ptr %s, align 8
  %mul5454 = fmul double %4515, 8.000000e-02
  %4516 = call double @llvm.fmuladd.f64(double %4514, double 5.000000e-01, double %mul5454)
  store double %4516, ptr %t, align 8
  %4517 = load double, ptr %s, align 8
  %cmp5455 = fcmp ogt double %4517, 1.000000e+06
  br i1 %cmp5455, label %if.then5457, label %if.else5459

if.then5457:                                      ; preds = %for.body5418
  %4518 = load double, ptr %s, align 8
  %mul5458 = fmul double %4518, 5.000000e-01
  store double %mul5458, ptr %s, align 8
  br label %if.end5462

if.else5459:                                      ; preds = %for.body5418
  %4519 = load double, ptr %s, align 8
  %4520 = load ptr, ptr %y.addr, align 8
  %4521 = load i32, ptr %i5414, align 4
  %idxprom5460 = sext i32 %4521 to i64
  %arrayidx5461 = getelementptr inbounds double, ptr %4520, i64 %idxprom5460
  store double %4519, ptr %arrayidx5461, align 8
  br label %if.end5462

if.end5462:                                       ; preds = %if.else5459, %if.then5457
  %4522 = load double, ptr %t, align 8
  %4523 = load ptr, ptr %p.addr, align 8
  %4524 = load i32, ptr %i5414, align 4
  %4525 = load i32, ptr %m.addr, align 4
  %rem5463 = srem i32 %4524, %4525
  %idxprom5464 = sext i32 %rem5463 to i64
  %arrayidx5465 = getelementptr inbounds %struct.P, ptr %4523, i64 %idxprom5464
  %w5466 = getelementptr inbounds nuw %struct.P, ptr %arrayidx5465, i32 0, i32 0
  %4526 = load double, ptr %w5466, align 8
  %add5467 = fadd double %4526, %4522
  store double %add5467, ptr %w5466, align 8
  %4527 = load i32, ptr %i5414, align 4
  %and5468 = and i32 %4527, 3
  %cmp5469 = icmp eq i32 %and5468, 0
  %conv5470 = zext i1 %cmp5469 to i32
  %conv5471 = sext i32 %conv5470 to i64
  %4528 = load i64, ptr %count, align 8
  %add5472 = add nsw i64 %4528, %conv5471
  store i64 %add5472, ptr %count, align 8
  br label %for.inc5473

for.inc5473:                                      ; preds = %if.end5462
  %4529 = load i32, ptr %i5414, align 4
  %inc5474 = add nsw i32 %4529, 1
  store i32 %inc5474, ptr %i5414, align 4
  br label %for.cond5415, !llvm.loop !86

for.end5475:                                      ; preds = %for.cond5415
  %4530 = load double, ptr %s, align 8
  %4531 = load double, ptr %t, align 8
  %add5476 = fadd double %4530, %4531
  %4532 = load i64, ptr %count, align 8
  %conv5477 = sitofp i64 %4532 to double
  %add5478 = fadd double %add5476, %conv5477
  ret double %add5478
}

; Function Attrs: nounwind
declare double @atan(double noundef) #1

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fmuladd.f64(double, double, double) #2

; Function Attrs: nounwind
declare double @log1p(double noundef) #1

; Function Attrs: nounwind
declare double @sqrt(double noundef) #1

; Function Attrs: nounwind
declare double @cos(double noundef) #1

; Function Attrs: nounwind
declare double @sin(double noundef) #1

; Function Attrs: nounwind
declare double @tanh(double noundef) #1

; Function Attrs: nounwind
declare double @exp(double noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
!14 = distinct !{!14, !7}
!15 = distinct !{!15, !7}
!16 = distinct !{!16, !7}
!17 = distinct !{!17, !7}
!18 = distinct !{!18, !7}
!19 = distinct !{!19, !7}
!20 = distinct !{!20, !7}
!21 = distinct !{!21, !7}
!22 = distinct !{!22, !7}
!23 = distinct !{!23, !7}
!24 = distinct !{!24, !7}
!25 = distinct !{!25, !7}
!26 = distinct !{!26, !7}
!27 = distinct !{!27, !7}
!28 = distinct !{!28, !7}
!29 = distinct !{!29, !7}
!30 = distinct !{!30, !7}
!31 = distinct !{!31, !7}
!32 = distinct !{!32, !7}
!33 = distinct !{!33, !7}
!34 = distinct !{!34, !7}
!35 = distinct !{!35, !7}
!36 = distinct !{!36, !7}
!37 = distinct !{!37, !7}
!38 = distinct !{!38, !7}
!39 = distinct !{!39, !7}
!40 = distinct !{!40, !7}
!41 = distinct !{!41, !7}
!42 = distinct !{!42, !7}
!43 = distinct !{!43, !7}
!44 = distinct !{!44, !7}
!45 = distinct !{!45, !7}
!46 = distinct !{!46, !7}
!47 = distinct !{!47, !7}
!48 = distinct !{!48, !7}
!49 = distinct !{!49, !7}
!50 = distinct !{!50, !7}
!51 = distinct !{!51, !7}
!52 = distinct !{!52, !7}
!53 = distinct !{!53, !7}
!54 = distinct !{!54, !7}
!55 = distinct !{!55, !7}
!56 = distinct !{!56, !7}
!57 = distinct !{!57, !7}
!58 = distinct !{!58, !7}
!59 = distinct !{!59, !7}
!60 = distinct !{!60, !7}
!61 = distinct !{!61, !7}
!62 = distinct !{!62, !7}
!63 = distinct !{!63, !7}
!64 = distinct !{!64, !7}
!65 = distinct !{!65, !7}
!66 = distinct !{!66, !7}
!67 = distinct !{!67, !7}
!68 = distinct !{!68, !7}
!69 = distinct !{!69, !7}
!70 = distinct !{!70, !7}
!71 = distinct !{!71, !7}
!72 = distinct !{!72, !7}
!73 = distinct !{!73, !7}
!74 = distinct !{!74, !7}
!75 = distinct !{!75, !7}
!76 = distinct !{!76, !7}
!77 = distinct !{!77, !7}
!78 = distinct !{!78, !7}
!79 = distinct !{!79, !7}
!80 = distinct !{!80, !7}
!81 = distinct !{!81, !7}
!82 = distinct !{!82, !7}
!83 = distinct !{!83, !7}
!84 = distinct !{!84, !7}
!85 = distinct !{!85, !7}
!86 = distinct !{!86, !7}
