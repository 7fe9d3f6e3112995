"""Build the two fallback fonts for rare characters from Hanazono Mincho (花園明朝).

WenQuanYi Micro Hei covers the common CJK block but not Extension A or the supplementary planes,
where many names' rare characters live (e.g. 𠮷 U+20BB7, 䶮 U+4DAE). Forms draw those characters
in these fonts instead of printing 〓.

- hanazono-rare-bmp.ttf: the BMP ideographs (Extension A, unified and compatibility) that
  WenQuanYi lacks, from HanaMinA.
- hanazono-rare-sip.ttf: the supplementary ideographs (Extensions B to F), from HanaMinB.

Two files because one TrueType font holds at most 65,535 glyphs. Run once by a developer, with
Debian's fonts-hanazono installed and `pip install '.[fonts]'`:

    python resources/fonts/make_rare_fonts.py /usr/share/fonts/truetype/hanazono
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

HERE = Path(__file__).resolve().parent


def _bmp_ideograph(cp: int) -> bool:
    return 0x3400 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF


def _sip_ideograph(cp: int) -> bool:
    return 0x20000 <= cp <= 0x2FFFF


def _subset(source: Path, target: Path, wanted: Callable[[int], bool], have: set[int]) -> int:
    font = TTFont(str(source))
    codepoints = [cp for cp in font.getBestCmap() if wanted(cp) and cp not in have]
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    font.save(str(target))
    return len(codepoints)


def main(source_dir: str) -> int:
    main_font = TTCollection(str(HERE / "wqy-microhei.ttc")).fonts[0]
    have = set(main_font.getBestCmap())
    src = Path(source_dir)
    for name, target, wanted in (
        ("HanaMinA.ttf", "hanazono-rare-bmp.ttf", _bmp_ideograph),
        ("HanaMinB.ttf", "hanazono-rare-sip.ttf", _sip_ideograph),
    ):
        count = _subset(src / name, HERE / target, wanted, have)
        print(f"{target}: {count} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/hanazono"))
