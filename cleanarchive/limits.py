"""Per-document time limits that work in the library, not only in the CLI."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from types import FrameType

from cleanarchive.errors import DocumentTimeout


class Deadline:
    """A point in time after which cleaning one document must stop.

    In the main thread of a process the limit is enforced preemptively with ``SIGALRM``
    (worker processes of the batch runner clean in their main thread). Elsewhere (threads of
    a Dask worker, a web server) it is checked between stages with :meth:`check`.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._end = None if seconds is None else time.monotonic() + seconds

    def check(self) -> None:
        """Raise DocumentTimeout when the deadline has passed."""
        if self._end is not None and time.monotonic() > self._end:
            raise DocumentTimeout(f"cleaning took longer than {self.seconds:g} s")


def _can_use_alarm() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def deadline(seconds: float | None) -> Iterator[Deadline]:
    """Run the block under a time limit; raise DocumentTimeout when it runs out."""
    limit = Deadline(seconds)
    if seconds is None or seconds <= 0 or not _can_use_alarm():
        yield limit
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"cleaning took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield limit
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
