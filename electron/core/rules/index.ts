/*
 * The field rules: one definition per kind of field, each a zod schema factory with its
 * messages (written for a coordinator, naming the field through a label) and, where code that
 * does not speak zod needs it, a plain predicate. The contract, the core, the CLI and the
 * renderer's forms all use these, so a value is refused in the same words wherever it enters.
 * Pure (zod, libphonenumber-js, date-fns): the renderer imports this folder.
 */
export { EARLIEST_DATE, ageOn, calendarDate, formatUkDate, isRealIsoDate, isoDate, optionalPastDate, pastDate } from './dates'
export { isEmailAddress, optionalEmail, requiredEmail } from './email'
export { DISPLAY_NAME_MAX, PERSON_NAME_MAX, displayName, isPersonName, personName, tidyName } from './names'
export { formatPhoneForDisplay, isAcceptedPhone, isUkPhoneNumber, normalisePhone, optionalPhone, requiredPhone, type PhoneCountries } from './phone'
export { normalisePostcode, optionalPostcode } from './postcode'
export { freeText, hasHiddenCharacter, optionalFreeText, tidyFreeText, type FreeTextOptions } from './free-text'
export { applyRule, blankAsMissing, capitalise, type RuleAnswer } from './text'
export { NEW_USERNAME_HINT, NEW_USERNAME_MESSAGE, USERNAME_MAX_LENGTH, USERNAME_MIN_LENGTH, isNewUsername, newUsername, typedUsername } from './usernames'
