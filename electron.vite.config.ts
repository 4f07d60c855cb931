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
    plugins: [react(), dropCspMetaInDev(), optimizeLocales.vite({ locales: ['en-GB', 'en-US'] })],
  },
})
