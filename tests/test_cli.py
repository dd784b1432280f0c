"""The `timeline` command end to end: what a person types and reads. The stages have their own tests."""

from __future__ import annotations

import json

import pytest

from timeline import cli

ARTICLE = """Council approves new bridge

The city council approved the new bridge on Monday after a two-year debate. Work begins in March.
"""


@pytest.fixture
def project(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "seeds" / "bridge.md").write_text(
        f"---\ntitle: Council approves new bridge\npublished: 2023-05-10\n---\n\n{ARTICLE}", encoding="utf-8"
    )
    return tmp_path


def test_help_names_every_command(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    for command in ("build", "extract", "check", "tag"):
        assert command in out


def test_tag_prints_json_lines_with_offsets_into_the_file(tmp_path, capsys):
    text = "Ministers met on Tuesday, café owners said."
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert cli.main(["tag", "--dct", "2022-07-12", str(path)]) == 0
    (record,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["text"] == "Tuesday" == text[record["start"]:record["end"]]
    assert record["type"] == "DATE" and record["value"] == "2022-07-12"


@pytest.mark.parametrize(
    "arguments, message",
    [
        (["tag", "--dct", "2022-13-01", "-"], "--dct"),
        (["tag", "--dct", "2022-07-12", "no-such-file.txt"], "no such file"),
    ],
)
def test_a_bad_argument_is_one_line_and_exit_1_not_a_traceback(arguments, message, capsys):
    assert cli.main(arguments) == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_extract_writes_the_events_yaml_and_says_how_many_articles(project, capsys):
    assert cli.main(["extract", "--root", str(project), "--jobs", "1"]) == 0
    assert "1 articles (1 parsed" in capsys.readouterr().out
    written = (project / "data" / "events" / "2023.yaml").read_text(encoding="utf-8")
    assert "date: 2023-05-08" in written  # "on Monday" in an article of Wednesday 10 May 2023


def test_a_skipped_file_is_reported_and_the_build_goes_on_with_exit_0(project, capsys):
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")
    assert cli.main(["build", "--root", str(project), "--no-mkdocs", "--jobs", "1"]) == 0
    captured = capsys.readouterr()
    assert "empty.txt" in captured.err and "skipped" in captured.err
    assert "1 files skipped" in captured.out


def test_a_broken_yaml_stops_the_build_before_anything_is_written(project, capsys):
    assert cli.main(["extract", "--root", str(project), "--jobs", "1"]) == 0
    events_file = project / "data" / "events" / "2023.yaml"
    broken = events_file.read_text(encoding="utf-8").replace("date: 2023-05-08", "date: 2023-05-32", 1)
    events_file.write_text(broken, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["build", "--root", str(project), "--no-mkdocs"]) == 1
    err = capsys.readouterr().err
    assert "2023.yaml:" in err and "2023-05-32" in err
    assert events_file.read_text(encoding="utf-8") == broken
    assert cli.main(["check", "--root", str(project)]) == 1


def test_the_command_leaves_normally_under_a_profiler_so_that_it_can_write_its_results(monkeypatch):
    # `python -m cProfile -m timeline build` must get its profile: the fast exit is skipped while a
    # profiler or a tracer (coverage) is active.
    import sys

    from timeline import cli, runtime

    monkeypatch.setattr(cli, "main", lambda: 0)
    monkeypatch.setattr(runtime, "_freeze_after_pause", False)  # run() sets it for the process
    previous = sys.getprofile()
    sys.setprofile(lambda *args: None)
    try:
        with pytest.raises(SystemExit) as leaving:
            cli.run()
    finally:
        sys.setprofile(previous)
    assert leaving.value.code == 0


def test_only_the_command_freezes_what_a_paused_collector_leaves(monkeypatch):
    """The `timeline` process freezes the objects a stage leaves (they live to its end: walking
    them again cost a second of an add-one build); a library caller, such as the live preview,
    keeps its cycle collector as it was."""
    import gc

    from timeline import runtime

    monkeypatch.setattr(runtime, "_freeze_after_pause", False)
    frozen = gc.get_freeze_count()
    with runtime.cycle_collection_paused():
        left = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == frozen
    runtime.freeze_after_pauses()
    try:
        with runtime.cycle_collection_paused():
            left += [[n] for n in range(1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + 2000
    finally:
        gc.unfreeze()
    assert len(left) == 2000
