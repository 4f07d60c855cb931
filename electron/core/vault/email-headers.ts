/*
 * Does a file start like an email saved as .eml (RFC 5322): a block of `Name: value` header
 * lines (continued by lines starting with a space or tab) ending at a blank line, including
 * the headers every mail program writes? Plain text that merely mentions "From:" does not pass:
 * the very first line must be a header and at least two well-known headers must be present.
 */

const KNOWN_HEADERS = new Set([
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'mime-version',
  'message-id',
  'received',
  'return-path',
  'reply-to',
  'content-type',
  'delivered-to',
  'sender',
])

/** Field names are printable ASCII without spaces or colons (RFC 5322 §2.2). */
const HEADER_LINE = /^([!-9;-~]+):/
/** Some mail programs start a saved message with an mbox "From " separator line. */
const MBOX_SEPARATOR = /^From \S/

export function looksLikeEmail(head: string): boolean {
  const lines = head.split(/\r?\n/)
  // The last line may have been cut off at the end of the head: ignore it unless the head is all there is.
  if (lines.length > 1) lines.pop()
  let start = 0
  if (lines.length > 0 && MBOX_SEPARATOR.test(lines[0])) start = 1
  const known = new Set<string>()
  let headers = 0
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') break // end of the header block
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (headers === 0) return false // a continuation with nothing to continue
      continue
    }
    const match = HEADER_LINE.exec(line)
    if (!match) return false
    headers++
    const name = match[1].toLowerCase()
    if (KNOWN_HEADERS.has(name)) known.add(name)
  }
  return headers > 0 && known.size >= 2 && (known.has('from') || known.has('date') || known.has('received') || known.has('message-id'))
}
