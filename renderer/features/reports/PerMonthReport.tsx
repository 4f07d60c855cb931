import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ReportSummary } from '../../../electron/core/reports/api'
import { SERIES_COLOURS } from './colours'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** '2026-03' → 'Mar 2026'. */
const monthLabel = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`

/** Safeguarding concerns and accidents per month: counts only. */
export function PerMonthReport({ perMonth }: { perMonth: ReportSummary['perMonth'] }) {
  const data = perMonth.map((m) => ({ ...m, label: monthLabel(m.month) }))
  return (
    <section className="chart-block" aria-labelledby="per-month-report">
      <h2 id="per-month-report">Safeguarding concerns and accidents per month</h2>
      {/* The chart is a picture of the table below (which screen readers read), so it takes no focus: no accessibility layer. */}
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="concerns" name="Concerns" fill={SERIES_COLOURS.concerns} />
            <Bar dataKey="accidents" name="Accidents" fill={SERIES_COLOURS.accidents} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="table-wrap" role="region" aria-labelledby="per-month-table" tabIndex={0}>
        <table className="data-table">
          <caption id="per-month-table">Concerns and accidents per month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Concerns</th>
              <th scope="col">Accidents</th>
            </tr>
          </thead>
          <tbody>
            {data.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.label}</th>
                <td>{m.concerns}</td>
                <td>{m.accidents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
