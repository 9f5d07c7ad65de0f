"""Render a :class:`~synth.report.model.Report` as Markdown (charts as files beside it), one self-contained
HTML file (charts embedded, no network fetches, readable on a phone, printable) and a PDF (reportlab)."""

from __future__ import annotations

import base64
import html
import os
import re
from pathlib import Path
from urllib.parse import quote

from synth.errors import input_error
from synth.report.model import Box, Bullets, Figure, Para, Report, Table

_BOLD = re.compile(r"\*\*(.+?)\*\*")

#: the forms of a report, by extension
FORMATS = (".html", ".md", ".pdf")


def report_paths(out: str | Path) -> tuple[Path, Path, Path, Path]:
    """(OUT.html, OUT.md, OUT.pdf, OUT_files/) for ``--out OUT``. The extension is appended, never substituted,
    so ``q3.v1`` and ``q3.v2`` are two reports; an OUT ending in one of the report's own extensions (``q3.html``)
    is taken without it, so it names the same report as ``q3``."""
    out = Path(out)
    if out.suffix.lower() in FORMATS:
        out = out.with_suffix("")
    if out.name in ("", ".", ".."):
        raise input_error("--out", str(out), "give a path ending in a file name prefix, e.g. --out reports/q3 (writes reports/q3.html, .md, .pdf)")
    return tuple(out.with_name(out.name + suffix) for suffix in (*FORMATS, "_files"))  # type: ignore[return-value]


# a cell that shows a number: an optional sign or currency, a digit first, at most one more word (a unit, "x", a range)
_NUMBER = re.compile(r"^[-+~$]*\$?\d[\d,.]*(?:e[-+]?\d+)?(?:\s?[kMB%x])?(?:\s?(?:-|to|±)\s?\$?[\d,.]+(?:e[-+]?\d+)?(?:\s?[kMB%x])?)?(?:\s\S+)?$")


def numeric_columns(table: Table) -> list[bool]:
    """Which columns hold numbers (every non-empty cell a number), to be right-aligned in every form."""
    columns = list(zip(*table.rows, strict=True)) if table.rows else [()] * len(table.header)
    return [bool(col) and any(str(c).strip() for c in col) and all(not str(c).strip() or str(c).strip() in ("n/a", "-") or _NUMBER.match(str(c).strip())
                                                                   for c in col) for col in columns]


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


# Markdown: characters that make structure anywhere on a line (emphasis, code, links and images, raw HTML and
# autolinks, table cells, escapes; '_' unless inside a word, where it cannot open emphasis; '(' after ']'; the
# ':' of '://' and the '.' of 'www.', which GitHub would turn into links), and at the start of a line those of
# headings and list items ('#', '+', '-', '1.', '1)').
_MD_INLINE = re.compile(r"[\\`*\[\]<>|]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|(?<=\])\(|!(?=\[)|:(?=//)|(?<=www)\.")
_MD_LINE_START = re.compile(r"^(\s*)([#+-]|\d+(?=[.)]))")


def _md(text: str, block: bool = False) -> str:
    """``text`` for Markdown, shown as written: line breaks become spaces and every character that could make
    structure (a link, an image, raw HTML, emphasis; with ``block``, text that starts a paragraph or list item,
    also a heading or a list) is backslash-escaped. The report's own **bold** stays bold, as in the HTML, which
    escapes everything else too. Text never becomes a link."""
    parts = _BOLD.split(" ".join(str(text).splitlines()))  # plain, bold, plain, bold, ... (split keeps the group)
    escaped = [_MD_INLINE.sub(lambda m: "\\" + m.group(0), part) for part in parts]
    out = "".join(f"**{part}**" if index % 2 else part for index, part in enumerate(escaped))
    if block:  # '# x' -> '\# x', '1. x' -> '1\. x'
        out = _MD_LINE_START.sub(lambda m: m.group(1) + (m.group(2) + "\\" if m.group(2).isdigit() else "\\" + m.group(2)), out)
    return out


def to_markdown(report: Report, md_path: Path) -> str:
    lines = [f"# {_md(report.title)}", "", f"_{_md(report.subtitle)}_", "",
             "Contents: " + " · ".join(f"[{_md(s.title)}](#{_slug(s.title)})" for s in report.sections), ""]
    for section in report.sections:
        lines += [f"## {_md(section.title)}", ""]
        for block in section.blocks:
            if isinstance(block, Para):
                lines += [_md(block.text, block=True), ""]
            elif isinstance(block, Bullets):
                lines += [f"- {_md(item, block=True)}" for item in block.items] + [""]
            elif isinstance(block, Box):
                lines += [f"> **{_md(block.title)}**", ">"] + [line for t in block.lines for line in (f"> {_md(t)}", ">")][:-1] + [""]
            elif isinstance(block, Table):
                lines += [f"| {' | '.join(_md(h) for h in block.header)} |",
                          "|" + "".join("---:|" if right else "---|" for right in numeric_columns(block))]
                lines += [f"| {' | '.join(_md(c) for c in row)} |" for row in block.rows]
                lines += (["", f"_{_md(block.caption)}_"] if block.caption else []) + [""]
            elif isinstance(block, Figure):  # the image is a file the report wrote; its relative path is %-encoded
                rel = quote(Path(os.path.relpath(block.path, md_path.parent)).as_posix())
                lines += [f"![{_md(block.alt)}]({rel})", "", f"_{_md(block.caption)}_", ""]
    return "\n".join(lines)


_CSS = """
body{font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;max-width:1000px;margin:0 auto;padding:1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;border-bottom:2px solid #1f5fa8;padding-bottom:.2rem;margin-top:2rem}
.subtitle{color:#555;margin-top:0}nav{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.9rem}nav a{white-space:nowrap}
p,li{overflow-wrap:break-word}
.box{border:2px solid #1f5fa8;background:#f3f7fc;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}.box h3{margin:.2rem 0 .4rem;font-size:1.1rem}
.box p{margin:.35rem 0}
.table-wrap{overflow-x:auto;margin:.6rem 0}table{border-collapse:collapse;font-size:.85rem;min-width:60%}
th,td{border:1px solid #d0d0d0;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}th{background:#eef3fa}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
caption{caption-side:bottom;text-align:left;font-style:italic;color:#555;padding-top:.3rem}
figure{margin:1rem 0}figure img{max-width:100%;height:auto}section:first-of-type figure img{max-width:760px}
figcaption{font-style:italic;color:#555;font-size:.9rem}
@media (max-width:640px){body{padding:.6rem}h1{font-size:1.3rem}table{font-size:.8rem}
figure{overflow-x:auto}figure img{max-width:none;width:600px}}
@media print{nav{display:none}h2{page-break-after:avoid}figure,table,.box{page-break-inside:avoid}body{max-width:none}}
"""


def to_html(report: Report) -> str:
    def text(t: str) -> str:
        return _BOLD.sub(r"<strong>\1</strong>", html.escape(t))

    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{html.escape(report.title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{html.escape(report.title)}</h1>", f'<p class="subtitle">{html.escape(report.subtitle)}</p>',
             "<nav>" + "".join(f'<a href="#{_slug(s.title)}">{html.escape(s.title)}</a>' for s in report.sections) + "</nav>"]
    for section in report.sections:
        parts.append(f'<section id="{_slug(section.title)}"><h2>{html.escape(section.title)}</h2>')
        for block in section.blocks:
            if isinstance(block, Para):
                parts.append(f"<p>{text(block.text)}</p>")
            elif isinstance(block, Bullets):
                parts.append("<ul>" + "".join(f"<li>{text(i)}</li>" for i in block.items) + "</ul>")
            elif isinstance(block, Box):
                parts.append(f'<div class="box"><h3>{html.escape(block.title)}</h3>' + "".join(f"<p>{text(t)}</p>" for t in block.lines) + "</div>")
            elif isinstance(block, Table):
                right = numeric_columns(block)
                cls = [' class="num"' if r else "" for r in right]
                head = "".join(f"<th{c}>{html.escape(str(h))}</th>" for h, c in zip(block.header, cls, strict=True))
                body = "".join("<tr>" + "".join(f"<td{c}>{html.escape(str(v))}</td>" for v, c in zip(row, cls, strict=True)) + "</tr>" for row in block.rows)
                caption = f"<caption>{html.escape(block.caption)}</caption>" if block.caption else ""
                parts.append(f'<div class="table-wrap"><table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>')
            elif isinstance(block, Figure):
                data = base64.b64encode(block.path.read_bytes()).decode()
                parts.append(f'<figure><img src="data:image/png;base64,{data}" alt="{html.escape(block.alt)}">'
                             f"<figcaption>{html.escape(block.caption)}</figcaption></figure>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _widths(table: Table, width: float, font: str, size: float) -> list[float]:
    """Column widths for the PDF (points): each column at least its longest word (so no word breaks; a word longer
    than 40 % of the page is broken), the rest of the page width shared in proportion to how much more each column's
    longest cell (up to 200 pt) would like."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 12.0
    rows = [table.header, *table.rows]
    least, liked = [], []
    for col in zip(*rows, strict=True):
        cells = [str(c).replace("**", "") for c in col]
        least.append(min(max(stringWidth(w, font, size) for c in cells for w in (c.split() or [""])) + pad, 0.4 * width))  # a longer word wraps
        liked.append(min(max(stringWidth(c, font, size) for c in cells), 200.0) + pad)
    liked = [max(a, b) for a, b in zip(least, liked, strict=True)]
    if sum(liked) <= width:
        return [w * width / sum(liked) for w in liked]
    if sum(least) >= width:
        return [w * width / sum(least) for w in least]
    extra = [b - a for a, b in zip(least, liked, strict=True)]
    return [a + (width - sum(least)) * e / sum(extra) for a, e in zip(least, extra, strict=True)]


def to_pdf(report: Report, path: Path) -> None:
    """A4 PDF with reportlab's Platypus: a table of contents and PDF bookmarks (one per section), headings kept with
    what follows, tables at 8 pt or more that split only when longer than a page, right-aligned numbers, charts, page
    numbers."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, Image, KeepTogether, ListFlowable, ListItem, PageBreak, PageTemplate, Paragraph, Spacer, TableStyle
    from reportlab.platypus import Table as PdfTable
    from reportlab.platypus.tableofcontents import TableOfContents

    styles = getSampleStyleSheet()
    heading = ParagraphStyle("section", parent=styles["Heading1"], fontSize=15, leading=18, spaceBefore=10, spaceAfter=6, keepWithNext=True)
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10, leading=13.5)
    cell = ParagraphStyle("cell", parent=styles["BodyText"], fontSize=8.5, leading=10.5)
    cell_right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    caption = ParagraphStyle("caption", parent=styles["Italic"], fontSize=8.5, leading=10.5, textColor=colors.HexColor("#555555"))
    box_title = ParagraphStyle("box_title", parent=body, fontName="Helvetica-Bold", fontSize=12, leading=15)
    width = A4[0] - 3 * cm

    def para(t: str, style=body) -> Paragraph:
        return Paragraph(_BOLD.sub(r"<b>\1</b>", html.escape(t)), style)

    class Doc(BaseDocTemplate):
        """Each section heading becomes a table-of-contents entry and a PDF bookmark."""

        def afterFlowable(self, flowable):
            if isinstance(flowable, Paragraph) and flowable.style.name == "section":
                text = flowable.getPlainText()
                key = f"s{self.seq.nextf('section')}"
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=0, closed=False)
                self.notify("TOCEntry", (0, text, self.page, key))

    toc = TableOfContents()
    toc.levelStyles = [ParagraphStyle("toc", parent=body, fontSize=10, leading=14, leftIndent=0.5 * cm, firstLineIndent=-0.5 * cm)]
    story: list = [para(report.title, styles["Title"]), para(report.subtitle, styles["Italic"]), Spacer(1, 0.3 * cm),
                   para("**Contents**", body), toc, PageBreak()]
    for section in report.sections:
        if section.new_page:
            story.append(PageBreak())
        story.append(para(section.title, heading))
        heading_at = len(story) - 1
        for index, block in enumerate(section.blocks):
            if index == 1:  # the heading and the section's first block on one page
                story[heading_at:] = [KeepTogether(story[heading_at:])]
            if isinstance(block, Para):
                story.append(para(block.text))
            elif isinstance(block, Box):
                inner = [[para(block.title, box_title)], *[[para(t)] for t in block.lines]]
                frame = PdfTable(inner, colWidths=[width - 0.4 * cm])
                frame.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.HexColor("#1f5fa8")),
                                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f7fc")),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
                story += [frame, Spacer(1, 0.3 * cm)]
            elif isinstance(block, Bullets):
                story.append(ListFlowable([ListItem(para(i)) for i in block.items], bulletType="bullet"))
            elif isinstance(block, Table):
                right = numeric_columns(block)
                styled = [cell_right if r else cell for r in right]
                data = [[para(str(h), s) for h, s in zip(block.header, styled, strict=True)]]
                data += [[para(str(c), s) for c, s in zip(row, styled, strict=True)] for row in block.rows]
                table = PdfTable(data, colWidths=_widths(block, width, cell.fontName, cell.fontSize), repeatRows=1)
                table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef3fa")),
                                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                parts = [table] + ([para(block.caption, caption)] if block.caption else []) + [Spacer(1, 0.3 * cm)]
                story += [KeepTogether(parts)] if len(block.rows) <= 30 else parts  # split only what cannot fit a page
            elif isinstance(block, Figure):
                image = Image(str(block.path))
                scale = min(width / image.drawWidth, 11 * cm / image.drawHeight, 1.0)
                image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
                story.append(KeepTogether([image, para(block.caption, caption), Spacer(1, 0.3 * cm)]))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawRightString(A4[0] - 1.5 * cm, 1 * cm, f"{report.title} - page {doc.page}")
        canvas.restoreState()

    doc = Doc(str(path), pagesize=A4, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.5 * cm, bottomMargin=1.5 * cm,
              title=report.title, author="synth")
    doc.addPageTemplates([PageTemplate("page", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")], onPage=footer)])
    doc.multiBuild(story)
