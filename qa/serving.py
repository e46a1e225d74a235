"""Start the real `qa serve` on a free loopback port (tests, benchmarks) and stop it."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def qa_command() -> str:
    """The `qa` console script of this interpreter's environment (the venv's, whether or not it is on PATH)."""
    qa = Path(sys.executable).with_name("qa")
    return str(qa) if qa.exists() else shutil.which("qa") or "qa"


@contextmanager
def running_server(index: Path, ready_seconds: float = 60, **env: str):
    """`qa serve` as a child process, ready when /readyz says so; yields (base URL, process); always terminated.
    Its log goes to a temporary file: a pipe nobody reads would fill up and block the server."""
    port = free_port()
    command = [qa_command(), "serve", "--host", "127.0.0.1", "--port", str(port)]
    environment = {**os.environ, "QA_INDEX_DIR": str(index), **env}
    log = tempfile.TemporaryFile()
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + ready_seconds
        while time.monotonic() < deadline:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"qa serve exited: {log.read().decode(errors='replace')[-2000:]}")
            try:
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        else:
            raise RuntimeError(f"qa serve did not become ready within {ready_seconds:g} s")
        yield base, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()
