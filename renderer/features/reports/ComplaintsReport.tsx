import type { ReportSummary } from '../../../electron/core/reports/api'
import { countInWords } from '../../../electron/core/reports/suppress'
import { SERIES_COLOURS } from './colours'
import { CountsChart } from './CountsChart'
import { NO_BAR_NOTE, chartValue, daysInWords } from './counts'

/** Complaints (P04): received, open, resolved by outcome, and how long they took; P06's withheld counts read "not shown". */
export function ComplaintsReport({ complaints: c, chart = true }: { complaints: ReportSummary['complaints']; chart?: boolean }) {
  const data = c.byOutcome.map((o) => ({ label: o.label, count: chartValue(o.count) }))
  const anyBar = data.some((d) => d.count !== null && d.count > 0)
  const anyWithheld = data.some((d) => d.count === null)
  const figures: [string, string][] = [
    ['Received in the period', countInWords(c.received)],
    ['Open at the end of the period', countInWords(c.open)],
    ['Resolved in the period', countInWords(c.resolved)],
    ['Resolved within the response target', countInWords(c.resolvedWithinTarget)],
    ['Resolved after the response target', countInWords(c.resolvedAfterTarget)],
    ['Average time to resolve', daysInWords(c.daysToResolve, 'average')],
    ['Median time to resolve', daysInWords(c.daysToResolve, 'median')],
  ]
  return (
    <section className="chart-block" aria-labelledby="complaints-report">
      <h2 id="complaints-report">Complaints</h2>
      <div className="table-wrap" role="region" aria-labelledby="complaints-figures" tabIndex={0}>
        <table className="data-table">
          <caption id="complaints-figures">Complaints in the period</caption>
          <tbody>
            {figures.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chart && anyBar && <CountsChart data={data} series={[{ key: 'count', name: 'Complaints', colour: SERIES_COLOURS.complaints }]} />}
      {chart && anyBar && anyWithheld && <p className="hint">{NO_BAR_NOTE}</p>}
      <div className="table-wrap" role="region" aria-labelledby="complaints-table" tabIndex={0}>
        <table className="data-table">
          <caption id="complaints-table">Complaints resolved, by outcome</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Complaints</th>
            </tr>
          </thead>
          <tbody>
            {c.byOutcome.map((o) => (
              <tr key={o.outcome}>
                <th scope="row">{o.label}</th>
                <td>{countInWords(o.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
