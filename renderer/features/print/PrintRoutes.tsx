import { Route, Switch } from 'wouter'
import { PrintPage } from './PrintPage'
import { PRINT_ROUTES } from './routes'

export function PrintRoutes() {
  return (
    <Switch>
      {PRINT_ROUTES.map((r) => (
        <Route key={r.path} path={r.path} component={r.component} />
      ))}
      <Route>
        <PrintPage title="Nothing to print" ready={false}>
          <h1>Nothing to print</h1>
          <p>There is no printable page at this address.</p>
        </PrintPage>
      </Route>
    </Switch>
  )
}
