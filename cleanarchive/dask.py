"""Clean many shards over a Dask cluster (``pip install 'cleanarchive[dask]'``).

Each input file is a shard cleaned by :func:`cleanarchive.shard.clean_shard` on some worker; only
the small :class:`~cleanarchive.shard.ShardReport` travels back. Works the same with a
``LocalCluster``, dask-jobqueue (Slurm, PBS, ...) or dask-kubernetes: pass their ``Client``.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from cleanarchive.options import CleanOptions
from cleanarchive.shard import ShardReport, clean_shard, shard_name

__all__ = ["clean_shards"]

log = logging.getLogger(__name__)


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(
            "the Dask engine needs the 'dask' extra: pip install 'cleanarchive[dask]'"
        ) from exc
    return distributed


def clean_shards(
    paths: Sequence[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    options: CleanOptions | None = None,
    client: Any = None,
    *,
    warc: bool = False,
    retries: int = 2,
    scheduler: str | None = None,
    progress: Callable[[ShardReport], None] | None = None,
) -> list[ShardReport]:
    """Clean every shard in ``paths`` into ``out_dir`` on a Dask cluster; return reports in input order.

    ``client`` is a ``distributed.Client``; without one, ``scheduler`` names a scheduler
    address to connect to, and without that a local cluster (one single-threaded worker
    process per core, no dashboard) is started for the call. A shard that fails after
    ``retries`` retries is reported with ``error`` set while the others complete; finished
    shards are skipped on a re-run.
    """
    distributed = _import_distributed()
    options = options if options is not None else CleanOptions()
    out = os.fspath(out_dir)
    names = [os.fspath(p) for p in paths]
    owned: list[Any] = []
    if client is None:
        if scheduler:
            client = distributed.Client(scheduler)
        else:
            cluster = distributed.LocalCluster(
                n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                dashboard_address=None,
            )
            owned.append(cluster)
            client = distributed.Client(cluster)
        owned.insert(0, client)
    try:
        # A fresh token per call: a key the scheduler still holds would return the old result.
        token = uuid.uuid4().hex[:8]
        keys = [f"cleanarchive-shard-{shard_name(p)}-{token}" for p in names]
        futures = [
            client.submit(clean_shard, path, out, options, warc=warc, key=key, retries=retries,
                          pure=False)
            for path, key in zip(names, keys, strict=True)
        ]
        index = {future.key: i for i, future in enumerate(futures)}
        reports: list[ShardReport | None] = [None] * len(futures)
        for future in distributed.as_completed(futures):
            i = index[future.key]
            if future.status == "finished":
                report = future.result()
            else:
                error = future.exception()
                log.warning("shard %s failed: %r", names[i], error)
                report = ShardReport(input=names[i], out_dir=os.path.join(out, shard_name(names[i])),
                                     error=f"{type(error).__name__}: {error}")
            reports[i] = report
            if progress is not None:
                progress(report)
        return [r for r in reports if r is not None]
    finally:
        for resource in owned:
            resource.close()
