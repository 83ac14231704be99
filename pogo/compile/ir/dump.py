"""A readable, indented dump of IR functions."""

from __future__ import annotations

from pogo.compile.ir import nodes as ir
from pogo.compile.types.types import type_string
from pogo.obj.pctab import line_str


def expr_str(e: ir.Expr) -> str:
    if isinstance(e, ir.Const):
        return repr(e.value) if not isinstance(e.value, bytes) else repr(e.value)[1:]
    if isinstance(e, ir.Nil):
        return "nil"
    if isinstance(e, ir.LocalRef):
        return repr(e.local)
    if isinstance(e, ir.GlobalRef):
        return e.sym
    if isinstance(e, ir.Unary):
        return f"({e.op}{expr_str(e.x)})"
    if isinstance(e, ir.Binary):
        return f"({expr_str(e.x)} {e.op} {expr_str(e.y)})"
    if isinstance(e, ir.Call):
        if e.closure is not None:
            return f"(call {expr_str(e.closure)})({', '.join(expr_str(a) for a in e.args)})"
        if e.fn is not None:
            return f"(*{expr_str(e.fn)})({', '.join(expr_str(a) for a in e.args)})"
        return f"{e.sym}({', '.join(expr_str(a) for a in e.args)})"
    if isinstance(e, ir.Convert):
        return f"{type_string(e.type)}({expr_str(e.x)})"
    if isinstance(e, ir.MakeClosure):
        return f"closure({', '.join([e.sym] + [expr_str(c) for c in e.captures])})"
    if isinstance(e, ir.SymAddr):
        return f"&{e.sym}"
    if isinstance(e, ir.TypeAddr):
        return f"&type:{type_string(e.of)}"
    if isinstance(e, ir.Field):
        return f"{expr_str(e.x)}.w{e.first}"
    if isinstance(e, ir.Part):
        return f"{expr_str(e.x)}.{e.index}"
    if isinstance(e, ir.Make):
        return f"{type_string(e.type)}{{{', '.join(expr_str(p) for p in e.parts)}}}"
    if isinstance(e, ir.Load):
        return f"*{expr_str(e.addr)}"
    if isinstance(e, ir.AddrOf):
        return f"&{expr_str(e.target)}"
    if isinstance(e, ir.PtrAdd):
        return f"({expr_str(e.ptr)} +p {expr_str(e.offset)})"
    if isinstance(e, ir.NilCheck):
        return f"nilcheck({expr_str(e.x)})"
    if isinstance(e, ir.Seq):
        inner = "; ".join(stmt_lines(s, 0)[0].strip() for s in e.stmts)
        return f"{{{inner}; => {expr_str(e.value)}}}"
    return type(e).__name__


def stmt_lines(s: ir.Stmt, depth: int) -> list[str]:
    ind = "  " * depth
    if isinstance(s, ir.Assign):
        return [f"{ind}{expr_str(s.dst)} = {expr_str(s.src)}"]
    if isinstance(s, ir.AssignCall):
        dsts = ", ".join("_" if d is None else expr_str(d) for d in s.dsts)
        return [f"{ind}{dsts} = {expr_str(s.call)}"]
    if isinstance(s, ir.ExprStmt):
        return [f"{ind}{expr_str(s.x)}"]
    if isinstance(s, ir.Line):
        return [f"{ind}# line {line_str(s.line)}"]
    if isinstance(s, ir.Declare):
        return [f"{ind}declare {s.local!r}" + (" (heap)" if s.local.addr_taken else "")]
    if isinstance(s, ir.Redeclare):
        return [f"{ind}redeclare {s.local!r}"]
    if isinstance(s, ir.If):
        out = [f"{ind}if {expr_str(s.cond)} {{"]
        for t in s.then:
            out += stmt_lines(t, depth + 1)
        if s.else_:
            out.append(f"{ind}}} else {{")
            for t in s.else_:
                out += stmt_lines(t, depth + 1)
        return out + [f"{ind}}}"]
    if isinstance(s, ir.Loop):
        cond = expr_str(s.cond) if s.cond is not None else "true"
        out = [f"{ind}loop L{s.label} while {cond} {{"]
        for t in s.body:
            out += stmt_lines(t, depth + 1)
        if s.post:
            out.append(f"{ind}}} post {{")
            for t in s.post:
                out += stmt_lines(t, depth + 1)
        return out + [f"{ind}}}"]
    if isinstance(s, ir.Breakable):
        out = [f"{ind}block L{s.label} {{"]
        for t in s.body:
            out += stmt_lines(t, depth + 1)
        return out + [f"{ind}}}"]
    if isinstance(s, ir.Break):
        return [f"{ind}break L{s.label}"]
    if isinstance(s, ir.Continue):
        return [f"{ind}continue L{s.label}"]
    if isinstance(s, ir.Label):
        return [f"{ind[:-2] if len(ind) >= 2 else ''}L{s.label}:"]
    if isinstance(s, ir.Goto):
        return [f"{ind}goto L{s.label}"]
    if isinstance(s, ir.Return):
        return [f"{ind}return {', '.join(expr_str(v) for v in s.values)}".rstrip()]
    if isinstance(s, ir.Block):
        out = []
        for t in s.stmts:
            out += stmt_lines(t, depth)
        return out
    return [f"{ind}{type(s).__name__}"]


def dump_func(f: ir.Func) -> str:
    params = ", ".join(f"{p!r} {type_string(p.type)}" for p in f.params)
    results = ", ".join(f"{r!r} {type_string(r.type)}" for r in f.results)
    head = f"func {f.name}({params})" + (f" ({results})" if results else "")
    if f.intrinsic:
        return head + "  // supplied by the code generator\n"
    lines = [head + " {"]
    for s in f.body:
        lines += stmt_lines(s, 1)
    return "\n".join(lines + ["}"]) + "\n"


def dump_package(p: ir.Package) -> str:
    out = [f"package {p.path}" + (f" (init: {p.init})" if p.init else "")]
    for g in p.globals:
        out.append(f"var {g.sym} {type_string(g.type)}")
    return "\n".join(out) + "\n" + "".join(dump_func(f) for f in p.funcs)
