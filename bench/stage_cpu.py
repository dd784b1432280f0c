"""`timeline build --times` in the current folder (a project), each stage's time counted in CPU
seconds of the build's own process instead of wall seconds.

On a machine others share, a stage's wall time grows with their load, its CPU time much less, so
two versions measured one after the other compare. Work done by forked processes is not counted:
a build that adds or removes one article runs every stage on one process (`--times` says).

    cd PROJECT && /path/to/.venv/bin/python /path/to/bench/stage_cpu.py
"""

from __future__ import annotations

import sys
import time

# The build's stage timer (BuildReport.stage) reads time.perf_counter when a stage starts and ends.
time.perf_counter = time.process_time

from timeline import cli  # noqa: E402  (after the timer is replaced)

if __name__ == "__main__":
    sys.exit(cli.main(["build", "--times", *sys.argv[1:]]))
