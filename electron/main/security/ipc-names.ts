/** The only two IPC channel names between preload and main; everything else is a contract channel inside them. */
export const IPC_INVOKE = 'cabinet:invoke'
export const IPC_PRINT_TO_PDF = 'cabinet:printToPdf'
