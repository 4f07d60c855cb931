import { describe, expect, it } from 'vitest'
import type { FieldErrors } from 'react-hook-form'
import { flattenErrors } from '../../../../renderer/ui/ErrorSummary'

describe('the error summary’s list of problems', () => {
  it('lists every field’s message with its path, in the order the form reported them', () => {
    const input = element('input')
    const errors = {
      source: { type: 'custom', message: 'Choose where the details came from', ref: input },
      resident: { givenName: { type: 'too_small', message: 'Enter the first name', ref: input } },
      children: Object.assign(
        [
          { dateOfBirth: { type: 'custom', message: 'Enter the date of birth' } },
          undefined,
          { givenName: { type: 'custom', message: 'Enter child 3’s first name' } },
        ],
        {
          root: { type: 'custom', message: 'Add no more than 10 children' },
        },
      ),
    } as unknown as FieldErrors
    expect(flattenErrors(errors)).toEqual([
      { name: 'source', message: 'Choose where the details came from' },
      { name: 'resident.givenName', message: 'Enter the first name' },
      { name: 'children.0.dateOfBirth', message: 'Enter the date of birth' },
      { name: 'children.2.givenName', message: 'Enter child 3’s first name' },
      { name: 'children', message: 'Add no more than 10 children' },
    ])
  })

  it('is empty when there is nothing wrong', () => {
    expect(flattenErrors({})).toEqual([])
    expect(flattenErrors(undefined)).toEqual([])
  })

  it('keeps a group’s own message under the group’s path', () => {
    const errors = { children: { type: 'too_small', message: 'Add at least one child' } } as unknown as FieldErrors
    expect(flattenErrors(errors)).toEqual([{ name: 'children', message: 'Add at least one child' }])
  })
})

/** A stand-in for the element react-hook-form keeps as `ref`: it must never be walked into. */
function element(tag: string): object {
  return { tagName: tag.toUpperCase(), nested: { message: 'not an error' } }
}
