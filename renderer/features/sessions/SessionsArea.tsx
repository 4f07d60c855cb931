import { Redirect, Route, Switch } from 'wouter'
import { isoDate } from '../../../electron/core/families/fields'
import { DayView } from './DayView'
import { NewSession } from './NewSession'
import { WeekView } from './WeekView'
import './sessions.css'

/** #/sessions/day/<date> (the day and its register), #/sessions/week/<date>, #/sessions/new. */
export function SessionsArea() {
  return (
    <Switch>
      <Route path="/day/:date" component={DayView} />
      <Route path="/week/:date" component={WeekView} />
      <Route path="/new" component={NewSession} />
      <Route>
        <Redirect to={`/day/${isoDate(new Date())}`} replace />
      </Route>
    </Switch>
  )
}
