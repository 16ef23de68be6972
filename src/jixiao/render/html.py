"""The score card and the 自评报告 as HTML: the same blocks the docx is made of, for a browser.

``table_html`` gives a fragment (the web app embeds the score card with it); ``report_html``
a whole page whose print styles follow the Word document's look.
"""

from __future__ import annotations

from html import escape

from jixiao.render.report_text import Heading, Paragraph, Report, Table

_CSS = """
body { margin: 0; background: #f2f2f2; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 12px auto; padding: 37mm 26mm 35mm 28mm;
  background: #fff; color: #000; font: 16pt/28.9pt "仿宋", "FangSong", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", serif; }
h1 { font: 22pt/36pt "方正小标宋简体", "宋体", "SimSun", "Noto Serif CJK SC", serif; font-weight: bold;
  text-align: center; margin: 28.9pt 0 0; }
.subtitle { font-family: "楷体", "KaiTi", "楷体_GB2312", "AR PL UKai CN", serif; text-align: center; margin: 0; }
.title-gap { height: 28.9pt; }
h2, h3, h4 { font-size: 16pt; line-height: 28.9pt; margin: 0; text-indent: 2em; font-weight: normal; }
h2 { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
h3 { font-family: "楷体", "KaiTi", "楷体_GB2312", "AR PL UKai CN", serif; }
h4 { font-weight: bold; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.signature { text-align: right; padding-right: 4em; text-indent: 0; }
table { border-collapse: collapse; margin: 6pt auto 14pt; font: 10.5pt/1.4 "宋体", "SimSun", "Noto Serif CJK SC", serif; }
th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: middle; }
th { font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
td.number { text-align: right; white-space: nowrap; }
tr { break-inside: avoid; }
p.pending { color: #c00000; }
p.draft { text-align: right; text-indent: 0; color: #c00000; font-family: "黑体", "SimHei", "Noto Sans CJK SC", sans-serif; }
tr.strong td { font-weight: bold; }
@media print { body { background: none; } .page { margin: 0; width: auto; min-height: 0; } }
"""


def table_html(table: Table) -> str:
    """A table block as an HTML <table> fragment; merged cells become rowspan / colspan."""
    widths = "".join(f'<col style="width:{w}cm">' for w in table.widths)
    header = "".join(f"<th>{escape(h)}</th>" for h in table.header)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for top, left, bottom, right in table.merges:
        spans[(top, left)] = (bottom - top + 1, right - left + 1)
        covered |= {(r, c) for r in range(top, bottom + 1) for c in range(left, right + 1)} - {(top, left)}
    rows = []
    for index, values in enumerate(table.rows):
        cells = []
        for c, v in enumerate(values):
            if (index, c) in covered:
                continue
            attributes = ' class="number"' if c in table.numeric_columns else ""
            rowspan, colspan = spans.get((index, c), (1, 1))
            attributes += f' rowspan="{rowspan}"' if rowspan > 1 else ""
            attributes += f' colspan="{colspan}"' if colspan > 1 else ""
            cells.append(f"<td{attributes}>{escape(v)}</td>")
        css = ' class="strong"' if index in table.strong_rows else ""
        rows.append(f"<tr{css}>{''.join(cells)}</tr>")
    body = "\n".join(rows)
    return f"<table>\n<colgroup>{widths}</colgroup>\n<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def report_html(report: Report) -> str:
    parts = ['<p class="draft">草稿</p>'] if report.draft else []
    parts.append(f"<h1>{'<br>'.join(escape(line) for line in report.title_lines)}</h1>")
    if report.subtitle:
        parts.append(f'<p class="subtitle">{escape(report.subtitle)}</p>')
    parts.append('<div class="title-gap"></div>')
    for block in report.blocks:
        if isinstance(block, Heading):
            tag = f"h{block.level + 1}"
            parts.append(f"<{tag}>{escape(block.text)}</{tag}>")
        elif isinstance(block, Paragraph):
            css = ' class="pending"' if block.pending else ""
            parts.append(f"<p{css}>{escape(block.text)}</p>")
        else:
            parts.append(table_html(block))
    if report.signature:
        parts.append('<div class="title-gap"></div>')
        parts.extend(f'<p class="signature">{escape(line)}</p>' for line in report.signature)
    body = "\n".join(parts)
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(report.title)}</title>\n<style>{_CSS}</style>\n</head>\n"
        f'<body>\n<main class="page">\n{body}\n</main>\n</body>\n</html>\n'
    )
