"""pogo's benchmark harness: every measure taken side by side with the reference Go toolchain.

Run it as ``python bench/run.py``; see bench/README.md.
"""
