import { useState } from 'react'
import type { CallError } from '../../../electron/contract'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Page } from '../../ui/Page'
import { DbsTable, ReferencesTable, Section, StepsTable, TrainingTable } from './Sections'
import { VolunteerSummaryCard } from './Summary'

/**
 * A volunteer's own record (P27): what the centre keeps about them, found from their login (no
 * id, so nobody else's), and the confidentiality agreement to sign if they have not yet.
 */
export function MyRecord() {
  const mine = useCabinetQuery('volunteers.mine', {})
  const sign = useCabinetMutation('volunteers.mine.acknowledge', { invalidates: ['volunteers'] })
  const [error, setError] = useState<CallError | undefined>()
  const v = mine.data
  if (!v) {
    return (
      <Page title="My volunteer record">
        <ErrorBanner error={mine.error} />
        {mine.isLoading ? <p>Loading…</p> : !mine.error && <p>Your login is not linked to a volunteer record yet. Ask the coordinator to link it.</p>}
      </Page>
    )
  }
  const agree = async () => {
    const r = await sign.run({})
    setError(r.ok ? undefined : r.error)
  }
  return (
    <Page title="My volunteer record" intro="What the centre keeps about you as a volunteer. Ask the coordinator to correct anything that is wrong.">
      {!v.confidentialitySignedOn && (
        <section className="card" aria-labelledby="agreement-heading">
          <h2 id="agreement-heading">Confidentiality agreement</h2>
          <p>
            Everything you learn about the families who use the centre is confidential. You will not discuss it outside the centre, keep notes of it, or take
            photographs, and you will tell the coordinator at once about any concern for a child’s safety.
          </p>
          <ErrorBanner error={error} title="Not signed" />
          <div className="button-row">
            <Button variant="primary" onPress={() => void agree()} isPending={sign.isPending}>
              I agree to keep the centre’s information confidential
            </Button>
          </div>
        </section>
      )}
      {v.confidentialitySignedOn && sign.isPending === false && error === undefined && (
        <Banner tone="success" title="You have signed the confidentiality agreement" />
      )}
      <VolunteerSummaryCard v={v} />
      <Section id="steps-heading" title="Recruitment">
        <StepsTable v={v} />
      </Section>
      <Section id="references-heading" title="Character references">
        <ReferencesTable refs={v.references} />
      </Section>
      <Section id="dbs-heading" title="DBS checks">
        <DbsTable checks={v.dbs} />
      </Section>
      <Section id="training-heading" title="Training">
        <TrainingTable v={v} />
      </Section>
    </Page>
  )
}
