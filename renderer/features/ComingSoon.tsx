import { Page } from '../ui/Page'

/**
 * Areas whose screens come in a later release. Each says plainly what will be here, so nobody
 * hunts for a feature that does not exist yet.
 */
function Sessions() {
  return (
    <Page title="Sessions">
      <p>Sessions and attendance will appear here: who came, when, and any absences with their reasons.</p>
    </Page>
  )
}

function Volunteers() {
  return (
    <Page title="Volunteers">
      <p>Volunteer records will appear here: DBS check dates and outcomes, training and references.</p>
      <p>
        To add a volunteer’s login now, use <a href="#/settings/users">Settings › Users</a>.
      </p>
    </Page>
  )
}

function Reports() {
  return (
    <Page title="Reports">
      <p>Reports will appear here: anonymous statistics for funders and NACCC, with small counts suppressed.</p>
    </Page>
  )
}

export const ComingSoon = { Sessions, Volunteers, Reports }
