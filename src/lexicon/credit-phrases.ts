/**
 * Contributor lines: "VOA's Afghanistan Service contributed to this report.",
 * "Reporting by Jane Doe; Editing by John Roe". Each is tested against a whole line.
 */
// Each run of spaces belongs to one part of a pattern (names begin and end with a
// non-space), so no run can be shared out between two repetitions in many ways.
export const creditPatterns: readonly RegExp[] = [
  /^(?:[-–—]\s*)?(\S.{0,198}?\S)\s+(?:also\s+)?contributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report(?:ing)?|story|article))?(?:\s+(?:from|in)\s+[^.\s][^.]{0,79})?\.?$/i,
  /^(?:additional\s+)?(?:reporting|writing|editing|research|graphics|contributing)(?:\s+by)?(?:\s*[:-])?\s+(\S.{1,299})$/i,
  /^(?:compiled|edited|written|produced|translated)\s+by\s+(\S.{1,199})$/i
]
