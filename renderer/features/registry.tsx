import { lazy, type ComponentType } from 'react'
import { mayCall, type ChannelName } from '../../electron/contract'
import type { Role } from '../../electron/core/auth/roles'
import { RemindersCount } from './reminders/RemindersCount'

// Each area is its own chunk, loaded the first time someone opens it (the shell shows
// "Loading…" in the meantime): the first screen does not carry every area's code.
const FamiliesArea = lazy(() => import('./families/FamiliesArea').then((m) => ({ default: m.FamiliesArea })))
const VolunteersArea = lazy(() => import('./volunteers/VolunteersArea').then((m) => ({ default: m.VolunteersArea })))
const SessionsArea = lazy(() => import('./sessions/SessionsArea').then((m) => ({ default: m.SessionsArea })))
const DocumentsArea = lazy(() => import('./documents/DocumentsArea').then((m) => ({ default: m.DocumentsArea })))
const SafeguardingArea = lazy(() => import('./safeguarding/SafeguardingArea').then((m) => ({ default: m.SafeguardingArea })))
const AccidentsArea = lazy(() => import('./accidents/AccidentsArea').then((m) => ({ default: m.AccidentsArea })))
const ComplaintsArea = lazy(() => import('./complaints/ComplaintsArea').then((m) => ({ default: m.ComplaintsArea })))
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage })))
const RemindersPage = lazy(() => import('./reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })))
const RetentionArea = lazy(() => import('./retention/RetentionArea').then((m) => ({ default: m.RetentionArea })))

export interface AreaEntry {
  /** Where the area lives, e.g. '/families'. The component is mounted in a nested router there. */
  path: string
  /** The nav link's text. */
  label: string
  /**
   * The operation the area opens with (or several, for areas that open differently by role): the
   * area is shown (and routed) only to roles that may call one of them, read from its spec with
   * mayCall, so no permission is written a second time here.
   */
  opens: ChannelName | readonly ChannelName[]
  component: ComponentType
  /** Shown after the label in the nav (a count of things to do), when there is one. */
  badge?: ComponentType
}

/**
 * The areas of the app, in nav order. An area adds ONE line here (its own page component,
 * loaded with React.lazy as above).
 * Inside the component, routes and links are relative to `path` (wouter `nest`): `<Route
 * path="/:id">` matches `/families/12`, `<Link href="/new">` goes to `/families/new`, and
 * `<Link href="~/documents">` leaves the area. Settings comes last and is added by the shell.
 */
export const AREAS: readonly AreaEntry[] = [
  { path: '/families', label: 'Families', opens: 'families.search', component: FamiliesArea },
  { path: '/sessions', label: 'Sessions', opens: 'sessions.day', component: SessionsArea },
  // The coordinator and an inspector (P19) open the list of HR files; a volunteer, their own record.
  { path: '/volunteers', label: 'Volunteers', opens: ['volunteers.list', 'volunteers.mine'], component: VolunteersArea },
  { path: '/documents', label: 'Documents', opens: 'documents.list', component: DocumentsArea },
  // A volunteer may raise a concern (and reaches only that form); the list is the coordinator's.
  { path: '/concerns', label: 'Safeguarding', opens: 'safeguarding.raise', component: SafeguardingArea },
  { path: '/accidents', label: 'Accident book', opens: 'accidents.list', component: AccidentsArea },
  { path: '/complaints', label: 'Complaints and feedback', opens: 'complaints.list', component: ComplaintsArea },
  { path: '/reminders', label: 'Reminders', opens: 'reminders.list', component: RemindersPage, badge: RemindersCount },
  { path: '/retention', label: 'Retention', opens: 'retention.review', component: RetentionArea },
  { path: '/reports', label: 'Reports', opens: 'reports.summary', component: ReportsPage },
]

/** May this role open the area (call one of the operations it opens with)? */
export function mayOpen(role: Role, area: Pick<AreaEntry, 'opens'>): boolean {
  const opens: readonly ChannelName[] = typeof area.opens === 'string' ? [area.opens] : area.opens
  return opens.some((name) => mayCall(role, name))
}
