"""MIDI to WAV: a General MIDI SoundFont through tinysoundfont, or a small built-in synthesiser.

The SoundFont is the one named by TUNESMITH_SOUNDFONT, else the first found in the usual
Debian places. Without one, notes are drawn by an additive synthesiser with an envelope per
instrument family (plucked, bowed, blown), which sounds like an instrument rather than a beep.
"""
from __future__ import annotations

import glob
import io
import os
import threading
import wave

import mido
import numpy as np

RATE = 22050
TAIL_SECONDS = 1.5
SOUNDFONT_PLACES = ["/usr/share/sounds/sf3/MuseScore_General_Lite.sf3", "/usr/share/sounds/sf3/*.sf3",
                    "/usr/share/sounds/sf2/*.sf2", "/usr/share/soundfonts/*.sf2"]
_lock = threading.Lock()
_synth = {}


def find_soundfont() -> str | None:
    named = os.environ.get("TUNESMITH_SOUNDFONT")
    if named:
        return named if os.path.isfile(named) else None
    for pattern in SOUNDFONT_PLACES:
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    return None


def note_events(midi: bytes) -> tuple[list[tuple[float, object]], float]:
    """(time in seconds, message) for every message, and the end time."""
    f = mido.MidiFile(file=io.BytesIO(midi))
    now, events = 0.0, []
    for msg in f:
        now += msg.time
        if not msg.is_meta:
            events.append((now, msg))
    return events, now


def midi_to_wav(midi: bytes, tail: float = TAIL_SECONDS) -> bytes:
    """The WAV of `midi`, ringing on for `tail` seconds after its last note; a passage to be
    looped has none, so that each time round comes in on the beat."""
    events, end = note_events(midi)
    path = find_soundfont()
    samples = render_soundfont(events, end, path) if path else render_builtin(events, end)
    return wav_bytes(samples[:int(round((end + tail) * RATE))])


def soundfont_synth(path: str):
    import tinysoundfont
    if path not in _synth:
        synth = tinysoundfont.Synth(samplerate=RATE)
        _synth[path] = (synth, synth.sfload(path))
    return _synth[path]


def render_soundfont(events, end: float, path: str) -> np.ndarray:
    with _lock:
        synth, sfid = soundfont_synth(path)
        synth.notes_off()
        synth.sounds_off()
        for chan in range(16):
            synth.program_select(chan, sfid, 128 if chan == 9 else 0, 0, is_drums=chan == 9)
        # mono, written in place: a long piece's audio is the largest thing the app makes
        out = np.zeros(int(round((end + TAIL_SECONDS) * RATE)) + 1, dtype=np.float32)
        done, now = 0, 0.0
        for when, msg in events + [(end + TAIL_SECONDS, None)]:
            frames = min(int(round(when * RATE)) - int(round(now * RATE)), len(out) - done)
            if frames > 0:
                stereo = np.frombuffer(synth.generate(frames), dtype=np.float32).reshape(-1, 2)
                out[done:done + frames] = stereo.mean(axis=1)
                done += frames
            now = when
            if msg is None:
                break
            if msg.type == "program_change" and msg.channel != 9:
                synth.program_select(msg.channel, sfid, 0, msg.program)
            elif msg.type == "note_on" and msg.velocity > 0:
                synth.noteon(msg.channel, msg.note, msg.velocity)
            elif msg.type in ("note_off", "note_on"):
                synth.noteoff(msg.channel, msg.note)
            elif msg.type == "control_change":
                synth.control_change(msg.channel, msg.control, msg.value)
        synth.notes_off()
    return out[:done]


# ---------------------------------------------------------------------------- built-in synth
def family(program: int) -> str:
    if program < 8 or 24 <= program < 40 or program in (45, 46, 104, 105, 106, 107, 108):
        return "plucked"
    if 8 <= program < 16:
        return "bell"
    if 40 <= program < 56 or program == 110:
        return "bowed"
    return "blown"


TIMBRES = {  # harmonic amplitudes, attack, decay per second (plucked), vibrato depth
    "plucked": ([1, 0.6, 0.35, 0.25, 0.12, 0.08], 0.004, 3.0, 0.0),
    "bell": ([1, 0.0, 0.4, 0.0, 0.2, 0.0, 0.1], 0.002, 2.0, 0.0),
    "bowed": ([1, 0.7, 0.5, 0.35, 0.25, 0.18, 0.12, 0.08], 0.06, 0.0, 0.004),
    "blown": ([1, 0.25, 0.12, 0.06, 0.03], 0.04, 0.0, 0.003),
}


def tone(freq: float, seconds: float, velocity: int, kind: str) -> np.ndarray:
    harmonics, attack, decay, vibrato = TIMBRES[kind]
    n = int((seconds + 0.25) * RATE)
    t = np.arange(n) / RATE
    phase = 2 * np.pi * freq * (t + vibrato * np.sin(2 * np.pi * 5.5 * t) / 5.5)
    wave_ = sum(a * np.sin(k * phase) / (1 + 0.2 * k * (freq / 800)) for k, a in enumerate(harmonics, start=1))
    env = np.minimum(1.0, t / attack)
    if decay:
        env *= np.exp(-decay * t * (freq / 440) ** 0.3)
    held = t <= seconds
    env *= np.where(held, 1.0, np.exp(-(t - seconds) * 25))
    return (velocity / 127) * 0.2 * env * wave_


def render_builtin(events, end: float) -> np.ndarray:
    out = np.zeros(int((end + TAIL_SECONDS) * RATE) + RATE)
    programs = {c: 0 for c in range(16)}
    started = {}
    for when, msg in events:
        if msg.type == "program_change":
            programs[msg.channel] = msg.program
        elif msg.type == "note_on" and msg.velocity > 0:
            started[(msg.channel, msg.note)] = (when, msg.velocity)
        elif msg.type in ("note_off", "note_on") and (msg.channel, msg.note) in started:
            start, velocity = started.pop((msg.channel, msg.note))
            if msg.channel == 9:
                continue
            freq = 440.0 * 2 ** ((msg.note - 69) / 12)
            sound = tone(freq, max(0.05, when - start), velocity, family(programs[msg.channel]))
            i = int(start * RATE)
            out[i:i + len(sound)] += sound[:len(out) - i]
    return out.astype(np.float32)


def wav_bytes(samples: np.ndarray) -> bytes:
    """16-bit mono WAV, peak-normalised just under full scale so it never clips."""
    peak = float(np.max(np.abs(samples))) if samples.size else 0.0
    scale = 0.89 / peak if peak > 0 else 1.0
    pcm = (samples * np.float32(scale * 32767)).astype("<i2")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.data)
    return buf.getvalue()
