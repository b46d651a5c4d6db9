"""Bad input, edits, deletions, crashes and concurrency: nothing lost, nothing corrupted."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_INBOX, SEED, query, run, settle, write_article

pytestmark = [pytest.mark.usefixtures("prefect_harness"), pytest.mark.slow]


def test_every_kind_of_bad_file_is_quarantined_with_its_reason(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_ETL_MAX_FILE_BYTES", "20000")
    outside = tmp_path / "outside.txt"
    outside.write_text("date 2020-01-01\nSecret text outside the inbox.", encoding="utf-8")
    (inbox / "link-out.txt").symlink_to(outside)
    (inbox / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    write_article(inbox, "whitespace.txt", " \n\t\n ")
    write_article(inbox, "latin1-garbage.txt", b"date 2020-01-01\n\x81\x8d\x8f\x90\x9d")
    write_article(inbox, "malformed.txt", "date 20-07-2020\nText.")
    write_article(inbox, "huge.txt", "date 2020-01-01\n" + "word " * 10_000)
    reasons = {
        "link-out.txt": "outside_inbox",
        "dangling.txt": "vanished",
        "whitespace.txt": "blank",
        "latin1-garbage.txt": "undecodable",
        "malformed.txt": "malformed_date",
        "huge.txt": "too_large",
    }
    summary = run(inbox, tmp_path / "w.duckdb")
    assert summary["files_quarantined"] == len(reasons)
    assert summary["quarantine_by_reason"] == {reason: 1 for reason in reasons.values()}
    db = tmp_path / "w.duckdb"
    assert dict(query(db, "select path, reason from quarantine where table_name is null")) == reasons
    assert query(db, "select count(*) from dim_article") == [(6,)]  # the sample still loads
    by_reason = query(db, "select quarantine_by_reason from etl_run")[0][0]
    assert '"too_large": 1' in by_reason
    (inbox / "loop.txt").symlink_to(inbox / "loop.txt")
    assert run(inbox, db)["quarantine_by_reason"] == {"symlink_loop": 1}
    again = run(inbox, db)  # refused once, not on every run: nothing new to do
    assert (again["files_quarantined"], again["files_unchanged"]) == (0, 6 + len(reasons) + 1)
    assert query(db, "select count(*) from quarantine where table_name is null") == [(len(reasons) + 1,)]


def test_cp1252_article_loads_flagged(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    write_article(inbox, "legacy.txt", "date 2020-01-01\nThe caf\u00e9 paid \u20ac5 million to Acme.".encode("cp1252"))
    run(inbox, db)
    rows = query(db, "select encoding, body from dim_article where path = 'legacy.txt'")
    assert rows == [("cp1252", "The caf\u00e9 paid \u20ac5 million to Acme.")]


def test_odd_file_names_load(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    names = ["with space.txt", "ünïcødé-新闻.txt", "new\nline.txt"]
    for name in names:
        write_article(inbox, name, f"date 2021-05-05\nReport {name!r}: Acme paid $1 million to Globex.")
    run(inbox, db)
    loaded = {p for (p,) in query(db, "select path from dim_article")}
    assert set(names) <= loaded


@pytest.mark.slow
def test_file_still_being_written_waits_for_the_next_run(
    inbox: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "w.duckdb"
    for path in inbox.iterdir():
        settle(path, seconds_ago=7200)  # finished two hours ago
    fresh = inbox / "fresh.txt"
    fresh.write_text("date 2021-05-05\nAcme paid $3 million to Globex.", encoding="utf-8")  # mtime: now
    # Settled only after an hour: the file is still being written however long the run takes to reach discovery.
    monkeypatch.setenv("NEWS_ETL_SETTLE_SECONDS", "3600")
    first = run(inbox, db)
    monkeypatch.delenv("NEWS_ETL_SETTLE_SECONDS")
    assert (first["files_deferred"], first["files_new"]) == (1, 6)
    assert query(db, "select count(*) from source_file where path = 'fresh.txt'") == [(0,)]
    settle(fresh)
    second = run(inbox, db)
    assert second["files_new"] == 1


def test_deleted_file_keeps_its_facts_flagged(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    (inbox / "003_tech_acquisition.txt").unlink()
    summary = run(inbox, db)
    assert summary["files_deleted"] == 1
    assert query(db, "select source_deleted, is_current from dim_article where path = '003_tech_acquisition.txt'") == [
        (True, True)
    ]
    money = "select count(*) from fact_money_mention m join dim_article a using (article_id) where a.path = '{}'"
    assert query(db, money.format("003_tech_acquisition.txt"))[0][0] == 5
    assert query(db, "select status from source_file where path = '003_tech_acquisition.txt'") == [("deleted",)]


def test_an_article_that_breaks_the_nlp_pipeline_is_quarantined_alone(inbox: Path, tmp_path: Path) -> None:
    from spacy.language import Language

    from news_etl.config import Settings
    from news_etl.pipeline import pipeline_for

    @Language.component("explode_on_marker")
    def explode_on_marker(doc):  # a real exception raised inside spaCy's pipeline
        if "EXPLODE" in doc.text:
            raise RuntimeError("component failed on this document")
        return doc

    settings = Settings()
    nlp = pipeline_for(settings.spacy_model, settings.spacy_components)
    nlp.add_pipe("explode_on_marker", last=True)
    try:
        write_article(inbox, "poison.txt", "date 2021-05-05\nEXPLODE: Acme paid $3 million to Globex.")
        summary = run(inbox, tmp_path / "w.duckdb")
    finally:
        nlp.remove_pipe("explode_on_marker")
    assert summary["files_quarantined"] == 1 and summary["files_new"] == 6
    rows = query(tmp_path / "w.duckdb", "select path, reason, detail from quarantine")
    assert rows[0][:2] == ("poison.txt", "extraction_failed")
    assert "component failed on this document" in rows[0][2]


def make_backlog(folder: Path, copies: int) -> int:
    """`copies` variants of each sample article (distinct content), settled."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for source in sorted(SAMPLE_INBOX.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for i in range(copies):
            path = folder / f"{source.stem}-{i:03d}.txt"
            path.write_text(text + f"\n\nCorrection {i}: an earlier version misspelled a name.\n", encoding="utf-8")
            settle(path)
            count += 1
    return count


def run_subprocess(inbox: Path, db: Path, api_url: str, batch_size: int = 3) -> subprocess.Popen:
    env = {**os.environ, "PREFECT_API_URL": api_url, "NEWS_ETL_BATCH_SIZE": str(batch_size)}
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )


def fingerprint(db: Path) -> dict[str, object]:
    return {
        "articles": query(db, "select path, sha256 from dim_article where is_current order by path"),
        "entity": query(db, "select count(*), count(distinct (article_id, start_char)) from fact_entity_mention"),
        "money": query(
            db,
            "select a.path, m.start_char, m.amount, m.currency_code from fact_money_mention m "
            "join dim_article a using (article_id) order by 1, 2",
        ),
        "dates": query(db, "select count(*) from fact_date_mention"),
        "files": query(db, "select path, status from source_file order by path"),
    }


DISK_FULL_RUN = """
import resource, signal, sys
from news_etl.cli import main
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG, as on a full disk
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
raise SystemExit(main(["run", "--inbox", sys.argv[2], "--db", sys.argv[3], "--batch-size", "2"]))
"""


def test_a_full_disk_stops_the_run_with_one_line_and_the_next_run_completes(
    prefect_harness: str, inbox: Path, tmp_path: Path, sample_build: tuple[Path, Path]
) -> None:
    _, reference_db = sample_build
    db = tmp_path / "w.duckdb"
    held_back = tmp_path / "held_back"
    held_back.mkdir()
    for path in sorted(inbox.iterdir())[2:]:
        path.rename(held_back / path.name)
    run(inbox, db)  # a warehouse with two articles; the disk fills while the rest loads
    for path in held_back.iterdir():
        path.rename(inbox / path.name)
    room = 32 * 1024  # no file may grow past this: the WAL of the first batch to load
    env = {**os.environ, "PREFECT_API_URL": prefect_harness}
    full = subprocess.run(
        [sys.executable, "-c", DISK_FULL_RUN, str(room), str(inbox), str(db)],
        capture_output=True, text=True, timeout=600, check=False, env=env,
    )  # fmt: skip
    assert full.returncode == 2, full.stderr[-3000:]
    assert "Traceback" not in full.stderr
    (said,) = [line for line in full.stderr.splitlines() if line.startswith("news-etl run:") and "w.duckdb" in line]
    assert "could not write the warehouse" in said and "File too large" in said
    assert query(db, "select count(*) from dim_article where is_current") == [(2,)]  # nothing half-written
    run(inbox, db)
    assert fingerprint(db) == fingerprint(reference_db)
    statuses = [status for (status,) in query(db, "select status from etl_run order by started_at")]
    assert "running" not in statuses and statuses[-1] == "completed"  # the full-disk run, if recorded, closed


def test_two_runs_at_once_one_writer(prefect_harness: str, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    count = make_backlog(inbox, copies=2)
    db = tmp_path / "w.duckdb"
    first = run_subprocess(inbox, db, prefect_harness)
    second = run_subprocess(inbox, db, prefect_harness)
    outputs = []
    for process in (first, second):
        output, _ = process.communicate(timeout=600)
        assert process.returncode == 0, output[-3000:]
        outputs.append(output)
    last_lines = [o.strip().splitlines()[-2] for o in outputs]  # the summary, before the "warehouse:" line
    assert any(line.startswith("completed") for line in last_lines), outputs
    assert query(db, "select count(*), count(distinct path) from dim_article") == [(count, count)]
    assert query(db, "select count(*) from source_file where status = 'loaded'") == [(count,)]


UNREADABLE_PROBE = """
import datetime as dt, sys
from pathlib import Path
from news_etl.config import Settings
from news_etl.discovery import plan_run
from news_etl.pipeline import extract_batch
inbox = Path(sys.argv[1])
plan = plan_run(inbox, "*.txt", {}, {}, 5_000_000, 0)
decided = {d.file.rel: d.reason for d in plan.decided}
batch = extract_batch(plan.candidates, Settings(), dt.date(2026, 11, 27))
print(decided.get("locked.txt"), len(batch.extractions))
"""


def test_unreadable_file_is_quarantined_and_the_rest_extracts(tmp_path: Path) -> None:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="news-etl-perm-"))
    try:
        folder.chmod(0o755)
        write_article(folder, "ok.txt", "date 2021-05-05\nAcme paid $3 million to Globex.").chmod(0o644)
        write_article(folder, "locked.txt", "date 2021-05-05\nSecret.").chmod(0o000)
        command = [sys.executable, "-c", UNREADABLE_PROBE, str(folder)]
        if os.geteuid() == 0:
            # root reads everything: drop the capabilities that bypass file permissions, so the check is
            # the kernel's, as it is for an ordinary service account
            if shutil.which("setpriv") is None:
                pytest.skip("running as root without setpriv: cannot make a file unreadable")
            caps = "-dac_override,-dac_read_search"
            command = ["setpriv", f"--inh-caps={caps}", f"--bounding-set={caps}", *command]
        cwd = Path(__file__).resolve().parents[1]
        done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False, cwd=cwd)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.split() == ["unreadable", "1"]
    finally:
        shutil.rmtree(folder)


def test_file_deleted_between_discovery_and_reading_is_skipped_not_lost(inbox: Path) -> None:
    import datetime as dt

    from news_etl.config import Settings
    from news_etl.discovery import plan_run
    from news_etl.pipeline import extract_batch

    plan = plan_run(inbox, "*.txt", {}, {}, 5_000_000, 0)
    (inbox / "004_asia_markets.txt").unlink()
    batch = extract_batch(plan.candidates, Settings(), dt.date(2026, 11, 27))
    assert len(batch.extractions) == 5
    assert batch.decided == []  # not quarantined: the next run records it as deleted


def test_touched_refused_file_is_unchanged_not_quarantined_again(loaded_sample: tuple[Path, Path]) -> None:
    """A refused file whose mtime changes but whose bytes do not is counted once: unchanged."""
    inbox, db = loaded_sample
    bad = write_article(inbox, "malformed.txt", "date 20-07-2020\nText.")
    first = run(inbox, db)
    assert (first["files_quarantined"], first["quarantine_by_reason"]) == (1, {"malformed_date": 1})
    settle(bad, seconds_ago=30)  # touched: a new mtime, the same bytes
    second = run(inbox, db)
    assert (second["files_quarantined"], second["quarantine_by_reason"]) == (0, {})
    assert second["files_unchanged"] == second["files_seen"] == 7
    assert query(db, "select status, reason from source_file where path = 'malformed.txt'") == [
        ("quarantined", "malformed_date")
    ]
    assert query(db, "select count(*) from quarantine where path = 'malformed.txt'") == [(1,)]


def test_symlink_loop_is_quarantined_and_the_rest_loads(inbox: Path, tmp_path: Path) -> None:
    (inbox / "loop.txt").symlink_to(inbox / "loop.txt")
    summary = run(inbox, tmp_path / "w.duckdb")
    assert summary["quarantine_by_reason"] == {"symlink_loop": 1}
    assert summary["files_new"] == 6


def test_entries_that_are_not_articles_are_counted_by_reason(inbox: Path, tmp_path: Path) -> None:
    write_article(inbox, "notes.md", "date 2020-01-01\nNot an article name.")
    write_article(inbox, "SHOUT.TXT", "date 2020-01-01\nUpper-case extension.")
    (inbox / "nested").mkdir()
    write_article(inbox / "nested", "deep.txt", "date 2020-01-01\nNested folders are not read.")
    (inbox / "folder.txt").mkdir()
    os.mkfifo(inbox / "pipe.txt")
    summary = run(inbox, tmp_path / "w.duckdb")
    assert summary["files_ignored"] == 5
    assert summary["ignored_by_reason"] == {"not_an_article_name": 2, "directory": 1, "not_a_regular_file": 2}
    assert summary["files_new"] == 6
    assert '"not_a_regular_file": 2' in query(tmp_path / "w.duckdb", "select ignored_by_reason from etl_run")[0][0]


def test_a_file_dated_in_the_future_by_a_skewed_clock_loads(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    future = write_article(inbox, "skewed.txt", "date 2020-01-01\nWritten on a machine whose clock runs ahead.")
    stamp = time.time() + 3600
    os.utime(future, (stamp, stamp))
    summary = run(inbox, db)
    assert (summary["files_new"], summary["files_deferred"]) == (1, 0)


def test_the_lock_never_follows_a_symlink(tmp_path: Path) -> None:
    from news_etl.lock import LockUnusable, warehouse_lock

    victim = tmp_path / "precious.txt"
    victim.write_text("keep me", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    (tmp_path / "w.duckdb.lock").symlink_to(victim)
    with pytest.raises(LockUnusable, match="must be a plain file"), warehouse_lock(db):
        pass
    assert victim.read_text(encoding="utf-8") == "keep me"


@pytest.mark.parametrize(
    ("edit", "status"),
    [("date 2999-01-01\nFrom the future.", "quarantined"), (None, "duplicate")],
    ids=["edited-into-refused", "edited-into-a-copy"],
)
def test_an_edit_that_ends_refused_retires_the_old_version(
    loaded_sample: tuple[Path, Path], edit: str | None, status: str
) -> None:
    inbox, db = loaded_sample
    target = write_article(inbox, "edited.txt", "date 2024-01-02\nNasdaq paid $2 million to Citadel in Chicago.\n")
    run(inbox, db)
    content = edit if edit is not None else (inbox / "003_tech_acquisition.txt").read_text(encoding="utf-8")
    target.write_text(content, encoding="utf-8")
    settle(target, seconds_ago=30)
    summary = run(inbox, db)
    assert summary["rows"]["retired_versions"] == 1
    assert query(db, "select is_current from dim_article where path = 'edited.txt'") == [(False,)]
    money = query(
        db,
        "select count(*) from fact_money_mention m join dim_article a using (article_id) where a.path = 'edited.txt'",
    )
    assert money == [(0,)]
    assert query(db, "select status from source_file where path = 'edited.txt'") == [(status,)]


def test_one_bad_byte_keeps_a_utf8_file_utf8_and_flags_it(loaded_sample: tuple[Path, Path]) -> None:
    inbox, db = loaded_sample
    text = "date 2021-03-02\nThe Commission approved €750 million for Italy. Bad byte: \xff here.\n"
    write_article(inbox, "bad-byte.txt", text.encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    run(inbox, db)
    ((encoding, body),) = query(db, "select encoding, body from dim_article where path = 'bad-byte.txt'")
    assert encoding == "utf-8-replaced" and "€750 million" in body and "\ufffd" in body
    money = query(
        db,
        "select m.amount, m.currency_code from fact_money_mention m join dim_article a using (article_id) "
        "where a.path = 'bad-byte.txt'",
    )
    assert money == [(750_000_000, "EUR")]


@pytest.mark.parametrize("invisible", ["\u200b", "\u2060", "\ufeff", "\u00ad"])
def test_invisible_characters_do_not_split_an_amount(tmp_path: Path, invisible: str) -> None:
    from news_etl.config import Settings
    from news_etl.pipeline import pipeline_for
    from transforms.articles import parse_article
    from transforms.extract import extract_articles

    settings = Settings()
    text = f"date 2024-01-02\nThe fund paid $3{invisible}million to Kenya."
    article = parse_article(text.encode("utf-8"), "inv.txt", dt.date(2024, 6, 1))
    (ex,) = extract_articles(pipeline_for(settings.spacy_model, settings.spacy_components), [article])
    assert [(m.amount, m.text) for m in ex.money] == [(3_000_000, f"$3{invisible}million")]


def test_text_without_sentence_breaks_is_linked_in_bounded_sentences(nlp) -> None:
    from transforms.articles import parse_article
    from transforms.extract import extract_articles
    from transforms.nlp import MAX_SENTENCE_TOKENS

    run_on = " ".join(f"Acme Corp paid ${i + 1} million to Beta Ltd in Paris and" for i in range(400))
    article = parse_article(f"date 2024-01-02\n{run_on}".encode()[:20_000], "run-on.txt", dt.date(2024, 6, 1))
    (ex,) = extract_articles(nlp, [article])
    assert len(ex.money) > 300
    longest = max(len(nlp.make_doc(ex.sentence_text(i))) for i in range(len(ex.sentences)))
    assert longest <= MAX_SENTENCE_TOKENS + 5  # the tokeniser of a sentence alone may split one more
    assert len(ex.parties) < 20_000  # a 20 KB run-on text gave 344,763 links when it was one sentence


def test_a_long_text_read_in_chunks_keeps_its_text_and_offsets(nlp) -> None:
    from transforms.nlp import chunks, pipe_long

    text = SEED.read_text(encoding="utf-8")
    pieces = chunks(text, 400)
    assert "".join(pieces) == text and max(map(len, pieces)) <= 400 and len(pieces) > 5
    (joined,) = pipe_long(nlp, [text], 4, size=400)
    (whole,) = pipe_long(nlp, [text], 4)
    assert joined.text == text
    found = {(e.start_char, e.end_char, e.label_) for e in joined.ents}
    expected = {(e.start_char, e.end_char, e.label_) for e in whole.ents}
    assert len(found & expected) >= 0.9 * len(expected)
    assert all(text[s:e] == joined.char_span(s, e).text for s, e, _ in found)


def test_a_replayed_batch_load_leaves_exactly_the_same_rows(inbox: Path, tmp_path: Path) -> None:
    """load-batch-N is retried by Prefect: a retry after its commit must add nothing."""
    from news_etl import warehouse
    from news_etl.config import Settings
    from news_etl.discovery import plan_run
    from news_etl.pipeline import extract_batch, source_file_rows, validate_batch

    settings = Settings(inbox=inbox, db=tmp_path / "w.duckdb", n_process=1)
    today = dt.date.today()
    plan = plan_run(inbox, "*.txt", {}, {}, settings.max_file_bytes, 0)
    extracted = extract_batch(plan.candidates, settings, today)
    validated = validate_batch(extracted, settings, today)
    files, file_quarantine = source_file_rows(extracted, validated)
    tables = ["dim_article", "dim_entity", "dim_entity_alias", "fact_entity_mention", "fact_money_mention",
              "fact_date_mention", "fact_money_event", "fact_money_entity", "source_file", "quarantine"]  # fmt: skip
    snapshots, counts = [], []
    with warehouse.open_warehouse(settings.db) as con:
        for _ in range(2):
            loaded = warehouse.load_batch(con, "run-1", validated.staged, files, file_quarantine, None, 1)
            counts.append(loaded.rows)
            snapshots.append({t: con.execute(f"select * from {t} order by all").fetchall() for t in tables})
    assert snapshots[0] == snapshots[1]
    assert counts[0] == counts[1] and counts[0]["dim_article"] == 6


@pytest.mark.slow
def test_a_run_waits_for_a_reader_then_writes(tmp_path: Path) -> None:
    import threading

    import duckdb

    from news_etl import warehouse

    db = tmp_path / "w.duckdb"
    with warehouse.open_warehouse(db):
        pass
    reader = subprocess.Popen(  # holds the file open until told to let go (a line on its stdin)
        [sys.executable, "-c", f"import duckdb, sys; c = duckdb.connect({str(db)!r}, read_only=True); "
         "print('open', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    connected: list[object] = []
    writer = threading.Thread(target=lambda: connected.append(warehouse.connect(db, wait_seconds=600)))
    try:
        assert reader.stdin is not None and reader.stdout is not None and reader.stdout.readline().strip() == "open"
        with pytest.raises(warehouse.WarehouseUnavailable, match="lock"):
            warehouse.connect(db, wait_seconds=0)
        writer.start()
        writer.join(timeout=1.5)
        assert writer.is_alive() and not connected  # still waiting: the reader holds the file
        reader.stdin.write("done\n")
        reader.stdin.close()
        reader.wait(timeout=600)
        writer.join(timeout=600)
        (con,) = connected  # the writer got the file once the reader let go
        assert isinstance(con, duckdb.DuckDBPyConnection)
        con.close()
    finally:
        reader.kill()
        reader.wait()
        if writer.is_alive():
            writer.join(timeout=600)


@pytest.mark.slow
def test_nlp_workers_end_when_their_parent_is_killed(tmp_path: Path) -> None:
    script = (
        "import os, time\n"
        "from news_etl.config import Settings\n"
        "from news_etl.nlp_pool import ExtractionPool\n"
        "s = Settings()\n"
        "pool = ExtractionPool(s.spacy_model, s.spacy_components, 1)\n"
        "pool.warm()\n"
        "print(*pool.pids(), flush=True)\n"
        "time.sleep(60)\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert workers
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    assert _settled_dead(workers)


@pytest.mark.slow
def test_nlp_workers_outlive_the_thread_that_started_them(tmp_path: Path) -> None:
    """Prefect runs tasks in short-lived threads: a pool started in one serves the next run's tasks."""
    import threading

    from news_etl.config import Settings
    from news_etl.nlp_pool import ExtractionPool
    from transforms.aliases import EntityAliases
    from transforms.articles import load_article
    from transforms.records import ArticleExtraction

    settings = Settings()
    pools: list[ExtractionPool] = []
    from concurrent.futures.process import BrokenProcessPool

    def start() -> None:
        pool = ExtractionPool(settings.spacy_model, settings.spacy_components, 1)
        pool.warm()
        pools.append(pool)

    starter = threading.Thread(target=start)
    starter.start()
    starter.join()
    pool = pools[0]
    try:
        workers = pool.pids()
        time.sleep(1.5)
        assert workers and all(_alive(pid) for pid in workers)
        article = load_article(SEED, 1 << 20, dt.date(2026, 1, 1))
        (result,) = pool.submit([article], settings.entity_labels, 8, EntityAliases()).result(timeout=120)
        assert pool.pids() == workers
        assert isinstance(result, ArticleExtraction)
        assert any(m.canonical == "North Korea" for m in result.entities)
        os.kill(workers[0], signal.SIGKILL)  # a worker lost (out of memory): the next batch gets a fresh pool
        assert _settled_dead(workers[:1])
        try:
            (result,) = pool.submit([article], settings.entity_labels, 8, EntityAliases()).result(timeout=600)
        except BrokenProcessPool:  # queued before the pool saw the death: the task's retry is the next batch
            (result,) = pool.submit([article], settings.entity_labels, 8, EntityAliases()).result(timeout=600)
        assert isinstance(result, ArticleExtraction) and pool.pids() != workers
    finally:
        pool.close()


@pytest.mark.slow
def test_a_killed_run_leaves_no_server_or_workers_behind(tmp_path: Path) -> None:
    """`kill -9` of `news-etl run` on its own (Prefect's temporary server, NLP workers): nothing outlives it."""
    inbox = tmp_path / "inbox"
    make_backlog(inbox, copies=4)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env["NEWS_ETL_BATCH_SIZE"] = "24"  # one batch big enough for the worker pool
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(tmp_path / "w.duckdb")]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert process.stdout is not None
    helpers: set[int] = set()
    for line in process.stdout:
        helpers |= _descendants(process.pid)
        if "extract-batch-1" in line:
            helpers |= _nlp_workers_started(process.pid)  # however long the workers take to start
            break
    process.kill()
    process.wait()
    assert len(helpers) >= 2, helpers  # the server and at least one NLP worker
    assert _settled_dead(list(helpers)), [pid for pid in helpers if _alive(pid)]


def _nlp_workers_started(root: int, seconds: float = 600.0) -> set[int]:
    """Every live process below `root` once one of them is an NLP worker (a `spawn` child); fails after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        found = _descendants(root)
        if any(b"multiprocessing" in _command_line(pid) for pid in found):
            return found
        assert time.monotonic() < deadline, "no NLP worker started"
        time.sleep(0.2)


def _command_line(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _descendants(root: int) -> set[int]:
    """Pids of every live process below `root`, from /proc."""
    parent_of: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii")
            except OSError:
                continue
            parent_of[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    found: set[int] = set()
    frontier = {root}
    while frontier:
        frontier = {pid for pid, parent in parent_of.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """Whether `pid` is running: not gone, not a zombie (a process that ends while its stat file is open
    raises ESRCH on the read, not FileNotFoundError on the open)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"  # the state after "(comm)"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_a_damaged_warehouse_stops_the_run_with_one_line(loaded_sample: tuple[Path, Path]) -> None:
    import random

    from news_etl import warehouse

    inbox, db = loaded_sample
    data = bytearray(db.read_bytes())
    rnd = random.Random(3)
    for block in range(3, len(data) // 262144):  # a few bytes of every data block past the headers
        for i in range(block * 262144 + 100, block * 262144 + 600):
            data[i] = rnd.randrange(256)
    db.write_bytes(bytes(data))
    with pytest.raises(warehouse.WarehouseUnavailable, match=r"w\.duckdb") as raised:
        with warehouse.open_warehouse(db):
            pass
    assert len(str(raised.value).splitlines()) == 1
    done = subprocess.run(
        [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_an_untouched_warehouse_is_not_scanned_again(sample_build: tuple[Path, Path]) -> None:
    _, db = sample_build
    stamp = db.with_name(db.name + ".verified")
    assert stamp.read_text(encoding="ascii") == f"{db.stat().st_size} {db.stat().st_mtime_ns}"


def test_a_batch_the_workers_do_not_finish_in_time_fails_and_the_workers_are_replaced() -> None:
    """Prefect cannot interrupt a task thread; `extract_timeout_seconds` bounds the wait for the NLP workers."""
    from news_etl.config import Settings
    from news_etl.pipeline import POOL_MIN_ARTICLES, pool_for, run_nlp
    from transforms.articles import load_article
    from transforms.records import ArticleExtraction

    articles = [load_article(SEED, 1 << 20, dt.date(2026, 1, 1))] * POOL_MIN_ARTICLES
    settings = Settings(n_process=2, extract_timeout_seconds=0.01)
    pool = pool_for(settings.spacy_model, settings.spacy_components, 2)
    pool.warm()
    before = pool.pids()
    with pytest.raises(TimeoutError, match="extract_timeout_seconds"):
        run_nlp(articles, settings)
    assert _settled_dead(before)
    results = run_nlp(articles, Settings(n_process=2))  # fresh workers serve the retry
    assert len(results) == POOL_MIN_ARTICLES and all(isinstance(r, ArticleExtraction) for r in results)
    assert set(pool.pids()).isdisjoint(before)


def _settled_dead(pids: list[int], seconds: float = 120.0) -> bool:
    """Whether every one of `pids` has ended within `seconds` (a bound that only a hung process reaches)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not any(_alive(pid) for pid in pids):
            return True
        time.sleep(0.1)
    return False
