import { randomBytes } from 'node:crypto'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import type { ExportRequest, ImportMeta } from '../vault'

/*
 * Single-use tickets between an operation that prepares a byte transfer (documents.beginImport,
 * documents.prepareView, documents.prepareExport) and the byte route that carries it out. An
 * import's title and an export's reason may name people, so they stay in main's memory under a
 * random ticket instead of travelling in a URL (where a download history would keep them).
 *
 * Tickets belong to the session that asked for them: a lock (or logging in as someone else)
 * ends that session, and with it every ticket it held, so a ticket issued before a lock is
 * refused after it. Each is used once and lapses after ten minutes.
 */

const LIFETIME_MS = 10 * 60 * 1000
const MAX_OPEN = 100

export type Ticket =
  | { kind: 'import'; expiresAt: number; meta: ImportMeta }
  | { kind: 'view'; expiresAt: number; documentId: string }
  | { kind: 'export'; expiresAt: number; documentId: string; request: ExportRequest }

/** A ticket as asked for, before it is given its expiry (Omit applied to each kind in turn). */
export type TicketRequest = Ticket extends infer T ? (T extends Ticket ? Omit<T, 'expiresAt'> : never) : never

/** Keyed by the session object itself: when the session ends, its tickets cannot be reached again. */
const bySession = new WeakMap<Session, Map<string, Ticket>>()

function openFor(session: Session): Map<string, Ticket> {
  let open = bySession.get(session)
  if (!open) {
    open = new Map()
    bySession.set(session, open)
  }
  return open
}

function prune(open: Map<string, Ticket>, now: number): void {
  for (const [key, t] of open) if (t.expiresAt <= now) open.delete(key)
  // A renderer asking for tickets it never uses cannot make main hold an unbounded number.
  while (open.size >= MAX_OPEN) open.delete(open.keys().next().value as string)
}

export function issueTicket(session: Session, ticket: TicketRequest, now = Date.now()): string {
  const open = openFor(session)
  prune(open, now)
  const key = randomBytes(18).toString('base64url')
  open.set(key, { ...ticket, expiresAt: now + LIFETIME_MS } as Ticket)
  return key
}

const REFUSALS: Record<Ticket['kind'], string> = {
  import: 'That upload was not prepared or has expired: add the document again.',
  view: 'That view was not prepared or has expired: open the document again.',
  export: 'That export was not prepared or has expired: export the document again.',
}

/**
 * Take a ticket (it cannot be used again). Refused if unknown, expired, of another kind, or
 * issued to another session (another user, or before a lock). A view or export ticket names
 * its document, and is refused for any other.
 */
export function takeTicket<K extends Ticket['kind']>(
  session: Session,
  key: string | null,
  kind: K,
  documentId?: string,
  now = Date.now(),
): Extract<Ticket, { kind: K }> {
  const open = bySession.get(session)
  const t = key && open ? open.get(key) : undefined
  if (key && open) open.delete(key)
  if (!t || t.kind !== kind || t.expiresAt <= now) throw new CabinetError('usage', REFUSALS[kind])
  if (documentId !== undefined && 'documentId' in t && t.documentId !== documentId) {
    throw new CabinetError('usage', `That ${kind} was prepared for another document: ${kind === 'view' ? 'open' : 'export'} it again.`)
  }
  return t as Extract<Ticket, { kind: K }>
}
