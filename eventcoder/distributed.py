"""Scale out on Ray: code batches of articles on a Ray cluster, one coder per Ray actor.

The driver (the process that runs ``eventcoder code --ray`` or ``ingest --ray``) reads the
articles, cuts them into batches and keeps their order; each actor builds its coder once, from a
picklable factory, and codes whole batches (``store.ingest.code_batch``: an article that fails
becomes an error result and the batch goes on). Results come back in input order with a bounded
number of batches in flight, so memory stays flat on any input size, and only the driver writes
output or touches the store: an ingest that is killed resumes exactly as a local one does.

Ray is optional (``pip install "eventcoder[ray]"``). With no address a local Ray instance is started
on this machine and shut down afterwards; ``"auto"`` or ``"ray://host:10001"`` joins a running
cluster, whose nodes need eventcoder installed and any data files of yours at the same paths.
"""

from __future__ import annotations

import os
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, Union

import click

from .errors import EventcoderError
from .records import Article, ArticleError, ArticleResult

Item = Union[Article, ArticleError]

# A crashed worker process (a node lost, the OOM killer) is restarted and its batch retried; an
# article that raises inside the coder is not a crash and is never retried.
_RESTARTS = 3


@dataclass(frozen=True)
class RaySettings:
    """Where and how wide to run. ``actors`` defaults to one per CPU the cluster offers."""

    address: Optional[str] = None
    actors: Optional[int] = None
    cpus_per_actor: float = 1.0
    batches_per_actor: int = 2  # in flight at once: enough to keep an actor busy while the driver writes


class _CoderActor:
    """The body of one Ray actor: a coder built once, then fed batches."""

    def __init__(self, factory: Callable[[], Any]):
        self.coder = factory()

    def ready(self) -> bool:
        return True

    def code(self, items: Sequence[Item]) -> list[ArticleResult]:
        from .store.ingest import code_batch

        return code_batch(self.coder, items)


def _import_ray():
    try:
        import ray
    except ImportError:
        raise EventcoderError('--ray needs the Ray package: pip install "eventcoder[ray]"') from None
    return ray


class RayPool:
    """A set of coder actors on a Ray cluster; use as a context manager.

    ``map_ordered(batches)`` yields each batch's results in input order.
    """

    def __init__(self, factory: Callable[[], Any], settings: Optional[RaySettings] = None):
        self.factory = factory
        self.settings = settings or RaySettings()
        self._ray = None
        self._started_ray = False
        self._actors: list = []

    def __enter__(self) -> "RayPool":
        ray = self._ray = _import_ray()
        settings = self.settings
        if not ray.is_initialized():
            try:
                ray.init(
                    address=settings.address,
                    num_cpus=None if settings.address else (settings.actors or os.cpu_count() or 1),
                    include_dashboard=False, log_to_driver=False, configure_logging=False,
                )
            except (ConnectionError, RuntimeError, ValueError) as error:
                where = settings.address or "this machine"
                raise EventcoderError(f"could not start or join Ray at {where}: {error}") from None
            self._started_ray = True
        try:
            count = settings.actors or max(1, int(ray.cluster_resources().get("CPU", 1) // settings.cpus_per_actor))
            remote_class = ray.remote(num_cpus=settings.cpus_per_actor, max_restarts=_RESTARTS,
                                      max_task_retries=_RESTARTS)(_CoderActor)
            self._actors = [remote_class.remote(self.factory) for _ in range(count)]
            ray.get([actor.ready.remote() for actor in self._actors])
        except Exception as error:
            self.__exit__(None, None, None)
            raise EventcoderError(f"a Ray worker could not build the coder: {_cause(error)}") from None
        return self

    def __exit__(self, *exc_info) -> None:
        ray = self._ray
        if ray is None:
            return
        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False

    @property
    def size(self) -> int:
        return len(self._actors)

    def map_ordered(self, batches: Iterable[Sequence[Item]]) -> Iterator[list[ArticleResult]]:
        if not self._actors:
            raise RuntimeError("RayPool.map_ordered outside its `with` block")
        ray = self._ray
        limit = self.size * max(1, self.settings.batches_per_actor)
        pending: deque = deque()
        for number, batch in enumerate(batches):
            pending.append(self._actors[number % self.size].code.remote(list(batch)))
            while len(pending) >= limit:
                yield ray.get(pending.popleft())
        while pending:
            yield ray.get(pending.popleft())


def _cause(error: BaseException) -> str:
    """The worker's own exception, not Ray's wrapping of it."""
    cause = getattr(error, "cause", None)
    while cause is not None and getattr(cause, "cause", None) is not None:
        cause = cause.cause
    shown = cause if cause is not None else error
    text = str(shown).strip().splitlines()
    return text[-1] if text else type(shown).__name__


def batches_of(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Consecutive batches of ``size`` items (the last one shorter)."""
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_on_ray(items: Iterable[Item], factory: Callable[[], Any], settings: Optional[RaySettings] = None,
                batch_size: int = 16) -> Iterator[ArticleResult]:
    """Code a stream of articles on Ray; results (events or errors) come back in input order."""
    with RayPool(factory, settings) as pool:
        for results in pool.map_ordered(batches_of(items, max(1, batch_size))):
            yield from results


# -- the command-line face: `code` and `ingest` take the same options -----------------------
def ray_options(function):
    """--ray, --ray-address and --ray-actors, for every command that codes (see ray_settings)."""
    options = [
        click.option("--ray", "use_ray", is_flag=True,
                     help="Code on Ray actors (pip install \"eventcoder[ray]\"): a local Ray instance, or --ray-address."),
        click.option("--ray-address", default=None, metavar="ADDRESS",
                     help="Join this Ray cluster ('auto', 'ray://host:10001'); implies --ray."),
        click.option("--ray-actors", type=click.IntRange(1, 100000), default=None,
                     help="Coder actors on Ray (default: one per CPU of the cluster); implies --ray."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def ray_settings(use_ray: bool, ray_address, ray_actors):
    """The RaySettings the --ray options ask for, or None to code on this machine's processes."""
    if not (use_ray or ray_address or ray_actors):
        return None
    return RaySettings(address=ray_address, actors=ray_actors)
