import { Redirect, Route, Switch } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { useCurrentUser } from '../app/app-state'
import { ConcernDetail } from './ConcernDetail'
import { ConcernList } from './ConcernList'
import { RaiseConcern } from './RaiseConcern'
import './safeguarding.css'

/**
 * #/concerns (the coordinator's list, unread first), #/concerns/raise[?session=ID] (the form a
 * volunteer fills in on a session day) and #/concerns/<id> (the concern in full). A volunteer
 * reaches only the form.
 */
export function SafeguardingArea() {
  const user = useCurrentUser()
  const mayRead = mayCall(user.role, 'safeguarding.list')
  return (
    <Switch>
      <Route path="/raise" component={RaiseConcern} />
      {mayRead && <Route path="/" component={ConcernList} />}
      {mayRead && <Route path="/:id" component={ConcernDetail} />}
      <Route>
        <Redirect to="/raise" replace />
      </Route>
    </Switch>
  )
}
