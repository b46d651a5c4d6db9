"""Helper processes (NLP workers, the temporary Prefect server) that end with the process that started them,
even when it is killed with SIGKILL: an orphan would hold memory or a port for nobody."""

from __future__ import annotations

import os
import threading
import time

PARENT_CHECK_SECONDS = 0.5


def end_with_parent(parent: int) -> None:
    """End this process within a second of `parent` (the pid that started it) being gone.

    A watcher thread, not Linux's PR_SET_PDEATHSIG: that signal fires when the *thread* that started the
    process ends, and pools are started from Prefect's short-lived task threads."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="end-with-parent", daemon=True).start()
