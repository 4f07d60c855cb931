import { useEffect, useRef, type MouseEvent } from 'react'
import type { FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form'

/** One problem on a form: the field's path (react-hook-form's name) and its message. */
export interface SummaryError {
  name: string
  message: string
}

/**
 * Every message in a react-hook-form error tree, in the order the schema reported them (which is
 * the order of the form), with the path of the field each belongs to. A message on an array or
 * group itself (e.g. "Add at least one child") keeps the group's path.
 */
export function flattenErrors(errors: FieldErrors | undefined, prefix = ''): SummaryError[] {
  if (!errors) return []
  const found: SummaryError[] = []
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue
    const name = prefix ? `${prefix}.${key}` : key
    const message = (value as { message?: unknown }).message
    if (typeof message === 'string' && message) found.push({ name, message })
    // Nested objects and arrays carry their own fields' errors; `ref`, `type` and `types` do not.
    for (const [inner, child] of Object.entries(value as Record<string, unknown>)) {
      if (inner === 'ref' || inner === 'message' || inner === 'type' || inner === 'types' || inner === 'root') continue
      if (child && typeof child === 'object') found.push(...flattenErrors({ [inner]: child } as FieldErrors, name))
    }
    const root = (value as { root?: { message?: unknown } }).root
    if (root && typeof root.message === 'string') found.push({ name, message: root.message })
  }
  return found
}

export interface ErrorSummaryProps {
  errors: readonly SummaryError[]
  /** Move focus to the field a link names. */
  onSelect: (name: string) => void
  /** Changes each time the user submits: the summary takes focus then, so it is read out at once. */
  focusKey?: number
}

/**
 * The GOV.UK error summary: at the top of a form, after a failed submit, a list of every problem
 * on it, each a link to its field. Focus moves to the summary so a screen reader reads it, and
 * each link moves focus to the field (not just scrolls), so the user can correct it straight away.
 */
export function ErrorSummary({ errors, onSelect, focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  const shown = errors.length > 0
  useEffect(() => {
    if (shown) ref.current?.focus()
    // Only a new submit moves focus; correcting a field must not pull focus back up here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey])
  if (!shown) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.name + e.message}>
            <a href={`#${e.name}`} onClick={(event: MouseEvent) => (event.preventDefault(), onSelect(e.name))}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * The error summary of a react-hook-form form. `only` limits it to some fields (the current step
 * of a form in steps). Focus goes to the field's own input when it registered one, otherwise to
 * the first input of that name (a radio group). The summary takes focus on each submit; a form
 * in steps checks a step with `trigger`, which is no submit, so it passes its own `focusKey`,
 * changed on each failed Continue.
 */
export function FormErrorSummary<T extends FieldValues, C, TT>({
  form,
  only,
  focusKey,
}: {
  form: UseFormReturn<T, C, TT>
  only?: (name: string) => boolean
  focusKey?: number
}) {
  const { errors, submitCount } = form.formState
  const list = flattenErrors(errors as FieldErrors).filter((e) => !only || only(e.name))
  return <ErrorSummary errors={list} focusKey={focusKey ?? submitCount} onSelect={(name) => focusField(form, name)} />
}

function focusField<T extends FieldValues, C, TT>(form: UseFormReturn<T, C, TT>, name: string): void {
  const before = document.activeElement
  try {
    form.setFocus(name as Parameters<typeof form.setFocus>[0])
  } catch {
    // A group's own message (e.g. the list of children) has no input of its own: fall through.
  }
  if (document.activeElement !== before) return
  const input = document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]:not([type="hidden"])`)
  if (input) {
    input.focus()
    return
  }
  // A group: its first field.
  document.querySelector<HTMLElement>(`[name^="${CSS.escape(name)}."]:not([type="hidden"])`)?.focus()
}
