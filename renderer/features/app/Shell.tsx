import { lazy, Suspense, useMemo, type MouseEvent } from 'react'
import { Link, Redirect, Route, Switch, useLocation } from 'wouter'
import { ROLE_LABELS } from '../../../electron/core/auth/roles'
import { useCabinetQuery } from '../../api/queries'
import { Button } from '../../ui/Button'
import { Page } from '../../ui/Page'
import { BackupReminder } from '../backups/BackupReminder'
import { useNewConcernsFirst } from '../safeguarding/NewConcernsFirst'
import { AREAS, mayOpen, type AreaEntry } from '../registry'
import { useAppState, useCurrentUser } from './app-state'
import { InspectionBanner, InspectionPrintNotice, isInspection } from './InspectionView'
import { useIdleLock, useLockShortcut } from './useIdleLock'
import { FAMILY_LIST_PATH, useSearchShortcut } from './useSearchShortcut'

const SettingsPage = lazy(() => import('./settings/SettingsPage').then((m) => ({ default: m.SettingsPage })))
const MyAccount = lazy(() => import('./settings/MyAccount').then((m) => ({ default: m.MyAccount })))

const DEFAULT_AUTO_LOCK_MINUTES = 5

const SETTINGS: AreaEntry = { path: '/settings', label: 'Settings', opens: 'app.centre.update', component: SettingsPage }
/** Users without Settings still manage their own password and see their confidentiality date. */
const ACCOUNT: AreaEntry = { path: '/account', label: 'My account', opens: 'app.changeOwnPassword', component: MyAccount }

/**
 * The app once unlocked: the centre's name, who is logged in and a Lock button across the top,
 * the areas this role may use down the side. Areas the role may not use are not shown at all
 * (and main refuses their calls anyway).
 */
export function Shell() {
  const user = useCurrentUser()
  const { lock } = useAppState()
  // Settings pages read and save the same cached answers, so the header and the auto-lock follow a save at once.
  const centre = useCabinetQuery('app.centre.get', {})
  const preferences = useCabinetQuery('app.preferences.get', {})
  const [location] = useLocation()

  const areas = useMemo(() => {
    const allowed = AREAS.filter((a) => mayOpen(user.role, a))
    // An inspector (P19) has neither: they change nothing, not even their own password.
    if (mayOpen(user.role, SETTINGS)) return [...allowed, SETTINGS]
    return mayOpen(user.role, ACCOUNT) ? [...allowed, ACCOUNT] : allowed
  }, [user.role])
  const inspection = isInspection(user.role)

  useLockShortcut(() => void lock())
  useNewConcernsFirst(user.role)
  const mayFindFamilies = areas.some((a) => a.path === FAMILY_LIST_PATH)
  useSearchShortcut(mayFindFamilies)
  useIdleLock(preferences.data?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES, () => void lock())

  return (
    <div className={inspection ? 'shell shell--inspection' : 'shell'}>
      {inspection && <InspectionPrintNotice />}
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="shell__header">
        <p className="shell__centre">
          {centre.data?.name ?? 'Cabinet'} <span className="shell__product">· Cabinet</span>
        </p>
        <div className="shell__user">
          <span>
            {user.displayName} ({ROLE_LABELS[user.role]})
          </span>
          <Button variant="secondary" onPress={() => void lock()} aria-keyshortcuts="Control+L">
            Lock
          </Button>
        </div>
      </header>
      <nav className="shell__nav" aria-label="Main">
        <ul className="nav-list">
          {areas.map((a) => (
            <li key={a.path}>
              <Link href={a.path} className="nav-link" aria-current={isWithin(location, a.path) ? 'page' : undefined}>
                {a.label}
                {a.badge && (
                  <>
                    {' '}
                    <a.badge />
                  </>
                )}
              </Link>
            </li>
          ))}
        </ul>
        <p className="shell__hint">
          {preferences.data && <>Cabinet locks itself after {minutesInWords(preferences.data.autoLockMinutes)} without use. </>}
          Press Ctrl+L to lock it when you step away.
        </p>
        {mayFindFamilies && <p className="shell__hint">Press Ctrl+K or / to find a family from anywhere.</p>}
      </nav>
      <main id="main" className="shell__main" tabIndex={-1}>
        {inspection && <InspectionBanner />}
        <BackupReminder />
        {/* An area's code loads the first time it is opened; the header and nav stay put meanwhile. */}
        <Suspense fallback={<p role="status">Loading…</p>}>
          <Switch>
            {areas.map((a) => (
              <Route key={a.path} path={a.path} nest component={a.component} />
            ))}
            <Route path="/">
              <Redirect to={areas[0]?.path ?? ACCOUNT.path} replace />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </div>
  )
}

function minutesInWords(minutes: number): string {
  return minutes === 1 ? '1 minute' : `${minutes} minutes`
}

function isWithin(location: string, path: string): boolean {
  return location === path || location.startsWith(`${path}/`)
}

/** The skip link must not change the hash (the hash is the route): move focus instead. */
function skipToMain(e: MouseEvent<HTMLAnchorElement>) {
  e.preventDefault()
  document.getElementById('main')?.focus()
}

function NotFound() {
  return (
    <Page title="Page not found">
      <p>There is nothing at this address, or your role does not include it. Choose an area from the list on the left.</p>
    </Page>
  )
}
