import { Route, Switch } from 'wouter'
import { AccidentDetail } from './AccidentDetail'
import { AccidentForm } from './AccidentForm'
import { AccidentList } from './AccidentList'
import '../safeguarding/safeguarding.css'

/** #/accidents (the book), #/accidents/new, #/accidents/<id> and #/accidents/<id>/edit. */
export function AccidentsArea() {
  return (
    <Switch>
      <Route path="/" component={AccidentList} />
      <Route path="/new" component={AccidentForm} />
      <Route path="/:id/edit" component={AccidentForm} />
      <Route path="/:id" component={AccidentDetail} />
    </Switch>
  )
}
