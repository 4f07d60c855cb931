import { ZxcvbnFactory, type TranslationKeys } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common'
import { dictionary as englishDictionary, translations as englishTranslations } from '@zxcvbn-ts/language-en'
import { passwordEstimatorReady, providePasswordEstimator, type PasswordEstimator, type PasswordScore } from './password-policy'

/*
 * zxcvbn (zxcvbn-ts), with its common-password list, English words and names and the keyboard
 * layouts: the estimator password-policy.ts judges with. Pure, but large (the dictionaries are
 * most of it), so the renderer imports this file on demand only; Node loads it with the core.
 */

/**
 * zxcvbn's scale, moved up for Cabinet. Its defaults (a score of 3 from 10^8 guesses) assume an
 * attacker guessing online or against a slow hash; Cabinet's keyring can be taken away on a
 * stolen laptop and guessed offline, and at 10^8 "Summer2024!!!" and "ThisIsMyPassword" pass.
 * Here "Good" (3) needs 10^10 guesses and "Strong" (4) 10^12: three ordinary random words
 * ("kettle garden moon") are Strong, a word with a year and symbols is Fair.
 */
const CABINET_SCALE = {
  scoring: { 0: 1e3, 1: 1e6, 2: 1e10, 3: 1e12 },
  // Only the score is used; these are zxcvbn's own attack rates, kept so its option is complete.
  attackTime: { onlineThrottlingXPerHour: 100, onlineNoThrottlingXPerSecond: 10, offlineSlowHashingXPerSecond: 1e4, offlineFastHashingXPerSecond: 1e10 },
}

/** zxcvbn's English feedback in plain en-GB words, addressed to someone choosing a password. */
const EN_GB: TranslationKeys = {
  ...englishTranslations,
  warnings: {
    ...englishTranslations.warnings,
    straightRow: 'A straight row of keys on the keyboard is easy to guess.',
    keyPattern: 'A short pattern of keys on the keyboard is easy to guess.',
    simpleRepeat: 'Repeated characters such as “aaa” are easy to guess.',
    extendedRepeat: 'Repeated patterns such as “abcabcabc” are easy to guess.',
    sequences: 'Sequences such as “abc” or “1234” are easy to guess.',
    recentYears: 'Recent years are easy to guess.',
    dates: 'Dates are easy to guess.',
    topTen: 'This is one of the most used passwords.',
    topHundred: 'This is a very often used password.',
    common: 'This is a commonly used password.',
    similarToCommon: 'This is too like a commonly used password.',
    wordByItself: 'A single word is easy to guess.',
    namesByThemselves: 'Names on their own are easy to guess.',
    commonNames: 'Common first names and surnames are easy to guess.',
    userInputs: 'It uses your name, your username or a word about the centre.',
    pwned: 'This password has appeared in a data breach.',
  },
  suggestions: {
    ...englishTranslations.suggestions,
    l33t: 'Swapping letters for look-alikes (such as @ for a) does not help.',
    reverseWords: 'Spelling a common word backwards does not help.',
    allUppercase: 'Capitals throughout do not help; add another word instead.',
    capitalization: 'A capital first letter does not help; add another word instead.',
    dates: 'Leave out dates and years that mean something to you.',
    recentYears: 'Leave out recent years.',
    associatedYears: 'Leave out years that mean something to you.',
    sequences: 'Leave out sequences such as “abc” or “1234”.',
    repeated: 'Leave out repeated words and characters.',
    longerKeyboardPattern: 'Leave out patterns of keys on the keyboard.',
    anotherWord: 'Add another word or two that are not common.',
    useWords: 'Use three or four random words; a well-known phrase is easy to guess.',
    noNeed: 'You do not need symbols, digits or capitals: more words do more.',
    pwned: 'If you use this password anywhere else, change it there too.',
  },
}

/** A new zxcvbn with Cabinet's dictionaries, scale and words. Building it takes a moment: do it once. */
export function createPasswordEstimator(): PasswordEstimator {
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations: EN_GB,
    timeEstimationValues: CABINET_SCALE,
  })
  return {
    check(password, userInputs) {
      const { score, feedback } = zxcvbn.check(password, userInputs)
      return { score: score as PasswordScore, feedback }
    },
  }
}

/** Hands password-policy.ts the way to build the estimator (built on first use), unless it has one. */
export function installPasswordEstimator(): void {
  if (!passwordEstimatorReady()) providePasswordEstimator(createPasswordEstimator)
}
