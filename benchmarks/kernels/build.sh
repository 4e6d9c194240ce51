#!/bin/sh
# Regenerates the committed .ll files from the C kernels (run from benchmarks/kernels).
set -e
for c in *.c; do
    clang-22 -O2 -fno-vectorize -fno-slp-vectorize -fno-unroll-loops -S -emit-llvm "$c" -o "${c%.c}.ll"
done
