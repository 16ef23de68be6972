"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected, not assumed."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from jixiao.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_FALLBACKS = ("gb18030", "big5")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode(data: bytes, file: str) -> Decoded:
    """The text, the encoding it was read with, and what was replaced to read it.

    Strict UTF-8 first (a GBK file almost never decodes as UTF-8 by accident), then UTF-8 with a few
    stray bytes (a NUL, a character cut at the end: replaced, each named by its offset), then GB18030,
    which covers GB2312 and GBK; charset-normalizer only for what none of these reads.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding), encoding)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    nearly = _utf8_with_strays(data)
    if nearly is not None:
        return nearly
    for encoding in _CHINESE_FALLBACKS:
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is None:
        raise InputError.single(file, "无法识别文件的字符编码（不是 UTF-8、GB18030 或其他常见编码的文本）")
    return Decoded(str(best), best.encoding)


_MAX_STRAYS = 8
_MIN_UTF8_CHARACTERS = 20  # multi-byte characters that decoded: evidence the file is UTF-8 at all


def _utf8_with_strays(data: bytes) -> Decoded | None:
    """UTF-8 apart from at most a few undecodable bytes, each replaced by U+FFFD and reported by its byte
    offset; None when the bytes are not UTF-8 (a GBK file breaks at nearly every character)."""
    pieces: list[str] = []
    strays: list[tuple[int, int]] = []
    position = 0
    while True:
        try:
            pieces.append(data[position:].decode("utf-8"))
            break
        except UnicodeDecodeError as error:
            if len(strays) == _MAX_STRAYS:
                return None
            pieces.append(data[position : position + error.start].decode("utf-8") + "\ufffd")
            start, length = position + error.start, error.end - error.start
            if strays and sum(strays[-1]) == start:  # one stray byte can break the character after it too
                previous_start, previous_length = strays.pop()
                start, length = previous_start, previous_length + length
            strays.append((start, length))
            position += error.end
    text = "".join(pieces)
    if sum(1 for character in text if ord(character) > 0x7F) - len(strays) < _MIN_UTF8_CHARACTERS:
        return None
    warnings = tuple(
        f"从第 {offset + 1} 个字节起有 {length} 个字节不是有效的 UTF-8，已替换为“\ufffd”后继续读取"
        for offset, length in strays
    )
    return Decoded(text, "utf-8", warnings)
