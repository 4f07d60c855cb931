import { describe, expect, it } from 'vitest'
import { addUserArgs, centreDetailsSchema } from '../../../electron/core/app/schemas'
import { useTempDirs } from '../../helpers/temp-dir'
import { errorOf } from '../../helpers/errors'
import { CENTRE, closedCabinet, setUpCabinet } from '../core/host/fixture'
import { asCoordinator, cli } from './harness'
import { runOperation } from '../../../electron/core/operations'

/*
 * The CLI refuses what the app refuses, in the app's words: the contract (which the forms share)
 * and a real `users add` / `init` run give the same answer for the same value.
 */

const NEW_PASSWORD = 'Copper Lighthouse Fern 58'
const USER = { username: 'sam.lee', displayName: 'Sam Lee', role: 'volunteer', password: NEW_PASSWORD }

type Answer = { accepted: true } | { accepted: false; message: string }

function contractAnswer(args: Partial<typeof USER>, field: string): Answer {
  const issue = addUserArgs.safeParse({ ...USER, ...args }).error?.issues.find((i) => i.path[0] === field)
  return issue ? { accepted: false, message: issue.message } : { accepted: true }
}

function cliAnswer(run: { code: number; err: string }): Answer {
  if (run.code === 0) return { accepted: true }
  expect(run.code).toBe(2)
  return { accepted: false, message: run.err.replace(/^Error: /, '') }
}

describe('the CLI applies the app’s field rules', () => {
  const tempDir = useTempDirs()

  it('users add: the same answer and message as the contract for each username and display name (vol_01 included)', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    // --username=… so that a value starting with a dash is read as the value, not as an option.
    const usernames = ['vol_01', 'a b', '-x1', 'a', 'x'.repeat(33), 'siân']
    for (const username of usernames) {
      const run = await asCoordinator(dir, ['users', 'add', `--username=${username}`, '--display-name', 'Zoë Bartłomiej', '--role', 'volunteer'], NEW_PASSWORD)
      expect({ username, answer: cliAnswer(run) }).toEqual({ username, answer: contractAnswer({ username }, 'username') })
    }
    const displayNames = ['vol_01', 'Volunteer 1', '<b>x</b>', '   ', 'x'.repeat(101), 'Siân O’Neill']
    for (const [i, displayName] of displayNames.entries()) {
      const run = await asCoordinator(dir, ['users', 'add', '--username', `helper${i}`, '--display-name', displayName, '--role', 'volunteer'], NEW_PASSWORD)
      expect({ displayName, answer: cliAnswer(run) }).toEqual({ displayName, answer: contractAnswer({ displayName }, 'displayName') })
    }
    const list = await asCoordinator(dir, ['users', 'list'])
    expect(list.out.split('\n').map((l) => l.split('\t')[0])).toEqual(['coord', 'helper5', 'vol_01'])
  })

  it('init: the centre phone is checked by the app’s rule, with its message, before anything is kept', async () => {
    const dir = tempDir()
    const init = [
      'init',
      '--data-dir',
      dir,
      '--centre',
      'C',
      '--address',
      'A',
      '--controller',
      'T',
      '--email',
      'c@example.org',
      '--user',
      'coord',
      '--display-name',
      'Ffion Prys-Jones',
      '--password-stdin',
    ]
    for (const phone of ['12345', '+48 22 123 45 67']) {
      const run = await cli([...init, '--phone', phone], { stdin: 'Quiet Meadow Lantern 42\n' })
      const contract = centreDetailsSchema.safeParse({ ...CENTRE, contactPhone: phone }).error?.issues[0].message
      expect(cliAnswer(run)).toEqual({ accepted: false, message: contract })
    }
  })

  it('the core’s centre settings take the families’ phone rule (UK only): a drama number yes, a number abroad no', () => {
    const { host } = setUpCabinet(tempDir())
    try {
      expect(runOperation(host, 'app.centre.update', { ...CENTRE, contactPhone: '07700 900123' }).contactPhone).toBe('07700 900123')
      const e = errorOf(() => runOperation(host, 'app.centre.update', { ...CENTRE, contactPhone: '+48 22 123 45 67' }))
      expect([e.code, e.field, e.message]).toEqual(['validation', 'contactPhone', 'Enter a UK phone number, like 01225 765432.'])
      expect(centreDetailsSchema.safeParse({ ...CENTRE, contactPhone: '07700 900123' }).success).toBe(true)
    } finally {
      host.close()
    }
  })
})
