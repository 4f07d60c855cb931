import { lazy, type ComponentType } from 'react'

// Each print page is its own chunk: a print window loads the one page it prints.
const RecoveryKeyPrint = lazy(() => import('./RecoveryKeyPrint').then((m) => ({ default: m.RecoveryKeyPrint })))
const CertificatePrint = lazy(() => import('../retention/CertificatePrint').then((m) => ({ default: m.CertificatePrint })))
const NoticePrint = lazy(() => import('../retention/NoticePrint').then((m) => ({ default: m.NoticePrint })))
const ChecklistPrint = lazy(() => import('../families/ChecklistPrint').then((m) => ({ default: m.ChecklistPrint })))

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
  { path: '/print/disposal/:id', component: CertificatePrint },
  { path: '/print/privacy-notice/:version?', component: NoticePrint },
]
