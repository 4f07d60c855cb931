import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import { vocab, type VocabValue } from '../../../electron/core/vocab'

const contact = vocab({ phone: 'Phone call', text: 'Text message', email: 'Email', post: 'Post' })

describe('vocab: one definition gives the codes, the labels, the options and the SQL CHECK list', () => {
  it('keeps the codes in the order they were written, as a tuple z.enum accepts', () => {
    expect(contact.values).toEqual(['phone', 'text', 'email', 'post'])
    const schema = z.enum(contact.values)
    expect(schema.parse('email')).toBe('email')
    expect(schema.safeParse('fax').success).toBe(false)
    expectTypeOf<VocabValue<typeof contact>>().toEqualTypeOf<'phone' | 'text' | 'email' | 'post'>()
    expectTypeOf<z.infer<typeof schema>>().toEqualTypeOf<'phone' | 'text' | 'email' | 'post'>()
  })

  it('gives labels by code, as a record and as select options', () => {
    expect(contact.label('text')).toBe('Text message')
    expect(contact.labels).toEqual({ phone: 'Phone call', text: 'Text message', email: 'Email', post: 'Post' })
    expect(contact.options).toEqual([
      { value: 'phone', label: 'Phone call' },
      { value: 'text', label: 'Text message' },
      { value: 'email', label: 'Email' },
      { value: 'post', label: 'Post' },
    ])
    // A code no schema let through is shown as itself rather than as nothing.
    expect(contact.label('fax' as never)).toBe('fax')
  })

  it('writes the SQL CHECK list in the migrations’ style and refuses a column name that is not plain', () => {
    expect(contact.sqlCheck('preferred_contact')).toBe("preferred_contact IN ('phone', 'text', 'email', 'post')")
    expect(() => contact.sqlCheck("x'); DROP TABLE person; --")).toThrow(/not a plain SQL column name/)
  })

  it('tells a code from anything else', () => {
    expect(contact.has('post')).toBe(true)
    expect(contact.has('Post')).toBe(false)
    expect(contact.has(undefined)).toBe(false)
    expect(contact.has('toString')).toBe(false)
  })

  it('a subset keeps the labels and the original order, and refuses a code it does not have', () => {
    const written = contact.subset('post', 'email')
    expect(written.values).toEqual(['email', 'post'])
    expect(written.label('post')).toBe('Post')
    expect(written.sqlCheck('c')).toBe("c IN ('email', 'post')")
    expectTypeOf<VocabValue<typeof written>>().toEqualTypeOf<'email' | 'post'>()
    expect(() => contact.subset('fax' as never)).toThrow(/"fax" is not a code of this vocabulary \(phone, text, email, post\)/)
  })

  it('refuses codes that would be unsafe in SQL or reordered by JavaScript, and empty labels', () => {
    expect(() => vocab({})).toThrow(/at least one code/)
    expect(() => vocab({ "o'clock": 'Quote' })).toThrow(/Vocabulary code "o'clock" is not allowed/)
    expect(() => vocab({ b: 'B', 1: 'One' })).toThrow(/Vocabulary code "1" is not allowed/)
    expect(() => vocab({ Upper: 'Upper' })).toThrow(/not allowed/)
    expect(() => vocab({ blank: '  ' })).toThrow(/Vocabulary code "blank" needs a label/)
  })

  it('cannot be changed after it is defined', () => {
    expect(Object.isFrozen(contact.values)).toBe(true)
    expect(Object.isFrozen(contact.labels)).toBe(true)
    expect(() => (contact.values as unknown as string[]).push('fax')).toThrow()
  })
})
