; expect-line: 3
; why: a c"..." string constant that is never closed
@msg = private constant [6 x i8] c"hello\00
@other = global i32 0
define void @f() {
  ret void
}
