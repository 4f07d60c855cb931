import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatRecoveryKey, parseRecoveryKey } from '../../../../electron/core/crypto/recovery-key'
import { recoveryKeyGroups, sameRecoveryGroup } from '../../../../renderer/features/app/setup/recovery-key-groups'

/** A group as someone might copy it off paper: any case, spaces, and the look-alikes the key never uses. */
const copied = (group: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: group.length, maxLength: group.length }),
      fc.array(fc.constantFrom('', '', ' ', '-'), { minLength: group.length, maxLength: group.length }),
    )
    .map(([lower, gaps]) =>
      [...group]
        .map((c, i) => {
          const look = c === '0' && lower[i] ? 'O' : c === '1' && lower[i] ? 'l' : c
          return (lower[i] ? look.toLowerCase() : look) + gaps[i]
        })
        .join(''),
    )

describe('the setup type-back check reads a group as the recovery screen reads the key', () => {
  it('property: a copied group passes the check exactly when the whole key, copied that way, opens Cabinet', () => {
    const key = fc.uint8Array({ minLength: 20, maxLength: 20 }).map((bytes) => formatRecoveryKey(Buffer.from(bytes)))
    // The key, the group asked for, and what was typed: a copy of that group or of another one.
    const scenario = key.chain((text) =>
      fc.record({
        text: fc.constant(text),
        asked: fc.integer({ min: 0, max: 8 }),
        typed: fc.integer({ min: 0, max: 8 }).chain((from) => copied(recoveryKeyGroups(text)[from])),
      }),
    )
    fc.assert(
      fc.property(scenario, ({ text, asked, typed }) => {
        const groups = recoveryKeyGroups(text)
        const withTyped = groups.map((g, i) => (i === asked ? typed : g)).join('-')
        let opens: boolean
        try {
          opens = Buffer.compare(parseRecoveryKey(withTyped), parseRecoveryKey(text)) === 0
        } catch {
          opens = false
        }
        expect(sameRecoveryGroup(typed, groups[asked])).toBe(opens)
      }),
      { numRuns: 100 },
    )
  })
})
