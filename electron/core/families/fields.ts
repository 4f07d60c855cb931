/*
 * The field rules live in core/rules (one set for families, users, the centre and the CLI).
 * The families modules and screens import these date and phone helpers from here.
 */
export { ageOn, isoDate, normalisePhone, normalisePostcode } from '../rules'
