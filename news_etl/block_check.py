"""Every block of a DuckDB database file checked against the checksum DuckDB stored in front of it.

DuckDB reads a block's checksum only when a query needs the block, so a damaged index block, or one of a
table no query scans, goes unseen until it is needed. This reads the file's layout (DuckDB 1.x-2.x storage,
unencrypted; src/storage/single_file_block_manager.cpp): a 4096-byte main header and two 4096-byte
database headers, then blocks of `block_alloc_size` bytes (262144 by default) from byte 12288. Each header
and block starts with a uint64 checksum of the rest: 5381 XOR, over the rest's little-endian uint64 words,
word * 0xbf58476d1ce4e5b9 mod 2**64 (src/common/checksum.cpp; the rest is always a whole number of words).
Blocks on the active header's free list are skipped: DuckDB holds nothing there and may have been stopped
mid-way rewriting one.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HEADER_SIZE = 4096
BLOCK_START = 3 * HEADER_SIZE
_FACTOR = np.uint64(0xBF58476D1CE4E5B9)
_SEED = np.uint64(5381)
_NO_BLOCK = 2**64 - 1  # DuckDB's INVALID_BLOCK / INVALID_INDEX as stored
_METADATA_PER_BLOCK = 64  # metadata sub-blocks per block (MetadataManager::METADATA_BLOCK_COUNT)
_CHUNK_BLOCKS = 32  # blocks checked per read: 8 MiB at a time, whatever the file's size


class LayoutUnknown(ValueError):
    """The file is not laid out as this check reads it (not DuckDB, encrypted, another storage format)."""


@dataclass(frozen=True)
class DatabaseHeader:
    iteration: int
    free_list: int
    block_count: int
    block_alloc_size: int


def failing_rows(words: np.ndarray) -> np.ndarray:
    """Indexes of the rows of a (rows, words) uint64 array whose first word is not the checksum of the rest."""
    with np.errstate(over="ignore"):
        computed = np.bitwise_xor.reduce(words[:, 1:] * _FACTOR, axis=1) ^ _SEED
    return np.flatnonzero(computed != words[:, 0])


def damaged_parts(path: Path) -> list[str]:
    """The headers and used blocks of the file whose checksums fail ("database header 2", "block 17"), or
    an empty list when every one verifies; `LayoutUnknown` if the file is not laid out as expected."""
    if path.stat().st_size < BLOCK_START:
        raise LayoutUnknown(f"{path} is shorter than DuckDB's headers")
    file = np.memmap(path, dtype="<u8", mode="r")
    main = file[: HEADER_SIZE // 8].tobytes()  # checksum, "DUCK", version (uint64), flags (4 x uint64), ...
    if main[8:12] != b"DUCK":
        raise LayoutUnknown(f"{path} does not start with a DuckDB main header")
    if int.from_bytes(main[20:28], "little") & 1:  # flags[0] bit 0: MainHeader::IsEncrypted
        raise LayoutUnknown(f"{path} is encrypted")
    headers = np.asarray(file[: BLOCK_START // 8]).reshape(3, HEADER_SIZE // 8)
    names = ("main header", "database header 1", "database header 2")
    bad = [names[i] for i in failing_rows(headers)]
    if bad:
        return bad
    active = max((_database_header(headers[i]) for i in (1, 2)), key=lambda h: h.iteration)
    size = active.block_alloc_size
    if size % 8 or size < HEADER_SIZE:
        raise LayoutUnknown(f"{path}: block size {size} in its header")
    present = min(active.block_count, (len(file) * 8 - BLOCK_START) // size)
    failing = set(_failing_blocks(file, size, present))
    free = _free_blocks(file, active, failing | set(range(present, active.block_count)))
    # DuckDB counts a free block at the end of the file that a kill kept it from writing: only a used block
    # past the end is missing
    missing = [b for b in range(present, active.block_count) if b not in free]
    if missing:
        return [f"blocks {missing[0]}-{missing[-1]} (the file ends after {present} of {active.block_count})"]
    return [f"block {b}" for b in sorted(failing - free)]


def _database_header(words: np.ndarray) -> DatabaseHeader:
    """DatabaseHeader::Write's fields after the checksum: iteration, meta_block, free_list, block_count,
    block_alloc_size (0 in files older than it: the default)."""
    iteration, _meta, free_list, block_count, alloc = (int(w) for w in words[1:6])
    return DatabaseHeader(iteration, free_list, block_count, alloc or 262144)


def _failing_blocks(file: np.ndarray, size: int, count: int) -> Iterator[int]:
    words = size // 8
    for first in range(0, count, _CHUNK_BLOCKS):
        n = min(_CHUNK_BLOCKS, count - first)
        start = (BLOCK_START + first * size) // 8
        chunk = np.asarray(file[start : start + n * words]).reshape(n, words)
        yield from (first + int(i) for i in failing_rows(chunk))


def _free_blocks(file: np.ndarray, header: DatabaseHeader, failing: set[int]) -> set[int]:
    """The ids on the header's free list (SingleFileBlockManager::LoadFreeList): a chain of metadata
    sub-blocks, each an 8-byte pointer to the next and then data; the data is a count and that many ids."""
    if header.free_list == _NO_BLOCK:
        return set()
    stream = _metadata_stream(file, header.block_alloc_size, header.free_list, failing)
    count = next(stream, 0)
    if count > header.block_count:
        raise LayoutUnknown(f"free list of {count} blocks in a file of {header.block_count}")
    return set(itertools.islice(stream, count))


def _metadata_stream(file: np.ndarray, size: int, pointer: int, failing: set[int]) -> Iterator[int]:
    """The uint64 words of the metadata chain starting at `pointer` (block id in the low 56 bits, sub-block
    index in the high 8); it stops at a failing block (that block is reported as damage itself)."""
    sub_block = ((size - 8) // _METADATA_PER_BLOCK) // 8 * 8
    while pointer != _NO_BLOCK:
        block, index = pointer & (2**56 - 1), pointer >> 56
        if block in failing or index >= _METADATA_PER_BLOCK:
            return
        start = (BLOCK_START + block * size + 8 + index * sub_block) // 8
        words = file[start : start + sub_block // 8]
        pointer = int(words[0])
        yield from (int(w) for w in words[1:])
