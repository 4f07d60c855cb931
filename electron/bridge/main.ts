import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { isCabinetError } from '../core/errors'
import { defaultRendererDir, startBridge } from './server'

/**
 * `npm run web -- --data-dir D [--port P]`: Cabinet in a browser on this PC, for tests and demos.
 * Prints one line, the address to open (it carries this run's token), and serves until Ctrl+C.
 */
const USAGE = 'Usage: npm run web -- --data-dir <folder> [--port <number>]'

async function main(): Promise<number> {
  let values: { 'data-dir'?: string; port?: string }
  try {
    ;({ values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } }, allowPositionals: false }))
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`)
    return 2
  }
  const dataDir = values['data-dir']
  if (!dataDir) {
    process.stderr.write(`--data-dir is required.\n${USAGE}\n`)
    return 2
  }
  const port = values.port === undefined ? 0 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port must be a whole number from 0 to 65535.\n${USAGE}\n`)
    return 2
  }
  // CABINET_RENDERER_DIR lets tests point at a stand-in renderer without building one.
  const rendererDir = process.env.CABINET_RENDERER_DIR || defaultRendererDir()
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`The renderer has not been built (${rendererDir} has no index.html). Run \`npm run build\` first.\n`)
    return 2
  }

  let bridge
  try {
    bridge = await startBridge({ dataDir, port, rendererDir })
  } catch (e) {
    if (isCabinetError(e)) {
      process.stderr.write(`${e.message}\n`)
      return e.code === 'usage' || e.code === 'validation' ? 2 : 4
    }
    process.stderr.write(`Could not start the bridge: ${e instanceof Error ? e.message : String(e)}\n`)
    return 4
  }
  // Listen for the stop signals BEFORE printing the address: whoever reads the line may signal at
  // once, and a SIGTERM that arrives before a handler exists kills the process uncleanly.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
  process.stdout.write(`Cabinet web bridge: ${bridge.url}\n`)
  await stopped
  await bridge.close()
  return 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`Cabinet web bridge failed: ${e instanceof Error ? e.constructor.name : typeof e}\n`)
    process.exit(4)
  },
)
