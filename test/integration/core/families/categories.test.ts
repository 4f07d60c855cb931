import { afterEach, describe, expect, it } from 'vitest'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

/**
 * What Cabinet collects about a person, column by column, against the categories the privacy
 * policies list (P01). A new column fails this test until someone decides which category it is.
 */
const PERSON_COLUMNS: Record<string, string> = {
  given_name: 'name',
  family_name: 'name',
  name_key: 'name (derived, for the duplicate check)',
  date_of_birth: 'date of birth',
  address_line1: 'postal address',
  address_line2: 'postal address',
  town: 'postal address',
  postcode: 'postal address',
  address_confidential: 'postal address (how it may be shared)',
  mobile_phone: 'phones',
  other_phone: 'phones',
  email: 'email',
  preferred_contact: 'personal information (contact preference)',
  language: 'personal information (communication needs)',
  interpreter_needed: 'personal information (communication needs)',
  access_needs: 'personal information (access needs)',
  relationship: 'personal information (role in the family)',
  role: 'record structure',
  household: 'record structure',
  lives_with_person_id: 'record structure',
  family_id: 'record structure',
  id: 'record structure',
  source: 'record source (P02)',
  created_at: 'record metadata',
  created_by: 'record metadata',
  updated_at: 'record metadata',
}

describe('families: what is collected', () => {
  it('P01: a person record holds only the listed categories; sensitive (medical) data only in its consented table', () => {
    cab = openTestCabinet(tempDir())
    const columns = (table: string) => (cab.db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).sort()
    expect(columns('person')).toEqual(Object.keys(PERSON_COLUMNS).sort())
    // Medical needs, allergies and diet live in medical_info, which cannot exist without consent (P03).
    expect(columns('medical_info')).toEqual(['consent_id', 'details', 'id', 'kind', 'person_id', 'recorded_at', 'recorded_by', 'source', 'updated_at'])
    const kinds = cab.db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'medical_info'`).pluck().get() as string
    expect(kinds).toContain(`kind IN ('medical', 'allergy', 'dietary')`)
  })
})
