"""Tests for cleanarchive.limits."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from cleanarchive.errors import DocumentTimeout
from cleanarchive.limits import Deadline, deadline


def test_deadline_interrupts_long_work_in_main_thread() -> None:
    """A block running past its limit in the main thread is interrupted with DocumentTimeout."""
    started = time.monotonic()
    with pytest.raises(DocumentTimeout), deadline(0.2):
        while True:
            time.sleep(0.01)
    assert time.monotonic() - started < 2


def test_deadline_leaves_fast_work_alone() -> None:
    """A block that ends in time runs to completion and the alarm is cleared."""
    with deadline(1.0):
        value = sum(range(1000))
    time.sleep(0.05)
    assert 499500 == value


def test_deadline_none_means_no_limit() -> None:
    """No limit never raises."""
    with deadline(None) as limit:
        limit.check()


def test_deadline_in_thread_is_checked_cooperatively() -> None:
    """Outside the main thread the limit is enforced by check() between stages."""
    errors: list[BaseException] = []

    def work() -> None:
        try:
            with deadline(0.05) as limit:
                time.sleep(0.1)
                limit.check()
        except DocumentTimeout as exc:
            errors.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert 1 == len(errors)


def test_expired_deadline_check_raises() -> None:
    """Deadline.check raises once its time has passed."""
    limit = Deadline(0.0)
    time.sleep(0.01)
    with pytest.raises(DocumentTimeout):
        limit.check()


def test_deadline_restores_the_callers_alarm_handler_and_disarms_the_timer() -> None:
    """A library call must not leave its SIGALRM handler or a running timer behind."""
    import signal

    def mine(signum: int, frame: object) -> None:
        raise AssertionError("the caller's handler ran")

    before = signal.signal(signal.SIGALRM, mine)
    try:
        for exit_with_error in (False, True):
            with pytest.raises(ValueError) if exit_with_error else contextlib.nullcontext(), deadline(5.0):
                assert signal.getsignal(signal.SIGALRM) is not mine
                if exit_with_error:
                    raise ValueError("boom")
            assert signal.getsignal(signal.SIGALRM) is mine
            assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    finally:
        signal.signal(signal.SIGALRM, before)

