import { Route, Switch } from 'wouter'
import { FamilyList } from './FamilyList'
import { FamilyPage } from './FamilyPage'
import { NewFamily } from './NewFamily'
import './families.css'

/**
 * #/families (the list), #/families/new and #/families/<id>. A role that may not add families
 * is told so at #/families/new (NewFamily checks), rather than shown a form it cannot save.
 */
export function FamiliesArea() {
  return (
    <Switch>
      <Route path="/" component={FamilyList} />
      <Route path="/new" component={NewFamily} />
      <Route path="/:id" component={FamilyPage} />
    </Switch>
  )
}
