"""The caches a build writes for the next one, put off to the build's end (`cache.writes_put_off`):
written in order when the block ends, or by a child left writing them that holds the project's
lock, so that the next build waits for them; what was remembered is found meanwhile."""

from __future__ import annotations

import time
from pathlib import Path

from timeline import cache, parsedfiles
from timeline.fileio import project_lock


def test_writes_wait_for_the_end_of_the_block_and_run_in_order(tmp_path: Path) -> None:
    done: list[str] = []

    def write(name: str) -> bool:
        done.append(name)
        return True

    with cache.writes_put_off():
        assert cache.putting_off()
        assert cache.write_soon(lambda: write("first")) is None
        assert cache.write_soon(lambda: write("second")) is None
        assert done == []
    assert done == ["first", "second"] and not cache.putting_off()


def test_a_write_left_behind_holds_the_lock_until_it_is_done(tmp_path: Path) -> None:
    target = tmp_path / "written"

    def slow_write() -> bool:
        time.sleep(0.5)  # long enough for the lock to be asked for while it runs
        target.write_text("done", encoding="utf-8")
        return True

    with project_lock(tmp_path):
        with cache.writes_put_off(leave_behind=True):
            cache.write_soon(slow_write)
        assert not target.exists()  # the child writes it, this process does not wait
    with project_lock(tmp_path, timeout=30):  # the next build: after the child is done
        assert target.read_text(encoding="utf-8") == "done"


def test_what_is_remembered_is_found_until_the_end_writes_it(tmp_path: Path) -> None:
    with cache.writes_put_off():
        with parsedfiles.kept_in(tmp_path):
            parsedfiles.remember("events", "data/events/2021.yaml", b"d" * 20, {"parsed": 1})
            parsedfiles.write_remembered(soon=True)  # the store's update: left for the end
            assert parsedfiles.recalled("events", "data/events/2021.yaml", b"d" * 20) == (True, {"parsed": 1})
            assert not list(tmp_path.rglob("*.pickle"))
        assert not list(tmp_path.rglob("*.pickle"))  # the block of the cache ended: still put off
    with parsedfiles.kept_in(tmp_path):
        assert parsedfiles.recalled("events", "data/events/2021.yaml", b"d" * 20) == (True, {"parsed": 1})


def test_a_build_waiting_for_a_write_left_behind_says_what_it_waits_for(tmp_path: Path, capsys) -> None:
    def slow_write() -> bool:
        time.sleep(1.0)
        return True

    with project_lock(tmp_path):
        with cache.writes_put_off(leave_behind=True):
            cache.write_soon(slow_write)
    time.sleep(0.2)  # (the child notes itself in the lock file as soon as it starts)
    with project_lock(tmp_path, timeout=30):
        pass
    err = capsys.readouterr().err
    assert "still saving the caches" in err and "another build is running" not in err, err


def test_a_build_waiting_for_another_build_says_so(tmp_path: Path, capsys) -> None:
    import subprocess
    import sys

    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; sys.path.insert(0, sys.argv[1]);"
        "from timeline.fileio import project_lock\n"
        "with project_lock(__import__('pathlib').Path(sys.argv[2])):\n"
        "    print('held', flush=True); time.sleep(1.0)"), str(Path(__file__).resolve().parent.parent), str(tmp_path)],
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with project_lock(tmp_path, timeout=30):
        pass
    holder.wait(timeout=30)
    err = capsys.readouterr().err
    assert "another build is running" in err and "saving the caches" not in err, err
