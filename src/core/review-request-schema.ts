/**
 * The shape of a `reviewKpis` request as it crosses the trust boundary from the sidebar: every
 * field typed, numbers finite, texts trimmed and capped. Whether the decisions make sense
 * together (known KPIs, weights reaching 100%) is review-decisions.ts's job.
 */
import {
  array,
  finite,
  isoDate,
  maxLength,
  maxValue,
  minLength,
  minValue,
  null as nullValue,
  number,
  object,
  optional,
  picklist,
  pipe,
  safeParse,
  string,
  trim,
  union,
} from 'valibot';
import { toParseResult, type ParseResult } from './role-template-schema';
import type { ReviewKpisRequest } from './sidebar-api';

/** The most decisions one review may carry: every KPI of a few roles. */
export const MAX_REVIEW_DECISIONS = 300;

const measure = pipe(number('enter a number'), finite('enter a finite number'));
const bound = optional(union([measure, nullValue()]));

const ReviewKpisSchema = object({
  decisions: pipe(
    array(
      object({
        kpiId: pipe(string('give the KPI ID'), trim(), minLength(1, 'give the KPI ID')),
        decision: picklist(['Keep', 'Revise', 'Retire'], 'choose Keep, Revise or Retire'),
        note: optional(
          pipe(
            string('write the note as text'),
            trim(),
            maxLength(500, 'keep the note under 500 characters'),
          ),
          '',
        ),
        changes: optional(
          object({
            threshold: bound,
            target: optional(measure),
            stretch: bound,
            weight: optional(
              pipe(
                measure,
                minValue(0, 'a weight cannot be negative'),
                maxValue(100, 'a weight is at most 100%'),
              ),
            ),
            definition: optional(
              pipe(
                string('write the definition as text'),
                trim(),
                maxLength(1000, 'keep the definition under 1000 characters'),
              ),
            ),
          }),
        ),
        effectiveFrom: optional(
          pipe(
            string('give the date as YYYY-MM-DD'),
            trim(),
            isoDate('give the date as YYYY-MM-DD, e.g. 2027-01-01'),
          ),
        ),
      }),
      'send the decisions as a list',
    ),
    minLength(1, 'choose a decision for at least one KPI'),
    maxLength(MAX_REVIEW_DECISIONS, `review at most ${MAX_REVIEW_DECISIONS} KPIs at once`),
  ),
});

/**
 * Parses a `reviewKpis` payload.
 *
 * @example parseReviewKpisRequest({ decisions: [{ kpiId: 'KPI-0001', decision: 'Keep', note: '' }] }).ok // → true
 */
export function parseReviewKpisRequest(input: unknown): ParseResult<ReviewKpisRequest> {
  return toParseResult(
    safeParse(ReviewKpisSchema, input),
    'The review',
  ) as ParseResult<ReviewKpisRequest>;
}
