import { useMemo, type MouseEvent } from 'react'
import { Link, Redirect, Route, Switch, useLocation } from 'wouter'
import { can } from '../../../electron/core/auth/permissions'
import { useCall } from '../../api/hooks'
import { Button } from '../../ui/Button'
import { Page } from '../../ui/Page'
import { AREAS, type AreaEntry } from '../registry'
import { useAppState, useCurrentUser } from './app-state'
import { MyAccount } from './settings/MyAccount'
import { SettingsPage } from './settings/SettingsPage'
import { ShellContext } from './shell-context'
import { useIdleLock, useLockShortcut } from './useIdleLock'

const DEFAULT_AUTO_LOCK_MINUTES = 5

const SETTINGS: AreaEntry = { path: '/settings', label: 'Settings', permission: 'settings.view', component: SettingsPage }
/** Users without Settings still manage their own password and see their confidentiality date. */
const ACCOUNT: AreaEntry = { path: '/account', label: 'My account', permission: 'account.self', component: MyAccount }

const ROLE_NAMES = { coordinator: 'Coordinator', volunteer: 'Volunteer' } as const

/**
 * The app once unlocked: the centre's name, who is logged in and a Lock button across the top,
 * the areas this role may use down the side. Areas the role may not use are not shown at all
 * (and main refuses their calls anyway).
 */
export function Shell() {
  const user = useCurrentUser()
  const { lock } = useAppState()
  const centre = useCall('app.centre.get', {})
  const preferences = useCall('app.preferences.get', {})
  const [location] = useLocation()

  const areas = useMemo(() => {
    const allowed = AREAS.filter((a) => can(user.role, a.permission))
    return can(user.role, SETTINGS.permission) ? [...allowed, SETTINGS] : [...allowed, ACCOUNT]
  }, [user.role])

  useLockShortcut(() => void lock())
  useIdleLock(preferences.data?.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES, () => void lock())

  const shellData = useMemo(
    () => ({ centre: centre.data, preferences: preferences.data, reloadCentre: centre.reload, reloadPreferences: preferences.reload }),
    [centre.data, preferences.data, centre.reload, preferences.reload],
  )

  return (
    <ShellContext.Provider value={shellData}>
      <div className="shell">
        <a className="skip-link" href="#main" onClick={skipToMain}>
          Skip to main content
        </a>
        <header className="shell__header">
          <p className="shell__centre">
            {centre.data?.name ?? 'Cabinet'} <span className="shell__product">· Cabinet</span>
          </p>
          <div className="shell__user">
            <span>
              {user.displayName} ({ROLE_NAMES[user.role]})
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
                </Link>
              </li>
            ))}
          </ul>
          <p className="shell__hint">Press Ctrl+L to lock Cabinet when you step away.</p>
        </nav>
        <main id="main" className="shell__main" tabIndex={-1}>
          <Switch>
            {areas.map((a) => (
              <Route key={a.path} path={a.path} nest component={a.component} />
            ))}
            <Route path="/">
              <Redirect to={areas[0]?.path ?? '/account'} replace />
            </Route>
            <Route>
              <NotFound />
            </Route>
          </Switch>
        </main>
      </div>
    </ShellContext.Provider>
  )
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
