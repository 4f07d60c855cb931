import { Route, Switch } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { useCurrentUser } from '../app/app-state'
import { MyRecord } from './MyRecord'
import { NewVolunteer } from './NewVolunteer'
import { VolunteerList } from './VolunteerList'
import { VolunteerPage } from './VolunteerPage'
import './volunteers.css'

/**
 * #/volunteers: the coordinator's list, #/volunteers/new and #/volunteers/<id>. A volunteer sees
 * only their own record here (P27), whatever address they type.
 */
export function VolunteersArea() {
  const user = useCurrentUser()
  if (!mayCall(user.role, 'volunteers.list')) return <MyRecord />
  return (
    <Switch>
      <Route path="/" component={VolunteerList} />
      <Route path="/new" component={NewVolunteer} />
      <Route path="/:id" component={VolunteerPage} />
    </Switch>
  )
}
