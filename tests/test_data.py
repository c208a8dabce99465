"""Data series CSVs: loading, and every kind of bad input reported as path:line: message."""

from __future__ import annotations

from pathlib import Path

import pytest

from teachin.content.data import (
    display_scale,
    format_value,
    load_series,
    load_series_dir,
    split_unit,
)

HEADER = "year,value,unit,source,confidence\n"


def write(tmp_path: Path, text: str, name: str = "s.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(problems) -> list[str]:
    return [f"{p.line}: {p.message}" for p in problems]


def test_the_decks_data_loads_clean_and_every_row_has_a_source(repo: Path):
    series, problems = load_series_dir(repo / "assets" / "data")
    assert problems == []
    assert len(series) >= 20
    for found in series.values():
        assert found.rows, found.name
        for row in found.rows:
            assert row.source.strip() and row.unit.strip(), (found.name, row.line)


def test_rows_keep_values_lines_and_category_columns(tmp_path: Path):
    path = write(
        tmp_path,
        "year,value,unit,source,confidence,region,note\n"
        '2015,76,million persons,"UN DESA, 2015",confirmed,Europe,"a note, with comma"\n'
        "2015,75,million persons,UN DESA,confirmed,Asia,\n",
    )
    found, problems = load_series(path)
    assert problems == []
    assert found.category_columns == ("region",)  # note is free text, not a category
    assert [(r.year, r.value, r.extra["region"], r.line) for r in found.rows] == [
        (2015, 76.0, "Europe", 2),
        (2015, 75.0, "Asia", 3),
    ]
    assert found.rows[0].source == "UN DESA, 2015"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("year,value,source\n2015,1,x\n", ["1: missing column(s): unit"]),
        ("", ["1: empty file: expected a header year,value,unit,source"]),
        (HEADER + "2015,abc,persons,UN,ok\n", ["2: value 'abc' is not a number"]),
        (
            HEADER + "20x5,1,persons,UN,ok\n",
            ["2: year '20x5' is not a whole number from 0 to 9999"],
        ),
        (HEADER + "2015,1,persons,,ok\n", ["2: row has no source: every figure needs one"]),
        (HEADER + "2015,1,,UN,ok\n", ["2: row has no unit"]),
        (HEADER + "2015,1,persons\n", ["2: 3 fields, but the header has 5"]),
        (HEADER + "2015,nan,persons,UN,ok\n", ["2: value 'nan' is not a number"]),
        (
            HEADER + "2014,1,p,UN,ok\n2015,2,p,UN,ok\n2015,3,p,UN,ok\n",
            ["4: year 2015 repeated (first on line 3)"],
        ),
        (
            HEADER + "2014,1,p,UN,ok\n2016,2,p,UN,ok\n2015,3,p,UN,ok\n",
            ["4: year 2015 comes after 2016: sort the rows by year"],
        ),
    ],
)
def test_bad_input_is_reported_with_its_line(tmp_path: Path, text: str, expected: list[str]):
    path = write(tmp_path, text)
    _, problems = load_series(path)
    assert messages(problems) == expected
    assert all(p.path == path for p in problems)
    assert str(problems[0]).startswith(f"{path}:")


def test_a_bad_row_is_left_out_and_the_rest_still_loads(tmp_path: Path):
    path = write(tmp_path, HEADER + "2014,1,p,UN,ok\n2015,oops,p,UN,ok\n2016,3,p,UN,ok\n")
    found, problems = load_series(path)
    assert messages(problems) == ["3: value 'oops' is not a number"]
    assert [r.year for r in found.rows] == [2014, 2016]


def test_years_are_checked_within_each_category(tmp_path: Path):
    text = (
        "year,value,unit,source,region\n"
        "1990,1,p,UN,Asia\n1990,2,p,UN,Europe\n2000,3,p,UN,Asia\n2000,4,p,UN,Europe\n"
        "2000,5,p,UN,Europe\n"
    )
    _, problems = load_series(write(tmp_path, text))
    assert messages(problems) == ["6: year 2000 repeated for Europe (first on line 5)"]


def test_line_numbers_count_multiline_quoted_fields(tmp_path: Path):
    text = HEADER + '2014,1,p,"UN\nsecond line",ok\n2015,x,p,UN,ok\n'
    _, problems = load_series(write(tmp_path, text))
    assert messages(problems) == ["4: value 'x' is not a number"]


def test_a_broken_file_does_not_stop_the_others(tmp_path: Path):
    write(tmp_path, "year,value\n1,2\n", "broken.csv")
    write(tmp_path, HEADER + "2015,1,p,UN,ok\n", "good.csv")
    series, problems = load_series_dir(tmp_path)
    assert series["good"].rows and series["broken"].rows == ()
    assert [p.path.name for p in problems] == ["broken.csv"]


def test_a_missing_folder_is_empty_not_an_error(tmp_path: Path):
    assert load_series_dir(tmp_path / "nowhere") == ({}, [])


def test_units_split_scale_and_base():
    assert split_unit("trillion US$ (cumulative 1980-2012)") == (1e12, "US$")
    assert split_unit("billion current US$ (personal remittances received)") == (1e9, "US$")
    assert split_unit("persons (mid-year stock)") == (1.0, "persons")
    assert split_unit("% of GDP (personal remittances / GDP)") == (1.0, "% of GDP")
    assert display_scale(2.8e8, "persons") == (1e6, "million persons")
    assert display_scale(466.0, "billion US$") == (1.0, "billion US$")
    assert format_value(431.6, "billion US$ (recorded)") == "432 billion US$"
    assert format_value(10.18, "% of GDP") == "10.2 % of GDP"
    assert format_value(-2.04, "% of GDP", signed=True) == "−2.04 % of GDP"
