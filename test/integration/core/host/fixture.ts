import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { CabinetHost, type CentreDetails } from '../../../../electron/core/cabinet'
import { deriveSubkey } from '../../../../electron/core/crypto/subkeys'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import type { WritableDB } from '../../../../electron/core/db/types'
import { TEST_KDF, parseRecoveryKey, unlockWithRecoveryKey } from '../../../../electron/core/keyring/keyring'
import type { Session } from '../../../../electron/core/session'
import { writeSetting } from '../../../../electron/core/settings/settings'
import { runOperation } from '../../../../electron/core/operations'

/**
 * Shared by the host, audit, maintenance and CLI tests: a real data folder set up through
 * CabinetHost at TEST_KDF (the keyring keeps the KDF per slot, so later logins stay fast, even
 * from the CLI, which itself uses the default KDF for new slots).
 */
export const COORDINATOR = { username: 'coord', displayName: 'Ffion Prys-Jones', password: 'Quiet Meadow Lantern 42' }
export const VOLUNTEER = { username: 'vol', displayName: 'Siân O’Neill', password: 'Velvet Harbour Kite 77' }

export const CENTRE: CentreDetails = {
  name: 'Riverside Child Contact Centre',
  address: '1 Mill Lane, Exampleton ZW14 8AA',
  dataController: 'The Trustees',
  contactEmail: 'coordinator@example.org',
  contactPhone: '01225 000000',
}

export interface SetUpCabinet {
  dir: string
  host: CabinetHost
  session: Session
  recoveryKey: string
}

/** Set up a Cabinet in `dir` (created if missing) with the coordinator logged in. Close the host when done. */
export function setUpCabinet(dir: string, opts: { now?: () => Date; withVolunteer?: boolean } = {}): SetUpCabinet {
  const host = CabinetHost.open(dir, { create: true, kdf: TEST_KDF, now: opts.now })
  const { recoveryKey, session } = host.setup({ centre: CENTRE, ...COORDINATOR })
  if (opts.withVolunteer) runOperation(host, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
  return { dir, host, session, recoveryKey }
}

/** A set-up folder with nobody logged in and no host holding it (for the CLI and for file surgery). */
export function closedCabinet(dir: string, opts: { withVolunteer?: boolean } = {}): { recoveryKey: string } {
  const { host, recoveryKey } = setUpCabinet(dir, opts)
  host.close()
  return { recoveryKey }
}

/** The master key, the way an attacker holding the printed recovery key would get it. */
export function masterKeyOf(dir: string, recoveryKey: string): Buffer {
  return unlockWithRecoveryKey(join(dir, 'keyring.json'), parseRecoveryKey(recoveryKey))
}

/** The database opened directly with its raw key: below the host, for tampering and inspection. */
export function openRawDatabase(dir: string, masterKey: Buffer): WritableDB {
  return openEncryptedDatabase(join(dir, 'cabinet.db'), deriveSubkey(masterKey, 'database'))
}

/** A closed folder whose database claims schema 999, as a newer Cabinet would leave it. */
export function cabinetFromNewerVersion(dir: string): void {
  const { recoveryKey } = closedCabinet(dir)
  const raw = openRawDatabase(dir, masterKeyOf(dir, recoveryKey))
  raw.pragma('user_version = 999')
  raw.close()
}

/** sha256 of every file under `dir`, by relative path: "nothing was overwritten" is before == after. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      // The folder's lock holds no data; SQLite bumps its header each time the folder is opened.
      if (d === dir && e.name === 'cabinet-lock.db') continue
      if (e.isDirectory()) walk(p)
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex')
    }
  }
  walk(dir)
  return out
}

// The host tests import it from here with the rest of their fixture.
export { errorOf } from '../../../helpers/errors'

/**
 * A closed folder whose settings table is padded to many pages, with one byte flipped in the
 * middle of that padding: login never reads those pages, so only verification finds the damage.
 */
export function cabinetWithDamagedPage(dir: string): void {
  const { host, session } = setUpCabinet(dir)
  for (let i = 0; i < 120; i++) writeSetting(session.db, `padding.${i}`, 'p'.repeat(3000))
  host.close()
  const file = join(dir, 'cabinet.db')
  const bytes = readFileSync(file)
  const pageSize = 4096
  bytes[Math.floor((statSync(file).size / pageSize) * 0.7) * pageSize + 1000] ^= 0x01
  writeFileSync(file, bytes)
}
