/**
 * The unit briefs: one or two A4 pages per reporting unit for its line manager, and one for the
 * organisation's leadership, as self-contained HTML and as PDF.
 *
 * <p>The records ({@link org.ergolens.report.brief.UnitBrief}, {@link
 * org.ergolens.report.brief.OrganisationBrief} and their parts) say exactly what a brief shows and
 * nothing more: every value that the privacy rules may withhold is optional, and an empty value is
 * never printed or drawn. {@link org.ergolens.report.brief.BriefHtml} renders them through an
 * auto-escaping Pebble template into XHTML with inline CSS and SVG; {@link
 * org.ergolens.report.brief.BriefPdf} lays the same XHTML out with openhtmltopdf on PDFBox, with
 * the shipped fonts embedded; {@link org.ergolens.report.brief.ReportPdf} puts the organisation's
 * brief and every unit's into one bookmarked {@code report.pdf}. Words and numbers come from {@link
 * org.ergolens.text}.
 */
package org.ergolens.report.brief;
