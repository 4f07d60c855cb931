/**
 * The centre and accounts the fuzz suite sets up and logs in as, in a module without vitest so
 * that the bench runs the same suite (app-fixture.ts registers vitest hooks when imported).
 */
export const CENTRE = {
  name: 'Riverside Child Contact Centre',
  address: '1 Mill Lane, Exampleton ZW14 8AA',
  dataController: 'Riverside Contact Trust',
  contactEmail: 'hello@riverside.example.org',
  contactPhone: '01225 765432',
}
export const COORDINATOR = { username: 'coordinator', displayName: 'Siân Jones', password: 'long river stones 42' }
export const VOLUNTEER = { username: 'volunteer.sam', displayName: "Sam O'Neill", password: 'quiet garden gates 7' }
