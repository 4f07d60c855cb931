import { useState } from 'react'
import { Link } from 'wouter'
import type { ResultOf } from '../../../electron/contract'
import { useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Checkbox'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { ConfirmDisposalDialog } from './ConfirmDisposalDialog'
import { DeferDialog } from './DeferDialog'
import { HoldDialog } from './HoldDialog'
import { STATE_WORDS, groupKey, type Group, type SubjectGroups } from './useRetentionGroups'

type Dialog = { kind: 'defer'; group: Group; label: string } | { kind: 'hold'; subject: SubjectGroups } | { kind: 'confirm' } | null

/**
 * The disposal review (P17): what the schedule says is due, grouped by family (or volunteer) and
 * class, with the rule and the reason for each. The coordinator defers a group, holds a family,
 * or leaves it ticked, then confirms with their password. Cabinet never disposes on its own.
 */
export function DisposalReview() {
  const review = useCabinetQuery('retention.review', {})
  const [unticked, setUnticked] = useState<Set<string>>(new Set())
  const [dialog, setDialog] = useState<Dialog>(null)
  const [done, setDone] = useState<ResultOf<'retention.dispose'> | null>(null)
  const data = review.data
  const chosen = (data?.due ?? []).flatMap((s) => s.groups.filter((g) => !unticked.has(groupKey(g))).map((g) => ({ ...g, label: s.label })))
  const toggle = (g: Group, on: boolean) =>
    setUnticked((prev) => {
      const next = new Set(prev)
      if (on) next.delete(groupKey(g))
      else next.add(groupKey(g))
      return next
    })

  return (
    <Page
      title="Records due for disposal"
      intro={<p>Untick, defer or hold anything that should stay, then confirm with your password. Nothing is disposed of until you do.</p>}
    >
      <ErrorBanner error={review.error} title="The review could not be loaded" />
      {done && (
        <Banner tone="success" title={`${done.records} records disposed of`}>
          <p>
            The destruction register has the entry (number {done.disposalId}). <Link href="/register">See the register and print the certificate</Link>
          </p>
        </Banner>
      )}
      {data && data.scheduleVersion === null && (
        <Banner tone="info" title="No retention schedule yet">
          <p>
            <Link href="/schedule">Choose the centre’s retention schedule</Link> to see what is due.
          </p>
        </Banner>
      )}
      {data && data.scheduleVersion !== null && (
        <>
          <h2>Due now</h2>
          {data.due.length === 0 && <p>Nothing is due for disposal today.</p>}
          {data.due.map((s) => (
            <section key={`${s.subject.type}-${s.subject.id}`} className="retention-subject" aria-label={s.label}>
              <h3>{s.link ? <a href={`#${s.link}`}>{s.label}</a> : s.label}</h3>
              {s.groups.map((g) => (
                <div key={groupKey(g)} className="retention-group">
                  <Checkbox isSelected={!unticked.has(groupKey(g))} onChange={(on) => toggle(g, on)}>
                    Dispose of {g.count} × {g.classLabel.toLowerCase()}
                  </Checkbox>
                  <ul className="retention-group__reasons">
                    {g.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                  <div className="button-row">
                    <Button variant="secondary" onPress={() => setDialog({ kind: 'defer', group: g, label: s.label })}>
                      Defer {g.classLabel.toLowerCase()}
                    </Button>
                  </div>
                </div>
              ))}
              {s.subject.type !== 'centre' && (
                <div className="button-row">
                  <Button variant="secondary" onPress={() => setDialog({ kind: 'hold', subject: s })}>
                    Hold everything about {s.label}
                  </Button>
                </div>
              )}
            </section>
          ))}
          {data.due.length > 0 && (
            <div className="button-row">
              <Button variant="danger" isDisabled={chosen.length === 0} onPress={() => setDialog({ kind: 'confirm' })}>
                Confirm disposal of the ticked records
              </Button>
            </div>
          )}
          <h2>Falling due in the next 30 days, deferred or held</h2>
          {data.later.length === 0 ? (
            <p>Nothing else.</p>
          ) : (
            <ul>
              {data.later.flatMap((s) =>
                s.groups.map((g) => (
                  <li key={groupKey(g)}>
                    {s.label}: {g.count} × {g.classLabel.toLowerCase()} — {STATE_WORDS[g.state]}
                    {g.state === 'deferred' && g.deferredUntil ? ` until ${formatDate(g.deferredUntil)}` : g.dueOn ? ` (due ${formatDate(g.dueOn)})` : ''}
                  </li>
                )),
              )}
            </ul>
          )}
        </>
      )}
      {dialog?.kind === 'defer' && <DeferDialog group={dialog.group} label={dialog.label} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'hold' && <HoldDialog subject={dialog.subject} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'confirm' && (
        <ConfirmDisposalDialog
          groups={chosen}
          onClose={() => setDialog(null)}
          onDisposed={(r) => {
            setDialog(null)
            setUnticked(new Set())
            setDone(r)
          }}
        />
      )}
    </Page>
  )
}
