"""The one slide renderer: QtGui painting only, so every view and export looks the same.

Entry points: ``slide_painter.paint_slide`` / ``render_slide_image``,
``RenderContext.text.fit`` for other big-text screens, ``fonts.load_fonts`` and
``legibility.legibility_problems`` for ``plenum check``.
"""
