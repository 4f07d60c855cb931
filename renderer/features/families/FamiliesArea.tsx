import { Route, Switch } from 'wouter'
import { FamilyList } from './FamilyList'
import { FamilyPage } from './FamilyPage'
import { NewFamily } from './NewFamily'
import './families.css'

/** #/families (the list), #/families/new and #/families/<id>. */
export function FamiliesArea() {
  return (
    <Switch>
      <Route path="/" component={FamilyList} />
      <Route path="/new" component={NewFamily} />
      <Route path="/:id" component={FamilyPage} />
    </Switch>
  )
}
