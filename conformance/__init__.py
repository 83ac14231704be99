"""Conformance runners: real Go programs through pogo, judged against the reference toolchain.

``python conformance/run_dir.py DIR`` runs a directory of ``// run`` programs in the style of
Go's test/ directory; ``python conformance/run_examples.py [PKG...]`` runs the standard
library's ``// Output:`` examples. See conformance/README.md.
"""
