import { afterEach } from 'vitest'
import { CabinetHost } from '../../../electron/core/cabinet'
import { TEST_KDF } from '../../../electron/core/keyring/keyring'
import type { CallResult } from '../../../electron/contract'
import { createDispatcher, type Dispatch } from '../../../electron/door/dispatch'
import { useTempDirs } from '../../helpers/temp-dir'

export const CENTRE = {
  name: 'Riverside Child Contact Centre',
  address: '1 Mill Lane, Exampleton ZW14 8AA',
  dataController: 'Riverside Contact Trust',
  contactEmail: 'hello@riverside.example.org',
  contactPhone: '01225 765432',
}
export const COORDINATOR = { username: 'coordinator', displayName: 'Siân Jones', password: 'long river stones 42' }
export const VOLUNTEER = { username: 'volunteer.sam', displayName: "Sam O'Neill", password: 'quiet garden gates 7' }

export interface AppFixture {
  host: CabinetHost
  dispatch: Dispatch
  /** Internal-error lines the dispatcher logged. */
  logged: string[]
  /** Call and insist on success, returning the value. */
  ok<T = unknown>(channel: string, args?: unknown): Promise<T>
  /** Call and insist on failure, returning the error. */
  fails(channel: string, args?: unknown): Promise<{ code: string; message: string; field?: string }>
  /** Set up the Cabinet (first coordinator logged in). */
  setUp(): Promise<{ recoveryKey: string }>
  /** Set up, add a volunteer, and leave the coordinator logged in. */
  setUpWithVolunteer(): Promise<{ recoveryKey: string; volunteerId: number }>
  /** Rows in the users table and the audit log, read straight from the database (needs someone logged in). */
  counts(): { users: number; audit: number }
  close(): void
}

/** A real CabinetHost in `dir` (fast test KDF) behind the real dispatcher and handlers. */
export function openAppFixture(dir: string): AppFixture {
  const host = CabinetHost.open(dir, { create: true, kdf: TEST_KDF })
  const logged: string[] = []
  const dispatch = createDispatcher(() => host, { logError: (l) => logged.push(l) })
  const fixture: AppFixture = {
    host,
    dispatch,
    logged,
    async ok<T>(channel: string, args: unknown = {}) {
      const r = (await dispatch(channel, args)) as CallResult<T>
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message}`)
      return r.value
    },
    async fails(channel: string, args: unknown = {}) {
      const r = await dispatch(channel, args)
      if (r.ok) throw new Error(`${channel} unexpectedly succeeded`)
      return r.error
    },
    async setUp() {
      const { recoveryKey } = await fixture.ok<{ recoveryKey: string }>('app.setup', { centre: CENTRE, ...COORDINATOR })
      return { recoveryKey }
    },
    async setUpWithVolunteer() {
      const { recoveryKey } = await fixture.setUp()
      const v = await fixture.ok<{ id: number }>('app.users.add', { ...VOLUNTEER, role: 'volunteer' })
      return { recoveryKey, volunteerId: v.id }
    },
    counts() {
      const s = host.session
      if (!s) throw new Error('counts() needs someone logged in')
      const one = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n
      return { users: one('SELECT count(*) AS n FROM users'), audit: one('SELECT count(*) AS n FROM audit_log') }
    },
    close() {
      host.close()
    },
  }
  return fixture
}

/**
 * For a test file: a function that opens a fixture in a fresh temp folder. Every fixture it opened
 * is closed after each test, before its folder is removed (vitest runs after-hooks in reverse).
 */
export function useAppFixtures(): () => AppFixture {
  const tempDir = useTempDirs()
  const opened: AppFixture[] = []
  afterEach(() => {
    for (const f of opened.splice(0)) f.close()
  })
  return () => {
    const f = openAppFixture(tempDir())
    opened.push(f)
    return f
  }
}
