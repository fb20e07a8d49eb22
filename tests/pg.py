"""A throwaway PostgreSQL cluster for the tests, started from Debian's binaries and removed at the end.

`postgres_server()` yields a URL: `ASSESSOR_TEST_POSTGRES` when set (an existing server; each
test works in a schema of its own, dropped after it), else a new cluster made with `initdb` in
a temporary folder and served by `pg_ctl` on a free port of 127.0.0.1, with a random password.
PostgreSQL refuses to run as root, so under root (CI) the cluster belongs to `nobody`.
`Unavailable` says why there is no server (no binaries, no psycopg, a failed start).

Tuned for a throwaway cluster: `fsync=off` (nothing here must survive a power cut; a client
killed mid-write is still rolled back by the server, which is what the tests check), except for
the benchmark (`durable=True`).
"""

from __future__ import annotations

import glob
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ENV_URL = "ASSESSOR_TEST_POSTGRES"
BIN_GLOB = "/usr/lib/postgresql/*/bin"
USER = "assessor"
# The unprivileged account that owns the cluster when the tests run as root.
SYSTEM_USER = "nobody"


class Unavailable(Exception):
    """No PostgreSQL server for the tests, and why."""


def find_binaries() -> Path | None:
    """The newest Debian PostgreSQL bin folder with initdb and pg_ctl, else those on PATH."""
    folders = sorted((Path(p) for p in glob.glob(BIN_GLOB)), key=_version, reverse=True)
    for folder in folders:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    return Path(initdb).parent if initdb and pg_ctl else None


def _version(folder: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", folder.parent.name)) or (0,)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(args: list[str], cwd: Path, as_user: tuple[int, int] | None) -> None:
    user, group = as_user if as_user else (None, None)
    done = subprocess.run(args, cwd=cwd, user=user, group=group, extra_groups=[] if as_user else None,
                          env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C"},
                          capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise Unavailable(f"{Path(args[0]).name} failed ({done.returncode}): {(done.stderr or done.stdout).strip()}")


@contextmanager
def throwaway_cluster(durable: bool = False) -> Iterator[str]:
    """A new PostgreSQL cluster on a free local port; its URL; stopped and removed afterwards.

    `durable` keeps the server's fsync (the benchmark's figures); the tests go without.
    """
    try:
        import psycopg  # noqa: F401 - only checking it is there
    except ImportError:
        raise Unavailable("psycopg is not installed (pip install 'psycopg[binary]')") from None
    binaries = find_binaries()
    if binaries is None:
        raise Unavailable(f"no PostgreSQL server binaries (initdb, pg_ctl) in {BIN_GLOB} or on PATH; "
                          "install Debian's postgresql, or set ASSESSOR_TEST_POSTGRES to a server's URL")
    as_user = None
    if os.geteuid() == 0:
        import pwd

        account = pwd.getpwnam(SYSTEM_USER)
        as_user = (account.pw_uid, account.pw_gid)
    folder = Path(tempfile.mkdtemp(prefix="assessor-pg-"))
    data = folder / "data"
    password = secrets.token_hex(16)
    (folder / "pw").write_text(password + "\n")
    (folder / "pw").chmod(0o600)
    if as_user:
        for path in (folder, folder / "pw"):
            os.chown(path, *as_user)
    port = _free_port()
    try:
        _run([str(binaries / "initdb"), "-D", str(data), "-U", USER, f"--pwfile={folder / 'pw'}",
              "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-sync"], folder, as_user)
        options = (f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} "
                   "-c max_connections=200" + ("" if durable else " -c fsync=off -c full_page_writes=off"))
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w", "-t", "60",
              "start"], folder, as_user)
    except Unavailable as exc:
        log = folder / "log"
        tail = log.read_text(errors="replace")[-2000:] if log.is_file() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise Unavailable(f"{exc} {tail}".strip()) from None
    try:
        yield f"postgresql://{USER}:{password}@127.0.0.1:{port}/postgres"
    finally:
        try:
            _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "-t", "60", "stop"], folder, as_user)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL server for the tests: ASSESSOR_TEST_POSTGRES, or a throwaway cluster."""
    configured = os.environ.get(ENV_URL, "").strip()
    if configured:
        yield configured
        return
    with throwaway_cluster() as url:
        yield url


def schema_url(url: str, schema: str) -> str:
    """`url` with every connection working in `schema` (its tables made and found there)."""
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


def create_schema(url: str) -> str:
    """A new empty schema on the server; its name."""
    import psycopg

    name = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")  # a name made here of hex digits
    return name


def drop_schemas(url: str, names: list[str]) -> None:
    """Drop the schemas a test made (a connection left open in one must not hang the suite)."""
    if not names:
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("SET lock_timeout = '10s'")
        for name in names:
            try:
                conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")
            except psycopg.Error:
                pass  # the cluster is thrown away at the end anyway
