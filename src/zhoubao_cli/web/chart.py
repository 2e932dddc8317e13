"""A bar chart of printed items per unit, drawn here as SVG: no script, no library, no network."""

from __future__ import annotations

from html import escape

_ROW = 26
_LABEL = 120
_WIDTH = 420


def bars(values: list[tuple[str, int]], *, unit_word: str = "条") -> str:
    """One horizontal bar a unit, its figure at the bar's end; units in the order given."""
    top = max((v for _, v in values), default=0) or 1
    height = _ROW * len(values) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{_LABEL + _WIDTH + 60}" '
        f'height="{height}" role="img" aria-label="各单位采用条数">'
    ]
    for row, (name, value) in enumerate(values):
        y = 5 + row * _ROW
        width = round(_WIDTH * value / top)
        parts.append(
            f'<text x="{_LABEL - 8}" y="{y + 17}" text-anchor="end">{escape(name)}</text>'
            f'<rect x="{_LABEL}" y="{y + 3}" width="{max(width, 1)}" height="{_ROW - 8}" '
            f'fill="#b22222"><title>{escape(name)} {value} {unit_word}</title></rect>'
            f'<text x="{_LABEL + width + 6}" y="{y + 17}">{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
