import type { KeyboardEvent, Ref } from 'react'
import { Button, Input, Label, SearchField, Text } from 'react-aria-components'

export interface FamilySearchFieldProps {
  value: string
  onChange: (value: string) => void
  /** Enter: open the highlighted family. */
  onSubmit: () => void
  /** The arrow keys: move the highlight. */
  onKeyDown: (e: KeyboardEvent) => void
  /** Whether references and postcodes are searchable too (coordinators), or names only. */
  byReference: boolean
  /** The id of the results list the box drives. */
  controls: string
  /** The id of the highlighted result, once the arrow keys have moved to it. */
  activeDescendant: string | undefined
  inputRef: Ref<HTMLInputElement>
}

/**
 * The family search box: a searchbox that keeps focus while the arrow keys move through the
 * results (aria-activedescendant names the highlighted one), Enter opens it and Escape clears.
 */
export function FamilySearchField({ value, onChange, onSubmit, onKeyDown, byReference, controls, activeDescendant, inputRef }: FamilySearchFieldProps) {
  return (
    <SearchField value={value} onChange={onChange} onSubmit={onSubmit} onKeyDown={onKeyDown} autoFocus className="field family-search">
      <Label className="field__label">Find a family</Label>
      <Text slot="description" elementType="div" className="field__hint">
        {byReference ? 'A name, a referral reference (R-2026-0042) or a postcode.' : 'A name.'} Enter opens the first family found; the up and down arrow keys
        choose another; Escape clears the search.
      </Text>
      <div className="field__control family-search__control">
        <Input ref={inputRef} className="field__input" aria-controls={controls} aria-activedescendant={activeDescendant} spellCheck={false} />
        <Button className="family-search__clear">×</Button>
      </div>
    </SearchField>
  )
}
