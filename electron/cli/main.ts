import { runCli } from './run'

async function readAllStdin(): Promise<string> {
  if (process.stdin.isTTY) return ''
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * A writer that goes quiet once its reader has gone (`cli demo … | head -1`): EPIPE is not an
 * error worth a stack trace, and the command still finishes its work and returns its own exit
 * code rather than being cut off mid-transaction. Any other write error is still raised.
 */
function lineWriter(stream: NodeJS.WriteStream): (line: string) => void {
  let readerGone = false
  const isClosedPipe = (e: unknown) => (e as NodeJS.ErrnoException | null)?.code === 'EPIPE'
  stream.on('error', (e) => {
    if (!isClosedPipe(e)) throw e
    readerGone = true
  })
  return (line) => {
    if (readerGone) return
    try {
      stream.write(`${line}\n`)
    } catch (e) {
      if (!isClosedPipe(e)) throw e
      readerGone = true
    }
  }
}

let stdinCache: Promise<string> | undefined
const code = await runCli(process.argv.slice(2), {
  out: lineWriter(process.stdout),
  err: lineWriter(process.stderr),
  readStdin: () => (stdinCache ??= readAllStdin()),
  env: process.env,
})
process.exitCode = code
