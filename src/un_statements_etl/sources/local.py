"""Local files and folders (.txt, .md, .html); with no input, the bundled samples.

Reading is bounded: a file's size is taken from `stat` before a byte is read, and at most
`max_bytes + 1` bytes are ever read, so a 100 MB file, a file that grows while it is read or
a device such as /dev/zero costs no more memory than the limit. Only regular files are
opened (a FIFO would block the run, a device would never end). Inside an input folder a
symbolic link is followed only to a file inside that folder; a dangling link, a link out of
the folder and a sub-folder that cannot be listed each become a quarantine row, never a
silent skip.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from ..errors import DocumentError, DocumentTooLargeError
from ..records import RawDocument, Rejection
from ..settings import BUNDLED_SAMPLES, Settings

MEDIA_TYPES = {".txt": "text/plain", ".md": "text/markdown", ".html": "text/html", ".htm": "text/html"}
DEFAULT_MAX_BYTES = Settings.max_document_bytes


def iter_local_documents(inputs: Iterable[Path], limit: int | None = None,
                         max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawDocument | Rejection]:
    """Every file under `inputs` in a stable order; unreadable paths become Rejections.

    Files with another suffix inside a folder are still offered (and quarantined by the
    ingest stage if they are not text), so nothing dropped into an inbox goes unnoticed.
    """
    paths = list(inputs) or [BUNDLED_SAMPLES]
    for count, found in enumerate(_walk(paths)):
        if limit is not None and count >= limit:
            return
        yield found if isinstance(found, Rejection) else _read(found, max_bytes)


def _read(path: Path, max_bytes: int) -> RawDocument | Rejection:
    uri = str(path.resolve())
    try:
        content = read_bounded(path, uri, max_bytes)
    except DocumentError as exc:
        return Rejection("local", uri, exc.reason, exc.detail)
    except OSError as exc:
        return Rejection("local", uri, "unreadable", f"could not read the file: {exc.strerror or exc}")
    return RawDocument(source="local", source_uri=uri, content=content,
                       media_type=MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream"),
                       fetched_at=datetime.now(UTC).replace(tzinfo=None))


def read_bounded(path: Path, uri: str, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; a DocumentError for anything else.

    The size is checked twice: from `stat` before opening (nothing is read of a file known to
    be too large) and by reading one byte past the limit (a file that grows, or reports no size).
    """
    _check_regular(os.stat(path), uri, max_bytes)  # before opening: a FIFO would block open()
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        _check_regular(os.fstat(handle.fileno()), uri, max_bytes)  # the file opened may not be the one checked
        content = handle.read(max_bytes + 1)
    if len(content) > max_bytes:
        raise DocumentTooLargeError(uri, f"more than {max_bytes:,} bytes (the max_document_bytes limit) "
                                    "although the file reported a smaller size: read stopped at the limit")
    return content


def _check_regular(info: os.stat_result, uri: str, max_bytes: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(uri, f"not a regular file ({_file_kind(info.st_mode)}): not read")
    if info.st_size > max_bytes:
        raise DocumentTooLargeError(uri, f"{info.st_size:,} bytes is over the max_document_bytes limit of "
                                    f"{max_bytes:,} (not read)")


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))
    return next((name for test, name in kinds if test(mode)), "a special file")


def _walk(paths: Iterable[Path]) -> Iterator[Path | Rejection]:
    for path in paths:
        if path.is_dir():
            yield from _walk_folder(path)
        else:
            # a named file is read as given; a missing one is yielded too and quarantined by name
            yield path


def _walk_folder(root: Path) -> Iterator[Path | Rejection]:
    """Files under `root` (hidden ones skipped) and Rejections for what cannot be followed, sorted by path."""
    inside = root.resolve()
    found: list[tuple[str, Path | Rejection]] = []

    def unreadable_folder(exc: OSError) -> None:
        where = str(Path(exc.filename).absolute()) if exc.filename else str(root.absolute())
        found.append((where, Rejection("local", where, "unreadable",
                                       f"could not list the folder: {exc.strerror or exc}; its files were not read")))

    for folder, dirs, files in os.walk(root, onerror=unreadable_folder):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in dirs:  # os.walk does not descend into linked folders: say so when one leads out
            if (link := Path(folder, name)).is_symlink():
                found.extend(_linked_entry(link, inside, folder=True))
        for name in files:
            if not name.startswith("."):
                found.extend(_linked_entry(Path(folder, name), inside, folder=False))
    return (item for _, item in sorted(found, key=lambda pair: Path(pair[0]).parts))


def _linked_entry(path: Path, inside: Path, folder: bool) -> list[tuple[str, Path | Rejection]]:
    """A file to read, a Rejection for a link that dangles or leads out of the input folder, or
    nothing for a linked folder inside it (its files are walked where they are)."""
    where = str(path.absolute())
    if not path.is_symlink():
        return [(str(path), path)]
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a loop of links
        return [(where, Rejection("local", where, "unreadable",
                                  f"a dangling symbolic link (to {os.readlink(path)}): nothing to read"))]
    if not target.is_relative_to(inside):
        what = "folder" if folder else "file"
        return [(where, Rejection("local", where, "outside_input", f"a symbolic link to a {what} outside the input "
                                  f"folder ({target}): not read"))]
    return [] if folder else [(str(path), path)]
