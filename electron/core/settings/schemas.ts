import { z } from 'zod'
import { requiredEmail, requiredPhone } from '../rules'

/*
 * The centre's details, as entered at setup or in the centre settings: the contract checks them
 * on the way in, the renderer's forms show the same messages, and the core (settings.ts) checks
 * them again for the CLI. The contact phone follows the very rule the families' phones follow
 * (core/rules/phone.ts), restricted to UK numbers: a UK contact centre gives a UK number.
 */
export const centreDetailsSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter the centre name').max(200, 'Use at most 200 characters for the centre name'),
  address: z.string().trim().min(1, "Enter the centre's postal address").max(500, 'Use at most 500 characters for the address'),
  dataController: z
    .string()
    .trim()
    .min(1, 'Enter the data controller (usually the charity that runs the centre)')
    .max(200, 'Use at most 200 characters for the data controller'),
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
