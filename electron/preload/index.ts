import { contextBridge, ipcRenderer } from 'electron'
import { IPC_INVOKE, IPC_PRINT_TO_PDF } from '../main/security/ipc-names'
import type { CabinetBridgeApi } from './api'

/**
 * The renderer's only door into main: `window.cabinet`, with exactly two functions. Each call is
 * one IPC message that main validates (zod), authorises (role) and answers with a CallResult.
 * No ipcRenderer, no Node, nothing else crosses the context bridge.
 */
const api: CabinetBridgeApi = {
  invoke: (channel, args) => ipcRenderer.invoke(IPC_INVOKE, channel, args),
  printToPdf: (request) => ipcRenderer.invoke(IPC_PRINT_TO_PDF, request),
}

contextBridge.exposeInMainWorld('cabinet', api)
