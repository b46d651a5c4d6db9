"""Helper processes (NLP workers, the temporary Prefect server) that end with the process that started them,
even when it is killed with SIGKILL: an orphan would hold memory or a port for nobody."""

from __future__ import annotations

import os
import select
import threading
import time

PARENT_CHECK_SECONDS = 0.5


def end_with_parent(parent: int) -> None:
    """End this process as soon as process `parent` (the one that started it, directly or through a fork
    server) is gone.

    A watcher thread on a pidfd of `parent`, not Linux's PR_SET_PDEATHSIG: that signal fires when the
    *thread* that started the process ends, and pools are started from Prefect's short-lived task threads.
    Where pidfds are missing, the watcher polls for the parent's pid instead."""
    try:
        handle = os.pidfd_open(parent)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        handle = None

    def watch() -> None:
        if handle is not None:
            select.select([handle], [], [])
        else:
            while _exists(parent):
                time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
