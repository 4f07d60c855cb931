/** The only IPC channel name between preload and main; every operation travels inside it. */
export const IPC_INVOKE = 'cabinet:invoke'
