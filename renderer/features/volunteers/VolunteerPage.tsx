import { lazy, Suspense, useState } from 'react'
import { Link, useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import type { RecruitmentStep } from '../../../electron/core/volunteers/vocab'
import type { DbsView, ReferenceView } from '../../../electron/core/volunteers/views'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { AssessDialog, RecordDbsDialog, StatusCheckDialog } from './DbsDialogs'
import { fullName } from './labels'
import { EditDetailsDialog, EndDialog } from './PersonDialogs'
import { FinanceDialog, ParentalLeaveDialog, TrainingDialog } from './RecordDialogs'
import { ReceiveReferenceDialog, RequestReferenceDialog, StepDialog } from './RecruitmentDialogs'
import { DbsTable, FinanceTable, ParentalLeaveTable, ReferencesTable, Section, StepsTable, TrainingTable } from './Sections'
import { VolunteerSummaryCard } from './Summary'

// The documents area's panel, loaded with it: HR documents (application forms, signed agreements) in the vault, never a DBS certificate.
const DocumentsPanel = lazy(() => import('../documents/DocumentsPanel').then((m) => ({ default: m.DocumentsPanel })))

type Open =
  | { kind: 'step'; step: RecruitmentStep }
  | { kind: 'receive'; reference: ReferenceView }
  | { kind: 'status' | 'assess'; dbs: DbsView }
  | { kind: 'details' | 'end' | 'request' | 'dbs' | 'training' | 'finance' | 'leave' }
  | null

/** #/volunteers/<id>: one person's file — recruitment, references, DBS, training, and for staff finance and parental leave. */
export function VolunteerPage() {
  const { id } = useParams<{ id: string }>()
  const volunteerId = Number(id)
  const valid = Number.isInteger(volunteerId) && volunteerId > 0
  const user = useCurrentUser()
  const page = useCabinetQuery('volunteers.get', valid ? { id: volunteerId } : null)
  const [open, setOpen] = useState<Open>(null)
  const v = page.data
  if (!v) {
    return (
      <Page title="Volunteer" intro={<Link href="/">Back to volunteers</Link>}>
        <ErrorBanner error={page.error ?? (valid ? undefined : { code: 'not_found', message: 'There is no such volunteer.' })} />
        {page.isLoading && <p>Loading…</p>}
      </Page>
    )
  }
  const may = mayCall(user.role, 'volunteers.update')
  const close = () => setOpen(null)
  const current = v.dbs.find((d) => d.supersededOn === null)
  return (
    <Page
      title={fullName(v)}
      intro={<Link href="/">Back to volunteers</Link>}
      actions={
        may && (
          <>
            <Button onPress={() => setOpen({ kind: 'details' })}>Correct details</Button>
            {!v.endedOn && <Button onPress={() => setOpen({ kind: 'end' })}>Record that they stopped</Button>}
          </>
        )
      }
    >
      <VolunteerSummaryCard v={v} />
      <Section id="steps-heading" title="Recruitment">
        <StepsTable v={v} onRecord={may ? (step) => setOpen({ kind: 'step', step }) : undefined} />
      </Section>
      <Section
        id="references-heading"
        title="Character references"
        actions={may && <Button onPress={() => setOpen({ kind: 'request' })}>Request a reference</Button>}
      >
        <ReferencesTable refs={v.references} onReceive={may ? (reference) => setOpen({ kind: 'receive', reference }) : undefined} />
      </Section>
      <Section id="dbs-heading" title="DBS checks" actions={may && <Button onPress={() => setOpen({ kind: 'dbs' })}>Record a DBS check</Button>}>
        <DbsTable
          checks={v.dbs}
          actions={
            may
              ? (d) =>
                  d === current && (
                    <div className="actions">
                      {d.updateServiceId && <Button onPress={() => setOpen({ kind: 'status', dbs: d })}>Record a status check</Button>}
                      {d.disclosure === 'positive' && <Button onPress={() => setOpen({ kind: 'assess', dbs: d })}>Assess the disclosure</Button>}
                    </div>
                  )
              : undefined
          }
        />
      </Section>
      <Section id="training-heading" title="Training" actions={may && <Button onPress={() => setOpen({ kind: 'training' })}>Record training</Button>}>
        <TrainingTable v={v} />
      </Section>
      {v.holdsFinance && v.kind === 'staff' && (
        <Section
          id="finance-heading"
          title="Finance records"
          actions={may && <Button onPress={() => setOpen({ kind: 'finance' })}>Add a finance record</Button>}
        >
          <FinanceTable v={v} />
        </Section>
      )}
      {v.holdsParentalLeave && v.kind === 'staff' && (
        <Section id="leave-heading" title="Parental leave" actions={may && <Button onPress={() => setOpen({ kind: 'leave' })}>Add parental leave</Button>}>
          <ParentalLeaveTable v={v} />
        </Section>
      )}
      <Suspense fallback={null}>
        <DocumentsPanel targetType="volunteer" targetId={v.id} />
      </Suspense>
      {open?.kind === 'details' && <EditDetailsDialog volunteer={v} onClose={close} />}
      {open?.kind === 'end' && <EndDialog volunteer={v} onClose={close} />}
      {open?.kind === 'step' && <StepDialog volunteerId={v.id} step={open.step} onClose={close} />}
      {open?.kind === 'request' && <RequestReferenceDialog volunteerId={v.id} onClose={close} />}
      {open?.kind === 'receive' && <ReceiveReferenceDialog reference={open.reference} onClose={close} />}
      {open?.kind === 'dbs' && <RecordDbsDialog volunteerId={v.id} onClose={close} />}
      {open?.kind === 'status' && <StatusCheckDialog dbs={open.dbs} onClose={close} />}
      {open?.kind === 'assess' && <AssessDialog dbs={open.dbs} onClose={close} />}
      {open?.kind === 'training' && <TrainingDialog volunteerId={v.id} onClose={close} />}
      {open?.kind === 'finance' && <FinanceDialog volunteerId={v.id} onClose={close} />}
      {open?.kind === 'leave' && <ParentalLeaveDialog volunteerId={v.id} onClose={close} />}
    </Page>
  )
}
