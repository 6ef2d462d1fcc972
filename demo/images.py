"""Logos, maps, charts and patterns drawn with Pillow, and saving any artwork as a Wagtail image.

Nothing is downloaded: every picture is drawn here or in `landscapes`, deterministically (seeded).
Text uses Pillow's built-in font, which needs no system font but only has ASCII glyphs.
"""

import math
import random
import re
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils.text import slugify
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.utils.file import hash_filelike

from .drawing import centered_text, drawable_text, fitted_font, mix, regular_polygon, rgb
from .schema import Artwork, Palette

LOGO_SIZE = 480
FIGURE_SIZE = (1200, 800)
JPEG_QUALITY = 82
WHITE = (255, 255, 255)


def _shape(draw: ImageDraw.ImageDraw, center: tuple[float, float], radius: float, sides: int, **style) -> None:
    """A circle (sides=0) or a regular polygon standing on a flat base."""
    if sides == 0:
        x, y = center
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], **style)
    else:
        draw.polygon(regular_polygon(center, radius, sides, math.pi / 2 + math.pi / sides), **style)


def monogram(initials: str, palette: Palette, sides: int = 0) -> Image.Image:
    """A territory logo: its initials in white on a shape in its main colour, ringed with its accent."""
    image = Image.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    center, radius = (LOGO_SIZE / 2, LOGO_SIZE / 2), LOGO_SIZE * 0.48
    _shape(draw, center, radius, sides, fill=rgb(palette.accent))
    _shape(draw, center, radius * 0.88, sides, fill=rgb(palette.primary))
    _shape(draw, center, radius * 0.8, sides, outline=mix(palette.primary, WHITE, 0.35), width=4)
    font = fitted_font(drawable_text(initials), int(radius * 1.1), 200)
    centered_text(draw, (center[0], center[1] - 6), initials, font, WHITE)
    return image


def square_metre(palette: Palette) -> Image.Image:
    """The network's logo: a square with « m² » (the ² drawn as a small raised 2)."""
    image = Image.new("RGBA", (LOGO_SIZE, LOGO_SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    margin = LOGO_SIZE * 0.06
    draw.rectangle([margin, margin, LOGO_SIZE - margin, LOGO_SIZE - margin], fill=rgb(palette.primary))
    draw.rectangle([LOGO_SIZE * 0.62, margin, LOGO_SIZE - margin, LOGO_SIZE * 0.38], fill=rgb(palette.accent))
    draw.text((LOGO_SIZE * 0.42, LOGO_SIZE * 0.58), "m", font=fitted_font("m", 260, 260), fill=WHITE, anchor="mm")
    small = fitted_font("2", 90, 110)
    draw.text((LOGO_SIZE * 0.76, LOGO_SIZE * 0.24), "2", font=small, fill=rgb(palette.text), anchor="mm")
    return image


def _wrap(words: list[str], width: int) -> list[str]:
    """Words grouped into lines of about `width` characters."""
    lines: list[str] = []
    for word in words:
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def partner_logo(name: str, color: str, accent: str, sides: int = 4) -> Image.Image:
    """A partner's logo: a small emblem with its initials, and its name beside it."""
    width, height = LOGO_SIZE, LOGO_SIZE // 2
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    words = drawable_text(name).upper().split()
    initials = "".join(word[0] for word in words if len(word) > 3)[:3] or words[0][:2]
    center, radius = (height / 2, height / 2), height * 0.4
    _shape(draw, center, radius, sides, fill=rgb(color))
    _shape(draw, center, radius * 0.7, sides, outline=rgb(accent), width=5)
    centered_text(draw, center, initials, fitted_font(initials, int(radius * 0.8), 56), WHITE)
    lines = _wrap(words, 16)
    font = fitted_font(max(lines, key=len), width - height - 20, 44)
    step = font.size * 1.15
    for index, line in enumerate(lines):
        y = height / 2 + (index - (len(lines) - 1) / 2) * step
        draw.text((height + 10, y), line, font=font, fill=rgb(color), anchor="lm")
    return image


def altitude_profile(palette: Palette, cols: tuple[tuple[str, int], ...]) -> Image.Image:
    """Mountain passes as peaks drawn to scale, each labelled with its name and altitude."""
    width, height = FIGURE_SIZE
    image = Image.new("RGB", FIGURE_SIZE, rgb(palette.background))
    draw = ImageDraw.Draw(image)
    ground, top_margin, peak_max = height - 110, 150, max(altitude for _name, altitude in cols)
    slot = width / len(cols)
    label_font, value_font = fitted_font("TELEGRAPHE", int(slot - 20), 26), fitted_font("2 764 M", int(slot - 20), 30)
    for index, (name, altitude) in enumerate(sorted(cols, key=lambda col: col[1])):
        x = slot * (index + 0.5)
        summit = ground - (ground - top_margin) * altitude / peak_max
        color = mix(palette.secondary, palette.primary, index / max(len(cols) - 1, 1))
        draw.polygon([(x - slot * 0.62, ground), (x, summit), (x + slot * 0.62, ground)], fill=color)
        draw.polygon([(x - 22, summit + 34), (x, summit), (x + 22, summit + 34)], fill=WHITE)
        draw.text(
            (x, summit - 24), f"{altitude:,} m".replace(",", " "), font=value_font, fill=rgb(palette.text), anchor="mb"
        )
        draw.text((x, ground + 40), drawable_text(name).upper(), font=label_font, fill=rgb(palette.text), anchor="mm")
    draw.line([(0, ground), (width, ground)], fill=rgb(palette.text), width=3)
    return image


def ponds_map(palette: Palette, seed: int) -> Image.Image:
    """The plateau seen from above: forest dotted with ponds, and a hiking trail between them."""
    rng = random.Random(seed)
    image = Image.new("RGB", FIGURE_SIZE, mix(palette.primary, WHITE, 0.15))
    draw = ImageDraw.Draw(image)
    width, height = FIGURE_SIZE
    for _ in range(900):
        x, y, r = rng.uniform(0, width), rng.uniform(0, height), rng.uniform(6, 16)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=mix(palette.primary, palette.text, rng.uniform(0, 0.4)))
    ponds = [(rng.uniform(40, width - 40), rng.uniform(40, height - 40)) for _ in range(48)]
    for x, y in ponds:
        rx, ry = rng.uniform(18, 70), rng.uniform(12, 44)
        draw.ellipse([x - rx - 6, y - ry - 6, x + rx + 6, y + ry + 6], fill=mix(palette.accent, WHITE, 0.3))
        draw.ellipse([x - rx, y - ry, x + rx, y + ry], fill=mix(palette.secondary, "#7fb2d6", 0.45))
    trail = sorted(rng.sample(ponds, 9))
    for (x1, y1), (x2, y2) in zip(trail, trail[1:], strict=False):
        draw.line([(x1, y1), (x2, y2)], fill=rgb(palette.accent), width=6)
    return image


def site_plan(palette: Palette, seed: int) -> Image.Image:
    """Plan of a one-hectare site: a 100 m square with its halls, access road, car park and trees."""
    rng = random.Random(seed)
    width, height = FIGURE_SIZE
    image = Image.new("RGB", FIGURE_SIZE, mix(palette.background, palette.accent, 0.25))
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 40):
        draw.line([(x, 0), (x, height)], fill=mix(palette.background, palette.secondary, 0.12))
    for y in range(0, height, 40):
        draw.line([(0, y), (width, y)], fill=mix(palette.background, palette.secondary, 0.12))
    draw.rectangle([0, 640, width, 720], fill=(150, 150, 150))
    for x in range(0, width, 80):
        draw.line([(x, 680), (x + 40, 680)], fill=WHITE, width=4)
    left, top, side = 320, 60, 560
    draw.rectangle([left, top, left + side, top + side], outline=rgb(palette.primary), width=8)
    draw.rectangle([left + 40, top + 60, left + 330, top + 260], fill=mix(palette.secondary, WHITE, 0.3))
    draw.rectangle([left + 40, top + 300, left + 250, top + 420], fill=mix(palette.secondary, WHITE, 0.45))
    draw.rectangle([left + 380, top + 330, left + 520, top + 520], fill=(190, 190, 190))
    draw.rectangle([left + 420, top + side, left + 480, 640], fill=(190, 190, 190))
    for _ in range(26):
        x, y = rng.uniform(20, width - 20), rng.uniform(20, 620)
        if left - 20 < x < left + side + 20 and top - 20 < y < top + side + 20:
            continue
        draw.ellipse([x - 18, y - 18, x + 18, y + 18], fill=mix(palette.secondary, palette.text, 0.1))
    centered_text(draw, (left + 150, top + 490), "1 HA", fitted_font("1 HA", 200, 72), rgb(palette.primary))
    return image


def town_hall(palette: Palette, sign: str) -> Image.Image:
    """A village town hall's façade: two storeys of tall windows, a clock, and a new sign over the door."""
    width, height = FIGURE_SIZE
    image = Image.new("RGB", FIGURE_SIZE, mix("#cfe3f0", palette.background, 0.4))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 700, width, height], fill=mix(palette.accent, "#b8a27a", 0.6))
    left, right, top = 220, 980, 230
    wall, frame = mix("#eadcc2", palette.background, 0.3), mix(palette.text, WHITE, 0.35)
    draw.polygon([(left - 30, top), (width / 2, 90), (right + 30, top)], fill=mix(palette.primary, WHITE, 0.1))
    draw.rectangle([left, top, right, 700], fill=wall)
    draw.ellipse([width / 2 - 45, 140, width / 2 + 45, 230], fill=WHITE, outline=frame, width=6)
    draw.line([(width / 2, 185), (width / 2, 155)], fill=frame, width=5)
    draw.line([(width / 2, 185), (width / 2 + 22, 185)], fill=frame, width=5)
    for row, y in enumerate((280, 470)):
        for column in range(5):
            x = left + 50 + column * 140
            if row == 1 and column == 2:
                continue
            draw.rectangle([x, y, x + 80, y + 150], fill=mix("#7fa6c2", palette.secondary, 0.3), outline=frame, width=6)
            draw.rectangle([x - 8, y + 150, x + 88, y + 162], fill=frame)
    door = (width / 2 - 60, 500, width / 2 + 60, 700)
    draw.rectangle(door, fill=rgb(palette.secondary))
    draw.rectangle([width / 2 - 88, 446, width / 2 + 88, 492], fill=rgb(palette.primary))
    centered_text(draw, (width / 2, 469), sign.upper(), fitted_font(sign.upper(), 160, 34), WHITE)
    return image


def meanders(palette: Palette, seed: int) -> Image.Image:
    """A great river seen from above, looping between wooded slopes and meadows."""
    rng = random.Random(seed)
    width, height = FIGURE_SIZE
    image = Image.new("RGB", FIGURE_SIZE, mix(palette.secondary, WHITE, 0.1))
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        w, h = rng.uniform(60, 200), rng.uniform(40, 140)
        draw.rectangle([x, y, x + w, y + h], fill=mix(palette.secondary, "#b9c98a", rng.uniform(0.3, 0.7)))
    curve = [(width * 0.5 + 300 * math.sin(t / 30 * 5 + seed), t / 30 * height) for t in range(-1, 32)]
    draw.line(curve, fill=mix(palette.accent, WHITE, 0.2), width=110, joint="curve")
    draw.line(curve, fill=mix(palette.primary, "#6fa8c9", 0.4), width=90, joint="curve")
    draw.line([(x + 12, y) for x, y in curve], fill=mix(palette.accent, WHITE, 0.6), width=4, joint="curve")
    return image


def madras(palette: Palette, seed: int) -> Image.Image:
    """A madras check, the fabric of Guadeloupe, woven in the territory's colours."""
    rng = random.Random(seed)
    width, height = FIGURE_SIZE
    colors = [rgb(palette.accent), rgb(palette.primary), rgb(palette.secondary), (212, 49, 44), (247, 208, 70)]
    bands = [(rng.choice(colors), rng.choice((12, 24, 48, 80))) for _ in range(8)]
    image = Image.new("RGBA", FIGURE_SIZE, (*rgb(palette.background), 255))
    # Warp then weft on separate layers, so crossing bands blend like woven threads.
    for vertical in (True, False):
        layer = Image.new("RGBA", FIGURE_SIZE, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        position = 0
        while position < max(width, height):
            for color, size in bands:
                box = [position, 0, position + size, height] if vertical else [0, position, width, position + size]
                draw.rectangle(box, fill=(*color, 140))
                position += size + 10
        image.alpha_composite(layer)
    return image.convert("RGB")


def mosaic(palettes: tuple[Palette, ...], seed: int) -> Image.Image:
    """Square metres side by side: a grid of squares in the colours of every territory of the network."""
    rng = random.Random(seed)
    width, height = FIGURE_SIZE
    image = Image.new("RGB", FIGURE_SIZE, WHITE)
    draw = ImageDraw.Draw(image)
    cell = 100
    for column in range(width // cell):
        for row in range(height // cell):
            palette = palettes[(column + row) % len(palettes)]
            color = rng.choice((palette.primary, palette.secondary, palette.accent))
            inset = rng.choice((6, 6, 18))
            draw.rectangle(
                [column * cell + inset, row * cell + inset, (column + 1) * cell - inset, (row + 1) * cell - inset],
                fill=rgb(color),
            )
    return image


def create_image(artwork: Artwork, collection: Collection):
    """Draw an artwork and store it as a Wagtail image: PNG when transparent, JPEG otherwise."""
    picture = artwork.draw()
    buffer = BytesIO()
    if picture.mode == "RGBA":
        picture.save(buffer, "PNG", optimize=True)
        extension = "png"
    else:
        picture.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        extension = "jpg"
    data = buffer.getvalue()
    # Admin-only remarks such as "(partenaire fictif)" stay out of the file name, which visitors can see.
    name = re.sub(r"\s*\(.*?\)", "", artwork.title)
    filename = f"{slugify(name)[:60] or 'illustration'}.{extension}"
    image = get_image_model()(
        title=artwork.title,
        collection=collection,
        file=ImageFile(BytesIO(data), name=filename),
        file_size=len(data),
        file_hash=hash_filelike(BytesIO(data)),
    )
    image.save()
    return image
