import { randomBytes } from 'node:crypto'
import { CabinetError } from '../../core/errors'
import type { ExportRequest, ImportMeta } from '../../core/vault'

/*
 * One-time tickets between a channel call and the byte transfer that follows it. An import's
 * title and an export's reason may name people, so they stay in main's memory under a random
 * ticket instead of travelling in a URL (where a download history would keep them). Each ticket
 * is bound to the user who asked for it, is used once, and lapses after ten minutes.
 */

const LIFETIME_MS = 10 * 60 * 1000
const MAX_OPEN = 100

export type Ticket =
  | { kind: 'import'; userId: number; expiresAt: number; meta: ImportMeta }
  | { kind: 'export'; userId: number; expiresAt: number; documentId: string; request: ExportRequest }

/** A ticket as asked for, before it is given its expiry (Omit applied to each kind in turn). */
export type TicketRequest = Ticket extends infer T ? (T extends Ticket ? Omit<T, 'expiresAt'> : never) : never

const open = new Map<string, Ticket>()

function prune(now: number): void {
  for (const [key, t] of open) if (t.expiresAt <= now) open.delete(key)
  // A renderer asking for tickets it never uses cannot make main hold an unbounded number.
  while (open.size >= MAX_OPEN) open.delete(open.keys().next().value as string)
}

export function issueTicket(ticket: TicketRequest, now = Date.now()): string {
  prune(now)
  const key = randomBytes(18).toString('base64url')
  open.set(key, { ...ticket, expiresAt: now + LIFETIME_MS } as Ticket)
  return key
}

/** Take a ticket (it cannot be used again). Refused if unknown, expired, another kind or another user's. */
export function takeTicket<K extends Ticket['kind']>(key: string | null, kind: K, userId: number, now = Date.now()): Extract<Ticket, { kind: K }> {
  const t = key ? open.get(key) : undefined
  if (key) open.delete(key)
  if (!t || t.kind !== kind || t.userId !== userId || t.expiresAt <= now) {
    throw new CabinetError('usage', kind === 'import' ? 'That upload was not prepared or has expired: add the document again.' : 'That export was not prepared or has expired: export the document again.')
  }
  return t as Extract<Ticket, { kind: K }>
}
