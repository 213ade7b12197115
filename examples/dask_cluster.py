"""Clean the seeds as shards on a local two-worker Dask cluster (needs cleanarchive[dask])."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from distributed import Client, LocalCluster

from cleanarchive.dask import clean_shards

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    """Start a loopback cluster, clean each seed file as a shard, and print the reports."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="cleanarchive-dask-"))
    with LocalCluster(n_workers=2, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        reports = clean_shards(sorted(SEEDS.glob("*.txt")), out, client=client)
    for report in reports:
        print(f"{Path(report.input).name}: {report.records} records, {report.rejects} rejects, ok={report.ok}")


if __name__ == "__main__":
    main()
