"""A directory of good files mixed with every kind of bad input: each bad input is exactly one
rejection naming it, and every good file still lands."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summitry.ingest import Rejection, count_inputs, read_paths
from summitry.model import Article

MAX_BYTES = 4000
CP1252_TEXT = "Talks at the café\n\nThe envoy’s “final” offer was refused, officials said."


@pytest.fixture
def mixed_directory(tmp_path: Path) -> Path:
    root = tmp_path / "inbox"
    (root / "nested").mkdir(parents=True)
    (root / "summit.txt").write_text("Leaders Meet\n\nThe leaders met on Sunday.\n")
    (root / "wire.jsonl").write_text('{"text": "Envoys met."}\n{oops}\n{"text": "Envoys left."}\n')
    (root / "nested" / "table.csv").write_text("title,text\nA,Ministers spoke.\n")
    (root / "western.txt").write_bytes(CP1252_TEXT.encode("cp1252"))
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" * 20)
    (root / "garbage.dat").write_bytes(bytes(range(128, 256)) * 3)
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\t\n  \n")
    (root / "huge.txt").write_text("word " * MAX_BYTES)
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    (root / ".DS_Store").write_bytes(b"\x00\x01hidden")
    return root


def test_every_bad_input_is_one_clear_rejection_and_good_files_land(
    mixed_directory: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "missing.txt"
    paths = [mixed_directory, missing]

    items = list(read_paths(paths, max_bytes=MAX_BYTES))
    articles = [item for item in items if isinstance(item, Article)]
    reasons = {item.origin: item.reason for item in items if isinstance(item, Rejection)}

    root = str(mixed_directory)
    assert sorted(a.body for a in articles) == [
        "Envoys left.",
        "Envoys met.",
        "Ministers spoke.",
        "The envoy’s “final” offer was refused, officials said.",
        "The leaders met on Sunday.",
    ]
    assert reasons == {
        f"{root}/wire.jsonl:2": "not valid JSON: Expecting property name enclosed in double "
        "quotes (column 2)",
        f"{root}/photo.jpg": "binary file (contains NUL bytes), not text",
        f"{root}/garbage.dat": "not text: undecodable in UTF-8 or any known encoding",
        f"{root}/empty.txt": "empty file",
        f"{root}/blank.txt": "empty body: no text left after removing whitespace",
        f"{root}/huge.txt": f"file is {5 * MAX_BYTES} bytes, above the limit of {MAX_BYTES} bytes",
        f"{root}/dangling.txt": "cannot read file: No such file or directory",
        str(missing): "no such file or directory",
    }
    assert len(items) == len(articles) + len(reasons)
    assert count_inputs(paths) == 11  # ten visible files in the tree plus the missing path


def test_files_are_read_in_sorted_order_depth_first(mixed_directory: Path) -> None:
    origins = [str(item.origin) for item in read_paths([mixed_directory], max_bytes=MAX_BYTES)]
    files = [origin.split(":")[0].removeprefix(f"{mixed_directory}/") for origin in origins]

    assert list(dict.fromkeys(files)) == [
        "blank.txt",
        "dangling.txt",
        "empty.txt",
        "garbage.dat",
        "huge.txt",
        "nested/table.csv",
        "photo.jpg",
        "summit.txt",
        "western.txt",
        "wire.jsonl",
    ]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Déjà vu à Genève for the négociateurs. " * 3, "cp1252"),
        ("Der Außenminister traf sich in Genf. Die Gespräche würden fortgesetzt.", "cp1252"),
        ("¿Qué pasó? El enviado dijo: ¡Sí! Precio ½ — “Café”.", "cp1252"),
        ("Президент встретился с лидером Северной Кореи во Владивостоке в четверг. ", "cp1251"),
        ("Prezydent spotkał się z ministrem spraw zagranicznych w środę w Warszawie. ", "cp1250"),
    ],
)
def test_single_byte_code_pages_are_decoded_not_rejected(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "local.txt"
    path.write_bytes(text.encode(encoding))

    (article,) = list(read_paths([path]))

    assert isinstance(article, Article)
    assert article.body == text.strip()


def test_utf16_with_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("Envoys met in Seoul.".encode("utf-16"))

    (article,) = list(read_paths([path]))

    assert isinstance(article, Article) and article.body == "Envoys met in Seoul."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files regardless of permissions")
def test_permission_denied_is_a_rejection(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Envoys met.")
    path.chmod(0)

    assert list(read_paths([path])) == [Rejection(str(path), "cannot read file: Permission denied")]
