import { useState } from 'react'
import { Link, useParams } from 'wouter'
import { complaintChannels, complaintKinds, complaintSubjects } from '../../../electron/core/complaints/api'
import { cabinet } from '../../api/cabinet'
import { useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate, formatDateTime } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { DocumentsPanel } from '../documents/DocumentsPanel'
import { ComplaintStepDialog, type ComplaintStep } from './ComplaintDialogs'
import { ComplaintFields } from './ComplaintFields'

/** One complaint: its targets, notes, resolution, follow-up and escalation, its correspondence, and its record to print. */
export function ComplaintDetail() {
  const { id } = useParams<{ id: string }>()
  const complaint = useCabinetQuery('complaints.get', { id: Number(id) })
  const [step, setStep] = useState<ComplaintStep | null>(null)
  const [printError, setPrintError] = useState<string | null>(null)
  const c = complaint.data
  if (!c) {
    return (
      <Page title="Complaint">
        <ErrorBanner error={complaint.error} />
      </Page>
    )
  }
  const print = async () => {
    setPrintError(null)
    const r = await cabinet.printToPdf({ route: `#/print/complaint/${c.id}`, suggestedName: `Complaint ${c.receivedOn}.pdf` })
    if (!r.ok) setPrintError(r.error.message)
  }
  const button = (s: ComplaintStep, label: string) => (
    <Button variant="secondary" onPress={() => setStep(s)}>
      {label}
    </Button>
  )
  return (
    <Page
      title={`${complaintKinds.label(c.kind)} received ${formatDate(c.receivedOn)}`}
      intro={`From ${c.from}, ${complaintChannels.label(c.channel).toLowerCase()}, about ${complaintSubjects.label(c.about).toLowerCase()}`}
      actions={
        <Button variant="secondary" onPress={() => void print()}>
          Print the complaint record
        </Button>
      }
    >
      {printError && <ErrorBanner error={{ code: 'internal', message: printError }} title="Not printed" />}
      <p>
        <Link href="/">All complaints</Link>
      </p>
      {c.overdue && (
        <div className="notice notice--important" role="status">
          <strong>This complaint is past its target date.</strong>
        </div>
      )}
      {c.icoRoute && (
        <Banner tone="info" title="Data protection complaint: the ICO route">
          <p>{c.icoRoute}</p>
        </Banner>
      )}
      <ComplaintFields complaint={c} />
      <div className="button-row">
        {!c.acknowledgedOn && button('acknowledge', 'Record the acknowledgement')}
        {button('note', 'Add an investigation note')}
        {!c.resolvedOn && button('resolve', 'Resolve')}
        {c.resolvedOn && !c.followedUpOn && button('followUp', 'Record the follow-up')}
        {!c.escalatedTo && button('escalate', 'Record an escalation')}
      </div>
      <DocumentsPanel targetType="complaint" targetId={c.id} />
      <p className="hint">
        Recorded by {c.recordedBy} on {formatDateTime(c.recordedAt)}.
      </p>
      {step && <ComplaintStepDialog step={step} id={c.id} onClose={() => setStep(null)} />}
    </Page>
  )
}
