"""The dialogue manager: sessions that compose, revise, check and remember."""
from .session import Composer, Reply, Session, Version

__all__ = ["Composer", "Reply", "Session", "Version"]
