#!/usr/bin/env python3
"""Measures this disk's durable commit rate: sequential one-row SQLite commits in WAL mode with
synchronous=FULL, the settings the server uses. The benchmark's numbers are read beside this one."""
import os
import sqlite3
import sys
import tempfile
import time

directory = sys.argv[1] if len(sys.argv) > 1 else "."
commits = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
with tempfile.TemporaryDirectory(dir=directory) as scratch:
    db = sqlite3.connect(os.path.join(scratch, "commit-rate.sqlite"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB)")
    started = time.perf_counter()
    for i in range(commits):
        db.execute("BEGIN")
        db.execute("INSERT INTO t (body) VALUES (?)", (b"x" * 512,))
        db.execute("COMMIT")
    elapsed = time.perf_counter() - started
    print(f"{commits / elapsed:.0f} durable commits/s ({commits} commits in {elapsed:.2f} s, WAL, synchronous=FULL)")
