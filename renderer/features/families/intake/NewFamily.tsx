import { Link } from 'wouter'
import { mayCall } from '../../../../electron/contract'
import { Page } from '../../../ui/Page'
import { useCurrentUser } from '../../app/app-state'
import { NewFamilyForm } from './NewFamilyForm'

/**
 * #/families/new. Only those who may add a family see the form: anyone else (a volunteer) is
 * told so at once, instead of filling in three steps to be refused at Save.
 */
export function NewFamily() {
  const user = useCurrentUser()
  return mayCall(user.role, 'families.create') ? <NewFamilyForm /> : <CannotAddFamilies />
}

function CannotAddFamilies() {
  return (
    <Page title="You cannot add families">
      <p>Only the coordinator can add a family to Cabinet. If a family needs adding, tell the coordinator.</p>
      <p>
        <Link href="/">Go back to the families</Link>
      </p>
    </Page>
  )
}
