/** The centre and coordinator of the crash suite's Cabinet (synthetic). */
export const CRASH_CENTRE = {
  name: 'Riverside Child Contact Centre',
  address: '1 Mill Lane, Exampleton ZW14 8AA',
  dataController: 'Riverside Contact Trust',
  contactEmail: 'hello@riverside.example.org',
  contactPhone: '01225 765432',
}
export const CRASH_COORDINATOR = { username: 'coordinator', displayName: 'Siân Jones', password: 'long river stones 42' }
