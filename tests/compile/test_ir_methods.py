"""Method symbols, method sets (with promotion) and the need for (*T).M wrappers."""

from pogo.compile.ir.methods import ifn_symbol, method_set, method_symbol, needs_wrapper, record_name
from pogo.compile.types import universe as u
from pogo.compile.types.objects import Func, Package, TypeName, Var
from pogo.compile.types.types import Named, Pointer, Signature, Struct

PKG = Package("example.com/p", "p")


def named(name: str, under: Struct) -> Named:
    tn = TypeName(name, None, PKG)
    t = Named(tn, under)
    tn.type = t
    return t


def method(t: Named, name: str, ptr: bool) -> Func:
    recv = Var("r", Pointer(t) if ptr else t, PKG, is_param=True)
    m = Func(name, Signature([], [Var("", u.INT, None)], False, recv), PKG)
    t.methods.append(m)
    return m


def test_method_symbols_follow_gc() -> None:
    t = named("T", Struct([]))
    get = method(t, "Get", False)
    set_ = method(t, "set", True)
    assert method_symbol(get) == "example.com/p.T.Get"
    assert method_symbol(set_) == "example.com/p.(*T).set"
    assert ifn_symbol(t, "Get") == "example.com/p.(*T).Get"
    assert record_name(get) == "Get" and record_name(set_) == "example.com/p.set"


def test_method_sets_of_value_and_pointer() -> None:
    t = named("T", Struct([]))
    method(t, "B", False)
    method(t, "A", True)
    assert [m.name for m, _ in method_set(t)] == ["B"]
    assert [m.name for m, _ in method_set(Pointer(t))] == ["A", "B"]


def test_promoted_methods_need_wrappers() -> None:
    inner = named("Inner", Struct([]))
    method(inner, "Val", False)
    method(inner, "Ptr", True)
    outer = named("Outer", Struct([Var("Inner", inner, PKG)], embedded=[True]))
    outer_ptr_embed = named("OuterP", Struct([Var("Inner", Pointer(inner), PKG)], embedded=[True]))
    # through an embedded value, pointer methods need an addressable Outer
    assert [m.name for m, _ in method_set(outer)] == ["Val"]
    assert [m.name for m, _ in method_set(Pointer(outer))] == ["Ptr", "Val"]
    # through an embedded pointer, both are in the value's method set
    assert [m.name for m, _ in method_set(outer_ptr_embed)] == ["Ptr", "Val"]
    for m, sel in method_set(Pointer(outer)):
        assert sel.index[0] == 0 and needs_wrapper(m, sel)
    direct = named("D", Struct([]))
    method(direct, "P", True)
    [(m, sel)] = method_set(Pointer(direct))
    assert not needs_wrapper(m, sel)
