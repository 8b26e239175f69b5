"""Reading every input format, and a clear error for every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from eventcoder.errors import InputError
from eventcoder.read import parse_published, read_inputs
from eventcoder.records import Article, ArticleError

TEXT = "Russia attacked Ukraine on Monday."


def _articles(items):
    return [i for i in items if isinstance(i, Article)]


def _errors(items):
    return [i for i in items if isinstance(i, ArticleError)]


def test_text_file_needs_published(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT)
    [article] = list(read_inputs([path], published=dt.date(2017, 3, 25), url="http://x", title="T"))
    assert article.text == TEXT and article.published == dt.date(2017, 3, 25)
    assert (article.url, article.title) == ("http://x", "T")
    [error] = list(read_inputs([path]))
    assert isinstance(error, ArticleError) and "--published" in error.message and str(path) in str(error)


def test_jsonl_good_and_bad_lines_are_separated(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "published": "2017-03-25", "url": "u", "title": "t"}),
        "{not json",
        json.dumps({"id": "a3", "text": "", "published": "2017-03-25"}),
        json.dumps({"id": "a4", "text": TEXT, "published": "25/03/2017"}),
        json.dumps({"id": "a5", "text": TEXT}),
        "",
        json.dumps({"id": "a7", "text": TEXT, "published": "2019-11-25 23:43:03Z"}),
        json.dumps(["not", "an", "object"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    items = list(read_inputs([path]))
    assert [a.article_id for a in _articles(items)] == ["a1", "a7"]
    assert _articles(items)[1].published == dt.date(2019, 11, 25)
    errors = {e.origin.rsplit(":", 1)[1]: e for e in _errors(items)}
    assert set(errors) == {"2", "3", "4", "5", "8"}
    assert "invalid JSON" in errors["2"].message
    assert "empty" in errors["3"].message and errors["3"].article_id == "a3"
    assert "malformed 'published'" in errors["4"].message
    assert "missing 'published'" in errors["5"].message
    assert "JSON object" in errors["8"].message


def test_jsonl_default_published_applies_to_records_without_one(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT}) + "\n")
    [article] = list(read_inputs([path], published=dt.date(2020, 1, 2)))
    assert article.published == dt.date(2020, 1, 2)


def test_json_array_file(tmp_path):
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": "a", "text": TEXT, "published": "2017-03-25"}]))
    assert [a.article_id for a in _articles(read_inputs([path]))] == ["a"]


def test_html_page_text_title_and_date(tmp_path):
    html = (
        "<html><head><title>Clashes in the north</title>"
        '<meta property="article:published_time" content="2019-08-22T10:00:00Z"></head><body>'
        "<nav>Home | World</nav><article><h1>Clashes in the north</h1>"
        "<p>Government troops clashed with rebels near the border on Wednesday, officials said.</p>"
        "<p>The army said it had arrested twelve fighters after the battle ended late in the evening.</p>"
        "</article><footer>Copyright 2019 Example. All rights reserved.</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html)
    [article] = list(read_inputs([path]))
    assert "Government troops clashed with rebels" in article.text
    assert "Home | World" not in article.text
    assert article.title == "Clashes in the north"
    assert article.published == dt.date(2019, 8, 22)


def test_html_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>")
    [error] = list(read_inputs([path], published=dt.date(2020, 1, 1)))
    assert isinstance(error, ArticleError) and "no article text" in error.message


def test_folder_reads_every_format_in_order(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j", "text": TEXT, "published": "2017-03-25"}) + "\n")
    (tmp_path / ".hidden.txt").write_text(TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text(TEXT)
    items = list(read_inputs([tmp_path], published=dt.date(2017, 3, 25)))
    assert [a.origin.split("/")[-1] for a in _articles(items)] == ["a.jsonl:1", "b.txt", "c.txt"]


def test_binary_unknown_unreadable_and_missing_files(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    unknown = tmp_path / "report.pdf"
    unknown.write_bytes(b"%PDF-1.4")
    items = list(read_inputs([binary, latin, unknown, tmp_path / "missing.txt"], published=dt.date(2017, 1, 1)))
    messages = [e.message for e in _errors(items)]
    assert len(messages) == 4
    assert "binary" in messages[0]
    assert "UTF-8" in messages[1]
    assert "unknown format '.pdf'" in messages[2]
    assert "no such file" in messages[3]


def test_empty_text_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n ")
    [error] = list(read_inputs([path], published=dt.date(2017, 1, 1)))
    assert "empty article text" in error.message


def test_stdin_is_sniffed(tmp_path):
    stream = io.StringIO(json.dumps({"id": "s", "text": TEXT, "published": "2017-03-25"}) + "\n")
    [article] = list(read_inputs(["-"], stdin=stream))
    assert article.article_id == "s"
    [plain] = list(read_inputs(["-"], published=dt.date(2017, 3, 25), stdin=io.StringIO(TEXT)))
    assert plain.article_id.startswith("stdin-") and plain.text == TEXT


def test_unknown_input_format_is_rejected():
    with pytest.raises(InputError, match="unknown input format"):
        list(read_inputs(["x"], input_format="pdf"))


@pytest.mark.parametrize("value", ["2017-13-01", "yesterday", "2017/03/25", ""])
def test_parse_published_rejects_bad_dates(value):
    with pytest.raises(InputError):
        parse_published(value, "here")
