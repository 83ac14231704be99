"""Token kinds of the Go lexical grammar, and the keyword and operator tables.

The scanner groups tokens the way gc does: all binary/unary operators share the kind
OPERATOR (the scanner also reports which operator and its precedence), all ``op=``
assignments share ASSIGNOP, and ``++``/``--`` share INCOP. Punctuation that the parser
must recognise individually has its own kind.
"""

from __future__ import annotations

from enum import Enum


class Tok(Enum):
    EOF = "EOF"

    # names and literals
    NAME = "name"
    LITERAL = "literal"

    # operators and operations
    OPERATOR = "op"  # any of || && == != < <= > >= + - | ^ * / % & &^ << >> ! ~ (not *)
    ASSIGNOP = "op="  # op=
    INCOP = "opop"  # ++ or --
    ASSIGN = "="
    DEFINE = ":="
    ARROW = "<-"
    STAR = "*"  # pointer type, dereference, or multiplication

    # delimiters
    LPAREN = "("
    LBRACK = "["
    LBRACE = "{"
    RPAREN = ")"
    RBRACK = "]"
    RBRACE = "}"
    COMMA = ","
    SEMI = ";"
    COLON = ":"
    DOT = "."
    DOTDOTDOT = "..."

    # keywords
    BREAK = "break"
    CASE = "case"
    CHAN = "chan"
    CONST = "const"
    CONTINUE = "continue"
    DEFAULT = "default"
    DEFER = "defer"
    ELSE = "else"
    FALLTHROUGH = "fallthrough"
    FOR = "for"
    FUNC = "func"
    GO = "go"
    GOTO = "goto"
    IF = "if"
    IMPORT = "import"
    INTERFACE = "interface"
    MAP = "map"
    PACKAGE = "package"
    RANGE = "range"
    RETURN = "return"
    SELECT = "select"
    STRUCT = "struct"
    SWITCH = "switch"
    TYPE = "type"
    VAR = "var"


KEYWORDS: dict[str, Tok] = {
    t.value: t
    for t in (
        Tok.BREAK, Tok.CASE, Tok.CHAN, Tok.CONST, Tok.CONTINUE, Tok.DEFAULT, Tok.DEFER,
        Tok.ELSE, Tok.FALLTHROUGH, Tok.FOR, Tok.FUNC, Tok.GO, Tok.GOTO, Tok.IF, Tok.IMPORT,
        Tok.INTERFACE, Tok.MAP, Tok.PACKAGE, Tok.RANGE, Tok.RETURN, Tok.SELECT, Tok.STRUCT,
        Tok.SWITCH, Tok.TYPE, Tok.VAR,
    )
}

# Keywords after which a newline becomes a semicolon.
NLSEMI_KEYWORDS: frozenset[Tok] = frozenset({Tok.BREAK, Tok.CONTINUE, Tok.FALLTHROUGH, Tok.RETURN})

# Binary operator precedences (higher binds tighter). Unary-only operators have 0.
PREC_OROR = 1
PREC_ANDAND = 2
PREC_CMP = 3
PREC_ADD = 4
PREC_MUL = 5

BINARY_PREC: dict[str, int] = {
    "||": PREC_OROR,
    "&&": PREC_ANDAND,
    "==": PREC_CMP, "!=": PREC_CMP, "<": PREC_CMP, "<=": PREC_CMP, ">": PREC_CMP, ">=": PREC_CMP,
    "+": PREC_ADD, "-": PREC_ADD, "|": PREC_ADD, "^": PREC_ADD,
    "*": PREC_MUL, "/": PREC_MUL, "%": PREC_MUL, "<<": PREC_MUL, ">>": PREC_MUL,
    "&": PREC_MUL, "&^": PREC_MUL,
}

# Operators that may precede an operand as unary operators.
UNARY_OPS: frozenset[str] = frozenset({"+", "-", "!", "^", "*", "&", "~"})

# Operators that have an op= assignment form.
ASSIGN_OPS: frozenset[str] = frozenset({"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^"})


def tokstring(t: Tok) -> str:
    """The English word gc uses for a token kind in error messages."""
    if t is Tok.COMMA:
        return "comma"
    if t is Tok.SEMI:
        return "semicolon or newline"
    if t in _KEYWORD_SET:
        return "keyword " + str(t.value)
    return str(t.value)


_KEYWORD_SET: frozenset[Tok] = frozenset(KEYWORDS.values())
