import type { ComponentType } from 'react'
import { RecoveryKeyPrint } from './RecoveryKeyPrint'
import { ChecklistPrint } from '../families/ChecklistPrint'

export interface PrintRoute {
  /** Starts with '/print/'; wouter params allowed, e.g. '/print/checklist/:familyId' (read with useParams). */
  path: string
  component: ComponentType
}

/**
 * Print-only pages, shown without the app's nav (see PrintPage). An area adds ONE line here.
 * Main's print-to-PDF loads `#<path>` in a hidden window and waits for PrintPage's `ready`.
 * A print page is reachable only by a logged-in user; its data calls check permissions in main.
 */
export const PRINT_ROUTES: readonly PrintRoute[] = [
  { path: '/print/recovery-key', component: RecoveryKeyPrint },
  { path: '/print/checklist/:personId/:rest?', component: ChecklistPrint },
]
