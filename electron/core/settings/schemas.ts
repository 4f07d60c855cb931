import { z } from 'zod'
import { freeText, requiredEmail, requiredPhone } from '../rules'

/*
 * The centre's details, as entered at setup or in the centre settings: the contract checks them
 * on the way in, the renderer's forms show the same messages, and the core (settings.ts) checks
 * them again for the CLI. The contact phone follows the very rule the families' phones follow
 * (core/rules/phone.ts), restricted to UK numbers: a UK contact centre gives a UK number.
 */
export const centreDetailsSchema = z.strictObject({
  name: freeText('the centre name', { max: 200 }),
  address: freeText("the centre's postal address", { max: 500, multiline: true }),
  dataController: freeText('the data controller', { max: 200, missing: 'Enter the data controller (usually the charity that runs the centre).' }),
  contactEmail: requiredEmail(),
  contactPhone: requiredPhone('a contact phone number', 'uk'),
})

/** A centre's details as stored and shown on every print's header. */
export interface CentreDetails {
  name: string
  address: string
  dataController: string
  contactEmail: string
  contactPhone: string
}
