"""The `news-etl` command line: run, serve, status, entities, money-events, extract, sql."""

from __future__ import annotations

import argparse
import atexit
import functools
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from news_etl.config import Settings, SettingsError, load_settings
from news_etl.settings_doc import flag_help

if TYPE_CHECKING:
    from news_etl.discovery import Plan


def _cmd_run(args: argparse.Namespace) -> int:
    from news_etl.preflight import check_run_inputs

    # every flag checked here, before anything is created or started; the flow applies them again
    settings = load_settings().with_overrides(
        db=args.db, inbox=args.inbox, batch_size=args.batch_size, extract_ahead=args.workers
    )
    if args.dask_address or args.workers:  # Dask workers are the parallelism: no pools inside them
        settings = settings.with_overrides(n_process=1)
    check_run_inputs(settings.inbox, settings.db)  # before Prefect and spaCy are even imported
    summary = _rebuild(settings) if args.rebuild else _run_once(args, settings)
    if summary is None:
        return 0
    print(_summary_line(summary))
    print(f'warehouse: {settings.db} — next: news-etl status, or news-etl sql "select * from mart_money_events"')
    return 0 if summary["status"] in ("completed", "skipped") else 1


def _run_once(args: argparse.Namespace, settings: Settings) -> dict[str, Any] | None:
    """A flow run of `ingest-articles` on the server PREFECT_API_URL names, or on a temporary one started for
    it; None (and a line saying so) when a look at the inbox finds nothing to do and no server records runs."""
    from news_etl.preflight import forget_plan, nothing_to_do, pending_work

    plan = pending_work(settings)  # kept for the flow run's discovery: the inbox is read once
    recorded = _prefect_server_given()  # a server to record the run on: always run the flow
    if plan is not None:
        if nothing_to_do(plan) and not recorded:
            forget_plan(settings)
            print(
                f"nothing new: {plan.seen} files seen, {plan.unchanged} unchanged, {len(plan.deferred)} still "
                f'being written; warehouse {settings.db} is up to date (news-etl status, news-etl sql "…")'
            )
            return None
        print(
            f"news-etl run: {len(plan.candidates)} of {plan.seen} files to extract from {settings.inbox}"
            + ("" if recorded else "; starting Prefect's temporary server…"),
            file=sys.stderr,
            flush=True,
        )
    if recorded:
        _start_nlp_workers(settings, plan)
        return _run_flow(args, settings)
    from news_etl.temporary_server import temporary_server  # Prefect itself is imported while the server boots

    startup = float(os.environ["PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"])
    prepare = functools.partial(_prepare_run, settings, plan)
    with temporary_server(startup, prepare) as url:
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        # No flow-run heartbeats: they let a long-lived server see a crashed run, and this server ends with the
        # run; their thread sleeps in 1 s steps, so stopping it holds the run's end for up to a second.
        with temporary_settings({PREFECT_API_URL: url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
            return _run_on(url, args, settings)


def _run_on(url: str, args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """The flow run, with PREFECT_API_URL naming the temporary server at `url` for the processes it starts."""
    os.environ["PREFECT_API_URL"] = url  # for processes this run starts (Dask workers)
    try:
        return _run_flow(args, settings)
    finally:
        del os.environ["PREFECT_API_URL"]


def _start_nlp_workers(settings: Settings, plan: Plan | None) -> None:
    """When the run will use the NLP workers, start them now, in the background, with the first batch's
    NLP: the fork server loads the model while Prefect's server boots and the flow's modules import."""
    from news_etl.pipeline import start_nlp_and_prefetch, uses_pool

    if plan is not None and uses_pool(settings, plan):
        start_nlp_and_prefetch(plan.batches(settings.batch_size)[0], settings)


def _prepare_run(settings: Settings, plan: Plan | None) -> None:
    """While the temporary server boots: the NLP workers started, the flow's modules imported and the Great
    Expectations context being built (the flow's validate step waits for it, if it must)."""
    _start_nlp_workers(settings, plan)
    importlib.import_module("flows.ingest")
    from news_etl.pipeline import build_validator_in_background

    build_validator_in_background(settings.entity_labels)


def _prefect_server_given() -> bool:
    """Whether PREFECT_API_URL names a server (in the environment, or in Prefect's settings if loaded)."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    if "prefect.settings" not in sys.modules:  # not imported yet: the environment is all there is
        return False
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def _run_flow(args: argparse.Namespace, settings: Settings) -> dict[str, Any]:
    """Run the `ingest-articles` flow with `settings` as its parameters (shown in the UI; on Dask with
    --workers/--dask-address) and return its summary."""
    from flows.ingest import ingest_articles, on_dask

    dask = bool(args.dask_address or args.workers)
    flow = on_dask(args.dask_address, args.workers) if dask else ingest_articles
    summary = flow(settings=settings.model_dump(mode="json"))
    if summary is None:  # Prefect returns None only where a state was asked for, which this call does not
        raise RuntimeError("the ingest-articles flow returned no summary")
    return summary


def _rebuild(settings: Settings) -> dict[str, Any]:
    """A fresh warehouse from the inbox as it is now, built beside the old one by the run's steps in this
    process (no Prefect), swapped in under the run lock when it completes."""
    from news_etl import run, warehouse

    db = settings.db.with_name(f"{settings.db.stem}.rebuild{settings.db.suffix}")
    for leftover in (db, db.with_name(db.name + ".wal")):
        leftover.unlink(missing_ok=True)
    print(f"news-etl run --rebuild: building {db} from {settings.inbox}", file=sys.stderr, flush=True)
    summary = run.ingest(settings.with_overrides(db=db), report=lambda line: print(line, file=sys.stderr))
    if summary.status == "completed":
        warehouse.replace_with(db, settings.db, settings.lock_timeout_seconds)
    return summary.as_dict()


def _summary_line(summary: dict) -> str:
    rows = summary["rows"]
    return (
        f"{summary['status']}: {summary['files_seen']} files seen, {summary['files_new']} new, "
        f"{summary['files_changed']} changed, {summary['files_unchanged']} unchanged, "
        f"{summary['files_duplicate']} duplicate, {summary['files_quarantined']} quarantined, "
        f"{summary['files_deferred']} deferred; loaded {rows.get('dim_article', 0)} articles, "
        f"{rows.get('fact_entity_mention', 0)} entity, {rows.get('fact_money_mention', 0)} money, "
        f"{rows.get('fact_date_mention', 0)} date mentions; {rows.get('quarantine', 0)} quarantine rows "
        f"in {summary['elapsed_seconds']:.1f}s"
    )


def _cmd_extract(args: argparse.Namespace) -> int:
    from news_etl.extract_output import extract_files

    settings = load_settings()
    return extract_files([Path(p) for p in args.files], settings, args.format, sys.stdout)


def _cmd_sql(args: argparse.Namespace) -> int:
    from news_etl.query import QueryInvalid, QueryRefused, QueryTimeout, run_query

    settings = load_settings()
    db = Path(args.db) if args.db else settings.db
    if args.file:
        query = Path(args.file).read_text(encoding="utf-8")
    elif args.query:
        query = args.query
    else:
        print("news-etl sql: give a QUERY or --file F.sql", file=sys.stderr)
        return 2
    try:
        print(run_query(db, query, args.format, settings.query_timeout_seconds, settings.query_memory_limit))
    except QueryRefused as exc:
        print(f"news-etl sql: refused: {exc}", file=sys.stderr)
        return 2
    except QueryInvalid as exc:
        # DuckDB's own words, with its "Did you mean …" hint, and nothing else
        lines = [line for line in str(exc).splitlines() if line.strip()][:3]
        print("news-etl sql: " + "\n  ".join(lines), file=sys.stderr)
        return 2
    except QueryTimeout as exc:
        print(f"news-etl sql: {exc} (setting query_timeout_seconds)", file=sys.stderr)
        return 2
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from news_etl.query import format_table, open_read_only
    from news_etl.warehouse import sql_file

    settings = load_settings()
    db = Path(args.db) if args.db else settings.db
    con = open_read_only(db)
    try:
        for title, name in (
            ("Latest runs", "run/status_recent_runs.sql"),
            ("Warehouse", "run/status_totals.sql"),
            ("Open quarantine items", "run/status_open_quarantine.sql"),
        ):
            cursor = con.execute(sql_file(name))
            print(f"{title}\n{format_table([d[0] for d in cursor.description], cursor.fetchall())}\n")
    finally:
        con.close()
    return 0


def _cmd_entities(args: argparse.Namespace) -> int:
    from news_etl.query import format_table, open_read_only
    from news_etl.warehouse import sql_file
    from transforms.identity import KnownEntity, review_queue

    settings = load_settings()
    db = Path(args.db) if args.db else settings.db
    con = open_read_only(db)
    try:
        known = [KnownEntity(*row) for row in con.execute(sql_file("run/review_entities.sql")).fetchall()]
    finally:
        con.close()
    items = review_queue(known)[: args.limit]
    rows = [
        (i.kind, i.entity.name, i.entity.label, i.entity.mentions, i.other.name, i.other.label, i.other.mentions,
         i.suggestion)
        for i in items
    ]  # fmt: skip
    columns = ["kind", "entity", "label", "mentions", "other", "other_label", "other_mentions", "alias_line"]
    print(format_table(columns, rows))
    if items:  # untruncated, ready to paste
        print("\n" + "\n".join(dict.fromkeys(i.suggestion for i in items)))
    print(f"\nPaste the lines you agree with into {settings.entity_aliases_file}, then `news-etl run --rebuild`.")
    return 0


def _relink(db: Path) -> None:
    from news_etl.lock import warehouse_lock
    from news_etl.money_events import relink_all
    from news_etl.warehouse import open_warehouse, sql_file

    statements = {"candidates": sql_file("run/money_event_candidates.sql"),
                  "apply": sql_file("run/apply_money_event_links.sql")}  # fmt: skip
    with warehouse_lock(db), open_warehouse(db) as con:
        reports = relink_all(con, "relink", statements)
    print(f"re-evaluated the links of {reports} money events")


def _cmd_money_events(args: argparse.Namespace) -> int:
    from news_etl.money_events import DEFAULT_CURATED_FILE
    from news_etl.query import format_table, open_read_only
    from news_etl.warehouse import sql_file

    db = Path(args.db) if args.db else load_settings().db
    if args.relink:
        _relink(db)
    con = open_read_only(db)
    try:
        found = con.execute(sql_file("run/review_money_events.sql"), {"limit": args.limit}).fetchall()
    finally:
        con.close()
    lines = [f"same,{path},{start},{other_path},{other_start}," for _, _, _, path, start, *_, other_path, other_start, _
             in found]  # fmt: skip
    rows = [
        (reason, f"{amount.normalize():f} {currency}", f"{path}@{start}", sentence[:80],
         f"{other.normalize():f} {other_currency}", f"{other_path}@{other_start}", other_sentence[:80], line)
        for (reason, amount, currency, path, start, sentence, other, other_currency, other_path, other_start,
             other_sentence), line in zip(found, lines, strict=True)
    ]  # fmt: skip
    columns = ["doubt", "amount", "report", "sentence", "other_amount", "other_report", "other_sentence", "line"]
    print(format_table(columns, rows))
    if lines:  # untruncated, ready to paste
        print("\n" + "\n".join(dict.fromkeys(lines)))
    print(
        f"\nThese pairs were kept apart. Paste the lines of pairs that are one transfer into {DEFAULT_CURATED_FILE} "
        "(write `apart` for linked reports that are two), then `news-etl money-events --relink`."
    )
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from flows.serve import serve_ingestion

    settings = load_settings().with_overrides(inbox=args.inbox, db=args.db)
    serve_ingestion(settings, cron=args.cron, interval=args.interval, name=args.name)
    return 0


def _cmd_docs(args: argparse.Namespace) -> int:
    from news_etl.docs_server import docs_server

    settings = load_settings().with_overrides(db=args.db, docs_port=args.port)
    root = settings.docs_root
    if not root.is_dir():
        print(f"news-etl docs: no Data Docs yet at {root}: they are written by runs whose checks fail", file=sys.stderr)
        return 2
    server = docs_server(root, settings.docs_port)
    print(f"Data Docs of {root} on http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _command(sub: Any, name: str, summary: str, examples: str) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=f"examples:\n  {examples}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def _add_run_command(sub: Any) -> None:
    run = _command(
        sub,
        "run",
        "one ingestion run over the inbox: new and changed files are extracted, validated and loaded",
        "news-etl run\n  news-etl run --inbox ~/articles --db ~/news.duckdb\n  news-etl run --rebuild",
    )
    run.add_argument("--inbox", type=Path, help=flag_help("inbox"))
    run.add_argument("--db", type=Path, help=flag_help("db"))
    run.add_argument(
        "--batch-size", type=int, help=flag_help("batch_size", "most articles per extract/validate/load batch")
    )
    run.add_argument(
        "--rebuild",
        action="store_true",
        help="build a new warehouse from the inbox as it is now (e.g. after editing data/entity_aliases.csv) "
        "and swap it in for the old one when the run completes",
    )
    dask = run.add_mutually_exclusive_group()
    dask.add_argument("--dask-address", help="run extraction on the Dask cluster at this address (tcp://...)")
    dask.add_argument(
        "--workers", type=int, help="run extraction on a local Dask cluster of N worker processes (sets extract_ahead)"
    )
    run.set_defaults(func=_cmd_run)


def _add_serve_command(sub: Any) -> None:
    serve = _command(
        sub,
        "serve",
        "serve the flow as a scheduled Prefect deployment (default: every 5 minutes)",
        "PREFECT_API_URL=http://127.0.0.1:4200/api news-etl serve --interval 600",
    )
    schedule = serve.add_mutually_exclusive_group()
    schedule.add_argument("--cron", help="cron schedule, e.g. '*/10 * * * *'")
    schedule.add_argument("--interval", type=int, help="seconds between runs")
    serve.add_argument("--inbox", type=Path, help=flag_help("inbox"))
    serve.add_argument("--db", type=Path, help=flag_help("db"))
    serve.add_argument("--name", default="news-etl", help="deployment name (default news-etl)")
    serve.set_defaults(func=_cmd_serve)


def _add_docs_command(sub: Any) -> None:
    docs = _command(
        sub,
        "docs",
        "serve the runs' Great Expectations Data Docs on loopback, where the Prefect UI's links point",
        "news-etl docs\n  news-etl docs --port 8800 --db ~/news.duckdb",
    )
    docs.add_argument("--db", type=Path, help="DuckDB warehouse file; its gx_docs/ folder is served")
    docs.add_argument("--port", type=int, help=flag_help("docs_port", "port on 127.0.0.1"))
    docs.set_defaults(func=_cmd_docs)


def _add_status_command(sub: Any) -> None:
    status = _command(
        sub, "status", "latest runs, totals and open quarantine items", "news-etl status --db data/warehouse.duckdb"
    )
    status.add_argument("--db", help=flag_help("db"))
    status.set_defaults(func=_cmd_status)


def _add_entities_command(sub: Any) -> None:
    entities = _command(
        sub,
        "entities",
        "the curators' review queue: likely duplicates and ambiguous names, with the alias line to paste",
        "news-etl entities --limit 20",
    )
    entities.add_argument("--db", help=flag_help("db"))
    entities.add_argument("--limit", type=int, default=50, help="how many items (default 50)")
    entities.set_defaults(func=_cmd_entities)


def _add_money_events_command(sub: Any) -> None:
    money_events = _command(
        sub,
        "money-events",
        "doubtful cross-article money-event links for curators, with the curated line to paste",
        "news-etl money-events --limit 20",
    )
    money_events.add_argument("--db", help=flag_help("db"))
    money_events.add_argument("--limit", type=int, default=50, help="how many pairs (default 50)")
    money_events.add_argument(
        "--relink", action="store_true", help="first re-evaluate every link (after the rules or curated file changed)"
    )
    money_events.set_defaults(func=_cmd_money_events)


def _add_extract_command(sub: Any) -> None:
    extract = _command(
        sub,
        "extract",
        "extraction only, nothing written: entities, money and dates of each file as JSON lines",
        "news-etl extract data/inbox/000_320c9d408e36c2bc.txt --format table",
    )
    extract.add_argument("files", nargs="+", help="article files")
    extract.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    extract.set_defaults(func=_cmd_extract)


def _add_sql_command(sub: Any) -> None:
    sql = _command(
        sub,
        "sql",
        "run SQL on a read-only connection (reads only; time and memory limited)",
        'news-etl sql "select * from mart_money_events limit 5"\n  news-etl sql --format csv --file q.sql',
    )
    sql.add_argument("query", nargs="?", help="the SQL query")
    sql.add_argument("--file", help="read the query from a .sql file")
    sql.add_argument("--db", help=flag_help("db"))
    sql.add_argument("--format", choices=("table", "csv", "json"), default="table")
    sql.set_defaults(func=_cmd_sql)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="news-etl", description=__doc__)
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error, not one line")
    sub = parser.add_subparsers(dest="command", required=True)
    for add_command in (
        _add_run_command,
        _add_serve_command,
        _add_docs_command,
        _add_status_command,
        _add_entities_command,
        _add_money_events_command,
        _add_extract_command,
        _add_sql_command,
    ):
        add_command(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # as a command: `news-etl status | head` ends quietly, like other Unix tools
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
    except SettingsError as exc:
        if args.debug:
            raise
        print(f"news-etl {args.command}: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from news_etl.lock import LockUnusable
        from news_etl.warehouse import WarehouseUnavailable

        if not args.debug and isinstance(exc, WarehouseUnavailable | LockUnusable | FileNotFoundError | ValueError):
            print(f"news-etl {args.command}: {exc}", file=sys.stderr)
            return 2
        raise
    if argv is None and args.command == "run":
        _end_process(code)
    return code


def _end_process(code: int) -> NoReturn:
    """End a `news-etl run` process once its exit handlers ran (the NLP workers, Prefect's queues, logging),
    skipping the interpreter's teardown of every module: with Prefect, GX and spaCy loaded, that takes
    over a second and does nothing the run needs."""
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
