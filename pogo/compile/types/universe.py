"""The universe scope: predeclared types, constants, nil and built-in functions."""

from __future__ import annotations

from pogo.compile.types.objects import Builtin, Const, Func, Nil, Scope, TypeName, Var
from pogo.compile.types.types import Basic, Interface, Kind, Named, Signature, Type

BOOL = Basic(Kind.BOOL, "bool", 1)
INT = Basic(Kind.INT, "int", 8)
INT8 = Basic(Kind.INT8, "int8", 1)
INT16 = Basic(Kind.INT16, "int16", 2)
INT32 = Basic(Kind.INT32, "int32", 4)
INT64 = Basic(Kind.INT64, "int64", 8)
UINT = Basic(Kind.UINT, "uint", 8)
UINT8 = Basic(Kind.UINT8, "uint8", 1)
UINT16 = Basic(Kind.UINT16, "uint16", 2)
UINT32 = Basic(Kind.UINT32, "uint32", 4)
UINT64 = Basic(Kind.UINT64, "uint64", 8)
UINTPTR = Basic(Kind.UINTPTR, "uintptr", 8)
FLOAT32 = Basic(Kind.FLOAT32, "float32", 4)
FLOAT64 = Basic(Kind.FLOAT64, "float64", 8)
COMPLEX64 = Basic(Kind.COMPLEX64, "complex64", 8)
COMPLEX128 = Basic(Kind.COMPLEX128, "complex128", 16)
STRING = Basic(Kind.STRING, "string", 16)
UNSAFE_POINTER = Basic(Kind.UNSAFE_POINTER, "unsafe.Pointer", 8)

UNTYPED_BOOL = Basic(Kind.UNTYPED_BOOL, "untyped bool", 0)
UNTYPED_INT = Basic(Kind.UNTYPED_INT, "untyped int", 0)
UNTYPED_RUNE = Basic(Kind.UNTYPED_RUNE, "untyped rune", 0)
UNTYPED_FLOAT = Basic(Kind.UNTYPED_FLOAT, "untyped float", 0)
UNTYPED_COMPLEX = Basic(Kind.UNTYPED_COMPLEX, "untyped complex", 0)
UNTYPED_STRING = Basic(Kind.UNTYPED_STRING, "untyped string", 0)
UNTYPED_NIL = Basic(Kind.UNTYPED_NIL, "untyped nil", 0)

# byte and rune are aliases of uint8 and int32: identical types (identical() compares basic
# kinds) that keep their own name in messages, as types2 does.
BYTE = Basic(Kind.UINT8, "byte", 1)
RUNE = Basic(Kind.INT32, "rune", 4)

ANY = Interface([])

BUILTIN_NAMES = [
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make",
    "max", "min", "new", "panic", "print", "println", "real", "recover",
]

UNSAFE_NAMES = ["Sizeof", "Alignof", "Offsetof", "Add", "Slice", "String", "StringData", "SliceData"]


def _make_error() -> tuple[Named, TypeName]:
    obj = TypeName("error", None, None)
    named = Named(obj, None)
    obj.type = named
    m = Func("Error", Signature([], [Var("", STRING, None)], False), None)
    named.under = Interface([m])
    return named, obj


ERROR, _ERROR_OBJ = _make_error()


def default_type(t: Type) -> Type:
    """The type an untyped constant takes in a context without a type."""
    if isinstance(t, Basic):
        return {
            Kind.UNTYPED_BOOL: BOOL,
            Kind.UNTYPED_INT: INT,
            Kind.UNTYPED_RUNE: RUNE,
            Kind.UNTYPED_FLOAT: FLOAT64,
            Kind.UNTYPED_COMPLEX: COMPLEX128,
            Kind.UNTYPED_STRING: STRING,
        }.get(t.kind, t)
    return t


def make_universe() -> Scope:
    s = Scope(None, "universe")
    for t in (BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
              FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING):
        s.insert(TypeName(t.name, t, None))
    s.insert(TypeName("byte", BYTE, None))
    s.insert(TypeName("rune", RUNE, None))
    s.insert(TypeName("any", ANY, None))
    s.insert(_ERROR_OBJ)
    s.insert(Const("true", UNTYPED_BOOL, None, True))
    s.insert(Const("false", UNTYPED_BOOL, None, False))
    s.insert(Const("iota", UNTYPED_INT, None, 0))
    s.insert(Nil("nil", UNTYPED_NIL, None))
    for name in BUILTIN_NAMES:
        s.insert(Builtin(name, None, None))
    return s


UNIVERSE = make_universe()


def make_unsafe_scope() -> Scope:
    s = Scope(None, "package unsafe")
    s.insert(TypeName("Pointer", UNSAFE_POINTER, None))
    for name in UNSAFE_NAMES:
        s.insert(Builtin(name, None, None))
    return s


def _add_comparable() -> None:
    from pogo.compile.types.generics import COMPARABLE_OBJ

    UNIVERSE.insert(COMPARABLE_OBJ)


_add_comparable()
