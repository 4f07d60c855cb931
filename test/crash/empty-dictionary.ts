/** zxcvbn's language packages, empty, for the crash child's bundle (see harness.ts): it never rates a password. */
export const dictionary = {}
export const adjacencyGraphs = {}
export const translations = { warnings: {}, suggestions: {}, timeEstimation: {} }
