"""Built-in functions beyond the skeleton's: make for maps and channels, len/cap of maps
and channels, delete, close, clear, min, max, complex, real, imag, recover and
unsafe.Offsetof (gc's amd64 layout)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from pogo.compile.syntax import nodes as n
from pogo.compile.types import constant
from pogo.compile.types import universe as u
from pogo.compile.types.base import Info, Mode, Operand
from pogo.compile.types.exprstring import expr_string
from pogo.compile.types.generics import common_under, core_type, type_set
from pogo.compile.types.types import (
    INVALID,
    Array,
    Basic,
    Chan,
    Kind,
    Map,
    Pointer,
    Slice,
    Struct,
    Type,
    identical,
    is_untyped,
)

if TYPE_CHECKING:
    from pogo.compile.types.check import Checker
    from pogo.compile.types.objects import Package


def use_args(chk: Checker, e: n.CallExpr) -> None:
    """Evaluate a built-in call's arguments before its argument count is found wrong, as
    types2 does (they count as used), except where the first argument is a type."""
    fun = e.fun.value if isinstance(e.fun, n.Name) else e.fun.sel.value if isinstance(e.fun, n.SelectorExpr) else ""
    if fun in ("make", "new"):
        return
    for a in e.args:
        chk.expr(a)


def _need(chk: Checker, e: n.CallExpr, lo: int, hi: int) -> bool:
    from pogo.compile.types.composite import start_pos

    nargs = len(e.args)
    if nargs < lo or hi >= 0 and nargs > hi:
        use_args(chk, e)
    if nargs < lo:
        chk.error(start_pos(e), f"invalid operation: not enough arguments for {expr_string(e)} (expected {lo}, found {nargs})")
        return False
    if hi >= 0 and nargs > hi:
        chk.error(start_pos(e), f"invalid operation: too many arguments for {expr_string(e)} (expected {hi}, found {nargs})")
        return False
    return True


def builtin(chk: Checker, e: n.CallExpr, name: str, hint: Type | None) -> Operand | None:
    """Handle the built-ins listed above; None for the ones call.py handles."""
    args = e.args
    bad = Operand(Mode.INVALID, e)
    if name == "make":
        if not _need(chk, e, 1, 3):
            return bad
        t = chk.typexpr(args[0])
        if t is INVALID:
            return bad
        if getattr(t, "is_type_param", False):
            cu = common_under(chk, t)
            if isinstance(cu, str):
                chk.error(args[0].pos, f"invalid argument: cannot make {expr_string(args[0])}: {cu}")
                return bad
            ct: Type = cu
        else:
            ct = core_type(t)
        if isinstance(ct, Slice):
            return None
        if not isinstance(ct, (Map, Chan)):
            chk.error(args[0].pos, f"invalid argument: cannot make {expr_string(args[0])}: type must be slice, map, or channel")
            return bad
        if len(args) > 2:
            chk.error(e.pos, f"invalid operation: {expr_string(e)} expects 1 or 2 arguments; found {len(args)}")
            return bad
        for a in args[1:]:
            chk.size_arg(a)
        return Operand(Mode.VALUE, e, t)
    if name in ("len", "cap"):
        if len(args) != 1:
            return None
        x = chk.value(args[0])
        if x.invalid():
            return bad
        ct = core_type(x.type)
        if isinstance(ct, Map) and name == "len" or isinstance(ct, Chan):
            return Operand(Mode.VALUE, e, u.INT)
        if isinstance(ct, (Slice,)) or isinstance(ct, Basic) and ct.is_string() and name == "len":
            return Operand(Mode.VALUE, e, u.INT) if x.mode != Mode.CONSTANT else None
        if isinstance(ct, Array) or isinstance(ct, Pointer) and isinstance(ct.elem.underlying(), Array):
            arr = ct if isinstance(ct, Array) else ct.elem.underlying()
            assert isinstance(arr, Array)
            if _has_call_or_recv(chk, args[0]):
                return Operand(Mode.VALUE, e, u.INT)
            return Operand(Mode.CONSTANT, e, u.INT, arr.length)
        if getattr(x.type, "is_type_param", False):
            # every type of the set must have a length (none listed, as for any: no)
            def has_len(xu: Type) -> bool:
                if isinstance(xu, Pointer):
                    xu = xu.elem.underlying()
                return (isinstance(xu, (Slice, Array, Chan)) or name == "len" and
                        (isinstance(xu, Map) or isinstance(xu, Basic) and xu.is_string()))

            ts = type_set(x.type)
            if ts and all(has_len(xu) for _, xu in ts):
                return Operand(Mode.VALUE, e, u.INT)
        return None
    if name == "delete":
        if not _need(chk, e, 2, 2):
            return bad
        m = chk.value(args[0])
        k = chk.value(args[1])
        if m.invalid() or k.invalid():
            return Operand(Mode.NOVALUE, e)
        ts = type_set(m.type)
        maps = [xu for _, xu in ts or [] if isinstance(xu, Map)]
        if not ts or len(maps) != len(ts) or any(not identical(maps[0].key, mx.key) for mx in maps[1:]):
            chk.error(args[0].pos, f"invalid argument: {chk.desc(m)} is not a map")
            return bad
        chk.assign_to(k, maps[0].key, "argument to delete")
        return Operand(Mode.NOVALUE, e)
    if name == "close":
        if not _need(chk, e, 1, 1):
            return bad
        c = chk.value(args[0])
        if c.invalid():
            return Operand(Mode.NOVALUE, e)
        ts = type_set(c.type)
        if not ts or any(not isinstance(xu, Chan) for _, xu in ts):
            chk.error(args[0].pos, f"invalid operation: cannot close non-channel {chk.desc(c)}")
            return bad
        if any(isinstance(xu, Chan) and xu.dir == 2 for _, xu in ts):
            chk.error(args[0].pos, f"invalid operation: cannot close receive-only channel {chk.desc(c)}")
            return bad
        return Operand(Mode.NOVALUE, e)
    if name == "clear":
        if not _need(chk, e, 1, 1):
            return bad
        x = chk.value(args[0])
        if x.invalid():
            return Operand(Mode.NOVALUE, e)
        ts = type_set(x.type)
        if not ts or any(not isinstance(xu, (Map, Slice)) for _, xu in ts):
            chk.error(args[0].pos, f"invalid argument: cannot clear {chk.desc(x)}: argument must be (or constrained by) map or slice")
            return bad
        return Operand(Mode.NOVALUE, e)
    if name == "recover":
        if not _need(chk, e, 0, 0):
            return bad
        return Operand(Mode.VALUE, e, u.ANY)
    if name in ("min", "max"):
        return _min_max(chk, e, name)
    if name == "complex":
        return _complex(chk, e)
    if name in ("real", "imag"):
        return _real_imag(chk, e, name)
    if name == "Offsetof":
        return _offsetof(chk, e)
    return None


def _has_call_or_recv(chk: Checker, e: n.Expr) -> bool:
    return has_call_or_recv(chk.info, e)


def has_call_or_recv(info: Info, e: n.Expr) -> bool:
    """Whether e has a non-constant call or a receive, so that len(e) of an array is not a
    constant and e must be evaluated (also by range, as the spec says)."""
    stack: list[object] = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, n.CallExpr):
            tc = info.types.get(x)
            if tc is not None and tc.mode == Mode.CONSTANT:
                continue  # a constant call (len of an array, real(2i), ...)
            tv = info.types.get(x.fun)
            if tv is None or tv.mode != Mode.TYPEXPR:
                return True
        if isinstance(x, n.UnaryExpr) and x.op == "<-":
            return True
        if isinstance(x, n.FuncLit):
            continue
        if isinstance(x, n.Node):
            for f in getattr(x, "__slots__", ()):
                v = getattr(x, f, None)
                if isinstance(v, n.Node):
                    stack.append(v)
                elif isinstance(v, list):
                    stack.extend(i for i in v if isinstance(i, n.Node))
    return False


def _min_max(chk: Checker, e: n.CallExpr, name: str) -> Operand:
    args = e.args
    if not _need(chk, e, 1, -1):
        return Operand(Mode.INVALID, e)
    xs = [chk.value(a) for a in args]
    if any(x.invalid() for x in xs):
        return Operand(Mode.INVALID, e)
    from pogo.compile.types.generics import is_basic_set

    for y in xs:
        if not is_basic_set(y.type, "is_ordered"):
            chk.error(y.expr.pos if y.expr else e.pos, f"invalid argument: {chk.desc(y)} cannot be ordered")
            return Operand(Mode.INVALID, e)
    x0 = xs[0]
    x = Operand(Mode.CONSTANT if x0.mode == Mode.CONSTANT else Mode.VALUE, x0.expr, x0.type, x0.val)
    for y in xs[1:]:
        if not chk.match_types(x, y) or not (is_untyped(x.type) or is_untyped(y.type) or identical(x.type, y.type)):
            chk.error(y.expr.pos if y.expr else e.pos,
                      f"invalid argument: mismatched types {chk.tstr(x.type)} (previous argument) and {chk.tstr(y.type)} (type of {expr_string(y.expr) if y.expr else '?'})")
            return Operand(Mode.INVALID, e)
        if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT and x.val is not None and y.val is not None:
            take_y = constant.compare("<" if name == "min" else ">", y.val, x.val)
            if take_y:
                x = Operand(Mode.CONSTANT, e, x.type, y.val)
            else:
                x = Operand(Mode.CONSTANT, e, x.type, x.val)
        else:
            x = Operand(Mode.VALUE, e, x.type if not is_untyped(x.type) else y.type)
    if x.mode != Mode.CONSTANT:
        for y in xs:
            if is_untyped(y.type):
                chk.convert_untyped(y, x.type if not is_untyped(x.type) else u.default_type(x.type))
        if is_untyped(x.type):
            x.type = u.default_type(x.type)
    return Operand(x.mode, e, x.type, x.val)


def _complex(chk: Checker, e: n.CallExpr) -> Operand:
    if not _need(chk, e, 2, 2):
        return Operand(Mode.INVALID, e)
    x = chk.value(e.args[0])
    y = chk.value(e.args[1])
    if x.invalid() or y.invalid():
        return Operand(Mode.INVALID, e)
    if x.mode == Mode.CONSTANT and y.mode == Mode.CONSTANT and is_untyped(x.type) and is_untyped(y.type):
        re, im = x.val, y.val
        if isinstance(re, constant.Complex) and re.im == 0:
            re = re.re
        if isinstance(im, constant.Complex) and im.im == 0:
            im = im.re
        if isinstance(re, (int, Fraction)) and isinstance(im, (int, Fraction)) and not isinstance(re, bool) and not isinstance(im, bool):
            return Operand(Mode.CONSTANT, e, u.UNTYPED_COMPLEX, constant.Complex(re, im))
        return Operand(Mode.CONSTANT, e, u.UNTYPED_COMPLEX, x.val)
    if is_untyped(x.type) and not is_untyped(y.type):
        chk.convert_untyped(x, y.type)
    elif is_untyped(y.type) and not is_untyped(x.type):
        chk.convert_untyped(y, x.type)
    elif is_untyped(x.type):
        chk.convert_untyped(x, u.FLOAT64)
        chk.convert_untyped(y, u.FLOAT64)
    if not is_untyped(x.type) and not is_untyped(y.type) and not identical(x.type, y.type):
        chk.error(e.args[0].pos, f"invalid operation: {expr_string(e)} (mismatched types {chk.tstr(x.type)} and {chk.tstr(y.type)})")
        return Operand(Mode.INVALID, e)
    xu = x.type.underlying()
    if not (isinstance(xu, Basic) and xu.is_float()):
        chk.error(e.args[0].pos, f"invalid argument: arguments have type {chk.tstr(x.type)}, expected floating-point")
        return Operand(Mode.INVALID, e)
    t = u.COMPLEX64 if xu.kind == Kind.FLOAT32 else u.COMPLEX128
    return Operand(Mode.VALUE, e, t)


def _real_imag(chk: Checker, e: n.CallExpr, name: str) -> Operand:
    if not _need(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    x = chk.value(e.args[0])
    if x.invalid():
        return Operand(Mode.INVALID, e)
    if x.mode == Mode.CONSTANT and x.val is not None and isinstance(x.type, Basic) and x.type.is_numeric():
        c = x.val if isinstance(x.val, constant.Complex) else constant.Complex(x.val, 0)  # type: ignore[arg-type]
        v = c.re if name == "real" else c.im
        if is_untyped(x.type):
            return Operand(Mode.CONSTANT, e, u.UNTYPED_FLOAT, v)
        xk = x.type.underlying()
        if isinstance(xk, Basic) and xk.is_complex():
            return Operand(Mode.CONSTANT, e, u.FLOAT32 if xk.kind == Kind.COMPLEX64 else u.FLOAT64, v)
    xu = x.type.underlying()
    if not (isinstance(xu, Basic) and xu.is_complex()):
        chk.error(e.args[0].pos, f"invalid argument: argument has type {chk.tstr(x.type)}, expected complex type")
        return Operand(Mode.INVALID, e)
    return Operand(Mode.VALUE, e, u.FLOAT32 if xu.kind == Kind.COMPLEX64 else u.FLOAT64)


def _offsetof(chk: Checker, e: n.CallExpr) -> Operand:
    if not _need(chk, e, 1, 1):
        return Operand(Mode.INVALID, e)
    a = e.args[0]
    while isinstance(a, n.ParenExpr):
        a = a.x
    if not isinstance(a, n.SelectorExpr):
        chk.error(a.pos, f"invalid argument: {expr_string(a)} is not a selector expression")
        chk.expr(a)
        return Operand(Mode.INVALID, e)
    x = chk.value(a)
    if x.invalid():
        return Operand(Mode.INVALID, e)
    base = chk.info.types.get(a.x)
    if base is None:
        return Operand(Mode.INVALID, e)

    r = field_offset(base.type, a.sel.value, chk.pkg)
    if isinstance(r, str):
        chk.error(a.pos, f"invalid argument: field {a.sel.value} is embedded via a pointer in {expr_string(a.x)}"
                  if r == "pointer" else f"invalid argument: {expr_string(a)} is a method value")
        return Operand(Mode.INVALID, e)
    off, var = r
    if var:
        return Operand(Mode.VALUE, e, u.UINTPTR)  # known per instance (types2)
    return Operand(Mode.CONSTANT, e, u.UINTPTR, off)


def field_offset(t: Type, name: str, pkg: Package | None) -> tuple[int, bool] | str:
    """unsafe.Offsetof(x.name) for x of type t: the offset and whether a struct on the way
    has a size that depends on type parameters (the offset is then not a constant); or
    "pointer" / "method" for the two invalid cases."""
    from pogo.compile.types.lookup import lookup

    sel = lookup(t, name, pkg)
    off = 0
    var = False
    cur = t
    bu = cur.underlying()
    if isinstance(bu, Pointer):
        cur = bu.elem  # x itself may be a pointer; only embedded pointers on the way count
    for i in sel.index:
        cu = cur.underlying()
        if isinstance(cu, Pointer):
            return "pointer"
        if not isinstance(cu, Struct):
            return "method"
        var = var or any(has_var_size(f.type) for f in cu.fields[:i + 1])
        off += cu.offsets()[i]
        cur = cu.fields[i].type
    return off, var


def has_var_size(t: Type, seen: set[int] | None = None) -> bool:
    """Whether t's size depends on a type parameter (types2's hasVarSize), so that
    unsafe.Sizeof/Alignof/Offsetof are not constants in generic code."""
    if getattr(t, "is_type_param", False):
        return True
    seen = seen if seen is not None else set()
    if id(t) in seen:
        return False
    seen.add(id(t))
    tu = t.underlying()
    if isinstance(tu, Array):
        return has_var_size(tu.elem, seen)
    if isinstance(tu, Struct):
        return any(has_var_size(f.type, seen) for f in tu.fields)
    return False
