"""Speed of the YAML store on a large timeline: prints figures, asserts nothing.

    .venv/bin/python bench/store.py [EVENTS]        (default 10000)

Steps timed: the first update (every event new), check, load, an update with the same
extraction (nothing to write), and an update after a person edited a few entries while the
extraction changed a few others (only those entries are rewritten). Events are spread over 25
year files. "files parsed" means the in-process cache of parsed files was emptied first.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline import store  # noqa: E402
from timeline.store import reader  # noqa: E402
from timeline.model import Event, Source  # noqa: E402


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


def timed(label: str, action):
    """Wall-clock and CPU seconds (CPU is the steadier figure on a shared machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = action()
    print(f"{label:<52} {time.perf_counter() - start:7.2f} s wall {time.process_time() - cpu:7.2f} s cpu")
    return result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        data.mkdir()
        (data / "articles.yaml").write_text(
            "".join(f"article-{a:05d}:\n  file: a{a}.txt\n" for a in range(count // 10 + 1))
        )
        first = extraction(count)
        report = timed(f"first update ({count} new events)", lambda: store.update(data, first))
        print(f"  files written: {len(report.files_written)}")
        reader._PARSED.clear()
        timed("check (files parsed)", lambda: store.check(data))
        loaded = timed("load (same bytes: parsed files reused)", lambda: store.load(data))
        print(f"  events loaded: {len(loaded.events)}")
        reader._PARSED.clear()
        timed("load (files parsed)", lambda: store.load(data))
        reader._PARSED.clear()
        report = timed("update, same extraction (no change; files parsed)", lambda: store.update(data, first))
        print(f"  files written: {len(report.files_written)}")
        path = data / "events" / "2003.yaml"
        text = path.read_text()
        for n in (3, 28, 53):
            text = text.replace(f"title: Event number {n} happens\n", f"title: Event {n}, corrected\n")
        path.write_text(text)
        second = extraction(count, variant=1)
        reader._PARSED.clear()
        report = timed("update, 3 edits by hand + ~100 reworded titles", lambda: store.update(data, second))
        print(f"  entries rewritten: {report.updated}, files written: {len(report.files_written)}")


if __name__ == "__main__":
    main()
