import { z } from 'zod'
import { tidyFreeText } from '../../electron/core/rules'

/*
 * The GOV.UK character count, as pure rules: the limit is read from the field's own zod schema
 * (the contract's rule, so the form never states a second number), and the count says nothing
 * until the text nears it.
 */

/** The count appears once the text reaches this share of the limit (GOV.UK's threshold option). */
export const COUNT_THRESHOLD = 0.8

/**
 * The most characters a field's schema keeps: the `max` of the string inside it, through the
 * optional, nullable and pipe wrappers the free-text rules use. Undefined when there is none.
 */
export function maxLengthOf(schema: z.ZodType): number | undefined {
  if (schema instanceof z.ZodString) return schema.maxLength ?? undefined
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return maxLengthOf(schema.unwrap() as z.ZodType)
  if (schema instanceof z.ZodDefault) return maxLengthOf(schema.unwrap() as z.ZodType)
  // The checked (output) side of a pipe holds the limit; the raw input side only takes a string.
  if (schema instanceof z.ZodPipe) return maxLengthOf(schema.out as z.ZodType) ?? maxLengthOf(schema.in as z.ZodType)
  return undefined
}

/** Characters as they will be saved: line ends as one, accents composed, outer spaces dropped. */
export function countedLength(value: string): number {
  return tidyFreeText(value).length
}

export interface CharacterCountState {
  message: string
  /** True once the text is longer than the field keeps. */
  over: boolean
}

const characters = (n: number) => `${n} ${n === 1 ? 'character' : 'characters'}`

/** What the count says for `value` under a limit of `max`, or null while the text is short of the threshold. */
export function characterCount(value: string, max: number): CharacterCountState | null {
  const length = countedLength(value)
  if (length < max * COUNT_THRESHOLD) return null
  return length > max
    ? { message: `You have ${characters(length - max)} too many`, over: true }
    : { message: `You have ${characters(max - length)} remaining`, over: false }
}
