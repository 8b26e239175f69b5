"""Read stage: turn files, folders and standard input into Article records.

Every problem with one article becomes an ArticleError naming the file, line or article id,
so a batch goes on with the other articles.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Sequence, Union

from .errors import InputError
from .records import Article, ArticleError

ReadItem = Union[Article, ArticleError]

FORMATS_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
INPUT_FORMATS = ("text", "jsonl", "html")
#: What a folder is read for: news files of the documented kinds. Anything else inside a folder (a README.md,
#: a spreadsheet, an image) is skipped and reported as skipped, not as a bad article.
FOLDER_SUFFIXES = (".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".xhtml")

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_published(value, where: str) -> dt.date:
    """Parse a publication date: YYYY-MM-DD, optionally with a time ("2019-11-25 23:43:03Z")."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise InputError(f"{where}: 'published' must be a date string like 2017-03-25, got {value!r}")
    match = _ISO_DATE.match(value)
    if not match:
        raise InputError(f"{where}: malformed 'published' date {value!r}: expected YYYY-MM-DD")
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError as exc:
        raise InputError(f"{where}: invalid 'published' date {value!r}: {exc}") from None


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{where}: binary file, not text (expected UTF-8 text, JSON Lines or HTML)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not valid UTF-8 text (byte {exc.start}): convert it to UTF-8") from None


def _text_id(origin: str, text: str) -> str:
    return origin if origin != "<stdin>" else "stdin-" + hashlib.sha1(text.encode()).hexdigest()[:12]


def _sniff(text: str) -> str:
    head = text.lstrip()[:200].lower()
    if head.startswith(("{", "[")):
        return "jsonl"
    if head.startswith("<!doctype html") or head.startswith("<html") or "<body" in head or "<p>" in head:
        return "html"
    return "text"


def _article(article_id, text, published, url, title, origin) -> Article:
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{origin}: empty article text")
    return Article(
        article_id=str(article_id), text=text, published=published, url=url, title=title, origin=origin
    )


def read_text(
    text: str, origin: str, published: Optional[dt.date], url: Optional[str] = None, title: Optional[str] = None
) -> Article:
    """One plain-text article; ``published`` is required because event dates are resolved against it."""
    if published is None:
        raise InputError(f"{origin}: no publication date: pass --published YYYY-MM-DD (event dates are resolved against it)")
    return _article(_text_id(origin, text), text, published, url, title, origin)


def read_html(
    html: str, origin: str, published: Optional[dt.date] = None, url: Optional[str] = None, title: Optional[str] = None
) -> Article:
    """One HTML page: article text, title and date extracted with trafilatura."""
    import trafilatura

    extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        raise InputError(f"{origin}: no article text found in the HTML page")
    page_date = getattr(extracted, "date", None)
    if published is None and page_date:
        published = parse_published(str(page_date)[:10], f"{origin} (date found in the page)")
    if published is None:
        raise InputError(f"{origin}: no publication date in the page: pass --published YYYY-MM-DD")
    return _article(
        _text_id(origin, extracted.text), extracted.text, published, url or getattr(extracted, "url", None),
        title or getattr(extracted, "title", None), origin,
    )


def article_from_record(record: dict, where: str, published: Optional[dt.date] = None) -> Article:
    """One article from a record {"id", "text", "published", "url", "title"}; ``published`` is the default date.

    The id defaults to ``where``; a bad record raises InputError starting with ``where``.
    """
    if not isinstance(record.get("text"), str):
        raise InputError(f"{where}: missing 'text'")
    raw_published = record.get("published")
    record_published = parse_published(raw_published, where) if raw_published else published
    if record_published is None:
        raise InputError(f"{where}: missing 'published' date (add it to the record or pass --published YYYY-MM-DD)")
    article_id = record.get("id")
    return _article(
        where if article_id is None else article_id,
        record["text"], record_published, record.get("url"), record.get("title"), where,
    )


def read_jsonl_lines(
    lines: Iterable[str], origin: str, published: Optional[dt.date] = None
) -> Iterator[ReadItem]:
    """Articles from JSON Lines: {"id", "text", "published", "url", "title"} per line.

    ``published`` is the default for records that carry none.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        article_id = None
        try:
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
            if not isinstance(record, dict):
                raise InputError(f"expected a JSON object per line, got {type(record).__name__}")
            article_id = record.get("id")
            yield article_from_record(record, where, published)
        except InputError as exc:
            yield ArticleError(
                origin=where,
                article_id=None if article_id is None else str(article_id),
                message=_strip_origin(str(exc), where),
            )


def _read_file(path: Path, fmt: Optional[str], published, url, title) -> Iterator[ReadItem]:
    origin = str(path)
    try:
        fmt = fmt or FORMATS_BY_SUFFIX.get(path.suffix.lower())
        if fmt is None:
            known = ", ".join(sorted(FORMATS_BY_SUFFIX))
            raise InputError(f"{origin}: unknown format {path.suffix or '(no suffix)'!r}: expected one of {known} (or pass --input-format)")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{origin}: cannot read file: {exc.strerror}") from None
        yield from _read_decoded(_decode(data, origin), fmt, origin, published, url, title)
    except InputError as exc:
        yield ArticleError(origin=origin, article_id=None, message=_strip_origin(str(exc), origin))


def _read_decoded(text: str, fmt: str, origin: str, published, url, title) -> Iterator[ReadItem]:
    if fmt == "jsonl":
        yield from read_jsonl_lines(_json_lines(text, origin), origin, published)
    elif fmt == "html":
        yield read_html(text, origin, published, url, title)
    else:
        yield read_text(text, origin, published, url, title)


def _json_lines(text: str, origin: str) -> list[str]:
    """JSON Lines as they are; a .json file holding one array of articles becomes one line per article."""
    if not text.lstrip().startswith("["):
        return text.splitlines()
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{origin}: invalid JSON array: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    return [json.dumps(item) for item in items]


def _strip_origin(message: str, origin: str) -> str:
    prefix = origin + ": "
    return message[len(prefix):] if message.startswith(prefix) else message


def read_stream(stream: IO[str], fmt: Optional[str] = None, published=None, url=None, title=None) -> Iterator[ReadItem]:
    """Articles from an open text stream (standard input): format given or sniffed."""
    origin = "<stdin>"
    try:
        text = stream.read()
    except UnicodeDecodeError:
        yield ArticleError(origin, None, "not valid UTF-8 text")
        return
    try:
        yield from _read_decoded(text, fmt or _sniff(text), origin, published, url, title)
    except InputError as exc:
        yield ArticleError(origin=origin, article_id=None, message=_strip_origin(str(exc), origin))


def _walk(folder: Path, on_skip: Optional[Callable[[Path], None]] = None) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue
        if path.suffix.lower() in FOLDER_SUFFIXES:
            yield path
        elif on_skip is not None:
            on_skip(path)


def skipped_files_line(paths: Sequence[Union[str, Path]]) -> Optional[str]:
    """One line naming the files a folder read skipped (not news files), or None when there were none."""
    if not paths:
        return None
    shown = ", ".join(str(p) for p in paths[:5]) + (", ..." if len(paths) > 5 else "")
    return f"skipped {len(paths)} file(s) in folders that are not news files ({', '.join(FOLDER_SUFFIXES)}): {shown}"


def read_inputs(
    paths: Sequence[Union[str, Path]],
    published: Optional[dt.date] = None,
    url: Optional[str] = None,
    title: Optional[str] = None,
    input_format: Optional[str] = None,
    stdin: Optional[IO[str]] = None,
    on_skip: Optional[Callable[[Path], None]] = None,
) -> Iterator[ReadItem]:
    """Read every article from ``paths`` (files, folders, or "-" for standard input), in order.

    Inside folders only news files are read (``FOLDER_SUFFIXES``: .txt, .text, .jsonl, .ndjson, .json,
    .html, .htm, .xhtml); hidden files are ignored and every other file is passed to ``on_skip`` (the
    CLI counts and names them). A file named on its own is read whatever its suffix allows.
    """
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}: expected one of {', '.join(INPUT_FORMATS)}")
    for raw in paths:
        if str(raw) == "-":
            yield from read_stream(stdin or sys.stdin, input_format, published, url, title)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, on_skip):
                yield from _read_file(child, input_format, published, None, None)
        elif path.exists():
            yield from _read_file(path, input_format, published, url, title)
        else:
            yield ArticleError(origin=str(path), article_id=None, message="no such file or folder")
