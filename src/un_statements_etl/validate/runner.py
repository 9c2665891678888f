"""Run `Check`s with Great Expectations on pandas batches (there is no DuckDB datasource)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .suites import Check


@dataclass(frozen=True)
class Outcome:
    check: Check
    success: bool
    unexpected_rows: tuple[int, ...] = ()  # positional row numbers of the failing rows (in one frame)
    examples: tuple[Any, ...] = ()
    error: str | None = None  # the expectation itself could not run
    merged_count: int | None = None  # failing rows over several frames, whose positions do not compare

    @property
    def unexpected_count(self) -> int:
        return len(self.unexpected_rows) if self.merged_count is None else self.merged_count


@dataclass
class _Context:
    gx: Any
    context: Any
    assets: dict[str, Any] = field(default_factory=dict)


_CONTEXT: _Context | None = None


def _context() -> _Context:
    global _CONTEXT
    if _CONTEXT is None:
        # imported here: importing Great Expectations costs ~6 s, paid only by runs that validate
        import great_expectations as gx

        for name in ("great_expectations", "great_expectations.core",
                     "great_expectations.data_context.types.base"):
            logging.getLogger(name).setLevel(logging.ERROR)
        context = gx.get_context(mode="ephemeral")
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        _CONTEXT = _Context(gx, context)
    return _CONTEXT


def run_checks(table: str, frame: pd.DataFrame, checks: list[Check]) -> list[Outcome]:
    """Validate `frame` against `checks`, outcomes in the order of `checks`.

    Every check runs first with GX's BOOLEAN_ONLY result format, which skips collecting
    failing rows (about half the cost, most of a small run's validation); only the checks
    that fail run again with COMPLETE, for their rows and examples. The outcomes are the
    same as one COMPLETE pass: a passing check has no rows or examples either way."""
    if not checks:
        return []
    outcomes = _validate(table, frame, checks, "BOOLEAN_ONLY")
    failed = [i for i, outcome in enumerate(outcomes) if not outcome.success]
    if failed:
        for i, outcome in zip(failed, _validate(table, frame, [checks[i] for i in failed], "COMPLETE"), strict=True):
            outcomes[i] = outcome
    return outcomes


def _validate(table: str, frame: pd.DataFrame, checks: list[Check], result_format: str) -> list[Outcome]:
    """One GX suite over `frame`; outcomes in the order of `checks`."""
    ctx = _context()
    gx = ctx.gx
    if table not in ctx.assets:
        source = ctx.context.data_sources.add_or_update_pandas(f"uns_{table}")
        asset = source.add_dataframe_asset(name=table)
        ctx.assets[table] = asset.add_batch_definition_whole_dataframe(f"{table}_batch")
    suite = gx.ExpectationSuite(name=f"{table}_{checks[0].level}")
    for i, check in enumerate(checks):
        kwargs = _typed_kwargs(check, frame)
        suite.add_expectation(getattr(gx.expectations, check.expectation)(**kwargs, meta={"check": i}))
    batch = ctx.assets[table].get_batch(batch_parameters={"dataframe": frame.reset_index(drop=True)})
    result = batch.validate(suite, result_format={"result_format": result_format})
    # match results to checks by the index stored in meta: GX does not promise to keep order
    found = {int(res.expectation_config.meta["check"]): res for res in result.results}
    return [_outcome(check, found[i]) for i, check in enumerate(checks)]


def _typed_kwargs(check: Check, frame: pd.DataFrame) -> dict[str, Any]:
    """Checks hold dates as ISO strings; a datetime column must be compared with Timestamps."""
    column = check.kwargs.get("column")
    if column in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[column]):
        return {k: pd.Timestamp(v) if k in ("min_value", "max_value") and v else v
                for k, v in check.kwargs.items()}
    return check.kwargs


def _outcome(check: Check, res: Any) -> Outcome:
    info = res.exception_info or {}
    if info.get("raised_exception"):
        return Outcome(check, False, error=str(info.get("exception_message")))
    rows = tuple(int(i) for i in (res.result.get("unexpected_index_list") or ()))
    examples = tuple((res.result.get("partial_unexpected_list") or ())[:3])
    return Outcome(check, bool(res.success), rows, examples)
