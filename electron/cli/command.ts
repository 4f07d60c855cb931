import type { ParseArgsOptionsConfig } from 'node:util'

export interface CliIO {
  out(line: string): void
  err(line: string): void
  /** All of standard input (empty when it is a terminal or closed). */
  readStdin(): Promise<string>
  env: NodeJS.ProcessEnv
}

export type CliValues = Record<string, string | boolean | undefined>

export interface CliCommand {
  /** One or two words, e.g. `status` or `users add`. */
  name: string
  summary: string
  usage: string
  options: ParseArgsOptionsConfig
  /** How many plain arguments (e.g. a file) it takes after its options; none unless it says. */
  positionals?: number
  run(input: { values: CliValues; positionals: string[]; io: CliIO }): Promise<number>
}

/** Options most commands share: where the data is and who is acting. */
export const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  user: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  json: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig
