/**
 * E34: after a hamstring strain, fast running comes back in steps before any race: strides at
 * 60, 70, 80 and then 90% of top speed over successive sessions (Heiderscheit 2010; Hickey; the
 * hamstring Delphi: a gradual running dose up to full speed) [S35].
 */
export const GRADED_STRIDES_SESSIONS = 4;
