"""Extraction on a Dask cluster, for archives larger than one machine.

The extraction of one article is a pure function of its text and metadata
(`pipeline.extract_article`), so a `dask.bag` maps it over the articles on any number of workers;
the results come back to one process and are merged in one step (`pipeline.merge_extractions`,
then `store.update`), exactly as a local run does.

    from dask.distributed import Client
    from timeline.distributed import extract_with_dask
    extractions = extract_with_dask(articles, client=Client("tcp://scheduler:8786"))

or from the shell: `timeline extract --dask tcp://scheduler:8786` (`--dask local` starts a local
cluster). Dask is optional: `pip install -e '.[dask]'`.
"""

from __future__ import annotations

from typing import Any, Sequence

from timeline.model import Article
from timeline.pipeline import ArticleExtraction, _extract_or_report
from timeline.problems import Problem


def extract_with_dask(
    articles: Sequence[Article], *, client: Any | None = None, partition_size: int = 64
) -> tuple[list[ArticleExtraction], list[Problem]]:
    """Extract every article on the cluster of `client` (or Dask's default scheduler), in input order.

    An article that fails is reported as a Problem, as in a local run; the others go on.
    """
    try:
        import dask.bag as dask_bag
    except ImportError:  # pragma: no cover - depends on the installation
        from timeline.problems import UserError

        raise UserError("Dask is not installed: run `pip install -e '.[dask]'` in the project's environment") from None
    if not articles:
        return [], []
    bag = dask_bag.from_sequence(list(articles), partition_size=partition_size)
    extracted = bag.map(_extract_or_report)
    outputs = client.compute(extracted).result() if client is not None else extracted.compute()
    results = [o for o in outputs if isinstance(o, ArticleExtraction)]
    return results, [o for o in outputs if isinstance(o, Problem)]


def connect(address: str) -> Any:
    """A Dask client for `address` (tcp://host:port), or a new local cluster for "local"."""
    from dask.distributed import Client, LocalCluster

    if address == "local":
        return Client(LocalCluster(processes=True, dashboard_address=None))
    return Client(address)
