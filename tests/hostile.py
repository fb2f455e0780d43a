"""Calls that misbehave, for the sandbox tests: importable by name in a child, and light."""
import os


def eat_memory():
    return len(bytearray(3 << 30))


def spin():
    while True:
        pass


def crash():
    os.abort()
