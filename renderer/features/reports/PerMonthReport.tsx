import type { ReportSummary } from '../../../electron/core/reports/api'
import { countInWords } from '../../../electron/core/reports/suppress'
import { SERIES_COLOURS } from './colours'
import { CountsChart } from './CountsChart'
import { NO_BAR_NOTE, chartValue } from './counts'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
/** '2026-03' → 'Mar 2026'. */
const monthLabel = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`

/** Safeguarding concerns and accidents per month: counts only; P06's withheld counts read "not shown" and have no bar. */
export function PerMonthReport({ perMonth, chart = true }: { perMonth: ReportSummary['perMonth']; chart?: boolean }) {
  const data = perMonth.map((m) => ({ month: m.month, label: monthLabel(m.month), concerns: chartValue(m.concerns), accidents: chartValue(m.accidents) }))
  const anyWithheld = data.some((m) => m.concerns === null || m.accidents === null)
  // A chart with no bar (every month 0 or not shown) would be an empty grid: leave it out.
  const anyBar = data.some((m) => (m.concerns ?? 0) > 0 || (m.accidents ?? 0) > 0)
  return (
    <section className="chart-block" aria-labelledby="per-month-report">
      <h2 id="per-month-report">Safeguarding concerns and accidents per month</h2>
      {chart && anyBar && (
        <CountsChart
          data={data}
          series={[
            { key: 'concerns', name: 'Concerns', colour: SERIES_COLOURS.concerns },
            { key: 'accidents', name: 'Accidents', colour: SERIES_COLOURS.accidents },
          ]}
        />
      )}
      {chart && anyBar && anyWithheld && <p className="hint">{NO_BAR_NOTE}</p>}
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
            {data.map((m, i) => (
              <tr key={m.month}>
                <th scope="row">{m.label}</th>
                <td>{countInWords(perMonth[i].concerns)}</td>
                <td>{countInWords(perMonth[i].accidents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
