import { randomBytes } from 'node:crypto'
import { CabinetError } from '../../core/errors'
import type { Session } from '../../core/session'

/*
 * Files chosen in Electron's own file picker. The renderer never names a path: it holds a
 * random key for the file main chose, and main deletes only a file its own picker returned
 * (and only once its copy is safely in Cabinet). Like tickets, picks belong to the session that
 * made them, so a lock forgets them all.
 */

export interface Pick {
  path: string
  imported: boolean
}

const bySession = new WeakMap<Session, Map<string, Pick>>()

export function rememberPick(session: Session, path: string): string {
  let picks = bySession.get(session)
  if (!picks) {
    picks = new Map()
    bySession.set(session, picks)
  }
  const key = randomBytes(18).toString('base64url')
  picks.set(key, { path, imported: false })
  return key
}

export function findPick(session: Session, key: string | undefined): Pick {
  const pick = key ? bySession.get(session)?.get(key) : undefined
  if (!pick) throw new CabinetError('usage', 'That file was not chosen in this session: choose it again.')
  return pick
}

export function forgetPick(session: Session, key: string): void {
  bySession.get(session)?.delete(key)
}
