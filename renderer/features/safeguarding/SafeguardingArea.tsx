import { Redirect, Route, Switch } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { useCurrentUser } from '../app/app-state'
import { ConcernDetail } from './ConcernDetail'
import { ConcernList } from './ConcernList'
import { RaiseConcern } from './RaiseConcern'
import './safeguarding.css'

/**
 * #/concerns (the coordinator's list, unread first), #/concerns/raise and #/concerns/raise/session/<id>
 * (the form a volunteer fills in, from a session's day) and #/concerns/<id> (the concern in full). A volunteer
 * reaches only the form.
 */
export function SafeguardingArea() {
  const user = useCurrentUser()
  const mayRead = mayCall(user.role, 'safeguarding.list')
  return (
    <Switch>
      <Route path="/raise" component={RaiseConcern} />
      <Route path="/raise/session/:sessionId" component={RaiseConcern} />
      {mayRead && <Route path="/" component={ConcernList} />}
      {mayRead && <Route path="/:id" component={ConcernDetail} />}
      <Route>
        <Redirect to="/raise" replace />
      </Route>
    </Switch>
  )
}
