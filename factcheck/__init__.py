"""factcheck: look up facts, check claims and quiz yourself on one article's fact base."""

__version__ = "0.1.0"
