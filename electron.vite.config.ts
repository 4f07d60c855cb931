import { createReadStream, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import optimizeLocales from '@react-aria/optimize-locales-plugin'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

/**
 * The dev server's hot reload injects an inline script that the production CSP <meta> (rightly)
 * forbids. Drop the meta while serving in dev only; built files keep it, and the app:// protocol
 * and the bridge send the policy as a header anyway.
 */
function dropCspMetaInDev(): Plugin {
  return {
    name: 'cabinet-drop-csp-meta-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  }
}

/** pdf.js's helper files, each asked for by name at run time, so they keep their names. */
const PDFJS_DIR = resolve(__dirname, 'node_modules/pdfjs-dist')
const PDFJS_ASSETS: Record<string, (name: string) => boolean> = {
  standard_fonts: () => true,
  cmaps: () => true,
  // The image decoders (JPEG 2000, JBIG2, CCITT fax: what scanners write) as plain JavaScript,
  // so the CSP needs no 'wasm-unsafe-eval'; and their licences.
  wasm: (name) => name.endsWith('_nowasm_fallback.js') || name.startsWith('LICENSE'),
}

/**
 * The document viewer's pdf.js files under /pdfjs/<folder>/<name> (renderer/features/documents/pdf):
 * copied into the build, and served by the dev server.
 */
function pdfjsAssets(): Plugin {
  const files = Object.entries(PDFJS_ASSETS).flatMap(([folder, wanted]) =>
    readdirSync(resolve(PDFJS_DIR, folder))
      .filter(wanted)
      .map((name) => ({ path: `pdfjs/${folder}/${name}`, source: resolve(PDFJS_DIR, folder, name) })),
  )
  return {
    name: 'cabinet-pdfjs-assets',
    generateBundle() {
      for (const f of files) this.emitFile({ type: 'asset', fileName: f.path, source: readFileSync(f.source) })
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = files.find((f) => req.url === `/${f.path}`)
        if (!file) return next()
        res.setHeader('Content-Type', file.path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream')
        createReadStream(file.source).pipe(res)
      })
    },
  }
}

// main and preload are bundled for Node/Electron; native modules stay external (their
// N-API prebuilds load from node_modules at run time, no rebuild).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts') },
        external: ['better-sqlite3-multiple-ciphers'],
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
    // react-aria carries its labels ("day", "month", "year", …) in 34 languages; Cabinet is en-GB
    // only. react-aria has no en-GB strings of its own and answers en-GB with its en-US ones, so
    // those stay (without them it throws "Could not find intl message"); every other language goes.
    plugins: [react(), dropCspMetaInDev(), pdfjsAssets(), optimizeLocales.vite({ locales: ['en-GB', 'en-US'] })],
  },
})
