import { useState, type FormEvent } from 'react'
import type { ArgsOf } from '../../../../electron/contract'
import { auditListArgs } from '../../../../electron/core/app/schemas'
import { Button } from '../../../ui/Button'
import { DateField } from '../../../ui/DateField'
import { TextInput } from '../../../ui/Field'
import { Select } from '../../../ui/Select'
import type { UserSummary } from './UsersTable'

export type AuditFilter = Pick<ArgsOf<'app.audit.list'>, 'userId' | 'action' | 'from' | 'to'>
type FilterField = 'userId' | 'action' | 'from' | 'to'

const EVERYONE = 'everyone'

/**
 * Narrow the audit log by who, what and when. Dates are typed day/month/year (en-GB); the
 * filter is checked with the contract's own schema before it is sent.
 */
export function AuditFilters({ users, onApply }: { users: UserSummary[]; onApply: (filter: AuditFilter) => void }) {
  const [userKey, setUserKey] = useState(EVERYONE)
  const [action, setAction] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [errors, setErrors] = useState<Partial<Record<FilterField, string>>>({})

  const apply = (e: FormEvent) => {
    e.preventDefault()
    const filter: AuditFilter = { userId: userKey === EVERYONE ? undefined : Number(userKey), action: action.trim(), from, to }
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
    setFrom('')
    setTo('')
    setErrors({})
    onApply({})
  }

  const userOptions = [{ value: EVERYONE, label: 'Everyone' }, ...users.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))]
  return (
    <form className="card filters" onSubmit={apply} noValidate aria-label="Filter the audit log">
      <Select label="User" markOptional={false} options={userOptions} value={userKey} onChange={(v) => setUserKey(v ?? EVERYONE)} error={errors.userId} />
      <TextInput label="Action (e.g. auth.login)" markOptional={false} value={action} onChange={setAction} error={errors.action} />
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
