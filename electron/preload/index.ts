import { contextBridge, ipcRenderer } from 'electron'
import { IPC_INVOKE } from '../main/security/ipc-names'
import type { CabinetBridgeApi } from './api'

/**
 * The renderer's only door into main: `window.cabinet`, with exactly one function. Each call is
 * one IPC message that main validates (zod), authorises (role) and answers with a CallResult.
 * No ipcRenderer, no Node, nothing else crosses the context bridge.
 */
const api: CabinetBridgeApi = {
  invoke: (channel, args) => ipcRenderer.invoke(IPC_INVOKE, channel, args),
}

contextBridge.exposeInMainWorld('cabinet', api)
