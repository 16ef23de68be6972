"""Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK, detected, not assumed."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from jixiao.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHINESE_FALLBACKS = ("gb18030", "big5")


def decode(data: bytes, file: str) -> tuple[str, str]:
    """The text and the encoding it was read with.

    Strict UTF-8 first (a GBK file almost never decodes as UTF-8 by accident), then GB18030, which
    covers GB2312 and GBK; charset-normalizer only for what neither reads.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in _CHINESE_FALLBACKS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    best = from_bytes(data).best()
    if best is None:
        raise InputError.single(file, "无法识别文件的字符编码（不是 UTF-8、GB18030 或其他常见编码的文本）")
    return str(best), best.encoding
