/* The route's component lives in intake/ (the form in three steps); this name is the one FamiliesArea imports. */
export { NewFamily } from './intake/NewFamily'
