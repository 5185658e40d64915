"""The evidence view: an article as HTML with every cue, attribution and claim marked.

Every number the package reports comes from spans that this view shows:
hedges, boosters and loaded terms (coloured by layer, hover for category,
voice and lexicon source), attributions (cue in bold, source underlined,
content dotted) and claim sentences (a badge with the status, the deciding
cue boxed). The HTML is self-contained: inline CSS, no scripts, no external
resources, so a saved file opens anywhere.
"""

from __future__ import annotations

import html
from pathlib import Path

__all__ = ["Highlight", "highlight"]

_CSS = """
.fr-view{font-family:Georgia,serif;line-height:1.9;max-width:52em;color:#222}
.fr-text{white-space:pre-wrap}
.fr-legend{font-family:sans-serif;font-size:0.8em;margin:0 0 0.8em 0;line-height:2.1}
.fr-legend span{margin-right:0.6em;padding:1px 4px}
.fr-hedge{background:#ffe08a}
.fr-booster{background:#a6d4fa}
.fr-loaded{background:#f7b6d2}
.fr-multi{outline:2px solid #7a5195}
.fr-acue{font-weight:bold;border-bottom:3px solid #222}
.fr-asrc{border-bottom:3px double #0072b2}
.fr-acon{border-bottom:1px dotted #666}
.fr-ccue{outline:2px solid #d55e00;outline-offset:1px}
.fr-badge{font-family:sans-serif;font-size:0.7em;font-weight:bold;color:#fff;background:#d55e00;
 border-radius:3px;padding:0 4px;margin-right:3px;vertical-align:1px}
.fr-zone{color:#888}
"""


class Highlight:
    """An HTML evidence view; shows itself in Jupyter, ``save()`` writes a file."""

    def __init__(self, body: str, title: str):
        self.body = body
        self.title = title

    def __repr__(self) -> str:
        return f"<Highlight {self.title}>"

    def _repr_html_(self) -> str:
        return f"<style>{_CSS}</style>{self.body}"

    def save(self, path) -> Path:
        """Write a standalone HTML file (no scripts, no external resources)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        page = (
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f"<title>{html.escape(self.title)}</title><style>{_CSS}</style></head>"
            f"<body>{self.body}</body></html>\n"
        )
        path.write_text(page, encoding="utf-8")
        return path


def _intervals(doc_id, cues, attributions, claims, layers):
    """Collect (start, end, css_class, tooltip) for one document."""
    out = []
    if "cues" in layers and cues is not None:
        for r in cues[cues["doc_id"] == doc_id].itertuples(index=False):
            neg = ", negated" if getattr(r, "negated", False) else ""
            tip = (
                f"{r.layer}: {r.category} ({r.voice} voice{neg}); "
                f"lexicon: {r.lemma}; source: {r.source}"
            )
            out.append((int(r.char_start), int(r.char_end), f"fr-{r.layer}", tip))
    if "attributions" in layers and attributions is not None:
        for r in attributions[attributions["doc_id"] == doc_id].itertuples(index=False):
            who = r.source_canonical if isinstance(r.source_canonical, str) else "unspecified"
            tip = f"attribution cue '{r.cue}' ({r.cue_class}); source: {who} [{r.affiliation}]"
            out.append((int(r.cue_start), int(r.cue_end), "fr-acue", tip))
            if int(r.source_start) >= 0:
                out.append(
                    (
                        int(r.source_start),
                        int(r.source_end),
                        "fr-asrc",
                        f"source of '{r.cue}': {who} [{r.affiliation}]",
                    )
                )
            if int(r.content_start) >= 0 and int(r.content_end) > int(r.content_start):
                out.append(
                    (
                        int(r.content_start),
                        int(r.content_end),
                        "fr-acon",
                        f"content attributed to {who} by '{r.cue}'",
                    )
                )
    if "claims" in layers and claims is not None:
        for r in claims[claims["doc_id"] == doc_id].itertuples(index=False):
            if int(r.cue_start) >= 0:
                who = r.source_canonical if isinstance(r.source_canonical, str) else "author"
                out.append(
                    (
                        int(r.cue_start),
                        int(r.cue_end),
                        "fr-ccue",
                        f"claim {r.claim_id}: {r.status} (deciding cue; source: {who})",
                    )
                )
    return [iv for iv in out if iv[1] > iv[0]]


def _render(text: str, intervals, badges, zones) -> str:
    """Split the text at every interval boundary and wrap each segment."""
    cuts = {0, len(text)}
    for s, e, _, _ in intervals:
        cuts.update((s, e))
    for s, e, _ in zones:
        cuts.update((s, e))
    cuts.update(badges)
    cuts = sorted(c for c in cuts if 0 <= c <= len(text))
    parts = []
    for a, b in zip(cuts, cuts[1:]):
        for label in badges.get(a, []):
            parts.append(
                f'<span class="fr-badge" title="{html.escape(label[1])}">'
                f"{html.escape(label[0])}</span>"
            )
        seg = html.escape(text[a:b])
        active = [iv for iv in intervals if iv[0] <= a and b <= iv[1]]
        zone = next((z for s, e, z in zones if s <= a and b <= e), None)
        classes = sorted({iv[2] for iv in active})
        layer_classes = [c for c in classes if c in ("fr-hedge", "fr-booster", "fr-loaded")]
        if len(layer_classes) > 1:
            classes.append("fr-multi")
        if zone:
            classes.append("fr-zone")
        tips = [iv[3] for iv in sorted(active)] + (
            [f"zone: {zone} (not counted as body)"] if zone else []
        )
        if classes:
            parts.append(
                f'<span class="{" ".join(classes)}" title="{html.escape(" | ".join(tips))}">'
                f"{seg}</span>"
            )
        else:
            parts.append(seg)
    return "".join(parts)


def highlight(annotation, doc_id: str, *, layers=None) -> Highlight:
    """Render one article with its evidence marked.

    Parameters
    ----------
    annotation : framing.annotate.Annotation
        From :func:`framing.annotate`; its ``corpus`` holds the texts.
    doc_id : str
    layers : tuple of str, optional
        Which annotations to show, from ``("cues", "attributions", "claims")``;
        default: every layer the annotation ran (``annotation.layers``). Asking for a
        layer it did not run is a ``ValueError``.

    Returns
    -------
    Highlight
        Shows in Jupyter; ``.save("x.html")`` writes a standalone page.
    """
    layers = annotation.layers if layers is None else tuple(layers)
    annotation._need(*layers)
    corpus = annotation.corpus
    rows = corpus[corpus["doc_id"] == doc_id]
    if rows.empty:
        raise KeyError(f"no article with doc_id {doc_id!r}")
    row = rows.iloc[0]
    text = row["text"]
    intervals = _intervals(
        doc_id, annotation.cues, annotation.attributions, annotation.claims, layers
    )
    badges = {}
    sents = annotation.sentences
    if "claims" in layers:
        starts = sents.set_index(["doc_id", "sentence_id"])["char_start"]
        for r in annotation.claims[annotation.claims["doc_id"] == doc_id].itertuples(index=False):
            pos = int(starts[(doc_id, r.sentence_id)])
            sec = f" / {r.secondary_status}" if isinstance(r.secondary_status, str) else ""
            badges.setdefault(pos, []).append(
                (f"{r.claim_id}: {r.status}{sec}", f"claim {r.claim_id} ({r.mention} mention)")
            )
    zones = [
        (int(s), int(e), z)
        for d, s, e, z in (
            annotation.zones.itertuples(index=False) if annotation.zones is not None else []
        )
        if d == doc_id
    ]
    counts = []
    cues = annotation.cues[annotation.cues["doc_id"] == doc_id]
    for layer in ("hedge", "booster", "loaded"):
        counts.append(
            f'<span class="fr-{layer}">{layer} ({int((cues["layer"] == layer).sum())})</span>'
        )
    n_att = int((annotation.attributions["doc_id"] == doc_id).sum())
    n_claims = int((annotation.claims["doc_id"] == doc_id).sum())
    legend = (
        '<div class="fr-legend">'
        + ("".join(counts) if "cues" in layers else "")
        + (
            f'<span class="fr-acue">attribution cue ({n_att})</span>'
            '<span class="fr-asrc">source</span><span class="fr-acon">content</span>'
            if "attributions" in layers
            else ""
        )
        + (
            f'<span class="fr-badge">claim status</span> ({n_claims} sentences) '
            '<span class="fr-ccue">deciding cue</span>'
            if "claims" in layers
            else ""
        )
        + '<span class="fr-zone">not body</span>'
        + "<br>Hover over a marked word for its category, voice and source.</div>"
    )
    title = f"{doc_id} · {row['outlet']}"
    body = (
        f'<div class="fr-view"><h3>{html.escape(title)}</h3>{legend}'
        f'<div class="fr-text">{_render(text, intervals, badges, zones)}</div></div>'
    )
    return Highlight(body, title)
