"""The executable's build ID: ``actionID/contentID``, like gc's, in a ``.note.go.buildid``
ELF note (name "Go", type 4) that ``readelf -n`` and ``pogo tool buildid`` show.

The action ID hashes what the link read (every archive's bytes) and how it was asked to
link; the content ID hashes the finished executable with the content ID's own bytes
zeroed, so a rebuild from the same inputs gives the same ID and any change in the
output changes it.
"""

from __future__ import annotations

import base64
import hashlib
import struct

NOTE_NAME = b"Go\0\0"
NOTE_TYPE = 4  # gc's ELF_NOTE_GOBUILDID_TAG
SECTION = ".note.go.buildid"
PART = 20  # characters per part


def part(digest: bytes) -> str:
    return base64.urlsafe_b64encode(digest[:15]).decode()


def action_id(inputs: list[bytes], options: str) -> str:
    h = hashlib.sha256()
    h.update(options.encode())
    for data in inputs:
        h.update(struct.pack("<Q", len(data)))
        h.update(data)
    return part(h.digest())


def note(build_id: str) -> bytes:
    """The note's bytes (4-byte aligned)."""
    desc = build_id.encode()
    out = struct.pack("<III", len(NOTE_NAME), len(desc), NOTE_TYPE) + NOTE_NAME + desc
    return out + bytes(-len(out) % 4)


def placeholder(action: str) -> str:
    return action + "/" + "\0" * PART


def fill_content_id(elf: bytes, action: str) -> bytes:
    """Replace the placeholder content ID in ``elf`` by the hash of ``elf``."""
    marker = (action + "/").encode() + bytes(PART)
    at = elf.index(marker) + len(action) + 1
    return elf[:at] + part(hashlib.sha256(elf).digest()).encode() + elf[at + PART :]
