"""The end-of-batch summary as a PDF, laid out with reportlab for sponsors to read.

:func:`~mentordesk.io.pdf_report.document.render` writes a
:class:`~mentordesk.io.report_model.Report`; the modules beside it hold its fonts, styles,
charts, page decorations, sections, per-duo table and certificates.
"""
