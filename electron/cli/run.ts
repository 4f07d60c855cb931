import { parseArgs } from 'node:util'
import { exitCodeFor, isCabinetError } from '../core/errors'
import type { CliCommand, CliIO } from './command'
import { COMMANDS } from './commands'

function helpText(): string {
  const lines = ['Cabinet command line. Usage: npm run cli -- <command> [options]', '', 'Commands:']
  for (const c of COMMANDS) lines.push(`  ${c.name.padEnd(15)} ${c.summary}`)
  lines.push('', 'Exit codes: 0 ok, 2 usage, 3 authentication, 4 data or integrity problem.')
  lines.push('Passwords: --password-stdin (one per line: yours, then a new one) or CABINET_PASSWORD / CABINET_NEW_PASSWORD.')
  return lines.join('\n')
}

function findCommand(args: string[]): { command: CliCommand; rest: string[] } | undefined {
  const two = COMMANDS.find((c) => c.name === `${args[0]} ${args[1]}`)
  if (two) return { command: two, rest: args.slice(2) }
  const one = COMMANDS.find((c) => c.name === args[0])
  return one ? { command: one, rest: args.slice(1) } : undefined
}

/** Runs one command and returns its exit code; never throws. Testable without a child process. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
    io.out(helpText())
    return argv.length === 0 ? 2 : 0
  }
  const found = findCommand(argv)
  if (!found) {
    // Options are not part of the name: `frobnicate --data-dir D` is the unknown command `frobnicate`.
    const name = argv[1] === undefined || argv[1].startsWith('-') ? argv[0] : `${argv[0]} ${argv[1]}`
    io.err(`Unknown command: ${name}. Run \`npm run cli -- help\` for the list.`)
    return 2
  }
  const { command, rest } = found
  let parsed
  try {
    const allowed = command.positionals ?? 0
    parsed = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean' } }, allowPositionals: allowed > 0, strict: true })
    if (parsed.positionals.length > allowed) throw new Error(`Unexpected argument '${parsed.positionals[allowed]}'.`)
  } catch (e) {
    io.err(`${(e as Error).message}\nUsage: ${command.usage}`)
    return 2
  }
  if (parsed.values.help) {
    io.out(`${command.summary}\nUsage: ${command.usage}`)
    return 0
  }
  try {
    return await command.run({ values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals, io })
  } catch (e) {
    if (isCabinetError(e)) {
      io.err(`Error: ${e.message}`)
      if (e.code === 'usage') io.err(`Usage: ${command.usage}`)
      return exitCodeFor(e.code)
    }
    io.err(`Unexpected error (${(e as Error).name}): ${(e as Error).message}`)
    return 4
  }
}
