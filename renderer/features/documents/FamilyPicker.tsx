import { useState } from 'react'
import { Label, Radio, RadioGroup } from 'react-aria-components'
import { useCall } from '../../api/hooks'
import { TextInput } from '../../ui/Field'

/**
 * Which family a document from the Documents page belongs to: type part of a name or a
 * reference, then pick one. (On a family's own page the family is already known.)
 */
export function FamilyPicker({ familyId, onChange, error }: { familyId: number | null; onChange: (id: number) => void; error?: string }) {
  const [query, setQuery] = useState('')
  const found = useCall('families.search', { query, limit: 20 })
  const rows = found.data?.rows ?? []
  return (
    <div className="family-picker">
      <TextInput label="Find the family" description="Part of a surname or the referral reference" type="search" value={query} onChange={setQuery} isRequired />
      <RadioGroup
        className={['field radio-group', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
        value={familyId === null ? null : String(familyId)}
        onChange={(v) => onChange(Number(v))}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        isRequired
      >
        <Label className="field__label">Family</Label>
        {error && <p className="field__error">{error}</p>}
        {rows.length === 0 && <p className="field__hint">{found.loading ? 'Searching…' : 'No families match.'}</p>}
        {rows.map((r) => (
          <Radio key={r.id} value={String(r.id)} className="radio">
            <span className="radio__circle" aria-hidden="true" />
            <span className="radio__text">
              <span className="radio__label">{r.label}</span>
              {r.reference && <span className="radio__description">{r.reference}</span>}
            </span>
          </Radio>
        ))}
      </RadioGroup>
    </div>
  )
}
