"""A process forked at the start of a stage, to get something slow ready on another core meanwhile.

Adding one article to an archive of 10,000 parses one article, but importing spaCy and loading
the language model for it take about a second of CPU: in the build's own process (even on a thread
of its own, which holds the same interpreter lock) that second adds to the build's. A side process
forked before the build checks the YAML and reads the articles loads the model on the second core
while they go on, and then parses the few articles the build finds new.

    side = SideProcess.start(wanted, prepare, task)   # forks; prepare() runs there if wanted()
    side.prepared()                                   # (True, what prepare() gave), waiting for it
    side.prepared(then_run=item)                      # the same, with run(item) asked for behind it
    side.run(item)                                    # (True, task(item)), run there
    side.meanwhile(work)                              # work() runs here while waiting for an answer
    side.close()                                      # the process ends

`wanted` and `prepare` run only in the side process; what `prepare` returns and the tasks' items
and results cross a pipe (pickled). A side process that is gone (killed, or it failed) answers
(False, None): the caller then does the work itself, so that the side process can cost time,
never a result.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection
from typing import Any, Callable


class SideProcess:
    """One forked process that prepares once and then runs tasks, one at a time, on request."""

    def __init__(self, connection: Connection, pid: int):
        self._connection: Connection | None = connection
        self._pid = pid
        self._meanwhile: list[Callable[[], None]] = []
        self._ahead: tuple[str, Any] | None = None  # a request sent before it was asked for (`prepared`)
        self._unwanted = 0  # answers to requests sent ahead and then not asked for: read past them

    @classmethod
    def start(
        cls, wanted: Callable[[], bool], prepare: Callable[[], Any], task: Callable[[Any], Any]
    ) -> "SideProcess | None":
        """Fork the process: it calls `prepare()` at once when `wanted()` is true (else only when
        first asked), then waits for requests. None where processes cannot be forked."""
        if "fork" not in multiprocessing.get_all_start_methods():
            return None
        ours, theirs = multiprocessing.Pipe()
        try:
            pid = os.fork()
        except OSError:  # no memory or no process left for it: the work is done here
            ours.close()
            theirs.close()
            return None
        if pid == 0:  # the side process: serve, then leave at once (no cleanup of the parent's state)
            code = 1
            try:
                # No cycle collection: the process lives for one stage and is ended with it, and
                # the collector would walk what it inherited and what spaCy's import and the model's
                # load make, again and again (51 collections, 0.05 CPU s of the model's load in a
                # build adding one article to 10,000), to free a few cycles the end frees anyway.
                gc.disable()
                ours.close()
                _serve(theirs, wanted, prepare, task)
                code = 0
            finally:
                os._exit(code)
        theirs.close()
        return cls(ours, pid)

    def prepared(self, then_run: Any = None) -> tuple[bool, Any]:
        """(True, what `prepare()` gave), waiting for it; (False, None) when the process is gone.
        `then_run`: an item whose `run` is asked for at once behind it, so that the side process
        goes on to it as soon as it is prepared, while this one does its work meanwhile (rather
        than after that work); `run(then_run)` then only waits for its answer."""
        return self._ask(("prepare", None), then=None if then_run is None else ("run", then_run))

    def run(self, item: Any) -> tuple[bool, Any]:
        """(True, `task(item)` run in the side process); (False, None) when the process is gone."""
        return self._ask(("run", item))

    def meanwhile(self, work: Callable[[], None]) -> None:
        """Run `work()` in this process the first time it waits for the side process with nothing
        else to do (what a later stage needs anyway: that stage's reading, done while the model
        loads on the other core). Work not run by then is left to whoever needs its result."""
        self._meanwhile.append(work)

    def close(self) -> None:
        """End the process, whatever it is doing (still preparing what was not needed, say)."""
        if self._connection is None:
            return
        self._connection.close()
        self._connection = None
        try:
            os.kill(self._pid, signal.SIGKILL)
        except OSError:
            pass  # it has ended already
        try:
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass

    def _ask(self, request: tuple[str, Any], then: tuple[str, Any] | None = None) -> tuple[bool, Any]:
        if self._connection is None:
            return False, None
        try:
            # The side process answers in the order it is asked.
            if self._ahead is not None and self._ahead == request:
                self._ahead = None  # sent already: its answer is the next one
            else:
                if self._ahead is not None:
                    self._ahead, self._unwanted = None, self._unwanted + 1
                self._connection.send(request)
            if then is not None:
                if self._ahead is not None:
                    self._unwanted += 1
                self._connection.send(then)
                self._ahead = then
            while self._meanwhile and not self._connection.poll():
                self._meanwhile.pop(0)()
            for _ in range(self._unwanted):
                self._connection.recv()
            self._unwanted = 0
            failed, answer = self._connection.recv()
        except (OSError, EOFError):  # the process is gone (killed, or ran out of memory)
            self.close()
            return False, None
        if failed:  # an exception in the side process: the caller does the work itself
            self.close()
            return False, None
        return True, answer

    def __enter__(self) -> "SideProcess":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(connection: Connection, wanted: Callable[[], bool], prepare: Callable[[], Any], task: Callable[[Any], Any]) -> None:
    """The side process's loop: prepare (now, if wanted), then answer requests until the pipe closes.
    Each answer is (failed, value)."""
    ready: tuple[bool, Any] | None = None

    def prepared() -> tuple[bool, Any]:
        nonlocal ready
        if ready is None:
            try:
                ready = (False, prepare())
            except Exception:  # noqa: BLE001 - the parent does the work itself
                ready = (True, None)
        return ready

    try:
        if wanted():
            prepared()
    except Exception:  # noqa: BLE001 - a guess that fails only means preparing when asked
        pass
    while True:
        try:
            kind, item = connection.recv()
        except (EOFError, OSError):
            return  # the parent closed the pipe (or is gone)
        answer = prepared()
        if kind == "run" and not answer[0]:
            try:
                answer = (False, task(item))
            except Exception:  # noqa: BLE001 - the parent does the work itself
                answer = (True, None)
        connection.send(answer)
