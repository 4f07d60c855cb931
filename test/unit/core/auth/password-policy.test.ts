import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addUserArgs, setupArgs } from '../../../../electron/core/app/schemas'
import { installPasswordEstimator } from '../../../../electron/core/auth/password-estimator'
import {
  ACCEPTABLE_SCORE,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  PASSWORD_CHECKER_LOADING,
  PASSWORD_SCORE_WORDS,
  judgePassword,
  passwordEstimatorReady,
  passwordProblems,
  passwordUserInputs,
  providePasswordEstimator,
} from '../../../../electron/core/auth/password-policy'

// Node loads the estimator with core/users/user-admin.ts; this test imports the rule alone.
installPasswordEstimator()

const CENTRE = {
  name: 'Riverside Child Contact Centre',
  address: '12 Mill Lane\nExampleton\nZW14 8AB',
  dataController: 'Riverside Family Support',
  contactEmail: 'office@riverside-contact.example.org',
  contactPhone: '01225 765432',
}
const COORDINATOR = { username: 'ffion', displayName: 'Ffion Prys-Jones' }

/** The rule as every form and the CLI apply it: the setup schema's verdict on this password. */
function setupAccepts(password: string, about = COORDINATOR): boolean {
  const parsed = setupArgs.safeParse({ centre: CENTRE, ...about, password })
  if (parsed.success) return true
  const onPassword = parsed.error.issues.filter((i) => i.path.join('.') === 'password')
  // Anything else wrong would mean the table below is testing the wrong thing.
  expect(parsed.error.issues).toEqual(onPassword)
  return false
}

describe('the password rule and the strength meter are one judgement (zxcvbn)', () => {
  it.each([
    // [password, acceptable] — the meter's word must say the same as the rule.
    ['Summer2024!', false],
    ['Summer2024!!!', false],
    ['Password123!', false],
    ['cabinet2024', false],
    ['ThisIsMyPassword', false],
    ['contactcentre99', false],
    ['qwertyuiop123', false],
    ['aaaaaaaaaaaaaaaa', false],
    ['Silver meadow bicycle 9', true],
    ['kettle garden moon', true],
    ['Quiet Meadow Lantern 42', true],
    ['Llanfair Ŵyn Siân 2025', true],
  ])('%j: acceptable %s, and the meter agrees', (password, acceptable) => {
    const verdict = judgePassword(password, COORDINATOR)
    expect(verdict.acceptable).toBe(acceptable)
    expect(setupAccepts(password)).toBe(acceptable)
    expect(verdict.word).toBe(PASSWORD_SCORE_WORDS[verdict.score])
    // "Good" and "Strong" are exactly the acceptable words: the meter never praises a refused one.
    expect(['Good', 'Strong'].includes(verdict.word)).toBe(acceptable)
    expect(verdict.score >= ACCEPTABLE_SCORE).toBe(acceptable)
    expect(verdict.problems.length === 0).toBe(acceptable)
  })

  it('refuses common patterns with a reason that says what to do, in en-GB words', () => {
    const [first] = passwordProblems('Summer2024!!!')
    expect(first).toMatch(/easy to guess|common/i)
    expect(first).toMatch(/Add another word/)
    expect(passwordProblems('Password123!')[0]).toMatch(/^This is too like a commonly used password\./)
    // en-GB throughout: no "Capitalize"; the suggestion speaks to the person choosing.
    for (const p of ['Summer2024!!!', 'Password123!', 'Tr0ub4dor&3x', 'Abcdefghijkl']) {
      for (const problem of passwordProblems(p)) expect(problem).not.toMatch(/capitaliz|favorite|\bcolor\b/i)
    }
  })

  it('counts the username, the display name and the centre’s words against the password', () => {
    for (const mine of ['ffion prys jones', 'riversideffion99']) {
      expect(judgePassword(mine).acceptable).toBe(true)
      expect(judgePassword(mine, COORDINATOR).acceptable).toBe(false)
    }
    expect(passwordProblems('Ffionprysjones', COORDINATOR)[0]).toMatch(/your name, your username or a word about the centre/)
    expect(judgePassword('siân oneill river 7', { displayName: 'Siân O’Neill' }).score).toBeLessThan(judgePassword('siân oneill river 7').score)
    expect(passwordUserInputs({ username: 'Jo', displayName: 'Siân O’Neill' })).toEqual(
      expect.arrayContaining(['cabinet', 'contact', 'centre', 'jo', 'siân o’neill', 'siân', 'sian', 'o’neill', 'oneill', 'sianoneill', 'sian oneill']),
    )
  })

  it(`says how long a password must be, and holds a long-enough-but-short one below "Good"`, () => {
    const short = 'xK9#mQ2$vL' // random, but only 10 characters
    const verdict = judgePassword(short)
    expect(verdict.problems[0]).toBe(`Use at least ${MIN_PASSWORD_LENGTH} characters (this has 10).`)
    expect(verdict.score).toBeLessThan(ACCEPTABLE_SCORE)
    expect(passwordProblems('a b '.repeat(60))).toContain(`Use at most ${MAX_PASSWORD_LENGTH} characters (this has 240).`)
    expect(passwordProblems('ŴŴŴŴ')[0]).toBe(`Use at least ${MIN_PASSWORD_LENGTH} characters (this has 4).`)
  })

  it('property: for any string, the rule (the schemas) accepts it exactly when the meter says it is acceptable', () => {
    const chars = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!?-ŵâ'.split(''))
    const words = fc.constantFrom('summer', 'kettle', 'garden', 'moon', 'password', 'cabinet', '2024', '!', ' ', 'Riverside', 'ffion', 'lantern')
    const password = fc.oneof(
      fc.string({ unit: chars, maxLength: 30 }),
      fc.array(words, { maxLength: 6 }).map((w) => w.join('')),
      fc.string({ maxLength: 24 }),
    )
    fc.assert(
      fc.property(password, (p) => {
        const meter = judgePassword(p, COORDINATOR)
        const addUser = addUserArgs.safeParse({ ...COORDINATOR, role: 'volunteer', password: p })
        const refusedByRule = !addUser.success && addUser.error.issues.some((i) => i.path[0] === 'password')
        // The empty password gets the schema's own "Choose a password"; every other verdict is the meter's.
        if (p === '') return refusedByRule && !meter.acceptable
        return refusedByRule === !meter.acceptable && (meter.acceptable || addUser.error!.issues[0].message === meter.problems[0])
      }),
      { numRuns: 60 },
    )
  })
})

describe('before the estimator is loaded', () => {
  beforeAll(() => providePasswordEstimator(null))
  afterAll(() => installPasswordEstimator())

  it('refuses every password, saying why, rather than accepting it unchecked', () => {
    expect(passwordEstimatorReady()).toBe(false)
    expect(judgePassword('Silver meadow bicycle 9')).toMatchObject({ acceptable: false, problems: [PASSWORD_CHECKER_LOADING] })
    expect(setupAccepts('Silver meadow bicycle 9')).toBe(false)
  })
})
