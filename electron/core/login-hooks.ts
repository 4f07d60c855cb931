import { loginHooks } from './data-map'
import { watchArchive } from './retention/watch'
import type { Session } from './session'

/**
 * Work that runs each time a user logs in, before the session is handed out: every hook an area
 * declares in its data map (`onLogin`), in migration order. Today that is the vault's sweep of
 * blobs a crash left without a database row (the row is the commit point of an import).
 * Then the retention index's watch on this connection's writes: it reads every area's map, so
 * no one area's map can declare it (the maps would import themselves).
 */
export function runLoginHooks(session: Session): void {
  for (const hook of loginHooks()) hook.run(session)
  watchArchive(session.db)
}
