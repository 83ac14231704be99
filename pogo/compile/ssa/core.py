"""SSA form: functions as control-flow graphs of blocks of single-assignment values.

Every value is one machine word (multi-word Go values — strings, slices, interfaces —
are decomposed into words by the builder, as gc's decompose passes do). Values stay in
program order within their block and ops with effects (stores, calls) are never moved,
so memory order is the block order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True, slots=True)
class OpInfo:
    name: str
    nargs: int  # -1: variable
    effect: bool = False  # has side effects or depends on memory order
    commutative: bool = False


_OPS = [
    OpInfo("Const", 0),
    OpInfo("Arg", 0),  # aux: incoming argument word index
    OpInfo("Addr", 0),  # aux: symbol name (address of a global / rodata)
    OpInfo("LocalAddr", 0),  # aux: frame slot of an address-taken local
    OpInfo("Copy", 1),
    OpInfo("Phi", -1),
    OpInfo("Add", 2, commutative=True),
    OpInfo("Sub", 2),
    OpInfo("Mul", 2, commutative=True),
    OpInfo("Div", 2, effect=True),  # may panic
    OpInfo("DivU", 2, effect=True),
    OpInfo("Mod", 2, effect=True),
    OpInfo("ModU", 2, effect=True),
    OpInfo("And", 2, commutative=True),
    OpInfo("Or", 2, commutative=True),
    OpInfo("Xor", 2, commutative=True),
    OpInfo("AndNot", 2),
    OpInfo("Shl", 2),
    OpInfo("Shr", 2),  # arithmetic
    OpInfo("ShrU", 2),  # logical
    OpInfo("Neg", 1),
    OpInfo("Com", 1),
    OpInfo("Not", 1),
    OpInfo("Eq", 2, commutative=True),
    OpInfo("Ne", 2, commutative=True),
    OpInfo("Lt", 2),
    OpInfo("Le", 2),
    OpInfo("Gt", 2),
    OpInfo("Ge", 2),
    OpInfo("LtU", 2),
    OpInfo("LeU", 2),
    OpInfo("GtU", 2),
    OpInfo("GeU", 2),
    # floating point (SSE2); aux: operand size in bytes (4 or 8); values are IEEE bit patterns
    OpInfo("AddF", 2, commutative=True),
    OpInfo("SubF", 2),
    OpInfo("MulF", 2, commutative=True),
    OpInfo("DivF", 2),
    OpInfo("EqF", 2, commutative=True),
    OpInfo("NeF", 2, commutative=True),
    OpInfo("LtF", 2),
    OpInfo("LeF", 2),
    OpInfo("GtF", 2),
    OpInfo("GeF", 2),
    OpInfo("CvtIF", 1),  # signed int64 -> float (aux: float size)
    OpInfo("CvtUF", 1),  # uint64 -> float
    OpInfo("CvtFI", 1),  # float (aux: size) -> int64, truncating
    OpInfo("CvtFU", 1),  # float -> uint64, truncating
    OpInfo("CvtFF", 1),  # aux: (from size, to size)
    OpInfo("Ext", 1),  # aux: (bytes, signed): sign/zero-extend the low bytes
    OpInfo("Load", 1, effect=True),  # aux: (bytes, signed); aux2: constant offset added to ptr
    OpInfo("Store", 2, effect=True),  # aux: bytes; args: ptr, value; aux2: offset
    # after addrmode: address ptr + index*bytes + aux2 (an amd64 scaled-index operand)
    OpInfo("LoadIdx", 2, effect=True),  # aux: (bytes, signed); args: ptr, index
    OpInfo("StoreIdx", 3, effect=True),  # aux: bytes; args: ptr, index, value
    OpInfo("Call", -1, effect=True),  # aux: symbol; aux2: result word count
    OpInfo("CallInd", -1, effect=True),  # args: code address, then argument words; aux2: result words
    OpInfo("CallClosure", -1, effect=True),  # args: closure (code address at word 0), then argument words
    OpInfo("Context", 0),  # the closure pointer passed in the context register (entry block only)
    OpInfo("Result", 1, effect=True),  # aux: result word index of the call arg
    OpInfo("CheckShift", 1, effect=True),  # panics on a negative signed shift count
    OpInfo("NilCheck", 1, effect=True),  # panics (gc's nil dereference message) if the pointer is nil
    # amd64 machine ops, made by lowering (amd64/lower.py, rules in amd64/rules.py)
    OpInfo("LEAQ", 2),  # x + y*aux + aux2 (aux: 1, 2, 4 or 8)
    OpInfo("HMULQ", 2, commutative=True),  # high word of the signed 128-bit product
    OpInfo("HMULQU", 2, commutative=True),  # high word of the unsigned 128-bit product
]

OPS: dict[str, OpInfo] = {o.name: o for o in _OPS}


class BlockKind(Enum):
    PLAIN = "Plain"  # one successor
    IF = "If"  # control: bool; succs[0] if true, succs[1] if false
    RET = "Ret"  # controls: result words
    EXIT = "Exit"  # does not return (after a noreturn call)


AuxT = int | str | tuple[int, bool] | None


class Value:
    __slots__ = ("id", "op", "args", "aux", "aux2", "block", "uses", "pointer", "comment")

    def __init__(self, id: int, op: str, args: list[Value], aux: AuxT, block: Block) -> None:
        self.id = id
        self.op = op
        self.args = args
        self.aux = aux
        self.aux2 = 0
        self.block = block
        self.uses = 0
        self.pointer = False  # holds a pointer (for stack maps, later the GC)
        self.comment = ""

    def __repr__(self) -> str:
        return f"v{self.id}"

    def long(self) -> str:
        s = f"v{self.id} = {self.op}"
        if self.aux is not None:
            s += f" <{self.aux}>"
        if self.op in ("Call", "CallInd", "CallClosure"):
            s += f" [{self.aux2} results]"
        elif self.aux2:
            s += f" [+{self.aux2}]"
        if self.args:
            s += " " + " ".join(repr(a) for a in self.args)
        if self.comment:
            s += f"  ; {self.comment}"
        return s


class Block:
    __slots__ = ("id", "kind", "values", "controls", "succs", "preds", "sealed", "comment")

    def __init__(self, id: int) -> None:
        self.id = id
        self.kind = BlockKind.PLAIN
        self.values: list[Value] = []
        self.controls: list[Value] = []
        self.succs: list[Block] = []
        self.preds: list[Block] = []
        self.sealed = False
        self.comment = ""

    def __repr__(self) -> str:
        return f"b{self.id}"


class Func:
    """An SSA function. ``nargs``/``nresults`` count argument and result words."""

    def __init__(self, name: str, nargs: int, nresults: int) -> None:
        self.name = name
        self.nargs = nargs
        self.nresults = nresults
        self.blocks: list[Block] = []
        self.entry: Block = self.new_block()
        self.next_value = 0
        self.local_slots: list[int] = []  # byte sizes of address-taken local slots
        self.local_ptrs: list[int] = []  # each local slot's pointer words (gcbits mask)
        self.file = ""
        self.line = 0
        self.value_lines: dict[int, int] = {}

    def new_block(self) -> Block:
        b = Block(len(self.blocks))
        self.blocks.append(b)
        return b

    def new_value(self, b: Block, op: str, args: list[Value], aux: AuxT = None) -> Value:
        v = Value(self.next_value, op, args, aux, b)
        self.next_value += 1
        b.values.append(v)
        return v

    def dump(self) -> str:
        out = [f"func {self.name} (args {self.nargs} words, results {self.nresults} words)"]
        for b in self.blocks:
            preds = " ".join(repr(p) for p in b.preds)
            out.append(f"  {b!r}: ({preds}){'  ; ' + b.comment if b.comment else ''}")
            for v in b.values:
                out.append("    " + v.long())
            ctl = " ".join(repr(c) for c in b.controls)
            succs = " ".join(repr(s) for s in b.succs)
            out.append(f"    {b.kind.value} {ctl} -> {succs}".rstrip())
        return "\n".join(out) + "\n"
