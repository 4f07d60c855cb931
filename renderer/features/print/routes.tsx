import { lazy, type ComponentType } from 'react'

// Each print page is its own chunk: a print window loads the one page it prints.
const RecoveryKeyPrint = lazy(() => import('./RecoveryKeyPrint').then((m) => ({ default: m.RecoveryKeyPrint })))
const DayRegisterPrint = lazy(() => import('../sessions/RegisterPrint').then((m) => ({ default: m.RegisterPrint })))
const OfferLetterPrint = lazy(() => import('../sessions/OfferLetterPrint').then((m) => ({ default: m.OfferLetterPrint })))
const NotePrint = lazy(() => import('../sessions/NotePrint').then((m) => ({ default: m.NotePrint })))
const CertificatePrint = lazy(() => import('../retention/CertificatePrint').then((m) => ({ default: m.CertificatePrint })))
const NoticePrint = lazy(() => import('../retention/NoticePrint').then((m) => ({ default: m.NoticePrint })))
const ChecklistPrint = lazy(() => import('../families/ChecklistPrint').then((m) => ({ default: m.ChecklistPrint })))
const DbsRegisterPrint = lazy(() => import('../volunteers/RegisterPrint').then((m) => ({ default: m.RegisterPrint })))
const AccidentPrint = lazy(() => import('../accidents/AccidentPrint').then((m) => ({ default: m.AccidentPrint })))
const ComplaintPrint = lazy(() => import('../complaints/ComplaintPrint').then((m) => ({ default: m.ComplaintPrint })))
const FeedbackPrint = lazy(() => import('../complaints/FeedbackPrint').then((m) => ({ default: m.FeedbackPrint })))
const ReportsPrint = lazy(() => import('../reports/ReportsPrint').then((m) => ({ default: m.ReportsPrint })))

export interface PrintRoute {
  /** Starts with '/print/'; wouter params allowed, e.g. '/print/checklist/:familyId' (read with useParams). */
  path: string
  component: ComponentType
}

/**
 * Print-only pages, shown without the app's nav (see PrintPage). An area adds ONE line here (its page, loaded with React.lazy).
 * Main's print-to-PDF loads `#<path>` in a hidden window and waits for PrintPage's `ready`.
 * A print page is reachable only by a logged-in user; its data calls check permissions in main.
 */
export const PRINT_ROUTES: readonly PrintRoute[] = [
  { path: '/print/recovery-key', component: RecoveryKeyPrint },
  { path: '/print/checklist/:personId/:rest?', component: ChecklistPrint },
  { path: '/print/dbs-register/:copy?', component: DbsRegisterPrint },
  { path: '/print/register/:date', component: DayRegisterPrint },
  { path: '/print/offer/:offerId/:household', component: OfferLetterPrint },
  { path: '/print/note/:noteId', component: NotePrint },
  { path: '/print/accident/:id', component: AccidentPrint },
  { path: '/print/complaint/:id', component: ComplaintPrint },
  { path: '/print/feedback', component: FeedbackPrint },
  { path: '/print/reports/:from', component: ReportsPrint },
  { path: '/print/disposal/:id', component: CertificatePrint },
  { path: '/print/privacy-notice/:version?', component: NoticePrint },
]
