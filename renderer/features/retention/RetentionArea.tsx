import { Link, Route, Switch, useLocation } from 'wouter'
import { DestructionRegister } from './DestructionRegister'
import { DisposalReview } from './DisposalReview'
import { PrivacyNoticePage } from './PrivacyNoticePage'
import { ScheduleSettings } from './ScheduleSettings'
import './retention.css'

const SECTIONS = [
  { path: '/', label: 'Due for disposal', component: DisposalReview },
  { path: '/register', label: 'Destruction register', component: DestructionRegister },
  { path: '/schedule', label: 'Schedule', component: ScheduleSettings },
  { path: '/notice', label: 'Privacy notice', component: PrivacyNoticePage },
]

/** Retention, mounted at /retention: the disposal review, the destruction register, the schedule and the privacy notice. */
export function RetentionArea() {
  const [location] = useLocation()
  return (
    <>
      <nav aria-label="Retention sections" className="settings-nav">
        {SECTIONS.map((s) => (
          <Link key={s.path} href={s.path} className="nav-link" aria-current={location === s.path ? 'page' : undefined}>
            {s.label}
          </Link>
        ))}
      </nav>
      <Switch>
        {SECTIONS.map((s) => (
          <Route key={s.path} path={s.path} component={s.component} />
        ))}
      </Switch>
    </>
  )
}
