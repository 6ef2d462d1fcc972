"""Landscape illustrations for the home pages, drawn with Pillow in each territory's palette.

Each function takes a palette and a seed and always draws the same picture for them.
"""

import math
import random

from PIL import Image, ImageDraw

from .drawing import RGB, fill_below, height_at, mix, regular_polygon, ridge, rolling, vertical_gradient
from .schema import Palette

HERO_SIZE = (1600, 900)
WHITE = (255, 255, 255)


def _canvas(size: tuple[int, int], top: RGB, bottom: RGB, horizon: int | None = None) -> Image.Image:
    image = Image.new("RGB", size)
    vertical_gradient(image, top, bottom, 0, horizon or size[1])
    return image


def _sun(image: Image.Image, center: tuple[int, int], radius: int, color: RGB, glow: RGB) -> None:
    draw = ImageDraw.Draw(image)
    for ring in range(4, 0, -1):
        r = radius + ring * radius // 3
        draw.ellipse([center[0] - r, center[1] - r, center[0] + r, center[1] + r], fill=mix(glow, color, 0.12 * ring))
    draw.ellipse([center[0] - radius, center[1] - radius, center[0] + radius, center[1] + radius], fill=color)


def _fir(draw: ImageDraw.ImageDraw, x: float, ground: float, height: float, color: RGB) -> None:
    """A Vosges fir: three stacked triangles on a short trunk."""
    width = height * 0.42
    draw.rectangle(
        [x - width * 0.06, ground - height * 0.12, x + width * 0.06, ground], fill=mix(color, (40, 25, 15), 0.5)
    )
    for tier in range(3):
        top = ground - height + tier * height * 0.22
        bottom = ground - height * 0.1 - (2 - tier) * height * 0.2
        half = width * (0.32 + tier * 0.16)
        draw.polygon([(x, top), (x + half, bottom), (x - half, bottom)], fill=color)


def mountains(palette: Palette, seed: int, size: tuple[int, int] = HERO_SIZE) -> Image.Image:
    """Layered alpine ridges at sunrise, snow on the highest tops and a road of hairpin bends."""
    rng = random.Random(seed)
    width, height = size
    sky_top, sky_bottom = mix("#3f6fa8", palette.secondary, 0.25), mix("#fde6c4", palette.accent, 0.25)
    image = _canvas(size, sky_top, sky_bottom)
    _sun(image, (int(width * 0.72), int(height * 0.3)), 46, mix(palette.accent, WHITE, 0.4), sky_bottom)
    draw = ImageDraw.Draw(image)
    layers = 5
    near = mix(palette.secondary, palette.text, 0.55)
    for layer in range(layers):
        depth = layer / (layers - 1)
        base = height * (0.38 + 0.12 * layer)
        heights = ridge(rng, width, base, height * (0.2 - 0.025 * layer))
        color = mix(mix(sky_bottom, palette.secondary, 0.35), near, depth)
        outline = fill_below(image, heights, color)
        if layer < 2:
            snowline = height * (0.36 + 0.1 * layer)
            caps = [(x, y + min(max((snowline - y) * 0.45, 0), 38)) for x, y in outline]
            draw.polygon([*outline, *reversed(caps)], fill=mix(WHITE, sky_top, 0.12 + 0.1 * layer))
        if layer == 3:
            x0 = width * 0.3
            top = height_at(heights, width, x0) + 14
            bends = [(x0 + (70 if i % 2 else -70) + i * 6, top + i * 26) for i in range(12)]
            draw.line(bends, fill=mix(color, WHITE, 0.6), width=6, joint="curve")
    return image


def ponds_and_forest(palette: Palette, seed: int, size: tuple[int, int] = HERO_SIZE) -> Image.Image:
    """A pond of the plateau des Mille Étangs at dusk, framed by fir forests."""
    rng = random.Random(seed)
    width, height = size
    horizon = int(height * 0.52)
    sky_top, sky_bottom = mix("#5d7fa6", palette.secondary, 0.3), mix("#f6dcae", palette.accent, 0.35)
    image = _canvas(size, sky_top, sky_bottom, horizon)
    draw = ImageDraw.Draw(image)
    water = mix(palette.secondary, "#6fa3c7", 0.45)
    vertical_gradient(image, mix(water, sky_bottom, 0.45), mix(water, palette.text, 0.35), horizon)
    for x in range(0, width, 3):
        if rng.random() < 0.3:
            y = rng.randint(horizon + 10, height)
            draw.line([(x, y), (x + rng.randint(20, 90), y)], fill=mix(sky_bottom, WHITE, 0.2), width=2)
    hills = rolling(rng, horizon - 40, 26)
    fill_below(image, [min(h, horizon) for h in hills], mix(palette.primary, sky_bottom, 0.55), horizon)
    forest = mix(palette.primary, palette.text, 0.35)
    for x in range(-20, width + 20, 14):
        _fir(draw, x + rng.uniform(-5, 5), horizon + 4, rng.uniform(40, 75), mix(forest, sky_bottom, 0.35))
    bank = mix(palette.primary, palette.text, 0.5)
    shore = height * 0.8
    draw.polygon([(0, shore), (width * 0.3, shore), (width * 0.3 + 140, height), (0, height)], fill=bank)
    draw.polygon([(width * 0.74, shore), (width, shore), (width, height), (width * 0.74 - 140, height)], fill=bank)
    for start, end in ((-40, int(width * 0.3)), (int(width * 0.74), width + 60)):
        for x in range(start, end, 30):
            _fir(draw, x + rng.uniform(-10, 10), height * 0.82 + rng.uniform(0, 40), rng.uniform(260, 420), forest)
    _sun(image, (int(width * 0.6), horizon - 70), 30, mix(palette.accent, WHITE, 0.3), sky_bottom)
    draw.rectangle([0, horizon, width, horizon + 3], fill=mix(forest, sky_bottom, 0.5))
    return image


def river_valley(palette: Palette, seed: int, size: tuple[int, int] = HERO_SIZE) -> Image.Image:
    """A wide river winding between wooded hills, with slate roofs on the bank."""
    rng = random.Random(seed)
    width, height = size
    sky_top, sky_bottom = mix("#7fb0d8", palette.primary, 0.2), mix("#f4efe2", palette.accent, 0.3)
    image = _canvas(size, sky_top, sky_bottom)
    draw = ImageDraw.Draw(image)
    forest = mix(palette.secondary, palette.text, 0.2)
    for layer in range(4):
        heights = rolling(rng, height * (0.32 + 0.09 * layer), height * (0.07 - 0.01 * layer))
        fill_below(image, heights, mix(mix(sky_bottom, palette.secondary, 0.4), forest, layer / 3))
    water, glint = mix(palette.primary, sky_top, 0.45), mix(palette.accent, WHITE, 0.5)
    left, right = [], []
    for step in range(41):
        t = step / 40
        y = height * 0.62 + t * height * 0.38
        center = width * 0.5 + 260 * (1 - t) * math.sin(t * 5 + seed) + 120 * t
        half = 18 + t * t * 420
        left.append((center - half, y))
        right.append((center + half, y))
    draw.polygon([*left, *reversed(right)], fill=water)
    for (lx, y), (rx, _y) in zip(left[5::3], right[5::3], strict=True):
        span = rx - lx
        start = lx + span * rng.uniform(0.15, 0.6)
        draw.line([(start, y), (start + span * rng.uniform(0.08, 0.25), y)], fill=glint, width=3)
    for i in range(7):
        x, ground = width * 0.08 + i * 46 + rng.uniform(-6, 6), height * 0.74 + rng.uniform(-4, 4)
        draw.rectangle([x, ground - 34, x + 38, ground], fill=mix("#efe7d6", palette.background, 0.5))
        draw.polygon([(x - 6, ground - 34), (x + 19, ground - 62), (x + 44, ground - 34)], fill=(72, 78, 86))
    return image


def fields_and_hills(palette: Palette, seed: int, size: tuple[int, int] = HERO_SIZE) -> Image.Image:
    """Rolling hills cut into fields, and a village of red-roofed houses around its bell tower."""
    rng = random.Random(seed)
    width, height = size
    sky_top, sky_bottom = mix("#8ab8e0", palette.primary, 0.1), mix("#fdf3dd", palette.accent, 0.25)
    image = _canvas(size, sky_top, sky_bottom)
    _sun(image, (int(width * 0.18), int(height * 0.2)), 40, mix(palette.accent, WHITE, 0.5), sky_bottom)
    draw = ImageDraw.Draw(image)
    crops = [mix(palette.secondary, WHITE, 0.15), mix(palette.accent, palette.secondary, 0.25), "#8aa35a", "#c9a85a"]
    village_line: list[float] = []
    for layer in range(4):
        heights = rolling(rng, height * (0.42 + 0.13 * layer), height * 0.05)
        outline = fill_below(image, heights, mix(palette.secondary, sky_bottom, 0.45 - 0.1 * layer))
        x = 0.0
        while x < width:
            patch = rng.uniform(160, 380)
            inside = [(px, py) for px, py in outline if x < px < x + patch]
            top = [(x, height_at(heights, width, x)), *inside, (x + patch, height_at(heights, width, x + patch))]
            color = mix(rng.choice(crops), sky_bottom, 0.4 - 0.12 * layer)
            draw.polygon([*top, (top[-1][0] + 40, height), (top[0][0] - 40, height)], fill=color)
            x += patch
        if layer == 1:
            village_line = heights
    roof, wall = mix(palette.primary, WHITE, 0.1), mix("#efe4d0", palette.background, 0.4)
    for i in range(8):
        x = width * 0.56 + i * 44
        ground = height_at(village_line, width, x + 20) + 10
        draw.rectangle([x, ground - 34, x + 40, ground], fill=wall)
        draw.polygon([(x - 5, ground - 34), (x + 20, ground - 54), (x + 45, ground - 34)], fill=roof)
    tower = width * 0.56 + 3.5 * 44
    ground = height_at(village_line, width, tower + 14) + 4
    draw.rectangle([tower, ground - 120, tower + 28, ground], fill=mix(wall, palette.text, 0.1))
    draw.polygon([(tower - 4, ground - 120), (tower + 14, ground - 160), (tower + 32, ground - 120)], fill=roof)
    return image


def sea_and_cane(palette: Palette, seed: int, size: tuple[int, int] = HERO_SIZE) -> Image.Image:
    """The Atlantic side of Grande-Terre: limestone cliffs, a turquoise sea and a field of sugar cane."""
    rng = random.Random(seed)
    width, height = size
    horizon = int(height * 0.42)
    image = _canvas(size, mix("#2f7fc1", palette.primary, 0.3), mix("#d9f1f5", palette.background, 0.3), horizon)
    draw = ImageDraw.Draw(image)
    vertical_gradient(image, mix(palette.primary, "#0b3a5a", 0.3), mix("#3cc6c0", WHITE, 0.25), horizon, height)
    for _ in range(60):
        x, y = rng.uniform(0, width), rng.uniform(horizon + 8, height * 0.68)
        draw.line([(x, y), (x + rng.uniform(30, 110), y)], fill=mix("#3cc6c0", WHITE, 0.6), width=2)
    cliff = [
        (width * 0.66, horizon + 6),
        (width * 0.7, horizon - 70),
        (width * 0.86, horizon - 92),
        (width, horizon - 96),
    ]
    draw.polygon([*cliff, (width, height * 0.7), (width * 0.62, height * 0.7)], fill=(196, 178, 140))
    draw.line(cliff[1:], fill=mix(palette.secondary, WHITE, 0.2), width=14)
    field_top = height * 0.66
    fill_below(image, [field_top + rng.uniform(-6, 6) for _ in range(33)], mix(palette.secondary, palette.text, 0.35))
    greens = [mix(palette.secondary, WHITE, amount) for amount in (0.05, 0.2, 0.35)]
    stalks = sorted((rng.uniform(-20, width + 20), rng.uniform(field_top + 20, height + 40)) for _ in range(240))
    for x, base in sorted(stalks, key=lambda stalk: stalk[1]):
        tall = rng.uniform(0.8, 1.2) * (50 + 0.7 * (base - field_top))
        lean = rng.uniform(-12, 12)
        top = (x + lean, base - tall)
        draw.line([(x, base), top], fill=mix(greens[0], palette.text, 0.25), width=4)
        for _leaf in range(4):
            t = rng.uniform(0.45, 0.95)
            start = (x + lean * t, base - tall * t)
            side = rng.choice((-1, 1))
            reach = rng.uniform(40, 90)
            bend = (start[0] + side * reach * 0.6, start[1] - reach * 0.35)
            tip = (start[0] + side * reach, start[1] + reach * 0.15)
            draw.line([start, bend, tip], fill=rng.choice(greens), width=4, joint="curve")
        if rng.random() < 0.1:
            draw.polygon(regular_polygon(top, 8, 3, -1.57), fill=(230, 226, 214))
    return image
