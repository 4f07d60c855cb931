import { describe, expect, it } from 'vitest'
import {
  STORED_MESSAGE,
  keyStoredSchema,
  normaliseRecoveryGroup,
  ordinal,
  pickGroupToCheck,
  recoveryKeyGroups,
  sameRecoveryGroup,
} from '../../../../renderer/features/app/setup/recovery-key-groups'

const KEY = '7K3M-Q9XT-0A1B-2C3D-4E5F-6G7H-8J9K-MNPQ-RSTV'

function messages(asked: number, answers: { stored: boolean; group: string }): Record<string, string> {
  const r = keyStoredSchema(asked, recoveryKeyGroups(KEY)[asked - 1]).safeParse(answers)
  return Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]))
}

describe('typing back one group of the recovery key at the end of setup', () => {
  it('splits the key into its nine groups of four', () => {
    expect(recoveryKeyGroups(KEY)).toEqual(['7K3M', 'Q9XT', '0A1B', '2C3D', '4E5F', '6G7H', '8J9K', 'MNPQ', 'RSTV'])
  })

  it.each([
    ['0a1b', true],
    [' 0A 1B ', true],
    ['0a-1b', true],
    ['oalb', true], // O for 0 and l for 1, as the recovery screen reads them
    ['0A1C', false],
    ['0A1', false],
    ['Q9XT', false], // the neighbouring group
  ])('reads %j as group 3 (0A1B): %s', (typed, same) => {
    expect(sameRecoveryGroup(typed, '0A1B')).toBe(same)
  })

  it('asks for any of the groups, 1 to 9, and never outside them', () => {
    expect(pickGroupToCheck(9, () => 0)).toBe(1)
    expect(pickGroupToCheck(9, () => 0.5)).toBe(5)
    expect(pickGroupToCheck(9, () => 0.999999)).toBe(9)
    expect(pickGroupToCheck(9, () => 1)).toBe(9)
  })

  it('names the field and the group in every error, and accepts the right answers', () => {
    expect(messages(3, { stored: false, group: '' })).toEqual({ stored: STORED_MESSAGE, group: 'Type group 3 of your recovery key.' })
    expect(messages(3, { stored: true, group: 'Q9XT' })).toEqual({
      group: 'Group 3 of your recovery key is different: check the third group of four characters and type it again.',
    })
    expect(messages(3, { stored: true, group: '0a1b' })).toEqual({})
    expect(ordinal(9)).toBe('ninth')
    expect(normaliseRecoveryGroup(' o l-i1 ')).toBe('0111')
  })
})
