"""Reading YAML knowledge files: the ones the package ships and the ones users give in their place.

Why one reader: every knowledge loader reads the same way (the shipped file unless a path is
given, UTF-8, safe YAML) and must name the file when it cannot read it; what the document must
contain is each loader's own schema check.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path, PurePosixPath

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The C loader when PyYAML was built with libyaml: it reads the package files ~10x faster."""


def read_yaml(file: Traversable, error: type[Exception], label: str | None = None) -> object:
    """The document in `file`; one that cannot be opened or parsed raises `error`, citing
    `label` (default: the file's path) so a bad edit fails naming the file."""
    where = label or str(file)
    try:
        with file.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
    except OSError as exc:
        raise error(f"{where}: cannot read: {exc}") from exc
    except yaml.YAMLError as exc:
        raise error(f"{where}: not valid YAML: {exc}") from exc


def read_data_file(
    package: str, name: str, path: Path | None, error: type[Exception]
) -> tuple[object, str]:
    """The document at `path`, else the one `package` ships as `name` (a path inside it), with
    the label its errors cite: the path, or the shipped file's bare name."""
    if path is not None:
        return read_yaml(path, error), str(path)
    label = PurePosixPath(name).name
    return read_yaml(resources.files(package).joinpath(name), error, label), label
