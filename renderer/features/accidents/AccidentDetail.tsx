import { useState } from 'react'
import { Link, useParams } from 'wouter'
import { injuredKinds } from '../../../electron/core/accidents/api'
import { cabinet } from '../../api/cabinet'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate, formatDateTime } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { AccidentFields } from './AccidentFields'

/** One accident-book entry, with its page to print. */
export function AccidentDetail() {
  const { id } = useParams<{ id: string }>()
  const entry = useCabinetQuery('accidents.get', { id: Number(id) })
  const [printError, setPrintError] = useState<string | null>(null)
  const a = entry.data
  if (!a) {
    return (
      <Page title="Accident">
        <ErrorBanner error={entry.error} />
      </Page>
    )
  }
  const print = async () => {
    setPrintError(null)
    const r = await cabinet.printToPdf({ route: `#/print/accident/${a.id}`, suggestedName: `Accident book ${a.occurredOn}.pdf` })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <Page
      title={`Accident on ${formatDate(a.occurredOn)}`}
      intro={`${a.who} (${injuredKinds.label(a.injuredKind).toLowerCase()})`}
      actions={
        <>
          <Link href={`/${a.id}/edit`} className="button button--secondary">
            Add follow-up or correct
          </Link>
          <Button variant="secondary" onPress={() => void print()}>
            Print the accident-book page
          </Button>
        </>
      }
    >
      {printError && <ErrorBanner error={{ code: 'internal', message: printError }} title="Not printed" />}
      <p>
        <Link href="/">All accidents</Link>
      </p>
      <AccidentFields entry={a} />
      <p className="hint">
        Recorded by {a.recordedBy} on {formatDateTime(a.recordedAt)}.
        {a.keptAtLeastUntil && ` Kept at least until ${formatDate(a.keptAtLeastUntil)}, the child’s 25th birthday.`}
      </p>
    </Page>
  )
}
