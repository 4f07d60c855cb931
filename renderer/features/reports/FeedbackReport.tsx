import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { ReportSummary } from '../../../electron/core/reports/api'
import { countInWords } from '../../../electron/core/reports/suppress'
import { ANSWER_COLOURS } from './colours'
import { NO_BAR_NOTE, chartValue } from './counts'
import './reports.css'

/** Feedback (P05): how many gave each answer to each question, as a stacked bar chart and a table; P06's withheld counts read "not shown". */
export function FeedbackReport({ feedback, chart = true }: { feedback: ReportSummary['feedback']; chart?: boolean }) {
  const answers = feedback.questions[0]?.counts.map((c) => ({ answer: c.answer, label: c.label })) ?? []
  const data = feedback.questions.map((q, i) => ({ question: `Q${i + 1}`, ...Object.fromEntries(q.counts.map((c) => [c.answer, chartValue(c.count)])) }))
  const cells = feedback.questions.flatMap((q) => q.counts.map((c) => c.count))
  const anyBar = cells.some((c) => 'shown' in c && c.shown > 0)
  const anyWithheld = cells.some((c) => 'withheld' in c)
  return (
    <section className="chart-block" aria-labelledby="feedback-report">
      <h2 id="feedback-report">Feedback</h2>
      <p>Questionnaires in the period: {countInWords(feedback.responses)}.</p>
      {chart && anyBar && (
        <div className="chart" aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis type="number" allowDecimals={false} />
              <YAxis type="category" dataKey="question" />
              <Tooltip />
              <Legend />
              {answers.map((a) => (
                <Bar key={a.answer} dataKey={a.answer} name={a.label} stackId="answers" fill={ANSWER_COLOURS[a.answer] ?? '#505a5f'} />
              ))}
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
      {chart && anyBar && anyWithheld && <p className="hint">{NO_BAR_NOTE}</p>}
      <div className="table-wrap" role="region" aria-labelledby="feedback-table" tabIndex={0}>
        <table className="data-table">
          <caption id="feedback-table">Answers to each question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {answers.map((a) => (
                <th key={a.answer} scope="col">
                  {a.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {feedback.questions.map((q, i) => (
              <tr key={q.id}>
                <th scope="row" className="reports-question">
                  Q{i + 1}. {q.text}
                </th>
                {q.counts.map((c) => (
                  <td key={c.answer}>{countInWords(c.count)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
