"""The 自评报告 as a Word document set like a Chinese official document (GB/T 9704 style).

A4 with 37/35/28/26 mm margins, a 小标宋 title in 二号, 仿宋 三号 body on a fixed 28.9 pt line
(22 lines a page), 黑体 and 楷体 headings, "— 1 —" page numbers on the outer side. Fonts are
named as a Chinese Windows PC has them, and set for East-Asian text as well (w:eastAsia):
python-docx's ``font.name`` alone leaves Chinese characters in the theme font.
"""

from __future__ import annotations

import io
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor

from jixiao.render.report_text import Heading, Paragraph, Report, Table

TITLE_FONT = "方正小标宋简体"
BODY_FONT = "仿宋"
HEADING_FONTS = {1: "黑体", 2: "楷体", 3: "仿宋"}
TABLE_FONT = "宋体"
TABLE_HEADER_FONT = "黑体"
PAGE_NUMBER_FONT = "宋体"
BODY_SIZE = Pt(16)  # 三号
TITLE_SIZE = Pt(22)  # 二号
TABLE_SIZE = Pt(10.5)  # 五号
PAGE_NUMBER_SIZE = Pt(14)  # 四号
LINE = Pt(28.9)
DRAFT_MARK = "草稿"
PENDING_COLOUR = RGBColor(0xC0, 0x00, 0x00)
INDENT = Pt(32)  # two characters of 三号
# what may follow w:overflowPunct in a w:pPr: the schema fixes the order, and Word refuses another
_AFTER_OVERFLOW_PUNCT = (
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(rpr: Any, name: str) -> None:
    """Name the font for every script, and drop theme fonts, which would win over the name."""
    fonts = rpr.get_or_add_rFonts()
    for attribute in _THEME_ATTRIBUTES:
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def report_docx(report: Report) -> bytes:
    document = Document()
    _page_setup(document)
    _styles(document)
    if report.draft:
        _draft_mark(document)
    title = document.add_paragraph(style="公文标题")
    for number, line in enumerate(report.title_lines):
        run = title.add_run(line)
        if number < len(report.title_lines) - 1:
            run.add_break()
    title.paragraph_format.space_after = Pt(0) if report.subtitle else LINE
    if report.subtitle:
        document.add_paragraph(report.subtitle, style="公文副标题")
    for block in report.blocks:
        if isinstance(block, Heading):
            document.add_paragraph(block.text, style=f"Heading {block.level}")
        elif isinstance(block, Paragraph):
            paragraph = document.add_paragraph(block.text)
            if block.pending:
                paragraph.runs[0].font.color.rgb = PENDING_COLOUR
        else:
            _table(document, block)
    if report.signature:
        _signature(document, report.signature)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _signature(document: Any, lines: tuple[str, ...]) -> None:
    """落款 and 成文日期 (GB/T 9704 7.3.5): the date four characters in from the right, the unit centred
    over it; two empty lines above leave room for the seal, which overlaps both."""
    for _ in range(2):
        document.add_paragraph()
    date_width = len(lines[-1]) * BODY_SIZE
    for line in lines:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.paragraph_format.keep_with_next = True
        offset = max(Emu(0), Emu(int((date_width - len(line) * BODY_SIZE) / 2)))
        paragraph.paragraph_format.right_indent = Emu(INDENT * 2 + offset)


def _draft_mark(document: Any) -> None:
    """草稿 at the head of every page: a draft must not be taken for the issued document."""
    section = document.sections[0]
    for header in (section.header, section.even_page_header):
        paragraph = header.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.first_line_indent = Pt(0)
        run = paragraph.add_run(DRAFT_MARK)
        run.font.size = BODY_SIZE
        run.font.color.rgb = PENDING_COLOUR
        set_fonts(run._r.get_or_add_rPr(), HEADING_FONTS[1])


def _page_setup(document: Any) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    section.footer_distance = Cm(2.5)
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
    _page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)


def _page_number(paragraph: Any, alignment: Any) -> None:
    """ "— 7 —" with a PAGE field, one character in from the outer edge."""
    paragraph.alignment = alignment
    paragraph.paragraph_format.first_line_indent = Pt(0)
    if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
        paragraph.paragraph_format.right_indent = PAGE_NUMBER_SIZE
    else:
        paragraph.paragraph_format.left_indent = PAGE_NUMBER_SIZE
    runs = [paragraph.add_run("— ")]
    for kind in ("begin", None, "separate", "1", "end"):
        run = paragraph.add_run()
        if kind == "1":
            run.text = "1"
        elif kind is None:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)
        else:
            field = OxmlElement("w:fldChar")
            field.set(qn("w:fldCharType"), kind)
            run._r.append(field)
        runs.append(run)
    runs.append(paragraph.add_run(" —"))
    for run in runs:
        run.font.size = PAGE_NUMBER_SIZE
        set_fonts(run._r.get_or_add_rPr(), PAGE_NUMBER_FONT)


def _style_font(style: Any, name: str, size: Any, bold: bool = False) -> None:
    style.font.size = size
    style.font.bold = bold
    style.font.italic = False
    style.font.color.rgb = RGBColor(0, 0, 0)
    set_fonts(style.element.get_or_add_rPr(), name)


def _punctuation_inside(ppr: Any) -> None:
    """Keep line-end punctuation inside the text block, as Chinese documents are set. LibreOffice hangs
    it into the margin unless w:overflowPunct is on (it reads the flag the other way round from Word,
    whose default it is, so Word's layout does not change), and a "；" it hangs at the end of a
    justified line is missing from the PDF."""
    ppr.insert_element_before(OxmlElement("w:overflowPunct", {qn("w:val"): "1"}), *_AFTER_OVERFLOW_PUNCT)


def _styles(document: Any) -> None:
    styles = document.styles
    defaults = document.styles.element.find(qn("w:docDefaults"))
    default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(default_rpr, BODY_FONT)
    language = default_rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        default_rpr.append(language)
    language.set(qn("w:val"), "en-US")
    language.set(qn("w:eastAsia"), "zh-CN")

    normal = styles["Normal"]
    _style_font(normal, BODY_FONT, BODY_SIZE)
    body = normal.paragraph_format
    body.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    body.line_spacing = LINE
    body.first_line_indent = INDENT
    body.space_before = body.space_after = Pt(0)
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.widow_control = True
    _punctuation_inside(normal.element.get_or_add_pPr())

    for level, font in HEADING_FONTS.items():
        heading = styles[f"Heading {level}"]
        _style_font(heading, font, BODY_SIZE, bold=level == 3)
        fmt = heading.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = LINE
        fmt.first_line_indent = INDENT
        fmt.left_indent = Pt(0)
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.keep_with_next = True
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT

    title = styles.add_style("公文标题", WD_STYLE_TYPE.PARAGRAPH)
    title.base_style = normal
    _style_font(title, TITLE_FONT, TITLE_SIZE)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Pt(0)
    title.paragraph_format.line_spacing = Pt(36)
    title.paragraph_format.space_before = LINE

    subtitle = styles.add_style("公文副标题", WD_STYLE_TYPE.PARAGRAPH)
    subtitle.base_style = normal
    _style_font(subtitle, HEADING_FONTS[2], BODY_SIZE)
    subtitle.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.paragraph_format.first_line_indent = Pt(0)
    subtitle.paragraph_format.space_after = LINE

    cell = styles.add_style("表格文字", WD_STYLE_TYPE.PARAGRAPH)
    cell.base_style = normal
    _style_font(cell, TABLE_FONT, TABLE_SIZE)
    cell.paragraph_format.first_line_indent = Pt(0)
    cell.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    cell.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    header = styles.add_style("表头文字", WD_STYLE_TYPE.PARAGRAPH)
    header.base_style = cell
    _style_font(header, TABLE_HEADER_FONT, TABLE_SIZE)
    header.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _table(document: Any, table: Table) -> None:
    """Ruled, centred, header row repeated on every page, no row split across pages, figures on the right."""
    grid = document.add_table(rows=1 + len(table.rows), cols=len(table.header))
    grid.style = document.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    grid.autofit = False
    for column, width in zip(grid.columns, table.widths, strict=True):
        column.width = Cm(width)
    for r, row in enumerate(grid.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit", {qn("w:val"): "true"}))
        if r == 0:
            properties.append(OxmlElement("w:tblHeader", {qn("w:val"): "true"}))
    for r, values in enumerate((table.header, *table.rows)):
        for c, value in enumerate(values):
            cell = grid.cell(r, c)
            cell.width = Cm(table.widths[c])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            paragraph = cell.paragraphs[0]
            paragraph.style = document.styles["表头文字" if r == 0 else "表格文字"]
            run = paragraph.add_run(value)
            if r > 0 and r - 1 in table.strong_rows:
                run.bold = True
            if r > 0 and c in table.numeric_columns:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for top, left, bottom, right in table.merges:
        merged = grid.cell(top + 1, left).merge(grid.cell(bottom + 1, right))
        for extra in merged.paragraphs[1:]:  # the empty paragraphs of the cells merged in
            extra._p.getparent().remove(extra._p)
    document.add_paragraph()
