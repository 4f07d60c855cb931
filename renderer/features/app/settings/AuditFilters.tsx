import { useState, type FormEvent } from 'react'
import {
  Button as AriaButton,
  DateField,
  DateInput,
  DateSegment,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  type DateValue,
  type Key,
} from 'react-aria-components'
import type { ArgsOf } from '../../../../electron/contract'
import { auditListArgs } from '../../../../electron/contract/areas/app'
import { Button } from '../../../ui/Button'
import { TextInput } from '../../../ui/Field'
import type { UserSummary } from './UsersTable'

export type AuditFilter = Pick<ArgsOf<'app.audit.list'>, 'userId' | 'action' | 'from' | 'to'>
type FilterField = 'userId' | 'action' | 'from' | 'to'

const EVERYONE = 'everyone'

/**
 * Narrow the audit log by who, what and when. Dates are typed day/month/year (en-GB); the
 * filter is checked with the contract's own schema before it is sent.
 */
export function AuditFilters({ users, onApply }: { users: UserSummary[]; onApply: (filter: AuditFilter) => void }) {
  const [userKey, setUserKey] = useState<Key>(EVERYONE)
  const [action, setAction] = useState('')
  const [from, setFrom] = useState<DateValue | null>(null)
  const [to, setTo] = useState<DateValue | null>(null)
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({})

  const apply = (e: FormEvent) => {
    e.preventDefault()
    const filter: AuditFilter = {
      userId: userKey === EVERYONE ? undefined : Number(userKey),
      action: action.trim(),
      from: from?.toString() ?? '',
      to: to?.toString() ?? '',
    }
    const checked = auditListArgs.safeParse(filter)
    if (!checked.success) {
      const found: Partial<Record<FilterField, string>> = {}
      for (const issue of checked.error.issues) {
        const field = issue.path[0] as FilterField
        found[field] ??= issue.message
      }
      setErrors(found)
      return
    }
    setErrors({})
    onApply(filter)
  }

  const clear = () => {
    setUserKey(EVERYONE)
    setAction('')
    setFrom(null)
    setTo(null)
    setErrors({})
    onApply({})
  }

  return (
    <form className="card filters" onSubmit={apply} noValidate aria-label="Filter the audit log">
      <Select className="field" value={userKey} onChange={(k) => setUserKey(k ?? EVERYONE)}>
        <Label className="field__label">User</Label>
        <AriaButton className="field__input select-button">
          <SelectValue />
          <span aria-hidden="true">▾</span>
        </AriaButton>
        <Popover className="popover">
          <ListBox className="listbox">
            <ListBoxItem id={EVERYONE} className="listbox__item">
              Everyone
            </ListBoxItem>
            {users.map((u) => (
              <ListBoxItem key={u.id} id={String(u.id)} className="listbox__item" textValue={u.displayName}>
                {u.displayName} ({u.username})
              </ListBoxItem>
            ))}
          </ListBox>
        </Popover>
      </Select>
      <TextInput label="Action (e.g. auth.login)" markOptional={false} value={action} onChange={setAction} error={errors.action} />
      <DateFilter label="From" value={from} onChange={setFrom} error={errors.from} />
      <DateFilter label="To" value={to} onChange={setTo} error={errors.to} />
      <div className="button-row filters__buttons">
        <Button type="submit" variant="primary">
          Show
        </Button>
        <Button variant="secondary" onPress={clear}>
          Clear filters
        </Button>
      </div>
    </form>
  )
}

function DateFilter({ label, value, onChange, error }: { label: string; value: DateValue | null; onChange: (v: DateValue | null) => void; error?: string }) {
  return (
    <DateField
      className={error ? 'field field--invalid' : 'field'}
      value={value}
      onChange={onChange}
      granularity="day"
      isInvalid={Boolean(error)}
      validationBehavior="aria"
    >
      <Label className="field__label">{label} (dd/mm/yyyy)</Label>
      <FieldError className="field__error">{error}</FieldError>
      <DateInput className="date-input">{(segment) => <DateSegment segment={segment} className="date-input__segment" />}</DateInput>
    </DateField>
  )
}
