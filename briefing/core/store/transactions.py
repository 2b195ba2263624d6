"""Transactions on a SQLite connection: one write, waiting a while for another writer; one
read, seeing one state of the file while others write (WAL)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def write_transaction(
    db: sqlite3.Connection, failure: str, error: type[Exception]
) -> Iterator[None]:
    """One write transaction on `db`, waiting a while for another writer to finish; `error`
    with `failure` and the reason if it cannot begin."""
    for attempt in range(50):
        try:
            db.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 49:
                raise error(f"{failure} ({exc})") from None
            time.sleep(0.1)
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


@contextmanager
def read_transaction(db: sqlite3.Connection) -> Iterator[None]:
    """Reads that see one state of the database, whatever other connections commit
    meanwhile; inside a transaction already, that one."""
    if db.in_transaction:
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("COMMIT")


def patiently(open_: Callable[[], T], seconds: float = 30) -> T:
    """`open_()`, tried again while another process holds the file locked: switching a new
    file to WAL does not wait on SQLite's busy handler, so two first starts can collide.
    Raises its last sqlite3.OperationalError."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            return open_()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
