import { describe, expect, it } from 'vitest'
import { cli } from './harness'

describe('npm run cli -- demo --scale', () => {
  it('refuses an unknown scale, and --scale with --families, before asking for a password (exit 2)', async () => {
    const unknown = await cli(['demo', '--scale', 'huge', '--seed', '1', '--data-dir', '/nowhere', '--user', 'x', '--password-stdin'])
    expect(unknown.code).toBe(2)
    expect(unknown.err).toContain('--scale must be one of: large.')
    const both = await cli(['demo', '--scale', 'large', '--families', '5', '--seed', '1', '--data-dir', '/nowhere', '--user', 'x', '--password-stdin'])
    expect(both.code).toBe(2)
    expect(both.err).toContain('Give either --families N or --scale, not both.')
  })
})
