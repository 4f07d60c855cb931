/* Chart colours from the GOV.UK palette, dark enough against white (WCAG 1.4.11 for graphics). Every chart is a
 * picture of the table beside it (which screen readers read): aria-hidden, with accessibilityLayer={false} so it takes no focus. */
export const ANSWER_COLOURS: Readonly<Record<string, string>> = {
  strongly_agree: '#00703c',
  agree: '#1d70b8',
  neutral: '#505a5f',
  disagree: '#d4351c',
  strongly_disagree: '#942514',
  no_answer: '#6f777b',
}
export const SERIES_COLOURS = { concerns: '#d4351c', accidents: '#1d70b8', complaints: '#4c2c92' } as const
