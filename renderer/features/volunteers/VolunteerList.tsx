import { useMemo, useState } from 'react'
import { Link } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { volunteerRoles } from '../../../electron/core/volunteers/vocab'
import type { VolunteerSummary } from '../../../electron/core/volunteers/views'
import { cabinet } from '../../api/cabinet'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Checkbox'
import { RadioGroupField } from '../../ui/Choice'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { StatusChips } from './Chips'
import { STATUS_WORDS, fullName } from './labels'

type Show = 'current' | 'left' | 'all'
const col = columnHelperFor<VolunteerSummary>()
const columns = [
  col.display({ id: 'name', header: 'Name', cell: ({ row }) => <Link href={`/${row.original.id}`}>{fullName(row.original)}</Link> }),
  col.display({ id: 'roles', header: 'Roles', cell: ({ row }) => row.original.roles.map((r) => volunteerRoles.label(r)).join(', ') }),
  col.display({
    id: 'status',
    header: 'Status',
    cell: ({ row }) => `${STATUS_WORDS[row.original.status]}${row.original.endedOn ? ` ${formatDate(row.original.endedOn)}` : ''}`,
  }),
  col.display({ id: 'chips', header: 'Needs attention', cell: ({ row }) => <StatusChips v={row.original} /> }),
]

/** Everyone who volunteers or works at the centre, with chips for what needs doing; and the DBS register for an inspection. */
export function VolunteerList() {
  const user = useCurrentUser()
  const [show, setShow] = useState<Show>('current')
  const [withNumbers, setWithNumbers] = useState(false)
  const [printError, setPrintError] = useState<string | null>(null)
  const list = useCabinetQuery('volunteers.list', { show })
  const data = useMemo(() => list.data ?? [], [list.data])
  const print = async () => {
    setPrintError(null)
    const r = await cabinet.printToPdf({
      route: `#/print/dbs-register${withNumbers ? '/coordinator' : ''}`,
      suggestedName: withNumbers ? 'DBS register (coordinator’s copy).pdf' : 'DBS register.pdf',
    })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <Page
      title="Volunteers"
      intro="Everyone who volunteers or works at the centre: their recruitment, references, DBS checks and training."
      actions={
        mayCall(user.role, 'volunteers.create') && (
          <Link href="/new" className="button button--primary">
            Add a volunteer
          </Link>
        )
      }
    >
      <ErrorBanner error={list.error} />
      <RadioGroupField
        label="Show"
        name="show"
        value={show}
        onChange={(v) => setShow(v as Show)}
        options={[
          { value: 'current', label: 'Volunteers and applicants' },
          { value: 'left', label: 'People who have left' },
          { value: 'all', label: 'Everyone' },
        ]}
      />
      <DataTable
        caption={`${data.length} ${show === 'left' ? 'people who have left' : show === 'all' ? 'people' : 'volunteers and applicants'}`}
        columns={columns}
        data={data}
        rowId={(v) => v.id}
        busy={list.isFetching}
        empty={list.isLoading ? 'Loading…' : 'Nobody here yet.'}
      />
      {mayCall(user.role, 'volunteers.register.print') && (
        <section className="card volunteer-section" aria-labelledby="register-heading">
          <h2 id="register-heading">DBS register for an inspection</h2>
          <p>Names, roles, check dates, vetting decisions, when each re-check is due and training, for everyone still volunteering.</p>
          <Checkbox isSelected={withNumbers} onChange={setWithNumbers} name="withCertificateNumbers">
            Coordinator’s copy: include certificate numbers (the audit log records this)
          </Checkbox>
          {printError && <ErrorBanner error={{ code: 'internal', message: printError }} title="Not printed" />}
          <div className="button-row">
            <Button onPress={() => void print()}>Print the DBS register</Button>
          </div>
        </section>
      )}
    </Page>
  )
}
