import { Route, Switch } from 'wouter'
import { DocumentList } from './DocumentList'
import { DocumentViewer } from './DocumentViewer'
import './documents.css'

/** #/documents (the list) and #/documents/<id> (the viewer). */
export function DocumentsArea() {
  return (
    <Switch>
      <Route path="/" component={DocumentList} />
      <Route path="/:id" component={DocumentViewer} />
    </Switch>
  )
}
