"""Add one article to a project and remove it again: two versions of the code, each on its own copy
of the project, alternating (the one that goes first alternating too), for a machine that other
work keeps busy.

    python bench/addone_pair.py COPY_A CODE_A COPY_B CODE_B [--rounds 10] [--pin-fingerprint NAME]
                                [--article FILE] [--same-output] [--settle]

COPY_A, COPY_B: two copies of one built project (`cp -a`; build each once after copying: a copy has
new inodes, so its first build reads every article again). CODE_A, CODE_B: folders holding a
`timeline/` package, put first on PYTHONPATH (`git archive REV timeline | tar -x -C DIR`; compile
their bytecode first, `python -m compileall -q DIR/timeline`, where PYTHONDONTWRITEBYTECODE is set).
--pin-fingerprint NAME: the tool's fingerprint both versions use (`bench/stage_cpu.py`): the
fingerprint of the code that built the project, so that both read its extraction cache.
--article FILE: the article added (default: the first of the corpus `bench/scale.py --keep DIR`
makes, DIR/corpus-10000), with a line "Added for the benchmark (TAG)." after its first paragraph:
a text no build has seen, the same in both copies within a round.
--same-output: after each step, the sha1 of every file of data/, docs/ and site/ of the two copies
are compared (the bench stops at the first difference).
--settle: after each build, wait until the project's lock is free (a child the build left writing
the caches for the next build holds it: `cache.writes_put_off`), so that its work does not overlap
the other version's build; the wait is printed as "settled" (the next build of the copy would
wait as long, less its own start).

Each build is `timeline build --times` as `bench/stage_cpu.py --wall` runs it; its wall time is taken
around the process, its CPU seconds (user + system, the side process included) from the children's
rusage (not the writer a build leaves behind: see --settle). Prints one line a build, then for each
version and step the median and range of wall and CPU seconds and each stage's median.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

STAGE_CPU = Path(__file__).resolve().parent / "stage_cpu.py"


def _build(copy: Path, code: Path, pin: str | None) -> tuple[float, float, dict[str, float], str]:
    command = [sys.executable, str(STAGE_CPU), "--wall", *(["--pin-fingerprint", pin] if pin else [])]
    environment = {**os.environ, "PYTHONPATH": str(code)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=copy, env=environment, capture_output=True, text=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    output = done.stdout + done.stderr
    if done.returncode != 0:
        raise SystemExit(f"bench: the build in {copy} failed:\n{output[-3000:]}")
    line = next((line for line in output.splitlines() if line.startswith("Time:")), "")
    stages = {name: float(seconds) for name, seconds in re.findall(r"(\w+) ([\d.]+) s", line)}
    return wall, cpu, stages, line


def _settled(copy: Path) -> float:
    """Seconds until the project's lock is free: a writer the build left behind is done."""
    started = time.perf_counter()
    with open(copy / ".timeline.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        fcntl.flock(handle, fcntl.LOCK_UN)
    return time.perf_counter() - started


def _tree(root: Path) -> dict[str, str]:
    found = {}
    for top in ("data", "docs", "site"):
        for folder, _, names in os.walk(root / top):
            for name in names:
                path = Path(folder) / name
                found[str(path.relative_to(root))] = hashlib.sha1(path.read_bytes()).hexdigest()
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("copy_a", type=Path)
    parser.add_argument("code_a", type=Path)
    parser.add_argument("copy_b", type=Path)
    parser.add_argument("code_b", type=Path)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--pin-fingerprint")
    parser.add_argument("--article", type=Path)
    parser.add_argument("--same-output", action="store_true")
    parser.add_argument("--settle", action="store_true")
    args = parser.parse_args()
    article = args.article
    if article is None:
        corpus = args.copy_a.resolve().parent / "corpus-10000"
        article = min(corpus.iterdir()) if corpus.is_dir() else None
    if article is None or not article.is_file():
        print("bench: no article to add; give one with --article FILE")
        return 2
    versions = {"A": (args.copy_a.resolve(), args.code_a.resolve()), "B": (args.copy_b.resolve(), args.code_b.resolve())}
    results: dict[tuple[str, str], list[tuple[float, float, dict[str, float]]]] = {}
    settles: dict[tuple[str, str], list[float]] = {}
    loads = []
    text = article.read_text(encoding="utf-8")
    for round_ in range(1, args.rounds + 1):
        order = ["A", "B"] if round_ % 2 else ["B", "A"]
        tag = f"round {round_}, {time.time():.0f}"
        for step in ("add", "remove"):
            for name in order:
                copy, code = versions[name]
                added = copy / "seeds" / "added-bench.md"
                if step == "add":
                    added.write_text(text.replace("\n\n", f"\n\nAdded for the benchmark ({tag}).\n\n", 1), encoding="utf-8")
                else:
                    added.unlink(missing_ok=True)
                load = os.getloadavg()[0]
                loads.append(load)
                wall, cpu, stages, line = _build(copy, code, args.pin_fingerprint)
                results.setdefault((name, step), []).append((wall, cpu, stages))
                settle = ""
                if args.settle:
                    settles.setdefault((name, step), []).append(_settled(copy))
                    settle = f" settled {settles[(name, step)][-1]:.2f}"
                print(f"{name} {step:6} load {load:.2f} wall {wall:.2f} CPU {cpu:.2f}{settle} | {line}", flush=True)
            if args.same_output:
                a, b = _tree(versions["A"][0]), _tree(versions["B"][0])
                differ = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
                if differ:
                    print(f"bench: after {step} in round {round_}, {len(differ)} files differ: {differ[:10]}")
                    return 1
                print(f"same output after {step}: {len(a)} files")
    print(f"load {min(loads):.1f} to {max(loads):.1f}")
    for step in ("add", "remove"):
        for name in ("A", "B"):
            rows = results[(name, step)]
            walls, cpus = [r[0] for r in rows], [r[1] for r in rows]
            stages = {stage: statistics.median(r[2].get(stage, 0.0) for r in rows) for stage in rows[0][2]}
            shown = ", ".join(f"{stage} {seconds:.2f}" for stage, seconds in stages.items())
            print(f"{step:6} {name}: wall {statistics.median(walls):.2f} ({min(walls):.2f} to {max(walls):.2f}), "
                  f"CPU {statistics.median(cpus):.2f} ({min(cpus):.2f} to {max(cpus):.2f}) | {shown}")
            if settles.get((name, step)):
                waits = settles[(name, step)]
                print(f"         settled {statistics.median(waits):.2f} ({min(waits):.2f} to {max(waits):.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
