"""Memory of the coordinating process of a Dask build: prints figures, asserts nothing.

    python bench/dask_memory.py [CORPUS] [--sizes 300,900] [--step build|extract] [--target 20000] [--local]

For each size, a fresh project of that many articles (made from the TimeML documents of CORPUS as
bench/scale.py makes them; default ../shared/eval/te3-silver) is built with
`timeline build --no-cache --dask local`, and the memory of the process that runs the command
(the coordinator: it reads the articles, receives the results, merges, writes the YAML and the
site) is sampled every 50 ms (250 ms after the first 10 s) from /proc, apart from the Dask worker processes it started (which on
a real cluster are on other machines). It prints the peak resident size (RSS) and proportional
size (PSS) of the coordinator, the peak of its workers, and, from the two largest sizes, the
growth per 1,000 articles and a straight-line extrapolation to --target articles. --local runs the
same command with `--jobs 2` instead of Dask, for comparison (its "workers" are the pool's).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import _tree_memory_kib, corpus_of, fresh_project, run_sampled  # noqa: E402
from timeml import read_folder  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "te3-silver"


def _own_memory_kib(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of one process alone, in KiB."""
    pss = rss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    pss = int(line.split()[1])
                elif line.startswith("Rss:"):
                    rss = int(line.split()[1])
    except OSError:
        pass
    return pss, rss


def run_peaks(command: list[str], cwd: Path) -> tuple[float, dict[str, float], str]:
    """Wall seconds, peaks in MB (coordinator RSS and PSS, workers' PSS), and the output."""
    peaks = {"coordinator rss": 0.0, "coordinator pss": 0.0, "workers pss": 0.0}

    def sample(pid: int) -> None:
        own_pss, own_rss = _own_memory_kib(pid)
        tree_pss, _tree_rss = _tree_memory_kib(pid)
        peaks["coordinator rss"] = max(peaks["coordinator rss"], own_rss / 1024)
        peaks["coordinator pss"] = max(peaks["coordinator pss"], own_pss / 1024)
        peaks["workers pss"] = max(peaks["workers pss"], (tree_pss - own_pss) / 1024)

    elapsed, output = run_sampled(command, cwd, sample)
    return elapsed, peaks, output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="folder of TimeML documents")
    parser.add_argument("--sizes", default="300,900", help="article counts, comma-separated (two or more)")
    parser.add_argument("--step", choices=["build", "extract"], default="build")
    parser.add_argument("--target", type=int, default=20_000, help="articles to extrapolate to")
    parser.add_argument("--keep", type=Path, help="make the projects in this folder and keep them")
    parser.add_argument("--local", action="store_true", help="--jobs 2 on this machine instead of --dask local")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"bench: {args.corpus} is not a folder of TimeML documents; give one as the first argument")
        return 2
    sizes = sorted(int(s) for s in args.sizes.split(","))
    timeline = str(Path(sys.executable).parent / "timeline")
    documents = read_folder(args.corpus)
    workdir = args.keep or Path(tempfile.mkdtemp(prefix="timeline-dask-"))
    where = ["--jobs", "2"] if args.local else ["--dask", "local"]
    print(f"corpus: {args.corpus}; cores: {os.cpu_count()}; `timeline {args.step} --no-cache {' '.join(where)}`")
    print(f"{'articles':>8} {'wall s':>8} {'coord RSS MB':>13} {'coord PSS MB':>13} {'workers PSS MB':>15}")
    rows = []
    for size in sizes:
        corpus = corpus_of(documents, size, workdir)
        project = fresh_project(workdir / f"dask-{size}", corpus)
        wall, peaks, output = run_peaks([timeline, args.step, "--no-cache", *where], project)
        if f"{size} articles" not in output:
            raise SystemExit(f"bench: not every article was read:\n{output[-2000:]}")
        rows.append((size, peaks))
        print(f"{size:>8} {wall:>8.1f} {peaks['coordinator rss']:>13.0f} {peaks['coordinator pss']:>13.0f} "
              f"{peaks['workers pss']:>15.0f}", flush=True)
        if not args.keep:
            shutil.rmtree(project)
    if len(rows) >= 2:
        (small, low), (large, high) = rows[-2], rows[-1]
        slope = (high["coordinator rss"] - low["coordinator rss"]) / (large - small)
        projected = high["coordinator rss"] + slope * (args.target - large)
        print(f"coordinator RSS grows {slope * 1000:.0f} MB per 1,000 articles ({small} -> {large}); "
              f"a straight line gives {projected:.0f} MB at {args.target:,} articles")
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
