import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import { applyRule, blankAsMissing, capitalise, freeText, optionalFreeText, personName } from '../../../../electron/core/rules'

describe('rule: optional and required text', () => {
  it('reads blank optional text as missing: null when stored, undefined when an argument', () => {
    const notes = optionalFreeText('the notes', { max: 10, multiline: true })
    for (const blank of ['', '   ', null, undefined]) expect(notes.parse(blank)).toBeNull()
    expect(notes.parse('  hello ')).toBe('hello')
    expect(notes.safeParse('x'.repeat(11)).error?.issues[0].message).toBe('The notes can be at most 10 characters.')

    const filter = blankAsMissing(z.string().max(5, 'Too long.'))
    expect(filter.parse('')).toBeUndefined()
    expect(filter.parse('  ')).toBeUndefined()
    expect(filter.parse(undefined)).toBeUndefined()
    expect(filter.parse(' abc ')).toBe('abc')
    expect(filter.safeParse('abcdef').error?.issues[0].message).toBe('Too long.')
  })

  it('asks for required text by its label', () => {
    const heading = freeText('a heading', { max: 5 })
    expect(heading.parse(' Hi ')).toBe('Hi')
    expect(heading.safeParse('  ').error?.issues[0].message).toBe('Enter a heading.')
    expect(heading.safeParse(undefined).error?.issues[0].message).toBe('Enter a heading.')
    expect(heading.safeParse('toolong').error?.issues[0].message).toBe('A heading can be at most 5 characters.')
  })

  it('answers code that does not speak zod with the value or the first message', () => {
    expect(applyRule(personName('a first name'), ' Zoë ')).toEqual({ ok: true, value: 'Zoë' })
    expect(applyRule(personName('a first name'), '')).toEqual({ ok: false, message: 'Enter a first name.' })
    expect(capitalise('the date of birth')).toBe('The date of birth')
  })
})
