"""The raw material: every ABC tune in music21's corpus, and Bach's chorales as soprano + bass."""
from __future__ import annotations

import glob
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from music.normalize import split_tunes


@dataclass(frozen=True)
class Source:
    collection: str  # essenFolksong, oneills1850, ..., bach
    file: str  # file name inside the collection
    index: int  # position of the tune in its file
    text: str  # ABC, or MusicXML for the chorales

    @property
    def id(self) -> str:
        return f"{self.collection}/{self.file}#{self.index}"


def corpus_root() -> Path:
    import music21
    return Path(music21.__file__).parent / "corpus"


def abc_sources() -> list[Source]:
    root = corpus_root()
    sources = []
    for path in sorted(glob.glob(str(root / "**" / "*.abc"), recursive=True)):
        collection = os.path.relpath(path, root).split(os.sep)[0]
        text = Path(path).read_text(encoding="latin-1")
        for i, tune in enumerate(split_tunes(text)):
            sources.append(Source(collection, os.path.basename(path), i, tune))
    return sources


def chorale_source_list() -> list[Source]:
    """Bach chorales reduced to their soprano and bass parts, as MusicXML text."""
    from music.export import read_musicxml_bytes
    sources = []
    for path in sorted(glob.glob(str(corpus_root() / "bach" / "*.mxl"))):
        pair = soprano_and_bass(read_musicxml_bytes(Path(path).read_bytes()))
        if pair:
            sources.append(Source("bach", os.path.basename(path), 0, pair))
    return sources


def soprano_and_bass(musicxml: str) -> str | None:
    root = ET.fromstring(musicxml.encode())
    part_list = root.find("part-list")
    if part_list is None:
        return None
    keep = {p.get("id"): (p.findtext("part-name") or "").strip() for p in part_list.findall("score-part")}
    keep = {pid: name for pid, name in keep.items() if name in ("Soprano", "Bass")}
    if sorted(keep.values()) != ["Bass", "Soprano"]:
        return None
    for child in list(part_list):
        if child.tag == "part-group" or child.tag == "score-part" and child.get("id") not in keep:
            part_list.remove(child)
    for part in root.findall("part"):
        if part.get("id") not in keep:
            root.remove(part)
    return ET.tostring(root, encoding="unicode")


# Titles in the chorale files were typed on a Mac and read back as Windows text.
_MAC_ROMAN = str.maketrans({"š": "ö", "Ÿ": "ü", "Š": "ä", "§": "ß", "€": "Ä", "…": "Ö", "†": "Ü"})


def chorale_title(title: str, file: str) -> str:
    bwv = re.sub(r"\.mxl$", "", file).replace("bwv", "")
    if title.startswith("bwv") or not title.strip():
        return f"Chorale BWV {bwv}"
    return title.translate(_MAC_ROMAN)
