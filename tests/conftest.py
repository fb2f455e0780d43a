import functools
import glob
import os
import random

import pytest

from music.normalize import NormalizeError, normalize, split_tunes
from reading.request import Request, read_request

# A jig in canonical ABC (its voice declared), as the dialogue manager keeps pieces.
JIG = """X:1
T:The Test Jig
M:6/8
L:1/8
Q:1/4=120
K:G
V:1
|:D|G2B AGA|B2d d2B|c2e dcB|A3 A2D|
G2B AGA|B2d g2e|dBG AFD|G3 G2:|
"""


KESH = """X:1
T:The Kesh
R:jig
M:6/8
L:1/8
K:G
|:GAG GAB|ABA ABd|edd gdd|edB dBA|GAG GAB|ABA ABd|edd gdB|AGF G3:|
|:BAB dBd|ege dBA|BAB dBG|ABA AGA|BAB dBd|ege dBd|gfg aga|bgf g3:|
"""


# what makes a test slow: the shipped model, a data build, the served app or a browser
SLOW_FIXTURES = {"composer", "mini_data", "url", "browser"}


def pytest_addoption(parser):
    parser.addoption("--fast", action="store_true", help="skip the tests that load the model, build data or "
                                                        "serve the app (`make check`)")


def pytest_collection_modifyitems(config, items):
    if not config.getoption("--fast"):
        return
    slow = pytest.mark.skip(reason="a slow test: run `make test`")
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("slow"):
            item.add_marker(slow)


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: a test that takes seconds (a subprocess, a model under noise); "
                                       "`make check` leaves it to `make test`")


def corpus_root():
    import music21
    return os.path.join(os.path.dirname(music21.__file__), "corpus")


def collection_tunes(collection: str, count: int, seed: int = 0):
    """`count` normalisable tunes drawn from one music21 collection."""
    texts = []
    for path in sorted(glob.glob(os.path.join(corpus_root(), collection, "**", "*.abc"), recursive=True)):
        texts += split_tunes(open(path, encoding="latin-1").read())
    random.Random(seed).shuffle(texts)
    tunes = []
    for text in texts:
        try:
            tunes.append(normalize(text))
        except NormalizeError:
            continue
        if len(tunes) == count:
            break
    return tunes


COLLECTIONS = ["essenFolksong", "oneills1850", "airdsAirs", "ryansMammoth", "miscFolk", "nottingham-dataset"]


@pytest.fixture(scope="session")
def sample_tunes():
    tunes = []
    for collection in COLLECTIONS:
        tunes += collection_tunes(collection, 8)
    return tunes


@pytest.fixture
def kesh():
    return normalize(KESH)


@pytest.fixture(scope="session")
def mini_data(tmp_path_factory):
    """A real data build over an even sample of the corpus (about 400 sources)."""
    from corpus.build import build, read_jsonl
    out = tmp_path_factory.mktemp("data")
    stats = build(out, workers=2, limit=400, vocab_size=1000)
    dialogues = {name: read_jsonl(out / "dialogues" / f"{name}.jsonl") for name in stats["dialogues"]}
    return out, stats, read_jsonl(out / "tunes.jsonl"), dialogues


@pytest.fixture(scope="session")
def composer():
    """The shipped model, loaded once for every test that talks to it."""
    from chat import Composer
    return Composer.load()


@functools.cache
def reading(message: str) -> Request:
    """The rules' reading of a message, read once for all the tests that go over the hand-written
    sets (a Request is frozen: one reading may be shared)."""
    return read_request(message)
