export const SETUP_STEPS = ['Your centre', 'Data protection', 'Your account', 'Recovery key'] as const

/** Where the coordinator is in first-run setup; the current step is marked for screen readers too. */
export function WizardSteps({ current }: { current: number }) {
  return (
    <ol className="steps" aria-label="Setup steps">
      {SETUP_STEPS.map((label, i) => (
        <li key={label} aria-current={i === current ? 'step' : undefined}>
          {i + 1}. {label}
          {i < current && <span className="visually-hidden"> (done)</span>}
        </li>
      ))}
    </ol>
  )
}
