"""Work spread over the cores this process may use: forked workers, results in input order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
CHUNK = 4096  # items read at a time and handed out to the workers


def available() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def in_order(fn: Callable[[T], R], items: Iterable[T], spread: bool) -> Iterator[R]:
    """`fn` of each item, in order: over every core when `spread` (forked workers, which
    see this process's memory), else here. Items are read here, a chunk at a time, so a
    store's connection stays in its thread and the caller need keep no more than a chunk."""
    import multiprocessing

    cores = available()
    if not spread or cores < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, items)
        return
    pending = iter(items)
    with multiprocessing.get_context("fork").Pool(cores) as pool:
        while chunk := list(islice(pending, CHUNK)):
            yield from pool.map(fn, chunk, chunksize=256)
