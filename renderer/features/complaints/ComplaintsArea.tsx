import { Route, Switch } from 'wouter'
import { ComplaintDetail } from './ComplaintDetail'
import { ComplaintForm } from './ComplaintForm'
import { ComplaintList } from './ComplaintList'
import { FeedbackEntry } from './FeedbackEntry'
import '../safeguarding/safeguarding.css'

/** #/complaints (the register), /new, /<id>, and /feedback (entering a questionnaire). */
export function ComplaintsArea() {
  return (
    <Switch>
      <Route path="/" component={ComplaintList} />
      <Route path="/new" component={ComplaintForm} />
      <Route path="/feedback" component={FeedbackEntry} />
      <Route path="/:id" component={ComplaintDetail} />
    </Switch>
  )
}
