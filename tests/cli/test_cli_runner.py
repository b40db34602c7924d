"""The in-process runner itself: it shows what a console would, exit codes included."""

from sessionkit import __version__


def test_runner_captures_output_and_argparse_exits(run_cli, data_dir):
    code, out, err = run_cli("--version")
    assert (code, out.strip(), err) == (0, f"SessionKit {__version__}", "")
    code, out, err = run_cli("--help")
    assert code == 0 and "usage: sessionkit" in out and "search" in out
    code, out, err = run_cli("no-such-command")
    assert code == 2 and out == "" and "invalid choice: 'no-such-command'" in err
    code, out, err = run_cli("notes", "list", "--session", "X9", data_dir=data_dir)
    assert code == 2 and err.startswith("sessionkit: error: ") and out == ""


def test_each_command_leaves_the_data_folder_free(run_cli, data_dir):
    """main() closes the store and lets go of the lock when a command ends, so a second
    writing command in the same process is not refused as 'in use by PID…'."""
    for text in ("first", "second"):
        code, out, err = run_cli("note", "add", "--session", "D3", "--", text,
                                 data_dir=data_dir)
        assert code == 0, err
    from sessionkit.services.safety import open_data

    opened = open_data(data_dir, write=True, seed=False, start_backup=False)
    try:
        d3 = opened.store.sessions.find("D3")
        assert [n.text for n in opened.store.notes.for_session(d3.id)] == ["first", "second"]
    finally:
        opened.close()


def test_every_command_group_is_registered_in_one_list():
    """A command module not in COMMANDS would never be reachable: the list and the
    modules in cli/ agree."""
    from pathlib import Path

    import sessionkit.cli as cli

    here = Path(cli.__file__).parent
    modules = {f"sessionkit.cli.{p.stem}" for p in here.glob("*.py")
               if p.stem not in ("__init__", "common")}
    # a large group may keep some of its commands in a part named after it
    # (live_serve.py for `live serve`), registered by the group's own module
    groups = {m for m in modules if not any(m.startswith(g + "_") for g in modules)}
    assert set(cli.COMMANDS) == groups
