"""The analyst views: right numbers on the sample, and no failure on an empty warehouse."""

from __future__ import annotations

import duckdb
import pytest

VIEWS = ("entity_mentions_by_year", "statement_timeline", "country_profile", "claims_enriched")


def _rows(con, sql: str) -> list[tuple]:
    return con.execute(sql).fetchall()


@pytest.mark.parametrize("view", VIEWS)
def test_views_work_on_an_empty_warehouse(empty_con, view):
    assert _rows(empty_con, f"SELECT count(*) FROM {view}") == [(0,)]


def test_entity_mentions_by_year_accounts_for_every_mention(sample_con):
    assert _rows(sample_con, "SELECT sum(mentions) FROM entity_mentions_by_year") == \
        _rows(sample_con, "SELECT count(*) FROM entities")


def test_entity_mentions_by_year_uses_the_catalogue(sample_con):
    row = _rows(sample_con, "SELECT name, label, is_canonical, year, statements, mentions "
                            "FROM entity_mentions_by_year WHERE canonical_id = 'CHN'")
    expected = _rows(sample_con, "SELECT count(*) FROM entities WHERE canonical_id = 'CHN'")[0][0]
    assert row == [("China", "GPE", True, 2022, 1, expected)]


def test_unnormalised_mentions_are_grouped_by_text_and_label(sample_con):
    groups = _rows(sample_con, "SELECT label, text, count(*) FROM entities WHERE canonical_id IS NULL "
                               "GROUP BY ALL ORDER BY ALL")
    view = _rows(sample_con, "SELECT label, name, mentions FROM entity_mentions_by_year "
                             "WHERE NOT is_canonical ORDER BY ALL")
    assert groups and view == groups


def test_statement_timeline_without_dates_keeps_every_statement(sample_con):
    rows = _rows(sample_con, "SELECT referenced_from, referenced_to, referenced_values, date_mentions "
                             "FROM statement_timeline")
    assert len(rows) == _rows(sample_con, "SELECT count(*) FROM statements")[0][0]
    if _rows(sample_con, "SELECT count(*) FROM dates") == [(0,)]:
        assert rows == [(None, None, [], 0)]


def test_statement_timeline_summarises_the_dates(dated_db):
    with duckdb.connect(str(dated_db), read_only=True) as con:
        row = _rows(con, "SELECT referenced_from, referenced_to, referenced_values, date_mentions, "
                         "calendar_date_mentions, looks_back_days, published_on FROM statement_timeline")
        dates = _rows(con, "SELECT value, start_date, end_date FROM dates")
    [(first, last, values, mentions, calendar, looks_back, published)] = row
    calendar_dates = [(start, end) for _, start, end in dates if start is not None]
    assert mentions == len(dates) and calendar == len(calendar_dates) > 0
    assert first == min(start for start, _ in calendar_dates) and last == max(end for _, end in calendar_dates)
    assert values == sorted({value for value, _, _ in dates if value is not None})
    assert "2022-05-28" in values and "PAST_REF" in values  # the publication day and a vague reference
    assert looks_back == (published - first).days


def test_country_profile_has_one_row_per_state_or_territory(sample_con):
    assert _rows(sample_con, "SELECT count(*), count(DISTINCT iso3) FROM country_profile") == \
        _rows(sample_con, "SELECT count(DISTINCT iso3), count(DISTINCT iso3) FROM entity_catalog WHERE label = 'GPE'")
    assert _rows(sample_con, "SELECT kind, canonical_id FROM country_profile WHERE iso3 IN ('CHN', 'HKG') "
                             "ORDER BY iso3") == [("state", "CHN"), ("territory", "region:hong-kong")]


def test_country_profile_of_china(sample_con):
    (statements, claims, by_act, positive, negative, neutral, co), = _rows(sample_con, """
        SELECT statements, claims, claims_by_predicate_stance, positive_claims, negative_claims, neutral_claims,
               top_co_mentioned FROM country_profile WHERE iso3 = 'CHN'""")
    targeted = _rows(sample_con, "SELECT count(*) FROM claims WHERE list_contains(target_entity_ids, 'CHN') "
                                 "OR list_contains(target_entity_ids, 'gov:CHN')")[0][0]
    assert statements == 1 and claims == targeted > 0
    assert sum(item["claims"] for item in by_act) == claims == positive + negative + neutral
    ids = [item["canonical_id"] for item in co]
    assert 0 < len(ids) <= 10 and "CHN" not in ids and "gov:CHN" not in ids
    assert "region:xinjiang" in ids


def test_unmentioned_states_have_zeros_not_nulls(sample_con):
    assert _rows(sample_con, "SELECT statements, claims, claims_by_predicate_stance, top_co_mentioned "
                             "FROM country_profile WHERE iso3 = 'NOR'") == [(0, 0, [], [])]


def test_every_claim_target_id_joins_the_entity_catalog(sample_con):
    ids = _rows(sample_con, "SELECT count(*), count(*) FILTER (WHERE id NOT IN (SELECT canonical_id FROM entity_catalog)) "
                            "FROM (SELECT unnest(target_entity_ids) AS id FROM claims)")[0]
    assert ids[0] > 0 and ids[1] == 0
