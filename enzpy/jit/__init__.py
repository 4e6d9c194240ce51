"""enzpy.jit — optimise verified LLVM IR and run it (ORC LLJIT, one JITDylib per module).

    mod = enzpy.jit.compile(ir_text, opt=2, symbols={"my_rule": address})
    f = mod.function("f")          # ctypes function typed from the LLVM signature
    mod.address("f")               # raw address (valid while the engine keeps the module)
"""

from .engine import CompiledModule, Engine, add_symbol, compile, get_engine
from .signature import ctypes_signature, ctypes_type, from_llvmlite_type, struct_return_abi

__all__ = ["Engine", "CompiledModule", "get_engine", "compile", "add_symbol",
           "from_llvmlite_type", "ctypes_signature", "ctypes_type", "struct_return_abi"]
