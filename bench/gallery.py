"""New pieces and edits as a musician reads them: score images of the composer's answers to a
dozen requests, beside a human tune of the same kind (`docs/gallery/index.md`), and of edits
of human tunes from the test split, before and after (`docs/gallery/edits.md`).

    python -m bench.gallery [--out docs/gallery] [--data data]

Each request goes to a fresh session (seed 0). The scores are engraved by verovio (SVG) and
photographed by headless Chromium (PNG); the pages show them with the ABC and the request.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from music.abc import parse
from music.export import to_svg

REQUESTS = [
    "write a lively jig in D for fiddle",
    "a reel in G",
    "compose a hornpipe in A",
    "a slip jig in E minor",
    "a strathspey for fiddle",
    "write a polka in G",
    "a waltz for accordion",
    "a march in D",
    "a slow air in E minor",
    "a lullaby for flute",
    "a hymn in F",
    "write a sad song",
]
HUMAN = ["jig", "reel", "hornpipe", "air"]  # a human tune of each, from the test split, to compare
# edits of the frozen test-split tunes of the composing-edit set (bench/edit_tunes.jsonl)
EDITS = [
    ("oneills1850/0101-0200.abc#15", "write a B part"),
    ("airdsAirs/book1.abc#87", "bars 3 to 4 are dull, try something else"),
    ("essenFolksong/ballad60.abc#4", "give it a stronger ending"),
    ("airdsAirs/book5.abc#161", "play me a variation on it"),
    ("airdsAirs/book5.abc#22", "add a harmony line a third above"),
    ("airdsAirs/book5.abc#161", "add an accompaniment"),
    ("oneills1850/1376-1475.abc#65", "add some rolls and cuts"),
    ("ryansMammoth/SailorsRansomReel.abc#0", "simplify the rhythm"),
    ("oneills1850/0101-0200.abc#35", "continue it for another 8 bars"),
]


def photograph(svg: str, png: Path, width: int = 1100):
    """A PNG of an SVG score, taken by headless Chromium at the score's height."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise OSError("headless Chromium is needed for the images (Debian: apt install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "score.html"
        page.write_text(f"<html><body style='margin:0;background:white;width:{width}px'>{svg}</body></html>")
        height = estimated_height(svg, width)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={width},{height}", f"--screenshot={png.resolve()}", page.as_uri()],
                       check=True, capture_output=True, timeout=60)


def estimated_height(svg: str, width: int) -> int:
    """The height of the score drawn `width` pixels wide, from the SVG's viewBox."""
    import re
    box = re.search(r'viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"', svg)
    if not box:
        return 1400
    _, _, w, h = map(float, box.groups())
    return int(width * h / w) + 20


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=Path("docs") / "gallery")
    ap.add_argument("--data", type=Path, default=Path("data"))
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    from chat import Composer
    composer = Composer.load()
    args.out.mkdir(parents=True, exist_ok=True)
    lines = ["# New pieces beside human tunes\n",
             f"`python -m bench.gallery` (seed {args.seed}): each request in a fresh session, engraved by verovio.\n"]
    for i, request in enumerate(REQUESTS, start=1):
        reply = composer.session(seed=args.seed).send(request)
        name = f"{i:02d}-{request.replace(' ', '-')[:40]}"
        lines.append(f"## {i}. \"{request}\"\n\n{reply.text}\n")
        if reply.abc:
            (args.out / f"{name}.abc").write_text(reply.abc)
            photograph(to_svg(parse(reply.abc)), args.out / f"{name}.png")
            lines.append(f"![{request}]({name}.png)\n\n```\n{reply.abc}```\n")
    tunes = args.data / "tunes.jsonl"
    if tunes.exists():
        rows = [json.loads(line) for line in tunes.read_text().splitlines()]
        for rhythm in HUMAN:
            row = next((r for r in rows if r["split"] == "test" and r["rhythm"] == rhythm), None)
            if row:
                name = f"human-{rhythm}"
                photograph(to_svg(parse(row["abc"])), args.out / f"{name}.png")
                lines.append(f"## A human {rhythm}: {row['title']} ({row['book']})\n\n![{name}]({name}.png)\n")
    (args.out / "index.md").write_text("\n".join(lines))
    edits_page(composer, args.out, args.seed)
    print(f"wrote {args.out}/index.md and {args.out}/edits.md")


def edits_page(composer, out: Path, seed: int):
    """Each edit of EDITS in a fresh session: the tune, the request, the reply, the result."""
    tunes = {t["name"]: t["abc"] for t in map(json.loads, (Path(__file__).with_name("edit_tunes.jsonl"))
                                                .read_text().splitlines())}
    lines = ["# Edits of human tunes, before and after\n",
             f"`python -m bench.gallery` (seed {seed}): each edit in a fresh session, from a test-split tune.\n"]
    for i, (tune, request) in enumerate(EDITS, start=1):
        session = composer.session(seed=seed)
        session.upload(tunes[tune])
        reply = session.send(request)
        before, after = f"edit-{i:02d}-before", f"edit-{i:02d}-after"
        photograph(to_svg(parse(tunes[tune])), out / f"{before}.png")
        lines.append(f"## {i}. \"{request}\" ({tune})\n\n{reply.text}\n\nBefore:\n\n![before]({before}.png)\n")
        if reply.version > 1:
            (out / f"{after}.abc").write_text(reply.abc)
            photograph(to_svg(parse(reply.abc)), out / f"{after}.png")
            lines.append(f"After:\n\n![after]({after}.png)\n\n```\n{reply.abc}```\n")
    (out / "edits.md").write_text("\n".join(lines))


if __name__ == "__main__":
    main()
