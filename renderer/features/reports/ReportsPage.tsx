import { useState } from 'react'
import type { ReportSummary } from '../../../electron/core/reports/api'
import { cabinet } from '../../api/cabinet'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { Select } from '../../ui/Select'
import { AnonymityNote } from './AnonymityNote'
import { ComplaintsReport } from './ComplaintsReport'
import { downloadText } from './download'
import { FeedbackReport } from './FeedbackReport'
import { PerMonthReport } from './PerMonthReport'
import '../safeguarding/safeguarding.css'
import './reports.css'

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
 * The Reports page: counts only, never a name, and no count from 1 to 4 (P06: the core withholds
 * them). Each chart has a table beside it with the same numbers, which is what a screen reader
 * reads and what prints. The print and the CSV download are the same report.
 */
export function ReportsPage() {
  const [years, setYears] = useState('1')
  const from = periodFrom(Number(years))
  const report = useCabinetQuery('reports.summary', { from }, { keepPrevious: true })
  const [failed, setFailed] = useState<{ title: string; message: string } | null>(null)
  const r: ReportSummary | undefined = report.data
  const print = async () => {
    setFailed(null)
    const done = await cabinet.printToPdf({ route: `#/print/reports/${from}`, suggestedName: `Cabinet reports from ${from}.pdf` })
    if (!done.ok) setFailed({ title: 'Not printed', message: done.error.message })
  }
  const download = async () => {
    setFailed(null)
    const csv = await cabinet.invoke('reports.csv', { from })
    if (!csv.ok) return setFailed({ title: 'Not downloaded', message: csv.error.message })
    downloadText(csv.value.fileName, csv.value.csv, 'text/csv')
  }
  return (
    <Page
      title="Reports"
      intro="Counts for the centre’s own review, funders and NACCC. No names are shown."
      actions={
        <div className="reports-actions">
          <Button variant="secondary" onPress={() => void print()} isDisabled={!r}>
            Print the reports
          </Button>
          <Button variant="secondary" onPress={() => void download()} isDisabled={!r}>
            Download as CSV
          </Button>
        </div>
      }
    >
      <div className="filters">
        <Select label="Period" options={PERIODS} value={years} onChange={(v) => setYears(v ?? '1')} />
      </div>
      <ErrorBanner error={report.error} />
      {failed && <ErrorBanner error={{ code: 'internal', message: failed.message }} title={failed.title} />}
      {r && (
        <>
          <p>
            From {formatDate(r.from)} to {formatDate(r.to)}.
          </p>
          <AnonymityNote />
          <FeedbackReport feedback={r.feedback} />
          <ComplaintsReport complaints={r.complaints} />
          <PerMonthReport perMonth={r.perMonth} />
        </>
      )}
    </Page>
  )
}
