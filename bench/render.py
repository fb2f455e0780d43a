"""Benchmark: ABC to SVG + MIDI + WAV for a 16-bar two-voice tune (median of warm runs).

    python -m bench.render [--runs 20]
"""
from __future__ import annotations

import argparse
import statistics
import time

from music import export, harmony
from music.audio import find_soundfont
from music.normalize import normalize

TUNE = """X:1
T:Benchmark Reel
M:4/4
L:1/8
Q:1/4=110
K:D
|:A2FA DAFA|B2GB dBGB|A2FA DAFA|BAGF E2FE|
A2FA DAFA|B2GB d2cd|efge fdec|dBAF D4:|
|:f2df adfd|g2eg bgeg|f2df adfd|egfe d2cB|
A2FA DAFA|B2GB d2cd|efge fdec|dBAF D4:|
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    tune = harmony.add_bass(normalize(TUNE), "walking")
    export.render(tune)
    export.to_wav(tune)  # warm: SoundFont loaded, verovio toolkit made
    timings = {"svg+midi": [], "wav": [], "total": []}
    for _ in range(args.runs):
        start = time.perf_counter()
        svg, midi = export.render(tune)
        middle = time.perf_counter()
        export.to_wav(tune, midi)
        end = time.perf_counter()
        timings["svg+midi"].append(middle - start)
        timings["wav"].append(end - middle)
        timings["total"].append(end - start)
    print(f"16-bar two-voice tune, {args.runs} runs, SoundFont: {find_soundfont() or 'built-in synth'}")
    for name, values in timings.items():
        print(f"  {name:9s} median {1000 * statistics.median(values):6.1f} ms   "
              f"max {1000 * max(values):6.1f} ms")


if __name__ == "__main__":
    main()
