"""Re-express the PLOVER project's CAMEO→PLOVER conversion table in summitry's own YAML format.

The table is a set of facts (which CAMEO code corresponds to which PLOVER type, mode and
context); we keep it in our own layout, grouped by PLOVER type, with a credit header.

Usage: python scripts/events/build_cameo_table.py ../shared/data/cameo2plover.json \
           src/summitry/events/data/cameo_plover.yaml
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HEADER = """\
# CAMEO <-> PLOVER (2021) correspondence, grouped by PLOVER event type.
#
# Facts from the PLOVER project's conversion table "CAMEO2PLOVER-2021" (PLOVER manual draft
# 0.8, 2021-09-17, Philip Schrodt, openeventdata/PLOVER), re-expressed in summitry's own layout.
# Each row: CAMEO code -> [mode, context, short CAMEO description]; empty strings mean none.
# CAMEO 01 (public statements) and 02 (appeals) have no rows: statements are not PLOVER
# events and appeals are read as REQUEST by the lexicon.
# Regenerate with scripts/events/build_cameo_table.py.
"""


def main(source: Path, target: Path) -> None:
    """Group the rows by PLOVER type and write them as flow-style YAML lines."""
    rows = json.loads(source.read_text(encoding="utf-8"))
    by_type: dict[str, list[str]] = {}
    for code, row in rows.items():
        name = row["cameo_name"].replace('"', "'").strip()
        line = f'  "{code}": ["{row["mode"].strip()}", "{row["context"].strip()}", "{name}"]'
        by_type.setdefault(row["event"], []).append(line)
    body = "".join(f"{event}:\n" + "\n".join(lines) + "\n" for event, lines in by_type.items())
    target.write_text(HEADER + body, encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
