import { describe, expect, it } from 'vitest'
import {
  addUserArgs,
  auditListArgs,
  centreDetailsSchema,
  changeOwnPasswordArgs,
  loginArgs,
  preferencesSchema,
  printToPdfArgs,
  recoverArgs,
  setupArgs,
} from '../../../electron/core/app/schemas'
import { appApi as appChannels } from '../../../electron/core/app/api'
import { installPasswordEstimator } from '../../../electron/core/auth/password-estimator'
import { PERMISSIONS } from '../../../electron/core/auth/permissions'

// The password rule judges with zxcvbn's dictionaries, which Node loads with the core (user-admin.ts).
installPasswordEstimator()

const centre = {
  name: 'Riverside Child Contact Centre',
  address: '1 Mill Lane, Exampleton ZW14 8AA',
  dataController: 'Riverside Contact Trust',
  contactEmail: 'hello@riverside.example.org',
  contactPhone: '01225 765432',
}

/** The first issue's path and message, as the dispatcher and the forms show it. */
function firstIssue(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const i = result.error?.issues[0]
  return i ? [i.path.map(String).join('.'), i.message] : null
}

describe('app contract', () => {
  it('names every channel app.* and gives each a known access level', () => {
    for (const [name, def] of Object.entries(appChannels)) {
      expect(name.startsWith('app.')).toBe(true)
      expect(def.access === 'public' || def.access === 'session' || Object.hasOwn(PERMISSIONS, def.access)).toBe(true)
    }
  })

  it('keeps only setup, login, recovery and the state screen public', () => {
    const publicChannels = Object.entries(appChannels)
      .filter(([, d]) => d.access === 'public')
      .map(([n]) => n)
      .sort()
    expect(publicChannels).toEqual(['app.lockedUntil', 'app.login', 'app.recover', 'app.setup', 'app.state'])
  })

  it('P27: user administration, settings changes and the audit log need the coordinator-only permissions', () => {
    expect(appChannels['app.users.add'].access).toBe('users.manage')
    expect(appChannels['app.users.disable'].access).toBe('users.manage')
    expect(appChannels['app.centre.update'].access).toBe('settings.manage')
    expect(appChannels['app.preferences.update'].access).toBe('settings.manage')
    expect(appChannels['app.audit.list'].access).toBe('audit.view')
    // Everyone agrees to the confidentiality terms, an inspector too (P19, P27).
    expect(appChannels['app.acknowledgeConfidentiality'].access).toBe('account.acknowledge')
  })

  it('accepts good centre details and trims them', () => {
    const r = centreDetailsSchema.parse({ ...centre, name: '  Riverside  ' })
    expect(r.name).toBe('Riverside')
  })

  it.each([
    [{ name: '   ' }, 'name', 'Enter the centre name.'],
    [{ address: '' }, 'address', "Enter the centre's postal address."],
    [{ contactEmail: 'hello-at-riverside' }, 'contactEmail', 'Enter an email address, like name@example.org.'],
    [{ contactPhone: '12345' }, 'contactPhone', 'Enter a UK phone number, like 01225 765432.'],
    [{ contactPhone: ' ' }, 'contactPhone', 'Enter a contact phone number.'],
    [{ contactPhone: '+1 212 555 0100' }, 'contactPhone', 'Enter a UK phone number, like 01225 765432.'],
  ])('refuses bad centre details with a specific message (%o)', (change, field, message) => {
    expect(firstIssue(centreDetailsSchema.safeParse({ ...centre, ...change }))).toEqual([field, message])
  })

  it('accepts names with any letters, apostrophes and hyphens in setup', () => {
    for (const displayName of ['Siân Jones', "Aoife O'Neill", 'Zofia Nowak-Wiśniewska', 'Ngozi Okonkwo-Adébáyọ̀']) {
      const r = setupArgs.safeParse({ centre, username: 'coordinator', displayName, password: 'long river stones 42' })
      expect(r.success).toBe(true)
    }
  })

  it('applies the password policy in setup, on the password field', () => {
    expect(firstIssue(setupArgs.safeParse({ centre, username: 'coordinator', displayName: 'Sam Lee', password: 'short' }))).toEqual([
      'password',
      'Use at least 12 characters (this has 5).',
    ])
    // Accepted on its own, refused once it is the user's own name with a year.
    const password = 'riversidesamlee2024'
    expect(setupArgs.safeParse({ centre, username: 'coordinator', displayName: 'Pat Jones', password }).success).toBe(true)
    expect(firstIssue(setupArgs.safeParse({ centre, username: 'riverside', displayName: 'Sam Lee', password }))?.[0]).toBe('password')
  })

  it('explains username rules for new accounts, but accepts any typed username at login', () => {
    expect(firstIssue(addUserArgs.safeParse({ username: 'a b', displayName: 'Sam Lee', role: 'volunteer', password: 'long river stones 42' }))).toEqual([
      'username',
      'A username is 2 to 32 letters, digits, dots, dashes or underscores, starting with a letter or digit.',
    ])
    expect(firstIssue(addUserArgs.safeParse({ username: 'sam.lee', displayName: 'Sam Lee', role: 'manager', password: 'long river stones 42' }))).toEqual([
      'role',
      'Choose coordinator, volunteer or NACCC inspector',
    ])
    expect(loginArgs.safeParse({ username: ' Sam ', password: 'x' }).data).toEqual({ username: 'Sam', password: 'x' })
    expect(firstIssue(loginArgs.safeParse({ username: '', password: 'x' }))).toEqual(['username', 'Enter your username.'])
    expect(firstIssue(loginArgs.safeParse({ username: 'sam', password: '' }))).toEqual(['password', 'Enter your password'])
  })

  it('treats a blank recovery username as "the first coordinator"', () => {
    const r = recoverArgs.parse({ recoveryKey: 'ABCD-EFGH', newPassword: 'long river stones 42', username: '  ' })
    expect(r.username).toBeUndefined()
    expect(firstIssue(recoverArgs.safeParse({ recoveryKey: '', newPassword: 'long river stones 42' }))).toEqual(['recoveryKey', 'Enter the recovery key'])
  })

  it('refuses a new password equal to the current one', () => {
    expect(firstIssue(changeOwnPasswordArgs.safeParse({ currentPassword: 'long river stones 42', newPassword: 'long river stones 42' }))).toEqual([
      'newPassword',
      'Choose a password different from your current one',
    ])
  })

  it('keeps auto-lock between 1 and 120 whole minutes', () => {
    expect(firstIssue(preferencesSchema.safeParse({ autoLockMinutes: 0 }))).toEqual(['autoLockMinutes', 'Lock after at least 1 minute'])
    expect(firstIssue(preferencesSchema.safeParse({ autoLockMinutes: 121 }))).toEqual(['autoLockMinutes', 'Lock after at most 120 minutes'])
    expect(firstIssue(preferencesSchema.safeParse({ autoLockMinutes: 2.5 }))).toEqual(['autoLockMinutes', 'Enter a whole number of minutes'])
    expect(firstIssue(preferencesSchema.safeParse({ autoLockMinutes: Number.NaN }))).toEqual(['autoLockMinutes', 'Enter a number of minutes'])
  })

  it('reads blank audit filters as "no filter", and checks dates and their order', () => {
    expect(auditListArgs.parse({ action: '', from: '', to: '' })).toEqual({ limit: 100 })
    expect(firstIssue(auditListArgs.safeParse({ from: '2025-02-30' }))).toEqual(['from', 'Enter the start date as a real date.'])
    expect(firstIssue(auditListArgs.safeParse({ from: '2025-03-01', to: '2025-02-01' }))).toEqual(['to', 'The end date must be on or after the start date'])
    expect(firstIssue(auditListArgs.safeParse({ limit: 10_000 }))).toEqual(['limit', 'Show at most 500 rows at a time'])
  })

  it('only lets print pages be saved as PDF, under a plain file name', () => {
    expect(printToPdfArgs.safeParse({ route: '#/print/checklist/12', suggestedName: 'Pre-visit checklist 12' }).success).toBe(true)
    for (const route of ['#/families/1', 'https://example.org/#/print/x', '#/print/../users', '#/print/x?y=<script>', '/print/x']) {
      expect(firstIssue(printToPdfArgs.safeParse({ route, suggestedName: 'x' }))).toEqual(['route', 'Only print pages (#/print/...) can be saved as PDF'])
    }
    expect(firstIssue(printToPdfArgs.safeParse({ route: '#/print/x', suggestedName: '..\\..\\evil' }))?.[0]).toBe('suggestedName')
  })
})
