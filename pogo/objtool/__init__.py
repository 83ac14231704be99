"""Tools that read pogo's outputs: ``pogo tool nm``, ``objdump`` and ``buildid``."""
