"""The report as data: sections of paragraphs, bullet lists, tables and figures, rendered to Markdown, HTML
and PDF by :mod:`synth.report.render` (one content, three forms)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Para:
    text: str  # plain text; **bold** is the only markup


@dataclass
class Bullets:
    items: list[str]


@dataclass
class Box:
    """A framed box (the verdict): a title and lines of text."""

    title: str
    lines: list[str]


@dataclass
class Table:
    header: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass
class Figure:
    path: Path  # a PNG written beside the report
    caption: str
    alt: str


@dataclass
class Section:
    title: str
    blocks: list = field(default_factory=list)
    new_page: bool = False  # the PDF starts it on a new page


@dataclass
class Report:
    title: str
    subtitle: str
    sections: list[Section]
