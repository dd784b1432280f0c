"""`timeline build --times` in the current folder (a project), each stage's time counted in CPU
seconds of the build's own process instead of wall seconds.

On a machine others share, a stage's wall time grows with their load, its CPU time much less, so
two versions measured one after the other compare. Work done by forked processes is not counted:
a build that adds or removes one article runs every stage on one process (`--times` says). The
last line gives the CPU seconds of the whole process, and of its children (the side process that
parses the new article), but not the child a build leaves writing the caches for the next
build when it ends (`cache.writes_put_off`: nobody waits for it).

    cd PROJECT && /path/to/.venv/bin/python /path/to/bench/stage_cpu.py [--wall] [--pin-fingerprint NAME] [--cpu-of MODULE:NAME]...

--wall: the stages in wall seconds, as `timeline build --times` gives them.
--pin-fingerprint NAME: the tool's fingerprint is NAME whatever the code (the caches of the
project are under .timeline-cache/NAME): two versions of the code, run on two copies of one
project, then both use the caches the copies share, and neither parses the 10,000 articles again
nor builds the whole site after a change of code. For measuring only: the caches of a pinned
fingerprint are not told apart from another version's.
--cpu-of MODULE:NAME (repeatable): the CPU seconds of the build's process spent in that function
(a method as Class.method, e.g. timeline.site:PageRecords.source_fingerprint), over all its calls.

The build runs as the `timeline` command runs it (`cli.run`: `runtime.freeze_after_pauses`, so
what a stage leaves is kept to the end, not freed or walked again, and the process leaves without
freeing it); before session 11 this script called `cli.main` alone, and its CPU figures count that
work too (0.1 to 0.3 CPU s of an add-one), and a wall time taken around it the freeing at exit.
"""

from __future__ import annotations

import os
import sys
import time

args = sys.argv[1:]
if "--wall" in args:
    args.remove("--wall")
else:
    # The build's stage timer (BuildReport.stage) reads time.perf_counter when a stage starts and ends.
    time.perf_counter = time.process_time
if "--pin-fingerprint" in args:
    at = args.index("--pin-fingerprint")
    pinned = args[at + 1]
    del args[at : at + 2]
    import timeline.cache  # noqa: E402  (before any module takes the function by name)

    timeline.cache.tool_fingerprint = lambda: pinned

counted: dict[str, list] = {}  # MODULE:NAME -> [CPU seconds, calls]
while "--cpu-of" in args:
    at = args.index("--cpu-of")
    counted[args[at + 1]] = [0.0, 0]
    del args[at : at + 2]


def _counting(target: str) -> None:
    """Replace the function `target` names with one that adds its CPU time to `counted`."""
    import functools
    import importlib

    module, _, name = target.partition(":")
    owner: object = importlib.import_module(module)
    *path, attribute = name.split(".")
    for part in path:
        owner = getattr(owner, part)
    function = getattr(owner, attribute)

    @functools.wraps(function)
    def timed(*given, **named):
        started = time.process_time()
        try:
            return function(*given, **named)
        finally:
            counted[target][0] += time.process_time() - started
            counted[target][1] += 1

    setattr(owner, attribute, timed)


for target in counted:  # after the fingerprint is pinned: the modules take it by name
    _counting(target)

from timeline import cli  # noqa: E402  (after the timer is replaced)

if __name__ == "__main__":
    # As the `timeline` command runs a build (`cli.run`): the objects a stage leaves are not walked
    # by the cycle collector again nor freed one by one (`runtime.freeze_after_pauses`).
    from timeline.runtime import freeze_after_pauses

    freeze_after_pauses()
    code = cli.main(["build", "--times", *args])
    used = os.times()
    for target, (seconds, calls) in counted.items():
        print(f"{target}: {seconds:.3f} CPU s, {calls} calls", file=sys.stderr)
    print(f"process CPU {used.user + used.system:.2f} s, its children {used.children_user + used.children_system:.2f} s",
          file=sys.stderr)
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    print(f"(the process: user {used.user:.2f} s, system {used.system:.2f} s, {own.ru_minflt:,} minor page faults, "
          f"peak {own.ru_maxrss / 1024:,.0f} MB)", file=sys.stderr)
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # under a profiler: let it write its results on the way out
    # Out of the process as `cli.run` leaves it (the objects of the build are not freed one by one:
    # a second or two of wall time at 10,000 articles), so that `time` around this script gives
    # the command's wall time.
    import atexit

    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
