import { useState } from 'react'
import { useCabinetQuery } from '../../api/queries'
import { RadioGroupField } from '../../ui/Choice'
import { TextInput } from '../../ui/Field'

/**
 * Which family a document from the Documents page belongs to: type part of a name or a
 * reference, then pick one. (On a family's own page the family is already known.)
 */
export function FamilyPicker({
  familyId,
  onChange,
  error,
  name,
}: {
  familyId: number | null
  onChange: (id: number) => void
  error?: string
  /** The form's name for the family: an error summary's link to it finds the search field by it. */
  name?: string
}) {
  const [query, setQuery] = useState('')
  // The last answer stays while the next loads, so the choices do not flicker as one types.
  const found = useCabinetQuery('families.search', { query, limit: 20 }, { keepPrevious: true })
  const rows = found.data?.rows ?? []
  return (
    <div className="family-picker">
      <TextInput
        label="Find the family"
        description="Part of a surname or the referral reference"
        type="search"
        name={name}
        value={query}
        onChange={setQuery}
        isRequired
      />
      <RadioGroupField
        label="Family"
        options={rows.map((r) => ({ value: String(r.id), label: r.label, description: r.reference ?? undefined }))}
        value={familyId === null ? null : String(familyId)}
        onChange={(v) => onChange(Number(v))}
        error={error}
        description={rows.length === 0 ? (found.isFetching ? 'Searching…' : 'No families match.') : undefined}
      />
    </div>
  )
}
