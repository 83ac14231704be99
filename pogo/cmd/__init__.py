"""One module per ``pogo`` subcommand; each has ``main(argv) -> exit status``."""
