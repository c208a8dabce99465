"""Chart blocks without Qt: validation messages and the numbers each chart kind shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from teachin.content.charts import ChartError, chart_data, check_chart
from teachin.content.data import load_series_dir, split_unit
from teachin.content.gift import parse_gift
from teachin.content.model import ChartPart
from teachin.content.room_chart import choice_counts, histogram, room_question

REPO = Path(__file__).resolve().parent.parent
SERIES, _ = load_series_dir(REPO / "assets" / "data")
GIFT = """
::estimate:: How many international migrants were there in 2015, in millions? {#244:10}

::why:: What pushes people to leave? {~Wars =Jobs ~Debt}

// @poll
::feel:: How do you feel? {~Good ~Bad}

::essay:: Tell us more. {}

"""


def quizzes():
    quiz, problems = parse_gift(GIFT, Path("checkpoint-01.gift"))
    assert problems == []
    return {"checkpoint-01": quiz}


def problems_for(**options: str) -> list[str]:
    part = ChartPart(options=options, line=12)
    return [str(p) for p in check_chart(part, SERIES, quizzes(), Path("slides/03-x.md"))]


def csv_values(name: str, **where: str) -> list[float]:
    """A series' values in its base unit, in file order (what a chart must show, scaled)."""
    rows = [
        r
        for r in SERIES[name].rows
        if all(str(getattr(r, k, r.extra.get(k))) == v for k, v in where.items())
    ]
    return [r.value * split_unit(r.unit)[0] for r in rows]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"kind": "pie"}, "unknown chart kind 'pie' (kinds: line, bars, grouped-bars, "),
        ({"kind": "line", "series": "migrant_stock_un_desa_2020"}, "unknown series "),
        ({"kind": "line"}, "a line chart needs 'series: ...'"),
        (
            {"kind": "line", "series": "unhcr_forcibly_displaced", "colour": "red"},
            "unknown key 'colour' for a line chart",
        ),
        (
            {"kind": "bars", "series": "migrants_by_region_2017", "category": "continent"},
            "series 'migrants_by_region_2017' has no column 'continent'",
        ),
        (
            {"kind": "grouped-bars", "series": "egypt_suez_canal_revenue", "years": "2015, 1999"},
            "series 'egypt_suez_canal_revenue' has no row for 1999",
        ),
        (
            {"kind": "line", "series": "unhcr_forcibly_displaced, egypt_suez_canal_revenue"},
            "this line chart mixes units (US$ / persons)",
        ),
        (
            {"kind": "magnitude", "items": "article_claims:nothing_here, article_claims:2015"},
            "series 'article_claims' has 0 rows named 'nothing_here'",
        ),
        (
            {
                "kind": "what-if",
                "series": "egypt_suez_canal_revenue",
                "year": "2016",
                "slider": "fall, 0..-50 %",
            },
            "slider range 0..-50 is empty",
        ),
        (
            {
                "kind": "what-if",
                "series": "egypt_suez_canal_revenue",
                "year": "2016",
                "slider": "fall",
            },
            "'slider: fall' should be 'NAME, MIN..MAX %'",
        ),
        ({"kind": "room", "quiz": "post", "question": "x"}, "unknown quiz 'post'"),
        (
            {"kind": "room", "quiz": "checkpoint-01", "question": "nope"},
            "quiz 'checkpoint-01' has no question 'nope'",
        ),
        (
            {"kind": "room", "quiz": "checkpoint-01", "question": "essay"},
            "question 'essay' is essay: a room chart shows numeric, single",
        ),
        (
            {"kind": "line", "series": "migrants_by_region_2017"},
            "series 'migrants_by_region_2017' has categories (region): use a bars chart",
        ),
    ],
)
def test_bad_chart_blocks_are_reported_at_the_block(options: dict, message: str):
    problems = problems_for(**options)
    assert len(problems) >= 1
    assert problems[0].startswith("slides/03-x.md:12: ")
    assert message in problems[0]


def test_a_misspelt_series_gets_a_suggestion():
    (problem,) = problems_for(kind="line", series="unhcr_forcibly_displace")
    assert "did you mean unhcr_forcibly_displaced?" in problem


def test_line_shows_the_csv_values_in_display_units():
    data = chart_data(
        ChartPart({"kind": "line", "series": "migrant_stock_un_desa_2020rev"}), SERIES
    )
    (trace,) = data.traces
    assert data.unit == "million persons" and data.scale == 1e6
    assert [y * data.scale for y in trace.y] == pytest.approx(
        csv_values("migrant_stock_un_desa_2020rev"), rel=1e-12
    )
    assert trace.x == tuple(float(r.year) for r in SERIES["migrant_stock_un_desa_2020rev"].rows)
    assert trace.text[0] == "152,986,157 persons"
    assert data.units == ("persons (mid-year stock)",)
    assert data.sources and data.sources[0].startswith("UN DESA, International Migrant Stock 2020")


def test_line_years_can_be_cut():
    options = {"kind": "line", "series": "unhcr_forcibly_displaced", "from": "2010", "to": "2014"}
    (trace,) = chart_data(ChartPart(options), SERIES).traces
    assert trace.x == (2010.0, 2011.0, 2012.0, 2013.0, 2014.0)


def test_bars_pick_a_year_and_a_category_column():
    options = {"kind": "bars", "series": "migrants_by_sdg_region_un2020rev", "year": "2020"}
    data = chart_data(ChartPart(options), SERIES)
    assert data.categories[0] == "Sub-Saharan Africa" and len(data.categories) == 8
    assert [y * data.scale for y in data.traces[0].y] == pytest.approx(
        csv_values("migrants_by_sdg_region_un2020rev", year="2020")
    )


def test_grouped_bars_one_trace_per_series_one_group_per_year():
    options = {
        "kind": "grouped-bars",
        "series": "egypt_remittances_usd_wdi_2018vintage, egypt_suez_canal_revenue",
        "years": "2015, 2016",
        "labels": "Remittances, Suez Canal",
    }
    data = chart_data(ChartPart(options), SERIES)
    assert data.categories == ("2015", "2016")
    assert [t.label for t in data.traces] == ["Remittances", "Suez Canal"]
    assert data.traces[1].y == pytest.approx((5.175, 5.005))
    assert data.unit == "billion US$"


def test_magnitude_puts_trillions_and_billions_on_one_honest_scale():
    options = {
        "kind": "magnitude",
        "items": "article_claims:net_resource_transfers_1980_2012, "
        "article_claims:remittances_developing_2015",
        "labels": "Net transfers out; Remittances in",
    }
    data = chart_data(ChartPart(options), SERIES)
    assert data.unit == "trillion US$"
    assert data.traces[0].y == pytest.approx((16.3, 0.4316))  # linear: same unit, no log
    assert data.traces[0].text == ("16.3 trillion US$", "431.6 billion US$")
    assert data.categories == ("Net transfers out", "Remittances in")
    assert data.ratios() == ("Net transfers out = 38 × Remittances in",)


def test_what_if_arithmetic_uses_only_the_sourced_figures():
    options = {
        "kind": "what-if",
        "series": "egypt_remittances_usd_wdi_2018vintage, egypt_suez_canal_revenue",
        "year": "2016",
        "labels": "Remittances, Suez Canal revenue",
        "slider": "Change in remittances, -80..0 %",
    }
    whatif = chart_data(ChartPart(options), SERIES).whatif
    remittances = SERIES["egypt_remittances_usd_wdi_2018vintage"].value_at(2016).value
    suez = SERIES["egypt_suez_canal_revenue"].value_at(2016).value
    assert whatif.at == 0 and (whatif.low, whatif.high) == (-80, 0)
    assert whatif.values_at(-50) == pytest.approx((remittances / 2, suez))
    text = whatif.readout(-50)
    assert f"{remittances / 2 / suez:.1f}× Suez Canal revenue" in text
    assert f"(−{remittances / 2:.1f} billion US$)" in text  # one precision: 16.6 → 8.3


def test_what_if_on_a_share_of_gdp_says_the_change_in_percentage_points():
    options = {
        "kind": "what-if",
        "series": "philippines_remittances_pct_gdp_wdi_2018vintage",
        "year": "2016",
        "labels": "Philippines",
        "slider": "Change in remittances, -50..0 %",
        "at": "-20",
    }
    whatif = chart_data(ChartPart(options), SERIES).whatif
    share = SERIES["philippines_remittances_pct_gdp_wdi_2018vintage"].value_at(2016).value
    assert whatif.at == -20
    assert f"(−{share * 0.2:.1f} percentage points)" in whatif.readout(-20)  # as 10.2 → 8.2


def test_room_reads_the_true_figure_and_the_right_choice_from_the_quiz():
    quiz = quizzes()["checkpoint-01"]
    by_name = {q.name: q for q in quiz.questions}
    assert room_question(by_name["estimate"]).truth == 244
    why = room_question(by_name["why"])
    assert why.choices == ("Wars", "Jobs", "Debt") and why.right == ("Jobs",)
    assert room_question(by_name["feel"]).right == ()  # a poll has no right answer
    part = ChartPart({"kind": "room", "quiz": "checkpoint-01", "question": "why"})
    data = chart_data(part, SERIES, {"checkpoint-01": quiz})
    assert (data.quiz, data.question) == ("checkpoint-01", "why")


def test_chart_data_raises_chart_error_for_bad_blocks():
    with pytest.raises(ChartError):
        chart_data(ChartPart({"kind": "bars", "series": "nope"}), SERIES)


def test_choice_counts_keep_the_questions_order_and_count_unknown_answers():
    labels, counts = choice_counts(
        ["Jobs", "Wars", "Jobs", ("Debt", "Jobs"), "?"], ("Wars", "Jobs", "Debt")
    )
    assert labels == ("Wars", "Jobs", "Debt", "?")
    assert counts == (1, 3, 1, 1)


def test_choice_counts_read_the_stores_choice_indexes():
    # The quiz store keeps a choice as its index in the question's choices (file order).
    labels, counts = choice_counts([1, 0, 1, [1, 2], None], ("Wars", "Jobs", "Debt"))
    assert labels == ("Wars", "Jobs", "Debt")  # None (not answered) is not counted
    assert counts == (1, 3, 1)


numbers = st.lists(st.floats(-1e9, 1e9, allow_nan=False), max_size=300)


@given(numbers, st.one_of(st.none(), st.floats(-1e9, 1e9, allow_nan=False)))
def test_histogram_counts_every_answer_once(values: list[float], truth: float | None):
    hist = histogram(values, truth)
    assert sum(hist.counts) == hist.total == len(values)
    assert len(hist.edges) == len(hist.counts) + 1
    assert all(b > a for a, b in zip(hist.edges, hist.edges[1:], strict=False))
    if truth is not None:
        assert hist.edges[0] <= truth <= hist.edges[-1]


def test_teachin_check_reports_bad_charts_and_bad_data_with_their_lines(tmp_path: Path):
    from teachin.content.deck import load_deck

    (tmp_path / "slides").mkdir()
    (tmp_path / "quizzes").mkdir()
    data = tmp_path / "assets" / "data"
    data.mkdir(parents=True)
    (data / "good.csv").write_text(
        "year,value,unit,source\n2014,1,persons,UN\n2015,2,persons,UN\n", encoding="utf-8"
    )
    (data / "bad.csv").write_text(
        "year,value,unit,source\n2014,1,persons,UN\n2014,2,persons,UN\n2016,x,persons,\n",
        encoding="utf-8",
    )
    (tmp_path / "slides" / "01-a.md").write_text(
        "---\ntitle: A\nminutes: 5\n---\n\n# Good\n\n```chart\nkind: line\nseries: good\n```\n\n"
        "---\n\n# Bad\n\n```chart\nkind: line\nseries: nowhere\n```\n",
        encoding="utf-8",
    )
    deck = load_deck(tmp_path)
    found = sorted(f"{p.path.name}:{p.line}: {p.message}" for p in deck.problems)
    assert "01-a.md:17: unknown series 'nowhere' (no assets/data/nowhere.csv)" in found
    assert "bad.csv:3: year 2014 repeated (first on line 2)" in found
    assert "bad.csv:4: value 'x' is not a number" in found
    assert "good" in deck.series and len(deck.slides) == 2  # the rest still loads
