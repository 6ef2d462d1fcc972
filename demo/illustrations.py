"""Drawings for strengths and stories: people, workshops, bicycles, produce, rooms, and PDF leaflets.

Like `landscapes` and `images`, everything is drawn with Pillow from a seed (deterministic, nothing
downloaded). People are drawn as simple figures, never as likenesses: they are fictional.
"""

import math
import random

from PIL import Image, ImageDraw

from .drawing import drawable_text, fitted_font, mix, rgb, vertical_gradient
from .schema import Palette

SIZE = (1200, 800)
PAGE_SIZE = (1240, 1754)  # A4 at 150 dpi
WHITE = (255, 255, 255)
SKIN = ((241, 205, 170), (224, 172, 125), (176, 121, 82), (120, 78, 52), (92, 60, 40))
HAIR = ((40, 30, 24), (92, 60, 34), (170, 130, 80), (200, 200, 196), (20, 20, 20))


def _backdrop(palette: Palette, seed: int) -> Image.Image:
    image = Image.new("RGB", SIZE)
    vertical_gradient(image, mix(palette.accent, WHITE, 0.55), mix(palette.primary, WHITE, 0.35))
    return image


def person(palette: Palette, seed: int) -> Image.Image:
    """A fictional person drawn as a simple bust (head, hair, shoulders) in front of a soft backdrop."""
    rng = random.Random(seed)
    image = _backdrop(palette, seed)
    draw = ImageDraw.Draw(image)
    for _ in range(14):
        x, y, r = rng.uniform(0, SIZE[0]), rng.uniform(0, SIZE[1] * 0.7), rng.uniform(30, 120)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=mix(palette.accent, WHITE, rng.uniform(0.3, 0.7)))
    cx, skin, hair = SIZE[0] / 2 + rng.uniform(-120, 120), rng.choice(SKIN), rng.choice(HAIR)
    clothes = mix(rng.choice((palette.primary, palette.secondary)), palette.text, rng.uniform(0, 0.3))
    draw.ellipse([cx - 300, 560, cx + 300, 1100], fill=clothes)
    draw.rectangle([cx - 48, 440, cx + 48, 600], fill=mix(skin, (0, 0, 0), 0.08))
    long_hair = rng.random() < 0.5
    if long_hair:
        draw.rounded_rectangle([cx - 135, 180, cx + 135, 560], radius=110, fill=hair)
    draw.ellipse([cx - 110, 200, cx + 110, 480], fill=skin)
    draw.chord([cx - 118, 170, cx + 118, 400], 180, 360, fill=hair)
    draw.line([(cx - 60, 560), (cx, 640), (cx + 60, 560)], fill=mix(clothes, WHITE, 0.35), width=10)
    return image


def bicycle(palette: Palette, seed: int) -> Image.Image:
    """A road bicycle at the foot of a pass, with a hairpin road climbing behind it."""
    rng = random.Random(seed)
    image = _backdrop(palette, seed)
    draw = ImageDraw.Draw(image)
    for i, shade in enumerate((0.35, 0.55)):
        peaks = [(x, 330 + 90 * i - rng.uniform(0, 220)) for x in range(-100, 1400, 180)]
        draw.polygon([*peaks, (1300, 800), (-100, 800)], fill=mix(palette.secondary, WHITE, shade))
    bends = [(760 + (120 if i % 2 else -60), 260 + i * 40) for i in range(7)]
    draw.line(bends, fill=mix(palette.accent, WHITE, 0.3), width=10, joint="curve")
    draw.rectangle([0, 640, 1200, 800], fill=mix(palette.text, WHITE, 0.55))
    frame, tyre = rgb(palette.primary), mix(palette.text, (0, 0, 0), 0.2)
    rear, front, radius = (380, 560), (780, 560), 130
    for cx, cy in (rear, front):
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=tyre, width=16)
        for spoke in range(16):
            angle = spoke * math.tau / 16
            draw.line([(cx, cy), (cx + 118 * math.cos(angle), cy + 118 * math.sin(angle))], fill=(190, 190, 190))
    crank, seat, head = (560, 560), (520, 360), (730, 370)
    for start, end in ((rear, crank), (crank, seat), (seat, rear), (seat, head), (head, crank), (head, front)):
        draw.line([start, end], fill=frame, width=18)
    draw.line([(490, 340), (570, 340)], fill=tyre, width=14)
    draw.arc([700, 330, 800, 430], 270, 90, fill=tyre, width=12)
    return image


def workshop(palette: Palette, seed: int) -> Image.Image:
    """A craftsperson's wall of tools above a workbench, with planks of local wood."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, mix("#e9dcc3", palette.background, 0.3))
    draw = ImageDraw.Draw(image)
    for x in range(30, 1200, 40):
        for y in range(30, 520, 40):
            draw.ellipse([x - 3, y - 3, x + 3, y + 3], fill=mix("#e9dcc3", palette.text, 0.25))
    metal, handle = (150, 156, 162), mix(palette.accent, "#8b5a2b", 0.5)
    for index in range(9):
        x = 90 + index * 120 + rng.uniform(-10, 10)
        kind = rng.choice(("hammer", "chisel", "saw", "square"))
        if kind == "hammer":
            draw.rectangle([x - 8, 140, x + 8, 400], fill=handle)
            draw.rectangle([x - 40, 120, x + 40, 160], fill=metal)
        elif kind == "chisel":
            draw.rectangle([x - 10, 120, x + 10, 260], fill=handle)
            draw.polygon([(x - 7, 260), (x + 7, 260), (x + 4, 420), (x - 4, 420)], fill=metal)
        elif kind == "saw":
            draw.polygon([(x - 20, 120), (x + 40, 140), (x + 30, 440), (x - 30, 440)], fill=metal)
            draw.rectangle([x - 28, 90, x + 28, 140], fill=handle)
        else:
            draw.rectangle([x - 40, 130, x - 20, 420], fill=metal)
            draw.rectangle([x - 40, 400, x + 50, 420], fill=metal)
    draw.rectangle([0, 560, 1200, 620], fill=mix("#8b5a2b", palette.primary, 0.2))
    draw.rectangle([0, 620, 1200, 800], fill=mix("#5c3b1e", palette.text, 0.3))
    for index in range(6):
        y = 500 + index * 10
        draw.rectangle([150 + index * 30, y, 700 + index * 40, y + 12], fill=mix("#c89b63", WHITE, index / 12))
    return image


def produce(palette: Palette, seed: int) -> Image.Image:
    """Shelves of jars, bottles and fruit: what a farm or a processing workshop makes."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, mix(palette.background, palette.accent, 0.2))
    draw = ImageDraw.Draw(image)
    fruits = [rgb(palette.accent), (212, 49, 44), (247, 160, 40), (120, 160, 60), (110, 40, 90)]
    for shelf in (250, 520, 790):
        draw.rectangle([0, shelf, 1200, shelf + 18], fill=mix("#8b5a2b", palette.text, 0.2))
        x = 40.0
        while x < 1140:
            color = rng.choice(fruits)
            if rng.random() < 0.6:
                width, height = rng.uniform(70, 100), rng.uniform(110, 170)
                draw.rounded_rectangle([x, shelf - height, x + width, shelf], radius=14, fill=color)
                draw.rectangle([x + 6, shelf - height - 22, x + width - 6, shelf - height + 4], fill=(200, 190, 160))
                draw.rectangle([x + 12, shelf - height * 0.6, x + width - 12, shelf - height * 0.3], fill=WHITE)
            else:
                width = rng.uniform(60, 90)
                draw.ellipse([x, shelf - width, x + width, shelf], fill=color)
                draw.line(
                    [(x + width / 2, shelf - width), (x + width / 2 + 8, shelf - width - 16)],
                    fill=(70, 90, 40),
                    width=5,
                )
            x += width + rng.uniform(14, 40)
    return image


def room(palette: Palette, seed: int) -> Image.Image:
    """A shared workspace: tall windows, long tables with laptops and chairs, plants."""
    rng = random.Random(seed)
    image = Image.new("RGB", SIZE, mix(palette.background, palette.secondary, 0.08))
    draw = ImageDraw.Draw(image)
    for x in range(80, 1200, 280):
        draw.rectangle([x, 70, x + 170, 380], fill=mix("#bcdff2", palette.primary, 0.15), outline=WHITE, width=10)
        draw.line([(x + 85, 70), (x + 85, 380)], fill=WHITE, width=6)
    draw.rectangle([0, 520, 1200, 800], fill=mix("#b08a5a", palette.background, 0.4))
    for row, y in enumerate((500, 640)):
        draw.rectangle([100 - row * 40, y, 1100 + row * 40, y + 22], fill=mix(palette.secondary, WHITE, 0.3))
        for x in range(160 - row * 40, 1080 + row * 40, 190):
            laptop = mix(palette.text, WHITE, rng.uniform(0.2, 0.5))
            draw.polygon([(x, y), (x + 70, y), (x + 62, y - 52), (x + 8, y - 52)], fill=laptop)
            draw.rectangle([x + 20, y + 22, x + 60, y + 110], fill=rgb(palette.primary))
    for x in (40, 1150):
        draw.rectangle([x - 25, 420, x + 25, 500], fill=mix(palette.accent, "#8b5a2b", 0.4))
        for _ in range(10):
            lx, ly = x + rng.uniform(-50, 50), rng.uniform(330, 430)
            draw.ellipse([lx - 22, ly - 14, lx + 22, ly + 14], fill=mix(palette.secondary, "#3c7a3a", 0.4))
    return image


def leaflet(palette: Palette, title: str, lines: tuple[str, ...]) -> list[Image.Image]:
    """A one-page A4 leaflet: a coloured band with the title, then short lines of text."""
    page = Image.new("RGB", PAGE_SIZE, WHITE)
    draw = ImageDraw.Draw(page)
    draw.rectangle([0, 0, PAGE_SIZE[0], 260], fill=rgb(palette.primary))
    draw.rectangle([0, 260, PAGE_SIZE[0], 290], fill=rgb(palette.accent))
    heading = drawable_text(title)
    draw.text((90, 130), heading, font=fitted_font(heading, PAGE_SIZE[0] - 180, 64), fill=WHITE, anchor="lm")
    font = fitted_font(max((drawable_text(line) for line in lines), key=len), PAGE_SIZE[0] - 180, 34)
    for index, line in enumerate(lines):
        draw.text((90, 380 + index * 70), drawable_text(line), font=font, fill=rgb(palette.text))
    return [page]
