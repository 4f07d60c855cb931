import { useState } from 'react'
import { cabinet } from '../../api/cabinet'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDateTime } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { retentionSubjects } from '../../../electron/core/retention/api'

/**
 * The destruction register (P17): that each disposal happened, under which schedule version and
 * who authorised it, with counts and opaque references only. Each has a certificate to print.
 */
export function DestructionRegister() {
  const register = useCabinetQuery('retention.register', {})
  const [printError, setPrintError] = useState<string | null>(null)
  const print = async (id: number) => {
    setPrintError(null)
    const r = await cabinet.printToPdf({ route: `#/print/disposal/${id}`, suggestedName: `Disposal certificate ${id}.pdf` })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <Page title="Destruction register" intro={<p>Every confirmed disposal, newest first. It never holds what the records said.</p>}>
      <ErrorBanner error={register.error} title="The register could not be loaded" />
      {printError && <ErrorBanner error={{ code: 'internal', message: printError }} title="The certificate was not printed" />}
      {register.data?.length === 0 && <p>Nothing has been disposed of yet.</p>}
      {register.data?.map((d) => (
        <section key={d.id} className="retention-subject" aria-label={`Disposal ${d.id}`}>
          <h2>
            Disposal {d.id}: {formatDateTime(d.disposedAt)}
          </h2>
          <p>
            Authorised by {d.authorisedBy}, following version {d.scheduleVersion} of the retention schedule.
          </p>
          <table className="data-table">
            <caption className="visually-hidden">What disposal {d.id} removed</caption>
            <thead>
              <tr>
                <th scope="col">Records</th>
                <th scope="col">About</th>
                <th scope="col">Count</th>
                <th scope="col">Rule</th>
              </tr>
            </thead>
            <tbody>
              {d.entries.map((e, i) => (
                <tr key={i}>
                  <td>{e.classLabel}</td>
                  <td>{retentionSubjects.label(e.subjectType)}</td>
                  <td>{e.count}</td>
                  <td>{e.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row">
            <Button variant="secondary" onPress={() => void print(d.id)}>
              Print the disposal certificate
            </Button>
          </div>
        </section>
      ))}
    </Page>
  )
}
