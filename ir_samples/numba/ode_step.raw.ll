; ModuleID = '<string>'
source_filename = "<string>"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant [76 x i8] c"\80\04\95A\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Erange() arg 3 must not be zero\94\85\94N\87\94."
@.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1 = internal constant [20 x i8] c"\CA\8E\FB:r\D6\14\FE\87 2\CC\E3\AC2`\07\A3\07'"
@.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727, i32 76, ptr @.const.pickledata.ca8efb3a72d614fe872032cce3ac326007a30727.sha1, ptr null, i32 0 }
@.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff = internal constant [81 x i8] c"\80\04\95F\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C#Cannot safely convert value to intp\94\85\94N\87\94."
@.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff.sha1 = internal constant [20 x i8] c"M\D0\A5\17S\C7\DCs\85\B2u\D9R\BDR\D8\A29\C2\FF"
@.const.picklebuf.4dd0a51753c7dc7385b275d952bd52d8a239c2ff = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff, i32 81, ptr @.const.pickledata.4dd0a51753c7dc7385b275d952bd52d8a239c2ff.sha1, ptr null, i32 0 }
@.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b = internal constant [77 x i8] c"\80\04\95B\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C\1Fnegative dimensions not allowed\94\85\94N\87\94."
@.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b.sha1 = internal constant [20 x i8] c"3\1B\85c\BD\B9\DA\C8\1B8B\22s\05,Ho\C1pk"
@.const.picklebuf.331b8563bdb9dac81b38422273052c486fc1706b = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b, i32 77, ptr @.const.pickledata.331b8563bdb9dac81b38422273052c486fc1706b.sha1, ptr null, i32 0 }
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant [137 x i8] c"\80\04\95~\00\00\00\00\00\00\00\8C\08builtins\94\8C\0AValueError\94\93\94\8C[array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.\94\85\94N\87\94."
@.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1 = internal constant [20 x i8] c"X\E1N\CC\B5\07\B1\E0 i\81t\02#\E6\85\CB\8C<W"
@.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57, i32 137, ptr @.const.pickledata.58e14eccb507b1e0206981740223e685cb8c3c57.sha1, ptr null, i32 0 }
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209 = internal constant [86 x i8] c"\80\04\95K\00\00\00\00\00\00\00\8C\08builtins\94\8C\0BMemoryError\94\93\94\8C'Allocation failed (probably too large).\94\85\94N\87\94."
@.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1 = internal constant [20 x i8] c"\BA(\9D\81\F0\\p \F3G|\15sH\04\DFe\AB\E2\09"
@.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209, i32 86, ptr @.const.pickledata.ba289d81f05c7020f3477c15734804df65abe209.sha1, ptr null, i32 0 }
@.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3 = internal constant [145 x i8] c"\80\04\95\86\00\00\00\00\00\00\00\8C\08builtins\94\8C\0DOverflowError\94\93\94)\8C\09int_power\94\8CR/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/numba/cpython/numbers.py\94K\DE\87\94\87\94."
@.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3.sha1 = internal constant [20 x i8] c"\D4\13A\8B\B6M\F0D\D7\8Bt\DEid\FF\E0\95,\B6\E3"
@.const.picklebuf.d413418bb64df044d78b74de6964ffe0952cb6e3 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3, i32 145, ptr @.const.pickledata.d413418bb64df044d78b74de6964ffe0952cb6e3.sha1, ptr null, i32 0 }
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant [69 x i8] c"\80\04\95:\00\00\00\00\00\00\00\8C\08builtins\94\8C\11ZeroDivisionError\94\93\94\8C\10division by zero\94\85\94N\87\94."
@.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1 = internal constant [20 x i8] c"\B2\80\08\A0\F8\8B\AD_\F0\F0$>\84\DA\B9\0C\AB\19\B3f"
@.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366 = internal constant { ptr, i32, ptr, ptr, i32 } { ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366, i32 69, ptr @.const.pickledata.b28008a0f88bad5ff0f0243e84dab90cab19b366.sha1, ptr null, i32 0 }

define i32 @_ZN8__main__8ode_stepB3v45B54c8tJTIeFIjxB2IKSgI4CrvQClUaPLCRhSLpAEkCNa5hEEcQoTQA_3dE5ArrayIdLi1E1C7mutable7alignedEdd(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.y.0, ptr %arg.y.1, i64 %arg.y.2, i64 %arg.y.3, ptr %arg.y.4, i64 %arg.y.5.0, i64 %arg.y.6.0, double %arg.dt, double %arg.k) {
entry:
  %inserted.meminfo = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %arg.y.0, 0
  %inserted.parent = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo, ptr %arg.y.1, 1
  %inserted.nitems = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent, i64 %arg.y.2, 2
  %inserted.itemsize = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems, i64 %arg.y.3, 3
  %inserted.data = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize, ptr %arg.y.4, 4
  %.13 = insertvalue [1 x i64] undef, i64 %arg.y.5.0, 0
  %inserted.shape = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data, [1 x i64] %.13, 5
  %.14 = insertvalue [1 x i64] undef, i64 %arg.y.6.0, 0
  %inserted.strides = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape, [1 x i64] %.14, 6
  %y = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %y, align 8
  %dt = alloca double, align 8
  store double 0.000000e+00, ptr %dt, align 8
  %k = alloca double, align 8
  store double 0.000000e+00, ptr %k, align 8
  %.25 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.25, align 8
  %n = alloca i64, align 8
  store i64 0, ptr %n, align 8
  %.39 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.39, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %mid = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %mid, align 8
  %.83 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.83, align 8
  %.93 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.93, align 8
  %.97 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.97, align 8
  %.106 = alloca i64, align 8
  store i64 0, ptr %.106, align 8
  %.109 = alloca i64, align 8
  store i64 0, ptr %.109, align 8
  %"$phi100.0" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi100.0", align 8
  %.152 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.152, align 8
  %.155 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.155, align 8
  %.181 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.181, align 8
  %.187 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.187, align 8
  %"$phi102.1" = alloca i64, align 8
  store i64 0, ptr %"$phi102.1", align 8
  %.201 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.201, align 8
  %.235 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.235, align 8
  %.264 = alloca double, align 8
  store double 0.000000e+00, ptr %.264, align 8
  %excinfo.2 = alloca ptr, align 8
  store ptr null, ptr %excinfo.2, align 8
  %.292 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.292, align 8
  %.327 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.327, align 8
  %.339 = alloca { i64, i64, i64 }, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.339, align 8
  %.343 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.343, align 8
  %.352 = alloca i64, align 8
  store i64 0, ptr %.352, align 8
  %.355 = alloca i64, align 8
  store i64 0, ptr %.355, align 8
  %"$phi202.0" = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi202.0", align 8
  %.398 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.398, align 8
  %.401 = alloca { ptr, i64, i64, ptr }, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.401, align 8
  %.427 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.427, align 8
  %.433 = alloca { i64, i1 }, align 8
  store { i64, i1 } zeroinitializer, ptr %.433, align 8
  %"$phi204.1" = alloca i64, align 8
  store i64 0, ptr %"$phi204.1", align 8
  %.447 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.447, align 8
  %.479 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.479, align 8
  %.508 = alloca double, align 8
  store double 0.000000e+00, ptr %.508, align 8
  %excinfo.3 = alloca ptr, align 8
  store ptr null, ptr %excinfo.3, align 8
  %.537 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.537, align 8
  %.581 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.581, align 8
  br label %B0

B0:                                               ; preds = %entry
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 5
  %.15 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, 6
  %.16 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides, ptr %y, align 8
  store double %arg.dt, ptr %dt, align 8
  store double %arg.k, ptr %k, align 8
  %.24 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.25, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.24, ptr %.25, align 8
  %.29 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.25, i32 0, i32 5
  %.30 = getelementptr inbounds [1 x i64], ptr %.29, i32 0, i32 0
  %.31 = load i64, ptr %.30, align 8, !range !0
  %.32 = insertvalue [1 x i64] undef, i64 %.31, 0
  %.33 = extractvalue [1 x i64] %.32, 0
  %.35 = load i64, ptr %n, align 8
  store i64 %.33, ptr %n, align 8
  %.37 = extractvalue [1 x i64] %.32, 0
  %.38 = load i64, ptr %n, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.39, align 8
  %.43 = call i32 @_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29(ptr %.39, ptr %excinfo.1, i64 %.38)
  %.44 = load ptr, ptr %excinfo.1, align 8
  %.45 = icmp eq i32 %.43, 0
  %.46 = icmp eq i32 %.43, -2
  %.47 = icmp eq i32 %.43, -1
  %.48 = icmp eq i32 %.43, -3
  %.49 = or i1 %.45, %.46
  %.50 = xor i1 %.49, true
  %.51 = icmp sge i32 %.43, 1
  %.52 = select i1 %.51, ptr %.44, ptr undef
  %.53 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.39, align 8
  %.54 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 0
  %.55 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 1
  %.56 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 2
  %.57 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 3
  %.58 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 4
  %.59 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 5
  %.60 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.53, 6
  %inserted.meminfo.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %.54, 0
  %inserted.parent.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.meminfo.1, ptr %.55, 1
  %inserted.nitems.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.parent.1, i64 %.56, 2
  %inserted.itemsize.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.nitems.1, i64 %.57, 3
  %inserted.data.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.itemsize.1, ptr %.58, 4
  %.61 = extractvalue [1 x i64] %.59, 0
  %.62 = insertvalue [1 x i64] undef, i64 %.61, 0
  %inserted.shape.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.data.1, [1 x i64] %.62, 5
  %.63 = extractvalue [1 x i64] %.60, 0
  %.64 = insertvalue [1 x i64] undef, i64 %.63, 0
  %inserted.strides.1 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.shape.1, [1 x i64] %.64, 6
  br i1 %.50, label %B0.if, label %B0.endif, !prof !1

B100:                                             ; preds = %B102.endif, %B0.endif.endif.endif
  %.151 = load { ptr, i64, i64, ptr }, ptr %"$phi100.0", align 8
  store { i64, i1 } zeroinitializer, ptr %.152, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.155, align 8
  store { ptr, i64, i64, ptr } %.151, ptr %.155, align 8
  %.159 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.155, i32 0, i32 3
  %.160 = load ptr, ptr %.159, align 8
  %.161 = load i64, ptr %.160, align 8
  %.162 = icmp sgt i64 %.161, 0
  %.163 = getelementptr inbounds { i64, i1 }, ptr %.152, i32 0, i32 1
  store i1 %.162, ptr %.163, align 1
  br i1 %.162, label %B100.if, label %B100.endif

B102:                                             ; preds = %B100.endif
  %.197 = load i64, ptr %"$phi102.1", align 8
  %.198 = load i64, ptr %"$phi102.1", align 8
  store i64 0, ptr %"$phi102.1", align 8
  %.200 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.201, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.200, ptr %.201, align 8
  %.205 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 5
  %.206 = getelementptr inbounds [1 x i64], ptr %.205, i32 0, i32 0
  %.207 = load i64, ptr %.206, align 8, !range !0
  %.208 = insertvalue [1 x i64] undef, i64 %.207, 0
  %.209 = extractvalue [1 x i64] %.208, 0
  %.210 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 6
  %.211 = load [1 x i64], ptr %.210, align 8
  %.212 = extractvalue [1 x i64] %.211, 0
  %.213 = icmp slt i64 %.197, 0
  %.214 = add i64 %.197, %.209
  %.215 = select i1 %.213, i64 %.214, i64 %.197
  %.216 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 5
  %.217 = getelementptr inbounds [1 x i64], ptr %.216, i32 0, i32 0
  %.218 = load i64, ptr %.217, align 8, !range !0
  %.219 = insertvalue [1 x i64] undef, i64 %.218, 0
  %.220 = extractvalue [1 x i64] %.219, 0
  %.221 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 6
  %.222 = load [1 x i64], ptr %.221, align 8
  %.223 = extractvalue [1 x i64] %.222, 0
  %.224 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.201, i32 0, i32 4
  %.225 = load ptr, ptr %.224, align 8
  %.226 = mul i64 %.215, 1
  %.227 = add i64 0, %.226
  %.228 = getelementptr double, ptr %.225, i64 %.227
  %.229 = load double, ptr %.228, align 8
  %.230 = load double, ptr %dt, align 8
  %.231 = fmul double 5.000000e-01, %.230
  %.232 = load double, ptr %k, align 8
  %.233 = fsub double -0.000000e+00, %.232
  %.234 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.235, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.234, ptr %.235, align 8
  %.239 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.235, i32 0, i32 5
  %.240 = getelementptr inbounds [1 x i64], ptr %.239, i32 0, i32 0
  %.241 = load i64, ptr %.240, align 8, !range !0
  %.242 = insertvalue [1 x i64] undef, i64 %.241, 0
  %.243 = extractvalue [1 x i64] %.242, 0
  %.244 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.235, i32 0, i32 6
  %.245 = load [1 x i64], ptr %.244, align 8
  %.246 = extractvalue [1 x i64] %.245, 0
  %.247 = icmp slt i64 %.197, 0
  %.248 = add i64 %.197, %.243
  %.249 = select i1 %.247, i64 %.248, i64 %.197
  %.250 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.235, i32 0, i32 5
  %.251 = getelementptr inbounds [1 x i64], ptr %.250, i32 0, i32 0
  %.252 = load i64, ptr %.251, align 8, !range !0
  %.253 = insertvalue [1 x i64] undef, i64 %.252, 0
  %.254 = extractvalue [1 x i64] %.253, 0
  %.255 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.235, i32 0, i32 6
  %.256 = load [1 x i64], ptr %.255, align 8
  %.257 = extractvalue [1 x i64] %.256, 0
  %.258 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.235, i32 0, i32 4
  %.259 = load ptr, ptr %.258, align 8
  %.260 = mul i64 %.249, 1
  %.261 = add i64 0, %.260
  %.262 = getelementptr double, ptr %.259, i64 %.261
  %.263 = load double, ptr %.262, align 8
  store double 0.000000e+00, ptr %.264, align 8
  %.268 = call i32 @_ZN5numba7cpython7numbers14int_power_impl12_3clocals_3e9int_powerB3v48B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdx(ptr %.264, ptr %excinfo.2, double %.263, i64 3)
  %.269 = load ptr, ptr %excinfo.2, align 8
  %.270 = icmp eq i32 %.268, 0
  %.271 = icmp eq i32 %.268, -2
  %.272 = icmp eq i32 %.268, -1
  %.273 = icmp eq i32 %.268, -3
  %.274 = or i1 %.270, %.271
  %.275 = xor i1 %.274, true
  %.276 = icmp sge i32 %.268, 1
  %.277 = select i1 %.276, ptr %.269, ptr undef
  %.278 = load double, ptr %.264, align 8
  br i1 %.275, label %B102.if, label %B102.endif, !prof !1

B172:                                             ; preds = %B100.endif
  %.322 = load i64, ptr %"$phi102.1", align 8
  store i64 0, ptr %"$phi102.1", align 8
  %.324 = load { ptr, i64, i64, ptr }, ptr %"$phi100.0", align 8
  %extracted.iter.3 = extractvalue { ptr, i64, i64, ptr } %.324, 0
  %extracted.stop.4 = extractvalue { ptr, i64, i64, ptr } %.324, 1
  %extracted.step.4 = extractvalue { ptr, i64, i64, ptr } %.324, 2
  %extracted.count.3 = extractvalue { ptr, i64, i64, ptr } %.324, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi100.0", align 8
  %.326 = load i64, ptr %n, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.327, align 8
  %.330 = getelementptr inbounds { i64, i64, i64 }, ptr %.327, i32 0, i32 0
  store i64 0, ptr %.330, align 8
  %.332 = getelementptr inbounds { i64, i64, i64 }, ptr %.327, i32 0, i32 1
  store i64 %.326, ptr %.332, align 8
  %.334 = getelementptr inbounds { i64, i64, i64 }, ptr %.327, i32 0, i32 2
  store i64 1, ptr %.334, align 8
  %.336 = load { i64, i64, i64 }, ptr %.327, align 8
  %.337 = load i64, ptr %n, align 8
  store i64 0, ptr %n, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.339, align 8
  store { i64, i64, i64 } %.336, ptr %.339, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.343, align 8
  %.346 = getelementptr inbounds { i64, i64, i64 }, ptr %.339, i32 0, i32 0
  %.347 = load i64, ptr %.346, align 8
  %.348 = getelementptr inbounds { i64, i64, i64 }, ptr %.339, i32 0, i32 1
  %.349 = load i64, ptr %.348, align 8
  %.350 = getelementptr inbounds { i64, i64, i64 }, ptr %.339, i32 0, i32 2
  %.351 = load i64, ptr %.350, align 8
  store i64 %.347, ptr %.352, align 8
  %.357 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.343, i32 0, i32 0
  store ptr %.352, ptr %.357, align 8
  %.359 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.343, i32 0, i32 1
  store i64 %.349, ptr %.359, align 8
  %.361 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.343, i32 0, i32 2
  store i64 %.351, ptr %.361, align 8
  %.363 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.343, i32 0, i32 3
  store ptr %.355, ptr %.363, align 8
  %.365 = sub i64 %.349, %.347
  %.366 = icmp sgt i64 %.365, 0
  %.367 = icmp sgt i64 %.351, 0
  %.368 = xor i1 %.366, %.367
  %.369 = icmp eq i64 %.351, 0
  br i1 %.369, label %B172.if, label %B172.endif, !prof !1

B202:                                             ; preds = %B204.endif, %B172.endif.endif
  %.397 = load { ptr, i64, i64, ptr }, ptr %"$phi202.0", align 8
  store { i64, i1 } zeroinitializer, ptr %.398, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.401, align 8
  store { ptr, i64, i64, ptr } %.397, ptr %.401, align 8
  %.405 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.401, i32 0, i32 3
  %.406 = load ptr, ptr %.405, align 8
  %.407 = load i64, ptr %.406, align 8
  %.408 = icmp sgt i64 %.407, 0
  %.409 = getelementptr inbounds { i64, i1 }, ptr %.398, i32 0, i32 1
  store i1 %.408, ptr %.409, align 1
  br i1 %.408, label %B202.if, label %B202.endif

B204:                                             ; preds = %B202.endif
  %.443 = load i64, ptr %"$phi204.1", align 8
  %.444 = load i64, ptr %"$phi204.1", align 8
  store i64 0, ptr %"$phi204.1", align 8
  %.446 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.447, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.446, ptr %.447, align 8
  %.451 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.447, i32 0, i32 5
  %.452 = getelementptr inbounds [1 x i64], ptr %.451, i32 0, i32 0
  %.453 = load i64, ptr %.452, align 8, !range !0
  %.454 = insertvalue [1 x i64] undef, i64 %.453, 0
  %.455 = extractvalue [1 x i64] %.454, 0
  %.456 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.447, i32 0, i32 6
  %.457 = load [1 x i64], ptr %.456, align 8
  %.458 = extractvalue [1 x i64] %.457, 0
  %.459 = icmp slt i64 %.443, 0
  %.460 = add i64 %.443, %.455
  %.461 = select i1 %.459, i64 %.460, i64 %.443
  %.462 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.447, i32 0, i32 5
  %.463 = getelementptr inbounds [1 x i64], ptr %.462, i32 0, i32 0
  %.464 = load i64, ptr %.463, align 8, !range !0
  %.465 = insertvalue [1 x i64] undef, i64 %.464, 0
  %.466 = extractvalue [1 x i64] %.465, 0
  %.467 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.447, i32 0, i32 6
  %.468 = load [1 x i64], ptr %.467, align 8
  %.469 = extractvalue [1 x i64] %.468, 0
  %.470 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.447, i32 0, i32 4
  %.471 = load ptr, ptr %.470, align 8
  %.472 = mul i64 %.461, 1
  %.473 = add i64 0, %.472
  %.474 = getelementptr double, ptr %.471, i64 %.473
  %.475 = load double, ptr %.474, align 8
  %.476 = load double, ptr %k, align 8
  %.477 = fsub double -0.000000e+00, %.476
  %.478 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %mid, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.479, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.478, ptr %.479, align 8
  %.483 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.479, i32 0, i32 5
  %.484 = getelementptr inbounds [1 x i64], ptr %.483, i32 0, i32 0
  %.485 = load i64, ptr %.484, align 8, !range !0
  %.486 = insertvalue [1 x i64] undef, i64 %.485, 0
  %.487 = extractvalue [1 x i64] %.486, 0
  %.488 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.479, i32 0, i32 6
  %.489 = load [1 x i64], ptr %.488, align 8
  %.490 = extractvalue [1 x i64] %.489, 0
  %.491 = icmp slt i64 %.443, 0
  %.492 = add i64 %.443, %.487
  %.493 = select i1 %.491, i64 %.492, i64 %.443
  %.494 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.479, i32 0, i32 5
  %.495 = getelementptr inbounds [1 x i64], ptr %.494, i32 0, i32 0
  %.496 = load i64, ptr %.495, align 8, !range !0
  %.497 = insertvalue [1 x i64] undef, i64 %.496, 0
  %.498 = extractvalue [1 x i64] %.497, 0
  %.499 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.479, i32 0, i32 6
  %.500 = load [1 x i64], ptr %.499, align 8
  %.501 = extractvalue [1 x i64] %.500, 0
  %.502 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.479, i32 0, i32 4
  %.503 = load ptr, ptr %.502, align 8
  %.504 = mul i64 %.493, 1
  %.505 = add i64 0, %.504
  %.506 = getelementptr double, ptr %.503, i64 %.505
  %.507 = load double, ptr %.506, align 8
  store double 0.000000e+00, ptr %.508, align 8
  %.512 = call i32 @_ZN5numba7cpython7numbers14int_power_impl12_3clocals_3e9int_powerB3v48B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdx(ptr %.508, ptr %excinfo.3, double %.507, i64 3)
  %.513 = load ptr, ptr %excinfo.3, align 8
  %.514 = icmp eq i32 %.512, 0
  %.515 = icmp eq i32 %.512, -2
  %.516 = icmp eq i32 %.512, -1
  %.517 = icmp eq i32 %.512, -3
  %.518 = or i1 %.514, %.515
  %.519 = xor i1 %.518, true
  %.520 = icmp sge i32 %.512, 1
  %.521 = select i1 %.520, ptr %.513, ptr undef
  %.522 = load double, ptr %.508, align 8
  br i1 %.519, label %B204.if, label %B204.endif, !prof !1

B268:                                             ; preds = %B202.endif
  %.567 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %mid, align 8
  %extracted.meminfo.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 0
  %extracted.parent.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 1
  %extracted.nitems.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 2
  %extracted.itemsize.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 3
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 5
  %.568 = extractvalue [1 x i64] %extracted.shape.2, 0
  %extracted.strides.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.567, 6
  %.569 = extractvalue [1 x i64] %extracted.strides.2, 0
  call void @NRT_decref(ptr %extracted.meminfo.2)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %mid, align 8
  %.572 = load double, ptr %k, align 8
  store double 0.000000e+00, ptr %k, align 8
  %.574 = load double, ptr %dt, align 8
  store double 0.000000e+00, ptr %dt, align 8
  %.576 = load i64, ptr %"$phi204.1", align 8
  store i64 0, ptr %"$phi204.1", align 8
  %.578 = load { ptr, i64, i64, ptr }, ptr %"$phi202.0", align 8
  %extracted.iter.7 = extractvalue { ptr, i64, i64, ptr } %.578, 0
  %extracted.stop.9 = extractvalue { ptr, i64, i64, ptr } %.578, 1
  %extracted.step.9 = extractvalue { ptr, i64, i64, ptr } %.578, 2
  %extracted.count.7 = extractvalue { ptr, i64, i64, ptr } %.578, 3
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %"$phi202.0", align 8
  %.580 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.581, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.580, ptr %.581, align 8
  %.585 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.581, i32 0, i32 5
  %.586 = getelementptr inbounds [1 x i64], ptr %.585, i32 0, i32 0
  %.587 = load i64, ptr %.586, align 8, !range !0
  %.588 = insertvalue [1 x i64] undef, i64 %.587, 0
  %.589 = extractvalue [1 x i64] %.588, 0
  %.590 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.581, i32 0, i32 6
  %.591 = load [1 x i64], ptr %.590, align 8
  %.592 = extractvalue [1 x i64] %.591, 0
  %.593 = icmp slt i64 0, 0
  %.594 = add i64 0, %.589
  %.595 = select i1 %.593, i64 %.594, i64 0
  %.596 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.581, i32 0, i32 5
  %.597 = getelementptr inbounds [1 x i64], ptr %.596, i32 0, i32 0
  %.598 = load i64, ptr %.597, align 8, !range !0
  %.599 = insertvalue [1 x i64] undef, i64 %.598, 0
  %.600 = extractvalue [1 x i64] %.599, 0
  %.601 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.581, i32 0, i32 6
  %.602 = load [1 x i64], ptr %.601, align 8
  %.603 = extractvalue [1 x i64] %.602, 0
  %.604 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.581, i32 0, i32 4
  %.605 = load ptr, ptr %.604, align 8
  %.606 = mul i64 %.595, 1
  %.607 = add i64 0, %.606
  %.608 = getelementptr double, ptr %.605, i64 %.607
  %.609 = load double, ptr %.608, align 8
  %.610 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  %extracted.meminfo.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 0
  %extracted.parent.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 1
  %extracted.nitems.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 2
  %extracted.itemsize.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 3
  %extracted.data.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 4
  %extracted.shape.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 5
  %.611 = extractvalue [1 x i64] %extracted.shape.3, 0
  %extracted.strides.3 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.610, 6
  %.612 = extractvalue [1 x i64] %extracted.strides.3, 0
  call void @NRT_decref(ptr %extracted.meminfo.3)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %y, align 8
  store double %.609, ptr %retptr, align 8
  ret i32 0

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.68 = load i64, ptr %try_state, align 8
  %.69 = icmp ugt i64 %.68, 0
  %.70 = load ptr, ptr %excinfo, align 8
  store ptr %.52, ptr %excinfo, align 8
  %.72 = xor i1 %.69, true
  br i1 %.72, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  %.77 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %mid, align 8
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 5
  %.78 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.77, 6
  %.79 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_decref(ptr %extracted.meminfo.1)
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %inserted.strides.1, ptr %mid, align 8
  %.82 = load i64, ptr %n, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.83, align 8
  %.86 = getelementptr inbounds { i64, i64, i64 }, ptr %.83, i32 0, i32 0
  store i64 0, ptr %.86, align 8
  %.88 = getelementptr inbounds { i64, i64, i64 }, ptr %.83, i32 0, i32 1
  store i64 %.82, ptr %.88, align 8
  %.90 = getelementptr inbounds { i64, i64, i64 }, ptr %.83, i32 0, i32 2
  store i64 1, ptr %.90, align 8
  %.92 = load { i64, i64, i64 }, ptr %.83, align 8
  store { i64, i64, i64 } zeroinitializer, ptr %.93, align 8
  store { i64, i64, i64 } %.92, ptr %.93, align 8
  store { ptr, i64, i64, ptr } zeroinitializer, ptr %.97, align 8
  %.100 = getelementptr inbounds { i64, i64, i64 }, ptr %.93, i32 0, i32 0
  %.101 = load i64, ptr %.100, align 8
  %.102 = getelementptr inbounds { i64, i64, i64 }, ptr %.93, i32 0, i32 1
  %.103 = load i64, ptr %.102, align 8
  %.104 = getelementptr inbounds { i64, i64, i64 }, ptr %.93, i32 0, i32 2
  %.105 = load i64, ptr %.104, align 8
  store i64 %.101, ptr %.106, align 8
  %.111 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.97, i32 0, i32 0
  store ptr %.106, ptr %.111, align 8
  %.113 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.97, i32 0, i32 1
  store i64 %.103, ptr %.113, align 8
  %.115 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.97, i32 0, i32 2
  store i64 %.105, ptr %.115, align 8
  %.117 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.97, i32 0, i32 3
  store ptr %.109, ptr %.117, align 8
  %.119 = sub i64 %.103, %.101
  %.120 = icmp sgt i64 %.119, 0
  %.121 = icmp sgt i64 %.105, 0
  %.122 = xor i1 %.120, %.121
  %.123 = icmp eq i64 %.105, 0
  br i1 %.123, label %B0.endif.if, label %B0.endif.endif, !prof !1

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.43

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif

B0.endif.if:                                      ; preds = %B0.endif
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  %.126 = load i64, ptr %try_state, align 8
  %.127 = icmp ugt i64 %.126, 0
  %.128 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif:                                   ; preds = %B0.endif
  br i1 %.122, label %B0.endif.endif.if, label %B0.endif.endif.else

B0.endif.endif.if:                                ; preds = %B0.endif.endif
  %.131 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.97, i32 0, i32 3
  %.132 = load ptr, ptr %.131, align 8
  store i64 0, ptr %.132, align 8
  br label %B0.endif.endif.endif

B0.endif.endif.else:                              ; preds = %B0.endif.endif
  %.135 = srem i64 %.119, %.105
  %.136 = sub i64 0, %.135
  %.137 = select i1 %.120, i64 %.135, i64 %.136
  %.138 = icmp sgt i64 %.137, 0
  %.139 = sdiv i64 %.119, %.105
  %.140 = select i1 %.138, i64 1, i64 0
  %.141 = add i64 %.139, %.140
  %.142 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.97, i32 0, i32 3
  %.143 = load ptr, ptr %.142, align 8
  store i64 %.141, ptr %.143, align 8
  br label %B0.endif.endif.endif

B0.endif.endif.endif:                             ; preds = %B0.endif.endif.else, %B0.endif.endif.if
  %.146 = load { ptr, i64, i64, ptr }, ptr %.97, align 8
  %extracted.start = extractvalue { i64, i64, i64 } %.92, 0
  %extracted.stop = extractvalue { i64, i64, i64 } %.92, 1
  %extracted.step = extractvalue { i64, i64, i64 } %.92, 2
  %extracted.iter = extractvalue { ptr, i64, i64, ptr } %.146, 0
  %extracted.stop.1 = extractvalue { ptr, i64, i64, ptr } %.146, 1
  %extracted.step.1 = extractvalue { ptr, i64, i64, ptr } %.146, 2
  %extracted.count = extractvalue { ptr, i64, i64, ptr } %.146, 3
  %.148 = load { ptr, i64, i64, ptr }, ptr %"$phi100.0", align 8
  %extracted.iter.1 = extractvalue { ptr, i64, i64, ptr } %.148, 0
  %extracted.stop.2 = extractvalue { ptr, i64, i64, ptr } %.148, 1
  %extracted.step.2 = extractvalue { ptr, i64, i64, ptr } %.148, 2
  %extracted.count.1 = extractvalue { ptr, i64, i64, ptr } %.148, 3
  store { ptr, i64, i64, ptr } %.146, ptr %"$phi100.0", align 8
  %extracted.iter.2 = extractvalue { ptr, i64, i64, ptr } %.146, 0
  %extracted.stop.3 = extractvalue { ptr, i64, i64, ptr } %.146, 1
  %extracted.step.3 = extractvalue { ptr, i64, i64, ptr } %.146, 2
  %extracted.count.2 = extractvalue { ptr, i64, i64, ptr } %.146, 3
  br label %B100

B100.if:                                          ; preds = %B100
  %.166 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.155, i32 0, i32 0
  %.167 = load ptr, ptr %.166, align 8
  %.168 = load i64, ptr %.167, align 8
  %.169 = getelementptr inbounds { i64, i1 }, ptr %.152, i32 0, i32 0
  store i64 %.168, ptr %.169, align 8
  %.171 = sub nsw i64 %.161, 1
  store i64 %.171, ptr %.160, align 8
  %.173 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.155, i32 0, i32 2
  %.174 = load i64, ptr %.173, align 8
  %.175 = add i64 %.168, %.174
  %.176 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.155, i32 0, i32 0
  %.177 = load ptr, ptr %.176, align 8
  store i64 %.175, ptr %.177, align 8
  br label %B100.endif

B100.endif:                                       ; preds = %B100.if, %B100
  %.180 = load { i64, i1 }, ptr %.152, align 8
  %extracted.first = extractvalue { i64, i1 } %.180, 0
  %extracted.second = extractvalue { i64, i1 } %.180, 1
  store { i64, i1 } zeroinitializer, ptr %.181, align 8
  store { i64, i1 } %.180, ptr %.181, align 8
  %.185 = getelementptr inbounds { i64, i1 }, ptr %.181, i32 0, i32 0
  %.186 = load i64, ptr %.185, align 8
  store { i64, i1 } zeroinitializer, ptr %.187, align 8
  store { i64, i1 } %.180, ptr %.187, align 8
  %.191 = getelementptr inbounds { i64, i1 }, ptr %.187, i32 0, i32 1
  %.192 = load i1, ptr %.191, align 1
  %extracted.first.1 = extractvalue { i64, i1 } %.180, 0
  %extracted.second.1 = extractvalue { i64, i1 } %.180, 1
  %.194 = load i64, ptr %"$phi102.1", align 8
  store i64 %.186, ptr %"$phi102.1", align 8
  br i1 %.192, label %B102, label %B172

B102.if:                                          ; preds = %B102
  %.280 = load i64, ptr %try_state, align 8
  %.281 = icmp ugt i64 %.280, 0
  %.282 = load ptr, ptr %excinfo, align 8
  store ptr %.277, ptr %excinfo, align 8
  %.284 = xor i1 %.281, true
  br i1 %.284, label %B102.if.if, label %B102.if.endif

B102.endif:                                       ; preds = %B102.if.endif, %B102
  %.288 = fmul double %.233, %.278
  %.289 = fmul double %.231, %.288
  %.290 = fadd double %.229, %.289
  %.291 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %mid, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.292, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.291, ptr %.292, align 8
  %.296 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.292, i32 0, i32 5
  %.297 = getelementptr inbounds [1 x i64], ptr %.296, i32 0, i32 0
  %.298 = load i64, ptr %.297, align 8, !range !0
  %.299 = insertvalue [1 x i64] undef, i64 %.298, 0
  %.300 = extractvalue [1 x i64] %.299, 0
  %.301 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.292, i32 0, i32 6
  %.302 = load [1 x i64], ptr %.301, align 8
  %.303 = extractvalue [1 x i64] %.302, 0
  %.304 = icmp slt i64 %.197, 0
  %.305 = add i64 %.197, %.300
  %.306 = select i1 %.304, i64 %.305, i64 %.197
  %.307 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.292, i32 0, i32 5
  %.308 = getelementptr inbounds [1 x i64], ptr %.307, i32 0, i32 0
  %.309 = load i64, ptr %.308, align 8, !range !0
  %.310 = insertvalue [1 x i64] undef, i64 %.309, 0
  %.311 = extractvalue [1 x i64] %.310, 0
  %.312 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.292, i32 0, i32 6
  %.313 = load [1 x i64], ptr %.312, align 8
  %.314 = extractvalue [1 x i64] %.313, 0
  %.315 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.292, i32 0, i32 4
  %.316 = load ptr, ptr %.315, align 8
  %.317 = mul i64 %.306, 1
  %.318 = add i64 0, %.317
  %.319 = getelementptr double, ptr %.316, i64 %.318
  store double %.290, ptr %.319, align 8
  br label %B100

B102.if.if:                                       ; preds = %B102.if
  ret i32 %.268

B102.if.endif:                                    ; preds = %B102.if
  br label %B102.endif

B172.if:                                          ; preds = %B172
  store ptr @.const.picklebuf.ca8efb3a72d614fe872032cce3ac326007a30727, ptr %excinfo, align 8, !numba_exception_output !2
  %.372 = load i64, ptr %try_state, align 8
  %.373 = icmp ugt i64 %.372, 0
  %.374 = load ptr, ptr %excinfo, align 8
  ret i32 1

B172.endif:                                       ; preds = %B172
  br i1 %.368, label %B172.endif.if, label %B172.endif.else

B172.endif.if:                                    ; preds = %B172.endif
  %.377 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.343, i32 0, i32 3
  %.378 = load ptr, ptr %.377, align 8
  store i64 0, ptr %.378, align 8
  br label %B172.endif.endif

B172.endif.else:                                  ; preds = %B172.endif
  %.381 = srem i64 %.365, %.351
  %.382 = sub i64 0, %.381
  %.383 = select i1 %.366, i64 %.381, i64 %.382
  %.384 = icmp sgt i64 %.383, 0
  %.385 = sdiv i64 %.365, %.351
  %.386 = select i1 %.384, i64 1, i64 0
  %.387 = add i64 %.385, %.386
  %.388 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.343, i32 0, i32 3
  %.389 = load ptr, ptr %.388, align 8
  store i64 %.387, ptr %.389, align 8
  br label %B172.endif.endif

B172.endif.endif:                                 ; preds = %B172.endif.else, %B172.endif.if
  %.392 = load { ptr, i64, i64, ptr }, ptr %.343, align 8
  %extracted.start.1 = extractvalue { i64, i64, i64 } %.336, 0
  %extracted.stop.5 = extractvalue { i64, i64, i64 } %.336, 1
  %extracted.step.5 = extractvalue { i64, i64, i64 } %.336, 2
  %extracted.iter.4 = extractvalue { ptr, i64, i64, ptr } %.392, 0
  %extracted.stop.6 = extractvalue { ptr, i64, i64, ptr } %.392, 1
  %extracted.step.6 = extractvalue { ptr, i64, i64, ptr } %.392, 2
  %extracted.count.4 = extractvalue { ptr, i64, i64, ptr } %.392, 3
  %.394 = load { ptr, i64, i64, ptr }, ptr %"$phi202.0", align 8
  %extracted.iter.5 = extractvalue { ptr, i64, i64, ptr } %.394, 0
  %extracted.stop.7 = extractvalue { ptr, i64, i64, ptr } %.394, 1
  %extracted.step.7 = extractvalue { ptr, i64, i64, ptr } %.394, 2
  %extracted.count.5 = extractvalue { ptr, i64, i64, ptr } %.394, 3
  store { ptr, i64, i64, ptr } %.392, ptr %"$phi202.0", align 8
  %extracted.iter.6 = extractvalue { ptr, i64, i64, ptr } %.392, 0
  %extracted.stop.8 = extractvalue { ptr, i64, i64, ptr } %.392, 1
  %extracted.step.8 = extractvalue { ptr, i64, i64, ptr } %.392, 2
  %extracted.count.6 = extractvalue { ptr, i64, i64, ptr } %.392, 3
  br label %B202

B202.if:                                          ; preds = %B202
  %.412 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.401, i32 0, i32 0
  %.413 = load ptr, ptr %.412, align 8
  %.414 = load i64, ptr %.413, align 8
  %.415 = getelementptr inbounds { i64, i1 }, ptr %.398, i32 0, i32 0
  store i64 %.414, ptr %.415, align 8
  %.417 = sub nsw i64 %.407, 1
  store i64 %.417, ptr %.406, align 8
  %.419 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.401, i32 0, i32 2
  %.420 = load i64, ptr %.419, align 8
  %.421 = add i64 %.414, %.420
  %.422 = getelementptr inbounds { ptr, i64, i64, ptr }, ptr %.401, i32 0, i32 0
  %.423 = load ptr, ptr %.422, align 8
  store i64 %.421, ptr %.423, align 8
  br label %B202.endif

B202.endif:                                       ; preds = %B202.if, %B202
  %.426 = load { i64, i1 }, ptr %.398, align 8
  %extracted.first.2 = extractvalue { i64, i1 } %.426, 0
  %extracted.second.2 = extractvalue { i64, i1 } %.426, 1
  store { i64, i1 } zeroinitializer, ptr %.427, align 8
  store { i64, i1 } %.426, ptr %.427, align 8
  %.431 = getelementptr inbounds { i64, i1 }, ptr %.427, i32 0, i32 0
  %.432 = load i64, ptr %.431, align 8
  store { i64, i1 } zeroinitializer, ptr %.433, align 8
  store { i64, i1 } %.426, ptr %.433, align 8
  %.437 = getelementptr inbounds { i64, i1 }, ptr %.433, i32 0, i32 1
  %.438 = load i1, ptr %.437, align 1
  %extracted.first.3 = extractvalue { i64, i1 } %.426, 0
  %extracted.second.3 = extractvalue { i64, i1 } %.426, 1
  %.440 = load i64, ptr %"$phi204.1", align 8
  store i64 %.432, ptr %"$phi204.1", align 8
  br i1 %.438, label %B204, label %B268

B204.if:                                          ; preds = %B204
  %.524 = load i64, ptr %try_state, align 8
  %.525 = icmp ugt i64 %.524, 0
  %.526 = load ptr, ptr %excinfo, align 8
  store ptr %.521, ptr %excinfo, align 8
  %.528 = xor i1 %.525, true
  br i1 %.528, label %B204.if.if, label %B204.if.endif

B204.endif:                                       ; preds = %B204.if.endif, %B204
  %.532 = fmul double %.477, %.522
  %.533 = load double, ptr %dt, align 8
  %.534 = fmul double %.533, %.532
  %.535 = fadd double %.475, %.534
  %.536 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %y, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.537, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.536, ptr %.537, align 8
  %.541 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.537, i32 0, i32 5
  %.542 = getelementptr inbounds [1 x i64], ptr %.541, i32 0, i32 0
  %.543 = load i64, ptr %.542, align 8, !range !0
  %.544 = insertvalue [1 x i64] undef, i64 %.543, 0
  %.545 = extractvalue [1 x i64] %.544, 0
  %.546 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.537, i32 0, i32 6
  %.547 = load [1 x i64], ptr %.546, align 8
  %.548 = extractvalue [1 x i64] %.547, 0
  %.549 = icmp slt i64 %.443, 0
  %.550 = add i64 %.443, %.545
  %.551 = select i1 %.549, i64 %.550, i64 %.443
  %.552 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.537, i32 0, i32 5
  %.553 = getelementptr inbounds [1 x i64], ptr %.552, i32 0, i32 0
  %.554 = load i64, ptr %.553, align 8, !range !0
  %.555 = insertvalue [1 x i64] undef, i64 %.554, 0
  %.556 = extractvalue [1 x i64] %.555, 0
  %.557 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.537, i32 0, i32 6
  %.558 = load [1 x i64], ptr %.557, align 8
  %.559 = extractvalue [1 x i64] %.558, 0
  %.560 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.537, i32 0, i32 4
  %.561 = load ptr, ptr %.560, align 8
  %.562 = mul i64 %.551, 1
  %.563 = add i64 0, %.562
  %.564 = getelementptr double, ptr %.561, i64 %.563
  store double %.535, ptr %.564, align 8
  br label %B202

B204.if.if:                                       ; preds = %B204.if
  ret i32 %.512

B204.if.endif:                                    ; preds = %B204.if
  br label %B204.endif
}

declare void @NRT_incref(ptr noalias captures(none))

declare void @NRT_decref(ptr noalias captures(none))

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np8arrayobj11ol_np_empty12_3clocals_3e4implB3v46B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEx48omitted_28default_3d_3cclass_20_27float_27_3e_29(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, i64 %arg.shape) #0 {
entry:
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  %.21 = alloca { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, align 8
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.21, align 8
  %.38 = alloca ptr, align 8
  store ptr null, ptr %.38, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  br label %B0

B0:                                               ; preds = %entry
  %.5 = icmp sgt i64 %arg.shape, 9223372036854775807
  br i1 %.5, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.4dd0a51753c7dc7385b275d952bd52d8a239c2ff, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.10 = load i64, ptr %try_state, align 8
  %.11 = icmp ugt i64 %.10, 0
  %.12 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  %.14 = icmp slt i64 %arg.shape, 0
  br i1 %.14, label %B0.endif.if, label %B0.endif.endif, !prof !1

B0.endif.if:                                      ; preds = %B0.endif
  store ptr @.const.picklebuf.331b8563bdb9dac81b38422273052c486fc1706b, ptr %excinfo, align 8, !numba_exception_output !2
  %.17 = load i64, ptr %try_state, align 8
  %.18 = icmp ugt i64 %.17, 0
  %.19 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif:                                   ; preds = %B0.endif
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } zeroinitializer, ptr %.21, align 8
  %.24 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 1, i64 %arg.shape)
  %.25 = extractvalue { i64, i1 } %.24, 0
  %.26 = extractvalue { i64, i1 } %.24, 1
  %.27 = or i1 false, %.26
  %.28 = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %.25, i64 8)
  %.29 = extractvalue { i64, i1 } %.28, 0
  %.30 = extractvalue { i64, i1 } %.28, 1
  %.31 = or i1 %.27, %.30
  br i1 %.31, label %B0.endif.endif.if, label %B0.endif.endif.endif, !prof !1

B0.endif.endif.if:                                ; preds = %B0.endif.endif
  store ptr @.const.picklebuf.58e14eccb507b1e0206981740223e685cb8c3c57, ptr %excinfo, align 8, !numba_exception_output !2
  %.34 = load i64, ptr %try_state, align 8
  %.35 = icmp ugt i64 %.34, 0
  %.36 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif.endif.endif:                             ; preds = %B0.endif.endif
  store ptr null, ptr %.38, align 8
  %.42 = call i32 @_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr %.38, ptr %excinfo.1, ptr null, i64 %.29, i32 32)
  %.43 = load ptr, ptr %excinfo.1, align 8
  %.44 = icmp eq i32 %.42, 0
  %.45 = icmp eq i32 %.42, -2
  %.46 = icmp eq i32 %.42, -1
  %.47 = icmp eq i32 %.42, -3
  %.48 = or i1 %.44, %.45
  %.49 = xor i1 %.48, true
  %.50 = icmp sge i32 %.42, 1
  %.51 = select i1 %.50, ptr %.43, ptr undef
  %.52 = load ptr, ptr %.38, align 8
  br i1 %.49, label %B0.endif.endif.endif.if, label %B0.endif.endif.endif.endif, !prof !1

B0.endif.endif.endif.if:                          ; preds = %B0.endif.endif.endif
  %.54 = load i64, ptr %try_state, align 8
  %.55 = icmp ugt i64 %.54, 0
  %.56 = load ptr, ptr %excinfo, align 8
  store ptr %.51, ptr %excinfo, align 8
  %.58 = xor i1 %.55, true
  br i1 %.58, label %B0.endif.endif.endif.if.if, label %B0.endif.endif.endif.if.endif

B0.endif.endif.endif.endif:                       ; preds = %B0.endif.endif.endif.if.endif, %B0.endif.endif.endif
  %.62 = call ptr @NRT_MemInfo_data_fast(ptr %.52)
  %.63 = insertvalue [1 x i64] undef, i64 %arg.shape, 0
  %.64 = insertvalue [1 x i64] undef, i64 8, 0
  %.65 = bitcast ptr %.62 to ptr
  %.66 = extractvalue [1 x i64] %.63, 0
  %.67 = mul nsw i64 1, %.66
  %.68 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 5
  store [1 x i64] %.63, ptr %.68, align 8
  %.70 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 6
  store [1 x i64] %.64, ptr %.70, align 8
  %.72 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 4
  store ptr %.65, ptr %.72, align 8
  %.74 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 3
  store i64 8, ptr %.74, align 8
  %.76 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 0
  store ptr %.52, ptr %.76, align 8
  %.78 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 1
  store ptr null, ptr %.78, align 8
  %.80 = getelementptr inbounds { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, i32 0, i32 2
  store i64 %.67, ptr %.80, align 8
  %.82 = load { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] }, ptr %.21, align 8
  %extracted.meminfo = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 0
  %extracted.parent = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 1
  %extracted.nitems = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 2
  %extracted.itemsize = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 3
  %extracted.data = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 4
  %extracted.shape = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 5
  %.83 = extractvalue [1 x i64] %extracted.shape, 0
  %extracted.strides = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 6
  %.84 = extractvalue [1 x i64] %extracted.strides, 0
  call void @NRT_incref(ptr %extracted.meminfo)
  %extracted.meminfo.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 0
  %extracted.parent.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 1
  %extracted.nitems.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 2
  %extracted.itemsize.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 3
  %extracted.data.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 4
  %extracted.shape.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 5
  %.86 = extractvalue [1 x i64] %extracted.shape.1, 0
  %extracted.strides.1 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 6
  %.87 = extractvalue [1 x i64] %extracted.strides.1, 0
  call void @NRT_decref(ptr %extracted.meminfo.1)
  %extracted.meminfo.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 0
  %extracted.parent.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 1
  %extracted.nitems.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 2
  %extracted.itemsize.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 3
  %extracted.data.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 4
  %extracted.shape.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 5
  %.89 = extractvalue [1 x i64] %extracted.shape.2, 0
  %.90 = insertvalue [1 x i64] undef, i64 %.89, 0
  %extracted.strides.2 = extractvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.82, 6
  %.91 = extractvalue [1 x i64] %extracted.strides.2, 0
  %.92 = insertvalue [1 x i64] undef, i64 %.91, 0
  %.93 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } undef, ptr %extracted.meminfo.2, 0
  %.94 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.93, ptr %extracted.parent.2, 1
  %.95 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.94, i64 %extracted.nitems.2, 2
  %.96 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.95, i64 %extracted.itemsize.2, 3
  %.97 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.96, ptr %extracted.data.2, 4
  %.98 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.97, [1 x i64] %.90, 5
  %.99 = insertvalue { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.98, [1 x i64] %.92, 6
  store { ptr, ptr, i64, i64, ptr, [1 x i64], [1 x i64] } %.99, ptr %retptr, align 8
  ret i32 0

B0.endif.endif.endif.if.if:                       ; preds = %B0.endif.endif.endif.if
  ret i32 %.42

B0.endif.endif.endif.if.endif:                    ; preds = %B0.endif.endif.endif.if
  br label %B0.endif.endif.endif.endif
}

; Function Attrs: nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64) #1

declare ptr @NRT_MemInfo_data_fast(ptr)

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np8arrayobj15_call_allocatorB3v47B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.arrtype, i64 %arg.size, i32 %arg.align) #0 {
entry:
  %.7 = alloca ptr, align 8
  store ptr null, ptr %.7, align 8
  %excinfo.1 = alloca ptr, align 8
  store ptr null, ptr %excinfo.1, align 8
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  store ptr null, ptr %.7, align 8
  %.11 = call i32 @_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr %.7, ptr %excinfo.1, ptr %arg.arrtype, i64 %arg.size, i32 %arg.align)
  %.12 = load ptr, ptr %excinfo.1, align 8
  %.13 = icmp eq i32 %.11, 0
  %.14 = icmp eq i32 %.11, -2
  %.15 = icmp eq i32 %.11, -1
  %.16 = icmp eq i32 %.11, -3
  %.17 = or i1 %.13, %.14
  %.18 = xor i1 %.17, true
  %.19 = icmp sge i32 %.11, 1
  %.20 = select i1 %.19, ptr %.12, ptr undef
  %.21 = load ptr, ptr %.7, align 8
  br i1 %.18, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store i64 0, ptr %try_state, align 8
  %.25 = load i64, ptr %try_state, align 8
  %.26 = icmp ugt i64 %.25, 0
  %.27 = load ptr, ptr %excinfo, align 8
  store ptr %.20, ptr %excinfo, align 8
  %.29 = xor i1 %.26, true
  br i1 %.29, label %B0.if.if, label %B0.if.endif

B0.endif:                                         ; preds = %B0.if.endif, %B0
  call void @NRT_incref(ptr %.21)
  call void @NRT_decref(ptr %.21)
  store ptr %.21, ptr %retptr, align 8
  ret i32 0

B0.if.if:                                         ; preds = %B0.if
  ret i32 %.11

B0.if.endif:                                      ; preds = %B0.if
  br label %B0.endif
}

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba2np8arrayobj18_ol_array_allocate12_3clocals_3e4implB3v22B42c8tJTIeFIjxB2IKSgI4CrvQClcaMQ5hEEUSJJgA_3dEN29typeref_5b_3cclass_20_27numba4core5types8npytypes14Array_27_3e_5dExj(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, ptr %arg.cls, i64 %arg.allocsize, i32 %arg.align) #0 {
entry:
  %try_state = alloca i64, align 8
  store i64 0, ptr %try_state, align 8
  br label %B0

B0:                                               ; preds = %entry
  %.7 = call ptr @NRT_MemInfo_alloc_aligned(i64 %arg.allocsize, i32 %arg.align)
  %.8 = icmp eq ptr null, %.7
  br i1 %.8, label %B0.if, label %B0.endif, !prof !1

B0.if:                                            ; preds = %B0
  store ptr @.const.picklebuf.ba289d81f05c7020f3477c15734804df65abe209, ptr %excinfo, align 8, !numba_exception_output !2
  store i64 0, ptr %try_state, align 8
  %.13 = load i64, ptr %try_state, align 8
  %.14 = icmp ugt i64 %.13, 0
  %.15 = load ptr, ptr %excinfo, align 8
  ret i32 1

B0.endif:                                         ; preds = %B0
  call void @NRT_incref(ptr %.7)
  call void @NRT_decref(ptr %.7)
  store ptr %.7, ptr %retptr, align 8
  ret i32 0
}

declare noalias ptr @NRT_MemInfo_alloc_aligned(i64, i32)

; Function Attrs: alwaysinline
define internal i32 @_ZN5numba7cpython7numbers14int_power_impl12_3clocals_3e9int_powerB3v48B42c8tJTC_2fWQA93W1AaAIYBPIqRBFCjDSZRVAJmaQIAEdx(ptr noalias captures(none) %retptr, ptr noalias captures(none) %excinfo, double %arg.a, i64 %arg.b) #0 {
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
  store ptr @.const.picklebuf.d413418bb64df044d78b74de6964ffe0952cb6e3, ptr %excinfo, align 8, !numba_exception_output !2
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
  br i1 %.168, label %B338.if, label %B338.endif, !prof !1

B348:                                             ; preds = %B334
  %.180 = load double, ptr %r.4, align 8
  %.181 = load double, ptr %r.4, align 8
  store double 0.000000e+00, ptr %r.4, align 8
  store double %.180, ptr %retptr, align 8
  ret i32 0

B338.if:                                          ; preds = %B338
  store ptr @.const.picklebuf.b28008a0f88bad5ff0f0243e84dab90cab19b366, ptr %excinfo, align 8, !numba_exception_output !2
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
declare double @llvm.pow.f64(double, double) #1

attributes #0 = { alwaysinline }
attributes #1 = { nocallback nocreateundeforpoison nofree nosync nounwind speculatable willreturn memory(none) }

!0 = !{i64 0, i64 9223372036854775807}
!1 = !{!"branch_weights", i32 1, i32 99}
!2 = !{i1 true}
