"""Speed of the YAML store on a large timeline: prints figures, asserts nothing.

    .venv/bin/python bench/store.py [EVENTS] [--repeat N]              synthetic events (default 10000)
    .venv/bin/python bench/store.py --project DATA_DIR [--repeat N] [--jobs N]
                                                                     the real events of a project

Synthetic mode times single steps: the first update (every event new), check, load, an update
with the same extraction (nothing to write), and an update after a person edited a few entries
while the extraction changed a few others (only those entries are rewritten). Events are spread
over 25 year files.

Project mode replays what a build does with the store, on the events last extracted into
DATA_DIR (its data/.extracted/events.yaml, with its data/articles.yaml), in a copy:
  fresh     check + update + load into an empty data folder (every event new)
  add one   the same extraction plus the events of one more article, into that project
            (check + update + load, as a rebuild after one article was added)
  edited    the same after a person edited titles and deleted entries by hand
`load` is skipped when `update` returned the loaded events (`UpdateReport.loaded`), as the
pipeline does. Each step starts with the store's in-process cache emptied (as in a new process).
Figures are medians of the repeats (the machine is shared: CPU time is the steadier figure).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline import store
from timeline.model import Event, Source
from timeline.store.schema import record_to_event
from timeline.store.snapshot import read_snapshot, snapshot_path


def extraction(count: int, variant: int = 0) -> list[Event]:
    events = []
    for n in range(count):
        year = 2000 + n % 25
        month = 1 + (n // 25) % 12
        day = 1 + (n // 300) % 28
        article = f"article-{n // 10:05d}"
        quote = f"Event number {n} happened in the town of Example on that day, officials said."
        title = f"Event number {n} happens" + (" (reworded)" if variant and n % 97 == 0 else "")
        events.append(
            Event(
                id=f"{year}-{month:02d}-{day:02d}-event-number-{n}",
                date=f"{year}-{month:02d}-{day:02d}",
                title=title,
                people=["Alice Example", "Bob Example"],
                places=["Example"],
                sources=[Source(article, quote, 100 * (n % 10), 100 * (n % 10) + len(quote), "on that day",
                                f"{year}-{month:02d}-{day:02d}")],
                salience=round((n % 100) / 100, 2),
            )
        )
    return events


def timed(label: str, action: Callable[[], Any]) -> Any:
    """Wall-clock and CPU seconds (CPU is the steadier figure on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    print(f"{label:<52} {time.perf_counter() - start:7.2f} s wall {time.process_time() - cpu:7.2f} s cpu")
    return result


def synthetic(count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        (data / "articles.yaml").write_text(
            "".join(f"article-{a:05d}:\n  file: a{a}.txt\n" for a in range(count // 10 + 1))
        )
        first = extraction(count)
        report = timed(f"first update ({count} new events)", lambda: store.update(data, first))
        print(f"  files written: {len(report.files_written)}")
        store.forget_parsed()
        timed("check (files parsed)", lambda: store.check(data))
        loaded = timed("load (same bytes: parsed files reused)", lambda: store.load(data))
        print(f"  events loaded: {len(loaded.events)}")
        store.forget_parsed()
        timed("load (files parsed)", lambda: store.load(data))
        store.forget_parsed()
        report = timed("update, same extraction (no change; files parsed)", lambda: store.update(data, first))
        print(f"  files written: {len(report.files_written)}")
        path = data / "events" / "2003.yaml"
        text = path.read_text()
        for n in (3, 28, 53):
            text = text.replace(f"title: Event number {n} happens\n", f"title: Event {n}, corrected\n")
        path.write_text(text)
        second = extraction(count, variant=1)
        store.forget_parsed()
        report = timed("update, 3 edits by hand + ~100 reworded titles", lambda: store.update(data, second))
        print(f"  entries rewritten: {report.updated}, files written: {len(report.files_written)}")


def project_extraction(data_dir: Path) -> list[Event]:
    """The events last extracted into a project, as the merge stage hands them to the store."""
    snapshot, problems = read_snapshot(snapshot_path(data_dir), str(snapshot_path(data_dir)))
    if snapshot is None:
        raise SystemExit(f"{snapshot_path(data_dir)}: no merge base to take the events from ({problems})")
    return [record_to_event(record) for record in snapshot.events.values()]


def one_more_article(events: list[Event]) -> list[Event]:
    """The extraction after one article was added: a copy of the first article's events, new ids."""
    first = events[0].sources[0].article
    added = [
        Event(
            id=f"{e.id}-copy", date=e.date, title=f"{e.title} again", end=e.end, people=list(e.people),
            places=list(e.places),
            sources=[Source("bench-added-article", f"Again: {s.quote}", s.start, s.end, s.date_text, s.date)
                     for s in e.sources if s.article == first],
            salience=e.salience,
        )
        for e in events if any(s.article == first for s in e.sources)
    ]
    return events + added


def build_steps(
    data: Path, events: list[Event], before_update: Callable[[], None] = lambda: None, jobs: int = 1
) -> dict[str, float]:
    """check + update + load as a build runs them, in CPU seconds per step (and the wall-clock
    seconds of the three). `before_update`: what the build does in between (it adds the records
    of new articles to data/articles.yaml). `jobs`: processes of the update (the CPU seconds are
    those of this process; its workers' are in the wall time)."""
    store.forget_parsed()
    seconds: dict[str, float] = {}
    wall = 0.0

    def step(name: str, action: Callable[[], Any]) -> Any:
        nonlocal wall
        cpu, start = time.process_time(), time.perf_counter()
        result = action()
        seconds[name] = time.process_time() - cpu
        wall += time.perf_counter() - start
        return result

    step("check", lambda: store.check(data))
    before_update()
    report = step("update", lambda: store.update(data, events, jobs=jobs))
    loaded = getattr(report, "loaded", None)
    if loaded is None:
        loaded = step("load", lambda: store.load(data))
    seconds["total"] = sum(seconds.values())
    seconds["wall"] = wall
    if report.blocked:
        raise SystemExit(f"blocked: {report.problems[:3]}")
    seconds["events"] = len(loaded.events)
    return seconds


def edit_by_hand(data: Path) -> None:
    """A person's session: retitle an event in each of the 10 largest files and delete one."""
    files = sorted((data / "events").glob("*.yaml"), key=lambda p: -p.stat().st_size)[:10]
    for path in files:
        lines = path.read_text(encoding="utf-8").split("\n")
        titles = [i for i, line in enumerate(lines) if line.startswith("  title: ")]
        lines[titles[len(titles) // 2]] = "  title: Retitled by hand  # a comment"
        starts = [i for i, line in enumerate(lines) if line.startswith("- id: ")]
        if len(starts) > 2:
            del lines[starts[1]:starts[2]]
        path.write_text("\n".join(lines), encoding="utf-8")


def add_article_record(data: Path) -> None:
    with (data / "articles.yaml").open("a", encoding="utf-8") as metadata:
        metadata.write("bench-added-article:\n  file: bench-added-article.md\n")


def data_digest(data: Path) -> str:
    """sha256 of every file of the data folder, names and bytes: equal digests, identical files."""
    digest = hashlib.sha256()
    for path in sorted(p for p in data.rglob("*") if p.is_file()):
        digest.update(f"{path.relative_to(data)}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def project(source: Path, repeat: int, jobs: int = 1) -> None:
    events = project_extraction(source)
    plus_one = one_more_article(events)
    print(f"{len(events)} events extracted in {source}; one more article adds {len(plus_one) - len(events)}")
    sys.stdout.flush()
    figures: dict[str, list[dict[str, float]]] = {"fresh": [], "add one": [], "edited": []}
    digests: set[str] = set()
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as folder:
            data = Path(folder) / "data"
            data.mkdir()
            shutil.copy(source / "articles.yaml", data / "articles.yaml")
            figures["fresh"].append(build_steps(data, events, jobs=jobs))
            digests.add(data_digest(data))
            figures["add one"].append(build_steps(data, plus_one, functools.partial(add_article_record, data), jobs))
            edit_by_hand(data)
            figures["edited"].append(build_steps(data, plus_one, jobs=jobs))
            digests.add(data_digest(data))
    for name, runs in figures.items():
        steps = [k for k in runs[0] if k not in ("events", "wall")]
        parts = "  ".join(f"{k} {statistics.median(r[k] for r in runs):5.2f}" for k in steps)
        wall = statistics.median(r["wall"] for r in runs)
        print(f"{name:<8} {parts}  s cpu ({wall:5.2f} s wall; medians of {len(runs)}), "
              f"{int(runs[0]['events'])} events loaded")
    print(f"update on {jobs} process{'es' if jobs > 1 else ''}; digests of data/ after fresh and edited: "
          + ", ".join(sorted(d[:16] for d in digests)))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory of this process (the extraction included): {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("events", nargs="?", type=int, default=10_000)
    parser.add_argument("--project", type=Path, help="a data folder whose extracted events to replay")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1, help="processes of the update (project mode)")
    args = parser.parse_args()
    if args.project:
        project(args.project, args.repeat, args.jobs)
    else:
        synthetic(args.events)


if __name__ == "__main__":
    main()
