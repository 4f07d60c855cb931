/*
 * Small, valid PDFs written by hand for tests (only synthetic text): each page is A4 with lines
 * of Helvetica text, so pdf.js draws them and lays out a text layer. The cross-reference table
 * carries the real byte offsets, so no reader has to repair the file. Plain JavaScript (no Node
 * Buffer), so renderer unit tests can use them too; every character is one Latin-1 byte.
 */

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0))
}

function escapePdfText(line: string): string {
  return line.replace(/[\\()]/g, (c) => `\\${c}`)
}

function pageContent(lines: readonly string[]): string {
  const shown = lines.map((line, i) => `BT /F1 18 Tf 72 ${760 - i * 28} Td (${escapePdfText(line)}) Tj ET`).join('\n')
  return `${shown}\n`
}

/** A PDF with one page per entry of `pages`, each page showing its lines of text. `encrypt` adds a password (see below). */
export function textPdf(pages: readonly (readonly string[])[], options: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = []
  const add = (body: string) => objects.push(body)
  const pageIds = pages.map((_, i) => 4 + i * 2)
  add('<< /Type /Catalog /Pages 2 0 R >>')
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`)
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  pages.forEach((lines, i) => {
    const contentId = pageIds[i] + 1
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`)
    const stream = pageContent(lines)
    add(`<< /Length ${stream.length} >>\nstream\n${stream}endstream`)
  })
  // A standard security handler whose password check no empty password passes: readers ask for a password.
  let encryptRef = ''
  if (options.encrypt) {
    add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    encryptRef = ` /Encrypt ${objects.length} 0 R /ID [<${'0f'.repeat(16)}> <${'0f'.repeat(16)}>]`
  }

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`
  return latin1Bytes(out)
}

/** Starts like a PDF (so Cabinet files it as one) but holds no PDF structure at all. */
export function brokenPdf(): Uint8Array {
  return latin1Bytes('%PDF-1.7\nThis is not really a PDF: no objects, no cross-reference table.\n')
}
