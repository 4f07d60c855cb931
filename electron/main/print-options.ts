/*
 * How main's print-to-PDF (print.ts) asks Chromium to print a print page. Kept apart from
 * print.ts, which needs Electron, so a plain Node test can hold these options to what the print
 * pages' CSS expects (test/unit/main/print-options.test.ts).
 */

/** The options for webContents.printToPDF: the same sheet as window.print() and the e2e tests' page.pdf(). */
export const PRINT_TO_PDF_OPTIONS = Object.freeze({
  pageSize: 'A4',
  printBackground: true,
  // renderer/styles/print.css numbers every sheet with an @page margin box; Chromium's own header
  // and footer (the date, the title, the app's address) would take those margins and print over it.
  displayHeaderFooter: false,
  // The @page rule's size and margins, so the PDF's sheets are the ones the print pages were laid out for.
  preferCSSPageSize: true,
} as const)
