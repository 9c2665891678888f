"""The run summary the CLI prints and the flow publishes as a Prefect artifact."""

from __future__ import annotations

import shlex

from .pipeline import TABLES, RunSummary


def summary_text(summary: RunSummary, max_quarantined: int = 10, command: str = "un-statements",
                 data_dir: str | None = None) -> str:
    """The printed summary; its closing hint names `--data-dir` when the run used another
    folder than the default, so it can be pasted as it is."""
    c = summary.counts
    lines = [f"un-statements run {summary.run_id}: {c.get('documents', 0)} documents read: "
             f"{c.get('statements', 0)} statements loaded, {c.get('skipped', 0)} unchanged (skipped), "
             f"{c.get('aliases', 0)} duplicate copies merged as aliases, {c.get('quarantined', 0)} quarantined",
             "  rows written: " + ", ".join(f"{t} {c.get(t, 0)}" for t in TABLES)]
    if c.get("not_english"):
        lines.append(f"  {c['not_english']} statements not in English: loaded with sentences only "
                     "(the extractors are English)")
    if c.get("undated") or c.get("no_speaker"):
        lines.append(f"  header: {c.get('undated', 0)} statements without a publication date (relative dates "
                     f"unanchored), {c.get('no_speaker', 0)} without a speaker (claims unattributed); "
                     "statements.header_provenance says how each field was found")
    if c.get("impossible_dates"):
        lines.append(f"  {c['impossible_dates']} impossible dates (e.g. '31 February') kept as text with a null value "
                     "(dates where value is null)")
    lines += _repeat_lines(c, summary.notices)
    if summary.warnings:
        lines.append("  the batch looks unlike statements (see the validation report):")
        lines += [f"    - {w}" for w in summary.warnings]
    if summary.quarantined:
        lines.append("  quarantined (see the quarantine table):")
        lines += [f"    - {r.source_uri}: {r.reason}: {r.detail}" for r in summary.quarantined[:max_quarantined]]
        if len(summary.quarantined) > max_quarantined:
            lines.append(f"    ... and {len(summary.quarantined) - max_quarantined} more")
    lines.append("  outputs:")
    lines += [f"    {name}: {path}" for name, path in summary.outputs.items()]
    db = summary.outputs.get("duckdb", "data/un_statements.duckdb")
    where = f" --data-dir {shlex.quote(data_dir)}" if data_dir else ""
    lines.append(f"  try: {command} query \"select title, speaker, published_on from statements\"{where}"
                 f"   (or open {db} read-only in any DuckDB client)")
    return "\n".join(lines)


def _repeat_lines(c: dict[str, int], notices: list[str]) -> list[str]:
    lines = []
    if c.get("repeats"):
        lines.append(f"  {c['repeats']} items reached more than once (overlapping listings, a shifting listing, a "
                     "repeated feed item, one page under two URLs, a file named twice): fetched and loaded once")
    if c.get("conflicts"):
        lines.append(f"  {c['conflicts']} copies set aside for another version of the same statement (the later "
                     "publication is kept): quarantined as conflict")
    if notices:
        lines.append("  the source walk:")
        lines += [f"    - {notice}" for notice in notices]
    return lines


def summary_markdown(summary: RunSummary) -> str:
    c = summary.counts
    names = (*TABLES, "skipped", "aliases", "repeats", "conflicts", "quarantined", "impossible_dates", "undated",
             "no_speaker")
    rows = "\n".join(f"| {t} | {c.get(t, 0)} |" for t in names)
    quarantined = "\n".join(f"- `{r.source_uri}`: **{r.reason}** {r.detail}" for r in summary.quarantined) or "none"
    notices = "".join(f"- {notice}\n" for notice in summary.notices)
    return (f"# Run {summary.run_id}\n\n| table | rows |\n|---|---|\n{rows}\n\n"
            + (f"## Source walk\n{notices}\n" if notices else "")
            + f"## Quarantined\n{quarantined}\n\n## Outputs\n"
            + "\n".join(f"- {k}: `{v}`" for k, v in summary.outputs.items()))
