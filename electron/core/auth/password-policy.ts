/**
 * Password rules, shared by the core (which enforces them) and the renderer (which explains
 * them as the user types). Pure: no Node imports.
 * Length matters more than character classes (NCSC guidance), so the rule is a long password
 * that is not an obvious one.
 */
export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 200

const COMMON = ['password', 'qwerty', '123456', 'letmein', 'welcome', 'cabinet', 'contact', 'children', 'iloveyou', 'admin']

export function passwordProblems(password: string, username?: string): string[] {
  const problems: string[] = []
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`Use at least ${MIN_PASSWORD_LENGTH} characters (this has ${password.length}).`)
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  if (password.length > 0 && new Set(password).size < 4) problems.push('Use more than three different characters.')
  const lower = password.toLowerCase()
  if (username && username.length >= 3 && lower.includes(username.toLowerCase())) problems.push('Do not include your username.')
  if (COMMON.some((w) => lower.includes(w))) problems.push('Avoid common words such as "password" or "cabinet".')
  return problems
}

/** 0 (very weak) … 4 (strong), for the meter: length plus variety, minus obvious patterns. */
export function passwordStrength(password: string): 0 | 1 | 2 | 3 | 4 {
  if (password.length === 0) return 0
  let score = 0
  if (password.length >= MIN_PASSWORD_LENGTH) score++
  if (password.length >= 14) score++
  if (password.length >= 20) score++
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length
  if (classes >= 3) score++
  if (passwordProblems(password).length > 0) score = Math.min(score, 1)
  return Math.max(0, Math.min(4, score)) as 0 | 1 | 2 | 3 | 4
}
