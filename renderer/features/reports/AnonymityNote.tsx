import { SUPPRESSION_EXPLANATION } from '../../../electron/core/reports/api'
import './reports.css'

/** P06: why some counts read "not shown", above the reports on the screen and in the print (the CSV carries the same words). */
export function AnonymityNote() {
  return <p className="reports-anonymity">{SUPPRESSION_EXPLANATION}</p>
}
