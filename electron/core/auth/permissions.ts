import { CabinetError } from '../errors'
import type { Role } from './roles'

/**
 * The one permission table (P27). Every core operation calls `requirePermission` with one of
 * these; the IPC/bridge dispatcher checks the channel's permission before the handler runs too,
 * so a hidden button is never the only guard. Volunteers do session-day work only: no
 * safeguarding detail, no documents, no exports, no settings, no user admin.
 * Inspectors (P19, NACCC accreditation) read family and HR files and nothing else: no write, no
 * print, no export, no confidential address, no document (a document's bytes are the one thing a
 * screen could hand over whole), no safeguarding concern; every file they open is audited by its
 * read operation (families.get, volunteers.get…). The coordinator shows anything else in person.
 * Pure data, no Node imports: the renderer imports it to decide which areas to show.
 */
export const PERMISSIONS = {
  // users, settings, audit
  'users.manage': ['coordinator'],
  'settings.view': ['coordinator'],
  'settings.manage': ['coordinator'],
  'audit.view': ['coordinator'],
  'maintenance.run': ['coordinator'], // status, verify, backups
  'account.self': ['coordinator', 'volunteer'], // own password, own volunteer record
  // Everyone agrees to the confidentiality terms before seeing anything (P27), an inspector too.
  'account.acknowledge': ['coordinator', 'volunteer', 'inspector'],
  // Saving a print page as a PDF (the desktop app's print window); the page's own operation audits what it shows.
  print: ['coordinator', 'volunteer'],
  // families and referrals
  'families.view': ['coordinator', 'volunteer', 'inspector'],
  'families.edit': ['coordinator'],
  'families.history': ['coordinator', 'inspector'],
  'families.revealAddress': ['coordinator'],
  'families.medical': ['coordinator'],
  // Sees a family's medical information and consent on its page (families.medical also changes them).
  'families.medical.view': ['coordinator', 'inspector'],
  // A family's sessions, offers and reviews on its page (the sessions area itself is sessions.view).
  'families.sessions': ['coordinator', 'inspector'],
  // Every family's whole file: referrals, pre-visits, contact details (volunteers see only today's families).
  'referrals.view': ['coordinator', 'inspector'],
  'referrals.edit': ['coordinator'],
  'previsits.edit': ['coordinator'],
  'checklist.print': ['coordinator'],
  'checklist.template': ['coordinator'],
  // documents (P29)
  'documents.view': ['coordinator'],
  'documents.add': ['coordinator'],
  'documents.export': ['coordinator'],
  'documents.destroy': ['coordinator'],
  // sessions (issue 12): volunteers work the day's sessions they are on duty for, and nothing else
  'sessions.view': ['coordinator'],
  'sessions.manage': ['coordinator'],
  'sessions.book': ['coordinator'],
  'sessions.day': ['coordinator', 'volunteer'],
  'attendance.record': ['coordinator', 'volunteer'],
  'register.print': ['coordinator', 'volunteer'],
  'notes.write': ['coordinator'],
  // exports and safeguarding detail
  'data.export': ['coordinator'],
  'safeguarding.view': ['coordinator'],
  'safeguarding.manage': ['coordinator'],
  // A volunteer may raise a concern (the paper form on a session day) but never read one back.
  'safeguarding.raise': ['coordinator', 'volunteer'],
  // the accident book, complaints, feedback and reports (issue 13)
  'accidents.manage': ['coordinator'],
  'complaints.manage': ['coordinator'],
  'feedback.record': ['coordinator'],
  'reports.view': ['coordinator'],
  // holds on disposal (safeguarding, legal, subject access, complaint)
  'holds.manage': ['coordinator'],
  // volunteers and staff: HR files, recruitment, DBS records (P12–P16); a volunteer reads only their own through account.self
  'volunteers.view': ['coordinator', 'inspector'],
  'volunteers.print': ['coordinator'],
  // DBS certificate numbers on a volunteer's page: an inspection sees the checks without them, as
  // the register's inspection copy prints them (a volunteer still sees their own, account.self).
  'volunteers.dbsNumbers': ['coordinator'],
  'volunteers.edit': ['coordinator'],
  // retention: the review, disposal (P17), the schedule, the privacy notice and policy reviews
  'retention.manage': ['coordinator'],
  // the Reminders page
  'reminders.view': ['coordinator'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role)
}

export function requirePermission(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw new CabinetError('forbidden', `Your role (${role}) may not do this (${permission}).`)
  }
}
