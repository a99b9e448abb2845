/**
 * Contributor lines: "VOA's Afghanistan Service contributed to this report.",
 * "Reporting by Jane Doe; Editing by John Roe", and the wire services' other
 * closing lines: "Some information for this report came from …",
 * "Information from … was used in this report.", "With files from …". Each
 * is tested against a whole line; its first group holds the contributors.
 */
// Each run of spaces belongs to one part of a pattern (names begin and end with a
// non-space), so no run can be shared out between two repetitions in many ways.
export const creditPatterns: readonly RegExp[] = [
  /^(?:[-–—]\s*)?(\S.{0,198}?\S)\s+(?:also\s+)?contributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report(?:ing)?|story|article))?(?:\s+(?:from|in)\s+[^.\s][^.]{0,79})?\.?$/i,
  /^(?:additional\s+)?(?:reporting|writing|editing|research|graphics|contributing)(?:\s+by)?(?:\s*[:-])?\s+(\S.{1,299})$/i,
  /^(?:compiled|edited|written|produced|translated)\s+by\s+(\S.{1,199})$/i,
  /^(?:some\s+)?(?:information|material|details)\s+(?:for|in)\s+this\s+(?:report|story|article)\s+(?:came|comes|was\s+taken)\s+from\s+(\S.{0,198}?\S)\.?$/i,
  /^(?:information|material)\s+from\s+(\S.{0,198}?\S)\s+(?:was|were|is)\s+(?:used|included)\s+in\s+this\s+(?:report|story|article)\.?$/i,
  /^with\s+(?:files|reporting)\s+from\s+([^\s,][^,]{0,197}[^\s,])\.?$/i
]

/**
 * The role words that open each clause of a credit line ("Reporting by …;
 * Editing by …", "…, additional reporting by …"), with their "by".
 */
export const creditRoleWords: readonly string[] = ['reporting', 'writing', 'editing', 'research', 'graphics']
