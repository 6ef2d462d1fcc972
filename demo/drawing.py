"""Pillow primitives shared by the demo drawings: colours, gradients, ridges and text that fits."""

import math
import random
import unicodedata

from PIL import Image, ImageDraw, ImageFont

RGB = tuple[int, int, int]


def rgb(hex_color: str) -> RGB:
    """#rrggbb to an (r, g, b) tuple."""
    return int(hex_color[1:3], 16), int(hex_color[3:5], 16), int(hex_color[5:7], 16)


def mix(first: RGB | str, second: RGB | str, amount: float) -> RGB:
    """The colour `amount` of the way from `first` to `second` (0 gives first, 1 gives second)."""
    a = rgb(first) if isinstance(first, str) else first
    b = rgb(second) if isinstance(second, str) else second
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


def vertical_gradient(image: Image.Image, top: RGB, bottom: RGB, start: int = 0, end: int | None = None) -> None:
    """Paint horizontal bands from `top` to `bottom` between two heights."""
    draw = ImageDraw.Draw(image)
    end = image.height if end is None else end
    span = max(end - start - 1, 1)
    for y in range(start, end):
        draw.line([(0, y), (image.width, y)], fill=mix(top, bottom, (y - start) / span))


def ridge(rng: random.Random, width: int, base: float, roughness: float, steps: int = 7) -> list[float]:
    """Heights along a mountain ridge by midpoint displacement: sharp peaks, deterministic for a seed."""
    heights = [base + rng.uniform(-roughness, roughness), base + rng.uniform(-roughness, roughness)]
    spread = roughness
    for _ in range(steps):
        refined = []
        for left, right in zip(heights, heights[1:], strict=False):
            refined += [left, (left + right) / 2 + rng.uniform(-spread, spread)]
        heights = [*refined, heights[-1]]
        spread *= 0.55
    return heights


def rolling(rng: random.Random, base: float, amplitude: float, waves: int = 3) -> list[float]:
    """Heights of soft hills: a sum of a few sine waves with seeded phases."""
    phases = [(rng.uniform(0.6, 2.2) * (i + 1), rng.uniform(0, math.tau)) for i in range(waves)]
    points = 129
    return [
        base
        + amplitude
        * sum(math.sin(freq * math.pi * x / points + phase) / (i + 1) for i, (freq, phase) in enumerate(phases))
        for x in range(points)
    ]


def fill_below(
    image: Image.Image, heights: list[float], color: RGB, bottom: float | None = None
) -> list[tuple[float, float]]:
    """Fill the land under a skyline given as heights spread evenly across the width; return the outline."""
    step = image.width / (len(heights) - 1)
    outline = [(i * step, y) for i, y in enumerate(heights)]
    bottom = image.height if bottom is None else bottom
    ImageDraw.Draw(image).polygon([*outline, (image.width, bottom), (0, bottom)], fill=color)
    return outline


def height_at(heights: list[float], width: int, x: float) -> float:
    """The skyline height at a horizontal position, interpolated."""
    position = max(0.0, min(x / width * (len(heights) - 1), len(heights) - 1.001))
    index = int(position)
    return heights[index] + (heights[index + 1] - heights[index]) * (position - index)


def drawable_text(text: str) -> str:
    """Pillow's built-in font only has ASCII glyphs: drop accents (É becomes E) and unknown signs."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if ord(char) < 128)


def fitted_font(text: str, max_width: int, start: int) -> ImageFont.FreeTypeFont:
    """Pillow's built-in font (no system font needed) at the largest size that fits the width."""
    size = start
    while size > 10:
        font = ImageFont.load_default(size=size)
        if font.getlength(text) <= max_width:
            return font
        size -= 2
    return ImageFont.load_default(size=size)


def centered_text(draw: ImageDraw.ImageDraw, center: tuple[float, float], text: str, font, fill: RGB) -> None:
    """Draw text centred on a point, whatever its ascenders and descenders."""
    draw.text(center, drawable_text(text), font=font, fill=fill, anchor="mm")


def regular_polygon(center: tuple[float, float], radius: float, sides: int, rotation: float = 0) -> list:
    cx, cy = center
    return [
        (
            cx + radius * math.cos(rotation + i * math.tau / sides),
            cy + radius * math.sin(rotation + i * math.tau / sides),
        )
        for i in range(sides)
    ]
