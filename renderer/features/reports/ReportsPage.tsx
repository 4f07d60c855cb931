import { useState } from 'react'
import type { ReportSummary } from '../../../electron/core/reports/api'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Page } from '../../ui/Page'
import { ComplaintsReport } from './ComplaintsReport'
import { FeedbackReport } from './FeedbackReport'
import { PerMonthReport } from './PerMonthReport'
import { formatDate } from '../../ui/dates'
import { Select } from '../../ui/Select'
import '../safeguarding/safeguarding.css'

const PERIODS = [
  { value: '1', label: 'The last 12 months' },
  { value: '2', label: 'The last 2 years' },
  { value: '3', label: 'The last 3 years' },
]

function periodFrom(years: number): string {
  const d = new Date()
  d.setFullYear(d.getFullYear() - years)
  d.setDate(d.getDate() + 1)
  return d.toISOString().slice(0, 10)
}

/**
 * The Reports page: counts only, never a name. Each chart has a table beside it with the same
 * numbers, which is what a screen reader reads and what prints.
 */
export function ReportsPage() {
  const [years, setYears] = useState('1')
  const report = useCabinetQuery('reports.summary', { from: periodFrom(Number(years)) }, { keepPrevious: true })
  const r: ReportSummary | undefined = report.data
  return (
    <Page title="Reports" intro="Counts for the centre’s own review, funders and NACCC. No names are shown.">
      <div className="filters">
        <Select label="Period" options={PERIODS} value={years} onChange={(v) => setYears(v ?? '1')} />
      </div>
      <ErrorBanner error={report.error} />
      {r && (
        <>
          <p>
            From {formatDate(r.from)} to {formatDate(r.to)}.
          </p>
          <FeedbackReport feedback={r.feedback} />
          <ComplaintsReport complaints={r.complaints} />
          <PerMonthReport perMonth={r.perMonth} />
        </>
      )}
    </Page>
  )
}
