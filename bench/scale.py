"""Scale benchmark: extraction and the whole `make site` on 1,000 to 10,000+ real news articles.

    python bench/scale.py [CORPUS] [--sizes 1000,5000,10000] [--jobs N] [--keep DIR] [--extract-only]

CORPUS is a folder of TimeML documents with their creation dates (default: the 2,452 TempEval-3
silver newswire documents in ../shared/eval/te3-silver). To reach 10,000 articles each document is
used several times under a new name, with its publication date and every year in its text shifted
by whole years and a dateline giving the new date, so copies are distinct articles (not exact
duplicates) with distinct events. The bench fails if any article is skipped.

For each size it prints, measured in fresh processes of the `timeline` command:
  extract   `timeline extract --no-cache` on a fresh project: wall time, articles/s, peak memory
  build     `timeline build --no-cache` on a fresh project (the whole `make site`), and the time
            of each of its stages as the build reports it, with the number of processes each one
            ran on where the stage says (extract, merge, store, pages, mkdocs: `--jobs`, or fewer for small work)
  rebuild   `timeline build` again with nothing changed (cache and unchanged site)
  add one   one more article, `timeline build`: how many articles were parsed again (an incremental
            build: only the pages the article touches are written, MkDocs builds only those)
  remove    that article removed again, `timeline build`
  add more  the same once more with a text no build has seen (the steady state of a growing
            archive; since session 14 the first add-one after a whole build does the same work)
Each build row is followed by the build's own report of each stage's time and how many processes
worked in it (`timeline build --times`). --extract-only measures the first row alone; --no-extract
leaves it out (minutes fewer at 10,000 articles).
Peak memory is the largest memory of the command and its worker processes together, sampled from
/proc every 50 ms (every 250 ms after the first 10 s): the sum of their proportional set sizes (PSS:
a page shared by n processes counts 1/n in each, so the memory a forked worker shares with its
parent is counted once). The sum of their resident sizes (RSS), which counts shared pages once per
process, is printed beside it. The note of the extract and build rows gives the CPU seconds (user +
system) of the command and its workers: on a machine that other work keeps busy, wall time is an
upper bound and CPU / cores what the machine alone would take.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeml import read_folder  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "te3-silver"
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def corpus_of(documents: list, size: int, workdir: Path) -> Path:
    """The `size`-article corpus in `workdir`, made on first use (`make_corpus`)."""
    corpus = workdir / f"corpus-{size}"
    if not corpus.exists():
        make_corpus(documents, size, corpus)
    return corpus


def make_corpus(documents: list, size: int, folder: Path) -> None:
    """`size` Markdown articles with front matter, cycling through the documents with shifted years."""
    folder.mkdir(parents=True, exist_ok=True)
    usable = [d for d in documents if d.dct and d.text.strip()]
    for index in range(size):
        doc = usable[index % len(usable)]
        shift = 3 * (index // len(usable))  # 0, 3, 6... years: a new copy, new dates
        published = _shift_year(date.fromisoformat(doc.dct), shift)
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), doc.text.strip()) if shift else doc.text.strip()
        if shift:
            # A dateline with the new date, as wires print it: a copy whose text names no year would
            # otherwise be the same text as the original, and rightly skipped as a duplicate.
            text = f"{published:%B} {published.day}, {published.year} (copy {index // len(usable)}) -- {text}"
        title = (doc.title or doc.docid).replace('"', "'")
        (folder / f"{doc.docid}-{shift:02d}.md").write_text(
            f'---\ntitle: "{title}"\npublished: {published.isoformat()}\npublisher: TempEval-3 silver\n---\n\n{text}\n',
            encoding="utf-8",
        )


def _tree_memory_kib(root_pid: int) -> tuple[int, int]:
    """(PSS, RSS) of a process and all its descendants, summed, in KiB."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    pss = rss = 0
    stack = [root_pid]
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/smaps_rollup") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            continue
    return pss, rss


def _tree_rss_kib(root_pid: int) -> int:
    return _tree_memory_kib(root_pid)[1]


def run_sampled(command: list[str], cwd: Path, sample: Callable[[int], None]) -> tuple[float, str]:
    """Wall seconds and output of `command`, calling sample(its pid) every 50 ms while it runs (every
    250 ms after its first 10 s)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    done = threading.Event()

    def sampling() -> None:
        while not done.is_set():
            sample(process.pid)
            # Reading PSS walks each process's page tables (about 2 ms of kernel time per process
            # of the model's size): every 50 ms at first, then every 250 ms, so that on a long run
            # the sampling does not take a tenth of a core from the command it measures.
            done.wait(0.05 if time.perf_counter() - started < 10 else 0.25)

    sampler = threading.Thread(target=sampling, daemon=True)
    sampler.start()
    output, _ = process.communicate()
    elapsed = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed ({process.returncode}):\n{output[-3000:]}")
    return elapsed, output


def run_measured(command: list[str], cwd: Path) -> tuple[float, float, str]:
    """Wall seconds, peak tree memory (PSS) in MB, and the command's output (the peak RSS sum is
    kept in PEAK_RSS_MB)."""
    peak = peak_rss = 0

    def sample(pid: int) -> None:
        nonlocal peak, peak_rss
        pss, rss = _tree_memory_kib(pid)
        peak, peak_rss = max(peak, pss), max(peak_rss, rss)

    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed, output = run_sampled(command, cwd, sample)
    PEAK_RSS_MB[0] = peak_rss / 1024
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_S[0] = (cpu_after.ru_utime + cpu_after.ru_stime) - (cpu_before.ru_utime + cpu_before.ru_stime)
    return elapsed, peak / 1024, output


PEAK_RSS_MB = [0.0]  # the RSS sum at the last run_measured's peak
CPU_S = [0.0]  # user + system seconds of the last run_measured's command and its workers


def fresh_project(folder: Path, corpus: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "data").mkdir(parents=True)
    shutil.copytree(corpus, folder / "seeds")
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


def _parsed_count(output: str) -> str:
    match = re.search(r"(\d+) parsed", output)
    return match.group(1) if match else "?"


def _print_stages(output: str) -> None:
    """The command's own report of each stage: its time, and the processes it ran on."""
    stages = re.search(r"^Time: (.*)$", output, re.M)
    if stages:
        print(f"{'':>8}  {'':<9} stages: {stages.group(1)}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of TimeML documents")
    parser.add_argument("--sizes", default="1000,5000,10000", help="article counts, comma-separated")
    parser.add_argument("--jobs", type=int, default=None, help="processes for extraction (default: every core)")
    parser.add_argument("--keep", type=Path, help="build the projects in this folder and keep them")
    parser.add_argument("--extract-only", action="store_true", help="measure only `timeline extract`")
    parser.add_argument("--no-extract", action="store_true",
                        help="leave out the extraction-only run (minutes at 10,000 articles): build and then one change")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"bench: {args.corpus} is not a folder of TimeML documents; give one as the first argument")
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    timeline = str(Path(sys.executable).parent / "timeline")
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    documents = read_folder(args.corpus)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="timeline-scale-"))
    print(f"corpus: {args.corpus} ({len(documents)} documents); cores: {os.cpu_count()}; work in {workdir}")
    print(f"{'articles':>8}  {'step':<9} {'wall s':>8} {'art/s':>8} {'peak MB':>8} {'RSS sum':>8}  note")
    rows = []
    for size in sizes:
        corpus = corpus_of(documents, size, workdir)
        if not args.no_extract:
            project = fresh_project(workdir / f"extract-{size}", corpus)
            wall, peak, output = run_measured([timeline, "extract", "--no-cache", *jobs], project)
            if f"{size} articles" not in output:
                raise SystemExit(f"bench: not every article was read:\n{output[-2000:]}")
            rows.append((size, "extract", wall, peak))
            print(f"{size:>8}  {'extract':<9} {wall:>8.1f} {size / wall:>8.0f} {peak:>8.0f} {PEAK_RSS_MB[0]:>8.0f}  CPU {CPU_S[0]:.0f} s", flush=True)
            _print_stages(output)
            shutil.rmtree(project)
        if args.extract_only:
            continue

        project = fresh_project(workdir / f"build-{size}", corpus)
        wall, peak, output = run_measured([timeline, "build", "--no-cache", "--times", *jobs], project)
        site_mb = sum(p.stat().st_size for p in (project / "site").rglob("*") if p.is_file()) / 1e6
        rows.append((size, "build", wall, peak))
        print(f"{size:>8}  {'build':<9} {wall:>8.1f} {size / wall:>8.0f} {peak:>8.0f} {PEAK_RSS_MB[0]:>8.0f}  site {site_mb:.0f} MB; CPU {CPU_S[0]:.0f} s", flush=True)
        _print_stages(output)

        wall, peak, output = run_measured([timeline, "build", "--times", *jobs], project)
        print(f"{size:>8}  {'rebuild':<9} {wall:>8.1f} {'':>8} {peak:>8.0f} {PEAK_RSS_MB[0]:>8.0f}  nothing changed; parsed {_parsed_count(output)}", flush=True)

        extra = next(iter(sorted(corpus.iterdir())))
        # the first add-one after the build, then one more (steady state); each added article's
        # text is one no build has seen, so it is parsed
        for step, line in (("add one", "Added for the benchmark."), ("add more", f"Added again for the benchmark ({time.time()}).")):
            (project / "seeds" / f"added-{extra.name}").write_text(
                extra.read_text(encoding="utf-8").replace("\n\n", f"\n\n{line}\n\n", 1), encoding="utf-8"
            )
            wall, peak, output = run_measured([timeline, "build", "--times", *jobs], project)
            print(f"{size:>8}  {step:<9} {wall:>8.1f} {'':>8} {peak:>8.0f} {PEAK_RSS_MB[0]:>8.0f}  parsed {_parsed_count(output)}", flush=True)
            _print_stages(output)
            (project / "seeds" / f"added-{extra.name}").unlink()
            wall, peak, output = run_measured([timeline, "build", "--times", *jobs], project)
            print(f"{size:>8}  {'remove':<9} {wall:>8.1f} {'':>8} {peak:>8.0f} {PEAK_RSS_MB[0]:>8.0f}  parsed {_parsed_count(output)}", flush=True)
            _print_stages(output)
        if not args.keep:
            shutil.rmtree(project)
    if len(sizes) > 1:
        steps = ("extract",) if args.extract_only else ("build",) if args.no_extract else ("extract", "build")
        for step in steps:
            first = next(r for r in rows if r[1] == step and r[0] == sizes[0])
            last = next(r for r in rows if r[1] == step and r[0] == sizes[-1])
            print(
                f"growth {step}: x{last[0] / first[0]:.0f} articles -> time x{last[2] / first[2]:.1f}, "
                f"memory x{last[3] / first[3]:.1f}"
            )
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
