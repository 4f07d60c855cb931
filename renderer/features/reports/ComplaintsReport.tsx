import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ReportSummary } from '../../../electron/core/reports/api'
import { SERIES_COLOURS } from './colours'

/** Complaints (P04): received, open, resolved by outcome, and how long they took. */
export function ComplaintsReport({ complaints: c }: { complaints: ReportSummary['complaints'] }) {
  return (
    <section className="chart-block" aria-labelledby="complaints-report">
      <h2 id="complaints-report">Complaints</h2>
      <p>
        {c.received} received in the period; {c.open} open at its end. {c.resolved} resolved
        {c.averageDaysToResolve !== null && `, in ${c.averageDaysToResolve} days on average (median ${c.medianDaysToResolve})`}
        {c.resolved > 0 && `; ${c.resolvedWithinTarget} within the response target`}.
      </p>
      {c.resolved > 0 && (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={c.byOutcome} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Bar dataKey="count" name="Complaints" fill={SERIES_COLOURS.complaints} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
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
                <td>{o.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
