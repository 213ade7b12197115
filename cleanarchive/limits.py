"""Per-document time limits that work in the library, not only in the CLI."""

from __future__ import annotations

import signal
import threading
import time
from types import FrameType
from typing import Any

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


class deadline:  # used as a function: ``with deadline(seconds) as limit:``
    """Run the block under a time limit; raise DocumentTimeout when it runs out.

    A class, not a generator-based context manager: it is entered once per document.
    """

    __slots__ = ("_armed", "_limit", "_previous")

    def __init__(self, seconds: float | None) -> None:
        self._limit = Deadline(seconds)
        self._armed = False
        self._previous: Any = None  # the SIGALRM handler before ours (None: one set outside Python)

    def __enter__(self) -> Deadline:
        seconds = self._limit.seconds
        if seconds is not None and seconds > 0 and _can_use_alarm():
            self._previous = signal.signal(signal.SIGALRM, self._expired)
            self._armed = True
            signal.setitimer(signal.ITIMER_REAL, seconds)
        return self._limit

    def __exit__(self, *exc: object) -> None:
        if self._armed:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous if self._previous is not None else signal.SIG_DFL)

    def _expired(self, signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"cleaning took longer than {self._limit.seconds:g} s")
