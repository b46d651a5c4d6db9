"""The `news-etl` command line: extract's JSON contract, sql's read-only guard, run's summary."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from news_etl.cli import main
from tests.conftest import SEED, query, write_article


def test_extract_jsonl_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = write_article(tmp_path, "empty.txt", b"")
    assert main(["extract", str(SEED), str(bad), "--format", "jsonl"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    seed, error = lines
    assert set(seed) == {"path", "sha256", "published_date", "entities", "money", "dates"}
    assert seed["published_date"] == "2020-07-25"
    assert [m["amount"] for m in seed["money"]] == [1000000, 1000000, 1000000]
    assert {m["currency"] for m in seed["money"]} == {"USD"}
    assert set(seed["money"][0]) >= {
        "text",
        "amount",
        "currency",
        "start",
        "end",
        "amount_low",
        "amount_high",
        "qualifier",
        "per",
        "currency_inferred",
        "parties",
        "party_roles",
    }
    assert seed["money"][0]["parties"] == ["India", "North Korea"]
    assert seed["money"][0]["party_roles"] == [
        {"canonical": "India", "label": "GPE", "role": "payer"},
        {"canonical": "North Korea", "label": "GPE", "role": "recipient"},
    ]
    assert seed["money"][1]["parties"] == ["India", "North Korea", "Ministry of External Affairs"]
    assert set(seed["entities"][0]) == {"text", "canonical", "label", "country_code", "role", "start", "end"}
    countries = {e["canonical"]: e["country_code"] for e in seed["entities"]}
    assert countries["India"] == "IN" and countries["New Delhi"] == "IN" and countries["North Korean"] == "KP"
    assert seed["dates"][0] == {
        "text": "Friday",
        "start": 9,
        "end": 15,
        "value": "2020-07-24",
        "granularity": "day",
        "date_end": None,
        "timex": "2020-07-24",
        "type": "DATE",
    }
    recent = next(d for d in seed["dates"] if d["text"] == "the recent years")
    assert (recent["value"], recent["type"]) == ("PXY", "DURATION")  # a duration: its TimeML length
    assert error == {"path": str(bad), "error": {"reason": "empty", "message": "file is empty"}}


def test_extract_prints_exact_decimals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_article(tmp_path, "a.txt", "date 2024-01-01\nThe fare rose to $2.75 from $2.5.\n")
    assert main(["extract", str(path)]) == 0
    record = capsys.readouterr().out
    assert '"amount": 2.75' in record and '"amount": 2.5' in record


@pytest.fixture
def small_warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    con.execute("create table fact_money_mention(currency_code varchar, amount decimal(38,4))")
    con.execute("insert into fact_money_mention values ('USD', 1000000), ('USD', 0.35), ('EUR', 5)")
    con.close()
    return db


def test_sql_answers_exactly(small_warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    query = "select currency_code, sum(amount) as total from fact_money_mention group by 1 order by 1"
    assert main(["sql", "--db", str(small_warehouse), "--format", "csv", query]) == 0
    assert capsys.readouterr().out.splitlines() == ["currency_code,total", "EUR,5.0000", "USD,1000000.3500"]
    assert main(["sql", "--db", str(small_warehouse), "--format", "json", query]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {"currency_code": "EUR", "total": 5},
        {"currency_code": "USD", "total": 1000000.35},
    ]


@pytest.mark.parametrize(
    "query",
    [
        "drop table fact_money_mention",
        "insert into fact_money_mention values ('USD', 1)",
        "copy fact_money_mention to 'out.csv'",
        "attach 'other.duckdb'",
        "install httpfs",
        "load httpfs",
        "select * from read_csv('/etc/passwd')",
        "select * from read_text('/etc/hostname')",
        "set enable_external_access = true",
        "explain analyze create temp table x as select 1",
        "explain analyze copy (select 1) to 'x.csv'",
        "set variable x = 1",
        "checkpoint",
        "call pragma_version()",
        "select 1; drop table fact_money_mention",
    ],
)
def test_sql_refuses_anything_but_reads(small_warehouse: Path, query: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "--db", str(small_warehouse), query]) == 2
    assert "refused" in capsys.readouterr().err
    con = duckdb.connect(str(small_warehouse), read_only=True)
    assert con.execute("select count(*) from fact_money_mention").fetchone() == (3,)
    con.close()


def test_sql_reads_pivots_explains_and_each_statement(
    small_warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(small_warehouse)
    assert main(["sql", "--db", db, "pivot fact_money_mention on currency_code using count(*)"]) == 0
    assert "USD" in capsys.readouterr().out
    assert main(["sql", "--db", db, "explain analyze select count(*) from fact_money_mention"]) == 0
    assert "analyzed_plan" in capsys.readouterr().out
    assert main(["sql", "--db", db, "select 1 as first; select 2 as second"]) == 0
    out = capsys.readouterr().out
    assert "first" in out and "second" in out


def test_sql_json_has_no_nan(small_warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["sql", "--db", str(small_warehouse), "--format", "json", "select 'nan'::double as x, 'inf'::double as y"])
        == 0
    )
    assert json.loads(capsys.readouterr().out) == [{"x": None, "y": None}]


def test_sql_typo_is_duckdbs_hint_in_three_lines_without_traceback(
    small_warehouse: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["sql", "--db", str(small_warehouse), "select amont from fact_money_mention"]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) <= 3 and "Traceback" not in err and "refused" not in err
    assert '"amount"' in err  # DuckDB's candidate binding


def test_sql_stops_a_runaway_query(
    small_warehouse: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWS_ETL_QUERY_TIMEOUT_SECONDS", "0.5")
    endless = "select count(*) from range(1000000000) a, range(1000000) b"
    assert main(["sql", "--db", str(small_warehouse), endless]) == 2
    assert "ran past its limit of 0.5s" in capsys.readouterr().err


def test_sql_without_a_warehouse_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sql", "--db", str(tmp_path / "missing.duckdb"), "select 1"]) == 2
    assert "no warehouse" in capsys.readouterr().err


@pytest.mark.slow
def test_run_command_against_a_real_prefect_server(prefect_harness: str, inbox: Path, tmp_path: Path) -> None:
    """`news-etl run` loads the sample and says where; the next, with nothing new, answers from discovery alone
    and starts no temporary server (what makes a run take seconds)."""
    db = tmp_path / "w.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_harness}
    command = [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    *_, summary, where = done.stdout.strip().splitlines()
    assert summary.startswith("completed: 6 files seen, 6 new")
    assert where.startswith(f"warehouse: {db}") and "news-etl status" in where
    assert "6 of 6 files to extract" in done.stderr.splitlines()[0]
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("select count(*) from dim_article").fetchone() == (6,)
    con.close()
    env.pop("PREFECT_API_URL")
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, check=True)
    assert again.stdout.startswith("nothing new: 6 files seen, 6 unchanged")
    assert "temporary server" not in again.stderr


@pytest.mark.slow
def test_status_shows_runs_totals_and_open_quarantine(
    prefect_harness: str, inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from flows.ingest import ingest_articles

    write_article(inbox, "empty.txt", b"")
    db = tmp_path / "w.duckdb"
    summary = ingest_articles(inbox=str(inbox), db=str(db))
    capsys.readouterr()
    assert main(["status", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    runs, totals, quarantine = out.split("\n\n")[:3]
    assert "completed" in runs and summary["flow_run_name"] in runs and "6 new, 1 quarantined" in runs
    assert totals.splitlines()[3].split()[:2] == ["6", "0"]  # 6 current articles, 0 superseded
    assert "empty.txt" in quarantine and "empty" in quarantine


@pytest.mark.slow
def test_rebuild_applies_an_edited_alias_file_and_swaps_the_warehouse(
    loaded_sample: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, db = loaded_sample
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        "action,label,name,to_label,to_name,country_code\nmerge,GPE,North Korea,,DPRK (North Korea),KP\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("NEWS_ETL_ENTITY_ALIASES_FILE", str(aliases))
    assert main(["run", "--inbox", str(inbox), "--db", str(db)]) == 0  # nothing new: old keys stay
    names = {n for (n,) in query(db, "select canonical_name from dim_entity where country_code = 'KP'")}
    assert "North Korea" in names and "DPRK (North Korea)" not in names

    assert main(["run", "--rebuild", "--inbox", str(inbox), "--db", str(db)]) == 0
    names = {n for (n,) in query(db, "select canonical_name from dim_entity where country_code = 'KP'")}
    assert "DPRK (North Korea)" in names and "North Korea" not in names
    assert query(db, "select count(*), count(*) filter (where status = 'completed') from etl_run") == [(1, 1)]
    assert query(db, "select count(*) from dim_article") == [(6,)]
    assert sorted(p.name for p in tmp_path.glob("w.*")) == ["w.duckdb", "w.duckdb.lock", "w.duckdb.verified"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv",
    [["sql", "select 1"], ["status"], ["--help"], ["sql", "--help"]],
    ids=["sql", "status", "help", "sql-help"],
)
def test_read_commands_start_without_nlp_orchestration_or_validation(tmp_path: Path, argv: list[str]) -> None:
    """`news-etl sql`, `status` and `--help` import neither spaCy, Prefect nor Great Expectations."""
    from news_etl import warehouse

    db = tmp_path / "w.duckdb"
    with warehouse.open_warehouse(db):
        pass
    if argv[0] in ("sql", "status") and "--help" not in argv:
        argv = [argv[0], "--db", str(db), *argv[1:]]
    probe = (
        "import sys\n"
        "from news_etl.cli import main\n"
        "try:\n"
        f"    code = main({argv!r})\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "heavy = [m for m in ('spacy', 'prefect', 'great_expectations') if m in sys.modules]\n"
        "print('HEAVY', heavy, 'CODE', code)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "HEAVY [] CODE 0"


def test_run_looks_at_inbox_before_loading_machinery(tmp_path: Path) -> None:
    """Until Prefect's temporary server is started, `news-etl run` (its input checks, its look at the inbox and
    the server module) imports no pandas, PyArrow, Prefect, spaCy or GX: the server's boot is its critical path."""
    from news_etl import warehouse

    db = tmp_path / "w.duckdb"
    with warehouse.open_warehouse(db):
        pass
    warehouse.mark_verified(db)
    (tmp_path / "inbox").mkdir()
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from news_etl import cli, temporary_server\n"
        "from news_etl.config import load_settings\n"
        "from news_etl.preflight import check_run_inputs, pending_work\n"
        f"settings = load_settings().with_overrides(inbox=Path({str(tmp_path / 'inbox')!r}), db=Path({str(db)!r}))\n"
        "check_run_inputs(settings.inbox, settings.db)\n"
        "assert pending_work(settings) is not None\n"
        "heavy = ('pandas', 'pyarrow', 'prefect', 'spacy', 'great_expectations', 'httpx')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


def test_nlp_workers_start_before_pandas_is_imported() -> None:
    """The module that starts the NLP workers and their first batch imports no pandas, PyArrow, Prefect or GX:
    the fork server begins loading the model while the run's process imports them."""
    probe = (
        "import sys\n"
        "import news_etl.pipeline\n"
        "heavy = ('pandas', 'pyarrow', 'prefect', 'spacy', 'great_expectations')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


#: What the process of `news-etl run`, and of `news-etl serve` between runs, imports: the flow, its steps, the
#: NLP worker pool and service, the temporary server.
RUN_SIDE_MODULES = (
    "news_etl.cli",
    "flows.ingest",
    "flows.serve",
    "news_etl.run",
    "news_etl.pipeline",
    "news_etl.nlp_pool",
    "news_etl.nlp_service",
    "news_etl.temporary_server",
)


def test_run_and_serve_processes_import_no_spacy() -> None:
    """spaCy is imported by the NLP workers only: the flow's process imports the run's modules and unpickles
    the workers' records (`transforms/records.py`) without it."""
    from transforms.articles import parse_article
    from transforms.records import ArticleExtraction, ExtractionFailure

    article = parse_article(b"date 2024-01-02\nThe Treasury paid $5 million.\n", "a.txt", dt.date(2024, 1, 3))
    records = pickle.dumps(
        [ArticleExtraction(article, "The Treasury paid $5 million.", ((0, 29),)), ExtractionFailure(article, "x")]
    )
    probe = (
        "import pickle, sys\n"
        + "".join(f"import {module}\n" for module in RUN_SIDE_MODULES)
        + f"pickle.loads(bytes.fromhex({records.hex()!r}))\n"
        + "print(sorted(m for m in sys.modules if m.partition('.')[0] in ('spacy', 'thinc')))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


@pytest.mark.slow
def test_entities_review_queue_prints_alias_lines(prefect_harness: str, inbox: Path, tmp_path: Path) -> None:
    from tests.conftest import run

    write_article_text = "date 2024-01-02\nThe World Health Organisation and the World Health Organization met.\n"
    (inbox / "who.txt").write_text(write_article_text, encoding="utf-8")
    os.utime(inbox / "who.txt", (0, 0))
    db = tmp_path / "w.duckdb"
    run(inbox, db)
    done = subprocess.run(
        [sys.executable, "-m", "news_etl.cli", "entities", "--db", str(db)], capture_output=True, text=True, check=True
    )
    lines = set(done.stdout.splitlines())
    assert {
        "merge,ORG,World Health Organisation,,World Health Organization,",
        "merge,ORG,World Health Organization,,World Health Organisation,",
    } & lines
    assert "news-etl run --rebuild" in done.stdout.splitlines()[-1]


@pytest.mark.slow
@pytest.mark.parametrize("problem", ["no-inbox", "inbox-is-a-file", "db-folder-missing"])
def test_run_input_problems_are_one_line_and_create_nothing(tmp_path: Path, problem: str) -> None:
    inbox, db = tmp_path / "inbox", tmp_path / "w.duckdb"
    if problem == "inbox-is-a-file":
        inbox.write_text("not a folder", encoding="utf-8")
    elif problem == "db-folder-missing":
        inbox.mkdir()
        db = tmp_path / "no" / "such" / "w.duckdb"
    before = sorted(p.name for p in tmp_path.rglob("*"))
    done = subprocess.run(
        [sys.executable, "-m", "news_etl.cli", "run", "--inbox", str(inbox), "--db", str(db)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    debug = subprocess.run(
        [sys.executable, "-m", "news_etl.cli", "--debug", "run", "--inbox", str(inbox), "--db", str(db)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert debug.returncode == 1 and "Traceback" in debug.stderr  # --debug: the whole story


@pytest.mark.parametrize("command", ["run", "serve", "docs", "status", "entities", "extract", "sql"])
def test_every_subcommand_help_has_a_description_and_an_example(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert "examples:" in out and f"news-etl {command}" in out.split("examples:")[1]
