"""The cheap benchmarks still run against the current code (they are not timed here, only run)."""

from __future__ import annotations

import sys

import pytest

pytestmark = pytest.mark.slow


def test_load_rows_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import load_rows

    monkeypatch.setattr(sys, "argv", ["load_rows", "--rows", "2000", "--no-record"])
    load_rows.main()
    assert "2000 entity-mention rows" in capsys.readouterr().out


def test_entity_accuracy_runs_and_keeps_its_recall(nlp) -> None:
    from benchmarks import entity_accuracy
    from news_etl.config import Settings

    ours = entity_accuracy.score(True, nlp, Settings())
    for metric, (tp, _predicted, gold) in ours.items():
        assert tp == gold, metric  # every hand-annotated entity, country and date value is found


def test_whole_process_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """One round of the whole processes (the comparison of several rounds: the next test)."""
    from benchmarks import throughput

    runs = throughput.whole_process(3, throughput.DEFAULT_CORPUS, skip_naive=True)
    out = capsys.readouterr().out
    assert "NER-only nlp.pipe limit" in out and "news-etl run / NER limit" in out
    assert [len(times) for times in runs.values()] == [1, 1]


@pytest.mark.parametrize("naive", [True, False])
def test_whole_process_rounds_are_compared_by_their_medians(naive: bool, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks import throughput

    runs = {"NER-only nlp.pipe limit": [9.0, 10.0, 20.0], "news-etl run": [10.0, 12.5, 11.0]}
    if naive:
        runs["naive nlp(text) loop"] = [33.0]
    throughput.print_comparison(runs)
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "medians of 3 rounds: run 11.0 s, limit 10.0 s",
        "round by round, limit / run: 0.90, 0.80, 1.82",
        "news-etl run / NER limit: 0.91 of the limit's speed (target >= 0.85)",
    ]
    assert lines[3:] == (["speed-up over the naive loop: 3.00x (target >= 2)"] if naive else [])


def test_money_roles_benchmark_scores_the_seed(nlp, tmp_path) -> None:
    import json

    from benchmarks import money_roles

    gold = tmp_path / "seed.json"
    seed = json.loads((money_roles.GOLD_DIR / "money_roles_dev.json").read_text(encoding="utf-8"))
    items = [i for i in seed["items"] if i["file"].startswith("000_")]
    gold.write_text(json.dumps({"items": items}), encoding="utf-8")
    counts = money_roles.score(gold)
    assert counts["gold_payer"] == 3 and counts["tp_payer"] == 3


def test_memory_benchmark_runs(capsys: pytest.CaptureFixture[str], prefect_harness: str) -> None:
    from benchmarks import memory_growth

    memory_growth.main(["--small", "2", "--large", "3", "--files", "5", "--no-record"])
    out = capsys.readouterr().out
    assert "peak RSS large / small" in out and "no-op rerun over 5 loaded files" in out


def test_date_benchmark_scores_a_gold_article(nlp, tmp_path) -> None:
    import json

    from benchmarks import date_accuracy

    spec = json.loads((date_accuracy.GOLD_DIR / "dates_dev.json").read_text(encoding="utf-8"))
    (article,) = [
        a for a in spec["articles"] if (a["genre"], a["file"]) == ("press", "00433.txt")
    ]  # "Yesterday", "Last month"
    if not (date_accuracy.SHARED / article["corpus"] / "articles" / article["file"]).exists():
        pytest.skip("the press-release corpus is not here")
    gold = tmp_path / "dates_one.json"
    gold.write_text(json.dumps({"articles": [article]}), encoding="utf-8")
    counts = date_accuracy.score(gold)["press"]
    assert (counts["gold"], counts["span"], counts["value"]) == (2, 2, 2)
    assert date_accuracy.measures(counts)[-2] == 1.0  # value F1
