"""Syntax and lexical error messages: each case's expected text was obtained by running
the reference toolchain (``go tool compile -o /dev/null x.go``) on the same source."""

from __future__ import annotations

import pytest

from pogo.compile.diag import Diagnostics
from pogo.compile.syntax.parser import parse_file

CASES: list[tuple[str, str, str]] = [
    ('call_newline', 'package p\nfunc f() {\n\tg(1,\n\t2\n\t)\n}\n',
     'x.go:4:3: syntax error: unexpected newline in argument list; possibly missing comma or )\n'),
    ('rbrace_expr', 'package p\nfunc f() {\n\tx := \n}\n',
     'x.go:4:1: syntax error: unexpected }, expected expression\n'),
    ('nondecl', 'package p\nx := 1\n',
     'x.go:2:1: syntax error: non-declaration statement outside function body\n'),
    ('end_stmt', 'package p\nfunc f() {\n\tx := 1 x\n}\n',
     'x.go:3:9: syntax error: unexpected name x at end of statement\n'),
    ('missing_brace_if', 'package p\nfunc f() {\n\tif x == 1\n\t{\n\t}\n}\n',
     'x.go:3:11: syntax error: unexpected newline, expected { after if clause\n'),
    ('func_newline_brace', 'package p\nfunc f()\n{\n}\n',
     'x.go:3:1: syntax error: unexpected semicolon or newline before {\n'),
    ('else_bad', 'package p\nfunc f() {\n\tif true {\n\t} else for {\n\t}\n}\n',
     'x.go:4:9: syntax error: else must be followed by if or statement block\n'),
    ('newline_string', 'package p\nvar s = "abc\n',
     'x.go:2:13: newline in string\n'),
    ('string_eof', 'package p\nvar s = "abc',
     'x.go:2:9: string not terminated\n'),
    ('raw_eof', 'package p\nvar s = `abc',
     'x.go:2:9: string not terminated\n'),
    ('invalid_char', 'package p\nvar x = 1 @ 2\n',
     "x.go:2:11: invalid character U+0040 '@'\nx.go:2:13: syntax error: unexpected literal 2 after top level declaration\n"),
    ('rune_empty', "package p\nvar r = ''\n",
     "x.go:2:10: empty rune literal or unescaped '\n"),
    ('rune_multi', "package p\nvar r = 'ab'\n",
     'x.go:2:9: more than one character in rune literal\n'),
    ('rune_newline', "package p\nvar r = 'a\n",
     'x.go:2:11: newline in rune literal\n'),
    ('unknown_escape', 'package p\nvar s = "\\q"\n',
     'x.go:2:11: unknown escape\n'),
    ('octal_big', 'package p\nvar s = "\\400"\n',
     'x.go:2:14: octal escape value 256 > 255\n'),
    ('hex_bad', 'package p\nvar s = "\\xZZ"\n',
     "x.go:2:12: invalid character 'Z' in hexadecimal escape\n"),
    ('surrogate', 'package p\nvar s = "\\uD800"\n',
     'x.go:2:16: escape is invalid Unicode code point U+D800\n'),
    ('bad_octal', 'package p\nvar x = 0128\n',
     "x.go:2:12: invalid digit '8' in octal literal\n"),
    ('hex_nodigits', 'package p\nvar x = 0x\n',
     'x.go:2:11: hexadecimal literal has no digits\n'),
    ('bad_sep', 'package p\nvar x = 1__2\n',
     "x.go:2:11: '_' must separate successive digits\n"),
    ('bin_digit', 'package p\nvar x = 0b102\n',
     "x.go:2:13: invalid digit '2' in binary literal\n"),
    ('hex_float_noexp', 'package p\nvar x = 0x1.5\n',
     "x.go:2:14: hexadecimal mantissa requires a 'p' exponent\n"),
    ('exp_nodigits', 'package p\nvar x = 1e+\n',
     'x.go:2:12: exponent has no digits\n'),
    ('comment_eof', 'package p\n/* abc',
     'x.go:2:1: comment not terminated\n'),
    ('no_package', 'func f() {}\n',
     'x.go:1:1: syntax error: package statement must be first\n'),
    ('missing_cond', 'package p\nfunc f() {\n\tif {\n\t}\n}\n',
     'x.go:3:5: syntax error: missing condition in if statement\n'),
    ('if_assign', 'package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n',
     'x.go:3:7: syntax error: cannot use assignment x = 1 as value\n'),
    ('if_semi_newline', 'package p\nfunc f() {\n\tif x := 1;\n\t{\n\t}\n}\n',
     'x.go:3:11: syntax error: missing condition in if statement\n'),
    ('var_in_if', 'package p\nfunc f() {\n\tif var x = 1; x > 0 {\n\t}\n}\n',
     'x.go:3:9: syntax error: var declaration not allowed in if initializer\n'),
    ('for_post_define', 'package p\nfunc f() {\n\tfor i := 0; i < 10; j := 1 {\n\t}\n}\n',
     'x.go:3:24: syntax error: cannot declare in post statement of for loop\n'),
    ('mixed_params', 'package p\nfunc f(a int, string) {}\n',
     'x.go:2:21: syntax error: missing parameter type\n'),
    ('dots_not_last', 'package p\nfunc f(a ...int, b int) {}\n',
     'x.go:2:10: can only use ... with final parameter\n'),
    ('typeswitch_outside', 'package p\nfunc f(x interface{}) {\n\t_ = x.(type)\n}\n',
     'x.go:3:6: invalid syntax tree: use of .(type) outside type switch\n'),
    ('import_after', 'package p\nfunc f() {}\nimport "fmt"\n',
     'x.go:3:1: syntax error: imports must appear before other declarations\n'),
    ('missing_import_path', 'package p\nimport fmt\n',
     'x.go:2:11: syntax error: missing import path\n'),
    ('composite_missing_comma', 'package p\nvar x = []int{\n\t1,\n\t2\n}\n',
     'x.go:4:3: syntax error: unexpected newline in composite literal; possibly missing comma or }\n'),
    ('case_outside', 'package p\nfunc f() {\n\tswitch {\n\tfoo\n\t}\n}\n',
     'x.go:4:2: syntax error: unexpected name foo, expected case or default or }\nx.go:5:2: syntax error: unexpected }, expected :\n'),
    ('empty_tparams', 'package p\nfunc f[]() {}\n',
     'x.go:2:8: syntax error: empty type parameter list\n'),
    ('method_no_recv', 'package p\nfunc () f() {}\n',
     'x.go:2:9: method has no receiver\n'),
    ('type_missing', 'package p\ntype T\n',
     'x.go:2:7: syntax error: unexpected newline in type declaration\n'),
    ('struct_paren_embed', 'package p\ntype T struct {\n\t(S)\n}\n',
     'x.go:3:2: syntax error: cannot parenthesize embedded type\n'),
    ('multi_errs', 'package p\nfunc f() {\n\tx := (1\n\ty := 2 3\n\tz := ]\n}\nfunc g() {\n\ta b\n}\n',
     'x.go:3:9: syntax error: unexpected newline, expected )\nx.go:4:2: syntax error: unexpected name y at end of statement\nx.go:5:7: syntax error: unexpected ], expected expression\nx.go:8:4: syntax error: unexpected name b at end of statement\n'),
    ('chan_chan', 'package p\nvar c <-chan<- int\nvar d = <-chan<- int\n',
     'x.go:2:16: syntax error: unexpected name int, expected keyword chan\nx.go:3:21: syntax error: unexpected int, expected chan\n'),
    ('many_errs', 'package p\nx0 := 1\nx1 := 1\nx2 := 1\nx3 := 1\nx4 := 1\nx5 := 1\nx6 := 1\nx7 := 1\nx8 := 1\nx9 := 1\nx10 := 1\nx11 := 1\nx12 := 1\nx13 := 1\n',
     'x.go:2:1: syntax error: non-declaration statement outside function body\n'),
    ('bom_middle', 'package p\nvar x\ufeff = 1\n',
     'x.go:2:6: invalid BOM in the middle of the file\n'),
    ('ident_digit', 'package p\nvar x = ١\n',
     "x.go:2:9: identifier cannot begin with digit U+0661 '١'\n"),
    ('unicode_ident', 'package p\nvar xé = 1\nvar µ = 2\n',
     ''),
    ('eof_in_func', 'package p\nfunc f() {\n\tx := 1\n',
     'x.go:4:1: syntax error: unexpected EOF, expected }\n'),
    ('assign_colon_expr', 'package p\nvar x := 1\n',
     'x.go:2:7: syntax error: unexpected :=, expected =\n'),
    ('bad_radix', 'package p\nvar x = 0b1.0\n',
     'x.go:2:12: invalid radix point in binary literal\n'),
    ('p_exp_dec', 'package p\nvar x = 1p3\n',
     "x.go:2:10: 'p' exponent requires hexadecimal mantissa\n"),
    ('else_newline', 'package p\nfunc f() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n',
     'x.go:5:2: syntax error: unexpected keyword else, expected }\n'),
    ('missing_rparen', 'package p\nfunc f() {\n\tg(1, 2\n}\n',
     'x.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )\n'),
    ('star_star', 'package p\nfunc f() {\n\tx := 1 +\n}\n',
     'x.go:4:1: syntax error: unexpected }, expected expression\n'),
    ('toplevel_brace', 'package p\n}\n',
     'x.go:2:1: syntax error: non-declaration statement outside function body\n'),
    ('generic_method', 'package p\ntype I interface {\n\tm[T any]()\n}\n',
     'x.go:3:3: interface method must have no type parameters\n'),
    ('trailing_comma_array', 'package p\ntype A [N,]int\n',
     'x.go:2:11: syntax error: missing type constraint\n'),
    ('missing_tc', 'package p\nfunc f[T]() {}\n',
     'x.go:2:9: syntax error: missing type constraint\n'),
    ('if_newline_semi', 'package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n',
     'x.go:3:6: syntax error: unexpected newline, expected { after if clause\n'),
    ('for_cond_missing', 'package p\nfunc f() {\n\tfor i := 0; {\n\t}\n}\n',
     'x.go:3:14: syntax error: unexpected {, expected for loop condition\n'),
    ('incdec_expr', 'package p\nfunc f() {\n\tif x++ {\n\t}\n}\n',
     'x.go:3:6: syntax error: cannot use x++ as value\n'),
]


@pytest.mark.parametrize("name,src,want", CASES, ids=[c[0] for c in CASES])
def test_error_text(name: str, src: str, want: str) -> None:
    d = Diagnostics()
    parse_file("x.go", src.encode(), d)
    assert d.render() == want


def test_errors_recover_and_continue() -> None:
    src = "package p\nfunc f() {\n\tx := (1\n\ty := 2 3\n\tz := ]\n}\nfunc g() {\n\ta b\n}\n"
    d = Diagnostics()
    f = parse_file("x.go", src.encode(), d)
    assert len(d.items) == 4
    assert [type(x).__name__ for x in f.decls] == ["FuncDecl", "FuncDecl"]


def test_one_syntax_error_per_line() -> None:
    d = Diagnostics()
    parse_file("x.go", b"package p\nfunc f() { a b c d }\n", d)
    assert len(d.items) == 1
