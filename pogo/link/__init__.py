"""pogo's linker (``pogo tool link``): archives in, one static ELF64 executable out."""
