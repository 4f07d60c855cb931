import { useState, type FormEvent } from 'react'
import type { ArgsOf } from '../../../../electron/contract'
import { auditListArgs } from '../../../../electron/core/app/schemas'
import { AUDIT_ACTION_OPTIONS } from '../../../../electron/core/audit/vocab'
import { Button } from '../../../ui/Button'
import { DateField } from '../../../ui/DateField'
import { Select } from '../../../ui/Select'
import type { UserSummary } from './UsersTable'

export type AuditFilter = Pick<ArgsOf<'app.audit.list'>, 'userId' | 'action' | 'exactAction' | 'from' | 'to'>
type FilterField = 'userId' | 'action' | 'from' | 'to'

const EVERYONE = 'everyone'
const ANYTHING = 'anything'
const ACTION_CHOICES = [{ value: ANYTHING, label: 'Anything' }, ...AUDIT_ACTION_OPTIONS]

/** Whether the filter narrows the log at all (the empty page then says to widen it). */
export function isFiltered(filter: AuditFilter): boolean {
  return filter.userId !== undefined || Boolean(filter.action) || Boolean(filter.from) || Boolean(filter.to)
}

/**
 * Narrow the audit log by who, what (one action, chosen in words) and when. Dates are typed
 * day/month/year (en-GB); the filter is checked with the contract's own schema before it is sent.
 */
export function AuditFilters({ users, onApply }: { users: UserSummary[]; onApply: (filter: AuditFilter) => void }) {
  const [userKey, setUserKey] = useState(EVERYONE)
  const [action, setAction] = useState(ANYTHING)
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({})

  const apply = (e: FormEvent) => {
    e.preventDefault()
    const filter: AuditFilter = {
      userId: userKey === EVERYONE ? undefined : Number(userKey),
      ...(action === ANYTHING ? {} : { action, exactAction: true }),
      from,
      to,
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
    setAction(ANYTHING)
    setFrom('')
    setTo('')
    setErrors({})
    onApply({})
  }

  const userOptions = [{ value: EVERYONE, label: 'Everyone' }, ...users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))]
  return (
    <form className="card filters" onSubmit={apply} noValidate aria-label="Filter the audit log">
      <Select label="User" markOptional={false} options={userOptions} value={userKey} onChange={(v) => setUserKey(v ?? EVERYONE)} error={errors.userId} />
      <Select
        label="What was done"
        markOptional={false}
        options={ACTION_CHOICES}
        value={action}
        onChange={(v) => setAction(v ?? ANYTHING)}
        error={errors.action}
      />
      <DateField label="From" markOptional={false} description={null} value={from} onChange={setFrom} error={errors.from} />
      <DateField label="To" markOptional={false} description={null} value={to} onChange={setTo} error={errors.to} />
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
