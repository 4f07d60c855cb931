import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { settled } from '../../../../electron/core/backups/jobs'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { runOperation } from '../../../../electron/core/operations'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet } from '../host/fixture'

const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

function cabinet() {
  const root = tempDir()
  const made = setUpCabinet(join(root, 'data'))
  hosts.push(made.host)
  return { ...made, root }
}

/*
 * P28: a backup file typed wrongly (no such file, a folder, not a backup) is refused in words that
 * name the file field, whether it is being checked or restored; never "something went wrong".
 */
describe('P28: a wrong backup file path is named, with what to do', () => {
  it.each([
    ['no such file', (root: string) => join(root, 'missing.cabinet-backup'), /There is no file at .*missing\.cabinet-backup/],
    ['a folder', (root: string) => (mkdirSync(join(root, 'stick')), join(root, 'stick')), /is a folder, not a backup file/],
    ['not a backup', (root: string) => (writeFileSync(join(root, 'notes.txt'), 'shopping list'), join(root, 'notes.txt')), /is not a Cabinet backup file/],
  ])('check: %s', async (_what, make, message) => {
    const c = cabinet()
    const e = await refusalOf(() => runOperation(c.host, 'backups.verify', { file: make(c.root) }))
    expect([e.field, e.message]).toEqual(['file', expect.stringMatching(message)])
  })

  it('restore: no such file fails the job naming the file field, and the Cabinet is untouched', async () => {
    const c = cabinet()
    c.host.lock()
    const job = runOperation(c.host, 'backups.restore', { file: join(c.root, 'missing.cabinet-backup'), recoveryKey: c.recoveryKey })
    const ended = await settled(job.id, undefined, 20)
    expect(ended).toMatchObject({ state: 'failed', error: { field: 'file', message: expect.stringMatching(/^There is no file at /) } })
    expect(c.host.state()).toEqual({ state: 'locked' })
  })
})
