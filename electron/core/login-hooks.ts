import type { Session } from './session'

/** Work that runs each time a user logs in, before the session is handed out. */
export function runLoginHooks(_session: Session): void {}
