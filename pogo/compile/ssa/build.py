"""Building SSA from IR.

Local variables that never have their address taken become SSA variables, one per machine
word, using the on-the-fly construction of Braun et al. ("Simple and Efficient
Construction of Static Single Assignment Form", 2013): blocks are sealed once all their
predecessors are known, and trivial phis are removed as they appear. Address-taken locals
live in frame slots and are loaded and stored.
"""

from __future__ import annotations

from fractions import Fraction

from pogo.compile.gcbits import pointer_mask
from pogo.compile.ir import nodes as ir
from pogo.compile.ir.typesym import type_symbol
from pogo.compile.ssa.core import Block, BlockKind, Func, Value
from pogo.compile.types import universe as u
from pogo.compile.types.constant import Complex
from pogo.compile.types.constant import Value as ConstValue
from pogo.compile.types.types import (
    Array,
    Basic,
    Chan,
    Interface,
    Kind,
    Map,
    Pointer,
    Signature,
    Slice,
    Struct,
    Tuple,
    Type,
    sizeof,
)
from pogo.obj.objfile import SHAPE_CALLS, SHAPE_SUFFIX

WordLayout = list[tuple[int, int, bool, bool]]  # (offset, bytes, signed, pointer)


class Unsupported(Exception):
    pass


def word_layout(t: Type) -> WordLayout:
    tu = t.underlying()
    if isinstance(tu, Basic):
        if tu.kind == Kind.STRING:
            return [(0, 8, False, True), (8, 8, True, False)]
        if tu.kind == Kind.UNSAFE_POINTER:
            return [(0, 8, False, True)]
        if tu.is_complex():  # (real, imaginary), two floats
            half = tu.size // 2
            return [(0, half, False, False), (half, half, False, False)]
        if tu.is_float():
            return [(0, tu.size, False, False)]
        size = max(tu.size, 1)
        return [(0, size, not tu.is_unsigned() and tu.kind != Kind.BOOL, False)]
    if isinstance(tu, Slice):
        return [(0, 8, False, True), (8, 8, True, False), (16, 8, True, False)]
    if isinstance(tu, Struct):
        out_: WordLayout = []
        for f, off in zip(tu.fields, tu.offsets(), strict=True):
            for o, sz, sg, p in word_layout(f.type):
                out_.append((off + o, sz, sg, p))
        return out_
    if isinstance(tu, (Map, Chan)):
        return [(0, 8, False, True)]
    if isinstance(tu, Array):
        inner = word_layout(tu.elem)
        es = sizeof(tu.elem)
        return [(i * es + o, sz, sg, p) for i in range(tu.length) for o, sz, sg, p in inner]
    if isinstance(tu, Interface):
        return [(0, 8, False, True), (8, 8, False, True)]
    if isinstance(tu, (Pointer, Signature)):
        return [(0, 8, False, True)]
    if isinstance(tu, Tuple):
        out: WordLayout = []
        off = 0
        for v in tu.vars:
            for o, sz, sg, p in word_layout(v.type):
                out.append((off + o, sz, sg, p))
            off += sizeof(v.type)
        return out
    raise Unsupported(f"values of type {t}")


def float_bits(value: ConstValue, size: int) -> int:
    """The IEEE bit pattern of a constant, correctly rounded to float32/float64."""
    import struct

    assert not isinstance(value, (bytes, bool))
    if size == 4:  # rounded once (float64 first could round twice)
        from fractions import Fraction

        from pogo.compile.types.constant import round_float32

        assert not isinstance(value, Complex)
        return int(struct.unpack("<I", struct.pack("<f", round_float32(Fraction(value))))[0])
    f = float(value)  # Fraction/int -> float64, correctly rounded
    bits = struct.unpack("<q", struct.pack("<d", f))[0]
    return int(bits)


def nwords(t: Type) -> int:
    return len(word_layout(t))


BIG = 16  # values of more words are copied and cleared in memory, not word by word


def is_big(t: Type) -> bool:
    return nwords(t) > BIG


ARITH = {"+": "Add", "-": "Sub", "*": "Mul", "&": "And", "|": "Or", "^": "Xor", "&^": "AndNot"}
CMP_SIGNED = {"==": "Eq", "!=": "Ne", "<": "Lt", "<=": "Le", ">": "Gt", ">=": "Ge"}
CMP_UNSIGNED = {"==": "Eq", "!=": "Ne", "<": "LtU", "<=": "LeU", ">": "GtU", ">=": "GeU"}


class Builder:
    def __init__(self, fn: ir.Func, strings: dict[bytes, str], types: dict[str, Type]) -> None:
        self.fn = fn
        self.strings = strings
        self.types = types
        nargs = sum(nwords(p.type) for p in fn.params)
        nres = sum(nwords(r.type) for r in fn.results)
        self.f = Func(fn.name, nargs, nres)
        self.f.file = fn.file
        self.f.line = fn.pos.line
        self.line = fn.pos.line
        self.cur: Block | None = self.f.entry
        self.defs: dict[tuple[int, int], dict[int, Value]] = {}
        self.incomplete: dict[int, list[tuple[tuple[int, int], Value]]] = {}
        self.slots: dict[int, int] = {}  # local id -> frame slot index
        self.loops: dict[int, tuple[Block, Block]] = {}  # label -> (break target, continue target)
        self.goto_blocks: dict[int, Block] = {}  # goto label -> its block

    # ------------------------------------------------------------------
    # SSA variables (Braun et al.)

    def write_var(self, key: tuple[int, int], b: Block, v: Value) -> None:
        self.defs.setdefault(key, {})[b.id] = v

    def read_var(self, key: tuple[int, int], b: Block) -> Value:
        d = self.defs.get(key)
        if d is not None and b.id in d:
            return d[b.id]
        return self.read_var_recursive(key, b)

    def read_var_recursive(self, key: tuple[int, int], b: Block) -> Value:
        if not b.sealed:
            phi = self.new_phi(b)
            self.incomplete.setdefault(b.id, []).append((key, phi))
            val = phi
        elif len(b.preds) == 1:
            val = self.read_var(key, b.preds[0])
        elif not b.preds:
            # read before any write (cannot happen for initialised locals): zero
            val = self.const_in(b, 0)
        else:
            phi = self.new_phi(b)
            self.write_var(key, b, phi)
            val = self.add_phi_operands(key, phi)
        self.write_var(key, b, val)
        return val

    def new_phi(self, b: Block) -> Value:
        v = Value(self.f.next_value, "Phi", [], None, b)
        self.f.next_value += 1
        b.values.insert(0, v)
        return v

    def const_in(self, b: Block, c: int) -> Value:
        v = Value(self.f.next_value, "Const", [], c, b)
        self.f.next_value += 1
        b.values.insert(0, v)
        return v

    def add_phi_operands(self, key: tuple[int, int], phi: Value) -> Value:
        for p in phi.block.preds:
            phi.args.append(self.read_var(key, p))
        return self.try_remove_trivial_phi(phi)

    def try_remove_trivial_phi(self, phi: Value) -> Value:
        same: Value | None = None
        for a in phi.args:
            if a is same or a is phi:
                continue
            if same is not None:
                return phi
            same = a
        if same is None:
            same = self.const_in(phi.block, 0)
        # turn the phi into a copy; copy elimination removes it later
        phi.op = "Copy"
        phi.args = [same]
        return phi

    def label_block(self, label: int) -> Block:
        """The block a goto label starts; sealed only when the whole function is built,
        since a goto may add a predecessor at any point."""
        b = self.goto_blocks.get(label)
        if b is None:
            b = self.goto_blocks[label] = self.f.new_block()
            b.comment = "label"
        return b

    def seal(self, b: Block) -> None:
        for key, phi in self.incomplete.pop(b.id, []):
            self.add_phi_operands(key, phi)
        b.sealed = True

    # ------------------------------------------------------------------
    # blocks

    def block(self) -> Block:
        assert self.cur is not None
        return self.cur

    def emit(self, op: str, args: list[Value], aux: object = None) -> Value:
        v = self.f.new_value(self.block(), op, args, aux)  # type: ignore[arg-type]
        if self.line:
            self.f.value_lines[v.id] = self.line
        return v

    def const(self, c: int) -> Value:
        return self.emit("Const", [], c)

    def jump(self, to: Block) -> None:
        if self.cur is None:
            return
        b = self.cur
        b.kind = BlockKind.PLAIN
        b.succs = [to]
        to.preds.append(b)
        self.cur = None

    def branch(self, cond: Value, yes: Block, no: Block) -> None:
        b = self.block()
        b.kind = BlockKind.IF
        b.controls = [cond]
        b.succs = [yes, no]
        yes.preds.append(b)
        no.preds.append(b)
        self.cur = None

    def start(self, b: Block) -> None:
        self.cur = b

    # ------------------------------------------------------------------

    def build(self) -> Func:
        f = self.f
        entry = f.entry
        self.seal(entry)
        for loc in self.fn.locals:
            if not loc.addr_taken and (loc.in_frame or is_big(loc.type)):
                loc.in_frame = True
                self.slots[loc.id] = len(f.local_slots)
                f.local_slots.append(max(8, (sizeof(loc.type) + 7) // 8 * 8))
                f.local_ptrs.append(pointer_mask(loc.type))
        caps = [loc for loc in self.fn.locals if loc.capture_index >= 0]
        if caps:
            ctx = self.emit("Context", [])
            ctx.pointer = True
            for loc in caps:
                cell = self.load_word(ctx, 8 * (loc.capture_index + 1), 8, False, True)
                self.write_var(self.cell_key(loc), self.block(), cell)
        word = 0
        for p in self.fn.params:
            ws = []
            for w in word_layout(p.type):
                v = self.emit("Arg", [], word)
                # the callee keeps its own pointer arguments alive: a register argument
                # reaches memory (its spill slot) only when the callee puts it there
                v.pointer = w[3]
                word += 1
                ws.append(v)
            self.new_cell(p)
            self.store_local(p, ws)
        for r in self.fn.results:
            self.new_cell(r)
        self.stmts(self.fn.body)
        if self.cur is not None:
            self.ret([])
        for b in f.blocks:
            if not b.sealed:
                self.seal(b)
        for b in f.blocks:
            # zero constants and phis turned into copies were put at the block's start,
            # among the phis; phis come first (passes and the back end rely on it)
            b.values = [v for v in b.values if v.op == "Phi"] + [v for v in b.values if v.op != "Phi"]
        return f

    def ret(self, values: list[ir.Expr]) -> None:
        words: list[Value] = []
        if values:
            for v in values:
                words.extend(self.expr(v))
        else:
            for r in self.fn.results:
                words.extend(self.load_local(r))
        b = self.block()
        b.kind = BlockKind.RET
        b.controls = words
        self.cur = None

    # ------------------------------------------------------------------
    # locals

    def new_cell(self, loc: ir.Local) -> None:
        """Give an address-taken local a fresh zeroed heap cell (its declaration point).
        Escape analysis will later keep non-escaping ones in the frame."""
        if not loc.addr_taken:
            return
        desc = self.type_addr(loc.type, True)
        c = self.emit("Call", [desc], "runtime.newobject")
        c.aux2 = 1
        cell = self.emit("Result", [c], 0)
        cell.pointer = True
        self.write_var(self.cell_key(loc), self.block(), cell)

    def cell_key(self, loc: ir.Local) -> tuple[int, int]:
        return (loc.id, -1)

    def cell(self, loc: ir.Local) -> Value:
        return self.read_var(self.cell_key(loc), self.block())

    def local_base(self, loc: ir.Local) -> Value | None:
        """The address of a local kept in memory, or None for an SSA variable."""
        if loc.addr_taken:
            return self.cell(loc)
        if loc.in_frame:
            v = self.emit("LocalAddr", [], self.slots[loc.id])
            v.pointer = True
            return v
        return None

    def load_local(self, loc: ir.Local) -> list[Value]:
        lay = word_layout(loc.type)
        base = self.local_base(loc)
        if base is not None:
            return [self.load_word(base, off, size, signed, ptr) for off, size, signed, ptr in lay]
        return [self.read_var((loc.id, i), self.block()) for i in range(len(lay))]

    def store_local(self, loc: ir.Local, ws: list[Value]) -> None:
        lay = word_layout(loc.type)
        base = self.local_base(loc)
        if base is not None:
            for (off, size, _, _), w in zip(lay, ws, strict=True):
                self.store_word(base, off, size, w)
            return
        for i, w in enumerate(ws):
            self.write_var((loc.id, i), self.block(), w)

    def load_word(self, base: Value, off: int, size: int, signed: bool, ptr: bool) -> Value:
        addr = base if off == 0 else self.emit("Add", [base, self.const(off)])
        v = self.emit("Load", [addr], (size, signed))
        v.pointer = ptr
        return v

    def store_word(self, base: Value, off: int, size: int, w: Value) -> None:
        addr = base if off == 0 else self.emit("Add", [base, self.const(off)])
        self.emit("Store", [addr, w], size)

    def load_mem(self, addr: Value, t: Type) -> list[Value]:
        return [self.load_word(addr, off, size, signed, ptr) for off, size, signed, ptr in word_layout(t)]

    def store_mem(self, addr: Value, t: Type, ws: list[Value]) -> None:
        for (off, size, _, _), w in zip(word_layout(t), ws, strict=True):
            self.store_word(addr, off, size, w)

    # ------------------------------------------------------------------
    # statements

    def stmts(self, ss: list[ir.Stmt]) -> None:
        for s in ss:
            if isinstance(s, ir.Line):
                self.line = s.line  # the source line of the values emitted from here on
                continue
            if self.cur is None and not isinstance(s, ir.Label):
                # unreachable code after return/break: give it a fresh, predecessor-less block
                self.cur = self.f.new_block()
                self.cur.sealed = True
                self.cur.comment = "unreachable"
            self.stmt(s)

    def stmt(self, s: ir.Stmt) -> None:
        if isinstance(s, ir.Assign):
            if is_big(s.dst.type) and self.assign_in_memory(s):
                return
            ws = self.expr(s.src)
            self.assign(s.dst, ws)
        elif isinstance(s, ir.AssignCall):
            words = self.call(s.call)
            i = 0
            assert isinstance(s.call.type, Tuple)
            for d, rv in zip(s.dsts, s.call.type.vars, strict=True):
                k = nwords(rv.type)
                if d is not None:
                    self.assign(d, words[i : i + k])
                i += k
        elif isinstance(s, ir.ExprStmt):
            self.expr(s.x)
        elif isinstance(s, ir.Declare):
            self.new_cell(s.local)
        elif isinstance(s, ir.Redeclare):
            if s.local.addr_taken:
                ws = self.load_local(s.local)
                self.new_cell(s.local)
                self.store_local(s.local, ws)
        elif isinstance(s, ir.Block):
            self.stmts(s.stmts)
        elif isinstance(s, ir.If):
            then, els, done = self.f.new_block(), self.f.new_block(), self.f.new_block()
            self.cond(s.cond, then, els)
            self.seal(then)
            self.seal(els)
            self.start(then)
            self.stmts(s.then)
            self.jump(done)
            self.start(els)
            self.stmts(s.else_)
            self.jump(done)
            self.seal(done)
            self.start(done)
        elif isinstance(s, ir.Loop):
            header, body, post, exit_ = (self.f.new_block() for _ in range(4))
            header.comment, body.comment, post.comment, exit_.comment = "loop", "loop body", "loop post", "loop exit"
            self.jump(header)
            self.start(header)
            if s.cond is not None:
                self.cond(s.cond, body, exit_)
            else:
                self.jump(body)
            self.seal(body)
            self.loops[s.label] = (exit_, post)
            self.start(body)
            self.stmts(s.body)
            self.jump(post)
            self.seal(post)
            self.start(post)
            self.stmts(s.post)
            self.jump(header)
            self.seal(header)
            self.seal(exit_)
            self.start(exit_)
        elif isinstance(s, ir.Breakable):
            exit_ = self.f.new_block()
            self.loops[s.label] = (exit_, exit_)
            self.stmts(s.body)
            self.jump(exit_)
            self.seal(exit_)
            self.start(exit_)
        elif isinstance(s, ir.Label):
            b = self.label_block(s.label)
            self.jump(b)
            self.start(b)
        elif isinstance(s, ir.Goto):
            self.jump(self.label_block(s.label))
        elif isinstance(s, ir.Break):
            self.jump(self.loops[s.label][0])
        elif isinstance(s, ir.Continue):
            self.jump(self.loops[s.label][1])
        elif isinstance(s, ir.Return):
            self.ret(s.values)
        else:
            raise Unsupported(type(s).__name__)

    def mem_addr(self, e: ir.Expr) -> Value | None:
        """The address of a value that lives in memory, if it does (evaluating the
        address expression); None for values held in SSA variables."""
        while isinstance(e, ir.Convert) and nwords(e.type) == nwords(e.x.type) and is_big(e.type):
            e = e.x
        if isinstance(e, ir.LocalRef):
            return self.local_base(e.local)
        if isinstance(e, ir.GlobalRef):
            v = self.emit("Addr", [], e.sym)
            v.pointer = True
            return v
        if isinstance(e, ir.Load):
            return self.expr(e.addr)[0]
        return None

    def assign_in_memory(self, s: ir.Assign) -> bool:
        """Clear or copy a large value with one runtime call instead of word by word."""
        src = s.src
        while isinstance(src, ir.Convert) and is_big(src.x.type):
            src = src.x
        if not isinstance(src, (ir.Nil, ir.LocalRef, ir.GlobalRef, ir.Load)):
            return False
        if isinstance(s.dst, ir.LocalRef) and self.local_base(s.dst.local) is None:
            return False
        size = self.const(sizeof(s.dst.type))
        if isinstance(src, ir.Nil):
            dst = self.mem_addr(s.dst)
            assert dst is not None
            self.emit("Call", [dst, size], "runtime.memclr")
            return True
        sp = self.mem_addr(src)
        if sp is None:
            return False
        dst = self.mem_addr(s.dst)
        assert dst is not None
        self.emit("Call", [dst, sp, size], "runtime.memmove")
        return True

    def assign(self, dst: ir.Expr, ws: list[Value]) -> None:
        if isinstance(dst, ir.LocalRef):
            self.store_local(dst.local, ws)
        elif isinstance(dst, ir.GlobalRef):
            base = self.emit("Addr", [], dst.sym)
            self.store_mem(base, dst.type, ws)
        elif isinstance(dst, ir.Load):
            addr = self.expr(dst.addr)[0]
            self.store_mem(addr, dst.type, ws)
        else:
            raise Unsupported(f"assignment to {type(dst).__name__}")

    def cond(self, e: ir.Expr, yes: Block, no: Block) -> None:
        """Branch on a boolean expression, short-circuiting && and ||."""
        if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
            mid = self.f.new_block()
            if e.op == "&&":
                self.cond(e.x, mid, no)
            else:
                self.cond(e.x, yes, mid)
            self.seal(mid)
            self.start(mid)
            self.cond(e.y, yes, no)
            return
        if isinstance(e, ir.Unary) and e.op == "!":
            self.cond(e.x, no, yes)
            return
        v = self.expr(e)[0]
        self.branch(v, yes, no)

    # ------------------------------------------------------------------
    # expressions

    def expr(self, e: ir.Expr) -> list[Value]:
        if isinstance(e, ir.Const):
            return self.constant(e.type, e.value)
        if isinstance(e, ir.Nil):
            return [self.const(0) for _ in range(nwords(e.type))]
        if isinstance(e, ir.LocalRef):
            return self.load_local(e.local)
        if isinstance(e, ir.GlobalRef):
            base = self.emit("Addr", [], e.sym)
            return self.load_mem(base, e.type)
        if isinstance(e, ir.Unary):
            x = self.expr(e.x)[0]
            if e.op == "!":
                return [self.emit("Xor", [x, self.const(1)])]
            ut = e.type.underlying()
            if isinstance(ut, Basic) and ut.is_float():
                sign = -(1 << 63) if ut.size == 8 else 1 << 31
                return [self.emit("Xor", [x, self.const(sign)])]
            op = "Neg" if e.op == "-" else "Com"
            return [self.normalize(self.emit(op, [x]), e.type)]
        if isinstance(e, ir.Binary):
            return [self.binary(e)]
        if isinstance(e, ir.Call):
            return self.call(e)
        if isinstance(e, ir.Convert):
            ws = self.expr(e.x)
            if len(ws) != 1 or nwords(e.type) != 1:
                return ws
            tu = e.type.underlying()
            su = e.x.type.underlying()
            if isinstance(tu, Basic) and isinstance(su, Basic) and (tu.is_float() or su.is_float()):
                return [self.float_convert(ws[0], su, tu)]
            if isinstance(tu, Basic) and tu.is_integer() and tu.size < 8:
                return [self.emit("Ext", [ws[0]], (tu.size, not tu.is_unsigned()))]
            return ws
        if isinstance(e, ir.MakeClosure):
            caps = [w for c in e.captures for w in self.expr(c)]
            call = self.emit("Call", [self.const(len(caps))], "runtime.newclosure")
            call.aux2 = 1
            clo = self.emit("Result", [call], 0)
            clo.pointer = True
            code = self.emit("Addr", [], e.sym)
            self.emit("Store", [clo, code], 8)
            for i, w in enumerate(caps):
                self.store_word(clo, 8 * (i + 1), 8, w)
            return [clo]
        if isinstance(e, ir.SymAddr):
            v = self.emit("Addr", [], e.sym)
            v.pointer = True
            return [v]
        if isinstance(e, ir.TypeAddr):
            return [self.type_addr(e.of, False)]
        if isinstance(e, ir.Field):
            ws = self.expr(e.x)
            return ws[e.first : e.first + nwords(e.type)]
        if isinstance(e, ir.Part):
            ws = self.expr(e.x)
            return [ws[e.index]]
        if isinstance(e, ir.Make):
            out: list[Value] = []
            for p in e.parts:
                out.extend(self.expr(p))
            return out
        if isinstance(e, ir.Load):
            addr = self.expr(e.addr)[0]
            return self.load_mem(addr, e.type)
        if isinstance(e, ir.AddrOf):
            tgt = e.target
            if isinstance(tgt, ir.LocalRef):
                lb = self.local_base(tgt.local)
                if lb is None:
                    raise Unsupported("address of a register variable")
                return [lb]
            if isinstance(tgt, ir.GlobalRef):
                return [self.emit("Addr", [], tgt.sym)]
            raise Unsupported("address of expression")
        if isinstance(e, ir.PtrAdd):
            pv = self.expr(e.ptr)[0]
            off = self.expr(e.offset)[0]
            sum_ = self.emit("Add", [pv, off])
            sum_.pointer = True
            return [sum_]
        if isinstance(e, ir.NilCheck):
            pw = self.expr(e.x)[0]
            self.emit("NilCheck", [pw])
            return [pw]
        if isinstance(e, ir.Seq):
            self.stmts(e.stmts)
            return self.expr(e.value)
        if isinstance(e, ir.MakeIface):
            raise Unsupported("MakeIface")
        raise Unsupported(type(e).__name__)

    def constant(self, t: Type, value: ConstValue) -> list[Value]:
        if isinstance(value, bool):
            return [self.const(1 if value else 0)]
        if isinstance(value, bytes):
            if not value:
                return [self.const(0), self.const(0)]
            sym = self.strings.get(value)
            if sym is None:
                import hashlib

                sym = "go:string." + hashlib.sha256(value).hexdigest()[:20]
                self.strings[value] = sym
            p = self.emit("Addr", [], sym)
            p.pointer = True
            return [p, self.const(len(value))]
        tu = t.underlying()
        if isinstance(tu, Basic) and tu.is_complex():
            re, im = (value.re, value.im) if isinstance(value, Complex) else (value, 0)
            half = tu.size // 2
            return [self.const(float_bits(re, half)), self.const(float_bits(im, half))]
        if isinstance(tu, Basic) and tu.is_float() and not isinstance(value, bool):
            return [self.const(float_bits(value, tu.size))]
        if isinstance(tu, Basic) and tu.is_integer() and isinstance(value, (float, Fraction)) and value == int(value):
            # a float constant converted to a type parameter whose instance is an integer
            # type (types2 checked it is representable in every member of the type set)
            value = int(value)
        if isinstance(value, int):
            tu = t.underlying()
            bits = 64
            if isinstance(tu, Basic) and tu.size and tu.size < 8:
                bits = tu.size * 8
            v = value & ((1 << 64) - 1)
            if v >= 1 << 63:
                v -= 1 << 64
            del bits
            return [self.const(v)]
        raise Unsupported("floating-point constants")

    def float_convert(self, v: Value, su: Basic, tu: Basic) -> Value:
        if su.is_float() and tu.is_float():
            if su.size == tu.size:
                return v
            return self.emit("CvtFF", [v], (su.size, tu.size))
        if tu.is_float():
            op = "CvtUF" if su.is_unsigned() and su.size == 8 else "CvtIF"
            return self.emit(op, [v], tu.size)
        op = "CvtFU" if tu.is_unsigned() and tu.size == 8 else "CvtFI"
        return self.normalize(self.emit(op, [v], su.size), tu)

    def normalize(self, v: Value, t: Type) -> Value:
        tu = t.underlying()
        if isinstance(tu, Basic) and tu.is_integer() and 0 < tu.size < 8:
            return self.emit("Ext", [v], (tu.size, not tu.is_unsigned()))
        return v

    def binary(self, e: ir.Binary) -> Value:
        if e.op in ("&&", "||"):
            # as a value: branch and merge through a temporary SSA variable
            yes, no, done = self.f.new_block(), self.f.new_block(), self.f.new_block()
            key = (-1000 - self.f.next_value, 0)
            self.cond(e, yes, no)
            self.seal(yes)
            self.seal(no)
            self.start(yes)
            self.write_var(key, yes, self.const(1))
            self.jump(done)
            self.start(no)
            self.write_var(key, no, self.const(0))
            self.jump(done)
            self.seal(done)
            self.start(done)
            return self.read_var(key, done)
        x = self.expr(e.x)[0]
        y = self.expr(e.y)[0]
        ot = e.operand.underlying()
        if isinstance(ot, Basic) and ot.is_float():
            if e.op in CMP_SIGNED:
                return self.emit(CMP_SIGNED[e.op] + "F", [x, y], ot.size)
            if e.op in ("+", "-", "*", "/"):
                return self.emit({"+": "AddF", "-": "SubF", "*": "MulF", "/": "DivF"}[e.op], [x, y], ot.size)
            raise Unsupported(f"operator {e.op} on floats")
        unsigned = isinstance(ot, Basic) and (ot.is_unsigned() or ot.kind == Kind.UNSAFE_POINTER) or isinstance(ot, Pointer)
        if e.op in CMP_SIGNED:
            op = (CMP_UNSIGNED if unsigned else CMP_SIGNED)[e.op]
            return self.emit(op, [x, y])
        if e.op in ARITH:
            return self.normalize(self.emit(ARITH[e.op], [x, y]), e.type)
        if e.op in ("/", "%"):
            rt = e.type.underlying()
            uns = isinstance(rt, Basic) and rt.is_unsigned()
            op = {"/": "Div", "%": "Mod"}[e.op] + ("U" if uns else "")
            return self.normalize(self.emit(op, [x, y]), e.type)
        if e.op in ("<<", ">>"):
            ct = e.operand.underlying()
            if isinstance(ct, Basic) and not ct.is_unsigned() and not isinstance(e.y, ir.Const):
                self.emit("CheckShift", [y])
            rt = e.type.underlying()
            uns = isinstance(rt, Basic) and rt.is_unsigned()
            if e.op == "<<":
                return self.normalize(self.emit("Shl", [x, y]), e.type)
            return self.emit("ShrU" if uns else "Shr", [x, y])
        raise Unsupported(f"operator {e.op}")

    def type_addr(self, t: Type, shape: bool) -> Value:
        """The address of t's descriptor; ``shape``: for an allocation, which reads only
        size, ptrdata and gcdata (the reference is named ``type:T#shape``, see
        objfile.SHAPE_SUFFIX)."""
        sym = type_symbol(t)
        self.types[sym] = t
        v = self.emit("Addr", [], sym + SHAPE_SUFFIX if shape else sym)
        v.pointer = True
        return v

    def call(self, e: ir.Call) -> list[Value]:
        fn = self.expr(e.fn)[0] if e.fn is not None else None
        args: list[Value] = []
        for a in e.args:
            if isinstance(a, ir.TypeAddr) and e.sym in SHAPE_CALLS:
                args.append(self.type_addr(a.of, True))
            else:
                args.extend(self.expr(a))
        rt = e.type
        nres = 0 if isinstance(rt, Tuple) and not rt.vars else nwords(rt)
        if e.closure is not None:
            clo = self.expr(e.closure)[0]
            c = self.emit("CallClosure", [clo, *args])
        elif fn is not None:
            c = self.emit("CallInd", [fn, *args])
        else:
            c = self.emit("Call", args, e.sym)
        c.aux2 = nres
        if e.pos.line:
            # a call in inlined code: its line is in the inlined function's coordinates
            self.f.value_lines[c.id] = e.pos.line | (self.line & ~ir.LINE_MASK)
        lay = word_layout(rt) if nres else []
        results = []
        for i in range(nres):
            r = self.emit("Result", [c], i)
            r.pointer = lay[i][3]
            results.append(r)
        if e.noreturn:
            b = self.block()
            b.kind = BlockKind.EXIT
            self.cur = None
        return results


def build_func(fn: ir.Func, strings: dict[bytes, str], types: dict[str, Type]) -> Func:
    return Builder(fn, strings, types).build()


__all__ = ["build_func", "word_layout", "nwords", "Unsupported", "u"]
