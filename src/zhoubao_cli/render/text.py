"""Plain text and Markdown back ends: paragraphs separated by a blank line."""

from __future__ import annotations

from zhoubao_cli.render.layout import Line


def to_text(lines: list[Line]) -> str:
    out = []
    for line in lines:
        if line.role == "issuer_date":
            out.append(f"{line.text}　　{line.label}")
        elif line.role == "unit":
            out.append(line.label + line.text)
        elif line.role == "distribution":
            out.append(f"{line.label}：{line.text}")
        else:
            out.append(line.text)
    return "\n\n".join(out) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


def to_markdown(lines: list[Line]) -> str:
    out = []
    ended = False
    for line in lines:
        text = _md_escape(line.text)
        if line.role in ("distribution", "staff") and not ended:
            out.append("---")
            ended = True
        if line.role == "title":
            out.append(f"# {text}")
        elif line.role == "number":
            out.append(f"**{text}**")
        elif line.role == "issuer_date":
            out.append(f"{text}　　{line.label}")
        elif line.role == "heading":
            out.append(f"## {text}")
        elif line.role == "unit":
            out.append(f"**{line.label}**{text}")
        elif line.role == "distribution":
            out.append(f"{line.label}：{text}")
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"
