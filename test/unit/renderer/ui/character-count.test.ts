import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { adultInput, medicalInput, referralInput } from '../../../../electron/core/families/schemas'
import { optionalFreeText } from '../../../../electron/core/rules'
import { characterCount, countedLength, maxLengthOf } from '../../../../renderer/ui/character-count'

describe('the character count’s limit comes from the field’s own schema', () => {
  it('reads the most characters a free-text rule keeps, required or optional', () => {
    expect(maxLengthOf(referralInput.shape.collectionArrangements)).toBe(2000)
    expect(maxLengthOf(adultInput.shape.accessNeeds)).toBe(1000)
    expect(maxLengthOf(medicalInput.shape.details)).toBe(2000)
    expect(maxLengthOf(optionalFreeText('a note', { max: 40 }).optional())).toBe(40)
    expect(maxLengthOf(z.string().max(12))).toBe(12)
  })

  it('has no limit to show for a field without one', () => {
    expect(maxLengthOf(z.string())).toBeUndefined()
    expect(maxLengthOf(z.boolean())).toBeUndefined()
  })
})

describe('what the character count says', () => {
  it('says nothing until the text reaches 80% of the limit', () => {
    expect(characterCount('a'.repeat(79), 100)).toBeNull()
    expect(characterCount('', 100)).toBeNull()
    expect(characterCount('a'.repeat(80), 100)).toEqual({ message: 'You have 20 characters remaining', over: false })
  })

  it('counts down to none left, then up the characters too many', () => {
    expect(characterCount('a'.repeat(99), 100)).toEqual({ message: 'You have 1 character remaining', over: false })
    expect(characterCount('a'.repeat(100), 100)).toEqual({ message: 'You have 0 characters remaining', over: false })
    expect(characterCount('a'.repeat(101), 100)).toEqual({ message: 'You have 1 character too many', over: true })
    expect(characterCount('a'.repeat(130), 100)).toEqual({ message: 'You have 30 characters too many', over: true })
  })

  it('counts characters as they are saved: outer spaces dropped, Windows line ends as one, accents composed', () => {
    expect(countedLength('  note  ')).toBe(4)
    expect(countedLength('a\r\nb')).toBe(3)
    expect(countedLength('e\u0301')).toBe(1)
  })
})
