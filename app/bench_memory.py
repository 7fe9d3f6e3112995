"""Resident memory of a signed-in venue with its search index built, measured in a fresh process
so the benchmark's own bulk data does not count. Run by app.bench as
`python -m app.bench_memory`, with its parameters as JSON on stdin (the key never on argv)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.errors import VaultDamaged
from app.security import vault
from app.security.keys import VaultKeys
from app.venue import Venue


def unlock_master(venue: Venue, master: bytes) -> VaultKeys:
    with venue.uow() as s:
        keys = vault.unlock_with_master(s, venue.venue_id, master)
    if keys is None:
        raise VaultDamaged("the benchmark venue did not open with its own key")
    return keys


def rss_mb() -> float | None:
    """Current resident set size: /proc on Linux, else the peak (macOS, BSD), else None."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _signed_in_app(params: dict[str, str]) -> None:
    from app.services import build_services
    from app.venue import open_venue

    venue = open_venue(Path(params["data_dir"]))
    services = build_services(venue, unlock_master(venue, bytes.fromhex(params["master"])))
    services.staff.sign_in(params["user"], params["password"])
    services.directory.ensure_built()
    print(json.dumps({"rss_mb": rss_mb(), "built": services.directory.built}))
    services.close()


def _plain_index(params: dict[str, str]) -> None:
    """The same index built from the plaintext copy: what the data costs without the vault."""
    import sqlite3

    from app.customers.search_index import CustomerSearchIndex, IndexEntry

    conn = sqlite3.connect(params["plain_db"])
    sql = "SELECT id, number, name, phone, other_phones, id_number, tags FROM customers_plain"
    entries = []
    for cid, number, name, phone, others, id_number, tags in conn.execute(sql):
        phones = tuple(p for p in (phone, *(json.loads(others) if others else ())) if p)
        tag_list = tuple(json.loads(tags)) if tags else ()
        entries.append(IndexEntry(cid, number, name, phones, "", id_number or "", tag_list))
    conn.close()
    index = CustomerSearchIndex()
    index.build(entries)
    print(json.dumps({"rss_mb": rss_mb(), "built": True}))


if __name__ == "__main__":
    PARAMS = json.loads(sys.stdin.read())
    (_plain_index if PARAMS.get("plain_db") else _signed_in_app)(PARAMS)
