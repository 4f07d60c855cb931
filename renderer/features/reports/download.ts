/**
 * Hand a file the core built (the reports CSV) to the user. A link with `download` works the same
 * in a browser tab on the bridge (the browser saves it with its downloads) and in Electron (which
 * asks where to save it), so no byte route is needed. A UTF-8 byte-order mark goes first, so that
 * spreadsheet programs read curly quotes and accents as UTF-8.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const address = URL.createObjectURL(new Blob(['\uFEFF', text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = address
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Let the download start before its bytes go.
  window.setTimeout(() => URL.revokeObjectURL(address), 60_000)
}
