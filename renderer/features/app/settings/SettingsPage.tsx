import { lazy, Suspense, type ComponentType } from 'react'
import { Link, Redirect, Route, Switch, useLocation } from 'wouter'
import { mayCall, type ChannelName } from '../../../../electron/contract'
import { useCurrentUser } from '../app-state'
import { CentreSettings } from './CentreSettings'

// The first section comes with the page; the others load when opened (the audit log's table and
// filters, the families area's checklist editor).
const UsersSettings = lazy(() => import('./UsersSettings').then((m) => ({ default: m.UsersSettings })))
const LockSettings = lazy(() => import('./LockSettings').then((m) => ({ default: m.LockSettings })))
const SessionSettings = lazy(() => import('../../sessions/SessionSettings').then((m) => ({ default: m.SessionSettings })))
const ChecklistTemplateSettings = lazy(() => import('../../families/ChecklistTemplateSettings').then((m) => ({ default: m.ChecklistTemplateSettings })))
const AuditLog = lazy(() => import('./AuditLog').then((m) => ({ default: m.AuditLog })))
const MyAccount = lazy(() => import('./MyAccount').then((m) => ({ default: m.MyAccount })))
const VolunteerSettings = lazy(() => import('../../volunteers/VolunteerSettings').then((m) => ({ default: m.VolunteerSettings })))
const ComplaintTargetsSettings = lazy(() => import('../../complaints/ComplaintTargetsSettings').then((m) => ({ default: m.ComplaintTargetsSettings })))
const BackupsSettings = lazy(() => import('../../backups/BackupsSettings').then((m) => ({ default: m.BackupsSettings })))

interface SettingsSection {
  path: string
  label: string
  /** Shown to those who may call this operation (the same rule the core applies to it). */
  opens: ChannelName
  component: ComponentType
}

const SECTIONS: readonly SettingsSection[] = [
  { path: '/centre', label: 'Centre details', opens: 'app.centre.update', component: CentreSettings },
  { path: '/users', label: 'Users', opens: 'app.users.list', component: UsersSettings },
  { path: '/locking', label: 'Automatic lock', opens: 'app.preferences.update', component: LockSettings },
  { path: '/checklist', label: 'Pre-visit checklist', opens: 'families.checklist.saveTemplate', component: ChecklistTemplateSettings },
  { path: '/volunteers', label: 'Volunteers', opens: 'volunteers.settings.update', component: VolunteerSettings },
  { path: '/sessions', label: 'Sessions', opens: 'sessions.settings.save', component: SessionSettings },
  { path: '/complaints', label: 'Complaint targets', opens: 'complaints.saveTargets', component: ComplaintTargetsSettings },
  { path: '/audit', label: 'Audit log', opens: 'app.audit.list', component: AuditLog },
  { path: '/backups', label: 'Backups', opens: 'backups.status', component: BackupsSettings },
  { path: '/account', label: 'My account', opens: 'app.changeOwnPassword', component: MyAccount },
]

/** Settings, mounted at /settings: a row of section links, each section its own page. */
export function SettingsPage() {
  const user = useCurrentUser()
  const [location] = useLocation()
  const sections = SECTIONS.filter((s) => mayCall(user.role, s.opens))
  return (
    <>
      <nav aria-label="Settings sections" className="settings-nav">
        {sections.map((s) => (
          <Link key={s.path} href={s.path} className="nav-link" aria-current={location === s.path ? 'page' : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      <Suspense fallback={<p role="status">Loading…</p>}>
        <Switch>
          {sections.map((s) => (
            <Route key={s.path} path={s.path} component={s.component} />
          ))}
          <Route>
            <Redirect to={sections[0]?.path ?? '/account'} replace />
          </Route>
        </Switch>
      </Suspense>
    </>
  )
}
