import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export interface ChartSeries {
  /** The field of each datum holding the count (null: withheld, no bar). */
  readonly key: string
  readonly name: string
  readonly colour: string
}

/**
 * A bar chart of whole-number counts by `label`. It is a picture of the table beside it (which
 * screen readers read), so it is hidden from them and takes no focus (no accessibility layer).
 * A legend only where there is more than one series.
 */
export function CountsChart({ data, series }: { data: readonly Record<string, string | number | null>[]; series: readonly ChartSeries[] }) {
  return (
    <div className="chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          {series.length > 1 && <Legend />}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.colour} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
