import { Route, Switch } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { useCurrentUser } from '../app/app-state'
import { FamilyList } from './FamilyList'
import { FamilyPage } from './FamilyPage'
import { NewFamily } from './NewFamily'
import './families.css'

/** #/families (the list), #/families/new (only for roles that may add a family) and #/families/<id>. */
export function FamiliesArea() {
  const user = useCurrentUser()
  return (
    <Switch>
      <Route path="/" component={FamilyList} />
      {mayCall(user.role, 'families.create') && <Route path="/new" component={NewFamily} />}
      <Route path="/:id" component={FamilyPage} />
    </Switch>
  )
}
