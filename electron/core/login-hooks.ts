import type { Session } from './session'
import { sweepOrphans } from './vault'

/**
 * Work that runs each time a user logs in, before the session is handed out: the vault removes
 * blobs a crash left without a database row (the row is the commit point of an import).
 */
export function runLoginHooks(session: Session): void {
  sweepOrphans(session)
}
