import { describe, expect, it } from 'vitest'
import { addUserArgs, centreDetailsSchema } from '../../../../electron/core/app/schemas'
import { adultInput } from '../../../../electron/core/families/schemas'
import { CabinetError } from '../../../../electron/core/errors'
import { checkDisplayName, checkUsername } from '../../../../electron/core/users/user-admin'

/*
 * The same value gets the same answer wherever it enters: the contract (and so the forms, which
 * use its schemas) and the core's own checks (which the CLI reaches). The CLI itself is tested
 * against both in test/integration/cli/same-rules.test.ts.
 */

const CENTRE = {
  name: 'Riverside Child Contact Centre',
  address: '1 Mill Lane, Exampleton ZW14 8AA',
  dataController: 'Riverside Contact Trust',
  contactEmail: 'hello@riverside.example.org',
  contactPhone: '01225 765432',
}
const USER = { username: 'sam.lee', displayName: 'Sam Lee', role: 'volunteer', password: 'long river stones 42' }

type Answer = { accepted: true } | { accepted: false; message: string }

function contractAnswer(field: 'username' | 'displayName', value: string): Answer {
  const r = addUserArgs.safeParse({ ...USER, [field]: value })
  const issue = r.error?.issues.find((i) => i.path[0] === field)
  return issue ? { accepted: false, message: issue.message } : { accepted: true }
}

function coreAnswer(check: (v: string) => string, value: string): Answer {
  try {
    check(value)
    return { accepted: true }
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    return { accepted: false, message: (e as CabinetError).message }
  }
}

describe('one rule per field, wherever the value enters', () => {
  it.each(['vol_01', 'sam.lee', 'Second.Coord', ' coord ', 'a b', '-x1', 'ab', 'x'.repeat(33), '', 'siân'])(
    'a new username %j: the contract and the core (user-admin) agree, word for word',
    (username) => {
      expect(coreAnswer(checkUsername, username)).toEqual(contractAnswer('username', username))
    },
  )

  it.each(['vol_01', 'Volunteer 1', 'Siân O’Neill', "Aoife O'Neill", 'Nowak-Wiśniewska', 'Zoë Bartłomiej', '<b>x</b>', '', '   ', 'x'.repeat(101), '.'])(
    'a display name %j: the contract and the core (user-admin) agree, word for word',
    (displayName) => {
      expect(coreAnswer(checkDisplayName, displayName)).toEqual(contractAnswer('displayName', displayName))
    },
  )

  it('the vol_01 drift: a username may be vol_01, a display name may not (in the contract and the core alike)', () => {
    expect(contractAnswer('username', 'vol_01')).toEqual({ accepted: true })
    expect(coreAnswer(checkDisplayName, 'vol_01')).toEqual({
      accepted: false,
      message: 'A name may contain only letters, spaces, apostrophes, hyphens and full stops, starting with a letter.',
    })
  })

  it.each(['01225 765432', '0117 496 0123', '+44 20 7946 0000', '07911 123456', '07700 900123', '12345', '0770090012', '+44 7700', 'phone me'])(
    'the centre phone and a family phone follow the same UK rule: %j',
    (phone) => {
      const centre = centreDetailsSchema.safeParse({ ...CENTRE, contactPhone: phone }).success
      const family = adultInput.safeParse({ role: 'parent', givenName: 'Ffion', familyName: 'Prys-Jones', mobilePhone: phone }).success
      expect(centre).toBe(family)
    },
  )

  it('a family phone explicitly accepts numbers abroad; the centre phone explicitly does not', () => {
    const abroad = '+48 22 123 45 67'
    expect(adultInput.safeParse({ role: 'parent', givenName: 'Ffion', familyName: 'Prys-Jones', mobilePhone: abroad }).data?.mobilePhone).toBe('+48221234567')
    expect(centreDetailsSchema.safeParse({ ...CENTRE, contactPhone: abroad }).error?.issues[0].message).toBe('Enter a UK phone number, like 01225 765432.')
  })
})
