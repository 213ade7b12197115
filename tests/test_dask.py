"""Tests for cleanarchive.dask on a two-worker LocalCluster on loopback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from cleanarchive.dask import clean_shards  # noqa: E402
from cleanarchive.options import CleanOptions  # noqa: E402
from cleanarchive.shard import clean_shard, shard_name  # noqa: E402

BODY = "The council met on Tuesday to discuss the new budget for the coming year."
OPTIONS = CleanOptions(detect_language=False)


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """Start a two-worker cluster on loopback without a dashboard."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def _shards(root: Path, n: int = 3) -> list[Path]:
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for s in range(n):
        path = root / f"shard{s}.jsonl"
        path.write_text("\n".join(json.dumps({"id": f"{s}-{i}", "text": f"{i}. {BODY}"}) for i in range(4)))
        paths.append(path)
    return paths


def test_cluster_output_matches_serial_run(tmp_path: Path, client: object) -> None:
    """Shards cleaned on the cluster are byte-identical to shards cleaned in this process."""
    paths = _shards(tmp_path / "in")
    reports = clean_shards(paths, tmp_path / "dask", OPTIONS, client=client)
    for path in paths:
        clean_shard(path, tmp_path / "serial", OPTIONS)
    assert [True] * 3 == [r.ok for r in reports]
    for path in paths:
        name = shard_name(path)
        for output in ("records.jsonl", "rejects.jsonl"):
            assert (tmp_path / "serial" / name / output).read_bytes() == (
                tmp_path / "dask" / name / output
            ).read_bytes()


def test_broken_shard_is_reported_and_rerun_skips(tmp_path: Path, client: object) -> None:
    """A shard that fails is reported while the others complete; a re-run skips finished ones."""
    paths = [*_shards(tmp_path / "in", 2), tmp_path / "in" / "missing.jsonl"]
    reports = clean_shards(paths, tmp_path / "out", OPTIONS, client=client, retries=0)
    assert [True, True, False] == [r.ok for r in reports]
    assert "FileNotFoundError" in (reports[2].error or "")
    again = clean_shards(paths[:2], tmp_path / "out", OPTIONS, client=client)
    assert [True, True] == [r.skipped for r in again]
