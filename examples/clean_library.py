"""Clean the seed dumps from code and print what was found and removed."""

from __future__ import annotations

from pathlib import Path

import cleanarchive

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    """Clean each seed with one Cleaner and print its metadata and removals by category."""
    cleaner = cleanarchive.Cleaner(cleanarchive.CleanOptions())
    for path in sorted(SEEDS.glob("*.txt")):
        record = cleaner.clean_text(path.read_bytes(), id=path.name)
        categories = sorted({r.category.value for r in record.removed})
        print(f"{path.name}: title={record.title!r} date={record.date} source={record.source!r} "
              f"authors={list(record.authors)} language={record.language} removed={categories}")


if __name__ == "__main__":
    main()
