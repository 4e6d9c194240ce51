; expect-line: 4
; why: an i32 global initialised with a floating-point constant
@count = global i32 0, align 4
@scale = global i32 1.5, align 4

define i32 @get() {
  %v = load i32, ptr @count, align 4
  ret i32 %v
}
