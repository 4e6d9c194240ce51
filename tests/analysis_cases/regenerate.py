"""Regenerate the clang-generated golden inputs: python regenerate.py (needs clang-22)."""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
CLANG = os.environ.get("CLANG", "clang-22")
O2 = ["-O2", "-fno-vectorize", "-fno-slp-vectorize", "-fno-unroll-loops"]
for flags, suffix in ((O2, "O2"), (["-O0", "-Xclang", "-disable-O0-optnone"], "O0")):
    subprocess.run([CLANG, *flags, "-S", "-emit-llvm", "cases.c", "-o", f"cases.{suffix}.ll"],
                   check=True, cwd=HERE)
