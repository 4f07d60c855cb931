/**
 * The one password rule, shared by the core (which enforces it), the contract's schemas (the
 * forms and the CLI validate with them) and the renderer's strength meter (which explains it as
 * the user types). One function, judgePassword, gives the score, the words and the verdict, so
 * the meter can never call "Good" a password that the rule then refuses.
 *
 * The judging is zxcvbn's (password-estimator.ts): it knows the common passwords, names and
 * English words, and patterns such as "Summer2024!". Its dictionaries weigh more than a megabyte,
 * so this module does not import them: the estimator is handed in once (Node: user-admin.ts at
 * load; the renderer: on demand, when a new-password field is shown). Until then every password
 * is refused with a message saying so: never accepted unchecked. Pure: no Node imports.
 */

/** Length still matters to people choosing a passphrase, so it is stated plainly (NCSC: three random words). */
export const MIN_PASSWORD_LENGTH = 12
export const MAX_PASSWORD_LENGTH = 200

export type PasswordScore = 0 | 1 | 2 | 3 | 4

/** The meter's words for each score, and the rule's threshold: "Good" and "Strong" pass, nothing else. */
export const PASSWORD_SCORE_WORDS = ['Very weak', 'Weak', 'Fair', 'Good', 'Strong'] as const
export const ACCEPTABLE_SCORE: PasswordScore = 3
export type PasswordScoreWord = (typeof PASSWORD_SCORE_WORDS)[number]

/**
 * Words anyone would try first against a contact centre's records: they count against a password
 * as the user's own name does.
 */
export const CENTRE_WORDS = ['cabinet', 'contact', 'centre', 'center', 'child', 'children', 'family', 'families', 'volunteer', 'coordinator', 'records']

/** Who the password is for: their names count against it. */
export interface PasswordAbout {
  username?: string
  displayName?: string
}

/** What the estimator must answer (zxcvbn's result has these and more). */
export interface PasswordEstimate {
  score: PasswordScore
  feedback: { warning: string | null; suggestions: string[] }
}

export interface PasswordEstimator {
  check(password: string, userInputs: string[]): PasswordEstimate
}

export interface PasswordVerdict {
  score: PasswordScore
  word: PasswordScoreWord
  /** True exactly when score ≥ ACCEPTABLE_SCORE. */
  acceptable: boolean
  /** Empty when acceptable; otherwise what is wrong and what to do, the most useful first. */
  problems: string[]
}

export const PASSWORD_CHECKER_LOADING = 'Cabinet is still loading its password checker. Wait a moment, then try again.'

// How to build the estimator, and the estimator once built (on the first password judged, so a
// process that never judges one never pays for the dictionaries).
let makeEstimator: (() => PasswordEstimator) | null = null
let estimator: PasswordEstimator | null = null
// The last answer: the meter and the form's rule ask about the same password one after the other,
// and a check can take a tenth of a second. One entry, so no list of typed passwords builds up.
let last: { key: string; verdict: PasswordVerdict } | null = null

/** Hands in how to build the estimator (see password-estimator.ts); null takes it away again (tests). */
export function providePasswordEstimator(make: (() => PasswordEstimator) | null): void {
  makeEstimator = make
  estimator = null
  last = null
}

export function passwordEstimatorReady(): boolean {
  return makeEstimator !== null
}

function currentEstimator(): PasswordEstimator | null {
  if (!estimator && makeEstimator) estimator = makeEstimator()
  return estimator
}

/**
 * The words zxcvbn should count as guessable for this person: the centre words, the username, the
 * display name whole and each part of it, with and without accents ("Siân O’Neill" → siân, sian,
 * o’neill, oneill …).
 */
export function passwordUserInputs(about: PasswordAbout = {}): string[] {
  const words = new Set(CENTRE_WORDS)
  for (const raw of [about.username, about.displayName]) {
    // As the name rules store it (spaces collapsed), so the form's parsed names and the meter's typed ones agree.
    const text = raw?.trim().replace(/\s+/g, ' ').toLowerCase()
    if (!text) continue
    for (const variant of [text, withoutAccents(text)]) {
      const parts = variant
        .replace(/['’‘`]/g, '')
        .split(/[\s\-‐–—._]+/)
        .filter((part) => part.length >= 2)
      // The whole name as typed, run together and spaced ("prys-jones", "prysjones", "prys jones"), and each part.
      for (const word of [variant, parts.join(''), parts.join(' '), ...parts, ...variant.split(/[\s\-‐–—._]+/)]) {
        if (word.length >= 2) words.add(word)
      }
    }
  }
  return [...words]
}

function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '')
}

/** The score, the meter's word, the verdict and the reasons, for `password` chosen by `about`. */
export function judgePassword(password: string, about: PasswordAbout = {}): PasswordVerdict {
  const inputs = passwordUserInputs(about)
  const key = `${password}\u0000${inputs.join('\u0001')}`
  if (last?.key === key) return last.verdict
  const estimator = currentEstimator()
  if (!estimator) return verdict(0, [PASSWORD_CHECKER_LOADING])
  const answer = judge(estimator, password, inputs)
  last = { key, verdict: answer }
  return answer
}

function judge(estimator: PasswordEstimator, password: string, inputs: string[]): PasswordVerdict {
  const problems: string[] = []
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) problems.push(`Use at least ${MIN_PASSWORD_LENGTH} characters (this has ${length}).`)
  if (length > MAX_PASSWORD_LENGTH) problems.push(`Use at most ${MAX_PASSWORD_LENGTH} characters (this has ${length}).`)
  // zxcvbn reads the first 256 characters at most; longer passwords are refused above anyway.
  const estimate = estimator.check(password.slice(0, 256), inputs)
  let score = estimate.score
  if (score < ACCEPTABLE_SCORE) problems.push(...guessableProblems(estimate.feedback))
  // A length problem holds the score below "Good", so the meter never praises what the rule refuses.
  if (problems.length > 0) score = Math.min(score, ACCEPTABLE_SCORE - 1) as PasswordScore
  return verdict(score, problems)
}

/** zxcvbn's warning says what is wrong and its first suggestion what to do: together, one message. */
function guessableProblems({ warning, suggestions }: PasswordEstimate['feedback']): string[] {
  const [first = 'Add another word or two that are not common.', ...rest] = suggestions
  return [`${warning ?? 'This password would be easy to guess.'} ${first}`, ...rest]
}

function verdict(score: PasswordScore, problems: string[]): PasswordVerdict {
  const acceptable = problems.length === 0 && score >= ACCEPTABLE_SCORE
  return { score, word: PASSWORD_SCORE_WORDS[score], acceptable, problems }
}

/** What is wrong with `password` as a new password for `about`: empty when it may be used. */
export function passwordProblems(password: string, about: PasswordAbout = {}): string[] {
  return judgePassword(password, about).problems
}
