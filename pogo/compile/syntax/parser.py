# mypy: disable-error-code="comparison-overlap"
# (the token fields change under mypy's feet whenever next() is called)
"""The Go parser: a recursive-descent parser producing the nodes of ``nodes.py``.

Each parse method carries the grammar production it recognises, in EBNF, as a comment.
The parser reads tokens straight from the scanner it inherits from (one token of
look-ahead: ``self.tok`` and friends). Syntax errors use gc's wording; after an error
the parser skips ahead to a token that can resume parsing (``advance``), so one run
can report several errors (at most one syntax error per line, as gc).

Two ambiguities are resolved as gc does:
  * ``T{`` inside the header of if/for/switch is a block, not a composite literal,
    unless the literal is parenthesised (``xnest`` counts the enclosing brackets; it
    is -1 in a statement header).
  * ``type A[N]E`` versus ``type A[P C] ...``: the bracket contents are parsed as an
    expression and then split into a parameter name and a constraint if possible.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax import nodes as n
from pogo.compile.syntax.branches import check_branches
from pogo.compile.syntax.printer import expr_string
from pogo.compile.syntax.scanner import Scanner
from pogo.compile.syntax.tokens import Tok, tokstring

Pos = n.Pos

# Keywords that start a statement: good points to resume after an error.
_STOPSET = frozenset({
    Tok.BREAK, Tok.CONST, Tok.CONTINUE, Tok.DEFER, Tok.FALLTHROUGH, Tok.FOR, Tok.GO,
    Tok.GOTO, Tok.IF, Tok.RETURN, Tok.SELECT, Tok.SWITCH, Tok.TYPE, Tok.VAR,
})

_UNARY_SIMPLE = frozenset({"+", "-", "!", "^", "~"})


@dataclass(slots=True, eq=False)
class _Par:
    """A parameter while its list is being parsed (name or type may still be missing)."""

    pos: Pos
    name: n.Name | None
    type: n.Expr | None


@dataclass(slots=True, eq=False)
class _Group:
    """State shared by the specs of one parenthesised declaration group."""

    iota: int = 0
    prev: n.ConstDecl | None = None


@dataclass(slots=True, eq=False)
class _RangeClause(n.Stmt):
    """``[lhs (=|:=)] range x`` in a for header (becomes a RangeStmt)."""

    pos: Pos
    lhs: list[n.Expr]
    define: bool
    x: n.Expr


@dataclass(slots=True, eq=False)
class _TypeSwitchGuard(n.Expr):
    """``bind := x.(type)`` in a switch header (becomes a TypeSwitchStmt)."""

    pos: Pos
    bind: n.Name | None
    guard: n.AssertExpr


def unparen(x: n.Expr) -> n.Expr:
    while isinstance(x, n.ParenExpr):
        x = x.x
    return x


def _is_type_elem(x: n.Expr) -> bool:
    """x is certainly a type element (not something that might be a value)."""
    if isinstance(x, (n.ArrayType, n.StructType, n.FuncType, n.InterfaceType, n.SliceType,
                      n.MapType, n.ChanType)):
        return True
    if isinstance(x, n.BinaryExpr):
        return _is_type_elem(x.x) or _is_type_elem(x.y)
    if isinstance(x, n.UnaryExpr):
        return x.op == "~" or _is_type_elem(x.x)
    if isinstance(x, n.StarExpr):
        return _is_type_elem(x.x)
    if isinstance(x, n.ParenExpr):
        return _is_type_elem(x.x)
    return False


def _extract_name(x: n.Expr, force: bool) -> tuple[n.Name | None, n.Expr | None]:
    """Split x into (name, constraint) if x can be read as ``name constraint``: used to
    tell ``type A[P *C]`` (a type parameter) from ``type A[P * C]E`` (an array length).
    The split happens only if the constraint is surely a type element or force is set.
    Returns (name, None) for a plain name and (None, x) if no split is possible."""
    if isinstance(x, n.Name):
        return x, None
    if isinstance(x, n.BinaryExpr):
        if x.op == "*":
            if isinstance(x.x, n.Name) and (force or _is_type_elem(x.y)):
                return x.x, n.StarExpr(x.op_pos, x.y)
        elif x.op == "|":
            name, lhs = _extract_name(x.x, force or _is_type_elem(x.y))
            if name is not None and lhs is not None:
                return name, n.BinaryExpr(lhs.pos, "|", lhs, x.y, x.op_pos)
    elif isinstance(x, n.CallExpr):
        if isinstance(x.fun, n.Name) and len(x.args) == 1 and not x.has_dots:
            if force or _is_type_elem(x.args[0]):
                return x.fun, unparen(x.args[0])
    return None, x


def _is_value(x: n.Expr) -> bool:
    """x must syntactically be a value (so ``x{`` cannot start a composite literal)."""
    if isinstance(x, (n.BasicLit, n.CompositeLit, n.FuncLit, n.SliceExpr, n.AssertExpr,
                      n.CallExpr, _TypeSwitchGuard)):
        return True
    if isinstance(x, (n.UnaryExpr, n.BinaryExpr)):
        return True
    if isinstance(x, n.ParenExpr):
        return _is_value(x.x)
    if isinstance(x, n.IndexExpr):
        return _is_value(x.x) or any(_is_value(i) for i in x.index)
    return False


class Parser(Scanner):
    def __init__(self, filename: str, src: bytes, diags: Diagnostics) -> None:
        self.filename = filename
        self.diags = diags
        self.errcnt = 0
        self.last_syntax_line = -1
        self.last_other: tuple[int, str] = (-1, "")
        self.xnest = 0  # expression nesting level (for the complit ambiguity)
        self.fnest = 0  # function nesting level (for error recovery)
        self.guards: list[n.AssertExpr] = []  # x.(type) seen outside a switch header
        super().__init__(src, None)
        self.next()

    # ------------------------------------------------------------------
    # Errors

    def scan_error(self, line: int, col: int, msg: str) -> None:
        self.error_at(Pos(line, col), msg)

    def error_at(self, pos: Pos, msg: str) -> None:
        # gc keeps one syntax error per line, and drops repeats of other errors on a line
        if msg.startswith("syntax error"):
            if pos.line == self.last_syntax_line:
                return
            self.last_syntax_line = pos.line
        else:
            if self.last_other == (pos.line, msg):
                return
            self.last_other = (pos.line, msg)
        self.errcnt += 1
        self.diags.error(self.filename, pos, msg)

    def branch_error(self, pos: Pos, msg: str) -> None:
        """A misplaced branch or label: reported while parsing, but not counted as a parse error
        (it does not silence follow-up syntax errors at EOF)."""
        if self.last_other == (pos.line, msg):
            return
        self.last_other = (pos.line, msg)
        self.diags.error(self.filename, pos, msg)

    def pos(self) -> Pos:
        return Pos(self.line, self.col)

    def error(self, msg: str) -> None:
        self.error_at(self.pos(), msg)

    def syntax_error(self, msg: str) -> None:
        self.syntax_error_at(self.pos(), msg)

    def syntax_error_at(self, pos: Pos, msg: str) -> None:
        if self.tok is Tok.EOF and self.errcnt > 0:
            return  # avoid meaningless follow-up errors
        if msg.startswith("in ") or msg.startswith("at ") or msg.startswith("after "):
            msg = " " + msg
        elif msg.startswith("expected "):
            msg = ", " + msg
        elif msg:
            self.error_at(pos, "syntax error: " + msg)
            return
        t = self.tok
        if t is Tok.NAME:
            tok = "name " + self.lit
        elif t is Tok.SEMI:
            tok = self.lit
        elif t is Tok.LITERAL:
            tok = "literal " + self.lit
        elif t is Tok.OPERATOR or t is Tok.STAR:
            tok = self.op
        elif t is Tok.ASSIGNOP:
            tok = self.op + "="
        elif t is Tok.INCOP:
            tok = self.op
        else:
            tok = tokstring(t)
        self.error_at(pos, "syntax error: unexpected " + tok + msg)

    def advance(self, *follow: Tok) -> None:
        """Skip tokens until one in follow (or, inside a function, a statement keyword);
        with no follow tokens, skip exactly one token."""
        if not follow:
            if self.tok is not Tok.EOF:
                self.next()
            return
        fs = set(follow)
        fs.add(Tok.EOF)
        if self.fnest > 0:
            fs |= _STOPSET
        while self.tok not in fs:
            self.next()

    def got(self, t: Tok) -> bool:
        if self.tok is t:
            self.next()
            return True
        return False

    def want(self, t: Tok) -> None:
        if self.tok is t:
            self.next()
            return
        self.syntax_error("expected " + tokstring(t))
        self.advance()

    def got_assign(self) -> bool:
        if self.tok is Tok.DEFINE:
            self.syntax_error("expected =")
            self.next()
            return True
        if self.tok is Tok.ASSIGN:
            self.next()
            return True
        return False

    # ------------------------------------------------------------------
    # Source files

    # SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
    def file(self) -> n.File:
        pos = self.pos()
        if not self.got(Tok.PACKAGE):
            self.syntax_error("package statement must be first")
            return n.File(pos, self.filename, n.Name(pos, "_"), [], pos)
        self.take_pragmas()
        pkg = self.name()
        self.want(Tok.SEMI)
        decls: list[n.Decl] = []
        f = n.File(pos, self.filename, pkg, decls, pos)
        if self.errcnt:
            f.eof = self.pos()
            return f  # don't bother continuing if the package clause has errors

        prev = Tok.IMPORT
        while self.tok is not Tok.EOF:
            t = self.tok
            if t is Tok.IMPORT and prev is not Tok.IMPORT:
                self.syntax_error("imports must appear before other declarations")
            prev = t
            if t is Tok.IMPORT:
                self.next()
                self.append_group(decls, self.import_decl)
            elif t is Tok.CONST:
                self.next()
                self.append_group(decls, self.const_decl)
            elif t is Tok.TYPE:
                self.next()
                self.append_group(decls, self.type_decl)
            elif t is Tok.VAR:
                self.next()
                self.append_group(decls, self.var_decl)
            elif t is Tok.FUNC:
                d = self.func_decl()
                decls.append(d)
            else:
                if t is Tok.LBRACE and decls and isinstance(decls[-1], n.FuncDecl) and decls[-1].body is None:
                    self.syntax_error("unexpected semicolon or newline before {")
                else:
                    self.syntax_error("non-declaration statement outside function body")
                self.advance(Tok.IMPORT, Tok.CONST, Tok.TYPE, Tok.VAR, Tok.FUNC)
                continue
            # forget directives before consuming the ";" after the declaration:
            # comments read with the next token belong to the next declaration
            self.pragmas = []
            if self.tok is not Tok.EOF and not self.got(Tok.SEMI):
                self.syntax_error("after top level declaration")
                self.advance(Tok.IMPORT, Tok.CONST, Tok.TYPE, Tok.VAR, Tok.FUNC)
        f.eof = self.pos()
        return f

    # list = [ f { sep f } [ sep ] ] close .
    def parse_list(self, context: str, sep: Tok, close: Tok, f: Callable[[], bool]) -> Pos:
        """Parse a sep-separated list closed by close; f parses one element and returns
        True to stop. Returns the position of the closing token."""
        done = False
        while self.tok is not Tok.EOF and self.tok is not close and not done:
            done = f()
            if not self.got(sep) and self.tok is not close:
                self.syntax_error(f"in {context}; possibly missing {tokstring(sep)} or {tokstring(close)}")
                self.advance(Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
                if self.tok is not close:
                    return self.pos()
        pos = self.pos()
        self.want(close)
        return pos

    # Group = Spec | "(" { Spec ";" } ")" .
    def append_group(self, out: list[n.Decl], f: Callable[[_Group | None], n.Decl | None]) -> None:
        if self.tok is Tok.LPAREN:
            g = _Group()
            self.pragmas = []
            self.next()

            def elem() -> bool:
                d = f(g)
                if d is not None:
                    out.append(d)
                return False

            self.parse_list("grouped declaration", Tok.SEMI, Tok.RPAREN, elem)
        else:
            d = f(None)
            if d is not None:
                out.append(d)

    # ImportSpec = [ "." | PackageName ] ImportPath .
    # ImportPath = string_lit .
    def import_decl(self, group: _Group | None) -> n.Decl | None:
        pos = self.pos()
        local: n.Name | None = None
        if self.tok is Tok.NAME:
            local = self.name()
        elif self.tok is Tok.DOT:
            local = n.Name(self.pos(), ".")
            self.next()
        path = self.oliteral()
        if path is None:
            self.syntax_error("missing import path")
            self.advance(Tok.SEMI, Tok.RPAREN)
            return None
        if path.kind is not n.LitKind.STRING:
            self.syntax_error_at(path.pos, "import path must be a string")
        return n.ImportDecl(pos, local, path)

    # ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
    def const_decl(self, group: _Group | None) -> n.Decl | None:
        pos = self.pos()
        names = self.name_list(self.name())
        typ: n.Expr | None = None
        values: list[n.Expr] = []
        t = self.tok
        if t is not Tok.EOF and t is not Tok.SEMI and t is not Tok.RPAREN:
            typ = self.type_or_nil()
            if self.got_assign():
                values = self.expr_list()
        iota = 0
        if group is not None:
            iota = group.iota
            group.iota += 1
        d = n.ConstDecl(pos, names, typ, values, iota)
        if group is not None:
            if values:
                group.prev = d
            elif typ is None and group.prev is not None:
                d.type = group.prev.type
                d.values = group.prev.values
                d.implicit = True
        return d

    # TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
    def type_decl(self, group: _Group | None) -> n.Decl | None:
        pos = self.pos()
        name = self.name()
        tparams: list[n.Field] = []
        alias = False
        typ: n.Expr | None
        if self.tok is Tok.LBRACK:
            # array/slice type or type parameter list
            lpos = self.pos()
            self.next()
            if self.tok is Tok.NAME:
                # An array length expression or the start of a type parameter list:
                # parse an expression and try to split it (see _extract_name). A name
                # followed by "[" must start a constraint like []E (an index
                # expression is never a constant array length).
                x: n.Expr = self.name()
                if self.tok is not Tok.LBRACK:
                    self.xnest += 1
                    x = self.binary_expr(self.pexpr(x, False), 0)
                    self.xnest -= 1
                pname, ptype = _extract_name(x, self.tok is Tok.COMMA)
                if pname is not None and (ptype is not None or self.tok is not Tok.RBRACK):
                    tparams = self.param_list(pname, ptype, Tok.RBRACK, True, False)
                    alias = self.got_assign()
                    typ = self.type_or_nil()
                else:
                    typ = self.array_type(lpos, x)
            elif self.tok is Tok.RBRACK:
                self.next()
                typ = n.SliceType(lpos, self.type_())
            else:
                typ = self.array_type(lpos, None)
        else:
            alias = self.got_assign()
            typ = self.type_or_nil()
        if typ is None:
            typ = n.BadExpr(self.pos())
            self.syntax_error("in type declaration")
            self.advance(Tok.SEMI, Tok.RPAREN)
        return n.TypeDecl(pos, name, tparams, alias, typ)

    # VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
    def var_decl(self, group: _Group | None) -> n.Decl | None:
        pos = self.pos()
        names = self.name_list(self.name())
        typ: n.Expr | None = None
        values: list[n.Expr] = []
        if self.got_assign():
            values = self.expr_list()
        else:
            typ = self.type_()
            if self.got_assign():
                values = self.expr_list()
        return n.VarDecl(pos, names, typ, values)

    # FunctionDecl = "func" FunctionName [ TypeParams ] ( Function | Signature ) .
    # MethodDecl   = "func" Receiver MethodName ( Function | Signature ) .
    # Receiver     = Parameters .
    def func_decl(self) -> n.FuncDecl:
        pos = self.pos()
        pragmas = self.take_pragmas()
        self.next()  # func
        recv: n.Field | None = None
        has_recv = False
        if self.tok is Tok.LPAREN:
            self.next()
            has_recv = True
            rl = self.param_list(None, None, Tok.RPAREN, False, False)
            if not rl:
                self.error("method has no receiver")
            else:
                if len(rl) > 1:
                    self.error("method has multiple receivers")
                recv = rl[0]
        tparams: list[n.Field] = []
        if self.tok is Tok.NAME:
            name = self.name()
            tparams, ftype = self.func_type(pos, "")
        else:
            name = n.Name(self.pos(), "_")
            ftype = n.FuncType(self.pos(), [], [], [])
            self.syntax_error("expected name" if has_recv else "expected name or (")
            self.advance(Tok.LBRACE, Tok.SEMI)
        body: n.BlockStmt | None = None
        if self.tok is Tok.LBRACE:
            body = self.func_body()
        return n.FuncDecl(pos, recv, name, tparams, ftype, body, pragmas)

    def func_body(self) -> n.BlockStmt:
        self.fnest += 1
        xnest = self.xnest
        self.xnest = 0
        errcnt = self.errcnt
        body = self.block_stmt("")
        self.xnest = xnest
        self.fnest -= 1
        if errcnt == self.errcnt:  # as gc: a body with syntax errors may be incomplete
            check_branches(body, self.filename, self.branch_error)
        return body

    # ------------------------------------------------------------------
    # Expressions

    def expr(self) -> n.Expr:
        return self.binary_expr(None, 0)

    # Expression = UnaryExpr | Expression binary_op Expression .
    def binary_expr(self, x: n.Expr | None, prec: int) -> n.Expr:
        if x is None:
            x = self.unary_expr()
        while (self.tok is Tok.OPERATOR or self.tok is Tok.STAR) and self.prec > prec:
            op = self.op
            tprec = self.prec
            op_pos = Pos(self.line, self.col)
            self.next()
            y = self.binary_expr(None, tprec)
            x = n.BinaryExpr(x.pos, op, x, y, op_pos)
        return x

    # UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
    # unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" | "~" .
    def unary_expr(self) -> n.Expr:
        t = self.tok
        if t is Tok.OPERATOR:
            op = self.op
            if op in _UNARY_SIMPLE or op == "&":
                pos = self.pos()
                self.next()
                return n.UnaryExpr(pos, op, self.unary_expr())
        elif t is Tok.STAR:
            pos = self.pos()
            self.next()
            return n.StarExpr(pos, self.unary_expr())
        elif t is Tok.ARROW:
            # receive (<-x) or receive-only channel type (<-chan E); we only know
            # which after parsing the operand
            pos = self.pos()
            self.next()
            x = self.unary_expr()
            if isinstance(x, n.ChanType):
                # re-associate: <-(chan E) => (<-chan E), <-(chan<- E) => (<-chan (<-E))
                d = n.ChanDir.SEND
                tt: n.Expr = x
                while d is n.ChanDir.SEND:
                    if not isinstance(tt, n.ChanType):
                        break
                    d = tt.dir
                    if d is n.ChanDir.RECV:
                        self.syntax_error("unexpected <-, expected chan")
                    tt.dir = n.ChanDir.RECV
                    tt = tt.elem
                if d is n.ChanDir.SEND:
                    self.syntax_error(f"unexpected {expr_string(tt)}, expected chan")
                x.pos = pos
                return x
            return n.UnaryExpr(pos, "<-", x)
        return self.pexpr(None, True)

    # CallStmt = ( "go" | "defer" ) PrimaryExpr .
    def call_stmt(self) -> n.Stmt:
        pos = self.pos()
        kw = self.tok
        self.next()
        x = self.pexpr(None, self.tok is Tok.LPAREN)
        t = unparen(x)
        if t is not x:
            self.error_at(x.pos, f"expression in {kw.value} must not be parenthesized")
            x = t
        if kw is Tok.GO:
            return n.GoStmt(pos, x)
        return n.DeferStmt(pos, x)

    # Operand     = Literal | OperandName | MethodExpr | "(" Expression ")" .
    # Literal     = BasicLit | CompositeLit | FunctionLit .
    # OperandName = identifier | QualifiedIdent .
    def operand(self, keep_parens: bool) -> n.Expr:
        t = self.tok
        if t is Tok.NAME:
            nm = n.Name(Pos(self.line, self.col), self.lit)
            self.next()
            return nm
        if t is Tok.LITERAL:
            lit = n.BasicLit(Pos(self.line, self.col), self.kind, self.lit, self.bad)
            self.next()
            return lit
        if t is Tok.LPAREN:
            pos = self.pos()
            self.next()
            self.xnest += 1
            x = self.expr()
            self.xnest -= 1
            self.want(Tok.RPAREN)
            return n.ParenExpr(pos, x)
        if t is Tok.FUNC:
            pos = self.pos()
            self.next()
            _, ftyp = self.func_type(pos, "function type")
            if self.tok is Tok.LBRACE:
                self.xnest += 1
                body = self.func_body()
                self.xnest -= 1
                return n.FuncLit(pos, ftyp, body)
            return ftyp
        if t is Tok.LBRACK or t is Tok.CHAN or t is Tok.MAP or t is Tok.STRUCT or t is Tok.INTERFACE:
            return self.type_()
        x2 = n.BadExpr(self.pos())
        self.syntax_error("expected expression")
        self.advance(Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
        return x2

    # PrimaryExpr = Operand | Conversion | MethodExpr |
    #               PrimaryExpr ( Selector | Index | Slice | TypeAssertion | Arguments ) .
    # Selector      = "." identifier .
    # Index         = "[" Expression [ "," ] "]" | "[" TypeList [ "," ] "]" .
    # Slice         = "[" [ Expression ] ":" [ Expression ] "]" |
    #                 "[" [ Expression ] ":" Expression ":" Expression "]" .
    # TypeAssertion = "." "(" Type ")" .
    # Arguments     = "(" [ ( ExpressionList | Type [ "," ExpressionList ] ) [ "..." ] [ "," ] ] ")" .
    def pexpr(self, x: n.Expr | None, keep_parens: bool) -> n.Expr:
        if x is None:
            x = self.operand(keep_parens)
        while True:
            t = self.tok
            if t is Tok.DOT:
                self.next()
                if self.tok is Tok.NAME:
                    sel = n.Name(Pos(self.line, self.col), self.lit)
                    self.next()
                    x = n.SelectorExpr(x.pos, x, sel)
                elif self.tok is Tok.LPAREN:
                    self.next()
                    if self.got(Tok.TYPE):
                        a = n.AssertExpr(x.pos, x, None)
                        self.guards.append(a)
                        x = a
                    else:
                        x = n.AssertExpr(x.pos, x, self.type_())
                    self.want(Tok.RPAREN)
                else:
                    self.syntax_error("expected name or (")
                    self.advance(Tok.SEMI, Tok.RPAREN)
            elif t is Tok.LBRACK:
                lbrack = self.pos()
                self.next()
                i: n.Expr | None = None
                if self.tok is not Tok.COLON:
                    if self.tok is Tok.RBRACK:
                        # invalid empty index: accept but complain
                        self.syntax_error("expected operand")
                        idx: list[n.Expr] = [n.BadExpr(self.pos())]
                        comma = False
                    else:
                        idx, comma = self.type_list(False)
                    if comma or self.tok is Tok.RBRACK:
                        self.want(Tok.RBRACK)
                        x = n.IndexExpr(x.pos, x, idx, lbrack)
                        continue
                    i = idx[0]
                # x[i:...
                if not self.got(Tok.COLON):
                    self.syntax_error("expected comma, : or ]")
                    self.advance(Tok.COMMA, Tok.COLON, Tok.RBRACK)
                self.xnest += 1
                hi: n.Expr | None = None
                mx: n.Expr | None = None
                full = False
                if self.tok is not Tok.COLON and self.tok is not Tok.RBRACK:
                    hi = self.expr()
                if self.tok is Tok.COLON:
                    full = True
                    if hi is None:
                        self.error("middle index required in 3-index slice")
                        hi = n.BadExpr(self.pos())
                    self.next()
                    if self.tok is not Tok.RBRACK:
                        mx = self.expr()
                    else:
                        self.error("final index required in 3-index slice")
                        mx = n.BadExpr(self.pos())
                self.xnest -= 1
                self.want(Tok.RBRACK)
                x = n.SliceExpr(x.pos, x, i, hi, mx, full)
            elif t is Tok.LPAREN:
                lparen = self.pos()
                self.next()
                args, dots, rparen = self.arg_list()
                x = n.CallExpr(x.pos, x, args, dots, lparen, rparen)
            elif t is Tok.LBRACE:
                # is "{" the start of a composite literal or of a block?
                u = unparen(x)
                ok = False
                if isinstance(u, (n.Name, n.SelectorExpr)):
                    ok = self.xnest >= 0
                elif isinstance(u, n.IndexExpr):
                    ok = self.xnest >= 0 and not _is_value(u)
                elif isinstance(u, (n.ArrayType, n.SliceType, n.StructType, n.MapType)):
                    ok = True
                if not ok:
                    break
                if u is not x:
                    self.syntax_error("cannot parenthesize type in composite literal")
                lit = self.complit_expr()
                lit.type = x
                lit.pos = x.pos
                x = lit
            else:
                break
        return x

    # argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")" .
    def arg_list(self) -> tuple[list[n.Expr], bool, Pos]:
        args: list[n.Expr] = []
        dots = False
        self.xnest += 1
        while self.tok is not Tok.EOF and self.tok is not Tok.RPAREN:
            args.append(self.expr())
            if self.tok is Tok.DOTDOTDOT:
                self.next()
                dots = True
            if self.tok is Tok.COMMA:
                self.next()
                if dots:
                    break
                continue
            if self.tok is not Tok.RPAREN:
                self.syntax_error("in argument list; possibly missing comma or )")
                self.advance(Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
                if self.tok is not Tok.RPAREN:
                    self.xnest -= 1
                    return args, dots, self.pos()
            if dots:
                break
        self.xnest -= 1
        rparen = self.pos()
        self.want(Tok.RPAREN)
        return args, dots, rparen

    # Element = Expression | LiteralValue .
    def bare_complit_expr(self) -> n.Expr:
        if self.tok is Tok.LBRACE:
            return self.complit_expr()
        return self.expr()

    # LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    # ElementList  = KeyedElement { "," KeyedElement } .
    # KeyedElement = [ Key ":" ] Element .
    def complit_expr(self) -> n.CompositeLit:
        pos = self.pos()
        elems: list[n.Expr] = []
        self.xnest += 1
        self.want(Tok.LBRACE)
        while self.tok is not Tok.EOF and self.tok is not Tok.RBRACE:
            e = self.bare_complit_expr()
            if self.tok is Tok.COLON:
                self.next()
                e = n.KeyValueExpr(e.pos, e, self.bare_complit_expr())
            elems.append(e)
            if self.tok is Tok.COMMA:
                self.next()
                continue
            if self.tok is not Tok.RBRACE:
                self.syntax_error("in composite literal; possibly missing comma or }")
                self.advance(Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
                if self.tok is not Tok.RBRACE:
                    self.xnest -= 1
                    return n.CompositeLit(pos, None, elems, self.pos())
        rbrace = self.pos()
        self.want(Tok.RBRACE)
        self.xnest -= 1
        return n.CompositeLit(pos, None, elems, rbrace)

    # ------------------------------------------------------------------
    # Types

    def type_(self) -> n.Expr:
        typ = self.type_or_nil()
        if typ is None:
            typ = n.BadExpr(self.pos())
            self.syntax_error("expected type")
            self.advance(Tok.COMMA, Tok.COLON, Tok.SEMI, Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
        return typ

    # Type     = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" .
    # TypeName = identifier | QualifiedIdent .
    # TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
    #            SliceType | MapType | ChannelType .
    def type_or_nil(self) -> n.Expr | None:
        t = self.tok
        pos = Pos(self.line, self.col)
        if t is Tok.NAME:
            return self.qualified_name(None)
        if t is Tok.STAR:
            # PointerType = "*" BaseType .
            self.next()
            return n.StarExpr(pos, self.type_())
        if t is Tok.LBRACK:
            # ArrayType = "[" ArrayLength "]" ElementType . SliceType = "[" "]" ElementType .
            self.next()
            if self.got(Tok.RBRACK):
                return n.SliceType(pos, self.type_())
            return self.array_type(pos, None)
        if t is Tok.ARROW:
            # "<-" "chan" ElementType
            self.next()
            self.want(Tok.CHAN)
            return n.ChanType(pos, n.ChanDir.RECV, self.chan_elem())
        if t is Tok.FUNC:
            # FunctionType = "func" Signature .
            self.next()
            _, ft = self.func_type(pos, "function type")
            return ft
        if t is Tok.CHAN:
            # ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .
            self.next()
            d = n.ChanDir.BOTH
            if self.got(Tok.ARROW):
                d = n.ChanDir.SEND
            return n.ChanType(pos, d, self.chan_elem())
        if t is Tok.MAP:
            # MapType = "map" "[" KeyType "]" ElementType .
            self.next()
            self.want(Tok.LBRACK)
            key = self.type_()
            self.want(Tok.RBRACK)
            return n.MapType(pos, key, self.type_())
        if t is Tok.STRUCT:
            return self.struct_type()
        if t is Tok.INTERFACE:
            return self.interface_type()
        if t is Tok.LPAREN:
            self.next()
            inner = self.type_()
            self.want(Tok.RPAREN)
            return n.ParenExpr(pos, inner)
        return None

    # TypeArgs = "[" TypeList [ "," ] "]" .
    def type_instance(self, typ: n.Expr) -> n.Expr:
        self.want(Tok.LBRACK)
        if self.tok is Tok.RBRACK:
            self.syntax_error("expected type argument list")
            idx: list[n.Expr] = [n.BadExpr(self.pos())]
        else:
            idx, _ = self.type_list(True)
        self.want(Tok.RBRACK)
        return n.IndexExpr(typ.pos, typ, idx)

    # Signature  = Parameters [ Result ] .
    # TypeParams = "[" TypeParamList [ "," ] "]" .
    # If context is not empty, type parameters are not permitted.
    def func_type(self, pos: Pos, context: str) -> tuple[list[n.Field], n.FuncType]:
        pos = self.pos()  # as gc, a function type is at its signature (after "func" and the name)
        tparams: list[n.Field] = []
        if self.tok is Tok.LBRACK:
            tpos = self.pos()
            self.next()
            if context:
                self.syntax_error_at(tpos, context + " must have no type parameters")
            if self.tok is Tok.RBRACK:
                self.syntax_error("empty type parameter list")
                self.next()
            else:
                tparams = self.param_list(None, None, Tok.RBRACK, True, False)
        self.want(Tok.LPAREN)
        params = self.param_list(None, None, Tok.RPAREN, False, True)
        results = self.func_result()
        return tparams, n.FuncType(pos, [], params, results)

    # "[" has been consumed (at pos); length is the already parsed length, if any.
    # ArrayLength = Expression | "..." .
    def array_type(self, pos: Pos, length: n.Expr | None) -> n.Expr:
        if length is None and not self.got(Tok.DOTDOTDOT):
            self.xnest += 1
            length = self.expr()
            self.xnest -= 1
        if self.tok is Tok.COMMA:
            # trailing commas are fine in type parameter lists, not in array types
            self.syntax_error("unexpected comma; expected ]")
            self.next()
        self.want(Tok.RBRACK)
        return n.ArrayType(pos, length, self.type_())

    def chan_elem(self) -> n.Expr:
        typ = self.type_or_nil()
        if typ is None:
            typ = n.BadExpr(self.pos())
            self.syntax_error("missing channel element type")
        return typ

    # StructType = "struct" "{" { FieldDecl ";" } "}" .
    def struct_type(self) -> n.StructType:
        typ = n.StructType(self.pos(), [])
        self.want(Tok.STRUCT)
        self.want(Tok.LBRACE)

        def elem() -> bool:
            self.field_decl(typ)
            return False

        self.parse_list("struct type", Tok.SEMI, Tok.RBRACE, elem)
        return typ

    # InterfaceType = "interface" "{" { ( MethodSpec | TypeElem ) ";" } "}" .
    def interface_type(self) -> n.InterfaceType:
        typ = n.InterfaceType(self.pos(), [])
        self.want(Tok.INTERFACE)
        self.want(Tok.LBRACE)

        def elem() -> bool:
            f: _Par | None = None
            if self.tok is Tok.NAME:
                f = self.method_decl()
            if f is None or f.name is None:
                f = self.embedded_elem(f)
            assert f.type is not None
            typ.methods.append(n.Field(f.pos, f.name, f.type))
            return False

        self.parse_list("interface type", Tok.SEMI, Tok.RBRACE, elem)
        return typ

    # Result = Parameters | Type .
    def func_result(self) -> list[n.Field]:
        if self.got(Tok.LPAREN):
            return self.param_list(None, None, Tok.RPAREN, False, False)
        pos = self.pos()
        typ = self.type_or_nil()
        if typ is not None:
            return [n.Field(pos, None, typ)]
        return []

    # FieldDecl     = ( IdentifierList Type | EmbeddedField ) [ Tag ] .
    # EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
    # Tag           = string_lit .
    def field_decl(self, styp: n.StructType) -> None:
        pos = self.pos()
        t = self.tok
        fields = styp.fields
        if t is Tok.NAME:
            name = self.name()
            if self.tok is Tok.DOT or self.tok is Tok.LITERAL or self.tok is Tok.SEMI or self.tok is Tok.RBRACE:
                # embedded type
                typ = self.qualified_name(name)
                fields.append(n.Field(pos, None, typ, self.oliteral()))
                return
            names = self.name_list(name)
            if len(names) == 1 and self.tok is Tok.LBRACK:
                # embedded instantiated type T[P1, P2] or a field of array/slice type
                arr, idx = self.array_or_targs()
                if idx is not None:
                    fields.append(n.Field(pos, None, n.IndexExpr(name.pos, name, idx), self.oliteral()))
                    return
                assert arr is not None
                ftyp = arr
            else:
                ftyp = self.type_()
            tag = self.oliteral()
            for nm in names:
                fields.append(n.Field(nm.pos, nm, ftyp, tag))
        elif t is Tok.STAR:
            self.next()
            if self.tok is Tok.LPAREN:
                self.syntax_error("cannot parenthesize embedded type")
                self.next()
                typ = self.qualified_name(None)
                self.got(Tok.RPAREN)
            else:
                typ = self.qualified_name(None)
            fields.append(n.Field(pos, None, n.StarExpr(pos, typ), self.oliteral()))
        elif t is Tok.LPAREN:
            self.syntax_error("cannot parenthesize embedded type")
            self.next()
            if self.tok is Tok.STAR:
                spos = self.pos()
                self.next()
                typ = n.StarExpr(spos, self.qualified_name(None))
            else:
                typ = self.qualified_name(None)
            self.got(Tok.RPAREN)
            fields.append(n.Field(pos, None, typ, self.oliteral()))
        else:
            self.syntax_error("expected field name or embedded type")
            self.advance(Tok.SEMI, Tok.RBRACE)

    def array_or_targs(self) -> tuple[n.Expr | None, list[n.Expr] | None]:
        """After a name: ``[n]E`` / ``[]E`` (returns (type, None)) or type arguments
        ``[A, B]`` (returns (None, args))."""
        pos = self.pos()
        self.want(Tok.LBRACK)
        if self.got(Tok.RBRACK):
            return n.SliceType(pos, self.type_()), None
        lst, comma = self.type_list(False)
        self.want(Tok.RBRACK)
        if not comma:
            elem = self.type_or_nil()
            if elem is not None:
                return n.ArrayType(pos, lst[0], elem), None
        return None, lst

    def oliteral(self) -> n.BasicLit | None:
        if self.tok is Tok.LITERAL:
            b = n.BasicLit(self.pos(), self.kind, self.lit, self.bad)
            self.next()
            return b
        return None

    # MethodSpec = MethodName Signature | InterfaceTypeName .
    def method_decl(self) -> _Par:
        pos = self.pos()
        name = self.name()
        context = "interface method"
        t = self.tok
        if t is Tok.LPAREN:
            _, ft = self.func_type(self.pos(), context)
            return _Par(pos, name, ft)
        if t is Tok.LBRACK:
            # a generic method m[T C](x T) (invalid) or an embedded instance T[A, B]
            lpos = self.pos()
            self.next()
            if self.tok is Tok.RBRACK:
                epos = self.pos()
                self.next()
                if self.tok is Tok.LPAREN:
                    self.error_at(epos, "empty type parameter list")
                    _, ft = self.func_type(self.pos(), context)
                    return _Par(pos, name, ft)
                self.error_at(epos, "empty type argument list")
                return _Par(pos, None, name)
            lst = self.param_list(None, None, Tok.RBRACK, False, False)
            if not lst:
                if self.tok is Tok.LPAREN:
                    _, ft = self.func_type(self.pos(), context)
                    return _Par(pos, name, ft)
                return _Par(pos, None, name)
            if lst[0].name is not None:
                _, ft = self.func_type(self.pos(), context)
                self.error_at(lpos, "interface method must have no type parameters")
                return _Par(pos, name, ft)
            return _Par(pos, None, n.IndexExpr(name.pos, name, [f.type for f in lst]))
        return _Par(pos, None, self.qualified_name(name))

    # TypeElem = TypeTerm { "|" TypeTerm } .
    def embedded_elem(self, f: _Par | None) -> _Par:
        if f is None:
            f = _Par(self.pos(), None, self.embedded_term())
        while self.tok is Tok.OPERATOR and self.op == "|":
            op_pos = self.pos()
            self.next()
            assert f.type is not None
            f.type = n.BinaryExpr(f.type.pos, "|", f.type, self.embedded_term(), op_pos)
        return f

    # TypeTerm = Type | UnderlyingType .  UnderlyingType = "~" Type .
    def embedded_term(self) -> n.Expr:
        if self.tok is Tok.OPERATOR and self.op == "~":
            pos = self.pos()
            self.next()
            return n.UnaryExpr(pos, "~", self.type_())
        t = self.type_or_nil()
        if t is None:
            t = n.BadExpr(self.pos())
            self.syntax_error("expected ~ term or type")
            self.advance(Tok.OPERATOR, Tok.SEMI, Tok.RPAREN, Tok.RBRACK, Tok.RBRACE)
        return t

    # ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    def param_decl_or_nil(self, name: n.Name | None, follow: Tok) -> _Par | None:
        type_sets_ok = follow is Tok.RBRACK  # type set notation is ok in type parameter lists
        pos = self.pos()
        if name is not None:
            pos = name.pos
        elif type_sets_ok and self.tok is Tok.OPERATOR and self.op == "~":
            return self.embedded_elem(None)
        f = _Par(pos, None, None)
        if self.tok is Tok.NAME or name is not None:
            if name is None:
                name = self.name()
            if self.tok is Tok.LBRACK:
                # name "[" ...
                arr, idx = self.array_or_targs()
                if idx is not None:
                    f.type = n.IndexExpr(name.pos, name, idx)
                else:
                    f.type = arr
                    f.name = name
                if type_sets_ok and self.tok is Tok.OPERATOR and self.op == "|":
                    f = self.embedded_elem(f)
                return f
            if self.tok is Tok.DOT:
                # name "." ...
                f.type = self.qualified_name(name)
                if type_sets_ok and self.tok is Tok.OPERATOR and self.op == "|":
                    f = self.embedded_elem(f)
                return f
            if type_sets_ok and self.tok is Tok.OPERATOR and self.op == "|":
                f.type = name
                return self.embedded_elem(f)
            f.name = name
        if self.tok is Tok.DOTDOTDOT:
            dpos = self.pos()
            self.next()
            elem = self.type_or_nil()
            if elem is None:
                f.type = n.BadExpr(self.pos())
                self.syntax_error("... is missing type")
            else:
                f.type = n.DotsType(dpos, elem)
            return f
        if type_sets_ok and self.tok is Tok.OPERATOR and self.op == "~":
            f.type = self.embedded_elem(None).type
            return f
        f.type = self.type_or_nil()
        if type_sets_ok and self.tok is Tok.OPERATOR and self.op == "|" and f.type is not None:
            f = self.embedded_elem(f)
        if f.name is not None or f.type is not None:
            return f
        self.syntax_error("expected " + tokstring(follow))
        self.advance(Tok.COMMA, follow)
        return None

    # Parameters    = "(" [ ParameterList [ "," ] ] ")" .
    # ParameterList = ParameterDecl { "," ParameterDecl } .
    # TypeParamList = TypeParamDecl { "," TypeParamDecl } .  TypeParamDecl = IdentifierList TypeConstraint .
    # The opening "(" or "[" has been consumed. name and typ, if given, are the first
    # parameter's already parsed name and type. In the result either every field has
    # a name or none has; names sharing a type share the type node.
    def param_list(self, name: n.Name | None, typ: n.Expr | None, close: Tok,
                   require_names: bool, dddok: bool) -> list[n.Field]:
        if name is not None and typ is not None and self.tok is close:
            self.next()
            return [n.Field(name.pos, name, typ)]
        pars: list[_Par] = []
        counts = [0, 0]  # named, typed
        first: list[n.Name | None] = [name]
        first_typ: list[n.Expr | None] = [typ]

        def elem() -> bool:
            par: _Par | None
            nm = first[0]
            ty = first_typ[0]
            if ty is not None and nm is not None:
                par = _Par(nm.pos, nm, ty)
            else:
                par = self.param_decl_or_nil(nm, close)
            first[0] = None
            first_typ[0] = None
            if par is not None:
                if par.name is not None and par.type is not None:
                    counts[0] += 1
                if par.type is not None:
                    counts[1] += 1
                pars.append(par)
            return False

        end = self.parse_list("parameter list", Tok.COMMA, close, elem)
        if not pars:
            return []
        named, typed = counts
        if named == 0 and not require_names:
            # all unnamed: the names found are type names
            for par in pars:
                if par.name is not None:
                    par.type = par.name
                    par.name = None
        elif named != len(pars):
            # some named, or a type parameter list: all must be named
            err_pos: Pos | None = None
            t: n.Expr | None = None
            for par in reversed(pars):
                if par.type is not None:
                    t = par.type
                    if par.name is None:
                        err_pos = t.pos
                        par.name = n.Name(err_pos, "_")
                elif t is not None:
                    par.type = t
                else:
                    assert par.name is not None
                    err_pos = par.name.pos
                    par.type = n.BadExpr(err_pos)
            if err_pos is not None:
                if named == typed:
                    err_pos = end
                    msg = "missing type constraint" if require_names else "missing parameter type"
                elif require_names:
                    msg = "missing type parameter name"
                    if len(pars) == 1:
                        msg += " or invalid array length"
                else:
                    msg = "missing parameter name"
                self.syntax_error_at(err_pos, msg)
        out: list[n.Field] = []
        reported = False
        for i, par in enumerate(pars):
            pt = par.type
            assert pt is not None
            if isinstance(pt, n.DotsType) and (not dddok or i + 1 < len(pars)):
                if not reported:
                    reported = True
                    self.error_at(pt.pos, "can only use ... with final parameter" if dddok
                                  else "invalid use of ...")
                pt = pt.elem
            out.append(n.Field(par.pos if par.name is None else par.name.pos, par.name, pt))
        # names sharing a type in the source share the node (keep identity after ... fix)
        return out

    # ------------------------------------------------------------------
    # Statements

    # SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
    def simple_stmt(self, lhs: list[n.Expr] | None, keyword: Tok | None) -> n.Stmt:
        if keyword is Tok.FOR and self.tok is Tok.RANGE:
            # "range" expr
            pos = self.pos()
            self.next()
            return _RangeClause(pos, [], False, self.expr())
        if lhs is None:
            lhs = self.expr_list()
        t = self.tok
        if len(lhs) == 1 and t is not Tok.ASSIGN and t is not Tok.DEFINE:
            x = lhs[0]
            pos = Pos(self.line, self.col)
            if t is Tok.ASSIGNOP:
                op = self.op
                self.next()
                return n.AssignStmt(pos, op + "=", lhs, [self.expr()])
            if t is Tok.INCOP:
                op = self.op
                self.next()
                return n.IncDecStmt(pos, x, op)
            if t is Tok.ARROW:
                self.next()
                return n.SendStmt(pos, x, self.expr())
            return n.ExprStmt(x.pos, x)
        if t is Tok.ASSIGN or t is Tok.DEFINE:
            pos = self.pos()
            op = "=" if t is Tok.ASSIGN else ":="
            self.next()
            if keyword is Tok.FOR and self.tok is Tok.RANGE:
                rpos = self.pos()
                self.next()
                return _RangeClause(rpos, lhs, op == ":=", self.expr())
            rhs = self.expr_list()
            if keyword is Tok.SWITCH and op == ":=" and len(rhs) == 1 and len(lhs) == 1:
                g = rhs[0]
                if isinstance(g, n.AssertExpr) and g.type is None and isinstance(lhs[0], n.Name):
                    return n.ExprStmt(g.pos, _TypeSwitchGuard(g.pos, lhs[0], g))
            return n.AssignStmt(pos, op, lhs, rhs)
        self.syntax_error("expected := or = or comma")
        self.advance(Tok.SEMI, Tok.RBRACE)
        return n.ExprStmt(lhs[0].pos, lhs[0])

    # LabeledStmt = Label ":" Statement .
    def labeled_stmt(self, label: n.Name) -> n.Stmt | None:
        colon = self.pos()
        self.want(Tok.COLON)
        if self.tok is Tok.RBRACE:
            # a label before "}" labels an empty statement
            return n.LabeledStmt(label.pos, label, n.EmptyStmt(self.pos()))
        s = self.stmt_or_nil()
        if s is not None:
            return n.LabeledStmt(label.pos, label, s)
        self.syntax_error_at(colon, "missing statement after label")
        return None

    # Block = "{" StatementList "}" .
    def block_stmt(self, context: str) -> n.BlockStmt:
        pos = self.pos()
        if not self.got(Tok.LBRACE):
            self.syntax_error("expected { after " + context)
            self.advance(Tok.NAME, Tok.RBRACE)
            rb = self.pos()
            if self.got(Tok.RBRACE):
                return n.BlockStmt(pos, [], rb)
        stmts = self.stmt_list()
        rbrace = self.pos()
        self.want(Tok.RBRACE)
        return n.BlockStmt(pos, stmts, rbrace)

    def decl_stmt(self, f: Callable[[_Group | None], n.Decl | None]) -> n.DeclStmt:
        pos = self.pos()
        self.next()
        decls: list[n.Decl] = []
        self.append_group(decls, f)
        return n.DeclStmt(pos, decls)

    # ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
    # ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
    # RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
    def for_stmt(self) -> n.Stmt:
        pos = self.pos()
        init, cond, post = self.header(Tok.FOR)
        body = self.block_stmt("for clause")
        if isinstance(init, _RangeClause):
            lhs = init.lhs
            key = lhs[0] if lhs else None
            value = lhs[1] if len(lhs) > 1 else None
            extra = lhs[2] if len(lhs) > 2 else None
            return n.RangeStmt(pos, key, value, init.define, init.x, body, extra)
        return n.ForStmt(pos, init, cond, post, body)

    # header = [ SimpleStmt ] [ ";" [ Condition ] [ ";" PostStmt ] ] (for if/for/switch)
    def header(self, keyword: Tok) -> tuple[n.Stmt | None, n.Expr | None, n.Stmt | None]:
        self.want(keyword)
        init: n.Stmt | None = None
        cond: n.Expr | None = None
        post: n.Stmt | None = None
        if self.tok is Tok.LBRACE:
            if keyword is Tok.IF:
                self.syntax_error("missing condition in if statement")
                cond = n.BadExpr(self.pos())
            return None, cond, None
        outer = self.xnest
        self.xnest = -1
        if self.tok is not Tok.SEMI:
            # accept a var declaration but complain
            if self.got(Tok.VAR):
                self.syntax_error(f"var declaration not allowed in {keyword.value} initializer")
            init = self.simple_stmt(None, keyword)
            if isinstance(init, _RangeClause):
                self.xnest = outer
                return init, None, None
        cond_stmt: n.Stmt | None = None
        semi_pos: Pos | None = None
        semi_lit = ""
        skip_cond = False
        if self.tok is not Tok.LBRACE:
            if self.tok is Tok.SEMI:
                semi_pos = self.pos()
                semi_lit = self.lit
                self.next()
            else:
                # asking for "{" rather than ";" gives a better message
                self.want(Tok.LBRACE)
                if self.tok is not Tok.LBRACE:
                    self.advance(Tok.LBRACE, Tok.RBRACE)
            if keyword is Tok.FOR:
                if self.tok is not Tok.SEMI:
                    if self.tok is Tok.LBRACE:
                        self.syntax_error("expected for loop condition")
                        skip_cond = True
                    else:
                        cond_stmt = self.simple_stmt(None, None)
                if not skip_cond:
                    self.want(Tok.SEMI)
                    if self.tok is not Tok.LBRACE:
                        post = self.simple_stmt(None, None)
                        if isinstance(post, n.AssignStmt) and post.op == ":=":
                            self.syntax_error_at(post.pos, "cannot declare in post statement of for loop")
            elif self.tok is not Tok.LBRACE:
                cond_stmt = self.simple_stmt(None, keyword)
        else:
            cond_stmt = init
            init = None
        # unpack cond_stmt
        if cond_stmt is None:
            if keyword is Tok.IF and semi_pos is not None:
                if semi_lit != "semicolon":
                    self.syntax_error_at(semi_pos, f"unexpected {semi_lit}, expected {{ after if clause")
                else:
                    self.syntax_error_at(semi_pos, "missing condition in if statement")
                cond = n.BadExpr(semi_pos)
        elif isinstance(cond_stmt, n.ExprStmt):
            cond = cond_stmt.x
        else:
            if isinstance(cond_stmt, n.AssignStmt) and cond_stmt.op == "=":
                s = "assignment " + _emphasize(cond_stmt.lhs) + " = " + _emphasize(cond_stmt.rhs)
            else:
                s = expr_string(cond_stmt)
            pos = cond_stmt.pos
            if isinstance(cond_stmt, (n.AssignStmt, n.IncDecStmt, n.SendStmt)):
                pos = _stmt_start(cond_stmt)
            self.syntax_error_at(pos, f"cannot use {s} as value")
        self.xnest = outer
        return init, cond, post

    # IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
    def if_stmt(self) -> n.IfStmt:
        pos = self.pos()
        init, cond, _ = self.header(Tok.IF)
        then = self.block_stmt("if clause")
        els: n.Stmt | None = None
        if self.got(Tok.ELSE):
            if self.tok is Tok.IF:
                els = self.if_stmt()
            elif self.tok is Tok.LBRACE:
                els = self.block_stmt("")
            else:
                self.syntax_error("else must be followed by if or statement block")
                self.advance(Tok.NAME, Tok.RBRACE)
        if cond is None:
            cond = n.BadExpr(pos)
        return n.IfStmt(pos, init, cond, then, els)

    # SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
    # ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
    # TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
    # TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
    def switch_stmt(self) -> n.Stmt:
        pos = self.pos()
        init, tag, _ = self.header(Tok.SWITCH)
        guard: n.AssertExpr | None = None
        bind: n.Name | None = None
        if isinstance(tag, _TypeSwitchGuard):
            guard = tag.guard
            bind = tag.bind
        elif isinstance(tag, n.AssertExpr) and tag.type is None:
            guard = tag
        if guard is not None:
            self._use_guard(guard)
        if not self.got(Tok.LBRACE):
            self.syntax_error("missing { after switch clause")
            self.advance(Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
        cases: list[n.CaseClause] = []
        while self.tok is not Tok.EOF and self.tok is not Tok.RBRACE:
            cases.append(self.case_clause())
        rbrace = self.pos()
        self.want(Tok.RBRACE)
        if guard is not None:
            return n.TypeSwitchStmt(pos, init, bind, guard.x, cases, rbrace)
        return n.SwitchStmt(pos, init, tag, cases, rbrace)

    def _use_guard(self, g: n.AssertExpr) -> None:
        for i in range(len(self.guards) - 1, -1, -1):
            if self.guards[i] is g:
                del self.guards[i]
                return

    # SelectStmt = "select" "{" { CommClause } "}" .
    def select_stmt(self) -> n.SelectStmt:
        pos = self.pos()
        self.want(Tok.SELECT)
        if not self.got(Tok.LBRACE):
            self.syntax_error("missing { after select clause")
            self.advance(Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
        cases: list[n.CommClause] = []
        while self.tok is not Tok.EOF and self.tok is not Tok.RBRACE:
            cases.append(self.comm_clause())
        rbrace = self.pos()
        self.want(Tok.RBRACE)
        return n.SelectStmt(pos, cases, rbrace)

    # ExprCaseClause = ( "case" ExpressionList | "default" ) ":" StatementList .
    def case_clause(self) -> n.CaseClause:
        pos = self.pos()
        exprs: list[n.Expr] | None = None
        if self.tok is Tok.CASE:
            self.next()
            exprs = self.expr_list()
        elif self.tok is Tok.DEFAULT:
            self.next()
        else:
            self.syntax_error("expected case or default or }")
            self.advance(Tok.COLON, Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
        colon = self.pos()
        self.want(Tok.COLON)
        return n.CaseClause(pos, exprs, self.stmt_list(), colon)

    # CommClause = ( "case" ( SendStmt | RecvStmt ) | "default" ) ":" StatementList .
    # RecvStmt   = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr .
    def comm_clause(self) -> n.CommClause:
        pos = self.pos()
        comm: n.Stmt | None = None
        if self.tok is Tok.CASE:
            self.next()
            comm = self.simple_stmt(None, None)
        elif self.tok is Tok.DEFAULT:
            self.next()
        else:
            self.syntax_error("expected case or default or }")
            self.advance(Tok.COLON, Tok.CASE, Tok.DEFAULT, Tok.RBRACE)
        colon = self.pos()
        self.want(Tok.COLON)
        return n.CommClause(pos, comm, self.stmt_list(), colon)

    # Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
    #             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
    #             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
    def stmt_or_nil(self) -> n.Stmt | None:
        t = self.tok
        # most statements start with a name: handle them first
        if t is Tok.NAME:
            lhs = self.expr_list()
            if self.tok is Tok.COLON and len(lhs) == 1 and isinstance(lhs[0], n.Name):
                return self.labeled_stmt(lhs[0])
            return self.simple_stmt(lhs, None)
        if t is Tok.VAR:
            return self.decl_stmt(self.var_decl)
        if t is Tok.CONST:
            return self.decl_stmt(self.const_decl)
        if t is Tok.TYPE:
            return self.decl_stmt(self.type_decl)
        if t is Tok.LBRACE:
            return self.block_stmt("")
        if t is Tok.OPERATOR or t is Tok.STAR:
            if self.op in ("+", "-", "*", "&", "^", "!"):
                return self.simple_stmt(None, None)
            return None
        if (t is Tok.LITERAL or t is Tok.FUNC or t is Tok.LPAREN or t is Tok.LBRACK or t is Tok.STRUCT
                or t is Tok.MAP or t is Tok.CHAN or t is Tok.INTERFACE or t is Tok.ARROW):
            return self.simple_stmt(None, None)
        if t is Tok.FOR:
            return self.for_stmt()
        if t is Tok.SWITCH:
            return self.switch_stmt()
        if t is Tok.SELECT:
            return self.select_stmt()
        if t is Tok.IF:
            return self.if_stmt()
        if t is Tok.FALLTHROUGH:
            pos = self.pos()
            self.next()
            return n.BranchStmt(pos, "fallthrough", None)
        if t is Tok.BREAK or t is Tok.CONTINUE:
            pos = self.pos()
            self.next()
            label: n.Name | None = None
            if self.tok is Tok.NAME:
                label = self.name()
            return n.BranchStmt(pos, t.value, label)
        if t is Tok.GO or t is Tok.DEFER:
            return self.call_stmt()
        if t is Tok.GOTO:
            pos = self.pos()
            self.next()
            return n.BranchStmt(pos, "goto", self.name())
        if t is Tok.RETURN:
            pos = self.pos()
            self.next()
            results: list[n.Expr] = []
            if self.tok is not Tok.SEMI and self.tok is not Tok.RBRACE:
                results = self.expr_list()
            return n.ReturnStmt(pos, results)
        if t is Tok.SEMI:
            return n.EmptyStmt(self.pos())
        return None

    # StatementList = { Statement ";" } .
    def stmt_list(self) -> list[n.Stmt]:
        out: list[n.Stmt] = []
        while True:
            t = self.tok
            if t is Tok.EOF or t is Tok.RBRACE or t is Tok.CASE or t is Tok.DEFAULT:
                break
            s = self.stmt_or_nil()
            if s is None:
                break
            out.append(s)
            # ";" is optional before "}"
            if self.tok is Tok.SEMI:
                self.next()
            elif self.tok is not Tok.RBRACE:
                self.syntax_error("at end of statement")
                self.advance(Tok.SEMI, Tok.RBRACE, Tok.CASE, Tok.DEFAULT)
                self.got(Tok.SEMI)
        return out

    # ------------------------------------------------------------------
    # Common productions

    def name(self) -> n.Name:
        if self.tok is Tok.NAME:
            x = n.Name(Pos(self.line, self.col), self.lit)
            self.next()
            return x
        x = n.Name(self.pos(), "_")
        self.syntax_error("expected name")
        self.advance()
        return x

    # IdentifierList = identifier { "," identifier } .
    def name_list(self, first: n.Name) -> list[n.Name]:
        out = [first]
        while self.got(Tok.COMMA):
            out.append(self.name())
        return out

    # QualifiedIdent = PackageName "." identifier .  (optionally followed by TypeArgs)
    def qualified_name(self, name: n.Name | None) -> n.Expr:
        x: n.Expr
        if name is not None:
            x = name
        elif self.tok is Tok.NAME:
            x = self.name()
        else:
            x = n.Name(self.pos(), "_")
            self.syntax_error("expected name")
            self.advance(Tok.DOT, Tok.SEMI, Tok.RBRACE)
        if self.tok is Tok.DOT:
            self.next()
            x = n.SelectorExpr(x.pos, x, self.name())
        if self.tok is Tok.LBRACK:
            x = self.type_instance(x)
        return x

    # ExpressionList = Expression { "," Expression } .
    def expr_list(self) -> list[n.Expr]:
        out = [self.expr()]
        while self.tok is Tok.COMMA:
            self.next()
            out.append(self.expr())
        return out

    # TypeList = Type { "," Type } [ "," ] .  (first element may be any expression if not strict)
    def type_list(self, strict: bool) -> tuple[list[n.Expr], bool]:
        self.xnest += 1
        comma = False
        x = self.type_() if strict else self.expr()
        out = [x]
        if self.got(Tok.COMMA):
            comma = True
            t = self.type_or_nil()
            if t is not None:
                out.append(t)
                while self.got(Tok.COMMA):
                    t = self.type_or_nil()
                    if t is None:
                        break
                    out.append(t)
        self.xnest -= 1
        return out, comma


def _emphasize(xs: list[n.Expr]) -> str:
    s = ", ".join(expr_string(x) for x in xs)
    if len(xs) == 1 and isinstance(xs[0], n.BinaryExpr):
        return "(" + s + ")"
    return s


def _stmt_start(s: n.Stmt) -> Pos:
    """gc reports "cannot use ... as value" at the statement's (operator) position."""
    return s.pos


def parse_file(filename: str, src: bytes, diags: Diagnostics) -> n.File:
    """Parse one Go source file, reporting errors to diags; always returns a File."""
    if sys.getrecursionlimit() < 20000:
        sys.setrecursionlimit(20000)
    p = Parser(filename, src, diags)
    f = p.file()
    for g in p.guards:
        p.error_at(g.pos, "invalid syntax tree: use of .(type) outside type switch")
    return f


def parse_expr(src: str, diags: Diagnostics | None = None) -> n.Expr:
    """Parse a single expression (for tests and tools)."""
    d = diags if diags is not None else Diagnostics()
    p = Parser("<expr>", src.encode(), d)
    return p.expr()
